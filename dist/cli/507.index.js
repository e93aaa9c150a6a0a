export const id = 507;
export const ids = [507];
export const modules = {

/***/ 99360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ rewriteIdleTimeoutFix),
/* harmony export */   Es: () => (/* binding */ apacheFix),
/* harmony export */   O0: () => (/* binding */ browserCiphersFix),
/* harmony export */   SE: () => (/* binding */ rewriteUpgradeFix),
/* harmony export */   Sc: () => (/* binding */ fullChainFix),
/* harmony export */   X4: () => (/* binding */ certificateFix),
/* harmony export */   YU: () => (/* binding */ upgradeFix),
/* harmony export */   du: () => (/* binding */ tlsListenerFix),
/* harmony export */   e$: () => (/* binding */ tlsVersionsFix),
/* harmony export */   zx: () => (/* binding */ idleTimeoutFix)
/* harmony export */ });
/* unused harmony exports PLACEHOLDER_BACKEND, BROWSER_CIPHER_SUITE, webSocketProxyPassLines, clientCertificateFix, certificateSizeFix */
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4348);

/** The backend a fix proxies to when the configuration does not say. */
const PLACEHOLDER_BACKEND = 'http://127.0.0.1:8080';
/** The browsers' TLS 1.2 suites (Mozilla's intermediate without DHE). */
const BROWSER_CIPHER_SUITE = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';
const apache = (text, lines) => ({
    text,
    code: { lang: 'apache', text: lines.join('\n') }
});
const certificateLines = (host) => [
    `SSLCertificateFile    /etc/letsencrypt/live/${host}/fullchain.pem`,
    `SSLCertificateKeyFile /etc/letsencrypt/live/${host}/privkey.pem`
];
/** The WebSocket ProxyPass of a path: `backend` is the URL the configuration proxies it to
 * (its scheme turned into http: mod_proxy_http tunnels with upgrade=websocket). */
function webSocketProxyPassLines(path, backend, timeoutSeconds) {
    const url = backend?.replace(/^ws(s?):\/\//i, 'http$1://') ?? `${PLACEHOLDER_BACKEND}${path}`;
    const timeout = timeoutSeconds === undefined ? '' : ` timeout=${timeoutSeconds}`;
    return [`ProxyPass ${path} ${url} upgrade=websocket${timeout}`, `ProxyPassReverse ${path} ${url}`];
}
function upgradeFix(path, backend, why = '') {
    const location = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(path);
    return apache(`${why ? `${why} ` : ''}Make Apache pass the WebSocket upgrade for ${location}: since httpd 2.4.47 mod_proxy_http tunnels it when the ProxyPass line says upgrade=websocket (or proxies to a ws:// URL); before 2.4.47, proxy to ws:// with mod_proxy_wstunnel (a2enmod proxy_wstunnel). The first ProxyPass whose path matches wins: put the WebSocket one before any ProxyPass for a shorter path such as /.`, [
        '# Debian/Ubuntu: a2enmod proxy proxy_http proxy_wstunnel && systemctl reload apache2',
        ...webSocketProxyPassLines(location, backend),
        '# httpd before 2.4.47 (mod_proxy_wstunnel) instead:',
        `# ProxyPass ${location} ${(backend ?? `${PLACEHOLDER_BACKEND}${location}`).replace(/^http(s?):\/\//i, 'ws$1://')}`
    ]);
}
function idleTimeoutFix(path, seconds, backend, why = '') {
    const location = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(path);
    const timeout = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTimeoutSeconds */ .O)(seconds * 1000);
    return apache(`${why ? `${why} ` : ''}Apache closes a silent WebSocket tunnel when the longer of two timeouts runs out: Timeout (the client's side, 60 s unless set) and the backend's (ProxyPass timeout=, else ProxyTimeout, else Timeout). Raise the backend's on the WebSocket's ProxyPass line (that path only), or ProxyTimeout or Timeout for the whole virtual host, above the longest silence between frames (${seconds} s here), and let the application ping.`, [
        '# The WebSocket path only:',
        ...webSocketProxyPassLines(location, backend, timeout),
        '# Or every proxied request of the virtual host:',
        `# ProxyTimeout ${timeout}`,
        '# Or every connection of the virtual host (idle clients too):',
        `# Timeout ${timeout}`
    ]);
}
const wsTarget = (target) => target.replace(/^http(s?):\/\//i, 'ws$1://');
function rewriteLines(rule) {
    const guarded = rule.conditions.some(c => /%\{HTTP:Upgrade\}/i.test(c));
    return [
        'RewriteEngine on',
        ...(guarded
            ? rule.conditions
            : [...rule.conditions, 'RewriteCond %{HTTP:Upgrade} =websocket [NC]']),
        `RewriteRule ${rule.pattern} ${wsTarget(rule.target)} [P,L]`
    ];
}
function rewriteUpgradeFix(rule, why = '') {
    return apache(`${why ? `${why} ` : ''}Proxy the upgrade requests to a ws:// URL: mod_proxy_http (httpd 2.4.47 and later) tunnels a ws:// backend, as mod_proxy_wstunnel did before; a [P] rule to http:// goes through a worker without upgrade=websocket, so the backend gets a plain request.`, ['# Debian/Ubuntu: a2enmod proxy proxy_http proxy_wstunnel rewrite', ...rewriteLines(rule)]);
}
/** A [P] rule's tunnel uses the server's timeouts (its worker has no timeout= of its own). */
function rewriteIdleTimeoutFix(seconds, why = '') {
    const timeout = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTimeoutSeconds */ .O)(seconds * 1000);
    return apache(`${why ? `${why} ` : ''}Apache closes a silent WebSocket tunnel when the longer of Timeout (the client's side, 60 s unless set) and ProxyTimeout (the backend's, Timeout unless set) runs out: a [P] rule has no timeout= of its own. Raise ProxyTimeout in the virtual host above the longest silence between frames (${seconds} s here), and let the application ping.`, [
        `ProxyTimeout ${timeout}`,
        '# Or every connection of the virtual host (idle clients too):',
        `# Timeout ${timeout}`
    ]);
}
function fullChainFix(host) {
    return apache("Serve the full chain (the leaf, then the intermediates): point SSLCertificateFile at a file that holds both, certbot's fullchain.pem rather than cert.pem (SSLCertificateChainFile is deprecated since 2.4.8). If the issuer is your own internal CA, give it to wss-doctor with the ca-file input instead.", certificateLines(host));
}
function tlsVersionsFix() {
    return apache('Offer TLS 1.2 and TLS 1.3 so that every current browser, proxy and client shares a version with Apache. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).', ['SSLProtocol -all +TLSv1.2 +TLSv1.3']);
}
function browserCiphersFix(browsersLockedOut) {
    return apache(`${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 over X25519, P-256 and P-384, and let the client choose (Mozilla's "intermediate" configuration without its DHE suites). A client that truly needs DHE should get a 2048-bit group (SSLOpenSSLConfCmd DHParameters with ffdhe2048), never 1024.`, [
        'SSLProtocol -all +TLSv1.2 +TLSv1.3',
        `SSLCipherSuite ${BROWSER_CIPHER_SUITE}`,
        'SSLOpenSSLConfCmd Curves X25519:prime256v1:secp384r1',
        'SSLHonorCipherOrder off'
    ]);
}
function certificateFix(host) {
    return apache(`Serve ${host} from a virtual host whose ServerName (or ServerAlias) names it, with a certificate whose Subject Alternative Names include it: Apache picks the virtual host, and with it the certificate, by the name the client sends (SNI). Reissue the certificate if it does not cover ${host} (certbot certonly --apache -d ${host}).`, [
        '<VirtualHost *:443>',
        `    ServerName ${host}`,
        '    SSLEngine on',
        ...certificateLines(host).map(line => `    ${line}`),
        '</VirtualHost>'
    ]);
}
function tlsListenerFix(host, port, path, why = '') {
    const location = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(path);
    return apache(`${why ? `${why} ` : ''}Terminate TLS on port ${port}: Listen on it (Debian's ports.conf has Listen 443 once mod_ssl is enabled: a2enmod ssl) with a virtual host that turns SSLEngine on and serves the full chain, and proxies the WebSocket path with the upgrade; or point the wss:// URL at the TLS port.`, [
        `Listen ${port}`,
        `<VirtualHost *:${port}>`,
        `    ServerName ${host}`,
        '    SSLEngine on',
        ...certificateLines(host).map(line => `    ${line}`),
        '    SSLProtocol -all +TLSv1.2 +TLSv1.3',
        ...webSocketProxyPassLines(location, undefined, 3600).map(line => `    ${line}`),
        '</VirtualHost>'
    ]);
}
function clientCertificateFix(host) {
    return apache(`Apache asks for client certificates with SSLVerifyClient and verifies them against SSLCACertificateFile, the CA that issues your clients' certificates (in the virtual host of ${host}, or a <Location> for the WebSocket path only). Give wss-doctor a certificate from that CA with the client-cert and client-key inputs.`, [
        'SSLVerifyClient require',
        'SSLVerifyDepth 2',
        'SSLCACertificateFile /etc/apache2/client-ca.pem'
    ]);
}
function certificateSizeFix(host) {
    return apache(`Split the names over several certificates, one virtual host per certificate: Apache chooses the virtual host (and so the certificate) by the name the client sends (SNI), from ServerName and ServerAlias. Keep ${host}'s certificate to the names it serves.`, [
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
    ]);
}
function apacheFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return upgradeFix(problem.path);
        case 'idle-timeout':
            return idleTimeoutFix(problem.path, problem.seconds);
        case 'full-chain':
            return fullChainFix(problem.host);
        case 'tls-versions':
            return tlsVersionsFix();
        case 'browser-ciphers':
            return browserCiphersFix(problem.browsersLockedOut);
        case 'certificate':
            return certificateFix(problem.host);
        case 'tls-listener':
            return tlsListenerFix(problem.host, problem.port, problem.path);
        case 'client-certificate':
            return clientCertificateFix(problem.host);
        case 'certificate-size':
            return certificateSizeFix(problem.host);
    }
}


/***/ }),

/***/ 75471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ browserCiphersFix),
/* harmony export */   Sc: () => (/* binding */ fullChainFix),
/* harmony export */   X4: () => (/* binding */ certificateFix),
/* harmony export */   YU: () => (/* binding */ upgradeFix),
/* harmony export */   du: () => (/* binding */ tlsListenerFix),
/* harmony export */   e$: () => (/* binding */ tlsVersionsFix),
/* harmony export */   pl: () => (/* binding */ caddyFix),
/* harmony export */   uR: () => (/* binding */ publicCertificateFix),
/* harmony export */   zx: () => (/* binding */ idleTimeoutFix)
/* harmony export */ });
/* unused harmony exports pathMatcher, clientCertificateFix, certificateSizeFix */
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4348);

const BACKEND = '127.0.0.1:8080';
/** A path as a Caddy path matcher: "/socket" → "/socket*"; "/" matches everything ("*"). */
function pathMatcher(path) {
    const base = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(path);
    return base === '/' ? '*' : `${base}*`;
}
/** A duration as Caddy writes it: whole hours as "1h", else seconds. */
function duration(seconds) {
    return seconds % 3600 === 0 ? `${seconds / 3600}h` : `${seconds}s`;
}
const site = (host, lines) => [`${host} {`, ...lines.map(l => `\t${l}`), '}'].join('\n');
const caddy = (text, code) => ({ text, code: { lang: 'caddy', text: code } });
function proxyLine(path, context) {
    const matcher = context.matcher ?? pathMatcher(path);
    return `reverse_proxy ${matcher === '*' ? '' : `${matcher} `}${context.upstream ?? BACKEND}`;
}
function upgradeFix(host, path, context = {}) {
    return caddy("Caddy's reverse_proxy passes the WebSocket upgrade by itself: proxy the path with a plain reverse_proxy and take out whatever removes or rewrites Upgrade or Connection (header_up -Upgrade, header_up -Connection, header_up Connection …, request_header -Upgrade), and keep HTTP/1.1 to the backend (no transport http { versions h2c } or { versions 2 } alone).", site(host, [proxyLine(path, context)]));
}
function idleTimeoutFix(host, path, seconds, context = {}) {
    const timeout = duration((0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTimeoutSeconds */ .O)(seconds * 1000));
    return caddy(`Caddy keeps a proxied WebSocket open however long it is silent, unless transport http sets read_timeout: remove read_timeout, or keep it longer than the longest silence between frames (${timeout} here), and let the application ping. write_timeout does not cut an idle socket. On Caddy 2.7 and later, stream_timeout closes every WebSocket after that long, silent or not: leave it unset or longer than a session.`, site(host, [
        `${proxyLine(path, context)} {`,
        '\ttransport http {',
        '\t\t# or no read_timeout at all: Caddy sets none by default',
        `\t\tread_timeout ${timeout}`,
        '\t}',
        '}'
    ]));
}
function fullChainFix(host) {
    return caddy("Let Caddy manage the certificate (automatic HTTPS: no tls line, or tls with your e-mail address): it serves the full chain itself. With certificate files, tls must name the full chain (the leaf, then the intermediates: certbot's fullchain.pem, not cert.pem).", site(host, [
        `tls /etc/letsencrypt/live/${host}/fullchain.pem /etc/letsencrypt/live/${host}/privkey.pem`,
        `reverse_proxy ${BACKEND}`
    ]));
}
function tlsVersionsFix(host) {
    return caddy("Offer TLS 1.2 and TLS 1.3 (Caddy's default: remove the protocols line, or write both), so that every current browser, proxy and client shares a version with the server. With certificate files, the block goes after them: tls cert.pem key.pem { … }.", site(host, ['tls {', '\tprotocols tls1.2 tls1.3', '}', `reverse_proxy ${BACKEND}`]));
}
function browserCiphersFix(host, browsersLockedOut) {
    return caddy(`${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer TLS 1.2 clients what browsers offer'}: remove the ciphers (and curves) lines, since Caddy's defaults are ECDHE with AES-GCM and ChaCha20 over X25519, P-256 and P-384, and keep TLS 1.3 on (its suites are not configurable in Caddy and always right). If you must list suites, list ECDHE ones; Caddy (Go) has no DHE.`, site(host, [
        'tls {',
        '\tprotocols tls1.2 tls1.3',
        '\tciphers TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
        '\tcurves x25519 secp256r1 secp384r1',
        '}',
        `reverse_proxy ${BACKEND}`
    ]));
}
function certificateFix(host) {
    return caddy(`Serve a certificate that covers ${host}: name the host in the site address and let Caddy obtain one (automatic HTTPS: no tls line), or point tls at a certificate whose Subject Alternative Names include ${host}. Caddy chooses the certificate by the site address the client asks for (SNI).`, site(host, [
        `# automatic HTTPS: no tls line; or files that cover ${host}:`,
        `tls /etc/ssl/${host}/fullchain.pem /etc/ssl/${host}/privkey.pem`,
        `reverse_proxy ${BACKEND}`
    ]));
}
/** `tls internal` (or local_certs) on a host the public reaches: automatic HTTPS instead. */
function publicCertificateFix(host, internal) {
    return caddy(`For a public host, drop ${internal} and let automatic HTTPS obtain a publicly trusted certificate. For an internal service, give its clients (and wss-doctor's ca-file) Caddy's root instead: pki/authorities/local/root.crt in Caddy's data directory.`, site(host, [
        '# no tls line: automatic HTTPS obtains a publicly trusted certificate',
        `reverse_proxy ${BACKEND}`
    ]));
}
function tlsListenerFix(host, port, path) {
    const address = port === 443 ? host : `https://${host}:${port}`;
    return caddy(`Serve ${host}:${port} with TLS: a site address with a host name or https:// makes Caddy terminate TLS there (not http://, not a bare :${port}, and not auto_https off without a tls line).`, site(address, [proxyLine(path, {})]));
}
function clientCertificateFix(host) {
    return caddy('Caddy asks for and verifies client certificates with tls { client_auth }: mode require_and_verify and the CA that issues them (trusted_ca_cert_file; Caddy 2.6 reads it when the configuration loads). Give wss-doctor a client certificate that CA signed (client-cert and client-key inputs).', site(host, [
        'tls {',
        '\tclient_auth {',
        '\t\tmode require_and_verify',
        '\t\ttrusted_ca_cert_file /etc/caddy/client-ca.pem',
        '\t}',
        '}',
        `reverse_proxy ${BACKEND}`
    ]));
}
function certificateSizeFix(host) {
    return caddy('Split the names over several certificates and let Caddy choose one by SNI: with automatic HTTPS it already obtains one certificate per site address; with files, one site block per group of names, each with its own tls line.', [
        site(`${host}, a.example.com`, [
            'tls /etc/ssl/group-1/fullchain.pem /etc/ssl/group-1/privkey.pem',
            `reverse_proxy ${BACKEND}`
        ]),
        site('b.example.com, c.example.com', [
            'tls /etc/ssl/group-2/fullchain.pem /etc/ssl/group-2/privkey.pem',
            `reverse_proxy ${BACKEND}`
        ])
    ].join('\n'));
}
/** The fix for `problem` in Caddy's words. */
function caddyFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return upgradeFix(problem.host, problem.path);
        case 'idle-timeout':
            return idleTimeoutFix(problem.host, problem.path, problem.seconds);
        case 'full-chain':
            return fullChainFix(problem.host);
        case 'tls-versions':
            return tlsVersionsFix(problem.host);
        case 'browser-ciphers':
            return browserCiphersFix(problem.host, problem.browsersLockedOut);
        case 'certificate':
            return certificateFix(problem.host);
        case 'tls-listener':
            return tlsListenerFix(problem.host, problem.port, problem.path);
        case 'client-certificate':
            return clientCertificateFix(problem.host);
        case 'certificate-size':
            return certificateSizeFix(problem.host);
    }
}


/***/ }),

/***/ 97311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ envoyFix)
/* harmony export */ });
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4348);

const TLS_CONTEXT = 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext';
const HCM = 'type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager';
/** Idle timeouts in the fixes that are not about a measured silence. */
const HOUR_S = 3600;
const yaml = (lines) => ({ lang: 'yaml', text: lines.join('\n') });
/** A filter chain's transport socket serving `host`'s full chain, with extra tls_params. */
function transportSocket(host, params = []) {
    return [
        'transport_socket:',
        '  name: envoy.transport_sockets.tls',
        '  typed_config:',
        `    "@type": ${TLS_CONTEXT}`,
        '    common_tls_context:',
        ...(params.length > 0 ? ['      tls_params:', ...params.map(p => `        ${p}`)] : []),
        '      tls_certificates:',
        '        - certificate_chain:',
        `            filename: /etc/letsencrypt/live/${host}/fullchain.pem`,
        '          private_key:',
        `            filename: /etc/letsencrypt/live/${host}/privkey.pem`
    ];
}
/** The http_connection_manager of a WebSocket site: the upgrade on, no total route timeout,
 * idle timeouts of `seconds`. */
function connectionManager(host, path, seconds) {
    return [
        '- name: envoy.filters.network.http_connection_manager',
        '  typed_config:',
        `    "@type": ${HCM}`,
        '    stat_prefix: websocket',
        '    upgrade_configs:',
        '      - upgrade_type: websocket',
        `    stream_idle_timeout: ${seconds}s`,
        '    route_config:',
        '      virtual_hosts:',
        '        - name: websocket',
        `          domains: ["${host}"]`,
        '          routes:',
        '            - match:',
        `                prefix: "${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(path)}"`,
        '              route:',
        '                cluster: websocket',
        '                timeout: 0s',
        `                idle_timeout: ${seconds}s`,
        '    http_filters:',
        '      - name: envoy.filters.http.router',
        '        typed_config:',
        '          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router'
    ];
}
const BROWSER_PARAMS = [
    'tls_minimum_protocol_version: TLSv1_2',
    'tls_maximum_protocol_version: TLSv1_3',
    'cipher_suites:',
    '  - "[ECDHE-ECDSA-AES128-GCM-SHA256|ECDHE-ECDSA-CHACHA20-POLY1305]"',
    '  - "[ECDHE-RSA-AES128-GCM-SHA256|ECDHE-RSA-CHACHA20-POLY1305]"',
    '  - ECDHE-ECDSA-AES256-GCM-SHA384',
    '  - ECDHE-RSA-AES256-GCM-SHA384',
    'ecdh_curves:',
    '  - X25519',
    '  - P-256',
    '  - P-384'
];
function envoyFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return {
                text: `Let the http_connection_manager pass WebSocket upgrades: upgrade_configs with upgrade_type websocket (Envoy answers 403 to an upgrade otherwise), and no route-level upgrade_configs with enabled: false on the route for ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path)}. Give that route timeout: 0s, so that no total limit applies to the upgraded stream.`,
                code: yaml([
                    '# The filter chain serving the WebSocket:',
                    'filters:',
                    ...connectionManager(problem.host, problem.path, HOUR_S)
                ])
            };
        case 'idle-timeout': {
            const seconds = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTimeoutSeconds */ .O)(problem.seconds * 1000);
            return {
                text: `Give the WebSocket route idle timeouts longer than the longest silence between frames (${seconds}s here): stream_idle_timeout on the http_connection_manager (default 5 minutes) or idle_timeout on the route, which overrides it; and timeout: 0s on the route (the route timeout, 15 s by default, is not made for streams that never end). Let the application ping more often than the shortest idle timeout on the way.`,
                code: yaml(['filters:', ...connectionManager(problem.host, problem.path, seconds)])
            };
        }
        case 'full-chain':
            return {
                text: 'Serve the full chain (the leaf, then its intermediates) from certificate_chain: with certbot, fullchain.pem, not cert.pem. Envoy sends what the file holds. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.',
                code: yaml(["# In the listener's filter chain:", ...transportSocket(problem.host)])
            };
        case 'tls-versions':
            return {
                text: "Offer TLS 1.2 and TLS 1.3 in the DownstreamTlsContext: tls_minimum_protocol_version TLSv1_2 and tls_maximum_protocol_version TLSv1_3 (Envoy's defaults for servers when tls_params leaves them out).",
                code: yaml([
                    "# In the listener's filter chain:",
                    ...transportSocket(problem.host, [
                        'tls_minimum_protocol_version: TLSv1_2',
                        'tls_maximum_protocol_version: TLSv1_3'
                    ])
                ])
            };
        case 'browser-ciphers':
            return {
                text: `${problem.browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3 (its suites are not configurable in Envoy, and are all fine), and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 over X25519, P-256 and P-384. Leaving cipher_suites and ecdh_curves out gives Envoy's defaults, which browsers share.`,
                code: yaml([
                    "# In the listener's filter chain:",
                    ...transportSocket(problem.host, BROWSER_PARAMS)
                ])
            };
        case 'certificate':
            return {
                text: `Serve a certificate whose names include ${problem.host}: a filter chain matched by that server name (SNI) with its own certificate. Without one, the client gets the certificate of another chain, or of the default one.`,
                code: yaml([
                    'filter_chains:',
                    '  - filter_chain_match:',
                    `      server_names: ["${problem.host}"]`,
                    ...transportSocket(problem.host).map(line => `    ${line}`),
                    '    filters:',
                    '      # the http_connection_manager for this host'
                ])
            };
        case 'tls-listener':
            return {
                text: `Terminate TLS on port ${problem.port}: a transport_socket with a DownstreamTlsContext on the listener's filter chain (and a tls_inspector listener filter when chains are chosen by server name), or point the wss:// URL at the listener that already does.`,
                code: yaml([
                    'listeners:',
                    '  - name: websocket_tls',
                    '    address:',
                    `      socket_address: { address: 0.0.0.0, port_value: ${problem.port} }`,
                    '    listener_filters:',
                    '      - name: envoy.filters.listener.tls_inspector',
                    '        typed_config:',
                    '          "@type": type.googleapis.com/envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector',
                    '    filter_chains:',
                    '      - filters:',
                    ...connectionManager(problem.host, problem.path, HOUR_S).map(line => `          ${line}`),
                    ...transportSocket(problem.host).map(line => `        ${line}`)
                ])
            };
        case 'client-certificate':
            return {
                text: `Ask for and verify client certificates for ${problem.host}: require_client_certificate in the DownstreamTlsContext, and validation_context.trusted_ca with the CA that issues them.`,
                code: yaml([
                    'transport_socket:',
                    '  name: envoy.transport_sockets.tls',
                    '  typed_config:',
                    `    "@type": ${TLS_CONTEXT}`,
                    '    require_client_certificate: true',
                    '    common_tls_context:',
                    '      validation_context:',
                    '        trusted_ca:',
                    '          filename: /etc/envoy/client-ca.pem',
                    '      tls_certificates:',
                    '        - certificate_chain:',
                    `            filename: /etc/letsencrypt/live/${problem.host}/fullchain.pem`,
                    '          private_key:',
                    `            filename: /etc/letsencrypt/live/${problem.host}/privkey.pem`
                ])
            };
        case 'certificate-size':
            return {
                text: 'Split the names over several certificates (a few hundred names each, or a wildcard per domain): one filter chain per group, matched by server_names, each with its own certificate.',
                code: yaml([
                    'filter_chains:',
                    '  - filter_chain_match:',
                    '      server_names: ["a.example.com", "b.example.com"]',
                    ...transportSocket('group-1').map(line => `    ${line}`),
                    '  - filter_chain_match:',
                    '      server_names: ["c.example.com", "d.example.com"]',
                    ...transportSocket('group-2').map(line => `    ${line}`)
                ])
            };
    }
}


/***/ }),

/***/ 52371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ h2oFix),
/* harmony export */   O0: () => (/* binding */ browserCiphersFix),
/* harmony export */   Sc: () => (/* binding */ fullChainFix),
/* harmony export */   X4: () => (/* binding */ certificateFix),
/* harmony export */   du: () => (/* binding */ tlsListenerFix),
/* harmony export */   e$: () => (/* binding */ tlsVersionsFix),
/* harmony export */   ou: () => (/* binding */ webSocketPathFix)
/* harmony export */ });
/* unused harmony exports clientCertificateFix, certificateSizeFix */
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4348);

/** A YAML double-quoted string (JSON's escaping is valid YAML). */
const q = (text) => JSON.stringify(text);
const BROWSER_CIPHERS = [
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-ECDSA-CHACHA20-POLY1305',
    'ECDHE-RSA-CHACHA20-POLY1305'
].join(':');
function sslLines(host, indent, extra = []) {
    return [
        `${indent}listen:`,
        `${indent}  port: 443`,
        `${indent}  ssl:`,
        `${indent}    certificate-file: /etc/letsencrypt/live/${host}/fullchain.pem`,
        `${indent}    key-file: /etc/letsencrypt/live/${host}/privkey.pem`,
        `${indent}    min-version: TLSv1.2`,
        ...extra.map(line => `${indent}    ${line}`)
    ];
}
function pathLines(path, upstream, timeoutMs) {
    return [
        '    paths:',
        `      ${q(path)}:`,
        `        proxy.reverse.url: ${q(upstream)}`,
        '        proxy.websocket: ON',
        `        proxy.websocket.timeout: ${timeoutMs}`
    ];
}
/** A WebSocket path of an h2o host: the upgrade passed (proxy.websocket ON) and an idle
 * timeout longer than the longest silence (milliseconds). */
function webSocketPathFix(options) {
    const upstream = options.upstream ?? `http://127.0.0.1:8001${options.path}`;
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
    };
}
function fullChainFix(host) {
    return {
        text: "Point certificate-file at the full chain (the leaf, then the intermediates): certbot's fullchain.pem, not cert.pem. h2o sends every certificate of that file, in order; key-file holds the key alone. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.",
        code: { lang: 'yaml', text: sslLines(host, '').join('\n') }
    };
}
function tlsVersionsFix() {
    return {
        text: "Offer TLS 1.2 and TLS 1.3: min-version: TLSv1.2 in the listener's ssl mapping, and no max-version (h2o offers up to TLS 1.3). Without min-version h2o 2.2 starts at TLSv1, accepting TLS 1.0 and 1.1 wherever its OpenSSL allows them. Check with: openssl s_client -connect HOST:443 -tls1_2 (and -tls1_3).",
        code: {
            lang: 'yaml',
            text: ['listen:', '  port: 443', '  ssl:', '    min-version: TLSv1.2'].join('\n')
        }
    };
}
function browserCiphersFix(browsersLockedOut) {
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
    };
}
function certificateFix(host) {
    return {
        text: `Install a certificate whose Subject Alternative Names include ${host} (certbot certonly --webroot -w /var/www -d ${host}) and give the host its own listen with it: h2o chooses among the certificates of a port by SNI, from the host names each is listed under.`,
        code: {
            lang: 'yaml',
            text: ['hosts:', `  ${q(host)}:`, ...sslLines(host, '    ')].join('\n')
        }
    };
}
function tlsListenerFix(host, port, path) {
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
    };
}
function clientCertificateFix(host) {
    return {
        text: `h2o 2.2 cannot ask for or verify client certificates: its listen ssl mapping has no such property (it refuses client-ca-file as unknown). Terminate mutual TLS for ${host} in front of it (nginx ssl_verify_client, HAProxy verify required) and pass the verified identity in a header, or move to h2o 2.3 or later, whose client-ca-file requires a client certificate signed by that CA.`,
        code: {
            lang: 'yaml',
            text: [
                '# h2o 2.3 or later only: h2o 2.2 has no client certificate support',
                ...sslLines(host, '', ['client-ca-file: /etc/h2o/client-ca.pem'])
            ].join('\n')
        }
    };
}
function certificateSizeFix() {
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
    };
}
/** The fix for `problem`, in h2o's words. */
function h2oFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return webSocketPathFix({
                hostKey: problem.host,
                path: (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path),
                timeoutMs: 3_600_000,
                why: `Let h2o pass the WebSocket upgrade for ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path)}: proxy.websocket: ON on the path (h2o 2.2 leaves it OFF, and the backend then sees a plain GET).`
            });
        case 'idle-timeout': {
            const timeoutMs = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTimeoutSeconds */ .O)(problem.seconds * 1000) * 1000;
            return webSocketPathFix({
                hostKey: problem.host,
                path: (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path),
                timeoutMs,
                why: `Give ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path)} a proxy.websocket.timeout (milliseconds; h2o's default is 300000, five minutes) longer than the longest silence between frames (${timeoutMs} here), and let the application ping.`
            });
        }
        case 'full-chain':
            return fullChainFix(problem.host);
        case 'tls-versions':
            return tlsVersionsFix();
        case 'browser-ciphers':
            return browserCiphersFix(problem.browsersLockedOut);
        case 'certificate':
            return certificateFix(problem.host);
        case 'tls-listener':
            return tlsListenerFix(problem.host, problem.port, (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path));
        case 'client-certificate':
            return clientCertificateFix(problem.host);
        case 'certificate-size':
            return certificateSizeFix();
    }
}


/***/ }),

/***/ 80217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ browserCiphersFix),
/* harmony export */   Sc: () => (/* binding */ fullChainFix),
/* harmony export */   X4: () => (/* binding */ certificateFix),
/* harmony export */   YU: () => (/* binding */ upgradeFix),
/* harmony export */   du: () => (/* binding */ tlsListenerFix),
/* harmony export */   e$: () => (/* binding */ tlsVersionsFix),
/* harmony export */   vT: () => (/* binding */ haproxyFix),
/* harmony export */   zx: () => (/* binding */ idleTimeoutFix)
/* harmony export */ });
/* unused harmony exports BROWSER_CIPHERS, BROWSER_CIPHERSUITES, clientCertificateFix, certificateSizeFix */
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4348);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8885);


const fix = (text, lines) => ({
    text,
    code: { lang: 'haproxy', text: lines.join('\n') }
});
const pem = (host) => `/etc/haproxy/certs/${host}.pem`;
/** What browsers offer for TLS 1.2 (ECDHE with AES-GCM or ChaCha20) and for TLS 1.3. */
const BROWSER_CIPHERS = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';
const BROWSER_CIPHERSUITES = 'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256';
/** `timeout tunnel` for a WebSocket path: in defaults (all three), or in one backend (the
 * tunnel and server-fin; client-fin is a frontend setting HAProxy ignores in a backend). */
function idleTimeoutFix(path, idleSeconds, backend) {
    const tunnel = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)((0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .fixTimeoutSeconds */ .O)(idleSeconds * 1000));
    const where = backend ?? `defaults (or the backend that serves ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .basePath */ .J)(path)})`;
    return fix(`Once HAProxy has passed the upgrade (101), the connection is a tunnel and timeout tunnel alone governs it; without one, timeout client and timeout server (meant for HTTP requests and responses) close a WebSocket that stays silent that long. Set timeout tunnel ${tunnel}, longer than the longest silence between frames, in ${where}; timeout client-fin and timeout server-fin keep half-closed connections from lingering that long (client-fin belongs to defaults or the frontend). A server that sends pings (every 30 s is common) keeps the socket busy through any proxy.`, [
        `# in ${where}:`,
        `timeout tunnel ${tunnel}`,
        ...(backend ? [] : ['timeout client-fin 30s']),
        'timeout server-fin 30s'
    ]);
}
/** The backend for a WebSocket path, with nothing that strips the upgrade. */
function upgradeFix(host, path) {
    const location = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .basePath */ .J)(path);
    return fix(`HAProxy passes the WebSocket upgrade by itself in HTTP mode (and switches the connection to a tunnel after the 101): remove every rule that deletes or rewrites Upgrade or Connection on the way to ${location} or back (http-request del-header Upgrade, http-request del-header Connection, http-request set-header Connection close, http-response del-header Upgrade…), in the frontend and in the backend, and route ${location} on ${host} to a backend in mode http.`, [
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
    ]);
}
function fullChainFix(host, crt = pem(host)) {
    return fix('HAProxy sends the certificates of the crt file in the order they appear: put the leaf, then the intermediates, then the private key into that one PEM (with certbot: fullchain.pem, then privkey.pem). Alternatively, issuers-chain-path in global names a directory of intermediates HAProxy completes a chain from. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.', [
        `# cd /etc/letsencrypt/live/${host}`,
        `# cat fullchain.pem privkey.pem > ${crt}`,
        'frontend https-in',
        `    bind :443 ssl crt ${crt}`
    ]);
}
function tlsVersionsFix(host) {
    return fix("Offer TLS 1.2 and TLS 1.3: ssl-min-ver TLSv1.2 and no ssl-max-ver, in global's ssl-default-bind-options or on the bind line (a bind line's ssl-min-ver/ssl-max-ver replace the global ones). Use ssl-min-ver/ssl-max-ver rather than no-tlsv12/no-tlsv13: HAProxy ignores the no-tlsv1x options when either is set. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).", [
        'global',
        '    ssl-default-bind-options ssl-min-ver TLSv1.2',
        '',
        '# or on the bind line itself:',
        'frontend https-in',
        `    bind :443 ssl crt ${pem(host)} ssl-min-ver TLSv1.2`
    ]);
}
function browserCiphersFix(browsersLockedOut) {
    return fix(`${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20, over X25519, P-256 and P-384 (Mozilla's "intermediate" configuration without its DHE suites). Set them once in global and remove ciphers, ciphersuites and curves from bind lines (a bind line's own replace the global defaults). A client that truly needs DHE should get a 2048-bit group (ssl-dh-param-file with ffdhe2048), never 1024.`, [
        'global',
        `    ssl-default-bind-ciphers ${BROWSER_CIPHERS}`,
        `    ssl-default-bind-ciphersuites ${BROWSER_CIPHERSUITES}`,
        '    ssl-default-bind-curves X25519:P-256:P-384',
        '    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets'
    ]);
}
function certificateFix(host) {
    return fix(`Give the bind line a certificate that covers ${host}: HAProxy picks one by SNI among every crt of the line (or every line of a crt-list, or every PEM of a crt directory), and serves the first one to a client whose name none covers.`, [
        `# a certificate whose Subject Alternative Names include ${host}:`,
        `# certbot certonly --standalone -d ${host}, then in /etc/letsencrypt/live/${host}:`,
        `# cat fullchain.pem privkey.pem > ${pem(host)}`,
        'frontend https-in',
        `    bind :443 ssl crt ${pem(host)} crt /etc/haproxy/certs/other-site.pem`,
        '    # or every PEM of a directory, chosen by SNI: bind :443 ssl crt /etc/haproxy/certs/'
    ]);
}
function tlsListenerFix(host, port, path) {
    return fix(`Terminate TLS on port ${port}: add "ssl crt <pem>" to the bind line (the PEM holding the leaf, the intermediates and the key), and route ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .basePath */ .J)(path)} to a backend in mode http, which passes the WebSocket upgrade.`, [
        'frontend wss-in',
        `    bind :${port} ssl crt ${pem(host)}`,
        '    mode http',
        `    use_backend websocket if { path_beg ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .basePath */ .J)(path)} }`,
        '',
        'backend websocket',
        '    mode http',
        '    timeout tunnel 1h',
        '    server app1 127.0.0.1:8001'
    ]);
}
function clientCertificateFix(host) {
    return fix(`Ask for client certificates on the bind line and verify them against the CA that issues them: verify required refuses the handshake without one; verify optional lets it through and leaves the decision to rules on ssl_c_verify (an answer a WebSocket client can read). Clients of ${host} must then present a certificate from that CA.`, [
        'frontend https-in',
        `    bind :443 ssl crt ${pem(host)} verify required ca-file /etc/haproxy/client-ca.pem`,
        '    # or: verify optional ca-file … and',
        '    # http-request deny deny_status 403 unless { ssl_c_verify 0 } { ssl_c_used }'
    ]);
}
function certificateSizeFix(host) {
    return fix(`Split the names over several certificates (a few hundred names each, or a wildcard per domain) and let HAProxy choose one by SNI: a crt-list names each certificate with the names it serves (${host} in one of them).`, [
        'frontend https-in',
        '    bind :443 ssl crt-list /etc/haproxy/crt-list.txt',
        '',
        '# /etc/haproxy/crt-list.txt: a PEM (leaf, intermediates, key) and its SNI names per line',
        '#   /etc/haproxy/certs/group-1.pem a.example.com b.example.com',
        '#   /etc/haproxy/certs/group-2.pem c.example.com d.example.com'
    ]);
}
/** The fix for any Problem, in HAProxy's words. */
function haproxyFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return upgradeFix(problem.host, problem.path);
        case 'idle-timeout':
            return idleTimeoutFix(problem.path, problem.seconds);
        case 'full-chain':
            return fullChainFix(problem.host);
        case 'tls-versions':
            return tlsVersionsFix(problem.host);
        case 'browser-ciphers':
            return browserCiphersFix(problem.browsersLockedOut);
        case 'certificate':
            return certificateFix(problem.host);
        case 'tls-listener':
            return tlsListenerFix(problem.host, problem.port, problem.path);
        case 'client-certificate':
            return clientCertificateFix(problem.host);
        case 'certificate-size':
            return certificateSizeFix(problem.host);
    }
}


/***/ }),

/***/ 8885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ secondsText),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   zc: () => (/* binding */ haproxyTime)
/* harmony export */ });
// HAProxy's time format: a number with an optional unit (us, ms, s, m, h, d); a bare number is
// milliseconds (measured: `timeout server 2000` cuts after 2 s).
const UNITS = {
    us: 0.001,
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000
};
/** Milliseconds, or undefined when `text` is not a HAProxy time. */
function haproxyTime(text) {
    const match = /^(\d+)(us|ms|s|m|h|d)?$/.exec(text);
    if (!match)
        return undefined;
    return Number(match[1]) * UNITS[match[2] ?? 'ms'];
}
/** A time to write in a fix: whole hours as `1h`, else seconds. */
function formatSeconds(seconds) {
    return seconds % 3600 === 0 ? `${seconds / 3600}h` : `${seconds}s`;
}
/** "2 s", "1.5 s", "3600 s": for titles and details. */
function secondsText(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}


/***/ }),

/***/ 69479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ nginxIncWebSocketFix),
/* harmony export */   K7: () => (/* binding */ haproxyIngressTunnelFix),
/* harmony export */   Km: () => (/* binding */ gkeTimeoutFix),
/* harmony export */   LR: () => (/* binding */ traefikTlsFix),
/* harmony export */   PO: () => (/* binding */ albPolicyFix),
/* harmony export */   WF: () => (/* binding */ albIdleTimeoutFix),
/* harmony export */   Yx: () => (/* binding */ gkeCertificateFix),
/* harmony export */   ge: () => (/* binding */ ingressNginxTimeoutFix),
/* harmony export */   io: () => (/* binding */ ingressTlsFix),
/* harmony export */   nQ: () => (/* binding */ nginxIncTimeoutFix),
/* harmony export */   r8: () => (/* binding */ haproxyTunnelFix),
/* harmony export */   tU: () => (/* binding */ albListenerFix),
/* harmony export */   vw: () => (/* binding */ traefikTimeoutFix),
/* harmony export */   x0: () => (/* binding */ gkeSslPolicyFix)
/* harmony export */ });
/* unused harmony export ALB_POLICY */
const annotations = (lines) => ['metadata:', '  annotations:', ...lines.map(l => `    ${l}`)].join('\n');
/** ingress-nginx: its read and send timeouts, per Ingress. */
function ingressNginxTimeoutFix(timeoutSeconds) {
    return {
        text: `ingress-nginx proxies WebSockets without further setup, but closes one after proxy-read-timeout/proxy-send-timeout seconds without a frame (60 by default): set both longer than the longest silence, and let the application ping.`,
        code: {
            lang: 'yaml',
            text: annotations([
                `nginx.ingress.kubernetes.io/proxy-read-timeout: "${timeoutSeconds}"`,
                `nginx.ingress.kubernetes.io/proxy-send-timeout: "${timeoutSeconds}"`
            ])
        }
    };
}
/** A host without TLS: a spec.tls entry naming it, with its certificate's secret. */
function ingressTlsFix(hosts, secretName) {
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
    };
}
/** NGINX Ingress Controller (nginx.org): its read and send timeouts, per Ingress. */
function nginxIncTimeoutFix(timeoutSeconds) {
    return {
        text: `NGINX Ingress Controller closes a WebSocket after proxy-read-timeout/proxy-send-timeout without a frame (60s by default): set both on the Ingress longer than the longest silence, and let the application ping.`,
        code: {
            lang: 'yaml',
            text: annotations([
                `nginx.org/proxy-read-timeout: "${timeoutSeconds}s"`,
                `nginx.org/proxy-send-timeout: "${timeoutSeconds}s"`
            ])
        }
    };
}
/** NGINX Ingress Controller passes the upgrade only to the services this annotation lists. */
function nginxIncWebSocketFix(services) {
    return {
        text: `NGINX Ingress Controller sets Upgrade and Connection for a service only when nginx.org/websocket-services names it: list every service that serves WebSockets (comma-separated).`,
        code: {
            lang: 'yaml',
            text: annotations([`nginx.org/websocket-services: "${services.join(',')}"`])
        }
    };
}
/** HAProxy Kubernetes Ingress Controller: timeout-tunnel exists only in its ConfigMap. */
function haproxyTunnelFix(timeoutSeconds) {
    return {
        text: `A WebSocket through HAProxy lives under timeout-tunnel once upgraded (1h by default). HAProxy Kubernetes Ingress Controller reads it from its ConfigMap only (the one named by its --configmap argument): set it there, longer than the longest silence, and let the application ping.`,
        code: {
            lang: 'yaml',
            text: [
                'apiVersion: v1',
                'kind: ConfigMap',
                'metadata:',
                "  name: haproxy-kubernetes-ingress # the controller's --configmap",
                '  namespace: haproxy-controller',
                'data:',
                `  timeout-tunnel: "${timeoutSeconds}s"`
            ].join('\n')
        }
    };
}
/** HAProxy Ingress: timeout-tunnel per backend, as an Ingress annotation. */
function haproxyIngressTunnelFix(timeoutSeconds) {
    return {
        text: `A WebSocket through HAProxy lives under timeout-tunnel once upgraded (1h by default in HAProxy Ingress): set it on the Ingress longer than the longest silence, and let the application ping.`,
        code: {
            lang: 'yaml',
            text: annotations([`haproxy-ingress.github.io/timeout-tunnel: "${timeoutSeconds}s"`])
        }
    };
}
/** Traefik: the entry point's responding timeouts are static configuration. */
function traefikTimeoutFix(timeoutSeconds) {
    return {
        text: `An Ingress cannot set Traefik's timeouts: readTimeout belongs to the entry point, in Traefik's static configuration (Helm: its additionalArguments), and bounds how long a request, a WebSocket included, may last (60s by default in Traefik 3). Raise it on the entry point the WebSocket uses (0 disables it), and let the application ping.`,
        code: {
            lang: 'yaml',
            text: [
                '# Traefik static configuration',
                '# (CLI: --entryPoints.websecure.transport.respondingTimeouts.readTimeout=' +
                    `${timeoutSeconds}s)`,
                'entryPoints:',
                '  websecure:',
                '    transport:',
                '      respondingTimeouts:',
                `        readTimeout: ${timeoutSeconds}s`
            ].join('\n')
        }
    };
}
/** Traefik: spec.tls only loads certificates; the router needs TLS turned on. */
function traefikTlsFix() {
    return {
        text: `In Traefik, spec.tls only selects certificates: TLS on this Ingress's router is turned on by the router.tls annotation (or by an entry point with http.tls in the static configuration).`,
        code: {
            lang: 'yaml',
            text: annotations([
                'traefik.ingress.kubernetes.io/router.entrypoints: websecure',
                'traefik.ingress.kubernetes.io/router.tls: "true"'
            ])
        }
    };
}
const ALB_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
/** AWS Load Balancer Controller: the ALB's idle timeout as a load balancer attribute. */
function albIdleTimeoutFix(timeoutSeconds, others) {
    const seconds = Math.min(timeoutSeconds, 4000);
    return {
        text: `The ALB closes a connection, a WebSocket included, after idle_timeout.timeout_seconds without data (60 s by default, 4000 s at most). Set the attribute on the Ingress (keeping the other attributes of the annotation), and let the application ping.`,
        code: {
            lang: 'yaml',
            text: annotations([
                `alb.ingress.kubernetes.io/load-balancer-attributes: ${[...others, `idle_timeout.timeout_seconds=${seconds}`].join(',')}`
            ])
        }
    };
}
/** AWS Load Balancer Controller: an HTTPS listener, with a certificate from ACM. */
function albListenerFix() {
    return {
        text: `The ALB gets an HTTPS listener when listen-ports names one or certificate-arn is set (without certificate-arn, the controller looks up ACM certificates for the Ingress's hosts). Add both, and a current security policy.`,
        code: {
            lang: 'yaml',
            text: annotations([
                `alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'`,
                'alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:REGION:ACCOUNT:certificate/ID',
                `alb.ingress.kubernetes.io/ssl-policy: ${ALB_POLICY}`
            ])
        }
    };
}
/** AWS Load Balancer Controller: the listener's security policy. */
function albPolicyFix() {
    return {
        text: `The ALB's security policy sets the TLS versions and ciphers; the controller uses ELBSecurityPolicy-2016-08 (TLS 1.0 to 1.2, no TLS 1.3) unless told otherwise. ${ALB_POLICY} offers TLS 1.3 and 1.2 only.`,
        code: {
            lang: 'yaml',
            text: annotations([`alb.ingress.kubernetes.io/ssl-policy: ${ALB_POLICY}`])
        }
    };
}
/** GKE: the backend service timeout, through a BackendConfig on the Service. */
function gkeTimeoutFix(service, timeoutSeconds) {
    const name = `${service}-websocket`;
    return {
        text: `For a WebSocket, the backend service timeout of Google's load balancer is the longest the connection may stay open, busy or not (30 s by default). Give the Service ${service} a BackendConfig with timeoutSec above the longest session (under 24 h), and let clients reconnect when it ends.`,
        code: {
            lang: 'yaml',
            text: [
                'apiVersion: cloud.google.com/v1',
                'kind: BackendConfig',
                'metadata:',
                `  name: ${name}`,
                'spec:',
                `  timeoutSec: ${Math.min(timeoutSeconds, 86400)}`,
                '---',
                `# on the Service ${service}:`,
                'metadata:',
                '  annotations:',
                `    cloud.google.com/backend-config: '{"default": "${name}"}'`
            ].join('\n')
        }
    };
}
/** GKE: a Google-managed certificate for hosts without one. */
function gkeCertificateFix(hosts) {
    return {
        text: `GKE serves the certificates of spec.tls secrets, of pre-shared certificates, or Google-managed ones named by networking.gke.io/managed-certificates: give every host one (a ManagedCertificate is issued once the host's DNS points at the Ingress's address).`,
        code: {
            lang: 'yaml',
            text: [
                'apiVersion: networking.gke.io/v1',
                'kind: ManagedCertificate',
                'metadata:',
                '  name: websocket-certificate',
                'spec:',
                '  domains:',
                ...hosts.map(h => `    - ${h}`),
                '---',
                '# on the Ingress:',
                'metadata:',
                '  annotations:',
                '    networking.gke.io/managed-certificates: websocket-certificate'
            ].join('\n')
        }
    };
}
/** GKE: an SSL policy through a FrontendConfig. */
function gkeSslPolicyFix() {
    return {
        text: `Without an SSL policy Google's load balancer accepts TLS 1.0 and 1.1. Create one (gcloud compute ssl-policies create wss-modern --profile MODERN --min-tls-version 1.2) and name it in a FrontendConfig the Ingress points at.`,
        code: {
            lang: 'yaml',
            text: [
                'apiVersion: networking.gke.io/v1beta1',
                'kind: FrontendConfig',
                'metadata:',
                '  name: websocket-frontend',
                'spec:',
                '  sslPolicy: wss-modern',
                '---',
                '# on the Ingress:',
                'metadata:',
                '  annotations:',
                '    networking.gke.io/v1beta1.FrontendConfig: websocket-frontend'
            ].join('\n')
        }
    };
}


/***/ }),

/***/ 70730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ IDLE_TEXT),
/* harmony export */   H6: () => (/* binding */ UPGRADE_TEXT),
/* harmony export */   MJ: () => (/* binding */ upgradeBlock),
/* harmony export */   O0: () => (/* binding */ browserCiphersFix),
/* harmony export */   Sc: () => (/* binding */ fullChainFix),
/* harmony export */   U$: () => (/* binding */ lighttpdFix),
/* harmony export */   Uz: () => (/* binding */ idleBlock),
/* harmony export */   VB: () => (/* binding */ urlCondition),
/* harmony export */   X4: () => (/* binding */ certificateFix),
/* harmony export */   du: () => (/* binding */ tlsListenerFix),
/* harmony export */   e$: () => (/* binding */ tlsVersionsFix)
/* harmony export */ });
/* unused harmony exports tlsSocketBlock, clientCertificateFix, certificateSizeFix */
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4348);

const LANG = 'lighttpd';
const block = (text, lines) => ({
    text,
    code: { lang: LANG, text: lines.join('\n') }
});
/** A path as the anchored regex of a `$HTTP["url"] =~` condition. */
function urlCondition(path) {
    const escaped = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `$HTTP["url"] =~ "^${escaped}"`;
}
const indent = (lines) => lines.map(l => `    ${l}`);
const DEFAULT_BACKEND = '( "" => ( ( "host" => "127.0.0.1", "port" => 8001 ) ) )';
/** The WebSocket path proxied with the upgrade passed and idle limits above `seconds`. */
function upgradeBlock(options) {
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
    ];
}
const UPGRADE_TEXT = 'lighttpd’s mod_proxy passes a WebSocket upgrade to the backend only with proxy.header "upgrade" => "enable"; without it the backend gets a plain GET and the client a 400 or 426 instead of 101. Set it where the WebSocket path’s proxy.server is (inside the site’s $HTTP["host"] block when there are several), with your backend’s host and port.';
/** Idle limits for the WebSocket path, in its own condition so other requests keep theirs. */
function idleBlock(condition, seconds) {
    return [
        `${condition} {`,
        ...indent([`server.max-read-idle = ${seconds}`, `server.max-write-idle = ${seconds}`]),
        '}'
    ];
}
const IDLE_TEXT = 'lighttpd closes a connection, a proxied WebSocket included, when the client sent nothing for server.max-read-idle seconds (60 by default) or nothing was written to it for server.max-write-idle seconds (360 by default); a backend’s "read-timeout" in proxy.server cuts it too. Raise both for the WebSocket path (in its own $HTTP["url"] condition, so other requests keep short limits), and let the application ping.';
const live = (host, file) => `/etc/letsencrypt/live/${host}/${file}`;
/** A TLS socket with the full chain; `extra` lines go inside it. */
function tlsSocketBlock(host, port = 443, extra = []) {
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
    ];
}
function fullChainFix(host) {
    return block('Serve the full chain: lighttpd sends every certificate of ssl.pemfile, and only when that file holds the leaf alone does it build the chain from ssl.ca-file (with neither, clients get the leaf alone; with an ssl.ca-file lacking the intermediate, every handshake fails). Point ssl.pemfile at the leaf followed by the intermediates (certbot’s fullchain.pem) and the key at ssl.privkey; or keep the leaf in ssl.pemfile and name the intermediates in ssl.ca-file. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.', tlsSocketBlock(host, 443, [
        '# or the leaf alone in ssl.pemfile (cert.pem) and the intermediates here:',
        `# ssl.ca-file = "${live(host, 'chain.pem')}"`
    ]));
}
function tlsVersionsFix() {
    return block('Offer TLS 1.2 and TLS 1.3: lighttpd (1.4.56 and later) does by default, so drop a MinProtocol of TLSv1.3 or a MaxProtocol of TLSv1.2 and keep MinProtocol at TLSv1.2. ssl.openssl.ssl-conf-cmd is one array per socket: keep its other entries in the same assignment. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).', [
        '$SERVER["socket"] == ":443" {',
        ...indent(['ssl.openssl.ssl-conf-cmd = ( "MinProtocol" => "TLSv1.2" )']),
        '}'
    ]);
}
const BROWSER_CIPHERS = [
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-ECDSA-CHACHA20-POLY1305',
    'ECDHE-RSA-CHACHA20-POLY1305'
].join(':');
function browserCiphersFix(browsersLockedOut) {
    return block(`${browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 (lighttpd’s own default cipher list does; the simplest fix is to drop CipherString and the deprecated ssl.cipher-list). A client that truly needs DHE should get a 2048-bit group ("DHParameters" with ffdhe2048), never 1024; ssl.dh-file is ignored since lighttpd 1.4.68.`, [
        '$SERVER["socket"] == ":443" {',
        ...indent([
            'ssl.openssl.ssl-conf-cmd = (',
            '    "MinProtocol" => "TLSv1.2",',
            `    "CipherString" => "${BROWSER_CIPHERS}"`,
            ')'
        ]),
        '}'
    ]);
}
function certificateFix(host) {
    return block(`Install a certificate whose names include ${host} (certbot certonly --webroot -w /var/www/html -d ${host}) and serve it for that name: lighttpd chooses the certificate by the name the client asks for (SNI) through $HTTP["host"] conditions, and otherwise serves the socket’s ssl.pemfile.`, [
        `$HTTP["host"] == "${host}" {`,
        ...indent([
            `ssl.pemfile = "${live(host, 'fullchain.pem')}"`,
            `ssl.privkey = "${live(host, 'privkey.pem')}"`
        ]),
        '}'
    ]);
}
function tlsListenerFix(host, port, path) {
    return block(`wss://${host}:${port}${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(path)} needs TLS on port ${port}: enable ssl.engine in that socket’s $SERVER["socket"] condition (with mod_openssl loaded), with the full chain and its key.`, tlsSocketBlock(host, port));
}
function clientCertificateFix(host) {
    return block('lighttpd asks for a client certificate with ssl.verifyclient.activate, refuses a client without one with ssl.verifyclient.enforce, and verifies it against ssl.ca-file (the CA that issues your clients’ certificates). Keep the full chain in ssl.pemfile: when it holds the leaf alone, lighttpd builds the server’s own chain from ssl.ca-file, which now holds the clients’ CA. Give wss-doctor the client-cert and client-key inputs.', tlsSocketBlock(host, 443, [
        'ssl.ca-file = "/etc/lighttpd/client-ca.pem"',
        'ssl.verifyclient.activate = "enable"',
        'ssl.verifyclient.enforce  = "enable"',
        'ssl.verifyclient.depth    = 2'
    ]));
}
function certificateSizeFix() {
    return block('Split the names over several certificates (a few hundred names each, or a wildcard per domain) and let lighttpd choose one by SNI: an $HTTP["host"] condition per group, each with its own ssl.pemfile and ssl.privkey.', [
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
    ]);
}
/** The fix for `problem` in lighttpd's words. */
function lighttpdFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return block(UPGRADE_TEXT, upgradeBlock({ condition: urlCondition(problem.path), seconds: (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTimeoutSeconds */ .O)(0) }));
        case 'idle-timeout': {
            const seconds = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTimeoutSeconds */ .O)(problem.seconds * 1000);
            return block(IDLE_TEXT, idleBlock(urlCondition(problem.path), seconds));
        }
        case 'full-chain':
            return fullChainFix(problem.host);
        case 'tls-versions':
            return tlsVersionsFix();
        case 'browser-ciphers':
            return browserCiphersFix(problem.browsersLockedOut);
        case 'certificate':
            return certificateFix(problem.host);
        case 'tls-listener':
            return tlsListenerFix(problem.host, problem.port, problem.path);
        case 'client-certificate':
            return clientCertificateFix(problem.host);
        case 'certificate-size':
            return certificateSizeFix();
    }
}


/***/ }),

/***/ 25984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ webSocketLocationFix),
/* harmony export */   O0: () => (/* binding */ browserCiphersFix),
/* harmony export */   Sc: () => (/* binding */ fullChainFix),
/* harmony export */   W: () => (/* binding */ tlsServerFix),
/* harmony export */   jJ: () => (/* binding */ tlsVersionFix),
/* harmony export */   kU: () => (/* binding */ nginxFix)
/* harmony export */ });
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4348);

/** HTTP/1.1 to the backend, the upgrade headers, and timeouts longer than the idle time. */
function upgradeLocation(location, timeoutSeconds = 3600) {
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
    ];
}
function tlsServer(host, port, body) {
    return [
        'server {',
        `    listen ${port} ssl;`,
        `    server_name ${host};`,
        `    ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;`,
        `    ssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`,
        '    ssl_protocols TLSv1.2 TLSv1.3;',
        ...body.map(line => `    ${line}`),
        '}'
    ].join('\n');
}
const BROWSER_CIPHERS = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305';
function nginxFix(problem) {
    switch (problem.kind) {
        case 'upgrade': {
            const location = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path);
            return {
                text: `Make nginx pass the WebSocket upgrade for ${location}: HTTP/1.1 to the backend, the Upgrade and Connection headers, and read/send timeouts longer than the idle time between frames.`,
                code: { lang: 'nginx', text: upgradeLocation(location).join('\n') }
            };
        }
        case 'idle-timeout': {
            const location = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path);
            return {
                text: `Give ${location} proxy_read_timeout and proxy_send_timeout longer than the longest silence between frames (nginx closes a WebSocket after 60 s without a frame by default).`,
                code: {
                    lang: 'nginx',
                    text: upgradeLocation(location, (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .fixTimeoutSeconds */ .O)(problem.seconds * 1000)).join('\n')
                }
            };
        }
        case 'full-chain':
            return fullChainFix(problem.host);
        case 'tls-versions':
            return tlsVersionFix();
        case 'browser-ciphers':
            return browserCiphersFix(problem.browsersLockedOut);
        case 'certificate':
            return {
                text: `Point the server block for ${problem.host} at a certificate that covers it (server_name ${problem.host}; ssl_certificate with its fullchain.pem), then reload nginx.`,
                code: {
                    lang: 'nginx',
                    text: `server_name ${problem.host};\nssl_certificate     /etc/letsencrypt/live/${problem.host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${problem.host}/privkey.pem;`
                }
            };
        case 'tls-listener':
            return {
                text: `Point the wss:// URL at the TLS port (443 by default), or terminate TLS on port ${problem.port}: nginx needs "listen ${problem.port} ssl;" with ssl_certificate, and the upgrade headers for WebSockets.`,
                code: {
                    lang: 'nginx',
                    text: tlsServer(problem.host, problem.port, upgradeLocation((0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .basePath */ .J)(problem.path)))
                }
            };
        case 'client-certificate':
            return {
                text: 'nginx asks for client certificates with ssl_verify_client and checks them against ssl_client_certificate (the CA that issues them, with extended key usage clientAuth). For an endpoint browsers open, leave it off (or optional, checked by the application).',
                code: {
                    lang: 'nginx',
                    text: 'ssl_client_certificate /etc/nginx/client-ca.pem;\nssl_verify_client on;   # or: optional, and check $ssl_client_verify in the app'
                }
            };
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
            };
    }
}
/** The leaf alone is sent: serve the full chain. */
function fullChainFix(host) {
    return {
        text: 'Serve the full chain (leaf, then intermediates) instead of the leaf alone. With certbot, point nginx at fullchain.pem, not cert.pem.',
        code: {
            lang: 'nginx',
            text: `ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`
        }
    };
}
function tlsVersionFix() {
    return {
        text: 'Offer TLS 1.2 and TLS 1.3 so that every current browser, proxy and client shares a version with the server. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).',
        code: { lang: 'nginx', text: 'ssl_protocols TLSv1.2 TLSv1.3;' }
    };
}
/** Browsers offer ECDHE first (static RSA last): the settings that let them (and everyone else)
 * in with forward secrecy. */
function browserCiphersFix(browsersLockedOut) {
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
    };
}
/** A WebSocket location of the repository's own configuration, fixed: its path and upstream
 * kept, HTTP/1.1, the upgrade headers (the `map $http_upgrade` variable when the configuration
 * uses that idiom), Host, and timeouts longer than idle-timeout. */
function webSocketLocationFix(location, options) {
    const connection = options.connection ?? "'upgrade'";
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
    ];
    return {
        text: `${options.why} Every proxy_set_header the location needs must be in the location itself (or all of them at the server level): one proxy_set_header in a location replaces all the inherited ones.`,
        code: { lang: 'nginx', text: lines.join('\n') }
    };
}
/** Fix 2 for one server block of the repository: TLS with the full chain and both current
 * versions, a name, and the WebSocket location. */
function tlsServerFix(host, location, why) {
    return {
        text: why,
        code: { lang: 'nginx', text: tlsServer(host, 443, upgradeLocation(location)) }
    };
}


/***/ }),

/***/ 45270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ traefikFix)
/* harmony export */ });
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4348);
/* harmony import */ var _clients_suites_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56371);


/** The suites of Mozilla's "intermediate" profile in Go's names, ECDSA and RSA: the ECDHE AEAD
 * suites every browser profile offers. */
const BROWSER_SUITES = _clients_suites_js__WEBPACK_IMPORTED_MODULE_0__/* .ECDHE_AEAD */ .mD;
const yaml = (text) => ({ lang: 'yaml', text });
/** A router for a WebSocket path: no middleware touches Upgrade or Connection. */
function router(host, path, extra = []) {
    return [
        'http:',
        '  routers:',
        '    websocket:',
        `      rule: "Host(\`${host}\`) && PathPrefix(\`${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .basePath */ .J)(path)}\`)"`,
        '      entryPoints:',
        '        - websecure',
        '      service: websocket',
        ...extra,
        '      tls: {}',
        '  services:',
        '    websocket:',
        '      loadBalancer:',
        '        servers:',
        '          - url: "http://127.0.0.1:8080"'
    ];
}
function traefikFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return {
                text: `Traefik passes the WebSocket upgrade by itself: take away whatever changes the Upgrade or Connection request headers on the router for ${(0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .basePath */ .J)(problem.path)} (a headers middleware's customRequestHeaders such as Upgrade: "" removes the header), and point the router at a backend that speaks HTTP/1.1 (an http:// server URL, not h2c://).`,
                code: yaml([
                    '# Dynamic configuration',
                    ...router(problem.host, problem.path, [
                        '      # No middleware here may set Upgrade or Connection in customRequestHeaders.'
                    ])
                ].join('\n'))
            };
        case 'idle-timeout': {
            const seconds = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .fixTimeoutSeconds */ .O)(problem.seconds * 1000);
            return {
                text: `Traefik keeps no timeout on an upgraded connection: the entry points' respondingTimeouts end when the WebSocket takes over the connection, and the servers transports' forwardingTimeouts end with the response headers. A WebSocket to ${problem.host} silent for ${problem.seconds} s is cut by whatever sits in front of Traefik (a cloud load balancer's idle timeout) or, with Traefik's ingress-nginx provider (v3.7 and later), by proxyReadTimeout and the nginx.ingress.kubernetes.io/proxy-read-timeout annotation: raise those above ${seconds} s, and let the application ping more often than the shortest of them.`,
                code: yaml([
                    '# Static configuration, with the ingress-nginx provider',
                    'providers:',
                    '  kubernetesIngressNGINX:',
                    `    proxyReadTimeout: ${seconds}`,
                    `    proxySendTimeout: ${seconds}`,
                    '# or per Ingress:',
                    '#   metadata:',
                    '#     annotations:',
                    `#       nginx.ingress.kubernetes.io/proxy-read-timeout: "${seconds}"`
                ].join('\n'))
            };
        }
        case 'full-chain':
            return {
                text: 'Serve the full chain (the leaf, then its intermediates) from certFile: with certbot, fullchain.pem, not cert.pem. Traefik sends what the file holds; with a certificate resolver (ACME), Traefik stores the full chain itself. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.',
                code: yaml([
                    '# Dynamic configuration (file provider)',
                    'tls:',
                    '  certificates:',
                    `    - certFile: /etc/letsencrypt/live/${problem.host}/fullchain.pem`,
                    `      keyFile: /etc/letsencrypt/live/${problem.host}/privkey.pem`
                ].join('\n'))
            };
        case 'tls-versions':
            return {
                text: `Offer TLS 1.2 and TLS 1.3 for ${problem.host}: minVersion VersionTLS12 and no maxVersion (Traefik then offers up to TLS 1.3) in the TLS option its router uses (the one named default, unless the router's tls.options names another).`,
                code: yaml([
                    '# Dynamic configuration',
                    'tls:',
                    '  options:',
                    '    default:',
                    '      minVersion: VersionTLS12'
                ].join('\n'))
            };
        case 'browser-ciphers':
            return {
                text: `${problem.browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'} in the TLS option the router for ${problem.host} uses: TLS 1.3 (its suites are not configurable in Traefik, and are all fine), and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 over X25519, P-256 and P-384. Removing cipherSuites and curvePreferences altogether gives Go's defaults, which browsers share.`,
                code: yaml([
                    '# Dynamic configuration',
                    'tls:',
                    '  options:',
                    '    default:',
                    '      minVersion: VersionTLS12',
                    '      cipherSuites:',
                    ...BROWSER_SUITES.map(s => `        - ${s}`),
                    '      curvePreferences:',
                    '        - X25519',
                    '        - CurveP256',
                    '        - CurveP384'
                ].join('\n'))
            };
        case 'certificate':
            return {
                text: `Give Traefik a certificate whose names include ${problem.host}: from a certificate resolver (ACME) on the router, or a file in tls.certificates (Traefik picks it by SNI). Without one, Traefik answers with its default certificate ("TRAEFIK DEFAULT CERT"), which no client trusts.`,
                code: yaml([
                    '# Dynamic configuration',
                    'http:',
                    '  routers:',
                    '    websocket:',
                    `      rule: "Host(\`${problem.host}\`)"`,
                    '      service: websocket',
                    '      tls:',
                    '        certResolver: letsencrypt  # a resolver of the static configuration',
                    '        domains:',
                    `          - main: "${problem.host}"`,
                    '# or a certificate file:',
                    'tls:',
                    '  certificates:',
                    `    - certFile: /etc/letsencrypt/live/${problem.host}/fullchain.pem`,
                    `      keyFile: /etc/letsencrypt/live/${problem.host}/privkey.pem`
                ].join('\n'))
            };
        case 'tls-listener':
            return {
                text: `Terminate TLS on port ${problem.port}: an entry point on that port whose routers have tls (or http.tls on the entry point for all of them), or point the wss:// URL at the entry point that already does.`,
                code: yaml([
                    '# Static configuration',
                    'entryPoints:',
                    '  websecure:',
                    `    address: ":${problem.port}"`,
                    '    http:',
                    '      tls: {}',
                    '# Dynamic configuration',
                    ...router(problem.host, problem.path)
                ].join('\n'))
            };
        case 'client-certificate':
            return {
                text: `Ask for and verify client certificates with a TLS option whose clientAuth names the CA that issues them, and give that option to the router for ${problem.host}. RequireAndVerifyClientCert refuses clients without a certificate; VerifyClientCertIfGiven lets them in.`,
                code: yaml([
                    '# Dynamic configuration',
                    'tls:',
                    '  options:',
                    '    mtls:',
                    '      minVersion: VersionTLS12',
                    '      clientAuth:',
                    '        caFiles:',
                    '          - /etc/traefik/client-ca.pem',
                    '        clientAuthType: RequireAndVerifyClientCert',
                    'http:',
                    '  routers:',
                    '    websocket:',
                    `      rule: "Host(\`${problem.host}\`)"`,
                    '      service: websocket',
                    '      tls:',
                    '        options: mtls'
                ].join('\n'))
            };
        case 'certificate-size':
            return {
                text: 'Split the names over several certificates (a few hundred names each, or a wildcard per domain): list each in tls.certificates, and Traefik picks the one that matches the SNI name.',
                code: yaml([
                    '# Dynamic configuration',
                    'tls:',
                    '  certificates:',
                    '    - certFile: /etc/ssl/group-1/fullchain.pem  # a.example.com, b.example.com',
                    '      keyFile: /etc/ssl/group-1/privkey.pem',
                    '    - certFile: /etc/ssl/group-2/fullchain.pem  # c.example.com, d.example.com',
                    '      keyFile: /etc/ssl/group-2/privkey.pem'
                ].join('\n'))
            };
    }
}


/***/ })

};

//# sourceMappingURL=507.index.js.map