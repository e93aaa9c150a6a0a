// Findings → GitHub annotations: an error per failed check, a warning per warning, a notice per
// healthy target. GitHub shows at most 10 of each level per step, so the list is capped and the
// overflow counted (the summary and JSON report have everything).
import type { Report } from '../results.js'
import { helpUrl } from '../codes.js'
import type { Status } from '../findings.js'
import { inertCommands, oneLine } from './escape.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  file?: string
  startLine?: number
  startColumn?: number
  /** On a line the pull request changes (not passed to the runner). */
  changed?: boolean
}

export interface Annotations {
  annotations: Annotation[]
  omitted: Record<AnnotationLevel, number>
}

/** Annotation text is one line, and holds no `##[` or leading `::` (the runner parses the
 * whole line as one command already; this is defence in depth). */
const logText = (text: string): string => inertCommands(oneLine(text))

const LEVEL: Record<Status, AnnotationLevel> = { fail: 'error', warn: 'warning', pass: 'notice' }

export function renderAnnotations(
  report: Report,
  caps: Record<AnnotationLevel, number>
): Annotations {
  const all: Annotation[] = []
  for (const { target, findings, status } of report.results) {
    const at = target.source ? { file: target.source.file, startLine: target.source.line } : {}
    if (status === 'pass') {
      // A scanned thing with one finding says what it was (a file checked, or skipped and why).
      const only = target.scan && findings.length === 1 ? findings[0].title : undefined
      all.push({
        level: 'notice',
        title: logText(`wss-doctor: ${target.label}`),
        message: logText(only ?? 'All checks passed.'),
        ...at
      })
      continue
    }
    for (const f of findings) {
      if (f.status === 'pass') continue
      const message = [
        `${target.label}: ${f.title}`,
        f.cause ? `Cause: ${f.cause}.` : '',
        f.fix ? `Fix: ${f.fix.text}` : '',
        `More: ${helpUrl(f.code)}`
      ]
        .filter(Boolean)
        .join(' — ')
      const place = f.location
        ? { file: f.location.file, startLine: f.location.line, startColumn: f.location.column }
        : at
      all.push({
        level: LEVEL[f.status],
        title: logText(`wss-doctor ${f.code}: ${target.label}`),
        message: logText(message),
        ...place,
        ...(f.location?.changed ? { changed: true } : {})
      })
    }
  }
  // Findings on lines the pull request changes first (stable otherwise): GitHub shows 10 per
  // level, and these are the ones about the change under review.
  all.sort((a, b) => Number(b.changed ?? false) - Number(a.changed ?? false))
  const shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations = all.filter(a => {
    if (shown[a.level] >= caps[a.level]) {
      omitted[a.level]++
      return false
    }
    shown[a.level]++
    return true
  })
  return { annotations, omitted }
}
