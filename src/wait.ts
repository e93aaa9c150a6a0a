// `wait`: right after a deploy an endpoint may still serve the old certificate, or not be up
// yet. The targets that fail the first attempt are probed again, with exponential backoff,
// until they pass or the wait ends; each keeps its place in the report with its last result,
// and a finding that lists the attempts and says whether the certificate ever changed.
import { setTimeout as sleep } from 'node:timers/promises'
import type { Config } from './config.js'
import { isoDate } from './dates.js'
import { diagnose, duration, earliestExpiry } from './doctor.js'
import type { Report, TargetResult } from './results.js'
import type { CertificateInfo } from './facts.js'
import { worstStatus, type Finding, type Status } from './findings.js'
import { PROBES } from './probes/index.js'
import { plural } from './report/checks.js'

/** Delays between attempts: `firstMs`, then twice the last one, at most `maxMs`. */
export interface Backoff {
  firstMs: number
  maxMs: number
}

export const BACKOFF: Backoff = { firstMs: 5_000, maxMs: 60_000 }

export interface WaitOptions {
  /** Tests shorten it; the action and the CLI use BACKOFF. */
  backoff?: Backoff
  /** After each attempt (1: the first run), with how many targets still fail and, when there
   * will be another attempt, when it starts. */
  onAttempt?: (attempt: number, failing: number, next?: Date) => void
}

interface Attempt {
  number: number
  /** Since the first attempt started. */
  atMs: number
  result: TargetResult
}

/** `diagnose`, then, with `config.waitMs`, the failing targets again until they pass or the
 * wait ends. The wait counts from the start of the run and never reaches its deadline. */
export async function diagnoseAndWait(config: Config, options: WaitOptions = {}): Promise<Report> {
  const start = config.startedAt ?? Date.now()
  const first = await diagnose(config)
  const results = [...first.results]
  let pending = results.flatMap((r, i) => (retriable(r) ? [i] : []))
  const waitEnd = start + Math.min(config.waitMs, config.deadlineMs)
  const backoff = options.backoff ?? BACKOFF
  let delay = backoff.firstMs
  // When the next attempt starts, if there is one.
  const next = (): Date | undefined =>
    config.waitMs > 0 && pending.length > 0 && Date.now() < waitEnd
      ? new Date(Date.now() + Math.min(delay, waitEnd - Date.now()))
      : undefined
  options.onAttempt?.(1, pending.length, next())
  if (config.waitMs === 0 || pending.length === 0) return first

  const attempts = new Map(pending.map(i => [i, [{ number: 1, atMs: 0, result: results[i] }]]))
  const planned = plannedAttempts(Math.min(config.waitMs, config.deadlineMs), backoff)
  for (let number = 2; pending.length > 0 && Date.now() < waitEnd; number++) {
    await sleep(Math.min(delay, waitEnd - Date.now()))
    delay = Math.min(delay * 2, backoff.maxMs)
    const left = start + config.deadlineMs - Date.now()
    if (left <= 0) break
    const atMs = Date.now() - start
    // Only the failing targets, under what is left of the run's deadline (from now); no scans.
    const again = await diagnose(
      {
        ...config,
        targets: pending.map(i => results[i].target),
        deadlineMs: left,
        startedAt: undefined
      },
      new Date(),
      PROBES,
      []
    )
    pending.forEach((i, k) => {
      results[i] = again.results[k]
      attempts.get(i)!.push({ number, atMs, result: again.results[k] })
    })
    pending = pending.filter(i => results[i].status === 'fail')
    options.onAttempt?.(number, pending.length, next())
  }

  for (const [i, tried] of attempts) results[i] = withAttempts(tried, config.waitMs, planned)
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0 }
  for (const r of results) counts[r.status]++
  return {
    generatedAt: first.generatedAt,
    result: worstStatus(results.map(r => r.status)),
    counts,
    results,
    earliestExpiry: earliestExpiry(results),
    ...(first.skipped ? { skipped: first.skipped } : {}),
    ...(first.notes ? { notes: first.notes } : {})
  }
}

/** The most attempts a wait of `waitMs` makes when probing takes no time: the first at 0, then
 * after each backoff delay, the last one at the end of the wait. */
export function plannedAttempts(waitMs: number, backoff: Backoff): number {
  let count = 1
  let at = 0
  for (let delay = backoff.firstMs; at < waitMs && count < 10_000; count++) {
    at = Math.min(at + delay, waitMs)
    delay = Math.min(delay * 2, backoff.maxMs)
  }
  return count
}

/** A failing endpoint may come right; an entry that is not a URL, or a scan's result, not. */
function retriable(result: TargetResult): boolean {
  const { target } = result
  return result.status === 'fail' && !target.scan && !target.problem && Boolean(target.endpoint)
}

/** The last attempt's result with a finding (check `input`: the wait is part of the run's
 * input) that gives the verdict of the wait and, in its details, every attempt. */
function withAttempts(tried: Attempt[], waitMs: number, planned: number): TargetResult {
  const first = tried[0]
  const last = tried[tried.length - 1]
  const oldLeaf = leaf(first.result)
  const newLeaf = leaf(last.result)
  const after = `${seconds(last.atMs)} after the first (wait ${duration(waitMs)})`
  const details = tried.map(attempt => attemptLine(attempt, oldLeaf))
  let finding: Finding
  if (last.result.status !== 'fail') {
    const change =
      newLeaf && oldLeaf && !sameCertificate(newLeaf, oldLeaf)
        ? `: now serving a new certificate (${certificateText(newLeaf)})`
        : ''
    finding = {
      check: 'input',
      code: 'input-wait-recovered',
      status: 'pass',
      title: `${last.result.status === 'pass' ? 'Passed' : 'No longer failing'} on attempt ${last.number}, ${after}${change}`,
      details
    }
  } else {
    const still =
      oldLeaf && newLeaf && sameCertificate(newLeaf, oldLeaf)
        ? `still serving the old certificate (${certificateText(newLeaf)}): the deploy has not reached this endpoint yet`
        : newLeaf && oldLeaf
          ? `a new certificate (${certificateText(newLeaf)}) still fails (${failedChecks(last.result)})`
          : `still failing (${failedChecks(last.result)})`
    finding = {
      check: 'input',
      code: 'input-wait-still-failing',
      status: 'fail',
      title: `Still failing after ${tried.length} attempt${tried.length === 1 ? '' : 's'}, the last ${after}: ${still}`,
      details,
      cause: 'The endpoint still failed when the wait ended',
      fix: {
        text: 'Check that the deploy installs the new certificate on this endpoint and reloads the server (every node behind the load balancer); raise the wait input if the rollout takes longer.'
      }
    }
  }
  const findings = [finding, ...last.result.findings]
  const wait = {
    waitMs,
    planned: Math.max(planned, tried.length),
    attempts: tried.map(({ number, atMs, result }) => ({
      number,
      atMs,
      status: result.status,
      failed: result.findings.filter(f => f.status === 'fail').map(f => `${f.check}: ${f.title}`)
    }))
  }
  return { ...last.result, findings, status: worstStatus(findings.map(f => f.status)), wait }
}

function attemptLine({ number, atMs, result }: Attempt, oldLeaf?: CertificateInfo): string {
  const verdict =
    result.status === 'fail' ? `failed (${failedChecks(result)})` : `${result.status}ed`
  const cert = leaf(result)
  const serving = !cert
    ? 'no certificate'
    : number > 1 && oldLeaf && sameCertificate(cert, oldLeaf)
      ? 'the same certificate'
      : `certificate ${certificateText(cert)}`
  return `Attempt ${number} at ${seconds(atMs)}: ${verdict}; ${serving}`
}

function leaf(result: TargetResult): CertificateInfo | undefined {
  return result.facts.handshake?.chain[0]
}

/** The same leaf: a reissued certificate has a new serial, a renewed one a new notAfter. */
function sameCertificate(a: CertificateInfo, b: CertificateInfo): boolean {
  return a.serialNumber === b.serialNumber && a.validTo === b.validTo
}

function certificateText(cert: CertificateInfo): string {
  return `serial ${cert.serialNumber}, expires ${isoDate(new Date(cert.validTo))}`
}

function failedChecks(result: TargetResult): string {
  return [...new Set(result.findings.filter(f => f.status === 'fail').map(f => f.check))].join(', ')
}

/** Time since the first attempt, to the second: "0 s", "40 s", "130 s". */
function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`
}

/** The log's line after each round of `wait` that leaves endpoints failing: how many, and when
 * the next attempt starts. */
export function waitLine(attempt: number, failing: number, next?: Date): string {
  const still = `${plural(failing, 'endpoint')} still ${failing === 1 ? 'fails' : 'fail'}`
  if (failing === 0) return `wss-doctor: wait: every endpoint passes after attempt ${attempt}.`
  if (!next) return `wss-doctor: wait: ${still} after attempt ${attempt}; no more attempts.`
  const inSeconds = Math.max(0, Math.round((next.getTime() - Date.now()) / 1000))
  return `wss-doctor: wait: ${still} after attempt ${attempt}; attempt ${attempt + 1} at ${next.toISOString().slice(11, 19)} UTC (in ${inSeconds}s).`
}
