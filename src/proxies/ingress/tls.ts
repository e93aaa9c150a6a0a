// TLS for the hosts of an Ingress, as its controller provides it: spec.tls secrets (the NGINX and
// HAProxy controllers), plus router.tls and certificate resolvers (Traefik), an HTTPS listener
// with an ACM certificate and a security policy (AWS Load Balancer Controller: spec.tls hosts only
// steer certificate discovery, its secrets are not used), managed or pre-shared certificates and
// the SSL policy of a FrontendConfig (GKE). Versions are judged like nginx's ssl_protocols:
// TLS 1.2 or 1.3 refused warns (fails when require-tls-versions asks for it), versions under
// min-tls-version warn (fail with fail-on-legacy-tls).
import { isMap, isSeq } from 'yaml'
import type { TlsVersion } from '../../facts.js'
import type { Fix, Location, Status } from '../../findings.js'
import type { IngressContext } from './context.js'
import {
  albListenerFix,
  albPolicyFix,
  gkeCertificateFix,
  gkeSslPolicyFix,
  ingressTlsFix,
  traefikTlsFix
} from './fixes.js'

export function checkTls(ctx: IngressContext): void {
  switch (ctx.controller.id) {
    case 'aws-alb':
      return awsAlb(ctx)
    case 'gke':
      return gke(ctx)
    case 'traefik':
      return traefik(ctx)
    default:
      return secrets(ctx)
  }
}

/** Whether a spec.tls host (maybe `*.example.com`, one label) covers a rule's host. */
export function covers(tlsHost: string, host: string): boolean {
  const t = tlsHost.toLowerCase()
  const h = host.toLowerCase()
  if (t === h) return true
  return t.startsWith('*.') && h.endsWith(t.slice(1)) && !h.slice(0, -t.length + 1).includes('.')
}

const secretFor = (host: string): string =>
  `${host.replace(/\*/g, 'wildcard').replace(/\./g, '-')}-tls`

/** The hosts of spec.tls, warning (when asked) about entries without a secret. */
function tlsHosts(ctx: IngressContext, warnWithoutSecret: boolean): string[] {
  const { ingress, controller, report } = ctx
  const tls = ingress.doc.getIn(['spec', 'tls'], true)
  const covered: string[] = []
  if (!isSeq(tls)) return covered
  tls.items.forEach((entry, i) => {
    if (!isMap(entry)) return
    covered.push(...ingress.strings(['spec', 'tls', i, 'hosts']))
    if (!warnWithoutSecret || entry.get('secretName')) return
    report(
      'warn',
      'proxy-config-default-certificate',
      "a spec.tls entry has no secretName: its hosts get the controller's default certificate",
      ingress.lineOf(['spec', 'tls', i]),
      {
        cause: `Without a secret, ${controller.name} serves its default (self-signed) certificate, which no browser trusts`,
        fix: ingressTlsFix(covered.length > 0 ? covered : ['api.example.com'], 'websocket-tls')
      }
    )
  })
  return covered
}

interface Uncovered {
  title: (host: string) => string
  cause: string
  fix: (host: string) => Fix
  /** 'fail' unless what could cover the host is outside the file (Traefik's static config). */
  status?: Status
  /** The detail when nothing covers any host. */
  none?: string
  /** Who covers the hosts that are covered: "spec.tls". */
  coveredBy?: string
}

/** Each rule host no certificate covers is reported at its line. */
function uncovered(ctx: IngressContext, covered: string[], spec: Uncovered): void {
  const { ingress, report } = ctx
  const rules = ingress.doc.getIn(['spec', 'rules'], true)
  if (!isSeq(rules)) return
  rules.items.forEach((rule, i) => {
    if (!isMap(rule)) return
    const host = rule.get('host')
    if (typeof host !== 'string' || covered.some(t => covers(t, host))) return
    report(
      spec.status ?? 'fail',
      'proxy-config-default-certificate',
      spec.title(host),
      ingress.lineOf(['spec', 'rules', i, 'host'], ['spec', 'rules', i]),
      {
        details: [
          covered.length > 0
            ? `${spec.coveredBy ?? 'spec.tls'} covers: ${covered.join(', ')}`
            : (spec.none ?? 'The Ingress has no spec.tls.')
        ],
        cause: spec.cause,
        fix: spec.fix(host)
      }
    )
  })
}

/** The NGINX and HAProxy controllers: a secret per host under spec.tls. */
function secrets(ctx: IngressContext): void {
  const { controller } = ctx
  const covered = tlsHosts(ctx, true)
  uncovered(ctx, covered, {
    title: host =>
      `host ${host} is not in spec.tls: wss://${host} gets no certificate for its name`,
    cause:
      controller.id === 'ingress-nginx'
        ? 'ingress-nginx terminates TLS for a host only with a certificate listed under spec.tls; others get its default self-signed certificate, and browsers refuse the wss:// handshake'
        : `${controller.name} terminates TLS for a host only with a certificate listed under spec.tls; others get its default certificate (self-signed) or none, and browsers refuse the wss:// handshake`,
    fix: host => ingressTlsFix([host], secretFor(host))
  })
}

const TRAEFIK = 'traefik.ingress.kubernetes.io/'

/** spec.tls only loads certificates in Traefik: TLS on the router needs router.tls (or an entry
 * point with http.tls, which the Ingress cannot show); a certificate resolver covers any host. */
function traefik(ctx: IngressContext): void {
  const { ingress, report } = ctx
  const tls = ingress.doc.getIn(['spec', 'tls'], true)
  const routerTls = ingress.annotation(`${TRAEFIK}router.tls`)?.toLowerCase() === 'true'
  const resolver = ingress.annotation(`${TRAEFIK}router.tls.certresolver`)
  if (isSeq(tls) && tls.items.length > 0 && !routerTls && !resolver)
    report(
      'warn',
      'proxy-config-tls-listener',
      'spec.tls without router.tls: Traefik only loads the certificates, TLS on this router depends on the entry point',
      ingress.lineOf(['spec', 'tls'], ['metadata', 'annotations'], ['metadata']),
      {
        details: [
          `${TRAEFIK}router.tls is not "true": unless the entry point has http.tls in Traefik's static configuration, wss:// to these hosts finds no TLS router.`
        ],
        cause:
          "Traefik's spec.tls selects certificates but does not turn TLS on for the Ingress's router",
        fix: traefikTlsFix()
      }
    )
  // Traefik picks a certificate by SNI among all it loaded: spec.tls secrets without hosts are
  // normal, so only an Ingress without any certificate source leaves its hosts uncovered.
  if (resolver || (isSeq(tls) && tls.items.length > 0)) return
  if (!routerTls) return
  uncovered(ctx, [], {
    // The entry point may name a certificate resolver in the static configuration: a warning.
    status: 'warn',
    title: host =>
      `host ${host} has no certificate on this Ingress: wss://${host} gets Traefik's default one`,
    cause:
      "With router.tls and no spec.tls secret or certificate resolver, Traefik serves its default self-signed certificate (unless a TLSStore or the entry point's certResolver provides one), which no browser trusts",
    fix: host => ingressTlsFix([host], secretFor(host)),
    none: 'The Ingress has no spec.tls and no router.tls.certresolver.'
  })
}

const ALB = 'alb.ingress.kubernetes.io/'
const ALB_DEFAULT_POLICY = 'ELBSecurityPolicy-2016-08'

/** The TLS versions of an ELB security policy, from its name (ELBSecurityPolicy-TLS13-1-2-…:
 * 1.2 and 1.3; -TLS-1-1-…/-FS-1-2-…: from 1.1/1.2 to 1.2; dated ones: 1.0 to 1.2). */
export function albPolicyVersions(policy: string): TlsVersion[] | undefined {
  const all: TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']
  const tls13 = /^ELBSecurityPolicy-TLS13-1-([0-3])-/.exec(policy)
  if (tls13) return all.slice(Number(tls13[1]))
  const tls12 = /^ELBSecurityPolicy-(?:TLS|FS)-1-([0-2])-/.exec(policy)
  if (tls12) return all.slice(Number(tls12[1]), 3)
  if (/^ELBSecurityPolicy-(?:FS-)?20\d\d-\d\d$/.test(policy)) return all.slice(0, 3)
  return undefined
}

function awsAlb(ctx: IngressContext): void {
  const { ingress, report } = ctx
  const listenPorts = ingress.annotation(`${ALB}listen-ports`)
  const certificate = ingress.annotation(`${ALB}certificate-arn`)
  const where = (key: string): Location =>
    ingress.lineOf(
      ['metadata', 'annotations', ALB + key],
      ['metadata', 'annotations'],
      ['metadata']
    )
  let https: boolean
  if (listenPorts !== undefined) {
    let ports: unknown
    try {
      ports = JSON.parse(listenPorts)
    } catch {
      report(
        'warn',
        'proxy-config-invalid-value',
        `${ALB}listen-ports is not JSON: the controller refuses it`,
        where('listen-ports'),
        {
          details: [`${ALB}listen-ports: ${listenPorts}`],
          fix: albListenerFix()
        }
      )
      return
    }
    https =
      Array.isArray(ports) &&
      ports.some(p => typeof p === 'object' && p !== null && 'HTTPS' in (p as object))
  } else https = certificate !== undefined
  if (!https) {
    const hosts = ingress.strings(['spec', 'tls', 0, 'hosts'])
    report(
      'fail',
      'proxy-config-tls-listener',
      'the ALB has no HTTPS listener: wss:// to this Ingress finds no TLS',
      where('listen-ports'),
      {
        details: [
          listenPorts !== undefined
            ? `${ALB}listen-ports: ${listenPorts} names no HTTPS port.`
            : `Without ${ALB}certificate-arn or an HTTPS port in listen-ports, the controller creates an HTTP listener on 80 only${hosts.length > 0 ? ' (spec.tls hosts only steer certificate discovery)' : ''}.`
        ],
        cause: 'The AWS Load Balancer Controller adds an HTTPS listener only when told to',
        fix: albListenerFix()
      }
    )
    return
  }
  const policy = ingress.annotation(`${ALB}ssl-policy`)
  const name = policy ?? ALB_DEFAULT_POLICY
  const versions = albPolicyVersions(name)
  if (!versions) return
  tlsVersions(
    ctx,
    versions,
    policy ? `ssl-policy ${policy}` : `ssl-policy ${name} (the controller's default)`,
    where('ssl-policy'),
    albPolicyFix()
  )
}

const GKE_MANAGED = 'networking.gke.io/managed-certificates'
const GKE_PRE_SHARED = 'ingress.gcp.kubernetes.io/pre-shared-cert'
const GKE_FRONTEND = [
  'networking.gke.io/v1beta1.FrontendConfig',
  'networking.gke.io/v1.FrontendConfig'
]

function gke(ctx: IngressContext): void {
  const { ingress, others } = ctx
  const covered = tlsHosts(ctx, true)
  const managed = (ingress.annotation(GKE_MANAGED) ?? '')
    .split(',')
    .map(n => n.trim())
    .filter(Boolean)
  const preShared = ingress.annotation(GKE_PRE_SHARED)
  let unknown = preShared !== undefined
  for (const name of managed) {
    const certificate = others.find(
      m => m.kind === 'ManagedCertificate' && m.name === name && m.namespace === ingress.namespace
    )
    if (certificate) covered.push(...certificate.strings(['spec', 'domains']))
    else unknown = true
  }
  // A certificate defined elsewhere (pre-shared, or a ManagedCertificate of another file) may
  // cover any host: only what this file shows is judged.
  if (!unknown)
    uncovered(ctx, covered, {
      title: host =>
        `host ${host} has no certificate (spec.tls or managed): wss://${host} gets no certificate for its name`,
      cause:
        "Google's load balancer serves only the certificates of spec.tls secrets, pre-shared certificates and Google-managed ones; a host none covers fails the wss:// handshake",
      fix: host => gkeCertificateFix([host]),
      none: 'The Ingress has no spec.tls and no managed or pre-shared certificate.',
      coveredBy: 'spec.tls (with managed certificates)'
    })
  const hasTls = covered.length > 0 || managed.length > 0 || preShared !== undefined
  if (!hasTls || GKE_FRONTEND.some(key => ingress.annotation(key) !== undefined)) return
  tlsVersions(
    ctx,
    ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'],
    "no SSL policy (no FrontendConfig): Google's default",
    ingress.lineOf(['metadata', 'annotations'], ['metadata']),
    gkeSslPolicyFix()
  )
}

const LABEL: Record<TlsVersion, string> = {
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3'
}
const ORDER: TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']

/** The versions a managed setting offers, judged like nginx's ssl_protocols. */
function tlsVersions(
  ctx: IngressContext,
  offered: TlsVersion[],
  what: string,
  where: Location,
  fix: Fix
): void {
  const { options, report } = ctx
  const required = options.requireTlsVersions ?? []
  for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
    if (offered.includes(version)) continue
    const needed = required.includes(version)
    report(
      needed ? 'fail' : 'warn',
      'proxy-config-tls-versions',
      `${what} refuses ${LABEL[version]}${needed ? ', which require-tls-versions requires' : ''}`,
      where,
      {
        cause:
          version === 'TLSv1.2'
            ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
            : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
        fix
      }
    )
  }
  const floor = ORDER.indexOf(options.minTlsVersion ?? 'TLSv1.2')
  const legacy = offered.filter(v => ORDER.indexOf(v) < floor)
  if (legacy.length > 0)
    report(
      options.failOnLegacyTls ? 'fail' : 'warn',
      'proxy-config-legacy-tls',
      `${what} accepts legacy ${legacy.map(v => LABEL[v]).join(', ')}`,
      where,
      {
        cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
        fix
      }
    )
}
