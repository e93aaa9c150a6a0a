// The fixes that do not depend on the proxy in front (certificates, the page's scheme, the
// application's own checks), filled in with the target's real names. Pure text builders; what a
// proxy must change is a Problem that src/proxies/ words for the proxy in front.
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
    `certbot certonly --webroot -w /var/www/html ${names.map(n => `-d ${n}`).join(' ')}`
  ]
  if (labels.length >= 3) {
    lines.push(
      `# Or a wildcard, which covers every name one label below ${parent} (not deeper):`,
      `certbot certonly --dns-cloudflare -d '*.${parent}' -d ${parent}`
    )
  }
  return {
    text: `Reissue the certificate so that its Subject Alternative Names include ${host}, then install it (its fullchain.pem) where the TLS endpoint reads it and reload it.`,
    code: { lang: 'bash', text: lines.join('\n') }
  }
}

/** Self-signed or privately issued: a public CA in production, `ca-file` for internal services. */
export function trustedCertificateFix(host: string): Fix {
  return {
    text: `Browsers only trust certificates from a public CA: use one (for example Let's Encrypt) for ${host}. For an internal service whose clients trust your own CA, give that CA to wss-doctor with the ca-file input (never in production for browsers).`,
    code: {
      lang: 'bash',
      text: `certbot certonly --webroot -w /var/www/html -d ${host}\n# internal CA instead, in the workflow step:\n#   with:\n#     ca-file: certs/internal-ca.pem`
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

/** ALPN without http/1.1: WebSockets need HTTP/1.1 (or RFC 8441 over HTTP/2). */
export function alpnFix(): Fix {
  return {
    text: 'Let the TLS endpoint negotiate http/1.1 for WebSocket clients (nginx and most proxies do by default; check the CDN or load balancer ALPN policy), or enable WebSockets over HTTP/2 (extended CONNECT, SETTINGS_ENABLE_CONNECT_PROTOCOL).'
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
      text: `certbot certonly --webroot -w /var/www/html --force-renewal -d ${host}\n# then reload the TLS endpoint (nginx, HAProxy, Apache…) so that it serves the new one`
    }
  }
}

/** The issuer was not sent and is not trusted: a missing intermediate, or an untrusted root. */
export function unknownIssuerFix(host: string, issuer: string): Fix {
  return {
    text: `Find out what "${issuer}" is. If it is an intermediate CA, serve the full chain (leaf, then intermediates). If it is a root CA (a TLS-intercepting proxy, a development CA such as mkcert, a private CA), browsers will never trust it: use a certificate from a public CA for ${host}, or, for an internal service whose clients trust that CA, give it to wss-doctor with the ca-file input.`
  }
}

/** A SHA-1 or MD5 signature in the chain: a certificate (or intermediate) signed with SHA-256. */
export function weakSignatureFix(host: string, leafIsWeak: boolean): Fix {
  return leafIsWeak
    ? {
        text: `Reissue the certificate for ${host}: every public CA signs with SHA-256 or better.`,
        code: {
          lang: 'bash',
          text: `certbot certonly --webroot -w /var/www/html --force-renewal -d ${host}`
        }
      }
    : {
        text: "Serve the CA's current intermediate (signed with SHA-256) in the chain: take a fresh fullchain.pem from the CA instead of an old intermediate file."
      }
}
