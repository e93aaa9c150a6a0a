// The WebSocket paths of an h2o configuration: a path with proxy.reverse.url that is named like
// a socket, serves one of websocket-paths (the longest path that prefixes it, as h2o matches),
// or turns proxy.websocket ON itself. Each needs proxy.websocket: ON (h2o 2.2 leaves it OFF and
// sends the backend a plain GET) and a proxy.websocket.timeout longer than idle-timeout: that
// timeout alone cuts an upgraded connection, silent in both directions (proxy.timeout.io and
// http1-request-timeout do not; measured on h2o 2.2.5).
import type { Code } from '../../codes.js'
import type { Finding, Location, Status } from '../../findings.js'
import { fixTimeoutSeconds, type ConfigCheckOptions } from '../proxy.js'
import { webSocketPathFix } from './fixes.js'
import { effective, type H2oConfig, type PathMapping, type Report } from './model.js'

/** h2o's default proxy.websocket.timeout (include/h2o.h, 2.2: 300 s). */
export const DEFAULT_WEBSOCKET_TIMEOUT_MS = 300_000

/** A path or upstream named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i

const trim = (p: string): string => p.replace(/\/+$/, '') || '/'

/** Whether h2o's path `mapping` (a prefix, matched segment-wise) serves `path`. */
function prefixes(mapping: string, path: string): boolean {
  const m = trim(mapping)
  const p = trim(path.split('?')[0])
  return m === '/' || p === m || p.startsWith(`${m}/`)
}

/** The paths of `config` that carry WebSockets. */
export function webSocketPaths(config: H2oConfig, options: ConfigCheckOptions): PathMapping[] {
  const found = new Set<PathMapping>()
  for (const host of config.hosts) {
    const proxied = host.paths.filter(p => p.upstream)
    for (const p of proxied) {
      const upstreamHost = /^[a-z]+:\/\/([^/:]+)/i.exec(p.upstream!.value)?.[1] ?? ''
      const on = effective(p, 'proxy.websocket', config, ['path'])
      if (SOCKET_NAME.test(p.path) || SOCKET_NAME.test(upstreamHost) || isOn(on?.value))
        found.add(p)
    }
    for (const wanted of options.websocketPaths) {
      const longest = host.paths
        .filter(p => prefixes(p.path, wanted))
        .sort((a, b) => trim(b.path).length - trim(a.path).length)[0]
      if (longest?.upstream) found.add(longest)
    }
  }
  return [...found]
}

const isOn = (value: string | undefined): boolean => value?.trim().toUpperCase() === 'ON'

export function checkWebSocketPath(
  mapping: PathMapping,
  config: H2oConfig,
  options: ConfigCheckOptions,
  push: Report
): void {
  const label = `${mapping.host.key} ${mapping.path}`
  const timeoutMs = fixTimeoutSeconds(options.idleTimeoutMs) * 1000
  const fix = (why: string) =>
    webSocketPathFix({
      hostKey: mapping.host.key,
      path: mapping.path,
      upstream: mapping.upstream?.value,
      timeoutMs,
      why
    })
  const report = (
    kind: string,
    status: Status,
    code: Code,
    title: string,
    at: Location,
    extra: Partial<Finding>
  ): void => push(`${kind} ${label}`, status, code, `${label}: ${title}`, at, extra)

  const websocket = effective(mapping, 'proxy.websocket', config)
  const value = websocket?.value.trim().toUpperCase()
  if (websocket && value !== 'ON' && value !== 'OFF') {
    report(
      'upgrade',
      'warn',
      'proxy-config-invalid-value',
      `proxy.websocket: ${websocket.value}: h2o takes ON or OFF`,
      websocket.at,
      {
        cause: 'h2o refuses to start with any other value',
        fix: fix('Pass the upgrade: proxy.websocket: ON.')
      }
    )
  } else if (value !== 'ON') {
    report(
      'upgrade',
      'fail',
      'proxy-config-upgrade',
      "proxy.websocket is not ON: h2o does not pass the upgrade (the client gets the backend's answer to a plain GET, such as 426, not 101)",
      websocket?.level === 'path' ? websocket.at : mapping.at,
      {
        details: [
          websocket
            ? `proxy.websocket: ${websocket.value} (${websocket.level} level, ${websocket.at.file}:${websocket.at.line})`
            : 'proxy.websocket is not set at the path, its host or the top level: h2o 2.2 defaults to OFF.'
        ],
        cause:
          'Upgrade and Connection are hop-by-hop headers: h2o drops them unless proxy.websocket is ON, so the backend sees a plain GET',
        fix: fix(`Let h2o pass the WebSocket upgrade for ${mapping.path}: proxy.websocket: ON.`)
      }
    )
  }

  const timeout = effective(mapping, 'proxy.websocket.timeout', config)
  const text = timeout?.value.trim()
  if (timeout && !/^\d+$/.test(text ?? '')) {
    report(
      'idle-timeout',
      'warn',
      'proxy-config-invalid-value',
      `proxy.websocket.timeout: ${timeout.value} is not a number of milliseconds`,
      timeout.at,
      {
        cause: 'h2o refuses to start: the timeout is a bare number of milliseconds',
        fix: fix(`proxy.websocket.timeout takes milliseconds: ${timeoutMs}.`)
      }
    )
    return
  }
  const ms = timeout ? Number(text) : DEFAULT_WEBSOCKET_TIMEOUT_MS
  if (ms > options.idleTimeoutMs) return
  const spelled = timeout
    ? `proxy.websocket.timeout: ${text}`
    : `proxy.websocket.timeout not set: h2o's default ${DEFAULT_WEBSOCKET_TIMEOUT_MS}`
  report(
    'idle-timeout',
    'fail',
    'proxy-config-idle-timeout',
    `idle WebSockets are cut after ${seconds(ms)} (${spelled})`,
    timeout?.at ?? mapping.at,
    {
      details: [
        `${spelled} ms is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): a WebSocket silent that long is closed by h2o (1006, no close frame).`,
        ...(timeout && timeout.level !== 'path'
          ? [
              `Set at the ${timeout.level} level: it applies to every path${timeout.level === 'host' ? ` of ${mapping.host.key}` : ''} that sets none of its own.`
            ]
          : [])
      ],
      cause:
        'h2o closes an upgraded connection when no byte crossed it in either direction for proxy.websocket.timeout milliseconds',
      fix: fix(
        `Give ${mapping.path} a proxy.websocket.timeout longer than the longest silence between frames (${timeoutMs} ms here), and let the application ping.`
      )
    }
  )
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`
