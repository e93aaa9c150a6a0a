// Cloudflare's proxy (orange-cloud records) as its answers show it: told from a live answer; its
// fixes (cloudflare-fix.ts) are written for the dashboard or the zone settings API.
import type { ProxyAnswer, ResponseEvidence } from '../proxy.js'
import { header, line } from './evidence.js'

/** Cloudflare names itself in Server and stamps every answer with CF-RAY; both, or it is not sure. */
function recognise(evidence: ResponseEvidence): string | undefined {
  const server = header(evidence, 'server')
  const ray = header(evidence, 'cf-ray')
  if (server?.toLowerCase() !== 'cloudflare' || !ray) return undefined
  return `${line('Server', server)}, ${line('CF-RAY', ray)}`
}

export const cloudflare: ProxyAnswer = {
  id: 'cloudflare',
  name: 'Cloudflare',
  recognise
}
