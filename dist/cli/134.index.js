export const id = 134;
export const ids = [134];
export const modules = {

/***/ 94871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ createRoot),
/* harmony export */   SK: () => (/* binding */ createIntermediate),
/* harmony export */   fB: () => (/* binding */ createLeaf)
/* harmony export */ });
/* unused harmony exports createSelfSignedLeaf, createCrl */
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80477);
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(reflect_metadata__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8927);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
// A throwaway PKI for the demo and the tests: roots, intermediates and leaves with any names,
// dates, key type and signature hash, made with @peculiar/x509 on Node's WebCrypto.



_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .cryptoProvider */ .Ve.set(node_crypto__WEBPACK_IMPORTED_MODULE_2__.webcrypto);
const DAY_MS = 86_400_000;
let serial = Date.now();
function keyAlgorithm(type, hash) {
    switch (type) {
        case 'ec-p256':
            return { name: 'ECDSA', namedCurve: 'P-256' };
        case 'ec-p384':
            return { name: 'ECDSA', namedCurve: 'P-384' };
        case 'rsa-2048':
        case 'rsa-1024':
        case 'rsa-512':
            return {
                name: 'RSASSA-PKCS1-v1_5',
                modulusLength: Number(type.slice(4)),
                publicExponent: new Uint8Array([1, 0, 1]),
                hash
            };
    }
}
async function newKeys(options) {
    const hash = options.hash ?? 'SHA-256';
    const algorithm = keyAlgorithm(options.keyType ?? 'ec-p256', hash);
    const keys = (await node_crypto__WEBPACK_IMPORTED_MODULE_2__.webcrypto.subtle.generateKey(algorithm, true, [
        'sign',
        'verify'
    ]));
    const signingAlgorithm = algorithm.name === 'ECDSA'
        ? { name: 'ECDSA', hash }
        : { name: algorithm.name, hash };
    return { keys, signingAlgorithm };
}
async function pkcs8Pem(key) {
    const der = Buffer.from(await node_crypto__WEBPACK_IMPORTED_MODULE_2__.webcrypto.subtle.exportKey('pkcs8', key)).toString('base64');
    return `-----BEGIN PRIVATE KEY-----\n${der.match(/.{1,64}/g).join('\n')}\n-----END PRIVATE KEY-----\n`;
}
function dates(options) {
    const now = Date.now();
    return {
        notBefore: new Date(now + (options.validFromDays ?? -1) * DAY_MS),
        notAfter: new Date(now + (options.validToDays ?? 90) * DAY_MS)
    };
}
/** Positive, minimal (no leading zero byte), unique within the process. */
function nextSerial() {
    serial++;
    return `1${serial.toString(16).padStart(15, '0')}`;
}
async function issued(certificate, keys, signingAlgorithm, keyPem) {
    // A trailing newline, so that PEMs can be concatenated into a chain.
    return {
        certificate,
        certPem: `${certificate.toString('pem')}\n`,
        keyPem: keyPem ?? (await pkcs8Pem(keys.privateKey)),
        keys,
        signingAlgorithm
    };
}
const CA_USAGE = _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsageFlags */ .Ob.keyCertSign | _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsageFlags */ .Ob.cRLSign;
/** A self-signed root CA. */
async function createRoot(options) {
    const { keys, signingAlgorithm } = await newKeys(options);
    const certificate = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .X509CertificateGenerator */ .Jy.createSelfSigned({
        serialNumber: nextSerial(),
        name: `CN=${options.commonName}`,
        ...dates({ validToDays: 3650, ...options }),
        signingAlgorithm,
        keys,
        extensions: [
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .BasicConstraintsExtension */ .WA(true, undefined, true),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsagesExtension */ .hy(CA_USAGE, true),
            await _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .SubjectKeyIdentifierExtension */ .QE.create(keys.publicKey)
        ]
    });
    return issued(certificate, keys, signingAlgorithm);
}
/** An intermediate CA signed by `issuer`. */
async function createIntermediate(issuer, options) {
    return issue(issuer, { validToDays: 1825, ...options }, [
        new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .BasicConstraintsExtension */ .WA(true, 0, true),
        new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsagesExtension */ .hy(CA_USAGE, true)
    ]);
}
/** A server certificate signed by `issuer`. */
async function createLeaf(issuer, options) {
    return issue(issuer, options, leafExtensions(options));
}
/** A self-signed server certificate ("self-signed in production"). */
async function createSelfSignedLeaf(options) {
    const { keys, signingAlgorithm } = await newKeys(options);
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: nextSerial(),
        name: `CN=${options.commonName}`,
        ...dates(options),
        signingAlgorithm,
        keys,
        extensions: leafExtensions(options)
    });
    return issued(certificate, keys, signingAlgorithm);
}
function leafExtensions(options) {
    const extensions = [
        new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .BasicConstraintsExtension */ .WA(false, undefined, true),
        new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsagesExtension */ .hy(_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsageFlags */ .Ob.digitalSignature | _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .KeyUsageFlags */ .Ob.keyEncipherment, true),
        new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .ExtendedKeyUsageExtension */ .j6([
            options.clientAuth ? _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .ExtendedKeyUsage */ .CD.clientAuth : _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .ExtendedKeyUsage */ .CD.serverAuth
        ])
    ];
    if (options.crlUrls?.length)
        extensions.push(new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .CRLDistributionPointsExtension */ .u5(options.crlUrls));
    if (options.ocspUrls?.length || options.caIssuersUrls?.length)
        extensions.push(new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .AuthorityInfoAccessExtension */ .Z2({
            ocsp: options.ocspUrls,
            caIssuers: options.caIssuersUrls
        }));
    const names = options.names ?? [];
    if (names.length > 0) {
        extensions.push(new _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .SubjectAlternativeNameExtension */ .Wx(names.map(value => ({
            type: /^[\d.]+$|:/.test(value) ? 'ip' : 'dns',
            value
        }))));
    }
    return extensions;
}
async function issue(issuer, options, extensions) {
    const { keys, signingAlgorithm } = options.reuseKeys ?? (await newKeys(options));
    const certificate = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .X509CertificateGenerator */ .Jy.create({
        serialNumber: nextSerial(),
        subject: `CN=${options.commonName}`,
        issuer: issuer.certificate.subject,
        ...dates(options),
        // The issuer's key signs, with the hash this certificate asks for (SHA-1 for weak-crypto cases).
        signingAlgorithm: { ...issuer.signingAlgorithm, hash: options.hash ?? 'SHA-256' },
        publicKey: keys.publicKey,
        signingKey: issuer.keys.privateKey,
        extensions: [
            ...extensions,
            await _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .SubjectKeyIdentifierExtension */ .QE.create(keys.publicKey),
            await _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__/* .AuthorityKeyIdentifierExtension */ .Z$.create(issuer.certificate, false)
        ]
    });
    return issued(certificate, keys, signingAlgorithm, options.reuseKeys?.keyPem);
}
/** A CRL (DER) signed by `issuer`, valid from yesterday for `nextUpdateDays`. */
async function createCrl(issuer, revoked, nextUpdateDays = 7) {
    const now = Date.now();
    const crl = await x509.X509CrlGenerator.create({
        issuer: issuer.certificate.subject,
        thisUpdate: new Date(now - DAY_MS),
        nextUpdate: new Date(now + nextUpdateDays * DAY_MS),
        signingAlgorithm: issuer.signingAlgorithm,
        signingKey: issuer.keys.privateKey,
        entries: revoked.map(r => ({
            serialNumber: r.certificate.certificate.serialNumber,
            revocationDate: new Date(now - (r.revokedDaysAgo ?? 1) * DAY_MS),
            reason: r.reason ?? x509.X509CrlReason.keyCompromise
        }))
    });
    return Buffer.from(crl.rawData);
}


/***/ }),

/***/ 31943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uT: () => (/* binding */ startWsServer)
/* harmony export */ });
/* unused harmony exports startWssServer, startHeaderDroppingProxy, startIdleCuttingProxy */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ws__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52977);
// Real WebSocket servers on loopback for the demo and the tests: wss:// (https + ws) with any
// certificate chain, plain ws://, a reverse proxy that drops the upgrade headers, and one that
// cuts idle connections. By default each echoes text frames; `webSocket` shapes the server's
// WebSocket behaviour.





function startWssServer(options) {
    const { cert, key, minVersion, maxVersion, ciphers, dhparam, ALPNProtocols, clientCa } = options;
    const server = https.createServer({
        cert,
        key,
        minVersion,
        maxVersion,
        ciphers,
        dhparam,
        ALPNProtocols,
        ...(clientCa ? { requestCert: true, rejectUnauthorized: true, ca: clientCa } : {})
    });
    return listen(server, options.host, options.webSocket, options.port);
}
function startWsServer(host, webSocket) {
    return listen(node_http__WEBPACK_IMPORTED_MODULE_0___default().createServer(), host, webSocket);
}
const echo = (socket) => {
    socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
};
function listen(server, host = '127.0.0.1', behaviour = {}, port = 0) {
    server.on('request', (_req, res) => res.writeHead(426, { 'Content-Type': 'text/plain' }).end('WebSocket upgrade required\n'));
    const wss = new ws__WEBPACK_IMPORTED_MODULE_4__/* .WebSocketServer */ .zu({ server, ...behaviour.options });
    wss.on('connection', behaviour.onConnection ?? echo);
    return running(server, host, () => {
        for (const client of wss.clients)
            client.terminate();
        wss.close();
    }, port);
}
/**
 * A TLS reverse proxy in front of a plain HTTP backend that forwards every request as a plain
 * request: no Upgrade or Connection headers (like nginx without `proxy_set_header Upgrade`).
 * The backend then answers the upgrade as an ordinary GET.
 */
function startHeaderDroppingProxy(options) {
    const proxy = https.createServer({ cert: options.cert, key: options.key });
    const forward = (req, respond, fail) => {
        const headers = { ...req.headers };
        for (const name of [
            'upgrade',
            'connection',
            'sec-websocket-key',
            'sec-websocket-version',
            'sec-websocket-extensions'
        ])
            delete headers[name];
        http
            .request({
            host: '127.0.0.1',
            port: options.backendPort,
            path: req.url,
            method: req.method,
            headers
        }, respond)
            .on('error', fail)
            .end();
    };
    proxy.on('request', (req, res) => forward(req, backend => {
        res.writeHead(backend.statusCode ?? 502, {
            ...backend.headers,
            server: options.serverHeader ?? 'nginx'
        });
        backend.pipe(res);
    }, () => res.writeHead(502).end()));
    // An upgrade request arrives here; answer it with the backend's plain response.
    proxy.on('upgrade', (req, socket) => forward(req, backend => {
        const body = [];
        backend.on('data', (c) => body.push(c));
        backend.on('end', () => {
            const payload = Buffer.concat(body);
            socket.end(`HTTP/1.1 ${backend.statusCode} ${backend.statusMessage}\r\nServer: ${options.serverHeader ?? 'nginx'}\r\nContent-Length: ${payload.length}\r\nConnection: close\r\n\r\n${payload}`);
        });
    }, () => socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')));
    return running(proxy, '127.0.0.1');
}
/**
 * A TLS-terminating TCP proxy in front of a plain backend that closes a connection once no byte
 * has gone either way for `idleMs`, with no close frame (a FIN): what nginx's
 * proxy_read_timeout, HAProxy's `timeout server` or a load balancer's idle timeout do to a
 * silent WebSocket. Everything else passes through untouched, the upgrade included.
 */
function startIdleCuttingProxy(options) {
    const open = new Set();
    const proxy = tls.createServer({ cert: options.cert, key: options.key }, client => {
        const backend = net.connect(options.backendPort, '127.0.0.1');
        open.add(client).add(backend);
        const end = () => {
            client.end();
            backend.destroy();
        };
        // Any byte either way (a write to the client counts) restarts the timer.
        client.setTimeout(options.idleMs, end);
        client.on('error', () => backend.destroy());
        backend.on('error', () => client.destroy());
        client.on('close', () => (open.delete(client), backend.destroy()));
        backend.on('close', () => (open.delete(backend), client.end()));
        client.pipe(backend);
        backend.pipe(client);
    });
    return running(proxy, '127.0.0.1', () => {
        for (const socket of open)
            socket.destroy();
    });
}
function running(server, host, beforeClose = () => undefined, port = 0) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            resolve({
                port: server.address().port,
                close: () => new Promise(done => {
                    beforeClose();
                    // http and https servers; the TCP proxy closed its own sockets in beforeClose.
                    if ('closeAllConnections' in server)
                        server.closeAllConnections();
                    server.close(() => done());
                })
            });
        });
    });
}


/***/ }),

/***/ 1134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dhParamsPem: () => (/* binding */ dhParamsPem),
/* harmony export */   freePort: () => (/* binding */ freePort),
/* harmony export */   listening: () => (/* binding */ listening),
/* harmony export */   onPath: () => (/* binding */ onPath),
/* harmony export */   probeSite: () => (/* binding */ probeSite),
/* harmony export */   serveConfiguration: () => (/* binding */ serveConfiguration),
/* harmony export */   stop: () => (/* binding */ stop)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53415);
/* harmony import */ var _demo_pki_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94871);
/* harmony import */ var _demo_servers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31943);
/* harmony import */ var _isolation_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(70782);
// config-serve for any proxy: the repository's configuration, rewritten by the proxy's module
// (loopback ports, throwaway certificates, every upstream a local WebSocket echo, state and logs
// in a private prefix), run in the foreground, and each TLS site probed with the run's own
// checks; the findings land at the site's line. The proxy is always stopped and the prefix
// removed, also at the run's deadline.










/** An executable on PATH, or undefined. */
function onPath(binary, env = process.env) {
    for (const dir of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_5___default().delimiter)).filter(Boolean)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, binary);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
async function serveConfiguration(options) {
    const { name, file, context } = options;
    const at = { file: file.path, line: 1 };
    const binary = onPath(options.binary);
    if (!binary) {
        return [
            {
                check: 'proxy-config',
                code: 'proxy-config-serve-unavailable',
                status: 'warn',
                title: `config-serve: ${name} is needed to serve the configuration, and ${options.binary} is not on PATH`,
                location: at,
                fix: {
                    text: `Install ${name} on the runner before this step, or set config-serve: false.`,
                    code: { lang: 'yaml', text: `- run: ${options.install}` }
                }
            }
        ];
    }
    const prefix = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(node_os__WEBPACK_IMPORTED_MODULE_4___default().tmpdir(), 'wss-doctor-serve-'));
    let echo;
    let child;
    const stopOnDeadline = (0,_isolation_js__WEBPACK_IMPORTED_MODULE_9__/* .onAbort */ .u7)((0,_isolation_js__WEBPACK_IMPORTED_MODULE_9__/* .deadlineSignal */ .R)(), () => killGroup(child, 'SIGKILL'));
    try {
        echo = await (0,_demo_servers_js__WEBPACK_IMPORTED_MODULE_8__/* .startWsServer */ .uT)();
        const kit = await serveKit(prefix, echo.port);
        const plan = await options.plan(kit.kit);
        if (Array.isArray(plan))
            return plan;
        for (const [name, text] of Object.entries(plan.files))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(prefix, name), text);
        let output = '';
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(binary, plan.args, {
            cwd: prefix,
            env: { ...process.env, HOME: prefix, ...plan.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        child.on('error', err => (output += err.message));
        child.stdout.on('data', chunk => (output = (output + String(chunk)).slice(-4000)));
        child.stderr.on('data', chunk => (output = (output + String(chunk)).slice(-4000)));
        if (!(await listening([...new Set(plan.sites.map(s => s.port))], child))) {
            return [
                {
                    check: 'proxy-config',
                    code: 'proxy-config-serve-refused',
                    status: 'fail',
                    title: `config-serve: ${name} did not start with this configuration`,
                    details: output.trim().split('\n').slice(-5),
                    cause: `${name} refuses the configuration (its own error is in the details)`,
                    location: at
                }
            ];
        }
        const findings = [];
        for (const site of plan.sites)
            findings.push(...(await probeSite(name, site, kit.rootFile, context)));
        return findings;
    }
    finally {
        stopOnDeadline();
        await stop(child);
        await echo?.close();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(prefix, { recursive: true, force: true });
    }
}
async function serveKit(prefix, echoPort) {
    const root = await (0,_demo_pki_js__WEBPACK_IMPORTED_MODULE_7__/* .createRoot */ .Hr)({ commonName: 'wss-doctor throwaway root' });
    const intermediate = await (0,_demo_pki_js__WEBPACK_IMPORTED_MODULE_7__/* .createIntermediate */ .SK)(root, {
        commonName: 'wss-doctor throwaway intermediate'
    });
    const rootFile = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(prefix, 'root.pem');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(rootFile, root.certPem);
    const dhparam = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(prefix, 'dhparam.pem');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(dhparam, dhParamsPem());
    let issued = 0;
    const certificate = async (names, options = {}) => {
        const leaf = await (0,_demo_pki_js__WEBPACK_IMPORTED_MODULE_7__/* .createLeaf */ .fB)(intermediate, {
            commonName: names[0] ?? 'localhost',
            keyType: 'rsa-2048',
            // Like a public CA's leaf; wss-doctor never fetches it.
            caIssuersUrls: ['http://127.0.0.1:9/intermediate.der'],
            names: names.length > 0 ? names : ['localhost']
        });
        const base = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(prefix, `site-${issued++}`);
        const files = {
            cert: `${base}.pem`,
            key: `${base}-key.pem`,
            chain: `${base}-chain.pem`,
            combined: `${base}-combined.pem`
        };
        const cert = options.leafOnly ? leaf.certPem : leaf.certPem + intermediate.certPem;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(files.cert, cert);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(files.key, leaf.keyPem, { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(files.chain, intermediate.certPem);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(files.combined, cert + leaf.keyPem, { mode: 0o600 });
        return files;
    };
    return { kit: { prefix, echoPort, freePort, certificate, dhparam }, rootFile };
}
const INPUT_VERSION = {
    TLSv1: '1.0',
    'TLSv1.1': '1.1',
    'TLSv1.2': '1.2',
    'TLSv1.3': '1.3'
};
/** The run's checks against one served site: its failing findings (or one pass), at its lines. */
async function probeSite(name, site, rootFile, { config, diagnose }) {
    const url = `wss://${site.host}:${site.port}${site.path}`;
    const report = await diagnose(probeConfig(url, site, rootFile, config));
    const result = report.results[0];
    const failing = result.findings.filter(f => f.status !== 'pass');
    if (failing.length === 0) {
        return [
            {
                check: 'proxy-config',
                code: 'proxy-config-live-ok',
                status: 'pass',
                title: `live: served by ${name} on loopback, ${url} passes every check`,
                details: result.findings.map(f => `${f.check}: ${f.title}`),
                location: site.location
            }
        ];
    }
    return failing.map(f => ({
        ...f,
        check: 'proxy-config',
        title: `live: ${f.title}`,
        details: [
            `${f.check} check of ${url}, served by ${name} on loopback with throwaway certificates`,
            ...(f.details ?? [])
        ],
        location: f.check === 'upgrade' || f.check === 'origin'
            ? (site.socketLocation ?? site.location)
            : site.location
    }));
}
function probeConfig(url, site, rootFile, config) {
    return (0,_config_js__WEBPACK_IMPORTED_MODULE_6__/* .parseConfig */ .o4)({
        urls: url,
        resolve: `${site.host}:${site.port}:127.0.0.1`,
        'ca-file': rootFile,
        revocation: 'off',
        deadline: '60s',
        'timeout-ms': String(Math.min(config.timeoutMs, 10_000)),
        // No idle hold: the static check judged the timeouts the file sets, and a hold would keep
        // the proxy running for idle-timeout.
        'idle-timeout': '0',
        'min-tls-version': INPUT_VERSION[config.minTlsVersion],
        'require-tls-versions': config.requireTlsVersions.map(v => INPUT_VERSION[v]).join(','),
        'fail-on-legacy-tls': String(config.failOnLegacyTls)
    }, config.workspace);
}
function freePort() {
    return new Promise((resolve, reject) => {
        const server = node_net__WEBPACK_IMPORTED_MODULE_3___default().createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
function accepting(port) {
    return new Promise(resolve => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_3___default().connect(port, '127.0.0.1');
        const settle = (value) => {
            socket.destroy();
            resolve(value);
        };
        socket.once('connect', () => settle(true));
        socket.once('error', () => settle(false));
        socket.setTimeout(200, () => settle(false));
    });
}
/** Resolves once every port accepts (polled, at most ~10 s); false if the process exits first. */
async function listening(ports, child) {
    for (let attempt = 0; attempt < 200; attempt++) {
        if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
            return false;
        const open = await Promise.all(ports.map(accepting));
        if (open.every(Boolean))
            return true;
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    return false;
}
function killGroup(child, signal) {
    if (!child?.pid)
        return;
    try {
        // The proxy's workers are in its process group (it was started detached).
        process.kill(-child.pid, signal);
    }
    catch {
        child.kill(signal);
    }
}
/** SIGTERM to the proxy's process group, SIGKILL after 3 s; resolves when it has exited. */
function stop(child) {
    return new Promise(resolve => {
        if (!child?.pid || child.exitCode !== null || child.signalCode !== null)
            return resolve();
        const hard = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
        child.once('exit', () => {
            clearTimeout(hard);
            killGroup(child, 'SIGKILL');
            resolve();
        });
        killGroup(child, 'SIGTERM');
    });
}
/** DER length octets. */
function derLength(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    if (n < 0x100)
        return Buffer.from([0x81, n]);
    return Buffer.from([0x82, n >> 8, n & 0xff]);
}
/** RFC 3526's 2048-bit MODP group as PEM DHparams: instant, where generating takes seconds. */
function dhParamsPem() {
    const group = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.getDiffieHellman)('modp14');
    const integer = (value) => {
        const bytes = value[0] & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value;
        return Buffer.concat([Buffer.from([0x02]), derLength(bytes.length), bytes]);
    };
    const body = Buffer.concat([integer(group.getPrime()), integer(group.getGenerator())]);
    const der = Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]);
    const lines = der
        .toString('base64')
        .match(/.{1,64}/g)
        .join('\n');
    return `-----BEGIN DH PARAMETERS-----\n${lines}\n-----END DH PARAMETERS-----\n`;
}


/***/ })

};

//# sourceMappingURL=134.index.js.map