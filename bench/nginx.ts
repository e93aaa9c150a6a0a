// nginx from Debian for `npm run bench`: the server the figures are measured against, in its own
// processes (a master and its workers), in a private prefix under the temporary directory. It
// terminates TLS on loopback and proxies each WebSocket to a plain-HTTP upstream (the usual block).
import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { freePort, listening, stop } from '../src/proxies/serve-kit.js'

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
  // Detached: its workers are in its own process group, which stop() ends as a whole.
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', log], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true
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
  if (!(await listening(ports, child))) {
    const text = `${stderr}\n${errors().join('\n')}`
    await server.close()
    throw new Error(`nginx did not start (exited, or not listening after 10 s)\n${text}`)
  }
  return server
}
