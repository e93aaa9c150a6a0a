// Each Problem fixed in Traefik's words: the dynamic configuration (file provider, YAML) where
// routers, middlewares, TLS options and certificates live, the static configuration where entry
// points and providers live. Traefik passes WebSocket upgrades by itself and keeps no timeout on
// an upgraded connection, so the upgrade and idle fixes say what to take away, or where else to
// look.
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'
import { ECDHE_AEAD } from '../../clients/suites.js'

/** The suites of Mozilla's "intermediate" profile in Go's names, ECDSA and RSA: the ECDHE AEAD
 * suites every browser profile offers. */
const BROWSER_SUITES = ECDHE_AEAD

const yaml = (text: string): Fix['code'] => ({ lang: 'yaml', text })

/** A router for a WebSocket path: no middleware touches Upgrade or Connection. */
function router(host: string, path: string, extra: string[] = []): string[] {
  return [
    'http:',
    '  routers:',
    '    websocket:',
    `      rule: "Host(\`${host}\`) && PathPrefix(\`${basePath(path)}\`)"`,
    '      entryPoints:',
    '        - websecure',
    '      service: websocket',
    ...extra,
    '      tls: {}',
    '  services:',
    '    websocket:',
    '      loadBalancer:',
    '        servers:',
    '          - url: "http://127.0.0.1:8080"'
  ]
}

export function traefikFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return {
        text: `Traefik passes the WebSocket upgrade by itself: take away whatever changes the Upgrade or Connection request headers on the router for ${basePath(problem.path)} (a headers middleware's customRequestHeaders such as Upgrade: "" removes the header), and point the router at a backend that speaks HTTP/1.1 (an http:// server URL, not h2c://).`,
        code: yaml(
          [
            '# Dynamic configuration',
            ...router(problem.host, problem.path, [
              '      # No middleware here may set Upgrade or Connection in customRequestHeaders.'
            ])
          ].join('\n')
        )
      }
    case 'idle-timeout': {
      const seconds = fixTimeoutSeconds(problem.seconds * 1000)
      return {
        text: `Traefik keeps no timeout on an upgraded connection: the entry points' respondingTimeouts end when the WebSocket takes over the connection, and the servers transports' forwardingTimeouts end with the response headers. A WebSocket to ${problem.host} silent for ${problem.seconds} s is cut by whatever sits in front of Traefik (a cloud load balancer's idle timeout) or, with Traefik's ingress-nginx provider (v3.7 and later), by proxyReadTimeout and the nginx.ingress.kubernetes.io/proxy-read-timeout annotation: raise those above ${seconds} s, and let the application ping more often than the shortest of them.`,
        code: yaml(
          [
            '# Static configuration, with the ingress-nginx provider',
            'providers:',
            '  kubernetesIngressNGINX:',
            `    proxyReadTimeout: ${seconds}`,
            `    proxySendTimeout: ${seconds}`,
            '# or per Ingress:',
            '#   metadata:',
            '#     annotations:',
            `#       nginx.ingress.kubernetes.io/proxy-read-timeout: "${seconds}"`
          ].join('\n')
        )
      }
    }
    case 'full-chain':
      return {
        text: 'Serve the full chain (the leaf, then its intermediates) from certFile: with certbot, fullchain.pem, not cert.pem. Traefik sends what the file holds; with a certificate resolver (ACME), Traefik stores the full chain itself. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.',
        code: yaml(
          [
            '# Dynamic configuration (file provider)',
            'tls:',
            '  certificates:',
            `    - certFile: /etc/letsencrypt/live/${problem.host}/fullchain.pem`,
            `      keyFile: /etc/letsencrypt/live/${problem.host}/privkey.pem`
          ].join('\n')
        )
      }
    case 'tls-versions':
      return {
        text: `Offer TLS 1.2 and TLS 1.3 for ${problem.host}: minVersion VersionTLS12 and no maxVersion (Traefik then offers up to TLS 1.3) in the TLS option its router uses (the one named default, unless the router's tls.options names another).`,
        code: yaml(
          [
            '# Dynamic configuration',
            'tls:',
            '  options:',
            '    default:',
            '      minVersion: VersionTLS12'
          ].join('\n')
        )
      }
    case 'browser-ciphers':
      return {
        text: `${problem.browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'} in the TLS option the router for ${problem.host} uses: TLS 1.3 (its suites are not configurable in Traefik, and are all fine), and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 over X25519, P-256 and P-384. Removing cipherSuites and curvePreferences altogether gives Go's defaults, which browsers share.`,
        code: yaml(
          [
            '# Dynamic configuration',
            'tls:',
            '  options:',
            '    default:',
            '      minVersion: VersionTLS12',
            '      cipherSuites:',
            ...BROWSER_SUITES.map(s => `        - ${s}`),
            '      curvePreferences:',
            '        - X25519',
            '        - CurveP256',
            '        - CurveP384'
          ].join('\n')
        )
      }
    case 'certificate':
      return {
        text: `Give Traefik a certificate whose names include ${problem.host}: from a certificate resolver (ACME) on the router, or a file in tls.certificates (Traefik picks it by SNI). Without one, Traefik answers with its default certificate ("TRAEFIK DEFAULT CERT"), which no client trusts.`,
        code: yaml(
          [
            '# Dynamic configuration',
            'http:',
            '  routers:',
            '    websocket:',
            `      rule: "Host(\`${problem.host}\`)"`,
            '      service: websocket',
            '      tls:',
            '        certResolver: letsencrypt  # a resolver of the static configuration',
            '        domains:',
            `          - main: "${problem.host}"`,
            '# or a certificate file:',
            'tls:',
            '  certificates:',
            `    - certFile: /etc/letsencrypt/live/${problem.host}/fullchain.pem`,
            `      keyFile: /etc/letsencrypt/live/${problem.host}/privkey.pem`
          ].join('\n')
        )
      }
    case 'tls-listener':
      return {
        text: `Terminate TLS on port ${problem.port}: an entry point on that port whose routers have tls (or http.tls on the entry point for all of them), or point the wss:// URL at the entry point that already does.`,
        code: yaml(
          [
            '# Static configuration',
            'entryPoints:',
            '  websecure:',
            `    address: ":${problem.port}"`,
            '    http:',
            '      tls: {}',
            '# Dynamic configuration',
            ...router(problem.host, problem.path)
          ].join('\n')
        )
      }
    case 'client-certificate':
      return {
        text: `Ask for and verify client certificates with a TLS option whose clientAuth names the CA that issues them, and give that option to the router for ${problem.host}. RequireAndVerifyClientCert refuses clients without a certificate; VerifyClientCertIfGiven lets them in.`,
        code: yaml(
          [
            '# Dynamic configuration',
            'tls:',
            '  options:',
            '    mtls:',
            '      minVersion: VersionTLS12',
            '      clientAuth:',
            '        caFiles:',
            '          - /etc/traefik/client-ca.pem',
            '        clientAuthType: RequireAndVerifyClientCert',
            'http:',
            '  routers:',
            '    websocket:',
            `      rule: "Host(\`${problem.host}\`)"`,
            '      service: websocket',
            '      tls:',
            '        options: mtls'
          ].join('\n')
        )
      }
    case 'certificate-size':
      return {
        text: 'Split the names over several certificates (a few hundred names each, or a wildcard per domain): list each in tls.certificates, and Traefik picks the one that matches the SNI name.',
        code: yaml(
          [
            '# Dynamic configuration',
            'tls:',
            '  certificates:',
            '    - certFile: /etc/ssl/group-1/fullchain.pem  # a.example.com, b.example.com',
            '      keyFile: /etc/ssl/group-1/privkey.pem',
            '    - certFile: /etc/ssl/group-2/fullchain.pem  # c.example.com, d.example.com',
            '      keyFile: /etc/ssl/group-2/privkey.pem'
          ].join('\n')
        )
      }
  }
}
