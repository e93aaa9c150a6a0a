export const id = 394;
export const ids = [394];
export const modules = {

/***/ 40394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hostFor: () => (/* binding */ hostFor),
/* harmony export */   hostWithPort: () => (/* binding */ hostWithPort),
/* harmony export */   planLighttpd: () => (/* binding */ planLighttpd),
/* harmony export */   writeExpression: () => (/* binding */ writeExpression)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92773);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86338);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48373);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7307);
/* harmony import */ var _sockets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44431);
// config-serve for lighttpd: the repository's lighttpd.conf (its includes written in place)
// rewritten for the serve kit and run as `lighttpd -D -f`. Every socket moves to 127.0.0.1 on a
// free port (sockets that shared a port share the new one); each ssl.pemfile becomes a throwaway
// certificate for the names its conditions serve, with the key in the same file and the chain
// shape of the repository's file (the leaf alone where it holds the leaf alone; ssl.ca-file
// then names the throwaway intermediate, so lighttpd builds the chain from it as it would from
// the real one); every backend of proxy.server (and the other *.server modules) is the local
// echo; pid file, logs, upload dirs and document root are in the prefix; user switching, chroot,
// syslog, status pages and ACME are dropped. Everything else is written back as it was parsed.







/** Settings that point at the real server's users, files or services: left out. */
const DROPPED = new Set([
    'server.username',
    'server.groupname',
    'server.chroot',
    'server.modules-dir',
    'server.use-ipv6',
    'server.set-v6only',
    'server.errorlog-use-syslog',
    'server.syslog-facility',
    'server.systemd-socket-activation',
    'accesslog.use-syslog',
    'ssl.privkey',
    'ssl.ca-crl-file',
    'ssl.verifyclient.ca-crl-file',
    'ssl.stapling-file',
    'ssl.acme-tls-1',
    'compress.cache-dir',
    'deflate.cache-dir',
    'webdav.sqlite-db-name',
    'status.status-url',
    'status.config-url',
    'status.statistics-url'
]);
/** Modules whose `*.server` backends become the local echo. */
const BACKEND_KEYS = new Set([
    'proxy.server',
    'wstunnel.server',
    'sockproxy.server',
    'fastcgi.server',
    'scgi.server',
    'ajp13.server'
]);
/** A backend's keys that name where it is (or a program to start): replaced by the echo. */
const BACKEND_ADDRESS = new Set([
    'host',
    'port',
    'socket',
    'bin-path',
    'bin-environment',
    'bin-copy-environment',
    'kill-signal'
]);
/** SSL_CONF_cmd commands of ssl.openssl.ssl-conf-cmd that name the server's files. */
const CONF_CMD_FILES = new Set([
    'Certificate',
    'PrivateKey',
    'ChainCAFile',
    'ChainCAPath',
    'VerifyCAFile',
    'VerifyCAPath',
    'RequestCAFile',
    'ClientCAFile',
    'ServerInfoFile'
].map(k => k.toLowerCase()));
/** Set globally in the served copy when the repository leaves them to lighttpd's defaults. */
const ALWAYS_SET = new Set([
    'server.document-root',
    'server.errorlog',
    'server.pid-file',
    'server.upload-dirs',
    'server.bind',
    'server.port'
]);
const CA_FILES = new Set([
    'ssl.ca-file',
    'ssl.verifyclient.ca-file',
    'ssl.ca-dn-file',
    'ssl.verifyclient.ca-dn-file'
]);
const string = (value) => ({ kind: 'string', value, line: 0 });
const integer = (value) => ({ kind: 'integer', value, line: 0 });
/** An expression written back in lighttpd's syntax (only `\"` is an escape in its strings). */
function writeExpression(e) {
    switch (e.kind) {
        case 'string':
            return `"${e.value.replace(/"/g, '\\"')}"`;
        case 'integer':
            return String(e.value);
        case 'reference':
            return e.name;
        case 'concat':
            return e.parts.map(writeExpression).join(' + ');
        case 'array':
            return e.entries.length === 0
                ? '( )'
                : `( ${e.entries.map(x => `${x.key ? `${writeExpression(x.key)} => ` : ''}${writeExpression(x.value)}`).join(', ')} )`;
    }
}
const literalKey = (e) => e?.kind === 'string' ? e.value : undefined;
/** A `*.server` value with every backend (an array naming host, port, socket or bin-path)
 * pointed at the echo; balancing and timeouts stay. */
function toEcho(e, echoPort) {
    if (e.kind !== 'array')
        return e;
    const isBackend = e.entries.some(x => BACKEND_ADDRESS.has(literalKey(x.key) ?? ''));
    if (!isBackend)
        return { ...e, entries: e.entries.map(x => ({ ...x, value: toEcho(x.value, echoPort) })) };
    return {
        ...e,
        entries: [
            { key: string('host'), value: string('127.0.0.1'), line: e.line },
            { key: string('port'), value: integer(echoPort), line: e.line },
            ...e.entries.filter(x => !BACKEND_ADDRESS.has(literalKey(x.key) ?? ''))
        ]
    };
}
/** ssl.openssl.ssl-conf-cmd with DHParameters in the prefix and no command naming a file. */
function confCmd(e, dhparam) {
    if (e.kind !== 'array')
        return e;
    return {
        ...e,
        entries: e.entries
            .filter(x => !CONF_CMD_FILES.has(literalKey(x.key)?.toLowerCase() ?? ''))
            .map(x => literalKey(x.key)?.toLowerCase() === 'dhparameters' ? { ...x, value: string(dhparam) } : x)
    };
}
/** A host name a client can ask for that a `$HTTP["host"]` condition matches, if one is clear. */
function hostFor(operator, pattern) {
    const hostname = /^[a-z0-9*]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
    let candidate;
    if (operator === '==')
        candidate = pattern;
    else if (operator === '=$')
        candidate = pattern.startsWith('.') ? `ws${pattern}` : pattern;
    else if (operator === '=^')
        candidate = pattern.endsWith('.') ? `${pattern}example` : pattern;
    else if (operator === '=~')
        candidate = pattern
            .replace(/^\^/, '')
            .replace(/\$$/, '')
            .replace(/\([^()]*\)\?/g, '')
            .replace(/\(([^()|]*)\|[^()]*\)/g, '$1')
            .replace(/\\\./g, '.');
    if (!candidate || !hostname.test(candidate) || candidate.includes('*'))
        return undefined;
    const host = candidate.toLowerCase().replace(/\.$/, '');
    return (0,_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .hostMatches */ ._y)(operator, pattern, host) ? host : undefined;
}
/** A `$HTTP["host"]` condition that also matches the host with a port. lighttpd compares `==`
 * and `!=` without the port, but a regex or a suffix sees the whole Host header, which has the
 * loopback port here where browsers send none on 443; `=^` is not affected. */
function hostWithPort(operator, pattern) {
    const port = '(?::[0-9]+)?$';
    if ((operator === '=~' || operator === '!~') && /(^|[^\\])\$$/.test(pattern))
        return { operator, pattern: `${pattern.slice(0, -1)}${port}` };
    if (operator === '=$')
        return { operator: '=~', pattern: `${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${port}` };
    return undefined;
}
/** A path a `$HTTP["url"]` condition matches: its literal start. */
function pathFor(operator, pattern) {
    if (operator === '==' || operator === '=^')
        return pattern;
    if (operator !== '=~')
        return undefined;
    let out = '';
    const source = pattern.replace(/^\^/, '');
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\' && i + 1 < source.length && !/[a-zA-Z0-9]/.test(source[i + 1])) {
            out += source[++i];
            continue;
        }
        if (c === '*' || c === '?' || c === '{') {
            out = out.slice(0, -1);
            break;
        }
        if ('$()[]+|'.includes(c) || c === '\\')
            break;
        out += c;
    }
    return out.startsWith('/') ? out : undefined;
}
/** The path to probe on a WebSocket route: a websocket-paths input it serves, else the literal
 * start of its innermost URL condition or its key. */
function routePath(route, websocketPaths) {
    const url = route.urls.at(-1);
    const key = route.entry.key ?? '';
    const candidates = [
        ...websocketPaths,
        url ? pathFor(url.operator, url.pattern) : undefined,
        key.startsWith('/') ? key : undefined
    ];
    return candidates.find(p => p !== undefined && (0,_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .routeMatches */ .HA)(route, p)) ?? '/';
}
/** The `$HTTP["host"]` conditions from the global scope down to `scope`. */
const hostConditions = (scope) => (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_5__/* .chain */ .cy)(scope).filter(s => s.variable === 'HTTP' && s.field === 'host');
/** Whether lighttpd serves a leaf alone for this ssl.pemfile, as the repository's file has it:
 * one certificate not issued by itself, or certbot's cert.pem where the file is not at hand. */
function leafAlone(setting, workspace) {
    if (setting.value.type !== 'string' || !setting.value.exact)
        return false;
    const pem = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .readPem */ .Je)(workspace, setting.value.value);
    if (pem)
        return pem.certificates.length === 1 && !(0,_certificates_js__WEBPACK_IMPORTED_MODULE_2__/* .selfIssued */ .oE)(pem.certificates[0]);
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(setting.value.value) === 'cert.pem';
}
const where = (x) => `${x.file}:${x.line}`;
async function planLighttpd(file, context, kit) {
    const { config: run } = context;
    const loaded = await (0,_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadLighttpd */ .B)(run.workspace, file.path, file.text);
    // The static check reports a file lighttpd would not parse; nothing to serve.
    if (loaded.error)
        return [];
    const config = loaded.config;
    const main = (0,_sockets_js__WEBPACK_IMPORTED_MODULE_6__/* .mainSocket */ .v9)(config);
    const all = [main, ...(0,_sockets_js__WEBPACK_IMPORTED_MODULE_6__/* .sockets */ .Xr)(config).filter(s => s.scope !== config.global)];
    if (!all.some(s => s.tls))
        return [];
    // Each address its own loopback port; a condition for the main socket's address shares its
    // port, and one written twice (lighttpd merges the two) keeps one address.
    const mainPort = await kit.freePort();
    const addresses = new Map();
    const socketPort = new Map();
    for (const socket of all.slice(1)) {
        const same = socket.address === main.address ||
            (socket.port === main.port && socket.address.startsWith(':'));
        let port = same ? mainPort : addresses.get(socket.address);
        if (port === undefined)
            addresses.set(socket.address, (port = await kit.freePort()));
        socketPort.set(socket.scope, port);
    }
    const portOf = (s) => socketPort.get(s.scope) ?? mainPort;
    // The names a certificate outside any $HTTP["host"] condition covers.
    const hosts = new Set();
    for (const scope of config.scopes)
        if (scope.variable === 'HTTP' && scope.field === 'host') {
            const host = hostFor(scope.operator, scope.pattern);
            if (host)
                hosts.add(host);
        }
    for (const target of run.targets)
        if (target.endpoint?.scheme === 'wss')
            hosts.add(target.endpoint.host.toLowerCase());
    const defaultNames = hosts.size > 0 ? [...hosts] : ['localhost'];
    const scopeHost = (scope) => {
        const conditions = hostConditions(scope);
        for (const c of conditions.reverse()) {
            const host = hostFor(c.operator, c.pattern);
            if (host)
                return host;
        }
        return undefined;
    };
    // One throwaway certificate per ssl.pemfile setting.
    const settings = new Map();
    for (const scope of config.scopes)
        for (const setting of scope.settings.values())
            settings.set(`${where(setting)}|${setting.key}`, { setting, scope });
    const certificates = new Map();
    let chainFile;
    for (const { setting, scope } of settings.values()) {
        if (setting.key !== 'ssl.pemfile')
            continue;
        const host = scopeHost(scope);
        const certificate = await kit.certificate(host ? [host] : defaultNames, {
            leafOnly: leafAlone(setting, run.workspace)
        });
        certificates.set(where(setting), certificate);
        chainFile ??= certificate.chain;
    }
    chainFile ??= (await kit.certificate(defaultNames)).chain;
    const htdocs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'htdocs');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(htdocs, { recursive: true });
    const prefixed = {
        'server.document-root': string(htdocs),
        'server.errorlog': string(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'error.log')),
        'server.breakagelog': string(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'breakage.log')),
        'server.pid-file': string(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'lighttpd.pid')),
        'server.upload-dirs': {
            kind: 'array',
            entries: [{ value: string(kit.prefix), line: 0 }],
            line: 0
        },
        'accesslog.filename': string(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'access.log')),
        'ssl.dh-file': string(kit.dhparam),
        'server.bind': string('127.0.0.1'),
        'server.port': integer(mainPort)
    };
    const lines = [
        `# ${file.path}, served by wss-doctor on loopback (config-serve)`,
        // What the repository does not set globally, set here so that nothing is outside the prefix.
        ...Object.entries(prefixed)
            .filter(([key]) => ALWAYS_SET.has(key) && !config.global.settings.has(key))
            .map(([key, value]) => `${key} = ${writeExpression(value)}`)
    ];
    const assignment = (a, pad) => {
        if (DROPPED.has(a.key))
            return;
        let value = a.value;
        let operator = a.operator;
        const replace = (next) => {
            value = next;
            // Appending to a path would join two paths: the new value replaces it.
            if (operator === '+=')
                operator = ':=';
        };
        if (a.key in prefixed)
            replace(prefixed[a.key]);
        else if (a.key === 'ssl.pemfile') {
            const certificate = certificates.get(where(a));
            if (certificate)
                replace(string(certificate.combined));
        }
        else if (CA_FILES.has(a.key))
            replace(string(chainFile));
        else if (a.key === 'ssl.openssl.ssl-conf-cmd')
            value = confCmd(value, kit.dhparam);
        else if (BACKEND_KEYS.has(a.key))
            value = toEcho(value, kit.echoPort);
        lines.push(`${pad}${a.key} ${operator} ${writeExpression(value)}`);
    };
    const head = (c) => {
        const scope = config.scopes.find(s => s.condition === c);
        const port = scope && socketPort.get(scope);
        let operator = c.operator;
        let pattern = port !== undefined ? string(`127.0.0.1:${port}`) : c.pattern;
        if (scope?.variable === 'HTTP' && scope.field === 'host') {
            const withPort = hostWithPort(scope.operator, scope.pattern);
            if (withPort)
                [operator, pattern] = [withPort.operator, string(withPort.pattern)];
        }
        return `$${c.variable}[${writeExpression(c.field)}] ${operator} ${writeExpression(pattern)}`;
    };
    const write = (statements, depth) => {
        const pad = '  '.repeat(depth);
        for (const s of statements) {
            if (s.kind === 'assignment')
                assignment(s, pad);
            else if (s.kind === 'global') {
                lines.push(`${pad}global {`);
                write(s.body, depth + 1);
                lines.push(`${pad}}`);
            }
            else if (s.kind === 'condition') {
                let opener = `${pad}${head(s)} {`;
                for (let branch = s; branch; branch = branch.otherwise) {
                    if (branch !== s)
                        opener = `${pad}} else ${branch.variable ? `${head(branch)} ` : ''}{`;
                    lines.push(opener);
                    write(branch.body, depth + 1);
                }
                lines.push(`${pad}}`);
            }
            else {
                // Includes the repository holds, written in place; the others (and include_shell,
                // which would run a command of the server) are left out.
                for (const included of config.expansions.get(s) ?? []) {
                    lines.push(`${pad}# ${included.path}`);
                    write(included.statements, depth);
                }
            }
        }
    };
    write(config.statements, 0);
    // One site per TLS port of the repository ("[::]:443" and ":443" are one site to probe):
    // the first WebSocket route it reaches, and a host that route serves.
    const routes = (0,_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .webSocketRoutes */ .w0)(config, run.websocketPaths);
    const sites = [];
    const probed = new Set();
    for (const socket of all) {
        const key = socket.port !== undefined ? String(socket.port) : socket.address;
        if (!socket.tls || probed.has(key))
            continue;
        probed.add(key);
        const port = portOf(socket);
        // The sockets served on this loopback port: a route under another socket is not reached.
        const scopes = new Set(all.filter(s => portOf(s) === port).map(s => s.scope));
        const route = routes.find(r => (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_5__/* .chain */ .cy)(r.scope)
            .filter(s => s.variable === 'SERVER' && s.field === 'socket')
            .every(s => s.operator === '==' && scopes.has(s)));
        const at = (x) => ({ file: x.file, line: x.line });
        sites.push({
            host: (route && scopeHost(route.scope)) ?? defaultNames[0],
            port,
            path: route ? routePath(route, run.websocketPaths) : '/',
            location: at(socket),
            socketLocation: route
                ? at(route.scope.condition ? route.scope : route.proxyServer)
                : undefined
        });
    }
    return {
        files: { 'lighttpd.conf': `${lines.join('\n')}\n` },
        args: ['-D', '-f', node_path__WEBPACK_IMPORTED_MODULE_1___default().join(kit.prefix, 'lighttpd.conf')],
        sites
    };
}


/***/ })

};

//# sourceMappingURL=394.index.js.map