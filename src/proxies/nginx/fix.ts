// nginx's words for every problem a proxy can fix: the proxy blocks with the target's names, and the fixes the configuration check writes for a repository's file.
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'

/** HTTP/1.1 to the backend, the upgrade headers, and timeouts longer than the idle time. */
function upgradeLocation(location: string, timeoutSeconds = 3600): string[] {
  return [
    `location ${location} {`,
    '    proxy_pass http://127.0.0.1:8001;',
    '    proxy_http_version 1.1;',
    '    proxy_set_header Upgrade $http_upgrade;',
    "    proxy_set_header Connection 'upgrade';",
    '    proxy_set_header Host $host;',
    `    proxy_read_timeout ${timeoutSeconds}s;`,
    `    proxy_send_timeout ${timeoutSeconds}s;`,
    '}'
  ]
}

function tlsServer(host: string, port: number, body: string[]): string {
  return [
    'server {',
    `    listen ${port} ssl;`,
    `    server_name ${host};`,
    `    ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;`,
    `    ssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`,
    '    ssl_protocols TLSv1.2 TLSv1.3;',
    ...body.map(line => `    ${line}`),
    '}'
  ].join('\n')
}

const BROWSER_CIPHERS =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305'

export function nginxFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade': {
      const location = basePath(problem.path)
      return {
        text: `Make nginx pass the WebSocket upgrade for ${location}: HTTP/1.1 to the backend, the Upgrade and Connection headers, and read/send timeouts longer than the idle time between frames.`,
        code: { lang: 'nginx', text: upgradeLocation(location).join('\n') }
      }
    }
    case 'idle-timeout': {
      const location = basePath(problem.path)
      return {
        text: `Give ${location} proxy_read_timeout and proxy_send_timeout longer than the longest silence between frames (nginx closes a WebSocket after 60 s without a frame by default).`,
        code: {
          lang: 'nginx',
          text: upgradeLocation(location, fixTimeoutSeconds(problem.seconds * 1000)).join('\n')
        }
      }
    }
    case 'full-chain':
      return fullChainFix(problem.host)
    case 'tls-versions':
      return tlsVersionFix()
    case 'browser-ciphers':
      return browserCiphersFix(problem.browsersLockedOut)
    case 'certificate':
      return {
        text: `Point the server block for ${problem.host} at a certificate that covers it (server_name ${problem.host}; ssl_certificate with its fullchain.pem), then reload nginx.`,
        code: {
          lang: 'nginx',
          text: `server_name ${problem.host};\nssl_certificate     /etc/letsencrypt/live/${problem.host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${problem.host}/privkey.pem;`
        }
      }
    case 'tls-listener':
      return {
        text: `Point the wss:// URL at the TLS port (443 by default), or terminate TLS on port ${problem.port}: nginx needs "listen ${problem.port} ssl;" with ssl_certificate, and the upgrade headers for WebSockets.`,
        code: {
          lang: 'nginx',
          text: tlsServer(problem.host, problem.port, upgradeLocation(basePath(problem.path)))
        }
      }
    case 'client-certificate':
      return {
        text: 'nginx asks for client certificates with ssl_verify_client and checks them against ssl_client_certificate (the CA that issues them, with extended key usage clientAuth). For an endpoint browsers open, leave it off (or optional, checked by the application).',
        code: {
          lang: 'nginx',
          text: 'ssl_client_certificate /etc/nginx/client-ca.pem;\nssl_verify_client on;   # or: optional, and check $ssl_client_verify in the app'
        }
      }
    case 'certificate-size':
      return {
        text: 'Split the names over several certificates (a few hundred names each, or a wildcard per domain) and let the server choose one by SNI: nginx picks the server block by server_name, each with its own ssl_certificate.',
        code: {
          lang: 'nginx',
          text: [
            'server {',
            '    listen 443 ssl;',
            '    server_name a.example.com b.example.com;  # the names of the first certificate',
            '    ssl_certificate     /etc/ssl/group-1/fullchain.pem;',
            '    ssl_certificate_key /etc/ssl/group-1/privkey.pem;',
            '}',
            'server {',
            '    listen 443 ssl;',
            '    server_name c.example.com d.example.com;  # the names of the second',
            '    ssl_certificate     /etc/ssl/group-2/fullchain.pem;',
            '    ssl_certificate_key /etc/ssl/group-2/privkey.pem;',
            '}'
          ].join('\n')
        }
      }
  }
}

/** The leaf alone is sent: serve the full chain. */
export function fullChainFix(host: string): Fix {
  return {
    text: 'Serve the full chain (leaf, then intermediates) instead of the leaf alone. With certbot, point nginx at fullchain.pem, not cert.pem.',
    code: {
      lang: 'nginx',
      text: `ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`
    }
  }
}

export function tlsVersionFix(): Fix {
  return {
    text: 'Offer TLS 1.2 and TLS 1.3 so that every current browser, proxy and client shares a version with the server. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).',
    code: { lang: 'nginx', text: 'ssl_protocols TLSv1.2 TLSv1.3;' }
  }
}

/** Browsers offer ECDHE first (static RSA last): the settings that let them (and everyone else)
 * in with forward secrecy. */
export function browserCiphersFix(browsersLockedOut: boolean): Fix {
  return {
    text: `${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20, over X25519, P-256 and P-384, and let the client choose (Mozilla's "intermediate" configuration without its DHE suites). A client that truly needs DHE should get a 2048-bit group (ssl_dhparam with ffdhe2048), never 1024.`,
    code: {
      lang: 'nginx',
      text: [
        'ssl_protocols TLSv1.2 TLSv1.3;',
        `ssl_ciphers ${BROWSER_CIPHERS};`,
        'ssl_ecdh_curve X25519:prime256v1:secp384r1;',
        'ssl_prefer_server_ciphers off;'
      ].join('\n')
    }
  }
}

/** A WebSocket location of the repository's own configuration, fixed: its path and upstream
 * kept, HTTP/1.1, the upgrade headers (the `map $http_upgrade` variable when the configuration
 * uses that idiom), Host, and timeouts longer than idle-timeout. */
export function webSocketLocationFix(
  location: string,
  options: { proxyPass?: string; connection?: string; timeoutSeconds: number; why: string }
): Fix {
  const connection = options.connection ?? "'upgrade'"
  const lines = [
    `location ${location} {`,
    `    proxy_pass ${options.proxyPass ?? 'http://127.0.0.1:8001'};`,
    '    proxy_http_version 1.1;',
    '    proxy_set_header Upgrade $http_upgrade;',
    `    proxy_set_header Connection ${connection};`,
    '    proxy_set_header Host $host;',
    `    proxy_read_timeout ${options.timeoutSeconds}s;`,
    `    proxy_send_timeout ${options.timeoutSeconds}s;`,
    '}'
  ]
  return {
    text: `${options.why} Every proxy_set_header the location needs must be in the location itself (or all of them at the server level): one proxy_set_header in a location replaces all the inherited ones.`,
    code: { lang: 'nginx', text: lines.join('\n') }
  }
}

/** Fix 2 for one server block of the repository: TLS with the full chain and both current
 * versions, a name, and the WebSocket location. */
export function tlsServerFix(host: string, location: string, why: string): Fix {
  return {
    text: why,
    code: { lang: 'nginx', text: tlsServer(host, 443, upgradeLocation(location)) }
  }
}
