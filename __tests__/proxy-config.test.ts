// The proxy configuration in the pull request, judged without running it: the healthy nginx block
// (docs/proxies.md) and each variant that breaks WebSockets, each problem at the line that causes it (or
// the block missing a directive) with a fix to paste; Ingress manifests alike.
import { afterEach, describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseConfig, type RawInputs } from '../src/config.js'
import { diagnose } from '../src/doctor.js'
import type { TargetResult } from '../src/results.js'
import { renderAnnotations } from '../src/report/annotations.js'
import { proxyConfigScan } from '../src/scans/proxy-config.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/proxy-config')

/** The scan alone over one fixture tree: its results (no probe runs). */
async function scan(tree: string, inputs: RawInputs = {}): Promise<TargetResult[]> {
  const config = parseConfig(
    {
      urls: 'wss://api.example.com/ws/',
      'config-paths': 'nginx/**/*.conf\nk8s/*.yaml',
      ...inputs
    },
    path.join(FIXTURES, tree)
  )
  const report = await diagnose(config, new Date(), [], [proxyConfigScan])
  return report.results.filter(r => r.target.scan === 'proxy-config')
}

/** "status file:line title" for every finding that is not a pass. */
const problems = (result: TargetResult): string[] =>
  result.findings
    .filter(f => f.status !== 'pass')
    .map(f => `${f.status} ${f.location?.file}:${f.location?.line} ${f.title}`)

const only = async (tree: string, inputs: RawInputs = {}): Promise<TargetResult> => {
  const results = await scan(tree, inputs)
  expect(results).toHaveLength(1)
  return results[0]
}

const TIMEOUT_WARNINGS = [
  "warn nginx/api.conf:8 location /ws/: idle sockets are cut after 60 s (proxy_read_timeout, nginx's default)",
  "warn nginx/api.conf:8 location /ws/: idle sockets are cut after 60 s (proxy_send_timeout, nginx's default)"
]
const HOST_WARNING =
  "warn nginx/api.conf:8 location /ws/: Host not forwarded: the upstream sees the proxy_pass host, not the client's"

describe('nginx: the healthy nginx block', () => {
  test('no error; nginx’s default Host and 60 s timeouts are warnings; the server block names the target it serves', async () => {
    const result = await only('fix2')
    expect(result.target).toEqual({ label: 'nginx/api.conf', scan: 'proxy-config' })
    expect(result.status).toBe('warn')
    expect(problems(result)).toEqual([HOST_WARNING, ...TIMEOUT_WARNINGS])
    expect(result.findings[0]).toMatchObject({
      status: 'pass',
      title: 'nginx configuration: 1 server block, 1 WebSocket location',
      details: [
        'server api.example.com (nginx/api.conf:2, TLS): WebSocket locations /ws/',
        'server api.example.com (nginx/api.conf:2) serves the target wss://api.example.com/ws/'
      ]
    })
  })

  test('a longer idle-timeout: the timeouts must be longer still, and the fix says by how much', async () => {
    const result = await only('default-timeout', { 'idle-timeout': '2h' })
    const read = result.findings.find(f => /proxy_read_timeout/.test(f.title))!
    expect(read.status).toBe('warn')
    expect(read.details).toEqual([
      'proxy_read_timeout 60s (default) is not longer than idle-timeout (7200 s): a WebSocket silent that long is closed by nginx (1006, no close frame).'
    ])
    expect(read.fix?.code?.text).toMatch(/proxy_read_timeout 14400s;/)
  })
})

describe('nginx: each variant that breaks WebSockets', () => {
  test('done when: without proxy_set_header Upgrade, an error at the location’s line with the fix to paste', async () => {
    const result = await only('upgrade-missing')
    expect(result.status).toBe('fail')
    const upgrade = result.findings.find(f => f.status === 'fail')!
    expect(upgrade).toMatchObject({
      check: 'proxy-config',
      title:
        'location /ws/: proxy_set_header Upgrade $http_upgrade is missing: nginx does not pass the upgrade (the client gets 400 or 426, not 101)',
      location: { file: 'nginx/api.conf', line: 8 }
    })
    expect(upgrade.fix?.code).toEqual({
      lang: 'nginx',
      text: [
        'location /ws/ {',
        '    proxy_pass http://127.0.0.1:8001;',
        '    proxy_http_version 1.1;',
        '    proxy_set_header Upgrade $http_upgrade;',
        "    proxy_set_header Connection 'upgrade';",
        '    proxy_set_header Host $host;',
        '    proxy_read_timeout 3600s;',
        '    proxy_send_timeout 3600s;',
        '}'
      ].join('\n')
    })
    // The annotation lands on that line.
    const report = await diagnose(
      parseConfig(
        { urls: 'wss://api.example.com/ws/', 'config-paths': 'nginx/*.conf' },
        path.join(FIXTURES, 'upgrade-missing')
      ),
      new Date(),
      [],
      [proxyConfigScan]
    )
    const { annotations } = renderAnnotations(report, { error: 10, warning: 10, notice: 10 })
    expect(annotations.filter(a => a.level === 'error')).toEqual([
      expect.objectContaining({ file: 'nginx/api.conf', startLine: 8 })
    ])
  })

  test('proxy_http_version 1.0: HTTP/1.0 to the upstream, at the directive', async () => {
    expect(problems(await only('http10'))).toEqual([
      'fail nginx/api.conf:10 location /ws/: HTTP/1.0 to the upstream: no upgrade',
      HOST_WARNING,
      ...TIMEOUT_WARNINGS
    ])
  })

  test('cert.pem: the leaf without intermediates, with the fullchain.pem fix', async () => {
    const result = await only('cert-pem')
    const chain = result.findings.find(f => f.status === 'fail')!
    expect(chain).toMatchObject({
      title:
        'server api.example.com: ssl_certificate cert.pem serves the leaf without intermediates',
      location: { file: 'nginx/api.conf', line: 5 }
    })
    expect(chain.fix?.code?.text).toMatch(
      /^ssl_certificate {5}\/etc\/letsencrypt\/live\/api\.example\.com\/fullchain\.pem;/
    )
  })

  test('ssl_protocols TLSv1.3 alone: a warning like the live check, a failure when 1.2 is required', async () => {
    const warned = (await only('tls13-only')).findings.find(f => /ssl_protocols/.test(f.title))!
    expect(warned).toMatchObject({
      status: 'warn',
      title: 'server api.example.com: ssl_protocols TLSv1.3 refuses TLS 1.2',
      location: { file: 'nginx/api.conf', line: 7 },
      fix: { code: { lang: 'nginx', text: 'ssl_protocols TLSv1.2 TLSv1.3;' } }
    })
    const required = (
      await only('tls13-only', { 'require-tls-versions': '1.2, 1.3' })
    ).findings.find(f => /ssl_protocols/.test(f.title))!
    expect(required.status).toBe('fail')
  })

  test('DHE-only ssl_ciphers without TLS 1.3: browsers cannot connect', async () => {
    const result = await only('dhe-only')
    const ciphers = result.findings.find(f => /ssl_ciphers/.test(f.title))!
    expect(ciphers).toMatchObject({
      status: 'fail',
      title:
        'server api.example.com: ssl_ciphers offers no suite browsers offer: browsers cannot connect',
      location: { file: 'nginx/api.conf', line: 8 }
    })
    expect(ciphers.code).toBe('proxy-config-ciphers')
    expect(ciphers.details).toContain(
      'Selects only suites Chrome and Firefox do not offer: DHE-RSA-AES256-GCM-SHA384, DHE-RSA-AES128-GCM-SHA256.'
    )
    expect(ciphers.fix?.text).toMatch(/^Offer what Chrome and Firefox offer/)
    expect(ciphers.fix?.code?.text).toMatch(/ssl_ciphers ECDHE-/)
  })

  test('static-RSA-only ssl_ciphers without TLS 1.3: browsers connect, without forward secrecy (a warning, as live)', async () => {
    const result = await only('static-rsa-only')
    const ciphers = result.findings.find(f => /ssl_ciphers/.test(f.title))!
    expect(ciphers).toMatchObject({
      status: 'warn',
      code: 'proxy-config-static-rsa',
      title:
        'server api.example.com: ssl_ciphers offers no ECDHE suite: browsers connect only with static RSA key exchange (no forward secrecy)',
      location: { file: 'nginx/api.conf', line: 8 }
    })
    expect(ciphers.fix?.text).toMatch(/^Offer only what browsers offer/)
    expect(ciphers.fix?.code?.text).toMatch(/ssl_ciphers ECDHE-/)
  })

  test('proxy_set_header in the location replaces the server’s upgrade headers: an error that says so', async () => {
    const result = await only('server-override')
    const upgrade = result.findings.find(f => f.status === 'fail')!
    expect(upgrade.location).toEqual({ file: 'nginx/api.conf', line: 13 })
    expect(upgrade.title).toMatch(
      /^location \/socket\.io\/: proxy_set_header Upgrade .* and proxy_set_header Connection 'upgrade' are missing/
    )
    expect(upgrade.details).toContain(
      'proxy_set_header at nginx/api.conf:15 replaces every proxy_set_header inherited from above, including Upgrade (nginx/api.conf:11), Connection (nginx/api.conf:12): nginx inherits an array directive only into a level that sets none of its own.'
    )
    // Everything else is inherited as it should be: no other problem.
    expect(problems(result)).toHaveLength(1)
  })
})

describe('nginx: what passes', () => {
  test('an included snippet holding the headers and timeouts: one result, for the file that includes the others', async () => {
    const results = await scan('include-snippet')
    expect(results.map(r => [r.target.label, r.status])).toEqual([['nginx/nginx.conf', 'pass']])
    expect(results[0].findings[0].details).toEqual([
      'server api.example.com (nginx/sites-enabled/api.conf:1, TLS): WebSocket locations /ws/',
      'server api.example.com (nginx/sites-enabled/api.conf:1) serves the target wss://api.example.com/ws/',
      'Includes read: nginx/sites-enabled/api.conf, nginx/snippets/websocket.conf',
      'include /etc/nginx/mime.types (nginx/nginx.conf:7) not read: no file in the repository matches it'
    ])
  })

  test('the map $http_upgrade idiom (Connection $connection_upgrade) on a path not named like a socket', async () => {
    const result = await only('map-idiom')
    expect(result.status).toBe('pass')
    expect(result.findings[0].title).toBe(
      'nginx configuration: 1 server block, 1 WebSocket location'
    )
  })

  test('a file config-paths lists and another includes is checked once, through the including file', async () => {
    const results = await scan('include-snippet', {
      'config-paths': 'nginx/nginx.conf\nnginx/sites-enabled/*.conf\nnginx/snippets/*.conf'
    })
    expect(results.map(r => [r.target.label, r.status])).toEqual([['nginx/nginx.conf', 'pass']])
  })

  test('websocket-paths marks a location nothing else gives away', async () => {
    const unnamed = await only('plain-path')
    expect(unnamed.status).toBe('pass')
    expect(unnamed.findings[0].title).toBe(
      'nginx configuration: 1 server block, 0 WebSocket locations'
    )
    const named = await only('plain-path', { 'websocket-paths': '/live' })
    expect(problems(named)).toEqual([
      'fail nginx/app.conf:7 location /live/: HTTP/1.0 to the upstream: no upgrade',
      "fail nginx/app.conf:7 location /live/: proxy_set_header Upgrade $http_upgrade and proxy_set_header Connection 'upgrade' are missing: nginx does not pass the upgrade (the client gets 400 or 426, not 101)",
      "warn nginx/app.conf:7 location /live/: Host not forwarded: the upstream sees the proxy_pass host, not the client's",
      "warn nginx/app.conf:7 location /live/: idle sockets are cut after 60 s (proxy_read_timeout, nginx's default)",
      "warn nginx/app.conf:7 location /live/: idle sockets are cut after 60 s (proxy_send_timeout, nginx's default)"
    ])
    expect(named.findings[1].fix?.code?.text).toMatch(
      /^location \/live\/ \{\n {4}proxy_pass http:\/\/app\.internal:8080;/
    )
  })
})

describe('Ingress manifests', () => {
  test('default timeouts, a GRPC backend and a host outside spec.tls; a manifest with long timeouts and a wildcard passes', async () => {
    const results = await scan('ingress')
    expect(results.map(r => [r.target.label, r.status])).toEqual([
      ['k8s/websocket-default.yaml', 'fail'],
      ['k8s/websocket-ok.yaml', 'pass']
    ])
    const [broken, ok] = results
    expect(problems(broken)).toEqual([
      "warn k8s/websocket-default.yaml:16 Ingress prod/chat: idle sockets are cut after 60 s (proxy-read-timeout, ingress-nginx's default)",
      "warn k8s/websocket-default.yaml:16 Ingress prod/chat: idle sockets are cut after 60 s (proxy-send-timeout, ingress-nginx's default)",
      'warn k8s/websocket-default.yaml:16 Ingress prod/chat: backend-protocol GRPC: ingress-nginx does not pass a WebSocket upgrade over it',
      'fail k8s/websocket-default.yaml:34 Ingress prod/chat: host ws.example.com is not in spec.tls: wss://ws.example.com gets no certificate for its name'
    ])
    const tls = broken.findings.find(f => f.status === 'fail')!
    expect(tls.fix?.code).toEqual({
      lang: 'yaml',
      text: 'spec:\n  tls:\n    - hosts:\n        - ws.example.com\n      secretName: ws-example-com-tls'
    })
    expect(broken.findings[1].fix?.code?.text).toMatch(/proxy-read-timeout: "3600"/)
    expect(ok.findings.map(f => f.title)).toEqual(['Kubernetes Ingress manifest: default/chat'])
  })

  test('timeouts at idle-timeout are still too short; longer ones pass', async () => {
    const short = await scan('ingress', {
      'idle-timeout': '3600s',
      'config-paths': 'k8s/websocket-ok.yaml'
    })
    expect(problems(short[0])).toEqual([
      'warn k8s/websocket-ok.yaml:6 Ingress default/chat: idle sockets are cut after 3600 s (proxy-read-timeout)',
      'warn k8s/websocket-ok.yaml:7 Ingress default/chat: idle sockets are cut after 3600 s (proxy-send-timeout)'
    ])
  })
})

describe('the scan in the run', () => {
  const savedPath = process.env.PATH
  afterEach(() => {
    process.env.PATH = savedPath
  })

  test('config-paths matching nothing is one warning', async () => {
    const results = await scan('fix2', { 'config-paths': 'nowhere/*.conf' })
    expect(results.map(r => [r.target.label, r.status, r.findings[0].title])).toEqual([
      ['config-paths', 'warn', 'config-paths matched no readable file (nowhere/*.conf)']
    ])
  })

  test('config-serve without nginx on PATH: the static check, and one warning at the file that nginx is needed', async () => {
    process.env.PATH = '/nonexistent'
    const results = await scan('fix2', { 'config-serve': 'true' })
    expect(results.map(r => r.target.label)).toEqual(['nginx/api.conf'])
    const serve = results[0].findings.filter(f => f.title.startsWith('config-serve'))
    expect(serve).toEqual([
      expect.objectContaining({
        status: 'warn',
        title: 'config-serve: nginx is needed to serve the configuration, and is not on PATH',
        location: { file: 'nginx/api.conf', line: 1 }
      })
    ])
  })

  test('not run without config-paths', () => {
    expect(proxyConfigScan.applies(parseConfig({ urls: 'wss://a.example/' }, FIXTURES))).toBe(false)
  })
})
