// Findings → the job summary's Markdown, read at a glance: what failed or warned in a narrow
// table (which check, in its own words), the healthy targets folded into one line, then each
// failing target's cause and fix, and the certificate facts folded away at the end. Bounded
// below GitHub's 1 MiB step-summary limit.
import { daysLeft, dateWithDaysLeft } from '../dates.js'
import type { Report, TargetResult } from '../results.js'
import { coveredNames } from '../facts.js'
import type { Finding } from '../findings.js'
import { ICON, problems, upgradeSummary, versionMatrix } from './checks.js'
import { codeBlock, escapeMarkdown } from './escape.js'

/** Stay well below GitHub's 1 MiB limit, leaving room for other steps' summaries. */
export const SUMMARY_BUDGET_BYTES = 900_000

/** A title in the table is cut here (the section below has it whole): rows stay a line or two. */
const TABLE_TITLE_CHARS = 48

export function renderSummary(report: Report, budgetBytes = SUMMARY_BUDGET_BYTES): string {
  const { counts } = report
  const now = report.generatedAt
  // Failures first, then warnings, each in report order.
  const failing = [
    ...report.results.filter(r => r.status === 'fail'),
    ...report.results.filter(r => r.status === 'warn')
  ]
  const healthy = report.results.filter(r => r.status === 'pass')
  const withFacts = report.results.filter(
    r => r.facts.handshake || r.facts.versions || r.facts.upgrade
  )

  const out = new Budget(budgetBytes - 2_000)
  out.add(
    `## ${ICON[report.result]} wss-doctor: ${counts.fail} failed, ${counts.warn} warned, ${counts.pass} passed`
  )
  out.add('')
  for (const { check, reason } of report.skipped ?? [])
    out.add(`> Skipped: the **${check}** check (${escapeMarkdown(reason)}).`, '')
  if (report.earliestExpiry) out.add(earliestLine(report.earliestExpiry, now), '')
  if (failing.length > 0)
    out.block(
      'table rows',
      ['| Endpoint | What is wrong | Expires |', '| --- | --- | --- |'],
      failing.map(r => problemRow(r, now)),
      ['']
    )
  if (healthy.length > 0) {
    out.block(
      'healthy entries',
      [`<details><summary>${ICON.pass} ${healthyCount(healthy)}</summary>`, ''],
      healthy.map(r => healthyItem(r, now)),
      ['', '</details>', '']
    )
  }
  out.block('detail sections', [], failing.map(detailsSection), [])
  if (withFacts.length > 0) {
    out.block(
      'certificate rows',
      [
        `<details><summary>Certificates, TLS versions and upgrades (${withFacts.length} endpoint${withFacts.length === 1 ? '' : 's'})</summary>`,
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
  private readonly omitted = new Map<string, number>()

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
  block(kind: string, open: string[], items: string[], close: string[]): void {
    const start = this.lines.length
    let skipped = items.length
    if (this.add(...open)) skipped = items.filter(item => !this.add(item)).length
    // An opening without one item under it is taken back; an opening that stays is closed.
    if (this.lines.length === start + open.length && items.length > 0) this.lines.length = start
    else if (this.lines.length > start) this.lines.push(...close)
    if (skipped > 0) this.omitted.set(kind, (this.omitted.get(kind) ?? 0) + skipped)
  }

  text(): string {
    const left = [...this.omitted].map(([kind, n]) => `${n} ${kind}`)
    if (left.length > 0) {
      const list = left.length > 1 ? `${left.slice(0, -1).join(', ')} and ${left.at(-1)}` : left[0]
      this.lines.push(
        '',
        `> Summary truncated to stay under GitHub's 1 MiB limit: ${list} are only in the JSON report.`
      )
    }
    return `${this.lines.join('\n')}\n`
  }
}

function earliestLine(earliest: NonNullable<Report['earliestExpiry']>, now: Date): string {
  const end = new Date(earliest.validTo)
  return `Earliest certificate expiry: **${dateWithDaysLeft(end, now)}** on ${escapeMarkdown(earliest.target)}`
}

/** One row per failing or warning target: each problem by check name, with its title. */
function problemRow(result: TargetResult, now: Date): string {
  const what = problems(result)
    .map(f => `${ICON[f.status]} **${f.check}** ${escapeMarkdown(shortTitle(f))}`)
    .join('<br>')
  const cells = [
    `${ICON[result.status]}\u00a0${unbroken(escapeMarkdown(result.target.label))}`,
    what || '–',
    expiresIn(result, now)
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

function healthyCount(healthy: TargetResult[]): string {
  const endpoints = healthy.filter(r => !r.target.scan).length
  const scanned = healthy.length - endpoints
  return [
    ...(endpoints > 0 ? [`${endpoints} healthy endpoint${endpoints === 1 ? '' : 's'}`] : []),
    ...(scanned > 0 ? [`${scanned} clean scan result${scanned === 1 ? '' : 's'}`] : [])
  ].join(' and ')
}

function healthyItem(result: TargetResult, now: Date): string {
  const leaf = result.facts.handshake?.chain[0]
  const note = result.target.scan
    ? ` (${result.target.scan})`
    : leaf
      ? ` · expires ${dateWithDaysLeft(new Date(leaf.validTo), now)}`
      : ''
  return `- ${escapeMarkdown(result.target.label)}${note}`
}

function detailsSection(result: TargetResult): string {
  const where = result.target.source ? ` (${escapeMarkdown(place(result.target.source))})` : ''
  const parts = [`### ${ICON[result.status]} ${escapeMarkdown(result.target.label)}${where}`, '']
  for (const finding of problems(result)) parts.push(findingBlock(finding), '')
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
