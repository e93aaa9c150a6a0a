// The run itself, the same for the action and the CLI: every target through every probe that
// applies, a bounded number of targets at a time. A probe that throws becomes a finding, so
// does one whose connection throws from a callback (src/isolation.ts); the run as a whole ends
// at its deadline with every target reported. Work that waits (the idle hold) is handed over
// by its probe (ctx.later) and awaited once every target is probed: a fleet waits once.
import { setMaxListeners } from 'node:events'
import type { Config, FailOn } from './config.js'
import { certificateTime, type TargetFacts } from './facts.js'
import {
  atLeast,
  CHECKS,
  worstStatus,
  type CheckId,
  type Finding,
  type Status
} from './findings.js'
import { mapConcurrent } from './concurrency.js'
import { inScope, onAbort, withBackstop } from './isolation.js'
import { PROBES } from './probes/index.js'
import { withProxyFixes } from './proxies/index.js'
import type { Probe, ProbeContext, RunContext } from './probes/probe.js'
import { SCANS } from './scans/index.js'
import type { Scan, ScanContext, ScanOutput } from './scans/scan.js'
import type { Target } from './target.js'
import { toTarget, type ListEntry } from './targets.js'
import { createRevocationCache } from './revocation/cache.js'
import { createTrustStore } from './trust-store.js'
import type { Report, TargetResult } from './results.js'
import { clientVerdicts, spareSelected, type ClientVerdicts } from './clients/index.js'
import { spilled } from './spill.js'
import { sizeHeapForFleet } from './heap.js'

export async function diagnose(
  config: Config,
  now = new Date(),
  probes: readonly Probe[] = PROBES,
  scans: readonly Scan[] = SCANS
): Promise<Report> {
  const run: RunContext = {
    config,
    trust: createTrustStore(config.extraCAs, config.clientCertificate),
    now,
    revocation: createRevocationCache()
  }
  const deadline = new AbortController()
  // Every open connection of the run listens to it: far more than the default warning limit.
  setMaxListeners(0, deadline.signal)
  // The deadline counts from the first input read (config.startedAt), when there was one.
  const leftMs = config.deadlineMs - (config.startedAt ? Date.now() - config.startedAt : 0)
  if (leftMs <= 0) deadline.abort()
  const timer = setTimeout(() => deadline.abort(), Math.max(0, leftMs))
  const later = laterWork(MAX_OPEN_HOLDS, deadline.signal, config.deadlineMs)
  const { results, scanned, notes } = await withBackstop(async () => {
    // config-serve probes what it served with the run's probes, and no scans.
    const scanRun = { ...run, diagnose: (inner: Config) => diagnose(inner, new Date(), PROBES, []) }
    const before = await runScans(scans, 'before', { ...scanRun, results: [] }, deadline.signal)
    const targets = [...config.targets, ...discoveredTargets(config, before.discovered ?? [])]
    await sizeHeapForFleet(targets.length)
    const probed = await mapConcurrent(targets, config.concurrency, target =>
      deadline.signal.aborted
        ? Promise.resolve({ result: notChecked(target, config.deadlineMs), later: [] })
        : probeTarget(target, run, probes, deadline.signal, later.start)
    )
    // Every target's held sockets end together, while the scans that follow the probes run.
    const [results, after] = await Promise.all([
      Promise.all(probed.map(withLaterFindings)),
      runScans(scans, 'after', { ...scanRun, results: probed.map(p => p.result) }, deadline.signal)
    ])
    return {
      results,
      scanned: [...before.results, ...after.results],
      notes: [...before.notes!, ...after.notes!]
    }
  }).finally(() => {
    clearTimeout(timer)
    later.stop()
  })
  // Endpoints first, then what the scans checked: every reporter renders both alike.
  const all = [...results, ...scanned]
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0 }
  for (const r of all) counts[r.status]++
  const skipped = skippedChecks(config, results)
  return {
    generatedAt: now,
    result: worstStatus(all.map(r => r.status)),
    counts,
    results: all,
    earliestExpiry: earliestExpiry(results),
    ...(skipped.length > 0 ? { skipped } : {}),
    ...(notes.length > 0 ? { notes } : {})
  }
}

/** Checks the run's inputs turned off although they had something to check: reporters say so
 * once for the run, so that a pass is not read as a verdict. */
function skippedChecks(config: Config, results: TargetResult[]): NonNullable<Report['skipped']> {
  const upgraded = results.some(r => r.facts.upgrade?.status === 101)
  return config.idleTimeoutMs === 0 && upgraded
    ? [
        {
          check: 'idle',
          reason: 'idle-timeout is 0: no WebSocket was held silent to see whether a proxy cuts it'
        }
      ]
    : []
}

export function earliestExpiry(results: TargetResult[]): Report['earliestExpiry'] {
  let earliest: Report['earliestExpiry']
  for (const { target, facts } of results) {
    const validTo = facts.handshake?.chain[0]?.validTo
    // A notAfter that is not a valid time has no place in the order (the expiry check fails it).
    if (validTo && certificateTime(validTo) && (!earliest || validTo < earliest.validTo))
      earliest = { validTo, target: target.label }
  }
  return earliest
}

/** Whether `fail-on` turns this report into a failed step (exit 1 for the CLI). */
export function failsPolicy(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return atLeast(report.result, failOn === 'warning' ? 'warn' : 'fail')
}

/** A target probed, and the findings of the work its probes handed over (ctx.later), to come. */
interface Probed {
  result: TargetResult
  later: Promise<Finding[]>[]
}

async function probeTarget(
  target: Target,
  run: RunContext,
  probes: readonly Probe[],
  deadline: AbortSignal,
  startLater: StartLater
): Promise<Probed> {
  const findings: Finding[] = []
  const later: Promise<Finding[]>[] = []
  const ctx: ProbeContext = { ...run, target, facts: {} as TargetFacts, earlier: findings }
  let cutOff = false
  let clients: ClientVerdicts | undefined
  try {
    for (const probe of probes) {
      if (!probe.applies(ctx)) continue
      // Past the deadline the check that was running (or due next) says so; the rest do not run.
      if (deadline.aborted) {
        if (!cutOff) findings.push(timedOut(probe.check, run.config.deadlineMs, 'had not started'))
        break
      }
      // Work is handed over while the probe runs; a probe already cut off hands over nothing.
      let running = true
      ctx.later = work => {
        if (running) later.push(startLater(probe.check, work))
      }
      const outcome = await runProbe(probe, ctx, deadline)
      running = false
      cutOff = outcome.cutOff
      findings.push(...outcome.findings)
    }
    clients = await judgeClients(ctx, findings, deadline)
  } finally {
    delete ctx.later
    // The default handshake's connection, when no upgrade took it.
    ctx.facts.connection?.destroy()
    delete ctx.facts.connection
  }
  // The TLS session and the certificates as sent serve this target's later probes only: no
  // reporter shows them, and kept for every target of a fleet they grow with it.
  const { tlsSession: _session, sentChain: _sent, ...facts } = ctx.facts
  // What a proxy must change is worded for the proxy that answered (told by the upgrade).
  const judged = spareSelected(
    findings,
    clients,
    run.config.clients,
    ctx.facts,
    run.config.weakCrypto === 'fail'
  )
  return {
    result: targetResult(target, await withProxyFixes(judged, facts.proxy), facts, clients),
    later
  }
}

/** Each client's verdict, once the probes have gathered their facts: isolated and under the
 * deadline like a probe (a throw is a finding of the tls check). */
async function judgeClients(
  ctx: ProbeContext,
  findings: Finding[],
  deadline: AbortSignal
): Promise<ClientVerdicts | undefined> {
  const endpoint = ctx.target.endpoint
  if (!endpoint || deadline.aborted) return undefined
  const input = {
    endpoint,
    facts: ctx.facts,
    findings,
    trust: ctx.trust,
    timeoutMs: ctx.config.timeoutMs,
    now: ctx.now
  }
  const outcome = await isolated('tls', ctx.config.deadlineMs, deadline, () =>
    clientVerdicts(input)
  )
  if (outcome.ok) return outcome.value
  findings.push(outcome.finding)
  return undefined
}

/** The target's result once the work its probes handed over has ended. */
async function withLaterFindings({ result, later }: Probed): Promise<TargetResult> {
  if (later.length === 0) return result
  const more = await withProxyFixes((await Promise.all(later)).flat(), result.facts.proxy)
  return targetResult(result.target, [...result.findings, ...more], result.facts, result.clients)
}

function targetResult(
  target: Target,
  findings: Finding[],
  facts: TargetFacts,
  clients?: ClientVerdicts
): TargetResult {
  // Report order (CHECKS), not run order: the chain check runs late but reads best after trust.
  findings.sort((a, b) => CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check))
  // Kept on disk until a reporter reads it: a fleet's results do not grow the run's memory.
  const status = worstStatus(findings.map(f => f.status))
  return spilled({ target, status, findings, facts, ...(clients ? { clients } : {}) })
}

/** Idle holds open at once, over the whole run: each keeps one socket (a file descriptor) open
 * for idle-timeout. More wait their turn, so that a fleet needs at most this many descriptors
 * for holds besides what the targets in flight use (concurrency, at most 256). */
export const MAX_OPEN_HOLDS = 256

/** A hold ends itself at the deadline, with a finding that says how long it held; the run
 * stops waiting for it this long after, should it not. */
const LATER_GRACE_MS = 1_000

type StartLater = (check: CheckId, work: () => Promise<Finding[]>) => Promise<Finding[]>

/** Runs handed-over work at most `limit` at a time, each isolated like a probe of `check` (a
 * throw, or a throw from a callback, is a finding); past the deadline, work not started yet
 * becomes a finding that says so. */
function laterWork(
  limit: number,
  deadline: AbortSignal,
  deadlineMs: number
): { start: StartLater; stop(): void } {
  let open = 0
  const queue: (() => void)[] = []
  const next = (): void => {
    while (open < limit && queue.length > 0) queue.shift()!()
  }
  const grace = new AbortController()
  // Each open hold waits on it.
  setMaxListeners(0, grace.signal)
  let graceTimer: NodeJS.Timeout | undefined
  const stopGrace = onAbort(deadline, () => {
    graceTimer = setTimeout(() => grace.abort(), LATER_GRACE_MS)
  })
  const start: StartLater = (check, work) =>
    new Promise(resolve => {
      const run = (): void => {
        if (deadline.aborted) return resolve([timedOut(check, deadlineMs, 'had not started')])
        open++
        void isolated(check, deadlineMs, deadline, work, grace.signal).then(outcome => {
          open--
          next()
          resolve(outcome.ok ? outcome.value : [outcome.finding])
        })
      }
      queue.push(run)
      next()
    })
  return {
    start,
    stop: () => {
      stopGrace()
      clearTimeout(graceTimer)
    }
  }
}

/** The probe's findings; or one failing finding when it throws, when a callback of its
 * connections throws (the backstop), or when the deadline passes first (`cutOff`). */
async function runProbe(
  probe: Probe,
  ctx: Parameters<Probe['run']>[0],
  deadline: AbortSignal
): Promise<{ findings: Finding[]; cutOff: boolean }> {
  const outcome = await isolated(probe.check, ctx.config.deadlineMs, deadline, async () =>
    probe.run(ctx)
  )
  return outcome.ok
    ? { findings: outcome.value, cutOff: false }
    : { findings: [outcome.finding], cutOff: outcome.cutOff }
}

type Isolated<T> = { ok: true; value: T } | { ok: false; finding: Finding; cutOff: boolean }

/** Runs `work` for `check` so that nothing it does can end the run: a throw, a throw from one
 * of its callbacks (the backstop) or the deadline becomes one failing finding. Its connections
 * end at `deadline`; the wait for it ends at `waitUntil` (the deadline, unless the work ends
 * itself there with a finding of its own). */
function isolated<T>(
  check: CheckId,
  deadlineMs: number,
  deadline: AbortSignal,
  work: () => Promise<T>,
  waitUntil: AbortSignal = deadline
): Promise<Isolated<T>> {
  return new Promise(resolve => {
    const stopWaiting = onAbort(waitUntil, () =>
      resolve({
        ok: false,
        finding: timedOut(check, deadlineMs, 'was still waiting'),
        cutOff: true
      })
    )
    const settle = (outcome: Isolated<T>): void => {
      stopWaiting()
      resolve(outcome)
    }
    const failed = (err: unknown): void =>
      settle({ ok: false, finding: internalError(check, err), cutOff: false })
    const scope = { signal: deadline, fail: failed }
    inScope(scope, work).then(value => settle({ ok: true, value }), failed)
  })
}

/** The scans of one phase, each isolated like a probe; a scan that fails is one result. */
async function runScans(
  scans: readonly Scan[],
  phase: Scan['phase'],
  ctx: ScanContext,
  deadline: AbortSignal
): Promise<ScanOutput> {
  const output: Required<ScanOutput> = { results: [], discovered: [], notes: [] }
  for (const scan of scans) {
    if (scan.phase !== phase || !scan.applies(ctx.config) || deadline.aborted) continue
    const outcome = await isolated(scan.check, ctx.config.deadlineMs, deadline, () => scan.run(ctx))
    if (outcome.ok) {
      output.results.push(...outcome.value.results)
      output.discovered.push(...(outcome.value.discovered ?? []))
      output.notes.push(...(outcome.value.notes ?? []))
    } else {
      output.results.push({
        target: { label: `${scan.check} scan`, scan: scan.check },
        status: 'fail',
        findings: [outcome.finding],
        facts: {}
      })
    }
  }
  return output
}

/** wss:// URLs a scan found, as targets (probe-discovered), without those already listed and
 * within max-targets. */
function discoveredTargets(config: Config, discovered: readonly ListEntry[]): Target[] {
  if (!config.probeDiscovered) return []
  const known = new Set(config.targets.map(t => t.label))
  const targets: Target[] = []
  for (const entry of discovered) {
    if (config.targets.length + targets.length >= config.maxTargets) break
    const { target } = toTarget(entry, config.resolve)
    if (target.endpoint?.scheme !== 'wss' || known.has(target.label)) continue
    known.add(target.label)
    targets.push(target)
  }
  return targets
}

function internalError(check: CheckId, err: unknown): Finding {
  return {
    check,
    code: 'input-internal-error',
    status: 'fail',
    title: `wss-doctor could not run the ${check} check: ${err instanceof Error ? err.message : String(err)}`,
    cause: 'An internal error in wss-doctor, not necessarily a problem with the endpoint',
    fix: { text: 'Please report this with the target URL (redacted) and the log.' }
  }
}

function timedOut(check: CheckId, deadlineMs: number, state: string): Finding {
  return {
    check,
    code: 'input-deadline',
    status: 'fail',
    title: `Not finished within the deadline (${duration(deadlineMs)}): the ${check} check ${state}`,
    cause: 'The whole run has a deadline; this target was still being checked when it passed',
    fix: {
      text: 'Raise the deadline input, lower timeout-ms, or check fewer targets per run; a server that accepts connections and never answers holds a check until timeout-ms.'
    }
  }
}

function notChecked(target: Target, deadlineMs: number): TargetResult {
  const finding: Finding = {
    check: 'input',
    code: 'input-deadline-not-checked',
    status: 'fail',
    title: `Not checked: the run reached its deadline (${duration(deadlineMs)}) before this target's turn`,
    cause: 'The whole run has a deadline and the targets before this one used it up',
    fix: { text: 'Raise the deadline input or the concurrency, or lower timeout-ms.' }
  }
  return { target, status: 'fail', findings: [finding], facts: {} }
}

/** "10m", "90s", "1500ms": the deadline as the input spells it. */
export function duration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`
  if (ms % 60_000 === 0) return `${ms / 60_000}m`
  if (ms % 1000 === 0) return `${ms / 1000}s`
  return `${ms}ms`
}
