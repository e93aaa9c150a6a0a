export const id = 632;
export const ids = [632];
export const modules = {

/***/ 97632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apachePlan: () => (/* binding */ apachePlan)
/* harmony export */ });
/* unused harmony exports APACHE_MODULES, echoUrl */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _serve_kit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1134);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25180);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11904);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85338);
/* harmony import */ var _tls_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7582);
/* harmony import */ var _websocket_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(64976);
// The repository's httpd configuration, served (config-serve): read with this module's own
// parser (includes of the repository expanded, as the static check reads them) and written back
// with every TLS virtual host on a loopback port with a throwaway certificate of the same chain
// shape, every backend the kit's WebSocket echo, and pid, runtime files, mutexes and the SSL
// session cache in the prefix. What the file says of WebSockets and TLS is kept as written.









/** Where Debian installs httpd's modules. */
const APACHE_MODULES = '/usr/lib/apache2/modules';
/** What a virtual host file (no LoadModule of its own) runs with: what Debian enables by
 * default that a site may use (mod_mime left out: it needs a TypesConfig file), and what a
 * TLS WebSocket site needs, as the static check assumes (mod_proxy_http and
 * mod_proxy_wstunnel). */
const VHOST_MODULES = [
    'mpm_event',
    'authz_core',
    'authz_host',
    'authn_core',
    'access_compat',
    'alias',
    'dir',
    'env',
    'setenvif',
    'filter',
    'deflate',
    'headers',
    'rewrite',
    'socache_shmcb',
    'ssl',
    'proxy',
    'proxy_http',
    'proxy_wstunnel'
];
const BALANCER_MODULES = ['slotmem_shm', 'proxy_balancer', 'lbmethod_byrequests'];
/** Directives that point at the real server's files, users and services, or that this plan
 * sets itself (the preamble, Listen, certificates): left out of the served copy. */
const DROPPED = new Set([
    'serverroot',
    'pidfile',
    'errorlog',
    'customlog',
    'transferlog',
    'forensiclog',
    'scriptlog',
    'globallog',
    'defaultruntimedir',
    'mutex',
    'user',
    'group',
    'suexecusergroup',
    'assignuserid',
    'chrootdir',
    'coredumpdirectory',
    'scoreboardfile',
    'loadfile',
    'include',
    'includeoptional',
    'listen',
    'namevirtualhost',
    'startservers',
    'serverlimit',
    'threadlimit',
    'threadsperchild',
    'maxrequestworkers',
    'maxclients',
    'minsparethreads',
    'maxsparethreads',
    'minspareservers',
    'maxspareservers',
    'maxconnectionsperchild',
    'maxrequestsperchild',
    'asyncrequestworkerfactor',
    'sslcertificatefile',
    'sslcertificatekeyfile',
    'sslcertificatechainfile',
    'sslcacertificatefile',
    'sslcacertificatepath',
    'sslcarevocationfile',
    'sslcarevocationpath',
    'sslcarevocationcheck',
    'sslverifyclient',
    'sslverifydepth',
    'sslsessioncache',
    'sslsessionticketkeyfile',
    'sslstaplingcache',
    'sslusestapling',
    'sslpassphrasedialog',
    'sslrandomseed',
    'sslcryptodevice',
    'sslocspenable',
    'sslproxycacertificatefile',
    'sslproxycacertificatepath',
    'sslproxycarevocationfile',
    'sslproxycarevocationpath',
    'sslproxymachinecertificatefile',
    'sslproxymachinecertificatepath',
    'sslproxymachinecertificatechainfile',
    'proxyremote',
    'proxyremotematch'
]);
/** Directives whose backend URL (the first argument that is one) becomes the echo. */
const BACKEND_URL = new Set(['proxypass', 'proxypassmatch', 'proxypassreverse', 'balancermember']);
/** A word as httpd reads it back (quoted when it holds blanks or quotes). */
function word(arg) {
    if (arg !== '' && !/[\s"']/.test(arg))
        return arg;
    return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
const isUrl = (arg) => /^(unix:|[a-z][a-z0-9+.-]*:\/\/)/i.test(arg);
/** A backend URL pointed at the echo: ws:// and wss:// become ws://, every other scheme
 * http://; the path is kept. A balancer:// name stays (its members are rewritten). */
function echoUrl(url, echoPort) {
    const target = /^unix:[^|]*\|(.*)$/i.exec(url)?.[1] ?? url;
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(target);
    if (!m)
        return `http://127.0.0.1:${echoPort}/`;
    const scheme = m[1].toLowerCase();
    if (scheme === 'balancer')
        return url;
    const plain = scheme === 'ws' || scheme === 'wss' ? 'ws' : 'http';
    return `${plain}://127.0.0.1:${echoPort}${m[3]}`;
}
/** A name a client can ask for under ServerName/ServerAlias (a wildcard's sample), if any. */
function askable(name) {
    if (/[?[\]]/.test(name))
        return undefined;
    if (name.startsWith('*.'))
        return `ws${name.slice(1)}`;
    if (name.includes('*'))
        return undefined;
    return name;
}
const certificatesIn = (pem) => (pem.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length;
/** The chain shape the repository serves: the leaf alone, the leaf with a chain file, or the
 * full chain in one file; undefined when it names no certificate (httpd refuses that). */
function chainShape(levels, workspace) {
    const certificates = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effectiveAll */ .Xp)(levels, 'sslcertificatefile');
    if (certificates.length === 0)
        return undefined;
    const chainFile = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effective */ .C$)(levels, 'sslcertificatechainfile');
    if (chainFile) {
        const pem = (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readConfigFile */ .R)(workspace, chainFile.args[0] ?? '');
        return pem !== undefined && certificatesIn(pem) === 0 ? 'leaf' : 'leaf+chain';
    }
    const name = certificates[0].args[0] ?? '';
    const pem = (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readConfigFile */ .R)(workspace, name);
    if (pem === undefined)
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(name) === 'cert.pem' ? 'leaf' : 'full';
    // One certificate: the leaf alone (a self-signed one has no chain to leave out).
    if (certificatesIn(pem) !== 1)
        return 'full';
    return selfSigned(pem) ? 'full' : 'leaf';
}
function selfSigned(pem) {
    try {
        const cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
        return cert.subject === cert.issuer && cert.verify(cert.publicKey);
    }
    catch {
        return false;
    }
}
/** The plan for one file: the rewritten configuration and its TLS sites, or none to serve. */
async function apachePlan(file, { config }, kit) {
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(file.path.replace(/\\/g, '/')) === '.htaccess')
        return [];
    const loaded = (0,_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .load */ .H)(file, config.workspace);
    const servers = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .serversOf */ .U2)(loaded.directives);
    const main = servers[0];
    const vhosts = servers.slice(1);
    const tls = (server) => (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effective */ .C$)([server.inherited, server.own], 'sslengine')?.args[0]?.toLowerCase() === 'on';
    const portKey = (server) => server.section ? String((0,_tls_js__WEBPACK_IMPORTED_MODULE_7__/* .vhostPorts */ .X5)(server.section)[0] ?? '*') : 'main';
    const tlsKeys = new Set(vhosts.filter(tls).map(portKey));
    if (vhosts.length === 0 && tls(main))
        tlsKeys.add('main');
    if (tlsKeys.size === 0)
        return [];
    const ports = new Map();
    for (const key of tlsKeys)
        ports.set(key, await kit.freePort());
    const mainNames = main.names.map(askable).filter((n) => n !== undefined);
    const sites = new Map();
    const candidates = vhosts.length > 0 ? vhosts.filter(tls) : [main];
    for (const server of candidates) {
        const own = server.names.map(askable).filter((n) => n !== undefined);
        const host = own[0] ?? (server.section ? mainNames[0] : undefined) ?? 'localhost';
        // The certificate covers every name the host answers to (a wildcard as a wildcard).
        const names = [...new Set([host, ...server.names.filter(n => askable(n) !== undefined)])];
        const shape = chainShape([server.inherited, server.own], config.workspace);
        const certificate = shape
            ? await kit.certificate(names, { leafOnly: shape !== 'full' })
            : undefined;
        const route = (0,_websocket_js__WEBPACK_IMPORTED_MODULE_8__/* .webSocketRoutes */ .w0)(server, config)[0];
        const where = server.section ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effective */ .C$)([server.own], 'sslengine');
        const port = ports.get(portKey(server));
        sites.set(server, {
            server,
            port,
            certificate,
            chainLine: shape === 'leaf+chain',
            site: {
                host,
                port,
                path: route ? (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .samplePath */ .KQ)(route) : '/',
                location: { file: where.file, line: where.line },
                ...(route
                    ? { socketLocation: { file: route.directive.file, line: route.directive.line } }
                    : {})
            }
        });
    }
    const modules = loadedModules(loaded.directives);
    const lines = [];
    const { prefix } = kit;
    const q = (p) => word(p);
    lines.push(`# ${file.path}, served by wss-doctor (config-serve) on loopback`, `ServerRoot ${q(prefix)}`, `PidFile ${q(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(prefix, 'apache.pid'))}`, 
    // The kit keeps httpd's output (a socket, which httpd cannot open as /dev/stderr): a piped
    // cat writes the log there, so a refusal at startup lands in the did-not-start finding.
    `ErrorLog ${q(`||${(0,_serve_kit_js__WEBPACK_IMPORTED_MODULE_3__.onPath)('cat') ?? '/bin/cat'}`)}`, 'LogLevel warn', `DefaultRuntimeDir ${q(prefix)}`, `Mutex ${q(`file:${prefix}`)} default`, 'ServerName localhost', 
    // Only when started as root: the children's user (numeric, so nothing is looked up).
    'User #65534', 'Group #65534');
    const moduleLine = (name) => `LoadModule ${name}_module ${q(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(APACHE_MODULES, `mod_${name}.so`))}`;
    const usesBalancer = anyDirective(loaded.directives, d => d.args.some(a => /^balancer:\/\//i.test(a)));
    const usesH2 = anyDirective(loaded.directives, d => d.key === 'protocols' && d.args.some(a => /^h2c?$/i.test(a)));
    if (modules === undefined) {
        const wanted = [
            ...VHOST_MODULES,
            ...(usesBalancer ? BALANCER_MODULES : []),
            ...(usesH2 ? ['http2'] : [])
        ];
        for (const name of wanted)
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(APACHE_MODULES, `mod_${name}.so`)))
                lines.push(moduleLine(name));
    }
    else if (![...modules].some(m => /^mpm_/.test(m))) {
        // httpd cannot start without an MPM; the static check does not model MPMs.
        lines.push(moduleLine('mpm_event'));
    }
    for (const port of new Set(ports.values()))
        lines.push(`Listen 127.0.0.1:${port}`);
    const emit = (list, depth) => {
        const pad = '    '.repeat(depth);
        for (const d of list) {
            if (d.block) {
                let args = d.args;
                if (d.key === 'virtualhost') {
                    const key = portKey(servers.find(s => s.section === d));
                    const port = ports.get(key);
                    if (port === undefined)
                        continue; // a plain listener: not served
                    args = [`127.0.0.1:${port}`];
                }
                else if (d.key === 'proxy' && isUrl(args[0] ?? '')) {
                    args = [echoUrl(args[0], kit.echoPort), ...args.slice(1)];
                }
                else if (/^md/.test(d.key))
                    continue; // mod_md's <MDomainSet>: ACME
                lines.push(`${pad}<${d.name}${args.map(a => ` ${word(a)}`).join('')}>`);
                if (d.key === 'virtualhost') {
                    const served = [...sites.values()].find(s => s.server.section === d);
                    if (served)
                        certificateLines(served, `${pad}    `);
                }
                emit(d.block, depth + 1);
                lines.push(`${pad}</${d.name}>`);
                continue;
            }
            if (DROPPED.has(d.key) || /^md/.test(d.key))
                continue;
            let args = d.args;
            if (d.key === 'loadmodule') {
                args = [args[0] ?? '', modulePath(args[1] ?? '')];
            }
            else if (BACKEND_URL.has(d.key)) {
                const i = args.findIndex(isUrl);
                if (i >= 0)
                    args = args.map((a, j) => (j === i ? echoUrl(a, kit.echoPort) : a));
            }
            else if (d.key === 'rewriterule' && /^\[.*\b(p|proxy)\b.*\]$/i.test(args[2] ?? '')) {
                if (args[1] && isUrl(args[1]))
                    args = [args[0], echoUrl(args[1], kit.echoPort), ...args.slice(2)];
            }
            else if (d.key === 'sslopensslconfcmd' &&
                (args[0] ?? '').toLowerCase() === 'dhparameters') {
                args = [args[0], kit.dhparam];
            }
            lines.push(`${pad}${[d.name, ...args.map(word)].join(' ')}`);
        }
    };
    const certificateLines = (served, pad) => {
        const { certificate } = served;
        if (!certificate)
            return;
        lines.push(`${pad}SSLCertificateFile ${q(certificate.cert)}`);
        lines.push(`${pad}SSLCertificateKeyFile ${q(certificate.key)}`);
        if (served.chainLine)
            lines.push(`${pad}SSLCertificateChainFile ${q(certificate.chain)}`);
    };
    emit(loaded.directives, 0);
    const mainSite = sites.get(main);
    if (mainSite)
        certificateLines(mainSite, '');
    lines.push('<IfModule ssl_module>', `    SSLSessionCache ${q(`shmcb:${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(prefix, 'ssl_scache')}(512000)`)}`, '</IfModule>', '<IfModule mpm_event_module>', '    StartServers 1', '    ServerLimit 1', '    ThreadsPerChild 16', '    MaxRequestWorkers 16', '</IfModule>', '<IfModule mpm_worker_module>', '    StartServers 1', '    ServerLimit 1', '    ThreadsPerChild 16', '    MaxRequestWorkers 16', '</IfModule>', '<IfModule mpm_prefork_module>', '    StartServers 2', '    MaxRequestWorkers 8', '</IfModule>', '');
    // Debian's site files name their logs and run directory through these.
    const env = {
        APACHE_LOG_DIR: prefix,
        APACHE_RUN_DIR: prefix,
        APACHE_LOCK_DIR: prefix,
        APACHE_PID_FILE: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(prefix, 'apache.pid')
    };
    return {
        files: { 'apache2.conf': lines.join('\n') },
        args: ['-f', node_path__WEBPACK_IMPORTED_MODULE_2___default().join(prefix, 'apache2.conf'), '-DFOREGROUND'],
        env,
        sites: [...sites.values()].map(s => s.site)
    };
}
/** The modules the file loads itself (lower-case module names), undefined when it loads none:
 * as the static check models it. */
function loadedModules(directives) {
    const names = new Set();
    anyDirective(directives, d => {
        if (d.key === 'loadmodule' && d.args[0])
            names.add(d.args[0].toLowerCase());
        return false;
    });
    return names.size > 0 ? names : undefined;
}
function anyDirective(list, test) {
    return list.some(d => test(d) || (d.block !== undefined && anyDirective(d.block, test)));
}
/** A LoadModule path on this machine: as written when it exists, else Debian's module of the
 * same file name (modules/mod_ssl.so of another layout). */
function modulePath(written) {
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(written) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(written))
        return written;
    const debian = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(APACHE_MODULES, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(written));
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(debian) ? debian : written;
}


/***/ })

};

//# sourceMappingURL=632.index.js.map