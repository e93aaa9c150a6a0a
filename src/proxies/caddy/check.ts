// The static check of a Caddyfile: read it (imports expanded), then per site the TLS it serves
// and per reverse_proxy the upgrade and idle cuts, each problem at its line with Caddy's fix.
// A file this reader cannot follow is a warning at the line: `caddy validate` judges syntax.
import type { Finding } from '../../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict } from '../proxy.js'
import { globalPorts, parseAddress, servesTls } from './address.js'
import { checkRoute } from './check-routes.js'
import { checkSiteTls } from './check-tls.js'
import { finding } from './finding.js'
import { tlsListenerFix } from './fix.js'
import { CaddyfileSyntaxError, loadCaddyfile, type SiteBlock } from './parse.js'
import { proxyRoutes } from './routes.js'

const READER =
  "Read by wss-doctor's own Caddyfile reader (Caddy's lexer is Go; no maintained JavaScript parser of the Caddyfile exists): `caddy validate --config <file> --adapter caddyfile` judges syntax."

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

export async function checkCaddyfile(
  file: ConfigFile,
  options: ConfigCheckOptions
): Promise<ConfigVerdict> {
  let config
  try {
    config = await loadCaddyfile(options.workspace, file.path, file.text)
  } catch (err) {
    if (!(err instanceof CaddyfileSyntaxError)) throw err
    return {
      summary: 'Caddyfile: not checked (this reader cannot follow it)',
      details: [READER],
      findings: [
        {
          check: 'proxy-config',
          code: 'proxy-config-unparsed',
          status: 'warn',
          title: `Caddyfile not checked: ${err.message}`,
          details: [READER],
          location: { file: err.file, line: err.line }
        }
      ]
    }
  }
  const findings: Finding[] = []
  const details: string[] = []
  const autoHttps = config.globals?.find(d => d.name === 'auto_https')
  const localCerts = config.globals?.find(d => d.name === 'local_certs')
  const ports = globalPorts(config.globals)
  const sites = config.sites.filter(s => !s.addresses[0].startsWith('&('))
  let tlsSites = 0
  let sockets = 0
  for (const site of sites) {
    const label = `site ${site.addresses.join(', ')}`
    const hosts = site.addresses.map(parseAddress).map(a => a.host)
    const host = hosts.find(h => /^[a-z0-9.-]+$/i.test(h) && h.includes('.')) ?? 'example.com'
    const tlsLine = site.directives.some(d => d.name === 'tls')
    const tls = site.addresses.some(a => servesTls(parseAddress(a), tlsLine, ports))
    let how = 'no TLS'
    if (tls) {
      tlsSites++
      const verdict = checkSiteTls({ label, host, site, autoHttps, localCerts }, options)
      findings.push(...verdict.findings)
      how = `TLS, certificate from ${verdict.source}`
    }
    const routes = proxyRoutes(site, options)
    for (const route of routes) findings.push(...checkRoute(route, { label, host, site }, options))
    const ws = routes.filter(r => r.webSocket)
    const others = routes.filter(r => !r.webSocket)
    sockets += ws.length
    details.push(
      `${label} (${site.file}:${site.line}, ${how}): ${
        ws.length > 0
          ? `WebSocket routes ${ws.map(r => `${r.matcher ?? '*'} (${r.webSocket})`).join(', ')}`
          : 'no WebSocket route'
      }`
    )
    if (others.length > 0)
      details.push(
        `${label}: reverse_proxy ${others.map(r => r.matcher ?? '*').join(', ')} not judged for idle cuts (not recognised as WebSocket routes: name their paths in websocket-paths)`
      )
  }
  findings.push(...plainListeners(sites, ports, options))
  if (config.files.length > 1) details.push(`Imports read: ${config.files.slice(1).join(', ')}`)
  for (const u of config.unresolved)
    details.push(`${u.what} (${u.file}:${u.line}) not read: ${u.why}`)
  details.push(READER)
  return {
    summary: `Caddyfile: ${plural(sites.length, 'site')} (${tlsSites} with TLS), ${plural(sockets, 'WebSocket route')}`,
    details,
    included: config.files.slice(1),
    findings
  }
}

/** A wss:// target whose host only plain-HTTP sites name: TLS never answers there. */
function plainListeners(
  sites: readonly SiteBlock[],
  ports: ReturnType<typeof globalPorts>,
  options: ConfigCheckOptions
): Finding[] {
  const findings: Finding[] = []
  for (const target of options.targets) {
    const endpoint = target.endpoint
    if (endpoint?.scheme !== 'wss') continue
    const naming = sites.filter(s =>
      s.addresses.some(a => parseAddress(a).host.toLowerCase() === endpoint.host.toLowerCase())
    )
    const tls = naming.some(s =>
      s.addresses.some(a =>
        servesTls(
          parseAddress(a),
          s.directives.some(d => d.name === 'tls'),
          ports
        )
      )
    )
    if (naming.length === 0 || tls) continue
    const site = naming[0]
    findings.push(
      finding(
        `site ${site.addresses.join(', ')}`,
        'fail',
        'proxy-config-tls-listener',
        `serves ${endpoint.host} without TLS, and the target ${target.label} is wss://`,
        { file: site.file, line: site.line },
        {
          cause:
            'A wss:// client starts with a TLS handshake; a plain-HTTP site answers it with HTTP (WRONG_VERSION_NUMBER)',
          fix: tlsListenerFix(endpoint.host, endpoint.port, endpoint.path)
        }
      )
    )
  }
  return findings
}
