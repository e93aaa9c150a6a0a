// The contract every scan keeps. A probe judges one endpoint; a scan judges what is not an
// endpoint — files in the repository, pages, a real browser, the proxy configuration — and
// returns results shaped like a target's, so that every reporter renders them as they are.
import type { Config } from '../config.js'
import type { Report, TargetResult } from '../results.js'
import type { CheckId } from '../findings.js'
import type { RunContext } from '../probes/probe.js'
import type { ListEntry } from '../targets.js'

export interface ScanContext extends RunContext {
  /** What the targets' probes found: empty for scans that run before them. */
  results: readonly TargetResult[]
  /** The run itself, without scans, for a scan that probes what it served (config-serve). */
  diagnose(config: Config): Promise<Report>
}

export interface ScanOutput {
  /** One result per thing checked (a file, a page, a server block), each with its findings;
   * `target.scan` is the scan's check id, `target.label` names the thing. */
  results: TargetResult[]
  /** wss:// URLs found on the way, to be probed as targets (source scan, page scan). */
  discovered?: ListEntry[]
  /** What the scan could not do and how to fix it: said once for the run (summary, log). */
  notes?: string[]
}

export interface Scan {
  check: CheckId
  /** `before`: runs before the targets are probed and may add targets; `after`: sees their
   * results (a browser's verdict beside wss-doctor's own). */
  phase: 'before' | 'after'
  applies(config: Config): boolean
  run(ctx: ScanContext): Promise<ScanOutput>
}
