// Report → the pull-request comment's Markdown: a hidden marker (how the next run finds the
// comment to update), the job summary's table and failing details, and a link to the run,
// within GitHub's 65,536-character limit for a comment.
import type { Report } from '../results.js'
import { renderSummary } from './summary.js'

/** GitHub refuses a comment or issue body longer than this (characters). */
export const COMMENT_LIMIT_CHARS = 65_536

/** The summary's share, in UTF-8 bytes (never fewer than characters), leaving room for the
 * marker, the notes and the link. */
export const COMMENT_SUMMARY_BUDGET_BYTES = 60_000

/** The hidden line that names the comment of one workflow's job. Names are percent-encoded
 * so that none can end the HTML comment (`-->`) or forge another job's marker. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- wss-doctor:${encodeURIComponent(workflow)}:${encodeURIComponent(job)} -->`
}

export interface CommentOptions {
  marker: string
  runUrl?: string
  /** The run passed after a run that had failed: said first. */
  recovered?: boolean
  budgetBytes?: number
}

export function renderComment(report: Report, options: CommentOptions): string {
  const budget = options.budgetBytes ?? COMMENT_SUMMARY_BUDGET_BYTES
  const full = renderSummary(report, Number.MAX_SAFE_INTEGER)
  const truncated = Buffer.byteLength(full, 'utf8') > budget
  const summary = truncated ? renderSummary(report, budget) : full
  const link = runLink(options.runUrl)
  const parts = [options.marker]
  if (options.recovered) parts.push(recoveredLine(report), '')
  parts.push(summary.trimEnd())
  if (truncated) {
    parts.push(
      '',
      `> This comment is shortened to fit GitHub's limit of ${COMMENT_LIMIT_CHARS.toLocaleString('en-US')} characters: the full report is in the job summary${link ? ` of ${link}` : ''}.`
    )
  }
  if (link) parts.push('', `<sub>wss-doctor · ${link}</sub>`)
  const body = `${parts.join('\n')}\n`
  // A summary that ignored its budget must still not make GitHub refuse the comment.
  if (body.length <= COMMENT_LIMIT_CHARS) return body
  return `${options.marker}\n${head(report)}\n\n> The report is too long for a comment: see the job summary${link ? ` of ${link}` : ''}.\n`
}

function head(report: Report): string {
  const { counts } = report
  return `**wss-doctor: ${counts.fail} failed, ${counts.warn} warned, ${counts.pass} passed**`
}

function recoveredLine(report: Report): string {
  if (report.result === 'pass') return '### ✅ wss-doctor: all endpoints pass now'
  return `### ✅ wss-doctor: nothing fails now (${report.counts.warn} warned)`
}

/** A link to the run, for a URL the runner gave (never server text); none for anything odd. */
export function runLink(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s<>()[\]]+$/.test(url)) return undefined
  return `[the run](${url})`
}
