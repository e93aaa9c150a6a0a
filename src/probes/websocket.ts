// One real WebSocket session with `ws`: upgrade (101, Sec-WebSocket-Accept checked by ws),
// ping → pong, optionally a message and the reply it expects, then a clean close (1000).
// Every step has its own timeout, the run's deadline ends it; the result says which step failed
// and how (with the close code and reason when the server ended the connection).
import type { IncomingHttpHeaders } from 'node:http'
import { isIP } from 'node:net'
import { performance } from 'node:perf_hooks'
import type { SecureContext, TLSSocket } from 'node:tls'
import WebSocket from 'ws'
import { deadlineSignal, guard, MALFORMED_PEER_DATA, onAbort } from '../isolation.js'
import type { Matcher } from '../matcher.js'

export type SessionStep = 'upgrade' | 'ping' | 'message' | 'close'

export interface SessionOptions {
  url: string
  /** Connect here instead of resolving the URL's host (the `resolve` input). */
  address?: string
  timeoutMs: number
  secureContext?: SecureContext
  /** False only when the certificate checks already failed and this session is for the rest. */
  verifyCertificate: boolean
  /** A TLS session to resume (from the handshake whose certificate was already judged). */
  tlsSession?: Buffer
  /** An open connection whose certificate was already judged: the upgrade goes over it, with
   * no handshake of its own (url, address and TLS options then only name the request). */
  connection?: TLSSocket
  headers: Record<string, string>
  origin?: string
  subprotocols: string[]
  message?: string
  expect?: Matcher
}

export interface SessionResult {
  /** HTTP status of the upgrade response, when one arrived. */
  status?: number
  headers?: IncomingHttpHeaders
  /** The start of a non-101 response body (at most 300 bytes). */
  body?: string
  subprotocol?: string
  extensions?: string
  roundTripMs?: number
  /** The reply that matched `expect`. */
  reply?: string
  /** The last frame that did not match `expect`. */
  lastFrame?: string
  /** How the connection ended: the server's close code, 1006 when it dropped without a close
   * frame, or the code ws closes with after a bad frame (1002, 1007, 1009). */
  closeCode?: number
  /** ws refused a frame from the server and closed with this code (1002, 1007, 1008, 1009);
   * `failed` says at which step. Whatever the step, the session failed. */
  refusedFrameCode?: number
  /** How long the connection had been silent (no frame, no pong) when it closed: a close
   * after a long silence points at an idle timeout. */
  silentMsBeforeClose?: number
  /** The server's close reason (at most 123 bytes by RFC 6455; cut at BODY_LIMIT). */
  closeReason?: string
  /** Over `connection`, or a new connection that resumed `tlsSession` (or not). */
  connection?: 'reused' | 'resumed' | 'new'
  /** The step that did not complete, and why. Absent: every step completed. */
  failed?: { step: SessionStep; code: string; message: string }
}

const BODY_LIMIT = 300
export const MAX_PAYLOAD = 1 << 20

/** The close code ws ends a session with after a frame it refuses (RFC 6455 §7.4.1), by the
 * error's code: for a ws that does not attach the code to the error itself. */
const FRAME_ERROR_CLOSE: Record<string, number> = {
  WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: 1009,
  WS_ERR_INVALID_UTF8: 1007,
  WS_ERR_TOO_MANY_BUFFERED_PARTS: 1008
}

/** The close code ws sends after refusing the server's data (too big, bad UTF-8, a broken
 * frame, compressed data that does not inflate); undefined for any other error (a reset, a
 * handshake error). ws's receiver marks each such error with the code under its 'status-code'
 * symbol, zlib's errors included (1007), which carry no WS_ERR_ code. */
function refusedFrameCloseCode(err: NodeJS.ErrnoException): number | undefined {
  const marked = Object.getOwnPropertySymbols(err).find(key => key.description === 'status-code')
  const code = marked && (err as unknown as Record<symbol, unknown>)[marked]
  if (typeof code === 'number') return code
  return err.code?.startsWith('WS_ERR_') ? (FRAME_ERROR_CLOSE[err.code] ?? 1002) : undefined
}

export function webSocketSession(options: SessionOptions): Promise<SessionResult> {
  return new Promise(resolve => {
    const result: SessionResult = {}
    const socket = new WebSocket(options.url, options.subprotocols, clientOptions(options))
    let timer: NodeJS.Timeout | undefined
    let step: SessionStep = 'upgrade'
    let pingSent = 0
    let lastHeard: number | undefined
    const arm = (next: SessionStep): void => {
      step = next
      clearTimeout(timer)
      timer = setTimeout(
        () => fail('TIMEOUT', `no answer within ${options.timeoutMs} ms`),
        options.timeoutMs
      )
    }
    const done = (): void => {
      clearTimeout(timer)
      stopOnDeadline()
      socket.removeAllListeners('close')
      socket.terminate()
      resolve(result)
    }
    const fail = (code: string, message: string): void => {
      result.failed ??= { step, code, message }
      done()
    }
    const close = (): void => {
      arm('close')
      socket.close(1000, 'wss-doctor done')
    }
    const stopOnDeadline = onAbort(deadlineSignal(), () =>
      fail('DEADLINE', 'the run reached its deadline')
    )
    // Every listener that sees the server's data fails the session instead of throwing.
    const malformed = (err: Error): void => fail(MALFORMED_PEER_DATA, err.message)
    socket.on('error', (err: NodeJS.ErrnoException) => {
      // A refused frame (too big, bad UTF-8, protocol error): ws closes with its code. It fails
      // the session at any step, the close included (a frame together with the pong, or one
      // sent instead of the close frame).
      const refused = step === 'upgrade' ? undefined : refusedFrameCloseCode(err)
      if (refused !== undefined) {
        result.refusedFrameCode ??= refused
        result.closeCode ??= refused
      }
      fail(err.code ?? 'ERROR', err.message)
    })
    socket.on(
      'upgrade',
      guard(response => {
        result.status = response.statusCode
        const connection = response.socket as { isSessionReused?: () => boolean }
        result.connection = options.connection
          ? 'reused'
          : connection.isSessionReused?.()
            ? 'resumed'
            : 'new'
        result.headers = response.headers
      }, malformed)
    )
    socket.on(
      'unexpected-response',
      guard((request, response) => {
        result.status = response.statusCode
        result.headers = response.headers
        const chunks: Buffer[] = []
        let size = 0
        const finish = (): void => {
          result.body = Buffer.concat(chunks).toString('utf8').slice(0, BODY_LIMIT)
          request.destroy()
          fail(
            `HTTP_${response.statusCode}`,
            `the server answered HTTP ${response.statusCode} instead of 101 Switching Protocols`
          )
        }
        response.on(
          'data',
          guard((chunk: Buffer) => {
            chunks.push(chunk)
            size += chunk.length
            if (size >= BODY_LIMIT) finish()
          }, malformed)
        )
        response.on('end', guard(finish, malformed))
        response.on('error', guard(finish, malformed))
      }, malformed)
    )
    socket.on(
      'open',
      guard(() => {
        result.subprotocol = socket.protocol || undefined
        result.extensions = socket.extensions || undefined
        arm('ping')
        pingSent = performance.now()
        lastHeard = pingSent
        socket.ping()
      }, malformed)
    )
    socket.on(
      'pong',
      guard(() => {
        lastHeard = performance.now()
        if (step !== 'ping') return
        result.roundTripMs = Math.round((performance.now() - pingSent) * 10) / 10
        if (options.expect) {
          arm('message')
          if (options.message !== undefined) socket.send(options.message)
        } else {
          if (options.message !== undefined) socket.send(options.message)
          close()
        }
      }, malformed)
    )
    socket.on(
      'message',
      guard((data: WebSocket.RawData, isBinary: boolean) => {
        lastHeard = performance.now()
        if (step !== 'message') return
        const text = isBinary ? `<${(data as Buffer).length} bytes of binary>` : data.toString()
        if (options.expect!.test(text)) {
          result.reply = text.slice(0, BODY_LIMIT)
          close()
        } else {
          result.lastFrame = text.slice(0, BODY_LIMIT)
        }
      }, malformed)
    )
    socket.on(
      'close',
      guard((code: number, reason: Buffer) => {
        result.closeCode = code
        if (lastHeard !== undefined)
          result.silentMsBeforeClose = Math.round(performance.now() - lastHeard)
        result.closeReason =
          reason.length > 0 ? reason.toString('utf8').slice(0, BODY_LIMIT) : undefined
        // Our close answered by a dropped connection (no close frame: 1006) is no clean close.
        if (step === 'close' && code === 1006)
          fail('CLOSED', 'the connection ended without a close frame in answer (1006)')
        else if (step === 'close') done()
        else
          fail('CLOSED', `the server closed the connection (code ${code}) during the ${step} step`)
      }, malformed)
    )
    arm('upgrade')
  })
}

export interface IdleOptions extends Omit<SessionOptions, 'connection' | 'message' | 'expect'> {
  /** How long to hold the open connection without sending anything. */
  holdMs: number
}

export type IdleStep = 'upgrade' | 'hold' | 'close'

export interface IdleResult {
  /** HTTP status of the upgrade response, when one arrived. */
  status?: number
  headers?: IncomingHttpHeaders
  connection?: 'resumed' | 'new'
  /** How long the connection stayed open after the 101: the whole hold when it survived. */
  heldMs?: number
  /** When the server's pings arrived, in ms after the 101. ws answers each with a pong, as a
   * browser does. */
  pingsAtMs: number[]
  /** Messages (and unsolicited pongs) the server sent during the hold. */
  frames: number
  /** The connection ended during the hold. */
  cut?: {
    /** The close frame's code; 1005: a close frame without one; 1006: no close frame. */
    code: number
    reason?: string
    /** Without a close frame: how the transport ended, by the peer's FIN or a reset (RST). */
    transport?: 'FIN' | 'RST'
    /** Since the last frame from the server (or the 101 when none came). */
    silentMs: number
  }
  /** ws refused a frame from the server and closed with this code (1002, 1007, 1008, 1009),
   * during the hold or the close after it (`failed` says which). */
  refusedFrameCode?: number
  /** The step that did not complete, and why. Absent: held for holdMs (or cut: see `cut`). */
  failed?: { step: IdleStep; code: string; message: string }
}

/** Opens a WebSocket and holds it the way a browser does while the application is quiet: sends
 * nothing, answers the server's pings, and sees whether it is still open after `holdMs`. Then
 * closes it cleanly (1000). Each step has its timeout (the upgrade and the close `timeoutMs`,
 * the hold `holdMs`); the run's deadline ends it (DEADLINE). */
export function idleSession(options: IdleOptions): Promise<IdleResult> {
  return new Promise(resolve => {
    const result: IdleResult = { pingsAtMs: [], frames: 0 }
    const socket = new WebSocket(options.url, options.subprotocols, clientOptions(options))
    let step: IdleStep = 'upgrade'
    let openedAt = 0
    let lastHeard = 0
    let transport: 'FIN' | 'RST' | undefined
    let settled = false
    let timer: NodeJS.Timeout | undefined
    const since = (): number => Math.round(performance.now() - openedAt)
    const arm = (next: IdleStep, ms: number, expire: () => void): void => {
      step = next
      clearTimeout(timer)
      timer = setTimeout(expire, ms)
    }
    const done = (): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      stopOnDeadline()
      socket.terminate()
      resolve(result)
    }
    const fail = (code: string, message: string): void => {
      if (settled) return
      if (step === 'hold') result.heldMs = since()
      // A failed close after a completed hold changes nothing: the verdict is the hold's.
      if (step !== 'close') result.failed ??= { step, code, message }
      done()
    }
    const stopOnDeadline = onAbort(deadlineSignal(), () =>
      fail('DEADLINE', 'the run reached its deadline')
    )
    // A frame the client refuses fails the hold at once, whatever the step (the close after
    // the hold included): the server broke the protocol, and no cut follows that could say so.
    const refuse = (closeCode: number, err: NodeJS.ErrnoException): void => {
      if (settled) return
      result.refusedFrameCode = closeCode
      if (step === 'hold') result.heldMs = since()
      result.failed ??= { step, code: err.code ?? 'ERROR', message: err.message }
      done()
    }
    const malformed = (err: Error): void => fail(MALFORMED_PEER_DATA, err.message)
    socket.on('error', (err: NodeJS.ErrnoException) => {
      const refused = step === 'upgrade' ? undefined : refusedFrameCloseCode(err)
      if (refused !== undefined) return refuse(refused, err)
      // During the hold any other error ends the connection: 'close' follows and says how.
      if (step === 'hold')
        result.failed ??= { step, code: err.code ?? 'ERROR', message: err.message }
      else fail(err.code ?? 'ERROR', err.message)
    })
    socket.on(
      'upgrade',
      guard(response => {
        result.status = response.statusCode
        result.headers = response.headers
        const raw = response.socket as TLSSocket & { isSessionReused?: () => boolean }
        result.connection = raw.isSessionReused?.() ? 'resumed' : 'new'
        // How the transport ends, when no close frame comes: the peer's FIN, or a reset.
        raw.once('end', () => (transport ??= 'FIN'))
        raw.on('error', (err: NodeJS.ErrnoException) => {
          if (err.code === 'ECONNRESET' || err.code === 'EPIPE') transport ??= 'RST'
        })
      }, malformed)
    )
    socket.on(
      'unexpected-response',
      guard((request, response) => {
        result.status = response.statusCode
        result.headers = response.headers
        request.destroy()
        fail(
          `HTTP_${response.statusCode}`,
          `the server answered HTTP ${response.statusCode} instead of 101 Switching Protocols`
        )
      }, malformed)
    )
    socket.on(
      'open',
      guard(() => {
        openedAt = performance.now()
        lastHeard = openedAt
        arm('hold', options.holdMs, () => {
          result.heldMs = since()
          if (socket.readyState !== WebSocket.OPEN) return done()
          arm('close', options.timeoutMs, done)
          socket.close(1000, 'wss-doctor done')
        })
      }, malformed)
    )
    socket.on(
      'ping',
      guard(() => {
        lastHeard = performance.now()
        if (step === 'hold') result.pingsAtMs.push(since())
      }, malformed)
    )
    const heard = guard(() => {
      lastHeard = performance.now()
      if (step === 'hold') result.frames++
    }, malformed)
    socket.on('pong', heard)
    socket.on('message', heard)
    socket.on(
      'close',
      guard((code: number, reason: Buffer) => {
        if (step === 'hold') {
          result.heldMs = since()
          // ws closed it after refusing a frame (result.failed says which): not a cut.
          if (result.failed) return done()
          result.cut = {
            code,
            reason: reason.length > 0 ? reason.toString('utf8').slice(0, BODY_LIMIT) : undefined,
            transport: code === 1006 ? transport : undefined,
            silentMs: Math.round(performance.now() - lastHeard)
          }
          return done()
        }
        if (step === 'close') return done()
        fail('CLOSED', `the server closed the connection (code ${code}) before the upgrade`)
      }, malformed)
    )
    arm('upgrade', options.timeoutMs, () =>
      fail('TIMEOUT', `no answer within ${options.timeoutMs} ms`)
    )
  })
}

/** ws's options for a session: the run's trust and verification, TLS session resumption, the
 * fixed address, or the open connection to go over. */
function clientOptions(
  options: Omit<SessionOptions, 'message' | 'expect'>
): WebSocket.ClientOptions {
  const { address } = options
  // ws hands these to tls.connect; its types omit secureContext, lookup and session.
  const clientOptions: Omit<WebSocket.ClientOptions, 'createConnection'> & {
    secureContext?: SecureContext
    lookup?: unknown
    session?: Buffer
    createConnection?: () => TLSSocket
  } = {
    headers: options.headers,
    origin: options.origin,
    handshakeTimeout: options.timeoutMs,
    followRedirects: false,
    maxPayload: MAX_PAYLOAD,
    secureContext: options.secureContext,
    // Deliberately unverified only when trust/hostname already failed: the session still
    // shows whether the upgrade itself works. The caller records that in the finding.
    rejectUnauthorized: options.verifyCertificate,
    session: options.tlsSession,
    lookup: address ? fixedLookup(address) : undefined,
    ...(options.connection ? { createConnection: () => options.connection! } : {})
  }
  return clientOptions as WebSocket.ClientOptions
}

/** A lookup that always answers `address`, in the shape net.connect asks for. */
function fixedLookup(address: string) {
  const family = isIP(address)
  return (
    _host: string,
    options: { all?: boolean },
    callback: (...args: unknown[]) => void
  ): void => {
    if (options.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }
}
