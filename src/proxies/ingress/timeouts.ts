// Every timeout that can cut a silent WebSocket behind an Ingress, in the words of the controller
// that implements it, against idle-timeout: the annotation's value, or the controller's default
// when absent. Defaults and where each setting lives come from the controllers' documentation:
// ingress-nginx (proxy-read/send-timeout, 60 s), NGINX Ingress Controller (nginx.org/proxy-read/
// send-timeout, 60s), HAProxy Kubernetes Ingress Controller (timeout-tunnel, ConfigMap only, 1h),
// HAProxy Ingress (timeout-tunnel per backend, 1h), Traefik (entry point readTimeout, static
// configuration, 60s in Traefik 3), AWS Load Balancer Controller (load-balancer-attributes
// idle_timeout.timeout_seconds, the ALB's 60 s), GKE (BackendConfig timeoutSec, 30 s, a
// WebSocket's whole lifetime).
import type { Fix } from '../../findings.js'
import { fixTimeoutSeconds } from '../proxy.js'
import type { IngressContext } from './context.js'
import { haproxySeconds, nginxSeconds, wholeSeconds } from './durations.js'
import {
  albIdleTimeoutFix,
  gkeTimeoutFix,
  haproxyIngressTunnelFix,
  haproxyTunnelFix,
  ingressNginxTimeoutFix,
  nginxIncTimeoutFix,
  traefikTimeoutFix
} from './fixes.js'
import { backendServices, type Manifest } from './manifest.js'

const CUT_CAUSE = (who: string, what: string): string =>
  `${who} closes a WebSocket after ${what} without a frame (1006, no close frame)`

export function checkTimeouts(ctx: IngressContext): void {
  switch (ctx.controller.id) {
    case 'ingress-nginx':
      return ingressNginx(ctx)
    case 'nginx-inc':
      return nginxInc(ctx)
    case 'haproxy':
      return haproxy(ctx)
    case 'haproxy-ingress':
      return haproxyIngress(ctx)
    case 'traefik':
      return traefik(ctx)
    case 'aws-alb':
      return awsAlb(ctx)
    case 'gke':
      return gke(ctx)
  }
}

const annotationsLine = (ingress: Manifest, key: string) =>
  ingress.lineOf(['metadata', 'annotations', key], ['metadata', 'annotations'], ['metadata'])

/** Wording kept from the first Ingress check (ingress-nginx only), which reports and tests use. */
function ingressNginx(ctx: IngressContext): void {
  const { ingress, options, report } = ctx
  const prefix = 'nginx.ingress.kubernetes.io/'
  const fix = ingressNginxTimeoutFix(fixTimeoutSeconds(options.idleTimeoutMs))
  for (const key of ['proxy-read-timeout', 'proxy-send-timeout']) {
    const value = ingress.annotation(prefix + key)
    const seconds = value === undefined ? 60 : Number(value)
    const where = annotationsLine(ingress, prefix + key)
    if (!Number.isInteger(seconds) || seconds < 0) {
      report(
        'warn',
        'proxy-config-invalid-value',
        `${prefix}${key} "${value}" is not a number of seconds: ingress-nginx ignores it (60 s)`,
        where,
        { fix }
      )
      continue
    }
    if (seconds * 1000 > options.idleTimeoutMs) continue
    report(
      'warn',
      'proxy-config-idle-timeout',
      `idle sockets are cut after ${seconds} s (${key}${value === undefined ? ", ingress-nginx's default" : ''})`,
      where,
      {
        details: [
          `${prefix}${key}: ${value ?? '(not set: 60)'} is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
        ],
        cause:
          'ingress-nginx closes a WebSocket after this many seconds without a frame in that direction (1006, no close frame)',
        fix
      }
    )
  }
}

/** One annotated timeout: reported when invalid, or when not longer than idle-timeout. */
function annotated(
  ctx: IngressContext,
  spec: {
    key: string
    /** Its name in titles: "proxy-read-timeout". */
    setting: string
    defaultText: string
    defaultSeconds: number
    parse: (value: string) => number | undefined
    cause: string
    fix: Fix
  }
): void {
  const { ingress, options, report, controller } = ctx
  const value = ingress.annotation(spec.key)
  const parsed = value === undefined ? spec.defaultSeconds : spec.parse(value)
  const where = annotationsLine(ingress, spec.key)
  if (parsed === undefined) {
    report(
      'warn',
      'proxy-config-invalid-value',
      `${spec.key} "${value}" is not a valid time: ${controller.name} does not apply it`,
      where,
      { fix: spec.fix }
    )
    return
  }
  if (parsed * 1000 > options.idleTimeoutMs) return
  report(
    'warn',
    'proxy-config-idle-timeout',
    `idle sockets are cut after ${parsed} s (${spec.setting}${value === undefined ? `, ${controller.name}'s default` : ''})`,
    where,
    {
      details: [
        `${spec.key}: ${value ?? `(not set: ${spec.defaultText})`} is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
      ],
      cause: spec.cause,
      fix: spec.fix
    }
  )
}

function nginxInc(ctx: IngressContext): void {
  const fix = nginxIncTimeoutFix(fixTimeoutSeconds(ctx.options.idleTimeoutMs))
  for (const setting of ['proxy-read-timeout', 'proxy-send-timeout'])
    annotated(ctx, {
      key: `nginx.org/${setting}`,
      setting,
      defaultText: '60s',
      defaultSeconds: 60,
      parse: nginxSeconds,
      cause: CUT_CAUSE('NGINX Ingress Controller', `${setting}`),
      fix
    })
}

const HAPROXY_PREFIXES = ['haproxy.org/', 'haproxy.com/', 'ingress.kubernetes.io/']

/** timeout-tunnel is a ConfigMap key there: on an Ingress it is ignored, and 1h applies. */
function haproxy(ctx: IngressContext): void {
  const { ingress, options, report, controller } = ctx
  const fix = haproxyTunnelFix(fixTimeoutSeconds(options.idleTimeoutMs))
  const key = HAPROXY_PREFIXES.map(p => `${p}timeout-tunnel`).find(
    k => ingress.annotation(k) !== undefined
  )
  if (key)
    report(
      'warn',
      'proxy-config-invalid-value',
      `${key} is ignored on an Ingress: ${controller.name} reads timeout-tunnel from its ConfigMap only`,
      annotationsLine(ingress, key),
      {
        details: [`${key}: ${ingress.annotation(key)}`],
        cause:
          'HAProxy Kubernetes Ingress Controller documents timeout-tunnel as available on the ConfigMap, not on Ingress or Service',
        fix
      }
    )
  if (3600 * 1000 > options.idleTimeoutMs) return
  report(
    'warn',
    'proxy-config-idle-timeout',
    `idle sockets are cut after 3600 s (timeout-tunnel, ${controller.name}'s default unless its ConfigMap sets it)`,
    key ? annotationsLine(ingress, key) : ingress.lineOf(['metadata', 'annotations'], ['metadata']),
    {
      details: [
        `timeout-tunnel (ConfigMap, 1h by default) is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
      ],
      cause: CUT_CAUSE('HAProxy', 'timeout-tunnel'),
      fix
    }
  )
}

function haproxyIngress(ctx: IngressContext): void {
  const key =
    ['haproxy-ingress.github.io/timeout-tunnel', 'ingress.kubernetes.io/timeout-tunnel'].find(
      k => ctx.ingress.annotation(k) !== undefined
    ) ?? 'haproxy-ingress.github.io/timeout-tunnel'
  annotated(ctx, {
    key,
    setting: 'timeout-tunnel',
    defaultText: '1h',
    defaultSeconds: 3600,
    parse: haproxySeconds,
    cause: CUT_CAUSE('HAProxy', 'timeout-tunnel'),
    fix: haproxyIngressTunnelFix(fixTimeoutSeconds(ctx.options.idleTimeoutMs))
  })
}

/** Nothing on the Ingress sets it: Traefik 3's readTimeout default, at the class line. */
function traefik(ctx: IngressContext): void {
  const { ingress, options, report } = ctx
  if (60 * 1000 > options.idleTimeoutMs) return
  report(
    'warn',
    'proxy-config-idle-timeout',
    "a WebSocket can be cut after 60 s (the entry point's readTimeout, Traefik 3's default; an Ingress cannot set it)",
    ingress.lineOf(
      ['spec', 'ingressClassName'],
      ['metadata', 'annotations', 'kubernetes.io/ingress.class'],
      ['metadata', 'annotations'],
      ['metadata']
    ),
    {
      details: [
        `transport.respondingTimeouts.readTimeout of the entry point (60s unless the static configuration sets it) is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
      ],
      cause:
        'Traefik bounds the whole request with the entry point readTimeout, and a WebSocket is one long request',
      fix: traefikTimeoutFix(fixTimeoutSeconds(options.idleTimeoutMs))
    }
  )
}

const ALB_ATTRIBUTES = 'alb.ingress.kubernetes.io/load-balancer-attributes'

function awsAlb(ctx: IngressContext): void {
  const value = ctx.ingress.annotation(ALB_ATTRIBUTES)
  const pairs = (value ?? '')
    .split(',')
    .map(p => p.trim())
    .filter(Boolean)
  const others = pairs.filter(p => !p.startsWith('idle_timeout.timeout_seconds='))
  const idle = pairs.find(p => p.startsWith('idle_timeout.timeout_seconds='))
  const fix = albIdleTimeoutFix(fixTimeoutSeconds(ctx.options.idleTimeoutMs), others)
  annotatedAttribute(ctx, idle?.split('=')[1], fix)
}

function annotatedAttribute(ctx: IngressContext, value: string | undefined, fix: Fix): void {
  const { ingress, options, report } = ctx
  const seconds = value === undefined ? 60 : wholeSeconds(value)
  const where = annotationsLine(ingress, ALB_ATTRIBUTES)
  if (seconds === undefined) {
    report(
      'warn',
      'proxy-config-invalid-value',
      `idle_timeout.timeout_seconds=${value} is not a number of seconds: the ALB refuses it`,
      where,
      { fix }
    )
    return
  }
  if (seconds * 1000 > options.idleTimeoutMs) return
  report(
    'warn',
    'proxy-config-idle-timeout',
    `idle sockets are cut after ${seconds} s (idle_timeout.timeout_seconds${value === undefined ? ", the ALB's default" : ''})`,
    where,
    {
      details: [
        `${ALB_ATTRIBUTES}: idle_timeout.timeout_seconds=${value ?? '(not set: 60)'} is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
      ],
      cause: CUT_CAUSE('The ALB', 'idle_timeout.timeout_seconds'),
      fix
    }
  )
}

const BACKEND_CONFIG_KEYS = [
  'cloud.google.com/backend-config',
  'beta.cloud.google.com/backend-config'
]

/** Each backend Service's BackendConfig timeoutSec, read from this file when it is here. */
function gke(ctx: IngressContext): void {
  const { ingress, others, options, report } = ctx
  for (const backend of backendServices(ingress)) {
    const fix = gkeTimeoutFix(backend.name, fixTimeoutSeconds(options.idleTimeoutMs))
    const service = others.find(
      m => m.kind === 'Service' && m.name === backend.name && m.namespace === ingress.namespace
    )
    const configName = service ? backendConfigName(service) : undefined
    const config = configName
      ? others.find(
          m =>
            m.kind === 'BackendConfig' &&
            m.name === configName &&
            m.namespace === service?.namespace
        )
      : undefined
    const value = config?.text(['spec', 'timeoutSec'])
    const seconds = value === undefined ? 30 : wholeSeconds(value)
    const where = config
      ? config.lineOf(['spec', 'timeoutSec'], ['spec'], ['metadata'])
      : service
        ? service.lineOf(['metadata', 'annotations'], ['metadata'])
        : ingress.lineOf(backend.path)
    if (seconds === undefined) {
      report(
        'warn',
        'proxy-config-invalid-value',
        `BackendConfig ${configName}: timeoutSec "${value}" is not a number of seconds`,
        where,
        {
          fix
        }
      )
      continue
    }
    if (seconds * 1000 > options.idleTimeoutMs) continue
    const how = config
      ? `BackendConfig ${config.name}${value === undefined ? ' sets no timeoutSec' : ''}`
      : service
        ? configName
          ? `the Service's BackendConfig ${configName} is not in this file`
          : `the Service ${service.name} names no BackendConfig`
        : `the Service ${backend.name} is not in this file`
    report(
      'warn',
      'proxy-config-max-duration',
      `WebSockets to ${backend.name} are closed ${seconds} s after they open (timeoutSec${value === undefined ? ", GKE's default" : ''})`,
      where,
      {
        details: [
          `${how}: the backend service timeout is ${seconds} s, not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
        ],
        cause:
          "For a WebSocket, the backend service timeout of Google's load balancer is the longest the connection may stay open, idle or not",
        fix
      }
    )
  }
}

/** The BackendConfig a Service names, for any port ({"default": …} or {"ports": {…}}). */
function backendConfigName(service: Manifest): string | undefined {
  for (const key of BACKEND_CONFIG_KEYS) {
    const value = service.annotation(key)
    if (!value) continue
    try {
      const parsed = JSON.parse(value) as { default?: unknown; ports?: Record<string, unknown> }
      if (typeof parsed.default === 'string') return parsed.default
      const first = Object.values(parsed.ports ?? {}).find(v => typeof v === 'string')
      if (typeof first === 'string') return first
    } catch {
      return undefined
    }
  }
  return undefined
}
