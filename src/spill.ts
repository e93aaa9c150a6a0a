// A finished target's findings, facts and client verdicts go to a file, one JSON line each, and are read back
// when a reporter asks for them: a fleet's results take disk, not memory (10,000 targets held
// ~100 MB). The result keeps its target and status in memory; `findings`, `facts` and `clients`
// are getters that read its line (the last one read is kept: reporters ask for both in turn).
// The file is removed from its folder as soon as it is open, so that it never outlives the
// process, even one that is killed; where an open file cannot be removed, it is at exit.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TargetResult } from './results.js'

type Spilled = Pick<TargetResult, 'findings' | 'facts' | 'clients'>

interface SpillFile {
  fd: number
  size: number
  last?: { at: number; value: Spilled }
}

let file: SpillFile | undefined

/** `result` with its findings, facts and client verdicts in the spill file, read back on each
 * access. */
export function spilled(result: TargetResult): TargetResult {
  const { target, status, findings, facts, clients, ...rest } = result
  const spill = (file ??= openSpillFile())
  const line = Buffer.from(JSON.stringify({ findings, facts, clients }), 'utf8')
  const at = spill.size
  const { length } = line
  writeSync(spill.fd, line, 0, length, at)
  spill.size += length
  const read = (): Spilled => readLine(spill, at, length)
  return Object.defineProperties({ target, status, ...rest } as TargetResult, {
    findings: { get: () => read().findings, enumerable: true },
    facts: { get: () => read().facts, enumerable: true },
    // Only a result that has verdicts has the property, as before it was spilled.
    ...(clients ? { clients: { get: () => read().clients, enumerable: true } } : {})
  })
}

function readLine(spill: SpillFile, at: number, length: number): Spilled {
  if (spill.last?.at === at) return spill.last.value
  const bytes = Buffer.allocUnsafe(length)
  for (let done = 0; done < length;) {
    const n = readSync(spill.fd, bytes, done, length - done, at + done)
    if (n === 0) throw new Error('wss-doctor: the results file ended early')
    done += n
  }
  const value = JSON.parse(bytes.toString('utf8')) as Spilled
  spill.last = { at, value }
  return value
}

function openSpillFile(): SpillFile {
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'wss-doctor-results-'))
  const name = path.join(dir, 'results.jsonl')
  const fd = openSync(name, 'wx+', 0o600)
  try {
    unlinkSync(name)
    rmSync(dir, { recursive: true, force: true })
  } catch {
    process.once('exit', () => {
      closeSync(fd)
      rmSync(dir, { recursive: true, force: true })
    })
  }
  return { fd, size: 0 }
}
