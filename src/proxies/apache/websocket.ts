// The WebSocket routes of a server, judged as httpd 2.4.71 runs them (measured in the lab):
// - mod_rewrite's [P] rules run before ProxyPass; a <Location>'s ProxyPass before the server's;
//   among the server's ProxyPass lines the first whose path matches wins.
// - mod_proxy_http (2.4.47+) passes the upgrade to a ws:// or wss:// backend, and to http(s)://
//   only with `upgrade=websocket` (or `*`); it also serves ws:// without mod_proxy_wstunnel.
//   A ws:// URL with neither module loaded answers 500.
// - A tunnel through mod_proxy_http is closed (TCP close, no close frame: 1006) once it has been
//   silent for the longer of Timeout and the backend's timeout (ProxyPass timeout=, else
//   ProxyTimeout, else Timeout). mod_proxy_wstunnel's own tunnel (ProxyWebsocketFallbackToProxyHttp
//   Off, or mod_proxy_http not loaded) never closes a silent one.
import type { ConfigCheckOptions } from '../proxy.js'
import { idleTimeoutFix, rewriteIdleTimeoutFix, rewriteUpgradeFix, upgradeFix } from './fix.js'
import {
  effective,
  flatten,
  routeTakes,
  samplePath,
  schemeOf,
  type Route,
  type Server
} from './model.js'
import type { Push } from './tls.js'
import type { Directive } from './tokenize.js'

/** A path or backend named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i
const DEFAULT_TIMEOUT_S = 60

/** What the file itself says of the modules: undefined when it loads none (a virtual host file:
 * the modules are enabled elsewhere, mod_proxy_http assumed as every guide enables it). */
export interface Modules {
  loaded?: ReadonlySet<string>
}

export interface WebSocketContext {
  options: ConfigCheckOptions
  modules: Modules
  /** Every <Proxy balancer://…> section of the file, by name. */
  balancers: ReadonlyMap<string, Directive[]>
  /** An .htaccess: Timeout and ProxyTimeout live in the server's configuration. */
  htaccess: boolean
}

const upgradeTokens = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(t => t.toLowerCase())

/** Whether a RewriteCond guards a rule on the upgrade: %{HTTP:Upgrade} websocket. */
const upgradeCondition = (route: Route): boolean =>
  route.conditions.some(
    c =>
      /%\{HTTP:(Upgrade|Connection)\}/i.test(c.args[0] ?? '') &&
      /websocket|upgrade/i.test(c.args[1] ?? '')
  )

/** Whether the route carries WebSockets by its name, its scheme, its parameters or its guard. */
function namedWebSocket(route: Route): boolean {
  const host = /^[a-z]+:\/\/([^/]*)(\/[^?]*)?/i.exec(route.target)
  return (
    route.scheme === 'ws' ||
    route.scheme === 'wss' ||
    route.params.upgrade !== undefined ||
    upgradeCondition(route) ||
    SOCKET_NAME.test(route.path) ||
    SOCKET_NAME.test(host?.[1] ?? '') ||
    SOCKET_NAME.test(host?.[2] ?? '')
  )
}

/** The routes of a server in the order httpd tries them. */
function inOrder(server: Server): Route[] {
  const rewrite = server.routes.filter(r => r.kind === 'RewriteRule' && !r.container)
  const location = server.routes.filter(r => r.kind !== 'RewriteRule' && r.container)
  const proxyPass = server.routes.filter(r => r.kind !== 'RewriteRule' && !r.container)
  const directory = server.routes.filter(r => r.kind === 'RewriteRule' && r.container)
  return [...rewrite, ...location, ...proxyPass, ...directory]
}

/** The server's WebSocket routes: named ones, and the route that takes each websocket-paths
 * entry. */
export function webSocketRoutes(server: Server, options: ConfigCheckOptions): Route[] {
  const routes = inOrder(server)
  const found = new Set(routes.filter(namedWebSocket))
  for (const wanted of options.websocketPaths) {
    const taking = routes.find(
      r =>
        routeTakes(r, wanted) &&
        (r.kind !== 'RewriteRule' || r.conditions.length === 0 || upgradeCondition(r))
    )
    if (taking) found.add(taking)
  }
  return routes.filter(r => found.has(r))
}

/** Who tunnels a route: mod_proxy_http, mod_proxy_wstunnel, or nobody (500). */
function handler(
  route: Route,
  server: Server,
  ctx: WebSocketContext
): 'http' | 'wstunnel' | 'none' {
  const loaded = ctx.modules.loaded
  const http = loaded ? loaded.has('proxy_http_module') : true
  const wstunnel = loaded ? loaded.has('proxy_wstunnel_module') : true
  if (route.scheme !== 'ws' && route.scheme !== 'wss') return http ? 'http' : 'none'
  const levels = [
    server.inherited,
    server.own,
    ...(route.container ? [flatten(route.container.block!)] : [])
  ]
  const fallback = effective(levels, 'proxywebsocketfallbacktoproxyhttp')
  if (http && fallback?.args[0]?.toLowerCase() !== 'off') return 'http'
  return wstunnel ? 'wstunnel' : http ? 'http' : 'none'
}

/** Whether the route passes the upgrade, and if not, why. */
function upgradeVerdict(
  route: Route,
  server: Server,
  ctx: WebSocketContext,
  tunnel: 'http' | 'wstunnel'
): string | undefined {
  const tokens = upgradeTokens(route.params.upgrade)
  const accepts = (list: string[]): boolean =>
    list.includes('websocket') ||
    list.includes('*') ||
    (tunnel === 'wstunnel' && /^(none|any)$/.test(list[0] ?? ''))
  if (route.scheme === 'ws' || route.scheme === 'wss')
    return tokens.length === 0 || accepts(tokens)
      ? undefined
      : `upgrade=${route.params.upgrade} replaces the WebSocket default of a ${route.scheme}:// backend`
  if (route.scheme === 'balancer') {
    const name = route.target.replace(/\/+$/, '').toLowerCase()
    const members = ctx.balancers.get(name)
    if (!members || accepts(tokens)) return undefined
    const upgrading = members.every(m => {
      const scheme = schemeOf(m.args[0] ?? '')
      const param = m.args.find(a => /^upgrade=/i.test(a))?.slice(8)
      return scheme === 'ws' || scheme === 'wss' || accepts(upgradeTokens(param))
    })
    return upgrading
      ? undefined
      : `the members of ${route.target} are http:// without upgrade=websocket: mod_proxy_http does not pass the upgrade`
  }
  if (accepts(tokens)) return undefined
  // A ws:// [P] rule of the server that takes this path runs first and tunnels it.
  const rewritten = server.routes.find(
    r =>
      r.kind === 'RewriteRule' &&
      !r.container &&
      (r.scheme === 'ws' || r.scheme === 'wss') &&
      routeTakes(r, samplePath(route))
  )
  if (rewritten) return undefined
  if (route.kind === 'RewriteRule') {
    // A [P] rule uses the worker a ProxyPass defined for a URL its target starts with.
    const worker = server.routes.find(
      r =>
        r.kind !== 'RewriteRule' &&
        accepts(upgradeTokens(r.params.upgrade)) &&
        route.target.startsWith(r.target)
    )
    if (worker) return undefined
    return `RewriteRule [P] to ${route.scheme}:// goes through a worker without upgrade=websocket: mod_proxy_http does not pass the upgrade`
  }
  return `${route.kind} to ${route.scheme || 'the backend'}:// without upgrade=websocket: mod_proxy_http sends the backend a plain request`
}

/** The first server-level ProxyPass before `route` that takes its path, when it cannot
 * upgrade. */
function shadowedBy(route: Route, server: Server, ctx: WebSocketContext): Route | undefined {
  if (route.kind === 'RewriteRule' || route.container) return undefined
  const list = server.routes.filter(r => r.kind !== 'RewriteRule' && !r.container)
  const before = list.slice(0, list.indexOf(route))
  const path = samplePath(route)
  const first = before.find(r => routeTakes(r, path))
  if (!first) return undefined
  const tunnel = handler(first, server, ctx)
  return tunnel !== 'none' && upgradeVerdict(first, server, ctx, tunnel) === undefined
    ? undefined
    : first
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

/** httpd's timeouts: whole seconds, or with an ms suffix (ProxyPass timeout=, ProxyTimeout). */
export function apacheSeconds(value: string | undefined): number | undefined {
  const m = /^(\d+)(ms|s)?$/i.exec(value ?? '')
  if (!m) return undefined
  return m[2]?.toLowerCase() === 'ms' ? Number(m[1]) : Number(m[1]) * 1000
}

/** A directive as it would be written back (words with blanks quoted). */
const written = (d: Directive): string =>
  [d.name, ...d.args.map(a => (/[\s"]/.test(a) ? `"${a.replace(/"/g, '\\"')}"` : a))].join(' ')

/** The upgrade fix in the route's own kind: a ProxyPass line, or the [P] rule to ws://. */
function routeUpgradeFix(route: Route, why = '') {
  if (route.kind !== 'RewriteRule') return upgradeFix(samplePath(route), route.target, why)
  return rewriteUpgradeFix(
    { pattern: route.path, target: route.target, conditions: route.conditions.map(written) },
    why
  )
}

export function checkWebSocket(
  route: Route,
  server: Server,
  ctx: WebSocketContext,
  push: Push
): void {
  const path = samplePath(route)
  const label = `${route.kind} ${route.path}`
  const routePush: Push = (status, code, title, where, extra) =>
    push(status, code, `${label}: ${title}`, where, extra)
  const tunnel = handler(route, server, ctx)
  if (tunnel === 'none') {
    routePush(
      'fail',
      'proxy-config-upgrade',
      `no module loaded serves ${route.scheme}:// (${route.scheme === 'ws' || route.scheme === 'wss' ? 'mod_proxy_http or mod_proxy_wstunnel' : 'mod_proxy_http'}): Apache answers 500`,
      route.directive,
      {
        details: [`The file loads ${[...(ctx.modules.loaded ?? [])].join(', ')}.`],
        cause:
          'Without a module for the backend URL\'s scheme, mod_proxy finds no handler ("No protocol handler was valid for the URL") and the upgrade gets 500',
        fix: routeUpgradeFix(route)
      }
    )
    return
  }
  if (route.kind === 'RewriteRule') {
    const scope = route.container ? flatten(route.container.block!) : server.own
    const engine = effective([scope], 'rewriteengine')
    if (engine?.args[0]?.toLowerCase() !== 'on') {
      routePush(
        'fail',
        'proxy-config-upgrade',
        'RewriteEngine is not on here: the rule is never applied',
        route.directive,
        {
          details: [
            "mod_rewrite ignores RewriteRule lines in a context without RewriteEngine on (a virtual host does not inherit the main server's)."
          ],
          cause:
            'The WebSocket request is not proxied by this rule, so it never reaches the backend as an upgrade',
          fix: routeUpgradeFix(route, 'Turn RewriteEngine on next to the rule.')
        }
      )
      return
    }
  }
  const shadow = shadowedBy(route, server, ctx)
  if (shadow) {
    routePush(
      'fail',
      'proxy-config-upgrade',
      `${shadow.kind} ${shadow.path} (line ${shadow.directive.line}) comes first and takes ${path} without the upgrade`,
      route.directive,
      {
        details: [`${shadow.kind} ${shadow.directive.args.join(' ')}`],
        cause:
          "mod_proxy uses the first ProxyPass whose path matches: the WebSocket request goes to a backend URL that does not pass the upgrade, and the client gets the backend's plain answer (often 400 or 426)",
        fix: upgradeFix(path, route.target, `Move ${label} above ${shadow.kind} ${shadow.path}.`)
      }
    )
  }
  const notPassed = upgradeVerdict(route, server, ctx, tunnel)
  if (notPassed) {
    routePush(
      'fail',
      'proxy-config-upgrade',
      `${notPassed} (the client gets 400 or 426, not 101)`,
      route.directive,
      {
        details: [`${route.kind} ${route.directive.args.join(' ')}`],
        cause:
          "Upgrade and Connection are hop-by-hop headers: mod_proxy_http forwards them, and tunnels the connection, only for the protocols the worker's upgrade= parameter names (WebSocket by default for ws:// URLs)",
        fix: routeUpgradeFix(route)
      }
    )
  }
  if (tunnel === 'wstunnel' || ctx.htaccess) return
  checkIdle(route, server, ctx, routePush, path)
}

function checkIdle(
  route: Route,
  server: Server,
  ctx: WebSocketContext,
  push: Push,
  path: string
): void {
  const levels = [server.inherited, server.own]
  const timeout = effective(levels, 'timeout')
  const clientMs = apacheSeconds(timeout?.args[0]) ?? DEFAULT_TIMEOUT_S * 1000
  const proxyTimeout = effective(levels, 'proxytimeout')
  const param = route.kind === 'RewriteRule' ? undefined : apacheSeconds(route.params.timeout)
  const backendMs = param ?? apacheSeconds(proxyTimeout?.args[0]) ?? clientMs
  const cutMs = Math.max(clientMs, backendMs)
  if (cutMs > ctx.options.idleTimeoutMs) return
  const timeoutText = timeout
    ? `Timeout ${timeout.args[0]}`
    : `Timeout, Apache's default ${DEFAULT_TIMEOUT_S} s`
  const backendText =
    param !== undefined
      ? `${route.kind} timeout=${route.params.timeout}`
      : proxyTimeout
        ? `ProxyTimeout ${proxyTimeout.args[0]}`
        : 'no ProxyTimeout: Timeout'
  const [named, where] =
    clientMs >= backendMs
      ? [timeoutText, timeout ?? server.section ?? route.directive]
      : [backendText, param !== undefined ? route.directive : (proxyTimeout ?? route.directive)]
  push(
    'fail',
    'proxy-config-idle-timeout',
    `idle WebSockets are cut after ${seconds(cutMs)} (${named})`,
    where,
    {
      details: [
        `Timeout ${timeout ? timeout.args[0] : `${DEFAULT_TIMEOUT_S} (default)`} (client side) and the backend's timeout (${backendText}) are both not longer than idle-timeout (${seconds(ctx.options.idleTimeoutMs)}): Apache closes a tunnel silent for the longer of the two (TCP close, no close frame: the client sees 1006).`,
        ...(timeout
          ? []
          : [
              "A Timeout in the main configuration applies here too (Debian's apache2.conf sets Timeout 300)."
            ])
      ],
      cause:
        'mod_proxy_http closes a WebSocket tunnel when neither side has sent anything for the longer of Timeout and the backend timeout',
      fix:
        route.kind === 'RewriteRule'
          ? rewriteIdleTimeoutFix(Math.ceil(ctx.options.idleTimeoutMs / 1000))
          : idleTimeoutFix(path, Math.ceil(ctx.options.idleTimeoutMs / 1000), route.target)
    }
  )
}

/** Every `<Proxy balancer://name>` of the file with its BalancerMember lines. */
export function balancersOf(directives: readonly Directive[]): Map<string, Directive[]> {
  const map = new Map<string, Directive[]>()
  const visit = (list: readonly Directive[]): void => {
    for (const d of list) {
      if (d.key === 'proxy' && d.block && /^balancer:\/\//i.test(d.args[0] ?? '')) {
        const members = flatten(d.block).filter(m => m.key === 'balancermember')
        map.set(d.args[0].replace(/\/+$/, '').toLowerCase(), members)
      } else if (d.block) visit(d.block)
    }
  }
  visit(directives)
  return map
}
