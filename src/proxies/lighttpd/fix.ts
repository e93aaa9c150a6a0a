// Each problem's fix in lighttpd's own words, with a block of lighttpd.conf to paste: mod_proxy
// with the upgrade enabled for the WebSocket path, idle limits raised in that path's condition,
// the certificate chain in ssl.pemfile (or ssl.ca-file), TLS versions and ciphers through
// ssl.openssl.ssl-conf-cmd, certificates chosen by SNI with $HTTP["host"] conditions.
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'

const LANG = 'lighttpd'

const block = (text: string, lines: string[]): Fix => ({
  text,
  code: { lang: LANG, text: lines.join('\n') }
})

/** A path as the anchored regex of a `$HTTP["url"] =~` condition. */
export function urlCondition(path: string): string {
  const escaped = basePath(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return `$HTTP["url"] =~ "^${escaped}"`
}

const indent = (lines: string[]): string[] => lines.map(l => `    ${l}`)

const DEFAULT_BACKEND = '( "" => ( ( "host" => "127.0.0.1", "port" => 8001 ) ) )'

/** The WebSocket path proxied with the upgrade passed and idle limits above `seconds`. */
export function upgradeBlock(options: {
  condition: string
  proxyServer?: string
  seconds: number
}): string[] {
  return [
    'server.modules += ( "mod_proxy" )',
    `${options.condition} {`,
    ...indent([
      `proxy.server = ${options.proxyServer ?? DEFAULT_BACKEND}`,
      'proxy.header = ( "upgrade" => "enable" )',
      `server.max-read-idle = ${options.seconds}`,
      `server.max-write-idle = ${options.seconds}`
    ]),
    '}'
  ]
}

export const UPGRADE_TEXT =
  'lighttpd’s mod_proxy passes a WebSocket upgrade to the backend only with proxy.header "upgrade" => "enable"; without it the backend gets a plain GET and the client a 400 or 426 instead of 101. Set it where the WebSocket path’s proxy.server is (inside the site’s $HTTP["host"] block when there are several), with your backend’s host and port.'

/** Idle limits for the WebSocket path, in its own condition so other requests keep theirs. */
export function idleBlock(condition: string, seconds: number): string[] {
  return [
    `${condition} {`,
    ...indent([`server.max-read-idle = ${seconds}`, `server.max-write-idle = ${seconds}`]),
    '}'
  ]
}

export const IDLE_TEXT =
  'lighttpd closes a connection, a proxied WebSocket included, when the client sent nothing for server.max-read-idle seconds (60 by default) or nothing was written to it for server.max-write-idle seconds (360 by default); a backend’s "read-timeout" in proxy.server cuts it too. Raise both for the WebSocket path (in its own $HTTP["url"] condition, so other requests keep short limits), and let the application ping.'

const live = (host: string, file: string): string => `/etc/letsencrypt/live/${host}/${file}`

/** A TLS socket with the full chain; `extra` lines go inside it. */
export function tlsSocketBlock(host: string, port = 443, extra: string[] = []): string[] {
  return [
    'server.modules += ( "mod_openssl" )',
    `$SERVER["socket"] == ":${port}" {`,
    ...indent([
      'ssl.engine  = "enable"',
      `ssl.pemfile = "${live(host, 'fullchain.pem')}"`,
      `ssl.privkey = "${live(host, 'privkey.pem')}"`,
      ...extra
    ]),
    '}'
  ]
}

export function fullChainFix(host: string): Fix {
  return block(
    'Serve the full chain: lighttpd sends every certificate of ssl.pemfile, and only when that file holds the leaf alone does it build the chain from ssl.ca-file (with neither, clients get the leaf alone; with an ssl.ca-file lacking the intermediate, every handshake fails). Point ssl.pemfile at the leaf followed by the intermediates (certbot’s fullchain.pem) and the key at ssl.privkey; or keep the leaf in ssl.pemfile and name the intermediates in ssl.ca-file. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.',
    tlsSocketBlock(host, 443, [
      '# or the leaf alone in ssl.pemfile (cert.pem) and the intermediates here:',
      `# ssl.ca-file = "${live(host, 'chain.pem')}"`
    ])
  )
}

export function tlsVersionsFix(): Fix {
  return block(
    'Offer TLS 1.2 and TLS 1.3: lighttpd (1.4.56 and later) does by default, so drop a MinProtocol of TLSv1.3 or a MaxProtocol of TLSv1.2 and keep MinProtocol at TLSv1.2. ssl.openssl.ssl-conf-cmd is one array per socket: keep its other entries in the same assignment. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).',
    [
      '$SERVER["socket"] == ":443" {',
      ...indent(['ssl.openssl.ssl-conf-cmd = ( "MinProtocol" => "TLSv1.2" )']),
      '}'
    ]
  )
}

const BROWSER_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305'
].join(':')

export function browserCiphersFix(browsersLockedOut: boolean): Fix {
  return block(
    `${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 (lighttpd’s own default cipher list does; the simplest fix is to drop CipherString and the deprecated ssl.cipher-list). A client that truly needs DHE should get a 2048-bit group ("DHParameters" with ffdhe2048), never 1024; ssl.dh-file is ignored since lighttpd 1.4.68.`,
    [
      '$SERVER["socket"] == ":443" {',
      ...indent([
        'ssl.openssl.ssl-conf-cmd = (',
        '    "MinProtocol" => "TLSv1.2",',
        `    "CipherString" => "${BROWSER_CIPHERS}"`,
        ')'
      ]),
      '}'
    ]
  )
}

export function certificateFix(host: string): Fix {
  return block(
    `Install a certificate whose names include ${host} (certbot certonly --webroot -w /var/www/html -d ${host}) and serve it for that name: lighttpd chooses the certificate by the name the client asks for (SNI) through $HTTP["host"] conditions, and otherwise serves the socket’s ssl.pemfile.`,
    [
      `$HTTP["host"] == "${host}" {`,
      ...indent([
        `ssl.pemfile = "${live(host, 'fullchain.pem')}"`,
        `ssl.privkey = "${live(host, 'privkey.pem')}"`
      ]),
      '}'
    ]
  )
}

export function tlsListenerFix(host: string, port: number, path: string): Fix {
  return block(
    `wss://${host}:${port}${basePath(path)} needs TLS on port ${port}: enable ssl.engine in that socket’s $SERVER["socket"] condition (with mod_openssl loaded), with the full chain and its key.`,
    tlsSocketBlock(host, port)
  )
}

export function clientCertificateFix(host: string): Fix {
  return block(
    'lighttpd asks for a client certificate with ssl.verifyclient.activate, refuses a client without one with ssl.verifyclient.enforce, and verifies it against ssl.ca-file (the CA that issues your clients’ certificates). Keep the full chain in ssl.pemfile: when it holds the leaf alone, lighttpd builds the server’s own chain from ssl.ca-file, which now holds the clients’ CA. Give wss-doctor the client-cert and client-key inputs.',
    tlsSocketBlock(host, 443, [
      'ssl.ca-file = "/etc/lighttpd/client-ca.pem"',
      'ssl.verifyclient.activate = "enable"',
      'ssl.verifyclient.enforce  = "enable"',
      'ssl.verifyclient.depth    = 2'
    ])
  )
}

export function certificateSizeFix(): Fix {
  return block(
    'Split the names over several certificates (a few hundred names each, or a wildcard per domain) and let lighttpd choose one by SNI: an $HTTP["host"] condition per group, each with its own ssl.pemfile and ssl.privkey.',
    [
      '$HTTP["host"] =~ "^(a|b)\\.example\\.com$" {  # the names of the first certificate',
      ...indent([
        'ssl.pemfile = "/etc/ssl/group-1/fullchain.pem"',
        'ssl.privkey = "/etc/ssl/group-1/privkey.pem"'
      ]),
      '}',
      '$HTTP["host"] =~ "^(c|d)\\.example\\.com$" {  # the names of the second',
      ...indent([
        'ssl.pemfile = "/etc/ssl/group-2/fullchain.pem"',
        'ssl.privkey = "/etc/ssl/group-2/privkey.pem"'
      ]),
      '}'
    ]
  )
}

/** The fix for `problem` in lighttpd's words. */
export function lighttpdFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return block(
        UPGRADE_TEXT,
        upgradeBlock({ condition: urlCondition(problem.path), seconds: fixTimeoutSeconds(0) })
      )
    case 'idle-timeout': {
      const seconds = fixTimeoutSeconds(problem.seconds * 1000)
      return block(IDLE_TEXT, idleBlock(urlCondition(problem.path), seconds))
    }
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
      return certificateSizeFix()
  }
}
