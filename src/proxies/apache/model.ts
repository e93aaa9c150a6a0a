// What an httpd configuration means for WebSockets: its servers (the main server, each
// <VirtualHost>, or the directory of an .htaccess), the directives each inherits, and the routes
// that proxy requests (ProxyPass, ProxyPassMatch, RewriteRule [P]) in the order httpd tries them.
import type { Directive } from './tokenize.js'

/** Sections whose directives apply where the section stands (conditions we do not evaluate). */
const TRANSPARENT = new Set([
  'ifmodule',
  'ifdefine',
  'ifversion',
  'iffile',
  'ifdirective',
  'ifsection'
])
/** Sections that hold per-path configuration: routes inside them count for the server. */
const CONTAINERS = new Set([
  'location',
  'locationmatch',
  'directory',
  'directorymatch',
  'files',
  'filesmatch'
])

export interface Route {
  directive: Directive
  kind: 'ProxyPass' | 'ProxyPassMatch' | 'RewriteRule'
  /** The URL path (ProxyPass), or the regular expression (ProxyPassMatch, RewriteRule). */
  path: string
  regex: boolean
  /** The backend URL as written. */
  target: string
  /** Its scheme in lower case: http, https, ws, wss, balancer… ('' when relative). */
  scheme: string
  /** key=value parameters of ProxyPass (keys in lower case). */
  params: Record<string, string>
  /** The RewriteCond lines that guard a RewriteRule. */
  conditions: Directive[]
  /** The <Location>/<Directory> it stands in, if any. */
  container?: Directive
}

export interface Server {
  /** `<VirtualHost *:443>` or undefined for the main server (or an .htaccess). */
  section?: Directive
  /** This server's own directives (conditional sections opened, containers kept whole). */
  own: Directive[]
  /** The main server's, inherited where this server sets nothing: [] for the main server. */
  inherited: Directive[]
  names: string[]
  routes: Route[]
}

/** Directives with conditional sections opened (httpd would apply them where they stand). */
export function flatten(directives: readonly Directive[]): Directive[] {
  return directives.flatMap(d => (d.block && TRANSPARENT.has(d.key) ? flatten(d.block) : [d]))
}

/** The last `key` of the innermost level that has one. */
export function effective(levels: readonly (readonly Directive[])[], key: string) {
  for (let i = levels.length - 1; i >= 0; i--) {
    const found = levels[i].filter(d => d.key === key)
    if (found.length > 0) return found[found.length - 1]
  }
  return undefined
}

/** Every `key` of the innermost level that has any (SSLCertificateFile: RSA and ECDSA). */
export function effectiveAll(levels: readonly (readonly Directive[])[], key: string) {
  for (let i = levels.length - 1; i >= 0; i--) {
    const found = levels[i].filter(d => d.key === key)
    if (found.length > 0) return found
  }
  return []
}

/** A URL's scheme in lower case; for `unix:/run/app.sock|ws://localhost/`, the part after `|`. */
export function schemeOf(url: string): string {
  const target = /^unix:[^|]*\|(.*)$/i.exec(url)?.[1] ?? url
  return /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1].toLowerCase() ?? ''
}

function parameters(args: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {}
  for (const arg of args) {
    const eq = arg.indexOf('=')
    if (eq > 0) params[arg.slice(0, eq).toLowerCase()] = arg.slice(eq + 1)
  }
  return params
}

/** RewriteRule flags: `[P,L,NC]` → ['p', 'l', 'nc']. */
export function rewriteFlags(directive: Directive): string[] {
  const last = directive.args[2] ?? ''
  if (!/^\[.*\]$/.test(last)) return []
  return last
    .slice(1, -1)
    .split(',')
    .map(f => f.trim().toLowerCase())
}

/** The routes of a list of directives, in order, with those of its containers after. */
function routesOf(directives: readonly Directive[], container?: Directive): Route[] {
  const routes: Route[] = []
  const nested: Route[] = []
  let conditions: Directive[] = []
  for (const d of flatten(directives)) {
    if (d.block && CONTAINERS.has(d.key)) {
      nested.push(...routesOf(d.block, d))
      continue
    }
    if (d.key === 'rewritecond') {
      conditions.push(d)
      continue
    }
    if (d.key === 'proxypass' || d.key === 'proxypassmatch') {
      // Inside <Location path> ProxyPass names only the URL: the path is the section's.
      const inLocation = container && /^location(match)?$/.test(container.key)
      const [path, target, ...rest] = inLocation ? [container.args[0] ?? '/', ...d.args] : d.args
      if (target && target !== '!') {
        routes.push({
          directive: d,
          kind: d.key === 'proxypass' ? 'ProxyPass' : 'ProxyPassMatch',
          path: path ?? '/',
          regex: d.key === 'proxypassmatch' || container?.key === 'locationmatch',
          target,
          scheme: schemeOf(target),
          params: parameters(rest),
          conditions: [],
          container
        })
      }
    } else if (d.key === 'rewriterule') {
      const flags = rewriteFlags(d)
      if (flags.some(f => f === 'p' || f === 'proxy')) {
        routes.push({
          directive: d,
          kind: 'RewriteRule',
          path: d.args[0] ?? '',
          regex: true,
          target: d.args[1] ?? '',
          scheme: schemeOf(d.args[1] ?? ''),
          params: {},
          conditions,
          container
        })
      }
    }
    // A RewriteCond guards only the RewriteRule right after it.
    conditions = []
  }
  return [...routes, ...nested]
}

/** The servers of a configuration: the main server, then each <VirtualHost>. */
export function serversOf(directives: readonly Directive[]): Server[] {
  const top = flatten(directives)
  const main = top.filter(d => d.key !== 'virtualhost')
  const names = (level: readonly Directive[]): string[] =>
    level
      .filter(d => d.key === 'servername' || d.key === 'serveralias')
      .flatMap(d => d.args)
      .map(n => n.replace(/^[a-z]+:\/\//i, '').replace(/:\d+$/, ''))
  const servers: Server[] = [
    { own: main, inherited: [], names: names(main), routes: routesOf(main) }
  ]
  for (const section of top.filter(d => d.key === 'virtualhost' && d.block)) {
    const own = flatten(section.block!)
    servers.push({ section, own, inherited: main, names: names(own), routes: routesOf(own) })
  }
  return servers
}

/** Whether a ProxyPass path takes `path` (a prefix ending at a segment boundary). */
export function prefixTakes(prefix: string, path: string): boolean {
  if (prefix === path || prefix === '/') return true
  if (!path.startsWith(prefix)) return false
  return prefix.endsWith('/') || path[prefix.length] === '/' || path[prefix.length] === '?'
}

/** Whether a route takes requests for `path` (a regex that does not compile takes none). */
export function routeTakes(route: Route, path: string): boolean {
  if (!route.regex) return prefixTakes(route.path, path)
  try {
    const re = new RegExp(
      route.path.replace(/^\(\?i\)/, ''),
      /^\(\?i\)/.test(route.path) ? 'i' : ''
    )
    // RewriteRule patterns in a directory context see the path without its leading slash.
    return re.test(path) || re.test(path.replace(/^\//, ''))
  } catch {
    return false
  }
}

/** A path a route serves, for messages and fixes: the path itself, or its regex made plain. */
export function samplePath(route: Route): string {
  if (!route.regex) return route.path
  const plain = route.path
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\/\?/g, '/')
    .replace(/\(\.\*\)|\.\*|\(\.\+\)|\.\+/g, '')
    .replace(/[()?\\]/g, '')
  return plain.startsWith('/') ? plain || '/' : `/${plain}`
}
