// Google Cloud external Application Load Balancer (Google Front Ends, or Envoy for the regional
// one) as its answers show it: the LB adds "Via: 1.1 google" to requests and responses. Its fixes
// (google-lb-fix.ts) are written with gcloud.
import type { ProxyAnswer, ResponseEvidence } from '../proxy.js'
import { behindCloudflare, header, line } from './evidence.js'

/** One element of Via ("1.1 google", maybe among others). */
const VIA_GOOGLE = /(^|,)\s*1\.1 google\s*(,|$)/i

/** Via names the LB; "Server: Google Frontend" alone is also what Cloud Run and App Engine send
 * (with other limits), so it only adds to the evidence when Via is there. Behind Cloudflare the
 * client talks to Cloudflare, and Google's Via just passed through. */
function recognise(evidence: ResponseEvidence): string | undefined {
  const via = header(evidence, 'via')
  if (!via || !VIA_GOOGLE.test(via) || behindCloudflare(evidence)) return undefined
  const server = header(evidence, 'server')
  return server?.toLowerCase() === 'google frontend'
    ? `${line('Via', via)}, ${line('Server', server)}`
    : line('Via', via)
}

export const googleLb: ProxyAnswer = {
  id: 'google-lb',
  name: 'Google Cloud Application Load Balancer',
  recognise
}
