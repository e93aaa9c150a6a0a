// Cloudflare's fixes (orange-cloud records), in the dashboard or the zone settings API. Sources:
// developers.cloudflare.com — Connection limits (Proxy Read Timeout 100 s, answered with 524,
// configurable for Enterprise only; newer revisions list 120 s), Network > WebSockets (the zone's
// "websockets" setting), SSL/TLS > Edge Certificates (Minimum TLS Version, TLS 1.3, cipher suites
// only with Advanced Certificate Manager, set through the API), Universal SSL limitations (the apex
// and first-level subdomains only), custom certificates' bundle methods (Compatible, Modern,
// User-defined), the proxied HTTPS ports (443, 2053, 2083, 2087, 2096, 8443), and mutual TLS with
// Cloudflare-issued client certificates and a WAF rule on cf.tls_client_auth.cert_verified.
import { basePath, type Problem } from '../proxy.js'
import type { Fix } from '../../findings.js'

const READ_TIMEOUT_S = 100
const HTTPS_PORTS = [443, 2053, 2083, 2087, 2096, 8443]
const HTTP_PORTS = [80, 8080, 8880, 2052, 2082, 2086, 2095]

/** A zone setting through the API (the dashboard path is in the fix's text). */
function zoneSetting(setting: string, value: string): string {
  return [
    `curl -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/settings/${setting}" \\`,
    '  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" -H "Content-Type: application/json" \\',
    `  --data '{"value":${value}}'`
  ].join('\n')
}

export function cloudflareFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return {
        text: `Cloudflare proxies WebSockets only while the zone's WebSockets setting is on (dashboard: Network > WebSockets). With it on, an upgrade to ${problem.host}${basePath(problem.path)} that still fails is refused by the origin behind Cloudflare (or a WAF rule on the 101 request): try the origin directly.`,
        code: { lang: 'bash', text: zoneSetting('websockets', '"on"') }
      }
    case 'idle-timeout':
      return {
        text:
          problem.seconds < READ_TIMEOUT_S
            ? `Cloudflare keeps a silent WebSocket for ${READ_TIMEOUT_S} s (Proxy Read Timeout), longer than the ${problem.seconds} s after which this one was cut: the cut comes from the origin behind Cloudflare (its proxy's read timeout). Raise that, and let the application ping.`
            : `Cloudflare closes a WebSocket that carries no frame for ${READ_TIMEOUT_S} s (its Proxy Read Timeout), and on Free, Pro and Business plans that limit cannot be raised; only Enterprise zones can ask their account team for a longer one. The application must keep the socket busy: a ping (or any message) from either side every 30 s or so.`,
        code: {
          lang: 'js',
          text: [
            `// Cloudflare: Proxy Read Timeout ${READ_TIMEOUT_S} s, fixed below Enterprise — ping well inside it (ws server)`,
            'const heartbeat = setInterval(() => {',
            '  for (const socket of wss.clients) socket.ping()',
            '}, 30_000)',
            "wss.on('close', () => clearInterval(heartbeat))"
          ].join('\n')
        }
      }
    case 'full-chain':
      return {
        text: `Cloudflare's edge certificates (Universal, Advanced) are served with their chain. A custom certificate uploaded with the User-defined bundle method is served exactly as pasted: re-upload it with the Compatible bundle method (Cloudflare adds the intermediates), or paste the intermediates after the leaf (SSL/TLS > Edge Certificates > the custom certificate).`,
        code: {
          lang: 'text',
          text: [
            'SSL/TLS > Edge Certificates > Custom certificates > Replace',
            '  SSL certificate: the leaf',
            '  Bundle method: Compatible'
          ].join('\n')
        }
      }
    case 'tls-versions':
      return {
        text: `Cloudflare's edge offers the versions from Minimum TLS Version up, TLS 1.3 when its switch is on (dashboard: SSL/TLS > Edge Certificates > Minimum TLS Version and TLS 1.3). Set the minimum to 1.2 and turn TLS 1.3 on.`,
        code: {
          lang: 'bash',
          text: [zoneSetting('min_tls_version', '"1.2"'), zoneSetting('tls_1_3', '"on"')].join('\n')
        }
      }
    case 'browser-ciphers':
      return {
        text: `Cloudflare's default cipher suites include those browsers use; a custom list (Advanced Certificate Manager, set through the API) narrower than that ${problem.browsersLockedOut ? 'locks browsers out' : 'leaves browsers fewer suites'}. Reset the zone's ciphers to the default (an empty list), or list ECDHE suites with AES-GCM and ChaCha20.`,
        code: { lang: 'bash', text: zoneSetting('ciphers', '[]') }
      }
    case 'certificate':
      return {
        text: `Cloudflare's Universal SSL certificate covers the zone apex and its first-level subdomains only, and only for proxied records. For ${problem.host}, proxy the record (orange cloud) and, if it is deeper than one level, order an advanced certificate for it or turn on Total TLS (Advanced Certificate Manager), or upload a custom certificate that names it.`,
        code: {
          lang: 'text',
          text: [
            `DNS > Records > ${problem.host}: Proxy status Proxied`,
            `SSL/TLS > Edge Certificates > Order an advanced certificate: ${problem.host}`
          ].join('\n')
        }
      }
    case 'tls-listener':
      return {
        text: `Cloudflare terminates TLS only on its HTTPS ports (${HTTPS_PORTS.join(', ')}); ${HTTP_PORTS.includes(problem.port) ? `port ${problem.port} is one of its plain HTTP ports` : `port ${problem.port} is not proxied at all`}, so wss://${problem.host}:${problem.port}${basePath(problem.path)} gets no TLS there. Point clients at port 443 (or another HTTPS port, with the origin listening behind it).`,
        code: {
          lang: 'text',
          text: `wss://${problem.host}${basePath(problem.path)}   # port 443: Cloudflare terminates TLS`
        }
      }
    case 'client-certificate':
      return {
        text: `Cloudflare asks for client certificates on the hostnames where mutual TLS is on (SSL/TLS > Client Certificates: issue certificates from the Cloudflare CA and enable mTLS for ${problem.host}), and a WAF custom rule then blocks requests without a verified one; the origin sees the result, not the handshake.`,
        code: {
          lang: 'text',
          text: [
            `SSL/TLS > Client Certificates > Hosts: ${problem.host}`,
            'Security > WAF > Custom rules, action Block:',
            `  (http.host eq "${problem.host}" and not cf.tls_client_auth.cert_verified)`
          ].join('\n')
        }
      }
    case 'certificate-size':
      return {
        text: `Serve ${problem.host} from a certificate with fewer names: an advanced certificate (Advanced Certificate Manager) per group of hostnames instead of one custom certificate listing all of them; Cloudflare picks by SNI.`,
        code: {
          lang: 'text',
          text: `SSL/TLS > Edge Certificates > Order an advanced certificate: ${problem.host}`
        }
      }
  }
}
