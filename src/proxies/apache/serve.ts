// The repository's httpd configuration, served (config-serve): read with this module's own
// parser (includes of the repository expanded, as the static check reads them) and written back
// with every TLS virtual host on a loopback port with a throwaway certificate of the same chain
// shape, every backend the kit's WebSocket echo, and pid, runtime files, mutexes and the SSL
// session cache in the prefix. What the file says of WebSockets and TLS is kept as written.
import { X509Certificate } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../../findings.js'
import {
  onPath,
  type ServeKit,
  type ServePlan,
  type ServeSite,
  type ServedCertificate
} from '../serve-kit.js'
import type { ConfigFile, ServeContext } from '../proxy.js'
import { load } from './checks.js'
import { readConfigFile } from './files.js'
import { effective, effectiveAll, samplePath, serversOf, type Server } from './model.js'
import { vhostPorts } from './tls.js'
import type { Directive } from './tokenize.js'
import { webSocketRoutes } from './websocket.js'

/** Where Debian installs httpd's modules. */
export const APACHE_MODULES = '/usr/lib/apache2/modules'

/** What a virtual host file (no LoadModule of its own) runs with: what Debian enables by
 * default that a site may use (mod_mime left out: it needs a TypesConfig file), and what a
 * TLS WebSocket site needs, as the static check assumes (mod_proxy_http and
 * mod_proxy_wstunnel). */
const VHOST_MODULES = [
  'mpm_event',
  'authz_core',
  'authz_host',
  'authn_core',
  'access_compat',
  'alias',
  'dir',
  'env',
  'setenvif',
  'filter',
  'deflate',
  'headers',
  'rewrite',
  'socache_shmcb',
  'ssl',
  'proxy',
  'proxy_http',
  'proxy_wstunnel'
]
const BALANCER_MODULES = ['slotmem_shm', 'proxy_balancer', 'lbmethod_byrequests']

/** Directives that point at the real server's files, users and services, or that this plan
 * sets itself (the preamble, Listen, certificates): left out of the served copy. */
const DROPPED = new Set([
  'serverroot',
  'pidfile',
  'errorlog',
  'customlog',
  'transferlog',
  'forensiclog',
  'scriptlog',
  'globallog',
  'defaultruntimedir',
  'mutex',
  'user',
  'group',
  'suexecusergroup',
  'assignuserid',
  'chrootdir',
  'coredumpdirectory',
  'scoreboardfile',
  'loadfile',
  'include',
  'includeoptional',
  'listen',
  'namevirtualhost',
  'startservers',
  'serverlimit',
  'threadlimit',
  'threadsperchild',
  'maxrequestworkers',
  'maxclients',
  'minsparethreads',
  'maxsparethreads',
  'minspareservers',
  'maxspareservers',
  'maxconnectionsperchild',
  'maxrequestsperchild',
  'asyncrequestworkerfactor',
  'sslcertificatefile',
  'sslcertificatekeyfile',
  'sslcertificatechainfile',
  'sslcacertificatefile',
  'sslcacertificatepath',
  'sslcarevocationfile',
  'sslcarevocationpath',
  'sslcarevocationcheck',
  'sslverifyclient',
  'sslverifydepth',
  'sslsessioncache',
  'sslsessionticketkeyfile',
  'sslstaplingcache',
  'sslusestapling',
  'sslpassphrasedialog',
  'sslrandomseed',
  'sslcryptodevice',
  'sslocspenable',
  'sslproxycacertificatefile',
  'sslproxycacertificatepath',
  'sslproxycarevocationfile',
  'sslproxycarevocationpath',
  'sslproxymachinecertificatefile',
  'sslproxymachinecertificatepath',
  'sslproxymachinecertificatechainfile',
  'proxyremote',
  'proxyremotematch'
])
/** Directives whose backend URL (the first argument that is one) becomes the echo. */
const BACKEND_URL = new Set(['proxypass', 'proxypassmatch', 'proxypassreverse', 'balancermember'])

/** A word as httpd reads it back (quoted when it holds blanks or quotes). */
function word(arg: string): string {
  if (arg !== '' && !/[\s"']/.test(arg)) return arg
  return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

const isUrl = (arg: string): boolean => /^(unix:|[a-z][a-z0-9+.-]*:\/\/)/i.test(arg)

/** A backend URL pointed at the echo: ws:// and wss:// become ws://, every other scheme
 * http://; the path is kept. A balancer:// name stays (its members are rewritten). */
export function echoUrl(url: string, echoPort: number): string {
  const target = /^unix:[^|]*\|(.*)$/i.exec(url)?.[1] ?? url
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(.*)$/i.exec(target)
  if (!m) return `http://127.0.0.1:${echoPort}/`
  const scheme = m[1].toLowerCase()
  if (scheme === 'balancer') return url
  const plain = scheme === 'ws' || scheme === 'wss' ? 'ws' : 'http'
  return `${plain}://127.0.0.1:${echoPort}${m[3]}`
}

/** A name a client can ask for under ServerName/ServerAlias (a wildcard's sample), if any. */
function askable(name: string): string | undefined {
  if (/[?[\]]/.test(name)) return undefined
  if (name.startsWith('*.')) return `ws${name.slice(1)}`
  if (name.includes('*')) return undefined
  return name
}

const certificatesIn = (pem: string): number =>
  (pem.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length

/** The chain shape the repository serves: the leaf alone, the leaf with a chain file, or the
 * full chain in one file; undefined when it names no certificate (httpd refuses that). */
function chainShape(
  levels: readonly (readonly Directive[])[],
  workspace: string
): 'full' | 'leaf' | 'leaf+chain' | undefined {
  const certificates = effectiveAll(levels, 'sslcertificatefile')
  if (certificates.length === 0) return undefined
  const chainFile = effective(levels, 'sslcertificatechainfile')
  if (chainFile) {
    const pem = readConfigFile(workspace, chainFile.args[0] ?? '')
    return pem !== undefined && certificatesIn(pem) === 0 ? 'leaf' : 'leaf+chain'
  }
  const name = certificates[0].args[0] ?? ''
  const pem = readConfigFile(workspace, name)
  if (pem === undefined) return path.posix.basename(name) === 'cert.pem' ? 'leaf' : 'full'
  // One certificate: the leaf alone (a self-signed one has no chain to leave out).
  if (certificatesIn(pem) !== 1) return 'full'
  return selfSigned(pem) ? 'full' : 'leaf'
}

function selfSigned(pem: string): boolean {
  try {
    const cert = new X509Certificate(pem)
    return cert.subject === cert.issuer && cert.verify(cert.publicKey)
  } catch {
    return false
  }
}

interface SiteServer {
  server: Server
  /** The fresh loopback port of its address. */
  port: number
  certificate?: ServedCertificate
  chainLine: boolean
  site: ServeSite
}

/** The plan for one file: the rewritten configuration and its TLS sites, or none to serve. */
export async function apachePlan(
  file: ConfigFile,
  { config }: ServeContext,
  kit: ServeKit
): Promise<ServePlan | Finding[]> {
  if (path.posix.basename(file.path.replace(/\\/g, '/')) === '.htaccess') return []
  const loaded = load(file, config.workspace)
  const servers = serversOf(loaded.directives)
  const main = servers[0]
  const vhosts = servers.slice(1)
  const tls = (server: Server): boolean =>
    effective([server.inherited, server.own], 'sslengine')?.args[0]?.toLowerCase() === 'on'
  const portKey = (server: Server): string =>
    server.section ? String(vhostPorts(server.section)[0] ?? '*') : 'main'
  const tlsKeys = new Set(vhosts.filter(tls).map(portKey))
  if (vhosts.length === 0 && tls(main)) tlsKeys.add('main')
  if (tlsKeys.size === 0) return []
  const ports = new Map<string, number>()
  for (const key of tlsKeys) ports.set(key, await kit.freePort())

  const mainNames = main.names.map(askable).filter((n): n is string => n !== undefined)
  const sites = new Map<Server, SiteServer>()
  const candidates = vhosts.length > 0 ? vhosts.filter(tls) : [main]
  for (const server of candidates) {
    const own = server.names.map(askable).filter((n): n is string => n !== undefined)
    const host = own[0] ?? (server.section ? mainNames[0] : undefined) ?? 'localhost'
    // The certificate covers every name the host answers to (a wildcard as a wildcard).
    const names = [...new Set([host, ...server.names.filter(n => askable(n) !== undefined)])]
    const shape = chainShape([server.inherited, server.own], config.workspace)
    const certificate = shape
      ? await kit.certificate(names, { leafOnly: shape !== 'full' })
      : undefined
    const route = webSocketRoutes(server, config)[0]
    const where = server.section ?? effective([server.own], 'sslengine')!
    const port = ports.get(portKey(server))!
    sites.set(server, {
      server,
      port,
      certificate,
      chainLine: shape === 'leaf+chain',
      site: {
        host,
        port,
        path: route ? samplePath(route) : '/',
        location: { file: where.file, line: where.line },
        ...(route
          ? { socketLocation: { file: route.directive.file, line: route.directive.line } }
          : {})
      }
    })
  }

  const modules = loadedModules(loaded.directives)
  const lines: string[] = []
  const { prefix } = kit
  const q = (p: string): string => word(p)
  lines.push(
    `# ${file.path}, served by wss-doctor (config-serve) on loopback`,
    `ServerRoot ${q(prefix)}`,
    `PidFile ${q(path.join(prefix, 'apache.pid'))}`,
    // The kit keeps httpd's output (a socket, which httpd cannot open as /dev/stderr): a piped
    // cat writes the log there, so a refusal at startup lands in the did-not-start finding.
    `ErrorLog ${q(`||${onPath('cat') ?? '/bin/cat'}`)}`,
    'LogLevel warn',
    `DefaultRuntimeDir ${q(prefix)}`,
    `Mutex ${q(`file:${prefix}`)} default`,
    'ServerName localhost',
    // Only when started as root: the children's user (numeric, so nothing is looked up).
    'User #65534',
    'Group #65534'
  )
  const moduleLine = (name: string): string =>
    `LoadModule ${name}_module ${q(path.join(APACHE_MODULES, `mod_${name}.so`))}`
  const usesBalancer = anyDirective(loaded.directives, d =>
    d.args.some(a => /^balancer:\/\//i.test(a))
  )
  const usesH2 = anyDirective(
    loaded.directives,
    d => d.key === 'protocols' && d.args.some(a => /^h2c?$/i.test(a))
  )
  if (modules === undefined) {
    const wanted = [
      ...VHOST_MODULES,
      ...(usesBalancer ? BALANCER_MODULES : []),
      ...(usesH2 ? ['http2'] : [])
    ]
    for (const name of wanted)
      if (existsSync(path.join(APACHE_MODULES, `mod_${name}.so`))) lines.push(moduleLine(name))
  } else if (![...modules].some(m => /^mpm_/.test(m))) {
    // httpd cannot start without an MPM; the static check does not model MPMs.
    lines.push(moduleLine('mpm_event'))
  }
  for (const port of new Set(ports.values())) lines.push(`Listen 127.0.0.1:${port}`)

  const emit = (list: readonly Directive[], depth: number): void => {
    const pad = '    '.repeat(depth)
    for (const d of list) {
      if (d.block) {
        let args = d.args
        if (d.key === 'virtualhost') {
          const key = portKey(servers.find(s => s.section === d)!)
          const port = ports.get(key)
          if (port === undefined) continue // a plain listener: not served
          args = [`127.0.0.1:${port}`]
        } else if (d.key === 'proxy' && isUrl(args[0] ?? '')) {
          args = [echoUrl(args[0], kit.echoPort), ...args.slice(1)]
        } else if (/^md/.test(d.key)) continue // mod_md's <MDomainSet>: ACME
        lines.push(`${pad}<${d.name}${args.map(a => ` ${word(a)}`).join('')}>`)
        if (d.key === 'virtualhost') {
          const served = [...sites.values()].find(s => s.server.section === d)
          if (served) certificateLines(served, `${pad}    `)
        }
        emit(d.block, depth + 1)
        lines.push(`${pad}</${d.name}>`)
        continue
      }
      if (DROPPED.has(d.key) || /^md/.test(d.key)) continue
      let args = d.args
      if (d.key === 'loadmodule') {
        args = [args[0] ?? '', modulePath(args[1] ?? '')]
      } else if (BACKEND_URL.has(d.key)) {
        const i = args.findIndex(isUrl)
        if (i >= 0) args = args.map((a, j) => (j === i ? echoUrl(a, kit.echoPort) : a))
      } else if (d.key === 'rewriterule' && /^\[.*\b(p|proxy)\b.*\]$/i.test(args[2] ?? '')) {
        if (args[1] && isUrl(args[1]))
          args = [args[0], echoUrl(args[1], kit.echoPort), ...args.slice(2)]
      } else if (
        d.key === 'sslopensslconfcmd' &&
        (args[0] ?? '').toLowerCase() === 'dhparameters'
      ) {
        args = [args[0], kit.dhparam]
      }
      lines.push(`${pad}${[d.name, ...args.map(word)].join(' ')}`)
    }
  }
  const certificateLines = (served: SiteServer, pad: string): void => {
    const { certificate } = served
    if (!certificate) return
    lines.push(`${pad}SSLCertificateFile ${q(certificate.cert)}`)
    lines.push(`${pad}SSLCertificateKeyFile ${q(certificate.key)}`)
    if (served.chainLine) lines.push(`${pad}SSLCertificateChainFile ${q(certificate.chain)}`)
  }
  emit(loaded.directives, 0)
  const mainSite = sites.get(main)
  if (mainSite) certificateLines(mainSite, '')
  lines.push(
    '<IfModule ssl_module>',
    `    SSLSessionCache ${q(`shmcb:${path.join(prefix, 'ssl_scache')}(512000)`)}`,
    '</IfModule>',
    '<IfModule mpm_event_module>',
    '    StartServers 1',
    '    ServerLimit 1',
    '    ThreadsPerChild 16',
    '    MaxRequestWorkers 16',
    '</IfModule>',
    '<IfModule mpm_worker_module>',
    '    StartServers 1',
    '    ServerLimit 1',
    '    ThreadsPerChild 16',
    '    MaxRequestWorkers 16',
    '</IfModule>',
    '<IfModule mpm_prefork_module>',
    '    StartServers 2',
    '    MaxRequestWorkers 8',
    '</IfModule>',
    ''
  )
  // Debian's site files name their logs and run directory through these.
  const env = {
    APACHE_LOG_DIR: prefix,
    APACHE_RUN_DIR: prefix,
    APACHE_LOCK_DIR: prefix,
    APACHE_PID_FILE: path.join(prefix, 'apache.pid')
  }
  return {
    files: { 'apache2.conf': lines.join('\n') },
    args: ['-f', path.join(prefix, 'apache2.conf'), '-DFOREGROUND'],
    env,
    sites: [...sites.values()].map(s => s.site)
  }
}

/** The modules the file loads itself (lower-case module names), undefined when it loads none:
 * as the static check models it. */
function loadedModules(directives: readonly Directive[]): Set<string> | undefined {
  const names = new Set<string>()
  anyDirective(directives, d => {
    if (d.key === 'loadmodule' && d.args[0]) names.add(d.args[0].toLowerCase())
    return false
  })
  return names.size > 0 ? names : undefined
}

function anyDirective(list: readonly Directive[], test: (d: Directive) => boolean): boolean {
  return list.some(d => test(d) || (d.block !== undefined && anyDirective(d.block, test)))
}

/** A LoadModule path on this machine: as written when it exists, else Debian's module of the
 * same file name (modules/mod_ssl.so of another layout). */
function modulePath(written: string): string {
  if (path.isAbsolute(written) && existsSync(written)) return written
  const debian = path.join(APACHE_MODULES, path.basename(written))
  return existsSync(debian) ? debian : written
}
