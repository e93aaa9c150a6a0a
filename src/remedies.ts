// The field guide's fixes, filled in with the target's real names. Pure text builders.
import { isIP } from 'node:net'
import type { Fix } from './findings.js'
import type { Endpoint } from './target.js'

/** Fix 1: a certificate that covers the WebSocket hostname (certbot -d lines, or a wildcard). */
export function coverHostnameFix(host: string, covered: string[]): Fix {
  if (isIP(host) !== 0) {
    return {
      text: `Issue a certificate with an IP address SAN for ${host} (public CAs rarely do), or connect by a host name the certificate covers.`
    }
  }
  // Names come from the server's certificate: only plain DNS names go into a command to paste.
  const dnsNames = covered.filter(n => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(n))
  const names = [...new Set([...dnsNames, host])]
  const labels = host.split('.')
  const parent = labels.slice(1).join('.')
  const lines = ['# Include the WebSocket host name in the certificate:', `certbot certonly --nginx ${names.map(n => `-d ${n}`).join(' ')}`]
  if (labels.length >= 3) {
    lines.push(
      `# Or a wildcard, which covers every name one label below ${parent} (not deeper):`,
      `certbot certonly --dns-cloudflare -d '*.${parent}' -d ${parent}`
    )
  }
  return {
    text: `Reissue the certificate so that its Subject Alternative Names include ${host}, then reload the server (nginx: ssl_certificate must point at the new fullchain.pem).`,
    code: { lang: 'bash', text: lines.join('\n') }
  }
}

/** A server that sends its leaf without the intermediate: serve the full chain. */
export function fullChainFix(host: string): Fix {
  return {
    text: 'Serve the full chain (leaf, then intermediates) instead of the leaf alone. With certbot, point nginx at fullchain.pem, not cert.pem. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.',
    code: {
      lang: 'nginx',
      text: `ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`
    }
  }
}

/** Self-signed or privately issued: a public CA in production, `ca-file` for internal services. */
export function trustedCertificateFix(host: string): Fix {
  return {
    text: `Browsers only trust certificates from a public CA: use one (for example Let's Encrypt) for ${host}. For an internal service whose clients trust your own CA, give that CA to wss-doctor with the ca-file input (Fix 4 of the field guide; never in production for browsers).`,
    code: {
      lang: 'bash',
      text: `certbot certonly --nginx -d ${host}\n# internal CA instead, in the workflow step:\n#   with:\n#     ca-file: certs/internal-ca.pem`
    }
  }
}

/** Expired or close to it: renew and automate renewal. */
export function renewalFix(host: string): Fix {
  return {
    text: `Renew the certificate for ${host} and automate renewal so it cannot lapse (certbot's systemd timer, or ACM), then reload the server.`,
    code: { lang: 'bash', text: `certbot renew --cert-name ${host}\nsystemctl enable --now certbot.timer` }
  }
}

export function notYetValidFix(): Fix {
  return {
    text: "The certificate's validity starts in the future: check the clock of the machine that issued it and of the server (NTP), or reissue it."
  }
}

/** Fix 3: derive the WebSocket scheme from the page, and serve wss://. */
export function plainWebSocketFix(endpoint: Endpoint): Fix {
  return {
    text: `Serve this endpoint over TLS (wss://${endpoint.host}${endpoint.path}) and let pages derive the scheme from their own protocol.`,
    code: {
      lang: 'javascript',
      text: "const wsProto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(`${wsProto}://" + `${endpoint.host}${endpoint.path}` + '`)'
    }
  }
}

/** A wss:// URL pointing at a port that does not speak TLS. */
export function plainPortFix(endpoint: Endpoint): Fix {
  return {
    text: `Point the wss:// URL at the TLS port (443 by default), or terminate TLS on port ${endpoint.port}: nginx needs "listen ${endpoint.port} ssl;" with ssl_certificate, and the upgrade headers for WebSockets.`,
    code: {
      lang: 'nginx',
      text: [
        'server {',
        `    listen ${endpoint.port} ssl;`,
        `    server_name ${endpoint.host};`,
        `    ssl_certificate     /etc/letsencrypt/live/${endpoint.host}/fullchain.pem;`,
        `    ssl_certificate_key /etc/letsencrypt/live/${endpoint.host}/privkey.pem;`,
        '    ssl_protocols TLSv1.2 TLSv1.3;',
        '    location / {',
        '        proxy_pass http://127.0.0.1:8001;',
        '        proxy_http_version 1.1;',
        '        proxy_set_header Upgrade $http_upgrade;',
        "        proxy_set_header Connection 'upgrade';",
        '    }',
        '}'
      ].join('\n')
    }
  }
}

/** TLS version mismatch: offer 1.2 and 1.3. */
export function tlsVersionFix(): Fix {
  return {
    text: 'Offer TLS 1.2 and TLS 1.3 so that every current browser, proxy and client shares a version with the server. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).',
    code: { lang: 'nginx', text: 'ssl_protocols TLSv1.2 TLSv1.3;' }
  }
}
