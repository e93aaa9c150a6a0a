export const id = 679;
export const ids = [679];
export const modules = {

/***/ 92679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planH2o: () => (/* binding */ planH2o)
/* harmony export */ });
/* unused harmony export emit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_certificate_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22702);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50269);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77992);
/* harmony import */ var _tls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17885);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53018);
// config-serve for h2o: the repository's configuration as h2o reads it (aliases, merges and
// `!file` includes resolved by this module's tree reader, and inlined), rewritten into a private
// prefix: every `listen` on 127.0.0.1 at a fresh port (the same port of the file, the same new
// port: hosts sharing a TLS port still share it, chosen by SNI), the throwaway certificate for
// the names each TLS listener serves (the leaf alone where the repository serves the leaf
// alone), host keys that carry the old port given the new one (h2o matches the Host header's
// port), every proxy.reverse.url and FastCGI backend at the kit's echo, and pid file, logs and
// temporary files in the prefix. Everything else is written back as h2o read it.







/** Directives that name the real server's files, users or services: left out of the copy. */
const DROPPED = new Set([
    'user',
    'pid-file',
    'error-log',
    'crash-handler',
    'num-threads',
    'proxy.ssl.cafile'
]);
/** Left out of a path: the status page is an admin endpoint. */
const DROPPED_IN_PATH = new Set(['status']);
/** Left out of a listen: a PROXY-protocol line is what a load balancer in front adds. */
const DROPPED_IN_LISTEN = new Set(['proxy-protocol', 'owner', 'group']);
const MAX_HANDLER_BYTES = 1 << 20;
/** The rewritten configuration and its TLS sites; [] when it has none (or is not YAML h2o
 * reads: the static check says so). */
async function planH2o(kit, file, context) {
    const workspace = context.config.workspace;
    const loaded = (0,_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTree */ .rR)(file.text, file.path, workspace);
    if (loaded.error || loaded.root?.kind !== 'map')
        return [];
    const root = loaded.root;
    const config = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfig */ .Xg)(root);
    const spots = collectSpots(root, config);
    const tls = [...spots.values()].filter(s => s.ssl && !s.unix);
    if (tls.length === 0 || config.hosts.length === 0)
        return [];
    const rewrite = {
        kit,
        file,
        workspace,
        config,
        spots,
        ports: new Map(),
        certificates: new Map(),
        sockets: 0
    };
    for (const spot of spots.values())
        if (!spot.unix && !rewrite.ports.has(spot.key))
            rewrite.ports.set(spot.key, await kit.freePort());
    const served = new Map();
    for (const spot of tls) {
        const hosts = hostsOf(spot, config);
        served.set(spot, hosts);
        const certificateFile = (0,_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .scalar */ .d_)(spot.ssl, 'certificate-file');
        const leafOnly = certificateFile !== undefined &&
            (0,_shared_certificate_file_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeCertificateFile */ .x)(certificateFile, workspace, file.path).verdict === 'leaf-only';
        const names = [...new Set(hosts.map(h => (h.name.startsWith('*.') ? h.name : probeName(h))))];
        rewrite.certificates.set(spot, await kit.certificate(names, { leafOnly }));
    }
    const sites = [];
    const sockets = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .webSocketPaths */ .S8)(config, context.config);
    for (const host of config.hosts) {
        for (const spot of tls) {
            if (!served.get(spot).includes(host))
                continue;
            const port = rewrite.ports.get(spot.key);
            if (sites.some(s => s.port === port && s.location === host.at))
                continue;
            const socket = sockets.find(s => s.host === host);
            sites.push({
                host: probeName(host),
                port,
                path: socket?.path ?? '/',
                location: host.at,
                socketLocation: socket?.at
            });
        }
    }
    if (sites.length === 0)
        return [];
    const confFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'h2o.conf');
    const text = emit(rewriteRoot(root, rewrite));
    return { files: { 'h2o.conf': text }, args: ['-c', confFile], sites };
}
// ---- the file's listeners -------------------------------------------------------------------
const listValues = (value) => (value.kind === 'seq' ? value.items : [value]);
function collectSpots(root, config) {
    const spots = new Map();
    const add = (listen, owner) => {
        for (const value of listValues(listen.value)) {
            if (spots.has(value))
                continue;
            const spot = readSpot(value, owner);
            if (spot)
                spots.set(value, spot);
        }
    };
    for (const e of root.entries)
        if (e.key === 'listen')
            add(e);
    const byMap = new Map(config.hosts.map(h => [h.map, h]));
    for (const hosts of root.entries.filter(e => e.key === 'hosts' && e.value.kind === 'map'))
        for (const item of hosts.value.entries) {
            if (item.value.kind !== 'map')
                continue;
            const owner = byMap.get(item.value);
            for (const e of item.value.entries)
                if (e.key === 'listen')
                    add(e, owner);
        }
    return spots;
}
function readSpot(value, owner) {
    if (value.kind === 'scalar') {
        // `listen: 443` or `listen: "address:443"`
        const m = /^(?:(.*):)?(\d+)$/.exec(text(value).trim());
        return {
            value,
            owner,
            key: `${m?.[1] ?? ''}|${m?.[2] ?? text(value)}`,
            port: portOf(m?.[2]),
            unix: false
        };
    }
    if (value.kind !== 'map')
        return undefined;
    const portText = (0,_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .scalar */ .d_)(value, 'port');
    const ssl = (0,_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .entry */ .f_)(value, 'ssl');
    return {
        value,
        owner,
        key: `${(0,_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .scalar */ .d_)(value, 'host') ?? ''}|${portText ?? ''}`,
        port: portOf(portText),
        unix: (0,_tree_js__WEBPACK_IMPORTED_MODULE_6__/* .scalar */ .d_)(value, 'type')?.trim() === 'unix',
        ssl: !ssl
            ? undefined
            : ssl.value.kind === 'map'
                ? ssl.value
                : { kind: 'map', at: ssl.at, entries: [] }
    };
}
function portOf(text) {
    return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}
/** The hosts a TLS listener serves: its owner, or (at the top level) every host without a TLS
 * listen of its own on that port. */
function hostsOf(spot, config) {
    if (spot.owner)
        return [spot.owner];
    return (0,_tls_js__WEBPACK_IMPORTED_MODULE_5__/* .servedHosts */ .jG)({ at: spot.ssl.at, port: spot.port, ssl: spot.ssl }, config);
}
/** The name a client asks for: the host's own, a name under its wildcard, else localhost. */
function probeName(host) {
    if (host.name.startsWith('*.') && (0,_tls_js__WEBPACK_IMPORTED_MODULE_5__/* .checkable */ .$_)(host.name.slice(2)))
        return `ws${host.name.slice(1)}`;
    return (0,_tls_js__WEBPACK_IMPORTED_MODULE_5__/* .checkable */ .$_)(host.name) ? host.name : 'localhost';
}
// ---- the rewrite ----------------------------------------------------------------------------
const scalarNode = (value, at) => ({ kind: 'scalar', at, value });
const mapNode = (entries, at) => ({ kind: 'map', at, entries });
const set = (key, value, at) => ({
    key,
    at,
    value: scalarNode(value, at)
});
const text = (node) => (node.kind === 'scalar' ? (node.source ?? node.value) : '');
function rewriteRoot(root, r) {
    const at = root.at;
    const head = [
        // Started as root, h2o switches to `nobody`, who cannot write the prefix.
        ...(process.getuid?.() === 0 ? [set('user', 'root', at)] : []),
        set('pid-file', node_path__WEBPACK_IMPORTED_MODULE_1___default().join(r.kit.prefix, 'h2o.pid'), at),
        set('error-log', node_path__WEBPACK_IMPORTED_MODULE_1___default().join(r.kit.prefix, 'error.log'), at),
        set('num-threads', '1', at)
    ];
    const entries = [];
    for (const e of root.entries) {
        if (e.key === 'listen')
            entries.push(rewriteListen(e, r));
        else if (e.key === 'hosts' && e.value.kind === 'map')
            entries.push({
                ...e,
                value: mapNode(e.value.entries.map(h => rewriteHost(h, r)), e.value.at)
            });
        else if (e.key === 'ssl-session-resumption' && externalStore(e.value))
            continue;
        else if (e.key === 'temp-buffer-path')
            entries.push(set(e.key, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(r.kit.prefix, 'tmp'), e.at));
        else
            entries.push(...rewriteCommon(e, r, 'global'));
    }
    return mapNode([...head, ...entries], at);
}
/** A session cache or ticket store in memcached or a file: the real server's. */
function externalStore(value) {
    if (value.kind === 'scalar')
        return /memcached|^file$/.test(text(value).trim());
    if (value.kind === 'seq')
        return value.items.some(externalStore);
    if (value.kind === 'map')
        return value.entries.some(e => e.key === 'memcached' || e.key === 'ticket-file' || externalStore(e.value));
    return false;
}
function rewriteHost(item, r) {
    if (item.value.kind !== 'map')
        return item;
    const host = r.config.hosts.find(h => h.map === item.value);
    const entries = [];
    for (const e of item.value.entries) {
        if (e.key === 'listen')
            entries.push(rewriteListen(e, r));
        else if (e.key === 'paths' && e.value.kind === 'map')
            entries.push({
                ...e,
                value: mapNode(e.value.entries.map(p => ({ ...p, value: rewritePath(p.value, r) })), e.value.at)
            });
        else
            entries.push(...rewriteCommon(e, r, 'host'));
    }
    return {
        ...item,
        key: host ? hostKey(item.key, host, r) : item.key,
        value: mapNode(entries, item.value.at)
    };
}
/** The host's key with the new port where the old one decided which requests it gets: h2o
 * matches the Host header's port against the key's (no port in the key: the default, 443). */
function hostKey(key, host, r) {
    const spots = [...r.spots.values()].filter(s => !s.unix);
    const own = spots.filter(s => s.owner === host);
    const global = spots.filter(s => !s.owner);
    const { port } = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .splitAuthority */ .Ss)(key);
    if (port !== undefined) {
        const spot = [...own, ...global].find(s => s.port === port);
        const name = key.trim().slice(0, key.trim().lastIndexOf(':'));
        return spot ? `${name}:${r.ports.get(spot.key)}` : key;
    }
    const tls = own.some(s => s.ssl)
        ? own.filter(s => s.ssl)
        : global.filter(s => s.ssl && hostsOf(s, r.config).includes(host));
    const spot = tls[0];
    return spot?.port === 443 ? `${key.trim()}:${r.ports.get(spot.key)}` : key;
}
function rewritePath(value, r) {
    const one = (map) => map.kind !== 'map'
        ? map
        : mapNode(map.entries.flatMap(e => (DROPPED_IN_PATH.has(e.key) ? [] : rewriteCommon(e, r, 'path'))), map.at);
    return value.kind === 'seq' ? { ...value, items: value.items.map(one) } : one(value);
}
/** What applies at any level: logs, backends, handler files. */
function rewriteCommon(e, r, level) {
    if (DROPPED.has(e.key))
        return [];
    const prefix = r.kit.prefix;
    switch (e.key) {
        case 'access-log': {
            const log = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(prefix, `access-${level}.log`);
            if (e.value.kind !== 'map')
                return [set(e.key, log, e.at)];
            const entries = e.value.entries.filter(x => x.key !== 'path');
            return [{ ...e, value: mapNode([set('path', log, e.at), ...entries], e.value.at) }];
        }
        case 'proxy.reverse.url': {
            // The scheme and authority become the echo's; the path (what h2o forwards) stays.
            const m = /^[a-z][a-z0-9+.-]*:\/\/(\[[^\]]*\]|[^/]*)(.*)$/i.exec(text(e.value).trim());
            return [set(e.key, `http://127.0.0.1:${r.kit.echoPort}${m?.[2] ?? '/'}`, e.at)];
        }
        case 'fastcgi.spawn':
        case 'fastcgi.connect':
            // A command of the real server to run, or its socket: the echo instead.
            return [
                {
                    key: 'fastcgi.connect',
                    at: e.at,
                    value: mapNode([
                        set('host', '127.0.0.1', e.at),
                        set('port', String(r.kit.echoPort), e.at),
                        set('type', 'tcp', e.at)
                    ], e.at)
                }
            ];
        case 'mruby.handler-file':
            return [set('mruby.handler', handlerSource(text(e.value), r), e.at)];
        default:
            return [e];
    }
}
/** An mruby handler file of the repository, inlined; one outside it answers 404. */
function handlerSource(name, r) {
    const stub = `Proc.new do |env|\n  [404, {"content-type" => "text/plain"}, ["not served: mruby.handler-file ${name} is not in the repository\\n"]]\nend\n`;
    let root;
    try {
        root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(r.workspace);
    }
    catch {
        return stub;
    }
    const candidates = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(name)
        ? [name]
        : [node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(r.file.path), name), node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, name)];
    for (const candidate of candidates) {
        try {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(candidate);
            if (!real.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
                continue;
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            if (!stat.isFile() || stat.size > MAX_HANDLER_BYTES)
                continue;
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real, 'utf8');
        }
        catch {
            continue;
        }
    }
    return stub;
}
function rewriteListen(e, r) {
    const values = listValues(e.value).flatMap(v => {
        const spot = r.spots.get(v);
        return spot ? [rewriteSpot(spot, r)] : [];
    });
    const value = e.value.kind === 'seq' ? { kind: 'seq', at: e.value.at, items: values } : values[0];
    return { ...e, value: value ?? scalarNode('', e.at) };
}
function rewriteSpot(spot, r) {
    const at = spot.value.at;
    if (spot.value.kind !== 'map')
        return mapNode([set('host', '127.0.0.1', at), set('port', String(r.ports.get(spot.key)), at)], at);
    const entries = [];
    if (!spot.unix)
        entries.push(set('host', '127.0.0.1', at));
    for (const e of spot.value.entries) {
        if (DROPPED_IN_LISTEN.has(e.key) || (e.key === 'host' && !spot.unix))
            continue;
        if (e.key === 'port')
            entries.push(set('port', spot.unix
                ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(r.kit.prefix, `listen-${r.sockets++}.sock`)
                : String(r.ports.get(spot.key)), e.at));
        else if (e.key === 'ssl' && spot.ssl)
            entries.push({ ...e, value: rewriteSsl(spot, r) });
        else
            entries.push(e);
    }
    return mapNode(entries, spot.value.at);
}
function rewriteSsl(spot, r) {
    const ssl = spot.ssl;
    const certificate = r.certificates.get(spot);
    const has = (key) => ssl.entries.some(e => e.key === key);
    const entries = [];
    // An ssl mapping that could not be read (an include outside the repository) gets the files.
    if (certificate && !has('certificate-file') && !has('key-file'))
        entries.push(set('certificate-file', certificate.cert, ssl.at), set('key-file', certificate.key, ssl.at));
    for (const e of ssl.entries) {
        if (e.key === 'certificate-file' && certificate)
            entries.push(set(e.key, certificate.cert, e.at));
        else if (e.key === 'key-file' && certificate)
            entries.push(set(e.key, certificate.key, e.at));
        else if (e.key === 'dh-file')
            entries.push(set(e.key, r.kit.dhparam, e.at));
        else if (e.key === 'ocsp-update-cmd' || e.key === 'ocsp-update-interval')
            continue;
        else
            entries.push(e);
    }
    // No OCSP fetcher: the throwaway leaf names no responder, and h2o would run a script for it.
    entries.push(set('ocsp-update-interval', '0', ssl.at));
    return mapNode(entries, ssl.at);
}
// ---- YAML out -------------------------------------------------------------------------------
/** The tree as YAML h2o reads the same way: every key and scalar double-quoted (yoml takes
 * every scalar as a string), duplicate keys kept in order (yoml keeps them too). */
function emit(root) {
    const lines = [];
    const q = (s) => JSON.stringify(s);
    const items = (list, pad) => {
        for (const item of list) {
            if (item.kind === 'unresolved')
                continue;
            if (item.kind === 'map' && item.entries.length > 0) {
                lines.push(`${pad}-`);
                entries(item.entries, `${pad}  `);
            }
            else if (item.kind === 'seq' && item.items.length > 0) {
                lines.push(`${pad}-`);
                items(item.items, `${pad}  `);
            }
            else
                lines.push(`${pad}- ${inline(item)}`);
        }
    };
    const inline = (node) => node.kind === 'map' ? '{}' : node.kind === 'seq' ? '[]' : q(text(node));
    const entries = (list, pad) => {
        for (const e of list) {
            if (e.value.kind === 'unresolved')
                continue;
            if (e.value.kind === 'map' && e.value.entries.length > 0) {
                lines.push(`${pad}${q(e.key)}:`);
                entries(e.value.entries, `${pad}  `);
            }
            else if (e.value.kind === 'seq' && e.value.items.length > 0) {
                lines.push(`${pad}${q(e.key)}:`);
                items(e.value.items, `${pad}  `);
            }
            else
                lines.push(`${pad}${q(e.key)}: ${inline(e.value)}`);
        }
    };
    entries(root.entries, '');
    return `${lines.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=679.index.js.map