// The page scan's findings: a page that could not be read, a ws://
// endpoint an https page may not open, a wss:// endpoint the page's CSP refuses. Pure builders.
import type { Finding } from '../findings.js'
import { plainWebSocketFix } from '../remedies.js'
import { redactUrl } from '../secrets.js'
import type { Endpoint } from '../target.js'
import { allowingDirective, type Blocked, type Policy } from './csp.js'
import type { Fetched } from './page-fetch.js'

/** Where a WebSocket URL was written: the page or a script, and the line. */
export interface Place {
  source: string
  line: number
  /** The argument of `new WebSocket(…)`, not just a string. */
  opened: boolean
}

/** Places listed per URL. */
const MAX_PLACES = 5
const MAX_SHOWN = 200

/** The finding when the page itself was not read (nothing in it was scanned); undefined when
 * it was. */
export function unreadPageFinding(fetched: Fetched): Finding | undefined {
  if (fetched.ok) {
    if (fetched.status < 400) return undefined
    return {
      check: 'page',
      code: 'page-http-error',
      status: 'fail',
      title: `The page answered HTTP ${fetched.status}: nothing was scanned`,
      fix: { text: 'List a page URL that loads (the one that opens the WebSocket) in page-urls.' }
    }
  }
  switch (fetched.code) {
    case 'CERTIFICATE':
      return {
        check: 'page',
        code: 'page-certificate',
        status: 'fail',
        title: `The page's certificate fails (${shown(fetched.message)}): a browser refuses the page, and its content was not scanned`,
        cause: 'The page that opens the WebSocket does not load over verified https',
        fix: {
          text: `Fix the certificate of ${fetched.url.host} (one that covers the host, from a CA browsers trust, served with its full chain); for an internal CA, give it to wss-doctor with ca-file.`
        }
      }
    case 'CROSS_ORIGIN_REDIRECT':
    case 'TOO_MANY_REDIRECTS':
      return {
        check: 'page',
        code: 'page-redirect',
        status: 'warn',
        title: `The page ${shown(fetched.message)}: not followed, nothing was scanned`,
        fix: {
          text: 'List the page the browser ends up on in page-urls (redirects are followed only within the origin).'
        }
      }
    default:
      return {
        check: 'page',
        code: 'page-unreachable',
        status: 'fail',
        title: `The page could not be fetched: ${shown(fetched.message)}`,
        details: [`${fetched.code} at ${named(fetched.url)}`],
        fix: {
          text: 'Check that the page is reachable from the runner (resolve maps a host to an address), or raise timeout-ms.'
        }
      }
  }
}

/** A ws:// endpoint on an https page: blocked before any traffic. */
export function mixedContentFinding(url: string, where: Place[]): Finding {
  const [, authority, rest] = /^wss?:\/\/([^/?#]*)(.*)$/i.exec(url) ?? ['', url, '']
  return {
    check: 'page',
    code: 'page-mixed-content',
    status: 'fail',
    title: `This https page cannot open ${shown(url)}: browsers block it before any traffic`,
    details: placeLines(where),
    cause:
      'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets (the browser console says "Mixed Content: … attempted to connect to the insecure WebSocket endpoint")',
    fix: plainWebSocketFix(writtenEndpoint(authority, rest))
  }
}

/** A wss:// endpoint the page's connect-src (or default-src) refuses. */
export function cspBlockedFinding(url: URL, blocked: Blocked, where: Place[]): Finding {
  const directive = `${blocked.directive} ${blocked.sources.join(' ')}`.trim()
  const fallback =
    blocked.directive === 'default-src' ? ' (no connect-src, so default-src applies)' : ''
  return {
    check: 'page',
    code: 'page-csp-blocks',
    status: 'fail',
    title: `The page's CSP connect-src blocks ${shown(url.href)}: the browser refuses the connection (the same outage under another name)`,
    details: [
      `Content-Security-Policy (${blocked.policy.from === 'meta' ? '<meta http-equiv>' : 'header'}): ${shown(directive)}${fallback}`,
      ...placeLines(where)
    ],
    cause:
      'Content-Security-Policy: the page may only connect to what its connect-src (or default-src) lists; the browser console says "Refused to connect to … because it violates the following Content Security Policy directive"',
    fix: {
      text: `Allow ${url.protocol}//${url.host} in the policy that blocks it (${blocked.policy.from === 'meta' ? 'the <meta http-equiv="Content-Security-Policy"> element' : 'the Content-Security-Policy header'}). Every policy a page carries must allow the connection.`,
      code: { lang: 'http', text: `Content-Security-Policy: ${allowingDirective(blocked, url)}` }
    }
  }
}

/** The policy's rule for connections, as the summary lists it. */
export function connectRule(policy: Policy): string {
  const connect = policy.directives.get('connect-src')
  if (connect) return shown(`connect-src ${connect.join(' ')}`)
  const fallback = policy.directives.get('default-src')
  if (fallback) return shown(`default-src ${fallback.join(' ')}`)
  return 'no connect-src or default-src (connections unrestricted)'
}

/** "page line 8, app.js line 3": the places of one URL, for a summary line. */
export function placesText(where: Place[]): string {
  return where
    .slice(0, MAX_PLACES)
    .map(p => `${p.source} line ${p.line}`)
    .concat(where.length > MAX_PLACES ? [`${where.length - MAX_PLACES} more`] : [])
    .join(', ')
}

function placeLines(where: Place[]): string[] {
  return where
    .slice(0, MAX_PLACES)
    .map(p => `${p.opened ? 'new WebSocket' : 'string literal'} at ${p.source} line ${p.line}`)
    .concat(where.length > MAX_PLACES ? [`and ${where.length - MAX_PLACES} more places`] : [])
}

/** Fix 3 names the host and path as the page wrote them (possibly with `${…}`). */
function writtenEndpoint(authority: string, rest: string): Endpoint {
  const host = shown(authority.replace(/^[^@]*@/, ''))
  return {
    url: `ws://${host}${rest}`,
    scheme: 'ws',
    host,
    port: 80,
    path: shown(rest),
    addresses: []
  }
}

/** A page or script as reports name it: secrets redacted, cut to a readable length. */
export function named(url: URL): string {
  return shown(redactUrl(url))
}

/** Server-supplied text, cut to a readable length (reporters escape it). */
export function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
