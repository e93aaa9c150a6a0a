// Every proxy's fix, and a finding's fix in the words of the proxy in front (or of the common
// ones when it could not be told): loaded by withProxyFixes (index.ts) only when a finding has a
// problem, so that a healthy run never evaluates the fix texts.
import type { Finding, Fix } from '../findings.js'
import { apacheFix } from './apache/fix.js'
import { caddyFix } from './caddy/fix.js'
import { envoyFix } from './envoy/fixes.js'
import { h2oFix } from './h2o/fixes.js'
import { haproxyFix } from './haproxy/fix.js'
import { iisFix } from './iis/fix.js'
import { ingressFix } from './ingress/fix.js'
import { ANSWERING } from './index.js'
import { lighttpdFix } from './lighttpd/fix.js'
import { awsAlbFix } from './managed/aws-alb-fix.js'
import { cloudflareFix } from './managed/cloudflare-fix.js'
import { googleLbFix } from './managed/google-lb-fix.js'
import { nginxFix } from './nginx/fix.js'
import {
  basePath,
  type Problem,
  type ProxyAnswer,
  type ProxyFacts,
  type ProxyFix,
  type ProxyId
} from './proxy.js'
import { traefikFix } from './traefik/fixes.js'

/** Each proxy's fix, in its own configuration language. */
export const FIXES: { readonly [id in ProxyId]: ProxyFix } = {
  cloudflare: cloudflareFix,
  'aws-alb': awsAlbFix,
  'google-lb': googleLbFix,
  iis: iisFix,
  nginx: nginxFix,
  haproxy: haproxyFix,
  apache: apacheFix,
  caddy: caddyFix,
  lighttpd: lighttpdFix,
  h2o: h2oFix,
  traefik: traefikFix,
  envoy: envoyFix,
  'ingress-nginx': ingressFix
}

/** When the proxy cannot be told: the fix for the few most common ones. */
const COMMON: readonly ProxyAnswer['id'][] = ['nginx', 'haproxy', 'apache', 'caddy']

/** The application's own remedy for idle cuts, true behind every proxy and load balancer. */
const PING_REMEDY =
  'Whatever the proxy: a server that pings every open WebSocket more often than the shortest idle timeout on the way (every 30 s is common; ws: setInterval(() => socket.ping(), 30_000)) keeps it alive through any proxy or load balancer.'

/** The fix for `problem` in the words of the proxy in front, or of the common ones when it
 * could not be told. */
export function fixFor(problem: Problem, proxy?: ProxyFacts): Fix {
  const known = proxy && FIXES[proxy.id]
  const fix = known ? known(problem) : commonFix(problem)
  if (problem.kind !== 'idle-timeout') return fix
  return { ...fix, text: `${fix.text} ${PING_REMEDY}` }
}

function commonFix(problem: Problem): Fix {
  const proxies = COMMON.map(id => ANSWERING.find(p => p.id === id)).filter(
    (p): p is ProxyAnswer => p !== undefined
  )
  if (proxies.length === 1) return FIXES[proxies[0].id](problem)
  const fixes = proxies.map(p => ({ proxy: p, fix: FIXES[p.id](problem) }))
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
export function withFixesOf(findings: Finding[], proxy?: ProxyFacts): Finding[] {
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
