// wss-doctor's verdict per client, checked against the real clients: every endpoint of
// fixtures/clients/endpoints.ts is diagnosed (the lab CA as ca-file), then opened by every real
// client on this machine (fixtures/clients/real-clients.ts: Node 20 and 24 with ws, Python
// websockets, Go crypto/tls, Java 17 HttpClient, curl, Chromium, Firefox ESR); a prediction
// that differs from the real client fails. A client not installed is skipped with the reason,
// except in CI (CI=true), where .ci/run installs them all and a missing one fails.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { PROFILES, type ClientId } from '../src/clients/index.js'
import { renderSummary } from '../src/report/summary.js'
import type { TargetResult } from '../src/results.js'
import { check } from './fixtures/tls-lab.js'
import {
  DOMAIN,
  ENDPOINT_IDS,
  startEndpoints,
  type EndpointSet
} from './fixtures/clients/endpoints.js'
import {
  startRealClients,
  type RealClients,
  type Verdict
} from './fixtures/clients/real-clients.js'

const SETUP_TIMEOUT_MS = 300_000
/** wss-doctor's run plus every client's connect (10 s at most each), one after the other. */
const ENDPOINT_TIMEOUT_MS = 180_000

let endpoints: EndpointSet
let clients: RealClients
/** endpoint id → client id → what the real client did. */
const matrix = new Map<string, Map<string, Verdict>>()

beforeAll(async () => {
  endpoints = await startEndpoints()
  clients = await startRealClients({
    caFile: endpoints.caFile,
    hosts: endpoints.endpoints.map(e => new URL(e.url).hostname),
    domain: DOMAIN
  })
  console.log(
    `real clients:\n${clients.available.map(c => `  ${c.id}: ${c.version}`).join('\n')}` +
      (clients.missing.length
        ? `\nSKIPPED (not runnable here):\n${clients.missing.map(m => `  ${m.id}: ${m.reason}`).join('\n')}`
        : '')
  )
}, SETUP_TIMEOUT_MS)

afterAll(async () => {
  console.log(matrixTable())
  await clients?.close()
  await endpoints?.close()
}, SETUP_TIMEOUT_MS)

test('every real client runs here (in CI: .ci/run installs them)', () => {
  if (process.env.CI === 'true') expect(clients.missing).toEqual([])
  expect(clients.available.length).toBeGreaterThan(0)
})

test(
  'each driver tells an open socket from a refused one (healthy opens, self-signed does not)',
  async () => {
    const url = (id: string) => endpoints.endpoints.find(e => e.id === id)!.url
    const wrong: string[] = []
    for (const client of clients.available) {
      const healthy = await client.connect(url('healthy'))
      const selfSigned = await client.connect(url('self-signed'))
      if (!healthy.connects) wrong.push(`${client.id} does not open healthy: ${healthy.why}`)
      if (selfSigned.connects) wrong.push(`${client.id} opens self-signed`)
    }
    expect(wrong).toEqual([])
  },
  ENDPOINT_TIMEOUT_MS
)

describe.each(ENDPOINT_IDS.map(id => [id]))('endpoint %s', id => {
  test(
    "wss-doctor's verdict for each client is what the real client does",
    async () => {
      const endpoint = endpoints.endpoints.find(e => e.id === id)!
      const result = await check(endpoint.url, { 'ca-file': endpoints.caFile })
      const predicted = result.clients ?? {}
      const row = new Map<string, Verdict>()
      matrix.set(id, row)
      const differences: string[] = []
      for (const client of clients.available) {
        const real = await client.connect(endpoint.url)
        row.set(client.id, real)
        const prediction = predicted[client.id]
        if (!prediction) differences.push(`${id} (${endpoint.about}), ${client.id}: no prediction`)
        else if (prediction.connects !== real.connects)
          differences.push(
            `${id} (${endpoint.about}), ${client.id}: predicted ${word(prediction)} (${prediction.why}), ` +
              `real ${client.version} ${word(real)} (${real.why.split('\n')[0]})`
          )
      }
      expect(differences).toEqual([])
    },
    ENDPOINT_TIMEOUT_MS
  )
})

/** The clients measured here (real-clients.ts), whether or not they run on this machine. */
const MEASURED: ClientId[] = [
  'node20',
  'node24',
  'python',
  'go',
  'java17',
  'curl',
  'chrome',
  'firefox'
]

describe('why each client breaks, whichever clients run here', () => {
  const run = (id: string): Promise<TargetResult> =>
    check(endpoints.endpoints.find(e => e.id === id)!.url, { 'ca-file': endpoints.caFile })
  const refusing = (result: TargetResult): ClientId[] =>
    MEASURED.filter(id => result.clients![id]!.connects === false)

  test(
    'a stapled "revoked": Chromium and Firefox honour it, the others connect; the summary says so in one line',
    async () => {
      const result = await run('revoked-stapled')
      expect(refusing(result)).toEqual(['chrome', 'firefox'])
      expect(result.clients!.chrome).toMatchObject({ checks: ['revocation'] })
      expect(result.clients!.chrome!.why).toMatch(/revoked, and it honours the stapled OCSP answer/)
      // The Markdown summary carries the per-client line (escaped, as all server-derived text).
      const summary = renderSummary({
        generatedAt: new Date(),
        result: result.status,
        counts: { pass: 0, warn: 0, fail: 0, [result.status]: 1 },
        results: [result]
      })
      const line = summary
        .split('\n')
        .map(l => l.replace(/\\(.)/g, '$1').replace(/\u2060/g, ''))
        .find(l => l.startsWith('Breaks: '))
      expect(line).toBeDefined()
      const [broken, connect] = line!.split(' · ')
      for (const id of MEASURED)
        expect(result.clients![id]!.connects ? connect : broken).toContain(PROFILES[id].name)
    },
    ENDPOINT_TIMEOUT_MS
  )

  test('a missing intermediate: of the clients measured, Chromium alone fetches it (AIA)', async () => {
    const result = await run('no-intermediate')
    expect(MEASURED.filter(id => result.clients![id]!.connects)).toEqual(['chrome'])
    expect(result.clients!.go!.why).toMatch(/is not sent, and it does not fetch it \(AIA\)/)
  })

  test(
    'each refusal fixed in issue 20 is refused for its reason',
    async () => {
      const sha1 = await run('sha1-leaf')
      expect(refusing(sha1)).toEqual(MEASURED.filter(id => id !== 'java17'))
      expect(sha1.clients!.node20!.why).toMatch(/SHA-1 signature in the chain/)
      const big = await run('sans-10000')
      expect(big.clients!.firefox!.why).toMatch(
        new RegExp(`certificate message of \\d+ bytes.*reads at most ${0x1ffff}`)
      )
      // Between OpenSSL's 100 KiB and NSS's 128 KiB, each certificate under mozilla::pkix's
      // 64 KiB: Firefox alone reads it; one certificate of 115 kB it refuses.
      const between = await run('chain-110k')
      expect(MEASURED.filter(id => between.clients![id]!.connects)).toEqual(['firefox'])
      const pss = await run('rsa-pss')
      expect(refusing(pss)).toEqual(['go', 'chrome', 'firefox'])
      for (const id of ['go', 'chrome', 'firefox'] as const)
        expect(pss.clients![id]!.why).toMatch(
          /RSA-PSS \(id-RSASSA-PSS\) key signs with no signature scheme/
        )
      const p521 = await run('ecdsa-p521')
      expect(refusing(p521)).toEqual(['chrome'])
      expect(p521.clients!.chrome!.why).toMatch(/ECDSA P-521 key signs with no signature scheme/)
    },
    ENDPOINT_TIMEOUT_MS
  )
})

function word(verdict: Verdict): string {
  return verdict.connects ? 'connects' : 'refuses'
}

/** What the real clients did, endpoints × clients, for the log. */
function matrixTable(): string {
  const ids = clients?.available.map(c => c.id) ?? []
  const width = Math.max(...ENDPOINT_IDS.map(id => id.length))
  const lines = [`${''.padEnd(width)}  ${ids.map(id => id.padEnd(7)).join(' ')}`]
  for (const [id, row] of matrix)
    lines.push(
      `${id.padEnd(width)}  ${ids.map(c => (row.get(c)?.connects ? 'yes' : 'no').padEnd(7)).join(' ')}`
    )
  return `real clients (yes: the WebSocket opened):\n${lines.join('\n')}`
}
