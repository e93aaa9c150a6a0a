// The reverse_proxy directives of a site, each with what selects it (its own matcher and those
// of the handle, handle_path and route blocks around it), its backends, and whether it carries
// WebSockets: named like a socket, in websocket-paths, serving a wss:// target of the run, or
// selected by an `Upgrade: websocket` header matcher (Caddy's documented idiom).
import type { Target } from '../../target.js'
import { answersHost } from './address.js'
import type { Directive, SiteBlock } from './parse.js'

export interface ProxyRoute {
  directive: Directive
  /** Its own matcher as written ("/socket*", "@ws"), if any. */
  matcher?: string
  /** Path patterns per level (enclosing blocks first): every level must match; [] = any path. */
  paths: string[][]
  /** path_regexp patterns of its named matchers. */
  regexps: string[]
  /** Selected by a header matcher on Upgrade or Connection: upgrade requests only. */
  upgradeOnly: boolean
  upstreams: string[]
  /** The blocks around it (handle, handle_path, route), outermost first. */
  parents: Directive[]
  /** Why it is judged as a WebSocket route; undefined when nothing says it is one. */
  webSocket?: string
}

/** A path or upstream named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i
const ROUTING = new Set(['handle', 'handle_path', 'route'])

/** Whether a word in a matcher's place is one: a path, `*`, or a named matcher. */
export const isMatcher = (word: string | undefined): word is string =>
  word !== undefined && (word === '*' || word.startsWith('/') || word.startsWith('@'))

interface NamedMatcher {
  paths: string[]
  regexps: string[]
  upgrade: boolean
}

/** The site's named matchers (`@name …` or `@name { … }`), by name. */
function namedMatchers(site: SiteBlock): Map<string, NamedMatcher> {
  const found = new Map<string, NamedMatcher>()
  const visit = (directives: readonly Directive[]): void => {
    for (const d of directives) {
      if (d.name.startsWith('@')) {
        const conditions =
          d.block ?? (d.args.length > 0 ? [{ ...d, name: d.args[0], args: d.args.slice(1) }] : [])
        const matcher: NamedMatcher = { paths: [], regexps: [], upgrade: false }
        for (const c of conditions) {
          if (c.name === 'path') matcher.paths.push(...c.args)
          if (c.name === 'path_regexp') matcher.regexps.push(c.args[c.args.length - 1] ?? '')
          if (c.name === 'header' && /^(upgrade|connection)$/i.test(c.args[0] ?? ''))
            matcher.upgrade ||= /upgrade|websocket/i.test(c.args.slice(1).join(' '))
        }
        found.set(d.name, matcher)
      } else if (ROUTING.has(d.name) && d.block) visit(d.block)
    }
  }
  visit(site.directives)
  return found
}

/** Whether Caddy's path matcher `pattern` matches `path` (case-insensitive, `*` as wildcard). */
export function pathMatches(pattern: string, path: string): boolean {
  if (pattern === '*') return true
  const source = pattern
    .toLowerCase()
    .split('*')
    .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`).test(path.toLowerCase())
}

/** The reverse_proxy routes of `site`, WebSocket ones marked. */
export function proxyRoutes(
  site: SiteBlock,
  options: { websocketPaths: readonly string[]; targets: readonly Target[] }
): ProxyRoute[] {
  const named = namedMatchers(site)
  const routes: ProxyRoute[] = []
  const selection = (
    matcher: string | undefined
  ): Omit<NamedMatcher, 'upgrade'> & { upgrade: boolean } => {
    if (matcher === undefined || matcher === '*') return { paths: [], regexps: [], upgrade: false }
    if (matcher.startsWith('@'))
      return named.get(matcher) ?? { paths: [], regexps: [], upgrade: false }
    return { paths: [matcher], regexps: [], upgrade: false }
  }
  const visit = (directives: readonly Directive[], parents: Directive[]): void => {
    for (const d of directives) {
      if (ROUTING.has(d.name) && d.block) visit(d.block, [...parents, d])
      if (d.name !== 'reverse_proxy') continue
      const matcher = isMatcher(d.args[0]) ? d.args[0] : undefined
      const levels = [...parents.map(p => (isMatcher(p.args[0]) ? p.args[0] : undefined)), matcher]
      const selections = levels.map(selection)
      const upstreams = [
        ...d.args.slice(matcher === undefined ? 0 : 1),
        ...(d.block ?? []).filter(s => s.name === 'to').flatMap(s => s.args)
      ]
      const route: ProxyRoute = {
        directive: d,
        matcher,
        paths: selections.map(s => s.paths).filter(p => p.length > 0),
        regexps: selections.flatMap(s => s.regexps),
        upgradeOnly: selections.some(s => s.upgrade),
        upstreams,
        parents
      }
      route.webSocket = namedReason(route)
      routes.push(route)
    }
  }
  visit(site.directives, [])
  // A path the run says carries WebSockets goes to the route Caddy would pick for it: one whose
  // path matcher takes it before one without any (Caddy orders reverse_proxy by matcher).
  const wanted = [
    ...options.websocketPaths.map(p => ({ path: p, why: `websocket-paths names ${p}` })),
    ...options.targets
      .filter(t => t.endpoint?.scheme === 'wss' && answersHost(site, t.endpoint.host))
      .map(t => ({
        path: t.endpoint!.path.split('?')[0] || '/',
        why: `serves the target ${t.label}`
      }))
  ]
  for (const { path, why } of wanted) {
    const route =
      routes.find(r => r.paths.length > 0 && routeTakes(r, path)) ??
      routes.find(r => r.paths.length === 0 && r.regexps.length === 0)
    if (route) route.webSocket ??= why
  }
  return routes
}

/** Whether the route takes requests for `path`. */
export function routeTakes(route: ProxyRoute, path: string): boolean {
  return route.paths.every(level => level.some(pattern => pathMatches(pattern, path)))
}

/** A route that names itself a WebSocket route. */
function namedReason(route: ProxyRoute): string | undefined {
  if (route.upgradeOnly) return 'selected by an Upgrade header matcher'
  const named = [...route.paths.flat(), ...route.regexps].find(p => SOCKET_NAME.test(p))
  if (named) return `path ${named} is named like a socket`
  const upstream = route.upstreams.find(u =>
    SOCKET_NAME.test(u.replace(/^[a-z0-9+.-]*:\/\//i, '').split(':')[0])
  )
  return upstream ? `backend ${upstream} is named like a socket` : undefined
}
