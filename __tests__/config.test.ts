import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError, parseConfig } from '../src/config.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-config-'))

describe('parseConfig', () => {
  test('defaults', () => {
    const config = parseConfig({ urls: 'wss://a.example/ws' }, dir)
    expect(config).toMatchObject({
      timeoutMs: 10000,
      concurrency: 8,
      failOn: 'error',
      maxTargets: 1000,
      extraCAs: []
    })
    expect(config.expiryWarningDays).toBeUndefined()
    expect(config.expiryErrorDays).toBeUndefined()
    expect(config.jsonReport).toBeUndefined()
    expect(config.targets).toHaveLength(1)
  })

  test.each([
    [
      { 'timeout-ms': 'soon' },
      /^timeout-ms must be a whole number from 100 to 600000; got "soon"$/
    ],
    [{ concurrency: '0' }, /^concurrency must be a whole number/],
    [{ 'expiry-warning-days': '-3' }, /^expiry-warning-days must be a whole number/],
    [{ 'fail-on': 'sometimes' }, /^fail-on must be one of error, warning, never; got "sometimes"$/],
    [{ 'targets-file': 'missing.txt' }, /^targets-file: cannot read "missing.txt" \(ENOENT\)$/]
  ])('a meaningless global input is a ConfigError: %p', (inputs, message) => {
    expect(() => parseConfig({ urls: 'wss://a.example/ws', ...inputs }, dir)).toThrow(ConfigError)
    expect(() => parseConfig({ urls: 'wss://a.example/ws', ...inputs }, dir)).toThrow(message)
  })

  test('no targets at all is a ConfigError', () => {
    expect(() => parseConfig({ urls: ' \n ' }, dir)).toThrow(/^No targets/)
  })

  test('a ca-file without valid certificates is rejected', () => {
    writeFileSync(path.join(dir, 'empty.pem'), 'nothing here\n')
    expect(() => parseConfig({ urls: 'wss://a.example', 'ca-file': 'empty.pem' }, dir)).toThrow(
      /contains no PEM certificate/
    )
    writeFileSync(
      path.join(dir, 'bad.pem'),
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'
    )
    expect(() => parseConfig({ urls: 'wss://a.example', 'ca-file': 'bad.pem' }, dir)).toThrow(
      /certificate 1 .* is not a valid X.509/
    )
  })

  test('targets-file entries follow urls, relative to the base directory, with line numbers', () => {
    writeFileSync(path.join(dir, 'targets.txt'), '# fleet\nwss://b.example/ws\nbogus\n')
    const config = parseConfig(
      {
        urls: 'wss://a.example/ws',
        'targets-file': 'targets.txt',
        'json-report': 'out/report.json'
      },
      dir
    )
    expect(config.targets.map(t => t.label)).toEqual([
      'wss://a.example/ws',
      'wss://b.example/ws',
      'bogus'
    ])
    expect(config.targets[2]).toMatchObject({
      source: { file: 'targets.txt', line: 3 },
      problem: expect.stringMatching(/^Malformed URL/)
    })
    expect(config.jsonReport).toBe(path.join(dir, 'out/report.json'))
  })

  test('targets over max-targets become one problem target naming the count', () => {
    const urls = Array.from({ length: 5 }, (_, i) => `wss://h${i}.example/ws`).join('\n')
    const config = parseConfig({ urls, 'max-targets': '3' }, dir)
    expect(config.targets).toHaveLength(4)
    expect(config.targets[3]).toMatchObject({
      label: '2 more targets',
      problem: expect.stringMatching(/first 3 of 5 targets/)
    })
  })

  test('bad resolve lines become problem targets and secrets are collected', () => {
    const config = parseConfig(
      { urls: 'wss://a.example/ws?access_token=XYZ', resolve: 'garbage' },
      dir
    )
    expect(config.targets[0].problem).toMatch(/Malformed resolve entry "garbage"/)
    expect(config.secrets).toContain('XYZ')
  })
})

describe('documentation', () => {
  test('action.yml declares exactly the inputs parseConfig reads, and the README documents each', async () => {
    const { readFileSync } = await import('node:fs')
    const { INPUT_NAMES } = await import('../src/config.js')
    const actionYml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
    const inputsBlock = actionYml.slice(
      actionYml.indexOf('\ninputs:'),
      actionYml.indexOf('\noutputs:')
    )
    const declared = [...inputsBlock.matchAll(/^ {2}([a-z][a-z0-9-]*):/gm)].map(m => m[1])
    expect(declared.sort()).toEqual([...INPUT_NAMES].sort())
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(INPUT_NAMES.filter(name => !readme.includes(`| \`${name}\``))).toEqual([])
  })
})
