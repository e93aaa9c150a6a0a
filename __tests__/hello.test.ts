// The ClientHello probe (src/probes/hello.ts) reads the same as a whole handshake: for each
// server and offer, the version picked or the refusal's code equals what Node's TLS client gets,
// and the certificates read in clear are the ones the server sends for that name.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import tls from 'node:tls'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import type { WssServerOptions } from '../src/demo/servers.js'
import { handshake } from '../src/probes/handshake.js'
import { hello } from '../src/probes/hello.js'
import type { Endpoint } from '../src/target.js'
import { startRawServer } from './fixtures/hostile.js'
import { createLab, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let leaf: Issued
beforeAll(async () => {
  lab = await createLab()
  leaf = await createLeaf(lab.intermediate, { commonName: 'h.lab.test', names: ['h.lab.test'] })
})
afterAll(() => lab.close())

const endpoint = (port: number, host = 'h.lab.test'): Endpoint => ({
  url: `wss://${host}:${port}/`,
  scheme: 'wss',
  host,
  port,
  path: '/',
  addresses: ['127.0.0.1']
})

const OFFERS = {
  'TLS 1.0–1.1': { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' },
  'TLS 1.2': { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }
} as const
const VERSIONS = { 'TLS 1.0–1.1': ['TLSv1', 'TLSv1.1'], 'TLS 1.2': ['TLSv1.2'] } as const

const SERVERS: Record<string, Partial<WssServerOptions>> = {
  'TLS 1.2 and 1.3': {},
  'TLS 1.3 only': { minVersion: 'TLSv1.3' },
  'TLS 1.0 to 1.3': { minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
  'TLS 1.1 only': { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' },
  'HTTP/2-only (ALPN)': { ALPNProtocols: ['h2'] }
}

describe.each(Object.entries(SERVERS))('a %s server', (_name, options) => {
  test.each(Object.keys(OFFERS))('offered %s: the hello reads as the handshake', async offer => {
    const server = await lab.serve(leaf, [lab.intermediate], options)
    const context = tls.createSecureContext({ ...OFFERS[offer as keyof typeof OFFERS], ca: [] })
    const target = endpoint(server.port)
    const [asked, shaken] = await Promise.all([
      hello(target, { timeoutMs: 5000, offer: context, versions: VERSIONS[offer as 'TLS 1.2'] }),
      handshake(target, { timeoutMs: 5000, secureContext: context, readChain: false })
    ])
    if (shaken.ok) expect(asked).toMatchObject({ ok: true, protocol: shaken.facts.protocol })
    else expect(asked).toMatchObject({ ok: false, failure: { code: shaken.failure.code } })
  })
})

test('the server name goes in the hello: each name gets its own chain, in the order sent', async () => {
  const other = await createLeaf(lab.intermediate, {
    commonName: 'o.lab.test',
    names: ['o.lab.test']
  })
  const context = (issued: Issued) =>
    tls.createSecureContext({
      cert: issued.certPem + lab.intermediate.certPem + lab.root.certPem,
      key: issued.keyPem
    })
  const server = https.createServer({
    cert: leaf.certPem,
    key: leaf.keyPem,
    SNICallback: (name, done) => done(null, context(name === 'o.lab.test' ? other : leaf))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    const offer = tls.createSecureContext({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' })
    const subjects = async (host: string) => {
      const answer = await hello(endpoint(port, host), {
        timeoutMs: 5000,
        offer,
        versions: ['TLSv1.2'],
        readFlight: true
      })
      if (!answer.ok) throw new Error(answer.failure.message)
      return answer.certificates!.map(der => new X509Certificate(der).subject)
    }
    expect(await subjects('o.lab.test')).toEqual([
      'CN=o.lab.test',
      'CN=Lab Intermediate CA',
      'CN=Lab Root CA'
    ])
    expect((await subjects('h.lab.test'))[0]).toBe('CN=h.lab.test')
  } finally {
    server.close()
  }
})

test('a server that wants a client certificate shows its CertificateRequest over TLS 1.2', async () => {
  const server = await lab.serve(leaf, [lab.intermediate], {
    maxVersion: 'TLSv1.2',
    clientCa: lab.root.certPem
  })
  const offer = tls.createSecureContext(OFFERS['TLS 1.2'])
  const answer = await hello(endpoint(server.port), {
    timeoutMs: 5000,
    offer,
    versions: ['TLSv1.2'],
    readFlight: true
  })
  expect(answer).toMatchObject({ ok: true, protocol: 'TLSv1.2', certificateRequested: true })
  const plain = await lab.serve(leaf, [lab.intermediate], { maxVersion: 'TLSv1.2' })
  const none = await hello(endpoint(plain.port), {
    timeoutMs: 5000,
    offer,
    versions: ['TLSv1.2'],
    readFlight: true
  })
  expect(none).toMatchObject({ ok: true, certificateRequested: false })
})

test('a port that answers in HTTP, not TLS, reads as the handshake does', async () => {
  const server = http.createServer((_req, res) => res.end('not tls'))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    const context = tls.createSecureContext(OFFERS['TLS 1.2'])
    const [asked, shaken] = await Promise.all([
      hello(endpoint(port), { timeoutMs: 5000, offer: context, versions: ['TLSv1.2'] }),
      handshake(endpoint(port), { timeoutMs: 5000, secureContext: context })
    ])
    expect(shaken.ok).toBe(false)
    expect(asked).toMatchObject({ ok: false, failure: { phase: 'tls' } })
    if (!asked.ok && !shaken.ok) expect(asked.failure.code).toBe(shaken.failure.code)
  } finally {
    server.close()
  }
})

describe('a server that answers the hello with what no TLS server sends', () => {
  const offer = () => tls.createSecureContext(OFFERS['TLS 1.2'])
  const record = (type: number, body: Buffer) =>
    Buffer.concat([Buffer.from([type, 3, 3, body.length >> 8, body.length & 255]), body])
  /** A TLS 1.2 ServerHello: version, random, empty session id, a suite, no compression. */
  const serverHello = record(
    22,
    Buffer.concat([
      Buffer.from([2, 0, 0, 38, 3, 3]),
      Buffer.alloc(32),
      Buffer.from([0, 0xc0, 0x2f, 0])
    ])
  )

  test('a first flight that never ends is cut off at 1 MiB, not at the timeout', async () => {
    // A handshake message that claims 16 MB, then records of filler for as long as we read.
    const server = await startRawServer(socket =>
      socket.once('data', () => {
        socket.write(record(22, Buffer.from([11, 0xff, 0xff, 0xff])))
        const filler = record(22, Buffer.alloc(16_000))
        const pump = () => {
          while (!socket.destroyed && socket.write(filler));
          if (!socket.destroyed) socket.once('drain', pump)
        }
        pump()
      })
    )
    try {
      const started = performance.now()
      const answer = await hello(endpoint(server.port), {
        timeoutMs: 20_000,
        offer: offer(),
        versions: ['TLSv1.2'],
        readFlight: true
      })
      expect(answer).toMatchObject({
        ok: false,
        failure: { code: 'ERR_SSL_EXCESSIVE_MESSAGE_SIZE' }
      })
      expect(performance.now() - started).toBeLessThan(10_000)
    } finally {
      await server.close()
    }
  })

  test('a ServerHello and then the connection closes: the version was still picked', async () => {
    const server = await startRawServer(socket =>
      socket.once('data', () => socket.end(serverHello))
    )
    try {
      const answer = await hello(endpoint(server.port), {
        timeoutMs: 5000,
        offer: offer(),
        versions: ['TLSv1.2'],
        readFlight: true
      })
      expect(answer).toMatchObject({ ok: true, protocol: 'TLSv1.2', certificateRequested: false })
      expect(answer.ok && answer.certificates).toBeUndefined()
    } finally {
      await server.close()
    }
  })
})
