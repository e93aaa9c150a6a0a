// Fixes in h2o's own configuration language (YAML): the WebSocket path with proxy.websocket ON
// and a long proxy.websocket.timeout, and `listen` with `ssl` for everything TLS.
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'

/** A YAML double-quoted string (JSON's escaping is valid YAML). */
const q = (text: string): string => JSON.stringify(text)

const BROWSER_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305'
].join(':')

function sslLines(host: string, indent: string, extra: string[] = []): string[] {
  return [
    `${indent}listen:`,
    `${indent}  port: 443`,
    `${indent}  ssl:`,
    `${indent}    certificate-file: /etc/letsencrypt/live/${host}/fullchain.pem`,
    `${indent}    key-file: /etc/letsencrypt/live/${host}/privkey.pem`,
    `${indent}    min-version: TLSv1.2`,
    ...extra.map(line => `${indent}    ${line}`)
  ]
}

function pathLines(path: string, upstream: string, timeoutMs: number): string[] {
  return [
    '    paths:',
    `      ${q(path)}:`,
    `        proxy.reverse.url: ${q(upstream)}`,
    '        proxy.websocket: ON',
    `        proxy.websocket.timeout: ${timeoutMs}`
  ]
}

/** A WebSocket path of an h2o host: the upgrade passed (proxy.websocket ON) and an idle
 * timeout longer than the longest silence (milliseconds). */
export function webSocketPathFix(options: {
  hostKey: string
  path: string
  upstream?: string
  timeoutMs: number
  why: string
}): Fix {
  const upstream = options.upstream ?? `http://127.0.0.1:8001${options.path}`
  return {
    text: `${options.why} proxy.websocket and proxy.websocket.timeout apply from the nearest level that sets them (path, host, then global); proxy.timeout.io does not apply once the connection is upgraded.`,
    code: {
      lang: 'yaml',
      text: [
        'hosts:',
        `  ${q(options.hostKey)}:`,
        ...pathLines(options.path, upstream, options.timeoutMs)
      ].join('\n')
    }
  }
}

export function fullChainFix(host: string): Fix {
  return {
    text: "Point certificate-file at the full chain (the leaf, then the intermediates): certbot's fullchain.pem, not cert.pem. h2o sends every certificate of that file, in order; key-file holds the key alone. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.",
    code: { lang: 'yaml', text: sslLines(host, '').join('\n') }
  }
}

export function tlsVersionsFix(): Fix {
  return {
    text: "Offer TLS 1.2 and TLS 1.3: min-version: TLSv1.2 in the listener's ssl mapping, and no max-version (h2o offers up to TLS 1.3). Without min-version h2o 2.2 starts at TLSv1, accepting TLS 1.0 and 1.1 wherever its OpenSSL allows them. Check with: openssl s_client -connect HOST:443 -tls1_2 (and -tls1_3).",
    code: {
      lang: 'yaml',
      text: ['listen:', '  port: 443', '  ssl:', '    min-version: TLSv1.2'].join('\n')
    }
  }
}

export function browserCiphersFix(browsersLockedOut: boolean): Fix {
  return {
    text: `${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 (cipher-suite sets the TLS 1.2 suites; TLS 1.3's are OpenSSL's), and no max-version below TLSv1.3. A client that truly needs DHE should get a 2048-bit group (dh-file with RFC 7919's ffdhe2048), never 1024.`,
    code: {
      lang: 'yaml',
      text: [
        'listen:',
        '  port: 443',
        '  ssl:',
        '    min-version: TLSv1.2',
        `    cipher-suite: ${BROWSER_CIPHERS}`
      ].join('\n')
    }
  }
}

export function certificateFix(host: string): Fix {
  return {
    text: `Install a certificate whose Subject Alternative Names include ${host} (certbot certonly --webroot -w /var/www -d ${host}) and give the host its own listen with it: h2o chooses among the certificates of a port by SNI, from the host names each is listed under.`,
    code: {
      lang: 'yaml',
      text: ['hosts:', `  ${q(host)}:`, ...sslLines(host, '    ')].join('\n')
    }
  }
}

export function tlsListenerFix(host: string, port: number, path: string): Fix {
  return {
    text: `wss:// on port ${port} needs TLS there: give that listen an ssl mapping with the certificate and key. h2o cannot speak plain HTTP and TLS on one port ("cannot accept HTTP; already defined to accept HTTPS"): plain HTTP needs a listen of its own.`,
    code: {
      lang: 'yaml',
      text: [
        'hosts:',
        `  ${q(host)}:`,
        ...sslLines(host, '    ').map(line => line.replace('port: 443', `port: ${port}`)),
        ...pathLines(path, `http://127.0.0.1:8001${path}`, 3_600_000)
      ].join('\n')
    }
  }
}

export function clientCertificateFix(host: string): Fix {
  return {
    text: `h2o 2.2 cannot ask for or verify client certificates: its listen ssl mapping has no such property (it refuses client-ca-file as unknown). Terminate mutual TLS for ${host} in front of it (nginx ssl_verify_client, HAProxy verify required) and pass the verified identity in a header, or move to h2o 2.3 or later, whose client-ca-file requires a client certificate signed by that CA.`,
    code: {
      lang: 'yaml',
      text: [
        '# h2o 2.3 or later only: h2o 2.2 has no client certificate support',
        ...sslLines(host, '', ['client-ca-file: /etc/h2o/client-ca.pem'])
      ].join('\n')
    }
  }
}

export function certificateSizeFix(): Fix {
  return {
    text: 'Split the names over several certificates (a few hundred names each, or a wildcard per domain) and list each under the hosts it covers, each host with its own listen: h2o chooses the certificate by SNI from the host names.',
    code: {
      lang: 'yaml',
      text: [
        'hosts:',
        '  "a.example.com":  # a name of the first certificate',
        '    listen:',
        '      port: 443',
        '      ssl:',
        '        certificate-file: /etc/ssl/group-1/fullchain.pem',
        '        key-file: /etc/ssl/group-1/privkey.pem',
        '  "c.example.com":  # a name of the second',
        '    listen:',
        '      port: 443',
        '      ssl:',
        '        certificate-file: /etc/ssl/group-2/fullchain.pem',
        '        key-file: /etc/ssl/group-2/privkey.pem'
      ].join('\n')
    }
  }
}

/** The fix for `problem`, in h2o's words. */
export function h2oFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return webSocketPathFix({
        hostKey: problem.host,
        path: basePath(problem.path),
        timeoutMs: 3_600_000,
        why: `Let h2o pass the WebSocket upgrade for ${basePath(problem.path)}: proxy.websocket: ON on the path (h2o 2.2 leaves it OFF, and the backend then sees a plain GET).`
      })
    case 'idle-timeout': {
      const timeoutMs = fixTimeoutSeconds(problem.seconds * 1000) * 1000
      return webSocketPathFix({
        hostKey: problem.host,
        path: basePath(problem.path),
        timeoutMs,
        why: `Give ${basePath(problem.path)} a proxy.websocket.timeout (milliseconds; h2o's default is 300000, five minutes) longer than the longest silence between frames (${timeoutMs} here), and let the application ping.`
      })
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
      return tlsListenerFix(problem.host, problem.port, basePath(problem.path))
    case 'client-certificate':
      return clientCertificateFix(problem.host)
    case 'certificate-size':
      return certificateSizeFix()
  }
}
