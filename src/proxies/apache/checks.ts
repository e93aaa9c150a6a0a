// The static check of an httpd configuration, a virtual host file or an .htaccess: per TLS
// virtual host the certificate chain, versions and ciphers; per WebSocket route the upgrade and
// the idle timeouts. Includes inside the repository are read in place.
import path from 'node:path'
import type { Finding } from '../../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict } from '../proxy.js'
import { readSmallFile } from './files.js'
import { flatten, samplePath, serversOf, type Server } from './model.js'
import { checkTls, type Push } from './tls.js'
import { parseApache, type Directive, type SyntaxProblem } from './tokenize.js'
import { balancersOf, checkWebSocket, webSocketRoutes, type Modules } from './websocket.js'

const MAX_INCLUDE_DEPTH = 8

export interface Loaded {
  directives: Directive[]
  errors: SyntaxProblem[]
  included: string[]
  notes: string[]
}

/** The file with its Include/IncludeOptional lines replaced by what they name, when that is a
 * file of the repository (relative to the including file or the workspace, no wildcards). */
export function load(file: ConfigFile, workspace: string): Loaded {
  const loaded: Loaded = { directives: [], errors: [], included: [], notes: [] }
  const root = path.resolve(workspace)
  const expand = (list: Directive[], from: string, depth: number): Directive[] =>
    list.flatMap(d => {
      if (d.block) return [{ ...d, block: expand(d.block, from, depth) }]
      if (d.key !== 'include' && d.key !== 'includeoptional') return [d]
      const name = d.args[0] ?? ''
      const candidates = path.isAbsolute(name)
        ? [path.resolve(name)]
        : [path.resolve(root, path.dirname(from), name), path.resolve(root, name)]
      const inside = candidates.filter(c => c === root || c.startsWith(root + path.sep))
      const why =
        inside.length === 0
          ? 'outside the repository'
          : /[*?[]/.test(name)
            ? 'a wildcard'
            : depth >= MAX_INCLUDE_DEPTH
              ? `more than ${MAX_INCLUDE_DEPTH} includes deep`
              : undefined
      const found = why
        ? undefined
        : inside
            .map(c => ({ file: c, text: readSmallFile(c) }))
            .find((c): c is { file: string; text: string } => c.text !== undefined)
      if (!found) {
        loaded.notes.push(
          `${d.name} ${name} (${d.file}:${d.line}) not read: ${why ?? 'no such file in the repository'}; what it sets was not checked`
        )
        return [d]
      }
      const relative = path.relative(root, found.file)
      if (loaded.included.includes(relative)) return []
      loaded.included.push(relative)
      const parsed = parseApache(found.text, relative)
      loaded.errors.push(...parsed.errors)
      return expand(parsed.directives, relative, depth + 1)
    })
  const parsed = parseApache(file.text, file.path)
  loaded.errors.push(...parsed.errors)
  loaded.directives = expand(parsed.directives, file.path, 0)
  return loaded
}

/** The modules the configuration loads itself, if it loads any. */
function modulesOf(directives: readonly Directive[]): Modules {
  const names: string[] = []
  const visit = (list: readonly Directive[]): void => {
    for (const d of list) {
      if (d.key === 'loadmodule' && d.args[0]) names.push(d.args[0].toLowerCase())
      if (d.block) visit(d.block)
    }
  }
  visit(directives)
  return names.length > 0 ? { loaded: new Set(names) } : {}
}

function serverLabel(server: Server, htaccess: boolean): string {
  if (htaccess) return '.htaccess'
  if (!server.section) return 'main server'
  const name = server.names[0] ? ` (${server.names[0]})` : ''
  return `VirtualHost ${server.section.args.join(' ')}${name}`
}

/** The host a server's fixes name: its first plain ServerName, else a target's, else a sample. */
function hostOf(server: Server, options: ConfigCheckOptions): string {
  return (
    server.names.find(n => !/[*?]/.test(n)) ??
    options.targets.find(t => t.endpoint?.scheme === 'wss')?.endpoint?.host ??
    'ws.example.com'
  )
}

function nameMatches(name: string, host: string): boolean {
  const n = name.toLowerCase()
  const h = host.toLowerCase()
  if (n === h) return true
  return n.startsWith('*.') && h.endsWith(n.slice(1))
}

export async function checkApache(
  file: ConfigFile,
  options: ConfigCheckOptions
): Promise<ConfigVerdict> {
  const loaded = load(file, options.workspace)
  const htaccess = path.posix.basename(file.path.replace(/\\/g, '/')) === '.htaccess'
  const findings: Finding[] = loaded.errors.map(e => ({
    check: 'proxy-config',
    code: 'proxy-config-unparsed',
    status: 'warn',
    title: `Apache syntax: ${e.message}`,
    details: ['apachectl configtest judges the syntax; wss-doctor checked what it could read.'],
    location: { file: e.file, line: e.line }
  }))
  const notes = [...loaded.notes]
  const modules = modulesOf(loaded.directives)
  const ctx = {
    options,
    modules,
    balancers: balancersOf(loaded.directives),
    htaccess
  }
  const servers: Server[] = htaccess
    ? [
        {
          own: flatten(loaded.directives),
          inherited: [],
          names: [],
          routes: serversOf(loaded.directives)[0].routes
        }
      ]
    : serversOf(loaded.directives)
  if (htaccess) {
    for (const d of flatten(loaded.directives).filter(d =>
      /^(proxypass|proxypassmatch|timeout|proxytimeout|sslengine|virtualhost)$/.test(d.key)
    ))
      findings.push({
        check: 'proxy-config',
        code: 'proxy-config-invalid-value',
        status: 'warn',
        title: `Apache syntax: ${d.name} is not allowed in .htaccess (httpd answers 500 for the whole directory)`,
        details: [`${d.name} belongs in the server configuration or a <VirtualHost>.`],
        location: { file: d.file, line: d.line }
      })
  }
  const lines: string[] = []
  let tlsHosts = 0
  let sockets = 0
  for (const server of servers) {
    const label = serverLabel(server, htaccess)
    const host = hostOf(server, options)
    const push: Push = (status, code, title, where, extra = {}) =>
      findings.push({
        check: 'proxy-config',
        code,
        status,
        title,
        location: { file: where.file, line: where.line },
        ...extra
      })
    const serverPush: Push = (status, code, title, where, extra) =>
      push(status, code, `${label}: ${title}`, where, extra)
    const routes = webSocketRoutes(server, options)
    const socketPath = routes[0] ? samplePath(routes[0]) : '/socket'
    const tls = !htaccess && checkTls(server, host, socketPath, options, serverPush, notes)
    if (tls && server.section) tlsHosts++
    sockets += routes.length
    for (const route of routes) checkWebSocket(route, server, ctx, push)
    if (!server.section && !htaccess && routes.length === 0 && !tls) continue
    const where = server.section ? `${server.section.file}:${server.section.line}` : file.path
    lines.push(
      `${label} (${where}, ${tls ? 'TLS' : 'no TLS'}): ${routes.length > 0 ? `WebSocket routes ${routes.map(r => `${r.kind} ${r.path} (line ${r.directive.line})`).join(', ')}` : 'no WebSocket route'}`
    )
    for (const target of options.targets)
      if (
        target.endpoint?.scheme === 'wss' &&
        server.names.some(n => nameMatches(n, target.endpoint!.host))
      )
        lines.push(`${label} serves the target ${target.label}`)
  }
  if (htaccess && sockets > 0)
    notes.push(
      'A [P] rule needs mod_proxy loaded by the server, and for the upgrade mod_proxy_http (2.4.47 and later) or, for ws:// only, mod_proxy_wstunnel; Timeout and ProxyTimeout (idle WebSockets) are set in the server configuration, not in .htaccess.'
    )
  const vhosts = servers.filter(s => s.section).length
  const summary = htaccess
    ? `Apache .htaccess: ${sockets} WebSocket rule${sockets === 1 ? '' : 's'}`
    : `Apache configuration: ${vhosts} virtual host${vhosts === 1 ? '' : 's'} (${tlsHosts} TLS), ${sockets} WebSocket route${sockets === 1 ? '' : 's'}`
  return {
    summary,
    details: [...lines, ...notes],
    ...(loaded.included.length > 0 ? { included: loaded.included } : {}),
    findings
  }
}
