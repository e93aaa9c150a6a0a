// The WebSocket upgrade on real servers: healthy echo, a proxy that drops the upgrade headers,
// 404, Origin checks, subprotocols, auth headers, a silent server, and the ws:// twin.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { WebSocketServer } from 'ws'
import { parseConfig } from '../src/config.js'
import { createLeaf, createSelfSignedLeaf, type Issued } from '../src/demo/pki.js'
import {
  startHeaderDroppingProxy,
  startWsServer,
  startWssServer,
  type RunningServer,
  type WebSocketBehaviour
} from '../src/demo/servers.js'
import { diagnose } from '../src/doctor.js'
import { MAX_PAYLOAD } from '../src/probes/websocket.js'
import { startHostileServer } from './fixtures/hostile-server.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let issued: Issued
/** The PEM pair for servers the lab does not start itself (a proxy, a bare https server). */
let leaf: { cert: string; key: string }
const servers: RunningServer[] = []

beforeAll(async () => {
  lab = await createLab()
  issued = await createLeaf(lab.intermediate, { commonName: 'ws.lab.test', names: ['ws.lab.test'] })
  leaf = { cert: issued.certPem + lab.intermediate.certPem, key: issued.keyPem }
})
afterAll(async () => {
  await Promise.all([lab.close(), ...servers.map(s => s.close())])
})

const serve = async (webSocket?: WebSocketBehaviour): Promise<number> =>
  (await lab.serve(issued, undefined, { webSocket })).port

const url = (port: number, path = '/ws'): string => `wss://ws.lab.test:${port}${path}`
const withCa = (inputs: Record<string, string> = {}) => ({ 'ca-file': lab.caFile, ...inputs })

describe('a healthy endpoint', () => {
  test('upgrades, answers a ping, echoes the message the expect pattern waits for, and closes with 1000', async () => {
    const port = await serve({ options: { perMessageDeflate: true } })
    const result = await check(
      url(port),
      withCa({ message: 'hello wss-doctor', expect: '^hello wss' })
    )
    const upgrade = finding(result, 'upgrade')
    expect(upgrade).toMatchObject({
      status: 'pass',
      title: expect.stringMatching(
        /^101 Switching Protocols; ping answered in [\d.]+ ms; closed cleanly \(1000\); the reply matched \/\^hello wss\/$/
      )
    })
    expect(result.facts.upgrade).toMatchObject({
      status: 101,
      extensions: expect.stringMatching(/^permessage-deflate/),
      roundTripMs: expect.any(Number)
    })
    expect(result.status).toBe('pass')
  })

  /** A WebSocket echo server that counts completed TLS handshakes; `drop` closes the first
   * connection right after its handshake. */
  async function countingServer(drop = false) {
    const server = https.createServer(leaf)
    const wss = new WebSocketServer({ server })
    wss.on('connection', socket => socket.on('message', data => socket.send(data)))
    let handshakes = 0
    server.on('secureConnection', socket => {
      if (handshakes++ === 0 && drop) socket.destroy()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    servers.push({
      port,
      close: async () => {
        wss.close()
        server.closeAllConnections()
        await new Promise(resolve => server.close(resolve))
      }
    })
    return { port, handshakes: () => handshakes }
  }

  test('the upgrade goes over the connection of the certificate check: one TLS handshake in all', async () => {
    const server = await countingServer()
    const result = await check(url(server.port), withCa())
    expect(result.facts.upgrade).toMatchObject({ status: 101, connection: 'reused' })
    expect(finding(result, 'upgrade').details).toContain(
      'Sent over the connection whose certificate the checks above judged: no second handshake.'
    )
    // The version probe's hellos end before a handshake completes.
    expect(server.handshakes()).toBe(1)
  })

  test('a server that closed that connection meanwhile: the upgrade runs on a new one', async () => {
    const server = await countingServer(true)
    const result = await check(url(server.port), withCa())
    expect(finding(result, 'upgrade').status).toBe('pass')
    // Closed before its TLS 1.3 session ticket: nothing to resume, a full handshake.
    expect(result.facts.upgrade).toMatchObject({ status: 101, connection: 'new' })
    expect(server.handshakes()).toBe(2)
  })
})

describe('the upgrade fails', () => {
  test('behind a proxy that drops the Upgrade headers: status, Server header and the nginx block', async () => {
    const backend = await startWsServer()
    servers.push(backend)
    const proxy = await startHeaderDroppingProxy({
      ...leaf,
      backendPort: backend.port,
      serverHeader: 'nginx/1.24.0'
    })
    servers.push(proxy)
    const result = await check(url(proxy.port), withCa())
    expect(finding(result, 'trust').status).toBe('pass')
    const upgrade = finding(result, 'upgrade')
    expect(upgrade).toMatchObject({
      status: 'fail',
      title:
        'The proxy does not upgrade: HTTP 426 from nginx/1.24.0 instead of 101 Switching Protocols'
    })
    expect(upgrade.cause).toMatch(/does not pass the Upgrade and Connection headers/)
    expect(upgrade.details).toContain('Response body starts: WebSocket upgrade required\n')
    for (const line of [
      'location /ws {',
      'proxy_http_version 1.1;',
      'proxy_set_header Upgrade $http_upgrade;',
      "proxy_set_header Connection 'upgrade';",
      'proxy_read_timeout 3600s;'
    ]) {
      expect(upgrade.fix!.code!.text).toContain(line)
    }
    expect(result.facts.upgrade).toMatchObject({ status: 426, server: 'nginx/1.24.0' })
  })

  test('404 on the path', async () => {
    const server = https.createServer(leaf)
    server.on('upgrade', (_req, socket) =>
      socket.end('HTTP/1.1 404 Not Found\r\nServer: edge\r\nContent-Length: 0\r\n\r\n')
    )
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const result = await check(url((server.address() as AddressInfo).port, '/socket'), withCa())
      expect(finding(result, 'upgrade')).toMatchObject({
        status: 'fail',
        title: 'No WebSocket endpoint at /socket: HTTP 404 from edge'
      })
    } finally {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  })

  test('a 101 with a wrong Sec-WebSocket-Accept is caught', async () => {
    const server = https.createServer(leaf)
    server.on('upgrade', (_req, socket) =>
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: bm90LXRoZS1yaWdodC1rZXk=\r\n\r\n'
      )
    )
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const result = await check(url((server.address() as AddressInfo).port), withCa())
      expect(finding(result, 'upgrade')).toMatchObject({
        status: 'fail',
        title: 'The upgrade answer has a wrong Sec-WebSocket-Accept'
      })
      expect(finding(result, 'upgrade').cause).toMatch(/RFC 6455/)
    } finally {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  })

  test.each([
    ['no-upgrade', 'Upgrade: websocket'],
    ['no-connection', 'Connection: Upgrade']
  ] as const)(
    'a 101 without its upgrade headers (%s) names the one missing',
    async (kind, missing) => {
      // Found by the hostile-server property test: "the server answered HTTP 101 instead of 101".
      const server = await startHostileServer(
        { fault: { stage: 'http', kind }, text: '' },
        lab,
        'ws.lab.test'
      )
      servers.push(server)
      const upgrade = finding(await check(url(server.port), withCa()), 'upgrade')
      expect(upgrade).toMatchObject({
        status: 'fail',
        title: `The 101 Switching Protocols answer lacks "${missing}": clients refuse it`,
        problem: { kind: 'upgrade', host: 'ws.lab.test', path: '/ws' }
      })
    }
  )

  test('an Origin the server rejects; the right one passes', async () => {
    const port = await serve({
      options: { verifyClient: (info, done) => done(info.origin === 'https://app.lab.test', 403) }
    })
    const rejected = await check(url(port), withCa({ origin: 'https://other.test' }))
    expect(finding(rejected, 'upgrade')).toMatchObject({
      status: 'fail',
      title: 'Upgrade refused with HTTP 403: the server rejects Origin https://other.test'
    })
    expect(finding(rejected, 'upgrade').fix!.text).toMatch(
      /^Add https:\/\/other\.test to the server's list of allowed origins/
    )
    expect(
      finding(await check(url(port), withCa({ origin: 'https://app.lab.test' })), 'upgrade').status
    ).toBe('pass')
  })

  test('a server that requires a subprotocol the client does not offer', async () => {
    const port = await serve({
      options: { handleProtocols: protocols => (protocols.has('chat.v2') ? 'chat.v2' : false) }
    })
    const wrong = await check(url(port), withCa({ subprotocols: 'chat.v1' }))
    expect(finding(wrong, 'upgrade')).toMatchObject({
      status: 'fail',
      title: 'Subprotocol negotiation failed: Server sent no subprotocol'
    })
    const right = await check(url(port), withCa({ subprotocols: 'chat.v1, chat.v2' }))
    expect(finding(right, 'upgrade').status).toBe('pass')
    expect(right.facts.upgrade!.subprotocol).toBe('chat.v2')
  })

  test('auth headers: 401 without them, a pass with them, and their values are secrets', async () => {
    const port = await serve({
      options: {
        verifyClient: (info, done) => done(info.req.headers.authorization === 'Bearer s3cret', 401)
      }
    })
    expect(finding(await check(url(port), withCa()), 'upgrade')).toMatchObject({
      status: 'fail',
      title: 'Upgrade refused with HTTP 401: the endpoint requires authentication'
    })
    const inputs = withCa({ headers: 'Authorization: Bearer s3cret\nX-Client: wss-doctor' })
    expect(finding(await check(url(port), inputs), 'upgrade').status).toBe('pass')
    expect(parseConfig({ urls: url(port), ...inputs }, process.cwd()).secrets).toEqual(
      expect.arrayContaining(['Bearer s3cret', 'wss-doctor'])
    )
  })

  test('a server that upgrades but never sends a frame: the expect times out cleanly at timeout-ms', async () => {
    const port = await serve({ onConnection: () => undefined })
    const started = performance.now()
    const result = await check(
      url(port),
      withCa({ message: 'ping?', expect: 'pong', 'timeout-ms': '500' })
    )
    expect(performance.now() - started).toBeLessThan(3000)
    const upgrade = finding(result, 'upgrade')
    expect(upgrade).toMatchObject({
      status: 'fail',
      title: 'No reply matching /pong/ within 500 ms after sending the message'
    })
    expect(upgrade.details).toContain('No frame received.')
    expect(result.facts.upgrade!.status).toBe(101)
  })
})

describe('the connection ends right after the 101', () => {
  test('the server closes with 4000 and a reason: a failure naming the code and the reason', async () => {
    const port = await serve({ onConnection: socket => socket.close(4000, 'go away') })
    const upgrade = finding(await check(url(port), withCa()), 'upgrade')
    expect(upgrade).toMatchObject({
      status: 'fail',
      title:
        'The server closed the connection right after the upgrade: code 4000 (reason "go away")'
    })
  })

  test.each([1002, 1007, 1009])(
    'the server closes with %i itself: its close, with its code, not a frame the client refused',
    async code => {
      // Found by the hostile-server property test: the server's own 1009 read as "the server
      // sent a frame over the 1 MiB limit".
      const port = await serve({ onConnection: socket => socket.close(code, 'says who') })
      const upgrade = finding(await check(url(port), withCa()), 'upgrade')
      expect(upgrade).toMatchObject({
        status: 'fail',
        title: `The server closed the connection right after the upgrade: code ${code} (reason "says who")`
      })
    }
  )

  test('the connection drops without a close frame: abnormal closure 1006', async () => {
    const port = await serve({ onConnection: socket => socket.terminate() })
    const result = await check(url(port), withCa())
    expect(finding(result, 'upgrade')).toMatchObject({
      status: 'fail',
      title:
        'Abnormal closure 1006: the connection dropped without a close frame right after the upgrade'
    })
    expect(result.facts.upgrade!.status).toBe(101)
  })

  test('a frame over the 1 MiB payload limit: message too big 1009', async () => {
    const port = await serve({ onConnection: socket => socket.send(Buffer.alloc(MAX_PAYLOAD + 1)) })
    const upgrade = finding(await check(url(port), withCa()), 'upgrade')
    expect(upgrade).toMatchObject({
      status: 'fail',
      title:
        'Message too big 1009: the server sent a frame over the 1 MiB limit right after the upgrade'
    })
    expect(upgrade.details).toContain(
      'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: Max payload size exceeded'
    )
  })

  test('the server closes while the reply is awaited: a failure naming the close, with the last frame', async () => {
    const port = await serve({
      onConnection: socket =>
        socket.on('message', () => {
          socket.send('not it')
          socket.close(1011, 'handler crashed')
        })
    })
    const upgrade = finding(
      await check(url(port), withCa({ message: 'hi', expect: '^pong$' })),
      'upgrade'
    )
    expect(upgrade).toMatchObject({
      status: 'fail',
      title:
        'The server closed the connection while waiting for the reply: code 1011 (reason "handler crashed")'
    })
    expect(upgrade.details).toContain('Last frame received: not it')
  })

  test('only a ping that goes unanswered until timeout-ms stays the "no pong" warning', async () => {
    const server = https.createServer(leaf)
    const wss = new WebSocketServer({ server, autoPong: false })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    servers.push({
      port: (server.address() as AddressInfo).port,
      close: async () => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        await new Promise(resolve => server.close(resolve))
      }
    })
    const port = (server.address() as AddressInfo).port
    const upgrade = finding(await check(url(port), withCa({ 'timeout-ms': '500' })), 'upgrade')
    expect(upgrade).toMatchObject({
      status: 'warn',
      title: 'No pong within 500 ms: the connection opened but a ping went unanswered'
    })
  })
})

describe('the close handshake', () => {
  test.each(['fin', 'reset'] as const)(
    'a server that drops the connection (%s) instead of answering the close: the close-handshake warning, not "closed cleanly"',
    async kind => {
      // Found by the hostile-server property test: the drop (1006) read as a clean close.
      const server = await startHostileServer(
        { fault: { stage: 'close', kind }, text: '' },
        lab,
        'ws.lab.test'
      )
      servers.push(server)
      const upgrade = finding(await check(url(server.port), withCa()), 'upgrade')
      expect(upgrade).toMatchObject({
        status: 'warn',
        title:
          'The server did not complete the close handshake (the connection ended without a close frame in answer (1006))'
      })
    }
  )
})

describe('ws:// twin and origin-check', () => {
  test('ws:// works but wss:// fails: TLS issue confirmed', async () => {
    const selfSigned = await createSelfSignedLeaf({
      commonName: 'twin.lab.test',
      names: ['twin.lab.test']
    })
    const secure = await startWssServer({ cert: selfSigned.certPem, key: selfSigned.keyPem })
    const plain = await startWsServer()
    servers.push(secure, plain)
    const config = parseConfig(
      {
        urls: `wss://twin.lab.test:${secure.port}/ws\nws://twin.lab.test:${plain.port}/ws`,
        resolve: `twin.lab.test:${secure.port}:127.0.0.1\ntwin.lab.test:${plain.port}:127.0.0.1`,
        'idle-timeout': '0'
      },
      process.cwd()
    )
    const [wss] = (await diagnose(config)).results
    expect(finding(wss, 'compare')).toMatchObject({
      status: 'fail',
      title: `TLS issue confirmed: ws://twin.lab.test:${plain.port}/ws works but wss://twin.lab.test:${secure.port}/ws fails`
    })
    expect(finding(wss, 'compare').details![0]).toMatch(/^wss:\/\/ failed on: trust;/)
  })

  test('origin-check warns when any Origin is accepted and passes when a foreign one is refused', async () => {
    const open = await serve()
    const openResult = await check(url(open), withCa({ 'origin-check': 'true' }))
    expect(finding(openResult, 'origin')).toMatchObject({
      status: 'warn',
      title:
        'Accepts an upgrade from a foreign Origin (https://evil.example): cross-site WebSocket hijacking is possible'
    })
    const strict = await serve({
      options: { verifyClient: (info, done) => done(info.origin !== 'https://evil.example', 403) }
    })
    expect(
      finding(await check(url(strict), withCa({ 'origin-check': 'true' })), 'origin')
    ).toMatchObject({
      status: 'pass',
      title: 'Refuses a foreign Origin (https://evil.example): HTTP 403'
    })
  })
})
