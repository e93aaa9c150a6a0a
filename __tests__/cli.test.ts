import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from './fixtures/cli.js'
import { helpUrl } from '../src/codes.js'
import { createSelfSignedLeaf } from '../src/demo/pki.js'
import { startWsServer, startWssServer, type RunningServer } from '../src/demo/servers.js'
import { tempDir } from './fixtures/temp-dir.js'

let selfSigned: RunningServer
/** Answers a message with a frame built to backtrack catastrophically, then a matching one. */
let hostile: RunningServer

beforeAll(async () => {
  const leaf = await createSelfSignedLeaf({ commonName: 'cli.test', names: ['cli.test'] })
  selfSigned = await startWssServer({ cert: leaf.certPem, key: leaf.keyPem })
  hostile = await startWsServer('127.0.0.1', {
    onConnection: socket =>
      socket.on('message', () => {
        socket.send('a'.repeat(30000) + '!')
        socket.send('a'.repeat(30000))
      })
  })
})

afterAll(() => Promise.all([selfSigned.close(), hostile.close()]))

describe('wss-doctor CLI', () => {
  test('--help prints usage and exits 0', async () => {
    const { code, stdout } = await cli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: wss-doctor \[options\] <wss:\/\/url>/)
  })

  test.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [[], /Nothing to check/],
    [['--fail-on', 'maybe', 'wss://a.test'], /fail-on must be one of/],
    [
      ['--subprotocols', 'chat,chat', 'wss://a.test'],
      /^wss-doctor: subprotocols: "chat" is offered twice\n/
    ],
    [['--expect', '(a)\\1', 'wss://a.test'], /^wss-doctor: expect: .* RE2 syntax/]
  ])('bad usage %p exits 2 with a message and the usage', async (args, message) => {
    const { code, stderr } = await cli(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr).toContain('Usage: wss-doctor')
    // The short usage: the error stays in view; --help has the options.
    expect(stderr).toContain('Run wss-doctor --help')
    expect(stderr.split('\n').length).toBeLessThan(8)
  })

  test('a failing check exits 1, prints the report and writes the JSON report; fail-on never exits 0', async () => {
    const report = path.join(tempDir('cli'), 'r.json')
    const args = [
      `wss://cli.test:${selfSigned.port}/`,
      '--resolve',
      `cli.test:${selfSigned.port}:127.0.0.1`,
      '--no-color',
      '--json-report',
      report
    ]
    const failed = await cli(args)
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(
      /^ {4}✗ trust {6}Self-signed certificate \(CN=cli\.test\): not trusted by browsers \[trust-self-signed\]$/m
    )
    expect(failed.stdout).toMatch(
      new RegExp(`^ {17}help: {2}${helpUrl('trust-self-signed').replace(/[.?]/g, '\\$&')}$`, 'm')
    )
    expect(failed.stdout).toMatch(/^Result: FAIL$/m)
    const json = JSON.parse(readFileSync(report, 'utf8'))
    expect(json.result).toBe('fail')
    expect(json.targets[0].findings).toContainEqual(
      expect.objectContaining({
        check: 'trust',
        code: 'trust-self-signed',
        help: helpUrl('trust-self-signed')
      })
    )
    expect((await cli([...args, '--fail-on', 'never'])).code).toBe(0)
  })

  test('a hostile frame cannot stall expect: ^(a+)+$ skips a 30k frame ending in ! and matches the next', async () => {
    const { code, stdout } = await cli([
      `ws://127.0.0.1:${hostile.port}/`,
      '--message',
      'go',
      '--expect',
      '^(a+)+$',
      '--no-color'
    ])
    expect(stdout).toMatch(/✓ upgrade .*the reply matched \/\^\(a\+\)\+\$\/ \[upgrade-ok\]$/m)
    expect(code).toBe(0)
  })
})
