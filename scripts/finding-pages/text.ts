// The prose of the finding pages, one entry per code of src/codes.ts (render.ts turns them into
// docs/findings/<code>.md). Kept here, not in src/, so that it never weighs on the bundle.
// Markdown, wrapped by the generator; a blank line separates paragraphs. The fixes a proxy must
// make are not written here: they come from each proxy's fix(problem), as wss-doctor prints them.
import type { Code } from '../../src/codes.js'
import type { CheckId } from '../../src/findings.js'
import type { Problem, ProblemKind } from '../../src/proxies/proxy.js'

/** The sections of docs/guide.md a page's cause links into: anchor → words of the link. */
export const GUIDE = {
  'wrong-host-name': 'wrong host name',
  'name-only-in-the-cn': 'name only in the CN',
  'untrusted-certificate': 'untrusted certificate',
  'incomplete-chain': 'incomplete chain',
  'chain-out-of-order': 'chain out of order',
  'expired-certificate': 'expired certificate',
  'revoked-certificate': 'revoked certificate',
  'weak-signature-or-key': 'weak signature or key',
  'tls-version-mismatch': 'TLS version mismatch',
  'ciphers-browsers-do-not-offer': 'ciphers browsers do not offer',
  'http11-not-offered': 'HTTP/1.1 not offered',
  'no-connection': 'no connection',
  'not-a-tls-port': 'not a TLS port',
  'client-certificate-required': 'client certificate required',
  'certificate-too-large': 'certificate too large',
  'mixed-content': 'mixed content',
  'content-security-policy': 'Content Security Policy',
  'proxy-drops-the-upgrade': 'proxy drops the upgrade',
  'origin-refused': 'origin refused',
  'origin-not-checked': 'origin not checked',
  'idle-cut': 'idle cut',
  'broken-websocket-session': 'broken WebSocket session',
  'one-address-differs': 'one address differs',
  'the-console-shows-a-certificate-error': 'the console shows a certificate error',
  'ws-works-but-wss-does-not': 'ws:// works but wss:// does not',
  'when-wss-doctor-cannot-judge': 'when wss-doctor cannot judge'
} as const
export type GuideAnchor = keyof typeof GUIDE

/** A problem's page. */
export interface FailText {
  /** What the finding says happened, in a few sentences. */
  means: string
  /** What the console and DevTools show. */
  browser: string
  /** The command (bash) and what to look for in its output. */
  openssl: { command?: string; text: string }
  guide: GuideAnchor
  /** Why it happens; the page adds the link to the guide. */
  cause: string
  /** The fix in prose; for a code with a problem kind, what comes before each proxy's fix. */
  fix?: string
  /** How to confirm the fix by hand; the page adds re-running wss-doctor. */
  verify: string
  /** The example problem's fields where they differ from EXAMPLE's. */
  example?: Partial<Problem>
}

/** A passed check's page. */
export interface PassText {
  verified: string
  command?: string
  byHand: string
}

const HOST = 'api.example.com'
const URL = `wss://${HOST}/ws`

/** The problem each page's proxy fixes are written for. */
export const EXAMPLE: { [K in ProblemKind]: Extract<Problem, { kind: K }> } = {
  upgrade: { kind: 'upgrade', host: HOST, path: '/ws' },
  'idle-timeout': { kind: 'idle-timeout', host: HOST, path: '/ws', seconds: 60 },
  'full-chain': { kind: 'full-chain', host: HOST },
  'tls-versions': { kind: 'tls-versions', host: HOST },
  'browser-ciphers': { kind: 'browser-ciphers', host: HOST, browsersLockedOut: true },
  certificate: { kind: 'certificate', host: HOST },
  'tls-listener': { kind: 'tls-listener', host: HOST, port: 443, path: '/ws' },
  'client-certificate': { kind: 'client-certificate', host: HOST },
  'certificate-size': { kind: 'certificate-size', host: HOST }
}

/** The command that runs a check again. */
export const RERUN: Record<CheckId, string> = {
  input: `npx wss-doctor ${URL}`,
  scheme: `npx wss-doctor --origin https://app.example.com ws://${HOST}/ws`,
  tls: `npx wss-doctor ${URL}`,
  trust: `npx wss-doctor ${URL}`,
  chain: `npx wss-doctor ${URL}`,
  hostname: `npx wss-doctor ${URL}`,
  expiry: `npx wss-doctor ${URL}`,
  revocation: `npx wss-doctor --revocation hard ${URL}`,
  crypto: `npx wss-doctor ${URL}`,
  addresses: `npx wss-doctor --all-addresses true ${URL}`,
  versions: `npx wss-doctor --require-tls-versions 1.2,1.3 ${URL}`,
  ciphers: `npx wss-doctor ${URL}`,
  upgrade: `npx wss-doctor --origin https://app.example.com ${URL}`,
  idle: `npx wss-doctor --idle-timeout 60s ${URL}`,
  compare: `npx wss-doctor --compare-plain true ${URL}`,
  origin: `npx wss-doctor --origin-check true ${URL}`,
  source: "npx wss-doctor --scan-paths 'src/**'",
  page: 'npx wss-doctor --page-urls https://app.example.com/',
  browser: 'npx wss-doctor --page-urls https://app.example.com/ --browser chromium',
  'proxy-config': "npx wss-doctor --config-paths 'deploy/nginx/**'"
}

// Commands the pages share.
const S_CLIENT = `openssl s_client -connect ${HOST}:443 -servername ${HOST}`
const VERIFY = `${S_CLIENT} -verify_hostname ${HOST} </dev/null`
const SHOWCERTS = `${S_CLIENT} -showcerts </dev/null`
const NAMES = `${S_CLIENT} </dev/null 2>/dev/null \\\n  | openssl x509 -noout -subject -ext subjectAltName`
const DATES = `${S_CLIENT} </dev/null 2>/dev/null \\\n  | openssl x509 -noout -subject -dates`
const UPGRADE = [
  `printf '%s\\r\\n' 'GET /ws HTTP/1.1' 'Host: ${HOST}' 'Upgrade: websocket' \\`,
  "  'Connection: Upgrade' 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \\",
  "  'Sec-WebSocket-Version: 13' 'Origin: https://app.example.com' '' \\",
  `  | ${S_CLIENT} -alpn http/1.1 -quiet`
].join('\n')
const VERSIONS = [
  `${S_CLIENT} -tls1_2 </dev/null`,
  `${S_CLIENT} -tls1_3 </dev/null`,
  `${S_CLIENT} -tls1_1 \\
  -cipher 'DEFAULT@SECLEVEL=0' </dev/null`
].join('\n')
const BROWSER_OFFER = `${S_CLIENT} -tls1_2 \\\n  -cipher 'ECDHE+AESGCM:ECDHE+CHACHA20' -groups X25519:P-256:P-384 </dev/null`
const CHAIN_ORDER = `${S_CLIENT} -tls1_2 -showcerts </dev/null \\
  | grep -E '^ *[0-9]+ s:|^ *i:'`

/** What the pages of the configuration check say of s_client and of the browser. */
const CONFIG_ONLY =
  'Nothing to ask a live endpoint: the finding is about the file. Once deployed, the site can be checked with `openssl s_client -connect api.example.com:443 -servername api.example.com`.'
const DEPLOYED = 'Once this configuration is deployed:'

export const FINDING_TEXT: Record<Code, FailText | PassText> = {
  // input
  'input-invalid-target': {
    means:
      'An entry of the target list (`urls`, `targets-file`, `resolve`) is not something wss-doctor can check: not a `wss://` or `ws://` URL, a URL with a fragment or credentials in the wrong place, a malformed `resolve` line, or more entries than `max-targets`. Nothing was sent to it.',
    browser:
      "A browser refuses such a URL too: `new WebSocket()` throws `SyntaxError: Failed to construct 'WebSocket': The URL '…' is invalid` (Chromium) or `SyntaxError: An invalid or illegal string was specified` (Firefox) before any connection.",
    openssl: {
      text: 'Nothing to ask: the entry never became an endpoint. Check it against `wss://host[:port]/path`.'
    },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A typo in the list (a missing scheme, `https://` where `wss://` belongs, a space inside a URL), a `resolve` line that is not `host:port:address`, or a list longer than `max-targets`.',
    fix: 'Correct the entry the finding names (it is annotated at its line in a `targets-file`). For a long list, split it over matrix jobs with `shard`, or raise `max-targets`.',
    verify:
      'Each entry is `wss://` (or `ws://`), a host, an optional port, a path: `wss://api.example.com/ws`.'
  },
  'input-internal-error': {
    means:
      'A check threw an error wss-doctor did not expect. The other checks of the target still ran; this one has no verdict. It is a bug in wss-doctor, or an answer so odd that a check could not read it, not necessarily a problem with the endpoint.',
    browser:
      'Nothing to compare: check the endpoint in a browser as the other findings of the target say.',
    openssl: {
      command: `${S_CLIENT} -showcerts </dev/null`,
      text: 'Shows what the server sent, for the bug report: the chain and the handshake.'
    },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'An internal error: the finding names the check and the error message.',
    fix: "Run again; if it repeats, open an issue with the finding's text, the JSON report (`json-report`) and, when you can share it, the endpoint.",
    verify: 'The check gets a verdict of its own: pass, warn or fail.'
  },
  'input-deadline': {
    means:
      "The run's `deadline` passed while this target was still being checked: the check named in the finding did not finish, and the ones after it did not run. Reported by the `idle` check, it means the idle hold (a WebSocket kept silent for `idle-timeout`) was cut short by the deadline, so the idle cut was not judged.",
    browser:
      'A browser has no deadline of its own; a slow endpoint makes `onopen` late. Time it in the Network panel (WS filter, the Timing tab).',
    openssl: {
      command: `time ${S_CLIENT} </dev/null`,
      text: 'A handshake that takes seconds, or a server that answers late, uses up the deadline.'
    },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'The deadline is too short for the targets, the concurrency and `idle-timeout` (every endpoint is held silent that long), or the endpoint answers slowly (each step may take up to `timeout-ms`).',
    fix: 'Raise `deadline`, leaving room for `idle-timeout` plus the slowest handshake; raise `concurrency`, or split the targets over matrix jobs with `shard`. A slow endpoint is a finding of its own: look at what it answers.',
    verify: 'The target gets a verdict for every check.'
  },
  'input-deadline-not-checked': {
    means:
      "The run's `deadline` passed before this target's turn came: none of its checks ran, so nothing is known about it.",
    browser: 'Nothing was tried; open the endpoint yourself to see where it stands.',
    openssl: { command: `${S_CLIENT} </dev/null`, text: 'A first look at the endpoint by hand.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'The targets before this one used the whole deadline: too many targets for the `concurrency`, slow endpoints, or a long `idle-timeout`.',
    fix: 'Raise `deadline` or `concurrency`, or split the list over matrix jobs with `shard` and merge the reports with `merge-reports`.',
    verify: 'Every target is checked: the summary counts none as not checked.'
  },
  'input-wait-recovered': {
    means:
      'With `wait`, the target failed at first and passed (or stopped failing) on a later attempt: a deployment that needed time (a certificate being issued, a proxy reloading, DNS propagating). The finding says after which attempt and how long.',
    browser:
      'A user during that time saw the failure of the first attempts (shown in the finding and the JSON report); now the endpoint opens.',
    openssl: {
      command: `${S_CLIENT} -verify_hostname ${HOST} </dev/null`,
      text: 'Now ends with `Verify return code: 0 (ok)`.'
    },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'The endpoint was not ready when the check started; `wait` re-checked it with backoff until it was.',
    fix: 'Nothing to fix now. If the wait is long, make the deployment ready before it switches traffic (issue the certificate first, reload the proxy before the DNS change).',
    verify: 'A run without `wait` passes straight away.'
  },
  'input-wait-still-failing': {
    means:
      'With `wait`, the target was re-checked with backoff until the wait ended and still failed. The last attempt’s findings say why.',
    browser: 'Users see the failure the other findings describe.',
    openssl: {
      command: `${S_CLIENT} -verify_hostname ${HOST} </dev/null`,
      text: 'Shows the failure the other findings name.'
    },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'The deployment did not fix the endpoint within the wait, or broke it.',
    fix: "Fix what the target's other findings name; each has its own page.",
    verify: 'A later attempt passes, and the finding says after how many.'
  },
  // scheme
  'scheme-ok': {
    verified:
      'The URL is `wss://`: the WebSocket travels inside TLS, and an `https` page may open it.',
    byHand:
      'The URL in the page starts with `wss://`. In DevTools (Network, WS filter) the request URL says `wss://`.'
  },
  'scheme-mixed-content': {
    means:
      'The target is a plain `ws://` URL and its `origin` is an `https` page: browsers block it before sending anything (mixed content). No server change can make it work.',
    browser:
      "Chromium: `Mixed Content: The page at 'https://app.example.com/' was loaded over HTTPS, but attempted to connect to the insecure WebSocket endpoint 'ws://api.example.com/ws'. This request has been blocked; this endpoint must be available over WSS.` Firefox throws `SecurityError: The operation is insecure.` from `new WebSocket`.",
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Tells whether the endpoint already serves TLS on 443: if the handshake completes, the `wss://` URL works and only the page’s URL is wrong.'
    },
    guide: 'mixed-content',
    cause:
      'The page or its configuration writes `ws://` for a production host, or the endpoint is not served over TLS at all.',
    fix: "Serve the endpoint over TLS and let the page derive the scheme from its own protocol: `const proto = location.protocol === 'https:' ? 'wss' : 'ws'`, then `` new WebSocket(`${proto}://api.example.com/ws`) ``.",
    verify:
      'The page opens `wss://api.example.com/ws` and the console shows no mixed-content message.'
  },
  'scheme-ws-http-page': {
    means:
      'A `ws://` URL whose `origin` is an `http` page: browsers allow it, but nothing is encrypted, and the day the page moves to `https` the socket is blocked as mixed content.',
    browser: 'The socket opens; the page itself shows "Not secure" in the address bar.',
    openssl: {
      text: 'Nothing to see: `ws://` has no TLS. Check whether a TLS port serves the same endpoint with `openssl s_client -connect api.example.com:443 -servername api.example.com`.'
    },
    guide: 'mixed-content',
    cause: 'The site is served over plain HTTP, and its WebSocket too.',
    fix: 'Serve the page over `https` and the WebSocket over `wss://`, the scheme derived from `location.protocol`.',
    verify: 'The page loads over `https` and opens `wss://`.'
  },
  'scheme-ws-loopback': {
    means:
      'A `ws://` URL to a loopback address (`localhost`, `127.0.0.1`, `::1`): browsers treat loopback as secure and allow it from `http` and `https` pages alike. Fine for development; never what users get.',
    browser: 'The socket opens from any page on the same machine.',
    openssl: { text: 'Nothing to see: `ws://` has no TLS, and none is needed on loopback.' },
    guide: 'mixed-content',
    cause: 'A development URL.',
    fix: 'Nothing to fix for development. Make sure the production build uses `wss://` with the real host (derive the scheme from `location.protocol`).',
    verify: 'The production configuration names `wss://` URLs only.'
  },
  'scheme-ws-unknown-page': {
    means:
      'A `ws://` URL without an `origin`: wss-doctor cannot tell whether the page that opens it is `https` (then browsers block it as mixed content) or `http` (then it works, unencrypted).',
    browser:
      'From an `https` page: the mixed-content message, and the socket never opens. From an `http` page: it opens.',
    openssl: {
      text: '`ws://` has no TLS to inspect; `openssl s_client -connect api.example.com:443 -servername api.example.com` tells whether a `wss://` twin exists.'
    },
    guide: 'mixed-content',
    cause: 'The target list gives a plain `ws://` URL and does not say which page opens it.',
    fix: 'Set `origin` to the page that opens the socket, so that wss-doctor can judge; better, serve it over `wss://` and derive the scheme from `location.protocol`.',
    verify: 'The URL is `wss://`, or `origin` says the page is `http`.'
  },
  // tls
  'tls-ok': {
    verified:
      'A TLS handshake with the endpoint completed, offering what current clients offer (TLS 1.2 and 1.3, ALPN `http/1.1`): the finding names the version, the cipher suite, the key exchange and how long it took.',
    command: `${S_CLIENT} -alpn http/1.1 </dev/null`,
    byHand:
      'Look for `Protocol  : TLSv1.3` (or 1.2), a `Cipher` line and `ALPN protocol: http/1.1`.'
  },
  'tls-dns-failed': {
    means: 'The host name of the URL does not resolve: no connection was attempted.',
    browser: '`net::ERR_NAME_NOT_RESOLVED` in the console or the Network panel.',
    openssl: {
      command: `getent hosts ${HOST} || dig +short ${HOST}`,
      text: 'No address: s_client would say `BIO_lookup_ex … Name or service not known`.'
    },
    guide: 'no-connection',
    cause:
      'A typo in the host name, a DNS record not created yet (or not propagated), or a name only the internal DNS knows while the check runs outside.',
    fix: 'Correct the host name, or create its DNS record. To check a server before DNS points at it, give wss-doctor its address with `resolve` (`api.example.com:443:203.0.113.10`).',
    verify: '`getent hosts api.example.com` prints an address.'
  },
  'tls-connect-timeout': {
    means:
      'The host did not answer within `timeout-ms`: the DNS lookup or the TCP connection timed out.',
    browser:
      '`net::ERR_CONNECTION_TIMED_OUT` after a long wait; `onerror` then `onclose` with `1006`.',
    openssl: {
      command: `timeout 15 ${S_CLIENT} </dev/null`,
      text: 'Hangs without `CONNECTED`.'
    },
    guide: 'no-connection',
    cause:
      'The host is down, or a firewall or security group drops the packets to that port, or the address is not reachable from where the check runs (a private address, from a GitHub-hosted runner).',
    fix: 'Open the port to the clients (and the runner), start the server, or run the check from a runner inside the network (self-hosted).',
    verify: '`openssl s_client` prints `CONNECTED` at once.'
  },
  'tls-handshake-timeout': {
    means:
      'The TCP connection was accepted but no TLS answer came: the port does not speak TLS, or the server is too busy to answer.',
    browser: '`net::ERR_TIMED_OUT` or `ERR_CONNECTION_CLOSED` after a wait.',
    openssl: {
      command: `timeout 15 ${S_CLIENT} </dev/null`,
      text: 'Prints `CONNECTED` and then nothing: no `Certificate chain`, no `Server certificate`.'
    },
    guide: 'not-a-tls-port',
    cause:
      'A plain-TCP service on the port (the application itself, a database), a proxy that waits for the client to speak first, or an overloaded server.',
    fix: 'Terminate TLS on that port, or point the URL at the port that does.',
    verify: '`openssl s_client` prints the certificate chain at once.',
    example: { port: 8080 }
  },
  'tls-connection-refused': {
    means: 'Nothing listens on the port: the host answered the connection with a refusal.',
    browser: '`net::ERR_CONNECTION_REFUSED`; `onerror`, then `onclose` with `1006`.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Ends with `connect:errno=111` (`Connection refused`).'
    },
    guide: 'no-connection',
    cause:
      'The server or proxy is not running, listens on another port (`wss://` without a port means 443), or only on another address (127.0.0.1 instead of every interface).',
    fix: 'Start it, or make it listen on the port of the URL (nginx: `listen 443 ssl;`).',
    verify: '`ss -ltn` on the server shows the port, and `openssl s_client` prints `CONNECTED`.'
  },
  'tls-unreachable': {
    means: 'There is no network route to the address: the connection could not even be attempted.',
    browser: '`net::ERR_ADDRESS_UNREACHABLE` or `ERR_CONNECTION_TIMED_OUT`.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Ends with `connect:errno=113` (`No route to host`) or `101` (`Network is unreachable`).'
    },
    guide: 'no-connection',
    cause:
      'A private address that the network the check runs in cannot reach (a GitHub-hosted runner reaches only public addresses), or an IPv6 address from a host without IPv6.',
    fix: 'Check the address and the route; run the check from inside the network (a self-hosted runner) for private endpoints.',
    verify: '`openssl s_client` prints `CONNECTED`.'
  },
  'tls-not-tls': {
    means:
      'The URL says `wss://`, but the port answered in plain text: it serves HTTP or `ws://`, not TLS.',
    browser: '`net::ERR_SSL_PROTOCOL_ERROR`.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Ends with `wrong version number` or `packet length too long`: the server’s answer is not a TLS record.'
    },
    guide: 'not-a-tls-port',
    cause:
      'The URL points at the application’s own port (`wss://api.example.com:8080`), or the proxy listens without TLS on it (nginx `listen 443;` without `ssl`).',
    fix: 'Terminate TLS on the port, or point the `wss://` URL at the TLS port (443 by default).',
    verify: '`openssl s_client` prints the certificate chain and `Verify return code: 0 (ok)`.',
    example: { port: 8080 }
  },
  'tls-connection-reset': {
    means:
      'The server or something in between closed the connection during the TLS handshake (or before it), without a TLS alert.',
    browser: '`net::ERR_CONNECTION_RESET` or `ERR_CONNECTION_CLOSED`.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Ends with `errno=104` (`Connection reset by peer`) or `unexpected eof while reading`, without a certificate.'
    },
    guide: 'not-a-tls-port',
    cause:
      'A port that is not TLS, a server without a certificate for the name sent in SNI, a TLS-terminating load balancer that refuses unknown names, or a middlebox that drops TLS it does not like.',
    fix: 'Make the port terminate TLS for this host name: a site (virtual host) with this `server_name` and its certificate.',
    verify: '`openssl s_client` with `-servername api.example.com` prints the chain.'
  },
  'tls-version-mismatch': {
    means:
      'The server and wss-doctor (which offers TLS 1.2 and 1.3, as browsers do) share no TLS version: the handshake stopped at once.',
    browser:
      '`net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH`, or Firefox `SSL_ERROR_UNSUPPORTED_VERSION`.',
    openssl: {
      command: VERSIONS,
      text: 'The versions the server accepts complete the handshake; the others end with an alert (`protocol version`, `no protocols available`). OpenSSL 3 needs `@SECLEVEL=0` to offer TLS 1.0 or 1.1 at all.'
    },
    guide: 'tls-version-mismatch',
    cause:
      'A server that offers only TLS 1.0 or 1.1 (browsers and OpenSSL 3 refuse them), or a server or load balancer policy that offers a version the client lacks.',
    verify: 'Both `-tls1_2` and `-tls1_3` complete.'
  },
  'tls-handshake-refused': {
    means:
      'The server answered the ClientHello with a `handshake failure` alert: it found nothing it accepts in what wss-doctor offered.',
    browser: '`net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH` or `ERR_SSL_PROTOCOL_ERROR`.',
    openssl: {
      command: `${VERSIONS}\n${BROWSER_OFFER}`,
      text: 'Shows which versions and ciphers the server takes; `alert handshake failure` with every one of them and the right `-servername` points at a missing certificate for that name.'
    },
    guide: 'tls-version-mismatch',
    cause:
      'No cipher suite or TLS version in common, or no certificate configured for the server name sent in SNI (some servers refuse instead of sending a default certificate).',
    verify: 'The handshake completes with `-tls1_2` and `-tls1_3`, and with the browser offer.'
  },
  'tls-weak-dh': {
    means:
      'The server chose finite-field Diffie-Hellman (DHE) with a group under 2048 bits: current OpenSSL-based clients refuse it (`dh key too small`, the Logjam fix).',
    browser:
      'Browsers no longer offer DHE at all: whether they connect depends on the ECDHE suites (the `ciphers` finding says).',
    openssl: {
      command: `${S_CLIENT} -tls1_2 -cipher 'DHE' </dev/null`,
      text: "Ends with `dh key too small`; with `-cipher 'DHE:@SECLEVEL=0'` it completes and `Server Temp Key: DH, 1024 bits` shows the size."
    },
    guide: 'ciphers-browsers-do-not-offer',
    cause:
      'An old cipher configuration that prefers DHE, with an old 1024-bit DH parameter file (`ssl_dhparam`).',
    fix: 'Prefer ECDHE suites, and drop DHE or give it a 2048-bit group or larger (`openssl dhparam -out dhparam.pem 2048`).',
    verify: '`openssl s_client -tls1_2` completes with `Server Temp Key: X25519` (or ECDH).'
  },
  'tls-alpn-refused': {
    means:
      'The server refused ALPN `http/1.1` and its HTTP/2 does not allow WebSockets (RFC 8441): no client can start a WebSocket on it.',
    browser: 'The socket fails with `net::ERR_…` or `1006` without an HTTP status.',
    openssl: {
      command: `${S_CLIENT} -alpn http/1.1 </dev/null\n${S_CLIENT} -alpn h2 </dev/null`,
      text: 'The first ends with `no application protocol` (or `No ALPN negotiated` while the server insists on `h2`); the second shows `ALPN protocol: h2`.'
    },
    guide: 'http11-not-offered',
    cause:
      'A CDN, load balancer or server whose ALPN policy is HTTP/2 only, without extended CONNECT.',
    fix: 'Let the TLS endpoint negotiate `http/1.1` (the default of nginx and most proxies; check the ALPN policy of a CDN or load balancer), or enable WebSockets over HTTP/2 (`SETTINGS_ENABLE_CONNECT_PROTOCOL`).',
    verify: '`openssl s_client -alpn http/1.1` shows `ALPN protocol: http/1.1`.'
  },
  'tls-alpn-http2-only': {
    means:
      'The server refused ALPN `http/1.1` but its HTTP/2 allows WebSockets (RFC 8441): browsers connect over HTTP/2, most other clients (which speak HTTP/1.1 only) cannot.',
    browser: 'The socket opens in current browsers; DevTools shows the request as `h2`.',
    openssl: {
      command: `${S_CLIENT} -alpn http/1.1 </dev/null`,
      text: 'Ends with `no application protocol`; with `-alpn h2` the handshake completes.'
    },
    guide: 'http11-not-offered',
    cause: 'An ALPN policy of HTTP/2 only on the TLS endpoint.',
    fix: 'Also offer `http/1.1` in ALPN, so that clients without WebSockets over HTTP/2 (Node `ws`, Python `websockets`, most mobile SDKs) connect.',
    verify: '`openssl s_client -alpn http/1.1` shows `ALPN protocol: http/1.1`.'
  },
  'tls-certificate-too-large': {
    means:
      'The certificate message the server sends is larger than OpenSSL-based clients accept (about 100 kB): one certificate carries too many names.',
    browser:
      'Browsers may connect (they are not OpenSSL-based); Node, Python, curl, Ruby and PHP fail.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Ends with `excessive message size`.'
    },
    guide: 'certificate-too-large',
    cause:
      'A certificate with hundreds of Subject Alternative Names (every customer domain in one certificate).',
    fix: 'Split the names over several certificates (a few hundred names each), chosen by SNI.',
    verify: 'The handshake completes with s_client.'
  },
  'tls-client-certificate-required': {
    means:
      'The endpoint requires a client certificate (mutual TLS) and none was presented: the server refused the handshake, sent an alert right after it, or (reported by the `upgrade` check) answered the upgrade with nginx’s `400 No required SSL certificate was sent`. Not a certificate, proxy or upgrade problem of the server side.',
    browser:
      'Chromium asks the user to pick a certificate, or fails with `net::ERR_BAD_SSL_CLIENT_AUTH_CERT`; the socket never opens for users without one.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Lists `Acceptable client certificate CA names`, then ends with an alert (`certificate required`); nginx instead completes the handshake and answers the upgrade `400 No required SSL certificate was sent`.'
    },
    guide: 'client-certificate-required',
    cause:
      'The server (nginx `ssl_verify_client on`) asks for a client certificate and refuses connections without one.',
    fix: 'To check the endpoint, give wss-doctor a client certificate with `client-cert` and `client-key`. For an endpoint browsers open, ask for client certificates only where clients have them.',
    verify: `With \`-cert client.pem -key client-key.pem\` the handshake completes.`
  },
  'tls-client-certificate-refused': {
    means:
      'The endpoint requires a client certificate, and refused the one wss-doctor presented (`client-cert`): with an alert in (or right after) the handshake, or (reported by the `upgrade` check) with an HTTP `400` at the upgrade.',
    browser: '`net::ERR_BAD_SSL_CLIENT_AUTH_CERT` for users with that certificate.',
    openssl: {
      command: `${S_CLIENT} \\
  -cert client.pem -key client-key.pem </dev/null`,
      text: 'Ends with an alert: `unknown ca`, `bad certificate`, `certificate expired` or `unsupported certificate`.'
    },
    guide: 'client-certificate-required',
    cause:
      'The client certificate is not issued by the CA the server trusts for clients (`ssl_client_certificate`), has expired, or lacks the clientAuth extended key usage.',
    fix: 'Issue the client certificate from the CA the server trusts for clients, with `extendedKeyUsage = clientAuth`, or add its CA to the server’s client CA list.',
    verify: 'The handshake with `-cert` completes and the upgrade answers `101`.'
  },
  'tls-failed': {
    means:
      'The TLS connection failed in a way wss-doctor has no name for: the finding gives OpenSSL’s code and message.',
    browser: 'The console shows a `net::ERR_SSL_…` error.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Reproduces the failure with OpenSSL’s own message.'
    },
    guide: 'the-console-shows-a-certificate-error',
    cause: 'The handshake could not be completed; OpenSSL’s message names the step.',
    fix: 'Reproduce it with the command above and follow OpenSSL’s message; the guide’s causes cover the usual ones.',
    verify: 'The handshake completes with `Verify return code: 0 (ok)`.'
  },
  // trust
  'trust-ok': {
    verified:
      'The chain the server sent verifies from its certificate to a root in Node’s trust store (or `ca-file`), with no SHA-1 or MD5 signature: the finding names the issuer and the root.',
    command: `${S_CLIENT} -verify_return_error </dev/null`,
    byHand: 'Look for `Verify return code: 0 (ok)`.'
  },
  'trust-no-certificate': {
    means: 'The server completed a handshake without sending any certificate.',
    browser: '`net::ERR_SSL_PROTOCOL_ERROR` or `ERR_CERT_INVALID`.',
    openssl: { command: SHOWCERTS, text: 'Shows `no peer certificate available`.' },
    guide: 'untrusted-certificate',
    cause:
      'No certificate is configured for this server name (an anonymous cipher, a broken site).',
    fix: 'Configure a certificate from a public CA for this host name (certbot), and reload.',
    verify: '`-showcerts` lists the certificate, and `Verify return code: 0 (ok)`.'
  },
  'trust-self-signed': {
    means: 'The server sends a self-signed certificate: its own issuer, trusted by no browser.',
    browser:
      '`net::ERR_CERT_AUTHORITY_INVALID` (Firefox: `SEC_ERROR_UNKNOWN_ISSUER`); users cannot click through for a WebSocket.',
    openssl: { command: VERIFY, text: 'Shows `verify error:num=18:self-signed certificate`.' },
    guide: 'untrusted-certificate',
    cause:
      'A development certificate deployed to production, or a server’s default snake-oil certificate served because no site matched the name.',
    fix: 'Use a certificate from a public CA (`certbot certonly --webroot -w /var/www/html -d api.example.com`). For an internal service whose clients trust your own CA, issue the certificate from that CA and give it to wss-doctor with `ca-file`; never turn verification off.',
    verify: '`Verify return code: 0 (ok)`.'
  },
  'trust-untrusted-root': {
    means:
      'The chain ends in a root CA that is not in the trust store: browsers will not trust it.',
    browser: '`net::ERR_CERT_AUTHORITY_INVALID`; the Security tab shows the unknown root.',
    openssl: {
      command: VERIFY,
      text: 'Shows `verify error:num=19:self-signed certificate in certificate chain`; `-showcerts` names the root.'
    },
    guide: 'untrusted-certificate',
    cause:
      'A TLS-intercepting proxy or antivirus re-signing connections, a development CA (mkcert), or a private company CA.',
    fix: 'Use a certificate from a public CA for endpoints browsers open. For an internal service whose clients trust that CA, give it to wss-doctor with `ca-file`. If the root is an interception proxy’s, check from a network without it.',
    verify: '`Verify return code: 0 (ok)` (with `-CAfile internal-ca.pem` for an internal CA).'
  },
  'trust-missing-intermediate': {
    means:
      'The server sends its certificate without the intermediate CA certificate. The certificate names where to fetch it (caIssuers): Chromium does and connects; Firefox, Node, Python, Java and curl do not.',
    browser:
      'Chrome and Edge connect; Firefox may show `SEC_ERROR_UNKNOWN_ISSUER` (unless it cached the intermediate), and mobile apps fail.',
    openssl: {
      command: `${SHOWCERTS}\n${VERIFY}`,
      text: 'The chain has one certificate (`0 s:CN=api.example.com`, `i:` an intermediate); verification ends with `num=20:unable to get local issuer certificate` and `num=21:unable to verify the first certificate`.'
    },
    guide: 'incomplete-chain',
    cause:
      'The server is configured with the leaf certificate alone: certbot’s `cert.pem` where `fullchain.pem` belongs, or a CA bundle left out.',
    fix: 'Serve the full chain: the leaf, then the intermediates (certbot’s `fullchain.pem`).',
    verify: '`-showcerts` lists the leaf and its intermediate, and `Verify return code: 0 (ok)`.'
  },
  'trust-unknown-issuer': {
    means:
      'The certificate’s issuer was not sent, is not trusted, and the certificate names no caIssuers URL: it is either a missing intermediate or an untrusted root.',
    browser: '`net::ERR_CERT_AUTHORITY_INVALID` in every browser, Chromium included.',
    openssl: {
      command: `${SHOWCERTS}\n${VERIFY}`,
      text: 'Shows `num=20:unable to get local issuer certificate`; the `i:` line names the issuer to look up.'
    },
    guide: 'incomplete-chain',
    cause:
      'The intermediate is left out of the chain file, or the certificate comes straight from a root nobody trusts (an interception proxy, a development or private CA).',
    fix: 'Find out what the issuer is. If it is an intermediate CA, serve the full chain. If it is a root (a private or development CA), use a certificate from a public CA, or give that CA to wss-doctor with `ca-file` for an internal service.',
    verify: '`Verify return code: 0 (ok)`.'
  },
  'trust-untrusted-issuer': {
    means:
      'The chain the server sends ends at an intermediate whose issuer is neither sent nor trusted.',
    browser: '`net::ERR_CERT_AUTHORITY_INVALID`.',
    openssl: {
      command: `${SHOWCERTS}\n${VERIFY}`,
      text: 'Shows `num=20:unable to get local issuer certificate` for the last certificate sent.'
    },
    guide: 'untrusted-certificate',
    cause:
      'A private or untrusted root CA, or a missing cross-signed intermediate (an old chain file).',
    fix: 'Serve the CA’s current full chain; for a private CA, give it to wss-doctor with `ca-file`, and use a public CA for endpoints browsers open.',
    verify: '`Verify return code: 0 (ok)`.'
  },
  'trust-weak-signature': {
    means:
      'A certificate in the chain (the leaf or an intermediate) is signed with SHA-1 or MD5: browsers and current TLS libraries refuse the chain.',
    browser:
      '`net::ERR_CERT_INVALID` (Chromium), `SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED` (Firefox).',
    openssl: {
      command: `${S_CLIENT} -showcerts </dev/null 2>/dev/null \\\n  | openssl x509 -noout -text | grep 'Signature Algorithm'`,
      text: 'Shows `sha1WithRSAEncryption` (or `md5…`); verification fails with `ca md too weak` at the default security level.'
    },
    guide: 'weak-signature-or-key',
    cause: 'An old certificate, or an old intermediate file kept in the chain.',
    fix: 'Reissue the certificate (every public CA signs with SHA-256), and serve the CA’s current intermediate from a fresh `fullchain.pem`.',
    verify: 'Every `Signature Algorithm` is `sha256With…` or better.'
  },
  'trust-verify-failed': {
    means:
      'The chain does not verify, and its shape does not explain why: the finding gives OpenSSL’s verification result.',
    browser: 'A `net::ERR_CERT_…` error naming the reason.',
    openssl: { command: VERIFY, text: 'The `verify error:num=…` line names it.' },
    guide: 'untrusted-certificate',
    cause: 'Often a key OpenSSL refuses (see the `crypto` check), or an extension it rejects.',
    fix: 'Follow OpenSSL’s verification error; reissue the certificate from a public CA with a 2048-bit RSA or P-256 key.',
    verify: '`Verify return code: 0 (ok)`.'
  },
  // chain
  'chain-ok': {
    verified:
      'Over TLS 1.2, where the chain travels in clear, the server sends its certificates leaf first, then each issuer, with nothing extra.',
    command: CHAIN_ORDER,
    byHand: 'Each certificate’s `i:` (issuer) is the next one’s `s:` (subject).'
  },
  'chain-unreadable': {
    means:
      'The order of the chain as sent could not be read: it is visible only over TLS 1.2, and that handshake failed or was refused. Not a failure of the endpoint.',
    browser: 'Nothing to see: browsers sort the chain.',
    openssl: {
      command: `${S_CLIENT} -tls1_2 -showcerts </dev/null`,
      text: 'Fails when the server refuses TLS 1.2 (then the `versions` finding says so).'
    },
    guide: 'chain-out-of-order',
    cause: 'A server that refuses TLS 1.2, or a handshake that failed for another reason.',
    fix: 'Nothing to fix for this check; read the `versions` and `tls` findings.',
    verify: 'The `chain` check gets a verdict once TLS 1.2 is accepted.'
  },
  'chain-out-of-order': {
    means:
      'The server sends the right certificates in the wrong order: not leaf first, then each issuer.',
    browser: 'Browsers sort it out; strict clients (older Java, embedded TLS stacks) fail.',
    openssl: {
      command: CHAIN_ORDER,
      text: 'A certificate’s `i:` (issuer) is not the next one’s `s:` (subject).'
    },
    guide: 'chain-out-of-order',
    cause: 'A chain file assembled by hand in the wrong order.',
    fix: 'Use the CA’s `fullchain.pem` as it is, or rebuild the file leaf first, then its issuer, then that issuer’s issuer.',
    verify: 'Each `i:` is the next `s:`.'
  },
  'chain-extra-certificates': {
    means:
      'The server sends certificates that are not part of its chain: an old intermediate, another site’s certificate.',
    browser:
      'Browsers ignore them; some strict clients fail to build the path, and every handshake carries the extra bytes.',
    openssl: {
      command: CHAIN_ORDER,
      text: 'Lists certificates whose subject issues none of the others.'
    },
    guide: 'chain-out-of-order',
    cause: 'A chain file that collected certificates over renewals.',
    fix: 'Replace the chain file with the CA’s current `fullchain.pem`: the leaf and its intermediates, nothing else.',
    verify: '`-showcerts` lists only the leaf and its issuers.'
  },
  // hostname
  'hostname-ok': {
    verified:
      'The certificate covers the host name of the URL by a Subject Alternative Name (exactly, or by a one-label wildcard), as browsers require.',
    command: NAMES,
    byHand:
      'The host is in `X509v3 Subject Alternative Name`, exactly or under a `*.` one label up.'
  },
  'hostname-other-host': {
    means:
      'The certificate the server sends does not cover the host of the URL: it names other hosts (the finding lists them, and says when a wildcard is one label off).',
    browser:
      "`WebSocket connection to 'wss://api.example.com/ws' failed: net::ERR_CERT_COMMON_NAME_INVALID`; Firefox: `SSL_ERROR_BAD_CERT_DOMAIN`. The Security tab shows the certificate's names.",
    openssl: {
      command: `${VERIFY}\n${NAMES}`,
      text: 'Shows `verify error:num=62:hostname mismatch`; the second command lists the names the certificate covers (without `-verify_hostname` s_client does not check the name at all).'
    },
    guide: 'wrong-host-name',
    cause:
      'The certificate was issued without this host (missing SAN), a wildcard does not reach it (`*.example.com` covers one label only), or the server has no site for this name and sends its default certificate.',
    fix: "Reissue the certificate with the host among its names (`certbot certonly --webroot -w /var/www/html -d example.com -d api.example.com`, or a wildcard `-d '*.example.com'` through a DNS challenge), install its `fullchain.pem` where TLS ends, and reload.",
    verify:
      'The host is in the certificate’s Subject Alternative Names, and `Verify return code: 0 (ok)` with `-verify_hostname`.'
  },
  'hostname-cn-only': {
    means:
      'The certificate names the host only in its Common Name and has no Subject Alternative Name: browsers ignore the CN, so they refuse it, while some older tools accept it.',
    browser: '`net::ERR_CERT_COMMON_NAME_INVALID`, although the Security tab shows the right CN.',
    openssl: {
      command: NAMES,
      text: 'Shows the subject `CN = api.example.com` and no `X509v3 Subject Alternative Name`.'
    },
    guide: 'name-only-in-the-cn',
    cause:
      'A certificate made by hand (`openssl req -subj /CN=…` without `-addext subjectAltName=DNS:…`) or by an old internal CA.',
    fix: 'Reissue the certificate with the host as a DNS Subject Alternative Name (every public CA does; `certbot certonly -d api.example.com`).',
    verify: '`X509v3 Subject Alternative Name: DNS:api.example.com`.'
  },
  // expiry
  'expiry-ok': {
    verified:
      'Every certificate in the chain is within its validity dates, the leaf has more time left than the warning threshold (`expiry-warning-days`, by default a third of its lifetime, at most 30 days), and no intermediate expires before it.',
    command: DATES,
    byHand: '`notBefore` is in the past, `notAfter` far enough in the future.'
  },
  'expiry-expired': {
    means: 'The certificate expired: its `notAfter` date is past, and every client refuses it.',
    browser: '`net::ERR_CERT_DATE_INVALID`; Firefox: `SEC_ERROR_EXPIRED_CERTIFICATE`.',
    openssl: {
      command: `${VERIFY}\n${DATES}`,
      text: 'Shows `verify error:num=10:certificate has expired` and the past `notAfter`.'
    },
    guide: 'expired-certificate',
    cause: 'Renewal did not run, failed, or ran without the server reloading the new file.',
    fix: 'Renew the certificate (`certbot renew --cert-name api.example.com`), reload the server, and automate renewal (`systemctl enable --now certbot.timer`, or the cloud’s certificate manager).',
    verify: '`notAfter` is in the future and `Verify return code: 0 (ok)`.'
  },
  'expiry-soon': {
    means:
      'The certificate is still valid but expires within the threshold: `expiry-error-days` fails (by default a tenth of its lifetime, at most 7 days), `expiry-warning-days` warns (a third, at most 30).',
    browser: 'Nothing yet; on the `notAfter` date, `net::ERR_CERT_DATE_INVALID`.',
    openssl: { command: DATES, text: 'Shows the `notAfter` date.' },
    guide: 'expired-certificate',
    cause:
      'Renewal is not automated, or it failed (Let’s Encrypt renews at 30 days left by default).',
    fix: 'Renew now and make sure renewal runs by itself and reloads the server: `certbot renew --cert-name api.example.com` and `systemctl enable --now certbot.timer`.',
    verify: 'A fresh `notAfter`.'
  },
  'expiry-not-yet-valid': {
    means: 'The certificate is not valid yet: its `notBefore` date is in the future.',
    browser: '`net::ERR_CERT_DATE_INVALID`.',
    openssl: {
      command: `${VERIFY}\n${DATES}`,
      text: 'Shows `verify error:num=9:certificate is not yet valid`.'
    },
    guide: 'expired-certificate',
    cause:
      'The clock of the machine that issued the certificate (or of the server) is wrong, or a certificate issued for later was installed early.',
    fix: 'Check the clock (NTP) of the issuing machine and of the server, or reissue the certificate.',
    verify: '`notBefore` is in the past.'
  },
  'expiry-issuer-expired': {
    means: 'An intermediate (CA) certificate of the chain has expired, although the leaf is valid.',
    browser:
      '`net::ERR_CERT_DATE_INVALID`, unless the browser builds another path through a current intermediate.',
    openssl: {
      command: `${SHOWCERTS}\n${VERIFY}`,
      text: 'Shows `num=10:certificate has expired` at a depth above 0; the expired intermediate is in the chain sent.'
    },
    guide: 'expired-certificate',
    cause:
      'An old intermediate file kept in the chain across renewals (a CA changed its intermediates, or a cross-sign expired).',
    fix: 'Serve the CA’s current chain: take a fresh `fullchain.pem` from the CA.',
    verify: 'Every certificate in `-showcerts` has a future `notAfter`.'
  },
  'expiry-issuer-not-yet-valid': {
    means: 'An intermediate (CA) certificate of the chain is not valid yet.',
    browser: '`net::ERR_CERT_DATE_INVALID`.',
    openssl: {
      command: VERIFY,
      text: 'Shows `num=9:certificate is not yet valid` at a depth above 0.'
    },
    guide: 'expired-certificate',
    cause: 'A chain file with a CA certificate issued for later, or a wrong clock.',
    fix: 'Check the clocks (NTP), and serve the CA’s current chain.',
    verify: 'Every certificate’s `notBefore` is in the past.'
  },
  'expiry-issuer-before-leaf': {
    means:
      'An intermediate expires before the leaf: on that day the chain stops verifying, although the leaf is still valid.',
    browser: 'Nothing yet; on that day, `net::ERR_CERT_DATE_INVALID`.',
    openssl: {
      command: `${S_CLIENT} -showcerts </dev/null 2>/dev/null \\
  | awk '/BEGIN/,/END/' > chain.pem\nopenssl storeutl -noout -text -certs chain.pem | grep -E 'Subject:|Not After'`,
      text: 'Compare the intermediate’s `Not After` with the leaf’s.'
    },
    guide: 'expired-certificate',
    cause: 'An old intermediate in the chain file, or a CA whose intermediate is close to its end.',
    fix: 'Serve the CA’s current intermediate (a fresh `fullchain.pem`), or renew the certificate from a current intermediate before that day.',
    verify: 'Every intermediate outlives the leaf.'
  },
  'expiry-invalid-time': {
    means:
      'A validity field of a certificate holds a time that does not exist (RFC 5280 §4.1.2.5): clients reject the certificate.',
    browser: '`net::ERR_CERT_INVALID`.',
    openssl: {
      command: DATES,
      text: 'Shows an impossible date, or fails to parse the certificate.'
    },
    guide: 'expired-certificate',
    cause: 'A certificate made by a broken tool.',
    fix: 'Reissue the certificate with a standard tool or a public CA.',
    verify: '`openssl x509 -dates` shows real dates.'
  },
  // revocation
  'revocation-ok': {
    verified:
      'The certificate is not revoked, by a stapled OCSP response, the CRL it names or its OCSP responder; the answer’s signature and freshness were checked.',
    command: `${S_CLIENT} -status </dev/null \\
  | grep -A4 'OCSP Response Status'`,
    byHand:
      'A stapled response shows `Cert Status: good`; without stapling, `OCSP response: no response sent`.'
  },
  'revocation-revoked': {
    means: 'The CA revoked the certificate: browsers that check revocation refuse it.',
    browser: '`net::ERR_CERT_REVOKED`; Firefox: `SEC_ERROR_REVOKED_CERTIFICATE`.',
    openssl: {
      command: `${S_CLIENT} -status </dev/null \\
  | grep -A6 'OCSP Response Status'`,
      text: 'A stapled response shows `Cert Status: revoked` with the date and reason; else ask the responder with `openssl ocsp`.'
    },
    guide: 'revoked-certificate',
    cause:
      'The certificate was revoked (a leaked key, a misissuance, a replaced certificate) and the server still serves it.',
    fix: 'Issue a new certificate (with a new key if the old one leaked): `certbot certonly --webroot -w /var/www/html --force-renewal -d api.example.com`, install it and reload the server.',
    verify: '`Cert Status: good` and a new serial number.'
  },
  'revocation-unknown': {
    means:
      'The revocation status could not be learned: no stapled response, and the CRL or OCSP responder could not be reached in time. A warning under `revocation: soft`, a failure under `hard`.',
    browser: 'Browsers mostly soft-fail and connect; clients that insist on an answer refuse.',
    openssl: {
      command: `${S_CLIENT} -status </dev/null | grep -A2 'OCSP'`,
      text: 'Shows `OCSP response: no response sent` when the server does not staple.'
    },
    guide: 'revoked-certificate',
    cause:
      'The certificate’s revocation source does not answer from where the check runs (a firewall, a slow responder), and the server does not staple.',
    fix: 'Turn on OCSP stapling (nginx `ssl_stapling on; ssl_stapling_verify on;`), so that clients get the answer with the handshake; check that the responder is reachable.',
    verify: '`-status` shows `Cert Status: good`.'
  },
  'revocation-unusable-answer': {
    means:
      'The revocation source answers, but with data that cannot be used: malformed, signed by the wrong key, for another certificate, or stale.',
    browser: 'Browsers may ignore it or refuse, depending on which answer they get.',
    openssl: {
      command: `openssl ocsp -issuer issuer.pem -cert leaf.pem -url "$(openssl x509 -in leaf.pem -noout -ocsp_uri)" -resp_text`,
      text: 'Shows the responder’s answer and whether it verifies.'
    },
    guide: 'revoked-certificate',
    cause:
      'A broken or misconfigured OCSP responder or CRL distribution point (usually a private CA’s).',
    fix: 'Fix the CA’s responder or CRL publication; for a public CA, report it to the CA.',
    verify: '`openssl ocsp` shows `Response verify OK` and `good`.'
  },
  'revocation-bad-staple': {
    means:
      'The server staples an OCSP response clients cannot use: for another certificate, expired, or not verifying.',
    browser: 'Chromium ignores it; Firefox refuses the connection (`SEC_ERROR_OCSP_…`).',
    openssl: {
      command: `${S_CLIENT} -status </dev/null \\
  | grep -A12 'OCSP Response Status'`,
      text: 'Check `Cert Status`, `This Update`/`Next Update` and the serial number against the certificate.'
    },
    guide: 'revoked-certificate',
    cause:
      'A stale stapling cache after a certificate change, or a staple file (`ssl_stapling_file`) that is not refreshed.',
    fix: 'Let the server fetch its staple itself (nginx `ssl_stapling on; ssl_stapling_verify on;` with a `resolver`), or refresh the staple file; reload after changing the certificate.',
    verify: '`-status` shows a fresh `Cert Status: good` for the serial the server sends.'
  },
  'revocation-no-source': {
    means:
      'The certificate names no CRL and no OCSP responder, and none was stapled: nobody can check whether it was revoked.',
    browser: 'Browsers connect (they cannot check either).',
    openssl: {
      command: `${S_CLIENT} </dev/null 2>/dev/null \\
  | openssl x509 -noout -ocsp_uri -ext crlDistributionPoints`,
      text: 'Prints no OCSP URI and no CRL distribution point.'
    },
    guide: 'revoked-certificate',
    cause:
      'A certificate from a private CA that publishes no revocation information (public CAs always do).',
    fix: 'Issue certificates with an OCSP responder or CRL URL, or use a public CA.',
    verify: '`-ocsp_uri` prints a URL.'
  },
  // crypto
  'crypto-ok': {
    verified:
      'Every key in the chain is strong enough: RSA 2048 bits or more, EC 256 bits or more.',
    command: `${S_CLIENT} </dev/null | grep 'Server public key'`,
    byHand: 'Shows `Server public key is 2048 bit` (or more; 256 for EC).'
  },
  'crypto-weak-key': {
    means:
      'A certificate in the chain has a weak key: RSA under 2048 bits or EC under 256. Some browsers still accept it; OpenSSL 3 at its default security level (Node, Python) refuses it. A warning unless `weak-crypto: fail`.',
    browser: 'Connects in some browsers; `net::ERR_CERT_WEAK_KEY` in others.',
    openssl: {
      command: `${S_CLIENT} </dev/null | grep 'Server public key'`,
      text: 'Shows `Server public key is 1024 bit`; verification fails with `ee key too small`.'
    },
    guide: 'weak-signature-or-key',
    cause: 'An old certificate, or a key generated with an old default.',
    fix: 'Reissue the certificate with a new key: ECDSA P-256 (`certbot --key-type ecdsa`) or RSA 2048 or more.',
    verify: '`Server public key is 256 bit` (EC) or 2048 or more (RSA).'
  },
  'crypto-key-refused': {
    means:
      'A key so weak that every browser refuses the handshake (an RSA key under 1024 bits, factored in hours).',
    browser: '`net::ERR_CERT_WEAK_KEY` or `ERR_SSL_…` in every browser.',
    openssl: {
      command: `${S_CLIENT} </dev/null | grep 'Server public key'`,
      text: 'Shows a key of 512 or 768 bits.'
    },
    guide: 'weak-signature-or-key',
    cause: 'A test or very old certificate in production.',
    fix: 'Reissue the certificate with an ECDSA P-256 or RSA 2048+ key, from a public CA.',
    verify: 'The key is 256 bits (EC) or 2048 or more (RSA).'
  },
  // addresses
  'addresses-ok': {
    verified:
      'Every address the host name resolves to (up to 16) completed a handshake and served the same certificate.',
    command: `for ip in $(getent ahosts ${HOST} | awk '{print $1}' | sort -u); do\n  echo "$ip: $(${S_CLIENT.replace(`${HOST}:443`, '"$ip":443')} </dev/null 2>/dev/null \\\n    | openssl x509 -noout -fingerprint -sha256)"\ndone`,
    byHand: 'Every address prints the same fingerprint.'
  },
  'addresses-handshake-failed': {
    means:
      'One address of the host does not complete a TLS handshake while another does: clients that pick it fail, now and then.',
    browser:
      'Intermittent failures: the same page works on one reload and fails on the next, by address.',
    openssl: {
      command: `${S_CLIENT.replace(`${HOST}:443`, '203.0.113.11:443')} </dev/null`,
      text: 'Connect to each address with the real `-servername`: the failing one errors.'
    },
    guide: 'one-address-differs',
    cause: 'A node that is down or misconfigured, still in DNS or in the load balancer pool.',
    fix: 'Repair that node, or remove its address from DNS (or the pool).',
    verify: 'Every address completes the handshake.'
  },
  'addresses-other-certificate': {
    means:
      'The addresses behind the host name serve different certificates, all valid: one node was not updated.',
    browser: 'Works everywhere today; the stale node will fail first when its certificate expires.',
    openssl: {
      command: `${S_CLIENT.replace(`${HOST}:443`, '203.0.113.11:443')} </dev/null 2>/dev/null \\\n  | openssl x509 -noout -fingerprint -sha256 -enddate`,
      text: 'Compare the fingerprints and end dates of each address.'
    },
    guide: 'one-address-differs',
    cause: 'Renewal or deployment reached some nodes only.',
    fix: 'Install the current certificate on every node (or the load balancer), or take the stale one out of the pool.',
    verify: 'Every address prints the same fingerprint.'
  },
  'addresses-failing-certificate': {
    means:
      'One address serves a different certificate, and that one fails (expired, another host, untrusted): clients that pick that address fail.',
    browser: 'Intermittent certificate errors (`net::ERR_CERT_…`), depending on the address.',
    openssl: {
      command: `${S_CLIENT.replace(`${HOST}:443`, '203.0.113.11:443')} -verify_hostname ${HOST} </dev/null`,
      text: 'The failing address shows the `verify error` the finding names.'
    },
    guide: 'one-address-differs',
    cause:
      'An old node behind the load balancer, or a DNS record left pointing at a former server.',
    fix: 'Install the current certificate on that node, or remove its address from DNS or the pool.',
    verify: 'Every address verifies with `Verify return code: 0 (ok)`.'
  },
  'addresses-unchecked': {
    means:
      'The host has more addresses than wss-doctor checks (16): the others were not checked and could serve another certificate.',
    browser: 'Nothing to see unless a client lands on a bad one.',
    openssl: {
      command: `getent ahosts ${HOST} | awk '{print $1}' | sort -u`,
      text: 'Lists every address; check the rest by hand with `-connect ADDRESS:443 -servername api.example.com`.'
    },
    guide: 'one-address-differs',
    cause: 'A large pool of addresses.',
    fix: 'Check the other addresses with `resolve` lines (`api.example.com:443:ADDRESS`), a few per run.',
    verify: 'Every address is covered by some run.'
  },
  // versions
  'versions-ok': {
    verified:
      'The server accepts TLS 1.2 and/or 1.3 and no legacy version below `min-tls-version`; every version `require-tls-versions` names is accepted.',
    command: VERSIONS,
    byHand: '`-tls1_2` and `-tls1_3` complete; `-tls1_1` ends with an alert.'
  },
  'versions-none': {
    means: 'The server accepted none of TLS 1.0, 1.1, 1.2 and 1.3.',
    browser: '`net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH`.',
    openssl: { command: VERSIONS, text: 'Every line ends with an alert or an error.' },
    guide: 'tls-version-mismatch',
    cause:
      'A server that offers only SSL 3 or an unusual version policy, or one that refuses every handshake for this name.',
    verify: '`-tls1_2` and `-tls1_3` complete.'
  },
  'versions-required-missing': {
    means: 'A TLS version that `require-tls-versions` requires is refused.',
    browser: 'Clients that need that version fail with `net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH`.',
    openssl: { command: VERSIONS, text: 'The required version’s line ends with an alert.' },
    guide: 'tls-version-mismatch',
    cause: 'The server’s protocol list leaves out a version your policy (or your clients) need.',
    verify: 'Each required version completes with s_client.'
  },
  'versions-legacy': {
    means:
      'The server still accepts TLS 1.0 or 1.1 (below `min-tls-version`): no browser needs them, and they allow a downgrade to weak ciphers. A warning unless `fail-on-legacy-tls`.',
    browser: 'Nothing visible: browsers use TLS 1.2 or 1.3.',
    openssl: {
      command: VERSIONS,
      text: 'The `-tls1_1` line completes (OpenSSL 3 needs `@SECLEVEL=0` to offer it).'
    },
    guide: 'tls-version-mismatch',
    cause: 'An old protocol list kept for old clients.',
    verify: '`-tls1` and `-tls1_1` end with an alert.'
  },
  'versions-no-tls12': {
    means:
      'The server refuses TLS 1.2: clients and proxies that stop at TLS 1.2 cannot connect (Java 8, Android before 10, .NET on older Windows Server, many TLS-inspecting corporate proxies).',
    browser: 'Current browsers connect over TLS 1.3; users behind an inspecting proxy fail.',
    openssl: { command: VERSIONS, text: 'The `-tls1_2` line ends with `alert protocol version`.' },
    guide: 'tls-version-mismatch',
    cause: 'A TLS 1.3-only policy.',
    verify: '`-tls1_2` completes.'
  },
  // ciphers
  'ciphers-ok': {
    verified:
      'A handshake offering exactly what Chrome and Firefox offer (TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 over X25519, P-256 or P-384) completed, and the server takes no DHE or static RSA.',
    command: BROWSER_OFFER,
    byHand: 'The handshake completes with an ECDHE suite.'
  },
  'ciphers-browsers-locked-out': {
    means:
      'Browsers cannot connect: the server takes only key exchanges browsers dropped (finite-field DHE, static RSA) or groups they do not offer. Clients that still offer them connect, so "it works with curl".',
    browser: '`net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH`; Firefox `SSL_ERROR_NO_CYPHER_OVERLAP`.',
    openssl: {
      command: BROWSER_OFFER,
      text: 'Ends with `alert handshake failure`, while a plain s_client (which offers DHE and RSA) completes.'
    },
    guide: 'ciphers-browsers-do-not-offer',
    cause:
      'A cipher list from an old hardening guide, or a server without ECDHE support configured (no curves).',
    verify: 'The browser-offer command completes with an ECDHE suite.',
    example: { browsersLockedOut: true }
  },
  'ciphers-weak-key-exchange': {
    means:
      'Browsers connect, but the server also takes DHE or static RSA from clients that offer them: weaker key exchanges (no forward secrecy with static RSA, Logjam with small DH groups) that no current client needs.',
    browser: 'Nothing visible: browsers use ECDHE.',
    openssl: {
      command: `${S_CLIENT} -tls1_2 -cipher 'kRSA:DHE' </dev/null`,
      text: 'Completes: the server accepts them. `Server Temp Key: DH, … bits` shows the DH group.'
    },
    guide: 'ciphers-browsers-do-not-offer',
    cause: 'A permissive cipher list (`HIGH:!aNULL`) or an old default.',
    verify: "`-cipher 'kRSA:DHE'` ends with `alert handshake failure`.",
    example: { browsersLockedOut: false }
  },
  'ciphers-static-rsa-only': {
    means:
      'Browsers connect, but only with static RSA key exchange: the server takes none of the ECDHE suites Chrome and Firefox offer first, so every session lacks forward secrecy (a stolen key decrypts recorded traffic).',
    browser:
      'The socket opens; DevTools → Security shows a key exchange of `RSA` ("obsolete connection settings" in Chrome).',
    openssl: {
      command: `${S_CLIENT} -tls1_2 -cipher 'ECDHE' </dev/null`,
      text: 'Ends with `alert handshake failure`: no ECDHE suite is accepted; without `-cipher` the `Cipher` line names an `AES…-GCM-SHA…` suite without `ECDHE`.'
    },
    guide: 'ciphers-browsers-do-not-offer',
    cause:
      'A cipher list with only `kRSA` suites (`AES128-GCM-SHA256`, `AES256-SHA`), often copied from an old hardening guide, and no TLS 1.3.',
    verify:
      "`-cipher 'ECDHE'` completes, and the browser shows `ECDHE` or `X25519` as the key exchange.",
    example: { browsersLockedOut: false }
  },
  'ciphers-undetermined': {
    means:
      'Whether browsers can connect could not be told: the handshake offering what they offer failed for another reason (the finding gives it).',
    browser: 'Try the endpoint in Chrome and Firefox.',
    openssl: { command: BROWSER_OFFER, text: 'Reproduces the failure.' },
    guide: 'ciphers-browsers-do-not-offer',
    cause: 'A failure unrelated to ciphers (the `tls` finding names it).',
    fix: 'Fix what the `tls` and `versions` findings name; this check then gets a verdict.',
    verify: 'The browser-offer command completes.'
  },
  // upgrade
  'upgrade-ok': {
    verified:
      'Over the verified TLS connection, the upgrade was answered `101 Switching Protocols` with a correct `Sec-WebSocket-Accept`, a ping was answered with a pong, and the close handshake completed (1000); with `expect`, the reply matched.',
    command: UPGRADE,
    byHand:
      'The first line of the answer is `HTTP/1.1 101 Switching Protocols`, with `Upgrade: websocket`.'
  },
  'upgrade-not-upgraded': {
    means:
      'The endpoint answered the upgrade with an ordinary HTTP status (400, 426, 200…) instead of `101 Switching Protocols`: a proxy in front does not pass the upgrade, so the server sees a plain request.',
    browser:
      "`WebSocket connection to 'wss://api.example.com/ws' failed: Error during WebSocket handshake: Unexpected response code: 400`; the Network panel shows the status.",
    openssl: {
      command: UPGRADE,
      text: 'The answer is `HTTP/1.1 400 Bad Request` (or 426, 200), not `101`; its `Server` header names who answered.'
    },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'The proxy speaks HTTP/1.0 to the backend or drops the hop-by-hop `Upgrade` and `Connection` headers.',
    verify: 'The hand-made upgrade is answered `101 Switching Protocols`.'
  },
  'upgrade-backend-down': {
    means:
      'The proxy answered `502`, `503` or `504`: it could not reach the WebSocket backend, or does not pass the upgrade to it.',
    browser: '`Unexpected response code: 502` (or 503, 504).',
    openssl: { command: UPGRADE, text: 'The answer is `HTTP/1.1 502 Bad Gateway` from the proxy.' },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'The backend is down or listens elsewhere than the proxy’s `proxy_pass`, or the proxy’s route for the path does not pass the upgrade.',
    fix: 'Check that the backend runs and that the proxy points at it (the proxy’s error log names the upstream it tried).',
    verify: 'The upgrade is answered `101`.'
  },
  'upgrade-not-found': {
    means: 'The endpoint answered `404`: there is no WebSocket at this path.',
    browser: '`Unexpected response code: 404`.',
    openssl: { command: UPGRADE, text: 'The answer is `HTTP/1.1 404 Not Found`.' },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'A wrong path in the URL, or a proxy without a location that routes it to the WebSocket server.',
    fix: 'Check the URL’s path against the server’s route (Socket.IO listens on `/socket.io/`), and give the proxy a location for it.',
    verify: 'The upgrade on the path is answered `101`.'
  },
  'upgrade-origin-refused': {
    means:
      'The upgrade was refused with `403` for the `origin` wss-doctor sent: the server checks `Origin` and does not allow this page.',
    browser: '`Unexpected response code: 403` from that page.',
    openssl: {
      command: UPGRADE,
      text: 'Answers `403`; with the server’s own origin in the `Origin` line, `101`.'
    },
    guide: 'origin-refused',
    cause:
      'The page’s origin is missing from the server’s allow-list, or the `origin` input is not the page browsers really load.',
    fix: 'Add the page’s origin to the server’s allowed origins (ws: `verifyClient`; Socket.IO: `cors.origin`; a proxy: its `Origin` rule), or correct the `origin` input.',
    verify: 'The upgrade with that `Origin` is answered `101`.'
  },
  'upgrade-auth-required': {
    means: 'The upgrade was refused with `401` or `403`: the endpoint wants credentials.',
    browser:
      '`Unexpected response code: 401`; browsers send cookies, never an `Authorization` header, with a WebSocket.',
    openssl: { command: UPGRADE, text: 'Answers `401 Unauthorized` or `403 Forbidden`.' },
    guide: 'broken-websocket-session',
    cause: 'The request carried no valid credentials.',
    fix: 'Give wss-doctor the credentials with `headers` (`Authorization: Bearer ${{ secrets.WS_TOKEN }}`); values are masked in the log.',
    verify: 'With the credentials, the upgrade is answered `101`.'
  },
  'upgrade-credentials-withheld': {
    means:
      'The upgrade was refused, as expected: wss-doctor withheld the credentials (`headers`, `message`) because the certificate did not verify, and sends secrets only over a verified connection.',
    browser: 'Browsers do not open the socket at all: the certificate fails first.',
    openssl: { command: VERIFY, text: 'Shows the certificate failure the other findings name.' },
    guide: 'untrusted-certificate',
    cause: 'The certificate checks failed.',
    fix: 'Fix the certificate findings of the target; the upgrade is then tried with the credentials.',
    verify: 'The certificate verifies, and the upgrade with credentials is answered `101`.'
  },
  'upgrade-bad-101': {
    means:
      'The `101 Switching Protocols` answer lacks `Upgrade: websocket` or `Connection: Upgrade`: clients refuse it (RFC 6455 §4.1).',
    browser:
      "`Error during WebSocket handshake: 'Upgrade' header is missing` (or `'Connection' header`).",
    openssl: { command: UPGRADE, text: 'The `101` answer lacks one of the two headers.' },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'A proxy between client and server drops or rewrites the headers of the handshake response.',
    verify: 'The `101` answer has `Upgrade: websocket` and `Connection: Upgrade`.'
  },
  'upgrade-bad-accept': {
    means:
      'The upgrade answer has a wrong `Sec-WebSocket-Accept`: it does not match the key sent (RFC 6455 §4.2.2), so clients refuse it.',
    browser: "`Error during WebSocket handshake: Incorrect 'Sec-WebSocket-Accept' header value`.",
    openssl: {
      command: UPGRADE,
      text: 'For the key `dGhlIHNhbXBsZSBub25jZQ==`, a correct server answers `Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=`.'
    },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'Something between client and server fakes or rewrites the handshake (a caching proxy, a hand-written server).',
    verify: 'The answer carries the accept value above.'
  },
  'upgrade-subprotocol': {
    means:
      'Subprotocol negotiation failed: the server accepted none of the subprotocols offered (`subprotocols`), or answered one that was not offered.',
    browser:
      "`Error during WebSocket handshake: Sent non-empty 'Sec-WebSocket-Protocol' header but no response was received`.",
    openssl: {
      command: `${UPGRADE.replace("'Origin: https://app.example.com' ''", "'Origin: https://app.example.com' \\\n  'Sec-WebSocket-Protocol: graphql-transport-ws' ''")}`,
      text: 'The `101` answer must carry `Sec-WebSocket-Protocol` with one of the offered values.'
    },
    guide: 'broken-websocket-session',
    cause:
      'The client and the server speak different subprotocols (`graphql-ws` vs `graphql-transport-ws`, a version change).',
    fix: 'Make the server accept one of the subprotocols clients offer and answer it in `Sec-WebSocket-Protocol`, or change the `subprotocols` input to what the server speaks.',
    verify: 'The `101` answer names an offered subprotocol.'
  },
  'upgrade-no-reply': {
    means:
      'The connection opened, but no message matching `expect` came within `timeout-ms` (after sending `message`, when set).',
    browser:
      'The socket opens; `onmessage` never fires with the expected reply (the Messages tab in DevTools shows what came).',
    openssl: {
      command: UPGRADE,
      text: 'Shows the `101`; frames are binary from there on, so use a WebSocket client (`npx wscat -c wss://api.example.com/ws`) to see the messages.'
    },
    guide: 'broken-websocket-session',
    cause:
      'The application did not answer as expected, or a proxy holds frames back (buffering, a short read timeout).',
    fix: 'Check the `message` and `expect` inputs and the server’s handler; turn off response buffering on the WebSocket path of the proxy (`proxy_buffering off;`).',
    verify: 'The expected reply arrives within `timeout-ms`.'
  },
  'upgrade-no-pong': {
    means:
      'The connection opened but a ping went unanswered within `timeout-ms`: the server or a proxy does not answer WebSocket pings (RFC 6455 §5.5.2).',
    browser:
      'Nothing visible (browsers do not send pings), but clients that use pings to keep the socket alive lose it.',
    openssl: {
      command: UPGRADE,
      text: 'Shows the `101`; pings need a WebSocket client (`npx wscat -c wss://api.example.com/ws`, then `/ping`).'
    },
    guide: 'broken-websocket-session',
    cause:
      'A server library that ignores pings, or a proxy past the handshake that does not forward control frames.',
    fix: 'Answer pings with pongs (every RFC 6455 library does unless disabled); make sure the proxy passes the upgraded connection through as a tunnel.',
    verify: 'A ping gets a pong.'
  },
  'upgrade-no-close': {
    means:
      'The server did not complete the close handshake: clients see `1006` (abnormal closure) instead of `1000` when they leave.',
    browser: '`onclose` reports `code: 1006, wasClean: false` after `ws.close()`.',
    openssl: {
      command: UPGRADE,
      text: 'Shows the `101`; the close handshake needs a WebSocket client.'
    },
    guide: 'broken-websocket-session',
    cause:
      'The server drops the connection instead of answering the close frame, or a proxy cuts it on the way.',
    fix: 'Answer a close frame with a close frame before closing the TCP connection (RFC 6455 §5.5.1); libraries do this unless the handler kills the socket.',
    verify: '`onclose` reports `1000` and `wasClean: true`.'
  },
  'upgrade-idle-cut': {
    means:
      'While waiting for a reply, the WebSocket was cut after a silence, with `1006` and no close frame: a proxy or load balancer read timeout shorter than the wait.',
    browser: '`onclose` with `1006`, `wasClean: false`, after the same silence each time.',
    openssl: {
      command: UPGRADE,
      text: 'Shows the `101`; time how long a silent socket lives with a WebSocket client.'
    },
    guide: 'idle-cut',
    cause:
      'A proxy (or the server) closes connections that stay silent longer than its read timeout (60 s by default in nginx and an AWS ALB).',
    verify: 'A socket held silent for `idle-timeout` stays open.'
  },
  'upgrade-dropped': {
    means:
      'The connection opened (`101`) and then dropped without a close frame (`1006`) before the session completed.',
    browser: '`onopen` fires, then `onclose` with `1006` and `wasClean: false` almost at once.',
    openssl: { command: UPGRADE, text: 'Shows the `101` and then the connection closing.' },
    guide: 'broken-websocket-session',
    cause:
      'A handler that crashes or closes the socket right away, a proxy without WebSocket support past the handshake, or a read timeout.',
    fix: 'Read the server’s log at the time of the finding; check that every proxy on the way passes the upgraded connection as a tunnel (HTTP/1.1 with the upgrade headers), and that no read timeout is shorter than a second.',
    verify: 'The socket stays open, answers a ping and closes with `1000`.'
  },
  'upgrade-closed': {
    means:
      'The application accepted the upgrade and then closed the connection itself, with a close code and reason of its own.',
    browser:
      '`onclose` with that code (often `1008` policy violation, `1011` server error, or a `4xxx` of the application) and its reason.',
    openssl: {
      command: UPGRADE,
      text: 'Shows the `101`; the close frame needs a WebSocket client (`npx wscat -c wss://api.example.com/ws`).'
    },
    guide: 'broken-websocket-session',
    cause:
      'An authentication, subprotocol or origin check of the application that closes right after accepting, or an error in its handler.',
    fix: 'Look up the code and reason in the server’s log and code; authentication, subprotocol or origin checks often close right after accepting.',
    verify: 'The session runs to a clean `1000` close.'
  },
  'upgrade-bad-frame': {
    means:
      'The server sent a frame clients refuse (a protocol error 1002, invalid data 1007, a policy violation 1008, or a message over the limit 1009): they close the connection.',
    browser:
      '`onclose` with `1002`, `1007` or `1009`; Chromium logs `One or more reserved bits are on` or `Could not decode a text frame as UTF-8`.',
    openssl: { command: UPGRADE, text: 'Shows the `101`; the frames need a WebSocket client.' },
    guide: 'broken-websocket-session',
    cause:
      'The server or a proxy in between breaks the WebSocket framing (RFC 6455 §5), or a message is larger than clients accept once permessage-deflate inflates it.',
    fix: 'Send smaller messages (split large payloads) and valid UTF-8 in text frames; check that no proxy rewrites the stream after the upgrade.',
    verify: 'The session runs to a clean close without a refused frame.'
  },
  'upgrade-broken': {
    means:
      'The connection failed during the session (not at the upgrade) with an error on the socket.',
    browser: '`onerror`, then `onclose` with `1006`.',
    openssl: {
      command: UPGRADE,
      text: 'Shows whether the `101` comes and the connection stays up.'
    },
    guide: 'broken-websocket-session',
    cause: 'The connection opened and then broke: a network reset, a crashed backend.',
    fix: 'Check the server and the proxy logs at the time of the finding.',
    verify: 'The session completes.'
  },
  'upgrade-no-answer': {
    means:
      'The upgrade request got no answer: the connection stayed silent or closed before any HTTP response.',
    browser: '`onerror` and `1006`, without a status in the Network panel.',
    openssl: { command: UPGRADE, text: 'Shows no `HTTP/1.1` line before the connection ends.' },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'A proxy that holds the upgrade request without passing it on, or a backend that accepts and never answers.',
    verify: 'The upgrade is answered `101`.'
  },
  // idle
  'idle-ok': {
    verified:
      'A WebSocket held silent as a browser holds one (nothing sent, the server’s pings answered) for `idle-timeout` plus 5 % stayed open: nothing on the way cuts it sooner.',
    byHand:
      "In the console of a page on the site, open the socket, send nothing, and time `onclose`: `const t = Date.now(); const ws = new WebSocket('wss://api.example.com/ws'); ws.onclose = e => console.log(e.code, (Date.now() - t) / 1000)` prints nothing for longer than your longest silence."
  },
  'idle-cut': {
    means:
      'A WebSocket held silent (nothing sent, pings answered) was cut before `idle-timeout`, with `1006` and no close frame: a proxy or load balancer closed it for being idle. The finding gives the time and, when it can be told, who cut it.',
    browser:
      '`onclose` with `code: 1006`, `wasClean: false`, after the same silence every time (60 s behind nginx or an AWS ALB, 100 s behind Cloudflare).',
    openssl: {
      command: `time (sleep 120 | ${S_CLIENT} -quiet)`,
      text: 'Without a WebSocket, a silent TLS connection already shows the proxy’s idle timeout: the time until s_client exits.'
    },
    guide: 'idle-cut',
    cause:
      'A proxy or load balancer closes connections that carry no data for a while (nginx `proxy_read_timeout`, HAProxy `timeout tunnel`, Apache `Timeout`, a load balancer’s idle timeout); browsers do not ping, so real clients lose the socket whenever the application is quiet.',
    verify: 'A socket held silent longer than your longest silence stays open.'
  },
  'idle-closed': {
    means:
      'The silent WebSocket was closed with a close frame (a code and reason) before `idle-timeout`: the server, or a proxy that speaks WebSocket, closed it on purpose.',
    browser: '`onclose` with that code (`1001` going away, `1000`, `1011`…) and `wasClean: true`.',
    openssl: {
      command: `time (sleep 120 | ${S_CLIENT} -quiet)`,
      text: 'Times a silent connection; the close frame itself needs a WebSocket client.'
    },
    guide: 'idle-cut',
    cause:
      'The WebSocket server (or a proxy in front) ends connections that stay silent longer than its own timeout.',
    verify: 'A socket held silent longer than your longest silence stays open.'
  },
  'idle-broken': {
    means: 'The silent WebSocket broke with an error (not a close) during the hold.',
    browser: '`onerror`, then `onclose` with `1006`.',
    openssl: {
      command: `time (sleep 120 | ${S_CLIENT} -quiet)`,
      text: 'Shows when the connection drops.'
    },
    guide: 'idle-cut',
    cause: 'A network reset or a crashed backend while the socket was idle.',
    fix: 'Check the server and proxy logs at the time of the finding; a reset after a fixed time is an idle timeout on the way (a firewall, a NAT).',
    verify: 'The hold ends with the socket still open.'
  },
  'idle-bad-frame': {
    means:
      'During the idle hold the server sent a frame clients refuse (a protocol error, invalid data, a message too big): they close the connection.',
    browser: '`onclose` with `1002`, `1007` or `1009`.',
    openssl: { command: UPGRADE, text: 'Shows the `101`; the frames need a WebSocket client.' },
    guide: 'broken-websocket-session',
    cause:
      'The server or a proxy in between breaks the WebSocket framing (RFC 6455 §5) in what it sends to an idle socket (its keep-alive messages).',
    fix: 'Send valid frames: pings as control frames, text as UTF-8, messages under the clients’ limit.',
    verify: 'The hold ends with the socket still open.'
  },
  'idle-not-opened': {
    means:
      'The idle check could not open its own WebSocket, though the `upgrade` check’s did: the idle cut was not judged.',
    browser:
      'Opening several sockets in a row: some fail with an HTTP status (429, 503) or `1006`.',
    openssl: {
      command: UPGRADE,
      text: 'Repeat it a few times: a connection limit or rate limiting answers some with `429` or `503`.'
    },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'A connection limit, rate limiting or a flaky backend.',
    fix: 'Allow a few connections from the checking runner (its address, or an allow-listed header), or look at the backend’s errors.',
    verify: 'The idle check opens its socket and gets a verdict.'
  },
  // compare
  'compare-tls-only': {
    means:
      'The `ws://` twin of the endpoint works while `wss://` fails: the WebSocket server is healthy, and the TLS layer in front of it is what fails.',
    browser:
      '`ws://` opens from an `http` page; `wss://` fails with the certificate or TLS error the other findings name.',
    openssl: { command: VERIFY, text: 'Shows the TLS failure.' },
    guide: 'ws-works-but-wss-does-not',
    cause:
      'The certificate, its chain, the TLS versions or the TLS listener of the proxy in front.',
    fix: 'Fix the failing TLS findings of the target (`tls`, `trust`, `hostname`, `expiry`…); the application needs no change.',
    verify: '`wss://` opens.'
  },
  'compare-ws-fails-too': {
    means:
      'The `ws://` twin fails too: the problem is not only TLS, the WebSocket server or its route is broken as well.',
    browser: 'Neither `ws://` nor `wss://` opens.',
    openssl: { command: UPGRADE, text: 'Shows what the `wss://` endpoint answers past TLS.' },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'The WebSocket server is down, or the proxy does not route or upgrade the path on either port.',
    fix: 'Start with the `upgrade` finding and the server itself; then the TLS findings.',
    verify: 'Both open.'
  },
  // origin
  'origin-ok': {
    verified:
      'The server refused an upgrade with a foreign `Origin` (`https://evil.example`): it checks the origin of WebSocket requests.',
    command: UPGRADE.replace('https://app.example.com', 'https://evil.example'),
    byHand: 'The answer is `403` (or anything but `101`).'
  },
  'origin-foreign-accepted': {
    means:
      'The server accepted an upgrade with a foreign `Origin` (`https://evil.example`): any site a user visits can open a socket in their name, cookies included (cross-site WebSocket hijacking).',
    browser: 'Nothing visible: a page on another site opens the socket as if it were yours.',
    openssl: {
      command: UPGRADE.replace('https://app.example.com', 'https://evil.example'),
      text: 'The answer is `101 Switching Protocols`.'
    },
    guide: 'origin-not-checked',
    cause:
      'The server does not check the `Origin` header of upgrade requests (browsers do not apply CORS to WebSockets).',
    fix: 'Check `Origin` against an allow-list of your own sites and answer `403` otherwise (ws: `verifyClient`; Socket.IO: `cors.origin`; nginx: a `map` on `$http_origin`).',
    verify: 'The foreign-origin upgrade is answered `403`.'
  },
  // source
  'source-ok': {
    verified:
      'The files `scan-paths` matched hold no `ws://` URL to a non-loopback host (comments, tests, loopback and `allow-insecure-hosts` excepted).',
    command:
      "grep -rnE 'ws://' src --include='*.[jt]s' --include='*.[jt]sx' \\\n" +
      "  --include='*.vue' --include='*.svelte' --include='*.html' --include='.env*'",
    byHand: 'Lists only loopback or test URLs.'
  },
  'source-insecure-url': {
    means:
      'A `ws://` URL is written in the code (JS/TS, a `<script>`, a `.env` file), at the line and column of the finding: an `https` page that uses it is blocked as mixed content.',
    browser:
      "`Mixed Content: The page at 'https://app.example.com/' was loaded over HTTPS, but attempted to connect to the insecure WebSocket endpoint 'ws://…'. This request has been blocked`.",
    openssl: {
      text: 'No TLS is involved: the browser never connects. `openssl s_client -connect HOST:443 -servername HOST` tells whether the host already serves TLS for the `wss://` URL.'
    },
    guide: 'mixed-content',
    cause: "A hard-coded scheme: `new WebSocket('ws://…')`, or a build variable with `ws://`.",
    fix: "Derive the scheme from the page’s protocol, so that an `https` page opens `wss://` (the endpoint must serve TLS): `const proto = location.protocol === 'https:' ? 'wss' : 'ws'` and `` new WebSocket(`${proto}://${location.host}/ws`) ``; in `.env`, write the `wss://` URL.",
    verify: 'The line builds the URL from `location.protocol`, or holds `wss://`.'
  },
  'source-no-files': {
    means:
      '`scan-paths` matched no source file wss-doctor reads (JS, TS, JSX, TSX, Vue, Svelte, HTML, `.env`): nothing was scanned.',
    browser: 'Nothing to compare.',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A glob that does not match (relative to the workspace; `node_modules` and build output are skipped), or a checkout without the files.',
    fix: 'Correct `scan-paths` (`src/**`, `app/**/*.vue`), and check that the workflow checks out the repository before the step.',
    verify: 'The `source` finding says how many files were scanned.'
  },
  // page
  'page-ok': {
    verified:
      'The page loaded over verified `https`, and every WebSocket URL found in it and its same-origin scripts is `wss://` and allowed by its Content Security Policy.',
    command: 'curl -sI https://app.example.com/ | grep -i content-security-policy',
    byHand: '`connect-src` (or `default-src`) allows the `wss://` endpoints.'
  },
  'page-mixed-content': {
    means:
      'The `https` page (or one of its scripts) opens a `ws://` URL: browsers block it before any traffic.',
    browser:
      "`Mixed Content: … attempted to connect to the insecure WebSocket endpoint 'ws://…'. This request has been blocked; this endpoint must be available over WSS.`",
    openssl: { text: 'No TLS is involved: the browser never connects.' },
    guide: 'mixed-content',
    cause: 'A hard-coded `ws://` in the page or its scripts.',
    fix: 'Derive the scheme from `location.protocol` in the page’s code, serve the endpoint over TLS, and deploy.',
    verify: 'The page’s scripts open `wss://`; the console shows no mixed-content message.'
  },
  'page-csp-blocks': {
    means:
      'The page’s `Content-Security-Policy` (`connect-src`, or `default-src` without it) refuses the `wss://` endpoint the page opens: the browser refuses the connection.',
    browser:
      "`Refused to connect to 'wss://api.example.com/ws' because it violates the following Content Security Policy directive: \"connect-src 'self'\".`",
    openssl: {
      text: 'No TLS is involved: the browser never connects. `curl -sI https://app.example.com/ | grep -i content-security-policy` shows the policy.'
    },
    guide: 'content-security-policy',
    cause:
      "A `connect-src` without the WebSocket’s origin: `'self'` covers only the page’s own host and port, and a host without a scheme means `https:` only.",
    fix: "Add the endpoint to `connect-src`: `connect-src 'self' wss://api.example.com` (in the header or the `<meta>` that sets it).",
    verify:
      'The policy lists `wss://api.example.com` (or `wss:`), and the console shows no refusal.'
  },
  'page-certificate': {
    means:
      'The page that opens the WebSocket does not load over verified `https`: a browser refuses the page, and its content was not scanned.',
    browser: 'The page shows a certificate error (`NET::ERR_CERT_…`).',
    openssl: {
      command: `openssl s_client -connect app.example.com:443 -servername app.example.com -verify_hostname app.example.com </dev/null`,
      text: 'Shows the page’s `verify error`.'
    },
    guide: 'untrusted-certificate',
    cause: 'The page’s certificate fails (the finding names why).',
    fix: 'Fix the page’s certificate as its error says (the pages of the `trust`, `hostname` and `expiry` codes give the fixes).',
    verify: '`Verify return code: 0 (ok)` for the page’s host.'
  },
  'page-redirect': {
    means:
      'The page redirects to another origin: wss-doctor does not follow it, and nothing was scanned.',
    browser: 'The browser follows the redirect and loads the other origin.',
    openssl: {
      text: 'Not a TLS matter: `curl -sI https://app.example.com/` shows the `Location`.'
    },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'A login page, a moved site, a `www` redirect.',
    fix: 'Give `page-urls` the final URL of the page (the one the redirect leads to).',
    verify: 'The page answers `200` without a redirect.'
  },
  'page-http-error': {
    means: 'The page answered an HTTP error status: nothing was scanned.',
    browser: 'The page shows the error.',
    openssl: { text: 'Not a TLS matter: `curl -sI https://app.example.com/` shows the status.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'A wrong URL, a page behind a login, or a failing deployment.',
    fix: 'Correct `page-urls`, or make the page public for the check (or give it `headers`).',
    verify: 'The page answers `200`.'
  },
  'page-unreachable': {
    means: 'The page could not be fetched at all (DNS, connection, timeout): nothing was scanned.',
    browser: 'The page does not load (`ERR_NAME_NOT_RESOLVED`, `ERR_CONNECTION_REFUSED`).',
    openssl: {
      command:
        'openssl s_client -connect app.example.com:443 -servername app.example.com </dev/null',
      text: 'Shows whether the host answers.'
    },
    guide: 'no-connection',
    cause: 'The page’s host is down or not reachable from where the check runs.',
    fix: 'Check the URL and that the runner can reach it.',
    verify: '`curl -sI https://app.example.com/` answers.'
  },
  'page-scripts-unread': {
    means:
      'Some of the page’s scripts could not be read: the WebSockets they open were not checked.',
    browser: 'Nothing visible.',
    openssl: { text: 'Not a TLS matter: fetch each script with `curl -sI`.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A script that fails to load, is on another origin (not fetched), or is over the size limit.',
    fix: 'Check the scripts the finding names; for scripts only the running page loads, use `browser: chromium`.',
    verify: 'Every same-origin script is read.'
  },
  'page-truncated': {
    means:
      'Only the first 2 MiB of some resources were read: WebSockets opened further on were not checked.',
    browser: 'Nothing visible.',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'A very large page or bundle.',
    fix: 'Split the bundle, or use `browser: chromium`, which runs the page instead of reading it.',
    verify: 'The page is read whole.'
  },
  // browser
  'browser-ok': {
    verified:
      'Headless Chromium loaded the page and opened its WebSocket: the browser itself accepts the certificate, the page’s CSP and the upgrade.',
    byHand:
      'Open the page in Chromium with DevTools, Network panel, WS filter: the socket shows `101`.'
  },
  'browser-connect-failed': {
    means:
      'Chromium could not open the WebSocket: the finding gives the browser’s own error (`net::ERR_CERT_…`, an HTTP status).',
    browser: 'The same error, in the console and the Network panel.',
    openssl: { command: VERIFY, text: 'Shows the TLS side of the failure.' },
    guide: 'the-console-shows-a-certificate-error',
    cause: 'One of the causes the browser’s error names; the endpoint’s own findings say which.',
    fix: 'Fix what the error names: the guide maps each `net::ERR_` error to its cause, and the endpoint’s other findings give the fix.',
    verify: 'The socket opens in Chromium.'
  },
  'browser-mixed-content': {
    means:
      'Chromium blocked the page’s WebSocket as mixed content: an `https` page may not open `ws://`.',
    browser:
      "`Mixed Content: … attempted to connect to the insecure WebSocket endpoint 'ws://…'. This request has been blocked`.",
    openssl: { text: 'No TLS is involved: the browser never connects.' },
    guide: 'mixed-content',
    cause: 'The page opens `ws://`.',
    fix: 'Derive the scheme from `location.protocol`, and serve the endpoint over TLS.',
    verify: 'The page opens `wss://`.'
  },
  'browser-csp-blocks': {
    means: 'Chromium blocked the page’s WebSocket: its Content Security Policy does not allow it.',
    browser:
      '`Refused to connect to \'wss://…\' because it violates the following Content Security Policy directive: "connect-src …"`.',
    openssl: { text: 'No TLS is involved: the browser never connects.' },
    guide: 'content-security-policy',
    cause: 'The page’s `connect-src` does not list the WebSocket’s origin.',
    fix: "Add it: `connect-src 'self' wss://api.example.com`.",
    verify: 'The console shows no refusal.'
  },
  'browser-csp-mixed-content': {
    means:
      'Chromium blocked the page’s `ws://` WebSocket twice over: the CSP does not allow it, and an `https` page may not open `ws://` at all.',
    browser: 'A CSP refusal in the console; the URL is `ws://`.',
    openssl: { text: 'No TLS is involved: the browser never connects.' },
    guide: 'mixed-content',
    cause: 'A `ws://` URL in an `https` page; allowing it in `connect-src` would not help.',
    fix: 'Open `wss://` (the scheme from `location.protocol`), and let `connect-src` allow `wss://api.example.com`.',
    verify: 'The page opens `wss://` without a console message.'
  },
  'browser-no-answer': {
    means: 'Chromium got no handshake answer from the WebSocket within `timeout-ms`.',
    browser: 'The socket stays in `(pending)` in the Network panel, then fails.',
    openssl: { command: UPGRADE, text: 'Shows whether the upgrade gets an answer.' },
    guide: 'proxy-drops-the-upgrade',
    cause: 'A proxy that holds the upgrade, a firewall, or a slow backend.',
    fix: 'See the endpoint’s `upgrade` finding; check the proxy and backend logs.',
    verify: 'The socket opens within `timeout-ms`.'
  },
  'browser-no-websocket': {
    means:
      'The page opened no WebSocket within `timeout-ms` of loading: nothing to judge, or the page failed before it.',
    browser: 'The Network panel’s WS filter stays empty.',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A page that opens its socket later (after a login, a click), or a script error before it.',
    fix: 'Give `page-urls` a page that opens the socket on load, or check the console for script errors.',
    verify: 'The WS filter shows the socket after loading.'
  },
  'browser-page-not-loaded': {
    means: 'Chromium could not load the page: the finding gives its error.',
    browser: 'The page shows the error.',
    openssl: {
      command:
        'openssl s_client -connect app.example.com:443 -servername app.example.com -verify_hostname app.example.com </dev/null',
      text: 'Shows a TLS failure of the page.'
    },
    guide: 'no-connection',
    cause: 'The page’s host is unreachable, or its certificate fails.',
    fix: 'Fix the page first (its URL, its certificate).',
    verify: 'The page loads in Chromium.'
  },
  'browser-page-hung': {
    means:
      'The page stopped answering: its main thread was busy for a long time (an endless loop, a task that does not end).',
    browser: '"Page Unresponsive".',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'A script of the page blocks its main thread, often a reconnect loop without delay.',
    fix: 'Profile the page (DevTools, Performance); reconnect with a delay that grows after each failure.',
    verify: 'The page stays responsive.'
  },
  'browser-page-crashed': {
    means: 'The page’s renderer crashed or was killed (out of memory) during the check.',
    browser: '"Aw, Snap!".',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'The page uses more memory than the runner has, or crashes the renderer.',
    fix: 'Look at the page’s memory use (DevTools, Memory); a runner with more memory.',
    verify: 'The page loads without crashing.'
  },
  'browser-unavailable': {
    means: 'The real-browser check could not start Chromium: nothing was checked in a browser.',
    browser: 'Nothing to compare.',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'No Chromium on the runner, or one that cannot start (missing libraries, sandbox).',
    fix: 'Install Chromium on the runner (`sudo apt-get install -y chromium`) or set `browser-path`.',
    verify: 'The `browser` check reports the page’s sockets.'
  },
  'browser-error': {
    means: 'Chromium could not finish the check: the finding gives its error.',
    browser: 'Nothing to compare.',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause: 'An error of the browser or of its automation.',
    fix: 'Run again; if it repeats, open an issue with the finding’s text.',
    verify: 'The `browser` check gets a verdict.'
  },
  // proxy-config
  'proxy-config-ok': {
    verified:
      'The proxy configuration file was read the way its proxy reads it (includes and inheritance) and breaks nothing WebSockets over TLS need: the upgrade is passed, the certificate file holds its chain, TLS 1.2 and 1.3 are offered with the browsers’ ciphers, and no timeout cuts a socket silent for `idle-timeout`.',
    command: 'nginx -t -c /path/to/nginx.conf   # or haproxy -c -f, apachectl -t, caddy validate',
    byHand:
      'The proxy’s own validator accepts the file; wss-doctor’s check says what the validator does not.'
  },
  'proxy-config-unknown-file': {
    means:
      'A file `config-paths` matched is not a proxy configuration wss-doctor knows: it was skipped, not failed.',
    browser: 'Nothing to compare.',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A glob that matches more than proxy configurations, or a proxy wss-doctor does not read.',
    fix: 'Narrow `config-paths` to the proxy’s files. The proxies wss-doctor reads are in [the proxies](../proxies.md).',
    verify: 'Every matched file is checked.'
  },
  'proxy-config-no-files': {
    means: '`config-paths` matched no readable file: no configuration was checked.',
    browser: 'Nothing to compare.',
    openssl: { text: 'Not a TLS matter.' },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A glob that does not match (relative to the workspace), or a checkout without the files.',
    fix: 'Correct `config-paths`, and check that the workflow checks out the repository before the step.',
    verify: 'The finding names the files checked.'
  },
  'proxy-config-unparsed': {
    means:
      'Part of the file could not be read the way its proxy reads it (a construct wss-doctor does not parse, a block it cannot place): what is there was not judged. A warning at the line, never a failure: the proxy’s own validator judges syntax.',
    browser: 'Nothing to compare until the configuration is deployed.',
    openssl: { text: CONFIG_ONLY },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A construct the reader does not follow (a template, a macro, an unusual include), or a syntax error.',
    fix: 'Run the proxy’s validator (`nginx -t`, `haproxy -c -f`, `apachectl -t`, `caddy validate`); if it accepts the file, the rest of the file is still checked, and `config-serve: true` runs it for real.',
    verify: 'The validator accepts the file, and the warning is gone or explained.'
  },
  'proxy-config-invalid-value': {
    means:
      'A setting holds a value the proxy does not read or refuses (a duration without its unit, an unknown keyword): the proxy fails to start, or ignores it and uses its default.',
    browser:
      'Depends on the setting: the proxy’s default applies (a 60 s timeout, say) or the site is down.',
    openssl: { text: CONFIG_ONLY },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A typo, or a value in another proxy’s syntax (`3600` where `1h` is needed, milliseconds where seconds are).',
    fix: 'Write the value as the proxy’s documentation says, at the line the finding names, and run its validator.',
    verify: 'The validator accepts the file and the finding is gone.'
  },
  'proxy-config-upgrade': {
    means:
      'A location or route that carries WebSocket traffic does not pass the upgrade to the backend: HTTP/1.0, the `Upgrade`/`Connection` headers dropped, or the proxy’s WebSocket switch off.',
    browser:
      DEPLOYED +
      ' `Error during WebSocket handshake: Unexpected response code: 400` (or 426, 502).',
    openssl: {
      command: UPGRADE,
      text: 'Against the deployed site, the answer is not `101 Switching Protocols`.'
    },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'The proxy’s default is plain HTTP proxying; WebSockets need it told (nginx `proxy_http_version 1.1` and both headers, Apache `upgrade=websocket`, lighttpd `proxy.header`, h2o `proxy.websocket`, Envoy `upgrade_configs`).',
    verify: 'The finding is gone, and after deploying the upgrade is answered `101`.'
  },
  'proxy-config-host-header': {
    means:
      'The proxy does not forward the client’s `Host` header: the backend sees the upstream’s name instead, and a WebSocket server that checks the host or builds URLs from it answers wrong.',
    browser:
      DEPLOYED +
      ' the upgrade may be refused (`403`, `404`) by a backend that routes or checks by host.',
    openssl: {
      command: UPGRADE,
      text: 'Against the deployed site: the answer depends on what the backend does with the wrong host.'
    },
    guide: 'proxy-drops-the-upgrade',
    cause:
      'nginx sends `Host: $proxy_host` unless told otherwise (and a location’s own `proxy_set_header` replaces every inherited one).',
    fix: 'Forward the client’s host: nginx `proxy_set_header Host $host;` in the WebSocket location, next to the `Upgrade` and `Connection` headers.',
    verify: 'The finding is gone; the backend logs the client’s host.'
  },
  'proxy-config-idle-timeout': {
    means:
      'A timeout of the proxy cuts a WebSocket that stays silent for `idle-timeout` (or is the proxy’s default, as short): real clients lose the socket whenever the application is quiet that long.',
    browser:
      DEPLOYED + ' `onclose` with `1006`, `wasClean: false`, after the same silence each time.',
    openssl: {
      command: `time (sleep 120 | ${S_CLIENT} -quiet)`,
      text: 'Against the deployed site, the time until s_client exits shows the cut.'
    },
    guide: 'idle-cut',
    cause:
      'Proxy timeouts made for HTTP requests (nginx `proxy_read_timeout` 60 s, HAProxy `timeout server` without `timeout tunnel`, Apache `Timeout`) apply to an upgraded connection too.',
    verify:
      'The finding is gone, and a socket held silent for `idle-timeout` stays open (the `idle` check).'
  },
  'proxy-config-max-duration': {
    means:
      'A limit closes every WebSocket a fixed time after it opened, busy or silent (Caddy `stream_timeout`, Envoy’s route `timeout`, 15 s by default): pings do not help.',
    browser:
      DEPLOYED +
      ' `onclose` with `1006` (or `1001`) at the same age for every socket, whatever the traffic.',
    openssl: {
      command: `time (sleep 120 | ${S_CLIENT} -quiet)`,
      text: 'Against the deployed site, shows the cut.'
    },
    guide: 'idle-cut',
    cause: 'A request timeout meant for HTTP responses applied to a stream that never ends.',
    verify: 'The finding is gone, and a socket lives longer than the limit was.'
  },
  'proxy-config-full-chain': {
    means:
      'The certificate file the configuration serves holds the leaf without its intermediates (counted when the file is in the repository, else judged by name: certbot’s `cert.pem`).',
    browser:
      DEPLOYED +
      ' Chromium connects; Firefox, Node, Python, Java and curl fail (`unable to get local issuer certificate`).',
    openssl: {
      command: SHOWCERTS,
      text: 'Against the deployed site, the chain has one certificate.'
    },
    guide: 'incomplete-chain',
    cause: 'certbot’s `cert.pem` where `fullchain.pem` belongs, or a CA bundle left out.',
    verify: 'The file holds the leaf then its intermediates; `-showcerts` lists them.'
  },
  'proxy-config-chain-order': {
    means:
      'The certificate file is not a chain in order: the certificates are not leaf first, then each issuer, or some do not belong.',
    browser: DEPLOYED + ' browsers sort it out; strict clients fail.',
    openssl: {
      command: CHAIN_ORDER,
      text: 'Against the deployed site, an `i:` that is not the next `s:`.'
    },
    guide: 'chain-out-of-order',
    cause: 'A chain file assembled by hand.',
    verify: 'The file is the leaf, then its issuer, then that issuer’s issuer.'
  },
  'proxy-config-certificate-missing': {
    means:
      'A TLS listener has no certificate configured: the proxy refuses to start, or the handshake fails for that site.',
    browser: DEPLOYED + ' `net::ERR_SSL_PROTOCOL_ERROR` or another site’s certificate.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Against the deployed site, no certificate or the default one.'
    },
    guide: 'wrong-host-name',
    cause: 'A `listen … ssl` (or `bind … ssl`) without its certificate directive.',
    verify: 'The listener names its certificate and key, and the validator accepts the file.'
  },
  'proxy-config-certificate-file': {
    means:
      'The file the configuration names as the certificate holds no certificate (a key, an empty file, another format).',
    browser: DEPLOYED + ' the proxy does not start, or the site has no certificate.',
    openssl: {
      command: 'openssl x509 -in /etc/ssl/api.example.com/fullchain.pem -noout -subject',
      text: 'Fails with `unable to load certificate` on such a file.'
    },
    guide: 'incomplete-chain',
    cause: 'The certificate and key paths swapped, or the wrong file copied.',
    verify: '`openssl x509 -noout -subject` reads the file.'
  },
  'proxy-config-certificate-name': {
    means:
      'The certificate file the configuration serves for a site does not cover the site’s host name.',
    browser: DEPLOYED + ' `net::ERR_CERT_COMMON_NAME_INVALID`.',
    openssl: {
      command: `${VERIFY}`,
      text: 'Against the deployed site, `verify error:num=62:hostname mismatch`.'
    },
    guide: 'wrong-host-name',
    cause:
      'Another site’s certificate copied into this block, or a certificate issued before the host was added.',
    fix: 'Issue a certificate that names the host (`certbot certonly -d api.example.com`) and point the site at its `fullchain.pem`.',
    verify: 'The certificate’s Subject Alternative Names include the host.'
  },
  'proxy-config-default-certificate': {
    means:
      'A host gets the proxy’s default certificate (the first site’s, or the proxy’s own) instead of one of its own: no site serves a certificate for it.',
    browser:
      DEPLOYED +
      ' `net::ERR_CERT_COMMON_NAME_INVALID` (or `ERR_CERT_AUTHORITY_INVALID` for a built-in one).',
    openssl: { command: NAMES, text: 'Against the deployed site, the names are another host’s.' },
    guide: 'wrong-host-name',
    cause:
      'No site (server block, virtual host, router) claims this host name with a certificate, so the proxy falls back to its default.',
    fix: 'Give the host a site of its own with its certificate, or add the host to a site whose certificate covers it.',
    verify: 'The host is served its own certificate.'
  },
  'proxy-config-untrusted-certificate': {
    means:
      'The configured certificate is one browsers do not trust: self-signed, or from a local CA (Caddy’s `tls internal`).',
    browser: DEPLOYED + ' `net::ERR_CERT_AUTHORITY_INVALID`.',
    openssl: { command: VERIFY, text: 'Against the deployed site, `verify error:num=18` or `19`.' },
    guide: 'untrusted-certificate',
    cause: 'A development certificate kept in the production configuration.',
    fix: 'Use a certificate from a public CA (certbot, or the proxy’s automatic HTTPS: Caddy without `tls internal`). For an internal service, give the CA to wss-doctor with `ca-file`.',
    verify: '`Verify return code: 0 (ok)` against the deployed site.'
  },
  'proxy-config-tls-listener': {
    means:
      'The port `wss://` clients use (443, or the port of a target) is configured without TLS.',
    browser: DEPLOYED + ' `net::ERR_SSL_PROTOCOL_ERROR`.',
    openssl: {
      command: `${S_CLIENT} </dev/null`,
      text: 'Against the deployed site, `wrong version number`.'
    },
    guide: 'not-a-tls-port',
    cause: 'A `listen 443;` without `ssl`, or a `wss://` URL aimed at a plain-HTTP port.',
    verify: 'The listener has TLS, and s_client prints the chain.'
  },
  'proxy-config-tls-versions': {
    means:
      'The configuration refuses a TLS version clients need (TLS 1.2, or a version `require-tls-versions` names).',
    browser:
      DEPLOYED +
      ' clients without a common version fail with `net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH`.',
    openssl: {
      command: VERSIONS,
      text: 'Against the deployed site, the refused version ends with an alert.'
    },
    guide: 'tls-version-mismatch',
    cause: 'A protocol list that leaves TLS 1.2 (or 1.3) out.',
    verify: 'TLS 1.2 and 1.3 are offered.'
  },
  'proxy-config-legacy-tls': {
    means:
      'The configuration accepts TLS 1.0 or 1.1: no browser needs them, and they allow a downgrade.',
    browser: 'Nothing visible: browsers use TLS 1.2 or 1.3.',
    openssl: { command: VERSIONS, text: 'Against the deployed site, `-tls1_1` completes.' },
    guide: 'tls-version-mismatch',
    cause: 'An old protocol list.',
    verify: 'Only TLS 1.2 and 1.3 are offered.'
  },
  'proxy-config-ciphers': {
    means:
      'The configuration offers no cipher suite browsers offer (only DHE, or suites they dropped): with TLS 1.3 off, browsers cannot connect; with it on, clients limited to TLS 1.2 cannot.',
    browser: DEPLOYED + ' `net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH`.',
    openssl: {
      command: BROWSER_OFFER,
      text: 'Against the deployed site, `alert handshake failure`.'
    },
    guide: 'ciphers-browsers-do-not-offer',
    cause: 'A cipher list from an old hardening guide.',
    verify: 'The browser-offer command completes against the deployed site.'
  },
  'proxy-config-static-rsa': {
    means:
      'The configuration offers TLS 1.2 clients no ECDHE suite browsers offer, only static RSA key exchange, which Chrome and Firefox offer last: with TLS 1.3 off, browsers connect without forward secrecy (whoever gets the server key can decrypt recorded sessions).',
    browser:
      DEPLOYED +
      ' the socket opens; over TLS 1.2, DevTools → Security shows a key exchange of `RSA` ("obsolete connection settings" in Chrome).',
    openssl: {
      command: `${S_CLIENT} -tls1_2 -cipher 'ECDHE' </dev/null`,
      text: 'Against the deployed site, `alert handshake failure`: no ECDHE suite is accepted.'
    },
    guide: 'ciphers-browsers-do-not-offer',
    cause:
      'A cipher list with only `kRSA` suites (`AES128-GCM-SHA256`, `TLS_RSA_WITH_AES_128_GCM_SHA256`), often from an old hardening guide.',
    verify: "Against the deployed site, `-cipher 'ECDHE'` completes.",
    example: { browsersLockedOut: false }
  },
  'proxy-config-groups': {
    means:
      'The configuration offers no key-exchange group browsers offer (X25519, P-256, P-384): ECDHE and every TLS 1.3 handshake need one both sides have.',
    browser: DEPLOYED + ' `net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH`.',
    openssl: {
      command: BROWSER_OFFER,
      text: 'Against the deployed site, `alert handshake failure`.'
    },
    guide: 'ciphers-browsers-do-not-offer',
    cause: 'A curve list with only P-521 or unusual groups.',
    verify: 'The groups include X25519 and P-256.'
  },
  'proxy-config-sni': {
    means:
      'Clients that send another server name, or none (a connection by IP address), get another answer than the site: a site without a name, or a strict SNI policy.',
    browser:
      DEPLOYED +
      ' browsers always send the name, so they mostly connect; clients by IP address, or health checks, get another certificate or a refusal.',
    openssl: {
      command: `${S_CLIENT.replace(` -servername ${HOST}`, '')} -noservername </dev/null`,
      text: 'Against the deployed site, without a server name, shows what such clients get.'
    },
    guide: 'wrong-host-name',
    cause:
      'A site (nginx `server`) without `server_name`, or a `sniStrict` policy with targets that connect by address.',
    fix: 'Name the site’s hosts (nginx `server_name api.example.com;`), and connect by name, not by address.',
    verify:
      'The finding is gone; s_client with and without `-servername` gets the site’s certificate.'
  },
  'proxy-config-live-ok': {
    verified:
      'With `config-serve`, the configuration ran in its own proxy on loopback (throwaway certificates, a local WebSocket echo as every upstream), and every TLS site passed the live checks.',
    command: 'nginx -t -c "$PWD/nginx.conf"   # or haproxy -c -f, apachectl -t, caddy validate',
    byHand:
      'The proxy’s validator accepts the file; after deploying, run wss-doctor against the site.'
  },
  'proxy-config-serve-unavailable': {
    means:
      'With `config-serve`, the proxy that reads this file is not installed on the runner: the configuration was checked statically, not run.',
    browser: 'Nothing to compare.',
    openssl: { text: CONFIG_ONLY },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'The runner lacks the proxy’s binary (`nginx`, `haproxy`, `apache2`, `caddy`, `lighttpd`, `h2o`).',
    fix: 'Install it in a step before wss-doctor (`sudo apt-get install -y nginx`), as the finding says.',
    verify: 'The configuration is served and probed.'
  },
  'proxy-config-serve-refused': {
    means:
      'With `config-serve`, the proxy refused to start with this configuration: its own error is given at the line of the repository’s file.',
    browser: 'Once deployed, the proxy would not start: every site it serves is down.',
    openssl: { text: CONFIG_ONLY },
    guide: 'when-wss-doctor-cannot-judge',
    cause:
      'A syntax error, a missing module, or a file the configuration needs that is not in the repository.',
    fix: 'Follow the proxy’s error (`nginx -t` and the others name the line); files outside the repository are replaced by throwaway ones, so a module or directive the runner’s build lacks is the usual cause.',
    verify: 'The proxy’s validator accepts the file, and `config-serve` runs it.'
  }
}
