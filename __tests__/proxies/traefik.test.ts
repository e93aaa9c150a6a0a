// Traefik, judged without running it (no Traefik binary here): its files claimed by content,
// realistic configurations in YAML and TOML that pass, each breakage failing at its line with
// Traefik's fix, its own error answers recognised (recorded as Traefik sends them), and every
// problem fixed in its configuration language.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import type { Problem, ResponseEvidence } from '../../src/proxies/proxy.js'
import { traefik } from '../../src/proxies/traefik/index.js'
import { traefikFix } from '../../src/proxies/traefik/fixes.js'
import { tomlTrees } from '../../src/proxies/traefik/toml.js'
import type { TreeNode } from '../../src/proxies/shared/config-tree.js'
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
import type { ConfigCheckOptions } from '../../src/proxies/proxy.js'

let workspace: Workspace
beforeAll(async () => {
  workspace = await certificateWorkspace()
})
afterAll(() => workspace?.close())

const check = (path: string, text: string, overrides: Partial<ConfigCheckOptions> = {}) =>
  traefik.checkConfig!({ path, text }, checkOptions(workspace.dir, overrides))

const DYNAMIC_YAML = fixture('traefik/dynamic.yaml')
const DYNAMIC_TOML = fixture('traefik/dynamic.toml')
const STATIC_YAML = fixture('traefik/traefik.yaml')
const STATIC_TOML = fixture('traefik/traefik.toml')
const RESOURCES = fixture('traefik/ingressroute.yaml')

describe('Traefik: healthy configurations pass', () => {
  test('dynamic YAML: routers, middleware, TLS option and a full chain read from the repository', async () => {
    const verdict = await check('traefik/dynamic.yaml', DYNAMIC_YAML)
    expect(problems(verdict)).toEqual([])
    expect(verdict.summary).toBe(
      'Traefik dynamic configuration (YAML): 2 routers, 1 WebSocket router (chat-ws), 1 middleware, 1 TLS option, 1 certificate'
    )
    expect(verdict.details).toContain(
      'router chat-ws (traefik/dynamic.yaml:5, TLS): Host(`chat.example.com`) && PathPrefix(`/ws`) — WebSocket'
    )
  })

  test('dynamic TOML: the same, with the lines of the TOML file', async () => {
    const verdict = await check('traefik/dynamic.toml', DYNAMIC_TOML)
    expect(problems(verdict)).toEqual([])
    expect(verdict.summary).toBe(
      'Traefik dynamic configuration (TOML): 2 routers, 1 WebSocket router (chat-ws), 1 middleware, 1 TLS option, 1 certificate'
    )
    expect(verdict.details?.[0]).toBe(
      'router chat-ws (traefik/dynamic.toml:3, TLS): Host(`chat.example.com`) && PathPrefix(`/ws`) — WebSocket'
    )
  })

  test('static YAML and TOML: entry point timeouts are no idle cut, and say why', async () => {
    for (const [path, text] of [
      ['traefik/traefik.yaml', STATIC_YAML],
      ['traefik/traefik.toml', STATIC_TOML]
    ]) {
      const verdict = await check(path, text)
      expect(problems(verdict)).toEqual([])
      expect(verdict.summary).toMatch(
        /^Traefik static configuration \((YAML|TOML)\): 2 entry points/
      )
      expect(verdict.details?.join('\n')).toMatch(
        /respondingTimeouts readTimeout 60s.*bound the upgrade request only; Traefik keeps no timeout on an upgraded WebSocket/
      )
    }
  })

  test('a readTimeout shorter than idle-timeout is still no finding: it ends at the upgrade', async () => {
    const text = edit(STATIC_YAML, 'readTimeout: 60s', 'readTimeout: 5s')
    expect(problems(await check('traefik.yaml', text))).toEqual([])
  })

  test("Traefik's Kubernetes resources: IngressRoute, Middleware, TLSOption", async () => {
    const verdict = await check('k8s/chat.yaml', RESOURCES)
    expect(problems(verdict)).toEqual([])
    expect(verdict.summary).toBe(
      'Traefik Kubernetes resources: 2 routers, 1 WebSocket router (IngressRoute chat, route 1), 1 middleware, 1 TLS option'
    )
  })

  test('a router linked to the run’s wss:// target by its Host rule', async () => {
    const verdict = await check('traefik/dynamic.yaml', DYNAMIC_YAML, {
      targets: [
        {
          label: 'wss://chat.example.com/ws',
          endpoint: {
            url: 'wss://chat.example.com/ws',
            scheme: 'wss',
            host: 'chat.example.com',
            port: 443,
            path: '/ws',
            addresses: []
          }
        }
      ]
    })
    expect(verdict.details).toContain(
      'router chat-ws (traefik/dynamic.yaml:5) serves the target wss://chat.example.com/ws'
    )
  })
})

describe('Traefik: each breakage fails at its line with Traefik’s fix', () => {
  test('idle cut: the ingress-nginx provider’s proxyReadTimeout not longer than idle-timeout (YAML and TOML)', async () => {
    const yamlText = edit(STATIC_YAML, 'proxyReadTimeout: 3600', 'proxyReadTimeout: 30')
    const yamlVerdict = await check('traefik.yaml', yamlText)
    expect(problems(yamlVerdict)).toEqual([
      `fail ${lineOf(yamlText, 'proxyReadTimeout')} providers.kubernetesIngressNGINX: idle sockets are cut after 30 s (proxyReadTimeout 30)`
    ])
    const finding = yamlVerdict.findings[0]
    expect(finding.problem).toEqual({
      kind: 'idle-timeout',
      host: 'api.example.com',
      path: '/ws',
      seconds: 60
    })
    expect(finding.fix?.code?.text).toMatch(/proxyReadTimeout: 3600/)

    const tomlText = edit(STATIC_TOML, 'proxyReadTimeout = 3600', 'proxyReadTimeout = 30')
    expect(problems(await check('traefik.toml', tomlText))).toEqual([
      `fail ${lineOf(tomlText, 'proxyReadTimeout')} providers.kubernetesIngressNGINX: idle sockets are cut after 30 s (proxyReadTimeout 30)`
    ])
    // Seconds, as an integer: Traefik refuses "30s" there.
    const unit = edit(STATIC_TOML, 'proxyReadTimeout = 3600', 'proxyReadTimeout = "30s"')
    expect(problems(await check('traefik.toml', unit))).toEqual([
      `warn ${lineOf(unit, 'proxyReadTimeout')} providers.kubernetesIngressNGINX: proxyReadTimeout "30s" is not a number of seconds`
    ])
  })

  test('idle cut: proxyReadTimeout absent is Traefik’s default 60 s, at the provider; a shorter idle-timeout passes it', async () => {
    const text = edit(STATIC_YAML, /\n +proxyReadTimeout: 3600/, '')
    expect(problems(await check('traefik.yaml', text))).toEqual([
      `fail ${lineOf(text, 'kubernetesIngressNGINX')} providers.kubernetesIngressNGINX: idle sockets are cut after 60 s (proxyReadTimeout, Traefik's default)`
    ])
    expect(problems(await check('traefik.yaml', text, { idleTimeoutMs: 30_000 }))).toEqual([])
  })

  test('upgrade stripped: customRequestHeaders Upgrade: "" on the WebSocket router’s middleware (YAML and TOML)', async () => {
    const yamlText = edit(
      DYNAMIC_YAML,
      "X-Forwarded-Proto: 'https'",
      'X-Forwarded-Proto: \'https\'\n          Upgrade: ""'
    )
    const verdict = await check('dynamic.yaml', yamlText)
    expect(problems(verdict)).toEqual([
      `fail ${lineOf(yamlText, 'Upgrade: ""')} middleware secure-headers: customRequestHeaders Upgrade: "" removes the Upgrade header: Traefik does not pass the upgrade (the client gets 400 or 426, not 101)`
    ])
    expect(verdict.findings[0].details).toEqual(['Used by router chat-ws.'])
    expect(verdict.findings[0].problem).toEqual({
      kind: 'upgrade',
      host: 'chat.example.com',
      path: '/ws'
    })
    expect(verdict.findings[0].fix?.text).toMatch(/Traefik passes the WebSocket upgrade by itself/)

    const tomlText = edit(
      DYNAMIC_TOML,
      'X-Forwarded-Proto = "https"',
      'X-Forwarded-Proto = "https"\n      Connection = "keep-alive"'
    )
    expect(problems(await check('dynamic.toml', tomlText))).toEqual([
      `fail ${lineOf(tomlText, 'Connection = ')} middleware secure-headers: customRequestHeaders Connection: "keep-alive" sets Connection to "keep-alive": Traefik does not pass the upgrade (the client gets 400 or 426, not 101)`
    ])
  })

  test('a stripping middleware no WebSocket router uses warns; one in an IngressRoute’s route fails', async () => {
    const unused = edit(
      DYNAMIC_YAML,
      '  services:',
      '    no-upgrade:\n      headers:\n        customRequestHeaders:\n          Upgrade: ""\n\n  services:'
    )
    expect(problems(await check('dynamic.yaml', unused))).toEqual([
      `warn ${lineOf(unused, 'Upgrade: ""')} middleware no-upgrade: customRequestHeaders Upgrade: "" removes the Upgrade header: Traefik does not pass the upgrade on the routers that use it`
    ])
    const resources = edit(
      RESOURCES,
      'X-Forwarded-Proto: https',
      'X-Forwarded-Proto: https\n      Upgrade: ""'
    )
    expect(problems(await check('k8s/chat.yaml', resources))).toEqual([
      `fail ${lineOf(resources, 'Upgrade: ""')} middleware forwarded: customRequestHeaders Upgrade: "" removes the Upgrade header: Traefik does not pass the upgrade (the client gets 400 or 426, not 101)`
    ])
  })

  test('an h2c:// backend behind a WebSocket router fails at its url; behind other routers it is fine', async () => {
    const text = edit(DYNAMIC_YAML, "url: 'http://10.0.0.12:8080'", "url: 'h2c://10.0.0.12:8080'")
    const verdict = await check('dynamic.yaml', text)
    expect(problems(verdict)).toEqual([
      `fail ${lineOf(text, 'h2c://')} service chat-socket: h2c://10.0.0.12:8080: Traefik speaks HTTP/2 to this backend, which carries no WebSocket upgrade`
    ])
    expect(verdict.findings[0].problem).toEqual({
      kind: 'upgrade',
      host: 'chat.example.com',
      path: '/ws'
    })
    const web = edit(DYNAMIC_YAML, "url: 'http://10.0.0.12:3000'", "url: 'h2c://10.0.0.12:3000'")
    expect(problems(await check('dynamic.yaml', web))).toEqual([])
  })

  test('leaf-only chain: counted in the file (YAML and TOML), or judged by certbot’s name', async () => {
    const yamlText = edit(DYNAMIC_YAML, 'certs/fullchain.pem', 'certs/leaf.pem')
    const verdict = await check('dynamic.yaml', yamlText)
    expect(problems(verdict)).toEqual([
      `fail ${lineOf(yamlText, 'certFile')} tls.certificates[0]: certFile serves the leaf without its intermediates`
    ])
    expect(verdict.findings[0].details).toEqual([
      'certs/leaf.pem: 1 certificate: CN=chat.example.com, issued by CN=Chat Test Intermediate, which is not in the file'
    ])
    expect(verdict.findings[0].fix?.code?.text).toMatch(
      /certFile: \/etc\/letsencrypt\/live\/chat\.example\.com\/fullchain\.pem/
    )

    const tomlText = edit(DYNAMIC_TOML, 'certs/fullchain.pem', 'certs/leaf.pem')
    expect(problems(await check('dynamic.toml', tomlText))).toEqual([
      `fail ${lineOf(tomlText, 'certFile')} tls.certificates[0]: certFile serves the leaf without its intermediates`
    ])

    const byName = edit(
      DYNAMIC_YAML,
      'certs/fullchain.pem',
      '/etc/letsencrypt/live/chat.example.com/cert.pem'
    )
    const named = await check('dynamic.yaml', byName)
    expect(problems(named)).toEqual([
      `fail ${lineOf(byName, 'certFile')} tls.certificates[0]: certFile serves the leaf without its intermediates`
    ])
    expect(named.findings[0].details?.[0]).toMatch(/certbot's cert.pem is the leaf alone/)
  })

  test('TLS 1.3 only: a warning by default, a failure when require-tls-versions asks for 1.2 (YAML and TOML)', async () => {
    const yamlText = edit(DYNAMIC_YAML, 'minVersion: VersionTLS12', 'minVersion: VersionTLS13')
    const line = lineOf(yamlText, 'minVersion')
    expect(problems(await check('dynamic.yaml', yamlText))).toEqual([
      `warn ${line} tls.options.modern: minVersion VersionTLS13 refuses TLS 1.2`
    ])
    const required = await check('dynamic.yaml', yamlText, {
      requireTlsVersions: ['TLSv1.2', 'TLSv1.3']
    })
    expect(problems(required)).toEqual([
      `fail ${line} tls.options.modern: minVersion VersionTLS13 refuses TLS 1.2, which require-tls-versions requires`
    ])
    expect(required.findings[0].fix?.code?.text).toMatch(/minVersion: VersionTLS12/)

    const tomlText = edit(
      DYNAMIC_TOML,
      'minVersion = "VersionTLS12"',
      'minVersion = "VersionTLS13"'
    )
    expect(
      problems(await check('dynamic.toml', tomlText, { requireTlsVersions: ['TLSv1.2'] }))
    ).toEqual([
      `fail ${lineOf(tomlText, 'minVersion')} tls.options.modern: minVersion VersionTLS13 refuses TLS 1.2, which require-tls-versions requires`
    ])
  })

  test('legacy TLS 1.0 accepted: a warning, a failure with fail-on-legacy-tls', async () => {
    const text = edit(DYNAMIC_YAML, 'minVersion: VersionTLS12', 'minVersion: VersionTLS10')
    expect(problems(await check('dynamic.yaml', text, { failOnLegacyTls: true }))).toEqual([
      `fail ${lineOf(text, 'minVersion')} tls.options.modern: minVersion VersionTLS10 accepts legacy TLS 1.0, TLS 1.1`
    ])
  })

  test('TLS 1.2 only with static RSA suites: browsers connect without forward secrecy, a warning at cipherSuites (YAML and TOML)', async () => {
    const yamlText = edit(
      DYNAMIC_YAML,
      /cipherSuites:\n(\s+- TLS_\w+\n)+/,
      'maxVersion: VersionTLS12\n      cipherSuites:\n        - TLS_RSA_WITH_AES_128_GCM_SHA256\n        - TLS_RSA_WITH_AES_256_GCM_SHA384\n'
    )
    const verdict = await check('dynamic.yaml', yamlText)
    expect(problems(verdict)).toEqual([
      `warn ${lineOf(yamlText, 'maxVersion')} tls.options.modern: minVersion VersionTLS12, maxVersion VersionTLS12 refuses TLS 1.3`,
      `warn ${lineOf(yamlText, 'cipherSuites')} tls.options.modern: cipherSuites offers no ECDHE suite: browsers connect only with static RSA key exchange (no forward secrecy)`
    ])
    expect(verdict.findings[1]).toMatchObject({
      code: 'proxy-config-static-rsa',
      problem: { kind: 'browser-ciphers', host: 'chat.example.com', browsersLockedOut: false }
    })
    expect(verdict.findings[1].fix?.code?.text).toMatch(/TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256/)

    const tomlText = edit(
      DYNAMIC_TOML,
      /cipherSuites = \[[^\]]+\]/,
      'cipherSuites = ["TLS_RSA_WITH_AES_128_GCM_SHA256"]'
    )
    expect(problems(await check('dynamic.toml', tomlText))).toEqual([
      `warn ${lineOf(tomlText, 'cipherSuites')} tls.options.modern: cipherSuites offers TLS 1.2 clients only static RSA key exchange (no forward secrecy)`
    ])
  })

  test('TLS 1.2 only with suites neither browser offers (3DES, CBC with SHA-256): browsers cannot connect, a failure at cipherSuites', async () => {
    const text = edit(
      DYNAMIC_YAML,
      /cipherSuites:\n(\s+- TLS_\w+\n)+/,
      'maxVersion: VersionTLS12\n      cipherSuites:\n        - TLS_RSA_WITH_3DES_EDE_CBC_SHA\n        - TLS_RSA_WITH_AES_128_CBC_SHA256\n'
    )
    const verdict = await check('dynamic.yaml', text)
    expect(problems(verdict)).toEqual([
      `warn ${lineOf(text, 'maxVersion')} tls.options.modern: minVersion VersionTLS12, maxVersion VersionTLS12 refuses TLS 1.3`,
      `fail ${lineOf(text, 'cipherSuites')} tls.options.modern: cipherSuites offers no suite browsers offer: browsers cannot connect`
    ])
    expect(verdict.findings[1]).toMatchObject({
      code: 'proxy-config-ciphers',
      problem: { kind: 'browser-ciphers', host: 'chat.example.com', browsersLockedOut: true }
    })
  })

  test('curvePreferences without a group browsers offer fails', async () => {
    const text = edit(
      DYNAMIC_YAML,
      /curvePreferences:\n(\s+- \w+\n)+/,
      'curvePreferences:\n        - CurveP521\n'
    )
    expect(problems(await check('dynamic.yaml', text))).toEqual([
      `fail ${lineOf(text, 'curvePreferences')} tls.options.modern: curvePreferences offers no key-exchange group browsers offer: browsers cannot connect`
    ])
  })

  test('lingeringTimeout (v2.11.1 only) warns', async () => {
    const text = edit(
      STATIC_YAML,
      'idleTimeout: 180s',
      'idleTimeout: 180s\n        tcp:\n          lingeringTimeout: 2s'
    )
    expect(problems(await check('traefik.yaml', text))).toEqual([
      `warn ${lineOf(text, 'lingeringTimeout')} entryPoints.websecure: respondingTimeouts.tcp.lingeringTimeout 2s: Traefik v2.11.1 and v3.0.0-rc4 closed WebSockets silent that long; later versions refuse to start with it`
    ])
  })

  test('sniStrict and a wss:// target by IP address: a warning', async () => {
    const verdict = await check('dynamic.yaml', DYNAMIC_YAML, {
      targets: [
        {
          label: 'wss://192.0.2.10/ws',
          endpoint: {
            url: 'wss://192.0.2.10/ws',
            scheme: 'wss',
            host: '192.0.2.10',
            port: 443,
            path: '/ws',
            addresses: []
          }
        }
      ]
    })
    expect(problems(verdict)).toEqual([
      `warn ${lineOf(DYNAMIC_YAML, 'sniStrict')} tls.options.modern: sniStrict refuses clients that send no server name, as wss://192.0.2.10/ws does (an IP address carries no SNI)`
    ])
  })
})

describe('Traefik: a file it cannot read is a warning at the line, never a failure', () => {
  test('YAML', async () => {
    const text = edit(DYNAMIC_YAML, '    chat:\n', '    chat:\n  bad: [\n')
    const verdict = await check('dynamic.yaml', text)
    expect(only(verdict, 'fail')).toEqual([])
    expect(only(verdict, 'warn')[0]).toMatchObject({
      title: expect.stringMatching(/^Not checked: not valid YAML/),
      location: { file: 'dynamic.yaml', line: expect.any(Number) }
    })
  })

  test('TOML', async () => {
    const text = edit(DYNAMIC_TOML, 'service = "chat-socket"', 'service = chat-socket')
    const verdict = await check('dynamic.toml', text)
    expect(problems(verdict)).toEqual([
      `warn ${lineOf(text, 'service = chat-socket')} Not checked: not valid TOML (unexpected value "chat-socket")`
    ])
    expect(verdict.summary).toBe('Traefik configuration (TOML): not read')
  })
})

describe('Traefik: the TOML reader keeps every key’s line', () => {
  const toMap = (node: TreeNode | undefined): unknown => {
    if (!node) return undefined
    if (node.kind === 'scalar') return node.value
    if (node.kind === 'list') return node.items.map(toMap)
    return Object.fromEntries(node.entries.map(e => [`${e.key}@${e.line}`, toMap(e.value)]))
  }

  test('tables, arrays of tables, dotted and quoted keys, strings, numbers, arrays, inline tables', () => {
    const text = [
      '# comment',
      'top = 1_000 # trailing comment',
      '[a.b]',
      '  "X-Header" = ""',
      "  lit = 'C:\\path'",
      '  multi = """',
      'one \\',
      '  two"""',
      '  d.e = true',
      '[[list]]',
      '  x = [1, 2,',
      '    3,]',
      '[[list]]',
      '  y = { z = "w", n = -0.5 }',
      '  when = 1979-05-27T07:32:00Z'
    ].join('\n')
    const { trees, errors } = tomlTrees(text)
    expect(errors).toEqual([])
    expect(toMap(trees[0])).toEqual({
      'top@2': 1000,
      'a@3': {
        'b@3': {
          'X-Header@4': '',
          'lit@5': 'C:\\path',
          'multi@6': 'one two',
          'd@9': { 'e@9': true }
        }
      },
      'list@10': [
        { 'x@11': [1, 2, 3] },
        { 'y@14': { 'z@14': 'w', 'n@14': -0.5 }, 'when@15': '1979-05-27T07:32:00Z' }
      ]
    })
  })

  test('errors name their line', () => {
    expect(tomlTrees('a = 1\nb = "open\n').errors).toEqual([
      { line: 2, message: 'unterminated string' }
    ])
    expect(tomlTrees('a = 1\na = 2\n').errors).toEqual([
      { line: 2, message: 'key "a" is defined twice' }
    ])
    expect(tomlTrees('[t]\nx = [1 2]\n').errors[0].line).toBe(2)
  })
})

describe('Traefik: claims its own files, by content', () => {
  test.each([
    ['traefik/dynamic.yaml', true],
    ['traefik/dynamic.toml', true],
    ['traefik/traefik.yaml', true],
    ['traefik/traefik.toml', true],
    ['traefik/ingressroute.yaml', true],
    ['envoy/envoy.yaml', false],
    ['ingress/k8s/websocket-ok.yaml', false],
    ['traefik/not-traefik/h2o.yaml', false],
    ['traefik/not-traefik/docker-compose.yaml', false],
    ['fix2/nginx/api.conf', false]
  ])('%s: %s', (path, mine) => {
    expect(traefik.claims!({ path, text: fixture(path) })).toBe(mine)
  })

  test('an unparseable Traefik YAML is still claimed (and warned about), other broken YAML is not', () => {
    expect(traefik.claims!({ path: 'x.yaml', text: 'http:\n  routers:\n    a: [\n' })).toBe(true)
    expect(traefik.claims!({ path: 'x.yaml', text: 'services:\n  a: [\n' })).toBe(false)
  })
})

describe('Traefik: told from its own answers (recorded as Traefik sends them)', () => {
  const answer = (
    status: number,
    headers: Record<string, string>,
    body?: string
  ): ResponseEvidence => ({
    status,
    headers,
    body
  })

  test('503 "no available server": a service whose servers are all down', () => {
    expect(
      traefik.recognise(
        answer(
          503,
          {
            'content-type': 'text/plain; charset=utf-8',
            'x-content-type-options': 'nosniff',
            'content-length': '20'
          },
          'no available server\n'
        )
      )
    ).toBe('HTTP 503 "no available server" without a Server header (Traefik: no healthy server)')
  })

  test('502 "Bad Gateway" as a bare text body: its proxy could not reach the backend', () => {
    expect(
      traefik.recognise(
        answer(
          502,
          { 'content-type': 'text/plain; charset=utf-8', 'content-length': '11' },
          'Bad Gateway'
        )
      )
    ).toBe('HTTP 502 "Bad Gateway" without a Server header (Traefik\'s proxy error)')
  })

  test('not claimed: a 101 (the backend’s headers), Go’s 404, nginx and Apache answers', () => {
    const cases: ResponseEvidence[] = [
      answer(101, {
        upgrade: 'websocket',
        connection: 'Upgrade',
        'sec-websocket-accept': 's3pPLMBiTxaQ9kYGzzhZRbK+xOo='
      }),
      answer(
        404,
        { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
        '404 page not found\n'
      ),
      answer(
        502,
        { server: 'nginx/1.22.1', 'content-type': 'text/html' },
        '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n</html>\r\n'
      ),
      answer(
        502,
        { server: 'Apache/2.4.62 (Debian)', 'content-type': 'text/html; charset=iso-8859-1' },
        '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>502 Proxy Error</title>\n'
      ),
      answer(503, { server: 'envoy' }, 'no healthy upstream')
    ]
    for (const evidence of cases) expect(traefik.recognise(evidence)).toBeUndefined()
  })
})

describe('Traefik: every problem fixed in its words', () => {
  const PROBLEMS: Problem[] = [
    { kind: 'upgrade', host: 'chat.example.com', path: '/ws?room=1' },
    { kind: 'idle-timeout', host: 'chat.example.com', path: '/ws', seconds: 120 },
    { kind: 'full-chain', host: 'chat.example.com' },
    { kind: 'tls-versions', host: 'chat.example.com' },
    { kind: 'browser-ciphers', host: 'chat.example.com', browsersLockedOut: true },
    { kind: 'certificate', host: 'chat.example.com' },
    { kind: 'tls-listener', host: 'chat.example.com', port: 8443, path: '/ws' },
    { kind: 'client-certificate', host: 'chat.example.com' },
    { kind: 'certificate-size', host: 'chat.example.com' }
  ]

  test.each(PROBLEMS.map(p => [p.kind, p] as const))('%s', (_kind, problem) => {
    const fix = traefikFix(problem)
    expect(fix.text.length).toBeGreaterThan(40)
    expect(fix.code?.lang).toBe('yaml')
    // Every block pastes as YAML.
    expect(() => parse(fix.code!.text)).not.toThrow()
    if ('host' in problem && problem.kind !== 'certificate-size')
      expect(`${fix.text}\n${fix.code!.text}`).toContain(problem.host)
  })

  test('the idle-timeout fix raises the timeouts past twice the silence, at least an hour', () => {
    expect(traefikFix(PROBLEMS[1]).code?.text).toMatch(/proxyReadTimeout: 3600/)
    expect(
      traefikFix({ kind: 'idle-timeout', host: 'h', path: '/', seconds: 7200 }).code?.text
    ).toMatch(/proxyReadTimeout: 14400/)
    expect(traefikFix(PROBLEMS[0]).code?.text).toContain('PathPrefix(`/ws`)')
  })
})
