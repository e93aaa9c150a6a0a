// The job summary as a reader meets it: the demo fleet (real servers on loopback, each broken in
// one of the ways docs/guide.md describes) plus healthy endpoints, 20 targets and a scan result, rendered
// by GitHub's Markdown parser. What failed leads, narrow; the healthy fold into one line; the
// first fix comes before any certificate facts.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { CODES, helpUrl } from '../src/codes.js'
import { parseConfig } from '../src/config.js'
import { startFleet, type Fleet } from '../src/demo/fleet.js'
import { diagnose } from '../src/doctor.js'
import type { Report, TargetResult } from '../src/results.js'
import { renderSummary } from '../src/report/summary.js'
import { renderGitHubMarkdown, tableRows, visibleText } from './fixtures/markdown.js'
import { certificate, report as handReport, result as handResult } from './fixtures/report.js'
import { tempDir } from './fixtures/temp-dir.js'

let fleet: Fleet
let report: Report
let html: string

const SCAN: TargetResult = {
  target: { label: 'web/src/chat.js', scan: 'source' },
  status: 'warn',
  findings: [
    {
      check: 'source',
      code: 'source-insecure-url',
      status: 'warn',
      title: 'Plain ws:// URL in client code: ws://chat.example.com/socket',
      fix: { text: 'Use wss://.' },
      location: { file: 'web/src/chat.js', line: 12, column: 17 }
    }
  ],
  facts: {}
}

beforeAll(async () => {
  fleet = await startFleet()
  const dir = tempDir('summary')
  const good = fleet.endpoints.find(e => e.expect.status === 'pass')!.url
  const urls = fleet.endpoints.map(e => e.url)
  while (urls.length < 20) urls.push(`${good}?room=${urls.length}`)
  writeFileSync(path.join(dir, 'targets.txt'), `${urls.join('\n')}\n`)
  writeFileSync(path.join(dir, 'ca.pem'), fleet.caPem)
  const config = parseConfig(
    {
      'targets-file': 'targets.txt',
      'ca-file': 'ca.pem',
      resolve: fleet.resolve.join('\n'),
      'timeout-ms': '5000',
      // The layout is under test, not the idle check: the summary says it was skipped.
      'idle-timeout': '0'
    },
    dir
  )
  report = await diagnose(config)
  report.results.push(SCAN)
  report.counts.warn++
  html = renderGitHubMarkdown(renderSummary(report))
}, 60_000)

afterAll(async () => {
  await fleet.close()
})

/** The HTML of each `<details>` block, in order. */
function detailsBlocks(html: string): string[] {
  return [...html.matchAll(/<details>[\s\S]*?<\/details>/g)].map(m => m[0])
}

describe('the summary of a 20-target run', () => {
  test('the run is mixed: failures, warnings and healthy endpoints', () => {
    expect(report.results.filter(r => !r.target.scan)).toHaveLength(20)
    expect(report.counts.fail).toBeGreaterThan(0)
    expect(report.counts.warn).toBeGreaterThan(0)
    expect(report.counts.pass).toBeGreaterThan(1)
  })

  test('leads with a narrow table of what failed or warned, each check by name with its title', () => {
    const firstTable = html.slice(html.indexOf('<table>'), html.indexOf('</table>'))
    const columns = [...firstTable.matchAll(/<th[ >]/g)].length
    expect(columns).toBeLessThanOrEqual(5)
    expect(html.indexOf('<table>')).toBeLessThan(html.indexOf('<details>'))
    const rows = tableRows(firstTable + '</table>')
    const problems = report.results.filter(r => r.status !== 'pass')
    expect(rows).toHaveLength(problems.length)
    // Failures first.
    const failed = problems.filter(r => r.status === 'fail').length
    expect(rows.slice(0, failed).every(r => r[0].startsWith('❌'))).toBe(true)
    expect(rows.slice(failed).every(r => r[0].startsWith('⚠️'))).toBe(true)
    const wrongHost = rows.find(r => r[0].includes('wrong-host'))!
    expect(wrongHost[1]).toMatch(/^❌ hostname Certificate does not cover wrong-host\./)
    const expired = rows.find(r => r[0].includes('//expired.'))!
    expect(expired[1]).toMatch(/❌ expiry Certificate expired on/)
    expect(expired[2]).toBe('expired')
    // A scan result with the line it points at.
    const scan = rows.find(r => r[0].includes('web/src/chat.js'))!
    expect(scan[1]).toMatch(
      /^⚠️ source Plain ws:\/\/.*\(web\/src\/chat\.js:12\) source-insecure-url$/
    )
  })

  test("each problem names the demo endpoint's expected code, linked to its page", () => {
    const rows = tableRows(html.slice(0, html.indexOf('</table>') + '</table>'.length))
    // The idle check is skipped here (idle-timeout 0): its endpoint shows no idle code.
    const judged = fleet.endpoints.filter(
      e => e.expect.status !== 'pass' && CODES[e.expect.code].check !== 'idle'
    )
    expect(judged.length).toBeGreaterThan(5)
    for (const endpoint of judged) {
      const row = rows.find(r => r[0].includes(new URL(endpoint.url).host))
      expect({ url: endpoint.url, cell: row?.[1] }).toEqual({
        url: endpoint.url,
        cell: expect.stringContaining(endpoint.expect.code)
      })
      expect(html).toContain(`<a href="${helpUrl(endpoint.expect.code)}">`)
    }
  })

  test('right under the heading: the idle check was skipped, and why (idle-timeout 0)', () => {
    const text = visibleText(html)
    const skipped = text.indexOf(
      '<blockquote>\n<p>Skipped: the <strong>idle</strong> check (idle-timeout is 0: '
    )
    expect(skipped).toBeGreaterThan(text.indexOf('</h2>'))
    expect(skipped).toBeLessThan(text.indexOf('<table>'))
  })

  test('the healthy endpoints are folded into one <details>', () => {
    const healthy = report.results.filter(r => r.status === 'pass')
    const folded = detailsBlocks(html).filter(d => /healthy endpoint/.test(d))
    expect(folded).toHaveLength(1)
    expect(visibleText(folded[0])).toContain(
      `<summary>✅ ${healthy.length} healthy endpoints</summary>`
    )
    const items = [...folded[0].matchAll(/<li>([\s\S]*?)<\/li>/g)].map(m => visibleText(m[1]))
    expect(items).toHaveLength(healthy.length)
    healthy.forEach((r, i) => expect(items[i].startsWith(r.target.label)).toBe(true))
  })

  test("the first failing target's cause and fix come right after, before any certificate facts", () => {
    const firstFailing = report.results.find(r => r.status === 'fail')!
    const heading = html.match(/<h3>(.*?)<\/h3>/)![1]
    expect(visibleText(heading)).toContain(firstFailing.target.label)
    const fix = html.indexOf('<strong>Fix:</strong>')
    const certificates = html.indexOf('<details><summary>Certificates')
    expect(fix).toBeGreaterThan(html.indexOf('<h3>'))
    expect(certificates).toBeGreaterThan(fix)
    expect(html.indexOf('<strong>Root cause:</strong>')).toBeLessThan(fix)
  })

  test('certificate facts and the TLS version matrix are inside the last <details>', () => {
    const blocks = detailsBlocks(html)
    const facts = blocks.at(-1)!
    expect(facts).toMatch(
      /^<details><summary>Certificates, TLS versions and upgrades \(\d+ endpoints\)/
    )
    expect(visibleText(facts)).toMatch(/1\.0 (?:—|✅|⚠️|❌|\?) · 1\.1 .* · 1\.2 .* · 1\.3/)
    expect(visibleText(facts)).toContain('Issuer: CN=wss-doctor Demo Intermediate CA')
    // Nothing of the version matrix outside it.
    expect(html.replace(facts, '')).not.toMatch(/1\.0 [—✅] · 1\.1/)
  })
})

describe('the byte budget', () => {
  test('a healthy list cut short is still closed, and the note counts what was left out', () => {
    const healthy = Array.from({ length: 3000 }, (_, i) =>
      handResult(
        `wss://h${i}.example.com/ws`,
        [{ check: 'tls', code: 'tls-ok', status: 'pass', title: 'TLSv1.3 handshake' }],
        certificate()
      )
    )
    const markdown = renderSummary(handReport(healthy), 60_000)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(60_000)
    expect(markdown.match(/<details>/g)?.length).toBe(markdown.match(/<\/details>/g)?.length)
    expect(markdown).toMatch(
      /Summary truncated .*: \d+ healthy entries and 3000 certificate rows are only in the JSON report\.$/m
    )
  })
})
