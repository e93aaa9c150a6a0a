// The run itself, the same for the action and the CLI: every target through every probe that
// applies, a bounded number of targets at a time. A probe that throws becomes a finding.
import type { Config, FailOn } from './config.js'
import type { TargetFacts } from './facts.js'
import {
  atLeast,
  CHECKS,
  worstStatus,
  type CheckId,
  type Finding,
  type Status
} from './findings.js'
import { mapConcurrent } from './concurrency.js'
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

export async function diagnose(config: Config, now = new Date()): Promise<Report> {
  const run: RunContext = {
    config,
    trust: createTrustStore(config.extraCAs, config.clientCertificate),
    now,
    revocation: createRevocationCache()
  }
  const results = await mapConcurrent(config.targets, config.concurrency, target =>
    probeTarget(target, run)
  )
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
    if (validTo && (!earliest || validTo < earliest.validTo))
      earliest = { validTo, target: target.label }
  }
  return earliest
}

/** Whether `fail-on` turns this report into a failed step (exit 1 for the CLI). */
export function failsPolicy(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return atLeast(report.result, failOn === 'warning' ? 'warn' : 'fail')
}

async function probeTarget(target: Target, run: RunContext): Promise<TargetResult> {
  const findings: Finding[] = []
  const ctx = { ...run, target, facts: {} as TargetFacts, earlier: findings }
  for (const probe of PROBES) {
    if (probe.applies(ctx)) findings.push(...(await runProbe(probe, ctx)))
  }
  // Report order (CHECKS), not run order: the chain check runs late but reads best after trust.
  findings.sort((a, b) => CHECKS.indexOf(a.check) - CHECKS.indexOf(b.check))
  return { target, status: worstStatus(findings.map(f => f.status)), findings, facts: ctx.facts }
}

async function runProbe(probe: Probe, ctx: Parameters<Probe['run']>[0]): Promise<Finding[]> {
  try {
    return await probe.run(ctx)
  } catch (err) {
    return [internalError(probe.check, err)]
  }
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
