// What an Envoy configuration declares, read from its tree: a bootstrap file's static listeners
// (static_resources.listeners) or a file-based LDS answer (resources of @type Listener), with
// their filter chains, downstream TLS contexts, HTTP connection managers and routes, and the
// bootstrap's static secrets (SDS by name). Envoy reads YAML through protobuf JSON, which takes
// a field by its proto name (filter_chains) or its JSON name (filterChains): so do we.
import { entry, items, text, texts, type TreeEntry, type TreeNode } from '../shared/config-tree.js'

/** A proto field by its name or its lowerCamelCase JSON name. */
export function field(node: TreeNode | undefined, name: string): TreeEntry | undefined {
  return (
    entry(node, name) ??
    entry(
      node,
      name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    )
  )
}

export function fieldAt(
  node: TreeNode | undefined,
  path: readonly string[]
): TreeEntry | undefined {
  let current: TreeEntry | undefined
  let value = node
  for (const name of path) {
    current = field(value, name)
    value = current?.value
  }
  return current
}

export interface CertificateRef {
  /** "tls_certificates[0]", "secret api-cert". */
  label: string
  file: string
  line: number
}

export interface TlsContext {
  line: number
  params?: TreeEntry
  certificates: CertificateRef[]
}

export interface Route {
  label: string
  line: number
  /** The prefixes, paths and regexes it matches. */
  paths: string[]
  clusters: string[]
  /** The `route` action (absent for redirects and direct responses). */
  action?: TreeEntry
}

export interface VirtualHost {
  name: string
  line: number
  domains: string[]
  routes: Route[]
}

export interface ConnectionManager {
  /** The filter's line, and its typed_config's. */
  line: number
  config: TreeNode
  configLine: number
  virtualHosts: VirtualHost[]
  /** Routes come from RDS: not in this file. */
  rds: boolean
}

export interface FilterChain {
  label: string
  line: number
  serverNames: string[]
  tls?: TlsContext
  managers: ConnectionManager[]
  tcpProxies: { line: number; config: TreeNode }[]
}

export interface Listener {
  name: string
  line: number
  port?: number
  chains: FilterChain[]
}

export interface EnvoyModel {
  listeners: Listener[]
}

const typeOf = (node: TreeNode | undefined): string => text(entry(node, '@type')?.value) ?? ''

/** A filter or transport socket is `kind` by its name or its typed_config's @type. */
function isExtension(node: TreeNode, names: readonly string[], type: string): boolean {
  const name = text(field(node, 'name')?.value) ?? ''
  return names.includes(name) || typeOf(field(node, 'typed_config')?.value).endsWith(`.${type}`)
}

export function readModel(trees: readonly TreeNode[]): EnvoyModel {
  const model: EnvoyModel = { listeners: [] }
  for (const tree of trees) {
    const secrets = new Map<string, CertificateRef>()
    for (const secret of items(fieldAt(tree, ['static_resources', 'secrets'])?.value)) {
      const name = text(field(secret, 'name')?.value)
      const chain = fieldAt(secret, ['tls_certificate', 'certificate_chain'])
      const ref = chain && dataSource(chain, `secret ${name}`)
      if (name && ref) secrets.set(name, ref)
    }
    const listeners = [
      ...items(fieldAt(tree, ['static_resources', 'listeners'])?.value),
      ...items(field(tree, 'resources')?.value).filter(r => typeOf(r).endsWith('.Listener'))
    ]
    for (const listener of listeners) model.listeners.push(readListener(listener, secrets))
  }
  return model
}

/** A DataSource's file name or inline PEM. */
function dataSource(source: TreeEntry, label: string): CertificateRef | undefined {
  const file = field(source.value, 'filename') ?? field(source.value, 'inline_string')
  const value = text(file?.value)
  return file && value ? { label, file: value, line: file.line } : undefined
}

function readListener(listener: TreeNode, secrets: Map<string, CertificateRef>): Listener {
  const name = text(field(listener, 'name')?.value) ?? '(unnamed)'
  const port = Number(text(fieldAt(listener, ['address', 'socket_address', 'port_value'])?.value))
  const chains = items(field(listener, 'filter_chains')?.value)
  const fallback = field(listener, 'default_filter_chain')
  const all = [...chains, ...(fallback ? [fallback.value] : [])]
  return {
    name,
    line: listener.line,
    port: Number.isInteger(port) ? port : undefined,
    chains: all.map((chain, i) => {
      const serverNames = texts(fieldAt(chain, ['filter_chain_match', 'server_names'])?.value)
      const which =
        serverNames.length > 0
          ? ` (${serverNames.join(', ')})`
          : all.length > 1
            ? chain === fallback?.value
              ? ' (default filter chain)'
              : ` (filter chain ${i + 1})`
            : ''
      return readChain(chain, `listener ${name}${which}`, serverNames, secrets)
    })
  }
}

function readChain(
  chain: TreeNode,
  label: string,
  serverNames: string[],
  secrets: Map<string, CertificateRef>
): FilterChain {
  const result: FilterChain = { label, line: chain.line, serverNames, managers: [], tcpProxies: [] }
  const socket = field(chain, 'transport_socket')
  if (
    socket &&
    isExtension(socket.value, ['envoy.transport_sockets.tls', 'tls'], 'DownstreamTlsContext')
  ) {
    const context = field(socket.value, 'typed_config')?.value
    const common = field(context, 'common_tls_context')?.value
    const certificates: CertificateRef[] = []
    items(field(common, 'tls_certificates')?.value).forEach((certificate, i) => {
      const chainEntry = field(certificate, 'certificate_chain')
      const ref = chainEntry && dataSource(chainEntry, `tls_certificates[${i}]`)
      if (ref) certificates.push(ref)
    })
    for (const sds of items(field(common, 'tls_certificate_sds_secret_configs')?.value)) {
      const ref = secrets.get(text(field(sds, 'name')?.value) ?? '')
      if (ref) certificates.push(ref)
    }
    result.tls = { line: socket.line, params: field(common, 'tls_params'), certificates }
  }
  for (const filter of items(field(chain, 'filters')?.value)) {
    const config = field(filter, 'typed_config')
    if (
      isExtension(
        filter,
        ['envoy.filters.network.http_connection_manager', 'envoy.http_connection_manager'],
        'HttpConnectionManager'
      )
    ) {
      const routeConfig = field(config?.value, 'route_config')?.value
      result.managers.push({
        line: filter.line,
        config: config?.value ?? filter,
        configLine: config?.line ?? filter.line,
        virtualHosts: items(field(routeConfig, 'virtual_hosts')?.value).map(readVirtualHost),
        rds: field(config?.value, 'rds') !== undefined
      })
    } else if (
      isExtension(filter, ['envoy.filters.network.tcp_proxy', 'envoy.tcp_proxy'], 'TcpProxy')
    ) {
      result.tcpProxies.push({ line: filter.line, config: config?.value ?? filter })
    }
  }
  return result
}

function readVirtualHost(host: TreeNode): VirtualHost {
  const name = text(field(host, 'name')?.value) ?? '(unnamed)'
  return {
    name,
    line: host.line,
    domains: texts(field(host, 'domains')?.value),
    routes: items(field(host, 'routes')?.value).map(route => {
      const match = field(route, 'match')?.value
      const paths = ['prefix', 'path', 'path_separated_prefix']
        .map(key => text(field(match, key)?.value))
        .concat(text(fieldAt(match, ['safe_regex', 'regex'])?.value))
        .filter((p): p is string => p !== undefined)
      const action = field(route, 'route')
      const clusters = [
        text(field(action?.value, 'cluster')?.value),
        ...items(fieldAt(action?.value, ['weighted_clusters', 'clusters'])?.value).map(c =>
          text(field(c, 'name')?.value)
        )
      ].filter((c): c is string => c !== undefined)
      const shown = paths[0] ?? (field(match, 'connect_matcher') ? 'CONNECT' : '(any path)')
      return {
        label: `virtual host ${name}, route ${shown}`,
        line: route.line,
        paths,
        clusters,
        action
      }
    })
  }
}
