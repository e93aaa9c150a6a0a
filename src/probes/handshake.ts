// One TLS handshake against an endpoint: captures the chain, protocol, cipher and Node's
// verdict, or says precisely how and where the connection failed. Bounded by `timeoutMs` and
// by the run's deadline; whatever the server sends, a malformed answer is a failure, not a throw.
import { isIP } from 'node:net'
import { performance } from 'node:perf_hooks'
import tls, { type DetailedPeerCertificate } from 'node:tls'
import {
  certificateInfo,
  type CertificateInfo,
  type ConnectFailure,
  type HandshakeFacts,
  type Phase
} from '../facts.js'
import { guard, MALFORMED_PEER_DATA, settleOnce } from '../isolation.js'
import type { Endpoint } from '../target.js'

export type HandshakeResult =
  | { ok: true; facts: HandshakeFacts; session?: Buffer; connection?: tls.TLSSocket }
  | { ok: false; failure: ConnectFailure }

export interface HandshakeOptions {
  timeoutMs: number
  /** Carries the trusted roots (or a TLS version range); undefined keeps Node's defaults. */
  secureContext?: tls.SecureContext
  /** ALPN protocols to offer; browsers open WebSockets over HTTP/1.1. */
  alpn?: string[]
  /** The address to connect to; default: the endpoint's first, else its host name. */
  address?: string
  /** Keep the TLS session for resumption; under TLS 1.3 its ticket arrives just after the
   * handshake, so wait for it (at most SESSION_WAIT_MS). */
  keepSession?: boolean
  /** Leave the connection open and return it: the upgrade goes over it (see upgrade.ts). */
  keepConnection?: boolean
  /** false: leave `chain` empty. Reading the chain (getPeerCertificate) is a large share of a
   * handshake's CPU; probes that judge only the version or cipher skip it. */
  readChain?: boolean
}

const SESSION_WAIT_MS = 100

export function handshake(endpoint: Endpoint, options: HandshakeOptions): Promise<HandshakeResult> {
  return new Promise(resolve => {
    const started = performance.now()
    const connectTo = options.address ?? endpoint.addresses[0] ?? endpoint.host
    let phase: Phase = isIP(connectTo) === 0 ? 'dns' : 'tcp'
    const failure = (code: string, message: string): HandshakeResult => ({
      ok: false,
      failure: { address: address(), phase, code, message }
    })
    // Every listener that sees the server's bytes fails this handshake instead of throwing.
    const malformed = (err: Error): void => finish(failure(MALFORMED_PEER_DATA, err.message))
    const connectOptions: tls.ConnectionOptions & { requestOCSP: boolean } = {
      host: connectTo,
      port: endpoint.port,
      servername: isIP(endpoint.host) === 0 ? endpoint.host : undefined,
      secureContext: options.secureContext,
      ALPNProtocols: options.alpn ?? ['http/1.1'],
      // Verification is not skipped but deferred: a probe must see a certificate that fails in
      // order to say why. The trust and hostname probes judge `authorized`, `verifyError` and
      // the names; nothing is sent over this connection before they have (keepConnection: the
      // upgrade, with secrets only when they passed).
      rejectUnauthorized: false,
      // Node calls this with the chain it read (getPeerCertificate(true)) whenever the chain
      // verified; keeping it spares reading the chain a second time.
      checkServerIdentity: (_host, peer) => void (verifiedPeer = peer as DetailedPeerCertificate),
      // Ask for a stapled OCSP response; the revocation probe reads it.
      requestOCSP: true
    }
    let verifiedPeer: DetailedPeerCertificate | undefined
    const socket = tls.connect(connectOptions)
    let ocspStaple: Buffer | undefined
    socket.once(
      'OCSPResponse',
      guard((response: Buffer) => (ocspStaple = response), malformed)
    )
    const { finish, stopTimer } = settleOnce(resolve, {
      timeoutMs: options.timeoutMs,
      expire: failure,
      release: result => {
        if (result.ok && options.keepConnection && !socket.destroyed) result.connection = socket
        else socket.destroy()
      }
    })
    const address = (): string | undefined =>
      socket.remoteAddress ?? (isIP(connectTo) ? connectTo : undefined)
    socket.once('lookup', () => (phase = 'tcp'))
    socket.once('connect', () => (phase = 'tls'))
    // `on`, not `once`: a late second error must not become an uncaught exception.
    const onError = (err: NodeJS.ErrnoException): void => {
      if (afterHandshake) {
        // Node only emits a TLS error after the handshake: the socket stays open-looking, but
        // its TLS session is dead and HTTP over it would never hear why. Closed, it is never
        // handed to the upgrade, however soon that comes (and whether or not it already has).
        socket.destroy()
        // The facts stand: the error is one of them (TLS 1.3's certificate_required alert
        // arrives only after the client's Finished).
        return afterHandshake(err.code ?? 'ERROR')
      }
      finish(failure(err.code ?? 'ERROR', err.message))
    }
    let afterHandshake: ((code: string) => void) | undefined
    socket.on('error', onError)
    let session: Buffer | undefined
    let onSession: (() => void) | undefined
    socket.on(
      'session',
      guard((ticket: Buffer) => {
        session = ticket
        onSession?.()
      }, malformed)
    )
    socket.once(
      'secureConnect',
      guard(() => {
        const cipher = socket.getCipher()
        const ephemeral = socket.getEphemeralKeyInfo() as { name?: string; size?: number } | null
        const handshakeMs = Math.round(performance.now() - started)
        stopTimer() // the handshake is done; only the bounded session wait may follow
        const facts: HandshakeFacts = {
          remoteAddress: socket.remoteAddress ?? connectTo,
          protocol: socket.getProtocol() ?? 'unknown',
          cipher: cipher.standardName ?? cipher.name,
          alpn: socket.alpnProtocol || undefined,
          group: ephemeral?.name,
          groupBits: ephemeral?.size,
          ocspStaple:
            ocspStaple && ocspStaple.length > 0 ? ocspStaple.toString('base64') : undefined,
          authorized: socket.authorized,
          verifyError: socket.authorized ? undefined : String(socket.authorizationError),
          chain:
            options.readChain === false
              ? []
              : peerChain(verifiedPeer ?? socket.getPeerCertificate(true)),
          handshakeMs
        }
        const success = (alert?: string): void =>
          finish({
            ok: true,
            facts: alert ? { ...facts, alertAfterHandshake: alert } : facts,
            session
          })
        afterHandshake = success
        if (!options.keepSession || session) return success()
        // Not from within the 'session' event: OpenSSL is still reading the ticket then, and a
        // write to the kept connection in that turn (the upgrade's) breaks its record layer.
        onSession = () => void setImmediate(guard(() => success(), malformed))
        setTimeout(
          guard(() => success(), malformed),
          Math.min(SESSION_WAIT_MS, options.timeoutMs)
        ).unref()
      }, malformed)
    )
  })
}

/** Leaf first, following issuerCertificate until a root points at itself. */
function peerChain(peer: DetailedPeerCertificate): CertificateInfo[] {
  const chain: CertificateInfo[] = []
  const seen = new Set<string>()
  let cert: DetailedPeerCertificate | undefined = peer
  while (cert?.raw && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256)
    chain.push(certificateInfo(cert.raw))
    cert = cert.issuerCertificate
  }
  return chain
}
