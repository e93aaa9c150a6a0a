// The idle cut: a proxy that closes a silent WebSocket after its read timeout (nginx
// proxy_read_timeout, HAProxy `timeout server` without `timeout tunnel`, Apache Timeout, a
// load balancer's idle timeout: 60 s at nginx and AWS ALB, 55 s at Heroku, 30 s at Google
// Cloud, 100 s at Cloudflare) cuts real clients while the upgrade check passes. This probe holds
// a WebSocket open the way a browser does while the application is quiet: it sends nothing,
// answers the server's pings, and sees whether the connection outlives idle-timeout. The hold
// is handed to the run (ctx.later), so that all targets wait together.
import type { Finding } from '../findings.js'
import type { Code } from '../codes.js'
import { basePath } from '../proxies/proxy.js'
import type { Endpoint } from '../target.js'
import type { Probe, ProbeContext } from './probe.js'
import { refusedFrame, sessionOptions } from './upgrade.js'
import { idleSession, type IdleResult } from './websocket.js'

/** How long a socket is held: a little longer than idle-timeout, so that a proxy that cuts at
 * exactly idle-timeout is caught (5 %, at least a second: the default 60s holds 63 s). */
export function idleHoldMs(idleTimeoutMs: number): number {
  return idleTimeoutMs + Math.max(1000, Math.round(idleTimeoutMs * 0.05))
}

export const idleProbe: Probe = {
  check: 'idle',
  // After an upgrade that worked: a failing upgrade is fixed first, and idle-timeout 0 skips it.
  applies: ctx =>
    ctx.config.idleTimeoutMs > 0 &&
    ctx.facts.upgrade?.status === 101 &&
    !ctx.earlier.some(f => f.check === 'upgrade' && f.status === 'fail'),
  run: ctx => {
    const endpoint = ctx.target.endpoint!
    // The upgrade's rules: secrets only over a verified connection, the same address and trust,
    // the certificate check's TLS session resumed.
    const options = sessionOptions(ctx, endpoint)
    const holdMs = idleHoldMs(ctx.config.idleTimeoutMs)
    const hold = async (): Promise<Finding[]> => {
      const result = await idleSession({ ...options, holdMs })
      const notes = options.secretsWithheld
        ? [`Held without the configured headers and URL credentials: ${options.secretsWithheld}.`]
        : []
      return [judgeHold(ctx, endpoint, result, holdMs, notes)]
    }
    if (!ctx.later) return hold()
    ctx.later(hold)
    return []
  }
}

/** Seconds to a tenth: "1.5 s", "63 s". */
const s = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`

function judgeHold(
  ctx: ProbeContext,
  endpoint: Endpoint,
  result: IdleResult,
  holdMs: number,
  notes: string[]
): Finding {
  const idleMs = ctx.config.idleTimeoutMs
  const how = `Held from the 101 for up to ${s(holdMs)} (idle-timeout ${s(idleMs)} and ${s(holdMs - idleMs)} more), sending nothing and answering the server's pings, as a browser does.`
  const heard = heardLine(result)
  const details = [
    how,
    ...(result.connection === 'resumed'
      ? ['Over a new connection that resumed the TLS session of the certificate check.']
      : []),
    ...(heard ? [heard] : []),
    ...notes
  ]
  const finding: IdleFinding = (status, code, title, rest = {}) => ({
    check: 'idle' as const,
    code,
    status,
    title,
    details: [...details, ...(rest.details ?? [])],
    ...(rest.cause ? { cause: rest.cause } : {}),
    ...(rest.fix ? { fix: rest.fix } : {}),
    ...(rest.problem ? { problem: rest.problem } : {})
  })
  const failed = result.failed
  if (failed?.code === 'DEADLINE') {
    return finding(
      'fail',
      'input-deadline',
      result.heldMs !== undefined
        ? `Not judged: the run reached its deadline ${s(result.heldMs)} into the ${s(holdMs)} idle hold`
        : 'Not judged: the run reached its deadline before the idle hold opened its WebSocket',
      {
        cause:
          'The whole run has a deadline; the idle check holds a silent WebSocket for idle-timeout and the deadline came first',
        fix: {
          text: 'Raise the deadline input above idle-timeout plus what the other checks take, or lower idle-timeout (0 skips the idle check).'
        }
      }
    )
  }
  if (failed?.step === 'upgrade' || result.heldMs === undefined) {
    return finding(
      'warn',
      'idle-not-opened',
      `Not judged: the idle hold could not open its WebSocket (${failed?.message ?? 'no 101'})`,
      {
        cause:
          "The idle check's own connection did not upgrade, though the upgrade check's did: a connection limit, rate limiting or a flaky backend"
      }
    )
  }
  if (result.refusedFrameCode !== undefined && failed) {
    // Before the cut: the client closed the connection, and why is the server's frame.
    const stage =
      failed.step === 'close'
        ? 'after the idle hold, while the connection was closing'
        : `while the connection was idle, ${s(result.heldMs)} into the hold`
    const { title, cause, fix } = refusedFrame(result.refusedFrameCode, stage, failed.message)
    return finding('fail', 'idle-bad-frame', title, {
      cause,
      fix,
      details: [`${failed.code}: ${failed.message}`]
    })
  }
  if (result.cut) return cutFinding(ctx, endpoint, result, result.cut, finding)
  if (failed) {
    return finding(
      'fail',
      'idle-broken',
      `The idle WebSocket ended after ${s(result.heldMs)}: ${failed.message}`,
      {
        cause: 'The connection broke while it was idle (an error on it, not a close)'
      }
    )
  }
  const pings = result.pingsAtMs.length
  if (pings > 0) {
    return finding(
      'pass',
      'idle-ok',
      `Still open after ${s(result.heldMs)} without client traffic: the server's pings (${pings}, ${interval(result)}) kept it alive`
    )
  }
  if (result.frames > 0) {
    return finding(
      'pass',
      'idle-ok',
      `Still open after ${s(result.heldMs)} without client traffic: the server's ${result.frames} frame${result.frames === 1 ? '' : 's'} kept it from going silent`
    )
  }
  return finding(
    'pass',
    'idle-ok',
    `Still open after ${s(result.heldMs)} silent both ways: nothing in front cuts an idle WebSocket within idle-timeout (${s(idleMs)})`
  )
}

type IdleFinding = (
  status: Finding['status'],
  code: Code,
  title: string,
  rest?: Partial<Finding>
) => Finding

/** The connection ended during the hold: who cut it, when, and how. */
function cutFinding(
  ctx: ProbeContext,
  endpoint: Endpoint,
  result: IdleResult,
  cut: NonNullable<IdleResult['cut']>,
  finding: IdleFinding
): Finding {
  const after = s(result.heldMs!)
  const problem = {
    kind: 'idle-timeout' as const,
    host: endpoint.host,
    path: basePath(endpoint.path),
    seconds: Math.ceil(ctx.config.idleTimeoutMs / 1000)
  }
  const proxy = ctx.facts.proxy
  const server = result.headers?.server ?? ctx.facts.upgrade?.server
  const quiet =
    result.pingsAtMs.length > 0 || result.frames > 0
      ? [
          `Cut ${s(cut.silentMs)} after the last frame from the server: what pings or messages it sends come less often than the timeout in front.`
        ]
      : []
  if (cut.code === 1006) {
    const who = proxy
      ? `${proxy.name} in front closed it`
      : 'a proxy or load balancer in front (or the network) closed it'
    const evidence = proxy
      ? [`${proxy.name} is in front, told from ${proxy.evidence}.`]
      : server
        ? [`The 101 came with Server: ${server}.`]
        : []
    return finding(
      'fail',
      'idle-cut',
      `The idle WebSocket was cut after ${after} (1006, no close frame): ${who}`,
      {
        details: [
          `No close frame: the connection ended with a TCP ${cut.transport === 'RST' ? 'reset (RST)' : cut.transport === 'FIN' ? 'close (FIN)' : 'close'} alone, the mark of a proxy's or load balancer's idle timeout (a WebSocket server that closes sends a close frame first).`,
          ...quiet,
          ...evidence
        ],
        cause:
          'A proxy or load balancer closes connections that carry no data for a while (nginx proxy_read_timeout, HAProxy timeout server/tunnel, Apache Timeout, a load balancer idle timeout); browsers do not ping, so real clients lose the socket whenever the application is quiet that long',
        problem
      }
    )
  }
  const code = cut.code === 1005 ? 'a close frame without a code (1005)' : `code ${cut.code}`
  const reason = cut.reason !== undefined ? ` (reason "${cut.reason}")` : ''
  return finding(
    'fail',
    'idle-closed',
    `The idle WebSocket was closed after ${after} with ${code}${reason}: the server, or a proxy that speaks WebSocket, closed it`,
    {
      details: [
        `A close frame comes from software that speaks WebSocket: the application's own idle timeout, or a proxy that terminates WebSockets${proxy ? ` (${proxy.name} is in front)` : ''}. When it is the application, raise its idle timeout or have it ping.`,
        ...quiet
      ],
      cause:
        'The WebSocket server or a proxy in front ends connections that stay silent longer than its timeout; real clients lose the socket whenever the application is quiet that long',
      problem
    }
  )
}

/** "Server pings: 6 (about every 0.5 s)", "3 messages from the server", or undefined. */
function heardLine(result: IdleResult): string | undefined {
  const parts = [
    ...(result.pingsAtMs.length > 0
      ? [
          `${result.pingsAtMs.length} ping${result.pingsAtMs.length === 1 ? '' : 's'} from the server (${interval(result)}), each answered with a pong`
        ]
      : []),
    ...(result.frames > 0
      ? [`${result.frames} other frame${result.frames === 1 ? '' : 's'} from the server`]
      : [])
  ]
  return parts.length > 0 ? `During the hold: ${parts.join('; ')}.` : undefined
}

/** "about every 0.5 s" (the median gap, from the 101), or "at 30.0 s" for one ping. */
function interval(result: IdleResult): string {
  const at = result.pingsAtMs
  if (at.length === 1) return `at ${s(at[0])}`
  const gaps = at.map((t, i) => t - (i === 0 ? 0 : at[i - 1])).sort((a, b) => a - b)
  return `about every ${s(gaps[Math.floor(gaps.length / 2)])}`
}
