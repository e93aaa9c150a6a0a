// Reading a live answer for the managed load balancers and IIS: one header at a time (names are
// lower case in ResponseEvidence), and whether a CDN sits in front of the answer's sender, in which
// case the client talks to the CDN and the sender's marks only passed through it.
import type { ResponseEvidence } from '../proxy.js'

/** A header's value, trimmed; undefined when absent or empty. */
export function header(evidence: ResponseEvidence, name: string): string | undefined {
  const value = evidence.headers[name.toLowerCase()]?.trim()
  return value ? value : undefined
}

/** Cloudflare rewrites Server and adds CF-RAY to every answer it proxies: a mark from a load
 * balancer behind it (Via, an error page) is then not the proxy in front of the client. */
export function behindCloudflare(evidence: ResponseEvidence): boolean {
  return (
    header(evidence, 'cf-ray') !== undefined ||
    header(evidence, 'server')?.toLowerCase() === 'cloudflare'
  )
}

/** A header line for the evidence ("Server: awselb/2.0"), its server-supplied value cut short. */
export function line(name: string, value: string): string {
  return `${name}: ${value.length > 80 ? `${value.slice(0, 80)}…` : value}`
}
