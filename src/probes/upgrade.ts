// The WebSocket upgrade itself: a certificate can be perfect while the proxy in front of the
// server drops the Upgrade headers and `ws.onopen` never fires. Judges a real session.
import type { Code } from '../codes.js'
import type { Finding } from '../findings.js'
import { recogniseProxy } from '../proxies/index.js'
import type { Problem } from '../proxies/proxy.js'
import { allowOriginFix, authenticationFix, subprotocolFix } from '../remedies.js'
import { withoutSecrets } from '../secrets.js'
import {
  CLIENT_CERTIFICATE_ALERT,
  clientCertificateFinding,
  NGINX_NO_CLIENT_CERTIFICATE
} from './client-auth.js'
import type { Endpoint } from '../target.js'
import type { Probe, ProbeContext } from './probe.js'
import {
  MAX_PAYLOAD,
  webSocketSession,
  type SessionOptions,
  type SessionResult,
  type SessionStep
} from './websocket.js'

/** What a caller may change about a session; verification and secrets are not among them. */
export type SessionOverrides = Partial<Pick<SessionOptions, 'origin' | 'message' | 'expect'>>

/** Session options for an endpoint of the target (its own, or its ws:// twin). Secrets (the
 * headers, the URL's password and token parameters) travel only in a wss:// session whose
 * certificate verified for the host, and only after the certificate checks passed: anyone in
 * the middle could otherwise take them. That is the connection the checks judged (upgradeSession)
 * or a new one that verifies the certificate itself. Any other session runs without them. */
export function sessionOptions(
  ctx: ProbeContext,
  endpoint: Endpoint,
  overrides: SessionOverrides = {}
): SessionOptions & { secretsWithheld?: string } {
  const { config } = ctx
  const verified = endpoint.scheme === 'wss' && certificateVerified(ctx)
  const secretUrl = endpoint === ctx.target.endpoint ? ctx.target.secretUrl : undefined
  const hasSecrets = Object.keys(config.headers).length > 0 || secretUrl !== undefined
  return {
    url: verified ? (secretUrl ?? endpoint.url) : withoutSecrets(new URL(endpoint.url)),
    address: endpoint.addresses[0],
    timeoutMs: config.timeoutMs,
    secureContext: ctx.trust.secureContext,
    // Unverified only when the certificate checks already failed: the session still shows
    // whether the upgrade itself works. ws:// has no certificate to verify.
    verifyCertificate: verified || endpoint.scheme === 'ws',
    tlsSession: ctx.facts.tlsSession,
    headers: verified ? config.headers : {},
    origin: config.origin,
    subprotocols: config.subprotocols,
    message: config.message,
    expect: config.expect,
    ...overrides,
    secretsWithheld:
      hasSecrets && !verified
        ? endpoint.scheme === 'ws'
          ? `ws:// is clear text`
          : `the certificate did not verify for ${endpoint.host}`
        : undefined
  }
}

/** Node verified the chain and no certificate check (trust, host name, revocation) failed. */
function certificateVerified(ctx: ProbeContext): boolean {
  return (
    ctx.facts.handshake?.authorized === true &&
    !ctx.earlier.some(
      f =>
        (f.check === 'trust' || f.check === 'hostname' || f.check === 'revocation') &&
        f.status === 'fail'
    )
  )
}

export const upgradeProbe: Probe = {
  check: 'upgrade',
  applies: ctx => ctx.target.endpoint?.scheme === 'ws' || ctx.facts.handshake !== undefined,
  run: async ctx => {
    const endpoint = ctx.target.endpoint!
    const options = sessionOptions(ctx, endpoint)
    const session = await upgradeSession(ctx, options)
    if (session.status !== undefined) {
      ctx.facts.upgrade = {
        status: session.status,
        server: header(session, 'server'),
        subprotocol: session.subprotocol,
        extensions: session.extensions,
        roundTripMs: session.roundTripMs,
        connection: session.connection
      }
      ctx.facts.proxy ??= recogniseProxy({
        status: session.status,
        headers: flatHeaders(session),
        body: session.body
      })
    }
    const notes = [
      ...(session.connection === 'reused'
        ? [
            'Sent over the connection whose certificate the checks above judged: no second handshake.'
          ]
        : session.connection === 'resumed'
          ? ['The TLS session of the certificate check was resumed: no second full handshake.']
          : []),
      ...(options.verifyCertificate || endpoint.scheme === 'ws'
        ? []
        : [
            'The certificate was not verified for this session: the certificate checks above already failed.'
          ]),
      ...(options.secretsWithheld
        ? [
            `Sent without the configured headers and URL credentials: ${options.secretsWithheld}, so secrets stay with wss-doctor.`
          ]
        : [])
    ]
    return [withheldCredentials(judgeSession(ctx, endpoint, session, notes), session, options)]
  }
}

/** Over the default handshake's connection while it is open: the very connection whose
 * certificate was judged, and no second handshake. A server may close a connection that has
 * sent nothing while the other checks ran (an idle timeout before the first request): a
 * session that ends so, before any answer, runs once more over a new connection. */
async function upgradeSession(ctx: ProbeContext, options: SessionOptions): Promise<SessionResult> {
  const connection = ctx.facts.connection
  delete ctx.facts.connection
  if (!connection || connection.readyState !== 'open') {
    connection?.destroy()
    return webSocketSession(options)
  }
  const session = await webSocketSession({ ...options, connection })
  const dropped =
    session.status === undefined &&
    session.failed?.step === 'upgrade' &&
    !/^(TIMEOUT|DEADLINE)$/.test(session.failed.code)
  return dropped ? webSocketSession(options) : session
}

/** A 401/403 to a session that carried no credentials on purpose is no verdict on them. */
function withheldCredentials(
  finding: Finding,
  session: SessionResult,
  options: ReturnType<typeof sessionOptions>
): Finding {
  if (!options.secretsWithheld || (session.status !== 401 && session.status !== 403)) return finding
  return {
    ...finding,
    code: 'upgrade-credentials-withheld',
    title: `Upgrade refused with HTTP ${session.status}: expected, the credentials were withheld (${options.secretsWithheld})`,
    cause:
      'wss-doctor sends credentials only over a connection whose certificate verified; fix the certificate checks above',
    fix: undefined
  }
}

/** The response's headers, one string each (repeated ones joined), for recognising the proxy. */
function flatHeaders(session: SessionResult): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {}
  for (const name of Object.keys(session.headers ?? {})) flat[name] = header(session, name)
  return flat
}

function header(session: SessionResult, name: string): string | undefined {
  const value = session.headers?.[name]
  return Array.isArray(value) ? value.join(', ') : value
}

/** An upgrade finding with the session's facts as details, plus `extra` lines. */
type UpgradeFinding = (
  status: Finding['status'],
  code: Code,
  title: string,
  cause?: string,
  remedy?: Finding['fix'] | Problem,
  extra?: string[]
) => Finding

function judgeSession(
  ctx: ProbeContext,
  endpoint: Endpoint,
  session: SessionResult,
  notes: string[]
): Finding {
  const { config } = ctx
  const server = header(session, 'server')
  const facts = [
    session.status !== undefined
      ? `HTTP ${session.status}${server ? ` from ${server}` : ''}`
      : 'no HTTP response',
    ...(session.subprotocol ? [`subprotocol ${session.subprotocol}`] : []),
    ...(session.extensions ? [`extensions ${session.extensions}`] : []),
    ...(session.roundTripMs !== undefined ? [`ping round trip ${session.roundTripMs} ms`] : [])
  ]
  const details = [
    facts.join(', '),
    ...(session.body ? [`Response body starts: ${session.body}`] : []),
    ...notes
  ]
  const finding: UpgradeFinding = (status, code, title, cause, remedy, extra = []) => ({
    check: 'upgrade',
    code,
    status,
    title,
    details: [...details, ...extra],
    cause,
    ...(remedy && 'kind' in remedy ? { problem: remedy } : { fix: remedy })
  })
  const passUpgrade: Problem = { kind: 'upgrade', host: endpoint.host, path: endpoint.path }
  const failed = session.failed
  const presented = config.clientCertificate !== undefined
  if (failed && CLIENT_CERTIFICATE_ALERT.test(failed.code)) {
    return clientCertificateFinding(
      'upgrade',
      `${failed.code}: ${failed.message}`,
      presented,
      endpoint.host
    )
  }
  // Node's own TLS servers check a client certificate after the handshake and just close.
  if (
    presented &&
    failed?.step === 'upgrade' &&
    session.status === undefined &&
    /ECONNRESET|socket hang up/i.test(`${failed.code} ${failed.message}`)
  ) {
    const evidence = `The server closed the connection right after the TLS handshake in which client-cert was presented, without an HTTP answer (${failed.message}).`
    return clientCertificateFinding('upgrade', evidence, presented, endpoint.host)
  }
  const nginxSays = session.status === 400 && NGINX_NO_CLIENT_CERTIFICATE.exec(session.body ?? '')
  if (nginxSays) {
    const evidence = `HTTP 400${server ? ` from ${server}` : ''}: "${nginxSays[0]}"`
    return clientCertificateFinding('upgrade', evidence, presented, endpoint.host)
  }
  if (!failed) {
    const reply = session.reply !== undefined ? `; the reply matched ${config.expect}` : ''
    return finding(
      'pass',
      'upgrade-ok',
      `101 Switching Protocols; ping answered in ${session.roundTripMs} ms; closed cleanly (1000)${reply}`
    )
  }
  if (session.refusedFrameCode !== undefined) {
    const { title, cause, fix } = refusedFrame(
      session.refusedFrameCode,
      sessionStage(session, failed.step),
      failed.message
    )
    const lastFrame =
      session.lastFrame !== undefined ? [`Last frame received: ${session.lastFrame}`] : []
    return finding('fail', 'upgrade-bad-frame', title, cause, fix, [
      `${failed.code}: ${failed.message}`,
      ...lastFrame
    ])
  }
  const status = session.status
  if (failed.step === 'upgrade' && status !== undefined && status !== 101) {
    if (status === 403 && config.origin) {
      return finding(
        'fail',
        'upgrade-origin-refused',
        `Upgrade refused with HTTP 403: the server rejects Origin ${config.origin}`,
        'The server checks the Origin header and does not allow this one',
        allowOriginFix(config.origin)
      )
    }
    if (status === 401 || status === 403) {
      return finding(
        'fail',
        'upgrade-auth-required',
        `Upgrade refused with HTTP ${status}: the endpoint requires authentication`,
        'The request carried no valid credentials',
        authenticationFix()
      )
    }
    if (status === 404) {
      return finding(
        'fail',
        'upgrade-not-found',
        `No WebSocket endpoint at ${endpoint.path}: HTTP 404${server ? ` from ${server}` : ''}`,
        'The path is wrong, or the proxy has no location that routes it to the WebSocket server',
        passUpgrade
      )
    }
    const backendDown = status === 502 || status === 503 || status === 504
    return finding(
      'fail',
      backendDown ? 'upgrade-backend-down' : 'upgrade-not-upgraded',
      `The proxy does not upgrade: HTTP ${status}${server ? ` from ${server}` : ''} instead of 101 Switching Protocols`,
      backendDown
        ? 'The proxy answered but could not reach the WebSocket backend (or does not pass the upgrade to it)'
        : 'A reverse proxy does not pass the Upgrade and Connection headers (or speaks HTTP/1.0 to the backend), so the server sees a plain request',
      passUpgrade
    )
  }
  if (failed.code === 'HTTP_101') {
    // Node's HTTP client reads a 101 without both headers as an ordinary answer (ws then reports
    // an unexpected response); browsers fail it too (RFC 6455 §4.1).
    const missing = [
      ...(/^websocket$/i.test(header(session, 'upgrade') ?? '') ? [] : ['Upgrade: websocket']),
      ...(/\bupgrade\b/i.test(header(session, 'connection') ?? '') ? [] : ['Connection: Upgrade'])
    ]
    return finding(
      'fail',
      'upgrade-bad-101',
      `The 101 Switching Protocols answer lacks ${missing.map(h => `"${h}"`).join(' and ') || 'the upgrade headers clients need'}: clients refuse it`,
      'Something between client and server drops or rewrites the headers of the WebSocket handshake response (RFC 6455 §4.1)',
      passUpgrade
    )
  }
  if (/Sec-WebSocket-Accept/i.test(failed.message)) {
    return finding(
      'fail',
      'upgrade-bad-accept',
      'The upgrade answer has a wrong Sec-WebSocket-Accept',
      'Something between client and server rewrites or fakes the WebSocket handshake (RFC 6455 §4.2.2)',
      passUpgrade
    )
  }
  if (/subprotocol/i.test(failed.message)) {
    return finding(
      'fail',
      'upgrade-subprotocol',
      `Subprotocol negotiation failed: ${failed.message}`,
      `The server accepted none of the offered subprotocols (${config.subprotocols.join(', ') || 'none'})`,
      subprotocolFix(config.subprotocols)
    )
  }
  if ((failed.step === 'ping' || failed.step === 'message') && failed.code !== 'TIMEOUT') {
    return droppedAfterUpgrade(endpoint, session, failed, finding, config.idleTimeoutMs)
  }
  if (failed.step === 'message') {
    const last =
      session.lastFrame !== undefined
        ? [`Last frame received: ${session.lastFrame}`]
        : ['No frame received.']
    return finding(
      'fail',
      'upgrade-no-reply',
      `No reply matching ${config.expect} within ${config.timeoutMs} ms${config.message !== undefined ? ' after sending the message' : ''}`,
      'The connection opened but the application did not answer as expected',
      {
        text: 'Check the message input and the server handler; a proxy with proxy_buffering or a short read timeout can also hold frames back.'
      },
      last
    )
  }
  if (failed.step === 'ping') {
    return finding(
      'warn',
      'upgrade-no-pong',
      `No pong within ${config.timeoutMs} ms: the connection opened but a ping went unanswered`,
      'The server or a proxy in between does not answer WebSocket pings (RFC 6455 §5.5.2); idle connections may be cut',
      passUpgrade
    )
  }
  if (failed.step === 'close') {
    return finding(
      'warn',
      'upgrade-no-close',
      `The server did not complete the close handshake (${failed.message})`,
      'The server does not answer a close frame; clients see code 1006 instead of 1000'
    )
  }
  return finding(
    'fail',
    'upgrade-no-answer',
    `WebSocket upgrade failed: ${failed.message}`,
    'The upgrade request did not get an answer',
    passUpgrade
  )
}

/** Where in the session something happened, for a title: "right after the upgrade". */
function sessionStage(session: SessionResult, step: SessionStep): string {
  switch (step) {
    case 'upgrade':
      return 'in the upgrade answer'
    case 'ping':
      return 'right after the upgrade'
    case 'message':
      return 'while waiting for the reply'
    case 'close':
      return `after the ${session.reply !== undefined ? 'reply' : 'pong'}, while the connection was closing`
  }
}

/** What the finding on a frame the client refused says: ws closed with `closeCode` (1002,
 * 1007, 1008, 1009) at `stage`. A failure whatever the stage: clients close the same way
 * whenever the frame comes, and lose the connection. */
export function refusedFrame(
  closeCode: number,
  stage: string,
  message: string
): Pick<Finding, 'title' | 'cause' | 'fix'> {
  if (closeCode === 1009) {
    return {
      title: `Message too big 1009: the server sent a frame over the ${MAX_PAYLOAD / 1024 / 1024} MiB limit ${stage}`,
      cause:
        'A message larger than clients accept, as sent or once permessage-deflate inflates it; they close the connection with 1009',
      fix: {
        text: 'Send smaller messages (split large payloads), or raise the client limit where clients are yours.'
      }
    }
  }
  const name =
    closeCode === 1002
      ? 'Protocol error 1002'
      : closeCode === 1007
        ? 'Invalid frame data 1007'
        : closeCode === 1008
          ? 'Policy violation 1008'
          : `Frame refused (close code ${closeCode})`
  return {
    title: `${name}: the server sent a frame clients refuse ${stage} (${message})`,
    cause: 'The server or a proxy in between breaks the WebSocket framing (RFC 6455 §5)'
  }
}

/** A drop after at least this much silence reads as an idle timeout, not a crash. */
const IDLE_CUT_MS = 1_000

/** The connection opened, then ended before the session did: the server closed it or it
 * dropped. A failure: clients see the same right after connecting. */
function droppedAfterUpgrade(
  endpoint: Endpoint,
  session: SessionResult,
  failed: NonNullable<SessionResult['failed']>,
  finding: UpgradeFinding,
  idleTimeoutMs: number
): Finding {
  const when = sessionStage(session, failed.step)
  const extra = [
    `${failed.code}: ${failed.message}`,
    ...(session.lastFrame !== undefined ? [`Last frame received: ${session.lastFrame}`] : [])
  ]
  const code = session.closeCode
  const silent = session.silentMsBeforeClose ?? 0
  if (code === 1006 && failed.step === 'message' && silent >= IDLE_CUT_MS) {
    const server = session.headers?.server
    return finding(
      'fail',
      'upgrade-idle-cut',
      `The idle WebSocket was cut after ${(silent / 1000).toFixed(1)} s without traffic (1006, no close frame)${server ? `: ${server} in front` : ''}`,
      'A proxy (or the server) closes connections that stay silent longer than its read timeout (60 s by default in nginx and AWS ALB); real clients lose the socket whenever the application is quiet that long',
      {
        kind: 'idle-timeout',
        host: endpoint.host,
        path: endpoint.path,
        seconds: Math.ceil(idleTimeoutMs / 1000)
      },
      extra
    )
  }
  if (code === 1006) {
    return finding(
      'fail',
      'upgrade-dropped',
      `Abnormal closure 1006: the connection dropped without a close frame ${when}`,
      'The server or a proxy in between cut the connection after the 101: a crashed handler, a proxy without WebSocket support past the handshake, or an idle/read timeout',
      undefined,
      extra
    )
  }
  if (code !== undefined) {
    const reason = session.closeReason !== undefined ? ` (reason "${session.closeReason}")` : ''
    return finding(
      'fail',
      'upgrade-closed',
      `The server closed the connection ${when}: code ${code}${reason}`,
      'The application accepted the upgrade and then closed the connection; the code and reason are its own',
      {
        text: 'Check the server log for this code; authentication, subprotocol or origin checks often close right after accepting.'
      },
      extra
    )
  }
  return finding(
    'fail',
    'upgrade-broken',
    `The connection failed ${when}: ${failed.message}`,
    'The connection opened and then broke before the session completed',
    undefined,
    extra
  )
}
