// Findings → the JSON report: everything the summary shows, for machines (and for the targets
// the summary had no room for). Certificates appear by fingerprint, not PEM. A shard's report
// holds every fact a reporter shows, so that merge-reports (src/merge.ts) renders the same
// summary, annotations and terminal text as one run over the whole list.
import type { Report, TargetResult } from '../results.js'
import type { TargetFacts } from '../facts.js'
import type { Shard } from '../shard.js'

/** Raised whenever a field's meaning changes or a field a reporter needs is added: merging
 * refuses reports of another version. 2: facts for the merge (versions, upgrade, …), shard,
 * position. 3: upgrade.connection (reused, resumed, new) instead of upgrade.resumedSession.
 * 4: clients (a verdict per client). */
export const REPORT_VERSION = 4

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
  return [...jsonPieces(report, run, shard)].join('')
}

/** The JSON report piece by piece, the envelope and then one target at a time: written as it
 * is made, a fleet's report is never one string in memory (nor a second copy of every fact).
 * Joined, the pieces are exactly JSON.stringify(…, null, 2) of the whole report; each target is
 * a whole JSON value, so a secret masked piece by piece cannot straddle two pieces. */
export function* jsonPieces(report: Report, run?: RunInfo, shard?: Shard): Generator<string> {
  const envelope = JSON.stringify(
    {
      version: REPORT_VERSION,
      tool: 'wss-doctor',
      generatedAt: report.generatedAt.toISOString(),
      run,
      shard,
      result: report.result,
      counts: report.counts,
      earliestExpiry: report.earliestExpiry,
      targets: []
    },
    null,
    2
  )
  if (report.results.length === 0) {
    yield `${envelope}\n`
    return
  }
  // The envelope ends with `"targets": []` and its closing brace: the list is opened instead
  // and its items follow at the depth JSON.stringify gives them (JSON text holds no raw
  // newline but its own, so indenting after each one is exact).
  yield `${envelope.slice(0, -'[]\n}'.length)}[`
  let first = true
  for (const result of report.results) {
    const item = JSON.stringify(reportedTarget(result), null, 2).replaceAll('\n', '\n    ')
    yield `${first ? '' : ','}\n    ${item}`
    first = false
  }
  yield '\n  ]\n}\n'
}

function reportedTarget({ target, status, findings, facts, clients, wait }: TargetResult): object {
  return {
    label: target.label,
    source: target.source,
    foundOn: target.foundOn,
    endpoint: target.endpoint,
    problem: target.problem,
    scan: target.scan,
    position: target.position,
    status,
    findings,
    clients,
    wait,
    ...reportedFacts(facts)
  }
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
