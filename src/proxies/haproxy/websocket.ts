// What a WebSocket needs from the proxies that carry it. HAProxy passes the upgrade by itself in
// HTTP mode and turns the connection into a tunnel after the 101; what breaks it is a rule that
// deletes or rewrites Upgrade or Connection (measured on 2.6: the backend then sees a plain GET,
// or the client a 101 without them). Once a tunnel, `timeout tunnel` of the backend governs it;
// without one, the frontend's `timeout client` and the backend's `timeout server` still apply
// and cut a silent WebSocket (measured: 1006 after exactly that long), in TCP mode alike.
import type { Status } from '../../findings.js'
import type { ConfigCheckOptions } from '../proxy.js'
import type { Report } from './finding.js'
import { idleTimeoutFix, upgradeFix } from './fix.js'
import { effective, is, label, type Directive, type HaproxyConfig, type Section } from './parse.js'
import { haproxyTime, secondsText } from './time.js'

/** A name that says WebSocket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i
const PATH_CRITERION = /^(path|path_\w+|base|base_\w+|url|url_\w+)(,|\(|$)/i
const UPGRADE_CRITERION = /^(req\.)?hdr(_\w+)?\(\s*upgrade\s*[,)]/i
const CONNECTION_CRITERION = /^(req\.)?hdr(_\w+)?\(\s*connection\s*[,)]/i

export interface Route {
  /** The frontend (or listen) a request comes in by; absent when no known one routes here. */
  frontend?: Section
  backend: Section
}

export interface WebSocketBackend {
  backend: Section
  /** Why it carries WebSockets, for the summary. */
  why: string
  /** The WebSocket path its routing names, if any. */
  path?: string
}

export interface WebSocketVerdict {
  backends: WebSocketBackend[]
  /** False when nothing names a WebSocket backend: every backend was judged as one that may be. */
  identified: boolean
  routes: Route[]
}

const isProxy = (s: Section): boolean =>
  s.kind === 'frontend' || s.kind === 'backend' || s.kind === 'listen'

/** Every (frontend, backend) pair: use_backend and default_backend rules, and each listen. */
export function routes(config: HaproxyConfig): Route[] {
  const backends = new Map<string, Section>()
  for (const s of config.sections)
    if ((s.kind === 'backend' || s.kind === 'listen') && s.name) backends.set(s.name, s)
  const found: Route[] = []
  for (const section of config.sections) {
    if (section.kind === 'listen') found.push({ frontend: section, backend: section })
    if (section.kind !== 'frontend' && section.kind !== 'listen') continue
    const targets = section.directives.filter(d => d.keyword === 'use_backend').map(d => d.args[0])
    const fallback = effective(section, d => d.keyword === 'default_backend')?.directive.args[0]
    for (const name of [...targets, fallback]) {
      const backend = name !== undefined ? backends.get(name) : undefined
      if (backend && !found.some(r => r.frontend === section && r.backend === backend))
        found.push({ frontend: section, backend })
    }
  }
  for (const backend of config.sections.filter(s => s.kind === 'backend'))
    if (!found.some(r => r.backend === backend)) found.push({ backend })
  return found
}

/** Whether an ACL test (criterion and values) selects WebSocket requests; the path if by path. */
function selectsWebSocket(
  words: readonly string[],
  options: ConfigCheckOptions
): { why: string; path?: string } | undefined {
  const [criterion = '', ...rest] = words
  const values = rest.filter(w => !w.startsWith('-') && !/^(str|beg|end|sub|reg|dir)$/.test(w))
  if (UPGRADE_CRITERION.test(criterion)) return { why: `${criterion} (the Upgrade header)` }
  if (CONNECTION_CRITERION.test(criterion) && values.some(v => /upgrade/i.test(v)))
    return { why: `${criterion} upgrade` }
  if (PATH_CRITERION.test(criterion)) {
    const trim = (p: string): string => p.replace(/\/+$/, '')
    const path = values.find(
      v => SOCKET_NAME.test(v) || options.websocketPaths.some(p => trim(p) === trim(v))
    )
    if (path !== undefined) return { why: `${criterion} ${path}`, path }
  }
  return undefined
}

/** The tests a use_backend condition makes: inline `{ … }` ones and the named ACLs it uses
 * (not negated, and not under `unless`). */
function conditionTests(rule: Directive, frontend: Section): string[][] {
  const at = rule.args.findIndex(w => w === 'if' || w === 'unless')
  if (at < 0 || rule.args[at] === 'unless') return []
  const words = rule.args.slice(at + 1)
  const tests: string[][] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word === '{') {
      const close = words.indexOf('}', i)
      const inline = words.slice(i + 1, close < 0 ? undefined : close)
      if (words[i - 1] !== '!') tests.push(inline)
      i = close < 0 ? words.length : close
    } else if (!word.startsWith('!') && !['or', '||'].includes(word)) {
      for (const acl of frontend.directives.filter(d => is(d, 'acl', word)))
        tests.push(acl.args.slice(1))
    }
  }
  return tests
}

export function webSocketBackends(
  config: HaproxyConfig,
  options: ConfigCheckOptions
): WebSocketVerdict {
  const all = routes(config)
  const found = new Map<Section, WebSocketBackend>()
  const add = (backend: Section, why: string, path?: string): void => {
    const known = found.get(backend)
    if (!known) found.set(backend, { backend, why, path })
    else if (!known.why.includes(why)) {
      known.why += `; ${why}`
      known.path ??= path
    }
  }
  for (const section of config.sections) {
    if (!isProxy(section) || section.kind === 'frontend') continue
    if (section.name && SOCKET_NAME.test(section.name)) add(section, `named ${section.name}`)
  }
  for (const frontend of config.sections) {
    if (frontend.kind !== 'frontend' && frontend.kind !== 'listen') continue
    for (const rule of frontend.directives.filter(d => d.keyword === 'use_backend')) {
      const backend = all.find(r => r.frontend === frontend && r.backend.name === rule.args[0])
      if (!backend) continue
      for (const test of conditionTests(rule, frontend)) {
        const selected = selectsWebSocket(test, options)
        if (selected) {
          add(backend.backend, `${label(frontend)} routes ${selected.why} to it`, selected.path)
          break
        }
      }
    }
  }
  const identified = found.size > 0
  if (!identified)
    for (const route of all) add(route.backend, 'may carry WebSockets (nothing names one)')
  return {
    backends: [...found.values()],
    identified,
    routes: all.filter(r => found.has(r.backend))
  }
}

interface Rewrite {
  header: 'Upgrade' | 'Connection'
  what: string
}

/** What an http-request/http-response rule does to the upgrade, if it breaks it. */
function rewrite(rule: Directive): Rewrite | undefined {
  const [action = '', name = '', ...rest] = rule.args
  const header = /^upgrade$/i.test(name)
    ? 'Upgrade'
    : /^connection$/i.test(name)
      ? 'Connection'
      : undefined
  if (action === 'del-header') {
    const method = rest[0] === '-m' ? rest[1] : 'str'
    const matches = (h: string): boolean =>
      method === 'str'
        ? name.toLowerCase() === h.toLowerCase()
        : method === 'beg'
          ? h.toLowerCase().startsWith(name.toLowerCase())
          : method === 'end'
            ? h.toLowerCase().endsWith(name.toLowerCase())
            : method === 'sub'
              ? h.toLowerCase().includes(name.toLowerCase())
              : method === 'reg'
                ? safeRegex(name)?.test(h) === true
                : false
    const hit = (['Upgrade', 'Connection'] as const).find(matches)
    return hit ? { header: hit, what: 'deletes' } : undefined
  }
  if (
    !header ||
    (action !== 'set-header' && action !== 'replace-header' && action !== 'replace-value')
  )
    return undefined
  const value = rest.filter(w => w !== 'if' && w !== 'unless').join(' ')
  if (action === 'set-header') {
    const keeps =
      header === 'Upgrade'
        ? /websocket|%\[req\.hdr\(upgrade\)/i.test(value)
        : /upgrade|%\[req\.hdr\(connection\)/i.test(value)
    return keeps ? undefined : { header, what: `sets it to "${rest[0] ?? ''}"` }
  }
  return { header, what: 'rewrites' }
}

function safeRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'i')
  } catch {
    return undefined
  }
}

/** The sections whose rules a route's requests go through: frontend, backend, their defaults. */
function ruleSections(route: Route): Section[] {
  const chain = (s: Section | undefined): Section[] => {
    const out: Section[] = []
    for (let hops = 0; s && hops < 16; s = s.defaults, hops++) out.push(s)
    return out
  }
  return [...new Set([...chain(route.frontend), ...chain(route.backend)])]
}

export function checkUpgrade(
  verdict: WebSocketVerdict,
  options: ConfigCheckOptions,
  host: string,
  report: Report
): void {
  for (const route of verdict.routes) {
    const ws = verdict.backends.find(b => b.backend === route.backend)!
    const path = ws.path ?? options.websocketPaths[0] ?? '/'
    for (const section of ruleSections(route)) {
      for (const rule of section.directives) {
        if (!['http-request', 'http-response', 'http-after-response'].includes(rule.keyword))
          continue
        const broken = rewrite(rule)
        if (!broken) continue
        const conditional = rule.args.some(w => w === 'if' || w === 'unless')
        const status: Status = conditional || !verdict.identified ? 'warn' : 'fail'
        const request = rule.keyword === 'http-request'
        report(
          section,
          status,
          'proxy-config-upgrade',
          `${rule.keyword} ${rule.args.slice(0, 2).join(' ')} ${request ? 'strips the upgrade: the backend sees a plain request (the client gets 400 or 426, not 101)' : 'strips the upgrade from the 101: the client cannot complete the handshake'}`,
          rule.line,
          {
            details: [
              `${rule.keyword} ${rule.args.join(' ')} ${broken.what} ${broken.header} on the way ${request ? 'to' : 'back from'} ${label(route.backend)}${route.frontend && route.frontend !== route.backend ? ` (through ${label(route.frontend)})` : ''}.`,
              ...(conditional
                ? [
                    'The rule is conditional: it breaks the WebSocket requests its condition matches.'
                  ]
                : []),
              ...(verdict.identified
                ? []
                : [
                    `Nothing in the file names a WebSocket backend: this matters if ${label(route.backend)} carries WebSockets.`
                  ])
            ],
            cause:
              'The upgrade needs Upgrade: websocket and Connection: Upgrade from the client to the server and back in the 101; HAProxy passes both in HTTP mode unless a rule removes or rewrites them',
            fix: upgradeFix(host, path)
          }
        )
      }
    }
  }
}

export function checkTimeouts(
  verdict: WebSocketVerdict,
  options: ConfigCheckOptions,
  report: Report
): void {
  // A timeout in defaults can cut several backends: one finding per directive, naming them all.
  const cuts = new Map<
    Directive,
    {
      section: Section
      ms: number
      words: string
      tunnel: boolean
      routes: Route[]
      notes: Set<string>
    }
  >()
  const timeout = (section: Section | undefined, which: string) =>
    effective(section, d => is(d, 'timeout', which))
  for (const route of verdict.routes) {
    // `timeout tunnel 0` is no tunnel timeout: client and server apply again (measured).
    const set = timeout(route.backend, 'tunnel')
    const tunnel = set && haproxyTime(set.directive.args[1] ?? '') !== 0 ? set : undefined
    const ignored =
      route.frontend?.kind === 'frontend' ? timeout(route.frontend, 'tunnel') : undefined
    const candidates = tunnel
      ? [tunnel]
      : [
          ...(route.frontend ? [timeout(route.frontend, 'client')] : []),
          timeout(route.backend, 'server')
        ]
    for (const found of candidates) {
      if (!found) continue // absent: HAProxy never times out (and warns at startup)
      const text = found.directive.args[1] ?? ''
      const ms = haproxyTime(text)
      if (ms === undefined) {
        report(
          found.section,
          'warn',
          'proxy-config-invalid-value',
          `timeout ${found.directive.args[0]} ${text}: not a time HAProxy reads`,
          found.directive.line,
          {
            details: [
              'HAProxy times: a number with us, ms, s, m, h or d (a bare number is milliseconds).'
            ]
          }
        )
        continue
      }
      if (ms === 0 || ms > options.idleTimeoutMs) continue
      const cut = cuts.get(found.directive) ?? {
        section: found.section,
        ms,
        words: `timeout ${found.directive.args[0]} ${text}`,
        tunnel: tunnel !== undefined,
        routes: [],
        notes: new Set<string>()
      }
      cut.routes.push(route)
      if (!tunnel && ignored && ignored.section.kind === 'frontend')
        cut.notes.add(
          `timeout tunnel ${ignored.directive.args[1] ?? ''} in ${label(ignored.section)} (line ${ignored.directive.line}) is ignored: HAProxy reads timeout tunnel in backends, listen and defaults only.`
        )
      cuts.set(found.directive, cut)
    }
  }
  const idleSeconds = Math.ceil(options.idleTimeoutMs / 1000)
  for (const [directive, cut] of cuts) {
    const backends = [...new Set(cut.routes.map(r => r.backend))]
    const ws = verdict.backends.find(b => b.backend === backends[0])
    const path = ws?.path ?? options.websocketPaths[0] ?? '/'
    const inherited = cut.section.kind === 'defaults'
    report(
      cut.section,
      verdict.identified ? 'fail' : 'warn',
      'proxy-config-idle-timeout',
      `idle WebSockets are cut after ${secondsText(cut.ms)} (${cut.words}${cut.tunnel ? '' : ', no timeout tunnel'})`,
      directive.line,
      {
        details: [
          `${cut.words}${inherited ? ` (inherited by ${backends.map(label).join(', ')})` : ''} is not longer than idle-timeout (${secondsText(options.idleTimeoutMs)}): a WebSocket silent that long is closed by HAProxy (1006, no close frame).`,
          cut.tunnel
            ? 'timeout tunnel governs a connection once upgraded.'
            : `No timeout tunnel in ${backends.map(label).join(', ')} or its defaults: once upgraded, the connection keeps timeout client and timeout server.`,
          ...cut.notes,
          ...(verdict.identified
            ? []
            : [
                `Nothing in the file names a WebSocket backend: this matters if ${backends.map(label).join(', ')} carries WebSockets.`
              ])
        ],
        cause: cut.tunnel
          ? 'HAProxy closes a tunnel (an upgraded WebSocket) when nothing crossed it in either direction for timeout tunnel'
          : 'HAProxy closes an upgraded connection after timeout client (nothing from the client) or timeout server (nothing from the server) unless timeout tunnel replaces them',
        fix: idleTimeoutFix(
          path,
          idleSeconds,
          backends.length === 1 && backends[0].kind !== 'frontend' ? label(backends[0]) : undefined
        )
      }
    )
  }
}
