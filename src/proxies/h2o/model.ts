// What an h2o configuration declares, as h2o 2.2 reads it: `hosts` (keyed by "name[:port]"),
// each with `paths`; `listen` at the top level (every host) or per host, optionally with `ssl`.
// Path directives such as proxy.websocket apply from the nearest level that sets them (path,
// host, then global), whatever their order in the file: h2o defers `hosts` and `paths`.
import type { Code } from '../../codes.js'
import type { Finding, Location, Status } from '../../findings.js'
import { entry, mappings, scalar, type Entry, type MapNode, type Tree } from './tree.js'

export interface Directive {
  name: string
  value: string
  at: Location
  /** Where it was set: 'path', 'host' or 'global'. */
  level: 'path' | 'host' | 'global'
}

export interface Listen {
  at: Location
  port?: number
  /** The `ssl` mapping, when the listener terminates TLS. */
  ssl?: MapNode
  sslAt?: Location
  /** The host whose `listen` this is; undefined for the top-level one (every host). */
  owner?: Host
}

export interface Host {
  /** As written: "ws.example.com:443". */
  key: string
  /** The name without its port, lower case. */
  name: string
  port?: number
  at: Location
  map: MapNode
  listens: Listen[]
  paths: PathMapping[]
}

export interface PathMapping {
  path: string
  at: Location
  host: Host
  /** The path's own mappings (one, or several handlers in a sequence). */
  own: MapNode[]
  /** proxy.reverse.url, when this path proxies. */
  upstream?: Directive
}

export interface H2oConfig {
  root: MapNode
  listens: Listen[]
  hosts: Host[]
}

/** The hosts, listeners and paths of a configuration's root mapping. */
export function readConfig(root: MapNode): H2oConfig {
  const config: H2oConfig = { root, listens: readListens(entry(root, 'listen')), hosts: [] }
  const hosts = entry(root, 'hosts')
  if (hosts?.value.kind !== 'map') return config
  for (const item of hosts.value.entries) {
    if (item.value.kind !== 'map') continue
    const { name, port } = splitAuthority(item.key)
    const host: Host = {
      key: item.key,
      name,
      port,
      at: item.at,
      map: item.value,
      listens: [],
      paths: []
    }
    host.listens = readListens(entry(item.value, 'listen'), host)
    const paths = entry(item.value, 'paths')
    if (paths?.value.kind === 'map')
      for (const p of paths.value.entries) host.paths.push(readPath(p, host, config))
    config.hosts.push(host)
  }
  return config
}

/** "example.com:8443" → name and port; "[::1]:443" too. */
export function splitAuthority(key: string): { name: string; port?: number } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(key.trim())
  if (!m) return { name: key.trim().toLowerCase() }
  return { name: m[1].toLowerCase(), port: m[2] ? Number(m[2]) : undefined }
}

function readListens(listen: Entry | undefined, owner?: Host): Listen[] {
  if (!listen) return []
  const values = listen.value.kind === 'seq' ? listen.value.items : [listen.value]
  const listens: Listen[] = []
  for (const value of values) {
    if (value.kind === 'scalar') {
      listens.push({ at: listen.at, port: portOf(value.value), owner })
      continue
    }
    if (value.kind !== 'map') continue
    const ssl = entry(value, 'ssl')
    listens.push({
      at: entry(value, 'port')?.at ?? listen.at,
      port: portOf(scalar(value, 'port')),
      ssl: ssl?.value.kind === 'map' ? ssl.value : undefined,
      sslAt: ssl?.at,
      owner
    })
  }
  return listens
}

function portOf(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text) : undefined
}

function readPath(item: Entry, host: Host, config: { root: MapNode }): PathMapping {
  const mapping: PathMapping = {
    path: item.key,
    at: item.at,
    host,
    own: mappings(item.value)
  }
  mapping.upstream = effective(mapping, 'proxy.reverse.url', config, ['path'])
  return mapping
}

/** A directive as it applies to a path: the path's own, else its host's, else the global one. */
export function effective(
  mapping: PathMapping,
  name: string,
  config: { root: MapNode },
  levels: readonly Directive['level'][] = ['path', 'host', 'global']
): Directive | undefined {
  const at = (map: Tree, level: Directive['level']): Directive | undefined => {
    const found = entry(map, name)
    if (!found) return undefined
    const value = found.value.kind === 'scalar' ? found.value.value : ''
    return { name, value, at: found.at, level }
  }
  if (levels.includes('path'))
    for (let i = mapping.own.length - 1; i >= 0; i--) {
      const found = at(mapping.own[i], 'path')
      if (found) return found
    }
  if (levels.includes('host')) {
    const found = at(mapping.host.map, 'host')
    if (found) return found
  }
  return levels.includes('global') ? at(config.root, 'global') : undefined
}

/** The TLS listeners that serve `host`: its own, else the top-level ones. */
export function tlsListensOf(host: Host, config: H2oConfig): Listen[] {
  const own = host.listens.filter(l => l.ssl)
  return own.length > 0 ? own : config.listens.filter(l => l.ssl)
}

/** Records a finding; `kind` and the location make it unique (a listener shared by hosts
 * through an alias or a merge is judged once). */
export type Report = (
  kind: string,
  status: Status,
  code: Code,
  title: string,
  at: Location,
  extra: Partial<Finding>
) => void
