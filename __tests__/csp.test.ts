// The CSP connect-src matcher for WebSocket URLs, per CSP Level 3: 'self', 'none', scheme and
// host sources (wildcards, ports, paths), `*`, default-src fallback, several policies; and
// random header text never throws.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  allowingDirective,
  blockingDirective,
  expressionMatches,
  parsePolicy,
  parsePolicyList,
  sourceListMatches
} from '../src/scans/csp.js'

const PAGE = 'https://app.example.com/'

describe('expressionMatches (one source expression)', () => {
  test.each([
    // 'self': an https page's own host and port, over wss (CSP3 upgrade) or https
    ["'self'", 'wss://app.example.com/ws', PAGE, true],
    ["'SELF'", 'wss://app.example.com/ws', PAGE, true],
    ["'self'", 'wss://app.example.com:443/ws', PAGE, true],
    ["'self'", 'https://app.example.com/api', PAGE, true],
    ["'self'", 'wss://app.example.com:8443/ws', PAGE, false],
    ["'self'", 'wss://app.example.com:8443/ws', 'https://app.example.com:8443/', true],
    ["'self'", 'wss://app.example.com/ws', 'https://app.example.com:8443/', false],
    ["'self'", 'wss://api.example.com/ws', PAGE, false],
    ["'self'", 'ws://app.example.com/ws', PAGE, false],
    ["'self'", 'ws://app.example.com/ws', 'http://app.example.com/', true],
    ["'self'", 'wss://app.example.com/ws', 'http://app.example.com/', true],
    // '*': network schemes, ws and wss included
    ['*', 'wss://anything.example.net/ws', PAGE, true],
    ['*', 'ws://anything.example.net/ws', PAGE, true],
    ['*', 'wss://127.0.0.1:9000/', PAGE, true],
    // scheme sources, with the secure upgrade ws: → wss:
    ['wss:', 'wss://api.example.com/ws', PAGE, true],
    ['WSS:', 'wss://api.example.com/ws', PAGE, true],
    ['ws:', 'wss://api.example.com/ws', PAGE, true],
    ['wss:', 'ws://api.example.com/ws', PAGE, false],
    ['https:', 'wss://api.example.com/ws', PAGE, false],
    ['http:', 'wss://api.example.com/ws', PAGE, false],
    ['data:', 'wss://api.example.com/ws', PAGE, false],
    // host sources: scheme, host, wildcard, port, path
    ['wss://api.example.com', 'wss://api.example.com/ws', PAGE, true],
    ['WSS://API.EXAMPLE.COM', 'wss://api.example.com/ws', PAGE, true],
    ['ws://api.example.com', 'wss://api.example.com/ws', PAGE, true],
    ['https://api.example.com', 'wss://api.example.com/ws', PAGE, false],
    ['wss://api.example.com', 'wss://api.example.com:8443/ws', PAGE, false],
    ['wss://api.example.com:8443', 'wss://api.example.com:8443/ws', PAGE, true],
    ['wss://api.example.com:443', 'wss://api.example.com/ws', PAGE, true],
    ['wss://api.example.com:80', 'wss://api.example.com/ws', PAGE, false],
    ['wss://api.example.com:*', 'wss://api.example.com:9999/ws', PAGE, true],
    ['wss://*.example.com', 'wss://api.example.com/ws', PAGE, true],
    ['wss://*.example.com', 'wss://a.b.example.com/ws', PAGE, true],
    ['wss://*.example.com', 'wss://example.com/ws', PAGE, false],
    ['wss://*', 'wss://api.example.org/ws', PAGE, true],
    ['wss://*.example.com', 'wss://evil-example.com/ws', PAGE, false],
    ['wss://api.example.com/ws', 'wss://api.example.com/ws', PAGE, true],
    ['wss://api.example.com/ws', 'wss://api.example.com/ws/chat', PAGE, false],
    ['wss://api.example.com/ws/', 'wss://api.example.com/ws/chat', PAGE, true],
    ['wss://api.example.com/ws/', 'wss://api.example.com/other', PAGE, false],
    ['wss://api.example.com/w%73', 'wss://api.example.com/ws', PAGE, true],
    ['wss://api.example.com/ws', 'wss://api.example.com/ws?token=1', PAGE, true],
    // schemeless: the page's scheme, upgrades only (https does not upgrade to wss)
    ['api.example.com', 'wss://api.example.com/ws', PAGE, false],
    ['api.example.com', 'https://api.example.com/', PAGE, true],
    ['api.example.com', 'wss://api.example.com/ws', 'http://app.example.com/', false],
    // IP literals: written out exactly (as browsers match them), never by wildcard
    ['wss://127.0.0.1:9000', 'wss://127.0.0.1:9000/', PAGE, true],
    ['wss://*.0.0.1:9000', 'wss://127.0.0.1:9000/', PAGE, false],
    // keywords and hashes that never name a URL
    ["'none'", 'wss://api.example.com/ws', PAGE, false],
    ["'unsafe-inline'", 'wss://api.example.com/ws', PAGE, false],
    ["'nonce-abc'", 'wss://api.example.com/ws', PAGE, false],
    ["'sha256-abc='", 'wss://api.example.com/ws', PAGE, false],
    ['self', 'wss://app.example.com/ws', PAGE, false],
    ['wss://api.example.com:99999999', 'wss://api.example.com/ws', PAGE, false],
    ['wss://[::1]', 'wss://[::1]/ws', PAGE, false]
  ])('%s vs %s from %s → %s', (expression, url, origin, expected) => {
    expect(expressionMatches(expression, new URL(url), new URL(origin))).toBe(expected)
  })
})

describe('source lists and policies', () => {
  const ws = new URL('wss://api.example.com/ws')
  const page = new URL(PAGE)

  test("an empty list and 'none' alone match nothing; 'none' among others is inert", () => {
    expect(sourceListMatches([], ws, page)).toBe(false)
    expect(sourceListMatches(["'none'"], ws, page)).toBe(false)
    expect(sourceListMatches(["'none'", 'wss:'], ws, page)).toBe(true)
  })

  test('connect-src first, default-src as its fallback, other directives ignored', () => {
    const blocked = (header: string) =>
      blockingDirective(parsePolicyList(header, 'header'), ws, page)
    expect(blocked("default-src 'self'")).toMatchObject({
      directive: 'default-src',
      sources: ["'self'"]
    })
    expect(blocked("default-src 'self'; connect-src 'self' wss://api.example.com")).toBeUndefined()
    expect(blocked("default-src *; connect-src 'self'")).toMatchObject({
      directive: 'connect-src'
    })
    expect(blocked("script-src 'self'; img-src 'none'")).toBeUndefined()
    expect(blocked("CONNECT-SRC 'self'")).toMatchObject({ directive: 'connect-src' })
  })

  test('the first directive of a name wins; every policy must allow (commas separate policies)', () => {
    expect(
      parsePolicy("connect-src 'self'; connect-src *", 'header').directives.get('connect-src')
    ).toEqual(["'self'"])
    const policies = parsePolicyList("connect-src *, connect-src 'self'", 'header')
    expect(policies).toHaveLength(2)
    expect(blockingDirective(policies, ws, page)).toMatchObject({ sources: ["'self'"] })
    expect(blockingDirective([], ws, page)).toBeUndefined()
  })

  test('an empty connect-src blocks everything; a directive with non-ASCII is dropped', () => {
    expect(blockingDirective(parsePolicyList('connect-src', 'header'), ws, page)).toMatchObject({
      sources: []
    })
    expect(parsePolicy('connect-src wss://ä.example', 'meta').directives.has('connect-src')).toBe(
      false
    )
  })

  test('the directive that would allow the endpoint keeps what was allowed', () => {
    const blocked = blockingDirective(
      parsePolicyList("default-src 'self' https://cdn.example", 'header'),
      new URL('wss://api.example.com:8443/ws'),
      page
    )!
    expect(allowingDirective(blocked, new URL('wss://api.example.com:8443/ws'))).toBe(
      "connect-src 'self' https://cdn.example wss://api.example.com:8443"
    )
    const none = blockingDirective(parsePolicyList("connect-src 'none'", 'header'), ws, page)!
    expect(allowingDirective(none, ws)).toBe('connect-src wss://api.example.com')
  })
})

describe('robustness', () => {
  const urls = fc.constantFrom(
    'wss://api.example.com/ws',
    'wss://127.0.0.1:1/',
    'ws://[::1]:80/x',
    'wss://a.b.c.example:65535/%zz/é'
  )
  const headerText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'connect-src',
            'default-src',
            "'self'",
            "'none'",
            '*',
            ';',
            ',',
            ' ',
            'wss:',
            '*.',
            ':*',
            '/',
            '%',
            '\u0000',
            'é',
            "'"
          ),
          fc.string({ maxLength: 12 })
        ),
        { maxLength: 40 }
      )
      .map(parts => parts.join(''))
  )

  test('random header text never throws, and yields a verdict', () => {
    fc.assert(
      fc.property(
        headerText,
        urls,
        fc.constantFrom(PAGE, 'https://app.example.com:8443/', 'https://127.0.0.1/'),
        (text, url, origin) => {
          const policies = [...parsePolicyList(text, 'header'), parsePolicy(text, 'meta')]
          const blocked = blockingDirective(policies, new URL(url), new URL(origin))
          if (blocked) expect(typeof allowingDirective(blocked, new URL(url))).toBe('string')
        }
      ),
      { numRuns: 500 }
    )
  })

  test('any single expression gives a boolean', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), urls, (expression, url) => {
        expect(typeof expressionMatches(expression, new URL(url), new URL(PAGE))).toBe('boolean')
      }),
      { numRuns: 500 }
    )
  })
})
