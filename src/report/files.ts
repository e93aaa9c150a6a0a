// The files a run writes: the JSON report (its directory created as needed) and the job
// summary. Each throws with the path in the message, so the caller can say what was not written.
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Writes `text` to `file`, creating its directory first. */
export function writeReportFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
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
