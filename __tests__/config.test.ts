import { beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, INPUT_NAMES, parseConfig, prepareConfig } from '../src/config.js'
import { INPUTS } from '../src/inputs.js'
import { compileMatcher, loadMatcher, MATCH_LIMIT } from '../src/matcher.js'
import { tempDir } from './fixtures/temp-dir.js'

const dir = tempDir('config')

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
    expect(() => parseConfig({ urls: ' \n ' }, dir)).toThrow(/^Nothing to check/)
    // A scan alone is something to check.
    expect(parseConfig({ 'scan-paths': 'src/**' }, dir).targets).toEqual([])
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

describe('a bad input is one ConfigError naming the input', () => {
  const parse = (inputs: Record<string, string>) =>
    parseConfig({ urls: 'wss://a.example/ws', ...inputs }, dir)
  const configError = (inputs: Record<string, string>): ConfigError => {
    try {
      parse(inputs)
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError)
      return err as ConfigError
    }
    throw new Error(`no ConfigError for ${JSON.stringify(inputs)}`)
  }

  test.each([
    ['chat,chat', /^subprotocols: "chat" is offered twice$/],
    ['a;b', /^subprotocols: "a;b" is not a valid subprotocol: use letters, digits and /],
    ['chat, v2 "x"', /^subprotocols: "\\"x\\"" is not a valid subprotocol/],
    ['chat\u0001', /^subprotocols: "chat\\u0001" is not a valid subprotocol/]
  ])('subprotocols %p', (subprotocols, message) => {
    expect(configError({ subprotocols }).message).toMatch(message)
  })

  test('valid subprotocols are kept in order', () => {
    expect(parse({ subprotocols: 'chat.v2, mqtt  x-Y!' }).subprotocols).toEqual([
      'chat.v2',
      'mqtt',
      'x-Y!'
    ])
  })

  test.each([
    ['X-Name: é', 'é'],
    ['Authorization: Bearer s3cr€t', 's3cr€t'],
    ['Authorization: Bearer abc\rSet-Cookie: stolen', 'abc'],
    ['Authorization: Bearer zz\u0000top', 'zz']
  ])(
    'a header value that cannot be sent (%p) names the line and header, never the value',
    (line, secret) => {
      const name = line.slice(0, line.indexOf(':'))
      const { message } = configError({ headers: `X-Ok: fine\n${line}` })
      expect(message).toBe(
        `headers: line 2 (${name}): the value has a control or non-ASCII character, which cannot be sent in a header; use printable ASCII (the value is not shown: it may be a secret)`
      )
      expect(message).not.toContain(secret)
    }
  )

  test('a malformed header line is not echoed either', () => {
    const { message } = configError({ headers: 'Bad Name: s3cret' })
    expect(message).toBe('headers: line 1 is not a "Name: value" header')
  })

  test('printable ASCII header values, with tabs and inner spaces, are accepted', () => {
    expect(parse({ headers: 'Authorization: Bearer a.b-c~d\nX-Tab: a\tb' }).headers).toEqual({
      Authorization: 'Bearer a.b-c~d',
      'X-Tab': 'a\tb'
    })
  })

  test('an Origin that cannot be sent as a header', () => {
    expect(configError({ origin: 'https://bücher.example' }).message).toBe(
      'origin: "https://bücher.example" cannot be sent as a header: use printable ASCII (an internationalised host in its xn-- form)'
    )
  })

  test.each([
    ['(a)\\1', /invalid escape sequence/],
    ['(?=x)y', /unsupported Perl syntax/],
    ['(?<!x)y', /invalid named capture|unsupported/],
    ['[', /missing closing \]/]
  ])('expect %p that RE2 cannot compile explains RE2 syntax', async (pattern, reason) => {
    await prepareConfig({ expect: pattern })
    const { message } = configError({ expect: pattern })
    expect(message).toMatch(
      new RegExp(
        `^expect: ${JSON.stringify(pattern).replace(/[\\[\]()?*+^$|.]/g, '\\$&')} is not a regular expression RE2 accepts \\(`
      )
    )
    expect(message).toMatch(reason)
    expect(message).toMatch(/RE2 syntax, which matches in linear time: no backreferences/)
  })
})

describe('targets-file and ca-file are read up to 4 MiB', () => {
  const limit = 4 * 1024 * 1024
  const parse = (inputs: Record<string, string>) => parseConfig(inputs, dir)

  test.each(['targets-file', 'ca-file'])('%s: /dev/zero is refused, unread', name => {
    expect(() => parse({ urls: 'wss://a.example/ws', [name]: '/dev/zero' })).toThrow(
      new ConfigError(
        `${name}: "/dev/zero" is not a regular file (a character device), which could block the run; write its content to a file and give that file's path`
      )
    )
  })

  test('a file of exactly the limit is read; one byte more is refused', () => {
    const url = 'wss://last.example/ws\n'
    const exact = '#'.repeat(limit - url.length - 1) + '\n' + url
    writeFileSync(path.join(dir, 'exact.txt'), exact)
    const config = parse({ 'targets-file': 'exact.txt' })
    expect(config.targets.map(t => t.label)).toEqual(['wss://last.example/ws'])
    writeFileSync(path.join(dir, 'over.txt'), '#' + exact)
    expect(() => parse({ 'targets-file': 'over.txt' })).toThrow(
      /^targets-file: "over.txt" is larger than 4 MiB/
    )
  })

  test('a directory is refused by name', () => {
    expect(() => parse({ urls: 'wss://a.example/ws', 'ca-file': '.' })).toThrow(
      new ConfigError('ca-file: "." is a directory; give the path of a file')
    )
  })
})

describe('the expect matcher (RE2)', () => {
  beforeAll(loadMatcher)

  test('a catastrophic-backtracking pattern returns the right answer on a 30k-character frame', () => {
    const { expect: matcher } = parseConfig({ urls: 'wss://a.example/ws', expect: '^(a+)+$' }, dir)
    expect(String(matcher)).toBe('/^(a+)+$/')
    expect(matcher!.test('a'.repeat(30000) + '!')).toBe(false)
    expect(matcher!.test('a'.repeat(30000))).toBe(true)
  })

  test('only the first 64 KiB of a frame are matched', () => {
    const matcher = compileMatcher('END')
    expect(matcher.test('x'.repeat(MATCH_LIMIT - 3) + 'END')).toBe(true)
    expect(matcher.test('x'.repeat(MATCH_LIMIT - 2) + 'END')).toBe(false)
  })

  test('JavaScript-style patterns that RE2 shares keep working', () => {
    const matcher = compileMatcher('"type":\\s*"pong"')
    expect(matcher.test('{"type": "pong"}')).toBe(true)
    expect(matcher.test('{"type": "ping"}')).toBe(false)
    expect(compileMatcher('(?i)^HELLO').test('hello wss')).toBe(true)
  })
})

describe('defaults', () => {
  test('an empty input means its declared default, the same as the default given explicitly', () => {
    const explicit = Object.fromEntries(INPUTS.map(i => [i.name, i.default]))
    const base = { urls: 'wss://a.example/ws' }
    const blank = Object.fromEntries(INPUT_NAMES.map(name => [name, '  ']))
    // When each was parsed (the deadline's start) is the one field that may differ.
    const parsed = (inputs: Record<string, string>) => ({
      ...parseConfig(inputs, dir),
      startedAt: undefined
    })
    expect(parsed({ ...explicit, ...base })).toEqual(parsed(base))
    expect(parsed({ ...blank, ...base })).toEqual(parsed(base))
    expect(parseConfig(base, dir)).toMatchObject({
      minTlsVersion: 'TLSv1.2',
      allAddresses: true,
      revocation: 'soft',
      weakCrypto: 'warn',
      deadlineMs: 600_000
    })
  })
})

describe('idle-timeout', () => {
  test('60s by default; 0 turns the idle check off; a negative or unitless garbage value is refused', () => {
    const parse = (value?: string) =>
      parseConfig(
        { urls: 'wss://a.example/ws', ...(value === undefined ? {} : { 'idle-timeout': value }) },
        dir
      ).idleTimeoutMs
    expect(parse()).toBe(60_000)
    expect(parse('0')).toBe(0)
    expect(parse('0s')).toBe(0)
    expect(parse('1500ms')).toBe(1500)
    expect(parse('10m')).toBe(600_000)
    expect(() => parse('-1s')).toThrow(
      'idle-timeout must be a duration such as 90s, 10m or 1h, from 0s to 168h; got "-1s"'
    )
    expect(() => parse('soon')).toThrow(/^idle-timeout must be a duration/)
  })
})
