// The contract every probe keeps: a target and what earlier probes learned in, findings out.
// A probe never prints, never touches @actions/core and never decides the exit code.
import type { Config } from '../config.js'
import type { TargetFacts } from '../facts.js'
import type { CheckId, Finding } from '../findings.js'
import type { Target } from '../target.js'
import type { RevocationCache } from '../revocation/cache.js'
import type { TrustStore } from '../trust-store.js'

/** Fixed for the whole run, so every target is judged against the same roots and instant. */
export interface RunContext {
  config: Config
  trust: TrustStore
  now: Date
  /** Revocation answers shared by all targets of the run: a CRL is fetched once. */
  revocation: RevocationCache
}

export interface ProbeContext extends RunContext {
  target: Target
  /** Filled in by earlier probes; a probe may add to it. */
  facts: TargetFacts
  /** What earlier probes found for this target. */
  earlier: readonly Finding[]
  /** Work that waits (the idle hold): the run starts it now and awaits it after every target
   * is probed, so that a fleet waits once, not once per target, and this target's other probes
   * and concurrency slot are not held up. Its findings join this target's, isolated like a
   * probe's (a throw is a finding). Absent outside a run: the probe awaits the work itself. */
  later?: (work: () => Promise<Finding[]>) => void
}

export interface Probe {
  check: CheckId
  /** False skips the probe for this target (its check then shows as not run). */
  applies(ctx: ProbeContext): boolean
  run(ctx: ProbeContext): Promise<Finding[]> | Finding[]
}
