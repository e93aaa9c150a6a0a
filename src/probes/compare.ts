// The first diagnostic step: when wss:// fails, does ws:// work? Then the
// WebSocket server is fine and TLS is the problem. The ws:// twin is the one listed in the
// targets (same host and path), or with compare-plain the same URL as ws:// on port 80.
import type { Finding } from '../findings.js'
import type { Endpoint } from '../target.js'
import type { Probe, ProbeContext } from './probe.js'
import { sessionOptions } from './upgrade.js'
import { webSocketSession } from './websocket.js'

function plainTwin(ctx: ProbeContext): Endpoint | undefined {
  const endpoint = ctx.target.endpoint!
  const listed = ctx.config.targets.find(
    t =>
      t.endpoint?.scheme === 'ws' &&
      t.endpoint.host === endpoint.host &&
      t.endpoint.path === endpoint.path
  )?.endpoint
  if (listed || !ctx.config.comparePlain) return listed
  const url = new URL(endpoint.url)
  url.protocol = 'ws:'
  url.port = ''
  return { ...endpoint, url: url.href, scheme: 'ws', port: 80 }
}

export const compareProbe: Probe = {
  check: 'compare',
  applies: ctx =>
    ctx.target.endpoint?.scheme === 'wss' &&
    ctx.earlier.some(f => f.status === 'fail') &&
    plainTwin(ctx) !== undefined,
  run: async ctx => {
    const twin = plainTwin(ctx)!
    const failing = [
      ...new Set(ctx.earlier.filter(f => f.status === 'fail').map(f => f.check))
    ].join(', ')
    const session = await webSocketSession(
      sessionOptions(ctx, twin, { message: undefined, expect: undefined })
    )
    const finding: Finding = session.failed
      ? {
          check: 'compare',
          code: 'compare-ws-fails-too',
          status: 'pass',
          title: `${twin.url} fails too (${session.status ? `HTTP ${session.status}` : session.failed.message}): not only a TLS problem`,
          details: [`wss:// failed on: ${failing}.`]
        }
      : {
          check: 'compare',
          code: 'compare-tls-only',
          status: 'fail',
          title: `TLS issue confirmed: ${twin.url} works but ${ctx.target.endpoint!.url} fails`,
          details: [
            `wss:// failed on: ${failing}; the same WebSocket server answers over ws:// (101, ping ${session.roundTripMs} ms).`
          ],
          cause:
            'The WebSocket server is healthy; the TLS layer in front of it (certificate, chain, versions) is what fails',
          fix: {
            text: `Fix the failing ${failing} check(s) above; the application needs no change.`
          }
        }
    return [finding]
  }
}
