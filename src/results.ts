// What a run produces, shared below everything that makes it (doctor.ts, the scans) and
// everything that renders it (the reporters, merge, GitHub): no module needs the run to name it.
import type { ClientVerdicts } from './clients/verdict.js'
import type { TargetFacts } from './facts.js'
import type { CheckId, Finding, Status } from './findings.js'
import type { Target } from './target.js'

export interface TargetResult {
  target: Target
  status: Status
  findings: Finding[]
  facts: TargetFacts
  /** Which clients connect, each with why (src/clients/): endpoints that reached TLS only. */
  clients?: ClientVerdicts
  /** With `wait`, for an endpoint that failed its first attempt: every attempt (this result is
   * the last one's). */
  wait?: WaitRecord
}

/** The attempts at one endpoint during `wait`. */
export interface WaitRecord {
  waitMs: number
  /** The most attempts the wait's backoff schedule allows. */
  planned: number
  attempts: {
    number: number
    /** Since the first attempt started. */
    atMs: number
    status: Status
    /** "check: title" of each failed finding. */
    failed: string[]
  }[]
}

export interface Report {
  generatedAt: Date
  result: Status
  counts: Record<Status, number>
  /** Every target's result, then every scan's (`target.scan` set). */
  results: TargetResult[]
  /** The leaf certificate that expires first, over all targets. */
  earliestExpiry?: { validTo: string; target: string }
  /** Checks the inputs turned off although there was something to check, and why (the idle
   * check with idle-timeout 0): reporters say so, so that a pass is not read as their verdict. */
  skipped?: { check: CheckId; reason: string }[]
  /** What the run could not do and how to fix it, said once (a shallow checkout on a pull
   * request: no order by changed lines). */
  notes?: string[]
}
