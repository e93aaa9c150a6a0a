// The proxies wss-doctor knows, as their answers show them, in order of recognition: a new proxy
// is one module, its answer here, its fix in fixes.ts and its file side in files.ts. The run asks
// them who answered (facts.proxy), and every fix a proxy must make is written in the words of the
// proxy in front: those words are loaded only when a finding has a problem to fix.
import type { Finding } from '../findings.js'
import { apacheAnswer } from './apache/answer.js'
import { caddyAnswer } from './caddy/answer.js'
import { envoyAnswer } from './envoy/answer.js'
import { h2oAnswer } from './h2o/answer.js'
import { haproxyAnswer } from './haproxy/answer.js'
import { iisAnswer } from './iis/answer.js'
import { ingressAnswer } from './ingress/answer.js'
import { lighttpdAnswer } from './lighttpd/answer.js'
import { awsAlb } from './managed/aws-alb.js'
import { cloudflare } from './managed/cloudflare.js'
import { googleLb } from './managed/google-lb.js'
import { nginxAnswer } from './nginx/answer.js'
import { traefikAnswer } from './traefik/answer.js'
import type { ProxyAnswer, ProxyFacts, ResponseEvidence } from './proxy.js'

/** Managed services first: Cloudflare in front of an ALB answers as Cloudflare, and an nginx
 * behind a load balancer is not the one whose settings cut the client's socket. Only what a
 * live answer needs is loaded here; fixes go to ./fixes.ts, loaded when a finding has a problem,
 * and files to ./files.ts, loaded when config-paths is set. */
export const ANSWERING: readonly ProxyAnswer[] = [
  cloudflare,
  awsAlb,
  googleLb,
  iisAnswer,
  nginxAnswer,
  haproxyAnswer,
  apacheAnswer,
  caddyAnswer,
  lighttpdAnswer,
  h2oAnswer,
  traefikAnswer,
  envoyAnswer,
  ingressAnswer
]

/** The proxy that sent this answer, when one can be told from it. */
export function recogniseProxy(evidence: ResponseEvidence): ProxyFacts | undefined {
  for (const proxy of ANSWERING) {
    const seen = proxy.recognise(evidence)
    if (seen) return { id: proxy.id, name: proxy.name, evidence: seen }
  }
  return undefined
}

/** Findings with a problem get their fix in the words of `proxy` (fixes.ts, a chunk of its own:
 * a healthy target's findings have no problem, and its run never loads the fix texts). */
export async function withProxyFixes(findings: Finding[], proxy?: ProxyFacts): Promise<Finding[]> {
  if (!findings.some(finding => finding.problem)) return findings
  const { withFixesOf } = await import('./fixes.js')
  return withFixesOf(findings, proxy)
}
