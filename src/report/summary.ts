// Findings → the job summary's Markdown, read at a glance: what failed or warned in a narrow
// table (which check, in its own words), the healthy targets folded into one line, then each
// failing target's cause and fix, and the certificate facts folded away at the end. Bounded
// below GitHub's 1 MiB step-summary limit.
import { daysLeft, dateWithDaysLeft } from '../dates.js'
import type { Report, TargetResult } from '../results.js'
import { coveredNames } from '../facts.js'
import type { Finding } from '../findings.js'
import {
  clientsLine,
  countsText,
  elapsed,
  entries,
  ICON,
  plural,
  problems,
  upgradeSummary,
  versionMatrix,
  type Entry
} from './checks.js'
import { codeBlock, escapeMarkdown } from './escape.js'

/** Stay well below GitHub's 1 MiB limit, leaving room for other steps' summaries. */
export const SUMMARY_BUDGET_BYTES = 900_000

/** A title in the table is cut here (the section below has it whole): rows stay a line or two. */
const TABLE_TITLE_CHARS = 48

export function renderSummary(report: Report, budgetBytes = SUMMARY_BUDGET_BYTES): string {
  const now = report.generatedAt
  // One entry per endpoint and per thing scanned (a page's page scan and browser check are one
  // page); failures first, then warnings, each in report order.
  const all = entries(report.results)
  const failing = [...all.filter(e => e.status === 'fail'), ...all.filter(e => e.status === 'warn')]
  // Endpoints that passed only after retrying (wait) are not folded away with the healthy.
  const retried = all.filter(e => e.status === 'pass' && e.results[0].wait)
  const healthy = all.filter(e => e.status === 'pass' && !e.results[0].wait)
  const withFacts = report.results.filter(
    r => r.facts.handshake || r.facts.versions || r.facts.upgrade
  )

  const out = new Budget(budgetBytes - 2_000)
  out.add(`## ${ICON[report.result]} wss-doctor: ${countsText(report.results)}`)
  out.add('')
  for (const { check, reason } of report.skipped ?? [])
    out.add(`> Skipped: the **${check}** check (${escapeMarkdown(reason)}).`, '')
  for (const note of report.notes ?? []) out.add(`> ${escapeMarkdown(note)}`, '')
  if (report.earliestExpiry) out.add(earliestLine(report.earliestExpiry, now), '')
  if (failing.length > 0)
    out.block(
      ['table row', 'table rows'],
      ['| Endpoint | What is wrong | Expires |', '| --- | --- | --- |'],
      failing.map(e => problemRow(e, now)),
      ['']
    )
  out.block(['retried endpoint', 'retried endpoints'], [], retried.map(retriedItem), [])
  if (healthy.length > 0) {
    out.block(
      ['healthy entry', 'healthy entries'],
      [`<details><summary>${ICON.pass} ${healthyCount(healthy)}</summary>`, ''],
      healthy.map(e => healthyItem(e, now)),
      ['', '</details>', '']
    )
  }
  out.block(['detail section', 'detail sections'], [], failing.map(detailsSection), [])
  if (withFacts.length > 0) {
    out.block(
      ['certificate row', 'certificate rows'],
      [
        `<details><summary>Certificates, TLS versions and upgrades (${plural(withFacts.length, 'endpoint')})</summary>`,
        '',
        '| Endpoint | Certificate | TLS | Upgrade |',
        '| --- | --- | --- | --- |'
      ],
      withFacts.map(r => factsRow(r, now)),
      ['', '</details>']
    )
  }
  return out.text()
}

/** Lines under a byte budget; what did not fit is counted by kind for the closing note. */
class Budget {
  private readonly lines: string[] = []
  private used = 0
  private readonly omitted = new Map<string, { n: number; noun: [string, string] }>()

  constructor(private readonly limit: number) {}

  /** False (and nothing added) when the lines do not all fit. */
  add(...lines: string[]): boolean {
    const size = lines.reduce((sum, l) => sum + Buffer.byteLength(l, 'utf8') + 1, 0)
    if (this.used + size > this.limit) return false
    this.lines.push(...lines)
    this.used += size
    return true
  }

  /** An opening, items, a closing: the closing always follows an opening that fit (it is
   * small; the limit keeps room for it), so that no `<details>` or table is left open. */
  block(noun: [string, string], open: string[], items: string[], close: string[]): void {
    const start = this.lines.length
    let skipped = items.length
    if (this.add(...open)) skipped = items.filter(item => !this.add(item)).length
    // An opening without one item under it is taken back; an opening that stays is closed.
    if (this.lines.length === start + open.length && items.length > 0) this.lines.length = start
    else if (this.lines.length > start) this.lines.push(...close)
    if (skipped > 0) {
      const n = (this.omitted.get(noun[1])?.n ?? 0) + skipped
      this.omitted.set(noun[1], { n, noun })
    }
  }

  text(): string {
    const omitted = [...this.omitted.values()]
    const left = omitted.map(({ n, noun }) => plural(n, ...noun))
    if (left.length > 0) {
      const list = left.length > 1 ? `${left.slice(0, -1).join(', ')} and ${left.at(-1)}` : left[0]
      const verb = omitted.length === 1 && omitted[0].n === 1 ? 'is' : 'are'
      this.lines.push(
        '',
        `> Summary truncated to stay under GitHub's 1 MiB limit: ${list} ${verb} only in the JSON report.`
      )
    }
    return `${this.lines.join('\n')}\n`
  }
}

function earliestLine(earliest: NonNullable<Report['earliestExpiry']>, now: Date): string {
  const end = new Date(earliest.validTo)
  return `Earliest certificate expiry: **${dateWithDaysLeft(end, now)}** on ${escapeMarkdown(earliest.target)}`
}

/** One row per failing or warning entry (a page: its page scan's and browser check's
 * problems together): each problem by check name, with its title. */
function problemRow(entry: Entry, now: Date): string {
  const what = entry.results
    .flatMap(problems)
    .map(f => `${ICON[f.status]} **${f.check}** ${escapeMarkdown(shortTitle(f))}`)
    .join('<br>')
  const cells = [
    `${ICON[entry.status]}\u00a0${unbroken(escapeMarkdown(entry.label))}`,
    what || '–',
    expiresIn(entry.results[0], now)
  ]
  return `| ${cells.join(' | ')} |`
}

/** The title cut for the table, with the line it points at (a scan hit). */
function shortTitle(finding: Finding): string {
  const chars = [...finding.title]
  const title =
    chars.length > TABLE_TITLE_CHARS
      ? `${chars.slice(0, TABLE_TITLE_CHARS).join('')}…`
      : finding.title
  return finding.location ? `${title} (${place(finding.location)})` : title
}

function place(location: { file: string; line: number }): string {
  return `${location.file}:${location.line}`
}

/** "89 days" or "expired" (the title says since when), one line; "–" without a certificate. */
function expiresIn(result: TargetResult, now: Date): string {
  const leaf = result.facts.handshake?.chain[0]
  if (!leaf) return '–'
  const end = new Date(leaf.validTo)
  if (Number.isNaN(end.getTime())) return 'invalid'
  if (end <= now) return 'expired'
  const left = daysLeft(end, now)
  return `${left}\u00a0day${left === 1 ? '' : 's'}`
}

function healthyCount(healthy: Entry[]): string {
  const endpoints = healthy.filter(e => !e.results[0].target.scan).length
  const scanned = healthy.length - endpoints
  return [
    ...(endpoints > 0 ? [plural(endpoints, 'healthy endpoint')] : []),
    ...(scanned > 0 ? [plural(scanned, 'clean scan result')] : [])
  ].join(' and ')
}

function healthyItem(entry: Entry, now: Date): string {
  const result = entry.results[0]
  const leaf = result.facts.handshake?.chain[0]
  const note = result.target.scan
    ? ` (${entry.results.map(r => r.target.scan).join(', ')})`
    : leaf
      ? ` · expires ${dateWithDaysLeft(new Date(leaf.validTo), now)}`
      : ''
  return `- ${escapeMarkdown(entry.label)}${whereFound(result)}${note}`
}

/** Where a target was found: its line in a file, or the page it is on. */
function whereFound(result: TargetResult): string {
  const { source, foundOn } = result.target
  if (source) return ` (${escapeMarkdown(place(source))})`
  if (foundOn) return ` (found on ${escapeMarkdown(foundOn)})`
  return ''
}

/** An endpoint that passed only after retrying: on which attempt, and what the earlier ones
 * failed. */
function retriedItem(entry: Entry): string {
  const result = entry.results[0]
  const wait = result.wait!
  const last = wait.attempts.at(-1)!
  const lines = [
    `${ICON.pass} **${escapeMarkdown(entry.label)}**${whereFound(result)}: passed on attempt ${last.number} of ${wait.planned} after ${elapsed(last.atMs)} (wait ${elapsed(wait.waitMs)})`,
    ''
  ]
  for (const attempt of wait.attempts.slice(0, -1)) {
    const failed = attempt.failed.length > 0 ? attempt.failed : [attempt.status]
    lines.push(
      `- Attempt ${attempt.number} at ${elapsed(attempt.atMs)} failed: ${escapeMarkdown(failed.join('; '))}`
    )
  }
  lines.push('')
  return lines.join('\n')
}

function detailsSection(entry: Entry): string {
  const heading = `### ${ICON[entry.status]} ${escapeMarkdown(entry.label)}${whereFound(entry.results[0])}`
  const parts = [heading, '']
  const clients = clientsLine(entry.results[0])
  if (clients) parts.push(escapeMarkdown(clients), '')
  for (const finding of entry.results.flatMap(problems)) parts.push(findingBlock(finding), '')
  return parts.join('\n')
}

function findingBlock(finding: Finding): string {
  const at = finding.location ? ` (${place(finding.location)})` : ''
  const lines = [
    `**${ICON[finding.status]} ${finding.check}: ${escapeMarkdown(finding.title + at)}**`,
    ''
  ]
  // Cause and fix first, the facts behind them after: the fix is what the reader came for.
  if (finding.cause) lines.push(`- **Root cause:** ${escapeMarkdown(finding.cause)}`)
  if (finding.fix) {
    lines.push(`- **Fix:** ${escapeMarkdown(finding.fix.text)}`)
    if (finding.fix.code)
      lines.push('', codeBlock(finding.fix.code.lang, finding.fix.code.text), '')
  }
  for (const detail of finding.details ?? []) lines.push(`- ${escapeMarkdown(detail)}`)
  return lines.join('\n')
}

/** Certificate, negotiated version, version matrix and upgrade, each cell a few short lines. */
function factsRow(result: TargetResult, now: Date): string {
  const handshake = result.facts.handshake
  const leaf = handshake?.chain[0]
  const certificate = leaf
    ? [
        escapeMarkdown(leaf.subject),
        `Names: ${escapeMarkdown(coveredNames(leaf).join(', ') || '(none)')}`,
        `Issuer: ${escapeMarkdown(leaf.issuer)}`,
        `Expires: ${dateWithDaysLeft(new Date(leaf.validTo), now)}`
      ].join('<br>')
    : '–'
  const tls = [
    ...(handshake ? [escapeMarkdown(handshake.protocol)] : []),
    ...[versionMatrix(result)].filter(v => v !== undefined)
  ].join('<br>')
  const cells = [
    escapeMarkdown(result.target.label),
    certificate,
    tls || '–',
    escapeMarkdown(upgradeSummary(result) ?? '–')
  ]
  return `| ${cells.join(' | ')} |`
}

/** No line break inside a label at `-`, `.` or `/`: the endpoint stays one line. */
function unbroken(text: string): string {
  return text.replace(/([-./])/g, '$1\u2060')
}
