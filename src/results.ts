// What a run produces, shared below everything that makes it (doctor.ts, the scans) and
// everything that renders it (the reporters, merge, GitHub): no module needs the run to name it.
import type { TargetFacts } from './facts.js'
import type { CheckId, Finding, Status } from './findings.js'
import type { Target } from './target.js'

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
  /** Every target's result, then every scan's (`target.scan` set). */
  results: TargetResult[]
  /** The leaf certificate that expires first, over all targets. */
  earliestExpiry?: { validTo: string; target: string }
  /** Checks the inputs turned off although there was something to check, and why (the idle
   * check with idle-timeout 0): reporters say so, so that a pass is not read as their verdict. */
  skipped?: { check: CheckId; reason: string }[]
}
