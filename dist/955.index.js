export const id = 955;
export const ids = [955];
export const modules = {

/***/ 10005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ findFiles)
/* harmony export */ });
/* unused harmony exports SKIPPED_DIRS, DEFAULT_FILE_LIMITS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The repository's files a scan reads: matched by globs relative to the workspace, never
// outside it, without dependency and build folders, and bounded in count and size so that a
// huge repository or a stray binary cannot stall the run.


/** Folders no scan reads: dependencies, build output, VCS data. */
const SKIPPED_DIRS = [
    'node_modules',
    '.git',
    'dist',
    'build',
    'out',
    '.next',
    '.nuxt',
    '.svelte-kit',
    'coverage',
    'vendor'
];
const DEFAULT_FILE_LIMITS = { maxFiles: 5_000, maxBytes: 1024 * 1024 };
/** Files under `workspace` matching `globs` (and none of SKIPPED_DIRS), read as UTF-8. */
async function findFiles(workspace, globs, limits = DEFAULT_FILE_LIMITS) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    // Loaded on first use: a run that reads no files does not load the glob matcher.
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
    const matched = (await glob([...globs], {
        cwd: root,
        onlyFiles: true,
        dot: true,
        followSymbolicLinks: false,
        ignore: SKIPPED_DIRS.map(dir => `**/${dir}/**`)
    }))
        .map(file => file.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'))
        .filter(file => !file.startsWith('../') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file))
        .sort();
    const found = { files: [], skipped: [] };
    for (const [index, file] of matched.entries()) {
        if (index >= limits.maxFiles) {
            found.skipped.push({ path: file, why: `more than ${limits.maxFiles} files matched` });
            continue;
        }
        const read = readBounded(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file), limits.maxBytes);
        if (typeof read === 'string')
            found.files.push({ path: file, text: read });
        else
            found.skipped.push({ path: file, why: read.why });
    }
    return found;
}
/** The file as text, or why not: over `maxBytes`, binary (a NUL byte), unreadable. */
function readBounded(file, maxBytes) {
    let fd;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size > maxBytes)
            return { why: `larger than ${maxBytes} bytes` };
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const buffer = Buffer.alloc(maxBytes + 1);
        const length = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, 0);
        if (length > maxBytes)
            return { why: `larger than ${maxBytes} bytes` };
        const bytes = buffer.subarray(0, length);
        if (bytes.includes(0))
            return { why: 'binary' };
        return bytes.toString('utf8');
    }
    catch (err) {
        return { why: `unreadable (${err.code ?? 'error'})` };
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

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

/***/ 27955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isTestFile: () => (/* binding */ isTestFile),
  scanSources: () => (/* binding */ scanSources),
  sourceKind: () => (/* binding */ sourceKind),
  sourceScan: () => (/* binding */ sourceScan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/isolation.ts
var isolation = __webpack_require__(37655);
// EXTERNAL MODULE: ./src/probes/scheme.ts
var scheme = __webpack_require__(96436);
// EXTERNAL MODULE: ./src/remedies.ts
var remedies = __webpack_require__(20515);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/scans/changed-lines.ts
// The lines a pull request adds or changes, from git itself: `git diff --unified=0` against the
// base branch. Unknown (undefined) outside a pull request, or whenever git cannot tell (a shallow
// checkout without the base, no git, a timeout): the scan then simply does not sort by it.

/** How long git may take before the order is given up. */
const GIT_TIMEOUT_MS = 15_000;
async function changedLines(workspace, env, signal) {
    const event = env.GITHUB_EVENT_NAME;
    const baseRef = env.GITHUB_BASE_REF;
    if ((event !== 'pull_request' && event !== 'pull_request_target') || !baseRef)
        return undefined;
    const base = `origin/${baseRef}`;
    const diff = await git(workspace, [
        '-c',
        'core.quotePath=false',
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        `${base}...HEAD`,
        '--'
    ], signal);
    return diff === undefined ? undefined : { base, files: parseDiff(diff) };
}
/** On a pull request whose changed lines git could not tell: why, and the fix, when the cause
 * is a shallow checkout (actions/checkout's default fetch-depth 1 has no base branch). */
async function changedLinesUnknown(workspace, env, signal) {
    const event = env.GITHUB_EVENT_NAME;
    if ((event !== 'pull_request' && event !== 'pull_request_target') || !env.GITHUB_BASE_REF)
        return undefined;
    const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository'], signal);
    if (shallow?.trim() !== 'true')
        return undefined;
    return `The checkout is shallow: the lines this pull request changes cannot be told, so its findings are not put first. Check out with actions/checkout and fetch-depth: 0.`;
}
function isChanged(changed, file, line) {
    return changed?.files.get(file)?.some(r => line >= r.from && line <= r.to) ?? false;
}
function git(cwd, args, signal) {
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: 64 * 1024 * 1024,
            signal,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
        }, (err, stdout) => resolve(err ? undefined : stdout));
    });
}
/** `+++ b/path` then `@@ -a,b +c,d @@` hunks: lines c … c+d-1 are new (d = 0: none). */
function parseDiff(diff) {
    const files = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const name = unquote(line.slice(4));
            current = name?.startsWith('b/') ? [] : undefined;
            if (current && name)
                files.set(name.slice(2), current);
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const from = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            if (count > 0)
                current.push({ from, to: from + count - 1 });
        }
    }
    return files;
}
/** git's C-style quoting of unusual names ("b/a\"b\tc"); octal escapes are UTF-8 bytes. */
function unquote(name) {
    if (!name.startsWith('"'))
        return name;
    if (!name.endsWith('"') || name.length < 2)
        return undefined;
    const raw = Buffer.from(name.slice(1, -1), 'utf8');
    const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11 };
    const bytes = [];
    for (let i = 0; i < raw.length; i++) {
        if (raw[i] !== 0x5c || i + 1 === raw.length) {
            bytes.push(raw[i]);
            continue;
        }
        const octal = /^[0-7]{3}/.exec(raw.subarray(i + 1, i + 4).toString('latin1'));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i += 3;
        }
        else {
            const escaped = String.fromCharCode(raw[i + 1]);
            bytes.push(simple[escaped] ?? raw[i + 1]);
            i++;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

// EXTERNAL MODULE: ./src/scans/files.ts
var files = __webpack_require__(10005);
// EXTERNAL MODULE: ./src/scans/declared.ts
var declared = __webpack_require__(31382);
// EXTERNAL MODULE: ./src/scans/lines.ts
var lines = __webpack_require__(16993);
// EXTERNAL MODULE: ./src/scans/websocket-urls.ts
var websocket_urls = __webpack_require__(99204);
;// CONCATENATED MODULE: ./src/scans/source.ts
// The source scan: ws:// URLs written into the code that pages run. An https page cannot open
// them (mixed content), so each is a failure at its file, line and column, with the wss:// fix.
// Loopback and `allow-insecure-hosts` are accepted; test files are not read (they never run on
// a page). On a pull request the hits on lines it adds come first, so that the step's
// first annotations are about the change under review. The wss:// URLs found may become targets.










const SCRIPT_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts']);
const MARKUP_EXTENSIONS = new Set(['.vue', '.svelte', '.html', '.htm']);
/** How a file is read, or undefined when the scan does not read it. */
function sourceKind(file) {
    const base = external_node_path_default().posix.basename(file);
    if (base === '.env' || base.startsWith('.env.') || base.endsWith('.env'))
        return 'env';
    const ext = external_node_path_default().posix.extname(base).toLowerCase();
    if (SCRIPT_EXTENSIONS.has(ext))
        return 'script';
    if (MARKUP_EXTENSIONS.has(ext))
        return 'markup';
    return undefined;
}
/** Tests and mocks never run on a page; their ws:// URLs point at fake servers. */
function isTestFile(file) {
    return /(^|\/)(__tests__|__mocks__)\/|\.(test|spec)\.[cm]?[jt]sx?$/i.test(file);
}
const sourceScan = {
    ...declared/* SOURCE_SCAN */.WK,
    run: ctx => scanSources(ctx.config, process.env, (0,isolation/* deadlineSignal */.R)())
};
/** A host without IPv6 brackets, as allow-insecure-hosts may spell it either way. */
const bare = (host) => host.replace(/^\[(.*)\]$/, '$1');
async function scanSources(config, env, signal) {
    const [found, changed] = await Promise.all([
        (0,files/* findFiles */.lY)(config.workspace, config.scanPaths),
        changedLines(config.workspace, env, signal)
    ]);
    const read = found.files.filter(f => sourceKind(f.path) !== undefined);
    const tests = read.filter(f => isTestFile(f.path));
    const scanned = read.filter(f => !isTestFile(f.path));
    const allowed = new Set(config.allowInsecureHosts.map(bare));
    const hits = [];
    const discovered = new Map();
    for (const [index, file] of scanned.entries()) {
        // Reading is synchronous: let the run's deadline timer fire between files.
        if (index % 50 === 49) {
            await new Promise(resolve => setImmediate(resolve));
            if (signal?.aborted)
                break;
        }
        for (const hit of fileHits(file, changed)) {
            const { url } = hit;
            if (url.scheme === 'wss') {
                // Whole URLs only (a base URL with a path concatenated to it is not the endpoint), and
                // not loopback: a developer's local server is not there to probe.
                if (url.complete && url.host && !(0,scheme/* isLoopbackHost */.cW)(url.host) && !discovered.has(url.text))
                    discovered.set(url.text, { text: url.text, source: { file: hit.file, line: hit.line } });
            }
            else if (!(url.host && ((0,scheme/* isLoopbackHost */.cW)(url.host) || allowed.has(bare(url.host))))) {
                hits.push(hit);
            }
        }
    }
    const notes = scanNotes(tests.length, found.skipped.filter(f => sourceKind(f.path) !== undefined));
    const results = fileResults(hits, changed);
    if (results.length > 0) {
        const first = results[0].findings[0];
        if (notes.length > 0)
            first.details = [...(first.details ?? []), ...notes];
    }
    else {
        results.push(summary(scanned.length, notes));
    }
    const unknown = changed ? undefined : await changedLinesUnknown(config.workspace, env, signal);
    return {
        results,
        discovered: [...discovered.values()],
        ...(unknown ? { notes: [unknown] } : {})
    };
}
function fileHits(file, changed) {
    const urls = (0,websocket_urls/* findUrlLiterals */.v)(file.text, sourceKind(file.path));
    if (urls.length === 0)
        return [];
    const at = (0,lines/* positions */.X)(file.text);
    return urls.map(url => {
        const { line, column } = at(url.offset);
        return {
            file: file.path,
            line,
            column,
            url,
            changed: isChanged(changed, file.path, line)
        };
    });
}
/** One result per file; files with hits on changed lines first, then by path; within a file
 * changed lines first, then in reading order. */
function fileResults(hits, changed) {
    const byFile = new Map();
    for (const hit of hits)
        byFile.set(hit.file, [...(byFile.get(hit.file) ?? []), hit]);
    const files = [...byFile.entries()].map(([file, list]) => ({
        file,
        hits: list.sort((a, b) => Number(b.changed) - Number(a.changed) || a.line - b.line || a.column - b.column)
    }));
    files.sort((a, b) => Number(b.hits[0].changed) - Number(a.hits[0].changed) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return files.map(({ file, hits: list }) => ({
        target: { label: file, scan: 'source', source: { file, line: list[0].line } },
        status: 'fail',
        findings: list.map(hit => hitFinding(hit, changed)),
        facts: {}
    }));
}
function hitFinding(hit, changed) {
    const { url } = hit;
    const written = url.concatenated !== undefined ? `'${url.text}' + ${url.concatenated}` : url.text;
    const shown = (0,secrets/* redactUnparsedUrl */.Hs)(written).text;
    const where = url.envKey
        ? `The value of ${url.envKey} in an environment file: a build that inlines it puts it in the page.`
        : url.host === undefined
            ? 'The host comes from code; the scheme is written as ws:// all the same.'
            : undefined;
    return {
        check: 'source',
        code: 'source-insecure-url',
        status: 'fail',
        title: `${hit.changed ? 'Added in this pull request: insecure' : 'Insecure'} WebSocket URL ${shown}: https pages cannot open it (mixed content)`,
        details: [
            ...(hit.changed ? [`Line ${hit.line} is new or changed against ${changed.base}.`] : []),
            ...(where ? [where] : []),
            `From an https page, Chromium throws ${scheme/* MIXED_CONTENT_ERRORS */.gf.chromium} Firefox throws ${scheme/* MIXED_CONTENT_ERRORS */.gf.firefox}`
        ],
        cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
        fix: (0,remedies/* sourceSchemeFix */.yH)(url.rest, url.concatenated, url.envKey),
        location: {
            file: hit.file,
            line: hit.line,
            column: hit.column,
            ...(hit.changed ? { changed: true } : {})
        }
    };
}
function scanNotes(tests, skipped) {
    const notes = [];
    if (tests > 0)
        notes.push(`${tests} test ${tests === 1 ? 'file' : 'files'} not scanned.`);
    if (skipped.length > 0) {
        const listed = skipped.slice(0, 10).map(s => `${s.path} (${s.why})`);
        const more = skipped.length > 10 ? `, and ${skipped.length - 10} more` : '';
        notes.push(`Not read: ${listed.join(', ')}${more}.`);
    }
    return notes;
}
function summary(scanned, notes) {
    const finding = scanned === 0
        ? {
            check: 'source',
            code: 'source-no-files',
            status: 'warn',
            title: 'scan-paths matched no source file (JS, TS, Vue, Svelte, HTML, .env)',
            ...(notes.length > 0 ? { details: notes } : {}),
            fix: { text: 'Check the globs of scan-paths: they are relative to the workspace.' }
        }
        : {
            check: 'source',
            code: 'source-ok',
            status: 'pass',
            title: `${scanned} ${scanned === 1 ? 'file' : 'files'} scanned, no insecure WebSocket URL`,
            ...(notes.length > 0 ? { details: notes } : {})
        };
    return {
        target: { label: 'source files (scan-paths)', scan: 'source' },
        status: finding.status,
        findings: [finding],
        facts: {}
    };
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

//# sourceMappingURL=955.index.js.map