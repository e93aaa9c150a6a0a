// The run itself, the same for the action and the CLI: every target through every probe that
// applies, a bounded number of targets at a time. A probe that throws becomes a finding, so
// does one whose connection throws from a callback (src/isolation.ts); the run as a whole ends
// at its deadline with every target reported.
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
import type { Probe, RunContext } from './probes/probe.js'
import type { Target } from './target.js'
import { createRevocationCache } from './revocation/cache.js'
import { createTrustStore } from './trust-store.js'

export interface TargetResult {
  target: Target
  status: Status
  findings: Finding[]
  facts: TargetFacts
}

export interface Report {
  generatedAt: Date
  result: Status
  counts: Record<Status, number>
  results: TargetResult[]
  /** The leaf certificate that expires first, over all targets. */
  earliestExpiry?: { validTo: string; target: string }
}

export async function diagnose(
  config: Config,
  now = new Date(),
  probes: readonly Probe[] = PROBES
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
  const timer = setTimeout(() => deadline.abort(), config.deadlineMs)
  const results = await withBackstop(() =>
    mapConcurrent(config.targets, config.concurrency, target =>
      deadline.signal.aborted
        ? Promise.resolve(notChecked(target, config.deadlineMs))
        : probeTarget(target, run, probes, deadline.signal)
    )
  ).finally(() => clearTimeout(timer))
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0 }
  for (const r of results) counts[r.status]++
  return {
    generatedAt: now,
    result: worstStatus(results.map(r => r.status)),
    counts,
    results,
    earliestExpiry: earliestExpiry(results)
  }
}

function earliestExpiry(results: TargetResult[]): Report['earliestExpiry'] {
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

async function probeTarget(
  target: Target,
  run: RunContext,
  probes: readonly Probe[],
  deadline: AbortSignal
): Promise<TargetResult> {
  const findings: Finding[] = []
  const ctx = { ...run, target, facts: {} as TargetFacts, earlier: findings }
  let cutOff = false
  for (const probe of probes) {
    if (!probe.applies(ctx)) continue
    // Past the deadline the check that was running (or due next) says so; the rest do not run.
    if (deadline.aborted) {
      if (!cutOff) findings.push(timedOut(probe.check, run.config.deadlineMs, 'had not started'))
      break
    }
    const outcome = await runProbe(probe, ctx, deadline)
    cutOff = outcome.cutOff
    findings.push(...outcome.findings)
  }
  // Report order (CHECKS), not run order: the chain check runs late but reads best after trust.
  findings.sort((a, b) => CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check))
  return { target, status: worstStatus(findings.map(f => f.status)), findings, facts: ctx.facts }
}

/** The probe's findings; or one failing finding when it throws, when a callback of its
 * connections throws (the backstop), or when the deadline passes first (`cutOff`). */
function runProbe(
  probe: Probe,
  ctx: Parameters<Probe['run']>[0],
  deadline: AbortSignal
): Promise<{ findings: Finding[]; cutOff: boolean }> {
  return new Promise(resolve => {
    const stopWaiting = onAbort(deadline, () =>
      resolve({
        findings: [timedOut(probe.check, ctx.config.deadlineMs, 'was still waiting')],
        cutOff: true
      })
    )
    const settle = (findings: Finding[]): void => {
      stopWaiting()
      resolve({ findings, cutOff: false })
    }
    const scope = {
      signal: deadline,
      fail: (err: Error) => settle([internalError(probe.check, err)])
    }
    inScope(scope, async () => probe.run(ctx)).then(settle, err =>
      settle([internalError(probe.check, err)])
    )
  })
}

function internalError(check: CheckId, err: unknown): Finding {
  return {
    check,
    status: 'fail',
    title: `wss-doctor could not run the ${check} check: ${err instanceof Error ? err.message : String(err)}`,
    cause: 'An internal error in wss-doctor, not necessarily a problem with the endpoint',
    fix: { text: 'Please report this with the target URL (redacted) and the log.' }
  }
}

function timedOut(check: CheckId, deadlineMs: number, state: string): Finding {
  return {
    check,
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
    status: 'fail',
    title: `Not checked: the run reached its deadline (${duration(deadlineMs)}) before this target's turn`,
    cause: 'The whole run has a deadline and the targets before this one used it up',
    fix: { text: 'Raise the deadline input or the concurrency, or lower timeout-ms.' }
  }
  return { target, status: 'fail', findings: [finding], facts: {} }
}

/** "10m", "90s", "1500ms": the deadline as the input spells it. */
function duration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`
  if (ms % 60_000 === 0) return `${ms / 60_000}m`
  if (ms % 1000 === 0) return `${ms / 1000}s`
  return `${ms}ms`
}
