// What WebSockets over TLS need from an Envoy configuration, judged without running it.
//
// The upgrade: Envoy passes `Upgrade: websocket` only when the http_connection_manager's
// upgrade_configs (or the route's, which overrides it) has upgrade_type websocket; otherwise it
// answers 403 (docs/root/intro/arch_overview/http/upgrades.rst; conn_manager_impl.cc sends
// Forbidden with "upgrade_failed").
//
// Idle cuts: stream_idle_timeout (default 5 minutes, docs/root/faq/configuration/timeouts.rst)
// and the route's idle_timeout, which overrides it (0 disables either), reset on every frame
// either way: a silent WebSocket is reset after them. The route `timeout` (default 15 s) spans
// from the end of the request to the end of the response: Envoy's FAQ says it "is not compatible
// with streaming responses (responses that never end), and will need to be disabled"; since
// Envoy 1.36 it bounds the wait for the upgrade response only (changelogs/1.36.0.yaml:
// "Support route and per-try timeouts on WebSocket upgrade"), and earlier releases have been
// seen closing established WebSockets after it (envoyproxy/envoy#20062): a warning unless 0s.
// max_stream_duration and max_connection_duration close every WebSocket after a total time,
// busy or not. common_http_protocol_options.idle_timeout (default 1 hour) applies only while no
// stream is active: never to an open WebSocket.
//
// TLS: DownstreamTlsContext's tls_params default to TLSv1_2..TLSv1_3 for servers, cipher_suites
// to ECDHE with AES-GCM and ChaCha20, ecdh_curves to X25519 and P-256
// (api/envoy/extensions/transport_sockets/tls/v3/common.proto).
import type { Code } from '../../codes.js'
import type { TlsVersion } from '../../facts.js'
import type { Finding, Status } from '../../findings.js'
import { judgeCertificateFile } from '../shared/certificate-file.js'
import { entry, items, text, texts, type TreeEntry, type TreeNode } from '../shared/config-tree.js'
import {
  judgeGroups,
  judgeSuites,
  suiteListOpenssl,
  judgeVersions,
  VERSION_ORDER,
  versionRange
} from '../shared/tls-policy.js'
import { hostMatches, namedLikeSocket, seconds } from '../shared/websocket-routes.js'
import type { ConfigCheckOptions, Problem } from '../proxy.js'
import { envoyFix } from './fixes.js'
import { field, fieldAt, type ConnectionManager, type EnvoyModel, type Route } from './model.js'

const DEFAULT_STREAM_IDLE_MS = 300_000
const DEFAULT_ROUTE_TIMEOUT_MS = 15_000
const DEFAULT_TCP_IDLE_MS = 3_600_000
const VERSIONS: Record<string, TlsVersion> = {
  TLSv1_0: 'TLSv1',
  TLSv1_1: 'TLSv1.1',
  TLSv1_2: 'TLSv1.2',
  TLSv1_3: 'TLSv1.3'
}

/** A protobuf Duration as Envoy's YAML writes it ("15s", "0.250s", {seconds, nanos}) → ms. */
export function protoDuration(node: TreeNode | undefined): number | undefined {
  if (node?.kind === 'map') {
    const s = Number(text(entry(node, 'seconds')?.value) ?? 0)
    const n = Number(text(entry(node, 'nanos')?.value) ?? 0)
    return Number.isFinite(s) && Number.isFinite(n) ? s * 1000 + n / 1e6 : undefined
  }
  const value = text(node)?.trim()
  const m = value === undefined ? null : /^(\d+(?:\.\d{1,9})?)s$/.exec(value)
  return m ? Number(m[1]) * 1000 : undefined
}

export interface EnvoyVerdict {
  findings: Finding[]
  details: string[]
  webSocketRoutes: Route[]
}

type Push = (
  status: Status,
  code: Code,
  label: string,
  title: string,
  line: number,
  problem: Problem,
  extra?: Partial<Finding>
) => void

export function checkEnvoy(
  model: EnvoyModel,
  file: string,
  options: ConfigCheckOptions
): EnvoyVerdict {
  const findings: Finding[] = []
  const details: string[] = []
  const webSocketRoutes: Route[] = []
  const wssTargets = options.targets.filter(t => t.endpoint?.scheme === 'wss')
  const push: Push = (status, code, label, title, line, problem, extra = {}) =>
    void findings.push({
      check: 'proxy-config',
      code,
      status,
      title: `${label}: ${title}`,
      location: { file, line },
      problem,
      fix: envoyFix(problem),
      ...extra
    })
  for (const listener of model.listeners) {
    for (const chain of listener.chains) {
      const domains = chain.managers.flatMap(m => m.virtualHosts.flatMap(v => v.domains))
      const names = [...chain.serverNames, ...domains]
      const host =
        names.find(n => !n.includes('*')) ?? wssTargets[0]?.endpoint?.host ?? 'api.example.com'
      for (const target of wssTargets)
        if (names.some(n => hostMatches(n, target.endpoint!.host)))
          details.push(`${chain.label} (${file}:${chain.line}) serves the target ${target.label}`)
      for (const manager of chain.managers)
        webSocketRoutes.push(
          ...checkManager(manager, chain.label, host, options, push, details, file)
        )
      for (const proxy of chain.tcpProxies) {
        const idle = field(proxy.config, 'idle_timeout')
        const ms = idle ? protoDuration(idle.value) : DEFAULT_TCP_IDLE_MS
        if (ms === undefined || ms === 0 || ms > options.idleTimeoutMs) continue
        push(
          'fail',
          'proxy-config-idle-timeout',
          chain.label,
          `idle connections are cut after ${seconds(ms)} (tcp_proxy idle_timeout${idle ? ` ${text(idle.value) ?? ''}` : ", Envoy's default"})`,
          idle?.line ?? proxy.line,
          { kind: 'idle-timeout', host, path: '/', seconds: options.idleTimeoutMs / 1000 },
          {
            cause:
              'The TCP proxy closes a connection with no traffic either way for idle_timeout, WebSockets passed through it included'
          }
        )
      }
      if (chain.tls) checkTls(chain.label, chain.tls, host, options, push, file)
    }
  }
  return { findings, details, webSocketRoutes }
}

/** The route's (or else the manager's) websocket upgrade setting: on, off, or not said. */
function upgradeSetting(
  node: TreeNode | undefined
): { enabled: boolean; entry: TreeEntry } | undefined {
  for (const config of items(field(node, 'upgrade_configs')?.value)) {
    const type = field(config, 'upgrade_type')
    if (!/^websocket$/i.test(text(type?.value) ?? '')) continue
    const enabled = field(config, 'enabled')
    const off =
      enabled !== undefined &&
      (text(enabled.value) === 'false' || text(field(enabled.value, 'value')?.value) === 'false')
    return { enabled: !off, entry: enabled ?? type! }
  }
  return undefined
}

function checkManager(
  manager: ConnectionManager,
  chainLabel: string,
  host: string,
  options: ConfigCheckOptions,
  push: Push,
  details: string[],
  file: string
): Route[] {
  const hcm = upgradeSetting(manager.config)
  const routes = manager.virtualHosts.flatMap(v => v.routes).filter(r => r.action !== undefined)
  let webSocket = routes.filter(
    r =>
      namedLikeSocket(r.paths, r.clusters, options.websocketPaths) ||
      upgradeSetting(r.action?.value)?.enabled === true
  )
  // Upgrades on for the whole manager and no route told apart: any route may carry them; their
  // idle timeouts are judged, their route timeouts only for routes known to carry WebSockets.
  const guessed = webSocket.length === 0 && hcm?.enabled === true
  if (guessed) {
    webSocket = routes
    if (routes.length > 0)
      details.push(
        `${chainLabel}: upgrade_configs passes WebSockets on every route and none is named like one; name their paths in websocket-paths to have their route timeouts checked`
      )
  }
  if (manager.rds)
    details.push(`${chainLabel} (${file}:${manager.line}): routes come from RDS, not checked here`)
  const label = `${chainLabel}, http_connection_manager`
  const problemFor = (route: Route | undefined, kind: 'upgrade' | 'idle-timeout'): Problem =>
    kind === 'upgrade'
      ? { kind, host, path: route?.paths[0] ?? '/' }
      : { kind, host, path: route?.paths[0] ?? '/', seconds: options.idleTimeoutMs / 1000 }

  const common = field(manager.config, 'common_http_protocol_options')?.value
  const connectionIdle = field(common, 'idle_timeout')
  if (connectionIdle && webSocket.length > 0)
    details.push(
      `${label}: common_http_protocol_options.idle_timeout ${text(connectionIdle.value) ?? ''} closes connections with no active stream only, never an open WebSocket`
    )
  const relyOnManager: Route[] = []
  for (const route of webSocket) {
    const action = route.action!.value
    const own = upgradeSetting(action)
    const enabled = own ? own.enabled : (hcm?.enabled ?? false)
    if (!enabled) {
      const where = own && !own.enabled ? own.entry : hcm && !hcm.enabled ? hcm.entry : undefined
      push(
        'fail',
        'proxy-config-upgrade',
        route.label,
        where
          ? `upgrade_configs websocket enabled: false: Envoy answers the upgrade with 403, not 101`
          : 'no upgrade_configs with upgrade_type websocket: Envoy answers the upgrade with 403, not 101',
        where?.line ?? route.line,
        problemFor(route, 'upgrade'),
        {
          details: [
            where
              ? `Turned off at ${file}:${where.line}.`
              : `The http_connection_manager (${file}:${manager.configLine}) and the route have no upgrade_configs entry for websocket.`
          ],
          cause:
            'Envoy passes an Upgrade request only for the upgrade types the connection manager or the route lists; it refuses the others with 403 (upgrade_failed)'
        }
      )
    }
    const timeout = field(action, 'timeout')
    const timeoutMs = timeout ? protoDuration(timeout.value) : DEFAULT_ROUTE_TIMEOUT_MS
    if (timeoutMs !== 0 && !guessed)
      push(
        'warn',
        'proxy-config-max-duration',
        route.label,
        `route timeout ${timeout ? (text(timeout.value) ?? 'set') : "15 s (Envoy's default)"} on a WebSocket route: set timeout: 0s`,
        timeout?.line ?? route.line,
        problemFor(route, 'idle-timeout'),
        {
          details: [
            'Envoy\'s timeout FAQ: the route timeout "is not compatible with streaming responses (responses that never end), and will need to be disabled".',
            'Since Envoy 1.36 it bounds the wait for the upgrade response; earlier releases have closed established WebSockets when it expired (envoyproxy/envoy#20062).'
          ],
          cause:
            'The route timeout is a total time from the end of the request to the end of the response, and an upgraded WebSocket response never ends'
        }
      )
    const idle = field(action, 'idle_timeout')
    if (!idle) {
      relyOnManager.push(route)
    } else {
      const ms = protoDuration(idle.value)
      if (ms === undefined) {
        push(
          'warn',
          'proxy-config-invalid-value',
          route.label,
          `idle_timeout "${text(idle.value) ?? ''}" is not a duration Envoy reads (e.g. "3600s")`,
          idle.line,
          problemFor(route, 'idle-timeout')
        )
      } else if (ms !== 0 && ms <= options.idleTimeoutMs) {
        push(
          'fail',
          'proxy-config-idle-timeout',
          route.label,
          `idle sockets are cut after ${seconds(ms)} (idle_timeout ${text(idle.value) ?? ''})`,
          idle.line,
          problemFor(route, 'idle-timeout'),
          {
            details: [
              `idle_timeout ${text(idle.value) ?? ''} is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): Envoy resets a WebSocket silent that long in both directions (1006, no close frame).`
            ],
            cause:
              'The route idle_timeout overrides stream_idle_timeout: it resets a stream with no frame either way for that long'
          }
        )
      }
    }
    const duration = fieldAt(action, ['max_stream_duration', 'max_stream_duration'])
    const durationMs = duration ? protoDuration(duration.value) : undefined
    if (duration && durationMs !== undefined && durationMs > 0)
      push(
        'warn',
        'proxy-config-max-duration',
        route.label,
        `max_stream_duration ${text(duration.value) ?? ''}: every WebSocket on this route is closed after ${seconds(durationMs)}, busy or silent`,
        duration.line,
        problemFor(route, 'idle-timeout'),
        { cause: 'max_stream_duration is the longest a stream may live, whatever passes over it' }
      )
  }
  if (webSocket.length > 0)
    checkManagerTimeouts(manager, label, common, relyOnManager, options, push, problemFor, file)
  return webSocket
}

function checkManagerTimeouts(
  manager: ConnectionManager,
  label: string,
  common: TreeNode | undefined,
  relyOnManager: readonly Route[],
  options: ConfigCheckOptions,
  push: Push,
  problemFor: (route: Route | undefined, kind: 'idle-timeout') => Problem,
  file: string
): void {
  if (relyOnManager.length > 0) {
    const idle = field(manager.config, 'stream_idle_timeout')
    const ms = idle ? protoDuration(idle.value) : DEFAULT_STREAM_IDLE_MS
    if (ms === undefined) {
      push(
        'warn',
        'proxy-config-invalid-value',
        label,
        `stream_idle_timeout "${text(idle?.value) ?? ''}" is not a duration Envoy reads (e.g. "3600s")`,
        idle!.line,
        problemFor(relyOnManager[0], 'idle-timeout')
      )
    } else if (ms !== 0 && ms <= options.idleTimeoutMs) {
      push(
        'fail',
        'proxy-config-idle-timeout',
        label,
        `idle sockets are cut after ${seconds(ms)} (stream_idle_timeout${idle ? ` ${text(idle.value) ?? ''}` : ", Envoy's default"})`,
        idle?.line ?? manager.configLine,
        problemFor(relyOnManager[0], 'idle-timeout'),
        {
          details: [
            `stream_idle_timeout ${idle ? (text(idle.value) ?? '') : '300s (default)'} is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): Envoy resets a WebSocket silent that long in both directions (1006, no close frame).`,
            `It applies to ${relyOnManager.map(r => `${r.label} (${file}:${r.line})`).join(', ')}, which set no idle_timeout of their own.`
          ],
          cause:
            'The connection manager resets a stream that has seen no frame either way for stream_idle_timeout, upgraded WebSockets included'
        }
      )
    }
  }
  for (const name of ['max_stream_duration', 'max_connection_duration']) {
    const limit = field(common, name)
    const ms = limit ? protoDuration(limit.value) : undefined
    if (!limit || ms === undefined || ms === 0) continue
    push(
      'warn',
      'proxy-config-max-duration',
      label,
      `common_http_protocol_options.${name} ${text(limit.value) ?? ''}: every WebSocket is closed after ${seconds(ms)}, busy or silent`,
      limit.line,
      problemFor(relyOnManager[0], 'idle-timeout'),
      {
        cause:
          name === 'max_stream_duration'
            ? 'max_stream_duration is the longest a stream may live, whatever passes over it'
            : 'max_connection_duration drains a connection that old, and closes it after the drain timeout even with a stream open'
      }
    )
  }
}

function checkTls(
  label: string,
  tls: NonNullable<EnvoyModel['listeners'][number]['chains'][number]['tls']>,
  host: string,
  options: ConfigCheckOptions,
  push: Push,
  file: string
): void {
  const params = tls.params?.value
  const min = field(params, 'tls_minimum_protocol_version')
  const max = field(params, 'tls_maximum_protocol_version')
  const value = (e: TreeEntry | undefined, fallback: string): string => {
    const v = text(e?.value)
    return v === undefined || v === 'TLS_AUTO' ? fallback : v
  }
  const minText = value(min, 'TLSv1_2')
  const maxText = value(max, 'TLSv1_3')
  const problem: Problem = { kind: 'tls-versions', host }
  const bad = [min, max].find(e => e !== undefined && !(value(e, 'TLSv1_2') in VERSIONS))
  if (bad) {
    push(
      'warn',
      'proxy-config-invalid-value',
      label,
      `${bad.key} "${text(bad.value) ?? ''}" is not a version Envoy knows (TLSv1_0 to TLSv1_3)`,
      bad.line,
      problem
    )
  } else {
    const offered = versionRange(VERSIONS[minText], VERSIONS[maxText])
    if (offered.length === 0) {
      push(
        'warn',
        'proxy-config-invalid-value',
        label,
        `tls_minimum_protocol_version ${minText} is above tls_maximum_protocol_version ${maxText}: Envoy refuses the listener`,
        min?.line ?? tls.line,
        problem
      )
      return
    }
    const range = `tls_params ${minText}..${maxText}`
    for (const issue of judgeVersions(offered, options)) {
      const below =
        issue.version !== undefined &&
        VERSION_ORDER.indexOf(issue.version) < VERSION_ORDER.indexOf(VERSIONS[minText])
      const where = issue.kind === 'legacy' || below ? min : max
      push(
        issue.status,
        issue.code,
        label,
        `${range} ${issue.title}`,
        where?.line ?? tls.params?.line ?? tls.line,
        problem,
        {
          cause: issue.cause
        }
      )
    }
    const suitesEntry = field(params, 'cipher_suites')
    const suites = texts(suitesEntry?.value)
    const suiteIssue =
      suites.length > 0
        ? judgeSuites(suiteListOpenssl(suites), {
            label: 'cipher_suites',
            written: `cipher_suites: ${suites.join(', ')}`,
            tls13: offered.includes('TLSv1.3')
          })
        : undefined
    if (suiteIssue && suitesEntry)
      push(
        suiteIssue.status,
        suiteIssue.code,
        label,
        suiteIssue.title,
        suitesEntry.line,
        { kind: 'browser-ciphers', host, browsersLockedOut: suiteIssue.browsersLockedOut },
        { details: suiteIssue.details, cause: suiteIssue.cause }
      )
  }
  const curvesEntry = field(params, 'ecdh_curves')
  const groupIssue = judgeGroups('ecdh_curves', texts(curvesEntry?.value))
  if (groupIssue && curvesEntry)
    push(
      groupIssue.status,
      groupIssue.code,
      label,
      groupIssue.title,
      curvesEntry.line,
      { kind: 'browser-ciphers', host, browsersLockedOut: true },
      { details: groupIssue.details, cause: groupIssue.cause }
    )
  for (const certificate of tls.certificates) {
    const judgement = judgeCertificateFile(certificate.file, options.workspace, file)
    const chainProblem: Problem = { kind: 'full-chain', host }
    const where = `${label}, ${certificate.label}`
    if (judgement.verdict === 'leaf-only')
      push(
        'fail',
        'proxy-config-full-chain',
        where,
        'certificate_chain serves the leaf without its intermediates',
        certificate.line,
        chainProblem,
        {
          details: [judgement.detail],
          cause:
            'Only the full chain (the leaf, then its intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate'
        }
      )
    else if (judgement.verdict === 'chain-only')
      push(
        'fail',
        'proxy-config-full-chain',
        where,
        'certificate_chain serves intermediates without the leaf first',
        certificate.line,
        chainProblem,
        {
          details: [judgement.detail],
          cause: 'The server certificate must come first in the file, its intermediates after it'
        }
      )
    else if (judgement.verdict === 'out-of-order')
      push(
        'warn',
        'proxy-config-chain-order',
        where,
        'certificate_chain is not a chain in order',
        certificate.line,
        chainProblem,
        {
          details: [judgement.detail],
          cause: 'Each certificate in the file must be issued by the one that follows it'
        }
      )
    else if (judgement.verdict === 'empty')
      push(
        'warn',
        'proxy-config-certificate-file',
        where,
        'certificate_chain holds no PEM certificate',
        certificate.line,
        chainProblem,
        {
          details: [judgement.detail]
        }
      )
  }
}
