// Each problem's fix in Apache httpd's words, with a block to paste into the virtual host.
// Upgrade and idle facts as measured on httpd 2.4.71: mod_proxy_http tunnels the upgrade for a
// ProxyPass with upgrade=websocket or a ws:// backend (mod_proxy_wstunnel is not needed next
// to it since 2.4.47), and closes a silent tunnel when the longer of Timeout and the backend's
// timeout (ProxyPass timeout=, else ProxyTimeout, else Timeout) has run out.
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'

/** The backend a fix proxies to when the configuration does not say. */
export const PLACEHOLDER_BACKEND = 'http://127.0.0.1:8080'

/** The browsers' TLS 1.2 suites (Mozilla's intermediate without DHE). */
export const BROWSER_CIPHER_SUITE =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305'

const apache = (text: string, lines: string[]): Fix => ({
  text,
  code: { lang: 'apache', text: lines.join('\n') }
})

const certificateLines = (host: string): string[] => [
  `SSLCertificateFile    /etc/letsencrypt/live/${host}/fullchain.pem`,
  `SSLCertificateKeyFile /etc/letsencrypt/live/${host}/privkey.pem`
]

/** The WebSocket ProxyPass of a path: `backend` is the URL the configuration proxies it to
 * (its scheme turned into http: mod_proxy_http tunnels with upgrade=websocket). */
export function webSocketProxyPassLines(
  path: string,
  backend: string | undefined,
  timeoutSeconds?: number
): string[] {
  const url = backend?.replace(/^ws(s?):\/\//i, 'http$1://') ?? `${PLACEHOLDER_BACKEND}${path}`
  const timeout = timeoutSeconds === undefined ? '' : ` timeout=${timeoutSeconds}`
  return [`ProxyPass ${path} ${url} upgrade=websocket${timeout}`, `ProxyPassReverse ${path} ${url}`]
}

export function upgradeFix(path: string, backend?: string, why = ''): Fix {
  const location = basePath(path)
  return apache(
    `${why ? `${why} ` : ''}Make Apache pass the WebSocket upgrade for ${location}: since httpd 2.4.47 mod_proxy_http tunnels it when the ProxyPass line says upgrade=websocket (or proxies to a ws:// URL); before 2.4.47, proxy to ws:// with mod_proxy_wstunnel (a2enmod proxy_wstunnel). The first ProxyPass whose path matches wins: put the WebSocket one before any ProxyPass for a shorter path such as /.`,
    [
      '# Debian/Ubuntu: a2enmod proxy proxy_http proxy_wstunnel && systemctl reload apache2',
      ...webSocketProxyPassLines(location, backend),
      '# httpd before 2.4.47 (mod_proxy_wstunnel) instead:',
      `# ProxyPass ${location} ${(backend ?? `${PLACEHOLDER_BACKEND}${location}`).replace(/^http(s?):\/\//i, 'ws$1://')}`
    ]
  )
}

export function idleTimeoutFix(path: string, seconds: number, backend?: string, why = ''): Fix {
  const location = basePath(path)
  const timeout = fixTimeoutSeconds(seconds * 1000)
  return apache(
    `${why ? `${why} ` : ''}Apache closes a silent WebSocket tunnel when the longer of two timeouts runs out: Timeout (the client's side, 60 s unless set) and the backend's (ProxyPass timeout=, else ProxyTimeout, else Timeout). Raise the backend's on the WebSocket's ProxyPass line (that path only), or ProxyTimeout or Timeout for the whole virtual host, above the longest silence between frames (${seconds} s here), and let the application ping.`,
    [
      '# The WebSocket path only:',
      ...webSocketProxyPassLines(location, backend, timeout),
      '# Or every proxied request of the virtual host:',
      `# ProxyTimeout ${timeout}`,
      '# Or every connection of the virtual host (idle clients too):',
      `# Timeout ${timeout}`
    ]
  )
}

/** A [P] rule of the configuration (the only way to proxy from an .htaccess), fixed: the same
 * pattern to a ws:// target, for upgrade requests. */
export interface RewriteRoute {
  pattern: string
  target: string
  /** Its RewriteCond lines as written. */
  conditions: string[]
}

const wsTarget = (target: string): string => target.replace(/^http(s?):\/\//i, 'ws$1://')

function rewriteLines(rule: RewriteRoute): string[] {
  const guarded = rule.conditions.some(c => /%\{HTTP:Upgrade\}/i.test(c))
  return [
    'RewriteEngine on',
    ...(guarded
      ? rule.conditions
      : [...rule.conditions, 'RewriteCond %{HTTP:Upgrade} =websocket [NC]']),
    `RewriteRule ${rule.pattern} ${wsTarget(rule.target)} [P,L]`
  ]
}

export function rewriteUpgradeFix(rule: RewriteRoute, why = ''): Fix {
  return apache(
    `${why ? `${why} ` : ''}Proxy the upgrade requests to a ws:// URL: mod_proxy_http (httpd 2.4.47 and later) tunnels a ws:// backend, as mod_proxy_wstunnel did before; a [P] rule to http:// goes through a worker without upgrade=websocket, so the backend gets a plain request.`,
    ['# Debian/Ubuntu: a2enmod proxy proxy_http proxy_wstunnel rewrite', ...rewriteLines(rule)]
  )
}

/** A [P] rule's tunnel uses the server's timeouts (its worker has no timeout= of its own). */
export function rewriteIdleTimeoutFix(seconds: number, why = ''): Fix {
  const timeout = fixTimeoutSeconds(seconds * 1000)
  return apache(
    `${why ? `${why} ` : ''}Apache closes a silent WebSocket tunnel when the longer of Timeout (the client's side, 60 s unless set) and ProxyTimeout (the backend's, Timeout unless set) runs out: a [P] rule has no timeout= of its own. Raise ProxyTimeout in the virtual host above the longest silence between frames (${seconds} s here), and let the application ping.`,
    [
      `ProxyTimeout ${timeout}`,
      '# Or every connection of the virtual host (idle clients too):',
      `# Timeout ${timeout}`
    ]
  )
}

export function fullChainFix(host: string): Fix {
  return apache(
    "Serve the full chain (the leaf, then the intermediates): point SSLCertificateFile at a file that holds both, certbot's fullchain.pem rather than cert.pem (SSLCertificateChainFile is deprecated since 2.4.8). If the issuer is your own internal CA, give it to wss-doctor with the ca-file input instead.",
    certificateLines(host)
  )
}

export function tlsVersionsFix(): Fix {
  return apache(
    'Offer TLS 1.2 and TLS 1.3 so that every current browser, proxy and client shares a version with Apache. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).',
    ['SSLProtocol -all +TLSv1.2 +TLSv1.3']
  )
}

export function browserCiphersFix(browsersLockedOut: boolean): Fix {
  return apache(
    `${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 over X25519, P-256 and P-384, and let the client choose (Mozilla's "intermediate" configuration without its DHE suites). A client that truly needs DHE should get a 2048-bit group (SSLOpenSSLConfCmd DHParameters with ffdhe2048), never 1024.`,
    [
      'SSLProtocol -all +TLSv1.2 +TLSv1.3',
      `SSLCipherSuite ${BROWSER_CIPHER_SUITE}`,
      'SSLOpenSSLConfCmd Curves X25519:prime256v1:secp384r1',
      'SSLHonorCipherOrder off'
    ]
  )
}

export function certificateFix(host: string): Fix {
  return apache(
    `Serve ${host} from a virtual host whose ServerName (or ServerAlias) names it, with a certificate whose Subject Alternative Names include it: Apache picks the virtual host, and with it the certificate, by the name the client sends (SNI). Reissue the certificate if it does not cover ${host} (certbot certonly --apache -d ${host}).`,
    [
      '<VirtualHost *:443>',
      `    ServerName ${host}`,
      '    SSLEngine on',
      ...certificateLines(host).map(line => `    ${line}`),
      '</VirtualHost>'
    ]
  )
}

export function tlsListenerFix(host: string, port: number, path: string, why = ''): Fix {
  const location = basePath(path)
  return apache(
    `${why ? `${why} ` : ''}Terminate TLS on port ${port}: Listen on it (Debian's ports.conf has Listen 443 once mod_ssl is enabled: a2enmod ssl) with a virtual host that turns SSLEngine on and serves the full chain, and proxies the WebSocket path with the upgrade; or point the wss:// URL at the TLS port.`,
    [
      `Listen ${port}`,
      `<VirtualHost *:${port}>`,
      `    ServerName ${host}`,
      '    SSLEngine on',
      ...certificateLines(host).map(line => `    ${line}`),
      '    SSLProtocol -all +TLSv1.2 +TLSv1.3',
      ...webSocketProxyPassLines(location, undefined, 3600).map(line => `    ${line}`),
      '</VirtualHost>'
    ]
  )
}

export function clientCertificateFix(host: string): Fix {
  return apache(
    `Apache asks for client certificates with SSLVerifyClient and verifies them against SSLCACertificateFile, the CA that issues your clients' certificates (in the virtual host of ${host}, or a <Location> for the WebSocket path only). Give wss-doctor a certificate from that CA with the client-cert and client-key inputs.`,
    [
      'SSLVerifyClient require',
      'SSLVerifyDepth 2',
      'SSLCACertificateFile /etc/apache2/client-ca.pem'
    ]
  )
}

export function certificateSizeFix(host: string): Fix {
  return apache(
    `Split the names over several certificates, one virtual host per certificate: Apache chooses the virtual host (and so the certificate) by the name the client sends (SNI), from ServerName and ServerAlias. Keep ${host}'s certificate to the names it serves.`,
    [
      '<VirtualHost *:443>',
      `    ServerName ${host}`,
      '    SSLEngine on',
      ...certificateLines(host).map(line => `    ${line}`),
      '</VirtualHost>',
      '<VirtualHost *:443>',
      '    ServerName other.example.com',
      '    ServerAlias *.other.example.com',
      '    SSLEngine on',
      ...certificateLines('other.example.com').map(line => `    ${line}`),
      '</VirtualHost>'
    ]
  )
}

export function apacheFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return upgradeFix(problem.path)
    case 'idle-timeout':
      return idleTimeoutFix(problem.path, problem.seconds)
    case 'full-chain':
      return fullChainFix(problem.host)
    case 'tls-versions':
      return tlsVersionsFix()
    case 'browser-ciphers':
      return browserCiphersFix(problem.browsersLockedOut)
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
