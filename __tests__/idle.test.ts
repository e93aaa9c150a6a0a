// The idle check on real loopback servers and real nginx: a silent WebSocket held open the way a
// browser holds it, judged against a real `ws` client held idle beside it on the same endpoint
// (the oracle: the verdict is the real client's fate). Then the run's side: every target's hold
// at once (one wait per run, not per target), bounded, isolated, ended by the deadline, and
// idle-timeout 0 reported as skipped.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import { parseConfig, type RawInputs } from '../src/config.js'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import { startWsServer, type RunningServer, type WebSocketBehaviour } from '../src/demo/servers.js'
import { diagnose, MAX_OPEN_HOLDS } from '../src/doctor.js'
import type { Finding } from '../src/findings.js'
import { idleHoldMs, idleProbe } from '../src/probes/idle.js'
import type { Probe } from '../src/probes/probe.js'
import { upgradeProbe } from '../src/probes/upgrade.js'
import { renderSummary } from '../src/report/summary.js'
import { renderTerminal } from '../src/report/terminal.js'
import { startHostileServer } from './fixtures/hostile-server.js'
import { nginxLab } from './fixtures/proxies/nginx.js'
import {
  installed,
  LAB_HOST,
  LAB_PATH,
  startBackend,
  startProxy,
  type RunningProxy
} from './fixtures/proxy-lab.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let issued: Issued
const servers: { close(): Promise<void> }[] = []

beforeAll(async () => {
  lab = await createLab()
  issued = await createLeaf(lab.intermediate, {
    commonName: 'idle.lab.test',
    names: ['idle.lab.test']
  })
})
afterAll(async () => {
  await Promise.all([lab.close(), ...servers.map(s => s.close())])
})

const serve = async (webSocket: WebSocketBehaviour): Promise<string> =>
  `wss://idle.lab.test:${(await lab.serve(issued, undefined, { webSocket })).port}/ws`

/** Closes a connection once the client has sent nothing for `ms`: `close` does it. */
function closesWhenSilent(ms: number, close: (socket: WebSocket) => void): WebSocketBehaviour {
  return {
    onConnection: socket => {
      let timer = setTimeout(() => close(socket), ms)
      socket.on('message', data => {
        socket.send(data)
        clearTimeout(timer)
        timer = setTimeout(() => close(socket), ms)
      })
      socket.on('close', () => clearTimeout(timer))
    }
  }
}

/** The oracle: a real `ws` client that opens `url` and sends nothing for `holdMs` (ws answers
 * pings, as browsers do). Whether the connection was cut before then, and when. */
function realClient(
  url: string,
  ca: string,
  holdMs: number
): Promise<{ cut: boolean; atMs?: number }> {
  return new Promise((resolve, reject) => {
    const lookup = (_h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void): void =>
      o.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)
    const socket = new WebSocket(url, { ca, lookup } as WebSocket.ClientOptions)
    let opened = 0
    let timer: NodeJS.Timeout | undefined
    socket.on('error', reject)
    socket.on('open', () => {
      opened = performance.now()
      timer = setTimeout(() => {
        socket.removeAllListeners('close')
        socket.close(1000)
        resolve({ cut: false })
      }, holdMs)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve({ cut: true, atMs: Math.round(performance.now() - opened) })
    })
  })
}

/** wss-doctor's idle finding for `url`, and the fate of a real client held beside it. */
async function judged(url: string, inputs: RawInputs) {
  const holdMs = idleHoldMs(parseConfig({ urls: url, ...inputs }, process.cwd()).idleTimeoutMs)
  const ca = readFileSync(inputs['ca-file']!, 'utf8')
  const [result, client] = await Promise.all([check(url, inputs), realClient(url, ca, holdMs)])
  const idle = finding(result, 'idle')
  // The verdict is the real client's fate.
  expect(idle.status === 'fail' ? 'cut' : 'held').toBe(client.cut ? 'cut' : 'held')
  return { result, idle, client }
}

describe('a server on loopback', () => {
  test('closes silent sockets after 1.5 s with no close frame: fail, with the time and "no close frame"', async () => {
    const url = await serve(closesWhenSilent(1500, socket => socket.terminate()))
    const { idle, client } = await judged(url, { 'ca-file': lab.caFile, 'idle-timeout': '2s' })
    expect(client.cut).toBe(true)
    expect(idle).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(
        /^The idle WebSocket was cut after 1\.[5-9] s \(1006, no close frame\): a proxy or load balancer in front \(or the network\) closed it$/
      ),
      problem: { kind: 'idle-timeout', host: 'idle.lab.test', path: '/ws', seconds: 2 }
    })
    expect(idle.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^No close frame: the connection ended with a TCP (close \(FIN\)|reset \(RST\))/
        )
      ])
    )
    expect(idle.details![0]).toBe(
      "Held from the 101 for up to 3 s (idle-timeout 2 s and 1 s more), sending nothing and answering the server's pings, as a browser does."
    )
  })

  test('sends a close frame with a code after 1.5 s: fail, naming the code and the reason', async () => {
    const url = await serve(closesWhenSilent(1500, socket => socket.close(4008, 'idle too long')))
    const { idle } = await judged(url, { 'ca-file': lab.caFile, 'idle-timeout': '2s' })
    expect(idle).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(
        /^The idle WebSocket was closed after 1\.[5-9] s with code 4008 \(reason "idle too long"\): the server, or a proxy that speaks WebSocket, closed it$/
      ),
      problem: { kind: 'idle-timeout' }
    })
  })

  test('a healthy server: pass, with the time held', async () => {
    const url = await serve({})
    const { idle, result } = await judged(url, { 'ca-file': lab.caFile, 'idle-timeout': '1s' })
    expect(idle).toMatchObject({
      status: 'pass',
      title:
        'Still open after 2 s silent both ways: nothing in front cuts an idle WebSocket within idle-timeout (1 s)'
    })
    // Report order: right after the upgrade.
    const checks = result.findings.map(f => f.check)
    expect(checks.indexOf('idle')).toBe(checks.indexOf('upgrade') + 1)
    expect(result.status).toBe('pass')
  })

  test('the proxy in front, once told (facts.proxy, even while the hold runs), is named as the one that cut', async () => {
    const server = await startWsServer(
      '127.0.0.1',
      closesWhenSilent(1000, socket => socket.terminate())
    )
    servers.push(server)
    // Runs after the idle check has handed its hold over: the verdict reads the facts at its end.
    const proxyTeller: Probe = {
      check: 'compare',
      applies: () => true,
      run: ctx => {
        ctx.facts.proxy = { id: 'haproxy', name: 'HAProxy', evidence: 'its 504 page' }
        return []
      }
    }
    const config = parseConfig(
      { urls: `ws://127.0.0.1:${server.port}/ws`, 'idle-timeout': '1s' },
      process.cwd()
    )
    const [result] = (
      await diagnose(config, new Date(), [upgradeProbe, idleProbe, proxyTeller], [])
    ).results
    const idle = finding(result, 'idle')
    expect(idle.title).toMatch(
      /^The idle WebSocket was cut after 1(\.\d)? s \(1006, no close frame\): HAProxy in front closed it$/
    )
    expect(idle.details).toContain('HAProxy is in front, told from its 504 page.')
  })

  test('sends a frame clients refuse during the hold: fail naming the frame, not an idle cut', async () => {
    // Found by the hostile-server property test: ws closes the connection after refusing the
    // frame, and that close read as a proxy's idle timeout (1006, no close frame).
    const server = await startHostileServer(
      { fault: { stage: 'idle', kind: 'violation', violation: 'masked', afterMs: 300 }, text: '' },
      lab,
      'idle.lab.test'
    )
    servers.push(server)
    const result = await check(`wss://idle.lab.test:${server.port}/ws`, {
      'ca-file': lab.caFile,
      'idle-timeout': '1s'
    })
    const idle = finding(result, 'idle')
    expect(idle).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(
        /^Protocol error 1002: the server sent a frame clients refuse while the connection was idle, 0\.\d s into the hold \(Invalid WebSocket frame: MASK must be clear\)$/
      ),
      cause: 'The server or a proxy in between breaks the WebSocket framing (RFC 6455 §5)'
    })
    expect(idle.problem).toBeUndefined()
  })
})

const withNginx = installed('nginx') ? describe : describe.skip

withNginx('real nginx with proxy_read_timeout 2s', () => {
  const started: (RunningProxy | { stop(): Promise<void> })[] = []
  afterAll(async () => {
    await Promise.all(started.map(s => s.stop()))
  })

  async function nginxIdleCut(pingEveryMs?: number): Promise<RunningProxy> {
    const backend = await startBackend({ pingEveryMs })
    started.push({ stop: () => backend.close() })
    const proxy = await startProxy(nginxLab, 'idle-cut', {
      backendPort: backend.port,
      idleCutSeconds: 2
    })
    started.push(proxy)
    return proxy
  }

  test('a backend that pings every 500 ms: pass, saying the pings kept it alive', async () => {
    const proxy = await nginxIdleCut(500)
    const url = `wss://${LAB_HOST}:${proxy.port}${LAB_PATH}`
    const { idle, client } = await judged(url, {
      'ca-file': proxy.setup.files.ca,
      'idle-timeout': '2s'
    })
    expect(client.cut).toBe(false)
    expect(idle).toMatchObject({
      status: 'pass',
      title: expect.stringMatching(
        /^Still open after 3 s without client traffic: the server's pings \(\d+, about every 0\.5 s\) kept it alive$/
      )
    })
  })

  test('a backend that never pings: fail, cut by nginx after 2 s without a close frame', async () => {
    const proxy = await nginxIdleCut()
    const url = `wss://${LAB_HOST}:${proxy.port}${LAB_PATH}`
    const { idle, client } = await judged(url, {
      'ca-file': proxy.setup.files.ca,
      'idle-timeout': '2s'
    })
    expect(client.cut).toBe(true)
    expect(idle).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(
        /^The idle WebSocket was cut after 2(\.\d)? s \(1006, no close frame\)/
      ),
      problem: { kind: 'idle-timeout', host: LAB_HOST, path: LAB_PATH, seconds: 2 }
    })
    expect(idle.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nginx is in front, told from Server: nginx\//)
      ])
    )
  })
})

describe('the run: every hold at once', () => {
  /** Records when it ran: the probes after the idle check's must not wait for its hold. */
  const ranAt: number[] = []
  const marker: Probe = {
    check: 'compare',
    applies: () => true,
    run: () => {
      ranAt.push(performance.now())
      return []
    }
  }

  test('6 targets, concurrency 2, a 2 s hold: about one hold in all, not six, and nothing waits for it', async () => {
    const N = 6
    const plain: RunningServer[] = await Promise.all(
      Array.from({ length: N }, () => startWsServer())
    )
    servers.push(...plain)
    const config = parseConfig(
      {
        urls: plain.map(s => `ws://127.0.0.1:${s.port}/ws`).join('\n'),
        concurrency: '2',
        'idle-timeout': '1s'
      },
      process.cwd()
    )
    const holdMs = idleHoldMs(config.idleTimeoutMs)
    expect(holdMs).toBe(2000)
    const started = performance.now()
    const report = await diagnose(config, new Date(), [upgradeProbe, idleProbe, marker], [])
    const tookMs = performance.now() - started
    for (const result of report.results) {
      expect(result.findings.map(f => `${f.check}:${f.status}`)).toEqual([
        'upgrade:pass',
        'idle:pass'
      ])
    }
    // One hold, not N: a serial run would take N × 2 s.
    expect(tookMs).toBeGreaterThanOrEqual(holdMs)
    expect(tookMs).toBeLessThan((N * holdMs) / 2)
    // Every target's later probes ran before the first hold could end.
    expect(ranAt).toHaveLength(N)
    expect(Math.max(...ranAt) - started).toBeLessThan(holdMs)
  })

  test(`at most ${MAX_OPEN_HOLDS} holds are open at once; the rest wait their turn`, async () => {
    let open = 0
    let most = 0
    const holding: Probe = {
      check: 'idle',
      applies: () => true,
      run: ctx => {
        ctx.later!(async () => {
          most = Math.max(most, ++open)
          await new Promise(resolve => setTimeout(resolve, 100))
          open--
          return [{ check: 'idle', code: 'idle-ok', status: 'pass', title: 'held' }]
        })
        return []
      }
    }
    const count = MAX_OPEN_HOLDS + 44
    const config = parseConfig(
      {
        urls: Array.from({ length: count }, (_, i) => `wss://h${i}.example/ws`).join('\n'),
        'max-targets': String(count),
        concurrency: '64'
      },
      process.cwd()
    )
    const report = await diagnose(config, new Date(), [holding], [])
    expect(report.results).toHaveLength(count)
    expect(report.results.every(r => r.findings[0]?.title === 'held')).toBe(true)
    expect(most).toBe(MAX_OPEN_HOLDS)
  })

  test('a hold that throws from a callback is a finding of its target; the run and the rest go on', async () => {
    const throwing: Probe = {
      check: 'idle',
      applies: () => true,
      run: ctx => {
        ctx.later!(
          () =>
            new Promise<Finding[]>(() => {
              setTimeout(() => {
                throw new RangeError('the hold fell over')
              }, 10)
            })
        )
        return [{ check: 'upgrade', code: 'upgrade-ok', status: 'pass', title: 'upgraded' }]
      }
    }
    const config = parseConfig(
      { urls: 'wss://a.example/ws\nwss://b.example/ws', 'idle-timeout': '1s' },
      process.cwd()
    )
    const report = await diagnose(config, new Date(), [throwing], [])
    for (const result of report.results) {
      expect(result.status).toBe('fail')
      expect(result.findings).toEqual([
        expect.objectContaining({ check: 'upgrade', status: 'pass' }),
        expect.objectContaining({
          check: 'idle',
          status: 'fail',
          title: 'wss-doctor could not run the idle check: the hold fell over'
        })
      ])
    }
    expect(report.counts).toEqual({ pass: 0, warn: 0, fail: 2 })
  })

  test('the run’s deadline ends a hold, with a finding that says how far it got', async () => {
    const url = await serve({})
    const started = performance.now()
    const result = await check(url, {
      'ca-file': lab.caFile,
      'idle-timeout': '20s',
      deadline: '2s'
    })
    expect(performance.now() - started).toBeLessThan(5000)
    expect(finding(result, 'idle')).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(
        /^Not judged: the run reached its deadline [\d.]+ s into the 21 s idle hold$/
      )
    })
  })
})

describe('idle-timeout 0', () => {
  test('no idle finding; the summary and the terminal report say the idle check was skipped', async () => {
    const url = await serve({})
    const config = parseConfig(
      {
        urls: url,
        resolve: `idle.lab.test:${new URL(url).port}:127.0.0.1`,
        'ca-file': lab.caFile,
        'idle-timeout': '0'
      },
      process.cwd()
    )
    expect(config.idleTimeoutMs).toBe(0)
    const report = await diagnose(config)
    expect(report.results[0].findings.map(f => f.check)).not.toContain('idle')
    expect(report.results[0].status).toBe('pass')
    expect(report.skipped).toEqual([
      { check: 'idle', reason: expect.stringMatching(/^idle-timeout is 0/) }
    ])
    expect(renderSummary(report)).toMatch(
      /^> Skipped: the \*\*idle\*\* check \(idle\\-timeout is 0/m
    )
    expect(renderTerminal(report, { color: false })).toMatch(
      /^wss-doctor: 1 endpoint: .*\nskipped: the idle check \(idle-timeout is 0/
    )
  })

  test('a hold of idle-timeout plus 5 %, at least a second more', () => {
    expect(idleHoldMs(60_000)).toBe(63_000)
    expect(idleHoldMs(2_000)).toBe(3_000)
    expect(idleHoldMs(10 * 60_000)).toBe(630_000)
  })
})
