import { describe, expect, test } from '@jest/globals'
import { upgradeSummary } from '../src/report/checks.js'
import { renderAnnotations } from '../src/report/annotations.js'
import { jsonPieces, renderJson } from '../src/report/json.js'
import { renderSummary } from '../src/report/summary.js'
import { renderTerminal } from '../src/report/terminal.js'
import { renderGitHubMarkdown, tableRows, tagNames, visibleText } from './fixtures/markdown.js'
import { certificate, report, result } from './fixtures/report.js'
import { runnerCommands } from './fixtures/runner-commands.js'

const HOSTILE_SAN = 'DNS:evil.test|<img src=x onerror=alert(1)>'

const good = result(
  'wss://api.example.com/ws',
  [
    { check: 'tls', status: 'pass', title: 'TLSv1.3 handshake' },
    { check: 'hostname', status: 'pass', title: 'Certificate covers api.example.com' }
  ],
  certificate()
)

const mismatch = result(
  'wss://ws.example.com/socket',
  [
    { check: 'tls', status: 'pass', title: 'TLSv1.3 handshake' },
    {
      check: 'hostname',
      status: 'fail',
      title:
        'Certificate does not cover ws.example.com: it is for evil.test|<img src=x onerror=alert(1)>',
      cause: 'The SSL certificate does not cover the WebSocket server hostname',
      fix: {
        text: 'Reissue it.',
        code: {
          lang: 'bash',
          text: 'certbot certonly --webroot -w /var/www/html -d ws.example.com'
        }
      }
    },
    { check: 'expiry', status: 'warn', title: 'Certificate expires in 9 days' }
  ],
  certificate({
    subject: 'CN=evil.test',
    subjectAltNames: [HOSTILE_SAN],
    validTo: '2026-12-03T12:00:00.000Z'
  }),
  { file: 'ops/targets.txt', line: 4 }
)

describe('job summary', () => {
  const markdown = renderSummary(report([good, mismatch]))
  const html = renderGitHubMarkdown(markdown)
  const rows = tableRows(html)

  test('a heading with the counts, a row per failing target naming its checks, the healthy folded', () => {
    expect(markdown).toMatch(/^## ❌ wss-doctor: 2 endpoints: 1 failed, 1 passed$/m)
    // The problem table, then the certificate table (inside <details>) with every endpoint.
    expect(rows).toHaveLength(3)
    expect(rows[0]).toEqual([
      '❌\u00a0wss://ws.example.com/socket',
      '❌ hostname Certificate does not cover ws.example.com: it is…⚠️ expiry Certificate expires in 9 days',
      '9\u00a0days'
    ])
    expect(visibleText(html)).toMatch(
      /<details><summary>✅ 1 healthy endpoint<\/summary>\n<ul>\n<li>wss:\/\/api\.example\.com\/ws · expires 2027-01-30 \(66 days\)<\/li>/
    )
    expect(rows[1][0]).toBe('wss://api.example.com/ws')
    expect(rows[1][1]).toBe(
      'CN=api.example.comNames: api.example.comIssuer: CN=Example CAExpires: 2027-01-30 (66 days)'
    )
    expect(rows[1][2]).toBe('TLSv1.3')
  })

  test('server-supplied names cannot add cells, rows, HTML or links', () => {
    expect(rows.map(r => r.length)).toEqual([3, 4, 4])
    expect(rows[2][1]).toContain('Names: evil.test|<img src=x onerror=alert(1)>Issuer')
    expect(new Set(tagNames(html))).toEqual(
      new Set([
        'h2',
        'table',
        'thead',
        'tr',
        'th',
        'tbody',
        'td',
        'br',
        'details',
        'summary',
        'h3',
        'p',
        'strong',
        'ul',
        'li',
        'pre',
        'code'
      ])
    )
    expect(html).not.toMatch(/<a |<img/)
  })

  test('a details section for each failing target, with cause, fix and source line', () => {
    const headings = [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map(m => visibleText(m[1]))
    expect(headings).toEqual(['❌ wss://ws.example.com/socket (ops/targets.txt:4)'])
    expect(visibleText(html)).toContain(
      'Root cause:</strong> The SSL certificate does not cover the WebSocket server hostname'
    )
    expect(markdown).toContain(
      '```bash\ncertbot certonly --webroot -w /var/www/html -d ws.example.com\n```'
    )
  })

  test('stays within its byte budget, closes what it opened and says what it left out', () => {
    const many = report(
      Array.from({ length: 2000 }, (_, i) =>
        result(`wss://h${i}.example.com/ws`, mismatch.findings, mismatch.facts.handshake!.chain[0])
      )
    )
    const bounded = renderSummary(many, 50_000)
    expect(Buffer.byteLength(bounded)).toBeLessThanOrEqual(50_000)
    expect(bounded).toMatch(
      /Summary truncated .*: \d+ table rows, 2000 detail sections and 2000 certificate rows are only in the JSON report/
    )
    const tags = tagNames(renderGitHubMarkdown(bounded))
    expect(tags.filter(t => t === 'details').length % 2).toBe(0)
  })
})

describe('annotations', () => {
  test('an error per failed check, a warning per warning, a notice per healthy target, at the source line', () => {
    const { annotations, omitted } = renderAnnotations(report([good, mismatch]), {
      error: 10,
      warning: 10,
      notice: 10
    })
    expect(annotations.map(a => a.level)).toEqual(['notice', 'error', 'warning'])
    expect(annotations[1]).toMatchObject({
      title: 'wss-doctor hostname: wss://ws.example.com/socket',
      file: 'ops/targets.txt',
      startLine: 4
    })
    expect(annotations[1].message).toMatch(
      /^wss:\/\/ws\.example\.com\/socket: Certificate does not cover ws\.example\.com.* — Cause: .* — Fix: Reissue it\.$/
    )
    expect(annotations[0].file).toBeUndefined()
    expect(omitted).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  test('server text in a message or title holds no `##[` and cannot start a command', () => {
    const hostile = result('wss://h.example.com/ws', [
      { check: 'upgrade', status: 'fail', title: 'HTTP 404 from ##[add-mask]wss\n::error::x' }
    ])
    const [annotation] = renderAnnotations(report([hostile]), {
      error: 10,
      warning: 10,
      notice: 10
    }).annotations
    for (const text of [annotation.title, annotation.message]) {
      expect(text).not.toMatch(/##\[|\n/)
      expect(runnerCommands(text)).toEqual([])
    }
    expect(annotation.message).toBe(
      'wss://h.example.com/ws: HTTP 404 from #\u2060#[add-mask]wss ::error::x'
    )
  })

  test('capped per level, the rest counted', () => {
    const many = report(Array.from({ length: 12 }, () => mismatch))
    const { annotations, omitted } = renderAnnotations(many, { error: 9, warning: 10, notice: 10 })
    expect(annotations.filter(a => a.level === 'error')).toHaveLength(9)
    expect(omitted).toEqual({ error: 3, warning: 2, notice: 0 })
  })
})

describe('JSON report', () => {
  test('has every target with findings and certificate facts, without PEM', () => {
    const json = JSON.parse(renderJson(report([good, mismatch])))
    expect(json).toMatchObject({
      version: 4,
      tool: 'wss-doctor',
      result: 'fail',
      counts: { pass: 1, warn: 0, fail: 1 }
    })
    expect(json.targets).toHaveLength(2)
    expect(json.targets[1].findings[1]).toMatchObject({ check: 'hostname', status: 'fail' })
    expect(json.targets[1].handshake.chain[0]).toMatchObject({ subjectAltNames: [HOSTILE_SAN] })
    expect(json.targets[1].handshake.chain[0].pem).toBeUndefined()
  })

  test('written in pieces, one a target, that make exactly the pretty-printed whole', () => {
    const shard = { index: 1, count: 2 }
    for (const results of [[], [good], [good, mismatch, good]]) {
      const pieces = [...jsonPieces(report(results), undefined, shard)]
      const text = pieces.join('')
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
      expect(pieces).toHaveLength(results.length === 0 ? 1 : results.length + 2)
      // Every target's piece is a whole JSON value (a secret masked piece by piece is whole).
      for (const piece of pieces.slice(1, -1))
        expect(() => JSON.parse(piece.replace(/^,/, ''))).not.toThrow()
    }
  })
})

describe('terminal report', () => {
  test('plain text without colour, every line safe to log', () => {
    const text = renderTerminal(report([good, mismatch]), { color: false })
    expect(text).not.toContain('\u001b[')
    expect(text).toMatch(/^✗ wss:\/\/ws\.example\.com\/socket {2}\(ops\/targets\.txt:4\)$/m)
    expect(text).toMatch(/^ {4}✗ hostname {3}Certificate does not cover ws\.example\.com/m)
    expect(text.split('\n').some(l => l.startsWith('::'))).toBe(false)
  })

  test('server text holding workflow commands stays inert, wherever it lands', () => {
    const hostile = result(
      'wss://h.example.com/ws',
      [
        {
          check: 'upgrade',
          status: 'fail',
          title: 'HTTP 404 from ##[add-mask]wss',
          cause: '##[stop-commands]tok',
          fix: { text: 'x', code: { lang: 'bash', text: '::error::forged\n  ##[error]x' } }
        }
      ],
      certificate({ subject: 'CN=##[error file=README.md;line=1]forged' })
    )
    expect(runnerCommands(renderTerminal(report([hostile]), { color: false }))).toEqual([])
    expect(runnerCommands(renderTerminal(report([hostile]), { color: true }))).toEqual([])
  })

  test('colour when asked', () => {
    expect(renderTerminal(report([good]), { color: true })).toContain('\u001b[32m')
  })
})

describe('upgrade summary cell', () => {
  test('a 101 that then dropped is not shown as a healthy upgrade', () => {
    const dropped = result('wss://drop.example/ws', [
      { check: 'upgrade', status: 'fail', title: 'Abnormal closure 1006' }
    ])
    dropped.facts.upgrade = { status: 101 }
    const healthy = result('wss://ok.example/ws', [
      { check: 'upgrade', status: 'pass', title: '101 Switching Protocols' }
    ])
    healthy.facts.upgrade = { status: 101, roundTripMs: 1.5 }
    expect(upgradeSummary(dropped)).toBe('❌ 101')
    expect(upgradeSummary(healthy)).toBe('✅ 101 · 1.5 ms')
  })
})
