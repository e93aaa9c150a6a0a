export const id = 66;
export const ids = [66];
export const modules = {

/***/ 25180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ checkApache),
  H: () => (/* binding */ load)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/proxies/apache/files.ts
var files = __webpack_require__(11904);
// EXTERNAL MODULE: ./src/proxies/apache/model.ts
var model = __webpack_require__(85338);
// EXTERNAL MODULE: ./src/proxies/apache/tls.ts
var apache_tls = __webpack_require__(7582);
;// CONCATENATED MODULE: ./src/proxies/apache/tokenize.ts
// Apache httpd's configuration syntax, read the way httpd reads it: one directive a line (a
// trailing backslash continues it), `#` starting a comment line, words split on blanks with
// "double" or 'single' quotes grouping, and sections `<Name args>` … `</Name>` nesting. Each
// directive keeps the line it starts on. A small tokenizer of our own because no maintained
// JavaScript parser of httpd's syntax exists that keeps line numbers (the few on npm are
// abandoned and return plain objects), and the findings must point at lines.
/** The words of a directive line as ap_getword_conf splits them; `unclosed` when a quote is
 * never closed. */
function words(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (i >= text.length)
            break;
        const quote = text[i] === '"' || text[i] === "'" ? text[i] : undefined;
        if (quote) {
            let word = '';
            i++;
            while (i < text.length && text[i] !== quote) {
                // A backslash escapes the quote (and itself) inside a quoted word.
                if (text[i] === '\\' && (text[i + 1] === quote || text[i + 1] === '\\'))
                    i++;
                word += text[i++];
            }
            if (i >= text.length)
                return { words: [...out, word], unclosed: true };
            i++;
            out.push(word);
            continue;
        }
        const start = i;
        while (i < text.length && !/\s/.test(text[i]))
            i++;
        out.push(text.slice(start, i));
    }
    return { words: out, unclosed: false };
}
/** The logical lines of a file: continuations joined, comments and blank lines dropped. */
function logicalLines(text) {
    const physical = text.split(/\r?\n/);
    const out = [];
    for (let i = 0; i < physical.length; i++) {
        const start = i;
        let joined = physical[i];
        while (/\\\s*$/.test(joined) && i + 1 < physical.length) {
            joined = joined.replace(/\\\s*$/, ' ') + physical[++i];
        }
        const trimmed = joined.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        out.push({ line: start + 1, text: trimmed });
    }
    return out;
}
function parseApache(text, file) {
    const root = [];
    const errors = [];
    const stack = [];
    const current = () => stack[stack.length - 1]?.block ?? root;
    for (const { line, text: content } of logicalLines(text)) {
        const closing = /^<\/([^\s>]+)\s*>$/.exec(content);
        if (closing) {
            const key = closing[1].toLowerCase();
            const open = stack[stack.length - 1];
            if (open?.key === key)
                stack.pop();
            else
                errors.push({
                    file,
                    line,
                    message: open
                        ? `</${closing[1]}> closes <${open.name}> (line ${open.line})`
                        : `</${closing[1]}> without matching <${closing[1]}> section`
                });
            continue;
        }
        if (content.startsWith('<')) {
            const opening = /^<([^\s>/]+)(.*)$/.exec(content);
            if (!opening || !/>\s*$/.test(content)) {
                errors.push({
                    file,
                    line,
                    message: `<${opening?.[1] ?? ''}> directive missing closing '>'`
                });
                continue;
            }
            const inner = opening[2].replace(/>\s*$/, '');
            const split = words(inner);
            if (split.unclosed)
                errors.push({ file, line, message: 'unclosed quote' });
            const section = {
                name: opening[1],
                key: opening[1].toLowerCase(),
                args: split.words,
                file,
                line,
                block: []
            };
            current().push(section);
            stack.push(section);
            continue;
        }
        const split = words(content);
        if (split.unclosed)
            errors.push({ file, line, message: 'unclosed quote' });
        const [name, ...args] = split.words;
        current().push({ name, key: name.toLowerCase(), args, file, line });
    }
    for (const open of stack)
        errors.push({
            file,
            line: open.line,
            message: `<${open.name}> was not closed (no </${open.name}>)`
        });
    return { directives: root, errors };
}

// EXTERNAL MODULE: ./src/proxies/apache/websocket.ts
var websocket = __webpack_require__(64976);
;// CONCATENATED MODULE: ./src/proxies/apache/checks.ts
// The static check of an httpd configuration, a virtual host file or an .htaccess: per TLS
// virtual host the certificate chain, versions and ciphers; per WebSocket route the upgrade and
// the idle timeouts. Includes inside the repository are read in place.






const MAX_INCLUDE_DEPTH = 8;
/** The file with its Include/IncludeOptional lines replaced by what they name, when that is a
 * file of the repository (relative to the including file or the workspace, no wildcards). */
function load(file, workspace) {
    const loaded = { directives: [], errors: [], included: [], notes: [] };
    const root = external_node_path_default().resolve(workspace);
    const expand = (list, from, depth) => list.flatMap(d => {
        if (d.block)
            return [{ ...d, block: expand(d.block, from, depth) }];
        if (d.key !== 'include' && d.key !== 'includeoptional')
            return [d];
        const name = d.args[0] ?? '';
        const candidates = external_node_path_default().isAbsolute(name)
            ? [external_node_path_default().resolve(name)]
            : [external_node_path_default().resolve(root, external_node_path_default().dirname(from), name), external_node_path_default().resolve(root, name)];
        const inside = candidates.filter(c => c === root || c.startsWith(root + (external_node_path_default()).sep));
        const why = inside.length === 0
            ? 'outside the repository'
            : /[*?[]/.test(name)
                ? 'a wildcard'
                : depth >= MAX_INCLUDE_DEPTH
                    ? `more than ${MAX_INCLUDE_DEPTH} includes deep`
                    : undefined;
        const found = why
            ? undefined
            : inside
                .map(c => ({ file: c, text: (0,files/* readSmallFile */.E)(c) }))
                .find((c) => c.text !== undefined);
        if (!found) {
            loaded.notes.push(`${d.name} ${name} (${d.file}:${d.line}) not read: ${why ?? 'no such file in the repository'}; what it sets was not checked`);
            return [d];
        }
        const relative = external_node_path_default().relative(root, found.file);
        if (loaded.included.includes(relative))
            return [];
        loaded.included.push(relative);
        const parsed = parseApache(found.text, relative);
        loaded.errors.push(...parsed.errors);
        return expand(parsed.directives, relative, depth + 1);
    });
    const parsed = parseApache(file.text, file.path);
    loaded.errors.push(...parsed.errors);
    loaded.directives = expand(parsed.directives, file.path, 0);
    return loaded;
}
/** The modules the configuration loads itself, if it loads any. */
function modulesOf(directives) {
    const names = [];
    const visit = (list) => {
        for (const d of list) {
            if (d.key === 'loadmodule' && d.args[0])
                names.push(d.args[0].toLowerCase());
            if (d.block)
                visit(d.block);
        }
    };
    visit(directives);
    return names.length > 0 ? { loaded: new Set(names) } : {};
}
function serverLabel(server, htaccess) {
    if (htaccess)
        return '.htaccess';
    if (!server.section)
        return 'main server';
    const name = server.names[0] ? ` (${server.names[0]})` : '';
    return `VirtualHost ${server.section.args.join(' ')}${name}`;
}
/** The host a server's fixes name: its first plain ServerName, else a target's, else a sample. */
function hostOf(server, options) {
    return (server.names.find(n => !/[*?]/.test(n)) ??
        options.targets.find(t => t.endpoint?.scheme === 'wss')?.endpoint?.host ??
        'ws.example.com');
}
function nameMatches(name, host) {
    const n = name.toLowerCase();
    const h = host.toLowerCase();
    if (n === h)
        return true;
    return n.startsWith('*.') && h.endsWith(n.slice(1));
}
async function checkApache(file, options) {
    const loaded = load(file, options.workspace);
    const htaccess = external_node_path_default().posix.basename(file.path.replace(/\\/g, '/')) === '.htaccess';
    const findings = loaded.errors.map(e => ({
        check: 'proxy-config',
        code: 'proxy-config-unparsed',
        status: 'warn',
        title: `Apache syntax: ${e.message}`,
        details: ['apachectl configtest judges the syntax; wss-doctor checked what it could read.'],
        location: { file: e.file, line: e.line }
    }));
    const notes = [...loaded.notes];
    const modules = modulesOf(loaded.directives);
    const ctx = {
        options,
        modules,
        balancers: (0,websocket/* balancersOf */.BW)(loaded.directives),
        htaccess
    };
    const servers = htaccess
        ? [
            {
                own: (0,model/* flatten */.Bq)(loaded.directives),
                inherited: [],
                names: [],
                routes: (0,model/* serversOf */.U2)(loaded.directives)[0].routes
            }
        ]
        : (0,model/* serversOf */.U2)(loaded.directives);
    if (htaccess) {
        for (const d of (0,model/* flatten */.Bq)(loaded.directives).filter(d => /^(proxypass|proxypassmatch|timeout|proxytimeout|sslengine|virtualhost)$/.test(d.key)))
            findings.push({
                check: 'proxy-config',
                code: 'proxy-config-invalid-value',
                status: 'warn',
                title: `Apache syntax: ${d.name} is not allowed in .htaccess (httpd answers 500 for the whole directory)`,
                details: [`${d.name} belongs in the server configuration or a <VirtualHost>.`],
                location: { file: d.file, line: d.line }
            });
    }
    const lines = [];
    let tlsHosts = 0;
    let sockets = 0;
    for (const server of servers) {
        const label = serverLabel(server, htaccess);
        const host = hostOf(server, options);
        const push = (status, code, title, where, extra = {}) => findings.push({
            check: 'proxy-config',
            code,
            status,
            title,
            location: { file: where.file, line: where.line },
            ...extra
        });
        const serverPush = (status, code, title, where, extra) => push(status, code, `${label}: ${title}`, where, extra);
        const routes = (0,websocket/* webSocketRoutes */.w0)(server, options);
        const socketPath = routes[0] ? (0,model/* samplePath */.KQ)(routes[0]) : '/socket';
        const tls = !htaccess && (0,apache_tls/* checkTls */.w5)(server, host, socketPath, options, serverPush, notes);
        if (tls && server.section)
            tlsHosts++;
        sockets += routes.length;
        for (const route of routes)
            (0,websocket/* checkWebSocket */.eH)(route, server, ctx, push);
        if (!server.section && !htaccess && routes.length === 0 && !tls)
            continue;
        const where = server.section ? `${server.section.file}:${server.section.line}` : file.path;
        lines.push(`${label} (${where}, ${tls ? 'TLS' : 'no TLS'}): ${routes.length > 0 ? `WebSocket routes ${routes.map(r => `${r.kind} ${r.path} (line ${r.directive.line})`).join(', ')}` : 'no WebSocket route'}`);
        for (const target of options.targets)
            if (target.endpoint?.scheme === 'wss' &&
                server.names.some(n => nameMatches(n, target.endpoint.host)))
                lines.push(`${label} serves the target ${target.label}`);
    }
    if (htaccess && sockets > 0)
        notes.push('A [P] rule needs mod_proxy loaded by the server, and for the upgrade mod_proxy_http (2.4.47 and later) or, for ws:// only, mod_proxy_wstunnel; Timeout and ProxyTimeout (idle WebSockets) are set in the server configuration, not in .htaccess.');
    const vhosts = servers.filter(s => s.section).length;
    const summary = htaccess
        ? `Apache .htaccess: ${sockets} WebSocket rule${sockets === 1 ? '' : 's'}`
        : `Apache configuration: ${vhosts} virtual host${vhosts === 1 ? '' : 's'} (${tlsHosts} TLS), ${sockets} WebSocket route${sockets === 1 ? '' : 's'}`;
    return {
        summary,
        details: [...lines, ...notes],
        ...(loaded.included.length > 0 ? { included: loaded.included } : {}),
        findings
    };
}


/***/ }),

/***/ 11904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readSmallFile),
/* harmony export */   R: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Files a configuration names (certificates, includes), read only when they are regular files of
// a sane size: a path like /dev/zero or a multi-gigabyte log must not hang or exhaust the run.


const MAX_BYTES = 1024 * 1024;
/** The text of a regular file up to 1 MiB, or undefined. */
function readSmallFile(file) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        if (!stat.isFile() || stat.size > MAX_BYTES)
            return undefined;
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** A file the configuration names, relative to the workspace unless absolute. */
function readConfigFile(workspace, name) {
    return name === '' ? undefined : readSmallFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, name));
}


/***/ }),

/***/ 85338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ flatten),
/* harmony export */   C$: () => (/* binding */ effective),
/* harmony export */   KQ: () => (/* binding */ samplePath),
/* harmony export */   QQ: () => (/* binding */ routeTakes),
/* harmony export */   U2: () => (/* binding */ serversOf),
/* harmony export */   Xp: () => (/* binding */ effectiveAll),
/* harmony export */   dz: () => (/* binding */ schemeOf)
/* harmony export */ });
/* unused harmony exports rewriteFlags, prefixTakes */
/** Sections whose directives apply where the section stands (conditions we do not evaluate). */
const TRANSPARENT = new Set([
    'ifmodule',
    'ifdefine',
    'ifversion',
    'iffile',
    'ifdirective',
    'ifsection'
]);
/** Sections that hold per-path configuration: routes inside them count for the server. */
const CONTAINERS = new Set([
    'location',
    'locationmatch',
    'directory',
    'directorymatch',
    'files',
    'filesmatch'
]);
/** Directives with conditional sections opened (httpd would apply them where they stand). */
function flatten(directives) {
    return directives.flatMap(d => (d.block && TRANSPARENT.has(d.key) ? flatten(d.block) : [d]));
}
/** The last `key` of the innermost level that has one. */
function effective(levels, key) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const found = levels[i].filter(d => d.key === key);
        if (found.length > 0)
            return found[found.length - 1];
    }
    return undefined;
}
/** Every `key` of the innermost level that has any (SSLCertificateFile: RSA and ECDSA). */
function effectiveAll(levels, key) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const found = levels[i].filter(d => d.key === key);
        if (found.length > 0)
            return found;
    }
    return [];
}
/** A URL's scheme in lower case; for `unix:/run/app.sock|ws://localhost/`, the part after `|`. */
function schemeOf(url) {
    const target = /^unix:[^|]*\|(.*)$/i.exec(url)?.[1] ?? url;
    return /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1].toLowerCase() ?? '';
}
function parameters(args) {
    const params = {};
    for (const arg of args) {
        const eq = arg.indexOf('=');
        if (eq > 0)
            params[arg.slice(0, eq).toLowerCase()] = arg.slice(eq + 1);
    }
    return params;
}
/** RewriteRule flags: `[P,L,NC]` → ['p', 'l', 'nc']. */
function rewriteFlags(directive) {
    const last = directive.args[2] ?? '';
    if (!/^\[.*\]$/.test(last))
        return [];
    return last
        .slice(1, -1)
        .split(',')
        .map(f => f.trim().toLowerCase());
}
/** The routes of a list of directives, in order, with those of its containers after. */
function routesOf(directives, container) {
    const routes = [];
    const nested = [];
    let conditions = [];
    for (const d of flatten(directives)) {
        if (d.block && CONTAINERS.has(d.key)) {
            nested.push(...routesOf(d.block, d));
            continue;
        }
        if (d.key === 'rewritecond') {
            conditions.push(d);
            continue;
        }
        if (d.key === 'proxypass' || d.key === 'proxypassmatch') {
            // Inside <Location path> ProxyPass names only the URL: the path is the section's.
            const inLocation = container && /^location(match)?$/.test(container.key);
            const [path, target, ...rest] = inLocation ? [container.args[0] ?? '/', ...d.args] : d.args;
            if (target && target !== '!') {
                routes.push({
                    directive: d,
                    kind: d.key === 'proxypass' ? 'ProxyPass' : 'ProxyPassMatch',
                    path: path ?? '/',
                    regex: d.key === 'proxypassmatch' || container?.key === 'locationmatch',
                    target,
                    scheme: schemeOf(target),
                    params: parameters(rest),
                    conditions: [],
                    container
                });
            }
        }
        else if (d.key === 'rewriterule') {
            const flags = rewriteFlags(d);
            if (flags.some(f => f === 'p' || f === 'proxy')) {
                routes.push({
                    directive: d,
                    kind: 'RewriteRule',
                    path: d.args[0] ?? '',
                    regex: true,
                    target: d.args[1] ?? '',
                    scheme: schemeOf(d.args[1] ?? ''),
                    params: {},
                    conditions,
                    container
                });
            }
        }
        // A RewriteCond guards only the RewriteRule right after it.
        conditions = [];
    }
    return [...routes, ...nested];
}
/** The servers of a configuration: the main server, then each <VirtualHost>. */
function serversOf(directives) {
    const top = flatten(directives);
    const main = top.filter(d => d.key !== 'virtualhost');
    const names = (level) => level
        .filter(d => d.key === 'servername' || d.key === 'serveralias')
        .flatMap(d => d.args)
        .map(n => n.replace(/^[a-z]+:\/\//i, '').replace(/:\d+$/, ''));
    const servers = [
        { own: main, inherited: [], names: names(main), routes: routesOf(main) }
    ];
    for (const section of top.filter(d => d.key === 'virtualhost' && d.block)) {
        const own = flatten(section.block);
        servers.push({ section, own, inherited: main, names: names(own), routes: routesOf(own) });
    }
    return servers;
}
/** Whether a ProxyPass path takes `path` (a prefix ending at a segment boundary). */
function prefixTakes(prefix, path) {
    if (prefix === path || prefix === '/')
        return true;
    if (!path.startsWith(prefix))
        return false;
    return prefix.endsWith('/') || path[prefix.length] === '/' || path[prefix.length] === '?';
}
/** Whether a route takes requests for `path` (a regex that does not compile takes none). */
function routeTakes(route, path) {
    if (!route.regex)
        return prefixTakes(route.path, path);
    try {
        const re = new RegExp(route.path.replace(/^\(\?i\)/, ''), /^\(\?i\)/.test(route.path) ? 'i' : '');
        // RewriteRule patterns in a directory context see the path without its leading slash.
        return re.test(path) || re.test(path.replace(/^\//, ''));
    }
    catch {
        return false;
    }
}
/** A path a route serves, for messages and fixes: the path itself, or its regex made plain. */
function samplePath(route) {
    if (!route.regex)
        return route.path;
    const plain = route.path
        .replace(/^\^/, '')
        .replace(/\$$/, '')
        .replace(/\/\?/g, '/')
        .replace(/\(\.\*\)|\.\*|\(\.\+\)|\.\+/g, '')
        .replace(/[()?\\]/g, '');
    return plain.startsWith('/') ? plain || '/' : `/${plain}`;
}


/***/ }),

/***/ 7582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ vhostPorts),
/* harmony export */   w5: () => (/* binding */ checkTls)
/* harmony export */ });
/* unused harmony export sslProtocols */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_cipher_string_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18487);
/* harmony import */ var _shared_tls_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54068);
/* harmony import */ var _fix_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99360);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11904);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85338);








const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const LABEL = {
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
/** The versions an SSLProtocol line enables: `+X` adds, `-X` removes, a bare `X` replaces
 * what came before; `all` is every TLS version (OpenSSL 3 has no SSLv3). */
function sslProtocols(args) {
    let enabled = new Set();
    for (const arg of args) {
        const sign = arg[0] === '+' || arg[0] === '-' ? arg[0] : '';
        const name = arg.slice(sign.length).toLowerCase();
        const versions = name === 'all' ? [...VERSIONS] : VERSIONS.filter(v => v.toLowerCase() === name);
        if (sign === '+')
            versions.forEach(v => enabled.add(v));
        else if (sign === '-')
            versions.forEach(v => enabled.delete(v));
        else
            enabled = new Set(versions);
    }
    return enabled;
}
/** The ports a <VirtualHost> listens on (`*:443`, `[::1]:8443`, `_default_:443`). */
function vhostPorts(section) {
    return section.args
        .map(a => /:(\d+)$/.exec(a)?.[1])
        .filter((p) => p !== undefined)
        .map(Number);
}
const certificatesIn = (pem) => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
function selfSigned(pem) {
    try {
        const cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
        return cert.subject === cert.issuer && cert.verify(cert.publicKey);
    }
    catch {
        return false;
    }
}
/** The TLS checks of one server; `host` and `socketPath` name it in fixes. */
function checkTls(server, host, socketPath, options, push, notes) {
    const levels = [server.inherited, server.own];
    const where = server.section ?? server.own[0];
    const engine = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effective */ .C$)(levels, 'sslengine');
    const tls = engine?.args[0]?.toLowerCase() === 'on';
    const ports = server.section ? vhostPorts(server.section) : [];
    if (!tls) {
        if (server.section && ports.includes(443)) {
            push('fail', 'proxy-config-tls-listener', `port 443 without SSLEngine on: plain HTTP on the TLS port`, server.section, {
                cause: 'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
                fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_7__/* .tlsListenerFix */ .du)(host, 443, socketPath, 'Turn SSLEngine on in this virtual host.')
            });
        }
        return false;
    }
    if (!where)
        return true;
    checkCertificates(levels, where, host, server.names, options, push, notes);
    const protocol = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effective */ .C$)(levels, 'sslprotocol');
    const enabled = protocol
        ? sslProtocols(protocol.args)
        : new Set(['TLSv1.2', 'TLSv1.3']);
    if (protocol)
        checkProtocols(protocol, enabled, options, push);
    checkCiphers(levels, enabled.has('TLSv1.3'), push);
    return true;
}
function checkCertificates(levels, where, host, names, options, push, notes) {
    const certificates = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effectiveAll */ .Xp)(levels, 'sslcertificatefile');
    if (certificates.length === 0) {
        push('fail', 'proxy-config-certificate-missing', 'SSLCertificateFile missing: Apache cannot complete a TLS handshake', where, {
            cause: 'A virtual host with SSLEngine on and no certificate fails every handshake (httpd refuses to start)',
            fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_7__/* .fullChainFix */ .Sc)(host)
        });
        return;
    }
    const chainFile = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effective */ .C$)(levels, 'sslcertificatechainfile');
    const chainPem = chainFile
        ? (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readConfigFile */ .R)(options.workspace, chainFile.args[0] ?? '')
        : undefined;
    // An unreadable chain file is taken to hold the intermediates, as its name promises.
    const chainCount = chainFile ? (chainPem === undefined ? 1 : certificatesIn(chainPem).length) : 0;
    for (const certificate of certificates) {
        const name = certificate.args[0] ?? '';
        const pem = (0,_files_js__WEBPACK_IMPORTED_MODULE_5__/* .readConfigFile */ .R)(options.workspace, name);
        const cause = "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate";
        if (pem === undefined) {
            notes.push(`${name} (SSLCertificateFile, line ${certificate.line}) not readable: judged by its name`);
            const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(name);
            if ((base === 'cert.pem' && chainCount === 0) || base === 'chain.pem') {
                push('fail', 'proxy-config-full-chain', base === 'cert.pem'
                    ? 'SSLCertificateFile cert.pem serves the leaf without intermediates'
                    : 'SSLCertificateFile chain.pem serves the intermediates without the leaf', certificate, { details: [`SSLCertificateFile ${name}`], cause, fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_7__/* .fullChainFix */ .Sc)(host) });
            }
            continue;
        }
        const found = certificatesIn(pem);
        if (found.length === 0)
            continue;
        checkNames(certificate, found[0], names, push);
        if (found.length !== 1 || chainCount > 0)
            continue;
        if (selfSigned(found[0])) {
            push('warn', 'proxy-config-untrusted-certificate', `SSLCertificateFile ${name} is self-signed: no browser trusts it`, certificate, {
                details: [`SSLCertificateFile ${name}: one certificate, issued by itself.`],
                cause: 'Browsers trust certificates from public CAs only; a self-signed certificate suits a test, with its clients (and wss-doctor, through ca-file) told to trust it',
                fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_7__/* .fullChainFix */ .Sc)(host)
            });
            continue;
        }
        push('fail', 'proxy-config-full-chain', `SSLCertificateFile ${name} holds the leaf alone: no intermediate is sent`, certificate, {
            details: [
                `SSLCertificateFile ${name}: 1 certificate${chainFile ? `; SSLCertificateChainFile ${chainFile.args[0]} holds none` : ', and no SSLCertificateChainFile'}.`
            ],
            cause,
            fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_7__/* .fullChainFix */ .Sc)(host)
        });
    }
}
/** Whether a leaf covers a name of ServerName/ServerAlias (`*.example.com`: any one label). */
function covers(leaf, name) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(name) !== 0)
        return leaf.checkIP(name) !== undefined;
    const probe = name.startsWith('*.') ? `wss-doctor-probe${name.slice(1)}` : name;
    return leaf.checkHost(probe) !== undefined;
}
/** The names the virtual host answers to (SNI picks it by them) that its certificate lacks. */
function checkNames(certificate, pem, names, push) {
    let leaf;
    try {
        leaf = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
    }
    catch {
        return;
    }
    const uncovered = names.filter(n => !/[?[]/.test(n) && !/^\*[^.]/.test(n) && !covers(leaf, n));
    if (uncovered.length === 0)
        return;
    push('fail', 'proxy-config-certificate-name', `SSLCertificateFile ${certificate.args[0]} does not cover ${uncovered.join(', ')}`, certificate, {
        details: [
            `The certificate names: ${leaf.subjectAltName ?? leaf.subject.replace(/\n/g, ', ')}.`,
            `The virtual host answers to ${names.join(', ')} (ServerName, ServerAlias).`
        ],
        cause: 'Clients check that the certificate names the host they asked for; a virtual host serving a name its certificate lacks fails every handshake for it (hostname mismatch)',
        fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_7__/* .certificateFix */ .X4)(uncovered[0])
    });
}
/** Like the live versions check: 1.2 refused warns, a required version refused fails, a
 * version under min-tls-version warns (fails with fail-on-legacy-tls); 1.3 refused warns. */
function checkProtocols(directive, enabled, options, push) {
    const fix = (0,_fix_js__WEBPACK_IMPORTED_MODULE_7__/* .tlsVersionsFix */ .e$)();
    const written = `SSLProtocol ${directive.args.join(' ')}`;
    for (const version of ['TLSv1.2', 'TLSv1.3']) {
        if (enabled.has(version))
            continue;
        const required = options.requireTlsVersions.includes(version);
        push(required ? 'fail' : 'warn', 'proxy-config-tls-versions', `${written} refuses ${LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`, directive, {
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
            fix
        });
    }
    const floor = VERSIONS.indexOf(options.minTlsVersion);
    const legacy = VERSIONS.filter((v, i) => enabled.has(v) && i < floor);
    if (legacy.length > 0) {
        push(options.failOnLegacyTls ? 'fail' : 'warn', 'proxy-config-legacy-tls', `${written} accepts legacy ${legacy.map(v => LABEL[v]).join(', ')}`, directive, {
            details: [
                'OpenSSL 3 refuses TLS 1.0 and 1.1 at its default security level, so a live probe may not see them; the configuration still asks for them.'
            ],
            cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
            fix
        });
    }
}
/** The SSLCipherSuite that governs TLS 1.2 (`SSLCipherSuite spec` or `SSLCipherSuite SSL spec`;
 * `SSLCipherSuite TLSv1.3 …` sets the TLS 1.3 suites, which browsers always share). */
function checkCiphers(levels, tls13, push) {
    const tls12 = levels.map(level => level.filter(d => d.key === 'sslciphersuite' && (d.args.length === 1 || d.args[0].toUpperCase() === 'SSL')));
    const directive = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .effective */ .C$)(tls12, 'sslciphersuite');
    if (!directive)
        return;
    const spec = directive.args[directive.args.length - 1] ?? '';
    const issue = (0,_shared_tls_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeSuites */ .$n)((0,_shared_cipher_string_js__WEBPACK_IMPORTED_MODULE_3__/* .cipherStringSuites */ .w)(spec), {
        label: 'SSLCipherSuite',
        written: `SSLCipherSuite ${spec}`,
        tls13,
        tls13Off: 'SSLProtocol'
    });
    if (!issue)
        return;
    push(issue.status, issue.code, issue.title, directive, {
        details: issue.details,
        cause: issue.cause,
        fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_7__/* .browserCiphersFix */ .O0)(issue.browsersLockedOut)
    });
}


/***/ }),

/***/ 64976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ balancersOf),
/* harmony export */   eH: () => (/* binding */ checkWebSocket),
/* harmony export */   w0: () => (/* binding */ webSocketRoutes)
/* harmony export */ });
/* unused harmony export apacheSeconds */
/* harmony import */ var _fix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99360);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85338);


/** A path or backend named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i;
const DEFAULT_TIMEOUT_S = 60;
const upgradeTokens = (value) => (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(t => t.toLowerCase());
/** Whether a RewriteCond guards a rule on the upgrade: %{HTTP:Upgrade} websocket. */
const upgradeCondition = (route) => route.conditions.some(c => /%\{HTTP:(Upgrade|Connection)\}/i.test(c.args[0] ?? '') &&
    /websocket|upgrade/i.test(c.args[1] ?? ''));
/** Whether the route carries WebSockets by its name, its scheme, its parameters or its guard. */
function namedWebSocket(route) {
    const host = /^[a-z]+:\/\/([^/]*)(\/[^?]*)?/i.exec(route.target);
    return (route.scheme === 'ws' ||
        route.scheme === 'wss' ||
        route.params.upgrade !== undefined ||
        upgradeCondition(route) ||
        SOCKET_NAME.test(route.path) ||
        SOCKET_NAME.test(host?.[1] ?? '') ||
        SOCKET_NAME.test(host?.[2] ?? ''));
}
/** The routes of a server in the order httpd tries them. */
function inOrder(server) {
    const rewrite = server.routes.filter(r => r.kind === 'RewriteRule' && !r.container);
    const location = server.routes.filter(r => r.kind !== 'RewriteRule' && r.container);
    const proxyPass = server.routes.filter(r => r.kind !== 'RewriteRule' && !r.container);
    const directory = server.routes.filter(r => r.kind === 'RewriteRule' && r.container);
    return [...rewrite, ...location, ...proxyPass, ...directory];
}
/** The server's WebSocket routes: named ones, and the route that takes each websocket-paths
 * entry. */
function webSocketRoutes(server, options) {
    const routes = inOrder(server);
    const found = new Set(routes.filter(namedWebSocket));
    for (const wanted of options.websocketPaths) {
        const taking = routes.find(r => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .routeTakes */ .QQ)(r, wanted) &&
            (r.kind !== 'RewriteRule' || r.conditions.length === 0 || upgradeCondition(r)));
        if (taking)
            found.add(taking);
    }
    return routes.filter(r => found.has(r));
}
/** Who tunnels a route: mod_proxy_http, mod_proxy_wstunnel, or nobody (500). */
function handler(route, server, ctx) {
    const loaded = ctx.modules.loaded;
    const http = loaded ? loaded.has('proxy_http_module') : true;
    const wstunnel = loaded ? loaded.has('proxy_wstunnel_module') : true;
    if (route.scheme !== 'ws' && route.scheme !== 'wss')
        return http ? 'http' : 'none';
    const levels = [
        server.inherited,
        server.own,
        ...(route.container ? [(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .flatten */ .Bq)(route.container.block)] : [])
    ];
    const fallback = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(levels, 'proxywebsocketfallbacktoproxyhttp');
    if (http && fallback?.args[0]?.toLowerCase() !== 'off')
        return 'http';
    return wstunnel ? 'wstunnel' : http ? 'http' : 'none';
}
/** Whether the route passes the upgrade, and if not, why. */
function upgradeVerdict(route, server, ctx, tunnel) {
    const tokens = upgradeTokens(route.params.upgrade);
    const accepts = (list) => list.includes('websocket') ||
        list.includes('*') ||
        (tunnel === 'wstunnel' && /^(none|any)$/.test(list[0] ?? ''));
    if (route.scheme === 'ws' || route.scheme === 'wss')
        return tokens.length === 0 || accepts(tokens)
            ? undefined
            : `upgrade=${route.params.upgrade} replaces the WebSocket default of a ${route.scheme}:// backend`;
    if (route.scheme === 'balancer') {
        const name = route.target.replace(/\/+$/, '').toLowerCase();
        const members = ctx.balancers.get(name);
        if (!members || accepts(tokens))
            return undefined;
        const upgrading = members.every(m => {
            const scheme = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .schemeOf */ .dz)(m.args[0] ?? '');
            const param = m.args.find(a => /^upgrade=/i.test(a))?.slice(8);
            return scheme === 'ws' || scheme === 'wss' || accepts(upgradeTokens(param));
        });
        return upgrading
            ? undefined
            : `the members of ${route.target} are http:// without upgrade=websocket: mod_proxy_http does not pass the upgrade`;
    }
    if (accepts(tokens))
        return undefined;
    // A ws:// [P] rule of the server that takes this path runs first and tunnels it.
    const rewritten = server.routes.find(r => r.kind === 'RewriteRule' &&
        !r.container &&
        (r.scheme === 'ws' || r.scheme === 'wss') &&
        (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .routeTakes */ .QQ)(r, (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .samplePath */ .KQ)(route)));
    if (rewritten)
        return undefined;
    if (route.kind === 'RewriteRule') {
        // A [P] rule uses the worker a ProxyPass defined for a URL its target starts with.
        const worker = server.routes.find(r => r.kind !== 'RewriteRule' &&
            accepts(upgradeTokens(r.params.upgrade)) &&
            route.target.startsWith(r.target));
        if (worker)
            return undefined;
        return `RewriteRule [P] to ${route.scheme}:// goes through a worker without upgrade=websocket: mod_proxy_http does not pass the upgrade`;
    }
    return `${route.kind} to ${route.scheme || 'the backend'}:// without upgrade=websocket: mod_proxy_http sends the backend a plain request`;
}
/** The first server-level ProxyPass before `route` that takes its path, when it cannot
 * upgrade. */
function shadowedBy(route, server, ctx) {
    if (route.kind === 'RewriteRule' || route.container)
        return undefined;
    const list = server.routes.filter(r => r.kind !== 'RewriteRule' && !r.container);
    const before = list.slice(0, list.indexOf(route));
    const path = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .samplePath */ .KQ)(route);
    const first = before.find(r => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .routeTakes */ .QQ)(r, path));
    if (!first)
        return undefined;
    const tunnel = handler(first, server, ctx);
    return tunnel !== 'none' && upgradeVerdict(first, server, ctx, tunnel) === undefined
        ? undefined
        : first;
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/** httpd's timeouts: whole seconds, or with an ms suffix (ProxyPass timeout=, ProxyTimeout). */
function apacheSeconds(value) {
    const m = /^(\d+)(ms|s)?$/i.exec(value ?? '');
    if (!m)
        return undefined;
    return m[2]?.toLowerCase() === 'ms' ? Number(m[1]) : Number(m[1]) * 1000;
}
/** A directive as it would be written back (words with blanks quoted). */
const written = (d) => [d.name, ...d.args.map(a => (/[\s"]/.test(a) ? `"${a.replace(/"/g, '\\"')}"` : a))].join(' ');
/** The upgrade fix in the route's own kind: a ProxyPass line, or the [P] rule to ws://. */
function routeUpgradeFix(route, why = '') {
    if (route.kind !== 'RewriteRule')
        return (0,_fix_js__WEBPACK_IMPORTED_MODULE_1__/* .upgradeFix */ .YU)((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .samplePath */ .KQ)(route), route.target, why);
    return (0,_fix_js__WEBPACK_IMPORTED_MODULE_1__/* .rewriteUpgradeFix */ .SE)({ pattern: route.path, target: route.target, conditions: route.conditions.map(written) }, why);
}
function checkWebSocket(route, server, ctx, push) {
    const path = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .samplePath */ .KQ)(route);
    const label = `${route.kind} ${route.path}`;
    const routePush = (status, code, title, where, extra) => push(status, code, `${label}: ${title}`, where, extra);
    const tunnel = handler(route, server, ctx);
    if (tunnel === 'none') {
        routePush('fail', 'proxy-config-upgrade', `no module loaded serves ${route.scheme}:// (${route.scheme === 'ws' || route.scheme === 'wss' ? 'mod_proxy_http or mod_proxy_wstunnel' : 'mod_proxy_http'}): Apache answers 500`, route.directive, {
            details: [`The file loads ${[...(ctx.modules.loaded ?? [])].join(', ')}.`],
            cause: 'Without a module for the backend URL\'s scheme, mod_proxy finds no handler ("No protocol handler was valid for the URL") and the upgrade gets 500',
            fix: routeUpgradeFix(route)
        });
        return;
    }
    if (route.kind === 'RewriteRule') {
        const scope = route.container ? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .flatten */ .Bq)(route.container.block) : server.own;
        const engine = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)([scope], 'rewriteengine');
        if (engine?.args[0]?.toLowerCase() !== 'on') {
            routePush('fail', 'proxy-config-upgrade', 'RewriteEngine is not on here: the rule is never applied', route.directive, {
                details: [
                    "mod_rewrite ignores RewriteRule lines in a context without RewriteEngine on (a virtual host does not inherit the main server's)."
                ],
                cause: 'The WebSocket request is not proxied by this rule, so it never reaches the backend as an upgrade',
                fix: routeUpgradeFix(route, 'Turn RewriteEngine on next to the rule.')
            });
            return;
        }
    }
    const shadow = shadowedBy(route, server, ctx);
    if (shadow) {
        routePush('fail', 'proxy-config-upgrade', `${shadow.kind} ${shadow.path} (line ${shadow.directive.line}) comes first and takes ${path} without the upgrade`, route.directive, {
            details: [`${shadow.kind} ${shadow.directive.args.join(' ')}`],
            cause: "mod_proxy uses the first ProxyPass whose path matches: the WebSocket request goes to a backend URL that does not pass the upgrade, and the client gets the backend's plain answer (often 400 or 426)",
            fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_1__/* .upgradeFix */ .YU)(path, route.target, `Move ${label} above ${shadow.kind} ${shadow.path}.`)
        });
    }
    const notPassed = upgradeVerdict(route, server, ctx, tunnel);
    if (notPassed) {
        routePush('fail', 'proxy-config-upgrade', `${notPassed} (the client gets 400 or 426, not 101)`, route.directive, {
            details: [`${route.kind} ${route.directive.args.join(' ')}`],
            cause: "Upgrade and Connection are hop-by-hop headers: mod_proxy_http forwards them, and tunnels the connection, only for the protocols the worker's upgrade= parameter names (WebSocket by default for ws:// URLs)",
            fix: routeUpgradeFix(route)
        });
    }
    if (tunnel === 'wstunnel' || ctx.htaccess)
        return;
    checkIdle(route, server, ctx, routePush, path);
}
function checkIdle(route, server, ctx, push, path) {
    const levels = [server.inherited, server.own];
    const timeout = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(levels, 'timeout');
    const clientMs = apacheSeconds(timeout?.args[0]) ?? DEFAULT_TIMEOUT_S * 1000;
    const proxyTimeout = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(levels, 'proxytimeout');
    const param = route.kind === 'RewriteRule' ? undefined : apacheSeconds(route.params.timeout);
    const backendMs = param ?? apacheSeconds(proxyTimeout?.args[0]) ?? clientMs;
    const cutMs = Math.max(clientMs, backendMs);
    if (cutMs > ctx.options.idleTimeoutMs)
        return;
    const timeoutText = timeout
        ? `Timeout ${timeout.args[0]}`
        : `Timeout, Apache's default ${DEFAULT_TIMEOUT_S} s`;
    const backendText = param !== undefined
        ? `${route.kind} timeout=${route.params.timeout}`
        : proxyTimeout
            ? `ProxyTimeout ${proxyTimeout.args[0]}`
            : 'no ProxyTimeout: Timeout';
    const [named, where] = clientMs >= backendMs
        ? [timeoutText, timeout ?? server.section ?? route.directive]
        : [backendText, param !== undefined ? route.directive : (proxyTimeout ?? route.directive)];
    push('fail', 'proxy-config-idle-timeout', `idle WebSockets are cut after ${seconds(cutMs)} (${named})`, where, {
        details: [
            `Timeout ${timeout ? timeout.args[0] : `${DEFAULT_TIMEOUT_S} (default)`} (client side) and the backend's timeout (${backendText}) are both not longer than idle-timeout (${seconds(ctx.options.idleTimeoutMs)}): Apache closes a tunnel silent for the longer of the two (TCP close, no close frame: the client sees 1006).`,
            ...(timeout
                ? []
                : [
                    "A Timeout in the main configuration applies here too (Debian's apache2.conf sets Timeout 300)."
                ])
        ],
        cause: 'mod_proxy_http closes a WebSocket tunnel when neither side has sent anything for the longer of Timeout and the backend timeout',
        fix: route.kind === 'RewriteRule'
            ? (0,_fix_js__WEBPACK_IMPORTED_MODULE_1__/* .rewriteIdleTimeoutFix */ .Dw)(Math.ceil(ctx.options.idleTimeoutMs / 1000))
            : (0,_fix_js__WEBPACK_IMPORTED_MODULE_1__/* .idleTimeoutFix */ .zx)(path, Math.ceil(ctx.options.idleTimeoutMs / 1000), route.target)
    });
}
/** Every `<Proxy balancer://name>` of the file with its BalancerMember lines. */
function balancersOf(directives) {
    const map = new Map();
    const visit = (list) => {
        for (const d of list) {
            if (d.key === 'proxy' && d.block && /^balancer:\/\//i.test(d.args[0] ?? '')) {
                const members = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .flatten */ .Bq)(d.block).filter(m => m.key === 'balancermember');
                map.set(d.args[0].replace(/\/+$/, '').toLowerCase(), members);
            }
            else if (d.block)
                visit(d.block);
        }
    };
    visit(directives);
    return map;
}


/***/ }),

/***/ 23952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ globalPorts),
/* harmony export */   Iy: () => (/* binding */ answersHost),
/* harmony export */   _h: () => (/* binding */ servesTls),
/* harmony export */   or: () => (/* binding */ parseAddress),
/* harmony export */   px: () => (/* binding */ certificateHosts),
/* harmony export */   qn: () => (/* binding */ isAddressIp)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
// Caddy's site addresses ([scheme://][host][:port][/path]) and what they mean: whether Caddy
// terminates TLS for the site, and which host names it answers.

function parseAddress(text) {
    const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\[[^\]]*\]|[^:/]*)(?::([^/]*))?(\/.*)?$/i.exec(text);
    if (!m)
        return { text, host: '' };
    return { text, scheme: m[1]?.toLowerCase(), host: m[2].replace(/^\[|\]$/g, ''), port: m[3] };
}
function globalPorts(globals) {
    const value = (name) => globals?.find(d => d.name === name)?.args[0];
    return { http: value('http_port') ?? '80', https: value('https_port') ?? '443' };
}
/** Whether Caddy serves the address with TLS: https://, the HTTPS port, a host name (automatic
 * HTTPS, even with auto_https off), or any address of a site with a tls line; not http://,
 * the HTTP port, or a bare port without tls. */
function servesTls(address, tlsLine, ports) {
    if (address.scheme === 'http')
        return false;
    if (address.scheme === 'https' || address.port === ports.https)
        return true;
    if (address.port === ports.http)
        return false;
    return address.host !== '' || tlsLine;
}
/** Host names a certificate must cover: literal names and IPs (a wildcard as one name below it). */
function certificateHosts(site) {
    return site.addresses
        .map(parseAddress)
        .map(a => a.host)
        .filter(h => h !== '' && !h.includes('{') && h !== '*')
        .map(h => (h.startsWith('*.') ? `wildcard-check${h.slice(1)}` : h));
}
/** Whether the site's addresses answer `host` (exact, a one-label wildcard, or no host at all). */
function answersHost(site, host) {
    const wanted = host.toLowerCase();
    return site.addresses.map(parseAddress).some(({ host: h }) => {
        const name = h.toLowerCase();
        if (name === '' || name === '*')
            return true;
        if (name.startsWith('*.')) {
            const rest = name.slice(1);
            return wanted.endsWith(rest) && !wanted.slice(0, -rest.length).includes('.');
        }
        return name === wanted;
    });
}
const isAddressIp = (host) => (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0;


/***/ }),

/***/ 12530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ selfIssued),
/* harmony export */   u: () => (/* binding */ readCertificateFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The certificate files a `tls <cert> <key>` line names, read when the repository holds them
// (relative to the workspace, then to the Caddyfile's folder; absolute paths as they are) to
// count what Caddy would send and which names the leaf covers.



const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const MAX_BYTES = 1024 * 1024;
/** The PEM certificates in `name` (as the tls line writes it). */
function readCertificateFile(workspace, configFile, name) {
    if (/\{/.test(name))
        return { readable: false, why: 'a placeholder, filled in where Caddy runs' };
    const candidates = node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(name)
        ? [name]
        : [node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, name), node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(configFile), name)];
    for (const candidate of candidates) {
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(candidate);
            // Never a device or a pipe (/dev/zero never ends): regular files of sane size only.
            if (!stat.isFile())
                continue;
            if (stat.size > MAX_BYTES)
                return { readable: false, why: 'larger than 1 MiB' };
            const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(candidate, 'utf8');
            const blocks = text.match(PEM_CERT) ?? [];
            const certificates = [];
            for (const block of blocks) {
                try {
                    certificates.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block));
                }
                catch {
                    // Counted as a block; a certificate Node cannot read is not judged.
                }
            }
            return { readable: true, path: candidate, certificates, blocks: blocks.length };
        }
        catch {
            // Next candidate.
        }
    }
    return { readable: false, why: 'not in the repository' };
}
/** A certificate that issued itself (a root, or a self-signed leaf): no chain to complete. */
const selfIssued = (certificate) => certificate.issuer === certificate.subject;


/***/ }),

/***/ 59606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   We: () => (/* binding */ isBrace),
/* harmony export */   qw: () => (/* binding */ tokenize)
/* harmony export */ });
/* unused harmony export startsLine */
// The Caddyfile's words, as Caddy's lexer (caddyconfig/caddyfile/lexer.go) reads them: written
// here because Caddy's lexer is Go and no maintained JavaScript parser of the Caddyfile exists
// (findings need each word's line). Words are separated by whitespace; "…" (with \" inside) and
// `…` quote a word, across lines too; # starts a comment at the start of a word; a backslash
// before a newline continues the line; <<MARKER … MARKER is a heredoc (Caddy 2.7 and later).
const SPACE = /\s/;
/** The words of `text`, read as Caddy reads a Caddyfile. */
function tokenize(text, file, origin = 0) {
    const tokens = [];
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let logical = 1;
    let skipped = 0;
    let unterminated;
    const newline = (continued) => {
        line++;
        if (continued)
            skipped++;
        else {
            logical += 1 + skipped;
            skipped = 0;
        }
    };
    const push = (word, quote, startLine, startLogical) => tokens.push({
        text: word,
        file,
        line: startLine,
        logical: startLogical,
        logicalEnd: logical,
        quote,
        origin
    });
    while (i < text.length) {
        const ch = text[i];
        if (ch === '\n') {
            newline(false);
            i++;
            continue;
        }
        if (ch === '\\' && text[i + 1] === '\n') {
            newline(true);
            i += 2;
            continue;
        }
        if (ch === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') {
            newline(true);
            i += 3;
            continue;
        }
        if (SPACE.test(ch)) {
            i++;
            continue;
        }
        if (ch === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        const startLine = line;
        const startLogical = logical;
        if (ch === '"' || ch === '`') {
            let word = '';
            i++;
            let closed = false;
            while (i < text.length) {
                const c = text[i];
                if (ch === '"' && c === '\\' && i + 1 < text.length) {
                    // Only a quote is escaped in a quoted word; any other backslash stays.
                    const next = text[i + 1];
                    word += next === '"' ? '"' : `\\${next}`;
                    if (next === '\n')
                        newline(false);
                    i += 2;
                    continue;
                }
                if (c === ch) {
                    closed = true;
                    i++;
                    break;
                }
                if (c === '\n')
                    newline(false);
                if (c !== '\r')
                    word += c;
                i++;
            }
            if (!closed)
                unterminated ??= { line: startLine, message: `the ${ch} opened here is never closed` };
            push(word, ch, startLine, startLogical);
            continue;
        }
        if (text.startsWith('<<', i) && /^<<[A-Za-z0-9_-]+\r?\n/.test(text.slice(i, i + 200))) {
            const marker = /^<<([A-Za-z0-9_-]+)/.exec(text.slice(i))[1];
            i = text.indexOf('\n', i) + 1;
            newline(false);
            const body = [];
            let padding = '';
            let closed = false;
            while (i < text.length) {
                const end = text.indexOf('\n', i);
                const content = text.slice(i, end < 0 ? text.length : end).replace(/\r$/, '');
                const indent = /^\s*/.exec(content)[0];
                if (content.slice(indent.length).startsWith(marker)) {
                    padding = indent;
                    // The rest of the closing line goes on as words.
                    i += indent.length + marker.length;
                    closed = true;
                    break;
                }
                body.push(content);
                if (end < 0) {
                    i = text.length;
                    break;
                }
                i = end + 1;
                newline(false);
            }
            if (!closed)
                unterminated ??= { line: startLine, message: `heredoc <<${marker} is never closed` };
            // The closing marker's indentation is taken off every line, as Caddy does.
            const strip = (l) => (l.startsWith(padding) ? l.slice(padding.length) : l);
            push(body.map(strip).join('\n'), '<', startLine, startLogical);
            continue;
        }
        let word = '';
        while (i < text.length) {
            const c = text[i];
            if (SPACE.test(c))
                break;
            if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n')))
                break;
            if (c === '\\' && i + 1 < text.length && !SPACE.test(text[i + 1])) {
                // Caddy keeps the backslash, except before '<' (an escaped heredoc opener).
                word += text[i + 1] === '<' ? '<' : `\\${text[i + 1]}`;
                i += 2;
                continue;
            }
            word += c;
            i++;
        }
        push(word, '', startLine, startLogical);
    }
    return { tokens, unterminated };
}
/** Whether `token` starts a new line after `previous` (a word from elsewhere always does). */
function startsLine(previous, token) {
    if (!previous)
        return true;
    if (previous.file !== token.file || previous.origin !== token.origin)
        return true;
    return previous.logicalEnd < token.logical;
}
/** The tokens grouped by line, as Caddy groups a directive's arguments. */
function lines(tokens) {
    const out = [];
    tokens.forEach((token, index) => {
        if (startsLine(tokens[index - 1], token))
            out.push([token]);
        else
            out[out.length - 1].push(token);
    });
    return out;
}
/** A bare `{` or `}`: braces that open or close a block (a quoted "{" is a word). */
const isBrace = (token, brace) => token !== undefined && token.quote === '' && token.text === brace;


/***/ }),

/***/ 77543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tt: () => (/* binding */ CaddyfileSyntaxError),
/* harmony export */   ge: () => (/* binding */ loadCaddyfile)
/* harmony export */ });
/* unused harmony export walk */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scans_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10005);
/* harmony import */ var _lexer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59606);
// Caddyfile words → the tree Caddy's parser (caddyconfig/caddyfile/parse.go) builds: an optional
// global options block, snippets, then site blocks (addresses, then directives, each the words
// of one line with an optional `{ … }` block of subdirectives). `import` is expanded first, in
// place, as Caddy does: a snippet of the file (with {args.N} / {args[N]}), or files of the
// repository matched by a path or glob relative to the importing file.



class CaddyfileSyntaxError extends Error {
    file;
    line;
    name = 'CaddyfileSyntaxError';
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
const MAX_IMPORT_DEPTH = 10;
const MAX_FILES = 100;
/** Words imports may add in all: a snippet importing itself twice doubles at every level. */
const MAX_WORDS = 200_000;
/** Reads `text` (the file at `file`, relative to `workspace`) with its imports expanded. */
async function loadCaddyfile(workspace, file, text) {
    const files = [file];
    const unresolved = [];
    const notRead = (entry) => {
        // A snippet imported many times fails the same way each time: said once.
        if (!unresolved.some(u => u.file === entry.file && u.line === entry.line && u.why === entry.why))
            unresolved.push(entry);
    };
    let origins = 0;
    let expandedWords = 0;
    const lexed = (content, name) => {
        const { tokens, unterminated } = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenize */ .qw)(content, name, origins++);
        if (unterminated)
            throw new CaddyfileSyntaxError(unterminated.message, name, unterminated.line);
        return tokens;
    };
    const { tokens: body, snippets } = takeSnippets(lexed(text, file));
    const expand = async (tokens, depth) => {
        const out = [];
        for (const words of (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .lines */ .Mn)(tokens)) {
            if (words[0].text !== 'import' || words[0].quote !== '') {
                out.push(...words);
                continue;
            }
            const [, pattern, ...args] = words.map(w => w.text);
            const at = { file: words[0].file, line: words[0].line, what: `import ${pattern ?? ''}` };
            if (pattern === undefined)
                throw new CaddyfileSyntaxError('import needs a name', at.file, at.line);
            if (depth >= MAX_IMPORT_DEPTH) {
                notRead({ ...at, why: `imports nested deeper than ${MAX_IMPORT_DEPTH}` });
                continue;
            }
            if (expandedWords > MAX_WORDS) {
                notRead({ ...at, why: `imports expand to more than ${MAX_WORDS} words` });
                continue;
            }
            const snippet = snippets.get(pattern);
            if (snippet) {
                const origin = origins++;
                const copy = snippet.flatMap(t => withArgs(t, args)).map(t => ({ ...t, origin }));
                expandedWords += copy.length;
                for (const word of await expand(copy, depth + 1))
                    out.push(word);
                continue;
            }
            const matches = await importedFiles(workspace, words[0].file, pattern);
            if (matches.length === 0) {
                notRead({ ...at, why: 'no snippet of that name, and no file in the repository' });
                continue;
            }
            for (const match of matches) {
                if (files.length >= MAX_FILES) {
                    notRead({ ...at, why: `more than ${MAX_FILES} files imported` });
                    break;
                }
                if (!files.includes(match.path))
                    files.push(match.path);
                const imported = takeSnippets(lexed(match.text, match.path));
                for (const [name, value] of imported.snippets)
                    snippets.set(name, value);
                const origin = origins++;
                const copy = imported.tokens.flatMap(t => withArgs(t, args)).map(t => ({ ...t, origin }));
                expandedWords += copy.length;
                for (const word of await expand(copy, depth + 1))
                    out.push(word);
            }
        }
        return out;
    };
    const expanded = await expand(body, 0);
    return { ...parseBlocks(expanded), files, unresolved };
}
/** Removes the top-level `(name) { … }` snippet definitions, returning them by name. */
function takeSnippets(tokens) {
    const snippets = new Map();
    const rest = [];
    const grouped = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .lines */ .Mn)(tokens);
    let depth = 0;
    for (let l = 0; l < grouped.length; l++) {
        const words = grouped[l];
        const name = /^\((.+)\)$/.exec(words[0].text)?.[1];
        if (depth === 0 && name && words.length === 2 && (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(words[1], '{')) {
            const inside = [];
            let nested = 1;
            for (l++; l < grouped.length; l++) {
                for (const word of grouped[l]) {
                    if ((0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(word, '{'))
                        nested++;
                    if ((0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(word, '}'))
                        nested--;
                }
                if (nested === 0)
                    break;
                inside.push(...grouped[l]);
            }
            if (nested !== 0)
                throw new CaddyfileSyntaxError(`snippet (${name}) is never closed`, words[0].file, words[0].line);
            snippets.set(name, inside);
            continue;
        }
        for (const word of words) {
            if ((0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(word, '{'))
                depth++;
            if ((0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(word, '}'))
                depth--;
        }
        rest.push(...words);
    }
    return { tokens: rest, snippets };
}
/** A snippet's or imported file's word with the import's arguments put in. */
function withArgs(token, args) {
    if (/^\{args(\.\*|\[:\])\}$/.test(token.text))
        return args.map(text => ({ ...token, text, quote: token.quote || '"' }));
    const text = token.text.replace(/\{args(?:\.(\d+)|\[(\d+)\])\}/g, (_, dot, bracket) => args[Number(dot ?? bracket)] ?? '');
    return [{ ...token, text }];
}
/** Files of the repository an import names, relative to the importing file's folder. */
async function importedFiles(workspace, from, pattern) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(pattern) || pattern.split('/').includes('..'))
        return [];
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(from);
    const glob = dir === '.' ? pattern : `${dir}/${pattern}`;
    const found = await (0,_scans_files_js__WEBPACK_IMPORTED_MODULE_1__/* .findFiles */ .lY)(workspace, [glob], { maxFiles: MAX_FILES, maxBytes: 1024 * 1024 });
    return found.files;
}
/** The global options block and site blocks of the expanded words. */
function parseBlocks(tokens) {
    const grouped = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .lines */ .Mn)(tokens);
    let at = 0;
    const result = { sites: [] };
    const error = (message, token) => {
        throw new CaddyfileSyntaxError(message, token.file, token.line);
    };
    /** Directives up to the `}` that closes the block `opener` opened (or the end, for none). */
    const block = (opener, depth) => {
        const directives = [];
        while (at < grouped.length) {
            const words = grouped[at++];
            if ((0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(words[0], '}')) {
                if (words.length > 1)
                    error(`unexpected '${words[1].text}' after '}'`, words[1]);
                if (!opener)
                    error("unexpected '}': no block is open", words[0]);
                return directives;
            }
            if ((0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(words[0], '{'))
                error("unexpected '{' on a line of its own: it belongs at the end of the line before", words[0]);
            const last = words[words.length - 1];
            const opens = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(last, '{');
            const inner = words.slice(0, opens ? -1 : undefined);
            const stray = inner.find(w => (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(w, '{') || (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(w, '}'));
            if (stray)
                error(`unexpected '${stray.text}' inside a line`, stray);
            const directive = {
                name: inner[0].text,
                args: inner.slice(1).map(w => w.text),
                tokens: inner,
                file: inner[0].file,
                line: inner[0].line
            };
            if (opens) {
                if (depth >= 32)
                    error('blocks nested too deeply', last);
                directive.block = block(last, depth + 1);
            }
            directives.push(directive);
        }
        if (opener)
            error("this '{' is never closed", opener);
        return directives;
    };
    if (grouped.length > 0 && grouped[0].length === 1 && (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(grouped[0][0], '{')) {
        at = 1;
        result.globals = block(grouped[0][0], 1);
    }
    while (at < grouped.length) {
        const first = grouped[at];
        const addresses = [];
        let opener;
        // Addresses: one line, or more when a line ends with a comma.
        for (;;) {
            const words = grouped[at++];
            const last = words[words.length - 1];
            opener = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(last, '{') ? last : undefined;
            for (const word of opener ? words.slice(0, -1) : words) {
                if ((0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(word, '{') || (0,_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .isBrace */ .We)(word, '}'))
                    error(`unexpected '${word.text}'`, word);
                addresses.push(...word.text.split(',').filter(Boolean));
            }
            if (opener || !last.text.endsWith(',') || at >= grouped.length)
                break;
        }
        if (addresses.length === 0)
            error('a site block needs an address', first[0]);
        const site = { addresses, file: first[0].file, line: first[0].line, directives: [] };
        if (opener)
            site.directives = block(opener, 1);
        else {
            // A single site may go without braces: the rest of the file is its directives.
            if (result.sites.length > 0)
                error('a site without braces must be the only site: wrap each site in { … }', first[0]);
            site.directives = block(undefined, 1);
        }
        result.sites.push(site);
    }
    return result;
}
/** Every directive of the tree, depth first, with the blocks around it (outermost first). */
function* walk(directives, parents = []) {
    for (const directive of directives) {
        yield { directive, parents };
        if (directive.block)
            yield* walk(directive.block, [...parents, directive]);
    }
}


/***/ }),

/***/ 11912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ isMatcher),
/* harmony export */   QQ: () => (/* binding */ routeTakes),
/* harmony export */   zF: () => (/* binding */ proxyRoutes)
/* harmony export */ });
/* unused harmony export pathMatches */
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23952);

/** A path or upstream named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i;
const ROUTING = new Set(['handle', 'handle_path', 'route']);
/** Whether a word in a matcher's place is one: a path, `*`, or a named matcher. */
const isMatcher = (word) => word !== undefined && (word === '*' || word.startsWith('/') || word.startsWith('@'));
/** The site's named matchers (`@name …` or `@name { … }`), by name. */
function namedMatchers(site) {
    const found = new Map();
    const visit = (directives) => {
        for (const d of directives) {
            if (d.name.startsWith('@')) {
                const conditions = d.block ?? (d.args.length > 0 ? [{ ...d, name: d.args[0], args: d.args.slice(1) }] : []);
                const matcher = { paths: [], regexps: [], upgrade: false };
                for (const c of conditions) {
                    if (c.name === 'path')
                        matcher.paths.push(...c.args);
                    if (c.name === 'path_regexp')
                        matcher.regexps.push(c.args[c.args.length - 1] ?? '');
                    if (c.name === 'header' && /^(upgrade|connection)$/i.test(c.args[0] ?? ''))
                        matcher.upgrade ||= /upgrade|websocket/i.test(c.args.slice(1).join(' '));
                }
                found.set(d.name, matcher);
            }
            else if (ROUTING.has(d.name) && d.block)
                visit(d.block);
        }
    };
    visit(site.directives);
    return found;
}
/** Whether Caddy's path matcher `pattern` matches `path` (case-insensitive, `*` as wildcard). */
function pathMatches(pattern, path) {
    if (pattern === '*')
        return true;
    const source = pattern
        .toLowerCase()
        .split('*')
        .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${source}$`).test(path.toLowerCase());
}
/** The reverse_proxy routes of `site`, WebSocket ones marked. */
function proxyRoutes(site, options) {
    const named = namedMatchers(site);
    const routes = [];
    const selection = (matcher) => {
        if (matcher === undefined || matcher === '*')
            return { paths: [], regexps: [], upgrade: false };
        if (matcher.startsWith('@'))
            return named.get(matcher) ?? { paths: [], regexps: [], upgrade: false };
        return { paths: [matcher], regexps: [], upgrade: false };
    };
    const visit = (directives, parents) => {
        for (const d of directives) {
            if (ROUTING.has(d.name) && d.block)
                visit(d.block, [...parents, d]);
            if (d.name !== 'reverse_proxy')
                continue;
            const matcher = isMatcher(d.args[0]) ? d.args[0] : undefined;
            const levels = [...parents.map(p => (isMatcher(p.args[0]) ? p.args[0] : undefined)), matcher];
            const selections = levels.map(selection);
            const upstreams = [
                ...d.args.slice(matcher === undefined ? 0 : 1),
                ...(d.block ?? []).filter(s => s.name === 'to').flatMap(s => s.args)
            ];
            const route = {
                directive: d,
                matcher,
                paths: selections.map(s => s.paths).filter(p => p.length > 0),
                regexps: selections.flatMap(s => s.regexps),
                upgradeOnly: selections.some(s => s.upgrade),
                upstreams,
                parents
            };
            route.webSocket = namedReason(route);
            routes.push(route);
        }
    };
    visit(site.directives, []);
    // A path the run says carries WebSockets goes to the route Caddy would pick for it: one whose
    // path matcher takes it before one without any (Caddy orders reverse_proxy by matcher).
    const wanted = [
        ...options.websocketPaths.map(p => ({ path: p, why: `websocket-paths names ${p}` })),
        ...options.targets
            .filter(t => t.endpoint?.scheme === 'wss' && (0,_address_js__WEBPACK_IMPORTED_MODULE_0__/* .answersHost */ .Iy)(site, t.endpoint.host))
            .map(t => ({
            path: t.endpoint.path.split('?')[0] || '/',
            why: `serves the target ${t.label}`
        }))
    ];
    for (const { path, why } of wanted) {
        const route = routes.find(r => r.paths.length > 0 && routeTakes(r, path)) ??
            routes.find(r => r.paths.length === 0 && r.regexps.length === 0);
        if (route)
            route.webSocket ??= why;
    }
    return routes;
}
/** Whether the route takes requests for `path`. */
function routeTakes(route, path) {
    return route.paths.every(level => level.some(pattern => pathMatches(pattern, path)));
}
/** A route that names itself a WebSocket route. */
function namedReason(route) {
    if (route.upgradeOnly)
        return 'selected by an Upgrade header matcher';
    const named = [...route.paths.flat(), ...route.regexps].find(p => SOCKET_NAME.test(p));
    if (named)
        return `path ${named} is named like a socket`;
    const upstream = route.upstreams.find(u => SOCKET_NAME.test(u.replace(/^[a-z0-9+.-]*:\/\//i, '').split(':')[0]));
    return upstream ? `backend ${upstream} is named like a socket` : undefined;
}


/***/ }),

/***/ 67066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  READING: () => (/* binding */ READING),
  proxyOfFile: () => (/* binding */ proxyOfFile)
});

// EXTERNAL MODULE: ./src/proxies/apache/answer.ts
var answer = __webpack_require__(76129);
// EXTERNAL MODULE: ./src/proxies/apache/checks.ts + 1 modules
var checks = __webpack_require__(25180);
// EXTERNAL MODULE: ./src/proxies/apache/recognise.ts
var recognise = __webpack_require__(7350);
;// CONCATENATED MODULE: ./src/proxies/apache/index.ts



const apache = {
    ...answer/* apacheAnswer */.n,
    claims: recognise/* claimsApache */.m,
    checkConfig: checks/* checkApache */.x,
    async serve(file, context) {
        // Loaded only to serve: the kit brings the certificate factory (@peculiar/x509).
        const { serveConfiguration } = await Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(594), __webpack_require__.e(631), __webpack_require__.e(134)]).then(__webpack_require__.bind(__webpack_require__, 1134));
        const { apachePlan } = await Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(594), __webpack_require__.e(631), __webpack_require__.e(134), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 97632));
        return serveConfiguration({
            name: 'Apache httpd',
            binary: 'apache2',
            install: 'sudo apt-get update && sudo apt-get install -y apache2',
            file,
            context,
            plan: kit => apachePlan(file, context, kit)
        });
    }
};

// EXTERNAL MODULE: ./src/proxies/caddy/answer.ts + 1 modules
var caddy_answer = __webpack_require__(54023);
// EXTERNAL MODULE: ./src/proxies/caddy/address.ts
var address = __webpack_require__(23952);
;// CONCATENATED MODULE: ./src/proxies/caddy/durations.ts
// Caddy's durations (caddy.ParseDuration): Go's time.ParseDuration ("90s", "1h30m", "1.5h",
// "500ms") plus whole days ("1d").
const UNITS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000
};
/** Milliseconds, or undefined when Caddy would refuse the text. "0" is zero (no timeout). */
function caddyDuration(text) {
    if (text === '0')
        return 0;
    const parts = [...text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map(p => p[0]).join('') !== text)
        return undefined;
    return parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]], 0);
}
/** "2 s", "1.5 s", "60 s": how findings name a duration. */
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;

;// CONCATENATED MODULE: ./src/proxies/caddy/finding.ts
const at = (d) => ({ file: d.file, line: d.line });
function finding(label, status, code, title, where, extra = {}) {
    return {
        check: 'proxy-config',
        code,
        status,
        title: `${label}: ${title}`,
        location: { file: where.file, line: where.line },
        ...extra
    };
}
/** A directive as written, for titles and details: "read_timeout 2s". */
const written = (d) => [d.name, ...d.args].join(' ');

// EXTERNAL MODULE: ./src/proxies/caddy/fix.ts
var caddy_fix = __webpack_require__(75471);
// EXTERNAL MODULE: ./src/proxies/caddy/routes.ts
var caddy_routes = __webpack_require__(11912);
;// CONCATENATED MODULE: ./src/proxies/caddy/check-routes.ts




/** Why a header operation (field, value…) stops the upgrade; undefined when it does not. */
function headerBreaksUpgrade(args) {
    const [field = '', value, replacement] = args;
    const name = field.replace(/^[+-]/, '').toLowerCase();
    if (name !== 'upgrade' && name !== 'connection')
        return undefined;
    const header = name === 'upgrade' ? 'Upgrade' : 'Connection';
    if (field.startsWith('-'))
        return `removes ${header}: the backend sees a plain GET`;
    // Adding a value, or a search-and-replace, is not judged.
    if (field.startsWith('+') || value === undefined || replacement !== undefined)
        return undefined;
    const passThrough = new RegExp(`^\\{(http\\.request\\.header|header)\\.${name}\\}$`, 'i');
    if (passThrough.test(value))
        return undefined;
    if (name === 'connection' && /upgrade/i.test(value))
        return undefined;
    if (name === 'upgrade' && /^websocket$/i.test(value))
        return undefined;
    if (value.startsWith('{>'))
        return `sets ${header} to ${value}, Caddy 1's placeholder syntax: Caddy 2 sends it as written`;
    return name === 'connection'
        ? `sets Connection to "${value}", without "upgrade": the backend sees no upgrade`
        : `sets Upgrade to "${value}": the backend refuses it`;
}
/** The directives that stop the route's upgrade, each with why. */
function upgradeBreakers(route, site) {
    const found = [];
    for (const sub of route.directive.block ?? []) {
        if (sub.name === 'header_up') {
            const why = headerBreaksUpgrade(sub.args);
            if (why)
                found.push({ directive: sub, why: `header_up ${why}` });
        }
        if (sub.name === 'transport' && sub.args[0] === 'http') {
            const versions = sub.block?.find(d => d.name === 'versions');
            if (versions && !versions.args.includes('1.1'))
                found.push({
                    directive: versions,
                    why: `transport http ${written(versions)}: no HTTP/1.1 to the backend, which the upgrade needs (Caddy answers 502)`
                });
        }
    }
    // request_header in the site or a block around the route, for every request or the route's own.
    for (const level of [site.directives, ...route.parents.map(p => p.block ?? [])]) {
        for (const d of level) {
            if (d.name !== 'request_header')
                continue;
            const matcher = (0,caddy_routes/* isMatcher */.H7)(d.args[0]) ? d.args[0] : undefined;
            if (matcher !== undefined && matcher !== '*' && matcher !== route.matcher)
                continue;
            const why = headerBreaksUpgrade(d.args.slice(matcher === undefined ? 0 : 1));
            if (why)
                found.push({ directive: d, why: `request_header ${why}` });
        }
    }
    return found;
}
/** The route's timeouts that end a WebSocket silent for idle-timeout. */
function idleCuts(route, idleTimeoutMs) {
    const cuts = [];
    for (const sub of route.directive.block ?? []) {
        if (sub.name === 'transport' && sub.args[0] === 'http') {
            for (const d of sub.block ?? []) {
                if (d.name !== 'read_timeout')
                    continue;
                const ms = caddyDuration(d.args[0] ?? '');
                if (ms === undefined || ms === 0 || ms > idleTimeoutMs)
                    continue;
                cuts.push({
                    directive: d,
                    ms,
                    detail: `transport http read_timeout ${d.args[0]}: Caddy closes a proxied WebSocket when nothing came from the backend for that long (1006, no close frame).`
                });
            }
        }
        if (sub.name === 'stream_timeout') {
            const ms = caddyDuration(sub.args[0] ?? '');
            if (ms === undefined || ms === 0 || ms > idleTimeoutMs)
                continue;
            cuts.push({
                directive: sub,
                ms,
                detail: `stream_timeout ${sub.args[0]} (Caddy 2.7 and later): Caddy closes every WebSocket that long after it opened, silent or not.`
            });
        }
    }
    return cuts;
}
/** Findings for one reverse_proxy: upgrade breakers (fail on a WebSocket route, warn on any
 * other: WebSockets through it would break) and idle cuts (WebSocket routes only). */
function checkRoute(route, context, options) {
    const findings = [];
    const { directive } = route;
    const routeLabel = `${context.label}, ${written({ ...directive, args: directive.args.slice(0, 2) })}`;
    const path = wsPath(route);
    const fixContext = {
        matcher: route.matcher,
        upstream: route.upstreams.find(u => !u.startsWith('{')) ?? undefined
    };
    const push = (status, code, title, where, extra) => void findings.push(finding(routeLabel, status, code, title, at(where), extra));
    for (const { directive: breaker, why } of upgradeBreakers(route, context.site)) {
        push(route.webSocket ? 'fail' : 'warn', 'proxy-config-upgrade', `${written(breaker)} stops the WebSocket upgrade (the client gets 400, 426 or 502, not 101)`, breaker, {
            details: [
                why,
                route.webSocket
                    ? `A WebSocket route: ${route.webSocket}.`
                    : 'Not recognised as a WebSocket route: any WebSocket sent through it breaks.'
            ],
            cause: "Caddy's reverse_proxy passes Upgrade and Connection to the backend by itself; a header rule that removes or rewrites them leaves the backend a plain request",
            fix: (0,caddy_fix/* upgradeFix */.YU)(context.host, path, fixContext)
        });
    }
    if (!route.webSocket)
        return findings;
    for (const cut of idleCuts(route, options.idleTimeoutMs)) {
        push('fail', cut.directive.name === 'stream_timeout'
            ? 'proxy-config-max-duration'
            : 'proxy-config-idle-timeout', cut.directive.name === 'stream_timeout'
            ? `every WebSocket is closed ${seconds(cut.ms)} after it opened (${written(cut.directive)})`
            : `idle sockets are cut after ${seconds(cut.ms)} (${written(cut.directive)})`, cut.directive, {
            details: [
                cut.detail,
                `Not longer than idle-timeout (${seconds(options.idleTimeoutMs)}). A WebSocket route: ${route.webSocket}.`
            ],
            cause: cut.directive.name === 'read_timeout'
                ? "Caddy's transport read_timeout is a deadline on every read from the backend, the upgraded stream included: a backend silent that long is cut"
                : 'stream_timeout is a lifetime for every stream, however busy',
            fix: (0,caddy_fix/* idleTimeoutFix */.zx)(context.host, path, Math.ceil(options.idleTimeoutMs / 1000), fixContext)
        });
    }
    return findings;
}
/** A path the route takes, for the fix: its own matcher's path, else the first level's. */
function wsPath(route) {
    const pattern = route.paths.flat().find(p => p.startsWith('/'));
    return pattern ? pattern.replace(/\*.*$/, '') || '/' : '/';
}

// EXTERNAL MODULE: ./src/proxies/shared/tls-policy.ts
var tls_policy = __webpack_require__(54068);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/proxies/caddy/certificates.ts
var certificates = __webpack_require__(12530);
;// CONCATENATED MODULE: ./src/proxies/caddy/check-certificate.ts





/** Judges where the site's certificate comes from. */
function checkCertificate(context, options) {
    const findings = [];
    const { label, host, site } = context;
    const push = (status, code, title, where, extra) => void findings.push(finding(label, status, code, title, where, extra));
    const tls = site.directives.find(d => d.name === 'tls');
    const sub = (name) => tls?.block?.find(d => d.name === name);
    const [first, second] = tls?.args ?? [];
    const files = first !== undefined && second !== undefined && first !== 'internal';
    const ownInternal = first === 'internal' || sub('issuer')?.args[0] === 'internal';
    const internal = ownInternal || (!files && !sub('issuer') && context.localCerts !== undefined);
    const loads = sub('load') !== undefined || sub('get_certificate') !== undefined;
    const autoOff = context.autoHttps && /^(off|disable_certs)$/.test(context.autoHttps.args[0] ?? '');
    let source = files || loads ? 'files' : internal ? "Caddy's local CA" : 'automatic HTTPS';
    if (!files && !loads && !internal && autoOff) {
        source = 'none';
        push('fail', 'proxy-config-certificate-missing', `no certificate: auto_https ${context.autoHttps.args[0]} and no tls line with certificate files`, { file: site.file, line: site.line }, {
            details: [
                `auto_https ${context.autoHttps.args[0]} (${context.autoHttps.file}:${context.autoHttps.line}) stops Caddy obtaining certificates; this site names none of its own.`,
                'Caddy still listens with TLS for it and ends every handshake with an internal_error alert (measured on Caddy 2.6.2).'
            ],
            cause: 'A TLS site without a certificate fails every handshake',
            fix: (0,caddy_fix/* certificateFix */.X4)(host)
        });
    }
    if (tls && files)
        findings.push(...checkCertificateFiles(tls, context, options));
    const hosts = (0,address/* certificateHosts */.px)(site).filter(h => !(0,address/* isAddressIp */.qn)(h) && h !== 'localhost');
    if (internal && hosts.length > 0) {
        const why = ownInternal ? tls : context.localCerts;
        push('warn', 'proxy-config-untrusted-certificate', `${written(why)}: a certificate from Caddy's own local CA, which browsers and other machines do not trust`, at(why), {
            cause: "Caddy's local CA is trusted only where Caddy installed its root; every other client rejects the certificate (unknown issuer)",
            fix: (0,caddy_fix/* publicCertificateFix */.uR)(host, written(why))
        });
    }
    return { findings, source };
}
/** `tls <cert> <key>`: the full chain, and names that cover the site (when the file is here). */
function checkCertificateFiles(tls, context, options) {
    const findings = [];
    const { label, host, site } = context;
    const name = tls.args[0];
    const file = (0,certificates/* readCertificateFile */.u)(options.workspace, tls.file, name);
    const base = external_node_path_default().posix.basename(name);
    const leafOnly = (details) => void findings.push(finding(label, 'fail', 'proxy-config-full-chain', `tls ${name} serves the leaf without intermediates`, at(tls), {
        details,
        cause: "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate",
        fix: (0,caddy_fix/* fullChainFix */.Sc)(host)
    }));
    if (!file.readable) {
        if (base === 'cert.pem')
            leafOnly([
                `${written(tls)}`,
                `Not read (${file.why}): judged by its name, certbot's leaf-only file.`
            ]);
        if (base === 'chain.pem')
            findings.push(finding(label, 'fail', 'proxy-config-full-chain', `tls ${name} serves the intermediates without the leaf`, at(tls), {
                details: [
                    `Not read (${file.why}): judged by its name, certbot's intermediates-only file.`
                ],
                cause: "A certificate file must start with the site's own certificate (the leaf), then the intermediates",
                fix: (0,caddy_fix/* fullChainFix */.Sc)(host)
            }));
        return findings;
    }
    if (file.blocks === 0) {
        findings.push(finding(label, 'warn', 'proxy-config-certificate-file', `tls ${name} holds no PEM certificate`, at(tls), {
            details: [`Read ${file.path}: no -----BEGIN CERTIFICATE----- block.`],
            cause: 'Caddy refuses to load a certificate file without a certificate',
            fix: (0,caddy_fix/* fullChainFix */.Sc)(host)
        }));
        return findings;
    }
    const [leaf] = file.certificates;
    if (file.blocks === 1 && leaf && !(0,certificates/* selfIssued */.o)(leaf)) {
        leafOnly([
            `${name} holds one certificate (${leaf.subject.replace(/\n/g, ', ')}, issued by ${leaf.issuer.replace(/\n/g, ', ')}): the leaf alone.`
        ]);
    }
    if (!leaf)
        return findings;
    for (const name of (0,address/* certificateHosts */.px)(site)) {
        const covered = (0,address/* isAddressIp */.qn)(name) ? leaf.checkIP(name) : leaf.checkHost(name);
        if (covered)
            continue;
        const shown = name.startsWith('wildcard-check.')
            ? `*${name.slice('wildcard-check'.length)}`
            : name;
        findings.push(finding(label, 'fail', 'proxy-config-certificate-name', `the certificate in ${tls.args[0]} does not cover ${shown}`, at(tls), {
            details: [
                `Names in the certificate: ${leaf.subjectAltName ?? leaf.subject.replace(/\n/g, ', ')}.`,
                'Caddy serves it for this site anyway: clients that ask for this name reject it (hostname mismatch).'
            ],
            cause: 'A client accepts a certificate only for the names in its Subject Alternative Names',
            fix: (0,caddy_fix/* certificateFix */.X4)(shown)
        }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/proxies/caddy/check-tls.ts




const VERSIONS = {
    'tls1.0': 'TLSv1',
    'tls1.1': 'TLSv1.1',
    'tls1.2': 'TLSv1.2',
    'tls1.3': 'TLSv1.3'
};
const ORDER = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const LABEL = {
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
const BROWSER_CURVES = new Set(['x25519', 'secp256r1', 'secp384r1', 'x25519mlkem768']);
/** Judges the site's tls line: its certificate, versions, suites and curves. */
function checkSiteTls(context, options) {
    const { findings, source } = checkCertificate(context, options);
    const { label, host, site } = context;
    const push = (status, code, title, where, extra) => void findings.push(finding(label, status, code, title, where, extra));
    const tls = site.directives.find(d => d.name === 'tls');
    const sub = (name) => tls?.block?.find(d => d.name === name);
    const protocols = sub('protocols');
    const offered = protocols ? offeredVersions(protocols) : ['TLSv1.2', 'TLSv1.3'];
    if (protocols && offered)
        findings.push(...checkVersions(protocols, offered, context, options));
    const tls13 = (offered ?? ['TLSv1.3']).includes('TLSv1.3');
    const ciphers = sub('ciphers');
    const suitesIssue = ciphers
        ? (0,tls_policy/* judgeSuites */.$n)((0,tls_policy/* suiteListIana */.KK)(ciphers.args.map(c => c.toUpperCase())), {
            label: 'ciphers',
            written: written(ciphers),
            tls13,
            tls13Off: protocols ? written(protocols) : 'protocols'
        })
        : undefined;
    if (ciphers && suitesIssue) {
        push(suitesIssue.status, suitesIssue.code, suitesIssue.title, at(ciphers), {
            details: suitesIssue.details,
            cause: suitesIssue.cause,
            fix: (0,caddy_fix/* browserCiphersFix */.O0)(host, suitesIssue.browsersLockedOut)
        });
    }
    const curves = sub('curves');
    if (curves && !curves.args.some(c => BROWSER_CURVES.has(c.toLowerCase()))) {
        push('fail', 'proxy-config-groups', `${written(curves)}: none of the groups browsers offer (X25519, P-256, P-384)`, at(curves), {
            cause: 'ECDHE (TLS 1.2) and every TLS 1.3 key exchange need a group both sides have; browsers offer X25519, P-256 and P-384',
            fix: (0,caddy_fix/* browserCiphersFix */.O0)(host, true)
        });
    }
    return { findings, source };
}
/** The versions a `protocols <min> [<max>]` line lets through; undefined if it names others. */
function offeredVersions(protocols) {
    const [min, max = 'TLSv1.3'] = protocols.args.map(a => VERSIONS[a.toLowerCase()] ?? 'unknown');
    if (!ORDER.includes(min) || !ORDER.includes(max))
        return undefined;
    return ORDER.slice(ORDER.indexOf(min), ORDER.indexOf(max) + 1);
}
/** Like the live versions check: 1.2 or 1.3 refused warns (fails when require-tls-versions
 * names it), a version under min-tls-version warns (fails with fail-on-legacy-tls). */
function checkVersions(protocols, offered, context, options) {
    const findings = [];
    const fix = (0,caddy_fix/* tlsVersionsFix */.e$)(context.host);
    for (const version of ['TLSv1.2', 'TLSv1.3']) {
        if (offered.includes(version))
            continue;
        const required = options.requireTlsVersions.includes(version);
        findings.push(finding(context.label, required ? 'fail' : 'warn', 'proxy-config-tls-versions', `${written(protocols)} refuses ${LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`, at(protocols), {
            details: [`Offered: ${offered.map(v => LABEL[v]).join(', ') || 'nothing'}.`],
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
            fix
        }));
    }
    const floor = ORDER.indexOf(options.minTlsVersion);
    const legacy = offered.filter(v => ORDER.indexOf(v) < floor);
    if (legacy.length > 0) {
        findings.push(finding(context.label, options.failOnLegacyTls ? 'fail' : 'warn', 'proxy-config-legacy-tls', `${written(protocols)} accepts legacy ${legacy.map(v => LABEL[v]).join(', ')}`, at(protocols), {
            cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
            fix
        }));
    }
    return findings;
}

// EXTERNAL MODULE: ./src/proxies/caddy/parse.ts
var parse = __webpack_require__(77543);
;// CONCATENATED MODULE: ./src/proxies/caddy/check.ts







const READER = "Read by wss-doctor's own Caddyfile reader (Caddy's lexer is Go; no maintained JavaScript parser of the Caddyfile exists): `caddy validate --config <file> --adapter caddyfile` judges syntax.";
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
async function checkCaddyfile(file, options) {
    let config;
    try {
        config = await (0,parse/* loadCaddyfile */.ge)(options.workspace, file.path, file.text);
    }
    catch (err) {
        if (!(err instanceof parse/* CaddyfileSyntaxError */.Tt))
            throw err;
        return {
            summary: 'Caddyfile: not checked (this reader cannot follow it)',
            details: [READER],
            findings: [
                {
                    check: 'proxy-config',
                    code: 'proxy-config-unparsed',
                    status: 'warn',
                    title: `Caddyfile not checked: ${err.message}`,
                    details: [READER],
                    location: { file: err.file, line: err.line }
                }
            ]
        };
    }
    const findings = [];
    const details = [];
    const autoHttps = config.globals?.find(d => d.name === 'auto_https');
    const localCerts = config.globals?.find(d => d.name === 'local_certs');
    const ports = (0,address/* globalPorts */.G3)(config.globals);
    const sites = config.sites.filter(s => !s.addresses[0].startsWith('&('));
    let tlsSites = 0;
    let sockets = 0;
    for (const site of sites) {
        const label = `site ${site.addresses.join(', ')}`;
        const hosts = site.addresses.map(address/* parseAddress */.or).map(a => a.host);
        const host = hosts.find(h => /^[a-z0-9.-]+$/i.test(h) && h.includes('.')) ?? 'example.com';
        const tlsLine = site.directives.some(d => d.name === 'tls');
        const tls = site.addresses.some(a => (0,address/* servesTls */._h)((0,address/* parseAddress */.or)(a), tlsLine, ports));
        let how = 'no TLS';
        if (tls) {
            tlsSites++;
            const verdict = checkSiteTls({ label, host, site, autoHttps, localCerts }, options);
            findings.push(...verdict.findings);
            how = `TLS, certificate from ${verdict.source}`;
        }
        const routes = (0,caddy_routes/* proxyRoutes */.zF)(site, options);
        for (const route of routes)
            findings.push(...checkRoute(route, { label, host, site }, options));
        const ws = routes.filter(r => r.webSocket);
        const others = routes.filter(r => !r.webSocket);
        sockets += ws.length;
        details.push(`${label} (${site.file}:${site.line}, ${how}): ${ws.length > 0
            ? `WebSocket routes ${ws.map(r => `${r.matcher ?? '*'} (${r.webSocket})`).join(', ')}`
            : 'no WebSocket route'}`);
        if (others.length > 0)
            details.push(`${label}: reverse_proxy ${others.map(r => r.matcher ?? '*').join(', ')} not judged for idle cuts (not recognised as WebSocket routes: name their paths in websocket-paths)`);
    }
    findings.push(...plainListeners(sites, ports, options));
    if (config.files.length > 1)
        details.push(`Imports read: ${config.files.slice(1).join(', ')}`);
    for (const u of config.unresolved)
        details.push(`${u.what} (${u.file}:${u.line}) not read: ${u.why}`);
    details.push(READER);
    return {
        summary: `Caddyfile: ${plural(sites.length, 'site')} (${tlsSites} with TLS), ${plural(sockets, 'WebSocket route')}`,
        details,
        included: config.files.slice(1),
        findings
    };
}
/** A wss:// target whose host only plain-HTTP sites name: TLS never answers there. */
function plainListeners(sites, ports, options) {
    const findings = [];
    for (const target of options.targets) {
        const endpoint = target.endpoint;
        if (endpoint?.scheme !== 'wss')
            continue;
        const naming = sites.filter(s => s.addresses.some(a => (0,address/* parseAddress */.or)(a).host.toLowerCase() === endpoint.host.toLowerCase()));
        const tls = naming.some(s => s.addresses.some(a => (0,address/* servesTls */._h)((0,address/* parseAddress */.or)(a), s.directives.some(d => d.name === 'tls'), ports)));
        if (naming.length === 0 || tls)
            continue;
        const site = naming[0];
        findings.push(finding(`site ${site.addresses.join(', ')}`, 'fail', 'proxy-config-tls-listener', `serves ${endpoint.host} without TLS, and the target ${target.label} is wss://`, { file: site.file, line: site.line }, {
            cause: 'A wss:// client starts with a TLS handshake; a plain-HTTP site answers it with HTTP (WRONG_VERSION_NUMBER)',
            fix: (0,caddy_fix/* tlsListenerFix */.du)(endpoint.host, endpoint.port, endpoint.path)
        }));
    }
    return findings;
}

// EXTERNAL MODULE: ./src/proxies/caddy/lexer.ts
var lexer = __webpack_require__(59606);
;// CONCATENATED MODULE: ./src/proxies/caddy/claims.ts
// Whether a file is a Caddyfile, by its content: words that start lines are Caddy's own
// directives (reverse_proxy, tls, encode, handle, route…) or a global options block opens the
// file, and nothing reads as another proxy's: nginx ends its lines with `;`, Apache opens
// <sections>, lighttpd and TOML assign with `=` or open [tables], YAML has `key:` lines, and
// HAProxy's sections (frontend, backend…) carry none of Caddy's directives. Caddy's JSON
// configuration is not claimed: it has no lines to point findings at.

/** Directives only Caddy has (nginx, Apache and HAProxy spell theirs otherwise). */
const CADDY_DIRECTIVES = new Set([
    'reverse_proxy',
    'php_fastcgi',
    'file_server',
    'encode',
    'handle',
    'handle_path',
    'handle_errors',
    'route',
    'respond',
    'redir',
    'tls',
    'basicauth',
    'basic_auth',
    'forward_auth',
    'templates',
    'request_header',
    'uri',
    'import',
    'acme_server',
    'header_up',
    'header_down',
    'lb_policy'
]);
const GLOBAL_OPTIONS = new Set([
    'admin',
    'email',
    'auto_https',
    'acme_ca',
    'acme_dns',
    'local_certs',
    'skip_install_trust',
    'storage',
    'servers',
    'order',
    'on_demand_tls',
    'http_port',
    'https_port',
    'default_sni',
    'grace_period',
    'debug',
    'log',
    'persist_config',
    'ocsp_stapling',
    'cert_issuer'
]);
function claimsCaddyfile(text) {
    if (isJson(text))
        return false;
    const grouped = (0,lexer/* lines */.Mn)((0,lexer/* tokenize */.qw)(text, '').tokens);
    if (grouped.length === 0)
        return false;
    let semicolons = 0;
    let caddy = 0;
    for (const words of grouped) {
        const first = words[0];
        const last = words[words.length - 1];
        if (first.quote === '') {
            if (/^<[A-Za-z/]/.test(first.text))
                return false; // Apache <VirtualHost>, <IfModule>
            if (/^\[.*\]$/.test(first.text))
                return false; // TOML [table]
            if (/^[\w.-]+:$/.test(first.text) || first.text === '---' || first.text === '-')
                return false; // YAML key: or list
            if (words[1]?.quote === '' && /^\+?=$/.test(words[1].text))
                return false; // lighttpd, TOML
            if (/^\$(HTTP|SERVER)\[/.test(first.text))
                return false; // lighttpd conditionals
        }
        if (last.quote === '' && last.text.endsWith(';'))
            semicolons++;
        if (first.quote === '' && CADDY_DIRECTIVES.has(first.text))
            caddy++;
    }
    if (semicolons >= 2 || semicolons * 3 >= grouped.length)
        return false;
    const opensWithGlobals = grouped[0].length === 1 &&
        (0,lexer/* isBrace */.We)(grouped[0][0], '{') &&
        grouped[1] !== undefined &&
        grouped[1][0].quote === '' &&
        GLOBAL_OPTIONS.has(grouped[1][0].text);
    return caddy > 0 || opensWithGlobals;
}
/** JSON (Caddy's own configuration, Envoy's, a package manifest): never a Caddyfile. */
function isJson(text) {
    if (!/^\s*[[{]\s*("|\]|\}|$)/.test(text))
        return false;
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/proxies/caddy/index.ts



const caddy = {
    ...caddy_answer/* caddyAnswer */.Q,
    claims: file => claimsCaddyfile(file.text),
    checkConfig: checkCaddyfile,
    async serve(file, context) {
        // Loaded only to serve: the kit brings the certificate factory (@peculiar/x509).
        const [{ serveConfiguration }, { planCaddy, servable }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(594), __webpack_require__.e(631), __webpack_require__.e(134)]).then(__webpack_require__.bind(__webpack_require__, 1134)),
            __webpack_require__.e(/* import() */ 195).then(__webpack_require__.bind(__webpack_require__, 38195))
        ]);
        if (!(await servable(file, context)))
            return [];
        return serveConfiguration({
            name: 'Caddy',
            binary: 'caddy',
            install: 'sudo apt-get update && sudo apt-get install -y caddy',
            file,
            context,
            plan: kit => planCaddy(file, context, kit)
        });
    }
};

// EXTERNAL MODULE: ./src/proxies/envoy/answer.ts + 1 modules
var envoy_answer = __webpack_require__(3135);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/proxies/shared/config-tree.ts
// A configuration file as a tree of maps, lists and scalars that remembers the line of every
// key and item, whatever the file's language: Traefik reads YAML and TOML alike, Envoy YAML (or
// JSON), and the checks walk one shape. YAML comes through the `yaml` package and a
// LineCounter; a TOML reader builds the same tree.

/** Aliases nested deeper than this are left out (an alias loop cannot hang the check). */
const MAX_DEPTH = 64;
/** Every document of a YAML (or JSON) text as trees, with the first error of each document. */
function yamlTrees(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter });
    const docs = Array.isArray(documents) ? documents : [documents];
    const result = { trees: [], errors: [] };
    for (const doc of docs) {
        if (doc.errors.length > 0) {
            const error = doc.errors[0];
            result.errors.push({
                line: error.linePos?.[0].line ?? 1,
                message: `${error.code}: ${error.message.split('\n')[0]}`
            });
            continue;
        }
        const lineOf = (offset) => offset === undefined ? 1 : lineCounter.linePos(offset).line;
        const convert = (node, depth) => {
            if (depth > MAX_DEPTH)
                return undefined;
            if ((0,dist/* isAlias */.Vj)(node))
                return convert(node.resolve(doc), depth + 1);
            const line = lineOf(node?.range?.[0]);
            if ((0,dist/* isMap */.jh)(node)) {
                const entries = [];
                for (const pair of node.items) {
                    const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
                    if (key === null || key === undefined || typeof key === 'object')
                        continue;
                    const value = convert(pair.value, depth + 1) ?? { kind: 'scalar', line, value: null };
                    entries.push({
                        key: String(key),
                        line: lineOf(pair.key.range?.[0]),
                        value
                    });
                }
                return { kind: 'map', line, entries };
            }
            if ((0,dist/* isSeq */.oP)(node)) {
                const items = node.items
                    .map(item => convert(item, depth + 1))
                    .filter((item) => item !== undefined);
                return { kind: 'list', line, items };
            }
            if ((0,dist/* isScalar */.jn)(node)) {
                const value = node.value;
                return {
                    kind: 'scalar',
                    line,
                    value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
                        ? value
                        : value === null || value === undefined
                            ? null
                            : String(value)
                };
            }
            return node === null || node === undefined ? { kind: 'scalar', line, value: null } : undefined;
        };
        const tree = convert(doc.contents, 0);
        if (tree)
            result.trees.push(tree);
    }
    return result;
}
/** The entry `key` of a map; `ignoreCase` for schemas that match keys case-insensitively. */
function entry(node, key, ignoreCase = false) {
    if (node?.kind !== 'map')
        return undefined;
    const wanted = ignoreCase ? key.toLowerCase() : key;
    // The last one wins, as in the proxies' own decoders.
    for (let i = node.entries.length - 1; i >= 0; i--) {
        const e = node.entries[i];
        if ((ignoreCase ? e.key.toLowerCase() : e.key) === wanted)
            return e;
    }
    return undefined;
}
/** The value at a path of keys (case-insensitive when asked). */
function config_tree_at(node, path, ignoreCase = false) {
    let current = node;
    for (const key of path)
        current = entry(current, key, ignoreCase)?.value;
    return current;
}
/** The entry at a path of keys: the last key's entry, with its line. */
function entryAt(node, path, ignoreCase = false) {
    if (path.length === 0)
        return undefined;
    return entry(config_tree_at(node, path.slice(0, -1), ignoreCase), path[path.length - 1], ignoreCase);
}
/** A scalar as text (numbers and booleans too); undefined for maps, lists and null. */
function config_tree_text(node) {
    if (node?.kind !== 'scalar' || node.value === null)
        return undefined;
    return String(node.value);
}
/** The items of a list, or a lone scalar as a list of one. */
function items(node) {
    if (!node)
        return [];
    if (node.kind === 'list')
        return node.items;
    return [node];
}
/** The entries of a map (none for anything else). */
function entries(node) {
    return node?.kind === 'map' ? node.entries : [];
}
/** The texts of a list of scalars. */
function texts(node) {
    return items(node)
        .map(config_tree_text)
        .filter((t) => t !== undefined);
}

// EXTERNAL MODULE: ./src/proxies/shared/certificate-file.ts
var certificate_file = __webpack_require__(22702);
// EXTERNAL MODULE: ./src/proxies/shared/websocket-routes.ts
var websocket_routes = __webpack_require__(58514);
// EXTERNAL MODULE: ./src/proxies/envoy/fixes.ts
var fixes = __webpack_require__(97311);
;// CONCATENATED MODULE: ./src/proxies/envoy/model.ts
// What an Envoy configuration declares, read from its tree: a bootstrap file's static listeners
// (static_resources.listeners) or a file-based LDS answer (resources of @type Listener), with
// their filter chains, downstream TLS contexts, HTTP connection managers and routes, and the
// bootstrap's static secrets (SDS by name). Envoy reads YAML through protobuf JSON, which takes
// a field by its proto name (filter_chains) or its JSON name (filterChains): so do we.

/** A proto field by its name or its lowerCamelCase JSON name. */
function field(node, name) {
    return (entry(node, name) ??
        entry(node, name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase())));
}
function fieldAt(node, path) {
    let current;
    let value = node;
    for (const name of path) {
        current = field(value, name);
        value = current?.value;
    }
    return current;
}
const typeOf = (node) => config_tree_text(entry(node, '@type')?.value) ?? '';
/** A filter or transport socket is `kind` by its name or its typed_config's @type. */
function isExtension(node, names, type) {
    const name = config_tree_text(field(node, 'name')?.value) ?? '';
    return names.includes(name) || typeOf(field(node, 'typed_config')?.value).endsWith(`.${type}`);
}
function readModel(trees) {
    const model = { listeners: [] };
    for (const tree of trees) {
        const secrets = new Map();
        for (const secret of items(fieldAt(tree, ['static_resources', 'secrets'])?.value)) {
            const name = config_tree_text(field(secret, 'name')?.value);
            const chain = fieldAt(secret, ['tls_certificate', 'certificate_chain']);
            const ref = chain && dataSource(chain, `secret ${name}`);
            if (name && ref)
                secrets.set(name, ref);
        }
        const listeners = [
            ...items(fieldAt(tree, ['static_resources', 'listeners'])?.value),
            ...items(field(tree, 'resources')?.value).filter(r => typeOf(r).endsWith('.Listener'))
        ];
        for (const listener of listeners)
            model.listeners.push(readListener(listener, secrets));
    }
    return model;
}
/** A DataSource's file name or inline PEM. */
function dataSource(source, label) {
    const file = field(source.value, 'filename') ?? field(source.value, 'inline_string');
    const value = config_tree_text(file?.value);
    return file && value ? { label, file: value, line: file.line } : undefined;
}
function readListener(listener, secrets) {
    const name = config_tree_text(field(listener, 'name')?.value) ?? '(unnamed)';
    const port = Number(config_tree_text(fieldAt(listener, ['address', 'socket_address', 'port_value'])?.value));
    const chains = items(field(listener, 'filter_chains')?.value);
    const fallback = field(listener, 'default_filter_chain');
    const all = [...chains, ...(fallback ? [fallback.value] : [])];
    return {
        name,
        line: listener.line,
        port: Number.isInteger(port) ? port : undefined,
        chains: all.map((chain, i) => {
            const serverNames = texts(fieldAt(chain, ['filter_chain_match', 'server_names'])?.value);
            const which = serverNames.length > 0
                ? ` (${serverNames.join(', ')})`
                : all.length > 1
                    ? chain === fallback?.value
                        ? ' (default filter chain)'
                        : ` (filter chain ${i + 1})`
                    : '';
            return readChain(chain, `listener ${name}${which}`, serverNames, secrets);
        })
    };
}
function readChain(chain, label, serverNames, secrets) {
    const result = { label, line: chain.line, serverNames, managers: [], tcpProxies: [] };
    const socket = field(chain, 'transport_socket');
    if (socket &&
        isExtension(socket.value, ['envoy.transport_sockets.tls', 'tls'], 'DownstreamTlsContext')) {
        const context = field(socket.value, 'typed_config')?.value;
        const common = field(context, 'common_tls_context')?.value;
        const certificates = [];
        items(field(common, 'tls_certificates')?.value).forEach((certificate, i) => {
            const chainEntry = field(certificate, 'certificate_chain');
            const ref = chainEntry && dataSource(chainEntry, `tls_certificates[${i}]`);
            if (ref)
                certificates.push(ref);
        });
        for (const sds of items(field(common, 'tls_certificate_sds_secret_configs')?.value)) {
            const ref = secrets.get(config_tree_text(field(sds, 'name')?.value) ?? '');
            if (ref)
                certificates.push(ref);
        }
        result.tls = { line: socket.line, params: field(common, 'tls_params'), certificates };
    }
    for (const filter of items(field(chain, 'filters')?.value)) {
        const config = field(filter, 'typed_config');
        if (isExtension(filter, ['envoy.filters.network.http_connection_manager', 'envoy.http_connection_manager'], 'HttpConnectionManager')) {
            const routeConfig = field(config?.value, 'route_config')?.value;
            result.managers.push({
                line: filter.line,
                config: config?.value ?? filter,
                configLine: config?.line ?? filter.line,
                virtualHosts: items(field(routeConfig, 'virtual_hosts')?.value).map(readVirtualHost),
                rds: field(config?.value, 'rds') !== undefined
            });
        }
        else if (isExtension(filter, ['envoy.filters.network.tcp_proxy', 'envoy.tcp_proxy'], 'TcpProxy')) {
            result.tcpProxies.push({ line: filter.line, config: config?.value ?? filter });
        }
    }
    return result;
}
function readVirtualHost(host) {
    const name = config_tree_text(field(host, 'name')?.value) ?? '(unnamed)';
    return {
        name,
        line: host.line,
        domains: texts(field(host, 'domains')?.value),
        routes: items(field(host, 'routes')?.value).map(route => {
            const match = field(route, 'match')?.value;
            const paths = ['prefix', 'path', 'path_separated_prefix']
                .map(key => config_tree_text(field(match, key)?.value))
                .concat(config_tree_text(fieldAt(match, ['safe_regex', 'regex'])?.value))
                .filter((p) => p !== undefined);
            const action = field(route, 'route');
            const clusters = [
                config_tree_text(field(action?.value, 'cluster')?.value),
                ...items(fieldAt(action?.value, ['weighted_clusters', 'clusters'])?.value).map(c => config_tree_text(field(c, 'name')?.value))
            ].filter((c) => c !== undefined);
            const shown = paths[0] ?? (field(match, 'connect_matcher') ? 'CONNECT' : '(any path)');
            return {
                label: `virtual host ${name}, route ${shown}`,
                line: route.line,
                paths,
                clusters,
                action
            };
        })
    };
}

;// CONCATENATED MODULE: ./src/proxies/envoy/checks.ts






const DEFAULT_STREAM_IDLE_MS = 300_000;
const DEFAULT_ROUTE_TIMEOUT_MS = 15_000;
const DEFAULT_TCP_IDLE_MS = 3_600_000;
const checks_VERSIONS = {
    TLSv1_0: 'TLSv1',
    TLSv1_1: 'TLSv1.1',
    TLSv1_2: 'TLSv1.2',
    TLSv1_3: 'TLSv1.3'
};
/** A protobuf Duration as Envoy's YAML writes it ("15s", "0.250s", {seconds, nanos}) → ms. */
function protoDuration(node) {
    if (node?.kind === 'map') {
        const s = Number(config_tree_text(entry(node, 'seconds')?.value) ?? 0);
        const n = Number(config_tree_text(entry(node, 'nanos')?.value) ?? 0);
        return Number.isFinite(s) && Number.isFinite(n) ? s * 1000 + n / 1e6 : undefined;
    }
    const value = config_tree_text(node)?.trim();
    const m = value === undefined ? null : /^(\d+(?:\.\d{1,9})?)s$/.exec(value);
    return m ? Number(m[1]) * 1000 : undefined;
}
function checkEnvoy(model, file, options) {
    const findings = [];
    const details = [];
    const webSocketRoutes = [];
    const wssTargets = options.targets.filter(t => t.endpoint?.scheme === 'wss');
    const push = (status, code, label, title, line, problem, extra = {}) => void findings.push({
        check: 'proxy-config',
        code,
        status,
        title: `${label}: ${title}`,
        location: { file, line },
        problem,
        fix: (0,fixes/* envoyFix */.b)(problem),
        ...extra
    });
    for (const listener of model.listeners) {
        for (const chain of listener.chains) {
            const domains = chain.managers.flatMap(m => m.virtualHosts.flatMap(v => v.domains));
            const names = [...chain.serverNames, ...domains];
            const host = names.find(n => !n.includes('*')) ?? wssTargets[0]?.endpoint?.host ?? 'api.example.com';
            for (const target of wssTargets)
                if (names.some(n => (0,websocket_routes/* hostMatches */._y)(n, target.endpoint.host)))
                    details.push(`${chain.label} (${file}:${chain.line}) serves the target ${target.label}`);
            for (const manager of chain.managers)
                webSocketRoutes.push(...checkManager(manager, chain.label, host, options, push, details, file));
            for (const proxy of chain.tcpProxies) {
                const idle = field(proxy.config, 'idle_timeout');
                const ms = idle ? protoDuration(idle.value) : DEFAULT_TCP_IDLE_MS;
                if (ms === undefined || ms === 0 || ms > options.idleTimeoutMs)
                    continue;
                push('fail', 'proxy-config-idle-timeout', chain.label, `idle connections are cut after ${(0,websocket_routes/* seconds */.YA)(ms)} (tcp_proxy idle_timeout${idle ? ` ${config_tree_text(idle.value) ?? ''}` : ", Envoy's default"})`, idle?.line ?? proxy.line, { kind: 'idle-timeout', host, path: '/', seconds: options.idleTimeoutMs / 1000 }, {
                    cause: 'The TCP proxy closes a connection with no traffic either way for idle_timeout, WebSockets passed through it included'
                });
            }
            if (chain.tls)
                checkTls(chain.label, chain.tls, host, options, push, file);
        }
    }
    return { findings, details, webSocketRoutes };
}
/** The route's (or else the manager's) websocket upgrade setting: on, off, or not said. */
function upgradeSetting(node) {
    for (const config of items(field(node, 'upgrade_configs')?.value)) {
        const type = field(config, 'upgrade_type');
        if (!/^websocket$/i.test(config_tree_text(type?.value) ?? ''))
            continue;
        const enabled = field(config, 'enabled');
        const off = enabled !== undefined &&
            (config_tree_text(enabled.value) === 'false' || config_tree_text(field(enabled.value, 'value')?.value) === 'false');
        return { enabled: !off, entry: enabled ?? type };
    }
    return undefined;
}
function checkManager(manager, chainLabel, host, options, push, details, file) {
    const hcm = upgradeSetting(manager.config);
    const routes = manager.virtualHosts.flatMap(v => v.routes).filter(r => r.action !== undefined);
    let webSocket = routes.filter(r => (0,websocket_routes/* namedLikeSocket */.iw)(r.paths, r.clusters, options.websocketPaths) ||
        upgradeSetting(r.action?.value)?.enabled === true);
    // Upgrades on for the whole manager and no route told apart: any route may carry them; their
    // idle timeouts are judged, their route timeouts only for routes known to carry WebSockets.
    const guessed = webSocket.length === 0 && hcm?.enabled === true;
    if (guessed) {
        webSocket = routes;
        if (routes.length > 0)
            details.push(`${chainLabel}: upgrade_configs passes WebSockets on every route and none is named like one; name their paths in websocket-paths to have their route timeouts checked`);
    }
    if (manager.rds)
        details.push(`${chainLabel} (${file}:${manager.line}): routes come from RDS, not checked here`);
    const label = `${chainLabel}, http_connection_manager`;
    const problemFor = (route, kind) => kind === 'upgrade'
        ? { kind, host, path: route?.paths[0] ?? '/' }
        : { kind, host, path: route?.paths[0] ?? '/', seconds: options.idleTimeoutMs / 1000 };
    const common = field(manager.config, 'common_http_protocol_options')?.value;
    const connectionIdle = field(common, 'idle_timeout');
    if (connectionIdle && webSocket.length > 0)
        details.push(`${label}: common_http_protocol_options.idle_timeout ${config_tree_text(connectionIdle.value) ?? ''} closes connections with no active stream only, never an open WebSocket`);
    const relyOnManager = [];
    for (const route of webSocket) {
        const action = route.action.value;
        const own = upgradeSetting(action);
        const enabled = own ? own.enabled : (hcm?.enabled ?? false);
        if (!enabled) {
            const where = own && !own.enabled ? own.entry : hcm && !hcm.enabled ? hcm.entry : undefined;
            push('fail', 'proxy-config-upgrade', route.label, where
                ? `upgrade_configs websocket enabled: false: Envoy answers the upgrade with 403, not 101`
                : 'no upgrade_configs with upgrade_type websocket: Envoy answers the upgrade with 403, not 101', where?.line ?? route.line, problemFor(route, 'upgrade'), {
                details: [
                    where
                        ? `Turned off at ${file}:${where.line}.`
                        : `The http_connection_manager (${file}:${manager.configLine}) and the route have no upgrade_configs entry for websocket.`
                ],
                cause: 'Envoy passes an Upgrade request only for the upgrade types the connection manager or the route lists; it refuses the others with 403 (upgrade_failed)'
            });
        }
        const timeout = field(action, 'timeout');
        const timeoutMs = timeout ? protoDuration(timeout.value) : DEFAULT_ROUTE_TIMEOUT_MS;
        if (timeoutMs !== 0 && !guessed)
            push('warn', 'proxy-config-max-duration', route.label, `route timeout ${timeout ? (config_tree_text(timeout.value) ?? 'set') : "15 s (Envoy's default)"} on a WebSocket route: set timeout: 0s`, timeout?.line ?? route.line, problemFor(route, 'idle-timeout'), {
                details: [
                    'Envoy\'s timeout FAQ: the route timeout "is not compatible with streaming responses (responses that never end), and will need to be disabled".',
                    'Since Envoy 1.36 it bounds the wait for the upgrade response; earlier releases have closed established WebSockets when it expired (envoyproxy/envoy#20062).'
                ],
                cause: 'The route timeout is a total time from the end of the request to the end of the response, and an upgraded WebSocket response never ends'
            });
        const idle = field(action, 'idle_timeout');
        if (!idle) {
            relyOnManager.push(route);
        }
        else {
            const ms = protoDuration(idle.value);
            if (ms === undefined) {
                push('warn', 'proxy-config-invalid-value', route.label, `idle_timeout "${config_tree_text(idle.value) ?? ''}" is not a duration Envoy reads (e.g. "3600s")`, idle.line, problemFor(route, 'idle-timeout'));
            }
            else if (ms !== 0 && ms <= options.idleTimeoutMs) {
                push('fail', 'proxy-config-idle-timeout', route.label, `idle sockets are cut after ${(0,websocket_routes/* seconds */.YA)(ms)} (idle_timeout ${config_tree_text(idle.value) ?? ''})`, idle.line, problemFor(route, 'idle-timeout'), {
                    details: [
                        `idle_timeout ${config_tree_text(idle.value) ?? ''} is not longer than idle-timeout (${(0,websocket_routes/* seconds */.YA)(options.idleTimeoutMs)}): Envoy resets a WebSocket silent that long in both directions (1006, no close frame).`
                    ],
                    cause: 'The route idle_timeout overrides stream_idle_timeout: it resets a stream with no frame either way for that long'
                });
            }
        }
        const duration = fieldAt(action, ['max_stream_duration', 'max_stream_duration']);
        const durationMs = duration ? protoDuration(duration.value) : undefined;
        if (duration && durationMs !== undefined && durationMs > 0)
            push('warn', 'proxy-config-max-duration', route.label, `max_stream_duration ${config_tree_text(duration.value) ?? ''}: every WebSocket on this route is closed after ${(0,websocket_routes/* seconds */.YA)(durationMs)}, busy or silent`, duration.line, problemFor(route, 'idle-timeout'), { cause: 'max_stream_duration is the longest a stream may live, whatever passes over it' });
    }
    if (webSocket.length > 0)
        checkManagerTimeouts(manager, label, common, relyOnManager, options, push, problemFor, file);
    return webSocket;
}
function checkManagerTimeouts(manager, label, common, relyOnManager, options, push, problemFor, file) {
    if (relyOnManager.length > 0) {
        const idle = field(manager.config, 'stream_idle_timeout');
        const ms = idle ? protoDuration(idle.value) : DEFAULT_STREAM_IDLE_MS;
        if (ms === undefined) {
            push('warn', 'proxy-config-invalid-value', label, `stream_idle_timeout "${config_tree_text(idle?.value) ?? ''}" is not a duration Envoy reads (e.g. "3600s")`, idle.line, problemFor(relyOnManager[0], 'idle-timeout'));
        }
        else if (ms !== 0 && ms <= options.idleTimeoutMs) {
            push('fail', 'proxy-config-idle-timeout', label, `idle sockets are cut after ${(0,websocket_routes/* seconds */.YA)(ms)} (stream_idle_timeout${idle ? ` ${config_tree_text(idle.value) ?? ''}` : ", Envoy's default"})`, idle?.line ?? manager.configLine, problemFor(relyOnManager[0], 'idle-timeout'), {
                details: [
                    `stream_idle_timeout ${idle ? (config_tree_text(idle.value) ?? '') : '300s (default)'} is not longer than idle-timeout (${(0,websocket_routes/* seconds */.YA)(options.idleTimeoutMs)}): Envoy resets a WebSocket silent that long in both directions (1006, no close frame).`,
                    `It applies to ${relyOnManager.map(r => `${r.label} (${file}:${r.line})`).join(', ')}, which set no idle_timeout of their own.`
                ],
                cause: 'The connection manager resets a stream that has seen no frame either way for stream_idle_timeout, upgraded WebSockets included'
            });
        }
    }
    for (const name of ['max_stream_duration', 'max_connection_duration']) {
        const limit = field(common, name);
        const ms = limit ? protoDuration(limit.value) : undefined;
        if (!limit || ms === undefined || ms === 0)
            continue;
        push('warn', 'proxy-config-max-duration', label, `common_http_protocol_options.${name} ${config_tree_text(limit.value) ?? ''}: every WebSocket is closed after ${(0,websocket_routes/* seconds */.YA)(ms)}, busy or silent`, limit.line, problemFor(relyOnManager[0], 'idle-timeout'), {
            cause: name === 'max_stream_duration'
                ? 'max_stream_duration is the longest a stream may live, whatever passes over it'
                : 'max_connection_duration drains a connection that old, and closes it after the drain timeout even with a stream open'
        });
    }
}
function checkTls(label, tls, host, options, push, file) {
    const params = tls.params?.value;
    const min = field(params, 'tls_minimum_protocol_version');
    const max = field(params, 'tls_maximum_protocol_version');
    const value = (e, fallback) => {
        const v = config_tree_text(e?.value);
        return v === undefined || v === 'TLS_AUTO' ? fallback : v;
    };
    const minText = value(min, 'TLSv1_2');
    const maxText = value(max, 'TLSv1_3');
    const problem = { kind: 'tls-versions', host };
    const bad = [min, max].find(e => e !== undefined && !(value(e, 'TLSv1_2') in checks_VERSIONS));
    if (bad) {
        push('warn', 'proxy-config-invalid-value', label, `${bad.key} "${config_tree_text(bad.value) ?? ''}" is not a version Envoy knows (TLSv1_0 to TLSv1_3)`, bad.line, problem);
    }
    else {
        const offered = (0,tls_policy/* versionRange */.QF)(checks_VERSIONS[minText], checks_VERSIONS[maxText]);
        if (offered.length === 0) {
            push('warn', 'proxy-config-invalid-value', label, `tls_minimum_protocol_version ${minText} is above tls_maximum_protocol_version ${maxText}: Envoy refuses the listener`, min?.line ?? tls.line, problem);
            return;
        }
        const range = `tls_params ${minText}..${maxText}`;
        for (const issue of (0,tls_policy/* judgeVersions */.v9)(offered, options)) {
            const below = issue.version !== undefined &&
                tls_policy/* VERSION_ORDER */.aW.indexOf(issue.version) < tls_policy/* VERSION_ORDER */.aW.indexOf(checks_VERSIONS[minText]);
            const where = issue.kind === 'legacy' || below ? min : max;
            push(issue.status, issue.code, label, `${range} ${issue.title}`, where?.line ?? tls.params?.line ?? tls.line, problem, {
                cause: issue.cause
            });
        }
        const suitesEntry = field(params, 'cipher_suites');
        const suites = texts(suitesEntry?.value);
        const suiteIssue = suites.length > 0
            ? (0,tls_policy/* judgeSuites */.$n)((0,tls_policy/* suiteListOpenssl */.xf)(suites), {
                label: 'cipher_suites',
                written: `cipher_suites: ${suites.join(', ')}`,
                tls13: offered.includes('TLSv1.3')
            })
            : undefined;
        if (suiteIssue && suitesEntry)
            push(suiteIssue.status, suiteIssue.code, label, suiteIssue.title, suitesEntry.line, { kind: 'browser-ciphers', host, browsersLockedOut: suiteIssue.browsersLockedOut }, { details: suiteIssue.details, cause: suiteIssue.cause });
    }
    const curvesEntry = field(params, 'ecdh_curves');
    const groupIssue = (0,tls_policy/* judgeGroups */.y6)('ecdh_curves', texts(curvesEntry?.value));
    if (groupIssue && curvesEntry)
        push(groupIssue.status, groupIssue.code, label, groupIssue.title, curvesEntry.line, { kind: 'browser-ciphers', host, browsersLockedOut: true }, { details: groupIssue.details, cause: groupIssue.cause });
    for (const certificate of tls.certificates) {
        const judgement = (0,certificate_file/* judgeCertificateFile */.x)(certificate.file, options.workspace, file);
        const chainProblem = { kind: 'full-chain', host };
        const where = `${label}, ${certificate.label}`;
        if (judgement.verdict === 'leaf-only')
            push('fail', 'proxy-config-full-chain', where, 'certificate_chain serves the leaf without its intermediates', certificate.line, chainProblem, {
                details: [judgement.detail],
                cause: 'Only the full chain (the leaf, then its intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate'
            });
        else if (judgement.verdict === 'chain-only')
            push('fail', 'proxy-config-full-chain', where, 'certificate_chain serves intermediates without the leaf first', certificate.line, chainProblem, {
                details: [judgement.detail],
                cause: 'The server certificate must come first in the file, its intermediates after it'
            });
        else if (judgement.verdict === 'out-of-order')
            push('warn', 'proxy-config-chain-order', where, 'certificate_chain is not a chain in order', certificate.line, chainProblem, {
                details: [judgement.detail],
                cause: 'Each certificate in the file must be issued by the one that follows it'
            });
        else if (judgement.verdict === 'empty')
            push('warn', 'proxy-config-certificate-file', where, 'certificate_chain holds no PEM certificate', certificate.line, chainProblem, {
                details: [judgement.detail]
            });
    }
}

;// CONCATENATED MODULE: ./src/proxies/envoy/claims.ts


const ENVOY_TYPE = /^type\.googleapis\.com\/envoy\./;
/** For YAML that does not parse. */
const ENVOY_HINT = /^static_resources:|^staticResources:|envoy\.filters\.network\.http_connection_manager|type\.googleapis\.com\/envoy\.config\.listener\./m;
function isEnvoyTree(tree) {
    if (entry(tree, 'apiVersion') !== undefined && entry(tree, 'kind') !== undefined)
        return false;
    const resources = field(tree, 'static_resources')?.value;
    if (field(resources, 'listeners') || field(resources, 'clusters'))
        return true;
    return items(field(tree, 'resources')?.value).some(r => ENVOY_TYPE.test(config_tree_text(entry(r, '@type')?.value) ?? ''));
}
/** Every Envoy file names one of these: files without any are not parsed. */
const ENVOY_KEY = /static_?resources|\bresources["']?\s*:/i;
function claimsEnvoy(file) {
    if (!ENVOY_KEY.test(file.text))
        return false;
    const { trees, errors } = yamlTrees(file.text);
    if (trees.some(isEnvoyTree))
        return true;
    return errors.length > 0 && ENVOY_HINT.test(file.text) && !/^apiVersion:/m.test(file.text);
}

;// CONCATENATED MODULE: ./src/proxies/envoy/index.ts
// Envoy (and the meshes and gateways built on it: Istio, Envoy Gateway, Contour, Emissary): told
// from its Server header, x-envoy-* headers and local replies; its bootstrap and file-based xDS
// YAML claimed by content and judged without running it; every problem fixed in its YAML.





const envoy_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
async function checkConfig(file, options) {
    const parsed = yamlTrees(file.text);
    const unreadable = parsed.errors.map(error => ({
        check: 'proxy-config',
        code: 'proxy-config-unparsed',
        status: 'warn',
        title: `Not checked: not valid YAML (${error.message})`,
        details: ['envoy --mode validate judges the syntax; this document was not checked.'],
        location: { file: file.path, line: error.line }
    }));
    const model = readModel(parsed.trees);
    const verdict = checkEnvoy(model, file.path, options);
    const chains = model.listeners.flatMap(l => l.chains);
    const managers = chains.flatMap(c => c.managers);
    const routes = managers.flatMap(m => m.virtualHosts.flatMap(v => v.routes));
    const sockets = verdict.webSocketRoutes.map(r => r.paths[0] ?? '(any path)');
    const counts = [
        envoy_plural(model.listeners.length, 'listener'),
        envoy_plural(managers.length, 'HTTP connection manager'),
        envoy_plural(routes.length, 'route'),
        `${envoy_plural(sockets.length, 'WebSocket route')}${sockets.length > 0 ? ` (${[...new Set(sockets)].join(', ')})` : ''}`,
        `TLS on ${envoy_plural(chains.filter(c => c.tls).length, 'filter chain')}`
    ];
    const listeners = model.listeners.map(l => `listener ${l.name} (${file.path}:${l.line}${l.port !== undefined ? `, port ${l.port}` : ''}): ${envoy_plural(l.chains.length, 'filter chain')}`);
    return {
        summary: parsed.trees.length === 0
            ? 'Envoy configuration: not read'
            : `Envoy configuration: ${counts.join(', ')}`,
        details: [...listeners, ...verdict.details],
        findings: [...unreadable, ...verdict.findings]
    };
}
const envoy = {
    ...envoy_answer/* envoyAnswer */.Y,
    claims: claimsEnvoy,
    checkConfig
};

// EXTERNAL MODULE: ./src/proxies/h2o/answer.ts + 1 modules
var h2o_answer = __webpack_require__(64515);
// EXTERNAL MODULE: ./src/proxies/h2o/fixes.ts
var h2o_fixes = __webpack_require__(52371);
// EXTERNAL MODULE: ./src/proxies/h2o/model.ts
var model = __webpack_require__(50269);
// EXTERNAL MODULE: ./src/proxies/h2o/paths.ts
var paths = __webpack_require__(77992);
// EXTERNAL MODULE: ./src/proxies/h2o/tls.ts
var tls = __webpack_require__(17885);
// EXTERNAL MODULE: ./src/proxies/h2o/tree.ts
var tree = __webpack_require__(53018);
;// CONCATENATED MODULE: ./src/proxies/h2o/check.ts





async function checkH2o(file, options) {
    const loaded = (0,tree/* loadTree */.rR)(file.text, file.path, options.workspace);
    if (loaded.error || loaded.root?.kind !== 'map') {
        const at = loaded.error?.at ?? { file: file.path, line: 1 };
        return {
            summary: 'h2o configuration: not checked (not valid YAML)',
            included: loaded.included,
            findings: [
                {
                    check: 'proxy-config',
                    code: 'proxy-config-unparsed',
                    status: 'warn',
                    title: loaded.error
                        ? `Not checked: not valid YAML (${loaded.error.code}); h2o refuses it too (h2o -t -c FILE)`
                        : 'Not checked: the file is not a YAML mapping',
                    details: loaded.error ? [loaded.error.message] : undefined,
                    location: at
                }
            ]
        };
    }
    const config = (0,model/* readConfig */.Xg)(loaded.root);
    const findings = [];
    const seen = new Set();
    const report = (label) => (kind, status, code, title, at, extra) => {
        const key = `${kind}@${at.file}:${at.line}`;
        if (seen.has(key))
            return;
        seen.add(key);
        findings.push({
            check: 'proxy-config',
            code,
            status,
            title: `${label}${title}`,
            location: at,
            ...extra
        });
    };
    const listens = [...config.listens, ...config.hosts.flatMap(h => h.listens)];
    for (const listen of listens) {
        const label = `listen ${listen.port ?? '(no port)'}${listen.owner ? ` of ${listen.owner.key}` : ''}: `;
        if (listen.ssl)
            (0,tls/* checkListen */.ID)(listen, config, options, report(label));
        else if (listen.port === 443)
            plain443(listen, config, report(label));
    }
    const sockets = (0,paths/* webSocketPaths */.S8)(config, options);
    for (const mapping of sockets)
        (0,paths/* checkWebSocketPath */.N8)(mapping, config, options, report(''));
    return {
        summary: summary(config, listens, sockets.length),
        details: details(config, options, sockets, loaded.unresolved.map(u => `${u.at.file}:${u.at.line}: ${u.why}`)),
        included: loaded.included,
        findings
    };
}
function plain443(listen, config, push) {
    const host = listen.owner ?? config.hosts[0];
    const path = host?.paths.find(p => p.upstream)?.path ?? '/ws';
    push('plain-443', 'fail', 'proxy-config-tls-listener', 'port 443 without ssl: plain HTTP on the TLS port', listen.at, {
        cause: 'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
        fix: (0,h2o_fixes/* tlsListenerFix */.du)(host?.name ?? 'example.com', 443, path)
    });
}
const check_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function summary(config, listens, sockets) {
    const tls = listens.filter(l => l.ssl).length;
    return `h2o configuration: ${check_plural(config.hosts.length, 'host')}, ${check_plural(tls, 'TLS listener')}, ${check_plural(sockets, 'WebSocket path')}`;
}
function details(config, options, sockets, unresolved) {
    const lines = [];
    const where = (at) => `${at.file}:${at.line}`;
    for (const host of config.hosts) {
        const tls = (0,model/* tlsListensOf */.BT)(host, config).length > 0;
        const paths = sockets.filter(s => s.host === host).map(s => s.path);
        lines.push(`host ${host.key} (${where(host.at)}, ${tls ? 'TLS' : 'no TLS'}): ${paths.length > 0 ? `WebSocket paths ${paths.join(', ')}` : 'no WebSocket path'}`);
        for (const target of options.targets) {
            const endpoint = target.endpoint;
            if (endpoint?.scheme !== 'wss' || !serves(host.name, host.port, endpoint))
                continue;
            lines.push(`host ${host.key} (${where(host.at)}) serves the target ${target.label}`);
        }
    }
    for (const u of unresolved)
        lines.push(`Not read: ${u}`);
    return lines;
}
/** Whether an h2o host key (maybe `*.example.com`, maybe with a port) names `endpoint`. */
function serves(name, port, endpoint) {
    if (port !== undefined && port !== endpoint.port)
        return false;
    const host = endpoint.host.toLowerCase();
    if (name === host)
        return true;
    return (name.startsWith('*.') &&
        host.endsWith(name.slice(1)) &&
        !host.slice(0, -name.length + 1).includes('.'));
}

;// CONCATENATED MODULE: ./src/proxies/h2o/claims.ts
// Is this file an h2o configuration? By content: one YAML document whose root has `hosts`, a
// mapping of hosts each with `paths` or `listen`. Kubernetes manifests (apiVersion, kind),
// Traefik (entryPoints, providers, http/tcp routers) and Envoy (static_resources, admin) are
// others'; JSON and nginx-style text are not h2o's.

const OTHERS = [
    'apiVersion',
    'kind',
    'static_resources',
    'dynamic_resources',
    'admin',
    'entryPoints',
    'providers',
    'http',
    'tcp',
    'udp'
];
function claims(file) {
    const text = file.text;
    // JSON is YAML too, but no one writes h2o.conf in it; nginx's `{` blocks are not YAML maps.
    if (/^\s*[{[]/.test(text) || !/^hosts\s*:/m.test(text))
        return false;
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    const list = (Array.isArray(docs) ? docs : [docs]).filter(d => d.contents !== null);
    if (list.length !== 1)
        return false;
    const [doc] = list;
    // A file h2o would refuse still is h2o's when it reads like one: its check warns at the line.
    if (doc.errors.length > 0)
        return looksLikeH2o(text);
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return false;
    const keys = root.items.map(p => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : ''));
    if (keys.some(k => OTHERS.includes(k)))
        return false;
    const hosts = root.get('hosts', true);
    if (!(0,dist/* isMap */.jh)(hosts) || hosts.items.length === 0)
        return false;
    return hosts.items.some(p => (0,dist/* isMap */.jh)(p.value) && (p.value.has('paths') || p.value.has('listen')));
}
function looksLikeH2o(text) {
    return (/^hosts\s*:\s*$/m.test(text) &&
        /^\s+paths\s*:\s*$/m.test(text) &&
        /^\s+(proxy\.reverse\.url|file\.dir|mruby\.handler|fastcgi\.\w+)\s*:/m.test(text));
}

;// CONCATENATED MODULE: ./src/proxies/h2o/index.ts



const h2o = {
    ...h2o_answer/* h2oAnswer */.M,
    claims: claims,
    checkConfig: checkH2o,
    async serve(file, context) {
        // Loaded only to serve: the kit brings the certificate factory (@peculiar/x509).
        const { serveConfiguration } = await Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(594), __webpack_require__.e(631), __webpack_require__.e(134)]).then(__webpack_require__.bind(__webpack_require__, 1134));
        const { planH2o } = await __webpack_require__.e(/* import() */ 679).then(__webpack_require__.bind(__webpack_require__, 92679));
        return serveConfiguration({
            name: 'h2o',
            binary: 'h2o',
            install: 'sudo apt-get update && sudo apt-get install -y h2o',
            file,
            context,
            plan: kit => planH2o(kit, file, context)
        });
    }
};

// EXTERNAL MODULE: ./src/proxies/haproxy/answer.ts + 1 modules
var haproxy_answer = __webpack_require__(17509);
// EXTERNAL MODULE: ./src/proxies/haproxy/parse.ts
var haproxy_parse = __webpack_require__(50221);
;// CONCATENATED MODULE: ./src/proxies/haproxy/finding.ts

/** A reporter that adds findings to `findings`, once per (line, title). */
function reporter(file, findings) {
    const seen = new Set();
    return (section, status, code, title, line, extra = {}) => {
        const full = `${(0,haproxy_parse/* label */.Pf)(section)}: ${title}`;
        const key = `${line} ${full}`;
        if (seen.has(key))
            return;
        seen.add(key);
        findings.push({
            check: 'proxy-config',
            code,
            status,
            title: full,
            location: { file, line },
            ...extra
        });
    };
}

// EXTERNAL MODULE: ./src/proxies/haproxy/tls.ts + 1 modules
var haproxy_tls = __webpack_require__(52424);
// EXTERNAL MODULE: ./src/proxies/haproxy/websocket.ts
var websocket = __webpack_require__(81025);
;// CONCATENATED MODULE: ./src/proxies/haproxy/check.ts




async function checkHaproxy(file, options) {
    const config = (0,haproxy_parse/* parseHaproxy */.Jq)(file.text);
    const findings = config.errors.map(error => ({
        check: 'proxy-config',
        code: 'proxy-config-unparsed',
        status: 'warn',
        title: `Not fully checked: ${error.message} (haproxy -c judges the syntax)`,
        details: ['This line was skipped; the rest of the file was checked.'],
        location: { file: file.path, line: error.line }
    }));
    const report = reporter(file.path, findings);
    const binds = (0,haproxy_tls/* checkBinds */.D)(config, options, report);
    const webSockets = (0,websocket/* webSocketBackends */.Lf)(config, options);
    const host = options.targets.find(t => t.endpoint?.scheme === 'wss')?.endpoint?.host ?? 'api.example.com';
    (0,websocket/* checkUpgrade */.l2)(webSockets, options, host, report);
    (0,websocket/* checkTimeouts */.t1)(webSockets, options, report);
    const summary = summarise(file, config, binds, webSockets);
    return { ...summary, findings: [summaryFinding(file, config, summary), ...findings] };
}
function summarise(file, config, binds, webSockets) {
    const count = (kind) => config.sections.filter(s => s.kind === kind).length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [
        plural(count('frontend'), 'frontend'),
        plural(count('backend'), 'backend'),
        ...(count('listen') > 0 ? [`${count('listen')} listen`] : []),
        webSockets.identified
            ? `${plural(webSockets.backends.length, 'WebSocket backend')}`
            : 'no backend named as a WebSocket one'
    ];
    const details = [];
    for (const bind of binds) {
        const where = `${file.path}:${bind.directive.line}`;
        details.push(`${(0,haproxy_parse/* label */.Pf)(bind.section)}: bind ${bind.directive.args[0] ?? ''} (${where}, ${bind.tls ? 'TLS' : 'no TLS'})`);
        for (const source of bind.sources) {
            if (source.kind === 'file')
                details.push(`crt ${source.name}: ${plural(source.certificates.length, 'certificate')}`);
            else if (source.kind === 'directory')
                details.push(`crt ${source.name}: a directory (every PEM in it, chosen by SNI), not read`);
            else
                details.push(`crt ${source.name}: not read (${source.why}), chain not judged`);
        }
        for (const list of bind.unreadLists)
            details.push(`crt-list ${list}: not read`);
        for (const target of bind.targets)
            details.push(`${(0,haproxy_parse/* label */.Pf)(bind.section)} (${where}) serves the target ${target}`);
    }
    for (const ws of webSockets.backends)
        details.push(`${(0,haproxy_parse/* label */.Pf)(ws.backend)}: ${ws.why}`);
    return { summary: `HAProxy configuration: ${parts.join(', ')}`, details };
}
function summaryFinding(file, config, summary) {
    const first = config.sections.find(s => s.kind !== 'global' && s.kind !== 'defaults');
    return {
        check: 'proxy-config',
        code: 'proxy-config-ok',
        status: 'pass',
        title: summary.summary,
        details: summary.details,
        location: { file: file.path, line: first?.line ?? config.sections[0]?.line ?? 1 }
    };
}

;// CONCATENATED MODULE: ./src/proxies/haproxy/claims.ts
const SECTION = /^(global|defaults|frontend|backend|listen)(\s+[\w.:-]+){0,3}\s*(#.*)?$/;
const PROXY_DIRECTIVE = /^\s*(bind|server|default_backend|use_backend|balance|mode\s+(http|tcp)|timeout\s+(client|server|connect|tunnel|http-request|queue)|option\s+[\w-]+|http-request|http-response|acl|maxconn|stats|ssl-default-bind-\w+)(\s|$)/;
const FOREIGN = [
    /[{]\s*(#.*)?$/, // a block opens: nginx, Caddy, lighttpd, h2o's flow style
    /^\s*<\/?[A-Za-z][\w:-]*(\s[^>]*)?>\s*$/, // Apache <VirtualHost …>
    /^\s*[\w.-]+:(\s|$)/, // YAML key
    /^\s*[\w.-]+\s*\+?=\s*\S/ // lighttpd key = value
];
function claimsHaproxy(file) {
    let sections = 0;
    let proxies = 0;
    let directives = 0;
    let foreign = 0;
    for (const raw of file.text.split('\n')) {
        const line = raw.replace(/\r$/, '');
        if (/^\s*(#|$)/.test(line))
            continue;
        if (FOREIGN.some(f => f.test(line)))
            foreign++;
        else if (SECTION.test(line)) {
            sections++;
            if (/^(frontend|backend|listen)\s/.test(line))
                proxies++;
        }
        else if (PROXY_DIRECTIVE.test(line))
            directives++;
    }
    return (sections > 0 && directives > 0 && (proxies > 0 || directives >= 2) && foreign <= directives / 4);
}

;// CONCATENATED MODULE: ./src/proxies/haproxy/index.ts



const haproxy = {
    ...haproxy_answer/* haproxyAnswer */.G,
    claims: claimsHaproxy,
    checkConfig: checkHaproxy,
    async serve(file, context) {
        // Loaded only to serve: it brings the certificate factory (@peculiar/x509).
        const { serveHaproxy } = await Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(594), __webpack_require__.e(631), __webpack_require__.e(134), __webpack_require__.e(349)]).then(__webpack_require__.bind(__webpack_require__, 85349));
        return serveHaproxy(file, context);
    }
};

// EXTERNAL MODULE: ./src/proxies/ingress/answer.ts
var ingress_answer = __webpack_require__(97092);
;// CONCATENATED MODULE: ./src/proxies/ingress/controllers.ts
const CONTROLLER_NAMES = {
    'ingress-nginx': 'ingress-nginx',
    'nginx-inc': 'NGINX Ingress Controller',
    haproxy: 'HAProxy Kubernetes Ingress Controller',
    'haproxy-ingress': 'HAProxy Ingress',
    traefik: 'Traefik',
    'aws-alb': 'AWS Load Balancer Controller',
    gke: 'GKE Ingress'
};
/** IngressClass spec.controller values, from each controller's documentation. */
const CLASS_CONTROLLERS = [
    [/^k8s\.io\/ingress-nginx$/, 'ingress-nginx'],
    [/^nginx\.org\/ingress-controller$/, 'nginx-inc'],
    [/^haproxy\.org\/ingress-controller(\/|$)/, 'haproxy'],
    [/^haproxy-ingress\.github\.io\/controller(\/|$)/, 'haproxy-ingress'],
    [/^traefik\.io\/ingress-controller$/, 'traefik'],
    [/^ingress\.k8s\.aws\/alb$/, 'aws-alb'],
    [/^k8s\.io\/ingress-gce$/, 'gke']
];
/** Annotation prefixes only one controller reads. */
const PREFIXES = [
    ['nginx.ingress.kubernetes.io/', 'ingress-nginx'],
    ['nginx.org/', 'nginx-inc'],
    ['nginx.com/', 'nginx-inc'],
    ['haproxy.org/', 'haproxy'],
    ['haproxy.com/', 'haproxy'],
    ['haproxy-ingress.github.io/', 'haproxy-ingress'],
    ['traefik.ingress.kubernetes.io/', 'traefik'],
    ['alb.ingress.kubernetes.io/', 'aws-alb'],
    ['networking.gke.io/', 'gke'],
    ['ingress.gcp.kubernetes.io/', 'gke'],
    ['cloud.google.com/', 'gke'],
    // One key of the shared kubernetes.io/ prefix belongs to GKE alone.
    ['kubernetes.io/ingress.global-static-ip-name', 'gke']
];
/** The class names each controller uses unless told otherwise; several share one. */
const DEFAULT_CLASSES = {
    nginx: ['ingress-nginx', 'nginx-inc'],
    haproxy: ['haproxy', 'haproxy-ingress'],
    traefik: ['traefik'],
    alb: ['aws-alb'],
    gce: ['gke'],
    'gce-internal': ['gke']
};
const controller = (id, why) => ({
    id,
    name: CONTROLLER_NAMES[id],
    why
});
function detectController(ingress, others) {
    const className = ingress.text(['spec', 'ingressClassName']) ?? ingress.annotation('kubernetes.io/ingress.class');
    const classField = ingress.text(['spec', 'ingressClassName'])
        ? 'ingressClassName'
        : 'kubernetes.io/ingress.class';
    // Each controller whose annotations the Ingress carries, with the first such prefix seen.
    const seen = new Map();
    for (const key of ingress.annotationKeys())
        for (const [prefix, id] of PREFIXES)
            if (key.startsWith(prefix) && !seen.has(id))
                seen.set(id, prefix);
    const prefixed = [...seen.keys()];
    const prefixOf = (id) => seen.get(id) ?? id;
    if (className !== undefined) {
        const ingressClass = others.find(m => m.kind === 'IngressClass' && m.name === className);
        const spec = ingressClass?.text(['spec', 'controller']);
        const declared = spec
            ? CLASS_CONTROLLERS.find(([pattern]) => pattern.test(spec))?.[1]
            : undefined;
        if (declared)
            return controller(declared, `IngressClass ${className}: ${spec}`);
        const candidates = DEFAULT_CLASSES[className];
        if (candidates) {
            const marked = candidates.filter(id => prefixed.includes(id));
            const id = marked.length === 1 ? marked[0] : candidates[0];
            return controller(id, marked.length === 1 && candidates.length > 1
                ? `${classField} ${className}, ${prefixOf(id)} annotations`
                : `${classField} ${className}`);
        }
    }
    if (prefixed.length === 1)
        return controller(prefixed[0], `${prefixOf(prefixed[0])} annotations`);
    return controller('ingress-nginx', className === undefined
        ? 'no class: judged for ingress-nginx'
        : `${classField} ${className}: unknown class, judged for ingress-nginx`);
}

;// CONCATENATED MODULE: ./src/proxies/ingress/manifest.ts
// The Kubernetes objects of one YAML file (any number of documents), each with the source line of
// any of its paths through the file's LineCounter: an Ingress is judged with the Services,
// BackendConfigs, ManagedCertificates and IngressClasses written next to it.

function manifest(doc, file, lineCounter) {
    const scalar = (path) => {
        const value = doc.getIn(path);
        return value === undefined || value === null || typeof value === 'object'
            ? undefined
            : String(value);
    };
    const start = doc.contents?.range?.[0] ?? 0;
    return {
        doc,
        kind: scalar(['kind']) ?? '',
        apiVersion: scalar(['apiVersion']) ?? '',
        name: scalar(['metadata', 'name']) ?? '(unnamed)',
        namespace: scalar(['metadata', 'namespace']) ?? 'default',
        lineOf(...paths) {
            for (const path of paths) {
                const node = doc.getIn(path, true);
                if (node?.range)
                    return { file, line: lineCounter.linePos(node.range[0]).line };
            }
            return { file, line: lineCounter.linePos(start).line };
        },
        annotation: key => scalar(['metadata', 'annotations', key]),
        annotationKeys() {
            const annotations = doc.getIn(['metadata', 'annotations'], true);
            if (!(0,dist/* isMap */.jh)(annotations))
                return [];
            return annotations.items.flatMap(pair => ((0,dist/* isScalar */.jn)(pair.key) ? [String(pair.key.value)] : []));
        },
        text: scalar,
        strings(path) {
            const node = doc.getIn(path, true);
            if (!(0,dist/* isSeq */.oP)(node))
                return [];
            return node.items.flatMap(item => (0,dist/* isScalar */.jn)(item) && item.value !== null ? [String(item.value)] : []);
        }
    };
}
/** The Services an Ingress routes to (rules and defaultBackend), each with the line naming it. */
function backendServices(ingress) {
    const found = [];
    const add = (path) => {
        const name = ingress.text([...path, 'service', 'name']);
        if (name && !found.some(f => f.name === name))
            found.push({ name, path: [...path, 'service', 'name'] });
    };
    add(['spec', 'defaultBackend']);
    const rules = ingress.doc.getIn(['spec', 'rules'], true);
    if ((0,dist/* isSeq */.oP)(rules))
        rules.items.forEach((_, i) => {
            const paths = ingress.doc.getIn(['spec', 'rules', i, 'http', 'paths'], true);
            if ((0,dist/* isSeq */.oP)(paths))
                paths.items.forEach((__, j) => add(['spec', 'rules', i, 'http', 'paths', j, 'backend']));
        });
    return found;
}

// EXTERNAL MODULE: ./src/proxies/proxy.ts
var proxy = __webpack_require__(4348);
;// CONCATENATED MODULE: ./src/proxies/ingress/durations.ts
// Time values as the controllers read them from annotations, in seconds; undefined when the
// controller would not accept the value.
const NGINX_UNITS = {
    ms: 0.001,
    s: 1,
    m: 60,
    h: 3600,
    d: 86400,
    w: 604800,
    M: 2592000,
    y: 31536000
};
/** nginx's time syntax ("60", "60s", "1m30s"): a bare number is seconds. */
function nginxSeconds(value) {
    const text = value.trim();
    if (!/^(\d+(ms|s|m|h|d|w|M|y)?)+$/.test(text))
        return undefined;
    let seconds = 0;
    for (const [, n, unit] of text.matchAll(/(\d+)(ms|s|m|h|d|w|M|y)?/g))
        seconds += Number(n) * NGINX_UNITS[unit ?? 's'];
    return seconds;
}
const HAPROXY_UNITS = {
    us: 0.000001,
    ms: 0.001,
    s: 1,
    m: 60,
    h: 3600,
    d: 86400
};
/** HAProxy's time syntax ("1h", "3600s"): a bare number is milliseconds. */
function haproxySeconds(value) {
    const match = /^(\d+)(us|ms|s|m|h|d)?$/.exec(value.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * HAPROXY_UNITS[match[2] ?? 'ms'];
}
/** A whole number of seconds ("60"), as the AWS and GKE settings take it. */
function wholeSeconds(value) {
    return /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

// EXTERNAL MODULE: ./src/proxies/ingress/fixes.ts
var ingress_fixes = __webpack_require__(69479);
;// CONCATENATED MODULE: ./src/proxies/ingress/timeouts.ts




const CUT_CAUSE = (who, what) => `${who} closes a WebSocket after ${what} without a frame (1006, no close frame)`;
function checkTimeouts(ctx) {
    switch (ctx.controller.id) {
        case 'ingress-nginx':
            return ingressNginx(ctx);
        case 'nginx-inc':
            return nginxInc(ctx);
        case 'haproxy':
            return timeouts_haproxy(ctx);
        case 'haproxy-ingress':
            return haproxyIngress(ctx);
        case 'traefik':
            return traefik(ctx);
        case 'aws-alb':
            return awsAlb(ctx);
        case 'gke':
            return gke(ctx);
    }
}
const annotationsLine = (ingress, key) => ingress.lineOf(['metadata', 'annotations', key], ['metadata', 'annotations'], ['metadata']);
/** Wording kept from the first Ingress check (ingress-nginx only), which reports and tests use. */
function ingressNginx(ctx) {
    const { ingress, options, report } = ctx;
    const prefix = 'nginx.ingress.kubernetes.io/';
    const fix = (0,ingress_fixes/* ingressNginxTimeoutFix */.ge)((0,proxy/* fixTimeoutSeconds */.O)(options.idleTimeoutMs));
    for (const key of ['proxy-read-timeout', 'proxy-send-timeout']) {
        const value = ingress.annotation(prefix + key);
        const seconds = value === undefined ? 60 : Number(value);
        const where = annotationsLine(ingress, prefix + key);
        if (!Number.isInteger(seconds) || seconds < 0) {
            report('warn', 'proxy-config-invalid-value', `${prefix}${key} "${value}" is not a number of seconds: ingress-nginx ignores it (60 s)`, where, { fix });
            continue;
        }
        if (seconds * 1000 > options.idleTimeoutMs)
            continue;
        report('warn', 'proxy-config-idle-timeout', `idle sockets are cut after ${seconds} s (${key}${value === undefined ? ", ingress-nginx's default" : ''})`, where, {
            details: [
                `${prefix}${key}: ${value ?? '(not set: 60)'} is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
            ],
            cause: 'ingress-nginx closes a WebSocket after this many seconds without a frame in that direction (1006, no close frame)',
            fix
        });
    }
}
/** One annotated timeout: reported when invalid, or when not longer than idle-timeout. */
function annotated(ctx, spec) {
    const { ingress, options, report, controller } = ctx;
    const value = ingress.annotation(spec.key);
    const parsed = value === undefined ? spec.defaultSeconds : spec.parse(value);
    const where = annotationsLine(ingress, spec.key);
    if (parsed === undefined) {
        report('warn', 'proxy-config-invalid-value', `${spec.key} "${value}" is not a valid time: ${controller.name} does not apply it`, where, { fix: spec.fix });
        return;
    }
    if (parsed * 1000 > options.idleTimeoutMs)
        return;
    report('warn', 'proxy-config-idle-timeout', `idle sockets are cut after ${parsed} s (${spec.setting}${value === undefined ? `, ${controller.name}'s default` : ''})`, where, {
        details: [
            `${spec.key}: ${value ?? `(not set: ${spec.defaultText})`} is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
        ],
        cause: spec.cause,
        fix: spec.fix
    });
}
function nginxInc(ctx) {
    const fix = (0,ingress_fixes/* nginxIncTimeoutFix */.nQ)((0,proxy/* fixTimeoutSeconds */.O)(ctx.options.idleTimeoutMs));
    for (const setting of ['proxy-read-timeout', 'proxy-send-timeout'])
        annotated(ctx, {
            key: `nginx.org/${setting}`,
            setting,
            defaultText: '60s',
            defaultSeconds: 60,
            parse: nginxSeconds,
            cause: CUT_CAUSE('NGINX Ingress Controller', `${setting}`),
            fix
        });
}
const HAPROXY_PREFIXES = ['haproxy.org/', 'haproxy.com/', 'ingress.kubernetes.io/'];
/** timeout-tunnel is a ConfigMap key there: on an Ingress it is ignored, and 1h applies. */
function timeouts_haproxy(ctx) {
    const { ingress, options, report, controller } = ctx;
    const fix = (0,ingress_fixes/* haproxyTunnelFix */.r8)((0,proxy/* fixTimeoutSeconds */.O)(options.idleTimeoutMs));
    const key = HAPROXY_PREFIXES.map(p => `${p}timeout-tunnel`).find(k => ingress.annotation(k) !== undefined);
    if (key)
        report('warn', 'proxy-config-invalid-value', `${key} is ignored on an Ingress: ${controller.name} reads timeout-tunnel from its ConfigMap only`, annotationsLine(ingress, key), {
            details: [`${key}: ${ingress.annotation(key)}`],
            cause: 'HAProxy Kubernetes Ingress Controller documents timeout-tunnel as available on the ConfigMap, not on Ingress or Service',
            fix
        });
    if (3600 * 1000 > options.idleTimeoutMs)
        return;
    report('warn', 'proxy-config-idle-timeout', `idle sockets are cut after 3600 s (timeout-tunnel, ${controller.name}'s default unless its ConfigMap sets it)`, key ? annotationsLine(ingress, key) : ingress.lineOf(['metadata', 'annotations'], ['metadata']), {
        details: [
            `timeout-tunnel (ConfigMap, 1h by default) is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
        ],
        cause: CUT_CAUSE('HAProxy', 'timeout-tunnel'),
        fix
    });
}
function haproxyIngress(ctx) {
    const key = ['haproxy-ingress.github.io/timeout-tunnel', 'ingress.kubernetes.io/timeout-tunnel'].find(k => ctx.ingress.annotation(k) !== undefined) ?? 'haproxy-ingress.github.io/timeout-tunnel';
    annotated(ctx, {
        key,
        setting: 'timeout-tunnel',
        defaultText: '1h',
        defaultSeconds: 3600,
        parse: haproxySeconds,
        cause: CUT_CAUSE('HAProxy', 'timeout-tunnel'),
        fix: (0,ingress_fixes/* haproxyIngressTunnelFix */.K7)((0,proxy/* fixTimeoutSeconds */.O)(ctx.options.idleTimeoutMs))
    });
}
/** Nothing on the Ingress sets it: Traefik 3's readTimeout default, at the class line. */
function traefik(ctx) {
    const { ingress, options, report } = ctx;
    if (60 * 1000 > options.idleTimeoutMs)
        return;
    report('warn', 'proxy-config-idle-timeout', "a WebSocket can be cut after 60 s (the entry point's readTimeout, Traefik 3's default; an Ingress cannot set it)", ingress.lineOf(['spec', 'ingressClassName'], ['metadata', 'annotations', 'kubernetes.io/ingress.class'], ['metadata', 'annotations'], ['metadata']), {
        details: [
            `transport.respondingTimeouts.readTimeout of the entry point (60s unless the static configuration sets it) is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
        ],
        cause: 'Traefik bounds the whole request with the entry point readTimeout, and a WebSocket is one long request',
        fix: (0,ingress_fixes/* traefikTimeoutFix */.vw)((0,proxy/* fixTimeoutSeconds */.O)(options.idleTimeoutMs))
    });
}
const ALB_ATTRIBUTES = 'alb.ingress.kubernetes.io/load-balancer-attributes';
function awsAlb(ctx) {
    const value = ctx.ingress.annotation(ALB_ATTRIBUTES);
    const pairs = (value ?? '')
        .split(',')
        .map(p => p.trim())
        .filter(Boolean);
    const others = pairs.filter(p => !p.startsWith('idle_timeout.timeout_seconds='));
    const idle = pairs.find(p => p.startsWith('idle_timeout.timeout_seconds='));
    const fix = (0,ingress_fixes/* albIdleTimeoutFix */.WF)((0,proxy/* fixTimeoutSeconds */.O)(ctx.options.idleTimeoutMs), others);
    annotatedAttribute(ctx, idle?.split('=')[1], fix);
}
function annotatedAttribute(ctx, value, fix) {
    const { ingress, options, report } = ctx;
    const seconds = value === undefined ? 60 : wholeSeconds(value);
    const where = annotationsLine(ingress, ALB_ATTRIBUTES);
    if (seconds === undefined) {
        report('warn', 'proxy-config-invalid-value', `idle_timeout.timeout_seconds=${value} is not a number of seconds: the ALB refuses it`, where, { fix });
        return;
    }
    if (seconds * 1000 > options.idleTimeoutMs)
        return;
    report('warn', 'proxy-config-idle-timeout', `idle sockets are cut after ${seconds} s (idle_timeout.timeout_seconds${value === undefined ? ", the ALB's default" : ''})`, where, {
        details: [
            `${ALB_ATTRIBUTES}: idle_timeout.timeout_seconds=${value ?? '(not set: 60)'} is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
        ],
        cause: CUT_CAUSE('The ALB', 'idle_timeout.timeout_seconds'),
        fix
    });
}
const BACKEND_CONFIG_KEYS = [
    'cloud.google.com/backend-config',
    'beta.cloud.google.com/backend-config'
];
/** Each backend Service's BackendConfig timeoutSec, read from this file when it is here. */
function gke(ctx) {
    const { ingress, others, options, report } = ctx;
    for (const backend of backendServices(ingress)) {
        const fix = (0,ingress_fixes/* gkeTimeoutFix */.Km)(backend.name, (0,proxy/* fixTimeoutSeconds */.O)(options.idleTimeoutMs));
        const service = others.find(m => m.kind === 'Service' && m.name === backend.name && m.namespace === ingress.namespace);
        const configName = service ? backendConfigName(service) : undefined;
        const config = configName
            ? others.find(m => m.kind === 'BackendConfig' &&
                m.name === configName &&
                m.namespace === service?.namespace)
            : undefined;
        const value = config?.text(['spec', 'timeoutSec']);
        const seconds = value === undefined ? 30 : wholeSeconds(value);
        const where = config
            ? config.lineOf(['spec', 'timeoutSec'], ['spec'], ['metadata'])
            : service
                ? service.lineOf(['metadata', 'annotations'], ['metadata'])
                : ingress.lineOf(backend.path);
        if (seconds === undefined) {
            report('warn', 'proxy-config-invalid-value', `BackendConfig ${configName}: timeoutSec "${value}" is not a number of seconds`, where, {
                fix
            });
            continue;
        }
        if (seconds * 1000 > options.idleTimeoutMs)
            continue;
        const how = config
            ? `BackendConfig ${config.name}${value === undefined ? ' sets no timeoutSec' : ''}`
            : service
                ? configName
                    ? `the Service's BackendConfig ${configName} is not in this file`
                    : `the Service ${service.name} names no BackendConfig`
                : `the Service ${backend.name} is not in this file`;
        report('warn', 'proxy-config-max-duration', `WebSockets to ${backend.name} are closed ${seconds} s after they open (timeoutSec${value === undefined ? ", GKE's default" : ''})`, where, {
            details: [
                `${how}: the backend service timeout is ${seconds} s, not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
            ],
            cause: "For a WebSocket, the backend service timeout of Google's load balancer is the longest the connection may stay open, idle or not",
            fix
        });
    }
}
/** The BackendConfig a Service names, for any port ({"default": …} or {"ports": {…}}). */
function backendConfigName(service) {
    for (const key of BACKEND_CONFIG_KEYS) {
        const value = service.annotation(key);
        if (!value)
            continue;
        try {
            const parsed = JSON.parse(value);
            if (typeof parsed.default === 'string')
                return parsed.default;
            const first = Object.values(parsed.ports ?? {}).find(v => typeof v === 'string');
            if (typeof first === 'string')
                return first;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/proxies/ingress/tls.ts
// TLS for the hosts of an Ingress, as its controller provides it: spec.tls secrets (the NGINX and
// HAProxy controllers), plus router.tls and certificate resolvers (Traefik), an HTTPS listener
// with an ACM certificate and a security policy (AWS Load Balancer Controller: spec.tls hosts only
// steer certificate discovery, its secrets are not used), managed or pre-shared certificates and
// the SSL policy of a FrontendConfig (GKE). Versions are judged like nginx's ssl_protocols:
// TLS 1.2 or 1.3 refused warns (fails when require-tls-versions asks for it), versions under
// min-tls-version warn (fail with fail-on-legacy-tls).


function tls_checkTls(ctx) {
    switch (ctx.controller.id) {
        case 'aws-alb':
            return tls_awsAlb(ctx);
        case 'gke':
            return tls_gke(ctx);
        case 'traefik':
            return tls_traefik(ctx);
        default:
            return secrets(ctx);
    }
}
/** Whether a spec.tls host (maybe `*.example.com`, one label) covers a rule's host. */
function covers(tlsHost, host) {
    const t = tlsHost.toLowerCase();
    const h = host.toLowerCase();
    if (t === h)
        return true;
    return t.startsWith('*.') && h.endsWith(t.slice(1)) && !h.slice(0, -t.length + 1).includes('.');
}
const secretFor = (host) => `${host.replace(/\*/g, 'wildcard').replace(/\./g, '-')}-tls`;
/** The hosts of spec.tls, warning (when asked) about entries without a secret. */
function tlsHosts(ctx, warnWithoutSecret) {
    const { ingress, controller, report } = ctx;
    const tls = ingress.doc.getIn(['spec', 'tls'], true);
    const covered = [];
    if (!(0,dist/* isSeq */.oP)(tls))
        return covered;
    tls.items.forEach((entry, i) => {
        if (!(0,dist/* isMap */.jh)(entry))
            return;
        covered.push(...ingress.strings(['spec', 'tls', i, 'hosts']));
        if (!warnWithoutSecret || entry.get('secretName'))
            return;
        report('warn', 'proxy-config-default-certificate', "a spec.tls entry has no secretName: its hosts get the controller's default certificate", ingress.lineOf(['spec', 'tls', i]), {
            cause: `Without a secret, ${controller.name} serves its default (self-signed) certificate, which no browser trusts`,
            fix: (0,ingress_fixes/* ingressTlsFix */.io)(covered.length > 0 ? covered : ['api.example.com'], 'websocket-tls')
        });
    });
    return covered;
}
/** Each rule host no certificate covers is reported at its line. */
function uncovered(ctx, covered, spec) {
    const { ingress, report } = ctx;
    const rules = ingress.doc.getIn(['spec', 'rules'], true);
    if (!(0,dist/* isSeq */.oP)(rules))
        return;
    rules.items.forEach((rule, i) => {
        if (!(0,dist/* isMap */.jh)(rule))
            return;
        const host = rule.get('host');
        if (typeof host !== 'string' || covered.some(t => covers(t, host)))
            return;
        report(spec.status ?? 'fail', 'proxy-config-default-certificate', spec.title(host), ingress.lineOf(['spec', 'rules', i, 'host'], ['spec', 'rules', i]), {
            details: [
                covered.length > 0
                    ? `${spec.coveredBy ?? 'spec.tls'} covers: ${covered.join(', ')}`
                    : (spec.none ?? 'The Ingress has no spec.tls.')
            ],
            cause: spec.cause,
            fix: spec.fix(host)
        });
    });
}
/** The NGINX and HAProxy controllers: a secret per host under spec.tls. */
function secrets(ctx) {
    const { controller } = ctx;
    const covered = tlsHosts(ctx, true);
    uncovered(ctx, covered, {
        title: host => `host ${host} is not in spec.tls: wss://${host} gets no certificate for its name`,
        cause: controller.id === 'ingress-nginx'
            ? 'ingress-nginx terminates TLS for a host only with a certificate listed under spec.tls; others get its default self-signed certificate, and browsers refuse the wss:// handshake'
            : `${controller.name} terminates TLS for a host only with a certificate listed under spec.tls; others get its default certificate (self-signed) or none, and browsers refuse the wss:// handshake`,
        fix: host => (0,ingress_fixes/* ingressTlsFix */.io)([host], secretFor(host))
    });
}
const TRAEFIK = 'traefik.ingress.kubernetes.io/';
/** spec.tls only loads certificates in Traefik: TLS on the router needs router.tls (or an entry
 * point with http.tls, which the Ingress cannot show); a certificate resolver covers any host. */
function tls_traefik(ctx) {
    const { ingress, report } = ctx;
    const tls = ingress.doc.getIn(['spec', 'tls'], true);
    const routerTls = ingress.annotation(`${TRAEFIK}router.tls`)?.toLowerCase() === 'true';
    const resolver = ingress.annotation(`${TRAEFIK}router.tls.certresolver`);
    if ((0,dist/* isSeq */.oP)(tls) && tls.items.length > 0 && !routerTls && !resolver)
        report('warn', 'proxy-config-tls-listener', 'spec.tls without router.tls: Traefik only loads the certificates, TLS on this router depends on the entry point', ingress.lineOf(['spec', 'tls'], ['metadata', 'annotations'], ['metadata']), {
            details: [
                `${TRAEFIK}router.tls is not "true": unless the entry point has http.tls in Traefik's static configuration, wss:// to these hosts finds no TLS router.`
            ],
            cause: "Traefik's spec.tls selects certificates but does not turn TLS on for the Ingress's router",
            fix: (0,ingress_fixes/* traefikTlsFix */.LR)()
        });
    // Traefik picks a certificate by SNI among all it loaded: spec.tls secrets without hosts are
    // normal, so only an Ingress without any certificate source leaves its hosts uncovered.
    if (resolver || ((0,dist/* isSeq */.oP)(tls) && tls.items.length > 0))
        return;
    if (!routerTls)
        return;
    uncovered(ctx, [], {
        // The entry point may name a certificate resolver in the static configuration: a warning.
        status: 'warn',
        title: host => `host ${host} has no certificate on this Ingress: wss://${host} gets Traefik's default one`,
        cause: "With router.tls and no spec.tls secret or certificate resolver, Traefik serves its default self-signed certificate (unless a TLSStore or the entry point's certResolver provides one), which no browser trusts",
        fix: host => (0,ingress_fixes/* ingressTlsFix */.io)([host], secretFor(host)),
        none: 'The Ingress has no spec.tls and no router.tls.certresolver.'
    });
}
const ALB = 'alb.ingress.kubernetes.io/';
const ALB_DEFAULT_POLICY = 'ELBSecurityPolicy-2016-08';
/** The TLS versions of an ELB security policy, from its name (ELBSecurityPolicy-TLS13-1-2-…:
 * 1.2 and 1.3; -TLS-1-1-…/-FS-1-2-…: from 1.1/1.2 to 1.2; dated ones: 1.0 to 1.2). */
function albPolicyVersions(policy) {
    const all = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
    const tls13 = /^ELBSecurityPolicy-TLS13-1-([0-3])-/.exec(policy);
    if (tls13)
        return all.slice(Number(tls13[1]));
    const tls12 = /^ELBSecurityPolicy-(?:TLS|FS)-1-([0-2])-/.exec(policy);
    if (tls12)
        return all.slice(Number(tls12[1]), 3);
    if (/^ELBSecurityPolicy-(?:FS-)?20\d\d-\d\d$/.test(policy))
        return all.slice(0, 3);
    return undefined;
}
function tls_awsAlb(ctx) {
    const { ingress, report } = ctx;
    const listenPorts = ingress.annotation(`${ALB}listen-ports`);
    const certificate = ingress.annotation(`${ALB}certificate-arn`);
    const where = (key) => ingress.lineOf(['metadata', 'annotations', ALB + key], ['metadata', 'annotations'], ['metadata']);
    let https;
    if (listenPorts !== undefined) {
        let ports;
        try {
            ports = JSON.parse(listenPorts);
        }
        catch {
            report('warn', 'proxy-config-invalid-value', `${ALB}listen-ports is not JSON: the controller refuses it`, where('listen-ports'), {
                details: [`${ALB}listen-ports: ${listenPorts}`],
                fix: (0,ingress_fixes/* albListenerFix */.tU)()
            });
            return;
        }
        https =
            Array.isArray(ports) &&
                ports.some(p => typeof p === 'object' && p !== null && 'HTTPS' in p);
    }
    else
        https = certificate !== undefined;
    if (!https) {
        const hosts = ingress.strings(['spec', 'tls', 0, 'hosts']);
        report('fail', 'proxy-config-tls-listener', 'the ALB has no HTTPS listener: wss:// to this Ingress finds no TLS', where('listen-ports'), {
            details: [
                listenPorts !== undefined
                    ? `${ALB}listen-ports: ${listenPorts} names no HTTPS port.`
                    : `Without ${ALB}certificate-arn or an HTTPS port in listen-ports, the controller creates an HTTP listener on 80 only${hosts.length > 0 ? ' (spec.tls hosts only steer certificate discovery)' : ''}.`
            ],
            cause: 'The AWS Load Balancer Controller adds an HTTPS listener only when told to',
            fix: (0,ingress_fixes/* albListenerFix */.tU)()
        });
        return;
    }
    const policy = ingress.annotation(`${ALB}ssl-policy`);
    const name = policy ?? ALB_DEFAULT_POLICY;
    const versions = albPolicyVersions(name);
    if (!versions)
        return;
    tlsVersions(ctx, versions, policy ? `ssl-policy ${policy}` : `ssl-policy ${name} (the controller's default)`, where('ssl-policy'), (0,ingress_fixes/* albPolicyFix */.PO)());
}
const GKE_MANAGED = 'networking.gke.io/managed-certificates';
const GKE_PRE_SHARED = 'ingress.gcp.kubernetes.io/pre-shared-cert';
const GKE_FRONTEND = [
    'networking.gke.io/v1beta1.FrontendConfig',
    'networking.gke.io/v1.FrontendConfig'
];
function tls_gke(ctx) {
    const { ingress, others } = ctx;
    const covered = tlsHosts(ctx, true);
    const managed = (ingress.annotation(GKE_MANAGED) ?? '')
        .split(',')
        .map(n => n.trim())
        .filter(Boolean);
    const preShared = ingress.annotation(GKE_PRE_SHARED);
    let unknown = preShared !== undefined;
    for (const name of managed) {
        const certificate = others.find(m => m.kind === 'ManagedCertificate' && m.name === name && m.namespace === ingress.namespace);
        if (certificate)
            covered.push(...certificate.strings(['spec', 'domains']));
        else
            unknown = true;
    }
    // A certificate defined elsewhere (pre-shared, or a ManagedCertificate of another file) may
    // cover any host: only what this file shows is judged.
    if (!unknown)
        uncovered(ctx, covered, {
            title: host => `host ${host} has no certificate (spec.tls or managed): wss://${host} gets no certificate for its name`,
            cause: "Google's load balancer serves only the certificates of spec.tls secrets, pre-shared certificates and Google-managed ones; a host none covers fails the wss:// handshake",
            fix: host => (0,ingress_fixes/* gkeCertificateFix */.Yx)([host]),
            none: 'The Ingress has no spec.tls and no managed or pre-shared certificate.',
            coveredBy: 'spec.tls (with managed certificates)'
        });
    const hasTls = covered.length > 0 || managed.length > 0 || preShared !== undefined;
    if (!hasTls || GKE_FRONTEND.some(key => ingress.annotation(key) !== undefined))
        return;
    tlsVersions(ctx, ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], "no SSL policy (no FrontendConfig): Google's default", ingress.lineOf(['metadata', 'annotations'], ['metadata']), (0,ingress_fixes/* gkeSslPolicyFix */.x0)());
}
const tls_LABEL = {
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
const tls_ORDER = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** The versions a managed setting offers, judged like nginx's ssl_protocols. */
function tlsVersions(ctx, offered, what, where, fix) {
    const { options, report } = ctx;
    const required = options.requireTlsVersions ?? [];
    for (const version of ['TLSv1.2', 'TLSv1.3']) {
        if (offered.includes(version))
            continue;
        const needed = required.includes(version);
        report(needed ? 'fail' : 'warn', 'proxy-config-tls-versions', `${what} refuses ${tls_LABEL[version]}${needed ? ', which require-tls-versions requires' : ''}`, where, {
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
            fix
        });
    }
    const floor = tls_ORDER.indexOf(options.minTlsVersion ?? 'TLSv1.2');
    const legacy = offered.filter(v => tls_ORDER.indexOf(v) < floor);
    if (legacy.length > 0)
        report(options.failOnLegacyTls ? 'fail' : 'warn', 'proxy-config-legacy-tls', `${what} accepts legacy ${legacy.map(v => tls_LABEL[v]).join(', ')}`, where, {
            cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
            fix
        });
}

;// CONCATENATED MODULE: ./src/proxies/ingress/upgrade.ts


const INGRESS_NGINX = 'nginx.ingress.kubernetes.io/';
/** Backend protocols over which ingress-nginx passes a WebSocket upgrade. */
const UPGRADE_PROTOCOLS = new Set(['HTTP', 'HTTPS']);
const WEBSOCKET_SERVICES = 'nginx.org/websocket-services';
/** A service or path named like a socket (the nginx check's idiom for WebSocket locations). */
const SOCKET_NAME = /(^|[^a-z])(ws|wss|websockets?|sockets?|socket\.io|realtime|live)([^a-z]|$)/i;
function checkUpgrade(ctx) {
    if (ctx.controller.id === 'ingress-nginx')
        return upgrade_ingressNginx(ctx);
    if (ctx.controller.id === 'nginx-inc')
        return upgrade_nginxInc(ctx);
}
function upgrade_ingressNginx(ctx) {
    const { ingress, report } = ctx;
    const protocol = ingress.annotation(`${INGRESS_NGINX}backend-protocol`);
    if (protocol === undefined || UPGRADE_PROTOCOLS.has(protocol.toUpperCase()))
        return;
    report('warn', 'proxy-config-upgrade', `backend-protocol ${protocol}: ingress-nginx does not pass a WebSocket upgrade over it`, ingress.lineOf(['metadata', 'annotations', `${INGRESS_NGINX}backend-protocol`]), {
        cause: 'The WebSocket upgrade needs an HTTP/1.1 (HTTP or HTTPS) connection to the backend',
        fix: {
            text: 'Serve the WebSocket from a backend spoken to over HTTP or HTTPS (a separate Ingress for the WebSocket path if the rest is gRPC).',
            code: {
                lang: 'yaml',
                text: `metadata:\n  annotations:\n    ${INGRESS_NGINX}backend-protocol: "HTTP"`
            }
        }
    });
}
/** Without the annotation no service gets the upgrade; with it, a service named like a socket
 * (or behind a path named so) that it leaves out does not either. */
function upgrade_nginxInc(ctx) {
    const { ingress, report } = ctx;
    const listed = (ingress.annotation(WEBSOCKET_SERVICES) ?? '')
        .split(',')
        .map(s => s.trim())
        .filter(Boolean);
    const backends = backendServices(ingress);
    const socketLike = backends.filter(b => {
        const path = ingress.text([...b.path.slice(0, -3), 'path']) ?? '';
        return SOCKET_NAME.test(b.name) || SOCKET_NAME.test(path);
    });
    if (listed.length === 0) {
        const wanted = (socketLike.length > 0 ? socketLike : backends).map(b => b.name);
        report('warn', 'proxy-config-upgrade', `${WEBSOCKET_SERVICES} is not set: NGINX Ingress Controller passes no WebSocket upgrade for this Ingress`, ingress.lineOf(['metadata', 'annotations'], ['metadata']), {
            details: [`Services of this Ingress: ${backends.map(b => b.name).join(', ') || 'none'}.`],
            cause: 'NGINX Ingress Controller sets the Upgrade and Connection headers only for the services named in nginx.org/websocket-services; others get a plain HTTP/1.1 request and never a 101',
            fix: (0,ingress_fixes/* nginxIncWebSocketFix */.$Q)(wanted.length > 0 ? wanted : ['websocket-service'])
        });
        return;
    }
    for (const backend of socketLike) {
        if (listed.includes(backend.name))
            continue;
        report('warn', 'proxy-config-upgrade', `service ${backend.name} looks like a WebSocket service and is not in ${WEBSOCKET_SERVICES}: it gets no upgrade`, ingress.lineOf(backend.path), {
            details: [`${WEBSOCKET_SERVICES}: ${listed.join(',')}`],
            cause: 'NGINX Ingress Controller sets the Upgrade and Connection headers only for the services named in nginx.org/websocket-services',
            fix: (0,ingress_fixes/* nginxIncWebSocketFix */.$Q)([...listed, backend.name])
        });
    }
}

;// CONCATENATED MODULE: ./src/proxies/ingress/check.ts
// Kubernetes Ingress manifests (networking.k8s.io/v1, any number of YAML documents per file)
// judged for WebSockets behind the controller that implements each Ingress (ingress-nginx,
// NGINX Ingress Controller, the two HAProxy controllers, Traefik, the AWS Load Balancer
// Controller, GKE): the timeouts that cut a silent socket against idle-timeout, whether the
// upgrade reaches the backend, and TLS for every host of the rules. Lines come from the YAML's
// own source ranges, through a LineCounter.






function checkIngress(text, file, options) {
    const lineCounter = new dist/* LineCounter */.HN();
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter });
    const verdict = { findings: [], ingresses: [], details: [] };
    const docs = Array.isArray(documents) ? documents : [documents];
    const manifests = [];
    for (const doc of docs) {
        if (doc.errors.length > 0) {
            const error = doc.errors[0];
            verdict.findings.push({
                check: 'proxy-config',
                code: 'proxy-config-unparsed',
                status: 'warn',
                title: `Not checked: not valid YAML (${error.code}); a template (Helm) is checked once rendered`,
                details: [error.message.split('\n')[0]],
                location: { file, line: error.linePos?.[0].line ?? 1 }
            });
            continue;
        }
        manifests.push(manifest(doc, file, lineCounter));
    }
    for (const ingress of manifests) {
        if (ingress.kind !== 'Ingress' || ingress.apiVersion !== 'networking.k8s.io/v1')
            continue;
        const name = `${ingress.namespace}/${ingress.name}`;
        const controller = detectController(ingress, manifests);
        const ctx = {
            ingress,
            others: manifests,
            controller,
            options,
            report: (status, code, title, location, extra) => verdict.findings.push({
                check: 'proxy-config',
                code,
                status,
                title: `Ingress ${name}: ${title}`,
                location,
                ...extra
            })
        };
        checkTimeouts(ctx);
        checkUpgrade(ctx);
        tls_checkTls(ctx);
        verdict.ingresses.push(name);
        verdict.details.push(`Ingress ${name} (line ${ingress.lineOf([]).line}): ${controller.name} (${controller.why})`);
    }
    return verdict;
}

;// CONCATENATED MODULE: ./src/proxies/ingress/index.ts



/** A document of kind Ingress (not IngressClass, not Traefik's IngressRoute). */
const INGRESS_KIND = /^kind:[ \t]*(["']?)Ingress\1[ \t]*(#.*)?$/m;
function ingress_claims(file) {
    return INGRESS_KIND.test(file.text) && /^apiVersion:/m.test(file.text);
}
async function ingress_checkConfig(file, options) {
    const verdict = checkIngress(file.text, file.path, options);
    return {
        summary: `Kubernetes Ingress manifest: ${verdict.ingresses.join(', ') || 'no Ingress'}`,
        details: verdict.details,
        findings: verdict.findings
    };
}
const ingress = {
    ...ingress_answer/* ingressAnswer */.K,
    claims: ingress_claims,
    checkConfig: ingress_checkConfig
};

// EXTERNAL MODULE: ./src/proxies/lighttpd/answer.ts + 1 modules
var lighttpd_answer = __webpack_require__(13070);
// EXTERNAL MODULE: ./src/proxies/lighttpd/certificates.ts
var lighttpd_certificates = __webpack_require__(92773);
// EXTERNAL MODULE: ./src/proxies/lighttpd/evaluate.ts
var evaluate = __webpack_require__(86338);
// EXTERNAL MODULE: ./src/proxies/lighttpd/fix.ts
var lighttpd_fix = __webpack_require__(70730);
;// CONCATENATED MODULE: ./src/proxies/lighttpd/chain.ts
// The certificate chain lighttpd sends, as mod_openssl (1.4.69) builds it and as measured on the
// real server: every certificate of ssl.pemfile when it holds more than the leaf; else, when
// ssl.ca-file (or its alias ssl.verifyclient.ca-file) is set, the chain OpenSSL builds from
// that file (no root), and if the file lacks the leaf's issuer every handshake fails
// ("building cert chain", internal_error alert); else the leaf alone. Files are read when at
// hand; otherwise certbot's names tell (cert.pem is the leaf, chain.pem the intermediates).




const CAUSE = 'Only the full chain (the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate';
/** The CA file in effect for `scope`: ssl.ca-file, or its 1.4.69 alias. */
function caFile(scope) {
    return (0,evaluate/* effective */.C$)(scope, 'ssl.ca-file') ?? (0,evaluate/* effective */.C$)(scope, 'ssl.verifyclient.ca-file');
}
function checkChain(pemfile, scope, host, workspace, push) {
    const pemPath = (0,evaluate/* text */.Qq)(pemfile.value) ?? '';
    const ca = caFile(scope);
    const caPath = ca ? (0,evaluate/* text */.Qq)(ca.value) : undefined;
    const fix = (0,lighttpd_fix/* fullChainFix */.Sc)(host);
    const leafAlone = (details) => push('fail', 'proxy-config-full-chain', `ssl.pemfile ${pemPath} holds the leaf alone and no ssl.ca-file names the intermediates: lighttpd sends the leaf without them`, pemfile, { details, cause: CAUSE, fix });
    const exact = pemfile.value.type === 'string' && pemfile.value.exact;
    const pem = exact ? (0,lighttpd_certificates/* readPem */.Je)(workspace, pemPath) : undefined;
    if (!pem) {
        // Not at hand: certbot's file names tell.
        const name = external_node_path_default().posix.basename(pemPath);
        if (name === 'chain.pem')
            push('fail', 'proxy-config-full-chain', 'ssl.pemfile chain.pem serves the intermediates without the leaf', pemfile, {
                details: [`ssl.pemfile = "${pemPath}"`],
                cause: CAUSE,
                fix
            });
        else if (name === 'cert.pem' && !ca)
            leafAlone([
                `ssl.pemfile = "${pemPath}" (certbot's cert.pem is the leaf alone), and no ssl.ca-file.`
            ]);
        return;
    }
    const [leaf, ...rest] = pem.certificates;
    if (!leaf) {
        push('warn', 'proxy-config-certificate-file', `ssl.pemfile ${pemPath} holds no certificate: lighttpd will not start`, pemfile, {
            fix
        });
        return;
    }
    if (rest.length > 0 || (0,lighttpd_certificates/* selfIssued */.oE)(leaf))
        return;
    if (!ca) {
        leafAlone([
            `${pemPath}: 1 certificate (${(0,lighttpd_certificates/* commonName */.LS)(leaf)}, issued by ${issuerName(leaf.issuer)}).`,
            'Without ssl.ca-file, lighttpd sends what ssl.pemfile holds.'
        ]);
        return;
    }
    const caPem = caPath && ca.value.type === 'string' && ca.value.exact ? (0,lighttpd_certificates/* readPem */.Je)(workspace, caPath) : undefined;
    if (!caPem)
        return;
    if (caPem.certificates.some(c => leaf.checkIssued(c)))
        return;
    push('fail', 'proxy-config-full-chain', `ssl.ca-file ${caPath} lacks the issuer of the leaf: lighttpd cannot build the chain and fails every TLS handshake`, ca, {
        details: [
            `${pemPath}: the leaf alone (${(0,lighttpd_certificates/* commonName */.LS)(leaf)}, issued by ${issuerName(leaf.issuer)}).`,
            `${caPath}: ${caPem.certificates.map(lighttpd_certificates/* commonName */.LS).join(', ') || 'no certificate'}.`,
            'With the leaf alone in ssl.pemfile, lighttpd builds the chain from ssl.ca-file; when that fails it aborts the handshake (alert internal_error).'
        ],
        cause: CAUSE,
        fix
    });
}
function issuerName(issuer) {
    return /(?:^|\n)CN=([^\n]*)/.exec(issuer)?.[1] ?? issuer;
}

// EXTERNAL MODULE: ./src/proxies/shared/cipher-string.ts
var cipher_string = __webpack_require__(18487);
;// CONCATENATED MODULE: ./src/proxies/lighttpd/ciphers.ts
// The TLS 1.2 suites a lighttpd socket offers: ssl.openssl.ssl-conf-cmd "CipherString" (an empty
// one is HIGH), else the deprecated ssl.cipher-list, else lighttpd's default
// ("EECDH+AESGCM:AES256+EECDH:CHACHA20:…", what browsers offer), judged as every proxy's list
// is (shared/tls-policy.ts judgeSuites).




function checkCiphers(scope, tls13, push) {
    const confCmd = (0,evaluate/* effective */.C$)(scope, 'ssl.openssl.ssl-conf-cmd');
    const cipherString = (0,evaluate/* entry */.f_)(confCmd?.value, 'CipherString', true);
    const cipherList = (0,evaluate/* effective */.C$)(scope, 'ssl.cipher-list');
    const source = cipherString
        ? {
            name: 'CipherString',
            value: (0,evaluate/* text */.Qq)(cipherString.value) || 'HIGH',
            file: confCmd.file,
            line: cipherString.line
        }
        : cipherList
            ? {
                name: 'ssl.cipher-list',
                value: (0,evaluate/* text */.Qq)(cipherList.value) ?? '',
                file: cipherList.file,
                line: cipherList.line
            }
            : undefined;
    if (!source)
        return;
    const issue = (0,tls_policy/* judgeSuites */.$n)((0,cipher_string/* cipherStringSuites */.w)(source.value), {
        label: source.name,
        written: `${source.name} "${source.value}"`,
        tls13,
        tls13Off: 'ssl.openssl.ssl-conf-cmd'
    });
    if (!issue)
        return;
    push(issue.status, issue.code, issue.title, source, {
        details: issue.details,
        cause: issue.cause,
        fix: (0,lighttpd_fix/* browserCiphersFix */.O0)(issue.browsersLockedOut)
    });
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/proxies/lighttpd/routes.ts
var lighttpd_routes = __webpack_require__(7307);
;// CONCATENATED MODULE: ./src/proxies/lighttpd/hostname.ts
// Does the socket's certificate cover the run's wss:// targets on its port? Judged only when the
// certificate file is at hand and no $HTTP["host"] condition gives that host its own (SNI).





function checkHostnames(pemfile, port, sni, options, push) {
    const file = (0,evaluate/* text */.Qq)(pemfile.value) ?? '';
    const hosts = options.targets
        .map(t => t.endpoint)
        .filter(e => e?.scheme === 'wss' && e.port === port)
        .map(e => e.host)
        .filter(h => !sni.some(s => (0,lighttpd_routes/* hostMatches */._y)(s.operator, s.pattern, h)));
    if (hosts.length === 0 || pemfile.value.type !== 'string' || !pemfile.value.exact)
        return;
    const leaf = (0,lighttpd_certificates/* readPem */.Je)(options.workspace, file)?.certificates[0];
    if (!leaf)
        return;
    for (const host of new Set(hosts)) {
        if (((0,external_node_net_.isIP)(host) ? leaf.checkIP(host) : leaf.checkHost(host)) !== undefined)
            continue;
        push('fail', 'proxy-config-certificate-name', `the certificate of ssl.pemfile does not cover ${host}`, pemfile, {
            details: [
                `${file}: ${(0,lighttpd_certificates/* commonName */.LS)(leaf)}; ${leaf.subjectAltName ?? 'no subject alternative names'}.`,
                `wss://${host}:${port} is served by this socket, and no $HTTP["host"] condition gives ${host} its own certificate.`
            ],
            cause: 'Clients check that the certificate names the host they asked for; browsers and Node refuse the handshake otherwise',
            fix: (0,lighttpd_fix/* certificateFix */.X4)(host)
        });
    }
}

// EXTERNAL MODULE: ./src/proxies/lighttpd/load.ts
var load = __webpack_require__(48373);
;// CONCATENATED MODULE: ./src/proxies/lighttpd/report.ts
/** A `push` that prefixes titles with `label` and keeps each (status, line, title) once: a
 * global setting shared by several sockets is one finding at its line, not one per socket. */
function collector(findings, seen, label) {
    return (status, code, title, at, extra = {}) => {
        const full = `${label}: ${title}`;
        const key = `${status}|${at.file}:${at.line}|${full}`;
        if (seen.has(key))
            return;
        seen.add(key);
        findings.push({
            check: 'proxy-config',
            code,
            status,
            title: full,
            location: { file: at.file, line: at.line },
            ...extra
        });
    };
}
const report_seconds = (ms) => `${Math.round(ms / 100) / 10} s`;

// EXTERNAL MODULE: ./src/proxies/lighttpd/sockets.ts
var sockets = __webpack_require__(44431);
;// CONCATENATED MODULE: ./src/proxies/lighttpd/versions.ts


const versions_ORDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const versions_LABEL = {
    SSLv3: 'SSL 3',
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
/** An OpenSSL version name (lighttpd also takes TLSv1.0 and None) → its index in ORDER. */
function versionIndex(name, none) {
    const n = name.trim().toLowerCase();
    if (n === 'none')
        return none;
    if (n === 'tlsv1.0')
        return 1;
    const i = versions_ORDER.findIndex(v => v.toLowerCase() === n);
    return i < 0 ? undefined : i;
}
/** What the socket accepts, from its ssl.openssl.ssl-conf-cmd (undefined: lighttpd's defaults). */
function accepted(confCmd) {
    const min = (0,evaluate/* entry */.f_)(confCmd?.value, 'MinProtocol', true);
    const max = (0,evaluate/* entry */.f_)(confCmd?.value, 'MaxProtocol', true);
    const protocol = (0,evaluate/* entry */.f_)(confCmd?.value, 'Protocol', true);
    const low = (min && versionIndex((0,evaluate/* text */.Qq)(min.value) ?? '', 0)) ?? 3;
    const high = (max && versionIndex((0,evaluate/* text */.Qq)(max.value) ?? '', 4)) ?? 4;
    const on = versions_ORDER.map((_, i) => i >= low && i <= high);
    const why = {};
    // A version above MaxProtocol is its doing; any other (refused below, or legacy accepted)
    // MinProtocol's.
    versions_ORDER.forEach((v, i) => {
        const bound = i > high ? max : min;
        if (bound)
            why[v] = bound;
    });
    // OpenSSL's Protocol: "-ALL, TLSv1.2", "ALL, -TLSv1, -TLSv1.1": items turn versions off or on
    // within Min/Max.
    for (const item of ((0,evaluate/* text */.Qq)(protocol?.value) ?? '').split(/[\s,]+/).filter(Boolean)) {
        const off = item.startsWith('-');
        const name = item.replace(/^[-+]/, '');
        const targets = name.toUpperCase() === 'ALL' ? versions_ORDER.map((_, i) => i) : [versionIndex(name, -1)];
        for (const i of targets)
            if (i !== undefined && i >= 0) {
                on[i] = !off && i >= low && i <= high;
                why[versions_ORDER[i]] = protocol;
            }
    }
    const versions = versions_ORDER.filter((_, i) => on[i]);
    return { versions, why, tls13: versions.includes('TLSv1.3') };
}
function versions_checkVersions(scope, at, options, push) {
    const confCmd = (0,evaluate/* effective */.C$)(scope, 'ssl.openssl.ssl-conf-cmd');
    const result = accepted(confCmd);
    const fix = (0,lighttpd_fix/* tlsVersionsFix */.e$)();
    const where = (v) => result.why[v] && confCmd ? { file: confCmd.file, line: result.why[v].line } : (confCmd ?? at);
    const offered = result.versions.map(v => versions_LABEL[v]).join(', ') || 'nothing';
    for (const version of ['TLSv1.2', 'TLSv1.3']) {
        if (result.versions.includes(version))
            continue;
        const required = options.requireTlsVersions.includes(version);
        push(required ? 'fail' : 'warn', 'proxy-config-tls-versions', `ssl.openssl.ssl-conf-cmd refuses ${versions_LABEL[version]} (accepts ${offered})${required ? ', which require-tls-versions requires' : ''}`, where(version), {
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
            fix
        });
    }
    const floor = versions_ORDER.indexOf(options.minTlsVersion);
    const legacy = result.versions.filter(v => versions_ORDER.indexOf(v) < floor);
    if (legacy.length > 0)
        push(options.failOnLegacyTls ? 'fail' : 'warn', 'proxy-config-legacy-tls', `ssl.openssl.ssl-conf-cmd accepts legacy ${legacy.map(v => versions_LABEL[v]).join(', ')}`, where(legacy[0]), { cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them', fix });
    for (const key of ['ssl.use-sslv2', 'ssl.use-sslv3']) {
        const setting = (0,evaluate/* effective */.C$)(scope, key);
        if (!setting || (0,evaluate/* enabled */.Sn)(setting.value) !== true)
            continue;
        push(options.failOnLegacyTls ? 'fail' : 'warn', 'proxy-config-legacy-tls', `${key} enables ${key.endsWith('2') ? 'SSL 2' : 'SSL 3'} (on lighttpd before 1.4.68; ignored since)`, setting, { cause: 'SSL 2 and 3 are broken (POODLE) and refused by every current client', fix });
    }
    return result;
}

;// CONCATENATED MODULE: ./src/proxies/lighttpd/websocket.ts
// What a WebSocket route needs from lighttpd: proxy.header "upgrade" => "enable" (mod_proxy
// passes no upgrade without it: the backend sees a plain GET), and no idle limit at or under
// idle-timeout. Measured on lighttpd 1.4.69: server.max-read-idle (60 s by default) and
// server.max-write-idle (360 s) each close a silent proxied WebSocket (1006), as does a
// backend's "read-timeout" in proxy.server (none by default); "write-timeout" does not.
// Settings in a condition that is not around the route may still apply at runtime (lighttpd
// applies every matching condition): one that would save it turns a failure into a warning.





const IDLE_LIMITS = [
    { key: 'server.max-read-idle', defaultSeconds: 60, what: 'nothing was read from the client' },
    { key: 'server.max-write-idle', defaultSeconds: 360, what: 'nothing was written to the client' }
];
/** The condition a fix for this route goes in: its own $HTTP["url"], or one for its key. */
function routeCondition(route) {
    const url = route.urls.at(-1);
    if (url)
        return url.label;
    const key = route.entry.key ?? '';
    return (0,lighttpd_fix/* urlCondition */.VB)(key.startsWith('/') ? key : '/');
}
/** Where a missing setting is reported: the route's innermost condition, else proxy.server. */
function routeLine(route) {
    return route.scope.condition ? route.scope : route.proxyServer;
}
/** Settings of `key` in scopes that are not around `scope` (sibling conditions). */
function elsewhere(config, scope, key) {
    const around = new Set((0,evaluate/* chain */.cy)(scope));
    return config.scopes
        .filter(s => !around.has(s))
        .map(s => s.settings.get(key))
        .filter((s) => s !== undefined);
}
const where = (s) => `${s.file}:${s.line}`;
function websocket_checkRoute(route, config, options, push) {
    const { scope } = route;
    const timeout = (0,proxy/* fixTimeoutSeconds */.O)(options.idleTimeoutMs);
    const proxyServer = (0,evaluate/* serialize */.lK)({ type: 'array', entries: [{ ...route.entry, key: '' }] });
    const fixBlock = (why, lines) => ({
        text: why,
        code: { lang: 'lighttpd', text: lines.join('\n') }
    });
    if (!(0,lighttpd_routes/* upgradeEnabled */.gf)(scope)) {
        const header = (0,evaluate/* effective */.C$)(scope, 'proxy.header');
        const upgrade = (0,evaluate/* entry */.f_)(header?.value, 'upgrade');
        const saving = elsewhere(config, scope, 'proxy.header').filter(s => (0,evaluate/* enabled */.Sn)((0,evaluate/* entry */.f_)(s.value, 'upgrade')?.value) === true);
        push(saving.length > 0 ? 'warn' : 'fail', 'proxy-config-upgrade', upgrade
            ? `proxy.header "upgrade" => "${(0,evaluate/* text */.Qq)(upgrade.value)}": mod_proxy does not pass the upgrade (the client gets 400 or 426, not 101)`
            : 'proxy.header "upgrade" => "enable" is missing: mod_proxy does not pass the upgrade (the client gets 400 or 426, not 101)', upgrade && header ? { file: header.file, line: upgrade.line } : (header ?? routeLine(route)), {
            details: [
                header
                    ? `proxy.header in effect (${where(header)}): ${(0,evaluate/* serialize */.lK)(header.value)}`
                    : 'No proxy.header applies here: mod_proxy’s upgrade is off by default.',
                ...saving.map(s => `proxy.header at ${where(s)} enables the upgrade in a condition not around this one: it applies only when that condition matches too.`)
            ],
            cause: 'Upgrade and Connection are hop-by-hop headers: lighttpd’s mod_proxy drops them unless proxy.header enables "upgrade", so the backend sees a plain GET',
            fix: fixBlock(lighttpd_fix/* UPGRADE_TEXT */.H6, (0,lighttpd_fix/* upgradeBlock */.MJ)({ condition: routeCondition(route), proxyServer, seconds: timeout }))
        });
    }
    for (const limit of IDLE_LIMITS) {
        const setting = (0,evaluate/* effective */.C$)(scope, limit.key);
        const value = setting ? Number((0,evaluate/* text */.Qq)(setting.value)) : limit.defaultSeconds;
        if (!Number.isFinite(value) || value * 1000 > options.idleTimeoutMs)
            continue;
        const saving = elsewhere(config, scope, limit.key).filter(s => Number((0,evaluate/* text */.Qq)(s.value)) * 1000 > options.idleTimeoutMs);
        push(saving.length > 0 ? 'warn' : 'fail', 'proxy-config-idle-timeout', `idle sockets are cut after ${value} s (${limit.key}${setting ? ` = ${value}` : ", lighttpd's default"})`, setting ?? routeLine(route), {
            details: [
                `${limit.key} ${setting ? `= ${value} (${where(setting)})` : `${limit.defaultSeconds} (default)`} is not longer than idle-timeout (${report_seconds(options.idleTimeoutMs)}): lighttpd closes a WebSocket after that long when ${limit.what} (1006, no close frame).`,
                ...saving.map(s => `${limit.key} = ${(0,evaluate/* text */.Qq)(s.value)} at ${where(s)} is in a condition not around this one: it applies only when that condition matches too.`)
            ],
            cause: `lighttpd closes a connection, a proxied WebSocket included, when ${limit.what} for ${limit.key} seconds`,
            fix: fixBlock(lighttpd_fix/* IDLE_TEXT */.DQ, (0,lighttpd_fix/* idleBlock */.Uz)(routeCondition(route), timeout))
        });
    }
    for (const backend of (0,lighttpd_routes/* backendsOf */.dc)(route.entry.value)) {
        const readTimeout = (0,evaluate/* entry */.f_)(backend.value, 'read-timeout');
        const value = Number((0,evaluate/* text */.Qq)(readTimeout?.value));
        if (!readTimeout || !(value > 0) || value * 1000 > options.idleTimeoutMs)
            continue;
        push('fail', 'proxy-config-idle-timeout', `idle sockets are cut after ${value} s (proxy.server "read-timeout" => ${value})`, { file: route.proxyServer.file, line: readTimeout.line }, {
            details: [
                `"read-timeout" => ${value} is not longer than idle-timeout (${report_seconds(options.idleTimeoutMs)}): lighttpd closes the connection when the backend sent nothing for that long.`
            ],
            cause: 'A backend’s "read-timeout" closes a proxied WebSocket the backend is silent on, however long the client waits',
            fix: {
                text: `Remove "read-timeout" from this backend (lighttpd waits without limit by default) or set it above the longest silence (${timeout} here), and let the application ping.`,
                code: {
                    lang: 'lighttpd',
                    text: `proxy.server = ${(0,evaluate/* serialize */.lK)({ type: 'array', entries: [{ ...route.entry, value: withoutReadTimeout(route.entry.value, timeout) }] })}`
                }
            }
        });
    }
}
/** The backends with "read-timeout" raised to `seconds`. */
function withoutReadTimeout(value, seconds) {
    if (value.type !== 'array')
        return value;
    return {
        type: 'array',
        entries: value.entries.map(backend => backend.value.type !== 'array'
            ? backend
            : {
                ...backend,
                value: {
                    type: 'array',
                    entries: backend.value.entries.map(e => e.key === 'read-timeout' ? { ...e, value: { type: 'integer', value: seconds } } : e)
                }
            })
    };
}

;// CONCATENATED MODULE: ./src/proxies/lighttpd/check.ts











const lighttpd_check_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A host name for fixes: the configuration's own, else the run's first wss:// target's. */
function hostOf(config, options) {
    const named = config.scopes.find(s => s.variable === 'HTTP' && s.field === 'host' && s.operator === '==' && s.pattern);
    return (named?.pattern ??
        options.targets.find(t => t.endpoint?.scheme === 'wss')?.endpoint?.host ??
        'api.example.com');
}
async function checkLighttpd(file, options) {
    const loaded = await (0,load/* loadLighttpd */.B)(options.workspace, file.path, file.text);
    if (loaded.error) {
        const { error } = loaded;
        return {
            summary: 'lighttpd configuration: not checked, lighttpd would refuse it',
            findings: [
                {
                    check: 'proxy-config',
                    code: 'proxy-config-unparsed',
                    status: 'warn',
                    title: `Not checked: lighttpd would refuse this file (${error.message})`,
                    details: [
                        `lighttpd -tt -f ${file.path} judges the syntax; nothing after this point was checked.`
                    ],
                    location: { file: error.file, line: error.line }
                }
            ]
        };
    }
    const config = loaded.config;
    const findings = [];
    const seen = new Set();
    for (const refusal of config.refusals)
        findings.push({
            check: 'proxy-config',
            code: 'proxy-config-invalid-value',
            status: 'warn',
            title: `lighttpd refuses this at start: ${refusal.message}`,
            location: { file: refusal.file, line: refusal.line }
        });
    const host = hostOf(config, options);
    const all = (0,sockets/* sockets */.Xr)(config);
    const tls = all.filter(s => s.tls);
    for (const socket of all) {
        const push = collector(findings, seen, socket.label);
        if (!socket.tls) {
            if (socket.port === 443)
                push('fail', 'proxy-config-tls-listener', 'port 443 without ssl.engine: plain HTTP on the TLS port', socket, {
                    cause: 'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
                    fix: (0,lighttpd_fix/* tlsListenerFix */.du)(host, 443, '/')
                });
            continue;
        }
        checkSocket(socket, host, options, push);
        const pemfile = (0,evaluate/* effective */.C$)(socket.scope, 'ssl.pemfile');
        if (pemfile)
            checkHostnames(pemfile, socket.port, (0,sockets/* sniScopes */.Qk)(config), options, push);
    }
    if (tls.length > 0)
        for (const scope of (0,sockets/* sniScopes */.Qk)(config))
            checkChain(scope.settings.get('ssl.pemfile'), scope, scope.operator === '==' ? scope.pattern : host, options.workspace, collector(findings, seen, scope.label));
    const routes = (0,lighttpd_routes/* webSocketRoutes */.w0)(config, options.websocketPaths);
    for (const route of routes)
        websocket_checkRoute(route, config, options, collector(findings, seen, route.label));
    checkModules(config, routes, findings);
    return {
        summary: `lighttpd configuration: ${lighttpd_check_plural(tls.length, 'TLS socket')}, ${lighttpd_check_plural(routes.length, 'WebSocket route')}`,
        details: check_details(config, all, routes, options),
        included: config.included,
        findings
    };
}
function checkSocket(socket, host, options, push) {
    const pemfile = (0,evaluate/* effective */.C$)(socket.scope, 'ssl.pemfile');
    if (!pemfile)
        push('fail', 'proxy-config-certificate-missing', 'ssl.pemfile missing: lighttpd cannot complete a TLS handshake', socket, {
            cause: 'A TLS socket without a certificate and its key fails every handshake',
            fix: (0,lighttpd_fix/* fullChainFix */.Sc)(host)
        });
    else
        checkChain(pemfile, socket.scope, host, options.workspace, push);
    const { tls13 } = versions_checkVersions(socket.scope, socket, options, push);
    checkCiphers(socket.scope, tls13, push);
}
/** proxy.server does nothing unless mod_proxy is loaded (lighttpd 1.4.69: "unknown config-key"). */
function checkModules(config, routes, findings) {
    const modules = (0,evaluate/* effective */.C$)(config.global, 'server.modules');
    if (routes.length === 0 || !modules || config.unread.length > 0)
        return;
    const loaded = modules.value.type === 'array' &&
        modules.value.entries.some(e => e.value.type === 'string' && e.value.value === 'mod_proxy');
    if (loaded)
        return;
    findings.push({
        check: 'proxy-config',
        code: 'proxy-config-upgrade',
        status: 'warn',
        title: 'server.modules does not load mod_proxy: lighttpd ignores proxy.server',
        location: { file: modules.file, line: modules.line },
        fix: {
            text: 'Load mod_proxy, or lighttpd ignores every proxy.* setting (a warning at start) and serves the WebSocket path from the document root.',
            code: { lang: 'lighttpd', text: 'server.modules += ( "mod_proxy" )' }
        }
    });
}
function check_details(config, all, routes, options) {
    const at = (x) => `${x.file}:${x.line}`;
    const lines = [
        ...all.map(s => `${s.label} (${at(s)}, ${s.tls ? 'TLS' : 'no TLS'})`),
        ...routes.map(r => `WebSocket route ${r.label} (${at(r.scope.condition ? r.scope : r.proxyServer)}) → ${r.backends.join(', ') || 'no backend'}`)
    ];
    for (const scope of config.scopes)
        if (scope.variable === 'HTTP' && scope.field === 'host')
            for (const target of options.targets)
                if (target.endpoint?.scheme === 'wss' &&
                    (0,lighttpd_routes/* hostMatches */._y)(scope.operator, scope.pattern, target.endpoint.host))
                    lines.push(`${scope.label} (${at(scope)}) serves the target ${target.label}`);
    if (config.included.length > 0)
        lines.push(`Includes read: ${config.included.join(', ')}`);
    for (const { statement, why } of config.unread)
        lines.push(`${statement.kind} at ${at(statement)} not read: ${why}`);
    return lines;
}

// EXTERNAL MODULE: ./src/proxies/lighttpd/parse.ts
var lighttpd_parse = __webpack_require__(90606);
;// CONCATENATED MODULE: ./src/proxies/lighttpd/claims.ts

const CONDITION = /^\s*(else\s+)?\$(SERVER|HTTP|REQUEST_HEADER|PHYSICAL)\["[^"\n]+"\]\s*(==|!=|=~|!~|=\^|=\$)\s*"/m;
/** Keys only lighttpd uses, assigned a string, an array or a variable. */
const LIGHTTPD_KEY = /^\s*(server\.(modules|document-root|errorlog|pid-file|upload-dirs|max-read-idle|max-write-idle|tag|bind|port|username|groupname)|ssl\.(engine|pemfile|privkey|ca-file|openssl\.ssl-conf-cmd|cipher-list)|proxy\.(server|header|balance)|var\.[\w.-]+|index-file\.names|static-file\.exclude-extensions|url\.(access-deny|rewrite[\w-]*|redirect)|mimetype\.assign|accesslog\.filename|dir-listing\.activate)\s*(=|\+=|:=)\s*("|\(|var\.)/m;
/** `server.port = 443` alone could be a .properties line: it counts when the whole file is
 * lighttpd syntax. */
const WEAK_KEY = /^\s*(server|ssl|proxy)\.[\w.-]+\s*(=|\+=|:=)\s*\d+\s*$/m;
function claimsLighttpd(file) {
    const text = file.text;
    // YAML documents, nginx and Caddy blocks, Apache sections: never lighttpd's.
    if (/\.ya?ml$/i.test(file.path) || /^(---|apiVersion:|kind:)/m.test(text))
        return false;
    if (/^\s*(server|http|location|upstream|events)\s*\{/m.test(text) && !CONDITION.test(text))
        return false;
    if (/^\s*<(VirtualHost|IfModule|Directory)\b/im.test(text))
        return false;
    if (CONDITION.test(text) || LIGHTTPD_KEY.test(text))
        return true;
    return WEAK_KEY.test(text) && parses(text, file.path);
}
function parses(text, file) {
    try {
        (0,lighttpd_parse/* parseLighttpd */.Q)(text, file);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/proxies/lighttpd/index.ts



const lighttpd = {
    ...lighttpd_answer/* lighttpdAnswer */.v,
    claims: claimsLighttpd,
    checkConfig: checkLighttpd,
    async serve(file, context) {
        // Loaded only to serve: the kit brings the certificate factory (@peculiar/x509).
        const [{ serveConfiguration }, { planLighttpd }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(594), __webpack_require__.e(631), __webpack_require__.e(134)]).then(__webpack_require__.bind(__webpack_require__, 1134)),
            __webpack_require__.e(/* import() */ 394).then(__webpack_require__.bind(__webpack_require__, 40394))
        ]);
        return serveConfiguration({
            name: 'lighttpd',
            binary: 'lighttpd',
            install: 'sudo apt-get update && sudo apt-get install -y lighttpd lighttpd-mod-openssl',
            file,
            context,
            plan: kit => planLighttpd(file, context, kit)
        });
    }
};

// EXTERNAL MODULE: ./src/proxies/nginx/fix.ts
var nginx_fix = __webpack_require__(25984);
// EXTERNAL MODULE: ./src/scans/files.ts
var files = __webpack_require__(10005);
;// CONCATENATED MODULE: ./src/proxies/nginx/tokenize.ts
// nginx's configuration grammar, as ngx_conf_file.c reads it: words separated by blanks, `;`
// ending a directive, `{`/`}` around a block, single- or double-quoted strings with backslash
// escapes, `#` comments to the end of the line, and `${name}` inside a word. Written here rather
// than taken from npm: no maintained JavaScript parser of nginx configuration keeps the line of
// each directive (nginx-conf and @webantic/nginx-config-parser give a tree without positions;
// crossplane, which does, is Python), and annotations need the line.
class NginxSyntaxError extends Error {
    line;
    name = 'NginxSyntaxError';
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const BLANK = /[ \t\r\n]/;
const ESCAPES = {
    n: '\n',
    r: '\r',
    t: '\t',
    '"': '"',
    "'": "'",
    '\\': '\\'
};
/** As nginx copies a word: `\"`, `\'`, `\\`, `\t`, `\r`, `\n` are escapes; any other backslash
 * stays (a regex location's `\.`). */
function tokenize_unescape(next) {
    return ESCAPES[next] ?? `\\${next}`;
}
function tokenize(text) {
    const tokens = [];
    let line = 1;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '\n') {
            line++;
            i++;
        }
        else if (BLANK.test(c)) {
            i++;
        }
        else if (c === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === ';' || c === '{' || c === '}') {
            tokens.push({ text: c, raw: c, line, punct: true });
            i++;
        }
        else if (c === '"' || c === "'") {
            const start = i;
            const startLine = line;
            let value = '';
            i++;
            while (i < text.length && text[i] !== c) {
                if (text[i] === '\\' && i + 1 < text.length) {
                    const next = text[i + 1];
                    value += tokenize_unescape(next);
                    if (next === '\n')
                        line++;
                    i += 2;
                    continue;
                }
                if (text[i] === '\n')
                    line++;
                value += text[i++];
            }
            if (i >= text.length)
                throw new NginxSyntaxError(`unterminated ${c} string`, startLine);
            i++;
            const after = text[i];
            if (after !== undefined && !BLANK.test(after) && !';{}'.includes(after))
                throw new NginxSyntaxError(`unexpected "${after}" after a quoted string`, line);
            tokens.push({ text: value, raw: text.slice(start, i), line: startLine, punct: false });
        }
        else {
            const start = i;
            let value = '';
            while (i < text.length) {
                const d = text[i];
                if (BLANK.test(d) || d === ';' || d === '}')
                    break;
                // `{` ends a word, except in a variable: `${name}`.
                if (d === '{' && text[i - 1] !== '$')
                    break;
                if (d === '{') {
                    const close = text.indexOf('}', i);
                    if (close < 0)
                        throw new NginxSyntaxError('unterminated ${…} variable', line);
                    value += text.slice(i, close + 1);
                    i = close + 1;
                    continue;
                }
                if (d === '\\' && i + 1 < text.length) {
                    value += tokenize_unescape(text[i + 1]);
                    if (text[i + 1] === '\n')
                        line++;
                    i += 2;
                    continue;
                }
                value += d;
                i++;
            }
            tokens.push({ text: value, raw: text.slice(start, i), line, punct: false });
        }
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/proxies/nginx/parse.ts
// nginx configuration → a tree of directives, each with the file and line it came from, and
// `include` expanded in place the way nginx does it: globs, resolved against the including
// file's folder and then each folder above it (nginx resolves a relative include against its
// configuration prefix, and a repository keeps that prefix somewhere above the site file),
// within the workspace only, each file at most once per branch (cycle-safe) and bounded.



/** Directives of one file's text; throws NginxSyntaxError at the line of the problem. */
function parseNginx(text, file) {
    const tokens = tokenize(text);
    let at = 0;
    const block = (depth, opener) => {
        const directives = [];
        let words = [];
        while (at < tokens.length) {
            const token = tokens[at++];
            if (!token.punct) {
                words.push(token);
                continue;
            }
            if (token.text === '}') {
                if (words.length > 0)
                    throw new NginxSyntaxError(`"${words[0].text}" is not terminated by ";"`, token.line);
                if (depth === 0)
                    throw new NginxSyntaxError('unexpected "}"', token.line);
                return directives;
            }
            if (words.length === 0) {
                throw new NginxSyntaxError(`unexpected "${token.text}"`, token.line);
            }
            const [name, ...args] = words;
            const directive = {
                name: name.text,
                rawName: name.raw,
                args: args.map(a => a.text),
                raw: args.map(a => a.raw),
                file,
                line: name.line
            };
            if (token.text === '{') {
                if (depth >= MAX_NESTING)
                    throw new NginxSyntaxError('blocks nested too deeply', token.line);
                directive.block = block(depth + 1, token);
            }
            directives.push(directive);
            words = [];
        }
        if (words.length > 0)
            throw new NginxSyntaxError(`unexpected end of file: "${words[0].text}" is not terminated by ";"`, words[words.length - 1].line);
        if (opener)
            throw new NginxSyntaxError('unexpected end of file, expecting "}"', opener.line);
        return directives;
    };
    return block(0);
}
const MAX_NESTING = 32;
const DEFAULT_LOAD_LIMITS = { maxFiles: 200, maxDepth: 10 };
/** Prefixes a configuration uses for its own folder on a server; in a repository the same
 * files sit below some folder of it. */
const SERVER_PREFIXES = [
    '/etc/nginx/',
    '/usr/local/nginx/conf/',
    '/usr/local/etc/nginx/',
    '/opt/nginx/conf/'
];
/** The entry file (already read) with its includes expanded. */
async function loadNginx(workspace, file, text, limits = DEFAULT_LOAD_LIMITS) {
    const loaded = { directives: [], files: [], unresolved: [], errors: [] };
    const read = (name, content) => {
        loaded.files.push(name);
        try {
            return parseNginx(content, name);
        }
        catch (err) {
            if (!(err instanceof NginxSyntaxError))
                throw err;
            loaded.errors.push({ file: name, line: err.line, message: err.message });
            return [];
        }
    };
    const expand = async (directives, stack) => {
        const out = [];
        for (const directive of directives) {
            if (directive.name !== 'include' || directive.block) {
                if (directive.block)
                    directive.block = await expand(directive.block, stack);
                out.push(directive);
                continue;
            }
            const unresolved = (why) => {
                loaded.unresolved.push({ directive, why });
            };
            if (directive.args.length !== 1) {
                unresolved('include takes one argument');
                continue;
            }
            if (stack.length > limits.maxDepth) {
                unresolved(`includes nested deeper than ${limits.maxDepth}`);
                continue;
            }
            const matches = await resolveInclude(workspace, directive.file, directive.args[0]);
            if (matches.length === 0) {
                unresolved('no file in the repository matches it');
                continue;
            }
            for (const match of matches) {
                if (stack.includes(match.path)) {
                    unresolved(`${match.path} includes itself (through ${stack.join(' → ')})`);
                    continue;
                }
                if (loaded.files.length >= limits.maxFiles) {
                    unresolved(`more than ${limits.maxFiles} files included`);
                    break;
                }
                out.push(...(await expand(read(match.path, match.text), [...stack, match.path])));
            }
        }
        return out;
    };
    loaded.directives = await expand(read(file, text), [file]);
    return loaded;
}
/** The workspace files an include names: its glob against the including file's folder, then
 * each folder above it up to the workspace; an absolute path under a usual server prefix is
 * looked up by the part below the prefix. */
async function resolveInclude(workspace, from, pattern) {
    let relative = pattern;
    if (external_node_path_default().posix.isAbsolute(pattern)) {
        const prefix = SERVER_PREFIXES.find(p => pattern.startsWith(p));
        if (!prefix)
            return [];
        relative = pattern.slice(prefix.length);
    }
    if (relative.split('/').includes('..'))
        return [];
    for (let dir = external_node_path_default().posix.dirname(from);; dir = external_node_path_default().posix.dirname(dir)) {
        const glob = dir === '.' ? relative : `${dir}/${relative}`;
        const found = await (0,files/* findFiles */.lY)(workspace, [glob], { maxFiles: 100, maxBytes: 1024 * 1024 });
        if (found.files.length > 0)
            return found.files;
        if (dir === '.' || dir === '/')
            return [];
    }
}
/** Every directive of the tree, depth first, with the blocks around it (outermost first). */
function* walk(directives, parents = []) {
    for (const directive of directives) {
        yield { directive, parents };
        if (directive.block)
            yield* walk(directive.block, [...parents, directive]);
    }
}

;// CONCATENATED MODULE: ./src/proxies/nginx/checks.ts






/** nginx's defaults where a directive is absent. */
const DEFAULT_PROXY_TIMEOUT_MS = 60_000;
const DEFAULT_PROTOCOLS = ['TLSv1.2', 'TLSv1.3'];
/** A path or upstream named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const checks_SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i;
/** The nearest level's last `name`, from the innermost level out. */
function effective(levels, name) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const found = levels[i].filter(d => d.name === name);
        if (found.length > 0)
            return found[found.length - 1];
    }
    return undefined;
}
/** An array directive (proxy_set_header, ssl_certificate): all of the nearest level that has
 * any, and that level's index. */
function effectiveAll(levels, name) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const found = levels[i].filter(d => d.name === name);
        if (found.length > 0)
            return { directives: found, level: i };
    }
    return { directives: [], level: -1 };
}
const checks_at = (d) => ({ file: d.file, line: d.line });
/** A proxy-config finding about `label` (a server or location block), at a directive's line. */
function checks_finding(label, status, code, title, where, extra) {
    return {
        check: 'proxy-config',
        code,
        status,
        title: `${label}: ${title}`,
        location: checks_at(where),
        ...extra
    };
}
/** "90s", "1h 30m", "500ms", a bare number of seconds → milliseconds; undefined if not a time. */
function nginxTime(text) {
    const units = {
        ms: 1,
        s: 1_000,
        m: 60_000,
        h: 3_600_000,
        d: 86_400_000,
        w: 604_800_000,
        M: 2_592_000_000,
        y: 31_536_000_000
    };
    const parts = [...text.matchAll(/(\d+)(ms|s|m|h|d|w|M|y)?\s*/g)];
    if (parts.length === 0 || parts.map(p => p[0]).join('') !== text.replace(/^\s+/, ''))
        return undefined;
    return parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2] ?? 's'], 0);
}
const checks_seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/** The port of a `listen` (80 when it names an address only); undefined for a unix socket. */
function listenPort(arg) {
    if (arg.startsWith('unix:'))
        return undefined;
    if (/^\d+$/.test(arg))
        return Number(arg);
    const m = /:(\d+)$/.exec(arg);
    return m ? Number(m[1]) : 80;
}
/** Whether the server block terminates TLS: `listen … ssl`, `ssl on`, or port 443. */
function tlsListen(server) {
    const listens = server.filter(d => d.name === 'listen');
    const sslOn = server.some(d => d.name === 'ssl' && d.args[0] === 'on');
    if (sslOn || listens.some(d => d.args.includes('ssl')))
        return { tls: true };
    const plain443 = listens.find(d => listenPort(d.args[0] ?? '') === 443);
    return { tls: plain443 !== undefined, plain443 };
}
/** Whether `host` matches a server_name: exact, `*.example.com`, `.example.com`, `www.example.*`. */
function serverNameMatches(name, host) {
    const n = name.toLowerCase();
    const h = host.toLowerCase();
    if (n.startsWith('~'))
        return false;
    if (n === h)
        return true;
    if (n.startsWith('.'))
        return h === n.slice(1) || h.endsWith(n);
    if (n.startsWith('*.'))
        return h.endsWith(n.slice(1));
    if (n.endsWith('.*'))
        return h.startsWith(n.slice(0, -1));
    return false;
}
/** Judges every server block of a loaded configuration. */
function checkNginx(config, options) {
    const findings = [];
    const servers = [];
    const upgradeMaps = new Set();
    for (const { directive } of walk(config.directives))
        if (directive.name === 'map' && directive.args[0] === '$http_upgrade' && directive.args[1])
            upgradeMaps.add(directive.args[1]);
    const unresolved = new Set(config.unresolved.map(u => u.directive));
    for (const { directive, parents } of walk(config.directives)) {
        if (directive.name !== 'server' || !directive.block)
            continue;
        // `server` in an `upstream` or `stream` block is something else.
        if (parents.some(p => p.name === 'upstream' || p.name === 'stream'))
            continue;
        const levels = [config.directives, ...parents.map(p => p.block), directive.block];
        const server = checkServer(directive, levels, options, findings);
        for (const { directive: location, parents: inner } of walk(directive.block)) {
            if (location.name !== 'location' || !location.block)
                continue;
            if (inner.some(p => p.name !== 'location'))
                continue; // inside `if`, `limit_except`…
            const locationLevels = [...levels, ...inner.map(p => p.block), location.block];
            const ws = webSocketLocation(location, locationLevels, upgradeMaps, options);
            if (!ws)
                continue;
            server.webSockets.push(ws);
            const hidden = locationLevels.some(level => level.some(d => unresolved.has(d)));
            findings.push(...checkLocation(ws, locationLevels, upgradeMaps, options, hidden));
        }
        servers.push(server);
    }
    return { findings, servers };
}
function checkServer(server, levels, options, findings) {
    const own = server.block;
    const names = own
        .filter(d => d.name === 'server_name')
        .flatMap(d => d.args)
        .filter(n => n !== '' && n !== '_');
    const host = names.find(n => !/[~*]/.test(n) && !n.startsWith('.')) ?? 'api.example.com';
    const { tls, plain443 } = tlsListen(own);
    const block = {
        directive: server,
        names,
        tls,
        webSockets: [],
        ciphers: effective(levels, 'ssl_ciphers')?.args.join(':'),
        certificateFiles: effectiveAll(levels, 'ssl_certificate').directives.map(d => d.args[0] ?? ''),
        targets: options.targets
            .filter(t => t.endpoint?.scheme === 'wss' && names.some(n => serverNameMatches(n, t.endpoint.host)))
            .map(t => t.label)
    };
    if (!tls)
        return block;
    const label = `server ${names[0] ?? '(no server_name)'}`;
    const problem = (status, code, title, where, extra = {}) => void findings.push(checks_finding(label, status, code, title, where, extra));
    if (plain443) {
        problem('fail', 'proxy-config-tls-listener', `listen ${plain443.args[0]} without ssl: plain HTTP on the TLS port`, plain443, {
            cause: 'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
            fix: (0,nginx_fix/* tlsServerFix */.W)(host, '/ws/', `Add "ssl" to the listen directive: listen ${plain443.args[0]} ssl;`)
        });
    }
    if (names.length === 0) {
        problem('warn', 'proxy-config-sni', 'no server_name: the block answers only as the default server, whatever name the client asks for', server, {
            cause: 'Clients send the host name (SNI, Host); without server_name nginx cannot pick this block by name',
            fix: (0,nginx_fix/* tlsServerFix */.W)(host, '/ws/', 'Name the host names this block serves (those its certificate covers).')
        });
    }
    const certificates = effectiveAll(levels, 'ssl_certificate').directives;
    const key = effective(levels, 'ssl_certificate_key');
    if (certificates.length === 0 || !key) {
        const missing = certificates.length === 0 ? 'ssl_certificate' : 'ssl_certificate_key';
        problem('fail', 'proxy-config-certificate-missing', `${missing} missing: nginx cannot complete a TLS handshake`, server, {
            cause: 'A TLS server block without a certificate and its key fails every handshake',
            fix: (0,nginx_fix/* fullChainFix */.Sc)(host)
        });
    }
    for (const certificate of certificates) {
        const file = certificate.args[0] ?? '';
        // Read when the repository holds the file; certbot's names say it otherwise.
        const judged = (0,certificate_file/* judgeCertificateFile */.x)(file, options.workspace ?? '', certificate.file);
        if (judged.verdict !== 'leaf-only' && judged.verdict !== 'chain-only')
            continue;
        const what = judged.verdict === 'leaf-only'
            ? 'the leaf without intermediates'
            : 'the intermediates without the leaf';
        problem('fail', 'proxy-config-full-chain', judged.how === 'name'
            ? `ssl_certificate ${external_node_path_default().posix.basename(file)} serves ${what}`
            : `ssl_certificate ${file} holds ${what}`, certificate, {
            details: [judged.how === 'name' ? `ssl_certificate ${file}` : judged.detail],
            cause: "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate",
            fix: (0,nginx_fix/* fullChainFix */.Sc)(host)
        });
    }
    const protocolsDirective = effective(levels, 'ssl_protocols');
    const protocols = protocolsDirective?.args ?? DEFAULT_PROTOCOLS;
    if (protocolsDirective)
        checkProtocols(protocolsDirective, options, problem);
    const ciphers = effective(levels, 'ssl_ciphers');
    if (ciphers)
        checks_checkCiphers(ciphers, protocols.includes('TLSv1.3'), problem);
    return block;
}
const VERSION_ORDER = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const VERSION_LABEL = {
    SSLv2: 'SSL 2',
    SSLv3: 'SSL 3',
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
/** Like the live versions check: 1.2 refused warns, a required version refused fails, a
 * version under min-tls-version warns (fails with fail-on-legacy-tls); 1.3 refused warns. */
function checkProtocols(directive, options, problem) {
    const offered = directive.args;
    const fix = (0,nginx_fix/* tlsVersionFix */.jJ)();
    const refused = (version) => {
        const required = options.requireTlsVersions.includes(version);
        problem(required ? 'fail' : 'warn', 'proxy-config-tls-versions', `ssl_protocols ${offered.join(' ')} refuses ${VERSION_LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`, directive, {
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
            fix
        });
    };
    if (!offered.includes('TLSv1.2'))
        refused('TLSv1.2');
    if (!offered.includes('TLSv1.3'))
        refused('TLSv1.3');
    const floor = VERSION_ORDER.indexOf(options.minTlsVersion);
    const legacy = offered.filter(v => VERSION_ORDER.includes(v) && VERSION_ORDER.indexOf(v) < floor);
    if (legacy.length > 0) {
        problem(options.failOnLegacyTls ? 'fail' : 'warn', 'proxy-config-legacy-tls', `ssl_protocols accepts legacy ${legacy.map(v => VERSION_LABEL[v]).join(', ')}`, directive, {
            cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
            fix
        });
    }
}
function checks_checkCiphers(directive, tls13, problem) {
    const cipherString = directive.args.join(':');
    const issue = (0,tls_policy/* judgeSuites */.$n)((0,cipher_string/* cipherStringSuites */.w)(cipherString), {
        label: 'ssl_ciphers',
        written: `ssl_ciphers ${cipherString}`,
        tls13,
        tls13Off: 'ssl_protocols'
    });
    if (!issue)
        return;
    problem(issue.status, issue.code, issue.title, directive, {
        details: issue.details,
        cause: issue.cause,
        fix: (0,nginx_fix/* browserCiphersFix */.O0)(issue.browsersLockedOut)
    });
}
function webSocketLocation(location, levels, upgradeMaps, options) {
    const own = location.block;
    const proxyPass = own.find(d => d.name === 'proxy_pass');
    if (!proxyPass)
        return undefined;
    const [modifier, locationPath] = location.args.length > 1 ? [location.args[0], location.args[1]] : ['', location.args[0] ?? ''];
    const ws = { directive: location, path: locationPath, modifier };
    const upstream = /^[a-z]+:\/\/([^/:]+)/i.exec(proxyPass.args[0] ?? '')?.[1] ?? '';
    const trim = (p) => p.replace(/\/+$/, '');
    if (checks_SOCKET_NAME.test(locationPath) || checks_SOCKET_NAME.test(upstream))
        return ws;
    if (options.websocketPaths.some(p => trim(p) === trim(locationPath)))
        return ws;
    const headers = effectiveAll(levels, 'proxy_set_header').directives;
    const usesUpgrade = headers.some(h => h.args.slice(1).some(v => v.includes('$http_upgrade') || upgradeMaps.has(v)));
    return usesUpgrade ? ws : undefined;
}
function checkLocation(ws, levels, upgradeMaps, options, hiddenByInclude) {
    const findings = [];
    const location = ws.directive;
    const label = `location ${ws.modifier ? `${ws.modifier} ` : ''}${ws.path}`;
    const proxyPass = location.block.find(d => d.name === 'proxy_pass').args[0];
    const timeoutSeconds = Math.max(3600, Math.ceil((2 * options.idleTimeoutMs) / 1000));
    const mapVariable = [...upgradeMaps][0];
    const fix = (why) => (0,nginx_fix/* webSocketLocationFix */.CV)(ws.modifier ? `${ws.modifier} ${ws.path}` : ws.path, {
        proxyPass,
        connection: mapVariable,
        timeoutSeconds,
        why
    });
    const push = (status, code, title, where, extra) => void findings.push(checks_finding(label, status, code, title, where, extra));
    const version = effective(levels, 'proxy_http_version');
    if (version?.args[0] !== '1.1') {
        push('fail', 'proxy-config-upgrade', 'HTTP/1.0 to the upstream: no upgrade', version ?? location, {
            details: [
                version
                    ? `proxy_http_version ${version.args[0]}`
                    : 'No proxy_http_version: nginx speaks HTTP/1.0 to upstreams by default.'
            ],
            cause: 'The WebSocket upgrade is an HTTP/1.1 mechanism: over HTTP/1.0 the upstream never sees an upgrade it can accept, and the client gets 400 or 426 instead of 101',
            fix: fix('Speak HTTP/1.1 to the upstream: proxy_http_version 1.1.')
        });
    }
    const { directives: headers, level } = effectiveAll(levels, 'proxy_set_header');
    const header = (name) => headers.find(h => h.args[0]?.toLowerCase() === name.toLowerCase());
    const upgrade = header('Upgrade');
    const connection = header('Connection');
    const connectionValue = connection?.args[1] ?? '';
    const upgradeOk = upgrade?.args[1] === '$http_upgrade';
    const connectionOk = /^upgrade$/i.test(connectionValue) || upgradeMaps.has(connectionValue);
    if (!upgradeOk || !connectionOk) {
        const missing = [
            ...(upgradeOk ? [] : ['proxy_set_header Upgrade $http_upgrade']),
            ...(connectionOk ? [] : ["proxy_set_header Connection 'upgrade'"])
        ];
        // Set above, but replaced by this level's own proxy_set_header (nginx's array inheritance).
        const shadowed = levels
            .slice(0, Math.max(level, 0))
            .flat()
            .filter(d => d.name === 'proxy_set_header' && /^(upgrade|connection)$/i.test(d.args[0] ?? ''));
        const details = [
            ...missing.map(m => `Missing: ${m}`),
            ...(shadowed.length > 0 && level >= 0
                ? [
                    `proxy_set_header at ${headers[0].file}:${headers[0].line} replaces every proxy_set_header inherited from above, including ${shadowed.map(d => `${d.args[0]} (${d.file}:${d.line})`).join(', ')}: nginx inherits an array directive only into a level that sets none of its own.`
                ]
                : []),
            ...(hiddenByInclude ? ['An include wss-doctor could not read may set them: check it.'] : [])
        ];
        const wrong = !upgradeOk && upgrade ? upgrade : !connectionOk && connection ? connection : undefined;
        push(hiddenByInclude ? 'warn' : 'fail', 'proxy-config-upgrade', `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: nginx does not pass the upgrade (the client gets 400 or 426, not 101)`, wrong ?? location, {
            details,
            cause: 'Upgrade and Connection are hop-by-hop headers: nginx drops them unless the location sets them again, so the upstream sees a plain GET',
            fix: fix('Pass the upgrade to the upstream.')
        });
    }
    if (!header('Host')) {
        push('warn', 'proxy-config-host-header', "Host not forwarded: the upstream sees the proxy_pass host, not the client's", location, {
            details: [
                `Without proxy_set_header Host, nginx sends Host: $proxy_host (from proxy_pass ${proxyPass}).`
            ],
            cause: 'Applications that check Host or build URLs from it (Socket.IO, Django ALLOWED_HOSTS, virtual hosts) refuse or misroute the upgrade',
            fix: fix('Forward the Host the client asked for: proxy_set_header Host $host.')
        });
    }
    for (const name of ['proxy_read_timeout', 'proxy_send_timeout']) {
        const directive = effective(levels, name);
        const ms = directive ? nginxTime(directive.args[0] ?? '') : DEFAULT_PROXY_TIMEOUT_MS;
        if (ms === undefined || ms > options.idleTimeoutMs)
            continue;
        // Set shorter than idle-timeout, it cuts sockets the team says go that quiet (the live idle
        // check fails the same); equal, or nginx's default, it is a warning to look at.
        push(directive && ms < options.idleTimeoutMs ? 'fail' : 'warn', 'proxy-config-idle-timeout', `idle sockets are cut after ${checks_seconds(ms)} (${name}${directive ? ` ${directive.args[0]}` : ", nginx's default"})`, directive ?? location, {
            details: [
                `${name} ${directive ? directive.args[0] : '60s (default)'} is not longer than idle-timeout (${checks_seconds(options.idleTimeoutMs)}): a WebSocket silent that long is closed by nginx (1006, no close frame).`
            ],
            cause: `nginx closes a proxied connection when nothing was ${name === 'proxy_read_timeout' ? 'read from' : 'sent to'} the upstream for ${name}`,
            fix: fix(`Give the location timeouts longer than the longest silence between frames (${timeoutSeconds}s here), and let the application ping.`)
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/proxies/nginx/answer.ts
var nginx_answer = __webpack_require__(88225);
;// CONCATENATED MODULE: ./src/proxies/nginx/index.ts



/** A statement nginx would read: a directive's name, its arguments and the closing `;`. Only
 * names that are nginx's own (not `return` or `set`, which code has too) count. */
const STATEMENT = /^\s*(listen|server_name|root|proxy_\w+|ssl_\w+|fastcgi_\w+|uwsgi_\w+|grpc_\w+|add_header|try_files|error_page|access_log|error_log|worker_\w+|keepalive_\w+|client_\w+|gzip\w*|sendfile|resolver|upstream|include|default_type|rewrite)\s+[^;{}]*;\s*(#.*)?$/;
/** A block nginx opens: a context name (and arguments) then `{`. */
const BLOCK = /^\s*(http|server|events|location|upstream|stream|map\s+\$\w+)(\s+[^;{]*)?\{\s*(#.*)?$/;
const nginx = {
    ...nginx_answer/* nginxAnswer */.d,
    claims(file) {
        const lines = file.text.split('\n');
        // A snippet may hold only statements; a site file opens blocks. Neither ends lines with `;`
        // in any other proxy's language this scan knows.
        return lines.some(line => STATEMENT.test(line)) || lines.some(line => BLOCK.test(line));
    },
    async checkConfig(file, options) {
        const loaded = await loadNginx(options.workspace, file.path, file.text);
        return nginxVerdict(loaded, options);
    },
    async serve(file, { config, diagnose }) {
        // Loaded only to serve: it brings the certificate factory (@peculiar/x509).
        const { findNginx, serveAndProbe } = await Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(594), __webpack_require__.e(631), __webpack_require__.e(134), __webpack_require__.e(496)]).then(__webpack_require__.bind(__webpack_require__, 14496));
        const binary = findNginx();
        const loaded = await loadNginx(config.workspace, file.path, file.text);
        if (!binary)
            return [notInstalled(file.path)];
        const { servers } = checkNginx(loaded, config);
        if (loaded.errors.length > 0 || !servers.some(s => s.tls))
            return [];
        return serveAndProbe(binary, { file: file.path, loaded, servers }, config, diagnose);
    }
};
function nginxVerdict(loaded, options) {
    const verdict = checkNginx(loaded, options);
    const errors = loaded.errors.map(e => ({
        check: 'proxy-config',
        code: 'proxy-config-unparsed',
        status: 'fail',
        title: `nginx syntax error: ${e.message}`,
        details: ['nginx -t refuses this file; nothing after this point was checked.'],
        location: { file: e.file, line: e.line }
    }));
    const { summary, details } = describe(loaded, verdict.servers);
    return {
        summary,
        summaryLine: verdict.servers[0]?.directive.line,
        details,
        included: loaded.files.slice(1),
        findings: [...errors, ...verdict.findings]
    };
}
/** What the file holds, and which of the run's targets its server blocks serve. */
function describe(loaded, servers) {
    const details = [];
    for (const server of servers) {
        const name = server.names.join(' ') || '(no server_name)';
        const where = `${server.directive.file}:${server.directive.line}`;
        const sockets = server.webSockets.map(w => w.path);
        details.push(`server ${name} (${where}, ${server.tls ? 'TLS' : 'no TLS'}): ${sockets.length > 0 ? `WebSocket locations ${sockets.join(', ')}` : 'no WebSocket location'}`);
        for (const target of server.targets)
            details.push(`server ${name} (${where}) serves the target ${target}`);
    }
    if (loaded.files.length > 1)
        details.push(`Includes read: ${loaded.files.slice(1).join(', ')}`);
    for (const { directive, why } of loaded.unresolved)
        details.push(`include ${directive.args.join(' ')} (${directive.file}:${directive.line}) not read: ${why}`);
    const sockets = servers.reduce((n, s) => n + s.webSockets.length, 0);
    return {
        summary: `nginx configuration: ${servers.length} server block${servers.length === 1 ? '' : 's'}, ${sockets} WebSocket location${sockets === 1 ? '' : 's'}`,
        details
    };
}
function notInstalled(file) {
    return {
        check: 'proxy-config',
        code: 'proxy-config-serve-unavailable',
        status: 'warn',
        title: 'config-serve: nginx is needed to serve the configuration, and is not on PATH',
        location: { file, line: 1 },
        fix: {
            text: 'Install nginx on the runner before this step (Debian/Ubuntu: apt-get install -y nginx-light), or set config-serve: false.',
            code: {
                lang: 'yaml',
                text: '- run: sudo apt-get update && sudo apt-get install -y nginx-light'
            }
        }
    };
}

// EXTERNAL MODULE: ./src/proxies/traefik/answer.ts + 1 modules
var traefik_answer = __webpack_require__(44250);
// EXTERNAL MODULE: ./src/proxies/traefik/fixes.ts
var traefik_fixes = __webpack_require__(45270);
;// CONCATENATED MODULE: ./src/proxies/traefik/checks.ts






const I = true;
/** providers.kubernetesIngressNGINX.proxyReadTimeout when absent (seconds). */
const INGRESS_NGINX_READ_TIMEOUT_S = 60;
const traefik_checks_VERSIONS = {
    VersionTLS10: 'TLSv1',
    VersionTLS11: 'TLSv1.1',
    VersionTLS12: 'TLSv1.2',
    VersionTLS13: 'TLSv1.3'
};
function checkTraefik(model, file, options) {
    const findings = [];
    const details = [];
    const webSocketRouters = model.routers.filter(r => (0,websocket_routes/* namedLikeSocket */.iw)(r.paths, [...r.services, r.label.replace(/^router /, '')], options.websocketPaths));
    const wssTargets = options.targets.filter(t => t.endpoint?.scheme === 'wss');
    const host = [...webSocketRouters, ...model.routers].flatMap(r => r.hosts).find(h => !/[{*]/.test(h)) ??
        wssTargets[0]?.endpoint?.host ??
        'api.example.com';
    const path = webSocketRouters[0]?.paths[0] ?? options.websocketPaths[0] ?? '/ws';
    const push = (status, code, label, title, line, problem, extra = {}) => {
        findings.push({
            check: 'proxy-config',
            code,
            status,
            title: `${label}: ${title}`,
            location: { file, line },
            problem,
            fix: (0,traefik_fixes/* traefikFix */.e)(problem),
            ...extra
        });
    };
    for (const router of model.routers) {
        const served = wssTargets.filter(t => router.hosts.some(h => (0,websocket_routes/* hostMatches */._y)(h, t.endpoint.host)));
        for (const target of served)
            details.push(`${router.label} (${file}:${router.line}) serves the target ${target.label}`);
    }
    checkMiddlewares(model, webSocketRouters, push, host);
    checkBackends(model, webSocketRouters, push, host, path);
    checks_checkTimeouts(model, options, push, details, host, path);
    checkTlsOptions(model, options, push, host, details);
    checkCertificates(model, options, file, push, host);
    return { findings, details, webSocketRouters };
}
/** The middlewares a router runs, through chains. */
function expand(names, model, seen = new Set()) {
    const out = [];
    for (const name of names) {
        if (seen.has(name))
            continue;
        seen.add(name);
        out.push(name);
        const chain = model.middlewares.find(m => m.name === name)?.chain ?? [];
        out.push(...expand(chain, model, seen));
    }
    return out;
}
function checkMiddlewares(model, webSocketRouters, push, host) {
    for (const middleware of model.middlewares) {
        const headers = entry(middleware.headers, 'customRequestHeaders', I)?.value;
        for (const header of entries(headers)) {
            const name = header.key.toLowerCase();
            const value = config_tree_text(header.value) ?? '';
            const breaks = (name === 'upgrade' && !/websocket/i.test(value)) ||
                (name === 'connection' && !/(^|[\s,])upgrade([\s,]|$)/i.test(value));
            if (!breaks)
                continue;
            const users = webSocketRouters.filter(r => expand(r.middlewares, model).includes(middleware.name));
            const everywhere = expand(model.entryPointMiddlewares, model).includes(middleware.name);
            const onWebSocket = users.length > 0 || everywhere;
            const what = value === '' ? `removes the ${header.key} header` : `sets ${header.key} to "${value}"`;
            push(onWebSocket ? 'fail' : 'warn', 'proxy-config-upgrade', `middleware ${middleware.name}`, `customRequestHeaders ${header.key}: "${value}" ${what}: Traefik does not pass the upgrade${onWebSocket ? ' (the client gets 400 or 426, not 101)' : ' on the routers that use it'}`, header.line, { kind: 'upgrade', host: users[0]?.hosts[0] ?? host, path: users[0]?.paths[0] ?? '/ws' }, {
                details: [
                    onWebSocket
                        ? `Used by ${[...users.map(u => u.label), ...(everywhere ? ['an entry point (every router)'] : [])].join(', ')}.`
                        : 'No WebSocket router of this file uses it; a router that does cannot carry WebSockets.'
                ],
                cause: 'Traefik forwards a WebSocket upgrade only when the request still carries Connection: Upgrade and Upgrade: websocket after the middlewares; without them the backend sees a plain GET'
            });
        }
    }
}
/** A WebSocket router's backend reached over h2c: HTTP/2 carries no HTTP/1.1 upgrade. */
function checkBackends(model, webSocketRouters, push, host, path) {
    for (const server of model.h2cServers) {
        const users = webSocketRouters.filter(r => r.services.includes(server.service));
        if (users.length === 0)
            continue;
        push('fail', 'proxy-config-upgrade', `service ${server.service}`, `${server.url}: Traefik speaks HTTP/2 to this backend, which carries no WebSocket upgrade`, server.line, { kind: 'upgrade', host: users[0].hosts[0] ?? host, path: users[0].paths[0] ?? path }, {
            details: [`Used by ${users.map(u => u.label).join(', ')}.`],
            cause: 'An HTTP/1.1 upgrade cannot travel over HTTP/2 (Go refuses an Upgrade header on an HTTP/2 request): the WebSocket router needs an http:// or https:// backend'
        });
    }
}
function checks_checkTimeouts(model, options, push, details, host, path) {
    for (const entryPoint of model.entryPoints) {
        const responding = config_tree_at(entryPoint.node, ['transport', 'respondingTimeouts'], I);
        const set = ['readTimeout', 'writeTimeout', 'idleTimeout']
            .map(key => [key, config_tree_text(entry(responding, key, I)?.value)])
            .filter(([, value]) => value !== undefined);
        if (set.length > 0)
            details.push(`entryPoints.${entryPoint.name}.transport.respondingTimeouts ${set.map(([k, v]) => `${k} ${v}`).join(', ')}: bound the upgrade request only; Traefik keeps no timeout on an upgraded WebSocket (net/http clears the connection's deadlines when it is taken over)`);
        const lingering = entry(config_tree_at(responding, ['tcp'], I), 'lingeringTimeout', I);
        if (lingering) {
            push('warn', 'proxy-config-idle-timeout', `entryPoints.${entryPoint.name}`, `respondingTimeouts.tcp.lingeringTimeout ${config_tree_text(lingering.value) ?? ''}: Traefik v2.11.1 and v3.0.0-rc4 closed WebSockets silent that long; later versions refuse to start with it`, lingering.line, { kind: 'idle-timeout', host, path, seconds: options.idleTimeoutMs / 1000 }, {
                cause: 'lingeringTimeout (default 2 s) was a read deadline on every connection of the entry point, upgraded ones included; it was removed in v2.11.2 (traefik/traefik#10598)'
            });
        }
    }
    for (const transport of model.forwardingTimeouts) {
        const set = entries(transport.node).map(e => `${e.key} ${config_tree_text(e.value) ?? ''}`);
        if (set.length > 0)
            details.push(`${transport.label} ${set.join(', ')}: end with the response headers or apply to idle pooled connections, not to an upgraded WebSocket`);
    }
    const provider = model.ingressNginx;
    if (!provider)
        return;
    const read = entry(provider.value, 'proxyReadTimeout', I);
    const value = config_tree_text(read?.value);
    // An integer number of seconds (pkg/provider/kubernetes/ingress-nginx/kubernetes.go).
    const ms = value === undefined
        ? INGRESS_NGINX_READ_TIMEOUT_S * 1000
        : /^\d+$/.test(value.trim())
            ? Number(value) * 1000
            : undefined;
    const problem = {
        kind: 'idle-timeout',
        host,
        path,
        seconds: options.idleTimeoutMs / 1000
    };
    if (ms === undefined) {
        push('warn', 'proxy-config-invalid-value', 'providers.kubernetesIngressNGINX', `proxyReadTimeout "${value}" is not a number of seconds`, read?.line ?? provider.line, problem);
        return;
    }
    if (ms === 0 || ms > options.idleTimeoutMs)
        return;
    push('fail', 'proxy-config-idle-timeout', 'providers.kubernetesIngressNGINX', `idle sockets are cut after ${(0,websocket_routes/* seconds */.YA)(ms)} (proxyReadTimeout${value === undefined ? ", Traefik's default" : ` ${value}`})`, read?.line ?? provider.line, problem, {
        details: [
            `proxyReadTimeout ${value ?? `${INGRESS_NGINX_READ_TIMEOUT_S} (default)`} is not longer than idle-timeout (${(0,websocket_routes/* seconds */.YA)(options.idleTimeoutMs)}): a WebSocket whose backend is silent that long is closed (1006, no close frame).`,
            'It applies to every Ingress this provider serves that has no nginx.ingress.kubernetes.io/proxy-read-timeout annotation.'
        ],
        cause: "Traefik's ingress-nginx provider bounds the wait between two reads from the backend by proxyReadTimeout, as ingress-nginx does, upgraded connections included"
    });
}
function checkTlsOptions(model, options, push, host, details) {
    for (const option of model.tlsOptions) {
        const min = entry(option.node, 'minVersion', I);
        const max = entry(option.node, 'maxVersion', I);
        const minText = config_tree_text(min?.value) ?? 'VersionTLS12';
        const maxText = config_tree_text(max?.value) ?? 'VersionTLS13';
        const problem = { kind: 'tls-versions', host };
        const bad = [min, max].find(e => e !== undefined && !((config_tree_text(e.value) ?? '') in traefik_checks_VERSIONS));
        if (bad) {
            push('warn', 'proxy-config-invalid-value', option.label, `${bad.key} "${config_tree_text(bad.value) ?? ''}" is not a version Traefik knows (VersionTLS10 to VersionTLS13): Traefik refuses the option`, bad.line, problem);
            continue;
        }
        const offered = (0,tls_policy/* versionRange */.QF)(traefik_checks_VERSIONS[minText], traefik_checks_VERSIONS[maxText]);
        if (offered.length === 0) {
            push('warn', 'proxy-config-invalid-value', option.label, `minVersion ${minText} is above maxVersion ${maxText}: Traefik refuses the option`, min?.line ?? option.line, problem);
            continue;
        }
        const range = `minVersion ${minText}${max ? `, maxVersion ${maxText}` : ''}`;
        for (const issue of (0,tls_policy/* judgeVersions */.v9)(offered, options)) {
            // A refused version is the bound's doing that excludes it; legacy ones are minVersion's.
            const below = issue.version !== undefined &&
                tls_policy/* VERSION_ORDER */.aW.indexOf(issue.version) < tls_policy/* VERSION_ORDER */.aW.indexOf(traefik_checks_VERSIONS[minText]);
            const where = issue.kind === 'legacy' || below ? min : max;
            push(issue.status, issue.code, option.label, `${range} ${issue.title}`, where?.line ?? option.line, problem, {
                cause: issue.cause
            });
        }
        const tls13 = offered.includes('TLSv1.3');
        const suitesEntry = entry(option.node, 'cipherSuites', I);
        const suites = texts(suitesEntry?.value);
        const suiteIssue = suites.length > 0
            ? (0,tls_policy/* judgeSuites */.$n)((0,tls_policy/* suiteListIana */.KK)(suites), {
                label: 'cipherSuites',
                written: `cipherSuites: ${suites.join(', ')}`,
                tls13
            })
            : undefined;
        if (suiteIssue && suitesEntry)
            push(suiteIssue.status, suiteIssue.code, option.label, suiteIssue.title, suitesEntry.line, { kind: 'browser-ciphers', host, browsersLockedOut: suiteIssue.browsersLockedOut }, { details: suiteIssue.details, cause: suiteIssue.cause });
        const curvesEntry = entry(option.node, 'curvePreferences', I);
        const groupIssue = (0,tls_policy/* judgeGroups */.y6)('curvePreferences', texts(curvesEntry?.value));
        if (groupIssue && curvesEntry)
            push(groupIssue.status, groupIssue.code, option.label, groupIssue.title, curvesEntry.line, { kind: 'browser-ciphers', host, browsersLockedOut: true }, { details: groupIssue.details, cause: groupIssue.cause });
        const sniStrict = entry(option.node, 'sniStrict', I);
        if (sniStrict && config_tree_text(sniStrict.value) === 'true') {
            const byAddress = options.targets.filter(t => t.endpoint?.scheme === 'wss' && (0,external_node_net_.isIP)(t.endpoint.host) !== 0);
            if (byAddress.length > 0)
                push('warn', 'proxy-config-sni', option.label, `sniStrict refuses clients that send no server name, as ${byAddress[0].label} does (an IP address carries no SNI)`, sniStrict.line, { kind: 'certificate', host: byAddress[0].endpoint.host }, {
                    cause: 'With sniStrict, Traefik refuses a handshake without SNI or with a name no certificate covers instead of answering with the default certificate'
                });
            else
                details.push(`${option.label}: sniStrict: clients must send a server name a certificate covers`);
        }
    }
}
function checkCertificates(model, options, file, push, host) {
    for (const certificate of model.certificates) {
        const judgement = (0,certificate_file/* judgeCertificateFile */.x)(certificate.file, options.workspace, file);
        const problem = { kind: 'full-chain', host };
        const label = certificate.label;
        const cause = 'Only the full chain (the leaf, then its intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate';
        switch (judgement.verdict) {
            case 'leaf-only':
                push('fail', 'proxy-config-full-chain', label, `certFile serves the leaf without its intermediates`, certificate.line, problem, {
                    details: [judgement.detail],
                    cause
                });
                break;
            case 'chain-only':
                push('fail', 'proxy-config-full-chain', label, 'certFile serves intermediates without the leaf first', certificate.line, problem, {
                    details: [judgement.detail],
                    cause: 'The server certificate must come first in the file, its intermediates after it'
                });
                break;
            case 'out-of-order':
                push('warn', 'proxy-config-chain-order', label, 'certFile is not a chain in order', certificate.line, problem, {
                    details: [judgement.detail],
                    cause: 'Each certificate in the file must be issued by the one that follows it'
                });
                break;
            case 'empty':
                push('warn', 'proxy-config-certificate-file', label, 'certFile holds no PEM certificate', certificate.line, problem, {
                    details: [judgement.detail]
                });
                break;
            default:
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/proxies/traefik/model.ts
// What a Traefik file declares, read from its tree (YAML or TOML, dynamic or static
// configuration, or Traefik's Kubernetes resources): routers and the paths and hosts of their
// rules, middlewares, TLS options and certificates, entry points, servers transports and the
// ingress-nginx provider. Traefik matches option names case-insensitively, so do we; names the
// user chose (routers, middlewares, headers) keep their case.

const model_I = true; // Traefik's keys are case-insensitive
const TRAEFIK_API = /^traefik\.(io|containo\.us)\/v1alpha1$/;
/** The name of a middleware reference without its provider (`auth@file` → `auth`). */
const bareName = (name) => name.replace(/@[^@]*$/, '');
const RULE_MATCHER = /\b(Path|PathPrefix|PathRegexp|Host|HostRegexp)\s*\(([^)]*)\)/g;
const RULE_ARGUMENT = /`([^`]*)`|"((?:[^"\\]|\\.)*)"|'([^']*)'/g;
/** The paths and hosts a router rule matches on (v2 and v3 syntax). */
function ruleParts(rule) {
    const paths = [];
    const hosts = [];
    for (const m of rule.matchAll(RULE_MATCHER)) {
        const args = [...m[2].matchAll(RULE_ARGUMENT)].map(a => a[1] ?? a[2] ?? a[3] ?? '');
        if (m[1].startsWith('Path'))
            paths.push(...args);
        else
            hosts.push(...args);
    }
    return { paths, hosts };
}
function emptyModel() {
    return {
        kinds: new Set(),
        routers: [],
        middlewares: [],
        tlsOptions: [],
        certificates: [],
        entryPoints: [],
        h2cServers: [],
        forwardingTimeouts: [],
        entryPointMiddlewares: []
    };
}
/** Reads every tree of a file into one model. */
function model_readModel(trees) {
    const model = emptyModel();
    for (const tree of trees) {
        const apiVersion = config_tree_text(entry(tree, 'apiVersion')?.value);
        if (apiVersion !== undefined && TRAEFIK_API.test(apiVersion))
            readResource(tree, model);
        else
            readConfiguration(tree, model);
    }
    return model;
}
function readConfiguration(tree, model) {
    const http = config_tree_at(tree, ['http'], model_I);
    const tls = config_tree_at(tree, ['tls'], model_I);
    if (http || tls)
        model.kinds.add('dynamic');
    for (const { key, line, value } of entries(config_tree_at(http, ['routers'], model_I))) {
        const rule = config_tree_text(entry(value, 'rule', model_I)?.value) ?? '';
        const tlsEntry = entry(value, 'tls', model_I);
        model.routers.push({
            label: `router ${key}`,
            line,
            rule,
            ...ruleParts(rule),
            middlewares: texts(entry(value, 'middlewares', model_I)?.value).map(bareName),
            services: texts(entry(value, 'service', model_I)?.value).map(bareName),
            tls: tlsEntry !== undefined && tlsEntry.value.kind !== 'scalar'
                ? true
                : tlsEntry !== undefined && config_tree_text(tlsEntry.value) !== 'false'
        });
    }
    for (const { key, line, value } of entries(config_tree_at(http, ['middlewares'], model_I)))
        model.middlewares.push(middleware(key, line, value));
    for (const { key, value } of entries(config_tree_at(http, ['services'], model_I)))
        for (const server of items(config_tree_at(value, ['loadBalancer', 'servers'], model_I))) {
            const url = entry(server, 'url', model_I);
            const address = config_tree_text(url?.value) ?? '';
            if (url && /^h2c:/i.test(address))
                model.h2cServers.push({ service: key, url: address, line: url.line });
        }
    for (const { key, value } of entries(config_tree_at(http, ['serversTransports'], model_I))) {
        const timeouts = entry(value, 'forwardingTimeouts', model_I);
        if (timeouts)
            model.forwardingTimeouts.push({
                label: `http.serversTransports.${key}.forwardingTimeouts`,
                line: timeouts.line,
                node: timeouts.value
            });
    }
    for (const { key, line, value } of entries(config_tree_at(tls, ['options'], model_I)))
        model.tlsOptions.push({ label: `tls.options.${key}`, name: key, line, node: value });
    items(config_tree_at(tls, ['certificates'], model_I)).forEach((certificate, i) => {
        const certFile = entry(certificate, 'certFile', model_I);
        const file = config_tree_text(certFile?.value);
        if (certFile && file)
            model.certificates.push({ label: `tls.certificates[${i}]`, file, line: certFile.line });
    });
    for (const { key, value } of entries(config_tree_at(tls, ['stores'], model_I))) {
        const certFile = entry(config_tree_at(value, ['defaultCertificate'], model_I), 'certFile', model_I);
        const file = config_tree_text(certFile?.value);
        if (certFile && file)
            model.certificates.push({
                label: `tls.stores.${key}.defaultCertificate`,
                file,
                line: certFile.line
            });
    }
    readStatic(tree, model);
}
function readStatic(tree, model) {
    const entryPoints = entry(tree, 'entryPoints', model_I);
    const providers = entry(tree, 'providers', model_I);
    const serversTransport = entry(tree, 'serversTransport', model_I);
    if (entryPoints || providers || serversTransport || entry(tree, 'certificatesResolvers', model_I))
        model.kinds.add('static');
    for (const { key, line, value } of entries(entryPoints?.value)) {
        model.entryPoints.push({ name: key, line, node: value });
        model.entryPointMiddlewares.push(...texts(config_tree_at(value, ['http', 'middlewares'], model_I)).map(bareName));
    }
    const timeouts = entry(serversTransport?.value, 'forwardingTimeouts', model_I);
    if (timeouts)
        model.forwardingTimeouts.push({
            label: 'serversTransport.forwardingTimeouts',
            line: timeouts.line,
            node: timeouts.value
        });
    model.ingressNginx = entry(providers?.value, 'kubernetesIngressNGINX', model_I) ?? model.ingressNginx;
}
function middleware(name, line, value) {
    return {
        name,
        line,
        headers: entry(value, 'headers', model_I)?.value,
        chain: texts(config_tree_at(value, ['chain', 'middlewares'], model_I)).map(bareName)
    };
}
/** Traefik's Kubernetes resources (traefik.io/v1alpha1): IngressRoute, Middleware, TLSOption,
 * ServersTransport. */
function readResource(tree, model) {
    model.kinds.add('kubernetes');
    const kind = config_tree_text(entry(tree, 'kind')?.value);
    const name = config_tree_text(config_tree_at(tree, ['metadata', 'name'])) ?? '(unnamed)';
    const spec = entry(tree, 'spec');
    const line = entry(tree, 'kind')?.line ?? 1;
    if (kind === 'IngressRoute') {
        items(config_tree_at(spec?.value, ['routes'])).forEach((route, i) => {
            const rule = config_tree_text(entry(route, 'match')?.value) ?? '';
            for (const service of items(entry(route, 'services')?.value)) {
                const scheme = entry(service, 'scheme');
                if (scheme && config_tree_text(scheme.value)?.toLowerCase() === 'h2c')
                    model.h2cServers.push({
                        service: config_tree_text(entry(service, 'name')?.value) ?? '(unnamed)',
                        url: 'scheme: h2c',
                        line: scheme.line
                    });
            }
            model.routers.push({
                label: `IngressRoute ${name}, route ${i + 1}`,
                line: route.line,
                rule,
                ...ruleParts(rule),
                middlewares: items(entry(route, 'middlewares')?.value)
                    .map(m => config_tree_text(entry(m, 'name')?.value))
                    .filter((m) => m !== undefined)
                    .map(bareName),
                services: items(entry(route, 'services')?.value)
                    .map(s => config_tree_text(entry(s, 'name')?.value))
                    .filter((s) => s !== undefined),
                tls: entry(spec?.value, 'tls') !== undefined
            });
        });
    }
    else if (kind === 'Middleware' && spec) {
        model.middlewares.push(middleware(name, line, spec.value));
    }
    else if (kind === 'TLSOption' && spec) {
        model.tlsOptions.push({ label: `TLSOption ${name}`, name, line, node: spec.value });
    }
    else if (kind === 'ServersTransport' && spec) {
        const timeouts = entry(spec.value, 'forwardingTimeouts');
        if (timeouts)
            model.forwardingTimeouts.push({
                label: `ServersTransport ${name} forwardingTimeouts`,
                line: timeouts.line,
                node: timeouts.value
            });
    }
}

;// CONCATENATED MODULE: ./src/proxies/traefik/claims.ts


/** A TOML table only Traefik names. */
const TRAEFIK_TOML_TABLE = /^[ \t]*\[\[?[ \t]*(http\.(routers|services|middlewares|serversTransports)|(tcp|udp)\.(routers|services)|tls\.(options|certificates|stores)|entryPoints|certificatesResolvers)\b[^\]\n]*\]\]?[ \t]*(#.*)?$/im;
/** For YAML that does not parse: the same sections by their indentation. */
const TRAEFIK_YAML_HINT = /^(https?|tcp|udp):[ \t]*\n(?:[ \t]*(?:#.*)?\n)*[ \t]+(routers|services|middlewares|serversTransports):|^tls:[ \t]*\n(?:[ \t]*(?:#.*)?\n)*[ \t]+(options|certificates|stores):|^entryPoints:|^apiVersion:[ \t]*['"]?traefik\.(io|containo\.us)\//m;
const claims_I = true;
const has = (node, keys) => keys.some(k => entry(node, k, claims_I) !== undefined);
/** Whether one YAML document is Traefik configuration or a Traefik resource. */
function isTraefikTree(tree) {
    const apiVersion = config_tree_text(entry(tree, 'apiVersion')?.value);
    if (apiVersion !== undefined)
        return TRAEFIK_API.test(apiVersion);
    if (has(entry(tree, 'http', claims_I)?.value, ['routers', 'services', 'middlewares', 'serversTransports']))
        return true;
    for (const key of ['tcp', 'udp'])
        if (has(entry(tree, key, claims_I)?.value, ['routers', 'services']))
            return true;
    if (has(entry(tree, 'tls', claims_I)?.value, ['options', 'certificates', 'stores']))
        return true;
    const entryPoints = entry(tree, 'entryPoints', claims_I)?.value;
    if (entries(entryPoints).some(e => entry(e.value, 'address', claims_I) !== undefined))
        return true;
    return entries(entry(tree, 'certificatesResolvers', claims_I)?.value).some(e => entry(e.value, 'acme', claims_I) !== undefined);
}
/** Every Traefik file names one of these: files without any are not parsed. */
const TRAEFIK_KEY = /^\s*(https?|tcp|udp|tls|entryPoints|certificatesResolvers)\s*:|traefik\.(io|containo\.us)\//im;
function claimsTraefik(file) {
    if (TRAEFIK_TOML_TABLE.test(file.text))
        return true;
    if (!TRAEFIK_KEY.test(file.text))
        return false;
    const { trees, errors } = yamlTrees(file.text);
    if (trees.some(isTraefikTree))
        return true;
    return errors.length > 0 && TRAEFIK_YAML_HINT.test(file.text);
}

;// CONCATENATED MODULE: ./src/proxies/traefik/toml.ts
class TomlError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
    }
}
const BARE_KEY = /[A-Za-z0-9_-]/;
const toml_ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\x1b',
    '"': '"',
    '\\': '\\'
};
/** Parses `text`; on the first construct it cannot read, no tree and the error's line. */
function tomlTrees(text) {
    try {
        return { trees: [new TomlReader(text).read()], errors: [] };
    }
    catch (error) {
        if (error instanceof TomlError)
            return { trees: [], errors: [{ line: error.line, message: error.message }] };
        throw error;
    }
}
class TomlReader {
    text;
    pos = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    read() {
        const root = { kind: 'map', line: 1, entries: [] };
        let current = root;
        for (;;) {
            this.skipBlank(true);
            if (this.pos >= this.text.length)
                return root;
            if (this.peek() === '[') {
                const line = this.line;
                const arrayOfTables = this.text.startsWith('[[', this.pos);
                this.pos += arrayOfTables ? 2 : 1;
                this.skipSpaces();
                const keys = this.readKeyPath();
                this.skipSpaces();
                if (!this.text.startsWith(arrayOfTables ? ']]' : ']', this.pos))
                    throw this.error(`expected ${arrayOfTables ? ']]' : ']'} after the table name`);
                this.pos += arrayOfTables ? 2 : 1;
                this.endOfLine();
                current = arrayOfTables ? this.appendTable(root, keys, line) : this.table(root, keys, line);
                continue;
            }
            this.readKeyValue(current);
            this.endOfLine();
        }
    }
    error(message) {
        return new TomlError(this.line, message);
    }
    peek(offset = 0) {
        return this.text[this.pos + offset] ?? '';
    }
    advance() {
        const c = this.text[this.pos++] ?? '';
        if (c === '\n')
            this.line++;
        return c;
    }
    skipSpaces() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    /** Spaces and comments; newlines too when `newlines`. */
    skipBlank(newlines) {
        for (;;) {
            const c = this.peek();
            if (c === ' ' || c === '\t' || c === '\r')
                this.pos++;
            else if (c === '\n' && newlines)
                this.advance();
            else if (c === '#')
                while (this.peek() !== '\n' && this.pos < this.text.length)
                    this.pos++;
            else
                return;
        }
    }
    endOfLine() {
        this.skipBlank(false);
        if (this.pos < this.text.length && this.peek() !== '\n')
            throw this.error(`unexpected "${this.peek()}" after a value`);
    }
    readKey() {
        const c = this.peek();
        if (c === '"')
            return this.readBasicString();
        if (c === "'")
            return this.readLiteralString();
        const start = this.pos;
        while (BARE_KEY.test(this.peek()))
            this.pos++;
        if (this.pos === start)
            throw this.error(c ? `unexpected "${c}" where a key was expected` : 'a key was expected');
        return this.text.slice(start, this.pos);
    }
    readKeyPath() {
        const keys = [this.readKey()];
        for (;;) {
            this.skipSpaces();
            if (this.peek() !== '.')
                return keys;
            this.pos++;
            this.skipSpaces();
            keys.push(this.readKey());
        }
    }
    /** The map at `keys` under `map`, made where missing (the last item of an array of tables). */
    descend(map, keys, line) {
        let current = map;
        for (const key of keys) {
            const found = current.entries.find(e => e.key === key);
            if (!found) {
                const created = { kind: 'map', line, entries: [] };
                current.entries.push({ key, line, value: created });
                current = created;
                continue;
            }
            const value = found.value;
            if (value.kind === 'map')
                current = value;
            else if (value.kind === 'list' && value.items.at(-1)?.kind === 'map')
                current = value.items.at(-1);
            else
                throw this.error(`key "${key}" already holds a value`);
        }
        return current;
    }
    table(root, keys, line) {
        const table = this.descend(root, keys, line);
        // A table named by its header after dotted keys made it: the header's line is where it is.
        const parent = this.descend(root, keys.slice(0, -1), line);
        const own = parent.entries.find(e => e.key === keys[keys.length - 1]);
        if (own && table.entries.length === 0) {
            own.line = line;
            table.line = line;
        }
        return table;
    }
    appendTable(root, keys, line) {
        const parent = this.descend(root, keys.slice(0, -1), line);
        const key = keys[keys.length - 1];
        let found = parent.entries.find(e => e.key === key);
        if (!found) {
            found = { key, line, value: { kind: 'list', line, items: [] } };
            parent.entries.push(found);
        }
        if (found.value.kind !== 'list')
            throw this.error(`key "${key}" is not an array of tables`);
        const table = { kind: 'map', line, entries: [] };
        found.value.items.push(table);
        return table;
    }
    readKeyValue(map) {
        const line = this.line;
        const keys = this.readKeyPath();
        this.skipSpaces();
        if (this.peek() !== '=')
            throw this.error(`expected "=" after the key "${keys.join('.')}"`);
        this.pos++;
        this.skipSpaces();
        const value = this.readValue();
        const target = this.descend(map, keys.slice(0, -1), line);
        const entry = { key: keys[keys.length - 1], line, value };
        const existing = target.entries.findIndex(e => e.key === entry.key);
        if (existing >= 0)
            throw this.error(`key "${entry.key}" is defined twice`);
        target.entries.push(entry);
    }
    readValue() {
        const line = this.line;
        const c = this.peek();
        if (c === '"' || c === "'") {
            const value = c === '"'
                ? this.text.startsWith('"""', this.pos)
                    ? this.readMultiline('"""')
                    : this.readBasicString()
                : this.text.startsWith("'''", this.pos)
                    ? this.readMultiline("'''")
                    : this.readLiteralString();
            return { kind: 'scalar', line, value };
        }
        if (c === '[')
            return this.readArray();
        if (c === '{')
            return this.readInlineTable();
        return { kind: 'scalar', line, value: this.readBare() };
    }
    readBasicString() {
        this.pos++; // the opening quote
        let value = '';
        for (;;) {
            const c = this.peek();
            if (c === '' || c === '\n')
                throw this.error('unterminated string');
            this.pos++;
            if (c === '"')
                return value;
            if (c !== '\\') {
                value += c;
                continue;
            }
            value += this.readEscape();
        }
    }
    readEscape() {
        const e = this.text[this.pos++] ?? '';
        if (e in toml_ESCAPES)
            return toml_ESCAPES[e];
        if (e === 'u' || e === 'U' || e === 'x') {
            const length = e === 'u' ? 4 : e === 'U' ? 8 : 2;
            const hex = this.text.slice(this.pos, this.pos + length);
            if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length)
                throw this.error(`invalid escape \\${e}${hex}`);
            this.pos += length;
            const code = parseInt(hex, 16);
            if (code > 0x10ffff)
                throw this.error(`invalid escape \\${e}${hex}`);
            return String.fromCodePoint(code);
        }
        throw this.error(`invalid escape \\${e}`);
    }
    readLiteralString() {
        this.pos++;
        const end = this.text.indexOf("'", this.pos);
        const newline = this.text.indexOf('\n', this.pos);
        if (end === -1 || (newline !== -1 && newline < end))
            throw this.error('unterminated string');
        const value = this.text.slice(this.pos, end);
        this.pos = end + 1;
        return value;
    }
    readMultiline(delimiter) {
        this.pos += 3;
        // A newline right after the opening delimiter is not part of the string.
        if (this.peek() === '\r' && this.peek(1) === '\n')
            this.pos++;
        if (this.peek() === '\n')
            this.advance();
        let value = '';
        for (;;) {
            if (this.pos >= this.text.length)
                throw this.error('unterminated multi-line string');
            if (this.text.startsWith(delimiter, this.pos)) {
                // Up to two quotes may end the content right before the closing delimiter.
                let extra = 0;
                while (extra < 2 && this.peek(3 + extra) === delimiter[0])
                    extra++;
                value += delimiter[0].repeat(extra);
                this.pos += 3 + extra;
                return value;
            }
            const c = this.advance();
            if (c === '\\' && delimiter === '"""') {
                if (/^[ \t]*\r?\n/.test(this.text.slice(this.pos))) {
                    // A line-ending backslash trims the newline and the whitespace that follows.
                    while (/[ \t\r\n]/.test(this.peek()))
                        this.advance();
                    continue;
                }
                value += this.readEscape();
                continue;
            }
            value += c;
        }
    }
    readArray() {
        const list = { kind: 'list', line: this.line, items: [] };
        this.pos++;
        for (;;) {
            this.skipBlank(true);
            if (this.peek() === ']') {
                this.pos++;
                return list;
            }
            if (this.pos >= this.text.length)
                throw this.error('unterminated array');
            list.items.push(this.readValue());
            this.skipBlank(true);
            if (this.peek() === ',')
                this.pos++;
            else if (this.peek() !== ']')
                throw this.error(`expected "," or "]" in an array, not "${this.peek()}"`);
        }
    }
    readInlineTable() {
        const map = { kind: 'map', line: this.line, entries: [] };
        this.pos++;
        this.skipBlank(true);
        if (this.peek() === '}') {
            this.pos++;
            return map;
        }
        for (;;) {
            this.skipBlank(true);
            this.readKeyValue(map);
            this.skipBlank(true);
            const c = this.peek();
            this.pos++;
            if (c === '}')
                return map;
            if (c !== ',')
                throw this.error(`expected "," or "}" in an inline table, not "${c}"`);
            this.skipBlank(true);
            if (this.peek() === '}') {
                this.pos++;
                return map;
            }
        }
    }
    /** Booleans, numbers and dates: the token up to the next separator. */
    readBare() {
        const start = this.pos;
        while (this.pos < this.text.length && !/[,\]}#\n\r]/.test(this.peek()))
            this.pos++;
        const token = this.text.slice(start, this.pos).trim();
        // Give back the spaces read past the token, so that the caller sees what follows it.
        this.pos = start + this.text.slice(start, this.pos).trimEnd().length;
        if (token === 'true')
            return true;
        if (token === 'false')
            return false;
        const plain = token.replace(/_/g, '');
        if (/^[+-]?(0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+)$/.test(plain)) {
            const sign = plain.startsWith('-') ? -1 : 1;
            return sign * Number(plain.replace(/^[+-]/, ''));
        }
        if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(plain))
            return Number(plain);
        if (/^[+-]?(inf|nan)$/.test(plain))
            return plain.endsWith('nan') ? NaN : plain.startsWith('-') ? -Infinity : Infinity;
        if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$|^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(token))
            return token;
        throw this.error(token ? `unexpected value "${token}"` : 'a value was expected');
    }
}

;// CONCATENATED MODULE: ./src/proxies/traefik/index.ts
// Traefik (v2 and v3): told from its own error answers, its configuration files claimed by
// content (YAML or TOML, static or dynamic, or its Kubernetes resources) and judged without
// running it, and every problem fixed in its configuration language.






const traefik_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function traefik_describe(model, language) {
    const kinds = [
        ...(model.kinds.has('static') ? ['static'] : []),
        ...(model.kinds.has('dynamic') ? ['dynamic'] : [])
    ];
    const what = model.kinds.has('kubernetes')
        ? 'Kubernetes resources'
        : `${kinds.join(' and ') || 'dynamic'} configuration (${language})`;
    return `Traefik ${what}`;
}
async function traefik_checkConfig(file, options) {
    const language = TRAEFIK_TOML_TABLE.test(file.text) ? 'TOML' : 'YAML';
    const parsed = language === 'TOML' ? tomlTrees(file.text) : yamlTrees(file.text);
    const unreadable = parsed.errors.map(error => ({
        check: 'proxy-config',
        code: 'proxy-config-unparsed',
        status: 'warn',
        title: `Not checked: not valid ${language} (${error.message})`,
        details: ["Traefik's own decoder judges the syntax; nothing after this point was checked."],
        location: { file: file.path, line: error.line }
    }));
    const model = model_readModel(parsed.trees);
    const verdict = checkTraefik(model, file.path, options);
    const webSockets = verdict.webSocketRouters.map(r => r.label.replace(/^router /, ''));
    const counts = [
        ...(model.routers.length > 0 || !model.kinds.has('static')
            ? [traefik_plural(model.routers.length, 'router')]
            : []),
        ...(model.routers.length > 0
            ? [
                `${traefik_plural(webSockets.length, 'WebSocket router')}${webSockets.length > 0 ? ` (${webSockets.join(', ')})` : ''}`
            ]
            : []),
        ...(model.middlewares.length > 0 ? [traefik_plural(model.middlewares.length, 'middleware')] : []),
        ...(model.tlsOptions.length > 0 ? [traefik_plural(model.tlsOptions.length, 'TLS option')] : []),
        ...(model.certificates.length > 0 ? [traefik_plural(model.certificates.length, 'certificate')] : []),
        ...(model.entryPoints.length > 0 ? [traefik_plural(model.entryPoints.length, 'entry point')] : []),
        ...(model.ingressNginx ? ['the ingress-nginx provider'] : [])
    ];
    const routers = model.routers.map(r => `${r.label} (${file.path}:${r.line}${r.tls ? ', TLS' : ''}): ${r.rule || '(no rule)'}${verdict.webSocketRouters.includes(r) ? ' — WebSocket' : ''}`);
    return {
        summary: parsed.trees.length === 0
            ? `Traefik configuration (${language}): not read`
            : `${traefik_describe(model, language)}: ${counts.join(', ')}`,
        details: [...routers, ...verdict.details],
        findings: [...unreadable, ...verdict.findings]
    };
}
const traefik_traefik = {
    ...traefik_answer/* traefikAnswer */.D,
    claims: claimsTraefik,
    checkConfig: traefik_checkConfig
};

;// CONCATENATED MODULE: ./src/proxies/files.ts
// The proxies whose configuration files wss-doctor reads, whole (claims, checkConfig, serve):
// loaded by the configuration scan only, so that a run without config-paths carries no parser.









/** In the order files are offered to them: the first whose content it is takes a file. */
const READING = [
    nginx,
    haproxy,
    apache,
    caddy,
    lighttpd,
    h2o,
    traefik_traefik,
    envoy,
    ingress
];
/** The proxy whose configuration this file is, by its content. */
function proxyOfFile(file) {
    return READING.find(proxy => proxy.checkConfig && proxy.claims?.(file));
}


/***/ }),

/***/ 50269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ tlsListensOf),
/* harmony export */   C$: () => (/* binding */ effective),
/* harmony export */   Ss: () => (/* binding */ splitAuthority),
/* harmony export */   Xg: () => (/* binding */ readConfig)
/* harmony export */ });
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53018);

/** The hosts, listeners and paths of a configuration's root mapping. */
function readConfig(root) {
    const config = { root, listens: readListens((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(root, 'listen')), hosts: [] };
    const hosts = (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(root, 'hosts');
    if (hosts?.value.kind !== 'map')
        return config;
    for (const item of hosts.value.entries) {
        if (item.value.kind !== 'map')
            continue;
        const { name, port } = splitAuthority(item.key);
        const host = {
            key: item.key,
            name,
            port,
            at: item.at,
            map: item.value,
            listens: [],
            paths: []
        };
        host.listens = readListens((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(item.value, 'listen'), host);
        const paths = (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(item.value, 'paths');
        if (paths?.value.kind === 'map')
            for (const p of paths.value.entries)
                host.paths.push(readPath(p, host, config));
        config.hosts.push(host);
    }
    return config;
}
/** "example.com:8443" → name and port; "[::1]:443" too. */
function splitAuthority(key) {
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(key.trim());
    if (!m)
        return { name: key.trim().toLowerCase() };
    return { name: m[1].toLowerCase(), port: m[2] ? Number(m[2]) : undefined };
}
function readListens(listen, owner) {
    if (!listen)
        return [];
    const values = listen.value.kind === 'seq' ? listen.value.items : [listen.value];
    const listens = [];
    for (const value of values) {
        if (value.kind === 'scalar') {
            listens.push({ at: listen.at, port: portOf(value.value), owner });
            continue;
        }
        if (value.kind !== 'map')
            continue;
        const ssl = (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(value, 'ssl');
        listens.push({
            at: (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(value, 'port')?.at ?? listen.at,
            port: portOf((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)(value, 'port')),
            ssl: ssl?.value.kind === 'map' ? ssl.value : undefined,
            sslAt: ssl?.at,
            owner
        });
    }
    return listens;
}
function portOf(text) {
    return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : undefined;
}
function readPath(item, host, config) {
    const mapping = {
        path: item.key,
        at: item.at,
        host,
        own: (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .mappings */ .qj)(item.value)
    };
    mapping.upstream = effective(mapping, 'proxy.reverse.url', config, ['path']);
    return mapping;
}
/** A directive as it applies to a path: the path's own, else its host's, else the global one. */
function effective(mapping, name, config, levels = ['path', 'host', 'global']) {
    const at = (map, level) => {
        const found = (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(map, name);
        if (!found)
            return undefined;
        const value = found.value.kind === 'scalar' ? found.value.value : '';
        return { name, value, at: found.at, level };
    };
    if (levels.includes('path'))
        for (let i = mapping.own.length - 1; i >= 0; i--) {
            const found = at(mapping.own[i], 'path');
            if (found)
                return found;
        }
    if (levels.includes('host')) {
        const found = at(mapping.host.map, 'host');
        if (found)
            return found;
    }
    return levels.includes('global') ? at(config.root, 'global') : undefined;
}
/** The TLS listeners that serve `host`: its own, else the top-level ones. */
function tlsListensOf(host, config) {
    const own = host.listens.filter(l => l.ssl);
    return own.length > 0 ? own : config.listens.filter(l => l.ssl);
}


/***/ }),

/***/ 77992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ checkWebSocketPath),
/* harmony export */   S8: () => (/* binding */ webSocketPaths)
/* harmony export */ });
/* unused harmony export DEFAULT_WEBSOCKET_TIMEOUT_MS */
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4348);
/* harmony import */ var _fixes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52371);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50269);



/** h2o's default proxy.websocket.timeout (include/h2o.h, 2.2: 300 s). */
const DEFAULT_WEBSOCKET_TIMEOUT_MS = 300_000;
/** A path or upstream named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i;
const trim = (p) => p.replace(/\/+$/, '') || '/';
/** Whether h2o's path `mapping` (a prefix, matched segment-wise) serves `path`. */
function prefixes(mapping, path) {
    const m = trim(mapping);
    const p = trim(path.split('?')[0]);
    return m === '/' || p === m || p.startsWith(`${m}/`);
}
/** The paths of `config` that carry WebSockets. */
function webSocketPaths(config, options) {
    const found = new Set();
    for (const host of config.hosts) {
        const proxied = host.paths.filter(p => p.upstream);
        for (const p of proxied) {
            const upstreamHost = /^[a-z]+:\/\/([^/:]+)/i.exec(p.upstream.value)?.[1] ?? '';
            const on = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .effective */ .C$)(p, 'proxy.websocket', config, ['path']);
            if (SOCKET_NAME.test(p.path) || SOCKET_NAME.test(upstreamHost) || isOn(on?.value))
                found.add(p);
        }
        for (const wanted of options.websocketPaths) {
            const longest = host.paths
                .filter(p => prefixes(p.path, wanted))
                .sort((a, b) => trim(b.path).length - trim(a.path).length)[0];
            if (longest?.upstream)
                found.add(longest);
        }
    }
    return [...found];
}
const isOn = (value) => value?.trim().toUpperCase() === 'ON';
function checkWebSocketPath(mapping, config, options, push) {
    const label = `${mapping.host.key} ${mapping.path}`;
    const timeoutMs = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTimeoutSeconds */ .O)(options.idleTimeoutMs) * 1000;
    const fix = (why) => (0,_fixes_js__WEBPACK_IMPORTED_MODULE_0__/* .webSocketPathFix */ .ou)({
        hostKey: mapping.host.key,
        path: mapping.path,
        upstream: mapping.upstream?.value,
        timeoutMs,
        why
    });
    const report = (kind, status, code, title, at, extra) => push(`${kind} ${label}`, status, code, `${label}: ${title}`, at, extra);
    const websocket = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .effective */ .C$)(mapping, 'proxy.websocket', config);
    const value = websocket?.value.trim().toUpperCase();
    if (websocket && value !== 'ON' && value !== 'OFF') {
        report('upgrade', 'warn', 'proxy-config-invalid-value', `proxy.websocket: ${websocket.value}: h2o takes ON or OFF`, websocket.at, {
            cause: 'h2o refuses to start with any other value',
            fix: fix('Pass the upgrade: proxy.websocket: ON.')
        });
    }
    else if (value !== 'ON') {
        report('upgrade', 'fail', 'proxy-config-upgrade', "proxy.websocket is not ON: h2o does not pass the upgrade (the client gets the backend's answer to a plain GET, such as 426, not 101)", websocket?.level === 'path' ? websocket.at : mapping.at, {
            details: [
                websocket
                    ? `proxy.websocket: ${websocket.value} (${websocket.level} level, ${websocket.at.file}:${websocket.at.line})`
                    : 'proxy.websocket is not set at the path, its host or the top level: h2o 2.2 defaults to OFF.'
            ],
            cause: 'Upgrade and Connection are hop-by-hop headers: h2o drops them unless proxy.websocket is ON, so the backend sees a plain GET',
            fix: fix(`Let h2o pass the WebSocket upgrade for ${mapping.path}: proxy.websocket: ON.`)
        });
    }
    const timeout = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .effective */ .C$)(mapping, 'proxy.websocket.timeout', config);
    const text = timeout?.value.trim();
    if (timeout && !/^\d+$/.test(text ?? '')) {
        report('idle-timeout', 'warn', 'proxy-config-invalid-value', `proxy.websocket.timeout: ${timeout.value} is not a number of milliseconds`, timeout.at, {
            cause: 'h2o refuses to start: the timeout is a bare number of milliseconds',
            fix: fix(`proxy.websocket.timeout takes milliseconds: ${timeoutMs}.`)
        });
        return;
    }
    const ms = timeout ? Number(text) : DEFAULT_WEBSOCKET_TIMEOUT_MS;
    if (ms > options.idleTimeoutMs)
        return;
    const spelled = timeout
        ? `proxy.websocket.timeout: ${text}`
        : `proxy.websocket.timeout not set: h2o's default ${DEFAULT_WEBSOCKET_TIMEOUT_MS}`;
    report('idle-timeout', 'fail', 'proxy-config-idle-timeout', `idle WebSockets are cut after ${seconds(ms)} (${spelled})`, timeout?.at ?? mapping.at, {
        details: [
            `${spelled} ms is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): a WebSocket silent that long is closed by h2o (1006, no close frame).`,
            ...(timeout && timeout.level !== 'path'
                ? [
                    `Set at the ${timeout.level} level: it applies to every path${timeout.level === 'host' ? ` of ${mapping.host.key}` : ''} that sets none of its own.`
                ]
                : [])
        ],
        cause: 'h2o closes an upgraded connection when no byte crossed it in either direction for proxy.websocket.timeout milliseconds',
        fix: fix(`Give ${mapping.path} a proxy.websocket.timeout longer than the longest silence between frames (${timeoutMs} ms here), and let the application ping.`)
    });
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;


/***/ }),

/***/ 17885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ checkable),
/* harmony export */   ID: () => (/* binding */ checkListen),
/* harmony export */   jG: () => (/* binding */ servedHosts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_cipher_string_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18487);
/* harmony import */ var _shared_tls_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54068);
/* harmony import */ var _fixes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52371);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53018);
// Each TLS `listen` of an h2o configuration: the certificate file (the full chain, names that
// cover the hosts it serves), the versions between min-version and max-version, and whether
// cipher-suite leaves browsers a TLS 1.2 suite. h2o 2.2 facts behind the judgements: without
// min-version it starts at TLSv1; its max-version below TLSv1.3 only turns picotls off, so an
// h2o 2.2 built with OpenSSL 1.1.1 or later still offers OpenSSL's TLS 1.3 (measured on 2.2.5
// with OpenSSL 3); cipher-suite governs TLS 1.2 and below only.








/** h2o's version names (matched case-insensitively), oldest first. */
const VERSIONS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const LABEL = {
    SSLv2: 'SSL 2',
    SSLv3: 'SSL 3',
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
const DEFAULT_MIN = VERSIONS.indexOf('TLSv1');
const TLS12 = VERSIONS.indexOf('TLSv1.2');
const TLS13 = VERSIONS.indexOf('TLSv1.3');
function versionIndex(text) {
    return VERSIONS.findIndex(v => v.toLowerCase() === text.trim().toLowerCase());
}
/** The PEM certificates of `file` (relative to the workspace, or absolute); undefined if it
 * cannot be read. */
function certificatesOf(file, workspace) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, file), 'utf8');
        return text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    }
    catch {
        return undefined;
    }
}
function parse(pem) {
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
    }
    catch {
        return undefined;
    }
}
/** The hosts a TLS listener serves: its owner, or every host without a TLS listen of its own
 * on that port. */
function servedHosts(listen, config) {
    if (listen.owner)
        return [listen.owner];
    return config.hosts.filter(h => !h.listens.some(l => l.ssl && l.port === listen.port) &&
        (h.port === undefined || listen.port === undefined || h.port === listen.port));
}
/** A host name a certificate can be checked against (no wildcard, no `default`, no address). */
const checkable = (name) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name) &&
    name !== 'default' &&
    (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(name) === 0;
function checkListen(listen, config, options, push) {
    const ssl = listen.ssl;
    const hosts = servedHosts(listen, config);
    const host = hosts.find(h => checkable(h.name))?.name ?? 'example.com';
    const sslAt = listen.sslAt ?? listen.at;
    const certificate = (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .entry */ .f_)(ssl, 'certificate-file');
    const key = (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .entry */ .f_)(ssl, 'key-file');
    if (!certificate || !key) {
        const missing = certificate ? 'key-file' : 'certificate-file';
        push('missing', 'fail', 'proxy-config-certificate-missing', `ssl without ${missing}: h2o refuses to start`, sslAt, {
            details: [`h2o: could not find mandatory property \`${missing}\``],
            cause: 'A TLS listener needs the certificate chain and its private key',
            fix: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_6__/* .fullChainFix */ .Sc)(host)
        });
    }
    const file = certificate?.value.kind === 'scalar' ? certificate.value.value : undefined;
    if (certificate && file)
        checkCertificate(file, certificate.at, hosts, host, options, push);
    checkVersions(ssl, sslAt, options, push);
}
function checkCertificate(file, at, hosts, host, options, push) {
    const chainCause = "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate";
    const pems = certificatesOf(file, options.workspace);
    if (pems === undefined) {
        const base = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.basename(file);
        if (base === 'cert.pem' || base === 'chain.pem')
            push('chain', 'fail', 'proxy-config-full-chain', base === 'cert.pem'
                ? 'certificate-file cert.pem serves the leaf without intermediates'
                : 'certificate-file chain.pem serves the intermediates without the leaf', at, { details: [`certificate-file: ${file}`], cause: chainCause, fix: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_6__/* .fullChainFix */ .Sc)(host) });
        return;
    }
    const leaf = pems.length > 0 ? parse(pems[0]) : undefined;
    if (pems.length === 1 && leaf && !selfSigned(leaf))
        push('chain', 'fail', 'proxy-config-full-chain', 'certificate-file holds the leaf alone, without intermediates', at, {
            details: [`certificate-file: ${file} (1 certificate)`],
            cause: chainCause,
            fix: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_6__/* .fullChainFix */ .Sc)(host)
        });
    if (!leaf)
        return;
    for (const h of hosts) {
        if (!checkable(h.name) || leaf.checkHost(h.name) !== undefined)
            continue;
        push(`name ${h.name}`, 'fail', 'proxy-config-certificate-name', `certificate-file does not cover ${h.name}`, at, {
            details: [`certificate-file: ${file}`, `Names: ${names(leaf)}`],
            cause: `Clients check that the certificate names the host they asked for: wss://${h.name} is refused (hostname mismatch)`,
            fix: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateFix */ .X4)(h.name)
        });
    }
}
function selfSigned(cert) {
    try {
        return cert.subject === cert.issuer && cert.verify(cert.publicKey);
    }
    catch {
        return false;
    }
}
function names(cert) {
    try {
        return cert.subjectAltName ?? `subject ${cert.subject.replace(/\n/g, ', ')}`;
    }
    catch {
        return '(unreadable)';
    }
}
/** Like the live versions check: 1.2 refused warns, a required version refused fails, a version
 * under min-tls-version warns (fails with fail-on-legacy-tls); 1.3 refused warns. */
function checkVersions(ssl, sslAt, options, push) {
    const minEntry = (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .entry */ .f_)(ssl, 'min-version') ?? (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .entry */ .f_)(ssl, 'minimum-version');
    const maxEntry = (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .entry */ .f_)(ssl, 'max-version') ?? (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .entry */ .f_)(ssl, 'maximum-version');
    const minText = (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .scalar */ .d_)(ssl, minEntry?.key ?? 'min-version');
    const maxText = (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .scalar */ .d_)(ssl, maxEntry?.key ?? 'max-version');
    const min = minText === undefined ? DEFAULT_MIN : versionIndex(minText);
    const max = maxText === undefined ? TLS13 : versionIndex(maxText);
    for (const [e, text, index] of [
        [minEntry, minText, min],
        [maxEntry, maxText, max]
    ]) {
        if (e && index < 0)
            push('version-name', 'warn', 'proxy-config-invalid-value', `${e.key} ${text ?? ''}: not a version h2o knows`, e.at, {
                details: [`h2o knows ${VERSIONS.join(', ')}`],
                cause: 'h2o reports an unknown protocol version and carries on with its default',
                fix: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_6__/* .tlsVersionsFix */ .e$)()
            });
    }
    if (min < 0 || max < 0)
        return;
    const offered = VERSIONS.slice(min, max + 1);
    const spelled = `${minEntry ? `${minEntry.key} ${minText}` : 'min-version not set (h2o: TLSv1)'}${maxEntry ? `, ${maxEntry.key} ${maxText}` : ''}`;
    const refused = (version, where) => {
        const required = options.requireTlsVersions.includes(version);
        push(`refuses ${version}`, required ? 'fail' : 'warn', 'proxy-config-tls-versions', `${spelled} refuses ${LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`, where, {
            details: version === 'TLSv1.3' && max < TLS13
                ? [
                    'h2o 2.2 built with OpenSSL 1.1.1 or later offers TLS 1.3 whatever max-version says (it only turns picotls off); later h2o honour it.'
                ]
                : undefined,
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
            fix: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_6__/* .tlsVersionsFix */ .e$)()
        });
    };
    if (!offered.includes('TLSv1.2'))
        refused('TLSv1.2', (min > TLS12 ? minEntry : maxEntry).at);
    if (!offered.includes('TLSv1.3'))
        refused('TLSv1.3', maxEntry?.at ?? sslAt);
    const floor = VERSIONS.indexOf(options.minTlsVersion);
    const legacy = offered.filter(v => VERSIONS.indexOf(v) < floor);
    if (legacy.length > 0) {
        push('legacy', minEntry && options.failOnLegacyTls ? 'fail' : 'warn', 'proxy-config-legacy-tls', `${spelled}: accepts legacy ${legacy.map(v => LABEL[v]).join(', ')}`, minEntry?.at ?? sslAt, {
            details: minEntry
                ? undefined
                : [
                    "h2o 2.2's default min-version is TLSv1: TLS 1.0 and 1.1 are accepted wherever the OpenSSL it is linked with allows them (OpenSSL 3 at its default security level refuses them)."
                ],
            cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
            fix: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_6__/* .tlsVersionsFix */ .e$)()
        });
    }
    const cipherEntry = (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .entry */ .f_)(ssl, 'cipher-suite');
    const cipherString = (0,_tree_js__WEBPACK_IMPORTED_MODULE_7__/* .scalar */ .d_)(ssl, 'cipher-suite');
    if (!cipherEntry || cipherString === undefined || !offered.includes('TLSv1.2'))
        return;
    const tls13 = offered.includes('TLSv1.3');
    const issue = (0,_shared_tls_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .judgeSuites */ .$n)((0,_shared_cipher_string_js__WEBPACK_IMPORTED_MODULE_4__/* .cipherStringSuites */ .w)(cipherString), {
        label: 'cipher-suite',
        written: `cipher-suite: ${cipherString}`,
        tls13,
        tls13Off: `${maxEntry?.key} ${maxText}`
    });
    if (!issue)
        return;
    push('ciphers', issue.status, issue.code, issue.title, cipherEntry.at, {
        details: [
            ...issue.details,
            ...(tls13
                ? []
                : [
                    'h2o 2.2 with OpenSSL 1.1.1 or later keeps offering TLS 1.3 regardless of max-version; later h2o do not.'
                ])
        ],
        cause: issue.cause,
        fix: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_6__/* .browserCiphersFix */ .O0)(issue.browsersLockedOut)
    });
}


/***/ }),

/***/ 53018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d_: () => (/* binding */ scalar),
/* harmony export */   f_: () => (/* binding */ entry),
/* harmony export */   qj: () => (/* binding */ mappings),
/* harmony export */   rR: () => (/* binding */ loadTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
// An h2o configuration as h2o's own YAML reader (yoml) sees it: aliases resolved, `<<` merges
// applied (explicit keys win), `!file` includes read in place; every key keeps its file and line.



/** Includes nest at most this deep, and at most this many are read (a loop ends here). */
const MAX_DEPTH = 8;
const MAX_INCLUDES = 32;
const MAX_INCLUDE_BYTES = 1 << 20;
/** Parses `text` (the file `file`, relative to `workspace`) into a tree. */
function loadTree(text, file, workspace) {
    const loaded = { included: [], unresolved: [] };
    const source = parse(text, file, 0, loaded);
    if (source)
        loaded.root = convert(source.doc.contents, source, workspace, loaded, 0);
    return loaded;
}
function parse(text, file, depth, loaded) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        loaded.error ??= {
            message: error.message.split('\n')[0],
            code: error.code,
            at: { file, line: error.linePos?.[0].line ?? 1 }
        };
        return undefined;
    }
    return { file, doc, lines, depth };
}
function at(node, source) {
    const offset = node?.range?.[0];
    return { file: source.file, line: offset === undefined ? 1 : source.lines.linePos(offset).line };
}
function convert(node, source, workspace, loaded, aliasDepth) {
    const here = at(node, source);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(node)) {
        const target = aliasDepth < MAX_DEPTH ? node.resolve(source.doc) : undefined;
        return target
            ? convert(target, source, workspace, loaded, aliasDepth + 1)
            : unresolved(here, `alias *${node.source} not resolved`, loaded);
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && node.tag === '!file')
        return include(node, here, source, workspace, loaded);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node)) {
        const own = [];
        const merged = [];
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            const value = convert(pair.value, source, workspace, loaded, aliasDepth);
            if (key === '<<') {
                const bases = value.kind === 'seq' ? value.items : [value];
                for (const base of bases)
                    if (base.kind === 'map')
                        merged.push(...base.entries);
                continue;
            }
            own.push({ key, at: at(pair.key, source), value });
        }
        const keys = new Set(own.map(e => e.key));
        return { kind: 'map', at: here, entries: [...merged.filter(e => !keys.has(e.key)), ...own] };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node))
        return {
            kind: 'seq',
            at: here,
            items: node.items.map(item => convert(item, source, workspace, loaded, aliasDepth))
        };
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node))
        return {
            kind: 'scalar',
            at: here,
            value: node.value === null || node.value === undefined ? '' : String(node.value),
            source: typeof node.source === 'string' ? node.source : undefined
        };
    return { kind: 'scalar', at: here, value: '' };
}
/** `!file path`: read relative to the including file's folder, else to the workspace. */
function include(node, here, source, workspace, loaded) {
    const name = String(node.value);
    if (source.depth >= MAX_DEPTH || loaded.included.length >= MAX_INCLUDES)
        return unresolved(here, `!file ${name}: too many nested includes`, loaded);
    const candidates = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(name)
        ? [name]
        : [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(source.file), name), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, name)];
    for (const candidate of candidates) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(candidate, 'utf8');
        }
        catch {
            continue;
        }
        if (text.length > MAX_INCLUDE_BYTES)
            return unresolved(here, `!file ${name}: larger than 1 MiB`, loaded);
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, candidate) || name;
        if (!loaded.included.includes(file))
            loaded.included.push(file);
        const inner = parse(text, file, source.depth + 1, loaded);
        if (!inner)
            return unresolved(here, `!file ${name}: not valid YAML`, loaded);
        return convert(inner.doc.contents, inner, workspace, loaded, 0);
    }
    return unresolved(here, `!file ${name}: not found in the repository`, loaded);
}
function unresolved(here, why, loaded) {
    const node = { kind: 'unresolved', at: here, why };
    loaded.unresolved.push(node);
    return node;
}
/** The last entry named `key` of a mapping (yoml keeps duplicates; h2o applies the last). */
function entry(map, key) {
    if (map?.kind !== 'map')
        return undefined;
    for (let i = map.entries.length - 1; i >= 0; i--)
        if (map.entries[i].key === key)
            return map.entries[i];
    return undefined;
}
/** A scalar directive's text, or undefined when absent or not a scalar. */
function scalar(map, key) {
    const found = entry(map, key);
    return found?.value.kind === 'scalar' ? found.value.value : undefined;
}
/** A value that may be one mapping or a sequence of them (`listen`, a path's handlers). */
function mappings(value) {
    if (!value)
        return [];
    if (value.kind === 'map')
        return [value];
    if (value.kind === 'seq')
        return value.items.filter((i) => i.kind === 'map');
    return [];
}


/***/ }),

/***/ 19296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oE: () => (/* binding */ selfIssued),
/* harmony export */   u1: () => (/* binding */ readCertificateFile),
/* harmony export */   u8: () => (/* binding */ readCrtList)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52205);
// The certificates a bind line serves: each `crt` (a PEM holding the leaf, its intermediates
// and usually the key, or a directory of such PEMs) and each line of a `crt-list`. Relative
// names are taken from global's crt-base, as HAProxy does, then read from the workspace; a file
// that cannot be read (it lives on the server, not in the repository) gets no verdict.




const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** `name` as HAProxy resolves it (crt-base for a relative one), then where to read it. */
function locate(name, base, workspace) {
    const full = base && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(name) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, name) : name;
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(full) ? full : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, full);
}
function readCertificateFile(name, base, workspace) {
    const file = locate(name, base, workspace);
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isDirectory())
            return { name, kind: 'directory' };
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
        const certificates = [];
        for (const [pem] of text.matchAll(PEM_CERT)) {
            try {
                certificates.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem));
            }
            catch {
                // Not a certificate OpenSSL reads: HAProxy would refuse it too.
            }
        }
        return { name, kind: 'file', certificates };
    }
    catch (err) {
        return { name, kind: 'unreadable', why: err.code ?? 'unreadable' };
    }
}
/** The certificate files a crt-list names (its first word per line; `[…]` options follow). */
function readCrtList(name, base, workspace) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(locate(name, undefined, workspace), 'utf8');
    }
    catch (err) {
        return { sources: [], unreadable: err.code ?? 'unreadable' };
    }
    const sources = [];
    for (const line of text.split('\n')) {
        const first = (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenizeLine */ .u)(line).words[0];
        if (first)
            sources.push(readCertificateFile(first, base, workspace));
    }
    return { sources };
}
/** A certificate that signs itself: alone, it is its whole chain. */
function selfIssued(certificate) {
    return certificate.subject === certificate.issuer && certificate.checkIssued(certificate);
}


/***/ }),

/***/ 50221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ effective),
/* harmony export */   Jq: () => (/* binding */ parseHaproxy),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   is: () => (/* binding */ is)
/* harmony export */ });
/* unused harmony export sectionKind */
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52205);
// haproxy.cfg as sections: a section keyword at the start of a line opens one, and every line
// up to the next belongs to it. Proxies (frontend, backend, listen) take what they do not set
// from a `defaults` section: the one named by `from <name>`, else the last one above them
// (measured on HAProxy 2.6: a later `defaults` replaces the earlier one as a whole, and a
// `defaults` below a proxy does not apply to it). `.if`/`.else` blocks are read as if every
// branch were taken: the check sees each directive a branch may set.

/** Section keywords of HAProxy 2.6 (cfgparse.c's registered sections). */
const SECTIONS = {
    global: 'global',
    defaults: 'defaults',
    frontend: 'frontend',
    backend: 'backend',
    listen: 'listen',
    userlist: 'other',
    peers: 'other',
    resolvers: 'other',
    mailers: 'other',
    program: 'other',
    'http-errors': 'other',
    ring: 'other',
    cache: 'other',
    'fcgi-app': 'other',
    'log-forward': 'other'
};
/** A word that opens a section, whatever follows. */
function sectionKind(word) {
    return Object.hasOwn(SECTIONS, word) ? SECTIONS[word] : undefined;
}
function parseHaproxy(text) {
    const { lines, errors } = (0,_tokenize_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .q)(text);
    const sections = [];
    const named = new Map();
    let lastDefaults;
    let current;
    let conditionDepth = 0;
    for (const { line, words } of lines) {
        const [keyword, ...args] = words;
        if (keyword.startsWith('.')) {
            // Conditional blocks and messages (.if/.elif/.else/.endif, .diag, .notice, .warning, .alert).
            if (keyword === '.if')
                conditionDepth++;
            else if (keyword === '.endif') {
                if (conditionDepth === 0)
                    errors.push({ line, message: '.endif without .if' });
                else
                    conditionDepth--;
            }
            continue;
        }
        const kind = sectionKind(keyword);
        if (kind) {
            const fromAt = args.indexOf('from');
            const section = {
                kind,
                keyword,
                name: args[0] !== undefined && args[0] !== 'from' ? args[0] : undefined,
                from: fromAt >= 0 ? args[fromAt + 1] : undefined,
                line,
                directives: []
            };
            if (kind === 'defaults' || kind === 'frontend' || kind === 'backend' || kind === 'listen') {
                const from = section.from !== undefined ? named.get(section.from) : undefined;
                if (section.from !== undefined && !from)
                    errors.push({ line, message: `no defaults section named "${section.from}" above` });
                section.defaults =
                    section.from !== undefined ? from : kind === 'defaults' ? undefined : lastDefaults;
            }
            if (kind === 'defaults') {
                lastDefaults = section;
                if (section.name)
                    named.set(section.name, section);
            }
            sections.push(section);
            current = section;
            continue;
        }
        if (!current) {
            errors.push({ line, message: `"${keyword}" outside any section` });
            continue;
        }
        current.directives.push({ keyword, args, line });
    }
    if (conditionDepth > 0 && lines.length > 0)
        errors.push({ line: lines[lines.length - 1].line, message: '.if without .endif' });
    return { sections, global: sections.find(s => s.kind === 'global'), errors };
}
/** Whether a directive of `section` is `keyword` with these leading arguments. */
function is(directive, keyword, ...leading) {
    return (directive.keyword === keyword &&
        leading.every((word, i) => directive.args[i]?.toLowerCase() === word.toLowerCase()));
}
/** The section's last directive matching, else its defaults' (and theirs, through `from`). */
function effective(section, match) {
    for (let s = section, hops = 0; s && hops < 16; s = s.defaults, hops++) {
        const found = s.directives.filter(match);
        if (found.length > 0)
            return { directive: found[found.length - 1], section: s };
    }
    return undefined;
}
/** A section's label as HAProxy names it: "backend websocket", "defaults", "global". */
function label(section) {
    return section.name ? `${section.keyword} ${section.name}` : section.keyword;
}


/***/ }),

/***/ 52424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ bindPorts),
  D: () => (/* binding */ checkBinds)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/probes/ciphers.ts
var ciphers = __webpack_require__(80147);
// EXTERNAL MODULE: ./src/proxies/shared/cipher-string.ts
var cipher_string = __webpack_require__(18487);
// EXTERNAL MODULE: ./src/proxies/shared/tls-policy.ts
var tls_policy = __webpack_require__(54068);
// EXTERNAL MODULE: ./src/proxies/haproxy/certificates.ts
var certificates = __webpack_require__(19296);
// EXTERNAL MODULE: ./src/proxies/haproxy/fix.ts
var fix = __webpack_require__(80217);
// EXTERNAL MODULE: ./src/proxies/haproxy/parse.ts
var parse = __webpack_require__(50221);
;// CONCATENATED MODULE: ./src/proxies/haproxy/versions.ts
const VERSIONS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const VERSION_LABEL = {
    SSLv3: 'SSL 3',
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
/** HAProxy's spelling (ssl-min-ver TLSv1.0, no-tlsv10) → ours. */
const BY_NAME = {
    SSLv3: 'SSLv3',
    'TLSv1.0': 'TLSv1',
    'TLSv1.1': 'TLSv1.1',
    'TLSv1.2': 'TLSv1.2',
    'TLSv1.3': 'TLSv1.3'
};
const BY_FLAG = {
    sslv3: 'SSLv3',
    tlsv10: 'TLSv1',
    tlsv11: 'TLSv1.1',
    tlsv12: 'TLSv1.2',
    tlsv13: 'TLSv1.3'
};
/** The version options among `args` (a bind line's, or ssl-default-bind-options'). */
function versionSettings(args, at) {
    const settings = { without: [] };
    args.forEach((word, i) => {
        const value = args[i + 1] ?? '';
        if ((word === 'ssl-min-ver' || word === 'ssl-max-ver') && BY_NAME[value]) {
            settings[word === 'ssl-min-ver' ? 'min' : 'max'] = {
                version: BY_NAME[value],
                at,
                words: `${word} ${value}`
            };
        }
        const flag = /^(no|force)-(sslv3|tlsv1[0-3])$/.exec(word);
        if (flag) {
            const setting = { version: BY_FLAG[flag[2]], at, words: word };
            if (flag[1] === 'no')
                settings.without.push(setting);
            else
                settings.force = setting;
        }
    });
    return settings;
}
function offer(global, bind) {
    const force = bind.force ?? global.force;
    const min = force ?? bind.min ?? global.min;
    const max = force ?? bind.max ?? global.max;
    const without = min || max ? [] : [...global.without, ...bind.without];
    const low = VERSIONS.indexOf(min?.version ?? 'TLSv1.2');
    const high = VERSIONS.indexOf(max?.version ?? 'TLSv1.3');
    const offered = new Set(VERSIONS.filter((v, i) => i >= low && i <= high && !without.some(w => w.version === v)));
    return {
        offered,
        refusedBy: version => {
            const i = VERSIONS.indexOf(version);
            if (i < low)
                return min;
            if (i > high)
                return max;
            return without.find(w => w.version === version);
        },
        admittedBy: version => (VERSIONS.indexOf(version) < 3 ? min : undefined)
    };
}

;// CONCATENATED MODULE: ./src/proxies/haproxy/tls.ts








const TLS13_BROWSER = Object.keys(ciphers/* BROWSER_SUITES */.jj).filter(s => s.startsWith('TLS_'));
/** Groups browsers offer, in HAProxy's (OpenSSL's) spellings. */
const BROWSER_CURVES = new Set([
    'x25519',
    'p-256',
    'prime256v1',
    'secp256r1',
    'p-384',
    'secp384r1',
    'x25519mlkem768'
]);
/** The ports of a bind address list: `:443`, `*:443`, `[::]:443`, `1.2.3.4:8443-8444`. */
function bindPorts(address) {
    return address.split(',').flatMap(part => {
        const match = /:(\d+)(?:-(\d+))?$/.exec(part);
        if (!match)
            return [];
        const from = Number(match[1]);
        const to = Math.min(Number(match[2] ?? match[1]), from + 64);
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
}
/** The value after `keyword` on a bind line (the last one, as HAProxy keeps it). */
function tls_option(args, keyword) {
    const at = args.lastIndexOf(keyword);
    return at >= 0 ? args[at + 1] : undefined;
}
function globalSetting(config, keyword) {
    return (0,parse/* effective */.C$)(config.global, d => d.keyword === keyword)?.directive;
}
function checkBinds(config, options, report) {
    const binds = [];
    const crtBase = globalSetting(config, 'crt-base')?.args[0];
    for (const section of config.sections) {
        if (section.kind !== 'frontend' && section.kind !== 'listen')
            continue;
        const mode = (0,parse/* effective */.C$)(section, d => d.keyword === 'mode')?.directive.args[0] ?? 'tcp';
        for (const directive of section.directives.filter(d => d.keyword === 'bind')) {
            const args = directive.args;
            const ports = bindPorts(args[0] ?? '');
            const tls = args.includes('ssl');
            const facts = {
                section,
                directive,
                tls,
                ports,
                sources: [],
                unreadLists: [],
                targets: options.targets
                    .filter(t => t.endpoint?.scheme === 'wss' && ports.includes(t.endpoint.port))
                    .map(t => t.label)
            };
            binds.push(facts);
            if (!tls) {
                if (ports.includes(443) && mode === 'http')
                    plainTlsPort(facts, options, report);
                continue;
            }
            args.forEach((word, i) => {
                if (word === 'crt' && args[i + 1])
                    facts.sources.push((0,certificates/* readCertificateFile */.u1)(args[i + 1], crtBase, options.workspace));
                if (word === 'crt-list' && args[i + 1]) {
                    const list = (0,certificates/* readCrtList */.u8)(args[i + 1], crtBase, options.workspace);
                    facts.sources.push(...list.sources);
                    if (list.unreadable)
                        facts.unreadLists.push(`${args[i + 1]} (${list.unreadable})`);
                }
            });
            const host = hostOf(facts, options);
            if (!args.includes('crt') && !args.includes('crt-list')) {
                report(section, 'fail', 'proxy-config-certificate-missing', `${bindText(directive)}: ssl without crt or crt-list`, directive.line, {
                    cause: 'A TLS bind line needs a certificate: HAProxy refuses to start without one',
                    fix: (0,fix/* fullChainFix */.Sc)(host)
                });
            }
            checkChain(facts, config, host, report);
            checkHosts(facts, options, report);
            checkVersions(facts, config, options, host, report);
        }
    }
    return binds;
}
const bindText = (d) => `bind ${d.args[0] ?? ''}`;
/** The host a fix names: the target on this port, else a placeholder. */
function hostOf(bind, options) {
    const target = options.targets.find(t => t.endpoint?.scheme === 'wss' && bind.ports.includes(t.endpoint.port));
    return target?.endpoint?.host ?? 'api.example.com';
}
function plainTlsPort(bind, options, report) {
    const host = hostOf(bind, options);
    report(bind.section, 'fail', 'proxy-config-tls-listener', `${bindText(bind.directive)} without ssl: plain HTTP on the TLS port`, bind.directive.line, {
        cause: 'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
        fix: (0,fix/* tlsListenerFix */.du)(host, 443, '/')
    });
}
function checkChain(bind, config, host, report) {
    const completed = globalSetting(config, 'issuers-chain-path');
    for (const source of bind.sources) {
        const crt = `crt ${source.name}`;
        if (source.kind === 'unreadable') {
            // certbot's cert.pem is the leaf alone, whatever the server has.
            if (external_node_path_default().posix.basename(source.name) !== 'cert.pem' || completed)
                continue;
            report(bind.section, 'fail', 'proxy-config-full-chain', `${crt} serves the leaf without intermediates`, bind.directive.line, {
                details: [
                    `${source.name} is not in the repository (${source.why}); certbot's cert.pem holds the leaf alone.`
                ],
                cause: fullChainCause,
                fix: (0,fix/* fullChainFix */.Sc)(host)
            });
            continue;
        }
        if (source.kind !== 'file')
            continue;
        const count = source.certificates.length;
        if (count === 0) {
            report(bind.section, 'warn', 'proxy-config-certificate-file', `${crt} holds no certificate`, bind.directive.line, {
                details: [`No PEM CERTIFICATE block in ${source.name}: HAProxy cannot load it.`],
                fix: (0,fix/* fullChainFix */.Sc)(host, source.name)
            });
        }
        else if (count === 1 && !(0,certificates/* selfIssued */.oE)(source.certificates[0]) && !completed) {
            report(bind.section, 'fail', 'proxy-config-full-chain', `${crt} holds the leaf without its intermediates`, bind.directive.line, {
                details: [
                    `${source.name}: 1 certificate (${source.certificates[0].subject.replace(/\n/g, ', ')}), issued by ${source.certificates[0].issuer.replace(/\n/g, ', ')}, which is not in the file.`
                ],
                cause: fullChainCause,
                fix: (0,fix/* fullChainFix */.Sc)(host, source.name)
            });
        }
    }
}
const fullChainCause = 'HAProxy sends exactly the certificates of the crt PEM: only the full chain (the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate';
/** A wss:// target on this bind's port whose host no readable certificate covers. */
function checkHosts(bind, options, report) {
    const files = bind.sources.filter(s => s.kind === 'file');
    if (files.length === 0 || files.length !== bind.sources.length || bind.unreadLists.length > 0)
        return;
    const leaves = files.flatMap(f => f.certificates.slice(0, 1));
    for (const target of options.targets) {
        const endpoint = target.endpoint;
        if (endpoint?.scheme !== 'wss' || !bind.ports.includes(endpoint.port))
            continue;
        if (leaves.some(leaf => leaf.checkHost(endpoint.host) !== undefined))
            continue;
        report(bind.section, 'fail', 'proxy-config-certificate-name', `no certificate of ${bindText(bind.directive)} covers ${endpoint.host}`, bind.directive.line, {
            details: leaves.map(leaf => `Served: ${leaf.subjectAltName ?? leaf.subject.replace(/\n/g, ', ')}`),
            cause: `HAProxy chooses a certificate by SNI among those of the bind line and serves the first one when none matches: clients of ${endpoint.host} get a certificate for another name (hostname mismatch)`,
            fix: (0,fix/* certificateFix */.X4)(endpoint.host)
        });
    }
}
function checkVersions(bind, config, options, host, report) {
    const defaults = globalSetting(config, 'ssl-default-bind-options');
    const global = defaults ? versionSettings(defaults.args, defaults) : { without: [] };
    const own = versionSettings(bind.directive.args, bind.directive);
    const { offered, refusedBy, admittedBy } = offer(global, own);
    const sectionOf = (at) => at && at !== bind.directive && config.global ? config.global : bind.section;
    const refused = (version) => {
        const by = refusedBy(version);
        const required = options.requireTlsVersions.includes(version);
        report(sectionOf(by?.at), required ? 'fail' : 'warn', 'proxy-config-tls-versions', `${by?.words ?? bindText(bind.directive)} refuses ${VERSION_LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`, (by?.at ?? bind.directive).line, {
            details: [
                `${bindText(bind.directive)} offers ${[...offered].map(v => VERSION_LABEL[v]).join(', ') || 'no version'}.`
            ],
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
            fix: (0,fix/* tlsVersionsFix */.e$)(host)
        });
    };
    if (!offered.has('TLSv1.2'))
        refused('TLSv1.2');
    if (!offered.has('TLSv1.3'))
        refused('TLSv1.3');
    const floor = VERSIONS.indexOf(options.minTlsVersion);
    const legacy = VERSIONS.filter((v, i) => offered.has(v) && i < floor);
    if (legacy.length > 0) {
        const by = admittedBy(legacy[0]);
        report(sectionOf(by?.at), options.failOnLegacyTls ? 'fail' : 'warn', 'proxy-config-legacy-tls', `${by?.words ?? bindText(bind.directive)} accepts legacy ${legacy.map(v => VERSION_LABEL[v]).join(', ')}`, (by?.at ?? bind.directive).line, {
            cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
            fix: (0,fix/* tlsVersionsFix */.e$)(host)
        });
    }
    checkCiphers(bind, config, offered, report);
}
/** The bind line's own value of `keyword`, else global's `fallback`: the value and its line. */
function setting(bind, config, keyword, fallback) {
    const own = tls_option(bind.directive.args, keyword);
    if (own !== undefined)
        return { name: keyword, value: own, at: bind.directive, words: `${keyword} ${own}` };
    const global = globalSetting(config, fallback);
    if (global?.args[0] === undefined)
        return undefined;
    return {
        name: fallback,
        value: global.args[0],
        at: global,
        words: `${fallback} ${global.args[0]}`
    };
}
function checkCiphers(bind, config, offered, report) {
    const ciphers = setting(bind, config, 'ciphers', 'ssl-default-bind-ciphers');
    const suites = setting(bind, config, 'ciphersuites', 'ssl-default-bind-ciphersuites');
    const curves = setting(bind, config, 'curves', 'ssl-default-bind-curves') ??
        setting(bind, config, 'ecdhe', 'ssl-default-bind-curves');
    const curvesOk = !curves || curves.value.split(':').some(c => BROWSER_CURVES.has(c.toLowerCase()));
    const tls12 = ciphers ? (0,cipher_string/* cipherStringSuites */.w)(ciphers.value) : undefined;
    const tls12Ok = offered.has('TLSv1.2') && (!tls12 || tls12.kind !== 'none') && curvesOk;
    const tls13Ok = offered.has('TLSv1.3') &&
        (!suites || suites.value.split(':').some(s => TLS13_BROWSER.includes(s))) &&
        curvesOk;
    const lockedOut = !tls12Ok && !tls13Ok;
    const sectionOf = (at) => at !== bind.directive && config.global ? config.global : bind.section;
    const problem = (status, code, title, at, details, cause = 'Chrome and Firefox offer ECDHE key exchange over X25519, P-256 and P-384 (static RSA last, no finite-field DHE) and the TLS 1.3 AES-GCM and ChaCha20 suites; a server that takes only others passes Node and curl and locks browsers out') => report(sectionOf(at), status, code, title, at.line, {
        details: [...details, `For ${bindText(bind.directive)} (line ${bind.directive.line}).`],
        cause,
        fix: (0,fix/* browserCiphersFix */.O0)(lockedOut)
    });
    if (!curvesOk && curves) {
        problem('fail', 'proxy-config-groups', `${curves.words}: no group browsers offer`, curves.at, [
            'Browsers offer X25519, P-256 and P-384 for ECDHE (TLS 1.2) and for every TLS 1.3 handshake.'
        ]);
    }
    const tls12Issue = ciphers && tls12 && offered.has('TLSv1.2')
        ? (0,tls_policy/* judgeSuites */.$n)(tls12, {
            label: ciphers.name,
            written: ciphers.words,
            tls13: tls13Ok,
            tls13Off: !offered.has('TLSv1.3')
                ? 'for this bind'
                : `to browsers: ${(curvesOk ? suites : curves)?.words ?? ''}`
        })
        : undefined;
    if (ciphers && tls12Issue)
        problem(tls12Issue.status, tls12Issue.code, tls12Issue.title, ciphers.at, tls12Issue.details, tls12Issue.cause);
    if (suites && offered.has('TLSv1.3') && curvesOk && !tls13Ok) {
        problem(tls12Ok ? 'warn' : 'fail', 'proxy-config-ciphers', `${suites.words} offers TLS 1.3 clients no suite browsers offer`, suites.at, [`Browsers offer ${TLS13_BROWSER.join(', ')} for TLS 1.3.`]);
    }
}


/***/ }),

/***/ 52205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ tokenize),
/* harmony export */   u: () => (/* binding */ tokenizeLine)
/* harmony export */ });
// HAProxy's configuration is line-based: one keyword and its arguments per line, words split on
// blanks, `#` starting a comment, `"…"` (with backslash escapes) and `'…'` (literal) quoting, a
// backslash escaping the next character outside quotes. This follows cfgparse.c's parse_line
// closely enough to place every directive on its line. Written here rather than taken from npm:
// no maintained JavaScript parser of haproxy.cfg keeps the line of each directive (the packages
// that exist build an object without positions, or are unmaintained), and findings need lines.
const ESCAPES = { n: '\n', r: '\r', t: '\t' };
/** The words of one line, or why HAProxy would refuse it. */
function tokenizeLine(text) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    const end = () => {
        if (inWord)
            words.push(word);
        word = '';
        inWord = false;
    };
    while (i < text.length) {
        const c = text[i];
        if (c === ' ' || c === '\t' || c === '\r') {
            end();
            i++;
        }
        else if (c === '#') {
            break;
        }
        else if (c === '\\') {
            const next = text[i + 1];
            if (next === undefined)
                return { words, error: 'a backslash ends the line' };
            if (next === 'x') {
                const hex = text.slice(i + 2, i + 4);
                if (!/^[0-9a-f]{2}$/i.test(hex))
                    return { words, error: `invalid escape \\x${hex}` };
                word += String.fromCharCode(parseInt(hex, 16));
                i += 4;
            }
            else {
                word += ESCAPES[next] ?? next;
                i += 2;
            }
            inWord = true;
        }
        else if (c === '"' || c === "'") {
            const close = findClose(text, i + 1, c);
            if (close < 0)
                return { words, error: `unmatched ${c === '"' ? 'double' : 'single'} quote` };
            const inner = text.slice(i + 1, close);
            word += c === '"' ? inner.replace(/\\(x[0-9a-fA-F]{2}|.)/g, unescapeQuoted) : inner;
            inWord = true;
            i = close + 1;
        }
        else {
            word += c;
            inWord = true;
            i++;
        }
    }
    end();
    return { words };
}
function unescapeQuoted(_match, escaped) {
    if (escaped.startsWith('x'))
        return String.fromCharCode(parseInt(escaped.slice(1), 16));
    return ESCAPES[escaped] ?? escaped;
}
/** The closing quote: single quotes end at the next `'`; a double quote may be escaped. */
function findClose(text, from, quote) {
    for (let i = from; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\')
            i++;
        else if (text[i] === quote)
            return i;
    }
    return -1;
}
/** Every non-blank line's words, and the lines HAProxy would refuse to read. */
function tokenize(text) {
    const lines = [];
    const errors = [];
    text.split('\n').forEach((raw, index) => {
        const { words, error } = tokenizeLine(raw);
        if (error)
            errors.push({ line: index + 1, message: error });
        else if (words.length > 0)
            lines.push({ line: index + 1, words });
    });
    return { lines, errors };
}


/***/ }),

/***/ 81025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ webSocketBackends),
/* harmony export */   l2: () => (/* binding */ checkUpgrade),
/* harmony export */   t1: () => (/* binding */ checkTimeouts)
/* harmony export */ });
/* unused harmony export routes */
/* harmony import */ var _fix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80217);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50221);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8885);



/** A name that says WebSocket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i;
const PATH_CRITERION = /^(path|path_\w+|base|base_\w+|url|url_\w+)(,|\(|$)/i;
const UPGRADE_CRITERION = /^(req\.)?hdr(_\w+)?\(\s*upgrade\s*[,)]/i;
const CONNECTION_CRITERION = /^(req\.)?hdr(_\w+)?\(\s*connection\s*[,)]/i;
const isProxy = (s) => s.kind === 'frontend' || s.kind === 'backend' || s.kind === 'listen';
/** Every (frontend, backend) pair: use_backend and default_backend rules, and each listen. */
function routes(config) {
    const backends = new Map();
    for (const s of config.sections)
        if ((s.kind === 'backend' || s.kind === 'listen') && s.name)
            backends.set(s.name, s);
    const found = [];
    for (const section of config.sections) {
        if (section.kind === 'listen')
            found.push({ frontend: section, backend: section });
        if (section.kind !== 'frontend' && section.kind !== 'listen')
            continue;
        const targets = section.directives.filter(d => d.keyword === 'use_backend').map(d => d.args[0]);
        const fallback = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .effective */ .C$)(section, d => d.keyword === 'default_backend')?.directive.args[0];
        for (const name of [...targets, fallback]) {
            const backend = name !== undefined ? backends.get(name) : undefined;
            if (backend && !found.some(r => r.frontend === section && r.backend === backend))
                found.push({ frontend: section, backend });
        }
    }
    for (const backend of config.sections.filter(s => s.kind === 'backend'))
        if (!found.some(r => r.backend === backend))
            found.push({ backend });
    return found;
}
/** Whether an ACL test (criterion and values) selects WebSocket requests; the path if by path. */
function selectsWebSocket(words, options) {
    const [criterion = '', ...rest] = words;
    const values = rest.filter(w => !w.startsWith('-') && !/^(str|beg|end|sub|reg|dir)$/.test(w));
    if (UPGRADE_CRITERION.test(criterion))
        return { why: `${criterion} (the Upgrade header)` };
    if (CONNECTION_CRITERION.test(criterion) && values.some(v => /upgrade/i.test(v)))
        return { why: `${criterion} upgrade` };
    if (PATH_CRITERION.test(criterion)) {
        const trim = (p) => p.replace(/\/+$/, '');
        const path = values.find(v => SOCKET_NAME.test(v) || options.websocketPaths.some(p => trim(p) === trim(v)));
        if (path !== undefined)
            return { why: `${criterion} ${path}`, path };
    }
    return undefined;
}
/** The tests a use_backend condition makes: inline `{ … }` ones and the named ACLs it uses
 * (not negated, and not under `unless`). */
function conditionTests(rule, frontend) {
    const at = rule.args.findIndex(w => w === 'if' || w === 'unless');
    if (at < 0 || rule.args[at] === 'unless')
        return [];
    const words = rule.args.slice(at + 1);
    const tests = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (word === '{') {
            const close = words.indexOf('}', i);
            const inline = words.slice(i + 1, close < 0 ? undefined : close);
            if (words[i - 1] !== '!')
                tests.push(inline);
            i = close < 0 ? words.length : close;
        }
        else if (!word.startsWith('!') && !['or', '||'].includes(word)) {
            for (const acl of frontend.directives.filter(d => (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__.is)(d, 'acl', word)))
                tests.push(acl.args.slice(1));
        }
    }
    return tests;
}
function webSocketBackends(config, options) {
    const all = routes(config);
    const found = new Map();
    const add = (backend, why, path) => {
        const known = found.get(backend);
        if (!known)
            found.set(backend, { backend, why, path });
        else if (!known.why.includes(why)) {
            known.why += `; ${why}`;
            known.path ??= path;
        }
    };
    for (const section of config.sections) {
        if (!isProxy(section) || section.kind === 'frontend')
            continue;
        if (section.name && SOCKET_NAME.test(section.name))
            add(section, `named ${section.name}`);
    }
    for (const frontend of config.sections) {
        if (frontend.kind !== 'frontend' && frontend.kind !== 'listen')
            continue;
        for (const rule of frontend.directives.filter(d => d.keyword === 'use_backend')) {
            const backend = all.find(r => r.frontend === frontend && r.backend.name === rule.args[0]);
            if (!backend)
                continue;
            for (const test of conditionTests(rule, frontend)) {
                const selected = selectsWebSocket(test, options);
                if (selected) {
                    add(backend.backend, `${(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(frontend)} routes ${selected.why} to it`, selected.path);
                    break;
                }
            }
        }
    }
    const identified = found.size > 0;
    if (!identified)
        for (const route of all)
            add(route.backend, 'may carry WebSockets (nothing names one)');
    return {
        backends: [...found.values()],
        identified,
        routes: all.filter(r => found.has(r.backend))
    };
}
/** What an http-request/http-response rule does to the upgrade, if it breaks it. */
function rewrite(rule) {
    const [action = '', name = '', ...rest] = rule.args;
    const header = /^upgrade$/i.test(name)
        ? 'Upgrade'
        : /^connection$/i.test(name)
            ? 'Connection'
            : undefined;
    if (action === 'del-header') {
        const method = rest[0] === '-m' ? rest[1] : 'str';
        const matches = (h) => method === 'str'
            ? name.toLowerCase() === h.toLowerCase()
            : method === 'beg'
                ? h.toLowerCase().startsWith(name.toLowerCase())
                : method === 'end'
                    ? h.toLowerCase().endsWith(name.toLowerCase())
                    : method === 'sub'
                        ? h.toLowerCase().includes(name.toLowerCase())
                        : method === 'reg'
                            ? safeRegex(name)?.test(h) === true
                            : false;
        const hit = ['Upgrade', 'Connection'].find(matches);
        return hit ? { header: hit, what: 'deletes' } : undefined;
    }
    if (!header ||
        (action !== 'set-header' && action !== 'replace-header' && action !== 'replace-value'))
        return undefined;
    const value = rest.filter(w => w !== 'if' && w !== 'unless').join(' ');
    if (action === 'set-header') {
        const keeps = header === 'Upgrade'
            ? /websocket|%\[req\.hdr\(upgrade\)/i.test(value)
            : /upgrade|%\[req\.hdr\(connection\)/i.test(value);
        return keeps ? undefined : { header, what: `sets it to "${rest[0] ?? ''}"` };
    }
    return { header, what: 'rewrites' };
}
function safeRegex(source) {
    try {
        return new RegExp(source, 'i');
    }
    catch {
        return undefined;
    }
}
/** The sections whose rules a route's requests go through: frontend, backend, their defaults. */
function ruleSections(route) {
    const chain = (s) => {
        const out = [];
        for (let hops = 0; s && hops < 16; s = s.defaults, hops++)
            out.push(s);
        return out;
    };
    return [...new Set([...chain(route.frontend), ...chain(route.backend)])];
}
function checkUpgrade(verdict, options, host, report) {
    for (const route of verdict.routes) {
        const ws = verdict.backends.find(b => b.backend === route.backend);
        const path = ws.path ?? options.websocketPaths[0] ?? '/';
        for (const section of ruleSections(route)) {
            for (const rule of section.directives) {
                if (!['http-request', 'http-response', 'http-after-response'].includes(rule.keyword))
                    continue;
                const broken = rewrite(rule);
                if (!broken)
                    continue;
                const conditional = rule.args.some(w => w === 'if' || w === 'unless');
                const status = conditional || !verdict.identified ? 'warn' : 'fail';
                const request = rule.keyword === 'http-request';
                report(section, status, 'proxy-config-upgrade', `${rule.keyword} ${rule.args.slice(0, 2).join(' ')} ${request ? 'strips the upgrade: the backend sees a plain request (the client gets 400 or 426, not 101)' : 'strips the upgrade from the 101: the client cannot complete the handshake'}`, rule.line, {
                    details: [
                        `${rule.keyword} ${rule.args.join(' ')} ${broken.what} ${broken.header} on the way ${request ? 'to' : 'back from'} ${(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(route.backend)}${route.frontend && route.frontend !== route.backend ? ` (through ${(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(route.frontend)})` : ''}.`,
                        ...(conditional
                            ? [
                                'The rule is conditional: it breaks the WebSocket requests its condition matches.'
                            ]
                            : []),
                        ...(verdict.identified
                            ? []
                            : [
                                `Nothing in the file names a WebSocket backend: this matters if ${(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(route.backend)} carries WebSockets.`
                            ])
                    ],
                    cause: 'The upgrade needs Upgrade: websocket and Connection: Upgrade from the client to the server and back in the 101; HAProxy passes both in HTTP mode unless a rule removes or rewrites them',
                    fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_0__/* .upgradeFix */ .YU)(host, path)
                });
            }
        }
    }
}
function checkTimeouts(verdict, options, report) {
    // A timeout in defaults can cut several backends: one finding per directive, naming them all.
    const cuts = new Map();
    const timeout = (section, which) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .effective */ .C$)(section, d => (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__.is)(d, 'timeout', which));
    for (const route of verdict.routes) {
        // `timeout tunnel 0` is no tunnel timeout: client and server apply again (measured).
        const set = timeout(route.backend, 'tunnel');
        const tunnel = set && (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .haproxyTime */ .zc)(set.directive.args[1] ?? '') !== 0 ? set : undefined;
        const ignored = route.frontend?.kind === 'frontend' ? timeout(route.frontend, 'tunnel') : undefined;
        const candidates = tunnel
            ? [tunnel]
            : [
                ...(route.frontend ? [timeout(route.frontend, 'client')] : []),
                timeout(route.backend, 'server')
            ];
        for (const found of candidates) {
            if (!found)
                continue; // absent: HAProxy never times out (and warns at startup)
            const text = found.directive.args[1] ?? '';
            const ms = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .haproxyTime */ .zc)(text);
            if (ms === undefined) {
                report(found.section, 'warn', 'proxy-config-invalid-value', `timeout ${found.directive.args[0]} ${text}: not a time HAProxy reads`, found.directive.line, {
                    details: [
                        'HAProxy times: a number with us, ms, s, m, h or d (a bare number is milliseconds).'
                    ]
                });
                continue;
            }
            if (ms === 0 || ms > options.idleTimeoutMs)
                continue;
            const cut = cuts.get(found.directive) ?? {
                section: found.section,
                ms,
                words: `timeout ${found.directive.args[0]} ${text}`,
                tunnel: tunnel !== undefined,
                routes: [],
                notes: new Set()
            };
            cut.routes.push(route);
            if (!tunnel && ignored && ignored.section.kind === 'frontend')
                cut.notes.add(`timeout tunnel ${ignored.directive.args[1] ?? ''} in ${(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(ignored.section)} (line ${ignored.directive.line}) is ignored: HAProxy reads timeout tunnel in backends, listen and defaults only.`);
            cuts.set(found.directive, cut);
        }
    }
    const idleSeconds = Math.ceil(options.idleTimeoutMs / 1000);
    for (const [directive, cut] of cuts) {
        const backends = [...new Set(cut.routes.map(r => r.backend))];
        const ws = verdict.backends.find(b => b.backend === backends[0]);
        const path = ws?.path ?? options.websocketPaths[0] ?? '/';
        const inherited = cut.section.kind === 'defaults';
        report(cut.section, verdict.identified ? 'fail' : 'warn', 'proxy-config-idle-timeout', `idle WebSockets are cut after ${(0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .secondsText */ .Hd)(cut.ms)} (${cut.words}${cut.tunnel ? '' : ', no timeout tunnel'})`, directive.line, {
            details: [
                `${cut.words}${inherited ? ` (inherited by ${backends.map(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf).join(', ')})` : ''} is not longer than idle-timeout (${(0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .secondsText */ .Hd)(options.idleTimeoutMs)}): a WebSocket silent that long is closed by HAProxy (1006, no close frame).`,
                cut.tunnel
                    ? 'timeout tunnel governs a connection once upgraded.'
                    : `No timeout tunnel in ${backends.map(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf).join(', ')} or its defaults: once upgraded, the connection keeps timeout client and timeout server.`,
                ...cut.notes,
                ...(verdict.identified
                    ? []
                    : [
                        `Nothing in the file names a WebSocket backend: this matters if ${backends.map(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf).join(', ')} carries WebSockets.`
                    ])
            ],
            cause: cut.tunnel
                ? 'HAProxy closes a tunnel (an upgraded WebSocket) when nothing crossed it in either direction for timeout tunnel'
                : 'HAProxy closes an upgraded connection after timeout client (nothing from the client) or timeout server (nothing from the server) unless timeout tunnel replaces them',
            fix: (0,_fix_js__WEBPACK_IMPORTED_MODULE_0__/* .idleTimeoutFix */ .zx)(path, idleSeconds, backends.length === 1 && backends[0].kind !== 'frontend' ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(backends[0]) : undefined)
        });
    }
}


/***/ }),

/***/ 92773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ readPem),
/* harmony export */   LS: () => (/* binding */ commonName),
/* harmony export */   oE: () => (/* binding */ selfIssued)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The PEM files ssl.pemfile and ssl.ca-file name, read when they are at hand (absolute, or
// relative to the workspace): how many certificates, which issues which. Only counts and
// names leave this file, never key material.



const MAX_BYTES = 1024 * 1024;
const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
/** The file's certificates, or undefined when it cannot be read here. */
function readPem(workspace, file) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file);
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(full).size > MAX_BYTES)
            return undefined;
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(full, 'utf8');
        const certificates = [];
        for (const [pem] of text.matchAll(CERTIFICATE)) {
            try {
                certificates.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem));
            }
            catch {
                // not a certificate OpenSSL can read: lighttpd would refuse it too
            }
        }
        return { certificates, hasKey: /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) };
    }
    catch {
        return undefined;
    }
}
/** Issued by itself (a root, or a self-signed leaf): lighttpd builds no chain for it. */
function selfIssued(certificate) {
    return certificate.subject === certificate.issuer;
}
/** The subject's common name, or the whole subject, for a detail line. */
function commonName(certificate) {
    return /(?:^|\n)CN=([^\n]*)/.exec(certificate.subject)?.[1] ?? certificate.subject;
}


/***/ }),

/***/ 86338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ effective),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Sn: () => (/* binding */ enabled),
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   cy: () => (/* binding */ chain),
/* harmony export */   f_: () => (/* binding */ entry),
/* harmony export */   lK: () => (/* binding */ serialize)
/* harmony export */ });
const MAX_INCLUDE_DEPTH = 10;
/** The setting in effect for `key` in `scope`: its own, else the nearest enclosing scope's. */
function effective(scope, key) {
    for (let s = scope; s; s = s.parent) {
        const found = s.settings.get(key);
        if (found)
            return found;
    }
    return undefined;
}
/** The scopes from the global one down to `scope`. */
function chain(scope) {
    const out = [];
    for (let s = scope; s; s = s.parent)
        out.unshift(s);
    return out;
}
/** A string value's text; an integer as digits; undefined for an array. */
function text(value) {
    if (!value)
        return undefined;
    if (value.type === 'string')
        return value.value;
    if (value.type === 'integer')
        return String(value.value);
    return undefined;
}
/** lighttpd's boolean reading (config_plugin_value_tobool): enable/enabled/true/1, or an
 * integer other than 0; undefined when it is neither on nor off. */
function enabled(value) {
    if (!value)
        return undefined;
    if (value.type === 'integer')
        return value.value !== 0;
    if (value.type !== 'string')
        return undefined;
    const v = value.value.toLowerCase();
    if (['enable', 'enabled', 'true', '1'].includes(v))
        return true;
    if (['disable', 'disabled', 'false', '0'].includes(v))
        return false;
    return undefined;
}
/** An array's entry by key (case-insensitive when `icase`, as SSL_CONF_cmd names are). */
function entry(value, key, icase = false) {
    if (value?.type !== 'array')
        return undefined;
    const match = (k) => k !== undefined && (icase ? k.toLowerCase() === key.toLowerCase() : k === key);
    return value.entries.findLast(e => match(e.key));
}
/** The value written back in lighttpd's syntax (for a fix that keeps what the file had). */
function serialize(value) {
    if (value.type === 'integer')
        return String(value.value);
    if (value.type === 'string')
        return `"${value.value.replace(/"/g, '\\"')}"`;
    const items = value.entries.map(e => `${e.key !== undefined ? `"${e.key.replace(/"/g, '\\"')}" => ` : ''}${serialize(e.value)}`);
    return `( ${items.join(', ')} )`;
}
/** `+` and `+=` as configparser_merge_data does them; undefined when lighttpd refuses. */
function merge(left, right) {
    if (left.type === 'string' && right.type !== 'array')
        return {
            type: 'string',
            value: left.value + text(right),
            exact: left.exact && (right.type !== 'string' || right.exact)
        };
    if (left.type === 'integer' && right.type === 'integer')
        return { type: 'integer', value: left.value + right.value };
    if (left.type === 'integer' && right.type === 'string')
        return { type: 'string', value: String(left.value) + right.value, exact: right.exact };
    if (left.type === 'array' && right.type === 'array')
        return { type: 'array', entries: [...left.entries, ...right.entries] };
    return undefined;
}
function scopeLabel(variable, field, operator, pattern) {
    if (!variable)
        return 'else';
    return `$${variable}["${field}"] ${operator} "${pattern}"`;
}
/** Evaluates `statements` (of `file`), reading includes through `read`. */
async function evaluate(statements, file, read, parse) {
    const global = {
        label: 'global',
        variable: '',
        field: '',
        operator: '',
        pattern: '',
        settings: new Map(),
        file,
        line: 1
    };
    const result = {
        global,
        scopes: [global],
        refusals: [],
        included: [],
        unread: [],
        statements,
        expansions: new Map()
    };
    const refuse = (at, message) => void result.refusals.push({ file: at.file, line: at.line, message });
    const value = (expression, scope, at) => {
        switch (expression.kind) {
            case 'string':
                return { type: 'string', value: expression.value, exact: true };
            case 'integer':
                return { type: 'integer', value: expression.value };
            case 'reference': {
                const found = effective(scope, expression.name);
                if (found)
                    return found.value;
                if (!expression.name.startsWith('env.') && !/^var\.(CWD|PID)$/.test(expression.name))
                    refuse({ file: at.file, line: expression.line }, `Undefined config variable: ${expression.name}`);
                return { type: 'string', value: `\${${expression.name}}`, exact: false };
            }
            case 'array':
                return {
                    type: 'array',
                    entries: expression.entries.map(e => ({
                        key: e.key ? text(value(e.key, scope, at)) : undefined,
                        value: value(e.value, scope, at),
                        line: e.line
                    }))
                };
            case 'concat': {
                let joined = value(expression.parts[0], scope, at);
                for (const part of expression.parts.slice(1)) {
                    const merged = merge(joined, value(part, scope, at));
                    if (!merged) {
                        refuse({ file: at.file, line: part.line }, 'data type mismatch, cannot merge');
                        return joined;
                    }
                    joined = merged;
                }
                return joined;
            }
        }
    };
    const assign = (statement, scope) => {
        const v = value(statement.value, scope, statement);
        const setting = (val) => ({
            key: statement.key,
            value: val,
            file: statement.file,
            line: statement.line
        });
        if (statement.operator === '+=') {
            const base = effective(scope, statement.key);
            const merged = base ? merge(base.value, v) : v;
            if (!merged)
                refuse(statement, `data type mismatch, cannot append to ${statement.key}`);
            scope.settings.set(statement.key, setting(merged ?? v));
            return;
        }
        if (statement.operator === '=' && scope.settings.has(statement.key))
            refuse(statement, `Duplicate config variable ${statement.key} (set at line ${scope.settings.get(statement.key).line}); use := to replace it`);
        scope.settings.set(statement.key, setting(v));
    };
    const condition = async (statement, parent, stack) => {
        for (let branch = statement; branch; branch = branch.otherwise) {
            const field = branch.field ? (text(value(branch.field, parent, branch)) ?? '') : '';
            const pattern = branch.pattern ? (text(value(branch.pattern, parent, branch)) ?? '') : '';
            const operator = branch.operator ?? '';
            const scope = {
                condition: branch,
                label: scopeLabel(branch.variable, field, operator, pattern),
                variable: branch.variable,
                field,
                operator,
                pattern,
                parent,
                settings: new Map(),
                file: branch.file,
                line: branch.line
            };
            result.scopes.push(scope);
            await run(branch.body, scope, stack);
        }
    };
    const include = async (statement, scope, stack) => {
        const argument = value(statement.argument, scope, statement);
        const unread = (why) => void result.unread.push({ statement, why });
        if (statement.kind === 'include_shell')
            return unread('include_shell runs a command');
        if (argument.type !== 'string' || !argument.exact)
            return unread('its path is not known without the server (env.* or an undefined variable)');
        if (stack.length > MAX_INCLUDE_DEPTH)
            return unread(`includes nested deeper than ${MAX_INCLUDE_DEPTH}`);
        const files = await read(argument.value, statement.file);
        if (typeof files === 'string')
            return unread(files);
        for (const found of files) {
            if (stack.includes(found.path)) {
                unread(`${found.path} includes itself (through ${stack.join(' → ')})`);
                continue;
            }
            result.included.push(found.path);
            // A syntax error in an included file is thrown with that file's name.
            const parsed = parse(found.text, found.path);
            const expanded = result.expansions.get(statement) ?? [];
            expanded.push({ path: found.path, statements: parsed });
            result.expansions.set(statement, expanded);
            await run(parsed, scope, [...stack, found.path]);
        }
    };
    const run = async (body, scope, stack) => {
        for (const statement of body) {
            if (statement.kind === 'assignment')
                assign(statement, scope);
            else if (statement.kind === 'condition')
                await condition(statement, scope, stack);
            else if (statement.kind === 'global')
                await run(statement.body, global, stack);
            else
                await include(statement, scope, stack);
        }
    };
    await run(statements, global, [file]);
    return result;
}


/***/ }),

/***/ 48373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ loadLighttpd)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scans_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10005);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86338);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90606);
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85180);
// A lighttpd configuration of the repository read the way lighttpd reads it: parsed, its
// includes read in place (relative paths against the entry file's folder, lighttpd's
// basedir; an absolute path under /etc/lighttpd/ looked up by the part below it, from that
// folder and each one above, within the workspace), then evaluated. A syntax error, here or
// in an included file, stops the reading at its line.





/** Prefixes a configuration uses for its own folder on a server. */
const SERVER_PREFIXES = ['/etc/lighttpd/', '/usr/local/etc/lighttpd/', '/usr/local/lighttpd/'];
const MAX_FILES = 100;
async function loadLighttpd(workspace, file, text) {
    let read = 0;
    const reader = async (pattern) => {
        let relative = pattern.replace(/^\.\//, '');
        if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(pattern)) {
            const prefix = SERVER_PREFIXES.find(p => pattern.startsWith(p));
            if (!prefix)
                return 'outside the repository';
            relative = pattern.slice(prefix.length);
        }
        if (relative.split('/').includes('..'))
            return 'outside the repository';
        for (let dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(file);; dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(dir)) {
            const glob = dir === '.' ? relative : `${dir}/${relative}`;
            const found = await (0,_scans_files_js__WEBPACK_IMPORTED_MODULE_1__/* .findFiles */ .lY)(workspace, [glob], { maxFiles: 50, maxBytes: 1024 * 1024 });
            if (found.files.length > 0) {
                read += found.files.length;
                if (read > MAX_FILES)
                    return `more than ${MAX_FILES} files included`;
                return found.files;
            }
            if (dir === '.' || dir === '/' || !node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(pattern))
                break;
        }
        return /[*?[\]{}]/.test(pattern)
            ? 'no file in the repository matches it (lighttpd reads nothing either)'
            : 'no such file in the repository';
    };
    try {
        return { config: await (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluate */ ._3)((0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLighttpd */ .Q)(text, file), file, reader, _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLighttpd */ .Q) };
    }
    catch (err) {
        if (!(err instanceof _tokenize_js__WEBPACK_IMPORTED_MODULE_3__/* .LighttpdSyntaxError */ .i))
            throw err;
        return { error: { file: err.file ?? file, line: err.line, message: err.message } };
    }
}


/***/ }),

/***/ 90606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseLighttpd)
/* harmony export */ });
/* harmony import */ var _tokenize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85180);
// lighttpd configuration → statements with the file and line of each, after configparser.y
// (1.4.69): `key = value` (also `+=`, `:=`), values joined with `+`, arrays of values or
// `"key" => value` pairs, conditions with `else` branches, `global { … }`, `include` and
// `include_shell`.

const MAX_NESTING = 32;
/** Statements of one file's text; throws LighttpdSyntaxError at the line of the problem. */
function parseLighttpd(text, file) {
    try {
        return parseTokens((0,_tokenize_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .q)(text), file);
    }
    catch (err) {
        if (err instanceof _tokenize_js__WEBPACK_IMPORTED_MODULE_0__/* .LighttpdSyntaxError */ .i)
            err.file ??= file;
        throw err;
    }
}
function parseTokens(tokens, file) {
    let at = 0;
    const peek = () => tokens[at];
    const lastLine = () => tokens.at(-1)?.line ?? 1;
    const fail = (message, token = peek()) => {
        throw new _tokenize_js__WEBPACK_IMPORTED_MODULE_0__/* .LighttpdSyntaxError */ .i(message, token?.line ?? lastLine());
    };
    const expect = (kind, what = `"${kind}"`) => {
        const token = peek();
        if (token?.kind !== kind)
            fail(token
                ? `expected ${what}, found ${token.kind === 'eol' ? 'the end of the line' : `"${token.text}"`}`
                : `expected ${what} before the end of the file`);
        at++;
        return token;
    };
    const skipEols = () => {
        while (peek()?.kind === 'eol')
            at++;
    };
    const value = () => {
        const token = peek();
        if (!token)
            return fail('expected a value before the end of the file');
        at++;
        switch (token.kind) {
            case 'string':
                return { kind: 'string', value: token.text, line: token.line };
            case 'integer':
                return { kind: 'integer', value: Number(token.text), line: token.line };
            case 'key':
                return { kind: 'reference', name: token.text, line: token.line };
            case '(':
                return array(token);
            default:
                return fail(`expected a value, found "${token.text}"`, token);
        }
    };
    const expression = () => {
        const first = value();
        if (peek()?.kind !== '+')
            return first;
        const parts = [first];
        while (peek()?.kind === '+') {
            at++;
            parts.push(value());
        }
        return { kind: 'concat', parts, line: first.line };
    };
    let arrays = 0;
    const array = (open) => {
        if (++arrays > MAX_NESTING)
            fail('arrays nested too deeply', open);
        const entries = [];
        while (peek()?.kind !== ')') {
            if (!peek())
                fail('")" missing', open);
            const first = expression();
            if (peek()?.kind === '=>') {
                at++;
                entries.push({ key: first, value: expression(), line: first.line });
            }
            else
                entries.push({ value: first, line: first.line });
            if (peek()?.kind === ',')
                at++;
            else if (peek()?.kind !== ')')
                fail('expected "," or ")" in the array');
        }
        at++;
        arrays--;
        return { kind: 'array', entries, line: open.line };
    };
    const condition = (depth, isElse) => {
        const dollar = expect('$');
        const variable = expect('name', 'a condition variable ($HTTP, $SERVER…)').text;
        expect('[');
        const field = expression();
        expect(']');
        const operator = expect('op', 'a comparison (== != =~ !~ =^ =$)').text;
        const pattern = expression();
        const body = block(depth);
        return {
            kind: 'condition',
            variable,
            field,
            operator,
            pattern,
            body,
            isElse,
            file,
            line: dollar.line
        };
    };
    const block = (depth) => {
        if (depth >= MAX_NESTING)
            fail('conditions nested too deeply');
        const open = expect('{');
        const body = statements(depth + 1);
        if (!peek())
            throw new _tokenize_js__WEBPACK_IMPORTED_MODULE_0__/* .LighttpdSyntaxError */ .i('"}" missing: the file ends inside this block', open.line);
        expect('}', '"}"');
        return body;
    };
    /** A condition and its `else` branches. */
    const conditionChain = (depth) => {
        const head = condition(depth, false);
        let tail = head;
        for (;;) {
            const save = at;
            skipEols();
            if (peek()?.kind !== 'else') {
                at = save;
                return head;
            }
            const elseToken = expect('else');
            const branch = peek()?.kind === '$'
                ? condition(depth, true)
                : {
                    kind: 'condition',
                    variable: '',
                    body: block(depth),
                    isElse: true,
                    file,
                    line: elseToken.line
                };
            tail.otherwise = branch;
            tail = branch;
        }
    };
    const statements = (depth) => {
        const out = [];
        for (;;) {
            const token = peek();
            if (!token || token.kind === '}')
                return out;
            switch (token.kind) {
                case 'eol':
                    at++;
                    continue;
                case 'key': {
                    at++;
                    const operator = peek();
                    if (operator?.kind !== '=' && operator?.kind !== '+=' && operator?.kind !== ':=')
                        fail(`expected =, += or := after ${token.text}`);
                    at++;
                    out.push({
                        kind: 'assignment',
                        key: token.text,
                        operator: operator.kind,
                        value: expression(),
                        file,
                        line: token.line
                    });
                    break;
                }
                case '$':
                    out.push(conditionChain(depth));
                    break;
                case 'global':
                    at++;
                    out.push({ kind: 'global', body: block(depth), file, line: token.line });
                    break;
                case 'include':
                case 'include_shell':
                    at++;
                    out.push({ kind: token.kind, argument: expression(), file, line: token.line });
                    break;
                default:
                    fail(`unexpected "${token.text}"`);
            }
            // lighttpd needs no newline between two assignments (`a = 1 b = 2` is valid).
        }
    };
    // lighttpd 1.4.69 accepts a stray "}" at the top level (and reads on): so does this.
    const top = [];
    for (;;) {
        top.push(...statements(0));
        if (!peek())
            return top;
        at++;
    }
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ routeMatches),
/* harmony export */   _y: () => (/* binding */ hostMatches),
/* harmony export */   dc: () => (/* binding */ backendsOf),
/* harmony export */   gf: () => (/* binding */ upgradeEnabled),
/* harmony export */   w0: () => (/* binding */ webSocketRoutes)
/* harmony export */ });
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4348);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86338);
// The WebSocket routes of a lighttpd configuration: each proxy.server (mod_proxy) entry whose
// path carries WebSockets. lighttpd routes a request to proxy.server by the conditions around
// it ($HTTP["url"] =~ "^/ws") and by the entry's key (a path prefix when it starts with "/",
// else a file extension; "" for every request). A route is a WebSocket one when its path,
// key or backend is named like a socket (ws, socket, websocket, socket.io), when it matches a
// websocket-paths input, or when proxy.header enables the upgrade there (the idiom itself).


const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i;
/** The backends of a proxy.server entry: an array of host arrays (maybe keyed by name). */
function backendsOf(value) {
    if (value.type !== 'array')
        return [];
    return value.entries.filter(e => e.value.type === 'array');
}
function hostPort(backend) {
    const host = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(backend.value, 'host')?.value) ?? (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(backend.value, 'socket')?.value);
    const port = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)(backend.value, 'port')?.value);
    return `${host ?? '?'}${port ? `:${port}` : ''}`;
}
/** Whether a request for `path` reaches this route by its conditions and key. */
function routeMatches(route, path) {
    const p = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .basePath */ .J)(path);
    const key = route.entry.key ?? '';
    if (key.startsWith('/') && !p.startsWith(key))
        return false;
    if (key !== '' && !key.startsWith('/') && !p.endsWith(key))
        return false;
    return route.urls.every(url => {
        switch (url.operator) {
            case '==':
                return p === url.pattern;
            case '=^':
                return p.startsWith(url.pattern);
            case '=$':
                return p.endsWith(url.pattern);
            case '=~':
                try {
                    return new RegExp(url.pattern).test(p);
                }
                catch {
                    return false;
                }
            default:
                return false;
        }
    });
}
function upgradeEnabled(scope) {
    return (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .enabled */ .Sn)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .entry */ .f_)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(scope, 'proxy.header')?.value, 'upgrade')?.value) === true;
}
function webSocketRoutes(config, websocketPaths) {
    const routes = [];
    for (const scope of config.scopes) {
        const proxyServer = scope.settings.get('proxy.server');
        if (proxyServer?.value.type !== 'array')
            continue;
        const urls = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .chain */ .cy)(scope).filter(s => s.variable === 'HTTP' && s.field === 'url');
        for (const e of proxyServer.value.entries) {
            const backends = backendsOf(e.value);
            const route = {
                scope,
                proxyServer,
                entry: e,
                urls,
                label: [
                    ...(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .chain */ .cy)(scope)
                        .filter(s => s.condition)
                        .map(s => s.label),
                    ...(e.key ? [`proxy.server "${e.key}"`] : []),
                    ...(urls.length === 0 && !e.key ? ['proxy.server'] : [])
                ].join(' '),
                backends: backends.map(hostPort)
            };
            const named = urls.some(u => SOCKET_NAME.test(u.pattern)) ||
                SOCKET_NAME.test(e.key ?? '') ||
                route.backends.some(b => SOCKET_NAME.test(b));
            if (named || websocketPaths.some(p => routeMatches(route, p)) || upgradeEnabled(scope))
                routes.push(route);
        }
    }
    return routes;
}
/** Whether `host` is what a `$HTTP["host"]` condition matches. */
function hostMatches(operator, pattern, host) {
    const h = host.toLowerCase();
    if (operator === '==')
        return pattern.toLowerCase() === h;
    if (operator === '=~') {
        try {
            return new RegExp(pattern, 'i').test(h);
        }
        catch {
            return false;
        }
    }
    if (operator === '=$')
        return h.endsWith(pattern.toLowerCase());
    if (operator === '=^')
        return h.startsWith(pattern.toLowerCase());
    return false;
}


/***/ }),

/***/ 44431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qk: () => (/* binding */ sniScopes),
/* harmony export */   Xr: () => (/* binding */ sockets),
/* harmony export */   v9: () => (/* binding */ mainSocket)
/* harmony export */ });
/* unused harmony export portOf */
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86338);
// The sockets a lighttpd configuration listens on: the main one (server.bind, server.port) and
// each `$SERVER["socket"] == "…"` condition, TLS when ssl.engine is enabled there or in the
// global scope (lighttpd applies a global ssl.engine to every socket); and the
// `$HTTP["host"]` conditions, which choose a certificate by SNI when they set ssl.pemfile.

function portOf(address) {
    const m = /:(\d+)$/.exec(address);
    return m ? Number(m[1]) : undefined;
}
/** The main socket (server.bind, server.port), TLS when ssl.engine is enabled globally. */
function mainSocket(config) {
    const { global } = config;
    const port = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(global, 'server.port');
    const bind = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(global, 'server.bind')?.value) ?? '';
    const engine = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(global, 'ssl.engine');
    const mainTls = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .enabled */ .Sn)(engine?.value) === true;
    const mainPort = Number((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(port?.value) ?? (mainTls ? 443 : 80));
    // A server.bind naming a unix socket (or host:port) is the whole address.
    const mainAddress = bind.startsWith('/') || /:\d+$/.test(bind) ? bind : `${bind}:${mainPort}`;
    const main = {
        scope: global,
        label: `server.port ${mainPort}`,
        address: mainAddress,
        port: portOf(mainAddress),
        tls: mainTls,
        file: (port ?? engine)?.file ?? global.file,
        line: (port ?? engine)?.line ?? 1
    };
    return main;
}
function sockets(config) {
    const main = mainSocket(config);
    const conditions = config.scopes
        .filter(s => s.variable === 'SERVER' && s.field === 'socket' && s.operator === '==')
        .map((scope) => ({
        scope,
        label: scope.label,
        address: scope.pattern,
        port: portOf(scope.pattern),
        tls: (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .enabled */ .Sn)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .effective */ .C$)(scope, 'ssl.engine')?.value) === true,
        file: scope.file,
        line: scope.line
    }));
    // The main socket and a condition for the same address are one socket.
    const same = conditions.some(c => c.address === main.address || (c.port === main.port && c.address.startsWith(':')));
    return same ? conditions : [main, ...conditions];
}
/** `$HTTP["host"]` conditions that set their own ssl.pemfile (certificates chosen by SNI). */
function sniScopes(config) {
    return config.scopes.filter(s => s.variable === 'HTTP' && s.field === 'host' && s.settings.has('ssl.pemfile'));
}


/***/ }),

/***/ 85180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ LighttpdSyntaxError),
/* harmony export */   q: () => (/* binding */ tokenize)
/* harmony export */ });
// lighttpd's configuration grammar, as config_tokenizer() in configfile.c (1.4.69) reads it:
// keys of [A-Za-z0-9._-], double-quoted strings where only `\"` is an escape, integers, `=`
// `+=` `:=` outside arrays and `=>` inside them, `( … )` arrays whose newlines do not end a
// statement, `$HTTP["url"] =~ "…" { … }` conditions (== != =~ !~ =^ =$), `#` comments, and
// newlines ending statements. Written here rather than taken from npm: no maintained
// JavaScript parser of lighttpd configuration exists, and findings need the line of each value.
class LighttpdSyntaxError extends Error {
    line;
    name = 'LighttpdSyntaxError';
    /** The file it is in, once the parser knows it. */
    file;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const KEYWORDS = {
    include: 'include',
    include_shell: 'include_shell',
    global: 'global',
    else: 'else'
};
const CONDITION_NAME = /[A-Za-z_]+/y;
const DIGITS = /[0-9]+/y;
const KEY = /[A-Za-z0-9._-]+/y;
/** The match of a sticky pattern at `at`, without copying the rest of the text. */
function match(pattern, text, at) {
    pattern.lastIndex = at;
    return pattern.exec(text)?.[0];
}
function tokenize(text) {
    const tokens = [];
    let line = 1;
    let i = 0;
    // lighttpd's tokenizer state: `=` assigns only outside a condition's head, a newline ends a
    // statement only outside parentheses.
    let parens = 0;
    let inCondition = false;
    const push = (kind, value, at = line) => void tokens.push({ kind, text: value, line: at });
    const fail = (message) => {
        throw new LighttpdSyntaxError(message, line);
    };
    while (i < text.length) {
        const c = text[i];
        const next = text[i + 1];
        if (c === ' ' || c === '\t' || c === '\u00a0') {
            i++;
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && next === '\n')
                i++;
            i++;
            if (parens === 0 && tokens.at(-1)?.kind !== 'eol')
                push('eol', '(EOL)');
            line++;
        }
        else if (c === '#') {
            while (i < text.length && text[i] !== '\n' && text[i] !== '\r')
                i++;
        }
        else if (c === '=') {
            if (parens > 0) {
                if (next !== '>')
                    fail('use => for assignments in arrays');
                push('=>', '=>');
                i += 2;
            }
            else if (inCondition) {
                if (next === undefined || !'=~^$'.includes(next))
                    fail('only == =~ =^ =$ are allowed in the condition');
                push('op', `=${next}`);
                inCondition = false;
                i += 2;
            }
            else {
                push('=', '=');
                i++;
            }
        }
        else if (c === '!') {
            if (!inCondition || (next !== '=' && next !== '~'))
                fail(inCondition ? 'only !~ and != are allowed in the condition' : 'unexpected "!"');
            push('op', `!${next}`);
            inCondition = false;
            i += 2;
        }
        else if (c === ',') {
            if (parens > 0)
                push(',', ',');
            i++;
        }
        else if (c === '"') {
            const start = line;
            let value = '';
            i++;
            while (i < text.length && text[i] !== '"') {
                if (text[i] === '\\' && text[i + 1] === '"') {
                    value += '"';
                    i += 2;
                    continue;
                }
                if (text[i] === '\n')
                    line++;
                value += text[i++];
            }
            if (i >= text.length)
                throw new LighttpdSyntaxError('missing closing quote', start);
            i++;
            push('string', value, start);
        }
        else if (c === '(') {
            parens++;
            push('(', '(');
            i++;
        }
        else if (c === ')') {
            if (parens === 0)
                fail('")" without "("');
            parens--;
            push(')', ')');
            i++;
        }
        else if (c === '$') {
            inCondition = true;
            push('$', '$');
            i++;
        }
        else if (c === '+') {
            if (next === '=') {
                push('+=', '+=');
                i += 2;
            }
            else {
                push('+', '+');
                i++;
            }
        }
        else if (c === ':') {
            if (next !== '=')
                fail('unexpected ":"');
            push(':=', ':=');
            i += 2;
        }
        else if (c === '{' || c === '}' || c === '[' || c === ']') {
            push(c, c);
            i++;
            // `} else {` on one line: the `}` ends a statement as a newline would.
            if (c === '}' && parens === 0) {
                let j = i;
                while (text[j] === ' ' || text[j] === '\t')
                    j++;
                if (j < text.length && !'\r\n#'.includes(text[j]))
                    push('eol', '(EOL)');
            }
        }
        else if (inCondition) {
            const word = match(CONDITION_NAME, text, i);
            if (!word)
                fail('invalid character in condition');
            push('name', word);
            i += word.length;
        }
        else if (c >= '0' && c <= '9') {
            const digits = match(DIGITS, text, i);
            push('integer', digits);
            i += digits.length;
        }
        else {
            const word = match(KEY, text, i);
            if (!word)
                fail(`invalid character "${c}" in a variable name`);
            push(KEYWORDS[word] ?? 'key', word);
            i += word.length;
        }
    }
    return tokens;
}


/***/ }),

/***/ 22702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ judgeCertificateFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Whether a certificate file a proxy serves holds the full chain (the leaf, then its
// intermediates): counted when the file is in the repository and readable, else judged by its
// name the way certbot names them (cert.pem is the leaf alone, chain.pem the intermediates alone).



const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** Larger files are not certificate chains; they are judged by name instead. */
const MAX_BYTES = 1024 * 1024;
/** Reads `file` (relative to the workspace, or to the configuration file's folder) when it is
 * a regular file inside the workspace, or takes it as inline PEM; otherwise judges its name. */
function judgeCertificateFile(file, workspace, configPath) {
    if (file.includes('-----BEGIN'))
        return judgePem(file, 'inline PEM');
    const pem = readInWorkspace(file, workspace, configPath);
    if (pem !== undefined)
        return judgePem(pem, file);
    const name = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(file.replace(/\\/g, '/'));
    if (name === 'cert.pem')
        return {
            verdict: 'leaf-only',
            how: 'name',
            detail: `${file}: certbot's cert.pem is the leaf alone (fullchain.pem adds the intermediates)`
        };
    if (name === 'chain.pem')
        return {
            verdict: 'chain-only',
            how: 'name',
            detail: `${file}: certbot's chain.pem holds the intermediates without the leaf`
        };
    return {
        verdict: 'unknown',
        how: 'none',
        detail: `${file}: not read (outside the repository or missing)`
    };
}
function readInWorkspace(file, workspace, configPath) {
    let root;
    try {
        root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(workspace);
    }
    catch {
        return undefined;
    }
    const candidates = node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(file)
        ? [file]
        : [node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, file), node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(configPath), file)];
    for (const candidate of candidates) {
        try {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(candidate);
            if (real !== root && !real.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
                continue;
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real);
            if (!stat.isFile() || stat.size > MAX_BYTES)
                continue;
            const buffer = Buffer.alloc(stat.size);
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(real, 'r');
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, stat.size, 0);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
            }
            return buffer.toString('latin1');
        }
        catch {
            continue;
        }
    }
    return undefined;
}
function subjectName(certificate) {
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(certificate.subject)?.[1];
    return cn ? `CN=${cn}` : certificate.subject.split('\n').join(', ') || '(no subject)';
}
function judgePem(pem, where) {
    const blocks = pem.match(PEM_CERT) ?? [];
    if (blocks.length === 0)
        return { verdict: 'empty', how: 'read', detail: `${where}: no PEM certificate in it` };
    const parsed = [];
    for (const block of blocks) {
        try {
            parsed.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block));
        }
        catch {
            return {
                verdict: 'unknown',
                how: 'read',
                detail: `${where}: a certificate in it cannot be read`
            };
        }
    }
    const names = parsed.map(subjectName);
    const count = `${parsed.length} certificate${parsed.length === 1 ? '' : 's'}: ${names.join(', then ')}`;
    const [first, second] = parsed;
    if (first.ca)
        return {
            verdict: 'chain-only',
            how: 'read',
            detail: `${where}: ${count} (a CA first, not the leaf)`
        };
    if (!second) {
        if (first.checkIssued(first))
            return { verdict: 'full', how: 'read', detail: `${where}: ${count} (self-signed)` };
        const issuer = /(?:^|\n)CN=([^\n]*)/.exec(first.issuer)?.[1];
        return {
            verdict: 'leaf-only',
            how: 'read',
            detail: `${where}: ${count}, issued by ${issuer ? `CN=${issuer}` : 'another certificate'}, which is not in the file`
        };
    }
    if (!first.checkIssued(second))
        return {
            verdict: 'out-of-order',
            how: 'read',
            detail: `${where}: ${count}; the second did not issue the first`
        };
    return { verdict: 'full', how: 'read', detail: `${where}: ${count}` };
}


/***/ }),

/***/ 18487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ cipherStringSuites)
/* harmony export */ });
/* harmony import */ var _tls_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54068);
// An OpenSSL cipher string (nginx ssl_ciphers, HAProxy ciphers, Apache SSLCipherSuite, lighttpd
// CipherString, h2o cipher-suite), read for what it lets browsers use over TLS 1.2: every proxy
// built on OpenSSL writes the same grammar, and tls-policy's judgeSuites words the verdict.

/** OpenSSL aliases that select at least one ECDHE suite browsers offer (with AES-GCM, ChaCha20
 * or AES-CBC-SHA). An approximation of OpenSSL's cipher-list grammar: exact names, these
 * aliases, `+` as "and", `!` as "never". */
const ECDHE_ALIASES = new Set([
    'ALL',
    'DEFAULT',
    'HIGH',
    'ECDHE',
    'EECDH',
    'kECDHE',
    'kEECDH',
    'ECDH',
    'AESGCM',
    'AES',
    'AES128',
    'AES256',
    'CHACHA20',
    'ECDSA',
    'aECDSA',
    'aRSA',
    'SHA',
    'SHA1',
    'SHA256',
    'SHA384',
    'TLSv1.2',
    'TLSv1',
    'TLSv1.0',
    'SSLv3',
    'AEAD'
]);
/** Of those, the ones that select no static-RSA suite (ECDHE only, ECDSA, ChaCha20). */
const ECDHE_ONLY = new Set([
    'ECDHE',
    'EECDH',
    'kECDHE',
    'kEECDH',
    'ECDH',
    'CHACHA20',
    'ECDSA',
    'aECDSA'
]);
/** Aliases that select static RSA key exchange only. */
const STATIC_RSA_ALIASES = new Set(['kRSA', 'RSA']);
/** What `!` before these removes for good. */
const ECDHE_REMOVED = new Set(['ECDHE', 'EECDH', 'kECDHE', 'kEECDH', 'ECDH', 'ALL', 'HIGH']);
const STATIC_RSA_REMOVED = new Set(['kRSA', 'RSA', 'ALL', 'HIGH']);
/** Whether an alias element (`HIGH`, `kRSA+AESGCM`) selects ECDHE or static-RSA suites browsers
 * offer. */
function aliasKex(element) {
    const parts = element.split('+');
    const kexes = [];
    if (parts.every(part => ECDHE_ALIASES.has(part)))
        kexes.push('ecdhe');
    if (parts.every(part => STATIC_RSA_ALIASES.has(part) || (ECDHE_ALIASES.has(part) && !ECDHE_ONLY.has(part))))
        kexes.push('static-rsa');
    return kexes;
}
/** What an OpenSSL cipher string gives browsers over TLS 1.2 (an alias counts as selecting the
 * suites browsers offer that it covers). */
function cipherStringSuites(cipherString) {
    const elements = cipherString.split(/[:, ]+/).filter(Boolean);
    const removed = (set) => elements.some(e => e.startsWith('!') && set.has(e.slice(1)));
    const selected = elements.filter(e => !/^[!+\-@]/.test(e));
    const kexes = [(0,_tls_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .suiteListOpenssl */ .xf)(selected).kind, ...selected.flatMap(aliasKex)].filter(kex => !(kex === 'ecdhe' && removed(ECDHE_REMOVED)) &&
        !(kex === 'static-rsa' && removed(STATIC_RSA_REMOVED)));
    return { kind: (0,_tls_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .browserKeyExchange */ .Pc)(kexes), legacy: selected.filter(_tls_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .namesLegacySuite */ .IR) };
}


/***/ }),

/***/ 54068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ judgeSuites),
/* harmony export */   IR: () => (/* binding */ namesLegacySuite),
/* harmony export */   KK: () => (/* binding */ suiteListIana),
/* harmony export */   Pc: () => (/* binding */ browserKeyExchange),
/* harmony export */   QF: () => (/* binding */ versionRange),
/* harmony export */   aW: () => (/* binding */ VERSION_ORDER),
/* harmony export */   v9: () => (/* binding */ judgeVersions),
/* harmony export */   xf: () => (/* binding */ suiteListOpenssl),
/* harmony export */   y6: () => (/* binding */ judgeGroups)
/* harmony export */ });
/* unused harmony exports VERSION_LABEL, browserGroups */
/* harmony import */ var _probes_ciphers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80147);

const VERSION_ORDER = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const VERSION_LABEL = {
    TLSv1: 'TLS 1.0',
    'TLSv1.1': 'TLS 1.1',
    'TLSv1.2': 'TLS 1.2',
    'TLSv1.3': 'TLS 1.3'
};
/** The versions from `min` to `max` (both included). */
function versionRange(min, max) {
    const from = VERSION_ORDER.indexOf(min);
    const to = VERSION_ORDER.indexOf(max);
    return VERSION_ORDER.slice(from, to + 1);
}
function judgeVersions(offered, policy) {
    const issues = [];
    const refused = (version) => {
        const required = policy.requireTlsVersions.includes(version);
        issues.push({
            kind: 'refused',
            version,
            code: 'proxy-config-tls-versions',
            status: required ? 'fail' : 'warn',
            title: `refuses ${VERSION_LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`,
            cause: version === 'TLSv1.2'
                ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
                : 'TLS 1.3 is faster (one round trip) and what every current browser prefers'
        });
    };
    if (!offered.includes('TLSv1.2'))
        refused('TLSv1.2');
    if (!offered.includes('TLSv1.3'))
        refused('TLSv1.3');
    const floor = VERSION_ORDER.indexOf(policy.minTlsVersion);
    const legacy = offered.filter(v => VERSION_ORDER.indexOf(v) < floor);
    if (legacy.length > 0)
        issues.push({
            kind: 'legacy',
            code: 'proxy-config-legacy-tls',
            status: policy.failOnLegacyTls ? 'fail' : 'warn',
            title: `accepts legacy ${legacy.map(v => VERSION_LABEL[v]).join(', ')}`,
            cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them'
        });
    return issues;
}
/** The key exchange of each TLS 1.2 suite browsers offer, by IANA name (as Go, Node and Traefik
 * name them) and by OpenSSL/BoringSSL name (as Envoy and nginx name them). */
const BROWSER_TLS12 = new Map(Object.entries(_probes_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .BROWSER_SUITES */ .jj).flatMap(([openssl, iana]) => {
    const kex = iana.startsWith('TLS_ECDHE_')
        ? 'ecdhe'
        : iana.startsWith('TLS_RSA_WITH_')
            ? 'static-rsa'
            : undefined; // a TLS 1.3 suite: no TLS 1.2 list governs it
    return kex ? [openssl, iana].map(name => [name, kex]) : [];
}));
const LEGACY_NAMES = new Set(Object.entries(_probes_ciphers_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_SUITES */ .KJ).flat());
/** The most a list's browser suites give: any ECDHE one wins, else any static-RSA one. */
function browserKeyExchange(kexes) {
    const seen = new Set(kexes);
    return seen.has('ecdhe') ? 'ecdhe' : seen.has('static-rsa') ? 'static-rsa' : 'none';
}
/** Whether a list element names DHE or static-RSA suites (either naming, or an OpenSSL alias). */
function namesLegacySuite(element) {
    return (LEGACY_NAMES.has(element) ||
        /^(TLS_DHE_|TLS_RSA_WITH_|(DHE|EDH|kDHE|kEDH|kRSA)\b)/.test(element));
}
function suiteList(names) {
    return {
        kind: browserKeyExchange(names.map(name => BROWSER_TLS12.get(name))),
        legacy: names.filter(namesLegacySuite)
    };
}
/** Go's short ChaCha20 names (TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305) are the _SHA256 suites. */
function ianaName(name) {
    return /CHACHA20_POLY1305$/.test(name) ? `${name}_SHA256` : name;
}
/** An IANA-named suite list (Go, Traefik, Caddy). */
function suiteListIana(suites) {
    return suiteList(suites.map(s => ianaName(s.trim())));
}
/** A BoringSSL cipher list (`[A|B]` equal-preference groups, `:`-separated strings or one
 * suite per item), as Envoy takes it. */
function suiteListOpenssl(suites) {
    return suiteList(suites.flatMap(s => s.split(/[:|[\]\s]+/)).filter(Boolean));
}
/** Key-exchange groups browsers offer, in the spellings Go, BoringSSL and OpenSSL accept. */
const BROWSER_GROUPS = new Set([
    'x25519',
    'p256',
    'p384',
    'curvep256',
    'curvep384',
    'secp256r1',
    'secp384r1',
    'prime256v1',
    'x25519mlkem768',
    'x25519kyber768draft00'
]);
/** Of a group list, those browsers offer. */
function browserGroups(groups) {
    return groups.filter(g => BROWSER_GROUPS.has(g.toLowerCase().replace(/[-_\s]/g, '')));
}
/** A TLS 1.2 suite list without an ECDHE suite browsers offer. With only static-RSA ones they
 * offer: a warning (browsers connect, over TLS 1.3, or without forward secrecy when it is off).
 * With nothing they offer: a warning while TLS 1.3 is on, a failure when it is off. */
function judgeSuites(list, context) {
    const { label, written, tls13, tls13Off } = context;
    const off = `TLS 1.3 is off${tls13Off ? ` (${tls13Off})` : ''}`;
    const governed = `TLS 1.3 suites are not governed by ${label}`;
    if (list.kind === 'ecdhe')
        return undefined;
    if (list.kind === 'static-rsa')
        return {
            code: 'proxy-config-static-rsa',
            status: 'warn',
            title: tls13
                ? `${label} offers TLS 1.2 clients only static RSA key exchange (no forward secrecy)`
                : `${label} offers no ECDHE suite: browsers connect only with static RSA key exchange (no forward secrecy)`,
            details: [
                written,
                'Selects no ECDHE suite Chrome and Firefox offer, only static RSA key exchange (which they offer last).',
                tls13
                    ? `${governed}: browsers connect over TLS 1.3, with forward secrecy; clients limited to TLS 1.2 get static RSA.`
                    : `${off}, so browsers connect over TLS 1.2 with static RSA key exchange: whoever gets the server's key can decrypt every recorded session.`
            ],
            cause: 'Static RSA key exchange has no forward secrecy; Chrome and Firefox offer it last, after every ECDHE suite, and a list without ECDHE leaves them only that',
            browsersLockedOut: false
        };
    return {
        code: 'proxy-config-ciphers',
        status: tls13 ? 'warn' : 'fail',
        title: tls13
            ? `${label} offers TLS 1.2 clients no suite browsers offer`
            : `${label} offers no suite browsers offer: browsers cannot connect`,
        details: [
            written,
            list.legacy.length > 0
                ? `Selects only suites Chrome and Firefox do not offer: ${list.legacy.join(', ')}.`
                : 'Selects none of the suites Chrome and Firefox offer (ECDHE, and last static RSA).',
            tls13
                ? `${governed}: browsers still connect over TLS 1.3; clients limited to TLS 1.2 get nothing they offer.`
                : `${off}, so every browser handshake ends with handshake_failure.`
        ],
        cause: 'Chrome and Firefox offer ECDHE key exchange and, last, static RSA, but no finite-field DHE; a server that takes only other suites passes Node and curl and locks browsers out',
        browsersLockedOut: !tls13
    };
}
/** A group list without X25519, P-256 or P-384: no browser can agree on a key exchange. */
function judgeGroups(label, groups) {
    if (groups.length === 0 || browserGroups(groups).length > 0)
        return undefined;
    return {
        code: 'proxy-config-groups',
        status: 'fail',
        title: `${label} offers no key-exchange group browsers offer: browsers cannot connect`,
        details: [
            `${label}: ${groups.join(', ')}`,
            'Chrome and Firefox offer X25519 (with ML-KEM), P-256 and P-384; Chrome offers no P-521.'
        ],
        cause: 'The client and the server must share a key-exchange group in TLS 1.2 (ECDHE) and TLS 1.3 alike; without one every browser handshake fails',
        browsersLockedOut: true
    };
}


/***/ }),

/***/ 58514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   _y: () => (/* binding */ hostMatches),
/* harmony export */   iw: () => (/* binding */ namedLikeSocket)
/* harmony export */ });
/* unused harmony export SOCKET_NAME */
// Which routes of a proxy carry WebSockets, told the way the nginx check tells locations: a path
// or backend named like a socket, or a path the websocket-paths input names.
/** A path or backend named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i;
const trim = (p) => p.replace(/\/+$/, '') || '/';
/** Whether a route on `paths` to `backend` carries WebSockets by name or by the input. */
function namedLikeSocket(paths, backends, websocketPaths) {
    if (paths.some(p => SOCKET_NAME.test(p)) || backends.some(b => SOCKET_NAME.test(b)))
        return true;
    return paths.some(p => websocketPaths.some(w => trim(w) === trim(p)));
}
/** Whether `host` matches a name a proxy routes on: exact, or `*.example.com` (one label). */
function hostMatches(name, host) {
    const n = name.toLowerCase().replace(/:\d+$/, '');
    const h = host.toLowerCase();
    if (n === '*' || n === h)
        return true;
    if (n.startsWith('*.'))
        return h.endsWith(n.slice(1)) && !h.slice(0, -n.length + 1).includes('.');
    if (n.startsWith('*'))
        return h.endsWith(n.slice(1));
    return false;
}
/** "90 s", "1.5 s": how findings print a duration. */
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}


/***/ })

};

//# sourceMappingURL=66.index.js.map