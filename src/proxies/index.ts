// The proxies wss-doctor knows, as their answers show them, in order of recognition: a new proxy
// is one module, its answer here and its file side in files.ts. The run asks them who answered
// (facts.proxy), and every fix a proxy must make is written in the words of the proxy in front.
import type { Finding, Fix } from '../findings.js'
import { apacheAnswer } from './apache/answer.js'
import { caddyAnswer } from './caddy/answer.js'
import { envoyAnswer } from './envoy/answer.js'
import { h2oAnswer } from './h2o/answer.js'
import { haproxyAnswer } from './haproxy/answer.js'
import { iis } from './iis/index.js'
import { ingressAnswer } from './ingress/answer.js'
import { lighttpdAnswer } from './lighttpd/answer.js'
import { awsAlb } from './managed/aws-alb.js'
import { cloudflare } from './managed/cloudflare.js'
import { googleLb } from './managed/google-lb.js'
import { nginxAnswer } from './nginx/answer.js'
import { traefikAnswer } from './traefik/answer.js'
import {
  basePath,
  type Problem,
  type ProxyAnswer,
  type ProxyFacts,
  type ResponseEvidence
} from './proxy.js'

/** Managed services first: Cloudflare in front of an ALB answers as Cloudflare, and an nginx
 * behind a load balancer is not the one whose settings cut the client's socket. Only what a
 * live answer needs is loaded here; files go to ./files.ts, loaded when config-paths is set. */
export const ANSWERING: readonly ProxyAnswer[] = [
  cloudflare,
  awsAlb,
  googleLb,
  iis,
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

/** When the proxy cannot be told: the fix for the few most common ones. */
const COMMON: readonly ProxyAnswer['id'][] = ['nginx', 'haproxy', 'apache', 'caddy']

/** The proxy that sent this answer, when one can be told from it. */
export function recogniseProxy(evidence: ResponseEvidence): ProxyFacts | undefined {
  for (const proxy of ANSWERING) {
    const seen = proxy.recognise(evidence)
    if (seen) return { id: proxy.id, name: proxy.name, evidence: seen }
  }
  return undefined
}

/** The application's own remedy for idle cuts, true behind every proxy and load balancer. */
const PING_REMEDY =
  'Whatever the proxy: a server that pings every open WebSocket more often than the shortest idle timeout on the way (every 30 s is common; ws: setInterval(() => socket.ping(), 30_000)) keeps it alive through any proxy or load balancer.'

/** The fix for `problem` in the words of the proxy in front, or of the common ones when it
 * could not be told. */
export function fixFor(problem: Problem, proxy?: ProxyFacts): Fix {
  const known = proxy && ANSWERING.find(p => p.id === proxy.id)
  const fix = known ? known.fix(problem) : commonFix(problem)
  if (problem.kind !== 'idle-timeout') return fix
  return { ...fix, text: `${fix.text} ${PING_REMEDY}` }
}

function commonFix(problem: Problem): Fix {
  const proxies = COMMON.map(id => ANSWERING.find(p => p.id === id)).filter(
    (p): p is ProxyAnswer => p !== undefined
  )
  if (proxies.length === 1) return proxies[0].fix(problem)
  const fixes = proxies.map(p => ({ proxy: p, fix: p.fix(problem) }))
  return {
    text: `${WHAT_TO_DO[problem.kind](problem as never)} The proxy in front could not be told from its answers: the block has the fix for ${listOf(proxies.map(p => p.name))}.`,
    code: {
      lang: 'text',
      text: fixes
        .filter(({ fix }) => fix.code)
        .map(({ proxy, fix }) => `# ${proxy.name}\n${fix.code!.text}`)
        .join('\n\n')
    }
  }
}

/** What every proxy must do, in no proxy's words. */
const WHAT_TO_DO: { [K in Problem['kind']]: (problem: Extract<Problem, { kind: K }>) => string } = {
  upgrade: p =>
    `Make the proxy pass the WebSocket upgrade for ${basePath(p.path)}: HTTP/1.1 to the backend, with the Upgrade and Connection headers.`,
  'idle-timeout': p =>
    `Make the proxy's timeouts for ${basePath(p.path)} longer than the longest silence between frames (${p.seconds} s here).`,
  'full-chain': () => 'Serve the full chain (leaf, then intermediates) instead of the leaf alone.',
  'tls-versions': () => 'Offer TLS 1.2 and TLS 1.3.',
  'browser-ciphers': () =>
    'Offer what browsers offer: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20.',
  certificate: p => `Serve a certificate that covers ${p.host}.`,
  'tls-listener': p =>
    `Terminate TLS on port ${p.port}, or point the wss:// URL at the TLS port (443 by default).`,
  'client-certificate': () =>
    'Ask for client certificates only where clients have them: not on an endpoint browsers open.',
  'certificate-size': () =>
    'Split the names over several certificates (a few hundred names each) chosen by SNI.'
}

function listOf(names: string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** Findings with a problem get their fix in the words of `proxy`: the probe's own prose (what
 * does not depend on the proxy) first, then the proxy's. The block is the proxy's; commands the
 * probe gave (certbot) go first in it as comments, to run before the configuration changes. */
export function withProxyFixes(findings: Finding[], proxy?: ProxyFacts): Finding[] {
  return findings.map(finding => {
    if (!finding.problem) return finding
    const words = fixFor(finding.problem, proxy)
    const own = finding.fix
    if (!own) return { ...finding, fix: words }
    return { ...finding, fix: { text: `${own.text} ${words.text}`, code: merged(own, words) } }
  })
}

function merged(own: Fix, words: Fix): Fix['code'] {
  if (!own.code || !words.code) return words.code ?? own.code
  if (own.code.lang === words.code.lang)
    return { lang: own.code.lang, text: `${own.code.text}\n\n${words.code.text}` }
  const first = own.code.text.split('\n').map(line => (line.startsWith('#') ? line : `#   ${line}`))
  return { lang: words.code.lang, text: `${first.join('\n')}\n\n${words.code.text}` }
}
