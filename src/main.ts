// The action: inputs → Config → diagnose → annotations, job summary, outputs, JSON report;
// this module alone talks to the runner and owns the exit code.
import * as core from './runner.js'
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import {
  ConfigError,
  INPUT_NAMES,
  parseConfig,
  prepareConfig,
  type Config,
  type RawInputs
} from './config.js'
import { isoDate } from './dates.js'
import { failsPolicy } from './doctor.js'
import type { Report } from './results.js'
import { actionsRun } from './github/context.js'
import { publishToGitHub } from './github/publish.js'
import { renderAnnotations } from './report/annotations.js'
import { countsText, plural } from './report/checks.js'
import { safeLogLine } from './report/escape.js'
import { appendSummary, temporaryReportPath, writeReportFile } from './report/files.js'
import { jsonPieces, type RunInfo } from './report/json.js'
import { maskPieces, maskReport } from './report/mask.js'
import { mergeReportFiles } from './merge.js'
import { renderSarif } from './report/sarif.js'
import { renderSummary } from './report/summary.js'
import { terminalPieces } from './report/terminal.js'
import { maskSecrets } from './secrets.js'
import { diagnoseAndWait, waitLine } from './wait.js'

export async function run(): Promise<void> {
  let secrets: string[] = []
  try {
    const inputs = readInputs()
    await prepareConfig(inputs)
    const config = parseConfig(inputs, process.env.GITHUB_WORKSPACE || process.cwd())
    secrets = config.secrets
    secrets.forEach(secret => core.setSecret(secret))
    // merge-reports: the shards' reports stand in for a run.
    const report = maskReport(
      config.mergeReports.length > 0
        ? await mergeReportFiles(config.mergeReports, config.workspace)
        : await diagnoseAndWait(config, {
            onAttempt: (...round) => {
              if (config.waitMs > 0) core.info(waitLine(...round))
            }
          }),
      secrets
    )
    await deliver(report, config)
    // The pull-request comment and the issue (src/github/): warnings at worst, never the exit code.
    await publishToGitHub(report, config, failsPolicy(report, config.failOn))
  } catch (err) {
    const mask = (text: string): string => maskSecrets(text, secrets)
    if (err instanceof ConfigError) {
      core.setFailed(mask(`wss-doctor: invalid input: ${err.message}`))
    } else {
      // The stack may quote server text: printed only in debug runs, with commands stopped.
      if (core.isDebug())
        printInert([mask(errorText(err, true).split('\n').map(safeLogLine).join('\n'))])
      core.setFailed(mask(`wss-doctor: internal error: ${errorText(err)}`))
    }
  }
}

function readInputs(): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map(name => [name, core.getInput(name)]))
}

function errorText(err: unknown, stack = false): string {
  // Not `instanceof Error`: errors from another realm (a VM context) are errors too.
  const { message, stack: trace } = (err ?? {}) as { message?: unknown; stack?: unknown }
  if (typeof message !== 'string') return String(err)
  return stack && typeof trace === 'string' ? trace : message
}

/**
 * Each way the report leaves the run (JSON file, job summary, outputs, log, annotations) is
 * tried on its own: one that fails is named in a warning and the others still happen. The exit
 * code is the policy's. Every text is masked, though the report already is (defence in depth).
 */
async function deliver(report: Report, config: Config): Promise<void> {
  const mask = (text: string): string => maskSecrets(text, config.secrets)
  const failing = failsPolicy(report, config.failOn)
  const problems: string[] = []
  const attempt = (what: string, step: () => void): void => {
    try {
      step()
    } catch (err) {
      problems.push(`wss-doctor: could not ${what}: ${errorText(err)}`)
    }
  }

  let reportPath = ''
  attempt(`write the JSON report${config.jsonReport ? ` to ${config.jsonReport}` : ''}`, () => {
    const file = config.jsonReport ?? temporaryReportPath(process.env.RUNNER_TEMP || os.tmpdir())
    writeReportFile(file, maskPieces(jsonPieces(report, runInfo(), config.shard), config.secrets))
    reportPath = file
  })
  const sarifFile = config.sarifReport
  if (sarifFile)
    attempt(`write the SARIF report to ${sarifFile}`, () => {
      writeReportFile(sarifFile, [mask(renderSarif(report))])
      attempt('set the sarif output', () => core.setOutput('sarif', mask(sarifFile)))
    })
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  attempt(`write the job summary to ${summaryFile}`, () => {
    if (summaryFile) appendSummary(summaryFile, mask(renderSummary(report)))
    else core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.')
  })
  attempt('set the outputs', () => setOutputs(report, reportPath, mask))
  attempt('print the report', () =>
    printInert(maskPieces(terminalPieces(report, { color: false }), config.secrets))
  )
  // The warnings below and setFailed() take annotation slots of their own.
  attempt('annotate', () => annotate(report, failing ? 1 : 0, problems.length, mask))

  for (const problem of problems) core.warning(mask(problem))
  if (failing) {
    core.setFailed(mask(`wss-doctor: ${countsText(report.results)} (fail-on: ${config.failOn})`))
  }
}

/**
 * Prints text that holds server-supplied strings with workflow commands stopped around it: the
 * runner ignores `::…` and `##[…]` lines until the resume token, which nobody could know when
 * the text was made. wss-doctor's own commands are all issued outside this block. The text
 * comes in pieces, each printed as it is made (a fleet's report is never one string).
 */
function printInert(pieces: Iterable<string>): void {
  const token = `wss-doctor-${randomUUID()}`
  process.stdout.write(`::stop-commands::${token}${os.EOL}`)
  let last = ''
  for (const piece of pieces) {
    process.stdout.write(piece)
    if (piece !== '') last = piece
  }
  process.stdout.write(`${last.endsWith('\n') ? '' : '\n'}::${token}::${os.EOL}`)
}

function setOutputs(report: Report, reportPath: string, mask: (text: string) => string): void {
  const outputs: Record<string, string | number> = {
    result: report.result,
    passed: report.counts.pass,
    warned: report.counts.warn,
    failed: report.counts.fail,
    report: reportPath,
    'earliest-expiry': report.earliestExpiry
      ? isoDate(new Date(report.earliestExpiry.validTo))
      : '',
    'earliest-expiry-endpoint': report.earliestExpiry?.target ?? ''
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, mask(String(value)))
}

function runInfo(): RunInfo | undefined {
  const run = actionsRun()
  if (!run?.runUrl) return undefined
  const { owner, repo, sha, ref, workflow, runUrl } = run
  return { repository: `${owner}/${repo}`, sha, ref, workflow, runUrl }
}

/** GitHub shows 10 annotations per level and step; `errorsAfter` and `warningsAfter` are the
 * slots setFailed() and delivery warnings will take. */
function annotate(
  report: Report,
  errorsAfter: number,
  warningsAfter: number,
  mask: (text: string) => string
): void {
  const { annotations, omitted } = renderAnnotations(report, {
    error: Math.max(0, 10 - errorsAfter),
    warning: Math.max(0, 10 - warningsAfter),
    notice: 10
  })
  for (const { level, message, title, changed: _changed, ...properties } of annotations) {
    core[level](mask(message), { ...properties, title: mask(title) })
  }
  const hidden = omitted.error + omitted.warning + omitted.notice
  if (hidden > 0) {
    core.info(
      `${plural(hidden, 'more finding')} ${hidden === 1 ? 'is' : 'are'} not annotated (GitHub shows 10 per level); see the job summary and the JSON report.`
    )
  }
}
