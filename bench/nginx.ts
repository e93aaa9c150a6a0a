// nginx from Debian for `npm run bench`: the server the figures are measured against, in its own
// processes (a master and its workers), in a private prefix under the temporary directory. It
// terminates TLS on loopback and proxies each WebSocket to a plain-HTTP upstream (the usual block).
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const NGINX = '/usr/sbin/nginx'

/** One TLS site on its own port. `certificate` (the chain, leaf first) may name nginx variables:
 * `…/$ssl_server_name.pem` loads each host's file on its handshake, chosen by SNI. */
export interface Site {
  certificate: string
  key: string
}

export interface BenchNginx {
  /** `nginx/1.22.1`. */
  version: string
  workers: number
  /** One port a site, in order. */
  ports: number[]
  /** The error log's lines so far. */
  errors(): string[]
  /** Stops the master (it stops its workers) and removes the prefix; safe to call twice. */
  close(): Promise<void>
}

export async function nginxVersion(): Promise<string> {
  const { stderr } = await promisify(execFile)(NGINX, ['-v'])
  return /nginx\/[\w.]+/.exec(stderr)?.[0] ?? stderr.trim()
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

function config(dir: string, sites: Site[], ports: number[], upstream: number, workers: number) {
  const server = (site: Site, port: number): string[] => [
    '  server {',
    `    listen 127.0.0.1:${port} ssl;`,
    `    ssl_certificate ${site.certificate};`,
    `    ssl_certificate_key ${site.key};`,
    '    location / {',
    '      proxy_pass http://echo;',
    '      proxy_http_version 1.1;',
    '      proxy_set_header Upgrade $http_upgrade;',
    '      proxy_set_header Connection $connection_upgrade;',
    '      proxy_set_header Host $host;',
    // A WebSocket may stay silent longer than the default 60 s (wss-doctor's idle check).
    '      proxy_read_timeout 1h;',
    '      proxy_send_timeout 1h;',
    '    }',
    '  }'
  ]
  return [
    'daemon off;',
    `worker_processes ${workers};`,
    // As root the workers would be nobody's, who cannot read this private prefix: the bench's user.
    ...(process.getuid?.() === 0 ? [`user ${os.userInfo().username};`] : []),
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      temp => `  ${temp}_temp_path ${dir}/${temp};`
    ),
    // The bench's endpoints are healthy ones: TLS 1.2 and 1.3, as Node's own server offers.
    '  ssl_protocols TLSv1.2 TLSv1.3;',
    '  ssl_session_cache shared:bench:1m;',
    "  map $http_upgrade $connection_upgrade { default upgrade; '' close; }",
    `  upstream echo { server 127.0.0.1:${upstream}; }`,
    ...sites.flatMap((site, i) => server(site, ports[i])),
    '}',
    ''
  ].join('\n')
}

/** nginx with `workers` workers serving `sites` (one port each) in front of the plain-HTTP
 * WebSocket server on loopback port `upstream`, until close(). */
export async function startNginx(
  sites: Site[],
  upstream: number,
  workers: number
): Promise<BenchNginx> {
  const version = await nginxVersion()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-bench-nginx-'))
  const log = path.join(dir, 'error.log')
  const ports: number[] = []
  for (const _ of sites) ports.push(await freePort())
  writeFileSync(path.join(dir, 'nginx.conf'), config(dir, sites, ports, upstream, workers))
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', log], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', chunk => (stderr += String(chunk)))
  const errors = (): string[] => {
    try {
      return readFileSync(log, 'utf8').split('\n').filter(Boolean)
    } catch {
      return []
    }
  }
  let closing: Promise<void> | undefined
  const server: BenchNginx = {
    version,
    workers,
    ports,
    errors,
    close: () =>
      (closing ??= stop(child).finally(() => rmSync(dir, { recursive: true, force: true })))
  }
  try {
    for (const port of ports) await listening(port, child)
  } catch (err) {
    const text = `${stderr}\n${errors().join('\n')}`
    await server.close()
    throw new Error(`nginx did not start: ${(err as Error).message}\n${text}`, { cause: err })
  }
  return server
}

/** SIGTERM to the master (fast shutdown: it stops its workers first), SIGKILL after 5 s. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** Resolves once the port accepts a connection (polled, at most ~5 s), rejects if nginx exits. */
async function listening(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`)
    const open = await new Promise<boolean>(resolve => {
      const socket = net.connect(port, '127.0.0.1')
      const settle = (value: boolean): void => {
        socket.destroy()
        resolve(value)
      }
      socket.once('connect', () => settle(true))
      socket.once('error', () => settle(false))
      socket.setTimeout(200, () => settle(false))
    })
    if (open) return
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error('not listening after 5 s')
}
