// The repository's nginx configuration, served: copied into a private prefix with throwaway
// certificates for its server names (the same chain shape: the leaf alone where the repository
// serves cert.pem), loopback ports, every upstream pointed at a local WebSocket echo, and pid,
// logs and temp files inside the prefix. `nginx -t` first (its errors land at the line of the
// repository's file they came from), then nginx itself, and every TLS server block probed
// with the full probe set. nginx is always stopped and the prefix removed.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Config } from '../../config.js'
import { createIntermediate, createLeaf, createRoot, type Issued } from '../../demo/pki.js'
import { startWsServer, type RunningServer } from '../../demo/servers.js'
import type { Finding, Location } from '../../findings.js'
import { deadlineSignal, onAbort } from '../../isolation.js'
import type { Directive, LoadedConfig } from './parse.js'
import type { ServerBlock } from './checks.js'
import type { ServeContext } from '../proxy.js'
import { dhParamsPem, freePort, listening, onPath, probeSite, stop } from '../serve-kit.js'

/** nginx on PATH (Debian installs it in /usr/sbin), or undefined. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return onPath('nginx', env)
}

export interface ServedEntry {
  file: string
  loaded: LoadedConfig
  servers: ServerBlock[]
}

/** Directives that point at files or services of the real server: left out of the copy. */
const DROPPED = new Set([
  'user',
  'pid',
  'error_log',
  'access_log',
  'daemon',
  'master_process',
  'worker_processes',
  'load_module',
  'ssl_engine',
  'env',
  'working_directory',
  'lock_file',
  'include',
  'resolver',
  'events',
  'upstream',
  'stream',
  'mail',
  'http2',
  'ssl_certificate',
  'ssl_certificate_key',
  'ssl_trusted_certificate',
  'ssl_client_certificate',
  'ssl_verify_client',
  'ssl_stapling',
  'ssl_stapling_file',
  'ssl_stapling_verify',
  'ssl_session_ticket_key',
  'ssl_password_file',
  'ssl_crl',
  'auth_basic_user_file',
  'client_body_temp_path',
  'proxy_temp_path',
  'fastcgi_temp_path',
  'uwsgi_temp_path',
  'scgi_temp_path'
])
const UPSTREAM_PASS = new Set([
  'proxy_pass',
  'grpc_pass',
  'fastcgi_pass',
  'uwsgi_pass',
  'scgi_pass'
])

/** The generated configuration, and where each of its lines came from. */
interface Generated {
  text: string
  origins: (Location | undefined)[]
}

interface Plan {
  prefix: string
  echoPort: number
  /** Per server block: its loopback port and, for TLS blocks, its certificate files. */
  ports: Map<Directive, number>
  certificates: Map<Directive, { cert: string; key: string }>
  /** RFC 3526's 2048-bit group, for a configuration that sets ssl_dhparam. */
  dhparam: string
}

function generate(loaded: LoadedConfig, plan: Plan): Generated {
  const lines: string[] = []
  const origins: (Location | undefined)[] = []
  const add = (text: string, origin?: Directive): void => {
    lines.push(text)
    origins.push(origin ? { file: origin.file, line: origin.line } : undefined)
  }
  const { prefix } = plan
  add('daemon off;')
  add('master_process off;')
  add(`pid ${prefix}/nginx.pid;`)
  add(`error_log ${prefix}/error.log warn;`)
  add('events { worker_connections 256; }')
  const httpPreamble = (): void => {
    add('access_log off;')
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      add(`${temp}_temp_path ${prefix}/${temp};`)
  }
  const emit = (directives: readonly Directive[], depth: number): void => {
    const pad = '  '.repeat(depth)
    for (const d of directives) {
      if (DROPPED.has(d.name)) continue
      if (d.name === 'listen') continue // one loopback listen per server, emitted below
      if (d.name === 'ssl_dhparam') {
        add(`${pad}ssl_dhparam ${plan.dhparam};`, d)
        continue
      }
      if (UPSTREAM_PASS.has(d.name)) {
        const scheme = d.name === 'proxy_pass' ? 'http://' : d.name === 'grpc_pass' ? 'grpc://' : ''
        add(`${pad}${d.name} ${scheme}127.0.0.1:${plan.echoPort};`, d)
        continue
      }
      const head = `${pad}${[d.rawName, ...d.raw].join(' ')}`
      if (!d.block) {
        add(`${head};`, d)
        continue
      }
      add(`${head} {`, d)
      if (d.name === 'http') httpPreamble()
      if (d.name === 'server') {
        const port = plan.ports.get(d)
        const certificate = plan.certificates.get(d)
        const http2 = d.block.some(l => l.name === 'listen' && l.args.includes('http2'))
        if (port !== undefined) {
          const listen = d.block.find(l => l.name === 'listen') ?? d
          add(
            `${pad}  listen 127.0.0.1:${port}${certificate ? ' ssl' : ''}${http2 ? ' http2' : ''};`,
            listen
          )
        }
        if (certificate) {
          add(`${pad}  ssl_certificate ${certificate.cert};`, d)
          add(`${pad}  ssl_certificate_key ${certificate.key};`, d)
        }
      }
      emit(d.block, depth + 1)
      add(`${pad}}`, d)
    }
  }
  const hasHttp = loaded.directives.some(d => d.name === 'http')
  if (hasHttp) emit(loaded.directives, 0)
  else {
    // A site file (server blocks at the top, as in sites-available): it lives inside http.
    add('http {')
    httpPreamble()
    emit(loaded.directives, 1)
    add('}')
  }
  return { text: `${lines.join('\n')}\n`, origins }
}

/** nginx's "[emerg] message in /prefix/nginx.conf:12" lines, at the repository's line. */
function nginxErrors(
  output: string,
  confFile: string,
  generated: Generated,
  entry: string
): Finding[] {
  const findings: Finding[] = []
  for (const line of output.split('\n')) {
    const m = /\[(emerg|alert|crit|error)\] (.*)$/.exec(line)
    if (!m) continue
    const where = / in (\S+):(\d+)$/.exec(m[2])
    const message = where ? m[2].slice(0, where.index) : m[2]
    const origin =
      where && where[1] === confFile ? generated.origins[Number(where[2]) - 1] : undefined
    findings.push({
      check: 'proxy-config',
      code: 'proxy-config-serve-refused',
      status: 'fail',
      title: `nginx -t: ${message.replaceAll(path.dirname(confFile), '<prefix>')}`,
      details: [
        'nginx refuses this configuration, so a reload with it would fail (the old configuration keeps running; a restart would leave nothing running).'
      ],
      location: origin ?? { file: entry, line: 1 }
    })
  }
  return findings
}

function run(nginx: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise(resolve => {
    const child = spawn(nginx, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', c => (output += String(c)))
    child.stderr!.on('data', c => (output += String(c)))
    child.on('error', err => resolve({ code: -1, output: err.message }))
    child.on('close', code => resolve({ code, output }))
  })
}

/** A host name a client could ask for under a server_name (a wildcard's first name). */
function probeHost(names: readonly string[]): string | undefined {
  for (const name of names) {
    if (name.startsWith('~')) continue
    if (name.startsWith('*.')) return `ws${name.slice(1)}`
    if (name.startsWith('.')) return name.slice(1)
    if (name.endsWith('.*')) return `${name.slice(0, -2)}.example`
    return name
  }
  return undefined
}

/** Serves one entry file's configuration and probes its TLS server blocks: the findings, at
 * the lines of the repository's files. */
export async function serveAndProbe(
  nginx: string,
  entry: ServedEntry,
  config: Config,
  diagnose: ServeContext['diagnose']
): Promise<Finding[]> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-serve-'))
  let echo: RunningServer | undefined
  let child: ChildProcess | undefined
  const stopOnDeadline = onAbort(deadlineSignal(), () => child?.kill('SIGKILL'))
  try {
    echo = await startWsServer()
    const root = await createRoot({ commonName: 'wss-doctor throwaway root' })
    const intermediate = await createIntermediate(root, {
      commonName: 'wss-doctor throwaway intermediate'
    })
    const rootFile = path.join(prefix, 'root.pem')
    writeFileSync(rootFile, root.certPem)
    const dhparam = path.join(prefix, 'dhparam.pem')
    writeFileSync(dhparam, dhParamsPem())
    const plan: Plan = {
      prefix,
      echoPort: echo.port,
      ports: new Map(),
      certificates: new Map(),
      dhparam
    }
    for (const [i, server] of entry.servers.entries()) {
      plan.ports.set(server.directive, await freePort())
      if (!server.tls) continue
      const host = probeHost(server.names) ?? 'localhost'
      const names = [
        ...new Set([host, ...server.names.filter(n => !n.startsWith('~') && !n.endsWith('.*'))])
      ]
      // DHE-RSA and ECDHE-RSA suites need an RSA certificate: one when the ciphers name no ECDSA.
      const rsa = server.ciphers !== undefined && !/ECDSA|HIGH|DEFAULT|ALL/.test(server.ciphers)
      const leaf: Issued = await createLeaf(intermediate, {
        commonName: host,
        keyType: rsa ? 'rsa-2048' : 'ec-p256',
        // Like a public CA's leaf; wss-doctor never fetches it.
        caIssuersUrls: ['http://127.0.0.1:9/intermediate.der'],
        names: names.map(n => (n.startsWith('.') ? `*${n}` : n))
      })
      const leafOnly = server.certificateFiles.some(f => /(^|\/)(cert|chain)\.pem$/.test(f))
      const cert = path.join(prefix, `server-${i}.pem`)
      const key = path.join(prefix, `server-${i}-key.pem`)
      writeFileSync(cert, leafOnly ? leaf.certPem : leaf.certPem + intermediate.certPem)
      writeFileSync(key, leaf.keyPem)
      plan.certificates.set(server.directive, { cert, key })
    }
    const generated = generate(entry.loaded, plan)
    const confFile = path.join(prefix, 'nginx.conf')
    writeFileSync(confFile, generated.text)
    const args = ['-p', `${prefix}/`, '-c', confFile, '-e', path.join(prefix, 'error.log')]
    const tested = await run(nginx, ['-t', ...args])
    if (tested.code !== 0) {
      const errors = nginxErrors(tested.output, confFile, generated, entry.file)
      return errors.length > 0
        ? errors
        : [
            {
              check: 'proxy-config',
              code: 'proxy-config-serve-refused',
              status: 'fail',
              title: `nginx -t failed: ${tested.output.trim().split('\n').pop() ?? ''}`,
              location: { file: entry.file, line: 1 }
            }
          ]
    }
    child = spawn(nginx, args, { stdio: 'ignore' })
    child.on('error', () => undefined)
    if (!(await listening([...plan.ports.values()], child))) {
      const log = readLog(path.join(prefix, 'error.log'))
      const errors = nginxErrors(log, confFile, generated, entry.file)
      return errors.length > 0
        ? errors
        : [
            {
              check: 'proxy-config',
              code: 'proxy-config-serve-refused',
              status: 'fail',
              title: 'nginx did not start with this configuration',
              details: log.trim().split('\n').slice(-3),
              location: { file: entry.file, line: 1 }
            }
          ]
    }
    const findings: Finding[] = []
    for (const server of entry.servers) {
      if (!server.tls) continue
      findings.push(
        ...(await probeServer(server, plan.ports.get(server.directive)!, rootFile, {
          config,
          diagnose
        }))
      )
    }
    return findings
  } finally {
    stopOnDeadline()
    await stop(child)
    await echo?.close()
    rmSync(prefix, { recursive: true, force: true })
  }
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/** The full probe set against one served block: its failing findings, placed at the block's
 * line (the upgrade's at the WebSocket location's). */
function probeServer(
  server: ServerBlock,
  port: number,
  rootFile: string,
  context: ServeContext
): Promise<Finding[]> {
  const host = probeHost(server.names) ?? 'localhost'
  const ws = server.webSockets.find(
    w => w.modifier === '' || w.modifier === '=' || w.modifier === '^~'
  )
  const at = (d: Directive): Location => ({ file: d.file, line: d.line })
  return probeSite(
    'nginx',
    {
      host,
      port,
      path: ws?.path ?? '/',
      location: at(server.directive),
      socketLocation: ws ? at(ws.directive) : undefined
    },
    rootFile,
    context
  )
}
