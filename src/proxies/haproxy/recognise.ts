// HAProxy sends no Server header of its own: it is told by the error pages it writes itself
// (http_err_msgs in HAProxy's http.c), each `<html><body><h1>CODE Reason</h1>`, one sentence,
// `</body></html>`. The sentences below are HAProxy 2.6's, read from the running binary; they
// have not changed since 1.x. A backend's own answer passes through HAProxy untouched and says
// nothing about it.
import type { ResponseEvidence } from '../proxy.js'

export const ERROR_PAGES: Readonly<Record<number, string>> = {
  400: 'Your browser sent an invalid request.',
  401: 'You need a valid user and password to access this content.',
  403: 'Request forbidden by administrative rules.',
  404: 'The resource could not be found.',
  405: 'A request was made of a resource using a request method not supported by that resource',
  407: 'You need a valid user and password to access this content.',
  408: "Your browser didn't send a complete request in time.",
  410: 'The resource is no longer available and will not be available again.',
  413: 'The request entity exceeds the maximum allowed.',
  421: 'Request sent to a non-authoritative server.',
  422: 'The server cannot process the contained instructions.',
  425: 'Your browser sent early data.',
  429: 'You have sent too many requests in a given amount of time.',
  500: 'An internal server error occurred.',
  501: '.The server does not support the functionality required to fulfill the request.',
  502: 'The server returned an invalid or incomplete response.',
  503: 'No server is available to handle this request.',
  504: "The server didn't respond in time."
}

const PAGE = /^<html><body><h1>(\d{3}) [^<\n]{1,40}<\/h1>\r?\n([^\n]*)\r?\n<\/body><\/html>\s*$/

/** The evidence line when `evidence` is one of HAProxy's own error pages. */
export function recogniseHaproxy(evidence: ResponseEvidence): string | undefined {
  const match = PAGE.exec(evidence.body?.trimStart() ?? '')
  if (!match) return undefined
  const code = Number(match[1])
  const sentence = ERROR_PAGES[code]
  if (sentence === undefined || match[2].trimEnd() !== sentence) return undefined
  // Only HAProxy's own text is repeated: it is known, not whatever the server sent.
  return `HAProxy's built-in ${code} page ("${sentence}")`
}
