// Report → the scheduled run's issue: which endpoints fail and which certificates are about to
// expire, with a hidden marker (how the next run finds the issue), bounded like a comment.
import type { Report, TargetResult } from '../results.js'
import type { Finding } from '../findings.js'
import { codeLink, ICON, problems } from './checks.js'
import { COMMENT_LIMIT_CHARS, runLink } from './comment.js'
import { escapeMarkdown } from './escape.js'

/** The label every wss-doctor issue carries: how runs list them. */
export const ISSUE_LABEL = 'wss-doctor'

/** Bullets stop at this many characters; the rest is counted. */
const ISSUE_BUDGET_CHARS = 60_000

export function issueMarker(workflow: string): string {
  return `<!-- wss-doctor-issue:${encodeURIComponent(workflow)} -->`
}

export interface Attention {
  failing: TargetResult[]
  /** Targets that do not fail but whose certificates are close to expiry. */
  expiring: { result: TargetResult; findings: Finding[] }[]
}

/** What an issue is about: failing results, and expiry warnings of the others. */
export function needingAttention(report: Report): Attention {
  const failing = report.results.filter(r => r.status === 'fail')
  const expiring = report.results
    .filter(r => r.status !== 'fail')
    .map(result => ({
      result,
      findings: result.findings.filter(f => f.check === 'expiry' && f.status === 'warn')
    }))
    .filter(e => e.findings.length > 0)
  return { failing, expiring }
}

export function issueTitle(attention: Attention): string {
  const parts = []
  if (attention.failing.length > 0) parts.push(`${attention.failing.length} failing`)
  if (attention.expiring.length > 0) parts.push(`${attention.expiring.length} expiring soon`)
  return `wss-doctor: ${parts.join(', ')}`
}

export function renderIssue(
  report: Report,
  attention: Attention,
  options: { marker: string; workflow: string; runUrl?: string }
): string {
  const link = runLink(options.runUrl)
  const lines = [
    options.marker,
    `wss-doctor found endpoints that fail or whose certificate expires soon in the workflow **${escapeMarkdown(options.workflow || 'wss-doctor')}**. Each run updates this issue; it is closed when everything passes again.`,
    ''
  ]
  let used = lines.join('\n').length
  let omitted = 0
  const add = (line: string): void => {
    if (used + line.length + 1 > ISSUE_BUDGET_CHARS) {
      omitted++
      return
    }
    lines.push(line)
    used += line.length + 1
  }
  if (attention.failing.length > 0) {
    lines.push(`### ${ICON.fail} Failing (${attention.failing.length})`, '')
    for (const result of attention.failing) add(bullet(result, problems(result)))
    lines.push('')
  }
  if (attention.expiring.length > 0) {
    lines.push(`### ${ICON.warn} Expiring soon (${attention.expiring.length})`, '')
    for (const { result, findings } of attention.expiring) add(bullet(result, findings))
    lines.push('')
  }
  if (omitted > 0) lines.push(`> ${omitted} more endpoints are only in the job summary.`, '')
  lines.push(
    `Last checked ${report.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC${link ? ` in ${link}` : ''}.`
  )
  const body = `${lines.join('\n')}\n`
  return body.length <= COMMENT_LIMIT_CHARS ? body : `${lines.slice(0, 2).join('\n')}\n`
}

/** The comment an issue is closed with. */
export function renderResolved(report: Report, runUrl?: string): string {
  const link = runLink(runUrl)
  return `${ICON.pass} Everything passes again${link ? ` (${link})` : ''}: ${report.counts.pass} passed, ${report.counts.warn} warned, none failing or about to expire. Closing.\n`
}

function bullet(result: TargetResult, findings: Finding[]): string {
  const titles = findings
    .slice(0, 3)
    .map(f => `${f.check}: ${escapeMarkdown(f.title)} ${codeLink(f.code)}`)
    .join('; ')
  const more = findings.length > 3 ? ` (+${findings.length - 3} more)` : ''
  return `- **${escapeMarkdown(result.target.label)}**: ${titles}${more}`
}
