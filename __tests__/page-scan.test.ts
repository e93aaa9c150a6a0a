// The page scan against real https servers on loopback (a test CA given as ca-file, host names
// mapped with resolve): WebSockets opened by inline and same-origin scripts, mixed content,
// CSP from the header and from <meta>, redirects, a huge page, a certificate for another host,
// a server that never answers, and the discovered wss:// URLs in a whole run.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import fc from 'fast-check'
import path from 'node:path'
import { parseConfig } from '../src/config.js'
import { createLeaf, createRoot, type Issued } from '../src/demo/pki.js'
import { diagnose } from '../src/doctor.js'
import type { TargetResult } from '../src/results.js'
import { createRevocationCache } from '../src/revocation/cache.js'
import { pageScan } from '../src/scans/page.js'
import type { ScanOutput } from '../src/scans/scan.js'
import {
  findDerivedSchemes,
  findSocketLiterals,
  metaPolicies,
  scriptSources
} from '../src/scans/page-html.js'
import { createTrustStore } from '../src/trust-store.js'
import { tempDir } from './fixtures/temp-dir.js'

const HOST = 'app.example.test'

interface Route {
  status?: number
  headers?: Record<string, string>
  body?: string
  /** Never answer. */
  silent?: boolean
}

const PAGE = [
  '<!doctype html>',
  '<html><head>',
  '<script src="/app.js"></script>',
  '<script src="https://cdn.example.net/lib.js"></script>',
  '</head><body>',
  '<script>',
  "  const live = new WebSocket('ws://api.example.test/live')",
  '  const own = new WebSocket(`wss://${location.host}/ws`)',
  '</script>',
  '</body></html>'
]
const APP_JS = [
  '// the feed',
  "const proto = location.protocol === 'https:' ? 'wss' : 'ws'",
  'const feed = new WebSocket("wss://stream.example.test/feed")',
  'const config = {"socket":"wss:\\/\\/stream.example.test\\/feed"}',
  "const dev = 'ws://localhost:8080/dev'"
].join('\n')

function withMeta(content: string): string {
  return [
    PAGE[0],
    `<html><head><meta http-equiv="Content-Security-Policy" content="${content}">`,
    ...PAGE.slice(2)
  ].join('\n')
}

const ROUTES: Record<string, Route> = {
  '/': { body: PAGE.join('\n') },
  '/app.js': { body: APP_JS, headers: { 'content-type': 'application/javascript' } },
  '/csp': {
    body: PAGE.join('\n'),
    headers: { 'content-security-policy': "default-src 'self'; img-src *" }
  },
  '/upgrade': {
    body: PAGE.join('\n'),
    headers: {
      'content-security-policy':
        "upgrade-insecure-requests; connect-src 'self' wss://api.example.test"
    }
  },
  '/meta-allows': { body: withMeta('connect-src &#39;self&#39; wss://stream.example.test') },
  '/meta-none': { body: withMeta("connect-src 'none'") },
  '/old': { status: 301, headers: { location: '/' } },
  '/moved': { status: 302, headers: { location: 'https://elsewhere.example.test/landing' } },
  '/loop': { status: 302, headers: { location: '/loop' } },
  '/broken': { body: '<script src="/missing.js"></script>' },
  '/huge': {
    body: [
      "<script>new WebSocket('ws://early.example.test/x')</script>",
      'x'.repeat(3 * 1024 * 1024),
      "<script>new WebSocket('ws://beyond.example.test/x')</script>"
    ].join('\n')
  },
  '/slow': { silent: true }
}

let root: Issued
let caFile: string
let dir: string
let port: number
let wrongCertPort: number
const servers: https.Server[] = []
/** The connections of requests never answered, to see who closes them. */
const silentSockets: Socket[] = []

function serve(leaf: Issued): Promise<number> {
  const server = https.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (req, res) => {
    const route = ROUTES[req.url ?? ''] ?? { status: 404, body: 'not found' }
    if (route.silent) {
      silentSockets.push(req.socket)
      return
    }
    res.writeHead(route.status ?? 200, { 'content-type': 'text/html', ...route.headers })
    res.end(route.body ?? '')
  })
  servers.push(server)
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  )
}

beforeAll(async () => {
  dir = tempDir('page')
  root = await createRoot({ commonName: 'Page Test Root CA' })
  caFile = path.join(dir, 'ca.pem')
  writeFileSync(caFile, root.certPem)
  port = await serve(await createLeaf(root, { commonName: HOST, names: [HOST] }))
  wrongCertPort = await serve(
    await createLeaf(root, { commonName: 'other.example.test', names: ['other.example.test'] })
  )
})

afterAll(async () => {
  for (const server of servers) server.closeAllConnections()
  await Promise.all(servers.map(s => new Promise(resolve => s.close(resolve))))
})

function inputs(pages: string[], timeoutMs = '5000') {
  return {
    urls: `wss://${HOST}:${port}/ws`,
    'ca-file': caFile,
    'page-urls': pages.join('\n'),
    resolve: [port, wrongCertPort].map(p => `${HOST}:${p}:127.0.0.1`).join('\n'),
    'timeout-ms': timeoutMs
  }
}

async function scan(pagePath: string, onPort = port, timeoutMs?: string): Promise<ScanOutput> {
  const config = parseConfig(inputs([`https://${HOST}:${onPort}${pagePath}`], timeoutMs), dir)
  return pageScan.run({
    config,
    diagnose,
    trust: createTrustStore(config.extraCAs),
    now: new Date(),
    revocation: createRevocationCache(),
    results: []
  })
}

function only(output: ScanOutput): TargetResult {
  expect(output.results).toHaveLength(1)
  expect(output.results[0].target.scan).toBe('page')
  return output.results[0]
}

const origin = () => `https://${HOST}:${port}`
const mixedContentLive = () => ({
  check: 'page',
  status: 'fail',
  title:
    'This https page cannot open ws://api.example.test/live: browsers block it before any traffic',
  details: [`new WebSocket at ${origin()}/ line 7`]
})

describe('page scan', () => {
  test('inline and same-origin scripts: ws:// fails as mixed content, wss:// is discovered, no CSP is fine', async () => {
    const output = await scan('/')
    const result = only(output)
    expect(result.target.label).toBe(`${origin()}/`)
    expect(result.status).toBe('fail')
    expect(result.findings).toHaveLength(2)
    expect(result.findings[0]).toMatchObject(mixedContentLive())
    expect(result.findings[0].fix?.code?.text).toBe(
      "const wsProto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(`${wsProto}://api.example.test/live`)"
    )
    expect(result.findings[1]).toEqual({
      check: 'page',
      code: 'page-ok',
      status: 'pass',
      title:
        'Read the page and 1 same-origin script: 4 WebSocket URLs, 1 scheme derived from location.protocol',
      details: [
        `wss://${HOST}:${port}/ws: no CSP restricts it (${origin()}/ line 8)`,
        `wss://stream.example.test/feed: no CSP restricts it (${origin()}/app.js line 3, ${origin()}/app.js line 4)`,
        `ws://localhost:8080/dev: loopback, which browsers allow from an https page (${origin()}/app.js line 5)`,
        `scheme derived from location.protocol (follows the page: fine) at ${origin()}/app.js line 2`,
        'No Content-Security-Policy: connections are not restricted',
        'Scripts from other origins not read: https://cdn.example.net/lib.js'
      ]
    })
    // Each says the page it was found on, for the reports to say so beside the target.
    expect(output.discovered).toEqual([
      { text: `wss://${HOST}:${port}/ws`, foundOn: `${origin()}/` },
      { text: 'wss://stream.example.test/feed', foundOn: `${origin()}/` }
    ])
  })

  test("a CSP header whose default-src 'self' blocks another host's wss://, and allows the page's own", async () => {
    const result = only(await scan('/csp'))
    expect(result.findings.map(f => [f.status, f.title])).toEqual([
      [
        'fail',
        'This https page cannot open ws://api.example.test/live: browsers block it before any traffic'
      ],
      [
        'fail',
        "The page's CSP connect-src blocks wss://stream.example.test/feed: the browser refuses the connection (the same outage under another name)"
      ],
      [
        'pass',
        'Read the page and 1 same-origin script: 4 WebSocket URLs, 1 scheme derived from location.protocol'
      ]
    ])
    const blocked = result.findings[1]
    expect(blocked.details).toEqual([
      "Content-Security-Policy (header): default-src 'self' (no connect-src, so default-src applies)",
      `new WebSocket at ${origin()}/app.js line 3`,
      `string literal at ${origin()}/app.js line 4`
    ])
    expect(blocked.fix?.code).toEqual({
      lang: 'http',
      text: "Content-Security-Policy: connect-src 'self' wss://stream.example.test"
    })
    expect(result.findings[2].details).toContain(
      `wss://${HOST}:${port}/ws: allowed by the CSP (${origin()}/csp line 8)`
    )
    expect(result.findings[2].details).toContain(
      "Content-Security-Policy: header default-src 'self'"
    )
  })

  test('a <meta http-equiv> CSP: one that lists the endpoint allows it, one with none blocks both', async () => {
    const allows = only(await scan('/meta-allows'))
    expect(allows.findings.map(f => f.status)).toEqual(['fail', 'pass'])
    expect(allows.findings[1].details).toContain(
      "Content-Security-Policy: meta connect-src 'self' wss://stream.example.test"
    )
    const none = only(await scan('/meta-none'))
    expect(none.findings.map(f => [f.status, f.title])).toEqual([
      [
        'fail',
        'This https page cannot open ws://api.example.test/live: browsers block it before any traffic'
      ],
      [
        'fail',
        `The page's CSP connect-src blocks wss://${HOST}:${port}/ws: the browser refuses the connection (the same outage under another name)`
      ],
      [
        'fail',
        "The page's CSP connect-src blocks wss://stream.example.test/feed: the browser refuses the connection (the same outage under another name)"
      ],
      [
        'pass',
        'Read the page and 1 same-origin script: 4 WebSocket URLs, 1 scheme derived from location.protocol'
      ]
    ])
    expect(none.findings[1].details?.[0]).toBe(
      "Content-Security-Policy (<meta http-equiv>): connect-src 'none'"
    )
    expect(none.findings[1].fix?.code?.text).toBe(
      `Content-Security-Policy: connect-src wss://${HOST}:${port}`
    )
  })

  test('upgrade-insecure-requests: the browser opens wss:// instead of ws://, and the CSP judges that', async () => {
    const output = await scan('/upgrade')
    const result = only(output)
    expect(result.findings.map(f => [f.status, f.title])).toEqual([
      [
        'fail',
        "The page's CSP connect-src blocks wss://stream.example.test/feed: the browser refuses the connection (the same outage under another name)"
      ],
      [
        'pass',
        'Read the page and 1 same-origin script: 4 WebSocket URLs, 1 scheme derived from location.protocol'
      ]
    ])
    expect(result.findings[1].details?.slice(0, 2)).toEqual([
      'ws://api.example.test/live: opened as wss://api.example.test/live (upgrade-insecure-requests)',
      `wss://api.example.test/live: allowed by the CSP (${origin()}/upgrade line 7)`
    ])
    expect(output.discovered?.map(d => d.text)).toContain('wss://api.example.test/live')
  })

  test('a same-origin redirect is followed; one to another origin is reported, not followed', async () => {
    const followed = only(await scan('/old'))
    expect(followed.target.label).toBe(`${origin()}/old`)
    expect(followed.findings[0]).toMatchObject(mixedContentLive())
    const moved = only(await scan('/moved'))
    expect(moved.status).toBe('warn')
    expect(moved.findings).toEqual([
      expect.objectContaining({
        status: 'warn',
        title:
          'The page redirects (HTTP 302) to https://elsewhere.example.test/landing, another origin: not followed, nothing was scanned'
      })
    ])
    const loop = only(await scan('/loop'))
    expect(loop.findings.map(f => [f.status, f.title])).toEqual([
      ['warn', 'The page redirects more than 5 times: not followed, nothing was scanned']
    ])
  })

  test('a huge page is read up to 2 MiB; what lies beyond is not scanned, and that is said', async () => {
    const output = await scan('/huge')
    const result = only(output)
    expect(result.findings.map(f => [f.status, f.title])).toEqual([
      [
        'warn',
        'Only the first 2 MiB of 1 resource were read: WebSockets opened further on were not checked'
      ],
      [
        'fail',
        'This https page cannot open ws://early.example.test/x: browsers block it before any traffic'
      ],
      ['pass', 'Read the page and 0 same-origin scripts: 1 WebSocket URL']
    ])
    expect(result.findings[0].details).toEqual([`${origin()}/huge`])
    expect(JSON.stringify(output)).not.toContain('beyond')
  })

  test('a script that cannot be read is a warning; the page is still reported', async () => {
    const result = only(await scan('/broken'))
    expect(result.findings).toEqual([
      expect.objectContaining({
        status: 'warn',
        title: '1 script of the page could not be read: the WebSockets it opens were not checked',
        details: [`${origin()}/missing.js: HTTP 404`]
      }),
      expect.objectContaining({
        status: 'pass',
        title: 'No WebSocket URL in the page or its 0 same-origin scripts'
      })
    ])
  })

  test('a page whose certificate names another host fails, and nothing in it is scanned', async () => {
    const output = await scan('/', wrongCertPort)
    const result = only(output)
    expect(result.status).toBe('fail')
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0].title).toMatch(
      /^The page's certificate fails \(ERR_TLS_CERT_ALTNAME_INVALID: .*other\.example\.test.*\): a browser refuses the page, and its content was not scanned$/
    )
    expect(output.discovered).toEqual([])
  })

  test('a server that never answers is a timeout finding', async () => {
    const result = only(await scan('/slow', port, '200'))
    expect(result.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        title: 'The page could not be fetched: no answer within 200 ms',
        details: [`TIMEOUT at ${origin()}/slow`]
      })
    ])
  })

  test('a page that answers an HTTP error is a failure; a token in its URL is never shown', async () => {
    const output = await scan('/gone?token=s3cret')
    const result = only(output)
    expect(result.target.label).toBe(`${origin()}/gone?token=***`)
    expect(result.findings.map(f => [f.status, f.title])).toEqual([
      ['fail', 'The page answered HTTP 404: nothing was scanned']
    ])
    expect(JSON.stringify(output)).not.toContain('s3cret')
  })

  test("the run's deadline ends a page fetch that is still waiting, and closes its connection", async () => {
    const config = parseConfig(
      { ...inputs([`https://${HOST}:${port}/slow`], '600000'), deadline: '1' },
      dir
    )
    const report = await diagnose(config, new Date(), [], [pageScan])
    expect(report.results.map(r => [r.target.label, r.findings[0].title])).toEqual([
      [`wss://${HOST}:${port}/ws`, expect.any(String)],
      ['page scan', 'Not finished within the deadline (1s): the page check was still waiting']
    ])
    // Closed by the client on the deadline; with the 10-minute timeout it would stay open.
    const socket = silentSockets[silentSockets.length - 1]
    if (!socket.destroyed) await new Promise(resolve => socket.once('close', resolve))
  })

  test('in a run: one result per page after the targets, the wss:// URLs found probed with probe-discovered', async () => {
    const config = parseConfig(
      {
        ...inputs([`https://${HOST}:${port}/`, `https://${HOST}:${port}/csp`]),
        'probe-discovered': 'true'
      },
      dir
    )
    const report = await diagnose(config, new Date(), [], [pageScan])
    expect(report.results.map(r => [r.target.label, r.target.scan])).toEqual([
      [`wss://${HOST}:${port}/ws`, undefined],
      ['wss://stream.example.test/feed', undefined],
      [`${origin()}/`, 'page'],
      [`${origin()}/csp`, 'page']
    ])
    expect(report.result).toBe('fail')
  })
})

describe('finding WebSockets in page text', () => {
  test('literals, JSON-escaped URLs, template literals, concatenation; new WebSocket marked', () => {
    const text = [
      'const a = new WebSocket("wss://a.example/ws")',
      "const b = {url: 'ws://b.example:8080/x?y=1'}",
      'const c = {"u":"wss:\\/\\/c.example\\/feed"}',
      'const d = new window.WebSocket(`wss://${location.host}/live`)',
      "const e = new WebSocket('ws://' + location.host + '/chat')",
      "const f = 'ws://' + host",
      "const g = location.protocol === 'https:' ? 'wss://' : 'ws://'",
      'const h = "ws://"',
      'see ws://not.quoted/prose'
    ].join('\n')
    expect(findSocketLiterals(text, 'script')).toEqual([
      { url: 'wss://a.example/ws', line: 1, opened: true },
      { url: 'ws://b.example:8080/x?y=1', line: 2, opened: false },
      { url: 'wss://c.example/feed', line: 3, opened: false },
      { url: 'wss://${location.host}/live', line: 4, opened: true },
      { url: 'ws://${location.host}/chat', line: 5, opened: true },
      { url: 'ws://${host}', line: 6, opened: false }
    ])
  })

  test('schemes derived from location.protocol, in the common spellings', () => {
    const text = [
      "const p = location.protocol === 'https:' ? 'wss' : 'ws'",
      'const q = "https:"===window.location.protocol?"wss://":"ws://"',
      "const r = location.protocol.replace('http', 'ws') + '//' + location.host",
      "const s = 'wss://fixed.example/ws'"
    ].join('\n')
    expect(findDerivedSchemes(text).map(d => d.line)).toEqual([1, 2, 3])
  })

  test('script sources and meta policies, whatever the quoting and case', () => {
    const html = [
      '<SCRIPT type=module SRC=/a.js></SCRIPT>',
      "<script src='/b.js?x=1&amp;y=2' defer></script>",
      '<script>var s = "<script src=/c.js>"</script>',
      '<script data-src="/not-a-src.js"></script>',
      '<meta content="connect-src &#39;self&#39;" HTTP-EQUIV="content-security-policy">',
      '<meta http-equiv="refresh" content="5">'
    ].join('\n')
    expect(scriptSources(html)).toEqual(['/a.js', '/b.js?x=1&y=2', '/c.js'])
    expect(metaPolicies(html)).toEqual(["connect-src 'self'"])
  })

  test('random and hostile text never throws, and every URL found is a ws:// or wss:// one', () => {
    const pieces = fc.constantFrom(
      '"',
      "'",
      '`',
      'ws://',
      'wss://',
      'wss:\\/\\/',
      '${',
      '}',
      ' + ',
      'location.protocol',
      'new WebSocket(',
      '<script src=',
      '<meta http-equiv="Content-Security-Policy" content=',
      '>',
      '\n',
      '##[error]',
      '&#x110000;',
      '&#0;'
    )
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 })
        .map(p => p.join(''))
    )
    fc.assert(
      fc.property(text, t => {
        for (const found of findSocketLiterals(t, 'script'))
          expect(found.url).toMatch(/^wss?:\/\//i)
        findDerivedSchemes(t)
        scriptSources(t)
        metaPolicies(t)
      }),
      { numRuns: 500 }
    )
  })

  test('adversarial repetition stays linear enough to finish', () => {
    const many = (s: string) => s.repeat(100_000)
    // The lexer reads the first string and then one unterminated one: it finishes, linearly.
    expect(findSocketLiterals(many('"ws://' + "'"), 'script').length).toBeLessThanOrEqual(1)
    expect(scriptSources(many('<script '))).toEqual([])
    expect(metaPolicies(many('<meta '))).toEqual([])
    expect(findDerivedSchemes(many("location.protocol '"))).toEqual([])
  })
})
