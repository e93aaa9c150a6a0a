// wss-doctor's verdict per client, checked against the real clients: every endpoint of
// fixtures/clients/endpoints.ts is diagnosed (the lab CA as ca-file), then opened by every real
// client on this machine (fixtures/clients/real-clients.ts: Node 20 and 24 with ws, Python
// websockets, Go crypto/tls, Java 17 HttpClient, curl, Chromium, Firefox ESR); a prediction
// that differs from the real client fails. A client not installed is skipped with the reason,
// except in CI (CI=true), where .ci/run installs them all and a missing one fails.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
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
