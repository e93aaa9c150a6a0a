// The WebSocket routes of a lighttpd configuration: each proxy.server (mod_proxy) entry whose
// path carries WebSockets. lighttpd routes a request to proxy.server by the conditions around
// it ($HTTP["url"] =~ "^/ws") and by the entry's key (a path prefix when it starts with "/",
// else a file extension; "" for every request). A route is a WebSocket one when its path,
// key or backend is named like a socket (ws, socket, websocket, socket.io), when it matches a
// websocket-paths input, or when proxy.header enables the upgrade there (the idiom itself).
import { basePath } from '../proxy.js'
import {
  chain,
  effective,
  enabled,
  entry,
  text,
  type Entry,
  type Evaluated,
  type Scope,
  type Setting
} from './evaluate.js'

export interface Route {
  /** The scope whose proxy.server this is. */
  scope: Scope
  proxyServer: Setting
  /** The proxy.server entry: its key ("" or "/ws/" or ".php") and backends. */
  entry: Entry
  /** The $HTTP["url"] conditions around it, outermost first. */
  urls: Scope[]
  label: string
  /** host:port of each backend, for the summary. */
  backends: string[]
}

const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i

/** The backends of a proxy.server entry: an array of host arrays (maybe keyed by name). */
export function backendsOf(value: Entry['value']): Entry[] {
  if (value.type !== 'array') return []
  return value.entries.filter(e => e.value.type === 'array')
}

function hostPort(backend: Entry): string {
  const host =
    text(entry(backend.value, 'host')?.value) ?? text(entry(backend.value, 'socket')?.value)
  const port = text(entry(backend.value, 'port')?.value)
  return `${host ?? '?'}${port ? `:${port}` : ''}`
}

/** Whether a request for `path` reaches this route by its conditions and key. */
export function routeMatches(route: Route, path: string): boolean {
  const p = basePath(path)
  const key = route.entry.key ?? ''
  if (key.startsWith('/') && !p.startsWith(key)) return false
  if (key !== '' && !key.startsWith('/') && !p.endsWith(key)) return false
  return route.urls.every(url => {
    switch (url.operator) {
      case '==':
        return p === url.pattern
      case '=^':
        return p.startsWith(url.pattern)
      case '=$':
        return p.endsWith(url.pattern)
      case '=~':
        try {
          return new RegExp(url.pattern).test(p)
        } catch {
          return false
        }
      default:
        return false
    }
  })
}

export function upgradeEnabled(scope: Scope): boolean {
  return enabled(entry(effective(scope, 'proxy.header')?.value, 'upgrade')?.value) === true
}

export function webSocketRoutes(config: Evaluated, websocketPaths: readonly string[]): Route[] {
  const routes: Route[] = []
  for (const scope of config.scopes) {
    const proxyServer = scope.settings.get('proxy.server')
    if (proxyServer?.value.type !== 'array') continue
    const urls = chain(scope).filter(s => s.variable === 'HTTP' && s.field === 'url')
    for (const e of proxyServer.value.entries) {
      const backends = backendsOf(e.value)
      const route: Route = {
        scope,
        proxyServer,
        entry: e,
        urls,
        label: [
          ...chain(scope)
            .filter(s => s.condition)
            .map(s => s.label),
          ...(e.key ? [`proxy.server "${e.key}"`] : []),
          ...(urls.length === 0 && !e.key ? ['proxy.server'] : [])
        ].join(' '),
        backends: backends.map(hostPort)
      }
      const named =
        urls.some(u => SOCKET_NAME.test(u.pattern)) ||
        SOCKET_NAME.test(e.key ?? '') ||
        route.backends.some(b => SOCKET_NAME.test(b))
      if (named || websocketPaths.some(p => routeMatches(route, p)) || upgradeEnabled(scope))
        routes.push(route)
    }
  }
  return routes
}

/** Whether `host` is what a `$HTTP["host"]` condition matches. */
export function hostMatches(operator: string, pattern: string, host: string): boolean {
  const h = host.toLowerCase()
  if (operator === '==') return pattern.toLowerCase() === h
  if (operator === '=~') {
    try {
      return new RegExp(pattern, 'i').test(h)
    } catch {
      return false
    }
  }
  if (operator === '=$') return h.endsWith(pattern.toLowerCase())
  if (operator === '=^') return h.startsWith(pattern.toLowerCase())
  return false
}
