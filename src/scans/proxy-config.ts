// The proxy configuration in the pull request, checked before it is merged: nginx files and
// Kubernetes Ingress manifests matched by config-paths, one result per file, each problem at
// the line of the directive (or of the block missing it) with the field guide's fix for it;
// with config-serve, the nginx configuration also served on loopback and probed for real.
import type { Config } from '../config.js'
import type { TargetResult } from '../results.js'
import { worstStatus, type Finding } from '../findings.js'
import { findFiles } from './files.js'
import { checkNginx, type ServerBlock } from './nginx/checks.js'
import { loadNginx, type LoadedConfig } from './nginx/parse.js'
import type { Scan } from './scan.js'

const YAML_FILE = /\.ya?ml$/i

function result(label: string, findings: Finding[]): TargetResult {
  return {
    target: { label, scan: 'proxy-config' },
    status: worstStatus(findings.map(f => f.status)),
    findings,
    facts: {}
  }
}

/** What the file holds, and which of the run's targets its server blocks serve. */
function summary(file: string, loaded: LoadedConfig, servers: ServerBlock[]): Finding {
  const details: string[] = []
  for (const server of servers) {
    const name = server.names.join(' ') || '(no server_name)'
    const where = `${server.directive.file}:${server.directive.line}`
    const sockets = server.webSockets.map(w => w.path)
    details.push(
      `server ${name} (${where}, ${server.tls ? 'TLS' : 'no TLS'}): ${sockets.length > 0 ? `WebSocket locations ${sockets.join(', ')}` : 'no WebSocket location'}`
    )
    for (const target of server.targets)
      details.push(`server ${name} (${where}) serves the target ${target}`)
  }
  if (loaded.files.length > 1) details.push(`Includes read: ${loaded.files.slice(1).join(', ')}`)
  for (const { directive, why } of loaded.unresolved)
    details.push(
      `include ${directive.args.join(' ')} (${directive.file}:${directive.line}) not read: ${why}`
    )
  const sockets = servers.reduce((n, s) => n + s.webSockets.length, 0)
  return {
    check: 'proxy-config',
    status: 'pass',
    title: `nginx configuration: ${servers.length} server block${servers.length === 1 ? '' : 's'}, ${sockets} WebSocket location${sockets === 1 ? '' : 's'}`,
    details,
    location: { file, line: servers[0]?.directive.line ?? 1 }
  }
}

export const proxyConfigScan: Scan = {
  check: 'proxy-config',
  phase: 'before',
  applies: config => config.configPaths.length > 0,
  run: async ctx => {
    const { config } = ctx
    const found = await findFiles(config.workspace, config.configPaths)
    if (found.files.length === 0) {
      return {
        results: [
          result('config-paths', [
            {
              check: 'proxy-config',
              status: 'warn',
              title: `config-paths matched no readable file (${config.configPaths.join(', ')})`,
              details: found.skipped.map(s => `${s.path}: ${s.why}`)
            }
          ])
        ]
      }
    }
    const results: TargetResult[] = []
    const nginxFiles: { file: string; loaded: LoadedConfig }[] = []
    for (const file of found.files) {
      if (YAML_FILE.test(file.path)) {
        // Loaded only for manifests: the YAML parser is most of the scan's code.
        const { checkIngress } = await import('./ingress.js')
        const verdict = checkIngress(file.text, file.path, config)
        if (verdict.ingresses.length === 0 && verdict.findings.length === 0) continue
        results.push(
          result(file.path, [
            {
              check: 'proxy-config',
              status: 'pass',
              title: `Ingress manifest: ${verdict.ingresses.join(', ') || 'none'}`,
              location: { file: file.path, line: 1 }
            },
            ...verdict.findings
          ])
        )
        continue
      }
      nginxFiles.push({
        file: file.path,
        loaded: await loadNginx(config.workspace, file.path, file.text)
      })
    }
    // A file another matched file includes is checked there, in its context.
    const included = new Set(nginxFiles.flatMap(n => n.loaded.files.slice(1)))
    const served: {
      file: string
      loaded: LoadedConfig
      servers: ServerBlock[]
      findings: Finding[]
    }[] = []
    for (const { file, loaded } of nginxFiles) {
      if (included.has(file)) continue
      const verdict = checkNginx(loaded, nginxOptions(config))
      const errors: Finding[] = loaded.errors.map(e => ({
        check: 'proxy-config',
        status: 'fail',
        title: `nginx syntax error: ${e.message}`,
        details: ['nginx -t refuses this file; nothing after this point was checked.'],
        location: { file: e.file, line: e.line }
      }))
      const findings = [summary(file, loaded, verdict.servers), ...errors, ...verdict.findings]
      served.push({ file, loaded, servers: verdict.servers, findings })
      results.push(result(file, findings))
    }
    if (config.configServe && served.length > 0) {
      // Loaded only to serve: it brings the certificate factory (@peculiar/x509).
      const { findNginx, serveAndProbe } = await import('./nginx/serve.js')
      const nginx = findNginx()
      if (!nginx) {
        results.push(
          result('config-serve', [
            {
              check: 'proxy-config',
              status: 'warn',
              title: 'config-serve: nginx is needed to serve the configuration, and is not on PATH',
              fix: {
                text: 'Install nginx on the runner before this step (Debian/Ubuntu: apt-get install -y nginx-light), or set config-serve: false.',
                code: {
                  lang: 'yaml',
                  text: '- run: sudo apt-get update && sudo apt-get install -y nginx-light'
                }
              }
            }
          ])
        )
      } else {
        for (const entry of served) {
          if (entry.loaded.errors.length > 0 || !entry.servers.some(s => s.tls)) continue
          const live = await serveAndProbe(nginx, entry, config)
          const index = results.findIndex(r => r.target.label === entry.file)
          results[index] = result(entry.file, [...entry.findings, ...live])
        }
      }
    }
    return { results }
  }
}

function nginxOptions(config: Config): Parameters<typeof checkNginx>[1] {
  return {
    idleTimeoutMs: config.idleTimeoutMs,
    websocketPaths: config.websocketPaths,
    minTlsVersion: config.minTlsVersion,
    failOnLegacyTls: config.failOnLegacyTls,
    requireTlsVersions: config.requireTlsVersions,
    targets: config.targets
  }
}
