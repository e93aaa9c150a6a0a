export const id = 496;
export const ids = [496];
export const modules = {

/***/ 14496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findNginx: () => (/* binding */ findNginx),
/* harmony export */   serveAndProbe: () => (/* binding */ serveAndProbe)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _demo_pki_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94871);
/* harmony import */ var _demo_servers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31943);
/* harmony import */ var _isolation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37655);
/* harmony import */ var _serve_kit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1134);
// The repository's nginx configuration, served: copied into a private prefix with throwaway
// certificates for its server names (the same chain shape: the leaf alone where the repository
// serves cert.pem), loopback ports, every upstream pointed at a local WebSocket echo, and pid,
// logs and temp files inside the prefix. `nginx -t` first (its errors land at the line of the
// repository's file they came from), then nginx itself, and every TLS server block probed
// with the full probe set. nginx is always stopped and the prefix removed.








/** nginx on PATH (Debian installs it in /usr/sbin), or undefined. */
function findNginx(env = process.env) {
    return (0,_serve_kit_js__WEBPACK_IMPORTED_MODULE_7__.onPath)('nginx', env);
}
/** Directives that point at files or services of the real server: left out of the copy. */
const DROPPED = new Set([
    'user',
    'pid',
    'error_log',
    'access_log',
    'daemon',
    'master_process',
    'worker_processes',
    'load_module',
    'ssl_engine',
    'env',
    'working_directory',
    'lock_file',
    'include',
    'resolver',
    'events',
    'upstream',
    'stream',
    'mail',
    'http2',
    'ssl_certificate',
    'ssl_certificate_key',
    'ssl_trusted_certificate',
    'ssl_client_certificate',
    'ssl_verify_client',
    'ssl_stapling',
    'ssl_stapling_file',
    'ssl_stapling_verify',
    'ssl_session_ticket_key',
    'ssl_password_file',
    'ssl_crl',
    'auth_basic_user_file',
    'client_body_temp_path',
    'proxy_temp_path',
    'fastcgi_temp_path',
    'uwsgi_temp_path',
    'scgi_temp_path'
]);
const UPSTREAM_PASS = new Set([
    'proxy_pass',
    'grpc_pass',
    'fastcgi_pass',
    'uwsgi_pass',
    'scgi_pass'
]);
function generate(loaded, plan) {
    const lines = [];
    const origins = [];
    const add = (text, origin) => {
        lines.push(text);
        origins.push(origin ? { file: origin.file, line: origin.line } : undefined);
    };
    const { prefix } = plan;
    add('daemon off;');
    add('master_process off;');
    add(`pid ${prefix}/nginx.pid;`);
    add(`error_log ${prefix}/error.log warn;`);
    add('events { worker_connections 256; }');
    const httpPreamble = () => {
        add('access_log off;');
        for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
            add(`${temp}_temp_path ${prefix}/${temp};`);
    };
    const emit = (directives, depth) => {
        const pad = '  '.repeat(depth);
        for (const d of directives) {
            if (DROPPED.has(d.name))
                continue;
            if (d.name === 'listen')
                continue; // one loopback listen per server, emitted below
            if (d.name === 'ssl_dhparam') {
                add(`${pad}ssl_dhparam ${plan.dhparam};`, d);
                continue;
            }
            if (UPSTREAM_PASS.has(d.name)) {
                const scheme = d.name === 'proxy_pass' ? 'http://' : d.name === 'grpc_pass' ? 'grpc://' : '';
                add(`${pad}${d.name} ${scheme}127.0.0.1:${plan.echoPort};`, d);
                continue;
            }
            const head = `${pad}${[d.rawName, ...d.raw].join(' ')}`;
            if (!d.block) {
                add(`${head};`, d);
                continue;
            }
            add(`${head} {`, d);
            if (d.name === 'http')
                httpPreamble();
            if (d.name === 'server') {
                const port = plan.ports.get(d);
                const certificate = plan.certificates.get(d);
                const http2 = d.block.some(l => l.name === 'listen' && l.args.includes('http2'));
                if (port !== undefined) {
                    const listen = d.block.find(l => l.name === 'listen') ?? d;
                    add(`${pad}  listen 127.0.0.1:${port}${certificate ? ' ssl' : ''}${http2 ? ' http2' : ''};`, listen);
                }
                if (certificate) {
                    add(`${pad}  ssl_certificate ${certificate.cert};`, d);
                    add(`${pad}  ssl_certificate_key ${certificate.key};`, d);
                }
            }
            emit(d.block, depth + 1);
            add(`${pad}}`, d);
        }
    };
    const hasHttp = loaded.directives.some(d => d.name === 'http');
    if (hasHttp)
        emit(loaded.directives, 0);
    else {
        // A site file (server blocks at the top, as in sites-available): it lives inside http.
        add('http {');
        httpPreamble();
        emit(loaded.directives, 1);
        add('}');
    }
    return { text: `${lines.join('\n')}\n`, origins };
}
/** nginx's "[emerg] message in /prefix/nginx.conf:12" lines, at the repository's line. */
function nginxErrors(output, confFile, generated, entry) {
    const findings = [];
    for (const line of output.split('\n')) {
        const m = /\[(emerg|alert|crit|error)\] (.*)$/.exec(line);
        if (!m)
            continue;
        const where = / in (\S+):(\d+)$/.exec(m[2]);
        const message = where ? m[2].slice(0, where.index) : m[2];
        const origin = where && where[1] === confFile ? generated.origins[Number(where[2]) - 1] : undefined;
        findings.push({
            check: 'proxy-config',
            code: 'proxy-config-serve-refused',
            status: 'fail',
            title: `nginx -t: ${message.replaceAll(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(confFile), '<prefix>')}`,
            details: [
                'nginx refuses this configuration, so a reload with it would fail (the old configuration keeps running; a restart would leave nothing running).'
            ],
            location: origin ?? { file: entry, line: 1 }
        });
    }
    return findings;
}
function run(nginx, args) {
    return new Promise(resolve => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(nginx, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', c => (output += String(c)));
        child.stderr.on('data', c => (output += String(c)));
        child.on('error', err => resolve({ code: -1, output: err.message }));
        child.on('close', code => resolve({ code, output }));
    });
}
/** A host name a client could ask for under a server_name (a wildcard's first name). */
function probeHost(names) {
    for (const name of names) {
        if (name.startsWith('~'))
            continue;
        if (name.startsWith('*.'))
            return `ws${name.slice(1)}`;
        if (name.startsWith('.'))
            return name.slice(1);
        if (name.endsWith('.*'))
            return `${name.slice(0, -2)}.example`;
        return name;
    }
    return undefined;
}
/** Serves one entry file's configuration and probes its TLS server blocks: the findings, at
 * the lines of the repository's files. */
async function serveAndProbe(nginx, entry, config, diagnose) {
    const prefix = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'wss-doctor-serve-'));
    let echo;
    let child;
    const stopOnDeadline = (0,_isolation_js__WEBPACK_IMPORTED_MODULE_6__/* .onAbort */ .u7)((0,_isolation_js__WEBPACK_IMPORTED_MODULE_6__/* .deadlineSignal */ .R)(), () => child?.kill('SIGKILL'));
    try {
        echo = await (0,_demo_servers_js__WEBPACK_IMPORTED_MODULE_5__/* .startWsServer */ .uT)();
        const root = await (0,_demo_pki_js__WEBPACK_IMPORTED_MODULE_4__/* .createRoot */ .Hr)({ commonName: 'wss-doctor throwaway root' });
        const intermediate = await (0,_demo_pki_js__WEBPACK_IMPORTED_MODULE_4__/* .createIntermediate */ .SK)(root, {
            commonName: 'wss-doctor throwaway intermediate'
        });
        const rootFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(prefix, 'root.pem');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(rootFile, root.certPem);
        const dhparam = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(prefix, 'dhparam.pem');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(dhparam, (0,_serve_kit_js__WEBPACK_IMPORTED_MODULE_7__.dhParamsPem)());
        const plan = {
            prefix,
            echoPort: echo.port,
            ports: new Map(),
            certificates: new Map(),
            dhparam
        };
        for (const [i, server] of entry.servers.entries()) {
            plan.ports.set(server.directive, await (0,_serve_kit_js__WEBPACK_IMPORTED_MODULE_7__.freePort)());
            if (!server.tls)
                continue;
            const host = probeHost(server.names) ?? 'localhost';
            const names = [
                ...new Set([host, ...server.names.filter(n => !n.startsWith('~') && !n.endsWith('.*'))])
            ];
            // DHE-RSA and ECDHE-RSA suites need an RSA certificate: one when the ciphers name no ECDSA.
            const rsa = server.ciphers !== undefined && !/ECDSA|HIGH|DEFAULT|ALL/.test(server.ciphers);
            const leaf = await (0,_demo_pki_js__WEBPACK_IMPORTED_MODULE_4__/* .createLeaf */ .fB)(intermediate, {
                commonName: host,
                keyType: rsa ? 'rsa-2048' : 'ec-p256',
                // Like a public CA's leaf; wss-doctor never fetches it.
                caIssuersUrls: ['http://127.0.0.1:9/intermediate.der'],
                names: names.map(n => (n.startsWith('.') ? `*${n}` : n))
            });
            const leafOnly = server.certificateFiles.some(f => /(^|\/)(cert|chain)\.pem$/.test(f));
            const cert = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(prefix, `server-${i}.pem`);
            const key = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(prefix, `server-${i}-key.pem`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(cert, leafOnly ? leaf.certPem : leaf.certPem + intermediate.certPem);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(key, leaf.keyPem);
            plan.certificates.set(server.directive, { cert, key });
        }
        const generated = generate(entry.loaded, plan);
        const confFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(prefix, 'nginx.conf');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(confFile, generated.text);
        const args = ['-p', `${prefix}/`, '-c', confFile, '-e', node_path__WEBPACK_IMPORTED_MODULE_3___default().join(prefix, 'error.log')];
        const tested = await run(nginx, ['-t', ...args]);
        if (tested.code !== 0) {
            const errors = nginxErrors(tested.output, confFile, generated, entry.file);
            return errors.length > 0
                ? errors
                : [
                    {
                        check: 'proxy-config',
                        code: 'proxy-config-serve-refused',
                        status: 'fail',
                        title: `nginx -t failed: ${tested.output.trim().split('\n').pop() ?? ''}`,
                        location: { file: entry.file, line: 1 }
                    }
                ];
        }
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(nginx, args, { stdio: 'ignore' });
        child.on('error', () => undefined);
        if (!(await (0,_serve_kit_js__WEBPACK_IMPORTED_MODULE_7__.listening)([...plan.ports.values()], child))) {
            const log = readLog(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(prefix, 'error.log'));
            const errors = nginxErrors(log, confFile, generated, entry.file);
            return errors.length > 0
                ? errors
                : [
                    {
                        check: 'proxy-config',
                        code: 'proxy-config-serve-refused',
                        status: 'fail',
                        title: 'nginx did not start with this configuration',
                        details: log.trim().split('\n').slice(-3),
                        location: { file: entry.file, line: 1 }
                    }
                ];
        }
        const findings = [];
        for (const server of entry.servers) {
            if (!server.tls)
                continue;
            findings.push(...(await probeServer(server, plan.ports.get(server.directive), rootFile, {
                config,
                diagnose
            })));
        }
        return findings;
    }
    finally {
        stopOnDeadline();
        await (0,_serve_kit_js__WEBPACK_IMPORTED_MODULE_7__.stop)(child);
        await echo?.close();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(prefix, { recursive: true, force: true });
    }
}
function readLog(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}
/** The full probe set against one served block: its failing findings, placed at the block's
 * line (the upgrade's at the WebSocket location's). */
function probeServer(server, port, rootFile, context) {
    const host = probeHost(server.names) ?? 'localhost';
    const ws = server.webSockets.find(w => w.modifier === '' || w.modifier === '=' || w.modifier === '^~');
    const at = (d) => ({ file: d.file, line: d.line });
    return (0,_serve_kit_js__WEBPACK_IMPORTED_MODULE_7__.probeSite)('nginx', {
        host,
        port,
        path: ws?.path ?? '/',
        location: at(server.directive),
        socketLocation: ws ? at(ws.directive) : undefined
    }, rootFile, context);
}


/***/ })

};

//# sourceMappingURL=496.index.js.map