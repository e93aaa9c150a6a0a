// The action: inputs → Config → diagnose → annotations, job summary, outputs, JSON report;
// this module alone talks to the runner and owns the exit code.
import * as core from '@actions/core'
import { context } from '@actions/github'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError, INPUT_NAMES, parseConfig, type Config, type RawInputs } from './config.js'
import { isoDate } from './dates.js'
import { diagnose, failsPolicy, type Report } from './doctor.js'
import { renderAnnotations } from './report/annotations.js'
import { safeLogLine } from './report/escape.js'
import { renderJson, type RunInfo } from './report/json.js'
import { renderSummary } from './report/summary.js'
import { renderTerminal } from './report/terminal.js'

export async function run(): Promise<void> {
  try {
    const config = parseConfig(readInputs(), process.env.GITHUB_WORKSPACE || process.cwd())
    config.secrets.forEach(secret => core.setSecret(secret))
    const report = await diagnose(config)
    const failing = failsPolicy(report, config.failOn)
    const reportPath = writeJsonReport(report, config)
    core.info(renderTerminal(report, { color: false }))
    emitAnnotations(report, failing)
    await writeSummary(report)
    core.setOutput('result', report.result)
    core.setOutput('passed', report.counts.pass)
    core.setOutput('warned', report.counts.warn)
    core.setOutput('failed', report.counts.fail)
    core.setOutput('report', reportPath)
    core.setOutput(
      'earliest-expiry',
      report.earliestExpiry ? isoDate(new Date(report.earliestExpiry.validTo)) : ''
    )
    core.setOutput('earliest-expiry-endpoint', report.earliestExpiry?.target ?? '')
    if (failing) {
      core.setFailed(
        `wss-doctor: ${report.counts.fail} failed, ${report.counts.warn} warned of ${report.results.length} targets (fail-on: ${config.failOn})`
      )
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      core.setFailed(`wss-doctor: invalid input: ${err.message}`)
    } else {
      core.debug(safeLogLine(err instanceof Error ? (err.stack ?? err.message) : String(err)))
      core.setFailed(
        `wss-doctor: internal error: ${err instanceof Error ? err.message : String(err)}`
      )
    }
  }
}

function readInputs(): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map(name => [name, core.getInput(name)]))
}

function writeJsonReport(report: Report, config: Config): string {
  const file =
    config.jsonReport ??
    path.join(
      mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'wss-doctor-')),
      'report.json'
    )
  writeFileSync(file, renderJson(report, runInfo()))
  return file
}

function runInfo(): RunInfo | undefined {
  if (!process.env.GITHUB_RUN_ID || !process.env.GITHUB_REPOSITORY) return undefined
  const { repo, sha, ref, workflow, runId, serverUrl } = context
  return {
    repository: `${repo.owner}/${repo.repo}`,
    sha,
    ref,
    workflow,
    runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`
  }
}

function emitAnnotations(report: Report, failing: boolean): void {
  // setFailed() takes one of the 10 error slots GitHub shows per step.
  const { annotations, omitted } = renderAnnotations(report, {
    error: failing ? 9 : 10,
    warning: 10,
    notice: 10
  })
  for (const { level, message, ...properties } of annotations) {
    core[level](message, properties)
  }
  const hidden = omitted.error + omitted.warning + omitted.notice
  if (hidden > 0) {
    core.info(
      `${hidden} more findings are not annotated (GitHub shows 10 per level); see the job summary and the JSON report.`
    )
  }
}

async function writeSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.')
    return
  }
  await core.summary.addRaw(renderSummary(report)).write()
}
