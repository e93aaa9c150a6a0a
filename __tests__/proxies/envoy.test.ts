// Envoy, judged without running it (no Envoy binary here): its bootstrap claimed by content, a
// realistic configuration that passes, each breakage failing (or warning) at its line with
// Envoy's fix, its answers recognised (recorded as Envoy and Istio send them), and every problem
// fixed in its YAML.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import { envoy } from '../../src/proxies/envoy/index.js'
import { envoyFix } from '../../src/proxies/envoy/fixes.js'
import type { ConfigCheckOptions, Problem, ResponseEvidence } from '../../src/proxies/proxy.js'
import {
  certificateWorkspace,
  checkOptions,
  edit,
  fixture,
  lineOf,
  only,
  problems,
  type Workspace
} from './traefik-envoy-workspace.js'

let workspace: Workspace
beforeAll(async () => {
  workspace = await certificateWorkspace()
})
afterAll(() => workspace?.close())

const check = (text: string, overrides: Partial<ConfigCheckOptions> = {}) =>
  envoy.checkConfig!({ path: 'envoy/envoy.yaml', text }, checkOptions(workspace.dir, overrides))

const HEALTHY = fixture('envoy/envoy.yaml')
const ROUTE = 'virtual host chat, route /socket'
const MANAGER = 'listener https (chat.example.com), http_connection_manager'
const CHAIN = 'listener https (chat.example.com)'
/** The WebSocket route's own idle_timeout line. */
const ROUTE_IDLE = `${' '.repeat(28)}idle_timeout: 3600s`
/** The WebSocket route without its own idle_timeout: the manager's applies. */
const NO_ROUTE_IDLE = edit(HEALTHY, `\n${ROUTE_IDLE}`, '')

describe('Envoy: a healthy bootstrap passes', () => {
  test('upgrade on, timeouts off or long, TLS 1.2 and 1.3 with browser suites, the full chain read from the repository', async () => {
    const verdict = await check(HEALTHY)
    expect(problems(verdict)).toEqual([])
    expect(verdict.summary).toBe(
      'Envoy configuration: 1 listener, 1 HTTP connection manager, 2 routes, 1 WebSocket route (/socket), TLS on 1 filter chain'
    )
    expect(verdict.details).toEqual([
      'listener https (envoy/envoy.yaml:9, port 443): 1 filter chain',
      `${MANAGER}: common_http_protocol_options.idle_timeout 3600s closes connections with no active stream only, never an open WebSocket`
    ])
  })

  test('a filter chain linked to the run’s wss:// target by its server names', async () => {
    const verdict = await check(HEALTHY, {
      targets: [
        {
          label: 'wss://chat.example.com/socket',
          endpoint: {
            url: 'wss://chat.example.com/socket',
            scheme: 'wss',
            host: 'chat.example.com',
            port: 443,
            path: '/socket',
            addresses: []
          }
        }
      ]
    })
    expect(verdict.details).toContain(
      `${CHAIN} (envoy/envoy.yaml:${lineOf(HEALTHY, 'filter_chain_match')}) serves the target wss://chat.example.com/socket`
    )
  })

  test('JSON field names (filterChains, typedConfig…) read like proto names', async () => {
    // Every snake_case key as its lowerCamelCase JSON name.
    const camel = HEALTHY.replace(
      /^(\s*-?\s*)([a-z]+(?:_[a-z0-9]+)+):/gm,
      (_whole, indent: string, key: string) =>
        `${indent}${key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}:`
    )
    expect(camel).toContain('filterChains:')
    const verdict = await check(camel)
    expect(problems(verdict)).toEqual([])
    expect(verdict.summary).toMatch(/1 WebSocket route \(\/socket\)/)
  })

  test('the route named in websocket-paths is a WebSocket route too', async () => {
    const text = edit(HEALTHY, "prefix: '/socket'", 'prefix: "/live"')
    expect((await check(text, { websocketPaths: ['/live/'] })).summary).toMatch(
      /1 WebSocket route \(\/live\)/
    )
    // Upgrades on for the whole manager and no route told apart: every route may carry them,
    // and only their idle timeouts are judged (the pages' route keeps Envoy's 15 s).
    const guessed = await check(text)
    expect(guessed.summary).toMatch(/2 WebSocket routes \(\/live, \/\)/)
    expect(problems(guessed)).toEqual([])
    expect(guessed.details).toContain(
      `${CHAIN}: upgrade_configs passes WebSockets on every route and none is named like one; name their paths in websocket-paths to have their route timeouts checked`
    )
  })
})

describe('Envoy: each breakage at its line with Envoy’s fix', () => {
  test('idle cut: stream_idle_timeout not longer than idle-timeout fails there', async () => {
    const text = edit(NO_ROUTE_IDLE, 'stream_idle_timeout: 3600s', 'stream_idle_timeout: 30s')
    const verdict = await check(text)
    expect(problems(verdict)).toEqual([
      `fail ${lineOf(text, 'stream_idle_timeout')} ${MANAGER}: idle sockets are cut after 30 s (stream_idle_timeout 30s)`
    ])
    expect(verdict.findings[0].problem).toEqual({
      kind: 'idle-timeout',
      host: 'chat.example.com',
      path: '/socket',
      seconds: 60
    })
    expect(verdict.findings[0].fix?.code?.text).toMatch(
      /stream_idle_timeout: 3600s[\s\S]*timeout: 0s[\s\S]*idle_timeout: 3600s/
    )
  })

  test('idle cut: Envoy’s default 5 minutes fails a 10-minute idle-timeout, at the connection manager', async () => {
    const text = edit(NO_ROUTE_IDLE, /\n {16}stream_idle_timeout: 3600s/, '')
    expect(problems(await check(text))).toEqual([])
    expect(problems(await check(text, { idleTimeoutMs: 600_000 }))).toEqual([
      `fail ${lineOf(text, '- name: envoy.filters.network.http_connection_manager') + 1} ${MANAGER}: idle sockets are cut after 300 s (stream_idle_timeout, Envoy's default)`
    ])
  })

  test('idle cut: the route’s idle_timeout overrides the manager’s, both ways', async () => {
    const short = edit(HEALTHY, ROUTE_IDLE, ROUTE_IDLE.replace('3600s', '45s'))
    expect(problems(await check(short))).toEqual([
      `fail ${lineOf(short, 'idle_timeout: 45s')} ${ROUTE}: idle sockets are cut after 45 s (idle_timeout 45s)`
    ])
    const rescued = edit(HEALTHY, 'stream_idle_timeout: 3600s', 'stream_idle_timeout: 30s')
    expect(problems(await check(rescued))).toEqual([])
    const disabled = edit(rescued, ROUTE_IDLE, ROUTE_IDLE.replace('3600s', '0s'))
    expect(problems(await check(disabled))).toEqual([])
  })

  test('no upgrade_configs: the upgrade is refused (403), a failure at the WebSocket route', async () => {
    const text = edit(HEALTHY, /\n {16}upgrade_configs:\n {18}- upgrade_type: websocket/, '')
    const verdict = await check(text)
    expect(problems(verdict)).toEqual([
      `fail ${lineOf(text, "prefix: '/socket'") - 1} ${ROUTE}: no upgrade_configs with upgrade_type websocket: Envoy answers the upgrade with 403, not 101`
    ])
    expect(verdict.findings[0].problem).toEqual({
      kind: 'upgrade',
      host: 'chat.example.com',
      path: '/socket'
    })
    expect(verdict.findings[0].fix?.code?.text).toMatch(
      /upgrade_configs:\n\s+- upgrade_type: websocket/
    )
  })

  test('the route may turn the upgrade on or off itself', async () => {
    const withoutManager = edit(
      HEALTHY,
      /\n {16}upgrade_configs:\n {18}- upgrade_type: websocket/,
      ''
    )
    const routeOn = edit(
      withoutManager,
      'cluster: chat_realtime',
      'cluster: chat_realtime\n                            upgrade_configs:\n                              - upgrade_type: websocket'
    )
    expect(problems(await check(routeOn))).toEqual([])
    const routeOff = edit(
      HEALTHY,
      'cluster: chat_realtime',
      'cluster: chat_realtime\n                            upgrade_configs:\n                              - upgrade_type: websocket\n                                enabled: false'
    )
    expect(problems(await check(routeOff))).toEqual([
      `fail ${lineOf(routeOff, 'enabled: false')} ${ROUTE}: upgrade_configs websocket enabled: false: Envoy answers the upgrade with 403, not 101`
    ])
  })

  test('route timeout: Envoy’s default 15 s or any other but 0s warns on a WebSocket route', async () => {
    const absent = edit(HEALTHY, /\n {28}timeout: 0s/, '')
    expect(problems(await check(absent))).toEqual([
      `warn ${lineOf(absent, "prefix: '/socket'") - 1} ${ROUTE}: route timeout 15 s (Envoy's default) on a WebSocket route: set timeout: 0s`
    ])
    const set = edit(HEALTHY, 'timeout: 0s', 'timeout: 30s')
    const verdict = await check(set)
    expect(problems(verdict)).toEqual([
      `warn ${lineOf(set, 'timeout: 30s')} ${ROUTE}: route timeout 30s on a WebSocket route: set timeout: 0s`
    ])
    expect(verdict.findings[0].details?.[0]).toMatch(/not compatible with streaming responses/)
  })

  test('max_stream_duration closes every WebSocket after it: a warning', async () => {
    const text = edit(
      HEALTHY,
      '                  idle_timeout: 3600s\n',
      '                  idle_timeout: 3600s\n                  max_stream_duration: 600s\n'
    )
    expect(problems(await check(text))).toEqual([
      `warn ${lineOf(text, 'max_stream_duration')} ${MANAGER}: common_http_protocol_options.max_stream_duration 600s: every WebSocket is closed after 600 s, busy or silent`
    ])
  })

  test('leaf-only chain: counted in certificate_chain, in a static secret, or judged by name', async () => {
    const text = edit(HEALTHY, 'filename: certs/fullchain.pem', 'filename: certs/leaf.pem')
    const verdict = await check(text)
    expect(problems(verdict)).toEqual([
      `fail ${lineOf(text, 'certs/leaf.pem')} ${CHAIN}, tls_certificates[0]: certificate_chain serves the leaf without its intermediates`
    ])
    expect(verdict.findings[0].fix?.code?.text).toMatch(
      /filename: \/etc\/letsencrypt\/live\/chat\.example\.com\/fullchain\.pem/
    )

    const sds = edit(
      edit(
        HEALTHY,
        /tls_certificates:\n\s+- certificate_chain:\n\s+filename: certs\/fullchain.pem\n\s+private_key:\n\s+filename: certs\/privkey.pem\n/,
        'tls_certificate_sds_secret_configs:\n                  - name: chat_cert\n'
      ),
      '  clusters:',
      '  secrets:\n    - name: chat_cert\n      tls_certificate:\n        certificate_chain:\n          filename: certs/leaf.pem\n        private_key:\n          filename: certs/privkey.pem\n  clusters:'
    )
    expect(problems(await check(sds))).toEqual([
      `fail ${lineOf(sds, 'certs/leaf.pem')} ${CHAIN}, secret chat_cert: certificate_chain serves the leaf without its intermediates`
    ])

    const byName = edit(
      HEALTHY,
      'filename: certs/fullchain.pem',
      'filename: /etc/letsencrypt/live/chat.example.com/cert.pem'
    )
    expect(problems(await check(byName))).toEqual([
      `fail ${lineOf(byName, 'cert.pem')} ${CHAIN}, tls_certificates[0]: certificate_chain serves the leaf without its intermediates`
    ])
  })

  test('TLS 1.3 only: a warning by default, a failure when require-tls-versions asks for 1.2', async () => {
    const text = edit(
      HEALTHY,
      'tls_minimum_protocol_version: TLSv1_2',
      'tls_minimum_protocol_version: TLSv1_3'
    )
    const line = lineOf(text, 'tls_minimum_protocol_version')
    expect(problems(await check(text))).toEqual([
      `warn ${line} ${CHAIN}: tls_params TLSv1_3..TLSv1_3 refuses TLS 1.2`
    ])
    const required = await check(text, { requireTlsVersions: ['TLSv1.2', 'TLSv1.3'] })
    expect(problems(required)).toEqual([
      `fail ${line} ${CHAIN}: tls_params TLSv1_3..TLSv1_3 refuses TLS 1.2, which require-tls-versions requires`
    ])
    expect(required.findings[0].fix?.code?.text).toMatch(/tls_minimum_protocol_version: TLSv1_2/)
  })

  /** The healthy chain with TLS 1.2 alone and these cipher_suites. */
  const tls12With = (...suites: string[]): string =>
    edit(
      edit(
        HEALTHY,
        'tls_maximum_protocol_version: TLSv1_3',
        'tls_maximum_protocol_version: TLSv1_2'
      ),
      /cipher_suites:\n(\s+- .+\n)+?(\s+ecdh_curves)/,
      `cipher_suites:\n${suites.map(s => `                    - ${s}\n`).join('')}$2`
    )

  test('TLS 1.2 only with static RSA suites: browsers connect without forward secrecy, a warning at cipher_suites', async () => {
    const text = tls12With('AES128-GCM-SHA256', 'AES256-GCM-SHA384')
    const verdict = await check(text)
    expect(problems(verdict)).toEqual([
      `warn ${lineOf(text, 'tls_maximum_protocol_version')} ${CHAIN}: tls_params TLSv1_2..TLSv1_2 refuses TLS 1.3`,
      `warn ${lineOf(text, 'cipher_suites')} ${CHAIN}: cipher_suites offers no ECDHE suite: browsers connect only with static RSA key exchange (no forward secrecy)`
    ])
    expect(verdict.findings[1].code).toBe('proxy-config-static-rsa')
    expect(verdict.findings[1].fix?.code?.text).toMatch(/ECDHE-RSA-AES128-GCM-SHA256/)
  })

  test('TLS 1.2 only with a suite neither browser offers (3DES): browsers cannot connect, a failure at cipher_suites', async () => {
    const text = tls12With('DES-CBC3-SHA')
    const verdict = await check(text)
    expect(problems(verdict)).toEqual([
      `warn ${lineOf(text, 'tls_maximum_protocol_version')} ${CHAIN}: tls_params TLSv1_2..TLSv1_2 refuses TLS 1.3`,
      `fail ${lineOf(text, 'cipher_suites')} ${CHAIN}: cipher_suites offers no suite browsers offer: browsers cannot connect`
    ])
    expect(verdict.findings[1].code).toBe('proxy-config-ciphers')
  })

  test('ecdh_curves without a group browsers offer fails', async () => {
    const text = edit(
      HEALTHY,
      /ecdh_curves:\n\s+- X25519\n\s+- P-256\n/,
      'ecdh_curves:\n                    - P-521\n'
    )
    expect(problems(await check(text))).toEqual([
      `fail ${lineOf(text, 'ecdh_curves')} ${CHAIN}: ecdh_curves offers no key-exchange group browsers offer: browsers cannot connect`
    ])
  })

  test('a TCP proxy’s idle_timeout cuts idle WebSockets passed through it', async () => {
    const text = [
      'static_resources:',
      '  listeners:',
      '    - name: passthrough',
      '      address: { socket_address: { address: 0.0.0.0, port_value: 8443 } }',
      '      filter_chains:',
      '        - filters:',
      '            - name: envoy.filters.network.tcp_proxy',
      '              typed_config:',
      '                "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
      '                stat_prefix: ws',
      '                cluster: backend',
      '                idle_timeout: 20s'
    ].join('\n')
    expect(problems(await check(text))).toEqual([
      `fail 12 listener passthrough: idle connections are cut after 20 s (tcp_proxy idle_timeout 20s)`
    ])
  })

  test('a file it cannot read is a warning at the line, never a failure', async () => {
    const text = edit(HEALTHY, 'stat_prefix: chat', 'stat_prefix: [chat')
    const verdict = await check(text)
    expect(only(verdict, 'fail')).toEqual([])
    expect(only(verdict, 'warn')).toEqual([
      expect.objectContaining({ title: expect.stringMatching(/^Not checked: not valid YAML/) })
    ])
    expect(verdict.summary).toBe('Envoy configuration: not read')
  })
})

describe('Envoy: claims its own files, by content', () => {
  test.each([
    ['envoy/envoy.yaml', true],
    ['traefik/dynamic.yaml', false],
    ['traefik/dynamic.toml', false],
    ['traefik/ingressroute.yaml', false],
    ['ingress/k8s/websocket-ok.yaml', false],
    ['traefik/not-traefik/h2o.yaml', false],
    ['traefik/not-traefik/docker-compose.yaml', false]
  ])('%s: %s', (path, mine) => {
    expect(envoy.claims!({ path, text: fixture(path) })).toBe(mine)
  })

  test('a file-based LDS answer is Envoy’s; an Istio EnvoyFilter is not', () => {
    expect(
      envoy.claims!({
        path: 'lds.yaml',
        text: 'resources:\n  - "@type": type.googleapis.com/envoy.config.listener.v3.Listener\n    name: https\n'
      })
    ).toBe(true)
    expect(
      envoy.claims!({
        path: 'filter.yaml',
        text: 'apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata:\n  name: ws\nspec:\n  configPatches:\n    - applyTo: NETWORK_FILTER\n      patch:\n        value:\n          name: envoy.filters.network.http_connection_manager\n'
      })
    ).toBe(false)
  })
})

describe('Envoy: told from its answers (recorded as Envoy and Istio send them)', () => {
  const answer = (
    status: number,
    headers: Record<string, string>,
    body?: string
  ): ResponseEvidence => ({ status, headers, body })

  test('Server: envoy, and Istio’s istio-envoy', () => {
    expect(
      envoy.recognise(
        answer(101, {
          upgrade: 'websocket',
          connection: 'upgrade',
          server: 'envoy',
          date: 'Tue, 02 Jun 2026 10:00:00 GMT'
        })
      )
    ).toBe('Server: envoy')
    expect(
      envoy.recognise(
        answer(403, {
          server: 'istio-envoy',
          'content-length': '0',
          'x-envoy-upstream-service-time': '3'
        })
      )
    ).toBe("Server: istio-envoy (Istio's Envoy)")
  })

  test('x-envoy-upstream-service-time when the backend’s Server header passed through', () => {
    expect(
      envoy.recognise(
        answer(
          426,
          { server: 'uvicorn', 'x-envoy-upstream-service-time': '2', 'content-type': 'text/plain' },
          'Upgrade Required'
        )
      )
    ).toBe('x-envoy-upstream-service-time: 2')
  })

  test('its local replies', () => {
    expect(
      envoy.recognise(
        answer(
          503,
          { 'content-type': 'text/plain', 'content-length': '91' },
          'upstream connect error or disconnect/reset before headers. reset reason: connection failure'
        )
      )
    ).toBe(
      'HTTP 503 "upstream connect error or disconnect/reset before headers. reset reason: connection failure" (Envoy\'s local reply)'
    )
    expect(
      envoy.recognise(answer(503, { 'content-type': 'text/plain' }, 'no healthy upstream'))
    ).toBe('HTTP 503 "no healthy upstream" (Envoy\'s local reply)')
    expect(envoy.recognise(answer(504, {}, 'upstream request timeout'))).toBe(
      'HTTP 504 "upstream request timeout" (Envoy\'s local reply)'
    )
  })

  test('not claimed: nginx, Apache, Traefik and Go answers', () => {
    const cases: ResponseEvidence[] = [
      answer(
        502,
        { server: 'nginx/1.22.1', 'content-type': 'text/html' },
        '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n</html>\r\n'
      ),
      answer(101, { server: 'nginx', upgrade: 'websocket', connection: 'upgrade' }),
      answer(
        503,
        { server: 'Apache/2.4.62 (Debian)', 'content-type': 'text/html; charset=iso-8859-1' },
        '<title>503 Service Unavailable</title>'
      ),
      answer(503, { 'content-type': 'text/plain; charset=utf-8' }, 'no available server\n'),
      answer(404, { 'content-type': 'text/plain; charset=utf-8' }, '404 page not found\n')
    ]
    for (const evidence of cases) expect(envoy.recognise(evidence)).toBeUndefined()
  })
})

describe('Envoy: every problem fixed in its YAML', () => {
  const PROBLEMS: Problem[] = [
    { kind: 'upgrade', host: 'chat.example.com', path: '/socket?room=1' },
    { kind: 'idle-timeout', host: 'chat.example.com', path: '/socket', seconds: 7200 },
    { kind: 'full-chain', host: 'chat.example.com' },
    { kind: 'tls-versions', host: 'chat.example.com' },
    { kind: 'browser-ciphers', host: 'chat.example.com', browsersLockedOut: false },
    { kind: 'certificate', host: 'chat.example.com' },
    { kind: 'tls-listener', host: 'chat.example.com', port: 8443, path: '/socket' },
    { kind: 'client-certificate', host: 'chat.example.com' },
    { kind: 'certificate-size', host: 'chat.example.com' }
  ]

  test.each(PROBLEMS.map(p => [p.kind, p] as const))('%s', (_kind, problem) => {
    const fix = envoyFix(problem)
    expect(fix.text.length).toBeGreaterThan(40)
    expect(fix.code?.lang).toBe('yaml')
    expect(() => parse(fix.code!.text)).not.toThrow()
    if (problem.kind !== 'certificate-size')
      expect(`${fix.text}\n${fix.code!.text}`).toContain(problem.host)
  })

  test('the idle-timeout fix: twice the silence, at least an hour; the upgrade fix on the path without its query', () => {
    expect(envoyFix(PROBLEMS[1]).code?.text).toMatch(/stream_idle_timeout: 14400s/)
    expect(envoyFix(PROBLEMS[0]).code?.text).toContain('prefix: "/socket"')
  })
})
