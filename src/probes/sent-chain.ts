// The certificates exactly as the server sends them. Node's getPeerCertificate() rebuilds the
// chain (issuer order, plus the root from the trust store), hiding order and extras. Over TLS
// 1.2 the Certificate handshake message travels in clear, so a handshake through a tap on the
// raw socket reads it (handshake.ts, captureSentChain). TLS 1.3 encrypts it.
import type net from 'node:net'
import { Duplex } from 'node:stream'

const HANDSHAKE_RECORD = 22
const CERTIFICATE_MESSAGE = 11
const CERTIFICATE_REQUEST = 13
const SERVER_HELLO_DONE = 14

/** Collects the server's clear-text handshake bytes: the Certificate message, and whether the
 * server asked for a client certificate (CertificateRequest, before ServerHelloDone). */
export class CertificateMessageReader {
  private records = Buffer.alloc(0)
  private handshake = Buffer.alloc(0)
  private done = false
  certificates?: Buffer[]
  certificateRequested = false

  push(chunk: Buffer): void {
    if (this.done) return
    this.records = Buffer.concat([this.records, chunk])
    while (this.records.length >= 5) {
      const length = this.records.readUInt16BE(3)
      if (this.records.length < 5 + length) return
      const type = this.records[0]
      const fragment = this.records.subarray(5, 5 + length)
      this.records = this.records.subarray(5 + length)
      // Anything but a handshake record (ChangeCipherSpec, alert) ends the clear-text part.
      if (type !== HANDSHAKE_RECORD) return void (this.done = true)
      this.handshake = Buffer.concat([this.handshake, fragment])
      this.readMessages()
      if (this.done) return
    }
  }

  private readMessages(): void {
    while (this.handshake.length >= 4) {
      const length = this.handshake.readUIntBE(1, 3)
      if (this.handshake.length < 4 + length) return
      const type = this.handshake[0]
      const body = this.handshake.subarray(4, 4 + length)
      this.handshake = this.handshake.subarray(4 + length)
      if (type === CERTIFICATE_MESSAGE) this.certificates = certificateList(body)
      if (type === CERTIFICATE_REQUEST) this.certificateRequested = true
      if (type === SERVER_HELLO_DONE) return void (this.done = true)
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

/** A Duplex over a TCP socket that shows every byte read to `onData`. */
export class TappedSocket extends Duplex {
  constructor(
    private readonly inner: net.Socket,
    onData: (chunk: Buffer) => void
  ) {
    super()
    inner.on('data', (chunk: Buffer) => {
      onData(chunk)
      if (!this.push(chunk)) inner.pause()
    })
    inner.on('end', () => this.push(null))
    inner.on('error', err => this.destroy(err))
  }
  override _read(): void {
    this.inner.resume()
  }
  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (err?: Error | null) => void
  ): void {
    this.inner.write(chunk, callback)
  }
  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    this.inner.destroy()
    callback(err)
  }
}
