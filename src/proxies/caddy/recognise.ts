// Caddy as told from a live answer: it names itself in Server ("Caddy") on every response it
// writes or proxies, and newer versions add "Via: 1.1 Caddy" to proxied responses.
import type { ResponseEvidence } from '../proxy.js'

/** One printable line of server-supplied text, bounded. */
const oneLine = (value: string): string =>
  value
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .slice(0, 200)

export function recogniseCaddy(evidence: ResponseEvidence): string | undefined {
  const server = evidence.headers['server']
  if (server !== undefined && /^caddy\b/i.test(server.trim())) return `Server: ${oneLine(server)}`
  const via = evidence.headers['via']
  if (via !== undefined && /(^|[\s,])\d(\.\d)?\s+caddy\b/i.test(via)) return `Via: ${oneLine(via)}`
  return undefined
}
