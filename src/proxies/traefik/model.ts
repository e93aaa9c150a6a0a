// What a Traefik file declares, read from its tree (YAML or TOML, dynamic or static
// configuration, or Traefik's Kubernetes resources): routers and the paths and hosts of their
// rules, middlewares, TLS options and certificates, entry points, servers transports and the
// ingress-nginx provider. Traefik matches option names case-insensitively, so do we; names the
// user chose (routers, middlewares, headers) keep their case.
import {
  at,
  entries,
  entry,
  items,
  text,
  texts,
  type TreeEntry,
  type TreeNode
} from '../shared/config-tree.js'

export interface Router {
  /** How findings name it: "router chat-ws", "IngressRoute chat, route 1". */
  label: string
  line: number
  rule: string
  paths: string[]
  hosts: string[]
  /** Middleware names without their provider suffix (`@file`). */
  middlewares: string[]
  services: string[]
  tls: boolean
}

export interface Middleware {
  name: string
  line: number
  /** The `headers` middleware's options, if it is one. */
  headers?: TreeNode
  /** A `chain` middleware's members. */
  chain: string[]
}

export interface TlsOption {
  /** "tls.options.default", "TLSOption modern". */
  label: string
  name: string
  line: number
  node: TreeNode
}

export interface CertificateRef {
  /** "tls.certificates[0]", "tls.stores.default.defaultCertificate". */
  label: string
  file: string
  line: number
}

/** A backend spoken to over h2c (HTTP/2 in clear): it carries no WebSocket upgrade. */
export interface H2cServer {
  service: string
  url: string
  line: number
}

export interface EntryPoint {
  name: string
  line: number
  node: TreeNode
}

export interface TraefikModel {
  /** What the file is: dynamic configuration, static configuration, Kubernetes resources. */
  kinds: Set<'dynamic' | 'static' | 'kubernetes'>
  routers: Router[]
  middlewares: Middleware[]
  tlsOptions: TlsOption[]
  certificates: CertificateRef[]
  entryPoints: EntryPoint[]
  h2cServers: H2cServer[]
  /** Servers transports' forwardingTimeouts (static `serversTransport` or dynamic ones). */
  forwardingTimeouts: { label: string; line: number; node: TreeNode }[]
  /** providers.kubernetesIngressNGINX, when the static configuration enables it. */
  ingressNginx?: TreeEntry
  /** Entry point middlewares (entryPoints.<name>.http.middlewares): every router gets them. */
  entryPointMiddlewares: string[]
}

const I = true // Traefik's keys are case-insensitive
export const TRAEFIK_API = /^traefik\.(io|containo\.us)\/v1alpha1$/

/** The name of a middleware reference without its provider (`auth@file` → `auth`). */
export const bareName = (name: string): string => name.replace(/@[^@]*$/, '')

const RULE_MATCHER = /\b(Path|PathPrefix|PathRegexp|Host|HostRegexp)\s*\(([^)]*)\)/g
const RULE_ARGUMENT = /`([^`]*)`|"((?:[^"\\]|\\.)*)"|'([^']*)'/g

/** The paths and hosts a router rule matches on (v2 and v3 syntax). */
export function ruleParts(rule: string): { paths: string[]; hosts: string[] } {
  const paths: string[] = []
  const hosts: string[] = []
  for (const m of rule.matchAll(RULE_MATCHER)) {
    const args = [...m[2].matchAll(RULE_ARGUMENT)].map(a => a[1] ?? a[2] ?? a[3] ?? '')
    if (m[1].startsWith('Path')) paths.push(...args)
    else hosts.push(...args)
  }
  return { paths, hosts }
}

function emptyModel(): TraefikModel {
  return {
    kinds: new Set(),
    routers: [],
    middlewares: [],
    tlsOptions: [],
    certificates: [],
    entryPoints: [],
    h2cServers: [],
    forwardingTimeouts: [],
    entryPointMiddlewares: []
  }
}

/** Reads every tree of a file into one model. */
export function readModel(trees: readonly TreeNode[]): TraefikModel {
  const model = emptyModel()
  for (const tree of trees) {
    const apiVersion = text(entry(tree, 'apiVersion')?.value)
    if (apiVersion !== undefined && TRAEFIK_API.test(apiVersion)) readResource(tree, model)
    else readConfiguration(tree, model)
  }
  return model
}

function readConfiguration(tree: TreeNode, model: TraefikModel): void {
  const http = at(tree, ['http'], I)
  const tls = at(tree, ['tls'], I)
  if (http || tls) model.kinds.add('dynamic')
  for (const { key, line, value } of entries(at(http, ['routers'], I))) {
    const rule = text(entry(value, 'rule', I)?.value) ?? ''
    const tlsEntry = entry(value, 'tls', I)
    model.routers.push({
      label: `router ${key}`,
      line,
      rule,
      ...ruleParts(rule),
      middlewares: texts(entry(value, 'middlewares', I)?.value).map(bareName),
      services: texts(entry(value, 'service', I)?.value).map(bareName),
      tls:
        tlsEntry !== undefined && tlsEntry.value.kind !== 'scalar'
          ? true
          : tlsEntry !== undefined && text(tlsEntry.value) !== 'false'
    })
  }
  for (const { key, line, value } of entries(at(http, ['middlewares'], I)))
    model.middlewares.push(middleware(key, line, value))
  for (const { key, value } of entries(at(http, ['services'], I)))
    for (const server of items(at(value, ['loadBalancer', 'servers'], I))) {
      const url = entry(server, 'url', I)
      const address = text(url?.value) ?? ''
      if (url && /^h2c:/i.test(address))
        model.h2cServers.push({ service: key, url: address, line: url.line })
    }
  for (const { key, value } of entries(at(http, ['serversTransports'], I))) {
    const timeouts = entry(value, 'forwardingTimeouts', I)
    if (timeouts)
      model.forwardingTimeouts.push({
        label: `http.serversTransports.${key}.forwardingTimeouts`,
        line: timeouts.line,
        node: timeouts.value
      })
  }
  for (const { key, line, value } of entries(at(tls, ['options'], I)))
    model.tlsOptions.push({ label: `tls.options.${key}`, name: key, line, node: value })
  items(at(tls, ['certificates'], I)).forEach((certificate, i) => {
    const certFile = entry(certificate, 'certFile', I)
    const file = text(certFile?.value)
    if (certFile && file)
      model.certificates.push({ label: `tls.certificates[${i}]`, file, line: certFile.line })
  })
  for (const { key, value } of entries(at(tls, ['stores'], I))) {
    const certFile = entry(at(value, ['defaultCertificate'], I), 'certFile', I)
    const file = text(certFile?.value)
    if (certFile && file)
      model.certificates.push({
        label: `tls.stores.${key}.defaultCertificate`,
        file,
        line: certFile.line
      })
  }
  readStatic(tree, model)
}

function readStatic(tree: TreeNode, model: TraefikModel): void {
  const entryPoints = entry(tree, 'entryPoints', I)
  const providers = entry(tree, 'providers', I)
  const serversTransport = entry(tree, 'serversTransport', I)
  if (entryPoints || providers || serversTransport || entry(tree, 'certificatesResolvers', I))
    model.kinds.add('static')
  for (const { key, line, value } of entries(entryPoints?.value)) {
    model.entryPoints.push({ name: key, line, node: value })
    model.entryPointMiddlewares.push(...texts(at(value, ['http', 'middlewares'], I)).map(bareName))
  }
  const timeouts = entry(serversTransport?.value, 'forwardingTimeouts', I)
  if (timeouts)
    model.forwardingTimeouts.push({
      label: 'serversTransport.forwardingTimeouts',
      line: timeouts.line,
      node: timeouts.value
    })
  model.ingressNginx = entry(providers?.value, 'kubernetesIngressNGINX', I) ?? model.ingressNginx
}

function middleware(name: string, line: number, value: TreeNode): Middleware {
  return {
    name,
    line,
    headers: entry(value, 'headers', I)?.value,
    chain: texts(at(value, ['chain', 'middlewares'], I)).map(bareName)
  }
}

/** Traefik's Kubernetes resources (traefik.io/v1alpha1): IngressRoute, Middleware, TLSOption,
 * ServersTransport. */
function readResource(tree: TreeNode, model: TraefikModel): void {
  model.kinds.add('kubernetes')
  const kind = text(entry(tree, 'kind')?.value)
  const name = text(at(tree, ['metadata', 'name'])) ?? '(unnamed)'
  const spec = entry(tree, 'spec')
  const line = entry(tree, 'kind')?.line ?? 1
  if (kind === 'IngressRoute') {
    items(at(spec?.value, ['routes'])).forEach((route, i) => {
      const rule = text(entry(route, 'match')?.value) ?? ''
      for (const service of items(entry(route, 'services')?.value)) {
        const scheme = entry(service, 'scheme')
        if (scheme && text(scheme.value)?.toLowerCase() === 'h2c')
          model.h2cServers.push({
            service: text(entry(service, 'name')?.value) ?? '(unnamed)',
            url: 'scheme: h2c',
            line: scheme.line
          })
      }
      model.routers.push({
        label: `IngressRoute ${name}, route ${i + 1}`,
        line: route.line,
        rule,
        ...ruleParts(rule),
        middlewares: items(entry(route, 'middlewares')?.value)
          .map(m => text(entry(m, 'name')?.value))
          .filter((m): m is string => m !== undefined)
          .map(bareName),
        services: items(entry(route, 'services')?.value)
          .map(s => text(entry(s, 'name')?.value))
          .filter((s): s is string => s !== undefined),
        tls: entry(spec?.value, 'tls') !== undefined
      })
    })
  } else if (kind === 'Middleware' && spec) {
    model.middlewares.push(middleware(name, line, spec.value))
  } else if (kind === 'TLSOption' && spec) {
    model.tlsOptions.push({ label: `TLSOption ${name}`, name, line, node: spec.value })
  } else if (kind === 'ServersTransport' && spec) {
    const timeouts = entry(spec.value, 'forwardingTimeouts')
    if (timeouts)
      model.forwardingTimeouts.push({
        label: `ServersTransport ${name} forwardingTimeouts`,
        line: timeouts.line,
        node: timeouts.value
      })
  }
}
