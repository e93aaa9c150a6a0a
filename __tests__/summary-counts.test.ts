// What the summary and the log say about a run as a whole: endpoints and scanned things counted
// apart, one noun form per count, a page's page scan and browser check as one row, the attempts
// of `wait`, where a discovered URL was found, changed lines first, and the browser's fix for a
// ws:// URL on an https page. Rendered by GitHub's Markdown parser.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../src/findings.js'
import type { Report, TargetResult } from '../src/results.js'
import { renderAnnotations } from '../src/report/annotations.js'
import { renderSummary } from '../src/report/summary.js'
import { renderTerminal } from '../src/report/terminal.js'
import { browserSocketFinding } from '../src/scans/browser.js'
import { CODES, type Code } from '../src/codes.js'
import { changedLinesUnknown } from '../src/scans/changed-lines.js'
import { plannedAttempts, waitLine } from '../src/wait.js'
import { renderGitHubMarkdown, tableRows, visibleText } from './fixtures/markdown.js'
import { report, result } from './fixtures/report.js'
import { tempDir } from './fixtures/temp-dir.js'

const failing = (code: Code, title: string, extra: Partial<Finding> = {}): Finding => ({
  check: CODES[code].check,
  code,
  status: 'fail',
  title,
  ...extra
})

function scanned(label: string, scan: string, findings: Finding[]): TargetResult {
  return {
    target: { label, scan },
    status: findings.some(f => f.status === 'fail') ? 'fail' : 'pass',
    findings,
    facts: {}
  }
}

const PAGE = 'https://app.example.com/'
const mixed = `Insecure WebSocket URL ws://app.example.com/live: https pages cannot open it`

function run(): Report {
  const files = [1, 2, 3, 4].map(n =>
    scanned(`web/src/chat${n}.js`, 'source', [
      failing('source-insecure-url', mixed, { location: { file: `web/src/chat${n}.js`, line: n } })
    ])
  )
  return report([
    result('wss://down.example.com/', [failing('upgrade-not-upgraded', 'No 101')]),
    result('wss://up.example.com/', [{ check: 'tls', code: 'tls-ok', status: 'pass', title: 'TLS 1.3' }]),
    ...files,
    scanned(PAGE, 'page', [failing('page-mixed-content', mixed)]),
    scanned('https://other.example.com/', 'page', [failing('page-mixed-content', mixed)]),
    scanned(PAGE, 'browser', [failing('browser-mixed-content', 'Chromium blocked ws://app.example.com/live')])
  ])
}

/** What a reader sees, tags removed. */
const text = (markdown: string): string =>
  visibleText(renderGitHubMarkdown(markdown).replace(/<[^>]*>/g, ''))

describe('counts', () => {
  test('endpoints and scanned things are counted apart in the heading, the first log line and the failure message', () => {
    const summary = text(renderSummary(run()))
    expect(summary).toContain(
      'wss-doctor: 2 endpoints: 1 failed, 1 passed; 6 files and pages checked: 6 failed'
    )
    expect(renderTerminal(run(), { color: false }).split('\n')[0]).toBe(
      'wss-doctor: 2 endpoints: 1 failed, 1 passed; 6 files and pages checked: 6 failed'
    )
  })

  test('one noun form per count: 1 endpoint, 1 file, 1 detail section', () => {
    const one = report([
      result('wss://down.example.com/', [failing('upgrade-not-upgraded', 'No 101')]),
      scanned('web/a.js', 'source', [failing('source-insecure-url', mixed)])
    ])
    expect(renderTerminal(one, { color: false }).split('\n')[0]).toBe(
      'wss-doctor: 1 endpoint: 1 failed; 1 file checked: 1 failed'
    )
    expect(text(renderSummary(one))).not.toMatch(/\b1 (endpoints|targets|files)\b/)
    // Truncated: "1 detail section is", never "1 detail sections are".
    const sizes = [2_200, 2_250, 2_300, 2_350, 2_400, 2_450, 2_500, 2_600, 2_800]
    const notes = sizes
      .map(size => /limit: (.*) only in the JSON/.exec(text(renderSummary(one, size)))?.[1])
      .filter(note => note !== undefined)
    expect(notes.length).toBeGreaterThan(0)
    for (const note of notes) expect(note).not.toMatch(/\b1 [a-z ]+s are$|\b1 [a-z ]+s(,| and)/)
    expect(notes.some(note => /^1 [a-z ]+[^s] is$/.test(note))).toBe(true)
  })
})

describe('a page checked twice', () => {
  test('the page scan and the browser check of one page are one row with both findings', () => {
    const html = renderGitHubMarkdown(renderSummary(run()))
    const rows = tableRows(html).filter(row => row[0].includes('app.example.com/'))
    expect(rows).toHaveLength(1)
    expect(rows[0][1]).toContain('page Insecure WebSocket URL')
    expect(rows[0][1]).toContain('browser Chromium blocked')
    // And one detail section for it.
    expect(
      visibleText(html.replace(/<[^>]*>/g, '')).match(/^❌ https:\/\/app\.example\.com\/$/gm)
    ).toHaveLength(1)
  })
})

describe('wait', () => {
  const retried: TargetResult = {
    ...result('wss://late.example.com/', [{ check: 'tls', code: 'tls-ok', status: 'pass', title: 'TLS 1.3' }]),
    wait: {
      waitMs: 180_000,
      planned: 6,
      attempts: [
        { number: 1, atMs: 0, status: 'fail', failed: ['hostname: Name mismatch'] },
        { number: 2, atMs: 5_000, status: 'fail', failed: ['hostname: Name mismatch'] },
        { number: 3, atMs: 15_000, status: 'fail', failed: ['trust: Not trusted'] },
        { number: 4, atMs: 90_000, status: 'pass', failed: [] }
      ]
    }
  }

  test('an endpoint that passed on a later attempt says so beside it, with the earlier attempts', () => {
    const summary = text(renderSummary(report([retried])))
    expect(summary).toContain(
      '✅ wss://late.example.com/: passed on attempt 4 of 6 after 1m30s (wait 3m)'
    )
    expect(summary).toContain('Attempt 1 at 0s failed: hostname: Name mismatch')
    expect(summary).toContain('Attempt 3 at 15s failed: trust: Not trusted')
  })

  test('the log says after each round how many still fail and when the next attempt starts', () => {
    const next = new Date(Date.now() + 20_000)
    expect(waitLine(2, 3, next)).toBe(
      `wss-doctor: wait: 3 endpoints still fail after attempt 2; attempt 3 at ${next.toISOString().slice(11, 19)} UTC (in 20s).`
    )
    expect(waitLine(1, 1, next)).toMatch(
      /^wss-doctor: wait: 1 endpoint still fails after attempt 1;/
    )
    expect(waitLine(5, 1)).toBe(
      'wss-doctor: wait: 1 endpoint still fails after attempt 5; no more attempts.'
    )
  })

  test('the attempts a wait allows: the first, then one after each backoff delay', () => {
    expect(plannedAttempts(10_000, { firstMs: 5_000, maxMs: 60_000 })).toBe(3)
    expect(plannedAttempts(180_000, { firstMs: 5_000, maxMs: 60_000 })).toBe(7)
  })
})

describe('found on a page', () => {
  test('a wss:// URL discovered on a page says where, as one found in a file does', () => {
    const found = result('wss://api.example.com/live', [failing('upgrade-not-upgraded', 'No 101')])
    found.target.foundOn = PAGE
    const inFile = result('wss://env.example.com/', [failing('upgrade-not-upgraded', 'No 101')], undefined, {
      file: '.env',
      line: 3
    })
    const summary = text(renderSummary(report([found, inFile])))
    expect(summary).toContain('❌ wss://api.example.com/live (found on https://app.example.com/)')
    expect(summary).toContain('❌ wss://env.example.com/ (.env:3)')
    expect(renderTerminal(report([found]), { color: false })).toContain(
      'wss://api.example.com/live  (found on https://app.example.com/)'
    )
  })
})

describe('pull requests', () => {
  test("annotations on the pull request's changed lines come before the endpoints'", () => {
    const endpoints = Array.from({ length: 10 }, (_, n) =>
      result(`wss://e${n}.example.com/`, [failing('upgrade-not-upgraded', 'No 101')])
    )
    const changed = scanned('web/new.js', 'source', [
      failing('source-insecure-url', mixed, { location: { file: 'web/new.js', line: 7, changed: true } })
    ])
    const { annotations } = renderAnnotations(report([...endpoints, changed]), {
      error: 10,
      warning: 10,
      notice: 10
    })
    expect(annotations[0]).toMatchObject({ level: 'error', file: 'web/new.js', startLine: 7 })
  })

  test('a shallow checkout is said once, with the fix, in the summary and the log', () => {
    const dir = tempDir('shallow')
    const origin = path.join(dir, 'origin')
    const git = (cwd: string, ...args: string[]): string =>
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    execFileSync('git', ['init', '-q', '-b', 'main', origin])
    writeFileSync(path.join(origin, 'a.js'), 'x\n')
    git(origin, '-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.')
    git(origin, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'a')
    git(dir, 'clone', '-q', '--depth', '1', `file://${origin}`, 'clone')
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'base' }
    return changedLinesUnknown(path.join(dir, 'clone'), env).then(note => {
      expect(note).toMatch(/shallow/)
      expect(note).toContain('fetch-depth: 0')
      const run = { ...report([]), notes: [note!] }
      expect(text(renderSummary(run)).match(/fetch-depth: 0/g)).toHaveLength(1)
      expect(renderTerminal(run, { color: false }).match(/fetch-depth: 0/g)).toHaveLength(1)
    })
  })
})

describe('the browser on an https page', () => {
  test('a ws:// URL connect-src refuses: the fix is wss://, never allowing ws://', () => {
    const finding = browserSocketFinding(
      {
        url: 'ws://plain.example.com:8080/live',
        outcome: { kind: 'blocked', by: 'csp', directive: "connect-src 'self'" }
      },
      { config: { secrets: [] }, results: [] } as never,
      5_000,
      true
    )
    expect(finding.fix?.text).toContain('wss://plain.example.com:8080')
    expect(finding.fix?.code?.text).toBe(
      "Content-Security-Policy: connect-src 'self' wss://plain.example.com:8080"
    )
    expect(finding.fix?.text).not.toMatch(/add ws:\/\//)
    expect(finding.fix?.code?.text).not.toContain('ws://plain')
    expect(finding.cause).toMatch(/^Mixed content/)
  })
})
