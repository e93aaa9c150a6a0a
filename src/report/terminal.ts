// Findings → the CLI's text report (colour when the terminal is a TTY).
import { dateWithDaysLeft } from '../dates.js'
import type { Report, TargetResult } from '../results.js'
import { coveredNames } from '../facts.js'
import type { Status } from '../findings.js'
import { clientsLine, countsText, upgradeSummary, versionMatrix } from './checks.js'
import { inertCommands, oneLine, safeLogLine } from './escape.js'

const MARK: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗' }
const COLOR: Record<Status, string> = { pass: '\u001b[32m', warn: '\u001b[33m', fail: '\u001b[31m' }
const RESET = '\u001b[0m'
const DIM = '\u001b[2m'

export function renderTerminal(report: Report, options: { color: boolean }): string {
  return [...terminalPieces(report, options)].join('')
}

/** The text report piece by piece (the head, each target, the result), to be printed as it is
 * made: a fleet's report is never one string in memory. Joined, the pieces are the text. */
export function* terminalPieces(report: Report, options: { color: boolean }): Generator<string> {
  const paint = (status: Status, text: string): string =>
    options.color ? `${COLOR[status]}${text}${RESET}` : text
  const dim = (text: string): string => (options.color ? `${DIM}${text}${RESET}` : text)
  // Server text is made one line before it is placed, and no line keeps a `##[` or a leading
  // `::`: no workflow command, neither in the action's log (which also stops commands around
  // this text) nor when the CLI runs in a workflow step.
  const text = (lines: string[]): string => `${lines.map(inertCommands).join('\n')}\n`
  const counts = countsText(report.results)
    .replace(/\b\d+ failed\b/g, n => paint('fail', n))
    .replace(/\b\d+ warned\b/g, n => paint('warn', n))
    .replace(/\b\d+ passed\b/g, n => paint('pass', n))
  yield text([
    `wss-doctor: ${counts}`,
    ...(report.skipped ?? []).map(({ check, reason }) =>
      dim(`skipped: the ${check} check (${oneLine(reason)})`)
    ),
    ...(report.notes ?? []).map(note => `note: ${oneLine(note)}`),
    ''
  ])
  for (const result of report.results)
    yield text([...targetLines(result, report.generatedAt, paint, dim), ''])
  yield text([`Result: ${paint(report.result, report.result.toUpperCase())}`])
}

function targetLines(
  result: TargetResult,
  now: Date,
  paint: (s: Status, t: string) => string,
  dim: (t: string) => string
): string[] {
  const { target } = result
  const where = target.source
    ? dim(`  (${target.source.file}:${target.source.line})`)
    : target.foundOn
      ? dim(`  (found on ${oneLine(target.foundOn)})`)
      : ''
  const lines = [`${paint(result.status, MARK[result.status])} ${oneLine(target.label)}${where}`]
  const leaf = result.facts.handshake?.chain[0]
  if (leaf) {
    const expires = dateWithDaysLeft(new Date(leaf.validTo), now)
    lines.push(
      dim(
        `    certificate: ${oneLine(leaf.subject)} · names: ${oneLine(coveredNames(leaf).join(', ') || '(none)')} · expires ${expires} · ${result.facts.handshake!.protocol}`
      )
    )
  }
  const versions = versionMatrix(result)
  const upgrade = upgradeSummary(result)
  if (versions || upgrade) {
    lines.push(
      dim(
        `    ${[versions && `TLS versions: ${versions}`, upgrade && `upgrade: ${oneLine(upgrade)}`].filter(Boolean).join(' · ')}`
      )
    )
  }
  const clients = clientsLine(result)
  if (clients) lines.push(`    ${clients}`)
  for (const f of result.findings) {
    lines.push(`    ${paint(f.status, MARK[f.status])} ${f.check.padEnd(10)} ${oneLine(f.title)}`)
    if (f.status === 'pass') continue
    if (f.cause) lines.push(`                 cause: ${oneLine(f.cause)}`)
    if (f.fix) {
      lines.push(`                 fix:   ${oneLine(f.fix.text)}`)
      for (const codeLine of f.fix.code?.text.split('\n') ?? [])
        lines.push(dim(`                   ${safeLogLine(codeLine)}`))
    }
  }
  return lines
}
