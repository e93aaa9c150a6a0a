// A target's verdict must not depend on where it stands in the list: the demo fleet (every kind
// of endpoint wss-doctor tells apart) is checked in several orders, one target at a time and
// several at once, and every target must get the verdict it gets when checked alone.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseConfig } from '../src/config.js'
import { startFleet, type Fleet } from '../src/demo/fleet.js'
import { diagnose } from '../src/doctor.js'
import type { Report } from '../src/results.js'
import { tempDir } from './fixtures/temp-dir.js'

let fleet: Fleet
let dir: string

beforeAll(async () => {
  fleet = await startFleet()
  dir = tempDir('order')
  writeFileSync(path.join(dir, 'ca.pem'), fleet.caPem)
}, 60_000)

afterAll(async () => {
  await fleet.close()
})

/** A small seeded generator (mulberry32): the same seed, the same order, on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(items: T[], seed: number): T[] {
  const next = random(seed)
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

async function run(urls: string[], concurrency?: number): Promise<Report> {
  const config = parseConfig(
    {
      urls: urls.join('\n'),
      'ca-file': 'ca.pem',
      resolve: fleet.resolve.join('\n'),
      // Short, so that a verdict that waits for a timeout shows quickly.
      'timeout-ms': '3000',
      'idle-timeout': '0',
      ...(concurrency !== undefined ? { concurrency: String(concurrency) } : {})
    },
    dir
  )
  return diagnose(config)
}

/** Each target's verdict per check: the status, and the title with its numbers masked (a
 * round trip or a port differs from run to run; what the title says does not). */
function verdicts(report: Report): Record<string, Record<string, string>> {
  return Object.fromEntries(
    report.results.map(r => [
      r.target.label,
      Object.fromEntries(
        r.findings.map(f => [f.check, `${f.status}: ${f.title.replace(/\d+(\.\d+)?/g, '#')}`])
      )
    ])
  )
}

const SEEDS = [1, 2, 3]

test('every target of the demo fleet gets the verdicts it gets alone, in every order', async () => {
  const urls = fleet.endpoints.map(e => e.url)
  const orders = [urls, [...urls].reverse(), ...SEEDS.map(seed => shuffled(urls, seed))]
  const reference: Record<string, Record<string, string>> = {}
  for (const url of urls) Object.assign(reference, verdicts(await run([url])))
  for (const order of orders) {
    for (const concurrency of [1, undefined]) {
      const got = verdicts(await run(order, concurrency))
      for (const url of urls) {
        expect({ url, order: order.indexOf(url), concurrency, verdicts: got[url] }).toEqual({
          url,
          order: order.indexOf(url),
          concurrency,
          verdicts: reference[url]
        })
      }
    }
  }
}, 180_000)

test('the mutual-TLS endpoint is judged on its client certificate after any other endpoint', async () => {
  const mtls = fleet.endpoints.find(e => e.url.includes('//mtls.'))!.url
  for (const before of fleet.endpoints.filter(e => e.url !== mtls)) {
    const report = await run([before.url, mtls], 1)
    const upgrade = report.results[1].findings.find(f => f.check === 'upgrade')
    expect({ before: before.url, upgrade: upgrade?.title }).toEqual({
      before: before.url,
      upgrade: 'The endpoint requires a client certificate (mutual TLS); none was presented'
    })
  }
}, 120_000)
