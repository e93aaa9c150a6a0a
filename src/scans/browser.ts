// The real-browser check: headless Chromium opens each page (or, without page-urls, a page of
// each wss:// target's own https origin) and reports every WebSocket it opens or fails to open,
// in the browser's own words, beside wss-doctor's verdict on the same endpoint.
import os from 'node:os'
import type { Browser, Page } from 'puppeteer-core'
import type { Config } from '../config.js'
import type { TargetResult } from '../results.js'
import type { CheckId, Finding } from '../findings.js'
import { worstStatus } from '../findings.js'
import { deadlineSignal, onAbort } from '../isolation.js'
import {
  coverHostnameFix,
  plainWebSocketFix,
  renewalFix,
  trustedCertificateFix
} from '../remedies.js'
import { maskSecrets, redactUnparsedUrl, redactUrl, withoutSecrets } from '../secrets.js'
import type { Endpoint, Target } from '../target.js'
import {
  findChromium,
  findExecutable,
  launchChromium,
  MISSING_CHROMIUM,
  PAGE_MEMORY_MB
} from '../browser/launch.js'
import {
  PageFailed,
  watchCrashes,
  watchPage,
  type CrashReports,
  type PageFailure,
  type PageWatch
} from '../browser/page-watch.js'
import { createProfile, ProfileError, type BrowserProfile } from '../browser/profile.js'
import { resolverRules } from '../browser/resolver-rules.js'
import { recordSockets, short, type SocketLog, type SocketRecord } from '../browser/sockets.js'
import { BROWSER_SCAN } from './declared.js'
import type { Scan, ScanContext, ScanOutput } from './scan.js'

/** A page is done when it has opened a socket, none is pending and none has appeared for this
 * long (sockets a page opens later than this, or than timeout-ms after its load, are not seen).
 * A page that opens none is watched for timeout-ms, as its finding says. */
const PAGE_QUIET_MS = 1_500
/** Bounds a navigation that involves no network (about:blank). */
const LOCAL_TIMEOUT_MS = 10_000
/** How long the DevTools events of a target's test socket may trail the page's own. */
const TARGET_SETTLE_LIMIT_MS = 5_000
/** A page that answers nothing for timeout-ms, and at least this long, is hung. */
const MIN_HANG_MS = 1_000
/** Dialogs named in a result, at most. */
const MAX_DIALOGS = 5

/** Checks in which wss-doctor is deliberately stricter than browsers: a browser opening a
 * socket they failed is expected. */
const STRICTER: ReadonlySet<CheckId> = new Set([
  'expiry',
  'revocation',
  'crypto',
  'versions',
  'ciphers',
  'origin',
  'addresses',
  'compare'
])

export const browserScan: Scan = {
  ...BROWSER_SCAN,
  run: ctx => runBrowser(ctx)
}

type Unit =
  { kind: 'page'; url: string } | { kind: 'target'; own: TargetResult; endpoint: Endpoint }

function unitsOf(ctx: ScanContext): Unit[] {
  if (ctx.config.pageUrls.length > 0) return ctx.config.pageUrls.map(url => ({ kind: 'page', url }))
  return ctx.results.flatMap((own): Unit[] => {
    const endpoint = own.target.endpoint
    return endpoint?.scheme === 'wss' && !own.target.problem
      ? [{ kind: 'target', own, endpoint }]
      : []
  })
}

async function runBrowser(ctx: ScanContext): Promise<ScanOutput> {
  const { config } = ctx
  const units = unitsOf(ctx)
  if (units.length === 0) return { results: [] }
  const executable = findChromium(config.browserPath)
  if (!executable)
    return {
      results: [
        setupFailure(
          config.browserPath
            ? `browser: chromium: browser-path ${config.browserPath} is not an executable file`
            : MISSING_CHROMIUM,
          config.browserPath ? MISSING_CHROMIUM : undefined
        )
      ]
    }
  let profile: BrowserProfile
  try {
    profile = await createProfile(config.extraCAs, findExecutable(['certutil']))
  } catch (err) {
    if (err instanceof ProfileError) return { results: [setupFailure(err.message)] }
    throw err
  }
  const signal = deadlineSignal()
  let browser: Browser | undefined
  let closing: Promise<void> | undefined
  // Once, and awaited by everyone: the profile goes only after the browser process has exited.
  const close = (): Promise<void> =>
    (closing ??= browser ? browser.close().catch(() => undefined) : Promise.resolve())
  // At the deadline the browser goes at once: every DevTools call then fails and the scan ends.
  // (During the launch there is none yet: the check after it ends the scan, `finally` closes.)
  const stopWatching = onAbort(signal, () => {
    if (browser) void close()
  })
  try {
    try {
      browser = await launchChromium({
        executablePath: executable,
        profile,
        resolverRules: resolverRules(reachableHosts(ctx), config.resolve),
        protocolTimeoutMs: Math.max(2 * config.timeoutMs, 30_000)
      })
    } catch (err) {
      return {
        results: [setupFailure(`Chromium (${executable}) did not start: ${message(err)}`)]
      }
    }
    if (signal?.aborted) throw new Error('The run reached its deadline')
    const crashes = await watchCrashes(browser)
    const results: TargetResult[] = []
    for (const unit of units) {
      if (signal?.aborted) break
      try {
        results.push(await checkUnit(browser, crashes, unit, ctx, signal))
      } catch (err) {
        // One page the browser could not finish (a crashed tab, a detached frame) is that
        // page's failure; past the deadline, or with the browser gone, the scan ends.
        if (signal?.aborted || !browser.connected) throw err
        results.push(unitFailure(unit, err, config))
      }
    }
    return { results }
  } finally {
    stopWatching()
    await close()
    await profile.remove()
  }
}

/** Targets' and pages' hosts: every other name resolves to nothing in the browser. */
function reachableHosts(ctx: ScanContext): string[] {
  return [
    ...ctx.results.flatMap(r => (r.target.endpoint ? [r.target.endpoint.host] : [])),
    ...ctx.config.pageUrls.map(url => new URL(url).hostname.replace(/^\[(.*)\]$/, '$1'))
  ]
}

function setupFailure(title: string, hint?: string): TargetResult {
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
          text:
            hint ??
            'Install what the message names, or set browser: off to skip the real-browser check.'
        }
      }
    ],
    facts: {}
  }
}

function unitLabel(unit: Unit, config: Config): string {
  return unit.kind === 'page' ? redactText(unit.url, config) : `chromium: ${unit.own.target.label}`
}

function unitFailure(unit: Unit, err: unknown, config: Config): TargetResult {
  return {
    target: { label: unitLabel(unit, config), scan: 'browser' },
    status: 'fail',
    findings: [
      {
        check: 'browser',
        code: 'browser-error',
        status: 'fail',
        title: `Chromium could not finish this check: ${redactText(short(message(err)), config)}`
      }
    ],
    facts: {}
  }
}

/** One page or target in a fresh browser context (no cookies or cache from the others). A page
 * that crashes or hangs is a finding that says so, beside the sockets it had opened by then. */
async function checkUnit(
  browser: Browser,
  crashes: CrashReports,
  unit: Unit,
  ctx: ScanContext,
  signal: AbortSignal | undefined
): Promise<TargetResult> {
  const { config } = ctx
  const context = await browser.createBrowserContext()
  let watch: PageWatch | undefined
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(config.timeoutMs)
    const dialogs = acceptDialogs(page)
    const session = await page.createCDPSession()
    const hangAfterMs = Math.max(config.timeoutMs, MIN_HANG_MS)
    watch = await watchPage(session, crashes, hangAfterMs, signal)
    const log = await recordSockets(session)
    let findings: Finding[]
    try {
      findings = await watch.until(
        unit.kind === 'page'
          ? checkPage(page, log, unit.url, ctx, watch.signal)
          : checkTarget(page, log, unit.own, unit.endpoint, ctx, watch)
      )
      // A page that hung once its sockets were seen is hung all the same.
      await watch.answering()
    } catch (err) {
      if (!(err instanceof PageFailed)) throw err
      const settled = log.sockets.filter(s => s.outcome.kind !== 'pending')
      findings = [
        pageFailureFinding(err.failure, pageNotes(log, config)),
        ...socketFindings(
          settled,
          ctx,
          config.timeoutMs,
          // A target's own page is its https origin.
          unit.kind !== 'page' || unit.url.startsWith('https:')
        )
      ]
    }
    addDetails(findings[0], dialogNotes(dialogs, config))
    return {
      target: { label: unitLabel(unit, config), scan: 'browser' },
      status: worstStatus(findings.map(f => f.status)),
      findings,
      facts: {}
    }
  } finally {
    watch?.stop()
    await context.close().catch(() => undefined)
  }
}

/** Accepts every dialog (alert, confirm, prompt) as a user would: headless, nobody would, and
 * the page would wait on it for good. Returns their texts, as the page wrote them. */
function acceptDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', dialog => {
    if (dialogs.length < MAX_DIALOGS) dialogs.push(`${dialog.type()}: ${short(dialog.message())}`)
    void dialog.accept().catch(() => undefined)
  })
  return dialogs
}

function dialogNotes(dialogs: readonly string[], config: Config): string[] {
  return dialogs.map(
    dialog => `The page opened a dialog (${redactText(dialog, config)}); wss-doctor accepted it.`
  )
}

/** The page's renderer crashed, was killed, or stopped answering. */
function pageFailureFinding(failure: PageFailure, notes: string[]): Finding {
  if (failure.kind === 'hung')
    return {
      check: 'browser',
      code: 'browser-page-hung',
      status: 'fail',
      title: `The page stopped answering: its main thread was busy for over ${seconds(failure.silentMs)} (an endless loop, or a task that does not end)`,
      details: orNone(notes),
      cause:
        'A script on the page runs without yielding: the tab freezes, and nothing after it runs, its WebSockets included',
      fix: {
        text: 'Record the page in Chrome DevTools (Performance panel) to find the long task, then break it up or move it to a Worker; a loop that waits for something must await it (a promise, setTimeout) instead of spinning.'
      }
    }
  const killed = failure.status === 'killed'
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
  }
}

/** Chromium's code for a renderer that ended: on Linux, a signal's number when it crashed or
 * was killed. */
function termination(code: number, status: string): string {
  const signal =
    process.platform === 'linux' && (status === 'crashed' || status === 'killed')
      ? Object.entries(os.constants.signals).find(([, number]) => number === code)?.[0]
      : undefined
  return signal ?? `code ${code}`
}

async function checkPage(
  page: Page,
  log: SocketLog,
  url: string,
  ctx: ScanContext,
  signal: AbortSignal | undefined
): Promise<Finding[]> {
  const { config } = ctx
  let loadError: string | undefined
  try {
    await page.goto(url, { waitUntil: 'load', timeout: config.timeoutMs })
  } catch (err) {
    loadError = short(message(err))
  }
  const host = new URL(url).hostname
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
    ]
  }
  await waitForQuiet(log, PAGE_QUIET_MS, config.timeoutMs, signal)
  const notes = [
    ...(loadError ? [`The page did not finish loading: ${redactText(loadError, config)}`] : []),
    ...pageNotes(log, config)
  ]
  const secure = new URL(page.url() || url).protocol === 'https:' || url.startsWith('https:')
  const findings = socketFindings(log.sockets, ctx, config.timeoutMs, secure)
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
    ]
  }
  addDetails(findings[0], notes)
  return findings
}

/** What the page did besides its sockets: names that did not resolve, exceptions. */
function pageNotes(log: SocketLog, config: Config): string[] {
  const notes: string[] = []
  if (log.unresolved.size > 0)
    notes.push(
      `Names that did not resolve in the browser: ${[...log.unresolved].map(h => redactText(h, config)).join(', ')}. The browser reaches only the targets, the pages and loopback: list a wss:// URL of such a host in urls to let it through.`
    )
  for (const exception of log.exceptions)
    notes.push(`The page threw: ${redactText(exception, config)}`)
  return notes
}

async function checkTarget(
  page: Page,
  log: SocketLog,
  own: TargetResult,
  endpoint: Endpoint,
  ctx: ScanContext,
  watch: PageWatch
): Promise<Finding[]> {
  const { config } = ctx
  const { signal } = watch
  const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host
  const origin = `https://${host}:${endpoint.port}`
  const notes: string[] = []
  try {
    await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded', timeout: config.timeoutMs })
    notes.push(`The test page was ${origin}/ (the upgrade's Origin: ${origin}).`)
  } catch (err) {
    // A page that did not load because it hangs is that hang: about:blank would replace it.
    await watch.answering()
    await page.goto('about:blank', { timeout: LOCAL_TIMEOUT_MS })
    notes.push(
      `The test page was about:blank (an opaque origin, Origin: null): ${origin}/ did not load (${redactText(short(message(err)), config)}).`
    )
  }
  // Secrets stay out of the browser: it gets the URL without password and token parameters.
  const url = withoutSecrets(new URL(own.target.secretUrl ?? endpoint.url))
  if (own.target.secretUrl)
    notes.push(
      "Opened without the URL's password and token parameters: wss-doctor does not hand them to the browser."
    )
  const outcome = await page.evaluate(openSocketScript(url, config.timeoutMs))
  // The page has seen the socket's end; the DevTools events with the browser's words may
  // still be on their way.
  const recorded = (): SocketRecord | undefined => log.sockets.findLast(s => sameUrl(s.url, url))
  await waitFor(
    () => recorded()?.outcome.kind !== 'pending' && recorded() !== undefined,
    TARGET_SETTLE_LIMIT_MS,
    signal
  )
  // Unanswered within timeout-ms (the page's own timer then closed it, which is not the
  // server's doing); or no DevTools record at all: the page's word is all there is.
  const record: SocketRecord =
    outcome === 'timeout'
      ? { url, outcome: { kind: 'pending' } }
      : (recorded() ?? { url, outcome: { kind: 'failed', error: short(String(outcome)) } })
  const findings = socketFindings(
    [record],
    ctx,
    config.timeoutMs,
    !notes[0]?.includes('about:blank')
  )
  addDetails(findings[0], [...notes, ...pageNotes(log, config)])
  return findings
}

/** In the page: open one WebSocket, wait for its first event (bounded), close it. */
function openSocketScript(url: string, timeoutMs: number): string {
  return `new Promise(resolve => {
    let socket
    try { socket = new WebSocket(${JSON.stringify(url)}) } catch (e) { resolve('threw ' + e.name + ': ' + e.message); return }
    const done = what => { clearTimeout(timer); resolve(what); try { socket.close() } catch {} }
    const timer = setTimeout(() => done('timeout'), ${timeoutMs})
    socket.onopen = () => done('open')
    socket.onerror = () => done('error')
    socket.onclose = e => done('close ' + e.code)
  })`
}

async function waitFor(
  done: () => boolean,
  limitMs: number,
  signal: AbortSignal | undefined
): Promise<void> {
  const start = performance.now()
  while (!done() && !signal?.aborted && performance.now() - start < limitMs)
    await new Promise(resolve => setTimeout(resolve, 50))
}

/** Until the page has opened a socket, none is pending and none has appeared for `quietMs`; at
 * most `limitMs`, which is how long a page that opens none is watched (crashing or hanging in
 * that time is its finding, not "no WebSocket"). */
async function waitForQuiet(
  log: SocketLog,
  quietMs: number,
  limitMs: number,
  signal: AbortSignal | undefined
): Promise<void> {
  const start = performance.now()
  await waitFor(
    () =>
      log.sockets.length > 0 &&
      log.pending() === 0 &&
      performance.now() - Math.max(start, log.lastEventAt()) >= quietMs,
    limitMs,
    signal
  )
}

/** One finding per distinct (URL, outcome); a reconnect loop is one finding with a count. */
function socketFindings(
  sockets: readonly SocketRecord[],
  ctx: ScanContext,
  timeoutMs: number,
  securePage: boolean
): Finding[] {
  const groups = new Map<string, { record: SocketRecord; count: number }>()
  for (const record of sockets) {
    const key = `${record.url}\n${JSON.stringify(record.outcome)}`
    const group = groups.get(key)
    if (group) group.count++
    else groups.set(key, { record, count: 1 })
  }
  return [...groups.values()].map(({ record, count }) => {
    const finding = socketFinding(record, ctx, timeoutMs, securePage)
    if (count > 1)
      finding.details = [`The page tried this ${count} times.`, ...(finding.details ?? [])]
    return finding
  })
}

/** `securePage`: the page that opened the socket is https (a ws:// socket is mixed content). */
function socketFinding(
  record: SocketRecord,
  ctx: ScanContext,
  timeoutMs: number,
  securePage: boolean
): Finding {
  const { config } = ctx
  const shown = redactText(record.url, config)
  const parsed = parseUrl(record.url)
  const own = parsed ? ownResult(ctx.results, parsed) : undefined
  const host = parsed?.hostname.replace(/^\[(.*)\]$/, '$1') ?? shown
  const outcome = record.outcome
  switch (outcome.kind) {
    case 'open':
      return {
        check: 'browser',
        code: 'browser-ok',
        status: 'pass',
        title: `Chromium opened ${shown}`,
        details: [`${outcome.status} Switching Protocols`, ...disagreement(own, true)]
      }
    case 'blocked':
      if (outcome.by === 'mixed-content')
        return {
          check: 'browser',
          code: 'browser-mixed-content',
          status: 'fail',
          title: `Chromium blocked ${shown}: mixed content (an https page may not open ws://)`,
          details: ['The page threw a SecurityError; no connection was made.'],
          cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
          ...(parsed ? { fix: plainWebSocketFix(endpointOf(parsed, shown)) } : {})
        }
      // connect-src is checked first; allowing ws:// there would only meet the mixed-content
      // block: the fix is the wss:// endpoint, and that is what connect-src must list.
      if (parsed?.protocol === 'ws:' && securePage) {
        const secure = `wss://${parsed.host}`
        return {
          check: 'browser',
          code: 'browser-csp-mixed-content',
          status: 'fail',
          title: `Chromium blocked ${shown}: the page's Content Security Policy does not allow it, and an https page may not open ws:// at all (mixed content)`,
          details: [`Directive: ${redactText(outcome.directive, config)}`],
          cause:
            'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets, whatever its Content-Security-Policy allows',
          fix: {
            text: `Serve this endpoint as wss:// (${redactText(`${secure}${parsed.pathname}`, config)}), open it with wss:// from the page, and add ${secure} to connect-src in the page's Content-Security-Policy; allowing ws:// in connect-src cannot work on an https page.`,
            code: { lang: 'http', text: `Content-Security-Policy: connect-src 'self' ${secure}` }
          }
        }
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
      }
    case 'pending':
      return {
        check: 'browser',
        code: 'browser-no-answer',
        status: 'fail',
        title: `Chromium got no handshake answer from ${shown} within ${seconds(timeoutMs)}`,
        details: orNone(disagreement(own, false)),
        cause:
          'The server (or a proxy before it) accepted the connection and never answered the upgrade'
      }
    case 'failed': {
      const error = redactText(outcome.error, config)
      const covered = (own?.facts.handshake?.chain[0]?.subjectAltNames ?? [])
        .filter(n => n.startsWith('DNS:'))
        .map(n => n.slice(4))
      return {
        check: 'browser',
        code: 'browser-connect-failed',
        status: 'fail',
        title: `Chromium could not open ${shown}: ${error}`,
        details: orNone(disagreement(own, false)),
        ...certificateCause(outcome.error, host, covered)
      }
    }
  }
}

/** The cause and fix of the certificate errors Chromium names. */
function certificateCause(error: string, host: string, covered: string[]): Partial<Finding> {
  if (error.includes('ERR_CERT_COMMON_NAME_INVALID'))
    return {
      cause:
        'The SSL certificate does not cover the WebSocket server hostname (missing SAN or wildcard)',
      fix: coverHostnameFix(host, covered)
    }
  if (error.includes('ERR_CERT_DATE_INVALID'))
    return {
      cause: 'The certificate has expired or is not valid yet',
      fix: renewalFix(host)
    }
  if (error.includes('ERR_CERT_AUTHORITY_INVALID'))
    return {
      cause:
        'The certificate is not issued by a CA the browser trusts: self-signed, a private or development CA, or a missing intermediate',
      fix: trustedCertificateFix(host)
    }
  return {}
}

/** A line saying so when Chromium and wss-doctor's own checks of the endpoint disagree. */
function disagreement(own: TargetResult | undefined, opened: boolean): string[] {
  if (!own) return []
  const failed = [...new Set(own.findings.filter(f => f.status === 'fail').map(f => f.check))]
  if (opened && failed.length > 0) {
    const stricter = failed.every(check => STRICTER.has(check))
    return [
      `Chromium and wss-doctor disagree: wss-doctor failed this target on ${failed.join(', ')}${stricter ? ' (deliberately stricter than browsers)' : ''}, Chromium opened it.`
    ]
  }
  if (!opened && own.status !== 'fail')
    return [
      `Chromium and wss-doctor disagree: wss-doctor's own checks ${own.status === 'pass' ? 'passed' : 'only warned about'} this target, Chromium could not open it.`
    ]
  return []
}

/** The target whose endpoint a socket URL is (scheme, host, port and path). */
function ownResult(results: readonly TargetResult[], url: URL): TargetResult | undefined {
  return results.find(({ target }) => sameEndpoint(target, url))
}

function sameEndpoint(target: Target, url: URL): boolean {
  const endpoint = target.endpoint
  if (!endpoint || target.scan) return false
  const port = Number(url.port || (url.protocol === 'wss:' ? 443 : 80))
  return (
    `${endpoint.scheme}:` === url.protocol &&
    endpoint.host === url.hostname.replace(/^\[(.*)\]$/, '$1') &&
    endpoint.port === port &&
    endpoint.path.split('?')[0] === url.pathname
  )
}

function endpointOf(url: URL, shown: string): Endpoint {
  return {
    url: shown,
    scheme: url.protocol === 'wss:' ? 'wss' : 'ws',
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || (url.protocol === 'wss:' ? 443 : 80)),
    path: new URL(shown).pathname,
    addresses: []
  }
}

function sameUrl(a: string, b: string): boolean {
  return parseUrl(a)?.href === parseUrl(b)?.href
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}

/** Browser text with the URLs in it redacted and the run's secrets masked. */
function redactText(text: string, config: Config): string {
  const redacted = text.replace(/\b(?:wss?|https?):\/\/[^\s'"<>]+/gi, found => {
    const url = parseUrl(found)
    return url ? redactUrl(url) : redactUnparsedUrl(found).text
  })
  return maskSecrets(redacted, config.secrets)
}

function orNone(lines: string[]): string[] | undefined {
  return lines.length > 0 ? lines : undefined
}

/** Appends (or prepends) lines to a finding's details; no empty list. */
function addDetails(finding: Finding, lines: string[], first = false): void {
  const earlier = finding.details ?? []
  finding.details = orNone(first ? [...lines, ...earlier] : [...earlier, ...lines])
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

/** For tests: one socket's finding. */
export const browserSocketFinding = socketFinding
