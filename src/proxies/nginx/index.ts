// nginx: told by its Server header and error pages, its configuration (with includes) checked
// at the lines that break WebSockets over TLS, served for real on request, and its fixes.
import type { Finding } from '../../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict, Proxy } from '../proxy.js'
import { checkNginx, type ServerBlock } from './checks.js'
import { nginxAnswer } from './answer.js'
import { loadNginx, type LoadedConfig } from './parse.js'

/** A statement nginx would read: a directive's name, its arguments and the closing `;`. Only
 * names that are nginx's own (not `return` or `set`, which code has too) count. */
const STATEMENT =
  /^\s*(listen|server_name|root|proxy_\w+|ssl_\w+|fastcgi_\w+|uwsgi_\w+|grpc_\w+|add_header|try_files|error_page|access_log|error_log|worker_\w+|keepalive_\w+|client_\w+|gzip\w*|sendfile|resolver|upstream|include|default_type|rewrite)\s+[^;{}]*;\s*(#.*)?$/
/** A block nginx opens: a context name (and arguments) then `{`. */
const BLOCK =
  /^\s*(http|server|events|location|upstream|stream|map\s+\$\w+)(\s+[^;{]*)?\{\s*(#.*)?$/

export const nginx: Proxy = {
  ...nginxAnswer,
  claims(file: ConfigFile) {
    const lines = file.text.split('\n')
    // A snippet may hold only statements; a site file opens blocks. Neither ends lines with `;`
    // in any other proxy's language this scan knows.
    return lines.some(line => STATEMENT.test(line)) || lines.some(line => BLOCK.test(line))
  },
  async checkConfig(file, options) {
    const loaded = await loadNginx(options.workspace, file.path, file.text)
    return nginxVerdict(loaded, options)
  },
  async serve(file, { config, diagnose }) {
    // Loaded only to serve: it brings the certificate factory (@peculiar/x509).
    const { findNginx, serveAndProbe } = await import('./serve.js')
    const binary = findNginx()
    const loaded = await loadNginx(config.workspace, file.path, file.text)
    if (!binary) return [notInstalled(file.path)]
    const { servers } = checkNginx(loaded, config)
    if (loaded.errors.length > 0 || !servers.some(s => s.tls)) return []
    return serveAndProbe(binary, { file: file.path, loaded, servers }, config, diagnose)
  }
}

function nginxVerdict(loaded: LoadedConfig, options: ConfigCheckOptions): ConfigVerdict {
  const verdict = checkNginx(loaded, options)
  const errors: Finding[] = loaded.errors.map(e => ({
    check: 'proxy-config',
    code: 'proxy-config-unparsed',
    status: 'fail',
    title: `nginx syntax error: ${e.message}`,
    details: ['nginx -t refuses this file; nothing after this point was checked.'],
    location: { file: e.file, line: e.line }
  }))
  const { summary, details } = describe(loaded, verdict.servers)
  return {
    summary,
    summaryLine: verdict.servers[0]?.directive.line,
    details,
    included: loaded.files.slice(1),
    findings: [...errors, ...verdict.findings]
  }
}

/** What the file holds, and which of the run's targets its server blocks serve. */
function describe(
  loaded: LoadedConfig,
  servers: ServerBlock[]
): { summary: string; details: string[] } {
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
    summary: `nginx configuration: ${servers.length} server block${servers.length === 1 ? '' : 's'}, ${sockets} WebSocket location${sockets === 1 ? '' : 's'}`,
    details
  }
}

function notInstalled(file: string): Finding {
  return {
    check: 'proxy-config',
    code: 'proxy-config-serve-unavailable',
    status: 'warn',
    title: 'config-serve: nginx is needed to serve the configuration, and is not on PATH',
    location: { file, line: 1 },
    fix: {
      text: 'Install nginx on the runner before this step (Debian/Ubuntu: apt-get install -y nginx-light), or set config-serve: false.',
      code: {
        lang: 'yaml',
        text: '- run: sudo apt-get update && sudo apt-get install -y nginx-light'
      }
    }
  }
}
