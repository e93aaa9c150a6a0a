// What WebSockets over TLS need from a Traefik configuration, judged without running it.
//
// The upgrade: Traefik passes it by itself (its forwarded-headers handling keeps Upgrade, its
// proxy sees `Connection: Upgrade` + `Upgrade: websocket`); what breaks it is a headers
// middleware that removes or rewrites Upgrade or Connection (customRequestHeaders with an empty
// value removes a header, per Traefik's headers middleware docs), or an h2c:// backend (HTTP/2
// to the backend, where Go refuses an Upgrade header).
//
// Idle cuts: none of the file-configured timeouts of Traefik v2/v3 closes an upgraded WebSocket.
// The entry points' respondingTimeouts (readTimeout, default 60s since v2.11.2/v3.0; writeTimeout,
// default 0; idleTimeout, default 180s — docs/content/routing/entrypoints.md) are net/http server
// timeouts, and net/http clears a connection's deadlines when the handler takes it over for the
// upgrade (server.go hijackLocked: rwc.SetDeadline(time.Time{})); a Traefik maintainer on
// traefik/traefik#8668: "Traefik does nothing, it's up to the client or the server to close the
// connection". The servers transports' forwardingTimeouts a file can set (dialTimeout 30s,
// responseHeaderTimeout 0, idleConnTimeout 90s, readIdleTimeout/pingTimeout for HTTP/2 —
// pkg/config/dynamic/http_config.go) end with the response headers or apply to pooled idle
// connections. Two do cut: the ingress-nginx provider's proxyReadTimeout (v3.7+, default 60 s,
// the longest wait between two reads from the backend: pkg/server/service/transport.go
// connWithTimeouts), and v2.11.1/v3.0.0-rc4's respondingTimeouts.tcp.lingeringTimeout (default
// 2 s, removed in v2.11.2: traefik/traefik#10598).
//
// TLS: options default to minVersion VersionTLS12 (pkg/tls/tlsmanager.go DefaultTLSOptions), Go's
// maximum (TLS 1.3) and Go's cipher suites; cipherSuites governs TLS 1.2 and below only.
import type { Code } from '../../codes.js'
import { isIP } from 'node:net'
import type { Finding, Status } from '../../findings.js'
import type { TlsVersion } from '../../facts.js'
import { judgeCertificateFile } from '../shared/certificate-file.js'
import { at, entry, entries, text, texts } from '../shared/config-tree.js'
import {
  judgeGroups,
  judgeSuites,
  suiteListIana,
  judgeVersions,
  VERSION_ORDER,
  versionRange
} from '../shared/tls-policy.js'
import { hostMatches, namedLikeSocket, seconds } from '../shared/websocket-routes.js'
import type { ConfigCheckOptions, Problem } from '../proxy.js'
import { traefikFix } from './fixes.js'
import type { Router, TraefikModel } from './model.js'

const I = true
/** providers.kubernetesIngressNGINX.proxyReadTimeout when absent (seconds). */
const INGRESS_NGINX_READ_TIMEOUT_S = 60
const VERSIONS: Record<string, TlsVersion> = {
  VersionTLS10: 'TLSv1',
  VersionTLS11: 'TLSv1.1',
  VersionTLS12: 'TLSv1.2',
  VersionTLS13: 'TLSv1.3'
}

export interface TraefikVerdict {
  findings: Finding[]
  details: string[]
  webSocketRouters: Router[]
}

export function checkTraefik(
  model: TraefikModel,
  file: string,
  options: ConfigCheckOptions
): TraefikVerdict {
  const findings: Finding[] = []
  const details: string[] = []
  const webSocketRouters = model.routers.filter(r =>
    namedLikeSocket(
      r.paths,
      [...r.services, r.label.replace(/^router /, '')],
      options.websocketPaths
    )
  )
  const wssTargets = options.targets.filter(t => t.endpoint?.scheme === 'wss')
  const host =
    [...webSocketRouters, ...model.routers].flatMap(r => r.hosts).find(h => !/[{*]/.test(h)) ??
    wssTargets[0]?.endpoint?.host ??
    'api.example.com'
  const path = webSocketRouters[0]?.paths[0] ?? options.websocketPaths[0] ?? '/ws'
  const push = (
    status: Status,
    code: Code,
    label: string,
    title: string,
    line: number,
    problem: Problem,
    extra: Partial<Finding> = {}
  ): void => {
    findings.push({
      check: 'proxy-config',
      code,
      status,
      title: `${label}: ${title}`,
      location: { file, line },
      problem,
      fix: traefikFix(problem),
      ...extra
    })
  }

  for (const router of model.routers) {
    const served = wssTargets.filter(t => router.hosts.some(h => hostMatches(h, t.endpoint!.host)))
    for (const target of served)
      details.push(`${router.label} (${file}:${router.line}) serves the target ${target.label}`)
  }

  checkMiddlewares(model, webSocketRouters, push, host)
  checkBackends(model, webSocketRouters, push, host, path)
  checkTimeouts(model, options, push, details, host, path)
  checkTlsOptions(model, options, push, host, details)
  checkCertificates(model, options, file, push, host)
  return { findings, details, webSocketRouters }
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

/** The middlewares a router runs, through chains. */
function expand(names: readonly string[], model: TraefikModel, seen = new Set<string>()): string[] {
  const out: string[] = []
  for (const name of names) {
    if (seen.has(name)) continue
    seen.add(name)
    out.push(name)
    const chain = model.middlewares.find(m => m.name === name)?.chain ?? []
    out.push(...expand(chain, model, seen))
  }
  return out
}

function checkMiddlewares(
  model: TraefikModel,
  webSocketRouters: readonly Router[],
  push: Push,
  host: string
): void {
  for (const middleware of model.middlewares) {
    const headers = entry(middleware.headers, 'customRequestHeaders', I)?.value
    for (const header of entries(headers)) {
      const name = header.key.toLowerCase()
      const value = text(header.value) ?? ''
      const breaks =
        (name === 'upgrade' && !/websocket/i.test(value)) ||
        (name === 'connection' && !/(^|[\s,])upgrade([\s,]|$)/i.test(value))
      if (!breaks) continue
      const users = webSocketRouters.filter(r =>
        expand(r.middlewares, model).includes(middleware.name)
      )
      const everywhere = expand(model.entryPointMiddlewares, model).includes(middleware.name)
      const onWebSocket = users.length > 0 || everywhere
      const what =
        value === '' ? `removes the ${header.key} header` : `sets ${header.key} to "${value}"`
      push(
        onWebSocket ? 'fail' : 'warn',
        'proxy-config-upgrade',
        `middleware ${middleware.name}`,
        `customRequestHeaders ${header.key}: "${value}" ${what}: Traefik does not pass the upgrade${onWebSocket ? ' (the client gets 400 or 426, not 101)' : ' on the routers that use it'}`,
        header.line,
        { kind: 'upgrade', host: users[0]?.hosts[0] ?? host, path: users[0]?.paths[0] ?? '/ws' },
        {
          details: [
            onWebSocket
              ? `Used by ${[...users.map(u => u.label), ...(everywhere ? ['an entry point (every router)'] : [])].join(', ')}.`
              : 'No WebSocket router of this file uses it; a router that does cannot carry WebSockets.'
          ],
          cause:
            'Traefik forwards a WebSocket upgrade only when the request still carries Connection: Upgrade and Upgrade: websocket after the middlewares; without them the backend sees a plain GET'
        }
      )
    }
  }
}

/** A WebSocket router's backend reached over h2c: HTTP/2 carries no HTTP/1.1 upgrade. */
function checkBackends(
  model: TraefikModel,
  webSocketRouters: readonly Router[],
  push: Push,
  host: string,
  path: string
): void {
  for (const server of model.h2cServers) {
    const users = webSocketRouters.filter(r => r.services.includes(server.service))
    if (users.length === 0) continue
    push(
      'fail',
      'proxy-config-upgrade',
      `service ${server.service}`,
      `${server.url}: Traefik speaks HTTP/2 to this backend, which carries no WebSocket upgrade`,
      server.line,
      { kind: 'upgrade', host: users[0].hosts[0] ?? host, path: users[0].paths[0] ?? path },
      {
        details: [`Used by ${users.map(u => u.label).join(', ')}.`],
        cause:
          'An HTTP/1.1 upgrade cannot travel over HTTP/2 (Go refuses an Upgrade header on an HTTP/2 request): the WebSocket router needs an http:// or https:// backend'
      }
    )
  }
}

function checkTimeouts(
  model: TraefikModel,
  options: ConfigCheckOptions,
  push: Push,
  details: string[],
  host: string,
  path: string
): void {
  for (const entryPoint of model.entryPoints) {
    const responding = at(entryPoint.node, ['transport', 'respondingTimeouts'], I)
    const set = ['readTimeout', 'writeTimeout', 'idleTimeout']
      .map(key => [key, text(entry(responding, key, I)?.value)] as const)
      .filter(([, value]) => value !== undefined)
    if (set.length > 0)
      details.push(
        `entryPoints.${entryPoint.name}.transport.respondingTimeouts ${set.map(([k, v]) => `${k} ${v}`).join(', ')}: bound the upgrade request only; Traefik keeps no timeout on an upgraded WebSocket (net/http clears the connection's deadlines when it is taken over)`
      )
    const lingering = entry(at(responding, ['tcp'], I), 'lingeringTimeout', I)
    if (lingering) {
      push(
        'warn',
        'proxy-config-idle-timeout',
        `entryPoints.${entryPoint.name}`,
        `respondingTimeouts.tcp.lingeringTimeout ${text(lingering.value) ?? ''}: Traefik v2.11.1 and v3.0.0-rc4 closed WebSockets silent that long; later versions refuse to start with it`,
        lingering.line,
        { kind: 'idle-timeout', host, path, seconds: options.idleTimeoutMs / 1000 },
        {
          cause:
            'lingeringTimeout (default 2 s) was a read deadline on every connection of the entry point, upgraded ones included; it was removed in v2.11.2 (traefik/traefik#10598)'
        }
      )
    }
  }
  for (const transport of model.forwardingTimeouts) {
    const set = entries(transport.node).map(e => `${e.key} ${text(e.value) ?? ''}`)
    if (set.length > 0)
      details.push(
        `${transport.label} ${set.join(', ')}: end with the response headers or apply to idle pooled connections, not to an upgraded WebSocket`
      )
  }
  const provider = model.ingressNginx
  if (!provider) return
  const read = entry(provider.value, 'proxyReadTimeout', I)
  const value = text(read?.value)
  // An integer number of seconds (pkg/provider/kubernetes/ingress-nginx/kubernetes.go).
  const ms =
    value === undefined
      ? INGRESS_NGINX_READ_TIMEOUT_S * 1000
      : /^\d+$/.test(value.trim())
        ? Number(value) * 1000
        : undefined
  const problem: Problem = {
    kind: 'idle-timeout',
    host,
    path,
    seconds: options.idleTimeoutMs / 1000
  }
  if (ms === undefined) {
    push(
      'warn',
      'proxy-config-invalid-value',
      'providers.kubernetesIngressNGINX',
      `proxyReadTimeout "${value}" is not a number of seconds`,
      read?.line ?? provider.line,
      problem
    )
    return
  }
  if (ms === 0 || ms > options.idleTimeoutMs) return
  push(
    'fail',
    'proxy-config-idle-timeout',
    'providers.kubernetesIngressNGINX',
    `idle sockets are cut after ${seconds(ms)} (proxyReadTimeout${value === undefined ? ", Traefik's default" : ` ${value}`})`,
    read?.line ?? provider.line,
    problem,
    {
      details: [
        `proxyReadTimeout ${value ?? `${INGRESS_NGINX_READ_TIMEOUT_S} (default)`} is not longer than idle-timeout (${seconds(options.idleTimeoutMs)}): a WebSocket whose backend is silent that long is closed (1006, no close frame).`,
        'It applies to every Ingress this provider serves that has no nginx.ingress.kubernetes.io/proxy-read-timeout annotation.'
      ],
      cause:
        "Traefik's ingress-nginx provider bounds the wait between two reads from the backend by proxyReadTimeout, as ingress-nginx does, upgraded connections included"
    }
  )
}

function checkTlsOptions(
  model: TraefikModel,
  options: ConfigCheckOptions,
  push: Push,
  host: string,
  details: string[]
): void {
  for (const option of model.tlsOptions) {
    const min = entry(option.node, 'minVersion', I)
    const max = entry(option.node, 'maxVersion', I)
    const minText = text(min?.value) ?? 'VersionTLS12'
    const maxText = text(max?.value) ?? 'VersionTLS13'
    const problem: Problem = { kind: 'tls-versions', host }
    const bad = [min, max].find(e => e !== undefined && !((text(e.value) ?? '') in VERSIONS))
    if (bad) {
      push(
        'warn',
        'proxy-config-invalid-value',
        option.label,
        `${bad.key} "${text(bad.value) ?? ''}" is not a version Traefik knows (VersionTLS10 to VersionTLS13): Traefik refuses the option`,
        bad.line,
        problem
      )
      continue
    }
    const offered = versionRange(VERSIONS[minText], VERSIONS[maxText])
    if (offered.length === 0) {
      push(
        'warn',
        'proxy-config-invalid-value',
        option.label,
        `minVersion ${minText} is above maxVersion ${maxText}: Traefik refuses the option`,
        min?.line ?? option.line,
        problem
      )
      continue
    }
    const range = `minVersion ${minText}${max ? `, maxVersion ${maxText}` : ''}`
    for (const issue of judgeVersions(offered, options)) {
      // A refused version is the bound's doing that excludes it; legacy ones are minVersion's.
      const below =
        issue.version !== undefined &&
        VERSION_ORDER.indexOf(issue.version) < VERSION_ORDER.indexOf(VERSIONS[minText])
      const where = issue.kind === 'legacy' || below ? min : max
      push(
        issue.status,
        issue.code,
        option.label,
        `${range} ${issue.title}`,
        where?.line ?? option.line,
        problem,
        {
          cause: issue.cause
        }
      )
    }
    const tls13 = offered.includes('TLSv1.3')
    const suitesEntry = entry(option.node, 'cipherSuites', I)
    const suites = texts(suitesEntry?.value)
    const suiteIssue =
      suites.length > 0
        ? judgeSuites(suiteListIana(suites), {
            label: 'cipherSuites',
            written: `cipherSuites: ${suites.join(', ')}`,
            tls13
          })
        : undefined
    if (suiteIssue && suitesEntry)
      push(
        suiteIssue.status,
        suiteIssue.code,
        option.label,
        suiteIssue.title,
        suitesEntry.line,
        { kind: 'browser-ciphers', host, browsersLockedOut: suiteIssue.browsersLockedOut },
        { details: suiteIssue.details, cause: suiteIssue.cause }
      )
    const curvesEntry = entry(option.node, 'curvePreferences', I)
    const groupIssue = judgeGroups('curvePreferences', texts(curvesEntry?.value))
    if (groupIssue && curvesEntry)
      push(
        groupIssue.status,
        groupIssue.code,
        option.label,
        groupIssue.title,
        curvesEntry.line,
        { kind: 'browser-ciphers', host, browsersLockedOut: true },
        { details: groupIssue.details, cause: groupIssue.cause }
      )
    const sniStrict = entry(option.node, 'sniStrict', I)
    if (sniStrict && text(sniStrict.value) === 'true') {
      const byAddress = options.targets.filter(
        t => t.endpoint?.scheme === 'wss' && isIP(t.endpoint.host) !== 0
      )
      if (byAddress.length > 0)
        push(
          'warn',
          'proxy-config-sni',
          option.label,
          `sniStrict refuses clients that send no server name, as ${byAddress[0].label} does (an IP address carries no SNI)`,
          sniStrict.line,
          { kind: 'certificate', host: byAddress[0].endpoint!.host },
          {
            cause:
              'With sniStrict, Traefik refuses a handshake without SNI or with a name no certificate covers instead of answering with the default certificate'
          }
        )
      else
        details.push(
          `${option.label}: sniStrict: clients must send a server name a certificate covers`
        )
    }
  }
}

function checkCertificates(
  model: TraefikModel,
  options: ConfigCheckOptions,
  file: string,
  push: Push,
  host: string
): void {
  for (const certificate of model.certificates) {
    const judgement = judgeCertificateFile(certificate.file, options.workspace, file)
    const problem: Problem = { kind: 'full-chain', host }
    const label = certificate.label
    const cause =
      'Only the full chain (the leaf, then its intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate'
    switch (judgement.verdict) {
      case 'leaf-only':
        push(
          'fail',
          'proxy-config-full-chain',
          label,
          `certFile serves the leaf without its intermediates`,
          certificate.line,
          problem,
          {
            details: [judgement.detail],
            cause
          }
        )
        break
      case 'chain-only':
        push(
          'fail',
          'proxy-config-full-chain',
          label,
          'certFile serves intermediates without the leaf first',
          certificate.line,
          problem,
          {
            details: [judgement.detail],
            cause: 'The server certificate must come first in the file, its intermediates after it'
          }
        )
        break
      case 'out-of-order':
        push(
          'warn',
          'proxy-config-chain-order',
          label,
          'certFile is not a chain in order',
          certificate.line,
          problem,
          {
            details: [judgement.detail],
            cause: 'Each certificate in the file must be issued by the one that follows it'
          }
        )
        break
      case 'empty':
        push(
          'warn',
          'proxy-config-certificate-file',
          label,
          'certFile holds no PEM certificate',
          certificate.line,
          problem,
          {
            details: [judgement.detail]
          }
        )
        break
      default:
        break
    }
  }
}
