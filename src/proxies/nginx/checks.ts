// What WebSockets over TLS need from an nginx configuration, judged without running it: per TLS
// server block the certificate (full chain), the versions, ciphers browsers share and a name;
// per WebSocket location HTTP/1.1 to the upstream, the Upgrade and Connection headers, Host and
// timeouts longer than the sockets' idle time. Inheritance is nginx's: a directive applies from
// the nearest enclosing level that has it, and `proxy_set_header` (an array directive) in a
// level replaces every one inherited from the levels above.
import type { Code } from '../../codes.js'
import path from 'node:path'
import type { TlsVersion } from '../../facts.js'
import type { Finding, Location, Status } from '../../findings.js'
import { cipherStringSuites } from '../shared/cipher-string.js'
import { judgeSuites } from '../shared/tls-policy.js'
import {
  browserCiphersFix,
  fullChainFix,
  tlsServerFix,
  tlsVersionFix,
  webSocketLocationFix
} from './fix.js'
import type { Target } from '../../target.js'
import { judgeCertificateFile } from '../shared/certificate-file.js'
import { walk, type Directive, type LoadedConfig } from './parse.js'

export interface NginxCheckOptions {
  /** The repository root: certificate files inside it are read to count their chain. */
  workspace?: string
  idleTimeoutMs: number
  websocketPaths: readonly string[]
  minTlsVersion: TlsVersion
  failOnLegacyTls: boolean
  requireTlsVersions: readonly TlsVersion[]
  /** The run's targets: a wss:// target whose host a server block names is linked to it. */
  targets: readonly Target[]
}

export interface WebSocketLocation {
  directive: Directive
  /** The location's path (or regex), without its modifier. */
  path: string
  /** `=`, `^~`, `~`, `~*`, or '' for a prefix. */
  modifier: string
}

export interface ServerBlock {
  directive: Directive
  names: string[]
  tls: boolean
  webSockets: WebSocketLocation[]
  /** The files ssl_certificate names (inherited or its own). */
  certificateFiles: string[]
  /** The effective ssl_ciphers, if set. */
  ciphers?: string
  /** The run's wss:// targets this block serves (by host name). */
  targets: string[]
}

export interface NginxVerdict {
  findings: Finding[]
  servers: ServerBlock[]
}

/** nginx's defaults where a directive is absent. */
const DEFAULT_PROXY_TIMEOUT_MS = 60_000
const DEFAULT_PROTOCOLS = ['TLSv1.2', 'TLSv1.3']

/** A path or upstream named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i

type Level = readonly Directive[]

/** The nearest level's last `name`, from the innermost level out. */
function effective(levels: readonly Level[], name: string): Directive | undefined {
  for (let i = levels.length - 1; i >= 0; i--) {
    const found = levels[i].filter(d => d.name === name)
    if (found.length > 0) return found[found.length - 1]
  }
  return undefined
}

/** An array directive (proxy_set_header, ssl_certificate): all of the nearest level that has
 * any, and that level's index. */
function effectiveAll(
  levels: readonly Level[],
  name: string
): { directives: Directive[]; level: number } {
  for (let i = levels.length - 1; i >= 0; i--) {
    const found = levels[i].filter(d => d.name === name)
    if (found.length > 0) return { directives: found, level: i }
  }
  return { directives: [], level: -1 }
}

const at = (d: Directive): Location => ({ file: d.file, line: d.line })

/** A proxy-config finding about `label` (a server or location block), at a directive's line. */
function finding(
  label: string,
  status: Status,
  code: Code,
  title: string,
  where: Directive,
  extra: Partial<Finding>
): Finding {
  return {
    check: 'proxy-config',
    code,
    status,
    title: `${label}: ${title}`,
    location: at(where),
    ...extra
  }
}

/** "90s", "1h 30m", "500ms", a bare number of seconds → milliseconds; undefined if not a time. */
export function nginxTime(text: string): number | undefined {
  const units: Record<string, number> = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
    M: 2_592_000_000,
    y: 31_536_000_000
  }
  const parts = [...text.matchAll(/(\d+)(ms|s|m|h|d|w|M|y)?\s*/g)]
  if (parts.length === 0 || parts.map(p => p[0]).join('') !== text.replace(/^\s+/, ''))
    return undefined
  return parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2] ?? 's'], 0)
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

/** The port of a `listen` (80 when it names an address only); undefined for a unix socket. */
export function listenPort(arg: string): number | undefined {
  if (arg.startsWith('unix:')) return undefined
  if (/^\d+$/.test(arg)) return Number(arg)
  const m = /:(\d+)$/.exec(arg)
  return m ? Number(m[1]) : 80
}

/** Whether the server block terminates TLS: `listen … ssl`, `ssl on`, or port 443. */
function tlsListen(server: Level): { tls: boolean; plain443?: Directive } {
  const listens = server.filter(d => d.name === 'listen')
  const sslOn = server.some(d => d.name === 'ssl' && d.args[0] === 'on')
  if (sslOn || listens.some(d => d.args.includes('ssl'))) return { tls: true }
  const plain443 = listens.find(d => listenPort(d.args[0] ?? '') === 443)
  return { tls: plain443 !== undefined, plain443 }
}

/** Whether `host` matches a server_name: exact, `*.example.com`, `.example.com`, `www.example.*`. */
export function serverNameMatches(name: string, host: string): boolean {
  const n = name.toLowerCase()
  const h = host.toLowerCase()
  if (n.startsWith('~')) return false
  if (n === h) return true
  if (n.startsWith('.')) return h === n.slice(1) || h.endsWith(n)
  if (n.startsWith('*.')) return h.endsWith(n.slice(1))
  if (n.endsWith('.*')) return h.startsWith(n.slice(0, -1))
  return false
}

/** Judges every server block of a loaded configuration. */
export function checkNginx(config: LoadedConfig, options: NginxCheckOptions): NginxVerdict {
  const findings: Finding[] = []
  const servers: ServerBlock[] = []
  const upgradeMaps = new Set<string>()
  for (const { directive } of walk(config.directives))
    if (directive.name === 'map' && directive.args[0] === '$http_upgrade' && directive.args[1])
      upgradeMaps.add(directive.args[1])
  const unresolved = new Set(config.unresolved.map(u => u.directive))
  for (const { directive, parents } of walk(config.directives)) {
    if (directive.name !== 'server' || !directive.block) continue
    // `server` in an `upstream` or `stream` block is something else.
    if (parents.some(p => p.name === 'upstream' || p.name === 'stream')) continue
    const levels: Level[] = [config.directives, ...parents.map(p => p.block!), directive.block]
    const server = checkServer(directive, levels, options, findings)
    for (const { directive: location, parents: inner } of walk(directive.block)) {
      if (location.name !== 'location' || !location.block) continue
      if (inner.some(p => p.name !== 'location')) continue // inside `if`, `limit_except`…
      const locationLevels: Level[] = [...levels, ...inner.map(p => p.block!), location.block]
      const ws = webSocketLocation(location, locationLevels, upgradeMaps, options)
      if (!ws) continue
      server.webSockets.push(ws)
      const hidden = locationLevels.some(level => level.some(d => unresolved.has(d)))
      findings.push(...checkLocation(ws, locationLevels, upgradeMaps, options, hidden))
    }
    servers.push(server)
  }
  return { findings, servers }
}

function checkServer(
  server: Directive,
  levels: Level[],
  options: NginxCheckOptions,
  findings: Finding[]
): ServerBlock {
  const own = server.block!
  const names = own
    .filter(d => d.name === 'server_name')
    .flatMap(d => d.args)
    .filter(n => n !== '' && n !== '_')
  const host = names.find(n => !/[~*]/.test(n) && !n.startsWith('.')) ?? 'api.example.com'
  const { tls, plain443 } = tlsListen(own)
  const block: ServerBlock = {
    directive: server,
    names,
    tls,
    webSockets: [],
    ciphers: effective(levels, 'ssl_ciphers')?.args.join(':'),
    certificateFiles: effectiveAll(levels, 'ssl_certificate').directives.map(d => d.args[0] ?? ''),
    targets: options.targets
      .filter(
        t => t.endpoint?.scheme === 'wss' && names.some(n => serverNameMatches(n, t.endpoint!.host))
      )
      .map(t => t.label)
  }
  if (!tls) return block
  const label = `server ${names[0] ?? '(no server_name)'}`
  const problem: Problem = (status, code, title, where, extra = {}) =>
    void findings.push(finding(label, status, code, title, where, extra))
  if (plain443) {
    problem(
      'fail',
      'proxy-config-tls-listener',
      `listen ${plain443.args[0]} without ssl: plain HTTP on the TLS port`,
      plain443,
      {
        cause:
          'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
        fix: tlsServerFix(
          host,
          '/ws/',
          `Add "ssl" to the listen directive: listen ${plain443.args[0]} ssl;`
        )
      }
    )
  }
  if (names.length === 0) {
    problem(
      'warn',
      'proxy-config-sni',
      'no server_name: the block answers only as the default server, whatever name the client asks for',
      server,
      {
        cause:
          'Clients send the host name (SNI, Host); without server_name nginx cannot pick this block by name',
        fix: tlsServerFix(
          host,
          '/ws/',
          'Name the host names this block serves (those its certificate covers).'
        )
      }
    )
  }
  const certificates = effectiveAll(levels, 'ssl_certificate').directives
  const key = effective(levels, 'ssl_certificate_key')
  if (certificates.length === 0 || !key) {
    const missing = certificates.length === 0 ? 'ssl_certificate' : 'ssl_certificate_key'
    problem(
      'fail',
      'proxy-config-certificate-missing',
      `${missing} missing: nginx cannot complete a TLS handshake`,
      server,
      {
        cause: 'A TLS server block without a certificate and its key fails every handshake',
        fix: fullChainFix(host)
      }
    )
  }
  for (const certificate of certificates) {
    const file = certificate.args[0] ?? ''
    // Read when the repository holds the file; certbot's names say it otherwise.
    const judged = judgeCertificateFile(file, options.workspace ?? '', certificate.file)
    if (judged.verdict !== 'leaf-only' && judged.verdict !== 'chain-only') continue
    const what =
      judged.verdict === 'leaf-only'
        ? 'the leaf without intermediates'
        : 'the intermediates without the leaf'
    problem(
      'fail',
      'proxy-config-full-chain',
      judged.how === 'name'
        ? `ssl_certificate ${path.posix.basename(file)} serves ${what}`
        : `ssl_certificate ${file} holds ${what}`,
      certificate,
      {
        details: [judged.how === 'name' ? `ssl_certificate ${file}` : judged.detail],
        cause:
          "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate",
        fix: fullChainFix(host)
      }
    )
  }
  const protocolsDirective = effective(levels, 'ssl_protocols')
  const protocols = protocolsDirective?.args ?? DEFAULT_PROTOCOLS
  if (protocolsDirective) checkProtocols(protocolsDirective, options, problem)
  const ciphers = effective(levels, 'ssl_ciphers')
  if (ciphers) checkCiphers(ciphers, protocols.includes('TLSv1.3'), problem)
  return block
}

const VERSION_ORDER = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']
const VERSION_LABEL: Record<string, string> = {
  SSLv2: 'SSL 2',
  SSLv3: 'SSL 3',
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3'
}

type Problem = (
  status: Status,
  code: Code,
  title: string,
  where: Directive,
  extra?: Partial<Finding>
) => void

/** Like the live versions check: 1.2 refused warns, a required version refused fails, a
 * version under min-tls-version warns (fails with fail-on-legacy-tls); 1.3 refused warns. */
function checkProtocols(directive: Directive, options: NginxCheckOptions, problem: Problem): void {
  const offered = directive.args
  const fix = tlsVersionFix()
  const refused = (version: TlsVersion): void => {
    const required = options.requireTlsVersions.includes(version)
    problem(
      required ? 'fail' : 'warn',
      'proxy-config-tls-versions',
      `ssl_protocols ${offered.join(' ')} refuses ${VERSION_LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`,
      directive,
      {
        cause:
          version === 'TLSv1.2'
            ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
            : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
        fix
      }
    )
  }
  if (!offered.includes('TLSv1.2')) refused('TLSv1.2')
  if (!offered.includes('TLSv1.3')) refused('TLSv1.3')
  const floor = VERSION_ORDER.indexOf(options.minTlsVersion)
  const legacy = offered.filter(v => VERSION_ORDER.includes(v) && VERSION_ORDER.indexOf(v) < floor)
  if (legacy.length > 0) {
    problem(
      options.failOnLegacyTls ? 'fail' : 'warn',
      'proxy-config-legacy-tls',
      `ssl_protocols accepts legacy ${legacy.map(v => VERSION_LABEL[v]).join(', ')}`,
      directive,
      {
        cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
        fix
      }
    )
  }
}

function checkCiphers(directive: Directive, tls13: boolean, problem: Problem): void {
  const cipherString = directive.args.join(':')
  const issue = judgeSuites(cipherStringSuites(cipherString), {
    label: 'ssl_ciphers',
    written: `ssl_ciphers ${cipherString}`,
    tls13,
    tls13Off: 'ssl_protocols'
  })
  if (!issue) return
  problem(issue.status, issue.code, issue.title, directive, {
    details: issue.details,
    cause: issue.cause,
    fix: browserCiphersFix(issue.browsersLockedOut)
  })
}

function webSocketLocation(
  location: Directive,
  levels: readonly Level[],
  upgradeMaps: ReadonlySet<string>,
  options: NginxCheckOptions
): WebSocketLocation | undefined {
  const own = location.block!
  const proxyPass = own.find(d => d.name === 'proxy_pass')
  if (!proxyPass) return undefined
  const [modifier, locationPath] =
    location.args.length > 1 ? [location.args[0], location.args[1]] : ['', location.args[0] ?? '']
  const ws: WebSocketLocation = { directive: location, path: locationPath, modifier }
  const upstream = /^[a-z]+:\/\/([^/:]+)/i.exec(proxyPass.args[0] ?? '')?.[1] ?? ''
  const trim = (p: string): string => p.replace(/\/+$/, '')
  if (SOCKET_NAME.test(locationPath) || SOCKET_NAME.test(upstream)) return ws
  if (options.websocketPaths.some(p => trim(p) === trim(locationPath))) return ws
  const headers = effectiveAll(levels, 'proxy_set_header').directives
  const usesUpgrade = headers.some(h =>
    h.args.slice(1).some(v => v.includes('$http_upgrade') || upgradeMaps.has(v))
  )
  return usesUpgrade ? ws : undefined
}

function checkLocation(
  ws: WebSocketLocation,
  levels: readonly Level[],
  upgradeMaps: ReadonlySet<string>,
  options: NginxCheckOptions,
  hiddenByInclude: boolean
): Finding[] {
  const findings: Finding[] = []
  const location = ws.directive
  const label = `location ${ws.modifier ? `${ws.modifier} ` : ''}${ws.path}`
  const proxyPass = location.block!.find(d => d.name === 'proxy_pass')!.args[0]
  const timeoutSeconds = Math.max(3600, Math.ceil((2 * options.idleTimeoutMs) / 1000))
  const mapVariable = [...upgradeMaps][0]
  const fix = (why: string) =>
    webSocketLocationFix(ws.modifier ? `${ws.modifier} ${ws.path}` : ws.path, {
      proxyPass,
      connection: mapVariable,
      timeoutSeconds,
      why
    })
  const push = (
    status: Status,
    code: Code,
    title: string,
    where: Directive,
    extra: Partial<Finding>
  ): void => void findings.push(finding(label, status, code, title, where, extra))

  const version = effective(levels, 'proxy_http_version')
  if (version?.args[0] !== '1.1') {
    push(
      'fail',
      'proxy-config-upgrade',
      'HTTP/1.0 to the upstream: no upgrade',
      version ?? location,
      {
        details: [
          version
            ? `proxy_http_version ${version.args[0]}`
            : 'No proxy_http_version: nginx speaks HTTP/1.0 to upstreams by default.'
        ],
        cause:
          'The WebSocket upgrade is an HTTP/1.1 mechanism: over HTTP/1.0 the upstream never sees an upgrade it can accept, and the client gets 400 or 426 instead of 101',
        fix: fix('Speak HTTP/1.1 to the upstream: proxy_http_version 1.1.')
      }
    )
  }

  const { directives: headers, level } = effectiveAll(levels, 'proxy_set_header')
  const header = (name: string): Directive | undefined =>
    headers.find(h => h.args[0]?.toLowerCase() === name.toLowerCase())
  const upgrade = header('Upgrade')
  const connection = header('Connection')
  const connectionValue = connection?.args[1] ?? ''
  const upgradeOk = upgrade?.args[1] === '$http_upgrade'
  const connectionOk = /^upgrade$/i.test(connectionValue) || upgradeMaps.has(connectionValue)
  if (!upgradeOk || !connectionOk) {
    const missing = [
      ...(upgradeOk ? [] : ['proxy_set_header Upgrade $http_upgrade']),
      ...(connectionOk ? [] : ["proxy_set_header Connection 'upgrade'"])
    ]
    // Set above, but replaced by this level's own proxy_set_header (nginx's array inheritance).
    const shadowed = levels
      .slice(0, Math.max(level, 0))
      .flat()
      .filter(d => d.name === 'proxy_set_header' && /^(upgrade|connection)$/i.test(d.args[0] ?? ''))
    const details = [
      ...missing.map(m => `Missing: ${m}`),
      ...(shadowed.length > 0 && level >= 0
        ? [
            `proxy_set_header at ${headers[0].file}:${headers[0].line} replaces every proxy_set_header inherited from above, including ${shadowed.map(d => `${d.args[0]} (${d.file}:${d.line})`).join(', ')}: nginx inherits an array directive only into a level that sets none of its own.`
          ]
        : []),
      ...(hiddenByInclude ? ['An include wss-doctor could not read may set them: check it.'] : [])
    ]
    const wrong =
      !upgradeOk && upgrade ? upgrade : !connectionOk && connection ? connection : undefined
    push(
      hiddenByInclude ? 'warn' : 'fail',
      'proxy-config-upgrade',
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: nginx does not pass the upgrade (the client gets 400 or 426, not 101)`,
      wrong ?? location,
      {
        details,
        cause:
          'Upgrade and Connection are hop-by-hop headers: nginx drops them unless the location sets them again, so the upstream sees a plain GET',
        fix: fix('Pass the upgrade to the upstream.')
      }
    )
  }
  if (!header('Host')) {
    push(
      'warn',
      'proxy-config-host-header',
      "Host not forwarded: the upstream sees the proxy_pass host, not the client's",
      location,
      {
        details: [
          `Without proxy_set_header Host, nginx sends Host: $proxy_host (from proxy_pass ${proxyPass}).`
        ],
        cause:
          'Applications that check Host or build URLs from it (Socket.IO, Django ALLOWED_HOSTS, virtual hosts) refuse or misroute the upgrade',
        fix: fix('Forward the Host the client asked for: proxy_set_header Host $host.')
      }
    )
  }
  for (const name of ['proxy_read_timeout', 'proxy_send_timeout']) {
    const directive = effective(levels, name)
    const ms = directive ? nginxTime(directive.args[0] ?? '') : DEFAULT_PROXY_TIMEOUT_MS
    if (ms === undefined || ms > options.idleTimeoutMs) continue
    // Set shorter than idle-timeout, it cuts sockets the team says go that quiet (the live idle
    // check fails the same); equal, or nginx's default, it is a warning to look at.
    push(
      directive && ms < options.idleTimeoutMs ? 'fail' : 'warn',
      'proxy-config-idle-timeout',
      `idle sockets are cut after ${seconds(ms)} (${name}${directive ? ` ${directive.args[0]}` : ", nginx's default"})`,
      directive ?? location,
      {
        details: [
          `${name} ${directive ? directive.args[0] : '60s (default)'} is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): a WebSocket silent that long is closed by nginx (1006, no close frame).`
        ],
        cause: `nginx closes a proxied connection when nothing was ${name === 'proxy_read_timeout' ? 'read from' : 'sent to'} the upstream for ${name}`,
        fix: fix(
          `Give the location timeouts longer than the longest silence between frames (${timeoutSeconds}s here), and let the application ping.`
        )
      }
    )
  }
  return findings
}
