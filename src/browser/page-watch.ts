// A page's renderer, watched while a check uses it. A renderer that crashes (out of memory past
// the bounds launch.ts sets, killed, a Chromium bug) or whose main thread stops answering (an
// endless loop) ends the check with a finding that says so, instead of a wait for sockets that
// never come, or for a DevTools call that the renderer will never answer.
import type { Browser, CDPSession, Protocol } from 'puppeteer-core'
import { onAbort } from '../isolation.js'

export type PageFailure =
  /** Chromium's termination status (crashed, killed, oom, abnormal…) and its code: on Linux the
   * signal's number for crashed and killed, the exit code for abnormal. */
  | { kind: 'crashed'; status: string; code: number }
  /** No sign of life for `silentMs`: no DevTools call answered, and no navigation held them. */
  | { kind: 'hung'; silentMs: number }

export class PageFailed extends Error {
  override name = 'PageFailed'
  constructor(readonly failure: PageFailure) {
    super(
      failure.kind === 'hung'
        ? `the page did not answer for ${failure.silentMs} ms`
        : `the page's renderer ended: ${failure.status}`
    )
  }
}

/** Crashes of any page of one browser, as its DevTools target list reports them. */
export interface CrashReports {
  /** Calls `listener` when the target `targetId` crashes; returns what stops it. */
  onCrash(targetId: string, listener: (failure: PageFailure) => void): () => void
}

/** Target.targetCrashed comes with the status (crashed, killed…) only on a browser-wide
 * session that discovers targets; a page's own session learns no more than "crashed". */
export async function watchCrashes(browser: Browser): Promise<CrashReports> {
  const session = await browser.target().createCDPSession()
  const listeners = new Map<string, (failure: PageFailure) => void>()
  session.on('Target.targetCrashed', (e: Protocol.Target.TargetCrashedEvent) =>
    listeners.get(e.targetId)?.({ kind: 'crashed', status: e.status, code: e.errorCode })
  )
  await session.send('Target.setDiscoverTargets', { discover: true })
  return {
    onCrash: (targetId, listener) => {
      listeners.set(targetId, listener)
      return () => listeners.delete(targetId)
    }
  }
}

export interface PageWatch {
  /** Aborted when the page fails (or `parent` aborts): loops that wait on the page stop. */
  readonly signal: AbortSignal
  /** `work`, unless the page fails first: then a PageFailed. */
  until<T>(work: Promise<T>): Promise<T>
  /** Resolves at the page's next sign of life (it answers a call made now, or a navigation
   * holds calls back); a PageFailed if none comes. */
  answering(): Promise<void>
  stop(): void
}

/** How often the page is asked whether it still answers. */
const HEARTBEAT_MS = 250
/** A question unanswered this long is asked again: one answer lost must not read as a hang (a
 * page is hung when it answers nothing for `hangAfterMs`). */
const ASK_AGAIN_MS = 1_000

/** Watches the page of `session` (a session of its own) until `stop()`. */
export async function watchPage(
  session: CDPSession,
  crashes: CrashReports,
  hangAfterMs: number,
  parent: AbortSignal | undefined
): Promise<PageWatch> {
  const controller = new AbortController()
  let reject: (failure: PageFailed) => void = () => undefined
  const failed = new Promise<never>((_, rejectWith) => (reject = rejectWith))
  failed.catch(() => undefined) // only `until` and `answering` report it
  const fail = (failure: PageFailure): void => {
    if (controller.signal.aborted) return
    const error = new PageFailed(failure)
    reject(error)
    controller.abort(error)
  }
  const stopParent = onAbort(parent, () => controller.abort(parent?.reason))
  // A page target's id is its main frame's.
  const { targetInfo } = await session.send('Target.getTargetInfo')
  const stopCrashes = crashes.onCrash(targetInfo.targetId, fail)
  const navigating = await trackNavigation(session, targetInfo.targetId)
  const heartbeat = startHeartbeat(session, navigating, hangAfterMs, silentMs =>
    fail({ kind: 'hung', silentMs })
  )
  const until = <T>(work: Promise<T>): Promise<T> => Promise.race([work, failed])
  return {
    signal: controller.signal,
    until,
    answering: () => until(heartbeat.answered()),
    stop: () => {
      heartbeat.stop()
      stopCrashes()
      stopParent()
    }
  }
}

/** Whether the main frame is loading a new document. DevTools holds every call to the renderer
 * back until that navigation ends (a server slow to answer holds it for as long), so the page
 * cannot answer then, hung or not. */
async function trackNavigation(session: CDPSession, mainFrameId: string): Promise<() => boolean> {
  const loading = new Set<string>()
  session.on('Network.requestWillBeSent', (e: Protocol.Network.RequestWillBeSentEvent) => {
    if (e.type === 'Document' && e.frameId === mainFrameId) loading.add(e.requestId)
  })
  // The document's response ends the wait; the commit follows at once.
  const ended = (e: { requestId: string }): void => void loading.delete(e.requestId)
  session.on('Network.responseReceived', ended)
  session.on('Network.loadingFailed', ended)
  session.on('Network.loadingFinished', ended)
  await session.send('Network.enable')
  return () => loading.size > 0
}

interface Heartbeat {
  /** Resolves at the next sign of life: an answer, or a navigation that holds questions back. */
  answered(): Promise<void>
  stop(): void
}

/** Asks the page's main thread a trivial question every beat; `onHang` when no sign of life
 * came for `hangAfterMs`. */
function startHeartbeat(
  session: CDPSession,
  navigating: () => boolean,
  hangAfterMs: number,
  onHang: (silentMs: number) => void
): Heartbeat {
  let lastSign = performance.now()
  let askedAt: number | undefined
  const waiters: (() => void)[] = []
  const alive = (): void => {
    lastSign = performance.now()
    for (const resolve of waiters.splice(0)) resolve()
  }
  const replied = (): void => {
    askedAt = undefined
    alive()
  }
  const ask = (): void => {
    askedAt = performance.now()
    // Any reply, an error included, means the question got through: not hung.
    session.send('Runtime.evaluate', { expression: '0' }).then(replied, replied)
  }
  const timer = setInterval(() => {
    const now = performance.now()
    if (navigating()) return alive()
    if (now - lastSign > hangAfterMs) return onHang(Math.round(now - lastSign))
    if (askedAt === undefined || now - askedAt >= ASK_AGAIN_MS) ask()
  }, HEARTBEAT_MS)
  return {
    answered: () =>
      new Promise(resolve => {
        waiters.push(resolve)
        ask()
      }),
    stop: () => clearInterval(timer)
  }
}
