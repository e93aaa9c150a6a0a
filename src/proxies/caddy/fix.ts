// Each problem's fix in Caddy's words: a whole site block to paste (every block here is one
// `caddy adapt` accepts), with the site's real host, path and backend where they are known.
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'

/** What a finding knows beyond the problem: the backend and matcher of its reverse_proxy. */
export interface FixContext {
  upstream?: string
  /** The reverse_proxy's own matcher as written ("/socket*", "@websockets"). */
  matcher?: string
}

const BACKEND = '127.0.0.1:8080'

/** A path as a Caddy path matcher: "/socket" → "/socket*"; "/" matches everything ("*"). */
export function pathMatcher(path: string): string {
  const base = basePath(path)
  return base === '/' ? '*' : `${base}*`
}

/** A duration as Caddy writes it: whole hours as "1h", else seconds. */
function duration(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600}h` : `${seconds}s`
}

const site = (host: string, lines: string[]): string =>
  [`${host} {`, ...lines.map(l => `\t${l}`), '}'].join('\n')

const caddy = (text: string, code: string): Fix => ({ text, code: { lang: 'caddy', text: code } })

function proxyLine(path: string, context: FixContext): string {
  const matcher = context.matcher ?? pathMatcher(path)
  return `reverse_proxy ${matcher === '*' ? '' : `${matcher} `}${context.upstream ?? BACKEND}`
}

export function upgradeFix(host: string, path: string, context: FixContext = {}): Fix {
  return caddy(
    "Caddy's reverse_proxy passes the WebSocket upgrade by itself: proxy the path with a plain reverse_proxy and take out whatever removes or rewrites Upgrade or Connection (header_up -Upgrade, header_up -Connection, header_up Connection …, request_header -Upgrade), and keep HTTP/1.1 to the backend (no transport http { versions h2c } or { versions 2 } alone).",
    site(host, [proxyLine(path, context)])
  )
}

export function idleTimeoutFix(
  host: string,
  path: string,
  seconds: number,
  context: FixContext = {}
): Fix {
  const timeout = duration(fixTimeoutSeconds(seconds * 1000))
  return caddy(
    `Caddy keeps a proxied WebSocket open however long it is silent, unless transport http sets read_timeout: remove read_timeout, or keep it longer than the longest silence between frames (${timeout} here), and let the application ping. write_timeout does not cut an idle socket. On Caddy 2.7 and later, stream_timeout closes every WebSocket after that long, silent or not: leave it unset or longer than a session.`,
    site(host, [
      `${proxyLine(path, context)} {`,
      '\ttransport http {',
      '\t\t# or no read_timeout at all: Caddy sets none by default',
      `\t\tread_timeout ${timeout}`,
      '\t}',
      '}'
    ])
  )
}

export function fullChainFix(host: string): Fix {
  return caddy(
    "Let Caddy manage the certificate (automatic HTTPS: no tls line, or tls with your e-mail address): it serves the full chain itself. With certificate files, tls must name the full chain (the leaf, then the intermediates: certbot's fullchain.pem, not cert.pem).",
    site(host, [
      `tls /etc/letsencrypt/live/${host}/fullchain.pem /etc/letsencrypt/live/${host}/privkey.pem`,
      `reverse_proxy ${BACKEND}`
    ])
  )
}

export function tlsVersionsFix(host: string): Fix {
  return caddy(
    "Offer TLS 1.2 and TLS 1.3 (Caddy's default: remove the protocols line, or write both), so that every current browser, proxy and client shares a version with the server. With certificate files, the block goes after them: tls cert.pem key.pem { … }.",
    site(host, ['tls {', '\tprotocols tls1.2 tls1.3', '}', `reverse_proxy ${BACKEND}`])
  )
}

export function browserCiphersFix(host: string, browsersLockedOut: boolean): Fix {
  return caddy(
    `${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer TLS 1.2 clients what browsers offer'}: remove the ciphers (and curves) lines, since Caddy's defaults are ECDHE with AES-GCM and ChaCha20 over X25519, P-256 and P-384, and keep TLS 1.3 on (its suites are not configurable in Caddy and always right). If you must list suites, list ECDHE ones; Caddy (Go) has no DHE.`,
    site(host, [
      'tls {',
      '\tprotocols tls1.2 tls1.3',
      '\tciphers TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
      '\tcurves x25519 secp256r1 secp384r1',
      '}',
      `reverse_proxy ${BACKEND}`
    ])
  )
}

export function certificateFix(host: string): Fix {
  return caddy(
    `Serve a certificate that covers ${host}: name the host in the site address and let Caddy obtain one (automatic HTTPS: no tls line), or point tls at a certificate whose Subject Alternative Names include ${host}. Caddy chooses the certificate by the site address the client asks for (SNI).`,
    site(host, [
      `# automatic HTTPS: no tls line; or files that cover ${host}:`,
      `tls /etc/ssl/${host}/fullchain.pem /etc/ssl/${host}/privkey.pem`,
      `reverse_proxy ${BACKEND}`
    ])
  )
}

/** `tls internal` (or local_certs) on a host the public reaches: automatic HTTPS instead. */
export function publicCertificateFix(host: string, internal: string): Fix {
  return caddy(
    `For a public host, drop ${internal} and let automatic HTTPS obtain a publicly trusted certificate. For an internal service, give its clients (and wss-doctor's ca-file) Caddy's root instead: pki/authorities/local/root.crt in Caddy's data directory.`,
    site(host, [
      '# no tls line: automatic HTTPS obtains a publicly trusted certificate',
      `reverse_proxy ${BACKEND}`
    ])
  )
}

export function tlsListenerFix(host: string, port: number, path: string): Fix {
  const address = port === 443 ? host : `https://${host}:${port}`
  return caddy(
    `Serve ${host}:${port} with TLS: a site address with a host name or https:// makes Caddy terminate TLS there (not http://, not a bare :${port}, and not auto_https off without a tls line).`,
    site(address, [proxyLine(path, {})])
  )
}

export function clientCertificateFix(host: string): Fix {
  return caddy(
    'Caddy asks for and verifies client certificates with tls { client_auth }: mode require_and_verify and the CA that issues them (trusted_ca_cert_file; Caddy 2.6 reads it when the configuration loads). Give wss-doctor a client certificate that CA signed (client-cert and client-key inputs).',
    site(host, [
      'tls {',
      '\tclient_auth {',
      '\t\tmode require_and_verify',
      '\t\ttrusted_ca_cert_file /etc/caddy/client-ca.pem',
      '\t}',
      '}',
      `reverse_proxy ${BACKEND}`
    ])
  )
}

export function certificateSizeFix(host: string): Fix {
  return caddy(
    'Split the names over several certificates and let Caddy choose one by SNI: with automatic HTTPS it already obtains one certificate per site address; with files, one site block per group of names, each with its own tls line.',
    [
      site(`${host}, a.example.com`, [
        'tls /etc/ssl/group-1/fullchain.pem /etc/ssl/group-1/privkey.pem',
        `reverse_proxy ${BACKEND}`
      ]),
      site('b.example.com, c.example.com', [
        'tls /etc/ssl/group-2/fullchain.pem /etc/ssl/group-2/privkey.pem',
        `reverse_proxy ${BACKEND}`
      ])
    ].join('\n')
  )
}

/** The fix for `problem` in Caddy's words. */
export function caddyFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return upgradeFix(problem.host, problem.path)
    case 'idle-timeout':
      return idleTimeoutFix(problem.host, problem.path, problem.seconds)
    case 'full-chain':
      return fullChainFix(problem.host)
    case 'tls-versions':
      return tlsVersionsFix(problem.host)
    case 'browser-ciphers':
      return browserCiphersFix(problem.host, problem.browsersLockedOut)
    case 'certificate':
      return certificateFix(problem.host)
    case 'tls-listener':
      return tlsListenerFix(problem.host, problem.port, problem.path)
    case 'client-certificate':
      return clientCertificateFix(problem.host)
    case 'certificate-size':
      return certificateSizeFix(problem.host)
  }
}
