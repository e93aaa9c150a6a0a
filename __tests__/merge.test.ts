// Sharded runs merged: each shard of a list of real loopback endpoints (healthy and broken) is
// run and written as a JSON report; merging the reports renders exactly what one run over the
// whole list renders. Merging refuses another report version, a target twice, a shard missing.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, parseConfig, type RawInputs } from '../src/config.js'
import { startFleet, type Fleet } from '../src/demo/fleet.js'
import { diagnose } from '../src/doctor.js'
import type { Report } from '../src/results.js'
import { mergeReports, type ReportFile } from '../src/merge.js'
import { renderAnnotations } from '../src/report/annotations.js'
import { renderJson } from '../src/report/json.js'
import { renderSummary } from '../src/report/summary.js'
import { renderTerminal } from '../src/report/terminal.js'
import { runAction } from './fixtures/action.js'
import { cli } from './fixtures/cli.js'
import { tempDir } from './fixtures/temp-dir.js'

const SHARDS = 3
const dir = tempDir('merge')
const now = new Date()
let fleet: Fleet
let endpoints: string[]
let inputs: RawInputs
let whole: Report
let shards: ReportFile[]

beforeAll(async () => {
  fleet = await startFleet()
  writeFileSync(path.join(dir, 'ca.pem'), fleet.caPem)
  // A targets file, so that annotations carry lines; a malformed line is a target too. Not the
  // mutual-TLS endpoint: whether its refusal comes during or after the handshake varies.
  endpoints = fleet.endpoints.map(e => e.url).filter(url => !url.includes('//mtls.'))
  writeFileSync(path.join(dir, 'targets.txt'), `# the fleet\n${endpoints.join('\n')}\n%%%\n`)
  inputs = {
    'targets-file': 'targets.txt',
    'ca-file': 'ca.pem',
    resolve: fleet.resolve.join('\n'),
    'timeout-ms': '5000',
    // Short holds: idle findings (the fleet's idle-cut endpoint fails) merge like the others.
    'idle-timeout': '1s'
  }
  whole = await diagnose(parseConfig(inputs, dir), now)
  shards = []
  for (let i = 1; i <= SHARDS; i++) {
    const config = parseConfig({ ...inputs, shard: `${i}/${SHARDS}` }, dir)
    const report = await diagnose(config, now)
    const file = path.join(dir, `report-${i}.json`)
    writeFileSync(file, renderJson(report, undefined, config.shard))
    shards.push({ file, text: readFileSync(file, 'utf8') })
  }
}, 60_000)

afterAll(async () => {
  await fleet.close()
})

/** Timings differ from run to run (handshake, ping): the only thing normalised away. */
const untimed = (text: string): string => text.replace(/\d+(\\?\.\d+)? ?ms\b/g, 'N ms')

describe('merging the shards of a run', () => {
  test('renders the same terminal text, summary and annotations as one run over the whole list', () => {
    const merged = mergeReports(shards)
    // Healthy and broken endpoints alike, each in exactly one shard.
    expect(whole.results.length).toBe(endpoints.length + 1)
    expect(whole.counts.pass).toBeGreaterThan(0)
    expect(whole.counts.fail).toBeGreaterThan(3)
    const perShard = shards.map(s => (JSON.parse(s.text) as { targets: unknown[] }).targets.length)
    expect(perShard.reduce((a, b) => a + b)).toBe(whole.results.length)
    expect(perShard.filter(n => n > 0).length).toBeGreaterThan(1)

    expect(merged.result).toBe(whole.result)
    expect(merged.counts).toEqual(whole.counts)
    expect(merged.earliestExpiry).toEqual(whole.earliestExpiry)
    expect(untimed(renderTerminal(merged, { color: false }))).toBe(
      untimed(renderTerminal(whole, { color: false }))
    )
    expect(untimed(renderSummary(merged))).toBe(untimed(renderSummary(whole)))
    const caps = { error: 1000, warning: 1000, notice: 1000 }
    expect(JSON.parse(untimed(JSON.stringify(renderAnnotations(merged, caps))))).toEqual(
      JSON.parse(untimed(JSON.stringify(renderAnnotations(whole, caps))))
    )
  })

  test('the order of the report files does not matter', () => {
    const a = renderTerminal(mergeReports(shards), { color: false })
    const b = renderTerminal(mergeReports([...shards].reverse()), { color: false })
    expect(b).toBe(a)
  })

  test('refuses another report version, naming the file', () => {
    const old = { ...shards[0], text: shards[0].text.replace('"version": 4', '"version": 2') }
    expect(() => mergeReports([old, ...shards.slice(1)])).toThrow(ConfigError)
    expect(() => mergeReports([old, ...shards.slice(1)])).toThrow(
      /report-1\.json is version 2 of the JSON report, this wss-doctor merges version 4/
    )
  })

  test('refuses a shard given twice, a shard missing, and a target in two reports', () => {
    expect(() => mergeReports([...shards, shards[1]])).toThrow(/shard 2\/3 is there twice/)
    expect(() => mergeReports(shards.slice(0, 2))).toThrow(/shard 3\/3 missing/)
    const unsharded = renderJson(whole)
    const single = { file: 'whole.json', text: unsharded }
    expect(() => mergeReports([single, { ...single, file: 'again.json' }])).toThrow(
      /the target ".+" is in whole\.json and in again\.json/
    )
    expect(() => mergeReports([single, ...shards])).toThrow(/whole\.json is not a shard's report/)
  })

  test('refuses what is not a report', () => {
    expect(() => mergeReports([{ file: 'x.json', text: 'not json' }])).toThrow(
      /x\.json is not a wss-doctor JSON report/
    )
    const noStatus = JSON.stringify({
      version: 4,
      tool: 'wss-doctor',
      generatedAt: now.toISOString(),
      targets: [{ label: 'a', status: 'broken', findings: [] }]
    })
    expect(() => mergeReports([{ file: 'y.json', text: noStatus }])).toThrow(
      /y\.json .*target 1: no valid "status"/
    )
  })
})

describe('wss-doctor merge (CLI)', () => {
  test('prints the merged report and exits with the merged verdict', async () => {
    const result = await cli(['merge', ...shards.map(s => s.file)])
    expect(result.code).toBe(1)
    expect(untimed(result.stdout)).toBe(untimed(renderTerminal(whole, { color: false })))
  })

  test('globs are read too; a missing shard is a usage error', async () => {
    const all = await cli(['merge', '--fail-on', 'never', path.join(dir, 'report-*.json')])
    expect(all.code).toBe(0)
    const partial = await cli(['merge', path.join(dir, 'report-1.json')])
    expect(partial.code).toBe(2)
    expect(partial.stderr).toMatch(/shards 2\/3, 3\/3 missing/)
    expect((await cli(['merge'])).code).toBe(2)
  })
})

describe('the action with merge-reports', () => {
  test('probes nothing and writes one summary, the outputs and the exit code from the merged reports', async () => {
    const action = await runAction(dir, {
      'merge-reports': 'report-*.json',
      'json-report': 'merged.json'
    })
    expect(action.exitCode).toBe(1)
    expect(untimed(action.summary)).toBe(untimed(renderSummary(whole)))
    expect(action.outputs.failed).toBe(String(whole.counts.fail))
    expect(action.outputs.passed).toBe(String(whole.counts.pass))
    // The merged report is itself a whole report: no shard, every target.
    const merged = JSON.parse(readFileSync(path.join(dir, 'merged.json'), 'utf8')) as {
      shard?: unknown
      targets: unknown[]
    }
    expect(merged.shard).toBeUndefined()
    expect(merged.targets).toHaveLength(whole.results.length)
  })

  test('merge-reports together with urls is an input error', () => {
    expect(() => parseConfig({ urls: 'wss://a.example/', 'merge-reports': 'r.json' }, dir)).toThrow(
      /merge-reports.+probes nothing/
    )
  })
})
