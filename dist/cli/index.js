#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(673);
// The `wss-doctor` command's entry point (package.json "bin" → dist/cli/index.js).

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/targets.ts
// Target lists (the `urls` input, a targets file) and `resolve` overrides → Target[].
// Never throws for a bad entry: it becomes a Target with a `problem`.

/** Split the `urls` input: newlines or commas; blank entries and `#` comments skipped. */
function splitUrlsInput(text) {
    return text
        .split(/[\n,]/)
        .map(s => stripComment(s))
        .filter(s => s !== '')
        .map(s => ({ text: s }));
}
/** One target a line; the entry keeps its line number so findings can be annotated there. */
function parseTargetsFile(text, file) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const s = stripComment(raw);
        if (s !== '')
            entries.push({ text: s, source: { file, line: i + 1 } });
    });
    return entries;
}
// A `#` starts a comment at the start of a line or after whitespace (a URL fragment is invalid
// for WebSockets anyway, and is reported when it is glued to the URL).
function stripComment(line) {
    return line.replace(/(^|\s)#.*$/, '').trim();
}
function parseResolve(text) {
    const addresses = new Map();
    const problems = [];
    for (const raw of text.split(/[\n,]/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^([^:\s]+):(\d{1,5}):(\S+)$/.exec(line);
        const address = m?.[3].replace(/^\[(.*)\]$/, '$1');
        const port = Number(m?.[2]);
        if (!m || !address || (0,external_node_net_namespaceObject.isIP)(address) === 0 || port < 1 || port > 65535) {
            problems.push({
                label: `resolve ${line}`,
                problem: `Malformed resolve entry "${line}": expected host:port:address with an IPv4 or IPv6 address, e.g. api.example.com:443:203.0.113.7`
            });
            continue;
        }
        addresses.set(resolveKey(m[1], port), address);
    }
    return { addresses, problems };
}
function resolveKey(host, port) {
    return `${host.toLowerCase()}:${port}`;
}
// Lower-case after URL parsing; IDNs arrive as punycode (xn--…).
const DNS_NAME = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9])?)*\.?$/;
const SECRET_PARAM = /token|key|secret|auth|pass|sig|session|code|jwt|credential/i;
/** One list entry → a Target. URLs must be ws:// or wss://, with a host and no fragment. */
function toTarget(entry, resolve) {
    const { text, source } = entry;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { target: { label: text, source, problem: `Malformed URL "${text}": not an absolute URL (expected wss://host[:port]/path)` }, secrets: [] };
    }
    const secrets = collectSecrets(url);
    const label = redact(url);
    const scheme = url.protocol.slice(0, -1);
    if (scheme !== 'wss' && scheme !== 'ws') {
        const hint = scheme === 'https' || scheme === 'http' ? ` Use ${scheme === 'https' ? 'wss' : 'ws'}://${url.host}${url.pathname}` : '';
        return { target: { label, source, problem: `Not a WebSocket URL: scheme "${scheme}:" (expected wss:// or ws://).${hint}` }, secrets };
    }
    if (url.hostname === '') {
        return { target: { label, source, problem: 'URL has no host name' }, secrets };
    }
    if (url.hash !== '') {
        return { target: { label, source, problem: 'URL has a fragment (#…): browsers refuse WebSocket URLs with fragments' }, secrets };
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if ((0,external_node_net_namespaceObject.isIP)(host) === 0 && !DNS_NAME.test(host)) {
        return { target: { label, source, problem: `Invalid host name "${host}": only letters, digits, hyphens and dots are allowed` }, secrets };
    }
    const port = url.port === '' ? (scheme === 'wss' ? 443 : 80) : Number(url.port);
    return {
        target: {
            label,
            source,
            endpoint: {
                url: label,
                scheme,
                host,
                port,
                path: `${url.pathname}${url.search}`,
                address: resolve.addresses.get(resolveKey(host, port))
            }
        },
        secrets
    };
}
function collectSecrets(url) {
    const secrets = [];
    if (url.password)
        secrets.push(decodeURIComponent(url.password), url.password);
    for (const [name, value] of url.searchParams) {
        if (value && SECRET_PARAM.test(name))
            secrets.push(value, encodeURIComponent(value));
    }
    return [...new Set(secrets)];
}
/** The URL as reports show it: passwords and token-like query values replaced by ***. */
function redact(url) {
    const copy = new URL(url.href);
    if (copy.password)
        copy.password = '***';
    for (const name of [...copy.searchParams.keys()]) {
        if (SECRET_PARAM.test(name) && copy.searchParams.get(name))
            copy.searchParams.set(name, '***');
    }
    return copy.href.replace(/%2A%2A%2A/g, '***');
}

;// CONCATENATED MODULE: ./src/config.ts
// Inputs (action inputs or CLI flags, both as strings) → one validated Config. Only this
// module reads inputs; a value that makes the whole run meaningless is a ConfigError, while a
// bad target entry becomes a Target with a `problem` and the run goes on.




const INPUT_NAMES = [
    'urls',
    'targets-file',
    'ca-file',
    'resolve',
    'timeout-ms',
    'concurrency',
    'fail-on',
    'expiry-warning-days',
    'max-targets',
    'json-report'
];
const FAIL_ON = ['error', 'warning', 'never'];
class ConfigError extends Error {
    name = 'ConfigError';
}
/** `baseDir` resolves relative paths: the workspace in Actions, the cwd for the CLI. */
function parseConfig(raw, baseDir) {
    const input = (name) => (raw[name] ?? '').trim();
    const timeoutMs = integer(input('timeout-ms'), 'timeout-ms', 10000, 100, 600000);
    const concurrency = integer(input('concurrency'), 'concurrency', 8, 1, 256);
    const expiryWarningDays = integer(input('expiry-warning-days'), 'expiry-warning-days', 30, 0, 3650);
    const maxTargets = integer(input('max-targets'), 'max-targets', 1000, 1, 1000000);
    const failOn = (input('fail-on') || 'error');
    if (!FAIL_ON.includes(failOn)) {
        throw new ConfigError(`fail-on must be one of ${FAIL_ON.join(', ')}; got "${input('fail-on')}"`);
    }
    const entries = splitUrlsInput(input('urls'));
    const targetsFile = input('targets-file');
    if (targetsFile) {
        entries.push(...parseTargetsFile(readText(baseDir, targetsFile, 'targets-file'), targetsFile));
    }
    const resolve = parseResolve(input('resolve'));
    if (entries.length === 0 && resolve.problems.length === 0) {
        throw new ConfigError('No targets: set `urls` (wss:// URLs) or `targets-file`');
    }
    const secrets = [];
    const targets = [...resolve.problems];
    for (const entry of entries.slice(0, maxTargets)) {
        const parsed = toTarget(entry, resolve);
        targets.push(parsed.target);
        secrets.push(...parsed.secrets);
    }
    if (entries.length > maxTargets) {
        const first = entries[maxTargets];
        targets.push({
            label: `${entries.length - maxTargets} more targets`,
            source: first.source,
            problem: `Only the first ${maxTargets} of ${entries.length} targets were checked (max-targets). Raise max-targets or split the list over matrix jobs.`
        });
    }
    const caFile = input('ca-file');
    const jsonReport = input('json-report');
    return {
        targets,
        extraCAs: caFile ? readCAs(baseDir, caFile) : [],
        timeoutMs,
        concurrency,
        failOn,
        expiryWarningDays,
        maxTargets,
        jsonReport: jsonReport ? external_node_path_default().resolve(baseDir, jsonReport) : undefined,
        secrets: [...new Set(secrets)]
    };
}
function integer(text, name, fallback, min, max) {
    if (text === '')
        return fallback;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
        throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${text}"`);
    }
    return value;
}
function readText(baseDir, file, name) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().resolve(baseDir, file), 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'unreadable';
        throw new ConfigError(`${name}: cannot read "${file}" (${code})`);
    }
}
const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
function readCAs(baseDir, file) {
    const pems = readText(baseDir, file, 'ca-file').match(PEM_CERT) ?? [];
    if (pems.length === 0)
        throw new ConfigError(`ca-file: "${file}" contains no PEM certificate`);
    pems.forEach((pem, i) => {
        try {
            new external_node_crypto_namespaceObject.X509Certificate(pem);
        }
        catch {
            throw new ConfigError(`ca-file: certificate ${i + 1} in "${file}" is not a valid X.509 certificate`);
        }
    });
    return pems;
}

;// CONCATENATED MODULE: ./src/findings.ts
// The findings model: one record per (target, check). Probes produce them; reporters only render.
/** The checks wss-doctor runs, in report order. A new probe adds its id here. */
const CHECKS = (/* unused pure expression or super */ null && (['input', 'scheme', 'tls', 'trust', 'hostname', 'expiry']));
const RANK = { pass: 0, warn: 1, fail: 2 };
/** The worst status of a list; `pass` for an empty list. */
function worstStatus(statuses) {
    let worst = 'pass';
    for (const s of statuses)
        if (RANK[s] > RANK[worst])
            worst = s;
    return worst;
}
function atLeast(status, threshold) {
    return RANK[status] >= RANK[threshold];
}

;// CONCATENATED MODULE: ./src/concurrency.ts
/** Maps `items` through `fn` with at most `limit` calls in flight; results keep input order. */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/dates.ts
// Calendar arithmetic in UTC, so a verdict does not depend on the runner's time zone.
const DAY_MS = 86_400_000;
/** Whole days from `now` until `end`, negative once past; partial days do not count
 * (0.9 days left is 0, 30.2 days ago is -30). */
function daysLeft(end, now) {
    return Math.trunc((end.getTime() - now.getTime()) / DAY_MS) || 0;
}
/** YYYY-MM-DD in UTC. */
function isoDate(date) {
    return date.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/remedies.ts
// The field guide's fixes, filled in with the target's real names. Pure text builders.

/** Fix 1: a certificate that covers the WebSocket hostname (certbot -d lines, or a wildcard). */
function coverHostnameFix(host, covered) {
    if ((0,external_node_net_namespaceObject.isIP)(host) !== 0) {
        return {
            text: `Issue a certificate with an IP address SAN for ${host} (public CAs rarely do), or connect by a host name the certificate covers.`
        };
    }
    // Names come from the server's certificate: only plain DNS names go into a command to paste.
    const dnsNames = covered.filter(n => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(n));
    const names = [...new Set([...dnsNames, host])];
    const labels = host.split('.');
    const parent = labels.slice(1).join('.');
    const lines = ['# Include the WebSocket host name in the certificate:', `certbot certonly --nginx ${names.map(n => `-d ${n}`).join(' ')}`];
    if (labels.length >= 3) {
        lines.push(`# Or a wildcard, which covers every name one label below ${parent} (not deeper):`, `certbot certonly --dns-cloudflare -d '*.${parent}' -d ${parent}`);
    }
    return {
        text: `Reissue the certificate so that its Subject Alternative Names include ${host}, then reload the server (nginx: ssl_certificate must point at the new fullchain.pem).`,
        code: { lang: 'bash', text: lines.join('\n') }
    };
}
/** A server that sends its leaf without the intermediate: serve the full chain. */
function fullChainFix(host) {
    return {
        text: 'Serve the full chain (leaf, then intermediates) instead of the leaf alone. With certbot, point nginx at fullchain.pem, not cert.pem. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.',
        code: {
            lang: 'nginx',
            text: `ssl_certificate     /etc/letsencrypt/live/${host}/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;`
        }
    };
}
/** Self-signed or privately issued: a public CA in production, `ca-file` for internal services. */
function trustedCertificateFix(host) {
    return {
        text: `Browsers only trust certificates from a public CA: use one (for example Let's Encrypt) for ${host}. For an internal service whose clients trust your own CA, give that CA to wss-doctor with the ca-file input (Fix 4 of the field guide; never in production for browsers).`,
        code: {
            lang: 'bash',
            text: `certbot certonly --nginx -d ${host}\n# internal CA instead, in the workflow step:\n#   with:\n#     ca-file: certs/internal-ca.pem`
        }
    };
}
/** Expired or close to it: renew and automate renewal. */
function renewalFix(host) {
    return {
        text: `Renew the certificate for ${host} and automate renewal so it cannot lapse (certbot's systemd timer, or ACM), then reload the server.`,
        code: { lang: 'bash', text: `certbot renew --cert-name ${host}\nsystemctl enable --now certbot.timer` }
    };
}
function notYetValidFix() {
    return {
        text: "The certificate's validity starts in the future: check the clock of the machine that issued it and of the server (NTP), or reissue it."
    };
}
/** Fix 3: derive the WebSocket scheme from the page, and serve wss://. */
function plainWebSocketFix(endpoint) {
    return {
        text: `Serve this endpoint over TLS (wss://${endpoint.host}${endpoint.path}) and let pages derive the scheme from their own protocol.`,
        code: {
            lang: 'javascript',
            text: "const wsProto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(`${wsProto}://" + `${endpoint.host}${endpoint.path}` + '`)'
        }
    };
}
/** A wss:// URL pointing at a port that does not speak TLS. */
function plainPortFix(endpoint) {
    return {
        text: `Point the wss:// URL at the TLS port (443 by default), or terminate TLS on port ${endpoint.port}: nginx needs "listen ${endpoint.port} ssl;" with ssl_certificate, and the upgrade headers for WebSockets.`,
        code: {
            lang: 'nginx',
            text: [
                'server {',
                `    listen ${endpoint.port} ssl;`,
                `    server_name ${endpoint.host};`,
                `    ssl_certificate     /etc/letsencrypt/live/${endpoint.host}/fullchain.pem;`,
                `    ssl_certificate_key /etc/letsencrypt/live/${endpoint.host}/privkey.pem;`,
                '    ssl_protocols TLSv1.2 TLSv1.3;',
                '    location / {',
                '        proxy_pass http://127.0.0.1:8001;',
                '        proxy_http_version 1.1;',
                '        proxy_set_header Upgrade $http_upgrade;',
                "        proxy_set_header Connection 'upgrade';",
                '    }',
                '}'
            ].join('\n')
        }
    };
}
/** TLS version mismatch: offer 1.2 and 1.3. */
function tlsVersionFix() {
    return {
        text: 'Offer TLS 1.2 and TLS 1.3 so that every current browser, proxy and client shares a version with the server. Check with: openssl s_client -connect HOST:PORT -tls1_2 (and -tls1_3).',
        code: { lang: 'nginx', text: 'ssl_protocols TLSv1.2 TLSv1.3;' }
    };
}

;// CONCATENATED MODULE: ./src/probes/expiry.ts
// Validity dates of the leaf: expired, not yet valid, or fewer days left than
// expiry-warning-days (the field guide: alert when expiry is within 30 days).


const expiryProbe = {
    check: 'expiry',
    applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
    run: ctx => {
        const host = ctx.target.endpoint.host;
        const leaf = ctx.facts.handshake.chain[0];
        const notBefore = new Date(leaf.validFrom);
        const notAfter = new Date(leaf.validTo);
        const left = daysLeft(notAfter, ctx.now);
        const dates = [`Valid from ${leaf.validFrom} to ${leaf.validTo}`];
        if (ctx.now < notBefore) {
            return [
                {
                    check: 'expiry',
                    status: 'fail',
                    title: `Certificate not yet valid: valid from ${isoDate(notBefore)}`,
                    details: dates,
                    cause: 'The certificate is not valid yet',
                    fix: notYetValidFix()
                }
            ];
        }
        if (ctx.now >= notAfter) {
            return [
                {
                    check: 'expiry',
                    status: 'fail',
                    title: `Certificate expired on ${isoDate(notAfter)} (${-left} days ago)`,
                    details: dates,
                    cause: 'The certificate has expired',
                    fix: renewalFix(host)
                }
            ];
        }
        const warnDays = ctx.config.expiryWarningDays;
        if (left < warnDays) {
            return [
                {
                    check: 'expiry',
                    status: 'warn',
                    title: `Certificate expires in ${left} days, on ${isoDate(notAfter)}`,
                    details: [...dates, `Warning threshold: ${warnDays} days (expiry-warning-days).`],
                    cause: 'The certificate is close to expiry and renewal has not happened',
                    fix: renewalFix(host)
                }
            ];
        }
        return [{ check: 'expiry', status: 'pass', title: `Valid until ${isoDate(notAfter)} (${left} days left)`, details: dates }];
    }
};

;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
;// CONCATENATED MODULE: ./src/facts.ts
// What probes learn about a target beyond pass/fail: shared with later probes (one handshake,
// many checks) and shown by reporters (subject, SANs, issuer, expiry, protocol).

const SAN_SPLIT = /, (?=(?:DNS|IP Address|URI|email|othername|DirName|Registered ID):)/;
function certificateInfo(raw) {
    const x = new external_node_crypto_namespaceObject.X509Certificate(raw);
    return {
        subject: oneLineDN(x.subject),
        commonName: /^CN=(.*)$/m.exec(x.subject)?.[1],
        subjectAltNames: x.subjectAltName ? x.subjectAltName.split(SAN_SPLIT) : [],
        issuer: oneLineDN(x.issuer),
        validFrom: new Date(x.validFrom).toISOString(),
        validTo: new Date(x.validTo).toISOString(),
        serialNumber: x.serialNumber,
        fingerprint256: x.fingerprint256,
        selfIssued: x.subject === x.issuer,
        pem: x.toString()
    };
}
function oneLineDN(dn) {
    return dn.split('\n').join(', ');
}
/** "DNS:a.example" → "a.example"; the names a client can match. */
function coveredNames(cert) {
    return cert.subjectAltNames.map(san => san.replace(/^(DNS|IP Address):/, ''));
}

;// CONCATENATED MODULE: ./src/probes/hostname.ts
// Does the leaf certificate cover the host name? Node's own rules (tls.checkServerIdentity):
// SAN first, CN only without SANs, one-label wildcards, IP SANs for IP targets.



const hostnameProbe = {
    check: 'hostname',
    applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
    run: ctx => {
        const host = ctx.target.endpoint.host;
        const leaf = ctx.facts.handshake.chain[0];
        const identity = {
            subject: leaf.commonName === undefined ? undefined : { CN: leaf.commonName },
            subjectaltname: leaf.subjectAltNames.join(', ')
        };
        const mismatch = external_node_tls_default().checkServerIdentity(host, identity);
        const names = coveredNames(leaf);
        const covers = names.length > 0 ? names.join(', ') : `no SAN; CN=${leaf.commonName ?? '(none)'}`;
        if (!mismatch) {
            return [{ check: 'hostname', status: 'pass', title: `Certificate covers ${host}`, details: [`Names: ${covers}`] }];
        }
        return [
            {
                check: 'hostname',
                status: 'fail',
                title: `Certificate does not cover ${host}: it is for ${covers}`,
                details: [
                    `Names the certificate covers: ${covers}`,
                    "Browsers show net::ERR_CERT_COMMON_NAME_INVALID; openssl s_client shows 'verify error:num=62:Hostname mismatch'."
                ],
                cause: 'The SSL certificate does not cover the WebSocket server hostname (missing SAN or wildcard)',
                fix: coverHostnameFix(host, names)
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/probes/input.ts
const inputProbe = {
    check: 'input',
    applies: ctx => ctx.target.problem !== undefined,
    run: ctx => [
        {
            check: 'input',
            status: 'fail',
            title: ctx.target.problem ?? 'Invalid target',
            cause: 'The target list has an entry wss-doctor cannot check',
            fix: { text: 'Correct or remove this entry in the target list.' }
        }
    ]
};

;// CONCATENATED MODULE: ./src/probes/scheme.ts
// ws:// is plain text: an https page may not open it (mixed content), the field guide's 5th cause.

const schemeProbe = {
    check: 'scheme',
    applies: ctx => ctx.target.endpoint !== undefined,
    run: ctx => {
        const endpoint = ctx.target.endpoint;
        if (endpoint.scheme === 'wss') {
            return [{ check: 'scheme', status: 'pass', title: 'wss:// (TLS)' }];
        }
        return [
            {
                check: 'scheme',
                status: 'warn',
                title: 'Unencrypted ws:// endpoint: browsers block it on https pages (mixed content)',
                details: ['TLS checks were skipped: this URL does not use TLS.'],
                cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
                fix: plainWebSocketFix(endpoint)
            }
        ];
    }
};

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/probes/handshake.ts
// One TLS handshake against an endpoint: captures the chain, protocol, cipher and Node's
// verdict, or says precisely how and where the connection failed. Bounded by `timeoutMs`.




function handshake(endpoint, options) {
    return new Promise(resolve => {
        const started = external_node_perf_hooks_namespaceObject.performance.now();
        const connectTo = endpoint.address ?? endpoint.host;
        let phase = (0,external_node_net_namespaceObject.isIP)(connectTo) === 0 ? 'dns' : 'tcp';
        const socket = external_node_tls_default().connect({
            host: connectTo,
            port: endpoint.port,
            servername: (0,external_node_net_namespaceObject.isIP)(endpoint.host) === 0 ? endpoint.host : undefined,
            secureContext: options.secureContext,
            ALPNProtocols: ['http/1.1'],
            // Verification is not skipped but deferred: a probe must see a certificate that fails in
            // order to say why. The trust and hostname probes judge `authorized`, `verifyError` and
            // the names; nothing is ever sent over this connection.
            rejectUnauthorized: false,
            checkServerIdentity: () => undefined
        });
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(result);
        };
        const timer = setTimeout(() => {
            finish({ ok: false, failure: { phase, code: 'TIMEOUT', message: `no answer within ${options.timeoutMs} ms` } });
        }, options.timeoutMs);
        socket.once('lookup', () => (phase = 'tcp'));
        socket.once('connect', () => (phase = 'tls'));
        // `on`, not `once`: a late second error must not become an uncaught exception.
        socket.on('error', (err) => {
            finish({ ok: false, failure: { phase, code: err.code ?? 'ERROR', message: err.message } });
        });
        socket.once('secureConnect', () => {
            const cipher = socket.getCipher();
            finish({
                ok: true,
                facts: {
                    remoteAddress: socket.remoteAddress ?? connectTo,
                    protocol: socket.getProtocol() ?? 'unknown',
                    cipher: cipher.standardName ?? cipher.name,
                    alpn: socket.alpnProtocol || undefined,
                    authorized: socket.authorized,
                    verifyError: socket.authorized ? undefined : String(socket.authorizationError),
                    chain: peerChain(socket.getPeerCertificate(true)),
                    handshakeMs: Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started)
                }
            });
        });
    });
}
/** Leaf first, following issuerCertificate until a root points at itself. */
function peerChain(peer) {
    const chain = [];
    const seen = new Set();
    let cert = peer;
    while (cert?.raw && !seen.has(cert.fingerprint256)) {
        seen.add(cert.fingerprint256);
        chain.push(certificateInfo(cert.raw));
        cert = cert.issuerCertificate;
    }
    return chain;
}

;// CONCATENATED MODULE: ./src/probes/tls.ts


const tlsProbe = {
    check: 'tls',
    applies: ctx => ctx.target.endpoint?.scheme === 'wss',
    run: async (ctx) => {
        const endpoint = ctx.target.endpoint;
        const result = await handshake(endpoint, { timeoutMs: ctx.config.timeoutMs, secureContext: ctx.trust.secureContext });
        if (!result.ok)
            return [failureFinding(endpoint, result.failure)];
        ctx.facts.handshake = result.facts;
        const { protocol, cipher, remoteAddress, handshakeMs } = result.facts;
        return [
            {
                check: 'tls',
                status: 'pass',
                title: `${protocol} handshake with ${remoteAddress} (${cipher})`,
                details: [`Handshake took ${handshakeMs} ms.`]
            }
        ];
    }
};
function failureFinding(endpoint, failure) {
    const where = `${endpoint.address ? `${endpoint.address} (for ${endpoint.host})` : endpoint.host} port ${endpoint.port}`;
    const finding = (title, cause, fix) => ({
        check: 'tls',
        status: 'fail',
        title,
        details: [`${failure.code}: ${failure.message}`],
        cause,
        fix
    });
    const { code, phase } = failure;
    if (code === 'TIMEOUT') {
        if (phase === 'tls') {
            return finding(`TLS handshake timed out: ${where} accepted the connection but sent no TLS answer`, 'The port accepts TCP but does not speak TLS, or the server is overloaded', plainPortFix(endpoint));
        }
        return finding(`Connection timed out: ${where} did not answer (${phase === 'dns' ? 'DNS lookup' : 'TCP connect'})`, 'The host is down, or a firewall drops the traffic', { text: `Check that ${endpoint.host} resolves and that port ${endpoint.port} is open to this runner.` });
    }
    if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'].includes(code)) {
        return finding(`DNS lookup failed for ${endpoint.host}`, 'The host name does not resolve', {
            text: `Check the host name, or add a DNS record for ${endpoint.host}. To test a server before DNS points at it, use the resolve input (${endpoint.host}:${endpoint.port}:ADDRESS).`
        });
    }
    if (code === 'ECONNREFUSED') {
        return finding(`Connection refused by ${where}`, 'Nothing listens on that port', {
            text: `Start the server, or check the port: wss:// defaults to 443, and a reverse proxy must listen with "listen ${endpoint.port} ssl;".`
        });
    }
    if (['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'].includes(code)) {
        return finding(`Host unreachable: ${where}`, 'No network route to the host', {
            text: 'Check the address and the runner network; a private address is not reachable from GitHub-hosted runners.'
        });
    }
    if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|RECORD_LAYER_FAILURE/.test(code)) {
        return finding(`Not a TLS port: ${where} answered in plain text`, 'The port serves plain HTTP or ws://, not TLS', plainPortFix(endpoint));
    }
    if (/PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW|VERSION_TOO_HIGH/.test(code)) {
        return finding(`No TLS version in common with ${where}`, 'TLS version mismatch: the server and the client (or proxy) support no common TLS version', tlsVersionFix());
    }
    if (/HANDSHAKE_FAILURE|UNRECOGNIZED_NAME|NO_SHARED_CIPHER/.test(code)) {
        return finding(`TLS handshake refused by ${where}`, 'The server refused the handshake: no shared cipher or TLS version, or no certificate configured for this server name (SNI)', tlsVersionFix());
    }
    if (code === 'ECONNRESET' || code === 'EPIPE') {
        return finding(`Connection closed by ${where} during the ${phase === 'tls' ? 'TLS handshake' : 'connect'}`, 'The server or a middlebox dropped the connection: often a non-TLS port, or no certificate for this server name', plainPortFix(endpoint));
    }
    return finding(`TLS connection to ${where} failed (${code})`, 'The TLS handshake could not be completed', {
        text: `Reproduce with: openssl s_client -connect ${endpoint.address ?? endpoint.host}:${endpoint.port} -servername ${endpoint.host}`
    });
}

;// CONCATENATED MODULE: ./src/probes/trust.ts

// OpenSSL reports only one error; these are about dates, judged by the expiry probe.
const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const trustProbe = {
    check: 'trust',
    applies: ctx => ctx.facts.handshake !== undefined,
    run: ctx => {
        const { chain, authorized, verifyError } = ctx.facts.handshake;
        const host = ctx.target.endpoint.host;
        if (chain.length === 0) {
            return [fail('The server sent no certificate', [], 'No certificate is configured for this server name', trustedCertificateFix(host))];
        }
        const leaf = chain[0];
        const top = chain[chain.length - 1];
        const details = chainDetails(chain, verifyError);
        const trusted = { check: 'trust', status: 'pass', title: `Trusted chain: ${leaf.issuer} → ${top.subject}`, details };
        if (authorized)
            return [trusted];
        const anchored = top.selfIssued && ctx.trust.isTrustedRoot(top.fingerprint256);
        if (anchored && verifyError !== undefined && DATE_ERRORS.has(verifyError))
            return [trusted];
        if (chain.length === 1 && leaf.selfIssued) {
            return [
                fail(`Self-signed certificate (${leaf.subject}): not trusted by browsers`, details, "Self-signed certificate: not trusted by the browser's CA store", trustedCertificateFix(host))
            ];
        }
        if (top.selfIssued && !anchored) {
            return [
                fail(`Untrusted root CA: ${top.subject}`, details, 'The chain ends in a root CA that is not in the trust store (a private or unknown CA)', trustedCertificateFix(host))
            ];
        }
        if (!top.selfIssued) {
            return [
                fail(`Incomplete certificate chain: the issuer "${top.issuer}" was not sent and is not trusted`, details, 'The server sends its certificate without the intermediate CA certificate: some browsers fetch it, Node, Android and curl do not', fullChainFix(host))
            ];
        }
        return [fail(`Certificate verification failed: ${verifyError}`, details, 'The chain does not verify', trustedCertificateFix(host))];
    }
};
function fail(title, details, cause, fix) {
    return { check: 'trust', status: 'fail', title, details, cause, fix };
}
function chainDetails(chain, verifyError) {
    const lines = chain.map((c, i) => `${i === 0 ? 'leaf' : c.selfIssued ? 'root' : 'intermediate'}: ${c.subject} (issued by ${c.issuer})`);
    if (verifyError)
        lines.push(`OpenSSL verification result: ${verifyError}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/probes/index.ts
// The probes, in the order they run for each target. A new probe is one line here.






const PROBES = [inputProbe, schemeProbe, tlsProbe, trustProbe, hostnameProbe, expiryProbe];

;// CONCATENATED MODULE: ./src/trust-store.ts
// The roots a probe trusts: Node's built-in roots plus `ca-file`. Built once per run: a secure
// context with ~150 roots costs milliseconds to build, so connections share one.


function createTrustStore(extraCAs) {
    const all = [...(external_node_tls_default()).rootCertificates, ...extraCAs];
    let fingerprints;
    return {
        // `ca` replaces Node's roots, so the extra CAs come with all of them.
        secureContext: extraCAs.length > 0 ? external_node_tls_default().createSecureContext({ ca: all }) : undefined,
        isTrustedRoot: fingerprint256 => {
            fingerprints ??= new Set(all.map(pemFingerprint256));
            return fingerprints.has(fingerprint256);
        }
    };
}
/** SHA-256 of the DER, formatted like X509Certificate#fingerprint256 (without parsing it). */
function pemFingerprint256(pem) {
    const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(der).digest('hex').toUpperCase().match(/../g).join(':');
}

;// CONCATENATED MODULE: ./src/doctor.ts




async function diagnose(config, now = new Date()) {
    const run = { config, trust: createTrustStore(config.extraCAs), now };
    const results = await mapConcurrent(config.targets, config.concurrency, target => probeTarget(target, run));
    const counts = { pass: 0, warn: 0, fail: 0 };
    for (const r of results)
        counts[r.status]++;
    return { generatedAt: now, result: worstStatus(results.map(r => r.status)), counts, results };
}
/** Whether `fail-on` turns this report into a failed step (exit 1 for the CLI). */
function failsPolicy(report, failOn) {
    if (failOn === 'never')
        return false;
    return atLeast(report.result, failOn === 'warning' ? 'warn' : 'fail');
}
async function probeTarget(target, run) {
    const ctx = { ...run, target, facts: {} };
    const findings = [];
    for (const probe of PROBES) {
        if (probe.applies(ctx))
            findings.push(...(await runProbe(probe, ctx)));
    }
    return { target, status: worstStatus(findings.map(f => f.status)), findings, facts: ctx.facts };
}
async function runProbe(probe, ctx) {
    try {
        return await probe.run(ctx);
    }
    catch (err) {
        return [internalError(probe.check, err)];
    }
}
function internalError(check, err) {
    return {
        check,
        status: 'fail',
        title: `wss-doctor could not run the ${check} check: ${err instanceof Error ? err.message : String(err)}`,
        cause: 'An internal error in wss-doctor, not necessarily a problem with the endpoint',
        fix: { text: 'Please report this with the target URL (redacted) and the log.' }
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts
const REPORT_VERSION = 1;
function renderJson(report, run) {
    return `${JSON.stringify({
        version: REPORT_VERSION,
        tool: 'wss-doctor',
        generatedAt: report.generatedAt.toISOString(),
        run,
        result: report.result,
        counts: report.counts,
        targets: report.results.map(({ target, status, findings, facts }) => ({
            label: target.label,
            source: target.source,
            endpoint: target.endpoint,
            status,
            findings,
            handshake: facts.handshake && {
                ...facts.handshake,
                chain: facts.handshake.chain.map(({ pem: _pem, ...cert }) => cert)
            }
        }))
    }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/escape.ts
// Everything a server sends (certificate names, headers, error text) is hostile: these keep it
// from breaking out of a table cell, a code block, a log line or an annotation.
// C0/C1 controls, DEL, line/paragraph separators and bidi overrides (which can disguise text).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** One printable line: control characters become spaces, runs of whitespace collapse. */
function oneLine(text) {
    return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
}
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '@': '&#64;' };
/** Text for Markdown prose or a table cell: HTML and Markdown syntax neutralised. */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/[&<>"'@]/g, c => HTML[c])
        .replace(/[\\`*_{}[\]()#+\-!|~]/g, c => `\\${c}`);
}
/** A fenced code block whose fence no backtick run inside can close. */
function codeBlock(lang, text) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const fence = '`'.repeat(longest + 1);
    // eslint-disable-next-line no-control-regex -- keep tabs and newlines, drop other controls
    const body = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
    return `${fence}${/^[a-z]+$/.test(lang) ? lang : ''}\n${body}\n${fence}`;
}
/** A log line that cannot be read as a workflow command (`::…`) or forge other lines. */
function safeLogLine(text) {
    const line = text.replace(UNSAFE, ' ');
    return line.trimStart().startsWith('::') ? ` ${line}` : line;
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
// Findings → the CLI's text report (colour when the terminal is a TTY).



const MARK = { pass: '✓', warn: '!', fail: '✗' };
const COLOR = { pass: '\u001b[32m', warn: '\u001b[33m', fail: '\u001b[31m' };
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
function renderTerminal(report, options) {
    const paint = (status, text) => (options.color ? `${COLOR[status]}${text}${RESET}` : text);
    const dim = (text) => (options.color ? `${DIM}${text}${RESET}` : text);
    const { counts } = report;
    const lines = [
        `wss-doctor: ${report.results.length} targets: ${paint('fail', `${counts.fail} failed`)}, ${paint('warn', `${counts.warn} warned`)}, ${paint('pass', `${counts.pass} passed`)}`,
        ''
    ];
    for (const result of report.results)
        lines.push(...targetLines(result, report.generatedAt, paint, dim), '');
    lines.push(`Result: ${paint(report.result, report.result.toUpperCase())}`);
    // Every line starts with wss-doctor's own prefix, and server text is made one line before it
    // is placed, so no line can be read as a workflow command.
    return `${lines.join('\n')}\n`;
}
function targetLines(result, now, paint, dim) {
    const { target } = result;
    const where = target.source ? dim(`  (${target.source.file}:${target.source.line})`) : '';
    const lines = [`${paint(result.status, MARK[result.status])} ${oneLine(target.label)}${where}`];
    const leaf = result.facts.handshake?.chain[0];
    if (leaf) {
        const expires = `${isoDate(new Date(leaf.validTo))} (${daysLeft(new Date(leaf.validTo), now)} days)`;
        lines.push(dim(`    certificate: ${oneLine(leaf.subject)} · names: ${oneLine(coveredNames(leaf).join(', ') || '(none)')} · expires ${expires} · ${result.facts.handshake.protocol}`));
    }
    for (const f of result.findings) {
        lines.push(`    ${paint(f.status, MARK[f.status])} ${f.check.padEnd(8)} ${oneLine(f.title)}`);
        if (f.status === 'pass')
            continue;
        if (f.cause)
            lines.push(`               cause: ${oneLine(f.cause)}`);
        if (f.fix) {
            lines.push(`               fix:   ${oneLine(f.fix.text)}`);
            for (const codeLine of f.fix.code?.text.split('\n') ?? [])
                lines.push(dim(`                 ${safeLogLine(codeLine)}`));
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The `wss-doctor` command: flags → the same Config and run as the action, a text report,
// exit 0 (pass), 1 (a check failed under --fail-on) or 2 (bad usage).






const USAGE = `Usage: wss-doctor [options] <wss://url>...

Checks secure WebSocket endpoints: TLS handshake, certificate trust, host name and expiry.

Options (the action's inputs, as flags):
  --targets-file FILE         targets, one per line (# comments allowed)
  --ca-file FILE              extra trusted CA certificates (PEM)
  --resolve HOST:PORT:ADDR    connect to ADDR for HOST:PORT (repeatable)
  --timeout-ms N              timeout of each network step (default 10000)
  --concurrency N             targets probed at once (default 8)
  --fail-on LEVEL             error | warning | never (default error)
  --expiry-warning-days N     warn when fewer days are left (default 30)
  --max-targets N             check at most N targets (default 1000)
  --json-report FILE          also write the JSON report to FILE
  --color / --no-color        colour output (default: when stdout is a TTY)
  -h, --help                  this text

Exit status: 0 passed, 1 a check failed (see --fail-on), 2 bad usage.`;
async function main(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                ...Object.fromEntries(INPUT_NAMES.filter(n => n !== 'urls' && n !== 'resolve').map(n => [n, { type: 'string' }])),
                resolve: { type: 'string', multiple: true },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (err) {
        process.stderr.write(`wss-doctor: ${err.message}\n\n${USAGE}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    const raw = { urls: positionals.join('\n') };
    for (const name of INPUT_NAMES) {
        const value = values[name];
        if (typeof value === 'string')
            raw[name] = value;
    }
    raw.resolve = (values.resolve ?? []).join('\n');
    try {
        const config = parseConfig(raw, process.cwd());
        const report = await diagnose(config);
        if (config.jsonReport)
            (0,external_node_fs_namespaceObject.writeFileSync)(config.jsonReport, renderJson(report));
        const color = values['no-color'] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
        process.stdout.write(renderTerminal(report, { color: Boolean(color) }));
        return failsPolicy(report, config.failOn) ? 1 : 0;
    }
    catch (err) {
        if (err instanceof ConfigError) {
            process.stderr.write(`wss-doctor: ${err.message}\n\n${USAGE}\n`);
            return 2;
        }
        process.stderr.write(`wss-doctor: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        return 2;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map