// Every kind of finding wss-doctor reports, once: a stable code (`<check>-<kind>`, kebab-case)
// that names it in every report, and the page (docs/findings/<code>.md) that explains it.
// A code is per kind of finding, not per check: a certificate for another host and a name only
// in the CN are two codes of the hostname check. Codes are never renamed (users search for
// them, SARIF tools key alerts on them); a new kind of finding adds a code and its page.
import type { CheckId } from './findings.js'
import type { ProblemKind } from './proxies/proxy.js'

export interface CodeEntry {
  /** The check whose findings carry the code, and its prefix. A few codes are carried by
   * another check's findings too: the run's own (input-internal-error, input-deadline) by the
   * check it could not finish, tls-client-certificate-… by the upgrade check when the server
   * asks for the certificate only after the handshake, and config-serve's live findings
   * (check proxy-config) keep the code of the check that failed. */
  check: CheckId
  /** One line: what the finding says, in general (the finding's title gives the particulars). */
  summary: string
  /** The Problem a proxy fixes, when there is one: the page shows each proxy's fix for it. */
  problem?: ProblemKind
}

export const CODES = {
  // input: the target list and the run itself
  'input-invalid-target': {
    check: 'input',
    summary: 'An entry of the target list cannot be checked'
  },
  'input-internal-error': {
    check: 'input',
    summary: 'wss-doctor could not run a check (an internal error)'
  },
  'input-deadline': {
    check: 'input',
    summary: 'A check did not finish (or an idle hold was not judged) within the run’s deadline'
  },
  'input-deadline-not-checked': {
    check: 'input',
    summary: 'The run reached its deadline before this target’s turn'
  },
  'input-wait-recovered': {
    check: 'input',
    summary: 'With wait, the endpoint passed (or stopped failing) on a later attempt'
  },
  'input-wait-still-failing': {
    check: 'input',
    summary: 'With wait, the endpoint still failed when the wait ended'
  },

  // scheme
  'scheme-ok': { check: 'scheme', summary: 'The endpoint is wss:// (TLS)' },
  'scheme-ws-loopback': {
    check: 'scheme',
    summary: 'ws:// to loopback, which browsers allow from any page'
  },
  'scheme-ws-http-page': {
    check: 'scheme',
    summary: 'ws:// from an http page: allowed, but nothing is encrypted'
  },
  'scheme-ws-unknown-page': {
    check: 'scheme',
    summary: 'Unencrypted ws:// endpoint: an https page cannot open it'
  },
  'scheme-mixed-content': {
    check: 'scheme',
    summary: 'Mixed content: an https page cannot open this ws:// URL'
  },

  // tls: the handshake
  'tls-ok': { check: 'tls', summary: 'The TLS handshake completed' },
  'tls-dns-failed': { check: 'tls', summary: 'The host name does not resolve' },
  'tls-connect-timeout': { check: 'tls', summary: 'The connection timed out' },
  'tls-connection-refused': { check: 'tls', summary: 'Nothing listens on the port' },
  'tls-unreachable': { check: 'tls', summary: 'No network route to the host' },
  'tls-not-tls': {
    check: 'tls',
    summary: 'Not a TLS port: the server answered in plain text',
    problem: 'tls-listener'
  },
  'tls-handshake-timeout': {
    check: 'tls',
    summary: 'The port accepted the connection but sent no TLS answer',
    problem: 'tls-listener'
  },
  'tls-connection-reset': {
    check: 'tls',
    summary: 'The server closed the connection during the handshake',
    problem: 'tls-listener'
  },
  'tls-version-mismatch': {
    check: 'tls',
    summary: 'No TLS version in common with the server',
    problem: 'tls-versions'
  },
  'tls-handshake-refused': {
    check: 'tls',
    summary: 'The server refused the TLS handshake',
    problem: 'tls-versions'
  },
  'tls-weak-dh': {
    check: 'tls',
    summary: 'The server offers DHE with a Diffie-Hellman group clients refuse',
    problem: 'browser-ciphers'
  },
  'tls-certificate-too-large': {
    check: 'tls',
    summary: 'The certificate message is larger than clients accept',
    problem: 'certificate-size'
  },
  'tls-alpn-http2-only': {
    check: 'tls',
    summary: 'ALPN http/1.1 is refused: WebSockets work only over HTTP/2'
  },
  'tls-alpn-refused': {
    check: 'tls',
    summary: 'ALPN http/1.1 is refused and HTTP/2 does not allow WebSockets'
  },
  'tls-client-certificate-required': {
    check: 'tls',
    summary: 'The endpoint requires a client certificate (mutual TLS)',
    problem: 'client-certificate'
  },
  'tls-client-certificate-refused': {
    check: 'tls',
    summary: 'The endpoint refused the client certificate presented',
    problem: 'client-certificate'
  },
  'tls-failed': { check: 'tls', summary: 'The TLS connection failed' },

  // trust
  'trust-ok': { check: 'trust', summary: 'The chain leads to a trusted root' },
  'trust-no-certificate': { check: 'trust', summary: 'The server sent no certificate' },
  'trust-self-signed': {
    check: 'trust',
    summary: 'Self-signed certificate: browsers do not trust it'
  },
  'trust-untrusted-root': {
    check: 'trust',
    summary: 'The chain ends in a root CA that is not trusted'
  },
  'trust-missing-intermediate': {
    check: 'trust',
    summary: 'Incomplete chain: the intermediate certificate is not sent',
    problem: 'full-chain'
  },
  'trust-unknown-issuer': {
    check: 'trust',
    summary: 'The issuer is unknown: a missing intermediate or an untrusted root',
    problem: 'full-chain'
  },
  'trust-untrusted-issuer': {
    check: 'trust',
    summary: 'The chain leads to a CA that is neither sent nor trusted'
  },
  'trust-weak-signature': {
    check: 'trust',
    summary: 'A certificate in the chain is signed with SHA-1 or MD5'
  },
  'trust-verify-failed': { check: 'trust', summary: 'The chain does not verify' },

  // chain: as sent
  'chain-ok': { check: 'chain', summary: 'The chain is sent in order' },
  'chain-unreadable': {
    check: 'chain',
    summary: 'The order of the sent chain could not be read (TLS 1.3 only)'
  },
  'chain-out-of-order': {
    check: 'chain',
    summary: 'The chain is sent out of order',
    problem: 'full-chain'
  },
  'chain-extra-certificates': {
    check: 'chain',
    summary: 'The server sends certificates that are not part of the chain',
    problem: 'full-chain'
  },

  // hostname
  'hostname-ok': { check: 'hostname', summary: 'The certificate covers the host name' },
  'hostname-other-host': {
    check: 'hostname',
    summary: 'The certificate is for another host',
    problem: 'certificate'
  },
  'hostname-cn-only': {
    check: 'hostname',
    summary: 'The host name is only in the CN, with no Subject Alternative Name',
    problem: 'certificate'
  },

  // expiry
  'expiry-ok': { check: 'expiry', summary: 'The certificate is valid for long enough' },
  'expiry-soon': { check: 'expiry', summary: 'The certificate expires soon' },
  'expiry-expired': { check: 'expiry', summary: 'The certificate has expired' },
  'expiry-not-yet-valid': { check: 'expiry', summary: 'The certificate is not valid yet' },
  'expiry-invalid-time': {
    check: 'expiry',
    summary: 'A validity time in the certificate is not a valid time'
  },
  'expiry-issuer-expired': {
    check: 'expiry',
    summary: 'A CA certificate in the chain has expired',
    problem: 'full-chain'
  },
  'expiry-issuer-not-yet-valid': {
    check: 'expiry',
    summary: 'A CA certificate in the chain is not valid yet'
  },
  'expiry-issuer-before-leaf': {
    check: 'expiry',
    summary: 'A CA certificate in the chain expires before the leaf'
  },

  // revocation
  'revocation-ok': { check: 'revocation', summary: 'The certificate is not revoked' },
  'revocation-no-source': {
    check: 'revocation',
    summary: 'The certificate names no CRL or OCSP responder'
  },
  'revocation-revoked': { check: 'revocation', summary: 'The certificate has been revoked' },
  'revocation-bad-staple': {
    check: 'revocation',
    summary: 'The server staples an OCSP response that cannot be used'
  },
  'revocation-unknown': {
    check: 'revocation',
    summary: 'The revocation status is unknown: no source answered'
  },
  'revocation-unusable-answer': {
    check: 'revocation',
    summary: 'The revocation source answered with something that cannot be used'
  },

  // crypto
  'crypto-ok': { check: 'crypto', summary: 'Keys and signatures are strong' },
  'crypto-weak-key': { check: 'crypto', summary: 'A key in the chain is weak' },
  'crypto-key-refused': {
    check: 'crypto',
    summary: 'A key in the chain is so weak that every browser refuses it'
  },

  // addresses
  'addresses-ok': { check: 'addresses', summary: 'Every address serves the same certificate' },
  'addresses-other-certificate': {
    check: 'addresses',
    summary: 'An address serves a different certificate'
  },
  'addresses-failing-certificate': {
    check: 'addresses',
    summary: 'An address serves a different certificate that fails'
  },
  'addresses-handshake-failed': {
    check: 'addresses',
    summary: 'An address does not complete a TLS handshake'
  },
  'addresses-unchecked': { check: 'addresses', summary: 'Some addresses were not checked' },

  // versions
  'versions-ok': { check: 'versions', summary: 'The TLS versions clients need are accepted' },
  'versions-none': {
    check: 'versions',
    summary: 'No TLS version is accepted',
    problem: 'tls-versions'
  },
  'versions-required-missing': {
    check: 'versions',
    summary: 'A TLS version require-tls-versions requires is refused',
    problem: 'tls-versions'
  },
  'versions-legacy': {
    check: 'versions',
    summary: 'Legacy TLS versions (below min-tls-version) are accepted',
    problem: 'tls-versions'
  },
  'versions-no-tls12': {
    check: 'versions',
    summary: 'TLS 1.2 is refused: clients that stop at TLS 1.2 cannot connect',
    problem: 'tls-versions'
  },

  // ciphers
  'ciphers-ok': { check: 'ciphers', summary: 'Browsers can connect' },
  'ciphers-browsers-locked-out': {
    check: 'ciphers',
    summary: 'Browsers cannot connect: no cipher suite or group in common',
    problem: 'browser-ciphers'
  },
  'ciphers-weak-key-exchange': {
    check: 'ciphers',
    summary: 'The server also takes DHE or static RSA key exchange',
    problem: 'browser-ciphers'
  },
  'ciphers-static-rsa-only': {
    check: 'ciphers',
    summary: 'Browsers connect only with static RSA key exchange (no forward secrecy)',
    problem: 'browser-ciphers'
  },
  'ciphers-undetermined': {
    check: 'ciphers',
    summary: 'Could not tell whether browsers can connect'
  },

  // upgrade
  'upgrade-ok': { check: 'upgrade', summary: 'The WebSocket upgrade and a ping succeed' },
  'upgrade-not-upgraded': {
    check: 'upgrade',
    summary: 'The proxy does not upgrade: another answer than 101',
    problem: 'upgrade'
  },
  'upgrade-backend-down': {
    check: 'upgrade',
    summary: 'The proxy could not reach the WebSocket backend (502, 503, 504)',
    problem: 'upgrade'
  },
  'upgrade-not-found': {
    check: 'upgrade',
    summary: 'No WebSocket endpoint at the path (404)',
    problem: 'upgrade'
  },
  'upgrade-auth-required': {
    check: 'upgrade',
    summary: 'The upgrade is refused: the endpoint requires authentication'
  },
  'upgrade-credentials-withheld': {
    check: 'upgrade',
    summary: 'The upgrade is refused because the credentials were withheld'
  },
  'upgrade-origin-refused': {
    check: 'upgrade',
    summary: 'The upgrade is refused for the Origin sent'
  },
  'upgrade-bad-101': {
    check: 'upgrade',
    summary: 'The 101 answer lacks the upgrade headers clients need',
    problem: 'upgrade'
  },
  'upgrade-bad-accept': {
    check: 'upgrade',
    summary: 'The upgrade answer has a wrong Sec-WebSocket-Accept',
    problem: 'upgrade'
  },
  'upgrade-subprotocol': { check: 'upgrade', summary: 'Subprotocol negotiation failed' },
  'upgrade-no-answer': {
    check: 'upgrade',
    summary: 'The upgrade request got no answer',
    problem: 'upgrade'
  },
  'upgrade-bad-frame': {
    check: 'upgrade',
    summary: 'The server sent a frame clients refuse'
  },
  'upgrade-no-reply': {
    check: 'upgrade',
    summary: 'No reply matching expect to the message sent'
  },
  'upgrade-no-pong': {
    check: 'upgrade',
    summary: 'A ping went unanswered',
    problem: 'upgrade'
  },
  'upgrade-no-close': {
    check: 'upgrade',
    summary: 'The server did not complete the close handshake'
  },
  'upgrade-idle-cut': {
    check: 'upgrade',
    summary: 'The WebSocket was cut after a silence (1006)',
    problem: 'idle-timeout'
  },
  'upgrade-dropped': {
    check: 'upgrade',
    summary: 'The connection dropped without a close frame (1006)'
  },
  'upgrade-closed': {
    check: 'upgrade',
    summary: 'The server closed the WebSocket right after accepting it'
  },
  'upgrade-broken': {
    check: 'upgrade',
    summary: 'The connection broke before the session completed'
  },

  // idle
  'idle-ok': { check: 'idle', summary: 'A silent WebSocket stays open for idle-timeout' },
  'idle-cut': {
    check: 'idle',
    summary: 'A silent WebSocket is cut by a proxy (1006, no close frame)',
    problem: 'idle-timeout'
  },
  'idle-closed': {
    check: 'idle',
    summary: 'A silent WebSocket is closed by the server or a WebSocket proxy',
    problem: 'idle-timeout'
  },
  'idle-broken': { check: 'idle', summary: 'The idle WebSocket broke with an error' },
  'idle-bad-frame': {
    check: 'idle',
    summary: 'The server sent a frame clients refuse during the idle hold'
  },
  'idle-not-opened': {
    check: 'idle',
    summary: 'Not judged: the idle hold could not open its WebSocket'
  },

  // compare
  'compare-tls-only': {
    check: 'compare',
    summary: 'TLS issue confirmed: the ws:// twin works, wss:// fails'
  },
  'compare-ws-fails-too': {
    check: 'compare',
    summary: 'The ws:// twin fails too: not only a TLS problem'
  },

  // origin
  'origin-ok': { check: 'origin', summary: 'A foreign Origin is refused' },
  'origin-foreign-accepted': {
    check: 'origin',
    summary: 'An upgrade from a foreign Origin is accepted (cross-site WebSocket hijacking)'
  },

  // source: ws:// in the repository
  'source-ok': { check: 'source', summary: 'No insecure WebSocket URL in the source files' },
  'source-insecure-url': {
    check: 'source',
    summary: 'An insecure ws:// URL in the source: https pages cannot open it'
  },
  'source-no-files': { check: 'source', summary: 'scan-paths matched no source file' },

  // page
  'page-ok': { check: 'page', summary: 'The page and its scripts were read' },
  'page-mixed-content': {
    check: 'page',
    summary: 'The https page opens a ws:// URL, which browsers block'
  },
  'page-csp-blocks': {
    check: 'page',
    summary: 'The page’s Content-Security-Policy blocks its WebSocket'
  },
  'page-http-error': { check: 'page', summary: 'The page answered with an HTTP error' },
  'page-certificate': { check: 'page', summary: 'The page’s own certificate fails' },
  'page-redirect': { check: 'page', summary: 'The page redirects elsewhere: not followed' },
  'page-unreachable': { check: 'page', summary: 'The page could not be fetched' },
  'page-scripts-unread': { check: 'page', summary: 'Scripts of the page could not be read' },
  'page-truncated': {
    check: 'page',
    summary: 'Only the first part of a large page or script was read'
  },

  // browser: headless Chromium
  'browser-ok': { check: 'browser', summary: 'Chromium opened the WebSocket' },
  'browser-mixed-content': {
    check: 'browser',
    summary: 'Chromium blocked the WebSocket: mixed content'
  },
  'browser-csp-blocks': {
    check: 'browser',
    summary: 'Chromium blocked the WebSocket: the page’s Content-Security-Policy'
  },
  'browser-csp-mixed-content': {
    check: 'browser',
    summary: 'Chromium blocked a ws:// URL on an https page: CSP and mixed content'
  },
  'browser-no-answer': {
    check: 'browser',
    summary: 'Chromium got no answer to the WebSocket handshake'
  },
  'browser-connect-failed': { check: 'browser', summary: 'Chromium could not open the WebSocket' },
  'browser-no-websocket': { check: 'browser', summary: 'The page opened no WebSocket' },
  'browser-page-not-loaded': { check: 'browser', summary: 'Chromium could not load the page' },
  'browser-page-hung': { check: 'browser', summary: 'The page stopped answering' },
  'browser-page-crashed': { check: 'browser', summary: 'The page crashed Chromium’s renderer' },
  'browser-unavailable': {
    check: 'browser',
    summary: 'The browser check could not start Chromium'
  },
  'browser-error': { check: 'browser', summary: 'Chromium could not finish the check' },

  // proxy-config: static checks of proxy configuration files, by what they judge, shared by
  // every proxy (each writes the fix in its own words; `problem` names it)
  'proxy-config-ok': { check: 'proxy-config', summary: 'What the configuration file holds' },
  'proxy-config-no-files': {
    check: 'proxy-config',
    summary: 'config-paths matched no readable file'
  },
  'proxy-config-unknown-file': {
    check: 'proxy-config',
    summary: 'Not a proxy configuration wss-doctor knows'
  },
  'proxy-config-unparsed': {
    check: 'proxy-config',
    summary: 'Part of the file could not be read: the proxy’s own validator judges its syntax'
  },
  'proxy-config-invalid-value': {
    check: 'proxy-config',
    summary: 'A setting the proxy does not read or refuses'
  },
  'proxy-config-upgrade': {
    check: 'proxy-config',
    summary: 'The proxy does not pass the WebSocket upgrade',
    problem: 'upgrade'
  },
  'proxy-config-host-header': {
    check: 'proxy-config',
    summary: 'The proxy does not forward the client’s Host header'
  },
  'proxy-config-idle-timeout': {
    check: 'proxy-config',
    summary: 'A timeout cuts a silent WebSocket within idle-timeout',
    problem: 'idle-timeout'
  },
  'proxy-config-max-duration': {
    check: 'proxy-config',
    summary: 'A limit closes every WebSocket after a fixed time, busy or silent',
    problem: 'idle-timeout'
  },
  'proxy-config-full-chain': {
    check: 'proxy-config',
    summary: 'The certificate file serves the leaf without its intermediates',
    problem: 'full-chain'
  },
  'proxy-config-chain-order': {
    check: 'proxy-config',
    summary: 'The certificate file is not a chain in order',
    problem: 'full-chain'
  },
  'proxy-config-certificate-missing': {
    check: 'proxy-config',
    summary: 'A TLS listener has no certificate',
    problem: 'full-chain'
  },
  'proxy-config-certificate-file': {
    check: 'proxy-config',
    summary: 'The certificate file holds no certificate',
    problem: 'full-chain'
  },
  'proxy-config-certificate-name': {
    check: 'proxy-config',
    summary: 'The configured certificate does not cover the host',
    problem: 'certificate'
  },
  'proxy-config-default-certificate': {
    check: 'proxy-config',
    summary: 'A host gets the default certificate, not one of its own',
    problem: 'certificate'
  },
  'proxy-config-untrusted-certificate': {
    check: 'proxy-config',
    summary: 'The configured certificate is one browsers do not trust'
  },
  'proxy-config-tls-listener': {
    check: 'proxy-config',
    summary: 'The port wss:// clients use does not speak TLS',
    problem: 'tls-listener'
  },
  'proxy-config-tls-versions': {
    check: 'proxy-config',
    summary: 'A TLS version clients need is refused',
    problem: 'tls-versions'
  },
  'proxy-config-legacy-tls': {
    check: 'proxy-config',
    summary: 'Legacy TLS versions are accepted',
    problem: 'tls-versions'
  },
  'proxy-config-ciphers': {
    check: 'proxy-config',
    summary: 'No cipher suite browsers offer',
    problem: 'browser-ciphers'
  },
  'proxy-config-static-rsa': {
    check: 'proxy-config',
    summary: 'Browsers connect only with static RSA key exchange (no forward secrecy)',
    problem: 'browser-ciphers'
  },
  'proxy-config-groups': {
    check: 'proxy-config',
    summary: 'No key-exchange group browsers offer',
    problem: 'browser-ciphers'
  },
  'proxy-config-sni': {
    check: 'proxy-config',
    summary: 'Clients that send another or no server name get another answer'
  },
  'proxy-config-live-ok': {
    check: 'proxy-config',
    summary: 'config-serve: the served configuration passes every check'
  },
  'proxy-config-serve-unavailable': {
    check: 'proxy-config',
    summary: 'config-serve: the proxy is not installed'
  },
  'proxy-config-serve-refused': {
    check: 'proxy-config',
    summary: 'config-serve: the proxy refuses the configuration'
  }
} as const satisfies Record<string, CodeEntry>

export type Code = keyof typeof CODES

/** Where the pages live: the repository's docs at this release, so that a report points at
 * the page of the version that made it (a code's page may change between versions). One
 * constant: package.json's repository and version, which a release updates together. */
export const HELP_BASE = 'https://github.com/OWNER/wss-doctor/blob/v0.1.0/docs/findings/'

/** The page of a code, relative to the repository root. */
export function docsPath(code: Code): string {
  return `docs/findings/${code}.md`
}

/** The page of a code, as a URL (SARIF helpUri, the summary's links). */
export function helpUrl(code: Code): string {
  return `${HELP_BASE}${code}.md`
}

/** The table's entry for a code; undefined for a string that is none (a merged old report). */
export function codeEntry(code: string): CodeEntry | undefined {
  return Object.hasOwn(CODES, code) ? CODES[code as Code] : undefined
}
