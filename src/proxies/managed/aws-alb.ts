// AWS Application Load Balancer as its answers show it: no configuration file of its own here
// (Terraform, CloudFormation or the console hold it), so it is told from a live answer; its fixes
// (aws-alb-fix.ts) name the managed settings.
import type { ProxyAnswer, ResponseEvidence } from '../proxy.js'
import { behindCloudflare, header, line } from './evidence.js'

/** The ALB's own answers (its 4xx/5xx pages) carry this Server; a target's answers carry the
 * target's own Server, so a 101 through an ALB rarely shows it. */
const SERVER = /^awselb\/2\.0$/i
/** ALB error pages end with this line in their body. */
const BODY_MARK = /<center>awselb\/2\.0<\/center>/i

function recognise(evidence: ResponseEvidence): string | undefined {
  const server = header(evidence, 'server')
  if (server && SERVER.test(server)) return line('Server', server)
  // A page passed through Cloudflare keeps the ALB's body but not its Server: the client talks
  // to Cloudflare then, not to the ALB.
  if (evidence.body && BODY_MARK.test(evidence.body) && !behindCloudflare(evidence))
    return `${evidence.status ?? 'error'} page signed awselb/2.0`
  return undefined
}

export const awsAlb: ProxyAnswer = {
  id: 'aws-alb',
  name: 'AWS Application Load Balancer',
  recognise
}
