// Each Problem fixed in HAProxy's own words, with a haproxy.cfg block to paste. Paths follow
// the usual layout: one PEM per site under /etc/haproxy/certs/ holding the leaf, the
// intermediates and the key (what `crt` loads).
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'
import { formatSeconds } from './time.js'

const fix = (text: string, lines: string[]): Fix => ({
  text,
  code: { lang: 'haproxy', text: lines.join('\n') }
})

const pem = (host: string): string => `/etc/haproxy/certs/${host}.pem`

/** What browsers offer for TLS 1.2 (ECDHE with AES-GCM or ChaCha20) and for TLS 1.3. */
export const BROWSER_CIPHERS =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305'
export const BROWSER_CIPHERSUITES =
  'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256'

/** `timeout tunnel` for a WebSocket path: in defaults (all three), or in one backend (the
 * tunnel and server-fin; client-fin is a frontend setting HAProxy ignores in a backend). */
export function idleTimeoutFix(path: string, idleSeconds: number, backend?: string): Fix {
  const tunnel = formatSeconds(fixTimeoutSeconds(idleSeconds * 1000))
  const where = backend ?? `defaults (or the backend that serves ${basePath(path)})`
  return fix(
    `Once HAProxy has passed the upgrade (101), the connection is a tunnel and timeout tunnel alone governs it; without one, timeout client and timeout server (meant for HTTP requests and responses) close a WebSocket that stays silent that long. Set timeout tunnel ${tunnel}, longer than the longest silence between frames, in ${where}; timeout client-fin and timeout server-fin keep half-closed connections from lingering that long (client-fin belongs to defaults or the frontend). A server that sends pings (every 30 s is common) keeps the socket busy through any proxy.`,
    [
      `# in ${where}:`,
      `timeout tunnel ${tunnel}`,
      ...(backend ? [] : ['timeout client-fin 30s']),
      'timeout server-fin 30s'
    ]
  )
}

/** The backend for a WebSocket path, with nothing that strips the upgrade. */
export function upgradeFix(host: string, path: string): Fix {
  const location = basePath(path)
  return fix(
    `HAProxy passes the WebSocket upgrade by itself in HTTP mode (and switches the connection to a tunnel after the 101): remove every rule that deletes or rewrites Upgrade or Connection on the way to ${location} or back (http-request del-header Upgrade, http-request del-header Connection, http-request set-header Connection close, http-response del-header Upgrade…), in the frontend and in the backend, and route ${location} on ${host} to a backend in mode http.`,
    [
      'frontend https-in',
      `    bind :443 ssl crt ${pem(host)}`,
      '    mode http',
      `    use_backend websocket if { path_beg ${location} } || { hdr(Upgrade) -i websocket }`,
      '',
      'backend websocket',
      '    mode http',
      '    # nothing that deletes or rewrites Upgrade or Connection here or in the frontend',
      '    timeout tunnel 1h',
      '    server app1 127.0.0.1:8001'
    ]
  )
}

export function fullChainFix(host: string, crt = pem(host)): Fix {
  return fix(
    'HAProxy sends the certificates of the crt file in the order they appear: put the leaf, then the intermediates, then the private key into that one PEM (with certbot: fullchain.pem, then privkey.pem). Alternatively, issuers-chain-path in global names a directory of intermediates HAProxy completes a chain from. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.',
    [
      `# cd /etc/letsencrypt/live/${host}`,
      `# cat fullchain.pem privkey.pem > ${crt}`,
      'frontend https-in',
      `    bind :443 ssl crt ${crt}`
    ]
  )
}

export function tlsVersionsFix(host: string): Fix {
  return fix(
    "Offer TLS 1.2 and TLS 1.3: ssl-min-ver TLSv1.2 and no ssl-max-ver, in global's ssl-default-bind-options or on the bind line (a bind line's ssl-min-ver/ssl-max-ver replace the global ones). Use ssl-min-ver/ssl-max-ver rather than no-tlsv12/no-tlsv13: HAProxy ignores the no-tlsv1x options when either is set. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).",
    [
      'global',
      '    ssl-default-bind-options ssl-min-ver TLSv1.2',
      '',
      '# or on the bind line itself:',
      'frontend https-in',
      `    bind :443 ssl crt ${pem(host)} ssl-min-ver TLSv1.2`
    ]
  )
}

export function browserCiphersFix(browsersLockedOut: boolean): Fix {
  return fix(
    `${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20, over X25519, P-256 and P-384 (Mozilla's "intermediate" configuration without its DHE suites). Set them once in global and remove ciphers, ciphersuites and curves from bind lines (a bind line's own replace the global defaults). A client that truly needs DHE should get a 2048-bit group (ssl-dh-param-file with ffdhe2048), never 1024.`,
    [
      'global',
      `    ssl-default-bind-ciphers ${BROWSER_CIPHERS}`,
      `    ssl-default-bind-ciphersuites ${BROWSER_CIPHERSUITES}`,
      '    ssl-default-bind-curves X25519:P-256:P-384',
      '    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets'
    ]
  )
}

export function certificateFix(host: string): Fix {
  return fix(
    `Give the bind line a certificate that covers ${host}: HAProxy picks one by SNI among every crt of the line (or every line of a crt-list, or every PEM of a crt directory), and serves the first one to a client whose name none covers.`,
    [
      `# a certificate whose Subject Alternative Names include ${host}:`,
      `# certbot certonly --standalone -d ${host}, then in /etc/letsencrypt/live/${host}:`,
      `# cat fullchain.pem privkey.pem > ${pem(host)}`,
      'frontend https-in',
      `    bind :443 ssl crt ${pem(host)} crt /etc/haproxy/certs/other-site.pem`,
      '    # or every PEM of a directory, chosen by SNI: bind :443 ssl crt /etc/haproxy/certs/'
    ]
  )
}

export function tlsListenerFix(host: string, port: number, path: string): Fix {
  return fix(
    `Terminate TLS on port ${port}: add "ssl crt <pem>" to the bind line (the PEM holding the leaf, the intermediates and the key), and route ${basePath(path)} to a backend in mode http, which passes the WebSocket upgrade.`,
    [
      'frontend wss-in',
      `    bind :${port} ssl crt ${pem(host)}`,
      '    mode http',
      `    use_backend websocket if { path_beg ${basePath(path)} }`,
      '',
      'backend websocket',
      '    mode http',
      '    timeout tunnel 1h',
      '    server app1 127.0.0.1:8001'
    ]
  )
}

export function clientCertificateFix(host: string): Fix {
  return fix(
    `Ask for client certificates on the bind line and verify them against the CA that issues them: verify required refuses the handshake without one; verify optional lets it through and leaves the decision to rules on ssl_c_verify (an answer a WebSocket client can read). Clients of ${host} must then present a certificate from that CA.`,
    [
      'frontend https-in',
      `    bind :443 ssl crt ${pem(host)} verify required ca-file /etc/haproxy/client-ca.pem`,
      '    # or: verify optional ca-file … and',
      '    # http-request deny deny_status 403 unless { ssl_c_verify 0 } { ssl_c_used }'
    ]
  )
}

export function certificateSizeFix(host: string): Fix {
  return fix(
    `Split the names over several certificates (a few hundred names each, or a wildcard per domain) and let HAProxy choose one by SNI: a crt-list names each certificate with the names it serves (${host} in one of them).`,
    [
      'frontend https-in',
      '    bind :443 ssl crt-list /etc/haproxy/crt-list.txt',
      '',
      '# /etc/haproxy/crt-list.txt: a PEM (leaf, intermediates, key) and its SNI names per line',
      '#   /etc/haproxy/certs/group-1.pem a.example.com b.example.com',
      '#   /etc/haproxy/certs/group-2.pem c.example.com d.example.com'
    ]
  )
}

/** The fix for any Problem, in HAProxy's words. */
export function haproxyFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return upgradeFix(problem.host, problem.path)
    case 'idle-timeout':
      return idleTimeoutFix(problem.path, problem.seconds)
    case 'full-chain':
      return fullChainFix(problem.host)
    case 'tls-versions':
      return tlsVersionsFix(problem.host)
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
