export const id = 261;
export const ids = [261];
export const modules = {

/***/ 73261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  browserScan: () => (/* binding */ browserScan),
  browserSocketFinding: () => (/* binding */ browserSocketFinding)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(81001);
// EXTERNAL MODULE: ./src/isolation.ts
var isolation = __webpack_require__(37655);
// EXTERNAL MODULE: ./src/remedies.ts
var remedies = __webpack_require__(20515);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/browser/launch.ts
// Finding and starting headless Chromium. puppeteer-core is imported here only, and only when a
// run asks for a browser: the action's start-up does not load it otherwise.


/** What is looked for on the PATH, in order, without browser-path. */
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];
const MISSING_CHROMIUM = "browser: chromium needs Chromium: on GitHub's Ubuntu runners it is preinstalled (google-chrome); elsewhere `apt-get install chromium`, or set browser-path";
/** How long Chromium may take to start (a cold start on a busy runner takes seconds). */
const LAUNCH_TIMEOUT_MS = 30_000;
/** The first of `names` that is an executable file in `searchPath` (a PATH value). */
function findExecutable(names, searchPath = process.env.PATH ?? '') {
    for (const name of names) {
        for (const dir of searchPath.split((external_node_path_default()).delimiter).filter(Boolean)) {
            const candidate = external_node_path_default().join(dir, name);
            try {
                (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
                return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
/** browser-path when set (it must exist), else the first Chromium on the PATH. */
function findChromium(browserPath) {
    if (!browserPath)
        return findExecutable(CHROMIUM_NAMES);
    try {
        (0,external_node_fs_.accessSync)(browserPath, external_node_fs_.constants.X_OK);
        return browserPath;
    }
    catch {
        return undefined;
    }
}
/** How much memory a page may take, so that one that allocates without end crashes its own
 * renderer instead of taking the runner's memory (a tab grows to about 4 GB otherwise). The
 * JavaScript heap is V8's to bound; on Linux every Chromium process's data segment (RLIMIT_DATA,
 * which counts what the heap does not hold: array buffers, the DOM) is bounded too. Measured
 * with Debian's Chromium 156, a page allocating in a loop peaks at about 0.65 GB (objects,
 * strings, array buffers) or 0.95 GB (DOM nodes) of renderer memory, against 1.6 GB and more
 * without the bounds. */
const PAGE_MEMORY_MB = { javaScriptHeap: 512, processData: 1024 };
/** The command line wss-doctor relies on (puppeteer adds its own defaults beside these). */
function chromiumArgs(options) {
    return [
        '--headless=new',
        `--js-flags=--max-old-space-size=${PAGE_MEMORY_MB.javaScriptHeap}`,
        // Chromium's sandbox cannot start as root (containers, `sudo`): it refuses to run without
        // this flag there. As any other user the sandbox stays on.
        ...(options.runningAsRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        // QUIC would take a second path to an https origin; TCP+TLS is what the targets serve.
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--host-resolver-rules=${options.resolverRules}`
    ];
}
async function launchChromium(options) {
    const { default: puppeteer } = await Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(56)]).then(__webpack_require__.bind(__webpack_require__, 8056));
    const args = chromiumArgs({
        resolverRules: options.resolverRules,
        runningAsRoot: process.getuid?.() === 0
    });
    const userDataDir = options.profile.userDataDir;
    const common = {
        headless: true,
        pipe: true,
        userDataDir,
        // The throwaway HOME (its NSS database trusts ca-file) for the browser's process only.
        env: { ...process.env, HOME: options.profile.home },
        timeout: LAUNCH_TIMEOUT_MS,
        protocolTimeout: options.protocolTimeoutMs
    };
    if (process.platform !== 'linux' || !findExecutable(['sh'], '/bin'))
        return puppeteer.launch({ ...common, executablePath: options.executablePath, args });
    // puppeteer would put its defaults first on the command line, where the shell's own arguments
    // go: they are asked for here and passed after those.
    const command = withDataLimit(options.executablePath, puppeteer.defaultArgs({ headless: true, userDataDir, args }));
    return puppeteer.launch({ ...common, ...command, ignoreDefaultArgs: true });
}
/** Chromium started by /bin/sh under a data-segment limit, which every process it starts
 * (renderers, GPU, utilities) inherits. A limit the shell cannot set (a lower hard limit is
 * already there) leaves that one in force. */
function withDataLimit(executablePath, args) {
    const kilobytes = PAGE_MEMORY_MB.processData * 1024;
    return {
        executablePath: '/bin/sh',
        args: ['-c', `ulimit -d ${kilobytes} 2>/dev/null; exec "$0" "$@"`, executablePath, ...args]
    };
}

;// CONCATENATED MODULE: ./src/browser/page-watch.ts

class PageFailed extends Error {
    failure;
    name = 'PageFailed';
    constructor(failure) {
        super(failure.kind === 'hung'
            ? `the page did not answer for ${failure.silentMs} ms`
            : `the page's renderer ended: ${failure.status}`);
        this.failure = failure;
    }
}
/** Target.targetCrashed comes with the status (crashed, killed…) only on a browser-wide
 * session that discovers targets; a page's own session learns no more than "crashed". */
async function watchCrashes(browser) {
    const session = await browser.target().createCDPSession();
    const listeners = new Map();
    session.on('Target.targetCrashed', (e) => listeners.get(e.targetId)?.({ kind: 'crashed', status: e.status, code: e.errorCode }));
    await session.send('Target.setDiscoverTargets', { discover: true });
    return {
        onCrash: (targetId, listener) => {
            listeners.set(targetId, listener);
            return () => listeners.delete(targetId);
        }
    };
}
/** How often the page is asked whether it still answers. */
const HEARTBEAT_MS = 250;
/** A question unanswered this long is asked again: one answer lost must not read as a hang (a
 * page is hung when it answers nothing for `hangAfterMs`). */
const ASK_AGAIN_MS = 1_000;
/** Watches the page of `session` (a session of its own) until `stop()`. */
async function watchPage(session, crashes, hangAfterMs, parent) {
    const controller = new AbortController();
    let reject = () => undefined;
    const failed = new Promise((_, rejectWith) => (reject = rejectWith));
    failed.catch(() => undefined); // only `until` and `answering` report it
    const fail = (failure) => {
        if (controller.signal.aborted)
            return;
        const error = new PageFailed(failure);
        reject(error);
        controller.abort(error);
    };
    const stopParent = (0,isolation/* onAbort */.u7)(parent, () => controller.abort(parent?.reason));
    // A page target's id is its main frame's.
    const { targetInfo } = await session.send('Target.getTargetInfo');
    const stopCrashes = crashes.onCrash(targetInfo.targetId, fail);
    const navigating = await trackNavigation(session, targetInfo.targetId);
    const heartbeat = startHeartbeat(session, navigating, hangAfterMs, silentMs => fail({ kind: 'hung', silentMs }));
    const until = (work) => Promise.race([work, failed]);
    return {
        signal: controller.signal,
        until,
        answering: () => until(heartbeat.answered()),
        stop: () => {
            heartbeat.stop();
            stopCrashes();
            stopParent();
        }
    };
}
/** Whether the main frame is loading a new document. DevTools holds every call to the renderer
 * back until that navigation ends (a server slow to answer holds it for as long), so the page
 * cannot answer then, hung or not. */
async function trackNavigation(session, mainFrameId) {
    const loading = new Set();
    session.on('Network.requestWillBeSent', (e) => {
        if (e.type === 'Document' && e.frameId === mainFrameId)
            loading.add(e.requestId);
    });
    // The document's response ends the wait; the commit follows at once.
    const ended = (e) => void loading.delete(e.requestId);
    session.on('Network.responseReceived', ended);
    session.on('Network.loadingFailed', ended);
    session.on('Network.loadingFinished', ended);
    await session.send('Network.enable');
    return () => loading.size > 0;
}
/** Asks the page's main thread a trivial question every beat; `onHang` when no sign of life
 * came for `hangAfterMs`. */
function startHeartbeat(session, navigating, hangAfterMs, onHang) {
    let lastSign = performance.now();
    let askedAt;
    const waiters = [];
    const alive = () => {
        lastSign = performance.now();
        for (const resolve of waiters.splice(0))
            resolve();
    };
    const replied = () => {
        askedAt = undefined;
        alive();
    };
    const ask = () => {
        askedAt = performance.now();
        // Any reply, an error included, means the question got through: not hung.
        session.send('Runtime.evaluate', { expression: '0' }).then(replied, replied);
    };
    const timer = setInterval(() => {
        const now = performance.now();
        if (navigating())
            return alive();
        if (now - lastSign > hangAfterMs)
            return onHang(Math.round(now - lastSign));
        if (askedAt === undefined || now - askedAt >= ASK_AGAIN_MS)
            ask();
    }, HEARTBEAT_MS);
    return {
        answered: () => new Promise(resolve => {
            waiters.push(resolve);
            ask();
        }),
        stop: () => clearInterval(timer)
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/browser/profile.ts
// A throwaway profile for one browser run: a user-data directory, and a HOME whose NSS database
// trusts the ca-file certificates. Chromium on Linux reads extra trust anchors from
// $HOME/.pki/nssdb; the HOME is passed to the browser's process only, so nothing on the user's
// machine changes.





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const CERTUTIL_TIMEOUT_MS = 10_000;
class ProfileError extends Error {
    name = 'ProfileError';
}
/** `certutil`: the NSS tool's path, needed only when there are CAs to trust. */
async function createProfile(extraCAs, certutil) {
    const root = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'wss-doctor-browser-'));
    const home = external_node_path_default().join(root, 'home');
    const userDataDir = external_node_path_default().join(root, 'user-data');
    // Retries: a browser that has just exited may still be flushing files into its profile.
    const remove = () => (0,promises_.rm)(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    try {
        await (0,promises_.mkdir)(userDataDir);
        await (0,promises_.mkdir)(external_node_path_default().join(home, '.pki', 'nssdb'), { recursive: true });
        if (extraCAs.length > 0)
            await trust(home, extraCAs, certutil);
    }
    catch (err) {
        await remove();
        throw err;
    }
    return { home, userDataDir, remove };
}
async function trust(home, cas, certutil) {
    if (!certutil)
        throw new ProfileError('browser: chromium needs certutil to trust ca-file: `apt-get install libnss3-tools`');
    const db = `sql:${external_node_path_default().join(home, '.pki', 'nssdb')}`;
    const options = { timeout: CERTUTIL_TIMEOUT_MS, env: { ...process.env, HOME: home } };
    await run(certutil, ['-d', db, '-N', '--empty-password'], options);
    for (const [i, pem] of cas.entries()) {
        const file = external_node_path_default().join(home, `ca-${i + 1}.pem`);
        await (0,promises_.writeFile)(file, pem);
        // C,, : a trusted CA for TLS servers (not for mail or code signing).
        await run(certutil, ['-d', db, '-A', '-t', 'C,,', '-n', `wss-doctor ca-file ${i + 1}`, '-i', file], options);
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/browser/resolver-rules.ts
// Chromium's --host-resolver-rules for a run: the hosts under test go where the resolve input
// says (or to DNS), loopback stays reachable, and every other name resolves to nothing. Chromium
// looks up Google's hosts even with background networking off; on a runner that is a leak and
// on a closed network a wait.

/** Loopback is always reachable, whatever the rules map. */
const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
/**
 * `hosts`: the names the browser may reach (targets, pages). A host with `resolve` addresses is
 * mapped to its first address (per port, as the resolve input is keyed), one without is left to
 * DNS. Rules are read first match first; an EXCLUDE beats every MAP (checked with Chromium 156),
 * so mapped hosts are never excluded, and a mapped host's other ports resolve to nothing.
 */
function resolverRules(hosts, resolve) {
    const mapped = new Set();
    const rules = [];
    for (const [key, addresses] of resolve.addresses) {
        const address = addresses[0];
        if (address === undefined)
            continue;
        rules.push(`MAP ${key} ${(0,external_node_net_.isIP)(address) === 6 ? `[${address}]` : address}`);
        mapped.add(key.slice(0, key.lastIndexOf(':')));
    }
    rules.push('MAP * ~NOTFOUND');
    const excluded = new Set(LOOPBACK);
    for (const host of hosts) {
        const name = host.toLowerCase();
        if (!mapped.has(name))
            excluded.add(name);
    }
    for (const host of excluded)
        rules.push(`EXCLUDE ${host}`);
    return rules.join(', ');
}

;// CONCATENATED MODULE: ./src/browser/sockets.ts
/** At most this many sockets per page: a reconnect loop must not grow the report. */
const MAX_SOCKETS = 100;
const MAX_TEXT = 300;
const MIXED_CONTENT = /insecure WebSocket endpoint '([^']{1,4096})'/;
const CSP = /^(?:Connecting to|Refused to connect to) '([^']{1,4096})'[^]*?Content Security Policy directive: "([^"]{0,1000})"/;
function sockets_short(text) {
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}
/** Starts recording on `session` (a page's): call before the page navigates. */
async function recordSockets(session) {
    const byRequest = new Map();
    const sockets = [];
    const exceptions = [];
    const unresolved = new Set();
    const requestUrls = new Map();
    let last = performance.now();
    const add = (record) => {
        last = performance.now();
        if (sockets.length >= MAX_SOCKETS)
            return undefined;
        sockets.push(record);
        return record;
    };
    const settle = (requestId, outcome) => {
        last = performance.now();
        const record = byRequest.get(requestId);
        if (record?.outcome.kind === 'pending')
            record.outcome = outcome;
    };
    session.on('Network.webSocketCreated', (e) => {
        const record = add({ url: e.url, outcome: { kind: 'pending' } });
        if (record)
            byRequest.set(e.requestId, record);
    });
    session.on('Network.webSocketHandshakeResponseReceived', (e) => {
        // Chromium reports a refused upgrade (403, 404…) as a frame error, in its own words
        // ("Unexpected response code: 403"); a response here is, in practice, the 101.
        const { status } = e.response;
        settle(e.requestId, status === 101
            ? { kind: 'open', status }
            : { kind: 'failed', error: sockets_short(`HTTP ${status} ${e.response.statusText}`) });
    });
    session.on('Network.webSocketFrameError', (e) => settle(e.requestId, { kind: 'failed', error: sockets_short(e.errorMessage) }));
    session.on('Network.webSocketClosed', (e) => settle(e.requestId, {
        kind: 'failed',
        error: 'The connection closed before the handshake finished'
    }));
    session.on('Network.requestWillBeSent', (e) => requestUrls.set(e.requestId, e.request.url));
    session.on('Network.loadingFailed', (e) => {
        if (e.errorText !== 'net::ERR_NAME_NOT_RESOLVED')
            return;
        const url = requestUrls.get(e.requestId);
        if (url && unresolved.size < MAX_SOCKETS)
            unresolved.add(hostOf(url));
    });
    session.on('Log.entryAdded', ({ entry }) => {
        if (entry.source !== 'security')
            return;
        const mixed = MIXED_CONTENT.exec(entry.text);
        if (mixed) {
            add({ url: mixed[1], outcome: { kind: 'blocked', by: 'mixed-content' } });
            return;
        }
        const csp = CSP.exec(entry.text);
        if (csp && /^wss?:/i.test(csp[1]))
            add({ url: csp[1], outcome: { kind: 'blocked', by: 'csp', directive: sockets_short(csp[2]) } });
    });
    session.on('Runtime.exceptionThrown', (e) => {
        const text = e.exceptionDetails.exception?.description ?? e.exceptionDetails.text;
        if (/WebSocket/.test(text) && exceptions.length < 10)
            exceptions.push(sockets_short(text.split('\n')[0]));
    });
    await Promise.all([
        session.send('Network.enable'),
        session.send('Log.enable'),
        session.send('Runtime.enable')
    ]);
    return {
        sockets,
        exceptions,
        unresolved,
        pending: () => sockets.filter(s => s.outcome.kind === 'pending').length,
        lastEventAt: () => last
    };
}
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return sockets_short(url);
    }
}

// EXTERNAL MODULE: ./src/scans/declared.ts
var declared = __webpack_require__(31382);
;// CONCATENATED MODULE: ./src/scans/browser.ts
// The real-browser check: headless Chromium opens each page (or, without page-urls, a page of
// each wss:// target's own https origin) and reports every WebSocket it opens or fails to open,
// in the browser's own words, beside wss-doctor's verdict on the same endpoint.











/** A page is done when it has opened a socket, none is pending and none has appeared for this
 * long (sockets a page opens later than this, or than timeout-ms after its load, are not seen).
 * A page that opens none is watched for timeout-ms, as its finding says. */
const PAGE_QUIET_MS = 1_500;
/** Bounds a navigation that involves no network (about:blank). */
const LOCAL_TIMEOUT_MS = 10_000;
/** How long the DevTools events of a target's test socket may trail the page's own. */
const TARGET_SETTLE_LIMIT_MS = 5_000;
/** A page that answers nothing for timeout-ms, and at least this long, is hung. */
const MIN_HANG_MS = 1_000;
/** Dialogs named in a result, at most. */
const MAX_DIALOGS = 5;
/** Checks in which wss-doctor is deliberately stricter than browsers: a browser opening a
 * socket they failed is expected. */
const STRICTER = new Set([
    'expiry',
    'revocation',
    'crypto',
    'versions',
    'ciphers',
    'origin',
    'addresses',
    'compare'
]);
const browserScan = {
    ...declared/* BROWSER_SCAN */.VI,
    run: ctx => runBrowser(ctx)
};
function unitsOf(ctx) {
    if (ctx.config.pageUrls.length > 0)
        return ctx.config.pageUrls.map(url => ({ kind: 'page', url }));
    return ctx.results.flatMap((own) => {
        const endpoint = own.target.endpoint;
        return endpoint?.scheme === 'wss' && !own.target.problem
            ? [{ kind: 'target', own, endpoint }]
            : [];
    });
}
async function runBrowser(ctx) {
    const { config } = ctx;
    const units = unitsOf(ctx);
    if (units.length === 0)
        return { results: [] };
    const executable = findChromium(config.browserPath);
    if (!executable)
        return {
            results: [
                setupFailure(config.browserPath
                    ? `browser: chromium: browser-path ${config.browserPath} is not an executable file`
                    : MISSING_CHROMIUM, config.browserPath ? MISSING_CHROMIUM : undefined)
            ]
        };
    let profile;
    try {
        profile = await createProfile(config.extraCAs, findExecutable(['certutil']));
    }
    catch (err) {
        if (err instanceof ProfileError)
            return { results: [setupFailure(err.message)] };
        throw err;
    }
    const signal = (0,isolation/* deadlineSignal */.R)();
    let browser;
    let closing;
    // Once, and awaited by everyone: the profile goes only after the browser process has exited.
    const close = () => (closing ??= browser ? browser.close().catch(() => undefined) : Promise.resolve());
    // At the deadline the browser goes at once: every DevTools call then fails and the scan ends.
    // (During the launch there is none yet: the check after it ends the scan, `finally` closes.)
    const stopWatching = (0,isolation/* onAbort */.u7)(signal, () => {
        if (browser)
            void close();
    });
    try {
        try {
            browser = await launchChromium({
                executablePath: executable,
                profile,
                resolverRules: resolverRules(reachableHosts(ctx), config.resolve),
                protocolTimeoutMs: Math.max(2 * config.timeoutMs, 30_000)
            });
        }
        catch (err) {
            return {
                results: [setupFailure(`Chromium (${executable}) did not start: ${message(err)}`)]
            };
        }
        if (signal?.aborted)
            throw new Error('The run reached its deadline');
        const crashes = await watchCrashes(browser);
        const results = [];
        for (const unit of units) {
            if (signal?.aborted)
                break;
            try {
                results.push(await checkUnit(browser, crashes, unit, ctx, signal));
            }
            catch (err) {
                // One page the browser could not finish (a crashed tab, a detached frame) is that
                // page's failure; past the deadline, or with the browser gone, the scan ends.
                if (signal?.aborted || !browser.connected)
                    throw err;
                results.push(unitFailure(unit, err, config));
            }
        }
        return { results };
    }
    finally {
        stopWatching();
        await close();
        await profile.remove();
    }
}
/** Targets' and pages' hosts: every other name resolves to nothing in the browser. */
function reachableHosts(ctx) {
    return [
        ...ctx.results.flatMap(r => (r.target.endpoint ? [r.target.endpoint.host] : [])),
        ...ctx.config.pageUrls.map(url => new URL(url).hostname.replace(/^\[(.*)\]$/, '$1'))
    ];
}
function setupFailure(title, hint) {
    return {
        target: { label: 'browser: chromium', scan: 'browser' },
        status: 'fail',
        findings: [
            {
                check: 'browser',
                code: 'browser-unavailable',
                status: 'fail',
                title,
                cause: 'The real-browser check could not start its browser',
                fix: {
                    text: hint ??
                        'Install what the message names, or set browser: off to skip the real-browser check.'
                }
            }
        ],
        facts: {}
    };
}
function unitLabel(unit, config) {
    return unit.kind === 'page' ? redactText(unit.url, config) : `chromium: ${unit.own.target.label}`;
}
function unitFailure(unit, err, config) {
    return {
        target: { label: unitLabel(unit, config), scan: 'browser' },
        status: 'fail',
        findings: [
            {
                check: 'browser',
                code: 'browser-error',
                status: 'fail',
                title: `Chromium could not finish this check: ${redactText(sockets_short(message(err)), config)}`
            }
        ],
        facts: {}
    };
}
/** One page or target in a fresh browser context (no cookies or cache from the others). A page
 * that crashes or hangs is a finding that says so, beside the sockets it had opened by then. */
async function checkUnit(browser, crashes, unit, ctx, signal) {
    const { config } = ctx;
    const context = await browser.createBrowserContext();
    let watch;
    try {
        const page = await context.newPage();
        page.setDefaultTimeout(config.timeoutMs);
        const dialogs = acceptDialogs(page);
        const session = await page.createCDPSession();
        const hangAfterMs = Math.max(config.timeoutMs, MIN_HANG_MS);
        watch = await watchPage(session, crashes, hangAfterMs, signal);
        const log = await recordSockets(session);
        let findings;
        try {
            findings = await watch.until(unit.kind === 'page'
                ? checkPage(page, log, unit.url, ctx, watch.signal)
                : checkTarget(page, log, unit.own, unit.endpoint, ctx, watch));
            // A page that hung once its sockets were seen is hung all the same.
            await watch.answering();
        }
        catch (err) {
            if (!(err instanceof PageFailed))
                throw err;
            const settled = log.sockets.filter(s => s.outcome.kind !== 'pending');
            findings = [
                pageFailureFinding(err.failure, pageNotes(log, config)),
                ...socketFindings(settled, ctx, config.timeoutMs, 
                // A target's own page is its https origin.
                unit.kind !== 'page' || unit.url.startsWith('https:'))
            ];
        }
        addDetails(findings[0], dialogNotes(dialogs, config));
        return {
            target: { label: unitLabel(unit, config), scan: 'browser' },
            status: (0,src_findings/* worstStatus */.A4)(findings.map(f => f.status)),
            findings,
            facts: {}
        };
    }
    finally {
        watch?.stop();
        await context.close().catch(() => undefined);
    }
}
/** Accepts every dialog (alert, confirm, prompt) as a user would: headless, nobody would, and
 * the page would wait on it for good. Returns their texts, as the page wrote them. */
function acceptDialogs(page) {
    const dialogs = [];
    page.on('dialog', dialog => {
        if (dialogs.length < MAX_DIALOGS)
            dialogs.push(`${dialog.type()}: ${sockets_short(dialog.message())}`);
        void dialog.accept().catch(() => undefined);
    });
    return dialogs;
}
function dialogNotes(dialogs, config) {
    return dialogs.map(dialog => `The page opened a dialog (${redactText(dialog, config)}); wss-doctor accepted it.`);
}
/** The page's renderer crashed, was killed, or stopped answering. */
function pageFailureFinding(failure, notes) {
    if (failure.kind === 'hung')
        return {
            check: 'browser',
            code: 'browser-page-hung',
            status: 'fail',
            title: `The page stopped answering: its main thread was busy for over ${seconds(failure.silentMs)} (an endless loop, or a task that does not end)`,
            details: orNone(notes),
            cause: 'A script on the page runs without yielding: the tab freezes, and nothing after it runs, its WebSockets included',
            fix: {
                text: 'Record the page in Chrome DevTools (Performance panel) to find the long task, then break it up or move it to a Worker; a loop that waits for something must await it (a promise, setTimeout) instead of spinning.'
            }
        };
    const killed = failure.status === 'killed';
    return {
        check: 'browser',
        code: 'browser-page-crashed',
        status: 'fail',
        title: killed
            ? "Chromium's renderer for the page was killed"
            : 'The page crashed Chromium\'s renderer (the tab\'s "Aw, Snap!")',
        details: [
            `Chromium: the renderer ended with status ${failure.status} (${termination(failure.code, failure.status)}).`,
            `wss-doctor bounds a page's memory (a ${PAGE_MEMORY_MB.javaScriptHeap} MB JavaScript heap; on Linux, ${PAGE_MEMORY_MB.processData} MB of data per Chromium process): a page that allocates past it crashes, as it would in a tab short of memory.`,
            ...notes
        ],
        cause: killed
            ? "Something outside the page ended its renderer: most often the system's out-of-memory killer, when the page's memory grew without end"
            : 'The page ran out of memory (it allocates without end), or it triggers a renderer crash',
        fix: {
            text: 'Open the page with Chrome DevTools (Memory panel, Performance monitor) and look for memory that only grows: an array, cache or buffer never trimmed, or a reconnect loop that keeps every old socket. Users with little memory see this crash too.'
        }
    };
}
/** Chromium's code for a renderer that ended: on Linux, a signal's number when it crashed or
 * was killed. */
function termination(code, status) {
    const signal = process.platform === 'linux' && (status === 'crashed' || status === 'killed')
        ? Object.entries((external_node_os_default()).constants.signals).find(([, number]) => number === code)?.[0]
        : undefined;
    return signal ?? `code ${code}`;
}
async function checkPage(page, log, url, ctx, signal) {
    const { config } = ctx;
    let loadError;
    try {
        await page.goto(url, { waitUntil: 'load', timeout: config.timeoutMs });
    }
    catch (err) {
        loadError = sockets_short(message(err));
    }
    const host = new URL(url).hostname;
    // A page that never answered or was refused has nothing to show; one slow to finish
    // loading may still have opened its sockets.
    if (loadError && log.sockets.length === 0 && !/timeout/i.test(loadError)) {
        return [
            {
                check: 'browser',
                code: 'browser-page-not-loaded',
                status: 'fail',
                title: `Chromium could not load the page: ${redactText(loadError, config)}`,
                details: orNone(pageNotes(log, config)),
                ...certificateCause(loadError, host, [])
            }
        ];
    }
    await waitForQuiet(log, PAGE_QUIET_MS, config.timeoutMs, signal);
    const notes = [
        ...(loadError ? [`The page did not finish loading: ${redactText(loadError, config)}`] : []),
        ...pageNotes(log, config)
    ];
    const secure = new URL(page.url() || url).protocol === 'https:' || url.startsWith('https:');
    const findings = socketFindings(log.sockets, ctx, config.timeoutMs, secure);
    if (findings.length === 0) {
        return [
            {
                check: 'browser',
                code: 'browser-no-websocket',
                status: 'warn',
                title: `The page opened no WebSocket within ${seconds(config.timeoutMs)} of loading`,
                details: orNone(notes),
                fix: {
                    text: 'Check that the page opens its WebSocket on load (not after a click or a login), or list the wss:// URLs in urls and leave page-urls empty to open each one from a blank page.'
                }
            }
        ];
    }
    addDetails(findings[0], notes);
    return findings;
}
/** What the page did besides its sockets: names that did not resolve, exceptions. */
function pageNotes(log, config) {
    const notes = [];
    if (log.unresolved.size > 0)
        notes.push(`Names that did not resolve in the browser: ${[...log.unresolved].map(h => redactText(h, config)).join(', ')}. The browser reaches only the targets, the pages and loopback: list a wss:// URL of such a host in urls to let it through.`);
    for (const exception of log.exceptions)
        notes.push(`The page threw: ${redactText(exception, config)}`);
    return notes;
}
async function checkTarget(page, log, own, endpoint, ctx, watch) {
    const { config } = ctx;
    const { signal } = watch;
    const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host;
    const origin = `https://${host}:${endpoint.port}`;
    const notes = [];
    try {
        await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded', timeout: config.timeoutMs });
        notes.push(`The test page was ${origin}/ (the upgrade's Origin: ${origin}).`);
    }
    catch (err) {
        // A page that did not load because it hangs is that hang: about:blank would replace it.
        await watch.answering();
        await page.goto('about:blank', { timeout: LOCAL_TIMEOUT_MS });
        notes.push(`The test page was about:blank (an opaque origin, Origin: null): ${origin}/ did not load (${redactText(sockets_short(message(err)), config)}).`);
    }
    // Secrets stay out of the browser: it gets the URL without password and token parameters.
    const url = (0,secrets/* withoutSecrets */.cT)(new URL(own.target.secretUrl ?? endpoint.url));
    if (own.target.secretUrl)
        notes.push("Opened without the URL's password and token parameters: wss-doctor does not hand them to the browser.");
    const outcome = await page.evaluate(openSocketScript(url, config.timeoutMs));
    // The page has seen the socket's end; the DevTools events with the browser's words may
    // still be on their way.
    const recorded = () => log.sockets.findLast(s => sameUrl(s.url, url));
    await waitFor(() => recorded()?.outcome.kind !== 'pending' && recorded() !== undefined, TARGET_SETTLE_LIMIT_MS, signal);
    // Unanswered within timeout-ms (the page's own timer then closed it, which is not the
    // server's doing); or no DevTools record at all: the page's word is all there is.
    const record = outcome === 'timeout'
        ? { url, outcome: { kind: 'pending' } }
        : (recorded() ?? { url, outcome: { kind: 'failed', error: sockets_short(String(outcome)) } });
    const findings = socketFindings([record], ctx, config.timeoutMs, !notes[0]?.includes('about:blank'));
    addDetails(findings[0], [...notes, ...pageNotes(log, config)]);
    return findings;
}
/** In the page: open one WebSocket, wait for its first event (bounded), close it. */
function openSocketScript(url, timeoutMs) {
    return `new Promise(resolve => {
    let socket
    try { socket = new WebSocket(${JSON.stringify(url)}) } catch (e) { resolve('threw ' + e.name + ': ' + e.message); return }
    const done = what => { clearTimeout(timer); resolve(what); try { socket.close() } catch {} }
    const timer = setTimeout(() => done('timeout'), ${timeoutMs})
    socket.onopen = () => done('open')
    socket.onerror = () => done('error')
    socket.onclose = e => done('close ' + e.code)
  })`;
}
async function waitFor(done, limitMs, signal) {
    const start = performance.now();
    while (!done() && !signal?.aborted && performance.now() - start < limitMs)
        await new Promise(resolve => setTimeout(resolve, 50));
}
/** Until the page has opened a socket, none is pending and none has appeared for `quietMs`; at
 * most `limitMs`, which is how long a page that opens none is watched (crashing or hanging in
 * that time is its finding, not "no WebSocket"). */
async function waitForQuiet(log, quietMs, limitMs, signal) {
    const start = performance.now();
    await waitFor(() => log.sockets.length > 0 &&
        log.pending() === 0 &&
        performance.now() - Math.max(start, log.lastEventAt()) >= quietMs, limitMs, signal);
}
/** One finding per distinct (URL, outcome); a reconnect loop is one finding with a count. */
function socketFindings(sockets, ctx, timeoutMs, securePage) {
    const groups = new Map();
    for (const record of sockets) {
        const key = `${record.url}\n${JSON.stringify(record.outcome)}`;
        const group = groups.get(key);
        if (group)
            group.count++;
        else
            groups.set(key, { record, count: 1 });
    }
    return [...groups.values()].map(({ record, count }) => {
        const finding = socketFinding(record, ctx, timeoutMs, securePage);
        if (count > 1)
            finding.details = [`The page tried this ${count} times.`, ...(finding.details ?? [])];
        return finding;
    });
}
/** `securePage`: the page that opened the socket is https (a ws:// socket is mixed content). */
function socketFinding(record, ctx, timeoutMs, securePage) {
    const { config } = ctx;
    const shown = redactText(record.url, config);
    const parsed = parseUrl(record.url);
    const own = parsed ? ownResult(ctx.results, parsed) : undefined;
    const host = parsed?.hostname.replace(/^\[(.*)\]$/, '$1') ?? shown;
    const outcome = record.outcome;
    switch (outcome.kind) {
        case 'open':
            return {
                check: 'browser',
                code: 'browser-ok',
                status: 'pass',
                title: `Chromium opened ${shown}`,
                details: [`${outcome.status} Switching Protocols`, ...disagreement(own, true)]
            };
        case 'blocked':
            if (outcome.by === 'mixed-content')
                return {
                    check: 'browser',
                    code: 'browser-mixed-content',
                    status: 'fail',
                    title: `Chromium blocked ${shown}: mixed content (an https page may not open ws://)`,
                    details: ['The page threw a SecurityError; no connection was made.'],
                    cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
                    ...(parsed ? { fix: (0,remedies/* plainWebSocketFix */.vL)(endpointOf(parsed, shown)) } : {})
                };
            // connect-src is checked first; allowing ws:// there would only meet the mixed-content
            // block: the fix is the wss:// endpoint, and that is what connect-src must list.
            if (parsed?.protocol === 'ws:' && securePage) {
                const secure = `wss://${parsed.host}`;
                return {
                    check: 'browser',
                    code: 'browser-csp-mixed-content',
                    status: 'fail',
                    title: `Chromium blocked ${shown}: the page's Content Security Policy does not allow it, and an https page may not open ws:// at all (mixed content)`,
                    details: [`Directive: ${redactText(outcome.directive, config)}`],
                    cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets, whatever its Content-Security-Policy allows',
                    fix: {
                        text: `Serve this endpoint as wss:// (${redactText(`${secure}${parsed.pathname}`, config)}), open it with wss:// from the page, and add ${secure} to connect-src in the page's Content-Security-Policy; allowing ws:// in connect-src cannot work on an https page.`,
                        code: { lang: 'http', text: `Content-Security-Policy: connect-src 'self' ${secure}` }
                    }
                };
            }
            return {
                check: 'browser',
                code: 'browser-csp-blocks',
                status: 'fail',
                title: `Chromium blocked ${shown}: the page's Content Security Policy does not allow it`,
                details: [`Directive: ${redactText(outcome.directive, config)}`],
                cause: "The page's Content-Security-Policy (connect-src) does not list this WebSocket URL",
                fix: {
                    text: `Add ${parsed ? `${parsed.protocol}//${parsed.host}` : 'the WebSocket origin'} to connect-src in the page's Content-Security-Policy (response header or meta tag).`,
                    code: {
                        lang: 'http',
                        text: `Content-Security-Policy: connect-src 'self' ${parsed ? `${parsed.protocol}//${parsed.host}` : 'wss://…'}`
                    }
                }
            };
        case 'pending':
            return {
                check: 'browser',
                code: 'browser-no-answer',
                status: 'fail',
                title: `Chromium got no handshake answer from ${shown} within ${seconds(timeoutMs)}`,
                details: orNone(disagreement(own, false)),
                cause: 'The server (or a proxy before it) accepted the connection and never answered the upgrade'
            };
        case 'failed': {
            const error = redactText(outcome.error, config);
            const covered = (own?.facts.handshake?.chain[0]?.subjectAltNames ?? [])
                .filter(n => n.startsWith('DNS:'))
                .map(n => n.slice(4));
            return {
                check: 'browser',
                code: 'browser-connect-failed',
                status: 'fail',
                title: `Chromium could not open ${shown}: ${error}`,
                details: orNone(disagreement(own, false)),
                ...certificateCause(outcome.error, host, covered)
            };
        }
    }
}
/** The cause and fix of the certificate errors Chromium names. */
function certificateCause(error, host, covered) {
    if (error.includes('ERR_CERT_COMMON_NAME_INVALID'))
        return {
            cause: 'The SSL certificate does not cover the WebSocket server hostname (missing SAN or wildcard)',
            fix: (0,remedies/* coverHostnameFix */.kx)(host, covered)
        };
    if (error.includes('ERR_CERT_DATE_INVALID'))
        return {
            cause: 'The certificate has expired or is not valid yet',
            fix: (0,remedies/* renewalFix */._z)(host)
        };
    if (error.includes('ERR_CERT_AUTHORITY_INVALID'))
        return {
            cause: 'The certificate is not issued by a CA the browser trusts: self-signed, a private or development CA, or a missing intermediate',
            fix: (0,remedies/* trustedCertificateFix */.il)(host)
        };
    return {};
}
/** A line saying so when Chromium and wss-doctor's own checks of the endpoint disagree. */
function disagreement(own, opened) {
    if (!own)
        return [];
    const failed = [...new Set(own.findings.filter(f => f.status === 'fail').map(f => f.check))];
    if (opened && failed.length > 0) {
        const stricter = failed.every(check => STRICTER.has(check));
        return [
            `Chromium and wss-doctor disagree: wss-doctor failed this target on ${failed.join(', ')}${stricter ? ' (deliberately stricter than browsers)' : ''}, Chromium opened it.`
        ];
    }
    if (!opened && own.status !== 'fail')
        return [
            `Chromium and wss-doctor disagree: wss-doctor's own checks ${own.status === 'pass' ? 'passed' : 'only warned about'} this target, Chromium could not open it.`
        ];
    return [];
}
/** The target whose endpoint a socket URL is (scheme, host, port and path). */
function ownResult(results, url) {
    return results.find(({ target }) => sameEndpoint(target, url));
}
function sameEndpoint(target, url) {
    const endpoint = target.endpoint;
    if (!endpoint || target.scan)
        return false;
    const port = Number(url.port || (url.protocol === 'wss:' ? 443 : 80));
    return (`${endpoint.scheme}:` === url.protocol &&
        endpoint.host === url.hostname.replace(/^\[(.*)\]$/, '$1') &&
        endpoint.port === port &&
        endpoint.path.split('?')[0] === url.pathname);
}
function endpointOf(url, shown) {
    return {
        url: shown,
        scheme: url.protocol === 'wss:' ? 'wss' : 'ws',
        host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: Number(url.port || (url.protocol === 'wss:' ? 443 : 80)),
        path: new URL(shown).pathname,
        addresses: []
    };
}
function sameUrl(a, b) {
    return parseUrl(a)?.href === parseUrl(b)?.href;
}
function parseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
/** Browser text with the URLs in it redacted and the run's secrets masked. */
function redactText(text, config) {
    const redacted = text.replace(/\b(?:wss?|https?):\/\/[^\s'"<>]+/gi, found => {
        const url = parseUrl(found);
        return url ? (0,secrets/* redactUrl */.BO)(url) : (0,secrets/* redactUnparsedUrl */.Hs)(found).text;
    });
    return (0,secrets/* maskSecrets */.QU)(redacted, config.secrets);
}
function orNone(lines) {
    return lines.length > 0 ? lines : undefined;
}
/** Appends (or prepends) lines to a finding's details; no empty list. */
function addDetails(finding, lines, first = false) {
    const earlier = finding.details ?? [];
    finding.details = orNone(first ? [...lines, ...earlier] : [...earlier, ...lines]);
}
function message(err) {
    return err instanceof Error ? err.message : String(err);
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
/** For tests: one socket's finding. */
const browserSocketFinding = socketFinding;


/***/ })

};

//# sourceMappingURL=261.index.js.map