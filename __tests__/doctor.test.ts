// A big target list: every entry gets its own finding, naming it, and the run stays bounded;
// the run's deadline; the backstop for an exception no guard caught.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import { parseConfig } from '../src/config.js'
import { diagnose } from '../src/doctor.js'
import { createSelfSignedLeaf } from '../src/demo/pki.js'
import type { Finding } from '../src/findings.js'
import { inScope } from '../src/isolation.js'
import { handshake } from '../src/probes/handshake.js'
import { hello } from '../src/probes/hello.js'
import { http2AllowsWebSockets } from '../src/probes/http2-settings.js'
import type { Probe } from '../src/probes/probe.js'
import { webSocketSession } from '../src/probes/websocket.js'
import { fetchBytes } from '../src/revocation/fetch.js'
import type { Endpoint } from '../src/target.js'
import { startRawServer, startSilentServer, type RawServer } from './fixtures/hostile.js'
import { tempDir } from './fixtures/temp-dir.js'

async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

test('500 refused targets, garbage lines and an over-limit tail each get a finding that names them', async () => {
  const port = await closedPort()
  const urls = [
    ...Array.from({ length: 500 }, (_, i) => `wss://127.0.0.1:${port}/ws/${i}`),
    'wss://',
    '%%%',
    ...Array.from({ length: 20 }, (_, i) => `wss://127.0.0.1:${port}/tail/${i}`)
  ]
  const config = parseConfig(
    { urls: urls.join('\n'), 'max-targets': '502', concurrency: '64', 'timeout-ms': '2000' },
    process.cwd()
  )
  const report = await diagnose(config)
  expect(report.results).toHaveLength(503)
  expect(report.counts).toEqual({ pass: 0, warn: 0, fail: 503 })
  report.results.slice(0, 500).forEach((r, i) => {
    expect(r.target.label).toBe(`wss://127.0.0.1:${port}/ws/${i}`)
    expect(r.findings.find(f => f.check === 'tls')).toMatchObject({
      status: 'fail',
      title: `Connection refused by 127.0.0.1 port ${port}`
    })
  })
  expect(report.results[500].findings[0]).toMatchObject({
    check: 'input',
    title: expect.stringMatching(/^Malformed URL "wss:\/\/"/)
  })
  expect(report.results[501].findings[0]).toMatchObject({
    check: 'input',
    title: expect.stringMatching(/^Malformed URL "%%%"/)
  })
  expect(report.results[502]).toMatchObject({
    target: { label: '20 more targets' },
    findings: [{ check: 'input', status: 'fail' }]
  })
})

describe('the run deadline', () => {
  let silent: RawServer
  beforeAll(async () => {
    silent = await startSilentServer()
  })
  afterAll(() => silent.close())

  test('a server that accepts TCP and never answers: cut off at the deadline, the rest not checked, its sockets closed', async () => {
    const port = await closedPort()
    const urls = [
      `wss://127.0.0.1:${silent.port}/silent`,
      `wss://127.0.0.1:${port}/refused`,
      `wss://127.0.0.1:${silent.port}/later`
    ]
    const config = parseConfig(
      { urls: urls.join('\n'), 'timeout-ms': '120000', deadline: '1s', concurrency: '1' },
      process.cwd()
    )
    const report = await diagnose(config)
    expect(report.results.map(r => r.target.label)).toEqual(urls)
    expect(report.results[0].findings).toEqual([
      expect.objectContaining({ check: 'scheme', status: 'pass' }),
      expect.objectContaining({
        check: 'tls',
        status: 'fail',
        title: 'Not finished within the deadline (1s): the tls check was still waiting'
      })
    ])
    for (const r of report.results.slice(1)) {
      expect(r.findings).toEqual([
        expect.objectContaining({
          check: 'input',
          status: 'fail',
          title: "Not checked: the run reached its deadline (1s) before this target's turn"
        })
      ])
    }
    expect(report.counts).toEqual({ pass: 0, warn: 0, fail: 3 })
    // The deadline destroyed the handshake's socket: the server sees the connection close
    // (with timeout-ms at 120 s, nothing else would close it before the test times out).
    await until(() => silent.open.size === 0)
  })
})

describe('the backstop for a callback that throws outside any guard', () => {
  /** Connects to `port` and throws from the socket's data listener: the probe's promise never
   * settles, only the backstop can end it. */
  const throwingProbe: Probe = {
    check: 'tls',
    applies: () => true,
    run: ctx =>
      new Promise<Finding[]>(() => {
        const socket = net.connect(ctx.target.endpoint!.port, '127.0.0.1')
        socket.on('data', (chunk: Buffer) => {
          socket.destroy()
          throw new RangeError(`unguarded parser choked on ${chunk.length} bytes`)
        })
      })
  }
  const laterProbe: Probe = {
    check: 'upgrade',
    applies: () => true,
    run: () => [{ check: 'upgrade', code: 'upgrade-ok', status: 'pass', title: 'ran after the failed probe' }]
  }

  test('fails that probe of that target with an internal error; the run and the other targets go on', async () => {
    const talker = await startRawServer(socket => socket.end('hello'))
    try {
      const urls = [`wss://127.0.0.1:${talker.port}/a`, `wss://127.0.0.1:${talker.port}/b`]
      const config = parseConfig({ urls: urls.join('\n'), concurrency: '2' }, process.cwd())
      const report = await diagnose(config, new Date(), [throwingProbe, laterProbe])
      expect(report.results).toHaveLength(2)
      for (const result of report.results) {
        expect(result.findings).toEqual([
          expect.objectContaining({
            check: 'tls',
            status: 'fail',
            title: 'wss-doctor could not run the tls check: unguarded parser choked on 5 bytes'
          }),
          expect.objectContaining({ check: 'upgrade', title: 'ran after the failed probe' })
        ])
      }
      // Removed once the run is over: exceptions outside a run crash as before.
      expect(process.hasUncaughtExceptionCaptureCallback()).toBe(false)
    } finally {
      await talker.close()
    }
  })
})

test('an exception thrown in no probe scope still crashes the process, as without the backstop', async () => {
  const script = path.join(tempDir('backstop'), 'crash.mts')
  writeFileSync(
    script,
    [
      `import { withBackstop } from ${JSON.stringify(path.resolve('src/isolation.ts'))}`,
      'await withBackstop(async () => {',
      "  setTimeout(() => { throw new Error('thrown outside any probe') }, 10)",
      '  await new Promise(resolve => setTimeout(resolve, 2000))',
      '})',
      "console.log('survived')"
    ].join('\n')
  )
  const outcome = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    resolve =>
      execFile(process.execPath, ['--import', 'tsx', script], (err, stdout, stderr) =>
        resolve({ code: err ? (err.code as number) : 0, stdout, stderr })
      )
  )
  expect(outcome.code).toBe(1)
  expect(outcome.stderr).toContain('Error: thrown outside any probe')
  expect(outcome.stdout).not.toContain('survived')
})

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise(resolve => setTimeout(resolve, 20))
}

describe('the connection helpers end on the deadline signal', () => {
  let cert: { cert: string; key: string }
  beforeAll(async () => {
    const leaf = await createSelfSignedLeaf({ commonName: 'slow.test', names: ['127.0.0.1'] })
    cert = { cert: leaf.certPem, key: leaf.keyPem }
  })

  /** Runs `connect` in a probe scope whose deadline passes when `server` sees the client
   * (`event`); then waits until the server sees that connection close. */
  async function abortWhen<T>(
    server: net.Server,
    event: string,
    connect: (port: number) => Promise<T>
  ): Promise<T> {
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const deadline = new AbortController()
    let open = 0
    server.on('connection', (socket: net.Socket) => {
      open++
      socket.on('close', () => open--)
    })
    server.on(event, () => deadline.abort())
    const failures: Error[] = []
    const scope = { signal: deadline.signal, fail: (err: Error) => void failures.push(err) }
    try {
      const result = await inScope(scope, () => connect(port))
      await until(() => open === 0)
      expect(failures).toEqual([])
      return result
    } finally {
      server.close()
    }
  }
  const endpoint = (port: number): Endpoint => ({
    url: `wss://127.0.0.1:${port}/`,
    scheme: 'wss',
    host: '127.0.0.1',
    port,
    path: '/',
    addresses: []
  })

  test('handshake: a port that never answers TLS', async () => {
    const server = net.createServer(socket => socket.resume())
    const result = await abortWhen(server, 'connection', port =>
      handshake(endpoint(port), { timeoutMs: 120_000 })
    )
    expect(result).toMatchObject({ ok: false, failure: { code: 'DEADLINE' } })
  })

  test('hello: a port that takes the ClientHello and never answers', async () => {
    const server = net.createServer(socket => socket.resume())
    const result = await abortWhen(server, 'connection', port =>
      hello(endpoint(port), {
        timeoutMs: 120_000,
        offer: tls.createSecureContext({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }),
        versions: ['TLSv1.2']
      })
    )
    expect(result).toMatchObject({ ok: false, failure: { code: 'DEADLINE' } })
  })

  test('webSocketSession: an upgrade request that never gets an answer', async () => {
    const server = https.createServer(cert)
    const result = await abortWhen(server, 'upgrade', port =>
      webSocketSession({
        url: `wss://127.0.0.1:${port}/`,
        timeoutMs: 120_000,
        verifyCertificate: false,
        headers: {},
        subprotocols: []
      })
    )
    expect(result.failed).toEqual({
      step: 'upgrade',
      code: 'DEADLINE',
      message: 'the run reached its deadline'
    })
  })

  test('http2AllowsWebSockets: an h2 server that never sends its SETTINGS', async () => {
    const server = tls.createServer({ ...cert, ALPNProtocols: ['h2'] }, socket => socket.resume())
    const result = await abortWhen(server, 'secureConnection', port =>
      http2AllowsWebSockets(endpoint(port), { timeoutMs: 120_000 })
    )
    expect(result).toBeUndefined()
  })

  test('fetchBytes: a revocation server that never answers', async () => {
    const server = http.createServer(() => undefined)
    const result = await abortWhen(server, 'request', port =>
      fetchBytes(`http://127.0.0.1:${port}/crl`, { timeoutMs: 120_000 }).then(
        () => 'answered',
        (err: Error) => err.message
      )
    )
    expect(result).toBe('the run reached its deadline')
  })
})
