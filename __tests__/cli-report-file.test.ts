// The CLI's JSON report: its directory is created; a report that cannot be written is an error
// on stderr, and the text report and the policy's exit code still stand.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from './fixtures/cli.js'
import { createSelfSignedLeaf } from '../src/demo/pki.js'
import { startWssServer, type RunningServer } from '../src/demo/servers.js'
import { tempDir } from './fixtures/temp-dir.js'

let server: RunningServer
const dir = tempDir('cli-report')

beforeAll(async () => {
  const leaf = await createSelfSignedLeaf({ commonName: 'cli.test', names: ['cli.test'] })
  server = await startWssServer({ cert: leaf.certPem, key: leaf.keyPem })
})

afterAll(() => server.close())

const target = (): string[] => [
  `wss://cli.test:${server.port}/`,
  '--resolve',
  `cli.test:${server.port}:127.0.0.1`,
  '--no-color'
]

describe('wss-doctor CLI --json-report', () => {
  test('into a missing directory: the directory is created', async () => {
    const file = path.join(dir, 'new', 'deeper', 'report.json')
    const { code, stderr } = await cli([...target(), '--json-report', file])
    expect(code).toBe(1)
    expect(stderr).toBe('')
    expect(JSON.parse(readFileSync(file, 'utf8')).result).toBe('fail')
  })

  test('that cannot be written: an error naming it; the report prints, the exit code is the policy’s', async () => {
    const failing = await cli([...target(), '--json-report', dir])
    expect(failing.stderr).toMatch(
      new RegExp(`^wss-doctor: could not write the JSON report to ${dir}: EISDIR`)
    )
    expect(failing.stdout).toMatch(/^Result: FAIL$/m)
    expect(failing.code).toBe(1)
    const never = await cli([...target(), '--json-report', dir, '--fail-on', 'never'])
    expect(never.stderr).toContain('could not write the JSON report')
    expect(never.code).toBe(0)
  })
})
