// Secrets out of a report before any renderer sees it: escaping (Markdown, JSON) would change a
// secret's spelling (`a.b` → `a\.b`) and hide it from a mask applied to the rendered text.
import type { Report } from '../results.js'
import { maskSecrets } from '../secrets.js'

/** The report with every string in it (not keys) masked; Dates, Buffers and numbers kept. */
export function maskReport(report: Report, secrets: readonly string[]): Report {
  return secrets.length === 0 ? report : maskStrings(report, secrets)
}

/** Rendered pieces masked one by one, as they are made (a piece is a whole value: see
 * jsonPieces), so that masking never holds a whole report either. */
export function* maskPieces(
  pieces: Iterable<string>,
  secrets: readonly string[]
): Generator<string> {
  for (const piece of pieces) yield maskSecrets(piece, secrets)
}

function maskStrings<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return maskSecrets(value, secrets) as T
  if (Array.isArray(value)) return value.map(item => maskStrings(item, secrets)) as T
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, maskStrings(item, secrets)])
    ) as T
  return value
}
