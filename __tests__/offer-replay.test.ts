// A client's offer is replayed with its ClientHello alone (src/clients/offer.ts): what the server
// picks is read from its clear-text first flight. On real servers it reads as a whole handshake
// with the same offer, and completes none; a malformed flight is a failure outcome.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { AddressInfo } from 'node:net'
import type net from 'node:net'
import tls from 'node:tls'
import {
  handshakeOutcome,
  offerVariant,
  replayOffer,
  type OfferOutcome
} from '../src/clients/offer.js'
import { CLIENT_IDS, PROFILES } from '../src/clients/index.js'
import { GROUP_CODE, GROUP_OPENSSL, SUITE_CODE, SUITE_OPENSSL } from '../src/clients/suites.js'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import { MALFORMED_PEER_DATA } from '../src/isolation.js'
import { hello } from '../src/probes/hello.js'
import type { Endpoint } from '../src/target.js'
import { createTrustStore } from '../src/trust-store.js'
import { ffdhe2048 } from './fixtures/dh.js'
import { startRawServer } from './fixtures/hostile.js'
import { createLab, type Lab } from './fixtures/tls-lab.js'

// A fixed 1024-bit group (public parameters), as in clients.test.ts.
const DH1024 = `-----BEGIN DH PARAMETERS-----
MIGHAoGBAJekvFV8KS1oY2JxdDUulyxdjq/Ld3rcmmtdlccfNksGrJTY94Tc6dhU
RivNqPgGqk3Pz4dAPJ0O68VNNw3cQg6AGdVj2jbgglUrqgZd19jhT3nryxd+rxun
/VLV56OSwf/c6Rohup4OjTpDIwUDHKd35VXkoQXlR96f+V7rM7pHAgEC
-----END DH PARAMETERS-----
`

let lab: Lab
let ecLeaf: Issued
let rsaLeaf: Issued
beforeAll(async () => {
  lab = await createLab()
  ecLeaf = await createLeaf(lab.intermediate, { commonName: 'r.lab.test', names: ['r.lab.test'] })
  rsaLeaf = await createLeaf(lab.intermediate, {
    commonName: 'r.lab.test',
    names: ['r.lab.test'],
    keyType: 'rsa-2048'
  })
})
afterAll(() => lab.close())

const trust = createTrustStore([])
const endpoint = (port: number): Endpoint => ({
  url: `wss://r.lab.test:${port}/`,
  scheme: 'wss',
  host: 'r.lab.test',
  port,
  path: '/',
  addresses: ['127.0.0.1']
})

/** Each distinct offer of the profiles, once. */
const variants = [
  ...new Map(
    CLIENT_IDS.map(id => offerVariant(PROFILES[id])).map(v => [JSON.stringify(v), v])
  ).values()
]

/** A TLS server on 127.0.0.1 that counts the handshakes it completes. */
async function countingServer(options: tls.TlsOptions) {
  const server = tls.createServer(options, socket => socket.end())
  let completed = 0
  server.on('secureConnection', () => completed++)
  server.on('tlsClientError', () => undefined)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    completed: () => completed,
    close: () => new Promise(resolve => server.close(resolve))
  }
}

/** A whole handshake, held until the server ends the connection: it has seen our Finished. */
function completeOne(port: number, secureContext: tls.SecureContext): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      servername: 'r.lab.test',
      secureContext,
      rejectUnauthorized: false
    })
    socket.on('error', reject)
    socket.on('close', () => resolve())
    socket.resume()
  })
}

/** What a replay and a handshake are compared on. */
const seen = (o: OfferOutcome) =>
  o.ok ? { protocol: o.protocol, cipher: o.cipher, group: o.group, dhBits: o.dhBits } : o.code

const SERVERS: Record<string, () => tls.TlsOptions> = {
  'TLS 1.2 and 1.3, ECDSA key': () => ({ cert: chain(ecLeaf), key: ecLeaf.keyPem }),
  // Clients whose first key share is X25519 get a HelloRetryRequest for P-384.
  'TLS 1.3 only, P-384 only': () => ({
    cert: chain(ecLeaf),
    key: ecLeaf.keyPem,
    minVersion: 'TLSv1.3',
    ecdhCurve: 'P-384'
  }),
  'TLS 1.2, ECDHE over P-384, RSA key': () => ({
    cert: chain(rsaLeaf),
    key: rsaLeaf.keyPem,
    maxVersion: 'TLSv1.2',
    ecdhCurve: 'P-384'
  }),
  'TLS 1.2, ChaCha20 only': () => ({
    cert: chain(rsaLeaf),
    key: rsaLeaf.keyPem,
    maxVersion: 'TLSv1.2',
    ciphers: 'ECDHE-RSA-CHACHA20-POLY1305'
  }),
  'DHE only, 2048-bit group': () => ({
    cert: chain(rsaLeaf),
    key: rsaLeaf.keyPem,
    maxVersion: 'TLSv1.2',
    ciphers: 'DHE-RSA-AES128-GCM-SHA256',
    dhparam: ffdhe2048()
  }),
  'DHE only, 1024-bit group': () => ({
    cert: chain(rsaLeaf),
    key: rsaLeaf.keyPem,
    maxVersion: 'TLSv1.2',
    ciphers: 'DHE-RSA-AES256-SHA@SECLEVEL=0',
    dhparam: DH1024
  }),
  'static RSA only': () => ({
    cert: chain(rsaLeaf),
    key: rsaLeaf.keyPem,
    maxVersion: 'TLSv1.2',
    ciphers: 'AES128-GCM-SHA256'
  })
}
const chain = (leaf: Issued): string => leaf.certPem + lab.intermediate.certPem

describe.each(Object.keys(SERVERS))('a server with %s', name => {
  test("each client's offer: the replay reads as a whole handshake, and completes none", async () => {
    const server = await countingServer(SERVERS[name]())
    try {
      const target = endpoint(server.port)
      const replayed = []
      for (const variant of variants) replayed.push(await replayOffer(target, variant, trust, 5000))
      expect(server.completed()).toBe(0)
      const shaken = await Promise.all(
        variants.map(v => handshakeOutcome(target, trust.context(v), 5000))
      )
      expect(replayed.map(seen)).toEqual(shaken.map(seen))
      expect(replayed.every(o => !o.ok || !o.fromDefault)).toBe(true)
      // The count can tell: a handshake that the server sees through counts.
      const before = server.completed()
      await completeOne(server.port, trust.context(variants[shaken.findIndex(o => o.ok)]))
      expect(server.completed()).toBe(before + 1)
    } finally {
      await server.close()
    }
  })
})

describe('a first flight that lies', () => {
  const record = (type: number, body: Buffer) =>
    Buffer.concat([Buffer.from([type, 3, 3, body.length >> 8, body.length & 255]), body])
  const message = (type: number, body: Buffer) =>
    Buffer.concat([Buffer.from([type, 0, body.length >> 8, body.length & 255]), body])
  /** A TLS 1.2 ServerHello picking `suite`, then `extensions` when given. */
  const serverHello = (suite: number, extensions?: Buffer) =>
    message(
      2,
      Buffer.concat([
        Buffer.from([3, 3]),
        Buffer.alloc(32, 7),
        Buffer.from([0, suite >> 8, suite & 255, 0]),
        extensions ?? Buffer.alloc(0)
      ])
    )
  const flight = (...messages: Buffer[]) =>
    record(22, Buffer.concat([...messages, message(14, Buffer.alloc(0))]))
  const ECDHE_RSA_AES128_GCM = SUITE_CODE.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
  const DHE_RSA_AES128_GCM = SUITE_CODE.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256
  const mbedtls = offerVariant(PROFILES.mbedtls)

  const FLIGHTS: Record<string, Buffer> = {
    'an ECDHE ServerKeyExchange that is not a named curve': flight(
      serverHello(ECDHE_RSA_AES128_GCM),
      message(12, Buffer.from([1, 0, 0x17, 65]))
    ),
    'an ECDHE ServerKeyExchange whose point runs past its end': flight(
      serverHello(ECDHE_RSA_AES128_GCM),
      message(12, Buffer.from([3, 0, 0x17, 65, 4, 1, 2]))
    ),
    'a DHE ServerKeyExchange whose prime runs past its end': flight(
      serverHello(DHE_RSA_AES128_GCM),
      message(12, Buffer.from([0xff, 0xff, 1, 2, 3]))
    ),
    'a DHE ServerKeyExchange with a zero prime': flight(
      serverHello(DHE_RSA_AES128_GCM),
      message(12, Buffer.from([0, 2, 0, 0, 0, 1, 2, 0, 1, 5]))
    ),
    'no ServerKeyExchange for an ECDHE suite': flight(serverHello(ECDHE_RSA_AES128_GCM)),
    'a ServerHello whose extensions run past its end': flight(
      serverHello(ECDHE_RSA_AES128_GCM, Buffer.from([0, 40, 0, 43, 0, 2, 3, 4]))
    )
  }

  test.each(Object.keys(FLIGHTS))('%s: a failure outcome, no crash', async name => {
    const server = await startRawServer(socket =>
      socket.once('data', () => socket.write(FLIGHTS[name]))
    )
    try {
      const outcome = await replayOffer(endpoint(server.port), mbedtls, trust, 5000)
      expect(outcome).toMatchObject({ ok: false, code: MALFORMED_PEER_DATA })
    } finally {
      await server.close()
    }
  })
})

/** The ClientHello Node's OpenSSL sends for a context, as a server receives it. */
async function sentHello(context: tls.SecureContext, version: 'TLSv1.2' | 'TLSv1.3') {
  let received: Buffer | undefined
  const server = await startRawServer((socket: net.Socket) =>
    socket.once('data', (chunk: Buffer) => {
      received = chunk
      socket.destroy()
    })
  )
  try {
    await hello(endpoint(server.port), { timeoutMs: 5000, offer: context, versions: [version] })
  } finally {
    await server.close()
  }
  const body = received!.subarray(9)
  let at = 34
  at += 1 + body[at]
  const suites = body.subarray(at + 2, at + 2 + body.readUInt16BE(at))
  at += 2 + suites.length
  at += 1 + body[at]
  const groups: number[] = []
  const end = at + 2 + body.readUInt16BE(at)
  for (at += 2; at < end; at += 4 + body.readUInt16BE(at + 2))
    if (body.readUInt16BE(at) === 10)
      for (let g = at + 6; g < at + 4 + body.readUInt16BE(at + 2); g += 2)
        groups.push(body.readUInt16BE(g))
  const codes = []
  for (let s = 0; s < suites.length; s += 2) codes.push(suites.readUInt16BE(s))
  // The renegotiation SCSV (RFC 5746) rides along with every offer.
  return { suites: codes.filter(c => c !== 0x00ff), groups }
}

/** A context offering just this, or undefined where this runtime's OpenSSL cannot. */
function only(options: tls.SecureContextOptions): tls.SecureContext | undefined {
  try {
    return tls.createSecureContext(options)
  } catch {
    return undefined
  }
}

test('the code tables name what OpenSSL sends: every suite and group this runtime offers', async () => {
  let checked = 0
  for (const [name, openssl] of Object.entries(SUITE_OPENSSL)) {
    const tls13 = openssl.startsWith('TLS_')
    const context = only(
      tls13
        ? { ciphers: openssl, minVersion: 'TLSv1.3' }
        : { ciphers: `${openssl}:@SECLEVEL=0`, maxVersion: 'TLSv1.2' }
    )
    if (!context) continue
    const sent = await sentHello(context, tls13 ? 'TLSv1.3' : 'TLSv1.2')
    expect({ name, codes: sent.suites }).toEqual({ name, codes: [SUITE_CODE[name]] })
    checked++
  }
  for (const [name, openssl] of Object.entries(GROUP_OPENSSL)) {
    const context = only({ ecdhCurve: openssl })
    if (!context) continue
    const sent = await sentHello(context, 'TLSv1.3')
    expect({ name, codes: sent.groups }).toEqual({ name, codes: [GROUP_CODE[name]] })
    checked++
  }
  // Most of both tables: the check cannot pass by skipping.
  expect(checked).toBeGreaterThan(40)
})
