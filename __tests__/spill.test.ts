// A spilled result reads back as it was made, each of many, and leaves no file behind.
import { expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import os from 'node:os'
import type { TargetResult } from '../src/results.js'
import { spilled } from '../src/spill.js'

const result = (i: number): TargetResult => ({
  target: { label: `wss://h${i}.example/ws` },
  status: i % 3 === 0 ? 'fail' : 'pass',
  findings: [
    {
      check: 'trust',
      code: 'trust-ok',
      status: 'pass',
      title: `Trusted chain ${i} ✓ "quoted"\nnext line`
    },
    {
      check: 'expiry',
      code: i % 3 === 0 ? 'expiry-expired' : 'expiry-ok',
      status: i % 3 === 0 ? 'fail' : 'pass',
      title: 'x'.repeat(i)
    }
  ],
  facts: { versions: undefined, upgrade: { status: 101, roundTripMs: i / 7 } },
  // Half with client verdicts, half without (a ws:// target has none).
  ...(i % 2 === 0
    ? { clients: { go: { connects: i % 3 !== 0, why: `TLSv1.3 for ${i}`, checks: ['expiry'] } } }
    : {})
})

test('findings and facts come back from the file, in any order of reading', () => {
  const made = Array.from({ length: 300 }, (_, i) => result(i))
  const kept = made.map(spilled)
  for (const i of [299, 0, 150, 150, 7, 8]) {
    expect(kept[i].facts).toEqual(made[i].facts)
    expect(kept[i].findings).toEqual(made[i].findings)
    expect(kept[i].status).toBe(made[i].status)
    expect(kept[i].clients).toEqual(made[i].clients)
    expect('clients' in kept[i]).toBe('clients' in made[i])
    expect({ ...kept[i] }).toEqual(made[i])
  }
  expect(JSON.stringify(kept)).toBe(JSON.stringify(made))
})

test('the file is gone from the temporary folder while it is in use', () => {
  spilled(result(1))
  expect(readdirSync(os.tmpdir()).filter(name => name.startsWith('wss-doctor-results-'))).toEqual(
    []
  )
})
