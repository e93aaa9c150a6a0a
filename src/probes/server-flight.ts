// What a server answers to a ClientHello offering TLS 1.2 or older, read in clear: the version
// it picked (ServerHello), the certificates exactly as it sends them (Certificate), whether it
// asks for a client certificate (CertificateRequest), or the alert it refused with. Node's
// getPeerCertificate() rebuilds the chain (issuer order, plus the root from the trust store),
// hiding order and extras; TLS 1.3 encrypts all of it. Fed by hello.ts.

const CHANGE_CIPHER_SPEC_RECORD = 20
const ALERT_RECORD = 21
const HANDSHAKE_RECORD = 22
const APPLICATION_DATA_RECORD = 23
const SERVER_HELLO = 2
const CERTIFICATE_MESSAGE = 11
const CERTIFICATE_REQUEST = 13
const SERVER_HELLO_DONE = 14

const PROTOCOLS: Record<number, string> = { 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2' }

/** More than any real first flight (a long chain is tens of KB): a server that keeps sending
 * is cut off here instead of filling memory until the timeout. */
const MAX_FLIGHT_BYTES = 1 << 20

/** Reads the server's first flight chunk by chunk; `done` once there is nothing more to learn
 * in clear. Every length is checked against the bytes there. */
export class ServerFlightReader {
  private records = Buffer.alloc(0)
  private handshake = Buffer.alloc(0)
  done = false
  /** "TLSv1" … "TLSv1.2" from the ServerHello ("unknown" for any other number). */
  protocol?: string
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
      if (type === SERVER_HELLO && body.length >= 2)
        this.protocol = PROTOCOLS[body.readUInt16BE(0)] ?? 'unknown'
      if (type === CERTIFICATE_MESSAGE) this.certificates = certificateList(body)
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
