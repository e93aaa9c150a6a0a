// merge-reports: the JSON reports of a sharded run (or of several runs) → one Report, which the
// reporters render exactly as if one run had checked the whole list. Refuses what would make a
// wrong verdict: another report version, a target in two reports, a shard missing or twice.
import { readFileSync } from 'node:fs'
import { codeEntry } from './codes.js'
import { ConfigError } from './config.js'
import type { Report, TargetResult } from './results.js'
import { certificateTime, type TargetFacts } from './facts.js'
import { worstStatus, type Status } from './findings.js'
import { REPORT_VERSION } from './report/json.js'
import type { Shard } from './shard.js'
import type { Target } from './target.js'

/** A report as read from a file, with the file's name for error messages. */
export interface ReportFile {
  file: string
  text: string
}

const STATUSES: readonly string[] = ['pass', 'warn', 'fail']

/** The files the globs match (relative to `cwd`), read; none matched is an error. */
export async function readReportFiles(globs: string[], cwd: string): Promise<ReportFile[]> {
  const { glob } = await import('tinyglobby') // loaded only to merge
  const files = (await glob(globs, { cwd, absolute: true, onlyFiles: true })).sort()
  if (files.length === 0)
    throw new ConfigError(`merge-reports: no file matches ${globs.map(g => `"${g}"`).join(', ')}`)
  return files.map(file => {
    try {
      return { file, text: readFileSync(file, 'utf8') }
    } catch (err) {
      throw new ConfigError(`merge-reports: cannot read ${file}: ${(err as Error).message}`)
    }
  })
}

export async function mergeReportFiles(globs: string[], cwd: string): Promise<Report> {
  return mergeReports(await readReportFiles(globs, cwd))
}

interface ParsedReport {
  file: string
  generatedAt: Date
  shard?: Shard
  results: TargetResult[]
}

export function mergeReports(files: readonly ReportFile[]): Report {
  const reports = files.map(parseReport)
  checkShards(reports)
  // Shard order first (shard 1 holds the scans), then each target's place in the whole list.
  reports.sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0))
  const seen = new Map<string, string>()
  for (const { file, results } of reports) {
    for (const label of new Set(results.map(r => r.target.label))) {
      const other = seen.get(label)
      if (other)
        throw new ConfigError(
          `merge-reports: the target "${label}" is in ${other} and in ${file}: merge each shard's report once, and shards of one run only`
        )
      seen.set(label, file)
    }
  }
  const results = reports
    .flatMap(r => r.results)
    .map((result, i) => ({ result, key: result.target.position ?? Infinity, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ result }) => result)
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0 }
  for (const r of results) counts[r.status]++
  return {
    generatedAt: new Date(Math.min(...reports.map(r => r.generatedAt.getTime()))),
    result: worstStatus(results.map(r => r.status)),
    counts,
    results,
    earliestExpiry: earliestExpiry(results)
  }
}

/** As diagnose() computes it: the first leaf to expire, over endpoints (not scans). */
function earliestExpiry(results: TargetResult[]): Report['earliestExpiry'] {
  let earliest: Report['earliestExpiry']
  for (const { target, facts } of results) {
    const validTo = facts.handshake?.chain[0]?.validTo
    if (target.scan || !validTo || !certificateTime(validTo)) continue
    if (!earliest || validTo < earliest.validTo) earliest = { validTo, target: target.label }
  }
  return earliest
}

function checkShards(reports: readonly ParsedReport[]): void {
  const sharded = reports.filter(r => r.shard)
  if (sharded.length === 0) return
  if (sharded.length < reports.length)
    throw new ConfigError(
      `merge-reports: ${reports.find(r => !r.shard)!.file} is not a shard's report, ${sharded[0].file} is: merge the shards of one run only`
    )
  const count = sharded[0].shard!.count
  const byIndex = new Map<number, string>()
  for (const { file, shard } of sharded) {
    if (shard!.count !== count)
      throw new ConfigError(
        `merge-reports: ${file} is shard ${shard!.index}/${shard!.count}, ${sharded[0].file} is one of ${count} shards`
      )
    const twice = byIndex.get(shard!.index)
    if (twice)
      throw new ConfigError(
        `merge-reports: shard ${shard!.index}/${count} is there twice (${twice} and ${file})`
      )
    byIndex.set(shard!.index, file)
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter(i => !byIndex.has(i))
  if (missing.length > 0)
    throw new ConfigError(
      `merge-reports: shard${missing.length > 1 ? 's' : ''} ${missing.map(i => `${i}/${count}`).join(', ')} missing: their targets would go unreported (did a shard job fail before uploading its report?)`
    )
}

function parseReport({ file, text }: ReportFile): ParsedReport {
  const bad = (why: string): ConfigError =>
    new ConfigError(`merge-reports: ${file} is not a wss-doctor JSON report: ${why}`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw bad((err as Error).message)
  }
  const report = json as Record<string, unknown>
  if (!isObject(report) || report.tool !== 'wss-doctor') throw bad('no "tool": "wss-doctor"')
  if (report.version !== REPORT_VERSION)
    throw new ConfigError(
      `merge-reports: ${file} is version ${JSON.stringify(report.version)} of the JSON report, this wss-doctor merges version ${REPORT_VERSION}: write the shards' and the merge's reports with the same wss-doctor release`
    )
  const generatedAt = new Date(String(report.generatedAt))
  if (Number.isNaN(generatedAt.getTime())) throw bad('no valid "generatedAt"')
  if (!Array.isArray(report.targets)) throw bad('no "targets" list')
  const shard = report.shard as Shard | undefined
  if (
    shard !== undefined &&
    !(
      isObject(shard) &&
      Number.isInteger(shard.index) &&
      Number.isInteger(shard.count) &&
      shard.index >= 1 &&
      shard.index <= shard.count
    )
  )
    throw bad('a malformed "shard"')
  const results = report.targets.map((entry: unknown, i: number) => {
    const why = targetProblem(entry)
    if (why) throw bad(`target ${i + 1}: ${why}`)
    return toResult(entry as Record<string, unknown>)
  })
  return { file, generatedAt, shard, results }
}

/** What is wrong with a reported target for the reporters, if anything. */
function targetProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return 'not an object'
  if (typeof entry.label !== 'string') return 'no "label"'
  if (!STATUSES.includes(entry.status as string)) return 'no valid "status"'
  if (!Array.isArray(entry.findings)) return 'no "findings" list'
  for (const f of entry.findings as unknown[]) {
    if (
      !isObject(f) ||
      typeof f.check !== 'string' ||
      typeof f.code !== 'string' ||
      codeEntry(f.code) === undefined ||
      typeof f.title !== 'string' ||
      !STATUSES.includes(f.status as string)
    )
      return 'a finding without check, a known code, status and title'
  }
  if (entry.position !== undefined && typeof entry.position !== 'number') return 'a bad "position"'
  return undefined
}

/** Back to a TargetResult; certificates get an empty PEM (no reporter shows it). */
function toResult(entry: Record<string, unknown>): TargetResult {
  const {
    label,
    source,
    foundOn,
    endpoint,
    problem,
    scan,
    position,
    status,
    findings,
    clients,
    wait,
    ...facts
  } = entry as Record<string, unknown> &
    Target &
    Pick<TargetResult, 'status' | 'findings' | 'wait' | 'clients'>
  const target: Target = { label, source, foundOn, endpoint, problem, scan, position }
  for (const key of Object.keys(target) as (keyof Target)[])
    if (target[key] === undefined) delete target[key]
  const withPem = (handshake: unknown): unknown =>
    isObject(handshake) && Array.isArray(handshake.chain)
      ? { ...handshake, chain: handshake.chain.map(cert => ({ ...cert, pem: '' })) }
      : handshake
  const reported = facts as TargetFacts
  return {
    target,
    status,
    findings,
    ...(isObject(clients) ? { clients } : {}),
    ...(wait ? { wait } : {}),
    facts: {
      ...reported,
      ...(reported.handshake ? { handshake: withPem(reported.handshake) } : {}),
      ...(reported.otherAddresses
        ? {
            otherAddresses: reported.otherAddresses.map(other => ({
              ...other,
              ...(other.handshake ? { handshake: withPem(other.handshake) } : {})
            }))
          }
        : {})
    } as TargetFacts
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
