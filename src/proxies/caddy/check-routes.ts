// What a WebSocket route needs from Caddy, which passes the upgrade and never times out a
// proxied stream by default: nothing that strips the upgrade (header_up or request_header
// removing or rewriting Upgrade/Connection, a transport without HTTP/1.1), and no timeout that
// cuts a silent socket. Measured on Caddy 2.6.2: transport http's read_timeout cuts an idle
// WebSocket; its write_timeout and the server's timeouts (read_body, write, idle) do not.
import type { Code } from '../../codes.js'
import type { Finding, Status } from '../../findings.js'
import type { ConfigCheckOptions } from '../proxy.js'
import { caddyDuration, seconds } from './durations.js'
import { at, finding, written } from './finding.js'
import { idleTimeoutFix, upgradeFix, type FixContext } from './fix.js'
import type { Directive, SiteBlock } from './parse.js'
import { isMatcher, type ProxyRoute } from './routes.js'

/** Why a header operation (field, value…) stops the upgrade; undefined when it does not. */
export function headerBreaksUpgrade(args: readonly string[]): string | undefined {
  const [field = '', value, replacement] = args
  const name = field.replace(/^[+-]/, '').toLowerCase()
  if (name !== 'upgrade' && name !== 'connection') return undefined
  const header = name === 'upgrade' ? 'Upgrade' : 'Connection'
  if (field.startsWith('-')) return `removes ${header}: the backend sees a plain GET`
  // Adding a value, or a search-and-replace, is not judged.
  if (field.startsWith('+') || value === undefined || replacement !== undefined) return undefined
  const passThrough = new RegExp(`^\\{(http\\.request\\.header|header)\\.${name}\\}$`, 'i')
  if (passThrough.test(value)) return undefined
  if (name === 'connection' && /upgrade/i.test(value)) return undefined
  if (name === 'upgrade' && /^websocket$/i.test(value)) return undefined
  if (value.startsWith('{>'))
    return `sets ${header} to ${value}, Caddy 1's placeholder syntax: Caddy 2 sends it as written`
  return name === 'connection'
    ? `sets Connection to "${value}", without "upgrade": the backend sees no upgrade`
    : `sets Upgrade to "${value}": the backend refuses it`
}

/** The directives that stop the route's upgrade, each with why. */
function upgradeBreakers(
  route: ProxyRoute,
  site: SiteBlock
): { directive: Directive; why: string }[] {
  const found: { directive: Directive; why: string }[] = []
  for (const sub of route.directive.block ?? []) {
    if (sub.name === 'header_up') {
      const why = headerBreaksUpgrade(sub.args)
      if (why) found.push({ directive: sub, why: `header_up ${why}` })
    }
    if (sub.name === 'transport' && sub.args[0] === 'http') {
      const versions = sub.block?.find(d => d.name === 'versions')
      if (versions && !versions.args.includes('1.1'))
        found.push({
          directive: versions,
          why: `transport http ${written(versions)}: no HTTP/1.1 to the backend, which the upgrade needs (Caddy answers 502)`
        })
    }
  }
  // request_header in the site or a block around the route, for every request or the route's own.
  for (const level of [site.directives, ...route.parents.map(p => p.block ?? [])]) {
    for (const d of level) {
      if (d.name !== 'request_header') continue
      const matcher = isMatcher(d.args[0]) ? d.args[0] : undefined
      if (matcher !== undefined && matcher !== '*' && matcher !== route.matcher) continue
      const why = headerBreaksUpgrade(d.args.slice(matcher === undefined ? 0 : 1))
      if (why) found.push({ directive: d, why: `request_header ${why}` })
    }
  }
  return found
}

/** The route's timeouts that end a WebSocket silent for idle-timeout. */
function idleCuts(
  route: ProxyRoute,
  idleTimeoutMs: number
): { directive: Directive; ms: number; detail: string }[] {
  const cuts: { directive: Directive; ms: number; detail: string }[] = []
  for (const sub of route.directive.block ?? []) {
    if (sub.name === 'transport' && sub.args[0] === 'http') {
      for (const d of sub.block ?? []) {
        if (d.name !== 'read_timeout') continue
        const ms = caddyDuration(d.args[0] ?? '')
        if (ms === undefined || ms === 0 || ms > idleTimeoutMs) continue
        cuts.push({
          directive: d,
          ms,
          detail: `transport http read_timeout ${d.args[0]}: Caddy closes a proxied WebSocket when nothing came from the backend for that long (1006, no close frame).`
        })
      }
    }
    if (sub.name === 'stream_timeout') {
      const ms = caddyDuration(sub.args[0] ?? '')
      if (ms === undefined || ms === 0 || ms > idleTimeoutMs) continue
      cuts.push({
        directive: sub,
        ms,
        detail: `stream_timeout ${sub.args[0]} (Caddy 2.7 and later): Caddy closes every WebSocket that long after it opened, silent or not.`
      })
    }
  }
  return cuts
}

/** Findings for one reverse_proxy: upgrade breakers (fail on a WebSocket route, warn on any
 * other: WebSockets through it would break) and idle cuts (WebSocket routes only). */
export function checkRoute(
  route: ProxyRoute,
  context: { label: string; host: string; site: SiteBlock },
  options: ConfigCheckOptions
): Finding[] {
  const findings: Finding[] = []
  const { directive } = route
  const routeLabel = `${context.label}, ${written({ ...directive, args: directive.args.slice(0, 2) })}`
  const path = wsPath(route)
  const fixContext: FixContext = {
    matcher: route.matcher,
    upstream: route.upstreams.find(u => !u.startsWith('{')) ?? undefined
  }
  const push = (
    status: Status,
    code: Code,
    title: string,
    where: Directive,
    extra: Partial<Finding>
  ): void => void findings.push(finding(routeLabel, status, code, title, at(where), extra))
  for (const { directive: breaker, why } of upgradeBreakers(route, context.site)) {
    push(
      route.webSocket ? 'fail' : 'warn',
      'proxy-config-upgrade',
      `${written(breaker)} stops the WebSocket upgrade (the client gets 400, 426 or 502, not 101)`,
      breaker,
      {
        details: [
          why,
          route.webSocket
            ? `A WebSocket route: ${route.webSocket}.`
            : 'Not recognised as a WebSocket route: any WebSocket sent through it breaks.'
        ],
        cause:
          "Caddy's reverse_proxy passes Upgrade and Connection to the backend by itself; a header rule that removes or rewrites them leaves the backend a plain request",
        fix: upgradeFix(context.host, path, fixContext)
      }
    )
  }
  if (!route.webSocket) return findings
  for (const cut of idleCuts(route, options.idleTimeoutMs)) {
    push(
      'fail',
      cut.directive.name === 'stream_timeout'
        ? 'proxy-config-max-duration'
        : 'proxy-config-idle-timeout',
      cut.directive.name === 'stream_timeout'
        ? `every WebSocket is closed ${seconds(cut.ms)} after it opened (${written(cut.directive)})`
        : `idle sockets are cut after ${seconds(cut.ms)} (${written(cut.directive)})`,
      cut.directive,
      {
        details: [
          cut.detail,
          `Not longer than idle-timeout (${seconds(options.idleTimeoutMs)}). A WebSocket route: ${route.webSocket}.`
        ],
        cause:
          cut.directive.name === 'read_timeout'
            ? "Caddy's transport read_timeout is a deadline on every read from the backend, the upgraded stream included: a backend silent that long is cut"
            : 'stream_timeout is a lifetime for every stream, however busy',
        fix: idleTimeoutFix(context.host, path, Math.ceil(options.idleTimeoutMs / 1000), fixContext)
      }
    )
  }
  return findings
}

/** A path the route takes, for the fix: its own matcher's path, else the first level's. */
function wsPath(route: ProxyRoute): string {
  const pattern = route.paths.flat().find(p => p.startsWith('/'))
  return pattern ? pattern.replace(/\*.*$/, '') || '/' : '/'
}
