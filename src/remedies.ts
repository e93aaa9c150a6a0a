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
  const dnsNames = covered.filter(n =>
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(n)
  )
  const names = [...new Set([...dnsNames, host])]
  const labels = host.split('.')
  const parent = labels.slice(1).join('.')
  const lines = [
    '# Include the WebSocket host name in the certificate:',
    `certbot certonly --nginx ${names.map(n => `-d ${n}`).join(' ')}`
  ]
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
    code: {
      lang: 'bash',
      text: `certbot renew --cert-name ${host}\nsystemctl enable --now certbot.timer`
    }
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
      text:
        "const wsProto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(`${wsProto}://" +
        `${endpoint.host}${endpoint.path}` +
        '`)'
    }
  }
}

/** Fix 3 for a ws:// URL written in the source: the page's protocol chooses the scheme.
 * `rest` is what followed `ws://` (template-literal text), `concatenated` the code after a
 * `+`, `envKey` the .env key that holds the URL. */
export function sourceSchemeFix(rest: string, concatenated?: string, envKey?: string): Fix {
  const url = `\`\${proto}://${rest}\`${concatenated !== undefined ? ` + ${concatenated}` : ''}`
  const setting = envKey ? ` Or set ${envKey}=wss://${rest} and serve the endpoint over TLS.` : ''
  return {
    text: `Derive the scheme from the page's protocol, so that an https page opens wss:// (the endpoint must serve TLS).${setting}`,
    code: {
      lang: 'javascript',
      text: `const proto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(${url})`
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
        ...upgradeLocation('/').map(line => `    ${line}`),
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

/** ALPN without http/1.1: WebSockets need HTTP/1.1 (or RFC 8441 over HTTP/2). */
export function alpnFix(): Fix {
  return {
    text: 'Let the TLS endpoint negotiate http/1.1 for WebSocket clients (nginx and most proxies do by default; check the CDN or load balancer ALPN policy), or enable WebSockets over HTTP/2 (extended CONNECT, SETTINGS_ENABLE_CONNECT_PROTOCOL).'
  }
}

/** The field guide's nginx location: HTTP/1.1 to the backend, the upgrade headers, and
 * timeouts longer than a WebSocket's idle time. */
function upgradeLocation(location: string): string[] {
  return [
    `location ${location} {`,
    '    proxy_pass http://127.0.0.1:8001;',
    '    proxy_http_version 1.1;',
    '    proxy_set_header Upgrade $http_upgrade;',
    "    proxy_set_header Connection 'upgrade';",
    '    proxy_set_header Host $host;',
    '    proxy_read_timeout 3600s;',
    '    proxy_send_timeout 3600s;',
    '}'
  ]
}

/** A proxy that does not pass the upgrade: the field guide's nginx block for this path. */
export function proxyUpgradeFix(endpoint: Endpoint): Fix {
  const location = endpoint.path.split('?')[0] || '/'
  return {
    text: `Make the reverse proxy pass the WebSocket upgrade for ${location}: HTTP/1.1 to the backend, the Upgrade and Connection headers, and read/send timeouts longer than the idle time between frames.`,
    code: {
      lang: 'nginx',
      text: upgradeLocation(location).join('\n')
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

/** The field guide's Fix 2 for one server block of the repository: TLS with the full chain and
 * both current versions, a name, and the WebSocket location. */
export function tlsServerFix(host: string, location: string, why: string): Fix {
  return {
    text: why,
    code: {
      lang: 'nginx',
      text: [
        'server {',
        '    listen 443 ssl;',
        `    server_name ${host};`,
        `    ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;`,
        `    ssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`,
        '    ssl_protocols TLSv1.2 TLSv1.3;',
        ...upgradeLocation(location).map(line => `    ${line}`),
        '}'
      ].join('\n')
    }
  }
}

/** An ingress-nginx Ingress whose timeouts cut idle WebSockets: the two annotations. */
export function ingressTimeoutFix(timeoutSeconds: number): Fix {
  return {
    text: `ingress-nginx proxies WebSockets without further setup, but closes one after proxy-read-timeout/proxy-send-timeout seconds without a frame (60 by default): set both longer than the longest silence, and let the application ping.`,
    code: {
      lang: 'yaml',
      text: [
        'metadata:',
        '  annotations:',
        `    nginx.ingress.kubernetes.io/proxy-read-timeout: "${timeoutSeconds}"`,
        `    nginx.ingress.kubernetes.io/proxy-send-timeout: "${timeoutSeconds}"`
      ].join('\n')
    }
  }
}

/** An Ingress host without TLS: a `spec.tls` entry naming it, with its certificate's secret. */
export function ingressTlsFix(hosts: string[], secretName: string): Fix {
  return {
    text: `List every host of the rules under spec.tls with the secret holding its certificate (cert-manager fills it when the Ingress carries its cluster-issuer annotation); a host left out is served with the controller's default certificate, which no browser trusts.`,
    code: {
      lang: 'yaml',
      text: [
        'spec:',
        '  tls:',
        '    - hosts:',
        ...hosts.map(h => `        - ${h}`),
        `      secretName: ${secretName}`
      ].join('\n')
    }
  }
}

/** An idle WebSocket cut by the proxy's read timeout: longer timeouts, and pings to keep it busy. */
export function idleTimeoutFix(endpoint: Endpoint): Fix {
  const location = endpoint.path.split('?')[0] || '/'
  return {
    text: `Give ${location} read and send timeouts longer than the longest silence between frames, and let the application send pings (every 30 s is common) so that no proxy sees an idle connection.`,
    code: { lang: 'nginx', text: upgradeLocation(location).join('\n') }
  }
}

export function allowOriginFix(origin: string): Fix {
  return {
    text: `Add ${origin} to the server's list of allowed origins (ws: verifyClient; Socket.IO: cors.origin; a proxy: its Origin rule), or check that the origin input is the page the browser really loads.`
  }
}

export function checkOriginFix(): Fix {
  return {
    text: 'Check the Origin header of every upgrade request against an allow-list of your own sites and answer 403 otherwise (ws: verifyClient; Socket.IO: cors.origin; nginx: a map on $http_origin). Cookies ride along with a cross-site upgrade.'
  }
}

export function subprotocolFix(offered: string[]): Fix {
  return {
    text: `Make the server accept one of the subprotocols clients offer (${offered.join(', ') || 'none offered'}) and answer it in Sec-WebSocket-Protocol, or change the subprotocols input to what the server speaks.`
  }
}

export function authenticationFix(): Fix {
  return {
    text: 'The endpoint wants credentials: pass them with the headers input (for example "Authorization: Bearer ${{ secrets.WS_TOKEN }}"); header values are masked in the log.'
  }
}

/** A revoked certificate: a new one, installed, and the server reloaded. */
export function reissueFix(host: string): Fix {
  return {
    text: `Issue a new certificate for ${host} (with a new key if the old one was compromised), install it and reload the server.`,
    code: {
      lang: 'bash',
      text: `certbot certonly --nginx --force-renewal -d ${host}\nsystemctl reload nginx`
    }
  }
}

/** Browsers offer ECDHE only: the nginx settings that let them (and everyone else) in. */
export function browserCiphersFix(browsersLockedOut: boolean): Fix {
  return {
    text: `${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20, over X25519, P-256 and P-384, and let the client choose (Mozilla's "intermediate" configuration without its DHE suites). A client that truly needs DHE should get a 2048-bit group (ssl_dhparam with ffdhe2048), never 1024.`,
    code: {
      lang: 'nginx',
      text: [
        'ssl_protocols TLSv1.2 TLSv1.3;',
        'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;',
        'ssl_ecdh_curve X25519:prime256v1:secp384r1;',
        'ssl_prefer_server_ciphers off;'
      ].join('\n')
    }
  }
}

/** A certificate with too many names: split them over several certificates, chosen by SNI. */
export function certificateSizeFix(): Fix {
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

/** The issuer was not sent and is not trusted: a missing intermediate, or an untrusted root. */
export function unknownIssuerFix(host: string, issuer: string): Fix {
  return {
    text: `Find out what "${issuer}" is. If it is an intermediate CA, serve the full chain (leaf, then intermediates): with certbot, point nginx at fullchain.pem, not cert.pem. If it is a root CA (a TLS-intercepting proxy, a development CA such as mkcert, a private CA), browsers will never trust it: use a certificate from a public CA for ${host}, or, for an internal service whose clients trust that CA, give it to wss-doctor with the ca-file input.`,
    code: {
      lang: 'nginx',
      text: `# a missing intermediate:\nssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;\n# an untrusted root: a certificate from a public CA instead\n#   certbot certonly --nginx -d ${host}`
    }
  }
}

/** A SHA-1 or MD5 signature in the chain: a certificate (or intermediate) signed with SHA-256. */
export function weakSignatureFix(host: string, leafIsWeak: boolean): Fix {
  return leafIsWeak
    ? {
        text: `Reissue the certificate for ${host}: every public CA signs with SHA-256 or better.`,
        code: { lang: 'bash', text: `certbot certonly --nginx --force-renewal -d ${host}` }
      }
    : {
        text: "Serve the CA's current intermediate (signed with SHA-256) in the chain: take a fresh fullchain.pem from the CA instead of an old intermediate file."
      }
}
