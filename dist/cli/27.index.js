export const id = 27;
export const ids = [27];
export const modules = {

/***/ 16993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ positions)
/* harmony export */ });
// Offsets in a text → 1-based line and column, for findings that point into a file.
/** A function from an offset in `text` to its line and column (1-based), by binary search over
 * the line starts (a minified file is one long line; a big one has many). */
function positions(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return offset => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    };
}


/***/ }),

/***/ 36027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PAGE_MAX_BYTES: () => (/* binding */ PAGE_MAX_BYTES),
  PAGE_MAX_REDIRECTS: () => (/* binding */ PAGE_MAX_REDIRECTS),
  PAGE_MAX_SCRIPTS: () => (/* binding */ PAGE_MAX_SCRIPTS),
  pageScan: () => (/* binding */ pageScan)
});

// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(81001);
// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(81532);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
;// CONCATENATED MODULE: ./src/scans/csp.ts
// Content-Security-Policy as a browser applies it to a WebSocket: the effective directive is
// connect-src, falling back to default-src, matched per CSP Level 3 ("Does url match source
// list in origin with redirect count", w3c.github.io/webappsec-csp). Pure; hostile header text
// never throws, it only fails to match.
const DIRECTIVE_NAME = /^[a-z0-9-]+$/;
const SCHEME = '[a-z][a-z0-9+.-]*';
const SCHEME_SOURCE = new RegExp(`^(${SCHEME}):$`, 'i');
// host-source = [ scheme-part "://" ] host-part [ ":" port-part ] [ path-part ]
const HOST_SOURCE = new RegExp(`^(?:(${SCHEME})://)?(\\*|(?:\\*\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.?)(?::(\\d+|\\*))?(/[^;,]*)?$`, 'i');
const DEFAULT_PORT = { http: '80', https: '443', ws: '80', wss: '443' };
/** Schemes `*` matches whatever the page's: Chromium's "network schemes" (CSP3 lets `*` match
 * HTTP(S); Fetch opens a wss:// socket with an https: request, so browsers let it match). */
const NETWORK_SCHEMES = new Set(['http', 'https', 'ws', 'wss']);
/** A serialized CSP list (a header's value; several headers joined by commas): one policy per
 * comma-separated part. */
function parsePolicyList(value, from) {
    return value
        .split(',')
        .map(part => parsePolicy(part, from))
        .filter(policy => policy.directives.size > 0);
}
/** A serialized policy: directives separated by ";", the first of a name wins. */
function parsePolicy(text, from) {
    const directives = new Map();
    for (const raw of text.split(';')) {
        const tokens = raw.trim().split(/[\t\n\f\r ]+/);
        const name = (tokens[0] ?? '').toLowerCase();
        if (!DIRECTIVE_NAME.test(name) || directives.has(name))
            continue;
        // Non-ASCII in a value makes the directive invalid (CSP3 §2.2.1, step 2.6).
        const sources = tokens.slice(1).filter(Boolean);
        if (sources.some(s => /[^\x21-\x7e]/.test(s)))
            continue;
        directives.set(name, sources);
    }
    return { from, directives };
}
/** The first enforced policy whose connect-src (or default-src) refuses `url` from a page of
 * `origin`; undefined when every policy allows it. */
function blockingDirective(policies, url, origin) {
    for (const policy of policies) {
        const directive = policy.directives.has('connect-src')
            ? 'connect-src'
            : policy.directives.has('default-src')
                ? 'default-src'
                : undefined;
        if (!directive)
            continue;
        const sources = policy.directives.get(directive);
        if (!sourceListMatches(sources, url, origin))
            return { policy, directive, sources };
    }
    return undefined;
}
/** CSP3 §6.7.2.5: an empty list and 'none' alone match nothing; 'none' among others is inert. */
function sourceListMatches(sources, url, origin) {
    if (sources.length === 0)
        return false;
    if (sources.length === 1 && sources[0].toLowerCase() === "'none'")
        return false;
    return sources.some(expression => expressionMatches(expression, url, origin));
}
/** CSP3 §6.7.2.6 "Does url match expression in origin with redirect count" (count 0). */
function expressionMatches(expression, url, origin) {
    const scheme = schemeOf(url);
    const originScheme = schemeOf(origin);
    if (expression === '*')
        return NETWORK_SCHEMES.has(scheme) || scheme === originScheme;
    const schemeOnly = SCHEME_SOURCE.exec(expression);
    if (schemeOnly)
        return schemePartMatches(schemeOnly[1], scheme);
    const host = HOST_SOURCE.exec(expression);
    if (host) {
        const [, schemePart, hostPart, portPart, pathPart] = host;
        if (schemePart !== undefined && !schemePartMatches(schemePart, scheme))
            return false;
        // A schemeless source takes the page's scheme, upgrades allowed (https page → wss:).
        if (schemePart === undefined && !schemePartMatches(originScheme, scheme))
            return false;
        if (!hostPartMatches(hostPart, url.hostname))
            return false;
        if (!portPartMatches(portPart, url))
            return false;
        if (pathPart && !pathPartMatches(pathPart, url.pathname))
            return false;
        return true;
    }
    if (expression.toLowerCase() === "'self'")
        return selfMatches(url, origin);
    // Nonces, hashes, 'unsafe-…', 'strict-dynamic', anything malformed: never a URL.
    return false;
}
function schemeOf(url) {
    return url.protocol.slice(0, -1).toLowerCase();
}
/** CSP3 "scheme-part match": the same scheme, or a secure upgrade of it. */
function schemePartMatches(pattern, scheme) {
    const a = pattern.toLowerCase();
    const b = scheme.toLowerCase();
    return (a === b ||
        (a === 'http' && b === 'https') ||
        (a === 'ws' && (b === 'wss' || b === 'http' || b === 'https')) ||
        (a === 'wss' && b === 'https'));
}
/** CSP3 "host-part match". The spec refuses IP addresses altogether ("a future version may
 * allow" them); Chromium and Firefox match an IP literal written out exactly, and the question
 * here is what the browser does, so an exact IP matches (a wildcard never does). */
function hostPartMatches(pattern, hostname) {
    const host = hostname.toLowerCase();
    const ip = /^[\d.]+$/.test(host) || host.startsWith('[');
    const p = pattern.toLowerCase().replace(/\.$/, '');
    if (ip)
        return p === host;
    if (p === '*')
        return true;
    if (p.startsWith('*.'))
        return host.endsWith(p.slice(1));
    return p === host.replace(/\.$/, '');
}
/** CSP3 "port-part matches": no port in the source means the URL's scheme's default port. */
function portPartMatches(port, url) {
    if (port === '*')
        return true;
    const normalized = port === undefined ? undefined : String(Number(port));
    const urlPort = url.port === '' ? undefined : url.port;
    if (normalized === urlPort)
        return true;
    return urlPort === undefined && normalized === DEFAULT_PORT[schemeOf(url)];
}
/** CSP3 "path-part match": a source path ending in "/" is a prefix of segments, otherwise the
 * exact path; segments compared percent-decoded. */
function pathPartMatches(pattern, path) {
    if (pattern === '' || (pattern === '/' && path === ''))
        return true;
    const exact = !pattern.endsWith('/');
    const a = pattern.split('/');
    const b = path.split('/');
    if (a.length > b.length)
        return false;
    if (exact && a.length !== b.length)
        return false;
    if (!exact)
        a.pop();
    return a.every((piece, i) => decoded(piece) === decoded(b[i]));
}
function decoded(piece) {
    try {
        return decodeURIComponent(piece);
    }
    catch {
        return piece;
    }
}
/** CSP3 'self': the page's origin, or the same host and port (or both default) over a secure
 * scheme: an https page's 'self' covers wss:// on its own host and port. */
function selfMatches(url, origin) {
    const scheme = schemeOf(url);
    const originScheme = schemeOf(origin);
    if (scheme === originScheme && url.host === origin.host)
        return true;
    if (url.hostname !== origin.hostname || url.port !== origin.port)
        return false;
    return (scheme === 'https' ||
        scheme === 'wss' ||
        (originScheme === 'http' && (scheme === 'http' || scheme === 'ws')));
}
/** The directive that would let `url` through: the blocking directive's sources (without a
 * lone 'none') plus the endpoint's origin; under a default-src fallback, a new connect-src
 * keeps what default-src allowed. */
function allowingDirective(blocked, url) {
    const kept = blocked.sources.length === 1 && blocked.sources[0].toLowerCase() === "'none'"
        ? []
        : blocked.sources;
    return ['connect-src', ...kept, `${schemeOf(url)}://${url.host}`].join(' ');
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/isolation.ts + 1 modules
var isolation = __webpack_require__(70782);
// EXTERNAL MODULE: ./src/targets.ts
var targets = __webpack_require__(38993);
;// CONCATENATED MODULE: ./src/scans/page-fetch.ts
// One bounded https GET, as a browser would make it: the certificate verified against the run's
// trust store (a failure is the answer, no content), redirects followed only within the origin,
// at most `maxBytes` of body, `timeoutMs` per request, ended by the run's deadline. Connects to
// the `resolve` address when one is given, with the real host for SNI and Host.





/** GET `url`, following same-origin redirects. */
async function fetchBounded(url, options) {
    let current = url;
    for (let redirects = 0;; redirects++) {
        const answer = await getOnce(current, options);
        if (!answer.ok || answer.location === undefined)
            return answer.ok ? answer.fetched : answer;
        let next;
        try {
            next = new URL(answer.location, current);
        }
        catch {
            return answer.fetched;
        }
        if (next.origin !== url.origin)
            return {
                ok: false,
                url: current,
                code: 'CROSS_ORIGIN_REDIRECT',
                message: `redirects (HTTP ${answer.fetched.status}) to ${(0,secrets/* redactUrl */.BO)(next)}, another origin`
            };
        if (redirects >= options.maxRedirects)
            return {
                ok: false,
                url: current,
                code: 'TOO_MANY_REDIRECTS',
                message: `redirects more than ${options.maxRedirects} times`
            };
        current = next;
    }
}
function getOnce(url, options) {
    return new Promise(resolve => {
        const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
        const port = url.port === '' ? 443 : Number(url.port);
        const address = options.resolve.addresses.get((0,targets/* resolveKey */.oO)(host, port))?.[0];
        const failure = (code, message) => ({ ok: false, url, code, message });
        const { finish, settled } = (0,isolation/* settleOnce */.Tq)(resolve, {
            timeoutMs: options.timeoutMs,
            expire: failure,
            release: () => request.destroy()
        });
        const failed = (code, message) => finish(failure(code, message));
        const requestOptions = {
            host: address ?? host,
            port,
            path: `${url.pathname}${url.search}`,
            method: 'GET',
            servername: (0,external_node_net_.isIP)(host) === 0 ? host : undefined,
            headers: {
                host: url.host,
                'user-agent': 'wss-doctor (page scan)',
                accept: 'text/html,application/javascript,*/*;q=0.5',
                'accept-encoding': 'identity'
            },
            secureContext: options.secureContext,
            rejectUnauthorized: true,
            agent: false
        };
        const request = external_node_https_default().request(requestOptions);
        request.on('error', (err) => {
            const code = err.code ?? 'ERROR';
            if (CERTIFICATE_ERROR.test(code))
                failed('CERTIFICATE', `${code}: ${err.message}`);
            else
                failed(code, err.message);
        });
        request.on('response', response => {
            const status = response.statusCode ?? 0;
            const csp = response.headers['content-security-policy'];
            const fetched = {
                ok: true,
                url,
                status,
                contentSecurityPolicy: Array.isArray(csp) ? csp.join(', ') : csp,
                body: '',
                truncated: false
            };
            const location = response.headers.location;
            if (status >= 300 && status < 400 && location !== undefined)
                return finish({ ok: true, fetched, location });
            const chunks = [];
            let size = 0;
            const done = () => {
                if (settled())
                    return;
                fetched.body = Buffer.concat(chunks).subarray(0, options.maxBytes).toString('utf8');
                finish({ ok: true, fetched });
            };
            response.on('data', (chunk) => {
                chunks.push(chunk);
                size += chunk.length;
                if (size > options.maxBytes) {
                    fetched.truncated = true;
                    done();
                }
            });
            response.on('end', done);
            response.on('error', (err) => failed(err.code ?? 'ERROR', err.message));
        });
        request.end();
    });
}
/** Node's codes for a certificate that does not verify: OpenSSL's verify errors and the host
 * name check (not TLS alerts such as a required client certificate). */
const CERTIFICATE_ERROR = /^(ERR_TLS_CERT_ALTNAME_INVALID|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|INVALID_CA|PATH_LENGTH_EXCEEDED|INVALID_PURPOSE|HOSTNAME_MISMATCH)/;

// EXTERNAL MODULE: ./src/remedies.ts
var remedies = __webpack_require__(20515);
;// CONCATENATED MODULE: ./src/scans/page-findings.ts



/** Places listed per URL. */
const MAX_PLACES = 5;
const MAX_SHOWN = 200;
/** The finding when the page itself was not read (nothing in it was scanned); undefined when
 * it was. */
function unreadPageFinding(fetched) {
    if (fetched.ok) {
        if (fetched.status < 400)
            return undefined;
        return {
            check: 'page',
            code: 'page-http-error',
            status: 'fail',
            title: `The page answered HTTP ${fetched.status}: nothing was scanned`,
            fix: { text: 'List a page URL that loads (the one that opens the WebSocket) in page-urls.' }
        };
    }
    switch (fetched.code) {
        case 'CERTIFICATE':
            return {
                check: 'page',
                code: 'page-certificate',
                status: 'fail',
                title: `The page's certificate fails (${shown(fetched.message)}): a browser refuses the page, and its content was not scanned`,
                cause: 'The page that opens the WebSocket does not load over verified https',
                fix: {
                    text: `Fix the certificate of ${fetched.url.host} (one that covers the host, from a CA browsers trust, served with its full chain); for an internal CA, give it to wss-doctor with ca-file.`
                }
            };
        case 'CROSS_ORIGIN_REDIRECT':
        case 'TOO_MANY_REDIRECTS':
            return {
                check: 'page',
                code: 'page-redirect',
                status: 'warn',
                title: `The page ${shown(fetched.message)}: not followed, nothing was scanned`,
                fix: {
                    text: 'List the page the browser ends up on in page-urls (redirects are followed only within the origin).'
                }
            };
        default:
            return {
                check: 'page',
                code: 'page-unreachable',
                status: 'fail',
                title: `The page could not be fetched: ${shown(fetched.message)}`,
                details: [`${fetched.code} at ${named(fetched.url)}`],
                fix: {
                    text: 'Check that the page is reachable from the runner (resolve maps a host to an address), or raise timeout-ms.'
                }
            };
    }
}
/** A ws:// endpoint on an https page: blocked before any traffic. */
function mixedContentFinding(url, where) {
    const [, authority, rest] = /^wss?:\/\/([^/?#]*)(.*)$/i.exec(url) ?? ['', url, ''];
    return {
        check: 'page',
        code: 'page-mixed-content',
        status: 'fail',
        title: `This https page cannot open ${shown(url)}: browsers block it before any traffic`,
        details: placeLines(where),
        cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets (the browser console says "Mixed Content: … attempted to connect to the insecure WebSocket endpoint")',
        fix: (0,remedies/* plainWebSocketFix */.vL)(writtenEndpoint(authority, rest))
    };
}
/** A wss:// endpoint the page's connect-src (or default-src) refuses. */
function cspBlockedFinding(url, blocked, where) {
    const directive = `${blocked.directive} ${blocked.sources.join(' ')}`.trim();
    const fallback = blocked.directive === 'default-src' ? ' (no connect-src, so default-src applies)' : '';
    return {
        check: 'page',
        code: 'page-csp-blocks',
        status: 'fail',
        title: `The page's CSP connect-src blocks ${shown(url.href)}: the browser refuses the connection (the same outage under another name)`,
        details: [
            `Content-Security-Policy (${blocked.policy.from === 'meta' ? '<meta http-equiv>' : 'header'}): ${shown(directive)}${fallback}`,
            ...placeLines(where)
        ],
        cause: 'Content-Security-Policy: the page may only connect to what its connect-src (or default-src) lists; the browser console says "Refused to connect to … because it violates the following Content Security Policy directive"',
        fix: {
            text: `Allow ${url.protocol}//${url.host} in the policy that blocks it (${blocked.policy.from === 'meta' ? 'the <meta http-equiv="Content-Security-Policy"> element' : 'the Content-Security-Policy header'}). Every policy a page carries must allow the connection.`,
            code: { lang: 'http', text: `Content-Security-Policy: ${allowingDirective(blocked, url)}` }
        }
    };
}
/** The policy's rule for connections, as the summary lists it. */
function connectRule(policy) {
    const connect = policy.directives.get('connect-src');
    if (connect)
        return shown(`connect-src ${connect.join(' ')}`);
    const fallback = policy.directives.get('default-src');
    if (fallback)
        return shown(`default-src ${fallback.join(' ')}`);
    return 'no connect-src or default-src (connections unrestricted)';
}
/** "page line 8, app.js line 3": the places of one URL, for a summary line. */
function placesText(where) {
    return where
        .slice(0, MAX_PLACES)
        .map(p => `${p.source} line ${p.line}`)
        .concat(where.length > MAX_PLACES ? [`${where.length - MAX_PLACES} more`] : [])
        .join(', ');
}
function placeLines(where) {
    return where
        .slice(0, MAX_PLACES)
        .map(p => `${p.opened ? 'new WebSocket' : 'string literal'} at ${p.source} line ${p.line}`)
        .concat(where.length > MAX_PLACES ? [`and ${where.length - MAX_PLACES} more places`] : []);
}
/** Fix 3 names the host and path as the page wrote them (possibly with `${…}`). */
function writtenEndpoint(authority, rest) {
    const host = shown(authority.replace(/^[^@]*@/, ''));
    return {
        url: `ws://${host}${rest}`,
        scheme: 'ws',
        host,
        port: 80,
        path: shown(rest),
        addresses: []
    };
}
/** A page or script as reports name it: secrets redacted, cut to a readable length. */
function named(url) {
    return shown((0,secrets/* redactUrl */.BO)(url));
}
/** Server-supplied text, cut to a readable length (reporters escape it). */
function shown(text) {
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/scans/declared.ts
var declared = __webpack_require__(31382);
// EXTERNAL MODULE: ./src/scans/lines.ts
var lines = __webpack_require__(16993);
// EXTERNAL MODULE: ./src/scans/websocket-urls.ts
var websocket_urls = __webpack_require__(99204);
;// CONCATENATED MODULE: ./src/scans/page-html.ts
// The parts of a page the page scan reads, as text and never run: where its HTML and scripts
// open WebSockets (through the source scan's lexer, so that comments and prose are no hits),
// schemes derived from location.protocol, script sources and
// <meta http-equiv="Content-Security-Policy">. Bounded passes: hostile input only fails to match.


const CONSTRUCTOR_BEFORE = /new\s+(?:window\.|globalThis\.|self\.)?WebSocket\s*\(\s*$/;
// location.protocol near a "ws" literal: the scheme follows the page (the fix for mixed content).
const DERIVED = /location\.protocol[^;\n]{0,120}?["'`]wss?(?::\/\/)?["'`]|["'`]wss?(?::\/\/)?["'`][^;\n]{0,120}?location\.protocol|location\.protocol\.replace\(\s*["'`]http["'`]\s*,\s*["'`]ws["'`]/g;
/** Every ws:// / wss:// URL literal in a page (`markup`: its inline scripts) or a script. */
function findSocketLiterals(text, kind) {
    const at = (0,lines/* positions */.X)(text);
    const found = [];
    for (const literal of (0,websocket_urls/* findUrlLiterals */.v)(text, kind)) {
        const bare = /^wss?:\/\/$/i.test(literal.text);
        // A lone scheme is a piece of the derivation pattern (fine), unless code completes it.
        if (bare && !literal.concatenated)
            continue;
        const url = literal.concatenated ? literal.text + templated(literal.concatenated) : literal.text;
        // The quote (or backtick) stands just before the URL.
        const before = text.slice(Math.max(0, literal.offset - 61), Math.max(0, literal.offset - 1));
        found.push({ url, line: at(literal.offset).line, opened: CONSTRUCTOR_BEFORE.test(before) });
    }
    return found;
}
/** `host + '/chat'` → `${host}/chat`: a concatenation written as the template it builds. */
function templated(concatenated) {
    return concatenated
        .split(/\s*\+\s*/)
        .map(part => /^(["'`])(.*)\1$/.exec(part)?.[2] ?? `\${${part}}`)
        .join('');
}
/** Places where the WebSocket scheme is derived from location.protocol. */
function findDerivedSchemes(text) {
    const at = (0,lines/* positions */.X)(text);
    return [...text.matchAll(DERIVED)].map(m => ({ line: at(m.index).line }));
}
/** The src of every script element, in document order, as written (entities decoded). */
function scriptSources(html) {
    const sources = [];
    for (const attributes of tagAttributes(html, 'script')) {
        const src = attribute(attributes, 'src')?.trim();
        if (src)
            sources.push(src);
    }
    return sources;
}
/** The content of every <meta http-equiv="Content-Security-Policy">. */
function metaPolicies(html) {
    const policies = [];
    for (const attributes of tagAttributes(html, 'meta')) {
        const equiv = attribute(attributes, 'http-equiv');
        const content = attribute(attributes, 'content');
        if (equiv?.trim().toLowerCase() === 'content-security-policy' && content !== undefined)
            policies.push(content);
    }
    return policies;
}
/** The attribute text of every `<name …>` start tag (at most 4096 characters). One pass: the
 * search goes on after each tag's ">", and an unclosed tag ends it. */
function tagAttributes(html, name) {
    const lower = html.toLowerCase();
    const open = `<${name}`;
    const found = [];
    for (let at = lower.indexOf(open); at !== -1; at = lower.indexOf(open, at)) {
        const from = at + open.length;
        if (!/^[\s/>]/.test(html.charAt(from))) {
            at = from;
            continue;
        }
        const close = html.indexOf('>', from);
        if (close === -1)
            break;
        if (close - from <= 4096)
            found.push(html.slice(from, close));
        at = close + 1;
    }
    return found;
}
/** An attribute's value from a tag's attribute text, entities decoded. */
function attribute(attributes, name) {
    const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attributes);
    if (!m)
        return undefined;
    return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}
const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'"
};
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, entity) => {
        if (entity.startsWith('#')) {
            const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    });
}

;// CONCATENATED MODULE: ./src/scans/page.ts








/** Per resource (the page, each script). */
const PAGE_MAX_BYTES = 2 * 1024 * 1024;
/** Same-origin external scripts read per page, four at a time. */
const PAGE_MAX_SCRIPTS = 20;
const PAGE_MAX_REDIRECTS = 5;
/** Distinct WebSocket URLs judged per page. */
const MAX_URLS = 50;
const pageScan = {
    ...declared/* PAGE_SCAN */.Gn,
    run: async (ctx) => {
        const results = [];
        const discovered = [];
        for (const page of ctx.config.pageUrls) {
            const scanned = await scanPage(new URL(page), ctx);
            results.push(scanned.result);
            discovered.push(...scanned.discovered);
        }
        return { results, discovered };
    }
};
async function scanPage(page, ctx) {
    const label = (0,secrets/* redactUrl */.BO)(page);
    const options = {
        secureContext: ctx.trust.secureContext,
        resolve: ctx.config.resolve,
        timeoutMs: ctx.config.timeoutMs,
        maxBytes: PAGE_MAX_BYTES,
        maxRedirects: PAGE_MAX_REDIRECTS
    };
    const fetched = await fetchBounded(page, options);
    const unread = unreadPageFinding(fetched);
    if (unread)
        return { result: result(label, [unread]), discovered: [] };
    const html = fetched;
    const origin = html.url;
    const scripts = await readScripts(html, options);
    const findings = [...scripts.findings];
    const { places, derived } = socketsIn([
        { name: named(origin), text: html.body, kind: 'markup' },
        ...scripts.read
    ]);
    const policies = [
        ...(html.contentSecurityPolicy ? parsePolicyList(html.contentSecurityPolicy, 'header') : []),
        ...metaPolicies(html.body).map(content => parsePolicy(content, 'meta'))
    ];
    const discovered = [];
    const inventory = [];
    // upgrade-insecure-requests makes the browser open wss:// where the page says ws://.
    const upgrades = policies.some(p => p.directives.has('upgrade-insecure-requests'));
    for (const [written, where] of places) {
        let url = withPageHost(written, origin);
        const at = placesText(where);
        if (/^ws:/i.test(url)) {
            if (isLoopback(url)) {
                inventory.push(`${shown(url)}: loopback, which browsers allow from an https page (${at})`);
                continue;
            }
            if (!upgrades) {
                findings.push(mixedContentFinding(url, where));
                continue;
            }
            const upgraded = upgradedUrl(url);
            inventory.push(`${shown(url)}: opened as ${shown(upgraded)} (upgrade-insecure-requests)`);
            url = upgraded;
        }
        const target = parsedUrl(url);
        if (!target || url.includes('${')) {
            inventory.push(`${shown(url)}: built at run time, not checked against the CSP (${at})`);
            continue;
        }
        discovered.push({ text: target.href, foundOn: label });
        const blocked = blockingDirective(policies, target, origin);
        if (blocked)
            findings.push(cspBlockedFinding(target, blocked, where));
        else
            inventory.push(`${shown(target.href)}: ${policies.length > 0 ? 'allowed by the CSP' : 'no CSP restricts it'} (${at})`);
    }
    const scriptsRead = count(scripts.read.length, 'same-origin script');
    findings.push({
        check: 'page',
        code: 'page-ok',
        status: 'pass',
        title: places.size + derived.length === 0
            ? `No WebSocket URL in the page or its ${scriptsRead}`
            : `Read the page and ${scriptsRead}: ${count(places.size, 'WebSocket URL')}${derived.length > 0 ? `, ${count(derived.length, 'scheme')} derived from location.protocol` : ''}`,
        details: [
            ...inventory,
            ...derived.map(at => `scheme derived from location.protocol (follows the page: fine) at ${at}`),
            policies.length === 0
                ? 'No Content-Security-Policy: connections are not restricted'
                : `Content-Security-Policy: ${policies.map(p => `${p.from} ${connectRule(p)}`).join(' | ')}`,
            ...scripts.notRead
        ]
    });
    return { result: result(label, findings), discovered };
}
/** The page's same-origin external scripts, read (inline ones are in the HTML already); a
 * script that cannot be read, or only in part, is a warning. */
async function readScripts(html, options) {
    const origin = html.url;
    // Script URLs (href), each once, in document order.
    const sameOrigin = [];
    const foreign = [];
    for (const src of scriptSources(html.body)) {
        const url = parsedUrl(src, origin);
        if (!url)
            continue;
        const list = url.origin === origin.origin ? sameOrigin : foreign;
        if (!list.includes(url.href))
            list.push(url.href);
    }
    const wanted = sameOrigin.slice(0, PAGE_MAX_SCRIPTS);
    const fetched = await (0,concurrency/* mapConcurrent */._)(wanted, 4, url => fetchBounded(new URL(url), options));
    const read = [];
    const failed = [];
    const truncated = html.truncated ? [named(origin)] : [];
    for (const script of fetched) {
        if (!script.ok)
            failed.push(`${named(script.url)}: ${script.message}`);
        else if (script.status >= 400)
            failed.push(`${named(script.url)}: HTTP ${script.status}`);
        else {
            read.push({ name: named(script.url), text: script.body, kind: 'script' });
            if (script.truncated)
                truncated.push(named(script.url));
        }
    }
    const findings = [];
    if (failed.length > 0)
        findings.push({
            check: 'page',
            code: 'page-scripts-unread',
            status: 'warn',
            title: `${count(failed.length, 'script')} of the page could not be read: the WebSockets ${failed.length === 1 ? 'it opens' : 'they open'} were not checked`,
            details: failed,
            fix: {
                text: 'Make the scripts loadable over https from the page origin (a browser needs them too), or raise timeout-ms.'
            }
        });
    if (truncated.length > 0)
        findings.push({
            check: 'page',
            code: 'page-truncated',
            status: 'warn',
            title: `Only the first ${PAGE_MAX_BYTES / 1024 / 1024} MiB of ${count(truncated.length, 'resource')} were read: WebSockets opened further on were not checked`,
            details: truncated
        });
    const notRead = [];
    if (sameOrigin.length > wanted.length)
        notRead.push(`${sameOrigin.length - wanted.length} more same-origin scripts not read (at most ${PAGE_MAX_SCRIPTS})`);
    if (foreign.length > 0)
        notRead.push(`Scripts from other origins not read: ${foreign
            .slice(0, 5)
            .map(href => named(new URL(href)))
            .join(', ')}${foreign.length > 5 ? ', …' : ''}`);
    return { read, findings, notRead };
}
/** Every WebSocket URL (at most MAX_URLS) with the places it is written, and the places that
 * derive the scheme from location.protocol. */
function socketsIn(sources) {
    const places = new Map();
    const derived = [];
    for (const source of sources) {
        for (const found of findSocketLiterals(source.text, source.kind)) {
            let list = places.get(found.url);
            if (!list) {
                if (places.size >= MAX_URLS)
                    continue;
                list = [];
                places.set(found.url, list);
            }
            list.push({ source: source.name, line: found.line, opened: found.opened });
        }
        for (const { line } of findDerivedSchemes(source.text))
            derived.push(`${source.name} line ${line}`);
    }
    return { places, derived };
}
function result(label, findings) {
    return {
        target: { label, scan: 'page' },
        status: (0,src_findings/* worstStatus */.A4)(findings.map(f => f.status)),
        findings,
        facts: {}
    };
}
/** `${location.host}` and friends are the page's own host. */
function withPageHost(url, origin) {
    return url
        .replace(/\$\{\s*(?:(?:window|document|self)\.)?location\.host\s*\}/g, origin.host)
        .replace(/\$\{\s*(?:(?:window|document|self)\.)?location\.hostname\s*\}/g, origin.hostname);
}
/** ws:// → wss://, port 80 → 443, as upgrade-insecure-requests does. */
function upgradedUrl(url) {
    return url.replace(/^ws:\/\/([^/?#]*)/i, (_, authority) => `wss://${authority.replace(/:80$/, '')}`);
}
function parsedUrl(text, base) {
    try {
        return new URL(text, base);
    }
    catch {
        return undefined;
    }
}
/** Whether a ws:// URL goes to a host a browser lets an https page reach in clear text
 * (potentially trustworthy: localhost, 127.0.0.0/8, ::1). */
function isLoopback(url) {
    const authority = /^wss?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
    const name = authority
        .replace(/^[^@]*@/, '')
        .replace(/:\d*$/, '')
        .replace(/^\[(.*)\]$/, '$1')
        .toLowerCase();
    return (name === 'localhost' ||
        name.endsWith('.localhost') ||
        name === '::1' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name));
}


/***/ }),

/***/ 99204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ findUrlLiterals)
/* harmony export */ });
/* unused harmony export hostOf */
// WebSocket URLs written in source files: string and template literals that begin with ws:// or
// wss:// in scripts (and the <script> blocks of HTML, Vue and Svelte files), and values that do
// in .env files. A small lexer rather than one regular expression: it follows comments, strings,
// template literals (with their ${…} expressions, nested) and regular expressions across lines,
// so that a URL in a comment, inside prose, or after an apostrophe in a regex is not a hit.
function findUrlLiterals(text, kind) {
    const found = [];
    if (kind === 'script')
        scanScript(text, 0, text.length, found);
    else if (kind === 'markup')
        scanMarkup(text, found);
    else
        scanEnv(text, found);
    return found;
}
const URL_START = /^wss?:\/\//i;
/** Longest text a report shows of one URL (a minified bundle is one long line). */
const SHOWN_MAX = 200;
// A `/` after one of these (or at the start) begins a regular expression, after anything else
// it divides. `<` is left out: in JSX, `</div>` is a closing tag.
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%~^>']);
const KEYWORDS_BEFORE_REGEX = new Set([
    'return',
    'typeof',
    'instanceof',
    'in',
    'of',
    'new',
    'delete',
    'void',
    'throw',
    'case',
    'do',
    'else',
    'yield',
    'await'
]);
function isWordChar(c) {
    return /[\w$]/.test(c);
}
/** Scans `text[from, to)` as JavaScript/TypeScript (JSX included). */
function scanScript(text, from, to, found) {
    // Each open `${` of a template remembers the brace depth of the code around it.
    const templates = [];
    let depth = 0;
    let inTemplate = false;
    let previous = ''; // the last significant code character ('a' for a word)
    let word = '';
    let i = from;
    while (i < to) {
        const c = text[i];
        if (inTemplate) {
            if (c === '\\')
                i += 2;
            else if (c === '`') {
                inTemplate = false;
                previous = ')';
                i++;
            }
            else if (c === '$' && text[i + 1] === '{') {
                templates.push(depth);
                depth = 0;
                inTemplate = false;
                previous = '{';
                i += 2;
            }
            else
                i++;
            continue;
        }
        const next = text[i + 1];
        if (c === '/' && next === '/') {
            i = lineEnd(text, i, to);
        }
        else if (c === '/' && next === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close === -1 || close >= to ? to : close + 2;
        }
        else if (c === "'" || c === '"') {
            const end = stringEnd(text, i + 1, to, c);
            // `\/` is `/` in a string (JSON writes URLs that way): "wss:\/\/host" is a URL.
            const content = text.slice(i + 1, end).replace(/\\\//g, '/');
            if (URL_START.test(content)) {
                const after = text[end] === c ? concatenation(text, end + 1, to) : undefined;
                found.push(literal(content, i + 1, false, after));
            }
            i = end + 1;
            previous = ')';
        }
        else if (c === '`') {
            if (URL_START.test(text.slice(i + 1, i + 7))) {
                const end = templateLineEnd(text, i + 1, to);
                const after = text[end] === '`' ? concatenation(text, end + 1, to) : undefined;
                found.push(literal(text.slice(i + 1, end), i + 1, true, after));
            }
            inTemplate = true;
            i++;
        }
        else if (c === '/' &&
            (previous === '' || BEFORE_REGEX.has(previous) || KEYWORDS_BEFORE_REGEX.has(word))) {
            i = regexEnd(text, i + 1, to);
            previous = ')';
            word = '';
        }
        else if (isWordChar(c)) {
            let end = i + 1;
            while (end < to && isWordChar(text[end]))
                end++;
            word = text.slice(i, end);
            previous = 'a';
            i = end;
            continue;
        }
        else {
            if (c === '{')
                depth++;
            else if (c === '}') {
                if (depth === 0 && templates.length > 0) {
                    depth = templates.pop();
                    inTemplate = true;
                }
                else
                    depth = Math.max(0, depth - 1);
            }
            if (!/\s/.test(c))
                previous = c;
            i++;
        }
        if (!isWordChar(previous))
            word = '';
    }
}
function lineEnd(text, from, to) {
    const end = text.indexOf('\n', from);
    return end === -1 || end > to ? to : end;
}
/** The offset of the closing quote; an unterminated string ends at its line's end. */
function stringEnd(text, from, to, quote) {
    let i = from;
    while (i < to) {
        const c = text[i];
        if (c === '\\')
            i += 2;
        else if (c === quote || c === '\n')
            return i;
        else
            i++;
    }
    return to;
}
/** The end of a regular expression literal (after its flags), or of its line when unclosed. */
function regexEnd(text, from, to) {
    let inClass = false;
    let i = from;
    while (i < to) {
        const c = text[i];
        if (c === '\\')
            i += 2;
        else if (c === '\n')
            return i;
        else if (c === '[')
            inClass = true;
        else if (c === ']')
            inClass = false;
        else if (c === '/' && !inClass) {
            i++;
            while (i < to && /[a-z]/i.test(text[i]))
                i++;
            return i;
        }
        if (c !== '\\')
            i++;
    }
    return to;
}
/** Where a template literal's text ends for the report: its closing backtick when on the same
 * line, else the line's end (nested templates in `${…}` are counted). */
function templateLineEnd(text, from, to) {
    let nested = 0;
    let i = from;
    const stop = Math.min(to, from + 4 * SHOWN_MAX);
    while (i < stop && text[i] !== '\n') {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === '$' && text[i + 1] === '{')
            nested++;
        else if (c === '}' && nested > 0)
            nested--;
        else if (c === '`' && nested === 0)
            return i;
        i++;
    }
    return Math.min(i, stop);
}
/** The code after `+` that follows a literal, on the same line: `'ws://' + host + '/ws'`. */
function concatenation(text, from, to) {
    // Bounded: a minified bundle is one long line, and may hold many URLs.
    const rest = text.slice(from, Math.min(lineEnd(text, from, to), from + 2 * SHOWN_MAX));
    const m = /^\s*\+(?!=)\s*([^;,)\]}]*)/.exec(rest);
    return m ? m[1].trim().slice(0, SHOWN_MAX) || '…' : undefined;
}
function literal(content, offset, template, concatenated) {
    const text = content.split(/\r?\n/)[0].slice(0, SHOWN_MAX);
    const scheme = /^wss/i.test(content) ? 'wss' : 'ws';
    const after = content.slice(scheme.length + 3);
    // A quoted string's `${` and backticks are text: escaped so that the fix's template keeps them.
    const rest = template ? after : after.replace(/[`]|\$\{/g, s => `\\${s}`);
    const computed = template && after.includes('${');
    return {
        offset,
        scheme,
        text,
        rest: rest.split(/\r?\n/)[0].slice(0, SHOWN_MAX),
        host: hostOf(after, concatenated !== undefined),
        complete: !computed && concatenated === undefined,
        ...(concatenated !== undefined ? { concatenated } : {})
    };
}
/** The host of `rest` (what follows `scheme://`); undefined when code supplies it. */
function hostOf(rest, concatenated) {
    const authority = /^[^/?#]*/.exec(rest)[0];
    const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    let host;
    if (hostPort.startsWith('[')) {
        const close = hostPort.indexOf(']');
        if (close === -1)
            return undefined;
        host = hostPort.slice(0, close + 1);
    }
    else
        host = hostPort.split(':')[0];
    // `'ws://api' + '.example.com'`: a host that reaches the literal's end may go on past it.
    if (concatenated && authority === rest && hostPort === host)
        return undefined;
    if (host === '' || host.includes('${'))
        return undefined;
    return host.toLowerCase().replace(/\.$/, '');
}
/** HTML, Vue and Svelte: the <script> blocks, outside <!-- comments -->. */
function scanMarkup(text, found) {
    const tags = /<!--|<script\b[^>]*>|<style\b[^>]*>/gi;
    let m;
    while ((m = tags.exec(text)) !== null) {
        if (m[0] === '<!--') {
            const close = text.indexOf('-->', m.index + 4);
            tags.lastIndex = close === -1 ? text.length : close + 3;
            continue;
        }
        const start = m.index + m[0].length;
        const closing = /^<style/i.test(m[0]) ? '</style' : '</script';
        const end = indexOfIgnoreCase(text, closing, start);
        const stop = end === -1 ? text.length : end;
        if (closing === '</script')
            scanScript(text, start, stop, found);
        tags.lastIndex = stop;
    }
}
function indexOfIgnoreCase(text, search, from) {
    const re = new RegExp(search, 'ig');
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
}
/** .env files: `KEY=value` lines (optionally `export`, the value optionally quoted); `#` lines
 * and an unquoted value's ` #` tail are comments. */
function scanEnv(text, found) {
    let lineStart = 0;
    for (const line of text.split('\n')) {
        const m = /^(\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*)(['"]?)(.*)$/.exec(line);
        if (m) {
            const [, head, key, quote, tail] = m;
            const value = quote
                ? tail.slice(0, stringEnd(tail, 0, tail.length, quote))
                : tail.replace(/\s+#.*$/, '').trimEnd();
            if (URL_START.test(value)) {
                const offset = lineStart + head.length + quote.length;
                found.push({ ...literal(value.replace(/\r$/, ''), offset, false, undefined), envKey: key });
            }
        }
        lineStart += line.length + 1;
    }
}


/***/ })

};

//# sourceMappingURL=27.index.js.map