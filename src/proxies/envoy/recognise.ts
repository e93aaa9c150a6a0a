// Envoy told from a live answer: its Server header ("envoy"; "istio-envoy" in Istio's mesh and
// gateways), the x-envoy-* headers its router adds (x-envoy-upstream-service-time on every
// proxied response), or the bodies of its own local replies (router.cc and the connection
// manager: "upstream connect error or disconnect/reset before headers. reset reason: …",
// "no healthy upstream", "upstream request timeout").
import type { ResponseEvidence } from '../proxy.js'

const LOCAL_REPLIES = [
  /^upstream connect error or disconnect\/reset before headers\b/,
  /^no healthy upstream$/,
  /^upstream request timeout$/
]

/** Server-supplied text in an evidence line: one line, bounded. */
const quote = (value: string): string => {
  const line = value.replace(/\s+/g, ' ').trim()
  return line.length > 100 ? `${line.slice(0, 100)}…` : line
}

export function recogniseEnvoy(evidence: ResponseEvidence): string | undefined {
  const server = evidence.headers['server']?.trim()
  if (server !== undefined && /^istio-envoy$/i.test(server))
    return `Server: ${quote(server)} (Istio's Envoy)`
  if (server !== undefined && /^envoy$/i.test(server)) return `Server: ${quote(server)}`
  const envoyHeaders = Object.keys(evidence.headers)
    .filter(name => name.startsWith('x-envoy-') && evidence.headers[name] !== undefined)
    .sort(
      (a, b) =>
        Number(b === 'x-envoy-upstream-service-time') -
        Number(a === 'x-envoy-upstream-service-time')
    )
  if (envoyHeaders.length > 0)
    return `${envoyHeaders[0]}: ${quote(evidence.headers[envoyHeaders[0]] ?? '')}`
  const body = (evidence.body ?? '').trim()
  if (LOCAL_REPLIES.some(reply => reply.test(body)))
    return `HTTP ${evidence.status ?? '?'} "${quote(body)}" (Envoy's local reply)`
  return undefined
}
