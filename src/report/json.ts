// Findings → the JSON report: everything the summary shows, for machines (and for the targets
// the summary had no room for). Certificates appear by fingerprint, not PEM. A shard's report
// holds every fact a reporter shows, so that merge-reports (src/merge.ts) renders the same
// summary, annotations and terminal text as one run over the whole list.
import type { Report } from '../doctor.js'
import type { TargetFacts } from '../facts.js'
import type { Shard } from '../shard.js'

/** Raised whenever a field's meaning changes or a field a reporter needs is added: merging
 * refuses reports of another version. 2: facts for the merge (versions, upgrade, …), shard,
 * position. 3: upgrade.connection (reused, resumed, new) instead of upgrade.resumedSession. */
export const REPORT_VERSION = 3

/** Where the run happened, when it ran in GitHub Actions. */
export interface RunInfo {
  repository: string
  sha: string
  ref: string
  workflow: string
  runUrl: string
}

/** The facts as reported: no PEM, no TLS session, no certificates as sent (the chain has the
 * fingerprints). */
export type ReportedFacts = Omit<TargetFacts, 'tlsSession' | 'connection' | 'sentChain'>

export function renderJson(report: Report, run?: RunInfo, shard?: Shard): string {
  return `${JSON.stringify(
    {
      version: REPORT_VERSION,
      tool: 'wss-doctor',
      generatedAt: report.generatedAt.toISOString(),
      run,
      shard,
      result: report.result,
      counts: report.counts,
      earliestExpiry: report.earliestExpiry,
      targets: report.results.map(({ target, status, findings, facts }) => ({
        label: target.label,
        source: target.source,
        endpoint: target.endpoint,
        problem: target.problem,
        scan: target.scan,
        position: target.position,
        status,
        findings,
        ...reportedFacts(facts)
      }))
    },
    null,
    2
  )}\n`
}

function reportedFacts({
  tlsSession: _s,
  connection: _c,
  sentChain: _sc,
  ...facts
}: TargetFacts): ReportedFacts {
  const withoutPem = <T extends { chain: { pem: string }[] }>(handshake: T): T => ({
    ...handshake,
    chain: handshake.chain.map(({ pem: _pem, ...cert }) => cert)
  })
  return {
    ...facts,
    handshake: facts.handshake && withoutPem(facts.handshake),
    otherAddresses: facts.otherAddresses?.map(other => ({
      ...other,
      handshake: other.handshake && withoutPem(other.handshake)
    }))
  }
}
