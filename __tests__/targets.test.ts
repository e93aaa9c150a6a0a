import { describe, expect, test } from '@jest/globals'
import { parseResolve, parseTargetsFile, splitUrlsInput, toTarget } from '../src/targets.js'

const noResolve = parseResolve('')

describe('target lists', () => {
  test('urls input splits on newlines and commas and skips blanks and comments', () => {
    const entries = splitUrlsInput(
      'wss://a.test/ws, wss://b.test/ws\n\n# a comment\n  wss://c.test  # trailing\n'
    )
    expect(entries.map(e => e.text)).toEqual(['wss://a.test/ws', 'wss://b.test/ws', 'wss://c.test'])
  })

  test('a targets file keeps each entry’s line number', () => {
    const entries = parseTargetsFile(
      '# header\nwss://a.test/ws\n\nwss://b.test/ws # prod\r\n',
      'ops/targets.txt'
    )
    expect(entries).toEqual([
      { text: 'wss://a.test/ws', source: { file: 'ops/targets.txt', line: 2 } },
      { text: 'wss://b.test/ws', source: { file: 'ops/targets.txt', line: 4 } }
    ])
  })
})

describe('resolve', () => {
  test('accepts IPv4, IPv6 and bracketed IPv6 addresses', () => {
    const { addresses, problems } = parseResolve(
      'API.example.com:443:203.0.113.7\nws.example.com:8443:::1\nv6.example.com:443:[2001:db8::1],192.0.2.1\nv6.example.com:443:192.0.2.2'
    )
    expect(problems).toEqual([])
    expect(addresses.get('api.example.com:443')).toEqual(['203.0.113.7'])
    expect(addresses.get('ws.example.com:8443')).toEqual(['::1'])
    expect(addresses.get('v6.example.com:443')).toEqual(['2001:db8::1', '192.0.2.1', '192.0.2.2'])
  })

  test.each([
    'api.example.com:443',
    'api.example.com:443:not-an-ip',
    'api.example.com:99999:127.0.0.1'
  ])('a malformed line is a problem target, not an exception: %s', line => {
    const { addresses, problems } = parseResolve(line)
    expect(addresses.size).toBe(0)
    expect(problems).toHaveLength(1)
    expect(problems[0].problem).toMatch(/^Malformed resolve entry .*expected host:port:address/)
  })
})

describe('toTarget', () => {
  test('fills default ports, path and the resolve address', () => {
    const resolve = parseResolve('api.example.com:443:127.0.0.2')
    const { target } = toTarget({ text: 'wss://API.example.com/ws?room=1' }, resolve)
    expect(target.problem).toBeUndefined()
    expect(target.endpoint).toEqual({
      url: 'wss://api.example.com/ws?room=1',
      scheme: 'wss',
      host: 'api.example.com',
      port: 443,
      path: '/ws?room=1',
      addresses: ['127.0.0.2']
    })
    expect(toTarget({ text: 'ws://plain.example.com' }, noResolve).target.endpoint?.port).toBe(80)
  })

  test('IPv6 literals lose their brackets and IDN hosts become punycode', () => {
    expect(toTarget({ text: 'wss://[::1]:8443/' }, noResolve).target.endpoint?.host).toBe('::1')
    expect(toTarget({ text: 'wss://bücher.example/ws' }, noResolve).target.endpoint?.host).toBe(
      'xn--bcher-kva.example'
    )
  })

  test.each([
    ['not a url', /^Malformed URL "not a url"/],
    [
      'https://api.example.com/ws',
      /^Not a WebSocket URL: scheme "https:".*Use wss:\/\/api\.example\.com\/ws/
    ],
    ['wss://api.example.com/ws#frag', /fragment/],
    ["wss://a;b'c.example/", /^Invalid host name/]
  ])('%s is a problem target', (text, message) => {
    const { target } = toTarget({ text, source: { file: 't.txt', line: 3 } }, noResolve)
    expect(target.endpoint).toBeUndefined()
    expect(target.problem).toMatch(message)
    expect(target.source).toEqual({ file: 't.txt', line: 3 })
  })

  test('passwords and token-like query values are redacted and returned as secrets', () => {
    const { target, secrets } = toTarget(
      { text: 'wss://user:s3cr%40t@api.example.com/ws?token=abc123&room=7' },
      noResolve
    )
    expect(target.label).toBe('wss://user:***@api.example.com/ws?token=***&room=7')
    expect(target.endpoint?.url).toBe(target.label)
    expect(secrets).toEqual(expect.arrayContaining(['s3cr@t', 's3cr%40t', 'abc123']))
    expect(secrets).not.toContain('7')
  })
})
