// The static check of a lighttpd configuration: per TLS socket the certificate chain, the
// versions and the ciphers; per WebSocket route the upgrade and the idle limits; each problem
// at the line of the setting (or of the socket or condition missing it) with lighttpd's fix.
// A file lighttpd would refuse is a warning at the line: `lighttpd -tt` judges syntax.
import type { Finding } from '../../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict } from '../proxy.js'
import { checkChain } from './chain.js'
import { checkCiphers } from './ciphers.js'
import { effective, type Evaluated } from './evaluate.js'
import { fullChainFix, tlsListenerFix } from './fix.js'
import { checkHostnames } from './hostname.js'
import { loadLighttpd } from './load.js'
import { collector } from './report.js'
import { hostMatches, webSocketRoutes, type Route } from './routes.js'
import { sniScopes, sockets, type Socket } from './sockets.js'
import { checkVersions } from './versions.js'
import { checkRoute } from './websocket.js'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** A host name for fixes: the configuration's own, else the run's first wss:// target's. */
function hostOf(config: Evaluated, options: ConfigCheckOptions): string {
  const named = config.scopes.find(
    s => s.variable === 'HTTP' && s.field === 'host' && s.operator === '==' && s.pattern
  )
  return (
    named?.pattern ??
    options.targets.find(t => t.endpoint?.scheme === 'wss')?.endpoint?.host ??
    'api.example.com'
  )
}

export async function checkLighttpd(
  file: ConfigFile,
  options: ConfigCheckOptions
): Promise<ConfigVerdict> {
  const loaded = await loadLighttpd(options.workspace, file.path, file.text)
  if (loaded.error) {
    const { error } = loaded
    return {
      summary: 'lighttpd configuration: not checked, lighttpd would refuse it',
      findings: [
        {
          check: 'proxy-config',
          code: 'proxy-config-unparsed',
          status: 'warn',
          title: `Not checked: lighttpd would refuse this file (${error.message})`,
          details: [
            `lighttpd -tt -f ${file.path} judges the syntax; nothing after this point was checked.`
          ],
          location: { file: error.file, line: error.line }
        }
      ]
    }
  }
  const config = loaded.config
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const refusal of config.refusals)
    findings.push({
      check: 'proxy-config',
      code: 'proxy-config-invalid-value',
      status: 'warn',
      title: `lighttpd refuses this at start: ${refusal.message}`,
      location: { file: refusal.file, line: refusal.line }
    })
  const host = hostOf(config, options)
  const all = sockets(config)
  const tls = all.filter(s => s.tls)
  for (const socket of all) {
    const push = collector(findings, seen, socket.label)
    if (!socket.tls) {
      if (socket.port === 443)
        push(
          'fail',
          'proxy-config-tls-listener',
          'port 443 without ssl.engine: plain HTTP on the TLS port',
          socket,
          {
            cause:
              'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
            fix: tlsListenerFix(host, 443, '/')
          }
        )
      continue
    }
    checkSocket(socket, host, options, push)
    const pemfile = effective(socket.scope, 'ssl.pemfile')
    if (pemfile) checkHostnames(pemfile, socket.port, sniScopes(config), options, push)
  }
  if (tls.length > 0)
    for (const scope of sniScopes(config))
      checkChain(
        scope.settings.get('ssl.pemfile')!,
        scope,
        scope.operator === '==' ? scope.pattern : host,
        options.workspace,
        collector(findings, seen, scope.label)
      )
  const routes = webSocketRoutes(config, options.websocketPaths)
  for (const route of routes)
    checkRoute(route, config, options, collector(findings, seen, route.label))
  checkModules(config, routes, findings)
  return {
    summary: `lighttpd configuration: ${plural(tls.length, 'TLS socket')}, ${plural(routes.length, 'WebSocket route')}`,
    details: details(config, all, routes, options),
    included: config.included,
    findings
  }
}

function checkSocket(
  socket: Socket,
  host: string,
  options: ConfigCheckOptions,
  push: ReturnType<typeof collector>
): void {
  const pemfile = effective(socket.scope, 'ssl.pemfile')
  if (!pemfile)
    push(
      'fail',
      'proxy-config-certificate-missing',
      'ssl.pemfile missing: lighttpd cannot complete a TLS handshake',
      socket,
      {
        cause: 'A TLS socket without a certificate and its key fails every handshake',
        fix: fullChainFix(host)
      }
    )
  else checkChain(pemfile, socket.scope, host, options.workspace, push)
  const { tls13 } = checkVersions(socket.scope, socket, options, push)
  checkCiphers(socket.scope, tls13, push)
}

/** proxy.server does nothing unless mod_proxy is loaded (lighttpd 1.4.69: "unknown config-key"). */
function checkModules(config: Evaluated, routes: Route[], findings: Finding[]): void {
  const modules = effective(config.global, 'server.modules')
  if (routes.length === 0 || !modules || config.unread.length > 0) return
  const loaded =
    modules.value.type === 'array' &&
    modules.value.entries.some(e => e.value.type === 'string' && e.value.value === 'mod_proxy')
  if (loaded) return
  findings.push({
    check: 'proxy-config',
    code: 'proxy-config-upgrade',
    status: 'warn',
    title: 'server.modules does not load mod_proxy: lighttpd ignores proxy.server',
    location: { file: modules.file, line: modules.line },
    fix: {
      text: 'Load mod_proxy, or lighttpd ignores every proxy.* setting (a warning at start) and serves the WebSocket path from the document root.',
      code: { lang: 'lighttpd', text: 'server.modules += ( "mod_proxy" )' }
    }
  })
}

function details(
  config: Evaluated,
  all: Socket[],
  routes: Route[],
  options: ConfigCheckOptions
): string[] {
  const at = (x: { file: string; line: number }): string => `${x.file}:${x.line}`
  const lines = [
    ...all.map(s => `${s.label} (${at(s)}, ${s.tls ? 'TLS' : 'no TLS'})`),
    ...routes.map(
      r =>
        `WebSocket route ${r.label} (${at(r.scope.condition ? r.scope : r.proxyServer)}) → ${r.backends.join(', ') || 'no backend'}`
    )
  ]
  for (const scope of config.scopes)
    if (scope.variable === 'HTTP' && scope.field === 'host')
      for (const target of options.targets)
        if (
          target.endpoint?.scheme === 'wss' &&
          hostMatches(scope.operator, scope.pattern, target.endpoint.host)
        )
          lines.push(`${scope.label} (${at(scope)}) serves the target ${target.label}`)
  if (config.included.length > 0) lines.push(`Includes read: ${config.included.join(', ')}`)
  for (const { statement, why } of config.unread)
    lines.push(`${statement.kind} at ${at(statement)} not read: ${why}`)
  return lines
}
