// A fleet's heap stays small: once sizeHeapForFleet has seen a fleet, V8's young generation grows
// far less under a busy allocation pattern, and a run of a few targets keeps V8's defaults.
// Each case is its own Node process: the settings last for the process.
import { describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The young generation's size (MB) right after sizeHeapForFleet(`targets`), and its largest
 * while the process then allocates ~400 MB in objects that each live for a while (a window of
 * ~4 MB kept alive), as a fleet's connections do. */
async function youngGeneration(targets: number): Promise<{ start: number; peak: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-heap-'))
  try {
    const script = path.join(dir, 'allocate.mts')
    writeFileSync(
      script,
      [
        "import v8 from 'node:v8'",
        `import { sizeHeapForFleet } from ${JSON.stringify(path.resolve('src/heap.ts'))}`,
        `await sizeHeapForFleet(${targets})`,
        'const young = () => v8.getHeapSpaceStatistics().find(s => s.space_name === "new_space")!.space_size',
        'const start = young()',
        'let peak = start',
        'const window: unknown[] = new Array(40_000)',
        'for (let i = 0; i < 4_000_000; i++) {',
        '  window[i % window.length] = { i, text: `target ${i}`, list: [i, i + 1] }',
        '  if (i % 10_000 === 0) peak = Math.max(peak, young())',
        '}',
        'console.log(JSON.stringify({ start: start / 2 ** 20, peak: peak / 2 ** 20 }))'
      ].join('\n')
    )
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', script], (err, out, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(out)
      )
    )
    return JSON.parse(stdout) as { start: number; peak: number }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('sizeHeapForFleet', () => {
  test('a fleet keeps the young generation small; a few targets keep the defaults', async () => {
    const [few, fleet] = await Promise.all([youngGeneration(1), youngGeneration(100)])
    // V8's defaults grow it under this pattern to 32 MB on Node 20 and 128 MB on Node 24; a
    // fleet's stays at its start on Node 20 (4 MB) and grows a little on Node 24 (to 8–34 MB).
    expect(few.peak).toBeGreaterThan(few.start)
    expect(few.peak).toBeGreaterThan(2 * fleet.peak)
  }, 60_000)
})
