// Findings → the job summary's Markdown: one row per target, then cause and fix for each
// target that failed or warned. Bounded below GitHub's 1 MiB step-summary limit.
import { dateWithDaysLeft } from '../dates.js'
import type { Report, TargetResult } from '../doctor.js'
import { coveredNames } from '../facts.js'
import type { Finding } from '../findings.js'
import { checkStatuses, ICON, problems, upgradeSummary, versionMatrix } from './checks.js'
import { codeBlock, escapeMarkdown } from './escape.js'

/** Stay well below GitHub's 1 MiB limit, leaving room for other steps' summaries. */
export const SUMMARY_BUDGET_BYTES = 900_000

export function renderSummary(report: Report, budgetBytes = SUMMARY_BUDGET_BYTES): string {
  const { counts } = report
  const head = [
    `## ${ICON[report.result]} wss-doctor: ${counts.fail} failed, ${counts.warn} warned, ${counts.pass} passed`,
    '',
    ...(report.earliestExpiry ? [earliestLine(report.earliestExpiry, report.generatedAt), ''] : []),
    '| Endpoint | Result | Checks | Certificate | Names (SAN) | Issuer | Expires | TLS | Versions | Upgrade |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
  ]
  const rows = report.results.map(r => tableRow(r, report.generatedAt))
  const sections = report.results.filter(r => r.status !== 'pass').map(detailsSection)

  const out: string[] = []
  let used = 0
  let omittedRows = 0
  let omittedSections = 0
  const add = (text: string): boolean => {
    const size = Buffer.byteLength(text, 'utf8') + 1
    if (used + size > budgetBytes - 2_000) return false
    out.push(text)
    used += size
    return true
  }
  head.forEach(add)
  for (const row of rows) if (!add(row)) omittedRows++
  if (sections.length > 0) add('')
  for (const section of sections) if (!add(section)) omittedSections++
  if (omittedRows + omittedSections > 0) {
    out.push(
      '',
      `> Summary truncated to stay under GitHub's 1 MiB limit: ${omittedRows} table rows and ${omittedSections} detail sections are only in the JSON report.`
    )
  }
  return `${out.join('\n')}\n`
}

function earliestLine(earliest: NonNullable<Report['earliestExpiry']>, now: Date): string {
  const end = new Date(earliest.validTo)
  return `Earliest certificate expiry: **${dateWithDaysLeft(end, now)}** on ${escapeMarkdown(earliest.target)}`
}

function tableRow(result: TargetResult, now: Date): string {
  const checks = checkStatuses(result)
    .map(c => `${ICON[c.status]} ${c.check}`)
    .join(' · ')
  const handshake = result.facts.handshake
  const leaf = handshake?.chain[0]
  const cells = [
    escapeMarkdown(result.target.label),
    `${ICON[result.status]} ${result.status}`,
    checks,
    leaf ? escapeMarkdown(leaf.subject) : '–',
    leaf ? escapeMarkdown(coveredNames(leaf).join(', ') || '(none)') : '–',
    leaf ? escapeMarkdown(leaf.issuer) : '–',
    leaf ? dateWithDaysLeft(new Date(leaf.validTo), now) : '–',
    handshake ? escapeMarkdown(handshake.protocol) : '–',
    versionMatrix(result) ?? '–',
    escapeMarkdown(upgradeSummary(result) ?? '–')
  ]
  return `| ${cells.join(' | ')} |`
}

function detailsSection(result: TargetResult): string {
  const where = result.target.source
    ? ` (${escapeMarkdown(`${result.target.source.file}:${result.target.source.line}`)})`
    : ''
  const parts = [`### ${ICON[result.status]} ${escapeMarkdown(result.target.label)}${where}`, '']
  for (const finding of problems(result)) parts.push(findingBlock(finding), '')
  return parts.join('\n')
}

function findingBlock(finding: Finding): string {
  const lines = [
    `**${ICON[finding.status]} ${finding.check}: ${escapeMarkdown(finding.title)}**`,
    ''
  ]
  if (finding.cause) lines.push(`- **Root cause:** ${escapeMarkdown(finding.cause)}`)
  for (const detail of finding.details ?? []) lines.push(`- ${escapeMarkdown(detail)}`)
  if (finding.fix) {
    lines.push(`- **Fix:** ${escapeMarkdown(finding.fix.text)}`)
    if (finding.fix.code) lines.push('', codeBlock(finding.fix.code.lang, finding.fix.code.text))
  }
  return lines.join('\n')
}
