// src/runner.ts speaks to the runner as @actions/core does: the same bytes on stdout and in
// $GITHUB_OUTPUT for the same calls, hostile text included, so that dropping @actions/core from
// the action (its HTTP client was a third of the start-up) changes nothing the runner reads.
import { afterEach, describe, expect, jest, test } from '@jest/globals'
import * as actionsCore from '@actions/core'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as runner from '../src/runner.js'
import { tempDir } from './fixtures/temp-dir.js'

type Core = typeof runner

/** What `calls` writes to stdout and $GITHUB_OUTPUT (`output`, or unset), and the exit code. */
function transcript(core: Core, calls: (core: Core) => void, output?: string) {
  const chunks: string[] = []
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    chunks.push(String(chunk))
    return true
  })
  const saved = process.env.GITHUB_OUTPUT
  if (output === undefined) delete process.env.GITHUB_OUTPUT
  else {
    writeFileSync(output, '')
    process.env.GITHUB_OUTPUT = output
  }
  process.exitCode = undefined
  try {
    calls(core)
  } finally {
    write.mockRestore()
    if (saved === undefined) delete process.env.GITHUB_OUTPUT
    else process.env.GITHUB_OUTPUT = saved
  }
  const exitCode = process.exitCode
  process.exitCode = undefined
  // Each output's delimiter is random: the same shape is the same bytes.
  const delimited = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM')
  return {
    stdout: chunks.join(''),
    output: output === undefined ? '' : delimited(readFileSync(output, 'utf8')),
    exitCode
  }
}

const HOSTILE = [
  'plain',
  '',
  '100% done, a: b',
  'line one\nline two\r\nthree',
  '::error::forged',
  '%0A%25 already escaped',
  'ünïcödé ✓ \u202e'
]

afterEach(() => {
  process.exitCode = undefined
})

describe('the runner commands as @actions/core writes them', () => {
  const dir = tempDir('runner')

  test.each(HOSTILE)('annotations, log lines, masks and debug for %j', text => {
    const calls = (core: Core): void => {
      core.info(text)
      core.debug(text)
      core.setSecret(text)
      core.error(text)
      core.warning(text, {})
      core.notice(text, { title: text })
      core.error(text, { title: text, file: `src/${text}.ts`, startLine: 3, startColumn: 7 })
      core.warning(text, { title: undefined, file: undefined })
      core.notice(text, { file: 'a,b:c.ts', startLine: 0, endLine: 12, endColumn: 4 })
    }
    const ours = transcript(runner, calls)
    expect(ours).toEqual(transcript(actionsCore as unknown as Core, calls))
    expect(ours.stdout).not.toBe('')
  })

  test.each(HOSTILE)('setFailed and setOutput (to $GITHUB_OUTPUT and without it) for %j', text => {
    const calls = (core: Core): void => {
      core.setOutput('result', text)
      core.setOutput('name with space', `${text}\n${text}`)
      core.setFailed(text)
    }
    for (const output of [path.join(dir, 'output'), undefined]) {
      const ours = transcript(runner, calls, output)
      expect(ours).toEqual(transcript(actionsCore as unknown as Core, calls, output))
      expect(ours.exitCode).toBe(1)
    }
  })

  test('getInput and isDebug read the variables the runner sets', () => {
    const env = {
      INPUT_URLS: '  wss://a.example/ws\n',
      'INPUT_CA-FILE': 'ca.pem',
      INPUT_SOME_NAME: ' spaced ',
      RUNNER_DEBUG: '1'
    }
    Object.assign(process.env, env)
    try {
      for (const name of ['urls', 'ca-file', 'some name', 'missing'])
        expect(runner.getInput(name)).toBe(actionsCore.getInput(name))
      expect(runner.getInput('some name')).toBe('spaced')
      expect(runner.isDebug()).toBe(true)
      process.env.RUNNER_DEBUG = '0'
      expect(runner.isDebug()).toBe(actionsCore.isDebug())
      expect(runner.isDebug()).toBe(false)
    } finally {
      for (const name of Object.keys(env)) delete process.env[name]
    }
  })
})
