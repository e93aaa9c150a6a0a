export const id = 349;
export const ids = [349];
export const modules = {

/***/ 85349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveHaproxy: () => (/* binding */ serveHaproxy)
/* harmony export */ });
/* unused harmony export planHaproxy */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4348);
/* harmony import */ var _serve_kit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1134);
/* harmony import */ var _shared_websocket_routes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58514);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19296);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50221);
/* harmony import */ var _tls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52424);
/* harmony import */ var _websocket_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81025);
// config-serve for HAProxy: the repository's haproxy.cfg, rewritten line for line (a dropped
// line becomes a comment, so HAProxy's `[haproxy.cfg:12]` in an error is the repository's line
// 12) and run as `haproxy -db -f`. Every bind moves to 127.0.0.1 on a free port; a TLS bind
// serves a throwaway certificate for the names of the repository's one (the leaf alone where the
// repository's crt holds the leaf alone, or is certbot's cert.pem), every server points at the
// local WebSocket echo, and what belongs to the real server (user, chroot, daemon, the stats
// socket, syslog targets, peers, mailers, programs, server state, client certificates, the
// PROXY protocol from a load balancer in front) is left out. Everything else (routing, rules,
// timeouts, modes, versions, ciphers) is served as written. One probed site per TLS bind line.









function serveHaproxy(file, context) {
    return (0,_serve_kit_js__WEBPACK_IMPORTED_MODULE_2__.serveConfiguration)({
        name: 'HAProxy',
        binary: 'haproxy',
        install: 'sudo apt-get update && sudo apt-get install -y haproxy',
        file,
        context,
        plan: kit => planHaproxy(file, context, kit)
    });
}
/** Sections that talk to other machines or run programs, whatever the proxies do: left out. */
const DROPPED_SECTIONS = new Set(['peers', 'ring', 'log-forward', 'program', 'mailers']);
/** global directives about the real server's process, files and services. */
const DROPPED_GLOBAL = new Set([
    'daemon',
    'master-worker',
    'user',
    'group',
    'uid',
    'gid',
    'chroot',
    'pidfile',
    'nbthread',
    'nbproc',
    'thread-groups',
    'cpu-map',
    'ulimit-n',
    'stats',
    'server-state-file',
    'server-state-base',
    'ca-base',
    'crt-base',
    'issuers-chain-path',
    'ssl-engine',
    'unix-bind',
    'localpeer',
    'lua-prepend-path',
    'h1-case-adjust-file'
]);
/** Proxy directives about the real server's state, logs and mail. */
const DROPPED_PROXY = new Set([
    'email-alert',
    'server-state-file-name',
    'load-server-state-from-file',
    'source'
]);
/** bind options that name the real server's files or interfaces, or expect a load balancer in
 * front (the PROXY protocol): the option word and how many arguments follow it. */
const BIND_DROPPED = {
    crt: 1,
    'crt-list': 1,
    'ca-file': 1,
    'ca-verify-file': 1,
    'crl-file': 1,
    verify: 1,
    'ca-ignore-err': 1,
    'crt-ignore-err': 1,
    'ca-sign-file': 1,
    'ca-sign-pass': 1,
    'generate-certificates': 0,
    'tls-ticket-keys': 1,
    'accept-proxy': 0,
    'accept-netscaler-cip': 1,
    interface: 1,
    namespace: 1,
    transparent: 0,
    uid: 1,
    gid: 1,
    user: 1,
    group: 1,
    mode: 1,
    v4v6: 0,
    v6only: 0,
    process: 1,
    thread: 1,
    shards: 1
};
/** server options that only make sense against the real backend (TLS to it, health checks,
 * DNS, the PROXY protocol, a source address): dropped, as the echo speaks plain ws. */
const SERVER_DROPPED = {
    ssl: 0,
    'no-ssl': 0,
    check: 0,
    'no-check': 0,
    'check-ssl': 0,
    'no-check-ssl': 0,
    'check-send-proxy': 0,
    'check-via-socks4': 0,
    'agent-check': 0,
    'no-agent-check': 0,
    'send-proxy': 0,
    'no-send-proxy': 0,
    'send-proxy-v2': 0,
    'no-send-proxy-v2': 0,
    'send-proxy-v2-ssl': 0,
    'send-proxy-v2-ssl-cn': 0,
    'proxy-v2-options': 1,
    'allow-0rtt': 0,
    'force-sslv3': 0,
    'force-tlsv10': 0,
    'force-tlsv11': 0,
    'force-tlsv12': 0,
    'force-tlsv13': 0,
    'no-sslv3': 0,
    'no-tlsv10': 0,
    'no-tlsv11': 0,
    'no-tlsv12': 0,
    'no-tlsv13': 0,
    'ssl-reuse': 0,
    'no-ssl-reuse': 0,
    'tls-tickets': 0,
    'no-tls-tickets': 0,
    'no-verifyhost': 0,
    verify: 1,
    verifyhost: 1,
    'ca-file': 1,
    'crl-file': 1,
    crt: 1,
    sni: 1,
    alpn: 1,
    npn: 1,
    'check-alpn': 1,
    'check-proto': 1,
    'check-sni': 1,
    proto: 1,
    'ssl-min-ver': 1,
    'ssl-max-ver': 1,
    ciphers: 1,
    ciphersuites: 1,
    curves: 1,
    sigalgs: 1,
    'client-sigalgs': 1,
    track: 1,
    redir: 1,
    resolvers: 1,
    'resolve-prefer': 1,
    'resolve-net': 1,
    'resolve-opts': 1,
    'init-addr': 1,
    namespace: 1,
    socks4: 1,
    source: 1,
    usesrc: 1,
    interface: 1,
    'agent-send': 1,
    'agent-port': 1,
    'agent-addr': 1,
    'agent-inter': 1
};
/** A word as HAProxy reads it back: bare when it can be, else quoted. */
function quote(word) {
    if (word !== '' && !/[\s#"'\\]/.test(word))
        return word;
    if (!word.includes("'"))
        return `'${word}'`;
    return `"${word.replace(/[\\"]/g, c => `\\${c}`)}"`;
}
const write = (indent, words) => `${indent}${words.map(quote).join(' ')}`;
/** `args` without the options in `dropped` (and their arguments). */
function without(args, dropped) {
    const kept = [];
    for (let i = 0; i < args.length; i++) {
        const count = Object.hasOwn(dropped, args[i]) ? dropped[args[i]] : undefined;
        if (count === undefined)
            kept.push(args[i]);
        else
            i += count;
    }
    return kept;
}
/** The host names a certificate's leaf is for: its DNS SANs, else its CN. */
function leafNames(sources) {
    const names = [];
    for (const source of sources) {
        if (source.kind !== 'file' || source.certificates.length === 0)
            continue;
        const leaf = source.certificates[0];
        const sans = (leaf.subjectAltName ?? '')
            .split(',')
            .map(s => s.trim())
            .filter(s => s.startsWith('DNS:'))
            .map(s => s.slice(4));
        const cn = /(^|\n)CN=([^\n]+)/.exec(leaf.subject)?.[2];
        names.push(...(sans.length > 0 ? sans : cn ? [cn] : []));
    }
    return [...new Set(names)];
}
/** A name a client can ask for under a certificate name (a wildcard's `ws.` host). */
const askable = (name) => (name.startsWith('*.') ? `ws${name.slice(1)}` : name);
const HOST_CRITERION = /^(req\.)?(hdr(_\w+)?\(\s*(host|:authority)\s*[,)]|ssl_fc_sni|req\.ssl_sni)/i;
/** Host names a proxy's rules test (Host header, SNI), in the order written. */
function routedHosts(section) {
    const hosts = [];
    for (const d of section.directives) {
        const words = d.args;
        for (let i = 0; i < words.length; i++) {
            if (!HOST_CRITERION.test(words[i]))
                continue;
            for (let j = i + 1; j < words.length; j++) {
                const w = words[j];
                if (w === '-m') {
                    j++;
                    continue;
                }
                if (w.startsWith('-'))
                    continue;
                if (!/^[a-z0-9*][a-z0-9.*-]*(:\d+)?$/i.test(w) || !w.includes('.'))
                    break;
                hosts.push(w.replace(/:\d+$/, '').toLowerCase());
            }
        }
    }
    return [...new Set(hosts)];
}
/** A WebSocket path a client can ask for from a routing value ('/ws', `^/ws/` → '/ws/'). */
function askablePath(value) {
    if (value === undefined)
        return undefined;
    if (/^\/[\w./~-]*$/.test(value))
        return value;
    const prefix = /^\^?(\/[\w./~-]*)/.exec(value)?.[1];
    if (prefix)
        return prefix;
    if (/^[\w.~-][\w./~-]*$/.test(value))
        return `/${value}`;
    return undefined;
}
/** The WebSocket route of a frontend (or listen): its path and the line that routes it. */
function socketRoute(section, verdict, fallbackPath) {
    if (section.kind === 'listen') {
        const own = verdict.backends.find(b => b.backend === section);
        if (own)
            return { path: askablePath(own.path) ?? fallbackPath, line: section.line };
    }
    const backends = verdict.routes.filter(r => r.frontend === section).map(r => r.backend);
    const ws = verdict.backends.filter(b => backends.includes(b.backend));
    for (const d of section.directives) {
        if (d.keyword !== 'use_backend' && d.keyword !== 'default_backend')
            continue;
        const found = ws.find(b => b.backend.name === d.args[0]);
        if (found)
            return { path: askablePath(found.path) ?? fallbackPath, line: d.line };
    }
    const fallback = ws[0];
    return { path: askablePath(fallback?.path) ?? fallbackPath };
}
/** A file a directive names, found where HAProxy would find it or in the repository. */
function localFile(name, file, workspace) {
    const candidates = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(name)
        ? [name]
        : [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file.path), name), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, name)];
    return candidates.find(c => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(c).isFile();
        }
        catch {
            return false;
        }
    });
}
async function planHaproxy(file, context, kit) {
    const { config } = context;
    const workspace = config.workspace;
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseHaproxy */ .Jq)(file.text);
    const options = {
        workspace,
        idleTimeoutMs: config.idleTimeoutMs,
        websocketPaths: config.websocketPaths,
        minTlsVersion: config.minTlsVersion,
        failOnLegacyTls: config.failOnLegacyTls,
        requireTlsVersions: config.requireTlsVersions,
        targets: config.targets
    };
    const verdict = (0,_websocket_js__WEBPACK_IMPORTED_MODULE_6__/* .webSocketBackends */ .Lf)(parsed, options);
    const global = (keyword) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .effective */ .C$)(parsed.global, d => d.keyword === keyword)?.directive;
    const crtBase = global('crt-base')?.args[0];
    // HAProxy completes a leaf-only crt from issuers-chain-path: the full chain is what it serves.
    const completesChains = global('issuers-chain-path') !== undefined;
    const lines = file.text.split('\n');
    const out = lines.map(line => line);
    const files = {};
    const drop = (line) => {
        out[line - 1] = `# wss-doctor: not served: ${lines[line - 1].trim()}`;
    };
    const indentOf = (line) => /^\s*/.exec(lines[line - 1])[0];
    const sites = [];
    const at = (line) => ({ file: file.path, line });
    let emptyFiles = 0;
    const patternFile = (name) => {
        const found = localFile(name, file, workspace);
        if (found)
            return found;
        // A pattern or map file on the real server: served empty, so HAProxy starts.
        const empty = `patterns-${emptyFiles++}.lst`;
        files[empty] = '';
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, empty);
    };
    /** Pattern and map files of ACLs and converters (`-f file`, `map(file)`, `set-map(file)`). */
    const withFiles = (args) => args.map((word, i) => {
        if (args[i - 1] === '-f')
            return patternFile(word);
        return word.replace(/((?:map|map_\w+|set-map|del-map|add-acl|del-acl)\()([^,)]+)/g, (_m, head, name) => head + patternFile(name));
    });
    for (const section of parsed.sections) {
        if (DROPPED_SECTIONS.has(section.keyword)) {
            drop(section.line);
            for (const d of section.directives)
                drop(d.line);
            continue;
        }
        const seenBinds = new Set();
        for (const d of section.directives) {
            const indent = indentOf(d.line);
            const rewrite = (words) => {
                out[d.line - 1] = write(indent, words);
            };
            if (section.kind === 'global') {
                if (DROPPED_GLOBAL.has(d.keyword) ||
                    d.keyword === 'log' ||
                    /^(51degrees|wurfl|deviceatlas)-/.test(d.keyword))
                    drop(d.line);
                else if (d.keyword === 'ssl-dh-param-file')
                    rewrite([d.keyword, kit.dhparam]);
                else if (d.keyword === 'lua-load' || d.keyword === 'lua-load-per-thread') {
                    const found = d.args[0] !== undefined ? localFile(d.args[0], file, workspace) : undefined;
                    if (found)
                        rewrite([d.keyword, found, ...d.args.slice(1)]);
                    else
                        drop(d.line);
                }
                continue;
            }
            if (DROPPED_PROXY.has(d.keyword) || (d.keyword === 'log' && d.args[0] !== 'global')) {
                drop(d.line);
                continue;
            }
            if (d.keyword === 'errorfile') {
                const found = d.args[1] !== undefined ? localFile(d.args[1], file, workspace) : undefined;
                if (found)
                    rewrite([d.keyword, d.args[0], found, ...d.args.slice(2)]);
                else
                    drop(d.line);
                continue;
            }
            if (d.keyword === 'stick-table') {
                const at = d.args.indexOf('peers');
                if (at >= 0)
                    rewrite([d.keyword, ...d.args.slice(0, at), ...d.args.slice(at + 2)]);
                continue;
            }
            if (d.keyword === 'server' ||
                d.keyword === 'default-server' ||
                d.keyword === 'server-template') {
                const lead = d.keyword === 'server' ? 1 : d.keyword === 'server-template' ? 2 : 0;
                const filtered = without(d.args.slice(lead + (lead > 0 ? 1 : 0)), SERVER_DROPPED);
                const ws = filtered.indexOf('ws');
                // The echo speaks HTTP/1.1: a WebSocket over h2 to the backend cannot reach it.
                if (ws >= 0 && filtered[ws + 1] === 'h2')
                    filtered.splice(ws, 2);
                rewrite(lead > 0
                    ? [d.keyword, ...d.args.slice(0, lead), `127.0.0.1:${kit.echoPort}`, ...filtered]
                    : [d.keyword, ...filtered]);
                continue;
            }
            if (d.keyword === 'dispatch') {
                rewrite([d.keyword, `127.0.0.1:${kit.echoPort}`]);
                continue;
            }
            if (d.keyword === 'bind') {
                const address = d.args[0] ?? '';
                if (/(^|,)(quic[46]|udp[46]?)@/.test(address)) {
                    drop(d.line);
                    continue;
                }
                const tls = d.args.includes('ssl');
                const kept = without(d.args.slice(1), BIND_DROPPED);
                const key = d.args.slice(1).join(' ');
                if (seenBinds.has(key) && tls) {
                    // The same site on another address (IPv6 beside IPv4): probed once.
                    drop(d.line);
                    continue;
                }
                seenBinds.add(key);
                const port = await kit.freePort();
                if (!tls) {
                    rewrite([d.keyword, `127.0.0.1:${port}`, ...kept]);
                    continue;
                }
                const sources = [];
                d.args.forEach((word, i) => {
                    if (word === 'crt' && d.args[i + 1])
                        sources.push((0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .readCertificateFile */ .u1)(d.args[i + 1], crtBase, workspace));
                    if (word === 'crt-list' && d.args[i + 1])
                        sources.push(...(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .readCrtList */ .u8)(d.args[i + 1], crtBase, workspace).sources);
                });
                const leafOnly = !completesChains &&
                    sources.some(s => s.kind === 'file'
                        ? s.certificates.length === 1 && !(0,_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .selfIssued */ .oE)(s.certificates[0])
                        : s.kind === 'unreadable' && node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(s.name) === 'cert.pem');
                const ports = (0,_tls_js__WEBPACK_IMPORTED_MODULE_5__/* .bindPorts */ ._)(address);
                const targets = config.targets.flatMap(t => t.endpoint?.scheme === 'wss' && ports.includes(t.endpoint.port) ? [t.endpoint] : []);
                const wanted = [...targets.map(t => t.host), ...routedHosts(section)];
                const certNames = leafNames(sources);
                const names = certNames.length > 0 ? certNames : wanted.length > 0 ? wanted : ['localhost'];
                const host = wanted.find(h => names.some(n => (0,_shared_websocket_routes_js__WEBPACK_IMPORTED_MODULE_7__/* .hostMatches */ ._y)(n, h))) ?? askable(names[0]);
                const certificate = await kit.certificate([...new Set([host, ...names])], { leafOnly });
                // ssl without crt or crt-list: HAProxy refuses it, and so it is served.
                const crt = d.args.includes('crt') || d.args.includes('crt-list');
                rewrite([
                    d.keyword,
                    `127.0.0.1:${port}`,
                    ...kept,
                    ...(crt ? ['crt', certificate.combined] : [])
                ]);
                // No path in the WebSocket route (routed by the Upgrade header): the run's own path.
                const route = socketRoute(section, verdict, (targets[0] && (0,_proxy_js__WEBPACK_IMPORTED_MODULE_8__/* .basePath */ .J)(targets[0].path)) ?? config.websocketPaths[0] ?? '/');
                sites.push({
                    host,
                    port,
                    path: route.path,
                    location: at(d.line),
                    socketLocation: route.line !== undefined ? at(route.line) : undefined
                });
                continue;
            }
            if (d.args.includes('-f') || /map|-acl\(/.test(d.args.join(' '))) {
                const args = withFiles(d.args);
                if (args.some((a, i) => a !== d.args[i]))
                    rewrite([d.keyword, ...args]);
            }
        }
    }
    if (sites.length === 0)
        return [];
    const name = /^(root|dhparam|site-\d+.*|patterns-\d+)\.(pem|lst)$/.test(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file.path))
        ? 'haproxy.cfg'
        : node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file.path);
    // Appended, so every line above stays the repository's line: HAProxy merges global sections.
    out.push('', '# wss-doctor: served on loopback in the foreground, one thread, state in the prefix', 'global', '    nbthread 1', `    pidfile ${quote(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'haproxy.pid'))}`, '');
    files[name] = out.join('\n');
    return { files, args: ['-db', '-f', name], sites };
}


/***/ })

};

//# sourceMappingURL=349.index.js.map