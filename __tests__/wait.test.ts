// `wait` on real loopback servers: an endpoint whose certificate is swapped mid-run (as a
// deploy reloads it) passes on a later attempt; one that keeps its bad certificate fails after
// the wait with every attempt listed; without a wait there is one attempt.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import { ConfigError, parseConfig, type RawInputs } from '../src/config.js'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import type { Finding } from '../src/findings.js'
import { diagnoseAndWait, type Backoff } from '../src/wait.js'
import { cli } from './fixtures/cli.js'
import { createLab, type Lab } from './fixtures/tls-lab.js'

/** Short delays, so that a test takes seconds; the sequence is the real one, scaled. */
const FAST: Backoff = { firstMs: 200, maxMs: 800 }
const HOST = 'deploy.wss-doctor.test'

interface SwappableServer {
  port: number
  url: string
  /** Serves `leaf` from the next handshake on, as a server reloading its certificate does. */
  swap(leaf: Issued): void
  /** TLS connections accepted so far. */
  connections(): number
  close(): Promise<void>
}

let lab: Lab
let good: Issued
let wrongHost: Issued
let expired: Issued
const servers: SwappableServer[] = []

beforeAll(async () => {
  lab = await createLab()
  good = await createLeaf(lab.intermediate, { commonName: HOST, names: [HOST] })
  wrongHost = await createLeaf(lab.intermediate, {
    commonName: 'other.wss-doctor.test',
    names: ['other.wss-doctor.test']
  })
  expired = await createLeaf(lab.intermediate, {
    commonName: HOST,
    names: [HOST],
    validFromDays: -100,
    validToDays: -10
  })
})

afterAll(async () => {
  await Promise.all(servers.map(s => s.close()))
  await lab.close()
})

async function serve(leaf: Issued): Promise<SwappableServer> {
  const context = (cert: Issued): { cert: string; key: string } => ({
    cert: cert.certPem + lab.intermediate.certPem,
    key: cert.keyPem
  })
  const server = https.createServer(context(leaf))
  const wss = new WebSocketServer({ server })
  wss.on('connection', socket => socket.on('message', data => socket.send(data)))
  server.on('request', (_req, res) => res.writeHead(426).end())
  let connections = 0
  server.on('secureConnection', () => connections++)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const running: SwappableServer = {
    port,
    url: `wss://${HOST}:${port}/ws`,
    swap: next => server.setSecureContext(context(next)),
    connections: () => connections,
    close: () =>
      new Promise<void>(done => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.closeAllConnections()
        server.close(() => done())
      })
  }
  servers.push(running)
  return running
}

function config(targets: SwappableServer[], inputs: RawInputs = {}) {
  return parseConfig(
    {
      urls: targets.map(t => t.url).join('\n'),
      resolve: targets.map(t => `${HOST}:${t.port}:127.0.0.1`).join('\n'),
      'ca-file': lab.caFile,
      revocation: 'off',
      'timeout-ms': '5000',
      'idle-timeout': '0',
      ...inputs
    },
    process.cwd()
  )
}

/** The finding the wait adds to a retried target. */
function waitFinding(findings: Finding[]): Finding {
  const found = findings.find(f => f.check === 'input')
  if (!found) throw new Error(`no wait finding in ${findings.map(f => f.check).join(', ')}`)
  return found
}

/** Node spells serials in upper-case hex, @peculiar/x509 in lower case. */
const serial = (cert: Issued): string => cert.certificate.serialNumber.toUpperCase()

describe('wait', () => {
  test('a certificate swapped during the wait: the target passes on a later attempt, and the report says which and what changed', async () => {
    const server = await serve(wrongHost)
    const attempts: number[] = []
    const nexts: (Date | undefined)[] = []
    const report = await diagnoseAndWait(config([server], { wait: '10s' }), {
      backoff: FAST,
      onAttempt: (attempt, _failing, next) => {
        attempts.push(attempt)
        nexts.push(next)
        // The deploy lands a while after the first attempt saw the old certificate.
        if (attempt === 1) setTimeout(() => server.swap(good), 1_500)
      }
    })
    const [result] = report.results
    expect(result.status).toBe('pass')
    expect(report.result).toBe('pass')
    expect(report.counts).toEqual({ pass: 1, warn: 0, fail: 0 })
    const wait = waitFinding(result.findings)
    expect(wait.status).toBe('pass')
    const passedOn = Number(
      /^Passed on attempt (\d+), \d+ s after the first \(wait 10s\)/.exec(wait.title)?.[1]
    )
    expect(passedOn).toBeGreaterThan(1)
    expect(passedOn).toBe(attempts[attempts.length - 1])
    expect(wait.title).toContain(`now serving a new certificate (serial ${serial(good)}, expires `)
    // One line per attempt: the first failed on the host name with the old certificate.
    expect(wait.details).toHaveLength(passedOn)
    expect(wait.details![0]).toMatch(/^Attempt 1 at 0 s: failed \(hostname\); certificate serial /)
    expect(wait.details![0]).toContain(serial(wrongHost))
    expect(wait.details![passedOn - 1]).toMatch(
      new RegExp(`^Attempt ${passedOn} at \\d+ s: passed; certificate serial ${serial(good)}`)
    )
    // The result is the last attempt's: the new certificate's facts, no hostname failure.
    expect(result.facts.handshake?.chain[0].serialNumber).toBe(serial(good))
    expect(result.findings.find(f => f.check === 'hostname')?.status).toBe('pass')
    expect(report.earliestExpiry?.validTo).toBe(result.facts.handshake?.chain[0].validTo)
    // For the summary: every attempt, what the earlier ones failed; for the log: when the next
    // attempt starts, after every round that leaves the target failing.
    expect(result.wait?.attempts.map(a => a.number)).toEqual(attempts)
    expect(result.wait?.attempts[0].failed[0]).toMatch(/^hostname: /)
    expect(result.wait?.planned).toBeGreaterThanOrEqual(passedOn)
    expect(nexts.slice(0, -1).every(next => next instanceof Date)).toBe(true)
    expect(nexts.at(-1)).toBeUndefined()
  })

  test('a target that never recovers fails after the wait, with every attempt and the unchanged certificate named', async () => {
    const server = await serve(expired)
    const attempts: number[] = []
    const report = await diagnoseAndWait(config([server], { wait: '3s' }), {
      backoff: FAST,
      onAttempt: attempt => attempts.push(attempt)
    })
    const [result] = report.results
    expect(result.status).toBe('fail')
    expect(report.counts.fail).toBe(1)
    expect(attempts.length).toBeGreaterThan(1)
    const wait = waitFinding(result.findings)
    expect(wait.status).toBe('fail')
    expect(wait.title).toMatch(
      new RegExp(
        `^Still failing after ${attempts.length} attempts, the last \\d+ s after the first \\(wait 3s\\): `
      )
    )
    const expires = result.facts.handshake!.chain[0].validTo.slice(0, 10)
    expect(wait.title).toContain(
      `still serving the old certificate (serial ${serial(expired)}, expires ${expires}): the deploy has not reached this endpoint yet`
    )
    expect(wait.fix?.text).toMatch(/raise the wait input/)
    expect(wait.details).toHaveLength(attempts.length)
    expect(wait.details![0]).toMatch(
      /^Attempt 1 at 0 s: failed \(.*expiry.*\); certificate serial /
    )
    for (const [i, line] of wait.details!.slice(1).entries())
      expect(line).toMatch(
        new RegExp(`^Attempt ${i + 2} at \\d+ s: failed \\(.*expiry.*\\); the same certificate$`)
      )
    // The original failure is still there, after the wait's verdict.
    expect(result.findings[0]).toBe(wait)
    expect(result.findings.find(f => f.check === 'expiry')?.status).toBe('fail')
  })

  test('only the failing targets are probed again, and the report keeps the targets in order', async () => {
    const healthy = await serve(good)
    const broken = await serve(wrongHost)
    let healthyAfterFirst = -1
    const report = await diagnoseAndWait(config([healthy, broken], { wait: '1s' }), {
      backoff: FAST,
      onAttempt: attempt => {
        if (attempt === 1) healthyAfterFirst = healthy.connections()
      }
    })
    expect(healthyAfterFirst).toBeGreaterThan(0)
    expect(healthy.connections()).toBe(healthyAfterFirst)
    expect(report.results.map(r => r.target.label)).toEqual([healthy.url, broken.url])
    expect(report.results.map(r => r.status)).toEqual(['pass', 'fail'])
    expect(report.results[0].findings.some(f => f.check === 'input')).toBe(false)
    expect(waitFinding(report.results[1].findings).title).toContain(
      'still serving the old certificate'
    )
    expect(report.counts).toEqual({ pass: 1, warn: 0, fail: 1 })
  })

  test('without a wait there is one attempt and no wait finding', async () => {
    const server = await serve(wrongHost)
    for (const wait of ['', '0']) {
      const attempts: number[] = []
      const report = await diagnoseAndWait(config([server], { wait }), {
        backoff: FAST,
        onAttempt: attempt => attempts.push(attempt)
      })
      expect(attempts).toEqual([1])
      expect(report.results[0].status).toBe('fail')
      expect(report.results[0].findings.some(f => f.check === 'input')).toBe(false)
    }
  })
})

describe('the wait input', () => {
  const parse = (inputs: RawInputs) =>
    parseConfig({ urls: 'wss://a.example/ws', ...inputs }, process.cwd())

  test('is a duration like deadline; empty or 0 is no wait', () => {
    expect(parse({}).waitMs).toBe(0)
    expect(parse({ wait: '0' }).waitMs).toBe(0)
    expect(parse({ wait: '90s' }).waitMs).toBe(90_000)
    expect(parse({ wait: '5m' }).waitMs).toBe(300_000)
    expect(parse({ wait: '45' }).waitMs).toBe(45_000)
    expect(() => parse({ wait: 'soon' })).toThrow(ConfigError)
    expect(() => parse({ wait: '-5s' })).toThrow(/wait must be a duration/)
  })

  test('must end before the deadline', () => {
    expect(parse({ wait: '9m' }).waitMs).toBe(540_000)
    expect(() => parse({ wait: '10m' })).toThrow(
      /wait \(10m\) must be shorter than deadline \(10m\)/
    )
    expect(() => parse({ wait: '2m', deadline: '90s' })).toThrow(ConfigError)
    expect(parse({ wait: '2m', deadline: '1h' }).waitMs).toBe(120_000)
  })

  test('is a CLI flag', async () => {
    const { code, stderr } = await cli(['--wait', 'soon', 'wss://a.example/ws'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/wait must be a duration/)
  })
})
