// One endpoint must never end the run. Two layers keep a hostile peer inside its own target:
// `guard` wraps every listener that sees peer data, so a throw becomes that connection's
// failure; and a run-level backstop attributes any exception that still escapes (from a
// callback nobody guarded) to the probe whose async scope threw it.
import { AsyncLocalStorage } from 'node:async_hooks'

/** The failure code of a connection whose peer sent data a parser could not take. */
export const MALFORMED_PEER_DATA = 'MALFORMED_PEER_DATA'

export function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err))
}

/** `listener`, except that a throw goes to `fail` instead of up the event loop. */
export function guard<A extends unknown[]>(
  listener: (...args: A) => void,
  fail: (err: Error) => void
): (...args: A) => void {
  return (...args) => {
    try {
      listener(...args)
    } catch (err) {
      fail(asError(err))
    }
  }
}

/** What one probe of one target runs under. */
export interface ProbeScope {
  /** Aborted at the run's deadline: connection helpers destroy their sockets. */
  signal: AbortSignal
  /** Ends the probe with an internal-error finding. */
  fail(err: Error): void
}

const scopes = new AsyncLocalStorage<ProbeScope>()

/** Runs `fn` so that callbacks it schedules (sockets, timers) belong to `scope`. */
export function inScope<T>(scope: ProbeScope, fn: () => T): T {
  return scopes.run(scope, fn)
}

/** The run's deadline signal for the probe running now; undefined outside a run. */
export function deadlineSignal(): AbortSignal | undefined {
  return scopes.getStore()?.signal
}

/** Calls `listener` when `signal` aborts (soon if it already has); returns the unsubscribe. */
export function onAbort(signal: AbortSignal | undefined, listener: () => void): () => void {
  if (!signal) return () => undefined
  if (signal.aborted) {
    queueMicrotask(listener)
    return () => undefined
  }
  signal.addEventListener('abort', listener, { once: true })
  return () => signal.removeEventListener('abort', listener)
}

/** The one ending of a connection attempt: whichever comes first of the caller's `finish`,
 * `timeoutMs` without it (TIMEOUT) and the run's deadline (DEADLINE). `expire` makes the
 * caller's result for those two; `release` (closing the socket) runs once, before resolving. */
export function settleOnce<T>(
  resolve: (result: T) => void,
  options: {
    timeoutMs: number
    expire(code: 'TIMEOUT' | 'DEADLINE', message: string): T
    release(result: T): void
  }
): { finish(result: T): void; settled(): boolean; stopTimer(): void } {
  let settled = false
  const finish = (result: T): void => {
    if (settled) return
    settled = true
    clearTimeout(timer)
    stopOnDeadline()
    options.release(result)
    resolve(result)
  }
  const timer = setTimeout(
    () => finish(options.expire('TIMEOUT', `no answer within ${options.timeoutMs} ms`)),
    options.timeoutMs
  )
  const stopOnDeadline = onAbort(deadlineSignal(), () =>
    finish(options.expire('DEADLINE', 'the run reached its deadline'))
  )
  return { finish, settled: () => settled, stopTimer: () => clearTimeout(timer) }
}

let runsActive = 0

// The capture callback, not an 'uncaughtException' listener: it replaces Node's crash, where a
// listener runs beside the others (a test runner's would still fail on the error) and, inside
// Jest's sandbox, never hears of it.
function capture(err: unknown): void {
  const scope = scopes.getStore()
  if (scope) return scope.fail(asError(err))
  // Not a probe's: crash as without the backstop.
  process.setUncaughtExceptionCaptureCallback(null)
  process.nextTick(() => {
    throw err
  })
}

/** Runs `fn` with the backstop installed; an exception thrown in no probe scope still crashes. */
export async function withBackstop<T>(fn: () => Promise<T>): Promise<T> {
  // Someone else (the domain module) owns the callback: run unprotected rather than fight it.
  const own = runsActive > 0 || !process.hasUncaughtExceptionCaptureCallback()
  if (!own) return fn()
  if (runsActive++ === 0) process.setUncaughtExceptionCaptureCallback(capture)
  try {
    return await fn()
  } finally {
    if (--runsActive === 0 && process.hasUncaughtExceptionCaptureCallback())
      process.setUncaughtExceptionCaptureCallback(null)
  }
}
