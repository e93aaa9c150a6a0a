// The static check of an h2o configuration: every TLS listener, every WebSocket path, a plain
// listener on 443; findings at the line of the key (or of the path or `ssl` missing it).
import type { Finding, Location } from '../../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict } from '../proxy.js'
import { tlsListenerFix } from './fixes.js'
import { readConfig, tlsListensOf, type H2oConfig, type Listen, type Report } from './model.js'
import { checkWebSocketPath, webSocketPaths } from './paths.js'
import { checkListen } from './tls.js'
import { loadTree } from './tree.js'

export async function checkH2o(
  file: ConfigFile,
  options: ConfigCheckOptions
): Promise<ConfigVerdict> {
  const loaded = loadTree(file.text, file.path, options.workspace)
  if (loaded.error || loaded.root?.kind !== 'map') {
    const at = loaded.error?.at ?? { file: file.path, line: 1 }
    return {
      summary: 'h2o configuration: not checked (not valid YAML)',
      included: loaded.included,
      findings: [
        {
          check: 'proxy-config',
          code: 'proxy-config-unparsed',
          status: 'warn',
          title: loaded.error
            ? `Not checked: not valid YAML (${loaded.error.code}); h2o refuses it too (h2o -t -c FILE)`
            : 'Not checked: the file is not a YAML mapping',
          details: loaded.error ? [loaded.error.message] : undefined,
          location: at
        }
      ]
    }
  }
  const config = readConfig(loaded.root)
  const findings: Finding[] = []
  const seen = new Set<string>()
  const report =
    (label: string): Report =>
    (kind, status, code, title, at, extra) => {
      const key = `${kind}@${at.file}:${at.line}`
      if (seen.has(key)) return
      seen.add(key)
      findings.push({
        check: 'proxy-config',
        code,
        status,
        title: `${label}${title}`,
        location: at,
        ...extra
      })
    }
  const listens = [...config.listens, ...config.hosts.flatMap(h => h.listens)]
  for (const listen of listens) {
    const label = `listen ${listen.port ?? '(no port)'}${listen.owner ? ` of ${listen.owner.key}` : ''}: `
    if (listen.ssl) checkListen(listen, config, options, report(label))
    else if (listen.port === 443) plain443(listen, config, report(label))
  }
  const sockets = webSocketPaths(config, options)
  for (const mapping of sockets) checkWebSocketPath(mapping, config, options, report(''))
  return {
    summary: summary(config, listens, sockets.length),
    details: details(
      config,
      options,
      sockets,
      loaded.unresolved.map(u => `${u.at.file}:${u.at.line}: ${u.why}`)
    ),
    included: loaded.included,
    findings
  }
}

function plain443(listen: Listen, config: H2oConfig, push: Report): void {
  const host = listen.owner ?? config.hosts[0]
  const path = host?.paths.find(p => p.upstream)?.path ?? '/ws'
  push(
    'plain-443',
    'fail',
    'proxy-config-tls-listener',
    'port 443 without ssl: plain HTTP on the TLS port',
    listen.at,
    {
      cause:
        'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
      fix: tlsListenerFix(host?.name ?? 'example.com', 443, path)
    }
  )
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

function summary(config: H2oConfig, listens: Listen[], sockets: number): string {
  const tls = listens.filter(l => l.ssl).length
  return `h2o configuration: ${plural(config.hosts.length, 'host')}, ${plural(tls, 'TLS listener')}, ${plural(sockets, 'WebSocket path')}`
}

function details(
  config: H2oConfig,
  options: ConfigCheckOptions,
  sockets: ReturnType<typeof webSocketPaths>,
  unresolved: string[]
): string[] {
  const lines: string[] = []
  const where = (at: Location): string => `${at.file}:${at.line}`
  for (const host of config.hosts) {
    const tls = tlsListensOf(host, config).length > 0
    const paths = sockets.filter(s => s.host === host).map(s => s.path)
    lines.push(
      `host ${host.key} (${where(host.at)}, ${tls ? 'TLS' : 'no TLS'}): ${paths.length > 0 ? `WebSocket paths ${paths.join(', ')}` : 'no WebSocket path'}`
    )
    for (const target of options.targets) {
      const endpoint = target.endpoint
      if (endpoint?.scheme !== 'wss' || !serves(host.name, host.port, endpoint)) continue
      lines.push(`host ${host.key} (${where(host.at)}) serves the target ${target.label}`)
    }
  }
  for (const u of unresolved) lines.push(`Not read: ${u}`)
  return lines
}

/** Whether an h2o host key (maybe `*.example.com`, maybe with a port) names `endpoint`. */
function serves(
  name: string,
  port: number | undefined,
  endpoint: { host: string; port: number }
): boolean {
  if (port !== undefined && port !== endpoint.port) return false
  const host = endpoint.host.toLowerCase()
  if (name === host) return true
  return (
    name.startsWith('*.') &&
    host.endsWith(name.slice(1)) &&
    !host.slice(0, -name.length + 1).includes('.')
  )
}
