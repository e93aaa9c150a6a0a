// origin-check: a server that accepts an upgrade from any Origin lets any site open a
// WebSocket with the user's cookies (cross-site WebSocket hijacking).
import { checkOriginFix } from '../remedies.js'
import type { Probe } from './probe.js'
import { sessionOptions } from './upgrade.js'
import { webSocketSession } from './websocket.js'

export const FOREIGN_ORIGIN = 'https://evil.example'

export const originProbe: Probe = {
  check: 'origin',
  applies: ctx => ctx.config.originCheck && ctx.facts.upgrade?.status === 101,
  run: async ctx => {
    const session = await webSocketSession(
      sessionOptions(ctx, ctx.target.endpoint!, {
        origin: FOREIGN_ORIGIN,
        message: undefined,
        expect: undefined
      })
    )
    if (session.status === 101) {
      return [
        {
          check: 'origin',
          code: 'origin-foreign-accepted',
          status: 'warn',
          title: `Accepts an upgrade from a foreign Origin (${FOREIGN_ORIGIN}): cross-site WebSocket hijacking is possible`,
          cause: 'The server does not check the Origin header of upgrade requests',
          fix: checkOriginFix()
        }
      ]
    }
    const answer =
      session.status !== undefined
        ? `HTTP ${session.status}`
        : (session.failed?.message ?? 'no answer')
    return [
      {
        check: 'origin',
        code: 'origin-ok',
        status: 'pass',
        title: `Refuses a foreign Origin (${FOREIGN_ORIGIN}): ${answer}`
      }
    ]
  }
}
