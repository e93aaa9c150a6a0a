// The command as a shell runs it, with a reader that stops early: `wss-doctor … | head`.
import { expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

test('a closed pipe (| head) ends the run quietly: no EPIPE stack trace', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-pipe-'))
  try {
    // Port 1 on loopback refuses at once: a long report, fast.
    const list = Array.from({ length: 400 }, (_, i) => `wss://127.0.0.1:1/p${i}`).join('\n')
    writeFileSync(path.join(dir, 'targets.txt'), list)
    const child = spawn(
      'sh',
      ['-c', `node --import tsx src/bin.ts --targets-file ${dir}/targets.txt | head -c 50`],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stderr += String(chunk)))
    const code = await new Promise(resolve => child.on('exit', resolve))
    expect(stdout.length).toBeLessThanOrEqual(50)
    expect(stdout.length).toBeGreaterThan(0)
    expect(stderr).toBe('')
    expect(code).toBe(0) // head's status: the pipeline did not break
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
