// Connection failures are findings that name the target, and never stop the other targets.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import net, { type AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { parseConfig } from '../src/config.js'
import { createLeaf } from '../src/demo/pki.js'
import { startWsServer, startWssServer, type RunningServer } from '../src/demo/servers.js'
import { diagnose } from '../src/doctor.js'
import { createLab, finding, opensslHandshakes, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let good: RunningServer
let plain: RunningServer
const raw: net.Server[] = []

/** A TCP server on 127.0.0.1 that does `onConnection` with each socket. */
async function tcpServer(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(onConnection)
  raw.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

beforeAll(async () => {
  lab = await createLab()
  good = await lab.serve(
    await createLeaf(lab.intermediate, { commonName: 'good.net.test', names: ['good.net.test'] })
  )
  plain = await startWsServer()
})

afterAll(async () => {
  await Promise.all([lab.close(), plain.close()])
  for (const server of raw) server.close()
})

async function runWithGood(url: string, inputs: Record<string, string> = {}) {
  const { hostname, port } = new URL(url)
  const resolve = [`good.net.test:${good.port}:127.0.0.1`]
  if (hostname.endsWith('.net.test')) resolve.push(`${hostname}:${port}:127.0.0.1`)
  const config = parseConfig(
    {
      urls: `${url}\nwss://good.net.test:${good.port}/ws`,
      resolve: resolve.join('\n'),
      'ca-file': lab.caFile,
      'idle-timeout': '0',
      ...inputs
    },
    process.cwd()
  )
  const report = await diagnose(config)
  expect(report.results[1].status).toBe('pass')
  expect(report.results[0].target.label).toBe(new URL(url).href)
  return report.results[0]
}

describe('connection failures', () => {
  test('refused', async () => {
    const port = await tcpServer(() => undefined)
    raw.pop()!.close()
    await new Promise(resolve => setTimeout(resolve, 20))
    const result = await runWithGood(`wss://closed.net.test:${port}/ws`)
    expect(finding(result, 'tls')).toMatchObject({
      status: 'fail',
      title: `Connection refused by 127.0.0.1 (for closed.net.test) port ${port}`,
      cause: 'Nothing listens on that port'
    })
    expect(result.findings.map(f => f.check)).toEqual(['scheme', 'tls'])
  })

  test('DNS failure', async () => {
    const result = await runWithGood('wss://no-such-host.invalid/ws')
    expect(finding(result, 'tls')).toMatchObject({
      status: 'fail',
      title: 'DNS lookup failed for no-such-host.invalid'
    })
    expect(finding(result, 'tls').fix!.text).toContain(
      'resolve input (no-such-host.invalid:443:ADDRESS)'
    )
  })

  test('a server that accepts and never answers ends at timeout-ms with a timeout finding', async () => {
    const port = await tcpServer(() => undefined)
    const started = performance.now()
    const result = await runWithGood(`wss://silent.net.test:${port}/ws`, { 'timeout-ms': '500' })
    const elapsed = performance.now() - started
    expect(finding(result, 'tls')).toMatchObject({
      status: 'fail',
      title: `TLS handshake timed out: 127.0.0.1 (for silent.net.test) port ${port} accepted the connection but sent no TLS answer`
    })
    expect(finding(result, 'tls').details).toEqual(['TIMEOUT: no answer within 500 ms'])
    // No client gets further: every verdict says so.
    expect(Object.values(result.clients!).every(v => !v!.connects)).toBe(true)
    expect(elapsed).toBeLessThan(3000)
  })

  test('a plain-text port behind wss://', async () => {
    const result = await runWithGood(`wss://plain.net.test:${plain.port}/ws`)
    expect(finding(result, 'tls')).toMatchObject({
      status: 'fail',
      title: `Not a TLS port: 127.0.0.1 (for plain.net.test) port ${plain.port} answered in plain text`
    })
    expect(finding(result, 'tls').fix!.code!.text).toContain(`listen ${plain.port} ssl;`)
  })

  test('a server that hangs up at once', async () => {
    const port = await tcpServer(socket => socket.destroy())
    const result = await runWithGood(`wss://hangup.net.test:${port}/ws`)
    expect(finding(result, 'tls')).toMatchObject({
      status: 'fail',
      title: `Connection closed by 127.0.0.1 (for hangup.net.test) port ${port} during the TLS handshake`
    })
  })

  test('no TLS version in common: a server stuck on TLS 1.0; openssl s_client fails too', async () => {
    const leaf = await createLeaf(lab.intermediate, {
      commonName: 'old.net.test',
      names: ['old.net.test']
    })
    const legacy = await startWssServer({
      cert: leaf.certPem + lab.intermediate.certPem,
      key: leaf.keyPem,
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1',
      ciphers: 'DEFAULT@SECLEVEL=0'
    })
    try {
      const result = await runWithGood(`wss://old.net.test:${legacy.port}/ws`)
      expect(finding(result, 'tls')).toMatchObject({
        status: 'fail',
        title: `No TLS version in common with 127.0.0.1 (for old.net.test) port ${legacy.port}`
      })
      expect(finding(result, 'tls').cause).toMatch(/^TLS version mismatch/)
      // No proxy answered: the fix is written for the common ones, nginx's line among them.
      expect(finding(result, 'tls').fix!.code!.text).toContain('ssl_protocols TLSv1.2 TLSv1.3;')
      expect(finding(result, 'tls').fix!.code!.text).toContain('# HAProxy')
      expect(await opensslHandshakes(legacy.port)).toBe(false)
      expect(await opensslHandshakes(good.port)).toBe(true)
    } finally {
      await legacy.close()
    }
  })
})

describe('entries that are not endpoints', () => {
  test('a malformed URL, an https:// URL and a bad resolve line are input findings; ws:// warns', async () => {
    const config = parseConfig(
      {
        urls: `not a url\nhttps://good.net.test/ws\nws://plain.net.test:${plain.port}/ws\nwss://good.net.test:${good.port}/ws`,
        resolve: `nonsense\ngood.net.test:${good.port}:127.0.0.1\nplain.net.test:${plain.port}:127.0.0.1`,
        'ca-file': lab.caFile,
        'idle-timeout': '0'
      },
      process.cwd()
    )
    const report = await diagnose(config)
    const byLabel = Object.fromEntries(report.results.map(r => [r.target.label, r]))
    expect(finding(byLabel['resolve nonsense'], 'input').title).toMatch(
      /^Malformed resolve entry "nonsense"/
    )
    expect(finding(byLabel['not a url'], 'input').status).toBe('fail')
    expect(finding(byLabel['https://good.net.test/ws'], 'input').title).toMatch(
      /Use wss:\/\/good\.net\.test\/ws/
    )
    const ws = byLabel[`ws://plain.net.test:${plain.port}/ws`]
    expect(ws.findings.map(f => [f.check, f.status])).toEqual([
      ['scheme', 'warn'],
      ['upgrade', 'pass']
    ])
    expect(finding(ws, 'scheme').title).toMatch(/mixed content/)
    expect(byLabel[`wss://good.net.test:${good.port}/ws`].status).toBe('pass')
    expect(report.counts).toEqual({ pass: 1, warn: 1, fail: 3 })
  })
})
