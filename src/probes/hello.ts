// A ClientHello and the server's clear-text answer, without a TLS stack on our side: what the
// version matrix needs (which of TLS 1.0–1.2 the server picks, or how it refuses), what a
// TLS 1.2 server shows in clear (the chain as sent, a CertificateRequest, its key exchange
// parameters) and what a server picks for a client's offer (the suite, the TLS 1.3 group). The hello is the one
// Node's own OpenSSL sends for the offer, captured once per offer, with this target's name and a
// fresh random spliced in. The connection ends after the server's first flight: no key
// exchange and no signature check, so a question costs the client almost nothing.
import { randomBytes } from 'node:crypto'
import net, { isIP } from 'node:net'
import { Duplex } from 'node:stream'
import tls from 'node:tls'
import type { ConnectFailure, Phase, TlsVersion } from '../facts.js'
import { guard, MALFORMED_PEER_DATA, settleOnce } from '../isolation.js'
import type { Endpoint } from '../target.js'
import { alertCode } from './alert-codes.js'
import { ServerFlightReader, type ServerHelloFields } from './server-flight.js'

export type HelloResult =
  | {
      ok: true
      /** The version the server picked: "TLSv1" … "TLSv1.3", or "unknown". */
      protocol: string
      /** Suite and group picked; undefined when the ServerHello's lengths lie. */
      serverHello?: ServerHelloFields
      /** The certificates as sent (read up to ServerHelloDone only with `readFlight`). */
      certificates?: Buffer[]
      /** TLS 1.2 ECDHE and DHE, with `readFlight` (keyExchangeParams reads it). */
      serverKeyExchange?: Buffer
      certificateRequested: boolean
    }
  | { ok: false; failure: ConnectFailure }

export interface HelloOptions {
  timeoutMs: number
  /** The offer (versions, suites): its context's ClientHello is the one sent. */
  offer: tls.SecureContext
  /** The versions the offer allows: a server that picks another refuses them, as a TLS client
   * reads it (ERR_SSL_UNSUPPORTED_PROTOCOL). */
  versions: readonly TlsVersion[]
  /** Read on to ServerHelloDone (chain, CertificateRequest), not only the ServerHello. */
  readFlight?: boolean
  address?: string
}

/** The failure code when Node's OpenSSL produced no ClientHello for the offer. */
export const NO_CLIENT_HELLO = 'ERR_CLIENT_HELLO'

export function hello(endpoint: Endpoint, options: HelloOptions): Promise<HelloResult> {
  return clientHello(options.offer).then(
    template => exchange(endpoint, options, withTarget(template, endpoint.host)),
    (err: Error) =>
      ({
        ok: false,
        failure: { phase: 'tls', code: NO_CLIENT_HELLO, message: err.message }
      }) as const
  )
}

function exchange(endpoint: Endpoint, options: HelloOptions, clientHello: Buffer) {
  return new Promise<HelloResult>(resolve => {
    const connectTo = options.address ?? endpoint.addresses[0] ?? endpoint.host
    let phase: Phase = isIP(connectTo) === 0 ? 'dns' : 'tcp'
    const reader = new ServerFlightReader()
    const socket = net.connect({ host: connectTo, port: endpoint.port })
    const failure = (code: string, message: string): HelloResult => ({
      ok: false,
      failure: { address: socket.remoteAddress ?? connectTo, phase, code, message }
    })
    const { finish } = settleOnce(resolve, {
      timeoutMs: options.timeoutMs,
      expire: failure,
      release: () => socket.destroy()
    })
    const fail = (code: string, message: string): void => finish(failure(code, message))
    socket.once('lookup', () => (phase = 'tcp'))
    socket.once('connect', () => {
      phase = 'tls'
      socket.write(clientHello)
    })
    socket.on('error', (err: NodeJS.ErrnoException) => fail(err.code ?? 'ERROR', err.message))
    // What the server said so far decides, when it has said enough or stopped talking.
    const conclude = (ended: boolean): void => {
      const { protocol } = reader
      if (protocol !== undefined && (ended || !options.readFlight || reader.done)) {
        if (!options.versions.includes(protocol as TlsVersion))
          return fail(
            'ERR_SSL_UNSUPPORTED_PROTOCOL',
            `the server picked ${protocol}, which was not offered`
          )
        return finish({
          ok: true,
          protocol,
          serverHello: reader.serverHello,
          certificates: reader.certificates,
          serverKeyExchange: reader.serverKeyExchange,
          certificateRequested: reader.certificateRequested
        })
      }
      if (reader.notTls) return fail('ERR_SSL_WRONG_VERSION_NUMBER', 'the answer is not TLS')
      if (reader.oversized)
        return fail('ERR_SSL_EXCESSIVE_MESSAGE_SIZE', "the server's first flight is too long")
      const { alert } = reader
      if (alert !== undefined) {
        const message = `the server refused the ClientHello with alert ${alert}`
        return void alertCode(alert).then(code => fail(code, message))
      }
      if (reader.done) return fail('ERR_SSL_UNEXPECTED_MESSAGE', 'the server sent no ServerHello')
      if (ended) fail('ECONNRESET', 'the server closed the connection during the handshake')
    }
    socket.on('end', () => conclude(true))
    socket.on(
      'data',
      guard(
        (chunk: Buffer) => {
          reader.push(chunk)
          conclude(false)
        },
        err => fail(MALFORMED_PEER_DATA, err.message)
      )
    )
  })
}

const templates = new WeakMap<tls.SecureContext, Promise<Buffer>>()

/** The ClientHello record Node's OpenSSL sends with this context (no server name), captured
 * from a TLS socket over a stream that goes nowhere. */
function clientHello(offer: tls.SecureContext): Promise<Buffer> {
  let template = templates.get(offer)
  if (!template) {
    template = new Promise<Buffer>((resolve, reject) => {
      const nowhere = new Duplex({
        read: () => undefined,
        write: (chunk: Buffer, _encoding, done) => {
          resolve(Buffer.from(chunk))
          done()
          // The hello may be written before tls.connect returns.
          setImmediate(() => socket.destroy())
        }
      })
      const socket = tls.connect({
        socket: nowhere,
        secureContext: offer,
        ALPNProtocols: ['http/1.1'],
        rejectUnauthorized: false
      })
      socket.on('error', reject)
      socket.on('close', () => reject(new Error('no ClientHello was produced for this offer')))
    })
    templates.set(offer, template)
  }
  return template
}

/** The template with a fresh random and, for a DNS name, its server_name extension first. */
function withTarget(template: Buffer, host: string): Buffer {
  const body = Buffer.from(template.subarray(9)) // after the record and handshake headers
  randomBytes(32).copy(body, 2)
  let at = 34
  at += 1 + body[at] // session id
  at += 2 + body.readUInt16BE(at) // cipher suites
  at += 1 + body[at] // compression methods
  const extensions = body.subarray(at + 2, at + 2 + body.readUInt16BE(at))
  const sni = isIP(host) === 0 ? serverNameExtension(host) : Buffer.alloc(0)
  const allExtensions = Buffer.concat([sni, extensions])
  const newBody = Buffer.concat([body.subarray(0, at), u16(allExtensions.length), allExtensions])
  const handshake = Buffer.concat([Buffer.from([1]), u24(newBody.length), newBody])
  return Buffer.concat([template.subarray(0, 3), u16(handshake.length), handshake])
}

/** server_name (RFC 6066 §3) with one host_name. */
function serverNameExtension(host: string): Buffer {
  const name = Buffer.from(host, 'ascii')
  const entry = Buffer.concat([Buffer.from([0]), u16(name.length), name])
  const list = Buffer.concat([u16(entry.length), entry])
  return Buffer.concat([u16(0), u16(list.length), list])
}

const u16 = (n: number): Buffer => Buffer.from([(n >> 8) & 255, n & 255])
const u24 = (n: number): Buffer => Buffer.from([(n >> 16) & 255, (n >> 8) & 255, n & 255])
