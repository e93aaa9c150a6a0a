// Traefik told from a live answer, conservatively: Traefik adds no Server header and no header
// of its own, its 404 is Go's ("404 page not found", any Go server's), and a 101 passes the
// backend's headers. Only its own error bodies are distinctive: "no available server" (503, a
// service whose servers are all down: pkg/server/service/loadbalancer/wrr), and the bare status
// text its proxy writes on a backend error ("Bad Gateway", "Gateway Timeout", without the
// newline and nosniff header of Go's http.Error: pkg/proxy/httputil/proxy.go).
import type { ResponseEvidence } from '../proxy.js'

const PROXY_ERRORS: Record<number, string> = { 502: 'Bad Gateway', 504: 'Gateway Timeout' }

export function recogniseTraefik(evidence: ResponseEvidence): string | undefined {
  // A Server header is the backend's or another proxy's: Traefik sends none of its own.
  if (evidence.headers['server'] !== undefined) return undefined
  const body = evidence.body ?? ''
  if (evidence.status === 503 && body.trim() === 'no available server')
    return 'HTTP 503 "no available server" without a Server header (Traefik: no healthy server)'
  const statusText = evidence.status === undefined ? undefined : PROXY_ERRORS[evidence.status]
  if (
    statusText !== undefined &&
    body === statusText &&
    /^text\/plain/i.test(evidence.headers['content-type'] ?? '') &&
    evidence.headers['x-content-type-options'] === undefined
  )
    return `HTTP ${evidence.status} "${statusText}" without a Server header (Traefik's proxy error)`
  return undefined
}
