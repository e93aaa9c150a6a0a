// What a page does with WebSockets, as the DevTools protocol tells it: every socket the page
// opens (or tries to), how its handshake ended, and the ones the browser blocked before any
// connection (mixed content, Content Security Policy), which only the console reports.
// Everything here comes from the page and its servers: hostile text, kept short.
import type { CDPSession, Protocol } from 'puppeteer-core'

export type SocketOutcome =
  | { kind: 'pending' }
  | { kind: 'open'; status: number }
  /** The browser's own words, e.g. "Error in connection establishment: net::ERR_CERT_…". */
  | { kind: 'failed'; error: string }
  | { kind: 'blocked'; by: 'mixed-content' }
  | { kind: 'blocked'; by: 'csp'; directive: string }

export interface SocketRecord {
  /** As the page wrote it (may carry secrets: redact before reporting). */
  url: string
  outcome: SocketOutcome
}

export interface SocketLog {
  readonly sockets: readonly SocketRecord[]
  /** Uncaught exceptions that name WebSocket (a SecurityError thrown at the page's script). */
  readonly exceptions: readonly string[]
  /** Names the page asked for that did not resolve (the run's resolver rules, or DNS). */
  readonly unresolved: ReadonlySet<string>
  /** Sockets whose handshake has not ended yet. */
  pending(): number
  /** performance.now() of the last socket event: the page is quiet after it. */
  lastEventAt(): number
}

/** At most this many sockets per page: a reconnect loop must not grow the report. */
const MAX_SOCKETS = 100
const MAX_TEXT = 300

const MIXED_CONTENT = /insecure WebSocket endpoint '([^']{1,4096})'/
const CSP =
  /^(?:Connecting to|Refused to connect to) '([^']{1,4096})'[^]*?Content Security Policy directive: "([^"]{0,1000})"/

export function short(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text
}

/** Starts recording on `session` (a page's): call before the page navigates. */
export async function recordSockets(session: CDPSession): Promise<SocketLog> {
  const byRequest = new Map<string, SocketRecord>()
  const sockets: SocketRecord[] = []
  const exceptions: string[] = []
  const unresolved = new Set<string>()
  const requestUrls = new Map<string, string>()
  let last = performance.now()

  const add = (record: SocketRecord): SocketRecord | undefined => {
    last = performance.now()
    if (sockets.length >= MAX_SOCKETS) return undefined
    sockets.push(record)
    return record
  }
  const settle = (requestId: string, outcome: SocketOutcome): void => {
    last = performance.now()
    const record = byRequest.get(requestId)
    if (record?.outcome.kind === 'pending') record.outcome = outcome
  }

  session.on('Network.webSocketCreated', (e: Protocol.Network.WebSocketCreatedEvent) => {
    const record = add({ url: e.url, outcome: { kind: 'pending' } })
    if (record) byRequest.set(e.requestId, record)
  })
  session.on(
    'Network.webSocketHandshakeResponseReceived',
    (e: Protocol.Network.WebSocketHandshakeResponseReceivedEvent) => {
      // Chromium reports a refused upgrade (403, 404…) as a frame error, in its own words
      // ("Unexpected response code: 403"); a response here is, in practice, the 101.
      const { status } = e.response
      settle(
        e.requestId,
        status === 101
          ? { kind: 'open', status }
          : { kind: 'failed', error: short(`HTTP ${status} ${e.response.statusText}`) }
      )
    }
  )
  session.on('Network.webSocketFrameError', (e: Protocol.Network.WebSocketFrameErrorEvent) =>
    settle(e.requestId, { kind: 'failed', error: short(e.errorMessage) })
  )
  session.on('Network.webSocketClosed', (e: Protocol.Network.WebSocketClosedEvent) =>
    settle(e.requestId, {
      kind: 'failed',
      error: 'The connection closed before the handshake finished'
    })
  )
  session.on('Network.requestWillBeSent', (e: Protocol.Network.RequestWillBeSentEvent) =>
    requestUrls.set(e.requestId, e.request.url)
  )
  session.on('Network.loadingFailed', (e: Protocol.Network.LoadingFailedEvent) => {
    if (e.errorText !== 'net::ERR_NAME_NOT_RESOLVED') return
    const url = requestUrls.get(e.requestId)
    if (url && unresolved.size < MAX_SOCKETS) unresolved.add(hostOf(url))
  })
  session.on('Log.entryAdded', ({ entry }: Protocol.Log.EntryAddedEvent) => {
    if (entry.source !== 'security') return
    const mixed = MIXED_CONTENT.exec(entry.text)
    if (mixed) {
      add({ url: mixed[1], outcome: { kind: 'blocked', by: 'mixed-content' } })
      return
    }
    const csp = CSP.exec(entry.text)
    if (csp && /^wss?:/i.test(csp[1]))
      add({ url: csp[1], outcome: { kind: 'blocked', by: 'csp', directive: short(csp[2]) } })
  })
  session.on('Runtime.exceptionThrown', (e: Protocol.Runtime.ExceptionThrownEvent) => {
    const text = e.exceptionDetails.exception?.description ?? e.exceptionDetails.text
    if (/WebSocket/.test(text) && exceptions.length < 10)
      exceptions.push(short(text.split('\n')[0]))
  })

  await Promise.all([
    session.send('Network.enable'),
    session.send('Log.enable'),
    session.send('Runtime.enable')
  ])
  return {
    sockets,
    exceptions,
    unresolved,
    pending: () => sockets.filter(s => s.outcome.kind === 'pending').length,
    lastEventAt: () => last
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return short(url)
  }
}
