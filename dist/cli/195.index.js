export const id = 195;
export const ids = [195];
export const modules = {

/***/ 38195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCaddy: () => (/* binding */ planCaddy),
/* harmony export */   servable: () => (/* binding */ servable),
/* harmony export */   tlsSites: () => (/* binding */ tlsSites)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23952);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12530);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77543);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11912);
// config-serve for Caddy: the repository's Caddyfile (imports and snippets expanded by this
// module's reader) written again for a private prefix. Every TLS site answers on 127.0.0.1 at a
// fresh port (sites that share a port in the file share one here), with `tls <cert> <key>` for
// throwaway certificates of its names (the leaf alone where the file names a leaf-only file);
// every reverse_proxy and php_fastcgi goes to the local echo; admin, ACME, storage and logs
// stay inside the prefix or are left out. Routes, matchers, headers, transports' timeouts,
// protocols, ciphers and curves are written back as they are.






/** Global options that point at the real server's services and files, or that this plan sets
 * itself: left out of the copy. */
const DROPPED_GLOBALS = new Set([
    'admin',
    'auto_https',
    'storage',
    'storage_clean_interval',
    'skip_install_trust',
    'http_port',
    'https_port',
    'default_bind',
    'persist_config',
    'email',
    'acme_ca',
    'acme_ca_root',
    'acme_dns',
    'acme_eab',
    'cert_issuer',
    'local_certs',
    'preferred_chains',
    'cert_lifetime',
    'renew_interval',
    'ocsp_interval',
    'key_type',
    'on_demand_tls',
    'pki',
    'log',
    'events'
]);
/** Site directives left out: the listener and certificate are the plan's, logs go nowhere. */
const DROPPED_SITE = new Set(['bind', 'log', 'tls', 'import']);
/** What a tls block may keep: how the handshake goes, never where certificates come from. */
const KEPT_TLS = new Set(['protocols', 'ciphers', 'curves', 'alpn']);
/** Directives whose arguments (after a matcher) name upstreams. */
const UPSTREAMS = new Set(['reverse_proxy', 'php_fastcgi']);
/** Upstream subdirectives that reach the real backends' services: TLS to the backend (the echo
 * is plain), service discovery, active health checks (the echo answers a plain GET with 426). */
const DROPPED_UPSTREAM = /^(to|dynamic|health_.*)$/;
const DROPPED_TRANSPORT = /^(tls|tls_.*)$/;
/** The sites of the file Caddy serves with TLS (named routes `&(…)` are no sites). */
function tlsSites(config) {
    const ports = (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .globalPorts */ .G3)(config.globals);
    return config.sites
        .filter(s => !s.addresses[0].startsWith('&('))
        .map(site => {
        const tlsLine = site.directives.some(d => d.name === 'tls');
        const tls = site.addresses.map(_address_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAddress */ .or).filter(a => (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .servesTls */ ._h)(a, tlsLine, ports));
        return { site, tls };
    })
        .filter(s => s.tls.length > 0);
}
/** Whether the file has a TLS site to serve (a file this reader cannot follow has none: the
 * static check said why). */
async function servable(file, { config }) {
    try {
        return tlsSites(await (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCaddyfile */ .ge)(config.workspace, file.path, file.text)).length > 0;
    }
    catch (err) {
        if (err instanceof _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .CaddyfileSyntaxError */ .Tt)
            return false;
        throw err;
    }
}
/** A word as the Caddyfile writes it: bare when Caddy reads it back the same, else quoted. */
function word(token) {
    const { text } = token;
    if (token.quote === '' && /^[^\s"`#][^\s]*$/.test(text) && !text.startsWith('<<'))
        return text;
    if (token.quote === '`' && !text.includes('`'))
        return `\`${text}\``;
    return `"${text.replaceAll('"', '\\"')}"`;
}
const bare = (text) => ({ text, quote: '' });
/** The file's original port of an address: explicit, else the scheme's or the HTTPS port. */
function originalPort(address, ports) {
    if (address.port)
        return address.port;
    return address.scheme === 'http' ? ports.http : ports.https;
}
/** The host to write for an address in the copy (IPs answer on loopback). */
function servedHost(host) {
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0 ? '127.0.0.1' : host;
}
/** The names a site's certificate covers, and the one the probe asks for. */
function siteNames(site) {
    const names = [];
    for (const { host } of site.tls) {
        if (host === '' || host === '*' || host.includes('{'))
            continue;
        names.push(servedHost(host));
    }
    const unique = [...new Set(names)];
    const first = unique.find(n => (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(n) === 0) ?? unique[0];
    const host = first === undefined ? 'localhost' : first.startsWith('*.') ? `ws${first.slice(1)}` : first;
    return { names: [...new Set([host, ...unique])], host };
}
/** Whether the repository's tls line serves the leaf alone: a readable file with one
 * certificate, or certbot's cert.pem when the file is not here. */
function leafOnly(workspace, tls) {
    const [cert, key] = tls?.args ?? [];
    if (!tls || cert === undefined || key === undefined || cert === 'internal')
        return false;
    const file = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .readCertificateFile */ .u)(workspace, tls.file, cert);
    if (file.readable)
        return file.blocks === 1;
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(cert) === 'cert.pem';
}
/** A concrete request path the route takes: one the run names, else from its own path
 * patterns ('/' when it has none). */
function routePath(route, wanted) {
    // A path the run names (websocket-paths, a wss:// target of the site) that the route takes.
    for (const candidate of wanted)
        if ((0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeTakes */ .QQ)(route, candidate))
            return candidate;
    const patterns = route.paths.flat();
    for (const pattern of [...patterns].reverse()) {
        const candidate = pattern.replace(/\*.*$/, '') || '/';
        const path = candidate.startsWith('/') ? candidate : `/${candidate}`;
        if ((0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeTakes */ .QQ)(route, path))
            return path;
    }
    return patterns.length > 0 ? patterns[0].replace(/\*.*$/, '') || '/' : '/';
}
function writer() {
    const lines = [];
    return { lines, add: (depth, text) => void lines.push(`${'\t'.repeat(depth)}${text}`) };
}
/** A directive as written, with its block passed through `inner` (by default as it is). */
function emit(out, depth, d, inner = (block, at) => emitAll(out, at, block)) {
    const head = d.tokens.map(word).join(' ');
    if (!d.block)
        return out.add(depth, head);
    out.add(depth, `${head} {`);
    inner(d.block, depth + 1);
    out.add(depth, '}');
}
function emitAll(out, depth, directives) {
    for (const d of directives)
        emit(out, depth, d);
}
/** Builds the plan: the rewritten Caddyfile, the command and one ServeSite per TLS site. */
async function planCaddy(file, context, kit) {
    const { config } = context;
    const caddyfile = await (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCaddyfile */ .ge)(config.workspace, file.path, file.text);
    const sites = tlsSites(caddyfile);
    if (sites.length === 0)
        return [];
    const ports = (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .globalPorts */ .G3)(caddyfile.globals);
    const echo = `127.0.0.1:${kit.echoPort}`;
    /** The file's listener ports, each a fresh loopback port. */
    const listeners = new Map();
    for (const { tls } of sites)
        for (const address of tls) {
            const port = originalPort(address, ports);
            if (!listeners.has(port))
                listeners.set(port, await kit.freePort());
        }
    const out = writer();
    out.add(0, '{');
    out.add(1, 'admin off');
    out.add(1, 'auto_https disable_redirects');
    out.add(1, 'skip_install_trust');
    out.add(1, `storage file_system ${word(bare(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'data')))}`);
    out.add(1, `http_port ${await kit.freePort()}`);
    for (const d of caddyfile.globals ?? []) {
        if (DROPPED_GLOBALS.has(d.name))
            continue;
        if (d.name === 'servers' && d.args[0] !== undefined) {
            // `servers :443 { … }`: the listener it names, as Caddy names it in the copy (bound to
            // loopback: 127.0.0.1:<port>, which Caddy matches exactly); one not served is left out.
            const port = /:(\d+)$/.exec(d.args[0])?.[1];
            const served = port === undefined ? undefined : listeners.get(port);
            if (served === undefined)
                continue;
            emit(out, 1, {
                ...d,
                tokens: [d.tokens[0], { ...d.tokens[0], text: `127.0.0.1:${served}`, quote: '' }]
            });
            continue;
        }
        emit(out, 1, d);
    }
    out.add(0, '}');
    const upstreamBlock = (block, depth) => {
        for (const d of block) {
            if (DROPPED_UPSTREAM.test(d.name))
                continue;
            if (d.name === 'transport')
                emit(out, depth, d, (inner, at) => emitAll(out, at, inner.filter(t => !DROPPED_TRANSPORT.test(t.name))));
            else
                emit(out, depth, d);
        }
    };
    const siteBlock = (directives, depth) => {
        for (const d of directives) {
            if (DROPPED_SITE.has(d.name))
                continue;
            if (UPSTREAMS.has(d.name)) {
                const matcher = (0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .isMatcher */ .H7)(d.args[0]);
                const head = [d.tokens[0], ...(matcher ? [d.tokens[1]] : [])].map(word);
                // The upstream inline; with a block, the block's `to` lines give way to it.
                head.push(echo);
                if (!d.block)
                    out.add(depth, head.join(' '));
                else {
                    out.add(depth, `${head.join(' ')} {`);
                    upstreamBlock(d.block, depth + 1);
                    out.add(depth, '}');
                }
                continue;
            }
            emit(out, depth, d, (block, at) => siteBlock(block, at));
        }
    };
    const served = [];
    for (const entry of sites) {
        const { site, tls } = entry;
        const { names, host } = siteNames(entry);
        const tlsLine = site.directives.find(d => d.name === 'tls');
        const certificate = await kit.certificate(names, {
            leafOnly: leafOnly(config.workspace, tlsLine)
        });
        const addresses = tls.map(a => {
            const h = a.host === '' ? '' : servedHost(a.host);
            const shown = h.includes(':') ? `[${h}]` : h;
            const rest = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\[[^\]]*\]|[^:/]*)(?::[^/]*)?(\/.*)?$/i.exec(a.text)?.[1] ??
                '';
            return `https://${shown}:${listeners.get(originalPort(a, ports))}${rest}`;
        });
        out.add(0, '');
        out.add(0, `${addresses.map(a => word(bare(a))).join(', ')} {`);
        out.add(1, 'bind 127.0.0.1');
        const tlsHead = `tls ${word(bare(certificate.cert))} ${word(bare(certificate.key))}`;
        const tlsKept = (tlsLine?.block ?? []).filter(d => KEPT_TLS.has(d.name));
        if (tlsKept.length === 0)
            out.add(1, tlsHead);
        else {
            out.add(1, `${tlsHead} {`);
            emitAll(out, 2, tlsKept);
            out.add(1, '}');
        }
        siteBlock(site.directives, 1);
        out.add(0, '}');
        const wanted = [
            ...config.websocketPaths,
            ...config.targets.flatMap(t => t.endpoint?.scheme === 'wss' && (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .answersHost */ .Iy)(site, t.endpoint.host)
                ? [t.endpoint.path.split('?')[0] || '/']
                : [])
        ];
        const routes = (0,_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .proxyRoutes */ .zF)(site, config);
        const ws = routes.find(r => r.webSocket);
        const at = (d) => ({ file: d.file, line: d.line });
        served.push({
            host,
            port: listeners.get(originalPort(tls[0], ports)),
            path: ws ? routePath(ws, wanted) : '/',
            location: at(site),
            socketLocation: ws ? at(ws.directive) : undefined
        });
    }
    const configPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'Caddyfile');
    return {
        files: { Caddyfile: `${out.lines.join('\n')}\n` },
        args: ['run', '--config', configPath, '--adapter', 'caddyfile'],
        env: {
            XDG_DATA_HOME: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'data'),
            XDG_CONFIG_HOME: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'config')
        },
        sites: served
    };
}


/***/ })

};

//# sourceMappingURL=195.index.js.map