// A frame no client accepts fails the check, whatever the stage of the session at which the
// server sends it: right after the 101, with the pong, instead of the close frame, as the
// reply, or while the idle hold is silent. Each failure names the close code clients answer it
// with (1002, 1007, 1009) and the stage. A hand-written server sends each frame byte for byte.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLeaf } from '../src/demo/pki.js'
import type { Finding } from '../src/findings.js'
import {
  startFrameServer,
  VIOLATIONS,
  type FrameServer,
  type Stage,
  type Violation
} from './fixtures/frame-server.js'
import { check, createLab, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let leaf: { cert: string; key: string }
const servers: FrameServer[] = []

beforeAll(async () => {
  lab = await createLab()
  const issued = await createLeaf(lab.intermediate, {
    commonName: 'frames.lab.test',
    names: ['frames.lab.test']
  })
  leaf = { cert: issued.certPem + lab.intermediate.certPem, key: issued.keyPem }
})
afterAll(async () => {
  await Promise.all([lab.close(), ...servers.map(s => s.close())])
})

/** The check that judges each stage, the inputs it needs, and how its title names the stage. */
const STAGES: Record<
  Stage,
  { check: 'upgrade' | 'idle'; inputs: Record<string, string>; named: RegExp }
> = {
  'after the 101': { check: 'upgrade', inputs: {}, named: /right after the upgrade/ },
  'with the pong': {
    check: 'upgrade',
    inputs: {},
    named: /after the pong, while the connection was closing/
  },
  'on the close': {
    check: 'upgrade',
    inputs: {},
    named: /after the pong, while the connection was closing/
  },
  'as the reply': {
    check: 'upgrade',
    inputs: { message: 'hi', expect: '^never$' },
    named: /while waiting for the reply/
  },
  'during the idle hold': {
    check: 'idle',
    inputs: { 'idle-timeout': '100ms' },
    named: /while the connection was idle, [\d.]+ s into the hold/
  },
  'on the close of the idle hold': {
    check: 'idle',
    inputs: { 'idle-timeout': '100ms' },
    named: /after the idle hold, while the connection was closing/
  }
}

const NAMES: Record<number, RegExp> = {
  1002: /^Protocol error 1002: the server sent a frame clients refuse /,
  1007: /^Invalid frame data 1007: the server sent a frame clients refuse /,
  1009: /^Message too big 1009: the server sent a frame over the 1 MiB limit /
}

async function judged(violation: Violation, stage: Stage): Promise<Finding | undefined> {
  const server = await startFrameServer(leaf, violation, stage)
  servers.push(server)
  const result = await check(`wss://frames.lab.test:${server.port}/ws`, {
    'ca-file': lab.caFile,
    'timeout-ms': '3000',
    ...STAGES[stage].inputs
  })
  return result.findings.find(f => f.check === STAGES[stage].check)
}

describe.each(Object.keys(STAGES) as Stage[])('a refused frame %s', stage => {
  test.each(Object.keys(VIOLATIONS) as Violation[])(
    '%s: a failure with its close code, naming the stage',
    async violation => {
      const found = await judged(violation, stage)
      const code = VIOLATIONS[violation]
      expect({ status: found?.status, title: found?.title }).toEqual({
        status: 'fail',
        title: expect.stringMatching(NAMES[code])
      })
      expect(found?.title).toMatch(STAGES[stage].named)
    }
  )
})
