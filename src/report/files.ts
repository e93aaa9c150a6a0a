// The files a run writes: the JSON report (its directory created as needed) and the job
// summary. Each throws with the path in the message, so the caller can say what was not written.
import { appendFileSync, closeSync, mkdirSync, mkdtempSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'

/** Writes the pieces to `file` one after the other (a report as it is rendered, never whole in
 * memory), creating its directory first. */
export function writeReportFile(file: string, pieces: Iterable<string>): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const fd = openSync(file, 'w')
  try {
    for (const piece of pieces) {
      const bytes = Buffer.from(piece)
      // writeSync may write less than asked; writeFileSync loops the same way.
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done)
    }
  } finally {
    closeSync(fd)
  }
}

/** A fresh `report.json` path in a new directory under `tempRoot` (created if missing). */
export function temporaryReportPath(tempRoot: string): string {
  mkdirSync(tempRoot, { recursive: true })
  return path.join(mkdtempSync(path.join(tempRoot, 'wss-doctor-')), 'report.json')
}

/** Appends to the job summary file; its directory belongs to the runner and is not created. */
export function appendSummary(file: string, markdown: string): void {
  appendFileSync(file, markdown)
}
