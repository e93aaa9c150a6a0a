// Content-Security-Policy as a browser applies it to a WebSocket: the effective directive is
// connect-src, falling back to default-src, matched per CSP Level 3 ("Does url match source
// list in origin with redirect count", w3c.github.io/webappsec-csp). Pure; hostile header text
// never throws, it only fails to match.

/** One policy: directive name (lower case) → its source expressions. */
export interface Policy {
  /** Where it came from: the header, or a <meta http-equiv> element. */
  from: 'header' | 'meta'
  directives: Map<string, string[]>
}

/** The directive of a policy that refuses a URL. */
export interface Blocked {
  policy: Policy
  /** connect-src, or default-src when connect-src is absent. */
  directive: 'connect-src' | 'default-src'
  sources: string[]
}

const DIRECTIVE_NAME = /^[a-z0-9-]+$/
const SCHEME = '[a-z][a-z0-9+.-]*'
const SCHEME_SOURCE = new RegExp(`^(${SCHEME}):$`, 'i')
// host-source = [ scheme-part "://" ] host-part [ ":" port-part ] [ path-part ]
const HOST_SOURCE = new RegExp(
  `^(?:(${SCHEME})://)?(\\*|(?:\\*\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.?)(?::(\\d+|\\*))?(/[^;,]*)?$`,
  'i'
)
const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443', ws: '80', wss: '443' }
/** Schemes `*` matches whatever the page's: Chromium's "network schemes" (CSP3 lets `*` match
 * HTTP(S); Fetch opens a wss:// socket with an https: request, so browsers let it match). */
const NETWORK_SCHEMES = new Set(['http', 'https', 'ws', 'wss'])

/** A serialized CSP list (a header's value; several headers joined by commas): one policy per
 * comma-separated part. */
export function parsePolicyList(value: string, from: Policy['from']): Policy[] {
  return value
    .split(',')
    .map(part => parsePolicy(part, from))
    .filter(policy => policy.directives.size > 0)
}

/** A serialized policy: directives separated by ";", the first of a name wins. */
export function parsePolicy(text: string, from: Policy['from']): Policy {
  const directives = new Map<string, string[]>()
  for (const raw of text.split(';')) {
    const tokens = raw.trim().split(/[\t\n\f\r ]+/)
    const name = (tokens[0] ?? '').toLowerCase()
    if (!DIRECTIVE_NAME.test(name) || directives.has(name)) continue
    // Non-ASCII in a value makes the directive invalid (CSP3 §2.2.1, step 2.6).
    const sources = tokens.slice(1).filter(Boolean)
    if (sources.some(s => /[^\x21-\x7e]/.test(s))) continue
    directives.set(name, sources)
  }
  return { from, directives }
}

/** The first enforced policy whose connect-src (or default-src) refuses `url` from a page of
 * `origin`; undefined when every policy allows it. */
export function blockingDirective(
  policies: readonly Policy[],
  url: URL,
  origin: URL
): Blocked | undefined {
  for (const policy of policies) {
    const directive = policy.directives.has('connect-src')
      ? 'connect-src'
      : policy.directives.has('default-src')
        ? 'default-src'
        : undefined
    if (!directive) continue
    const sources = policy.directives.get(directive)!
    if (!sourceListMatches(sources, url, origin)) return { policy, directive, sources }
  }
  return undefined
}

/** CSP3 §6.7.2.5: an empty list and 'none' alone match nothing; 'none' among others is inert. */
export function sourceListMatches(sources: readonly string[], url: URL, origin: URL): boolean {
  if (sources.length === 0) return false
  if (sources.length === 1 && sources[0].toLowerCase() === "'none'") return false
  return sources.some(expression => expressionMatches(expression, url, origin))
}

/** CSP3 §6.7.2.6 "Does url match expression in origin with redirect count" (count 0). */
export function expressionMatches(expression: string, url: URL, origin: URL): boolean {
  const scheme = schemeOf(url)
  const originScheme = schemeOf(origin)
  if (expression === '*') return NETWORK_SCHEMES.has(scheme) || scheme === originScheme
  const schemeOnly = SCHEME_SOURCE.exec(expression)
  if (schemeOnly) return schemePartMatches(schemeOnly[1], scheme)
  const host = HOST_SOURCE.exec(expression)
  if (host) {
    const [, schemePart, hostPart, portPart, pathPart] = host
    if (schemePart !== undefined && !schemePartMatches(schemePart, scheme)) return false
    // A schemeless source takes the page's scheme, upgrades allowed (https page → wss:).
    if (schemePart === undefined && !schemePartMatches(originScheme, scheme)) return false
    if (!hostPartMatches(hostPart, url.hostname)) return false
    if (!portPartMatches(portPart, url)) return false
    if (pathPart && !pathPartMatches(pathPart, url.pathname)) return false
    return true
  }
  if (expression.toLowerCase() === "'self'") return selfMatches(url, origin)
  // Nonces, hashes, 'unsafe-…', 'strict-dynamic', anything malformed: never a URL.
  return false
}

function schemeOf(url: URL): string {
  return url.protocol.slice(0, -1).toLowerCase()
}

/** CSP3 "scheme-part match": the same scheme, or a secure upgrade of it. */
export function schemePartMatches(pattern: string, scheme: string): boolean {
  const a = pattern.toLowerCase()
  const b = scheme.toLowerCase()
  return (
    a === b ||
    (a === 'http' && b === 'https') ||
    (a === 'ws' && (b === 'wss' || b === 'http' || b === 'https')) ||
    (a === 'wss' && b === 'https')
  )
}

/** CSP3 "host-part match". The spec refuses IP addresses altogether ("a future version may
 * allow" them); Chromium and Firefox match an IP literal written out exactly, and the question
 * here is what the browser does, so an exact IP matches (a wildcard never does). */
function hostPartMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase()
  const ip = /^[\d.]+$/.test(host) || host.startsWith('[')
  const p = pattern.toLowerCase().replace(/\.$/, '')
  if (ip) return p === host
  if (p === '*') return true
  if (p.startsWith('*.')) return host.endsWith(p.slice(1))
  return p === host.replace(/\.$/, '')
}

/** CSP3 "port-part matches": no port in the source means the URL's scheme's default port. */
function portPartMatches(port: string | undefined, url: URL): boolean {
  if (port === '*') return true
  const normalized = port === undefined ? undefined : String(Number(port))
  const urlPort = url.port === '' ? undefined : url.port
  if (normalized === urlPort) return true
  return urlPort === undefined && normalized === DEFAULT_PORT[schemeOf(url)]
}

/** CSP3 "path-part match": a source path ending in "/" is a prefix of segments, otherwise the
 * exact path; segments compared percent-decoded. */
function pathPartMatches(pattern: string, path: string): boolean {
  if (pattern === '' || (pattern === '/' && path === '')) return true
  const exact = !pattern.endsWith('/')
  const a = pattern.split('/')
  const b = path.split('/')
  if (a.length > b.length) return false
  if (exact && a.length !== b.length) return false
  if (!exact) a.pop()
  return a.every((piece, i) => decoded(piece) === decoded(b[i]))
}

function decoded(piece: string): string {
  try {
    return decodeURIComponent(piece)
  } catch {
    return piece
  }
}

/** CSP3 'self': the page's origin, or the same host and port (or both default) over a secure
 * scheme: an https page's 'self' covers wss:// on its own host and port. */
function selfMatches(url: URL, origin: URL): boolean {
  const scheme = schemeOf(url)
  const originScheme = schemeOf(origin)
  if (scheme === originScheme && url.host === origin.host) return true
  if (url.hostname !== origin.hostname || url.port !== origin.port) return false
  return (
    scheme === 'https' ||
    scheme === 'wss' ||
    (originScheme === 'http' && (scheme === 'http' || scheme === 'ws'))
  )
}

/** The directive that would let `url` through: the blocking directive's sources (without a
 * lone 'none') plus the endpoint's origin; under a default-src fallback, a new connect-src
 * keeps what default-src allowed. */
export function allowingDirective(blocked: Blocked, url: URL): string {
  const kept =
    blocked.sources.length === 1 && blocked.sources[0].toLowerCase() === "'none'"
      ? []
      : blocked.sources
  return ['connect-src', ...kept, `${schemeOf(url)}://${url.host}`].join(' ')
}
