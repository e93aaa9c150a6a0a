// Files named by inputs (targets-file, ca-file, client-cert, client-key) are read whole before
// the run: a FIFO or a device among them is refused at once, by name, instead of holding the
// run with no output; and the run's deadline counts from that first read.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ConfigError, parseConfig } from '../src/config.js'
import { createRoot } from '../src/demo/pki.js'
import { diagnose } from '../src/doctor.js'
import { cli } from './fixtures/cli.js'
import { startSilentServer, type RawServer } from './fixtures/hostile.js'
import { tempDir } from './fixtures/temp-dir.js'

const FILE_INPUTS = ['targets-file', 'ca-file', 'client-cert', 'client-key'] as const
type FileInput = (typeof FILE_INPUTS)[number]

/** A reader blocked on a FIFO is released after this long (see withFifo), well past what a
 * refusal takes: a regression fails on time and message instead of hanging the test run. */
const RELEASE_MS = 3_000

const dir = tempDir('input-files')
let validFiles: Record<FileInput, string>

beforeAll(async () => {
  // A self-signed CA serves as the client identity too: only the files' reading is tested.
  const identity = await createRoot({ commonName: 'Input Files CA' })
  const write = (name: string, text: string): string => {
    writeFileSync(path.join(dir, name), text)
    return path.join(dir, name)
  }
  validFiles = {
    'targets-file': write('targets.txt', 'wss://127.0.0.1:1/ws\n'),
    'ca-file': write('ca.pem', identity.certPem),
    'client-cert': write('client.pem', identity.certPem),
    'client-key': write('client-key.pem', identity.keyPem)
  }
})

/** Runs `use` with a FIFO that nobody writes to. A helper process opens it for writing after
 * RELEASE_MS (without waiting for a reader), which lets a reader stuck in open() go on to EOF. */
async function withFifo<T>(use: (fifo: string) => Promise<T>): Promise<T> {
  const fifo = path.join(dir, `fifo-${process.hrtime.bigint()}`)
  execFileSync('mkfifo', [fifo])
  const releaser = spawn(
    process.execPath,
    [
      '-e',
      `const fs = require('node:fs')
       setTimeout(() => {
         try { fs.closeSync(fs.openSync(process.argv[1], fs.constants.O_WRONLY | fs.constants.O_NONBLOCK)) } catch {}
       }, Number(process.argv[2]))`,
      fifo,
      String(RELEASE_MS)
    ],
    { stdio: 'ignore' }
  )
  try {
    return await use(fifo)
  } finally {
    await stop(releaser)
    rmSync(fifo, { force: true })
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill()
  await exited
}

const refusal = (name: FileInput, file: string, kind: string): string =>
  `${name}: "${file}" is not a regular file (${kind}), which could block the run; write its content to a file and give that file's path`

/** How long `run` took, and what it threw. */
async function timed(run: () => unknown): Promise<{ ms: number; error: unknown }> {
  const started = Date.now()
  try {
    await run()
    return { ms: Date.now() - started, error: undefined }
  } catch (error) {
    return { ms: Date.now() - started, error }
  }
}

describe.each(FILE_INPUTS)('%s', name => {
  test('a FIFO is refused at once, through parseConfig', async () => {
    await withFifo(async fifo => {
      const { ms, error } = await timed(() =>
        parseConfig({ ...validFiles, [name]: fifo, deadline: '1s' }, dir)
      )
      expect(error).toEqual(new ConfigError(refusal(name, fifo, 'a FIFO')))
      expect(error).toBeInstanceOf(ConfigError)
      expect(ms).toBeLessThan(1_000)
    })
  })

  test("a FIFO is refused at once, through the CLI's main(): exit 2 and the error", async () => {
    await withFifo(async fifo => {
      const flags = Object.entries({ ...validFiles, [name]: fifo }).flatMap(([input, file]) => [
        `--${input}`,
        file
      ])
      let outcome: Awaited<ReturnType<typeof cli>> | undefined
      const { ms } = await timed(async () => {
        outcome = await cli([...flags, '--deadline', '1s'])
      })
      expect(outcome).toMatchObject({ code: 2, stdout: '' })
      expect(outcome?.stderr).toContain(`wss-doctor: ${refusal(name, fifo, 'a FIFO')}\n`)
      expect(ms).toBeLessThan(1_000)
    })
  })

  test('a character device (/dev/null) is refused too', () => {
    expect(() => parseConfig({ ...validFiles, [name]: '/dev/null' }, dir)).toThrow(
      new ConfigError(refusal(name, '/dev/null', 'a character device'))
    )
  })
})

test('a symbolic link to a regular file is read like the file', () => {
  const link = path.join(dir, 'targets-link.txt')
  execFileSync('ln', ['-sf', validFiles['targets-file'], link])
  const config = parseConfig({ 'targets-file': link }, dir)
  expect(config.targets.map(t => t.label)).toEqual(['wss://127.0.0.1:1/ws'])
})

describe('the deadline counts from the first input read', () => {
  let silent: RawServer
  beforeAll(async () => {
    silent = await startSilentServer()
  })
  afterAll(() => silent.close())

  test('a run that starts after its deadline has passed checks nothing and says so', async () => {
    const config = parseConfig(
      {
        urls: `wss://127.0.0.1:${silent.port}/silent`,
        'targets-file': validFiles['targets-file'],
        'timeout-ms': '120000',
        deadline: '1s'
      },
      dir
    )
    // Time spent after the inputs were read (here: waiting) is part of the run.
    await sleep(1_100)
    const started = Date.now()
    const report = await diagnose(config)
    expect(Date.now() - started).toBeLessThan(500)
    for (const result of report.results) {
      expect(result.findings).toEqual([
        expect.objectContaining({
          check: 'input',
          status: 'fail',
          title: "Not checked: the run reached its deadline (1s) before this target's turn"
        })
      ])
    }
    expect(silent.open.size).toBe(0)
  })
})
