// What a WebSocket route needs from lighttpd: proxy.header "upgrade" => "enable" (mod_proxy
// passes no upgrade without it: the backend sees a plain GET), and no idle limit at or under
// idle-timeout. Measured on lighttpd 1.4.69: server.max-read-idle (60 s by default) and
// server.max-write-idle (360 s) each close a silent proxied WebSocket (1006), as does a
// backend's "read-timeout" in proxy.server (none by default); "write-timeout" does not.
// Settings in a condition that is not around the route may still apply at runtime (lighttpd
// applies every matching condition): one that would save it turns a failure into a warning.
import { fixTimeoutSeconds, type ConfigCheckOptions } from '../proxy.js'
import {
  chain,
  effective,
  enabled,
  entry,
  serialize,
  text,
  type Evaluated,
  type Scope,
  type Setting
} from './evaluate.js'
import { IDLE_TEXT, UPGRADE_TEXT, idleBlock, upgradeBlock, urlCondition } from './fix.js'
import { seconds, type At, type Push } from './report.js'
import { backendsOf, upgradeEnabled, type Route } from './routes.js'

const IDLE_LIMITS = [
  { key: 'server.max-read-idle', defaultSeconds: 60, what: 'nothing was read from the client' },
  { key: 'server.max-write-idle', defaultSeconds: 360, what: 'nothing was written to the client' }
] as const

/** The condition a fix for this route goes in: its own $HTTP["url"], or one for its key. */
function routeCondition(route: Route): string {
  const url = route.urls.at(-1)
  if (url) return url.label
  const key = route.entry.key ?? ''
  return urlCondition(key.startsWith('/') ? key : '/')
}

/** Where a missing setting is reported: the route's innermost condition, else proxy.server. */
function routeLine(route: Route): At {
  return route.scope.condition ? route.scope : route.proxyServer
}

/** Settings of `key` in scopes that are not around `scope` (sibling conditions). */
function elsewhere(config: Evaluated, scope: Scope, key: string): Setting[] {
  const around = new Set(chain(scope))
  return config.scopes
    .filter(s => !around.has(s))
    .map(s => s.settings.get(key))
    .filter((s): s is Setting => s !== undefined)
}

const where = (s: Setting): string => `${s.file}:${s.line}`

export function checkRoute(
  route: Route,
  config: Evaluated,
  options: ConfigCheckOptions,
  push: Push
): void {
  const { scope } = route
  const timeout = fixTimeoutSeconds(options.idleTimeoutMs)
  const proxyServer = serialize({ type: 'array', entries: [{ ...route.entry, key: '' }] })
  const fixBlock = (why: string, lines: string[]) => ({
    text: why,
    code: { lang: 'lighttpd', text: lines.join('\n') }
  })

  if (!upgradeEnabled(scope)) {
    const header = effective(scope, 'proxy.header')
    const upgrade = entry(header?.value, 'upgrade')
    const saving = elsewhere(config, scope, 'proxy.header').filter(
      s => enabled(entry(s.value, 'upgrade')?.value) === true
    )
    push(
      saving.length > 0 ? 'warn' : 'fail',
      'proxy-config-upgrade',
      upgrade
        ? `proxy.header "upgrade" => "${text(upgrade.value)}": mod_proxy does not pass the upgrade (the client gets 400 or 426, not 101)`
        : 'proxy.header "upgrade" => "enable" is missing: mod_proxy does not pass the upgrade (the client gets 400 or 426, not 101)',
      upgrade && header ? { file: header.file, line: upgrade.line } : (header ?? routeLine(route)),
      {
        details: [
          header
            ? `proxy.header in effect (${where(header)}): ${serialize(header.value)}`
            : 'No proxy.header applies here: mod_proxy’s upgrade is off by default.',
          ...saving.map(
            s =>
              `proxy.header at ${where(s)} enables the upgrade in a condition not around this one: it applies only when that condition matches too.`
          )
        ],
        cause:
          'Upgrade and Connection are hop-by-hop headers: lighttpd’s mod_proxy drops them unless proxy.header enables "upgrade", so the backend sees a plain GET',
        fix: fixBlock(
          UPGRADE_TEXT,
          upgradeBlock({ condition: routeCondition(route), proxyServer, seconds: timeout })
        )
      }
    )
  }

  for (const limit of IDLE_LIMITS) {
    const setting = effective(scope, limit.key)
    const value = setting ? Number(text(setting.value)) : limit.defaultSeconds
    if (!Number.isFinite(value) || value * 1000 > options.idleTimeoutMs) continue
    const saving = elsewhere(config, scope, limit.key).filter(
      s => Number(text(s.value)) * 1000 > options.idleTimeoutMs
    )
    push(
      saving.length > 0 ? 'warn' : 'fail',
      'proxy-config-idle-timeout',
      `idle sockets are cut after ${value} s (${limit.key}${setting ? ` = ${value}` : ", lighttpd's default"})`,
      setting ?? routeLine(route),
      {
        details: [
          `${limit.key} ${setting ? `= ${value} (${where(setting)})` : `${limit.defaultSeconds} (default)`} is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): lighttpd closes a WebSocket after that long when ${limit.what} (1006, no close frame).`,
          ...saving.map(
            s =>
              `${limit.key} = ${text(s.value)} at ${where(s)} is in a condition not around this one: it applies only when that condition matches too.`
          )
        ],
        cause: `lighttpd closes a connection, a proxied WebSocket included, when ${limit.what} for ${limit.key} seconds`,
        fix: fixBlock(IDLE_TEXT, idleBlock(routeCondition(route), timeout))
      }
    )
  }

  for (const backend of backendsOf(route.entry.value)) {
    const readTimeout = entry(backend.value, 'read-timeout')
    const value = Number(text(readTimeout?.value))
    if (!readTimeout || !(value > 0) || value * 1000 > options.idleTimeoutMs) continue
    push(
      'fail',
      'proxy-config-idle-timeout',
      `idle sockets are cut after ${value} s (proxy.server "read-timeout" => ${value})`,
      { file: route.proxyServer.file, line: readTimeout.line },
      {
        details: [
          `"read-timeout" => ${value} is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): lighttpd closes the connection when the backend sent nothing for that long.`
        ],
        cause:
          'A backend’s "read-timeout" closes a proxied WebSocket the backend is silent on, however long the client waits',
        fix: {
          text: `Remove "read-timeout" from this backend (lighttpd waits without limit by default) or set it above the longest silence (${timeout} here), and let the application ping.`,
          code: {
            lang: 'lighttpd',
            text: `proxy.server = ${serialize({ type: 'array', entries: [{ ...route.entry, value: withoutReadTimeout(route.entry.value, timeout) }] })}`
          }
        }
      }
    )
  }
}

/** The backends with "read-timeout" raised to `seconds`. */
function withoutReadTimeout(value: Setting['value'], seconds: number): Setting['value'] {
  if (value.type !== 'array') return value
  return {
    type: 'array',
    entries: value.entries.map(backend =>
      backend.value.type !== 'array'
        ? backend
        : {
            ...backend,
            value: {
              type: 'array',
              entries: backend.value.entries.map(e =>
                e.key === 'read-timeout' ? { ...e, value: { type: 'integer', value: seconds } } : e
              )
            }
          }
    )
  }
}
