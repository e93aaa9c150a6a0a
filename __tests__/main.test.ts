// The action as the runner drives it: INPUT_* variables in, workflow commands on stdout, outputs
// in $GITHUB_OUTPUT, the summary in $GITHUB_STEP_SUMMARY, the exit code in process.exitCode.
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../src/main.js'
import { createIntermediate, createLeaf, createRoot } from '../src/demo/pki.js'
import { startWssServer, type RunningServer } from '../src/demo/servers.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-main-'))
let good: RunningServer
let wrongHost: RunningServer

beforeAll(async () => {
  const root = await createRoot({ commonName: 'Main Test Root' })
  const intermediate = await createIntermediate(root, { commonName: 'Main Test Intermediate' })
  const goodLeaf = await createLeaf(intermediate, {
    commonName: 'good.main.test',
    names: ['good.main.test']
  })
  const otherLeaf = await createLeaf(intermediate, {
    commonName: 'other.test',
    names: ['other.test']
  })
  good = await startWssServer({
    cert: goodLeaf.certPem + intermediate.certPem,
    key: goodLeaf.keyPem
  })
  wrongHost = await startWssServer({
    cert: otherLeaf.certPem + intermediate.certPem,
    key: otherLeaf.keyPem
  })
  writeFileSync(path.join(dir, 'ca.pem'), root.certPem)
  writeFileSync(
    path.join(dir, 'targets.txt'),
    `# endpoints\nwss://good.main.test:${good.port}/ws\n\nwss://bad.main.test:${wrongHost.port}/ws?token=hunter2\n`
  )
})

afterAll(async () => {
  await Promise.all([good.close(), wrongHost.close()])
})

interface ActionRun {
  stdout: string
  outputs: Record<string, string>
  summary: string
  exitCode: number | string | undefined
}

const INPUT_VARIABLES: string[] = []

async function runAction(inputs: Record<string, string>): Promise<ActionRun> {
  const runDir = mkdtempSync(path.join(dir, 'run-'))
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: path.join(runDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runDir, 'summary.md'),
    RUNNER_TEMP: runDir
  }
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(process.env, env)
  INPUT_VARIABLES.push(...Object.keys(env))
  process.exitCode = undefined
  const chunks: string[] = []
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    chunks.push(String(chunk))
    return true
  })
  try {
    await run()
  } finally {
    write.mockRestore()
  }
  return {
    stdout: chunks.join(''),
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
    exitCode: process.exitCode
  }
}

/** GitHub's file-command format: name<<DELIMITER, value lines, DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(pattern)) outputs[m[1]] = m[3]
  return outputs
}

afterEach(() => {
  for (const name of INPUT_VARIABLES.splice(0)) delete process.env[name]
  process.exitCode = undefined
})

describe('the action', () => {
  test('checks every target, annotates at the targets-file line, writes outputs, summary and report, and fails', async () => {
    const result = await runAction({
      'targets-file': 'targets.txt',
      'ca-file': 'ca.pem',
      resolve: `good.main.test:${good.port}:127.0.0.1\nbad.main.test:${wrongHost.port}:127.0.0.1`,
      'json-report': 'report.json'
    })
    expect(result.outputs).toMatchObject({
      result: 'fail',
      passed: '1',
      warned: '0',
      failed: '1',
      report: path.join(dir, 'report.json')
    })
    expect(result.stdout).toMatch(
      /^::error title=wss-doctor hostname%3A wss%3A\/\/bad\.main\.test%3A\d+\/ws\?token=\*\*\*,file=targets\.txt,line=4::.*Certificate does not cover bad\.main\.test/m
    )
    expect(result.stdout).toMatch(
      /^::notice title=wss-doctor%3A wss%3A\/\/good\.main\.test%3A\d+\/ws,file=targets\.txt,line=2::All checks passed\.$/m
    )
    expect(result.stdout).toMatch(
      /^::error::wss-doctor: 1 failed, 0 warned of 2 targets \(fail-on: error\)$/m
    )
    expect(result.exitCode).toBe(1)
    expect(result.outputs['earliest-expiry']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(result.outputs['earliest-expiry-endpoint']).toMatch(
      /^wss:\/\/(good|bad)\.main\.test:\d+\/ws/
    )
    expect(result.summary).toMatch(
      /^Earliest certificate expiry: \*\*\d{4}-\d{2}-\d{2} \(\d+ days\)\*\* on wss:/m
    )
    expect(result.summary).toMatch(/^## ❌ wss-doctor: 1 failed, 0 warned, 1 passed$/m)
    expect(result.summary).toContain('certbot certonly --nginx -d other.test -d bad.main.test')
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))
    expect(report.targets.map((t: { status: string }) => t.status)).toEqual(['pass', 'fail'])
  })

  test('masks the token found in a URL before anything is logged', async () => {
    const result = await runAction({
      urls: `wss://bad.main.test:${wrongHost.port}/ws?token=hunter2`,
      resolve: `bad.main.test:${wrongHost.port}:127.0.0.1`,
      'fail-on': 'never'
    })
    const firstLine = result.stdout.split('\n')[0]
    expect(firstLine).toBe('::add-mask::hunter2')
    expect(result.stdout.split('\n').slice(1).join('\n')).not.toContain('hunter2')
  })

  test('fail-on never reports the failure but does not fail the step; warning fails on warnings', async () => {
    const inputs = {
      urls: `wss://good.main.test:${good.port}/ws`,
      'ca-file': 'ca.pem',
      resolve: `good.main.test:${good.port}:127.0.0.1`
    }
    const never = await runAction({
      ...inputs,
      urls: `wss://bad.main.test:${wrongHost.port}/ws`,
      resolve: `bad.main.test:${wrongHost.port}:127.0.0.1`,
      'fail-on': 'never'
    })
    expect(never.outputs.result).toBe('fail')
    expect(never.exitCode).toBeUndefined()
    const strict = await runAction({
      ...inputs,
      'fail-on': 'warning',
      'expiry-warning-days': '365'
    })
    expect(strict.outputs.result).toBe('warn')
    expect(strict.exitCode).toBe(1)
    const relaxed = await runAction({ ...inputs, 'fail-on': 'error', 'expiry-warning-days': '365' })
    expect(relaxed.exitCode).toBeUndefined()
  })

  test('an invalid input fails the step with one clear message and no stack trace', async () => {
    const result = await runAction({ urls: 'wss://good.main.test/ws', 'timeout-ms': 'fast' })
    expect(result.stdout.trim()).toBe(
      '::error::wss-doctor: invalid input: timeout-ms must be a whole number from 100 to 600000; got "fast"'
    )
    expect(result.exitCode).toBe(1)
  })

  test('without json-report the report goes to a temporary file, named in the outputs', async () => {
    const result = await runAction({ urls: 'not-a-url' })
    expect(result.outputs.report).toMatch(/wss-doctor-.*report\.json$/)
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
    expect(report.targets[0].findings[0]).toMatchObject({ check: 'input', status: 'fail' })
  })
})
