// Kubernetes Ingress as a proxy module: which controller implements each Ingress (class,
// IngressClass, annotation prefixes), each controller's timeouts and TLS at their lines, the
// files the module claims, and the ingress-nginx fix for every problem. The first Ingress
// manifests (ingress-nginx) keep their tests in proxy-config.test.ts, through the scan.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkIngress, ingress, type IngressCheckOptions } from '../../src/proxies/ingress/index.js'
import { ingressFix } from '../../src/proxies/ingress/fix.js'
import { haproxySeconds, nginxSeconds } from '../../src/proxies/ingress/durations.js'
import { albPolicyVersions } from '../../src/proxies/ingress/tls.js'
import type { ConfigCheckOptions, Problem, ProblemKind } from '../../src/proxies/proxy.js'

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/proxy-config/ingress'
)
const read = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8')

/** "status line title" of every finding of one controllers/ fixture. */
function check(name: string, options: Partial<IngressCheckOptions> = {}) {
  const file = `controllers/${name}.yaml`
  const verdict = checkIngress(read(file), file, { idleTimeoutMs: 60_000, ...options })
  return {
    verdict,
    lines: verdict.findings.map(f => `${f.status} ${f.location?.line} ${f.title}`)
  }
}

describe('NGINX Ingress Controller (nginx.org)', () => {
  test('its timeouts with nginx time units, and websocket-services missing or leaving a socket service out', () => {
    const { verdict, lines } = check('nginx-inc')
    expect(verdict.details).toEqual([
      'Ingress prod/chat (line 3): NGINX Ingress Controller (ingressClassName nginx, nginx.org/ annotations)',
      'Ingress prod/live (line 28): NGINX Ingress Controller (ingressClassName nginx, nginx.org/ annotations)'
    ])
    expect(lines).toEqual([
      'warn 9 Ingress prod/chat: idle sockets are cut after 30 s (proxy-read-timeout)',
      "warn 9 Ingress prod/chat: idle sockets are cut after 60 s (proxy-send-timeout, NGINX Ingress Controller's default)",
      'warn 9 Ingress prod/chat: nginx.org/websocket-services is not set: NGINX Ingress Controller passes no WebSocket upgrade for this Ingress',
      'warn 58 Ingress prod/live: service notifications looks like a WebSocket service and is not in nginx.org/websocket-services: it gets no upgrade'
    ])
    expect(verdict.findings[0].fix?.code?.text).toBe(
      'metadata:\n  annotations:\n    nginx.org/proxy-read-timeout: "3600s"\n    nginx.org/proxy-send-timeout: "3600s"'
    )
    expect(verdict.findings[2].fix?.code?.text).toMatch(
      /nginx\.org\/websocket-services: "chat-ws"$/
    )
    expect(verdict.findings[3].fix?.code?.text).toMatch(/websocket-services: "feed,notifications"$/)
  })

  test('"1h" and "3600s" are an hour: longer than an idle-timeout of 59 minutes, not of an hour', () => {
    expect(check('nginx-inc', { idleTimeoutMs: 3_540_000 }).lines).not.toContainEqual(
      expect.stringContaining('prod/live: idle sockets')
    )
    expect(check('nginx-inc', { idleTimeoutMs: 3_600_000 }).lines).toEqual(
      expect.arrayContaining([
        'warn 34 Ingress prod/live: idle sockets are cut after 3600 s (proxy-read-timeout)',
        'warn 35 Ingress prod/live: idle sockets are cut after 3600 s (proxy-send-timeout)'
      ])
    )
  })
})

describe('HAProxy controllers', () => {
  test('haproxy.org/timeout-tunnel on an Ingress is ignored; HAProxy Ingress reads it, through an IngressClass', () => {
    const { verdict, lines } = check('haproxy')
    expect(verdict.details).toEqual([
      'Ingress default/chat (line 10): HAProxy Kubernetes Ingress Controller (ingressClassName haproxy, haproxy.org/ annotations)',
      'Ingress default/feed (line 34): HAProxy Ingress (IngressClass edge: haproxy-ingress.github.io/controller)'
    ])
    expect(lines).toEqual([
      'warn 15 Ingress default/chat: haproxy.org/timeout-tunnel is ignored on an Ingress: HAProxy Kubernetes Ingress Controller reads timeout-tunnel from its ConfigMap only',
      'warn 39 Ingress default/feed: idle sockets are cut after 30 s (timeout-tunnel)',
      "warn 43 Ingress default/feed: a spec.tls entry has no secretName: its hosts get the controller's default certificate"
    ])
    expect(verdict.findings[0].fix?.code?.text).toMatch(
      /kind: ConfigMap[\s\S]*timeout-tunnel: "3600s"$/
    )
    expect(verdict.findings[1].fix?.code?.text).toMatch(
      /haproxy-ingress\.github\.io\/timeout-tunnel: "3600s"$/
    )
  })

  test('an idle-timeout of two hours: the 1h default tunnel is too short as well', () => {
    const { lines } = check('haproxy', { idleTimeoutMs: 7_200_000 })
    expect(lines).toContain(
      "warn 15 Ingress default/chat: idle sockets are cut after 3600 s (timeout-tunnel, HAProxy Kubernetes Ingress Controller's default unless its ConfigMap sets it)"
    )
  })
})

describe('Traefik', () => {
  test('spec.tls without router.tls, and the entry point readTimeout no Ingress can raise', () => {
    const { lines, verdict } = check('traefik', { idleTimeoutMs: 90_000 })
    expect(lines).toEqual([
      "warn 9 Ingress default/chat: a WebSocket can be cut after 60 s (the entry point's readTimeout, Traefik 3's default; an Ingress cannot set it)",
      'warn 11 Ingress default/chat: spec.tls without router.tls: Traefik only loads the certificates, TLS on this router depends on the entry point'
    ])
    expect(verdict.findings[0].fix?.code?.text).toMatch(/readTimeout: 3600s$/)
    expect(verdict.findings[1].fix?.code?.text).toMatch(/router\.tls: "true"$/)
    // An idle-timeout under 60 s is not cut by the default.
    expect(check('traefik', { idleTimeoutMs: 30_000 }).lines).toHaveLength(1)
  })

  test('router.tls with no certificate on the Ingress: a warning (the entry point may resolve one)', () => {
    const text = read('controllers/traefik.yaml')
      .replace('router.entrypoints: websecure', 'router.tls: "true"')
      .replace(/ {2}tls:\n.*\n/, '')
    const verdict = checkIngress(text, 'a.yaml', { idleTimeoutMs: 30_000 })
    expect(verdict.findings.map(f => `${f.status} ${f.location?.line} ${f.title}`)).toEqual([
      "warn 11 Ingress default/chat: host chat.example.com has no certificate on this Ingress: wss://chat.example.com gets Traefik's default one"
    ])
    const resolved = text.replace(
      'router.tls: "true"',
      'router.tls: "true"\n    traefik.ingress.kubernetes.io/router.tls.certresolver: le'
    )
    expect(checkIngress(resolved, 'a.yaml', { idleTimeoutMs: 30_000 }).findings).toEqual([])
  })
})

describe('AWS Load Balancer Controller', () => {
  test('no HTTPS listener fails; the ALB’s idle timeout and its default security policy', () => {
    const { lines, verdict } = check('aws-alb', { idleTimeoutMs: 90_000 })
    expect(lines).toEqual([
      "warn 8 Ingress default/chat: idle sockets are cut after 60 s (idle_timeout.timeout_seconds, the ALB's default)",
      'fail 8 Ingress default/chat: the ALB has no HTTPS listener: wss:// to this Ingress finds no TLS',
      'warn 33 Ingress default/feed: idle sockets are cut after 30 s (idle_timeout.timeout_seconds)',
      "warn 31 Ingress default/feed: ssl-policy ELBSecurityPolicy-2016-08 (the controller's default) refuses TLS 1.3",
      "warn 31 Ingress default/feed: ssl-policy ELBSecurityPolicy-2016-08 (the controller's default) accepts legacy TLS 1.0, TLS 1.1"
    ])
    // The fix keeps the annotation's other attributes.
    expect(verdict.findings[2].fix?.code?.text).toMatch(
      /load-balancer-attributes: deletion_protection\.enabled=true,idle_timeout\.timeout_seconds=3600$/
    )
    expect(verdict.findings[1].fix?.code?.text).toMatch(
      /listen-ports: '\[\{"HTTP": 80\}, \{"HTTPS": 443\}\]'/
    )
    expect(verdict.findings[3].fix?.code?.text).toMatch(
      /ssl-policy: ELBSecurityPolicy-TLS13-1-2-2021-06$/
    )
  })

  test('TLS 1.3 required fails, legacy TLS fails with fail-on-legacy-tls', () => {
    const { verdict } = check('aws-alb', { requireTlsVersions: ['TLSv1.3'], failOnLegacyTls: true })
    expect(verdict.findings.filter(f => f.title.includes('ssl-policy')).map(f => f.status)).toEqual(
      ['fail', 'fail']
    )
  })

  test('security policy names give their versions', () => {
    expect(albPolicyVersions('ELBSecurityPolicy-TLS13-1-2-2021-06')).toEqual(['TLSv1.2', 'TLSv1.3'])
    expect(albPolicyVersions('ELBSecurityPolicy-TLS13-1-3-2021-06')).toEqual(['TLSv1.3'])
    expect(albPolicyVersions('ELBSecurityPolicy-TLS-1-2-Ext-2018-06')).toEqual(['TLSv1.2'])
    expect(albPolicyVersions('ELBSecurityPolicy-FS-1-1-2019-08')).toEqual(['TLSv1.1', 'TLSv1.2'])
    expect(albPolicyVersions('ELBSecurityPolicy-2016-08')).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2'])
    expect(albPolicyVersions('MyPolicy')).toBeUndefined()
  })
})

describe('GKE Ingress', () => {
  test('BackendConfig timeoutSec from the same file, the 30 s default, a host no certificate covers, no SSL policy', () => {
    const { lines, verdict } = check('gke')
    expect(verdict.details).toEqual([
      'Ingress default/chat (line 29): GKE Ingress (kubernetes.io/ingress.class gce)'
    ])
    expect(lines).toEqual([
      'warn 8 Ingress default/chat: WebSockets to chat are closed 40 s after they open (timeoutSec)',
      "warn 55 Ingress default/chat: WebSockets to socket are closed 30 s after they open (timeoutSec, GKE's default)",
      'fail 48 Ingress default/chat: host ws.example.com has no certificate (spec.tls or managed): wss://ws.example.com gets no certificate for its name',
      "warn 34 Ingress default/chat: no SSL policy (no FrontendConfig): Google's default accepts legacy TLS 1.0, TLS 1.1"
    ])
    expect(verdict.findings[0].details).toEqual([
      'BackendConfig chat-backend: the backend service timeout is 40 s, not longer than idle-timeout (60 s).'
    ])
    expect(verdict.findings[1].fix?.code?.text).toMatch(
      /kind: BackendConfig[\s\S]*timeoutSec: 3600[\s\S]*cloud\.google\.com\/backend-config: '\{"default": "socket-websocket"\}'/
    )
    expect(verdict.findings[2].fix?.code?.text).toMatch(
      /kind: ManagedCertificate[\s\S]*- ws\.example\.com/
    )
  })

  test('a pre-shared certificate may cover any host; a FrontendConfig sets the SSL policy', () => {
    const text = read('controllers/gke.yaml').replace(
      '    networking.gke.io/managed-certificates: chat-certificate',
      '    ingress.gcp.kubernetes.io/pre-shared-cert: wildcard\n    networking.gke.io/v1beta1.FrontendConfig: modern'
    )
    expect(checkIngress(text, 'gke.yaml', { idleTimeoutMs: 10_000 }).findings).toEqual([])
  })

  test('told by its annotations alone, without a class', () => {
    const text = read('controllers/gke.yaml')
      .replace('    kubernetes.io/ingress.class: gce\n', '')
      .replace(
        'networking.gke.io/managed-certificates',
        'kubernetes.io/ingress.global-static-ip-name'
      )
    expect(checkIngress(text, 'gke.yaml', { idleTimeoutMs: 60_000 }).details).toEqual([
      'Ingress default/chat (line 29): GKE Ingress (kubernetes.io/ingress.global-static-ip-name annotations)'
    ])
  })
})

describe('the module', () => {
  test('claims manifests with an Ingress, not IngressClass or IngressRoute alone', () => {
    expect(ingress.claims?.({ path: 'k8s/a.yaml', text: read('k8s/websocket-ok.yaml') })).toBe(true)
    expect(ingress.claims?.({ path: 'x.yml', text: read('controllers/gke.yaml') })).toBe(true)
    const ingressClass =
      'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata:\n  name: a\n'
    const route = 'apiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: a\n'
    const nginx = 'server {\n    listen 443 ssl;\n    # kind: Ingress\n}\n'
    for (const text of [ingressClass, route, nginx])
      expect(ingress.claims?.({ path: 'a.yaml', text })).toBe(false)
  })

  test('checkConfig: the Ingresses, the controller each was judged for, the findings', async () => {
    const options: ConfigCheckOptions = {
      workspace: FIXTURES,
      idleTimeoutMs: 60_000,
      websocketPaths: [],
      minTlsVersion: 'TLSv1.2',
      failOnLegacyTls: false,
      requireTlsVersions: [],
      targets: []
    }
    const file = 'k8s/websocket-default.yaml'
    const verdict = await ingress.checkConfig!({ path: file, text: read(file) }, options)
    expect(verdict.summary).toBe('Kubernetes Ingress manifest: prod/chat')
    expect(verdict.details).toEqual([
      'Ingress prod/chat (line 10): ingress-nginx (ingressClassName nginx, nginx.ingress.kubernetes.io/ annotations)'
    ])
    expect(verdict.findings.map(f => `${f.status} ${f.location?.line}`)).toEqual([
      'warn 16',
      'warn 16',
      'warn 16',
      'fail 34'
    ])
  })

  test('no Ingress class and no controller annotation: judged for ingress-nginx, as before', () => {
    const text = read('k8s/websocket-ok.yaml').replace(/ {2}annotations:\n(.*\n){2}/, '')
    const verdict = checkIngress(text, 'plain.yaml', { idleTimeoutMs: 60_000 })
    expect(verdict.details).toEqual([
      'Ingress default/chat (line 1): ingress-nginx (no class: judged for ingress-nginx)'
    ])
    expect(verdict.findings.map(f => `${f.location?.line} ${f.title}`)).toEqual([
      "4 Ingress default/chat: idle sockets are cut after 60 s (proxy-read-timeout, ingress-nginx's default)",
      "4 Ingress default/chat: idle sockets are cut after 60 s (proxy-send-timeout, ingress-nginx's default)"
    ])
  })

  test('a class no controller documents, without annotations: judged for ingress-nginx, and said so', () => {
    const text = read('controllers/traefik.yaml')
      .replace('ingressClassName: traefik', 'ingressClassName: public')
      .replace(/ {2}annotations:\n.*\n/, '')
    expect(checkIngress(text, 'a.yaml', { idleTimeoutMs: 60_000 }).details).toEqual([
      'Ingress default/chat (line 2): ingress-nginx (ingressClassName public: unknown class, judged for ingress-nginx)'
    ])
  })

  test('recognises no live answer: ingress-nginx answers as nginx does', () => {
    expect(
      ingress.recognise({
        status: 404,
        headers: { server: 'nginx', 'content-type': 'text/html' },
        body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
      })
    ).toBeUndefined()
  })

  const HOST = 'api.example.com'
  const PROBLEMS: Record<ProblemKind, [Problem, RegExp]> = {
    upgrade: [{ kind: 'upgrade', host: HOST, path: '/ws' }, /backend-protocol: "HTTP"/],
    'idle-timeout': [
      { kind: 'idle-timeout', host: HOST, path: '/ws', seconds: 60 },
      /proxy-read-timeout: "3600"\n.*proxy-send-timeout: "3600"/
    ],
    'full-chain': [{ kind: 'full-chain', host: HOST }, /--cert=fullchain\.pem/],
    'tls-versions': [{ kind: 'tls-versions', host: HOST }, /ssl-protocols: "TLSv1\.2 TLSv1\.3"/],
    'browser-ciphers': [
      { kind: 'browser-ciphers', host: HOST, browsersLockedOut: false },
      /ssl-ciphers: "ECDHE-ECDSA-AES128-GCM-SHA256/
    ],
    certificate: [
      { kind: 'certificate', host: HOST },
      /- api\.example\.com\n {6}secretName: api-example-com-tls/
    ],
    'tls-listener': [
      { kind: 'tls-listener', host: HOST, port: 80, path: '/ws' },
      /^spec:\n {2}tls:/
    ],
    'client-certificate': [
      { kind: 'client-certificate', host: HOST },
      /auth-tls-secret[\s\S]*auth-tls-verify-client: "on"/
    ],
    'certificate-size': [
      { kind: 'certificate-size', host: HOST },
      /secretName: api-example-com-tls/
    ]
  }
  test.each(Object.keys(PROBLEMS) as ProblemKind[])(
    'fix %s: ingress-nginx annotations or ConfigMap',
    kind => {
      const [problem, setting] = PROBLEMS[kind]
      const fix = ingressFix(problem)
      expect(fix.text.length).toBeGreaterThan(40)
      expect(['yaml', 'bash']).toContain(fix.code?.lang)
      expect(fix.code?.text).toMatch(setting)
    }
  )
})

describe('time values as the controllers read them', () => {
  test('nginx: a bare number is seconds; HAProxy: milliseconds', () => {
    expect(nginxSeconds('60')).toBe(60)
    expect(nginxSeconds('1m30s')).toBe(90)
    expect(nginxSeconds('1h')).toBe(3600)
    expect(nginxSeconds('sixty')).toBeUndefined()
    expect(haproxySeconds('30s')).toBe(30)
    expect(haproxySeconds('1h')).toBe(3600)
    expect(haproxySeconds('5000')).toBe(5)
    expect(haproxySeconds('1h30m')).toBeUndefined()
  })
})
