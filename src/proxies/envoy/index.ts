// Envoy (and the meshes and gateways built on it: Istio, Envoy Gateway, Contour, Emissary): told
// from its Server header, x-envoy-* headers and local replies; its bootstrap and file-based xDS
// YAML claimed by content and judged without running it; every problem fixed in its YAML.
import { envoyAnswer } from './answer.js'
import type { Finding } from '../../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict, Proxy } from '../proxy.js'
import { yamlTrees } from '../shared/config-tree.js'
import { checkEnvoy } from './checks.js'
import { claimsEnvoy } from './claims.js'
import { readModel } from './model.js'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

async function checkConfig(file: ConfigFile, options: ConfigCheckOptions): Promise<ConfigVerdict> {
  const parsed = yamlTrees(file.text)
  const unreadable: Finding[] = parsed.errors.map(error => ({
    check: 'proxy-config',
    code: 'proxy-config-unparsed',
    status: 'warn',
    title: `Not checked: not valid YAML (${error.message})`,
    details: ['envoy --mode validate judges the syntax; this document was not checked.'],
    location: { file: file.path, line: error.line }
  }))
  const model = readModel(parsed.trees)
  const verdict = checkEnvoy(model, file.path, options)
  const chains = model.listeners.flatMap(l => l.chains)
  const managers = chains.flatMap(c => c.managers)
  const routes = managers.flatMap(m => m.virtualHosts.flatMap(v => v.routes))
  const sockets = verdict.webSocketRoutes.map(r => r.paths[0] ?? '(any path)')
  const counts = [
    plural(model.listeners.length, 'listener'),
    plural(managers.length, 'HTTP connection manager'),
    plural(routes.length, 'route'),
    `${plural(sockets.length, 'WebSocket route')}${sockets.length > 0 ? ` (${[...new Set(sockets)].join(', ')})` : ''}`,
    `TLS on ${plural(chains.filter(c => c.tls).length, 'filter chain')}`
  ]
  const listeners = model.listeners.map(
    l =>
      `listener ${l.name} (${file.path}:${l.line}${l.port !== undefined ? `, port ${l.port}` : ''}): ${plural(l.chains.length, 'filter chain')}`
  )
  return {
    summary:
      parsed.trees.length === 0
        ? 'Envoy configuration: not read'
        : `Envoy configuration: ${counts.join(', ')}`,
    details: [...listeners, ...verdict.details],
    findings: [...unreadable, ...verdict.findings]
  }
}

export const envoy: Proxy = {
  ...envoyAnswer,
  claims: claimsEnvoy,
  checkConfig
}
