export const id = 77;
export const ids = [77];
export const modules = {

/***/ 83077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findNginx: () => (/* binding */ findNginx),
  serveAndProbe: () => (/* binding */ serveAndProbe)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config.ts + 5 modules
var src_config = __webpack_require__(2314);
// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(80477);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
;// CONCATENATED MODULE: ./src/demo/pki.ts
// A throwaway PKI for the demo and the tests: roots, intermediates and leaves with any names,
// dates, key type and signature hash, made with @peculiar/x509 on Node's WebCrypto.



x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);
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
    const keys = (await external_node_crypto_.webcrypto.subtle.generateKey(algorithm, true, [
        'sign',
        'verify'
    ]));
    const signingAlgorithm = algorithm.name === 'ECDSA'
        ? { name: 'ECDSA', hash }
        : { name: algorithm.name, hash };
    return { keys, signingAlgorithm };
}
async function pkcs8Pem(key) {
    const der = Buffer.from(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', key)).toString('base64');
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
async function issued(certificate, keys, signingAlgorithm) {
    // A trailing newline, so that PEMs can be concatenated into a chain.
    return {
        certificate,
        certPem: `${certificate.toString('pem')}\n`,
        keyPem: await pkcs8Pem(keys.privateKey),
        keys,
        signingAlgorithm
    };
}
const CA_USAGE = x509_cjs/* KeyUsageFlags */.Ob.keyCertSign | x509_cjs/* KeyUsageFlags */.Ob.cRLSign;
/** A self-signed root CA. */
async function createRoot(options) {
    const { keys, signingAlgorithm } = await newKeys(options);
    const certificate = await x509_cjs/* X509CertificateGenerator */.Jy.createSelfSigned({
        serialNumber: nextSerial(),
        name: `CN=${options.commonName}`,
        ...dates({ validToDays: 3650, ...options }),
        signingAlgorithm,
        keys,
        extensions: [
            new x509_cjs/* BasicConstraintsExtension */.WA(true, undefined, true),
            new x509_cjs/* KeyUsagesExtension */.hy(CA_USAGE, true),
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey)
        ]
    });
    return issued(certificate, keys, signingAlgorithm);
}
/** An intermediate CA signed by `issuer`. */
async function createIntermediate(issuer, options) {
    return issue(issuer, { validToDays: 1825, ...options }, [
        new x509_cjs/* BasicConstraintsExtension */.WA(true, 0, true),
        new x509_cjs/* KeyUsagesExtension */.hy(CA_USAGE, true)
    ]);
}
/** A server certificate signed by `issuer`. */
async function createLeaf(issuer, options) {
    return issue(issuer, options, leafExtensions(options));
}
/** A self-signed server certificate (the field guide's "self-signed in production"). */
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
        new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
        new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.digitalSignature | x509_cjs/* KeyUsageFlags */.Ob.keyEncipherment, true),
        new x509_cjs/* ExtendedKeyUsageExtension */.j6([
            options.clientAuth ? x509_cjs/* ExtendedKeyUsage */.CD.clientAuth : x509_cjs/* ExtendedKeyUsage */.CD.serverAuth
        ])
    ];
    if (options.crlUrls?.length)
        extensions.push(new x509_cjs/* CRLDistributionPointsExtension */.u5(options.crlUrls));
    if (options.ocspUrls?.length || options.caIssuersUrls?.length)
        extensions.push(new x509_cjs/* AuthorityInfoAccessExtension */.Z2({
            ocsp: options.ocspUrls,
            caIssuers: options.caIssuersUrls
        }));
    const names = options.names ?? [];
    if (names.length > 0) {
        extensions.push(new x509_cjs/* SubjectAlternativeNameExtension */.Wx(names.map(value => ({
            type: /^[\d.]+$|:/.test(value) ? 'ip' : 'dns',
            value
        }))));
    }
    return extensions;
}
async function issue(issuer, options, extensions) {
    const { keys, signingAlgorithm } = await newKeys(options);
    const certificate = await x509_cjs/* X509CertificateGenerator */.Jy.create({
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
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey),
            await x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(issuer.certificate, false)
        ]
    });
    return issued(certificate, keys, signingAlgorithm);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(52977);
;// CONCATENATED MODULE: ./src/demo/servers.ts
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
    return listen(external_node_http_default().createServer(), host, webSocket);
}
const echo = (socket) => {
    socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
};
function listen(server, host = '127.0.0.1', behaviour = {}, port = 0) {
    server.on('request', (_req, res) => res.writeHead(426, { 'Content-Type': 'text/plain' }).end('WebSocket upgrade required\n'));
    const wss = new wrapper/* WebSocketServer */.zu({ server, ...behaviour.options });
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

// EXTERNAL MODULE: ./src/isolation.ts + 1 modules
var isolation = __webpack_require__(70782);
;// CONCATENATED MODULE: ./src/proxies/nginx/serve.ts
// The repository's nginx configuration, served: copied into a private prefix with throwaway
// certificates for its server names (the same chain shape: the leaf alone where the repository
// serves cert.pem), loopback ports, every upstream pointed at a local WebSocket echo, and pid,
// logs and temp files inside the prefix. `nginx -t` first (its errors land at the line of the
// repository's file they came from), then nginx itself, and every TLS server block probed
// with the full probe set. nginx is always stopped and the prefix removed.










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
    const group = (0,external_node_crypto_.getDiffieHellman)('modp14');
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
/** nginx on PATH (Debian installs it in /usr/sbin), or undefined. */
function findNginx(env = process.env) {
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().join(dir, 'nginx');
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
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
            status: 'fail',
            title: `nginx -t: ${message.replaceAll(external_node_path_default().dirname(confFile), '<prefix>')}`,
            details: [
                'nginx refuses this configuration, so a reload with it would fail (the old configuration keeps running; a restart would leave nothing running).'
            ],
            location: origin ?? { file: entry, line: 1 }
        });
    }
    return findings;
}
function freePort() {
    return new Promise((resolve, reject) => {
        const server = external_node_net_default().createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
function run(nginx, args) {
    return new Promise(resolve => {
        const child = (0,external_node_child_process_.spawn)(nginx, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', c => (output += String(c)));
        child.stderr.on('data', c => (output += String(c)));
        child.on('error', err => resolve({ code: -1, output: err.message }));
        child.on('close', code => resolve({ code, output }));
    });
}
async function accepting(port) {
    return new Promise(resolve => {
        const socket = external_node_net_default().connect(port, '127.0.0.1');
        const settle = (value) => {
            socket.destroy();
            resolve(value);
        };
        socket.once('connect', () => settle(true));
        socket.once('error', () => settle(false));
        socket.setTimeout(200, () => settle(false));
    });
}
/** Resolves once every port accepts (polled, at most ~5 s); false if nginx exits first. */
async function listening(ports, child) {
    for (let attempt = 0; attempt < 100; attempt++) {
        if (child.exitCode !== null || child.signalCode !== null)
            return false;
        const open = await Promise.all(ports.map(accepting));
        if (open.every(Boolean))
            return true;
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    return false;
}
function stop(child) {
    return new Promise(resolve => {
        if (child.exitCode !== null || child.signalCode !== null)
            return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
            clearTimeout(kill);
            resolve();
        });
        child.kill('SIGTERM');
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
const INPUT_VERSION = {
    TLSv1: '1.0',
    'TLSv1.1': '1.1',
    'TLSv1.2': '1.2',
    'TLSv1.3': '1.3'
};
/** Serves one entry file's configuration and probes its TLS server blocks: the findings, at
 * the lines of the repository's files. */
async function serveAndProbe(nginx, entry, config, diagnose) {
    const prefix = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'wss-doctor-serve-'));
    let echo;
    let child;
    const stopOnDeadline = (0,isolation/* onAbort */.u7)((0,isolation/* deadlineSignal */.R)(), () => child?.kill('SIGKILL'));
    try {
        echo = await startWsServer();
        const root = await createRoot({ commonName: 'wss-doctor throwaway root' });
        const intermediate = await createIntermediate(root, {
            commonName: 'wss-doctor throwaway intermediate'
        });
        const rootFile = external_node_path_default().join(prefix, 'root.pem');
        (0,external_node_fs_.writeFileSync)(rootFile, root.certPem);
        const dhparam = external_node_path_default().join(prefix, 'dhparam.pem');
        (0,external_node_fs_.writeFileSync)(dhparam, dhParamsPem());
        const plan = {
            prefix,
            echoPort: echo.port,
            ports: new Map(),
            certificates: new Map(),
            dhparam
        };
        for (const [i, server] of entry.servers.entries()) {
            plan.ports.set(server.directive, await freePort());
            if (!server.tls)
                continue;
            const host = probeHost(server.names) ?? 'localhost';
            const names = [
                ...new Set([host, ...server.names.filter(n => !n.startsWith('~') && !n.endsWith('.*'))])
            ];
            // DHE-RSA and ECDHE-RSA suites need an RSA certificate: one when the ciphers name no ECDSA.
            const rsa = server.ciphers !== undefined && !/ECDSA|HIGH|DEFAULT|ALL/.test(server.ciphers);
            const leaf = await createLeaf(intermediate, {
                commonName: host,
                keyType: rsa ? 'rsa-2048' : 'ec-p256',
                // Like a public CA's leaf; wss-doctor never fetches it.
                caIssuersUrls: ['http://127.0.0.1:9/intermediate.der'],
                names: names.map(n => (n.startsWith('.') ? `*${n}` : n))
            });
            const leafOnly = server.certificateFiles.some(f => /(^|\/)(cert|chain)\.pem$/.test(f));
            const cert = external_node_path_default().join(prefix, `server-${i}.pem`);
            const key = external_node_path_default().join(prefix, `server-${i}-key.pem`);
            (0,external_node_fs_.writeFileSync)(cert, leafOnly ? leaf.certPem : leaf.certPem + intermediate.certPem);
            (0,external_node_fs_.writeFileSync)(key, leaf.keyPem);
            plan.certificates.set(server.directive, { cert, key });
        }
        const generated = generate(entry.loaded, plan);
        const confFile = external_node_path_default().join(prefix, 'nginx.conf');
        (0,external_node_fs_.writeFileSync)(confFile, generated.text);
        const args = ['-p', `${prefix}/`, '-c', confFile, '-e', external_node_path_default().join(prefix, 'error.log')];
        const tested = await run(nginx, ['-t', ...args]);
        if (tested.code !== 0) {
            const errors = nginxErrors(tested.output, confFile, generated, entry.file);
            return errors.length > 0
                ? errors
                : [
                    {
                        check: 'proxy-config',
                        status: 'fail',
                        title: `nginx -t failed: ${tested.output.trim().split('\n').pop() ?? ''}`,
                        location: { file: entry.file, line: 1 }
                    }
                ];
        }
        child = (0,external_node_child_process_.spawn)(nginx, args, { stdio: 'ignore' });
        child.on('error', () => undefined);
        if (!(await listening([...plan.ports.values()], child))) {
            const log = readLog(external_node_path_default().join(prefix, 'error.log'));
            const errors = nginxErrors(log, confFile, generated, entry.file);
            return errors.length > 0
                ? errors
                : [
                    {
                        check: 'proxy-config',
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
            findings.push(...(await probeServer(server, plan.ports.get(server.directive), rootFile, config, diagnose)));
        }
        return findings;
    }
    finally {
        stopOnDeadline();
        if (child)
            await stop(child);
        await echo?.close();
        (0,external_node_fs_.rmSync)(prefix, { recursive: true, force: true });
    }
}
function readLog(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}
/** The full probe set against one served block: its failing findings, placed at the block's
 * line (the upgrade's at the WebSocket location's). */
async function probeServer(server, port, rootFile, config, diagnose) {
    const host = probeHost(server.names) ?? 'localhost';
    const ws = server.webSockets.find(w => w.modifier === '' || w.modifier === '=' || w.modifier === '^~');
    const url = `wss://${host}:${port}${ws?.path ?? '/'}`;
    const inner = (0,src_config/* parseConfig */.o4)({
        urls: url,
        resolve: `${host}:${port}:127.0.0.1`,
        'ca-file': rootFile,
        revocation: 'off',
        deadline: '60s',
        // No idle hold: the static check already judged the timeouts this file sets, and a hold
        // would keep nginx running for idle-timeout.
        'idle-timeout': '0',
        'timeout-ms': String(Math.min(config.timeoutMs, 10_000)),
        'min-tls-version': INPUT_VERSION[config.minTlsVersion],
        'require-tls-versions': config.requireTlsVersions.map(v => INPUT_VERSION[v]).join(','),
        'fail-on-legacy-tls': String(config.failOnLegacyTls)
    }, config.workspace);
    const report = await diagnose(inner);
    const result = report.results[0];
    const serverAt = { file: server.directive.file, line: server.directive.line };
    const wsAt = ws ? { file: ws.directive.file, line: ws.directive.line } : serverAt;
    const failing = result.findings.filter(f => f.status !== 'pass');
    if (failing.length === 0) {
        return [
            {
                check: 'proxy-config',
                status: 'pass',
                title: `live: served by nginx on loopback, ${url} passes every check`,
                details: result.findings.map(f => `${f.check}: ${f.title}`),
                location: serverAt
            }
        ];
    }
    return failing.map(f => ({
        ...f,
        check: 'proxy-config',
        title: `live: ${f.title}`,
        details: [
            `${f.check} check of ${url}, served by nginx on loopback with throwaway certificates`,
            ...(f.details ?? [])
        ],
        location: f.check === 'upgrade' || f.check === 'origin' ? wsAt : serverAt
    }));
}


/***/ })

};

//# sourceMappingURL=77.index.js.map