// h2o from a live answer: its Server header ("h2o/2.2.5", Debian's "h2o (Debian)"), or, when
// send-server-name is OFF, its own error pages: plain text in UTF-8 whose body is h2o's reason
// (a 502 names what failed upstream, a 404 says "not found").
import type { ResponseEvidence } from '../proxy.js'

const SERVER = /^h2o(?:\/[0-9][\w.+-]*)?(?:\s|$)/i

/** The bodies h2o 2.2 writes itself, by status (lib/core/proxy.c, lib/common/http1client.c). */
const ERROR_BODIES: Readonly<Record<number, readonly string[]>> = {
  404: ['not found'],
  502: [
    'connection failed',
    'connection timeout',
    'I/O timeout',
    'I/O error (head)',
    'I/O error (send request)',
    'failed to parse the response',
    'invalid response from upstream',
    'internal error'
  ]
}

export function recognise(evidence: ResponseEvidence): string | undefined {
  const server = evidence.headers['server']?.trim()
  if (server) return SERVER.test(server) ? `Server: ${server.slice(0, 100)}` : undefined
  const bodies = evidence.status === undefined ? undefined : ERROR_BODIES[evidence.status]
  const type = evidence.headers['content-type']?.toLowerCase().replace(/\s+/g, '')
  const body = evidence.body?.trim()
  if (bodies && type === 'text/plain;charset=utf-8' && body !== undefined && bodies.includes(body))
    return `${evidence.status} "${body}" (h2o's own error page)`
  return undefined
}
