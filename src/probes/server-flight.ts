// What a server answers to a ClientHello, read in clear: the version, suite and (TLS 1.3) key
// share group it picked (ServerHello, or a HelloRetryRequest), the certificates exactly as it
// sends them (Certificate), its key exchange parameters (ServerKeyExchange), whether it asks
// for a client certificate (CertificateRequest), or the alert it refused with. Node's
// getPeerCertificate() rebuilds the chain (issuer order, plus the root from the trust store),
// hiding order and extras; TLS 1.3 encrypts all of it after its ServerHello. Fed by hello.ts.

const CHANGE_CIPHER_SPEC_RECORD = 20
const ALERT_RECORD = 21
const HANDSHAKE_RECORD = 22
const APPLICATION_DATA_RECORD = 23
const SERVER_HELLO = 2
const CERTIFICATE_MESSAGE = 11
const SERVER_KEY_EXCHANGE = 12
const CERTIFICATE_REQUEST = 13
const SERVER_HELLO_DONE = 14
const SUPPORTED_VERSIONS = 43
const KEY_SHARE = 51
const TLS13 = 0x0304

const PROTOCOLS: Record<number, string> = { 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2' }

/** The random of a HelloRetryRequest (RFC 8446 4.1.3): SHA-256 of "HelloRetryRequest". */
const RETRY_RANDOM = Buffer.from(
  'cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c',
  'hex'
)

/** What the ServerHello says the server picked. */
export interface ServerHelloFields {
  /** The cipher suite's code point. */
  suite: number
  /** TLS 1.3: the key_share group's code point (a HelloRetryRequest's: the group it asks for). */
  group?: number
  /** A HelloRetryRequest: the server wants another key share before it goes on. */
  retry: boolean
}

/** More than any real first flight (a long chain is tens of KB): a server that keeps sending
 * is cut off here instead of filling memory until the timeout. */
const MAX_FLIGHT_BYTES = 1 << 20

/** Reads the server's first flight chunk by chunk; `done` once there is nothing more to learn
 * in clear. Every length is checked against the bytes there. */
export class ServerFlightReader {
  private records = Buffer.alloc(0)
  private handshake = Buffer.alloc(0)
  done = false
  /** "TLSv1" … "TLSv1.3" from the ServerHello ("unknown" for any other number). */
  protocol?: string
  /** Undefined when the ServerHello's lengths lie (its version still counts). */
  serverHello?: ServerHelloFields
  /** The ServerKeyExchange's body (TLS 1.2 ECDHE, DHE): read it with keyExchangeParams. */
  serverKeyExchange?: Buffer
  /** The alert's description number, when the server refused. */
  alert?: number
  /** The bytes are not TLS records (an HTTP server, say). */
  notTls = false
  /** The first flight ran past MAX_FLIGHT_BYTES. */
  oversized = false
  private read = 0
  certificates?: Buffer[]
  certificateRequested = false

  push(chunk: Buffer): void {
    if (this.done) return
    this.read += chunk.length
    if (this.read > MAX_FLIGHT_BYTES) return this.stop(() => (this.oversized = true))
    this.records = Buffer.concat([this.records, chunk])
    while (this.records.length >= 5) {
      const type = this.records[0]
      const known = type >= CHANGE_CIPHER_SPEC_RECORD && type <= APPLICATION_DATA_RECORD
      if (!known || this.records[1] !== 3) return this.stop(() => (this.notTls = true))
      const length = this.records.readUInt16BE(3)
      if (this.records.length < 5 + length) return
      const fragment = this.records.subarray(5, 5 + length)
      this.records = this.records.subarray(5 + length)
      if (type === ALERT_RECORD)
        return this.stop(() => (this.alert = fragment.length >= 2 ? fragment[1] : undefined))
      // Anything else but a handshake record ends the clear-text part.
      if (type !== HANDSHAKE_RECORD) return this.stop()
      this.handshake = Buffer.concat([this.handshake, fragment])
      this.readMessages()
      if (this.done) return
    }
  }

  private stop(note?: () => void): void {
    note?.()
    this.done = true
  }

  private readMessages(): void {
    while (this.handshake.length >= 4) {
      const length = this.handshake.readUIntBE(1, 3)
      if (this.handshake.length < 4 + length) return
      const type = this.handshake[0]
      const body = this.handshake.subarray(4, 4 + length)
      this.handshake = this.handshake.subarray(4 + length)
      if (type === SERVER_HELLO && body.length >= 2) {
        const fields = serverHello(body)
        // TLS 1.3 is only ever named in supported_versions.
        const tls13 = fields?.selected === TLS13
        const version = fields?.selected ?? body.readUInt16BE(0)
        this.protocol = tls13 ? 'TLSv1.3' : (PROTOCOLS[version] ?? 'unknown')
        this.serverHello = fields && {
          suite: fields.suite,
          group: fields.group,
          retry: fields.retry
        }
        // What follows a TLS 1.3 ServerHello is encrypted; a HelloRetryRequest waits for us.
        if (tls13 || fields?.retry) return this.stop()
      }
      if (type === CERTIFICATE_MESSAGE) this.certificates = certificateList(body)
      if (type === SERVER_KEY_EXCHANGE) this.serverKeyExchange = Buffer.from(body)
      if (type === CERTIFICATE_REQUEST) this.certificateRequested = true
      if (type === SERVER_HELLO_DONE) return this.stop()
    }
  }
}

/** TLS 1.2 Certificate: a 3-byte list length, then 3-byte-length-prefixed DER certificates.
 * Every length is checked against the bytes there: undefined when one lies. */
function certificateList(body: Buffer): Buffer[] | undefined {
  if (body.length < 3) return undefined
  const end = 3 + body.readUIntBE(0, 3)
  if (end > body.length) return undefined
  const certificates: Buffer[] = []
  let offset = 3
  while (offset < end) {
    if (offset + 3 > end) return undefined
    const length = body.readUIntBE(offset, 3)
    if (offset + 3 + length > end) return undefined
    certificates.push(Buffer.from(body.subarray(offset + 3, offset + 3 + length)))
    offset += 3 + length
  }
  return certificates
}

/** ServerHello (RFC 8446 4.1.3, RFC 5246 7.4.1.3): the suite, the version supported_versions
 * selects, the key_share group. Undefined when a length lies. */
function serverHello(body: Buffer): (ServerHelloFields & { selected?: number }) | undefined {
  let at = 2 + 32
  if (body.length < at + 1) return undefined
  at += 1 + body[at] // session id
  if (body.length < at + 3) return undefined
  const suite = body.readUInt16BE(at)
  at += 3 // suite, compression method
  const fields = {
    selected: undefined as number | undefined,
    suite,
    group: undefined as number | undefined,
    retry: body.subarray(2, 34).equals(RETRY_RANDOM)
  }
  if (at === body.length) return fields // no extensions (TLS 1.2 and older)
  if (body.length < at + 2) return undefined
  const end = at + 2 + body.readUInt16BE(at)
  if (end !== body.length) return undefined
  for (at += 2; at < end;) {
    if (at + 4 > end) return undefined
    const type = body.readUInt16BE(at)
    const length = body.readUInt16BE(at + 2)
    at += 4
    if (at + length > end) return undefined
    // Both start with a 2-byte value: the version picked, the group of the key share.
    if ((type === SUPPORTED_VERSIONS || type === KEY_SHARE) && length < 2) return undefined
    if (type === SUPPORTED_VERSIONS) fields.selected = body.readUInt16BE(at)
    if (type === KEY_SHARE) fields.group = body.readUInt16BE(at)
    at += length
  }
  return fields
}

export type KeyExchangeParams = { curve: number } | { dhBits: number }

/** TLS 1.2 ServerKeyExchange (RFC 8422 5.4, RFC 5246 7.4.3): the named curve of ECDHE, the
 * size in bits of DHE's prime. Undefined when it is not one, or a length lies. */
export function keyExchangeParams(
  body: Buffer,
  kind: 'ECDHE' | 'DHE'
): KeyExchangeParams | undefined {
  if (kind === 'ECDHE') {
    const NAMED_CURVE = 3
    if (body.length < 4 || body[0] !== NAMED_CURVE || 4 + body[3] > body.length) return undefined
    return { curve: body.readUInt16BE(1) }
  }
  // dh_p, dh_g, dh_Ys: each a 2-byte length and that many bytes.
  const values: Buffer[] = []
  for (let at = 0; values.length < 3;) {
    if (at + 2 > body.length) return undefined
    const length = body.readUInt16BE(at)
    if (at + 2 + length > body.length) return undefined
    values.push(body.subarray(at + 2, at + 2 + length))
    at += 2 + length
  }
  const prime = values[0]
  const first = prime.findIndex(byte => byte !== 0)
  if (first < 0) return undefined
  return { dhBits: (prime.length - first - 1) * 8 + (32 - Math.clz32(prime[first])) }
}
