// The SARIF report: a real run over loopback servers listed in a targets file, plus hand-built
// scan findings, checked against the official SARIF 2.1.0 schema and for what code scanning
// needs (a rule per finding code with its page, a location, a fingerprint that survives the next
// run).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import jestSarif from '@microsoft/jest-sarif'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseConfig, type Config } from '../src/config.js'
import { createLeaf } from '../src/demo/pki.js'
import { diagnose } from '../src/doctor.js'
import type { Report, TargetResult } from '../src/results.js'
import { CODES, docsPath, HELP_BASE, type Code } from '../src/codes.js'
import type { Finding } from '../src/findings.js'
import { runAction } from './fixtures/action.js'
import { maskReport } from '../src/report/mask.js'
import { FINGERPRINT_KEY, fingerprint, normalizedTitle, renderSarif } from '../src/report/sarif.js'
import { cli } from './fixtures/cli.js'
import { report as handReport, result as handResult } from './fixtures/report.js'
import { createLab, type Lab } from './fixtures/tls-lab.js'

declare module 'expect' {
  interface Matchers<R> {
    toBeValidSarifLog(): R
  }
}
expect.extend(jestSarif as unknown as Parameters<typeof expect.extend>[0])

interface SarifLog {
  version: string
  runs: {
    tool: {
      driver: {
        rules: {
          id: string
          name: string
          shortDescription: { text: string }
          helpUri: string
          help: { text: string; markdown: string }
          properties: { tags: string[] }
        }[]
      }
    }
    results: {
      ruleId: string
      ruleIndex: number
      level: string
      message: { text: string }
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string }
          region: { startLine: number; startColumn?: number }
        }
      }[]
      partialFingerprints: Record<string, string>
    }[]
  }[]
}

let lab: Lab
let dir: string
let config: Config

/** A scan's result, as the source scan makes them: findings placed on lines of a file. */
function scanResult(file: string, findings: Finding[]): TargetResult {
  return {
    target: { label: file, scan: 'source' },
    status: findings.some(f => f.status === 'fail') ? 'fail' : 'warn',
    findings,
    facts: {}
  }
}

const PLAIN_WS: Finding = {
  check: 'source',
  code: 'source-insecure-url',
  status: 'warn',
  title: 'Plain ws:// URL: ws://chat.example.com/socket',
  cause: 'Browsers block ws:// from https pages',
  fix: {
    text: 'Use wss://.',
    code: { lang: 'js', text: "new WebSocket('wss://chat.example.com/socket')" }
  },
  location: { file: 'web/src/chat.js', line: 12, column: 17 }
}

async function run(now = new Date()): Promise<Report> {
  const report = maskReport(await diagnose(config, now), config.secrets)
  report.results.push(
    scanResult('web/src/chat.js', [
      PLAIN_WS,
      { ...PLAIN_WS, location: { ...PLAIN_WS.location!, line: 40 } }
    ])
  )
  return report
}

function parse(report: Report): SarifLog {
  return JSON.parse(renderSarif(report)) as SarifLog
}

beforeAll(async () => {
  lab = await createLab()
  // 85 days of a 90-day lifetime gone: under the derived error threshold (7 days).
  const leaf = (name: string, validFromDays = -1, validToDays = 90) =>
    createLeaf(lab.intermediate, { commonName: name, names: [name], validFromDays, validToDays })
  const [good, other, soon] = await Promise.all([
    leaf('good.sarif.test').then(l => lab.serve(l)),
    leaf('other.sarif.test').then(l => lab.serve(l)),
    leaf('soon.sarif.test', -85, 5).then(l => lab.serve(l))
  ])
  dir = mkdtempSync(path.join(lab.dir, 'sarif-'))
  writeFileSync(
    path.join(dir, 'targets.txt'),
    [
      '# endpoints',
      `wss://good.sarif.test:${good.port}/ws`,
      '',
      `wss://bad.sarif.test:${other.port}/ws?token=hunter2`,
      `wss://soon.sarif.test:${soon.port}/ws`
    ].join('\n')
  )
  config = parseConfig(
    {
      'targets-file': 'targets.txt',
      'ca-file': lab.caFile,
      resolve: [
        `good.sarif.test:${good.port}:127.0.0.1`,
        `bad.sarif.test:${other.port}:127.0.0.1`,
        `soon.sarif.test:${soon.port}:127.0.0.1`
      ].join('\n'),
      'sarif-report': 'out/wss.sarif',
      'idle-timeout': '0'
    },
    dir
  )
})

afterAll(async () => {
  await lab.close()
})

describe('SARIF from a real run', () => {
  let first: Report
  let log: SarifLog

  beforeAll(async () => {
    first = await run()
    log = parse(first)
  })

  test('is valid against the SARIF 2.1.0 schema (and the validator does reject a broken log)', () => {
    expect(log).toBeValidSarifLog()
    expect({ version: '2.1.0', runs: [{ results: [] }] }).not.toBeValidSarifLog()
  })

  test('one result per failed or warned finding with a place, at the targets-file line or the scanned line', () => {
    const results = log.runs[0].results
    const at = results.map(r => {
      const { artifactLocation, region } = r.locations[0].physicalLocation
      return `${r.ruleId} ${r.level} ${artifactLocation.uri}:${region.startLine}:${region.startColumn ?? '-'}`
    })
    // bad.sarif.test serves other.sarif.test's certificate; soon.sarif.test's has 5 days left.
    expect(at).toEqual([
      'hostname-other-host error targets.txt:4:-',
      'expiry-soon error targets.txt:5:-',
      'source-insecure-url warning web/src/chat.js:12:17',
      'source-insecure-url warning web/src/chat.js:40:17'
    ])
    for (const r of results)
      expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%')
    const rules = log.runs[0].tool.driver.rules
    expect(rules.map(r => r.id)).toEqual([
      'hostname-other-host',
      'expiry-soon',
      'source-insecure-url'
    ])
    for (const r of results) expect(rules[r.ruleIndex].id).toBe(r.ruleId)
  })

  test("a rule per code: the table's summary, the check as a tag, and the code's page as helpUri", () => {
    for (const rule of log.runs[0].tool.driver.rules) {
      const code = rule.id as Code
      expect(CODES[code]).toBeDefined()
      expect(rule.name).toBe(code)
      expect(rule.shortDescription.text).toBe(CODES[code].summary)
      expect(rule.properties.tags).toContain(CODES[code].check)
      // The page: this release's docs/findings/<code>.md (that it exists is finding-pages.test.ts's).
      expect(rule.helpUri.startsWith(HELP_BASE)).toBe(true)
      expect(`docs/findings/${rule.helpUri.slice(HELP_BASE.length)}`).toBe(docsPath(code))
      expect(rule.help.text).toContain(rule.helpUri)
      expect(rule.help.markdown).toContain(`(${rule.helpUri})`)
    }
  })

  test('the message names the target, the problem and its cause; the secret in the URL is masked', () => {
    const hostname = log.runs[0].results[0].message.text
    expect(hostname).toMatch(
      /^wss:\/\/bad\.sarif\.test:\d+\/ws\?token=\*\*\*: Certificate does not cover bad\.sarif\.test.* Cause: .+\.$/
    )
    expect(renderSarif(first)).not.toContain('hunter2')
  })

  test("each rule's help is the fix, with its code block", () => {
    const rules = log.runs[0].tool.driver.rules
    const hostname = rules.find(r => r.id === 'hostname-other-host')!
    expect(hostname.shortDescription.text).toBe('The certificate is for another host')
    expect(hostname.help.text).toContain(
      'certbot certonly --webroot -w /var/www/html -d other.sarif.test -d bad.sarif.test'
    )
    expect(hostname.help.markdown).toMatch(
      /```text\n# Include[\s\S]*# {3}certbot certonly --webroot -w \/var\/www\/html -d other\.sarif\.test -d bad\.sarif\.test[\s\S]*\n```/
    )
    const source = rules.find(r => r.id === 'source-insecure-url')!
    // The same fix for two findings is given once.
    expect(source.help.markdown.match(/Use wss/g)).toHaveLength(1)
    expect(source.help.markdown).toContain(
      "```js\nnew WebSocket('wss://chat.example.com/socket')\n```"
    )
  })

  test('fingerprints are the same on the next day (other timings, fewer days left), and differ between findings', async () => {
    const tomorrow = await run(new Date(Date.now() + 86_400_000))
    const second = parse(tomorrow)
    const prints = (l: SarifLog) =>
      l.runs[0].results.map(r => r.partialFingerprints[FINGERPRINT_KEY])
    expect(prints(second)).toEqual(prints(log))
    expect(new Set(prints(log)).size).toBe(prints(log).length)
    // The titles did change: the expiry finding counts one day less.
    const titles = (l: SarifLog) => l.runs[0].results.map(r => r.message.text)
    expect(titles(second)[1]).not.toBe(titles(log)[1])
    expect(titles(log)[1]).toMatch(/expires in \d+ days?/)
  })
})

describe('SARIF from hand-built findings', () => {
  const hostname: Finding = {
    check: 'hostname',
    code: 'hostname-other-host',
    status: 'fail',
    title: 'Certificate does not cover a.example',
    fix: { text: 'Reissue it.' }
  }

  test('findings without a place, and passes, are left out', () => {
    const fromUrls = handResult('wss://a.example/ws', [
      hostname,
      { check: 'tls', code: 'tls-ok', status: 'pass', title: 'TLSv1.3 handshake' }
    ])
    const fromFile = handResult(
      'wss://b.example/ws',
      [{ check: 'tls', code: 'tls-ok', status: 'pass', title: 'TLSv1.3 handshake' }],
      undefined,
      { file: 'ops/targets.txt', line: 3 }
    )
    const log = parse(handReport([fromUrls, fromFile]))
    expect(log).toBeValidSarifLog()
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].tool.driver.rules).toEqual([])
  })

  test('server text stays one line in the message; paths are URI references', () => {
    const hostile = handResult('wss://c.example/ws', [
      {
        ...hostname,
        title: 'Certificate for "x\u0000\n::error::forged\u202e"',
        location: { file: 'dir with space/ü.conf', line: 7, column: 3 }
      }
    ])
    const log = parse(handReport([hostile]))
    expect(log).toBeValidSarifLog()
    const result = log.runs[0].results[0]
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(result.message.text).not.toMatch(/[\u0000-\u001f\u202e]/)
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'dir%20with%20space/%C3%BC.conf'
    )
  })

  test('what changes from run to run is not part of the fingerprint; what names the problem is', () => {
    expect(normalizedTitle('Certificate expires in 9 days, on 2026-12-05')).toBe(
      normalizedTitle('Certificate expires in 8 days, on 2026-12-06')
    )
    expect(normalizedTitle('Ping round trip 12.5 ms')).toBe(
      normalizedTitle('Ping round trip 130 ms')
    )
    expect(normalizedTitle('Accepts legacy TLS 1.0')).not.toBe(
      normalizedTitle('Accepts legacy TLS 1.1')
    )
    expect(normalizedTitle('Upgrade refused with HTTP 403')).not.toBe(
      normalizedTitle('Upgrade refused with HTTP 404')
    )
    expect(fingerprint('expiry', 'wss://a/ws', 'Certificate expires in 9 days')).toBe(
      fingerprint('expiry', 'wss://a/ws', 'Certificate expires in 3 days')
    )
    expect(fingerprint('expiry', 'wss://a/ws', 'x')).not.toBe(
      fingerprint('expiry', 'wss://b/ws', 'x')
    )
    expect(fingerprint('expiry', 'wss://a/ws', 'x')).not.toBe(
      fingerprint('hostname', 'wss://a/ws', 'x')
    )
  })
})

describe('the CLI', () => {
  test('--sarif-report writes the file, its directory created, secrets masked', async () => {
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      const { code } = await cli([
        '--targets-file',
        'targets.txt',
        '--ca-file',
        lab.caFile,
        ...readFileSync(path.join(dir, 'targets.txt'), 'utf8')
          .match(/\w+\.sarif\.test:\d+/g)!
          .flatMap(hp => ['--resolve', `${hp}:127.0.0.1`]),
        '--sarif-report',
        'out/cli.sarif'
      ])
      expect(code).toBe(1)
    } finally {
      process.chdir(cwd)
    }
    const text = readFileSync(path.join(dir, 'out', 'cli.sarif'), 'utf8')
    expect(text).not.toContain('hunter2')
    const log = JSON.parse(text) as SarifLog
    expect(log).toBeValidSarifLog()
    expect(log.runs[0].results.map(r => r.ruleId)).toEqual(['hostname-other-host', 'expiry-soon'])
    expect(config.sarifReport).toBe(path.join(dir, 'out', 'wss.sarif'))
  })
})

describe('the action', () => {
  /** Runs the action with `inputs`; returns its outputs. */
  const action = async (inputs: Record<string, string>): Promise<Record<string, string>> =>
    (await runAction(dir, inputs)).outputs

  const inputs = (): Record<string, string> => ({
    'targets-file': 'targets.txt',
    'ca-file': lab.caFile,
    resolve: readFileSync(path.join(dir, 'targets.txt'), 'utf8')
      .match(/\w+\.sarif\.test:\d+/g)!
      .map(hp => `${hp}:127.0.0.1`)
      .join('\n')
  })

  test('sarif-report: the file is written in the workspace and its path is the sarif output', async () => {
    const outputs = await action({ ...inputs(), 'sarif-report': 'reports/action.sarif' })
    expect(outputs.sarif).toBe(path.join(dir, 'reports', 'action.sarif'))
    const log = JSON.parse(readFileSync(outputs.sarif, 'utf8')) as SarifLog
    expect(log).toBeValidSarifLog()
    expect(log.runs[0].results.map(r => r.ruleId)).toEqual(['hostname-other-host', 'expiry-soon'])
    expect(readFileSync(outputs.sarif, 'utf8')).not.toContain('hunter2')
  })

  test('no sarif-report: no sarif output', async () => {
    const outputs = await action(inputs())
    expect(outputs.result).toBe('fail')
    expect(outputs.sarif).toBeUndefined()
  })
})
