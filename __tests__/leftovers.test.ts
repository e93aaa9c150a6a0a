// Nothing left behind: the demo removes its temporary folders and its fleet ends on SIGTERM;
// the test fixtures remove theirs; and .ci/leftovers.sh, which .ci/run ends with, names a
// process or a wss-doctor-* temporary that was not there before, and fails.
import { describe, expect, test } from '@jest/globals'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createLab } from './fixtures/tls-lab.js'
import { tempDir } from './fixtures/temp-dir.js'

const root = path.resolve(import.meta.dirname, '..')

/** The wss-doctor-* entries of a temporary directory. */
const ours = (tmp: string): string[] => readdirSync(tmp).filter(e => e.startsWith('wss-doctor-'))

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise(resolve => child.once('exit', code => resolve(code)))
}

async function until(what: string, condition: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`)
    await sleep(100)
  }
}

describe('the demo', () => {
  test('npm run demo removes its folder', async () => {
    const tmp = tempDir('demo-tmp')
    const demo = spawn(process.execPath, ['--import', 'tsx', 'src/demo/index.ts'], {
      cwd: root,
      env: { ...process.env, TMPDIR: tmp },
      stdio: 'ignore'
    })
    expect(await exited(demo)).toBe(0)
    expect(ours(tmp)).toEqual([])
  }, 90_000)

  test('--serve without a folder: the fleet ends on SIGTERM and removes the folder it made', async () => {
    const tmp = tempDir('fleet-tmp')
    const fleet = spawn(process.execPath, ['--import', 'tsx', 'src/demo/index.ts', '--serve'], {
      cwd: root,
      env: { ...process.env, TMPDIR: tmp },
      stdio: 'ignore'
    })
    try {
      await until('the fleet is ready', () =>
        ours(tmp).some(entry => existsSync(path.join(tmp, entry, 'ready')))
      )
      fleet.kill('SIGTERM')
      expect(await exited(fleet)).toBe(0)
      expect(ours(tmp)).toEqual([])
    } finally {
      fleet.kill('SIGKILL')
    }
  }, 90_000)
})

test("the TLS lab's close() removes its folder", async () => {
  const lab = await createLab()
  expect(existsSync(lab.dir)).toBe(true)
  await lab.close()
  expect(existsSync(lab.dir)).toBe(false)
})

describe('.ci/leftovers.sh', () => {
  /** Runs the script with its own temporary directory, process mark and command-line pattern,
   * so that the rest of the test run (processes of other test files) cannot count. */
  function leftovers(
    command: 'record' | 'check',
    file: string,
    env: Record<string, string>
  ): Promise<{ code: number; stderr: string; stdout: string }> {
    return new Promise(resolve =>
      execFile(
        'bash',
        [path.join(root, '.ci/leftovers.sh'), command, file],
        { env: { ...process.env, ...env } },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr })
      )
    )
  }

  test('names what was not there before, a process and a temporary, and fails; passes once they are gone', async () => {
    const tmp = tempDir('leftovers-tmp')
    const token = `leftover-${process.pid}-${Date.now()}`
    const env = { TMPDIR: tmp, WSS_DOCTOR_RUN_MARK: token, LEFTOVERS_PATTERN: `${token}-args` }
    const record = path.join(tempDir('leftovers'), 'before.txt')
    expect((await leftovers('record', record, env)).code).toBe(0)
    expect((await leftovers('check', record, env)).code).toBe(0)

    // One process told by its command line, one by the mark it inherited.
    const byName = spawn(
      process.execPath,
      ['-e', 'setTimeout(() => {}, 60_000)', `${token}-args`],
      {
        stdio: 'ignore'
      }
    )
    const byMark = spawn('sleep', ['61'], {
      env: { ...process.env, WSS_DOCTOR_RUN_MARK: token },
      stdio: 'ignore'
    })
    const stray = path.join(tmp, 'wss-doctor-stray')
    mkdirSync(stray)
    try {
      const found = await leftovers('check', record, env)
      expect(found.code).toBe(1)
      expect(found.stderr).toMatch(new RegExp(`process ${byName.pid}: .* ${token}-args\n`))
      expect(found.stderr).toContain(`process ${byMark.pid}: sleep 61\n`)
      expect(found.stderr).toContain(`temporary: ${stray}\n`)
    } finally {
      for (const child of [byName, byMark]) {
        child.kill('SIGKILL')
        await exited(child)
      }
    }
    rmSync(stray, { recursive: true })
    // The Node 24 that .ci/run keeps in the temporary directory is its own, not a leftover.
    mkdirSync(path.join(tmp, 'wss-doctor-node24'))
    expect(await leftovers('check', record, env)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Nothing left behind')
    })
  }, 60_000)
})
