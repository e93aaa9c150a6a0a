// Findings → the JSON report: everything the summary shows, for machines (and for the targets
// the summary had no room for). Certificates appear by fingerprint, not PEM.
import type { Report } from '../doctor.js'

export const REPORT_VERSION = 1

/** Where the run happened, when it ran in GitHub Actions. */
export interface RunInfo {
  repository: string
  sha: string
  ref: string
  workflow: string
  runUrl: string
}

export function renderJson(report: Report, run?: RunInfo): string {
  return `${JSON.stringify(
    {
      version: REPORT_VERSION,
      tool: 'wss-doctor',
      generatedAt: report.generatedAt.toISOString(),
      run,
      result: report.result,
      counts: report.counts,
      earliestExpiry: report.earliestExpiry,
      targets: report.results.map(({ target, status, findings, facts }) => ({
        label: target.label,
        source: target.source,
        endpoint: target.endpoint,
        status,
        findings,
        handshake: facts.handshake && {
          ...facts.handshake,
          chain: facts.handshake.chain.map(({ pem: _pem, ...cert }) => cert)
        }
      }))
    },
    null,
    2
  )}\n`
}
