export const id = 393;
export const ids = [393];
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

/***/ 45393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   proxyConfigScan: () => (/* binding */ proxyConfigScan)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81001);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10005);
/* harmony import */ var _declared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31382);



function result(label, findings) {
    return {
        target: { label, scan: 'proxy-config' },
        status: (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(findings.map(f => f.status)),
        findings,
        facts: {}
    };
}
/** The file's own line: what it holds, as a passing finding before its problems. */
function summary(file, verdict) {
    return {
        check: 'proxy-config',
        code: 'proxy-config-ok',
        status: 'pass',
        title: verdict.summary,
        details: verdict.details,
        location: { file, line: verdict.summaryLine ?? 1 }
    };
}
function skipped(file, reading) {
    const known = reading.map(p => p.name);
    return {
        check: 'proxy-config',
        code: 'proxy-config-unknown-file',
        status: 'pass',
        title: `Not checked: not a proxy configuration wss-doctor knows (${known.join(', ')})`,
        details: [
            'Told by content, not by name: no known proxy recognised this file. Narrow config-paths to the proxy configuration, or open an issue for its kind.'
        ],
        location: { file: file.path, line: 1 }
    };
}
const proxyConfigScan = {
    ..._declared_js__WEBPACK_IMPORTED_MODULE_2__/* .PROXY_CONFIG_SCAN */ .I,
    run: async (ctx) => {
        const { config } = ctx;
        const found = await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .findFiles */ .lY)(config.workspace, config.configPaths);
        if (found.files.length === 0) {
            return {
                results: [
                    result('config-paths', [
                        {
                            check: 'proxy-config',
                            code: 'proxy-config-no-files',
                            status: 'warn',
                            title: `config-paths matched no readable file (${config.configPaths.join(', ')})`,
                            details: found.skipped.map(s => `${s.path}: ${s.why}`)
                        }
                    ])
                ]
            };
        }
        // Loaded only for configuration files: every proxy's parser and checks.
        const { READING, proxyOfFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(507), __webpack_require__.e(66)]).then(__webpack_require__.bind(__webpack_require__, 67066));
        const checked = [];
        const results = [];
        for (const file of found.files) {
            const proxy = proxyOfFile(file);
            if (!proxy) {
                results.push(result(file.path, [skipped(file, READING)]));
                continue;
            }
            checked.push({ file, proxy, verdict: await proxy.checkConfig(file, checkOptions(config)) });
        }
        // A file another matched file includes is checked there, in its context.
        const included = new Set(checked.flatMap(c => c.verdict.included ?? []));
        for (const { file, proxy, verdict } of checked) {
            if (included.has(file.path))
                continue;
            const findings = [summary(file.path, verdict), ...verdict.findings];
            if (config.configServe && proxy.serve)
                findings.push(...(await proxy.serve(file, { config, diagnose: ctx.diagnose })));
            results.push(result(file.path, findings));
        }
        return { results };
    }
};
function checkOptions(config) {
    return {
        workspace: config.workspace,
        idleTimeoutMs: config.idleTimeoutMs,
        websocketPaths: config.websocketPaths,
        minTlsVersion: config.minTlsVersion,
        failOnLegacyTls: config.failOnLegacyTls,
        requireTlsVersions: config.requireTlsVersions,
        targets: config.targets
    };
}


/***/ })

};

//# sourceMappingURL=393.index.js.map