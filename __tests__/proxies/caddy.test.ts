// Caddy (Debian's 2.6.2) in the proxy lab: the real proxy is the oracle for each breakage (a
// `ws` client held idle, openssl s_client for chain, hostname, versions and suites), the static
// check must see on the configuration what the real proxy does, and the fixes, applied to the
// broken configurations, must make the real Caddy healthy.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { createRoot } from '../../src/demo/pki.js'
import type { Finding } from '../../src/findings.js'
import { caddy } from '../../src/proxies/caddy/index.js'
import { caddyFix } from '../../src/proxies/caddy/fix.js'
import { loadCaddyfile } from '../../src/proxies/caddy/parse.js'
import type { ConfigCheckOptions, ConfigVerdict, Problem } from '../../src/proxies/proxy.js'
import type { Target } from '../../src/target.js'
import { caddyLab } from '../fixtures/proxies/caddy.js'
import { nginxLab } from '../fixtures/proxies/nginx.js'
import {
  installed,
  lineOf,
  LAB_HOST,
  LAB_PATH,
  startBackend,
  startProxy,
  type Breakage,
  type LabSetup,
  type ProxyLab,
  type RunningProxy
} from '../fixtures/proxy-lab.js'

const IDLE_CUT_S = 2
const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'proxy-config')
/** What Chrome and Firefox offer over TLS 1.2 with an RSA certificate (OpenSSL names). */
const BROWSER_TLS12 =
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA'

function options(workspace: string, extra: Partial<ConfigCheckOptions> = {}): ConfigCheckOptions {
  return {
    workspace,
    idleTimeoutMs: 5000,
    websocketPaths: [],
    minTlsVersion: 'TLSv1.2',
    failOnLegacyTls: false,
    requireTlsVersions: [],
    targets: [],
    ...extra
  }
}

const problems = (verdict: ConfigVerdict): Finding[] =>
  verdict.findings.filter(f => f.status !== 'pass')
const at = (verdict: ConfigVerdict, line: number): Finding[] =>
  verdict.findings.filter(f => f.location?.line === line)

interface Upgrade {
  status: number
  headers: Record<string, string | undefined>
  socket?: WebSocket
  error?: string
}

/** A WebSocket handshake through the proxy, as a browser on LAB_HOST makes it. */
function upgrade(proxy: RunningProxy): Promise<Upgrade> {
  return new Promise(resolve => {
    // A variable, not a literal: ws passes TLS options (servername) on to tls.connect.
    const tlsOptions = {
      ca: readFileSync(proxy.setup.files.ca),
      servername: LAB_HOST,
      headers: { Host: LAB_HOST },
      handshakeTimeout: 5000
    }
    const socket = new WebSocket(`wss://127.0.0.1:${proxy.port}${LAB_PATH}`, tlsOptions)
    const headers = (raw: NodeJS.Dict<string | string[]>): Record<string, string | undefined> =>
      Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, [v].flat().join(', ')]))
    socket.on('upgrade', res => resolve({ status: 101, headers: headers(res.headers), socket }))
    socket.on('unexpected-response', (_req, res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, headers: headers(res.headers) })
      socket.terminate()
    })
    socket.on('error', err => resolve({ status: 0, headers: {}, error: err.message }))
  })
}

/** Holds an open socket silent for `ms`: 'open' (then proves it still echoes), or when it closed. */
function holdIdle(
  socket: WebSocket,
  ms: number
): Promise<{ closedAfterMs?: number; echo?: string }> {
  const start = Date.now()
  return new Promise(resolve => {
    const timer = setTimeout(() => {
      socket.once('message', data => {
        resolve({ echo: String(data) })
        socket.close()
      })
      socket.send('still there?')
    }, ms)
    socket.once('close', () => {
      clearTimeout(timer)
      resolve({ closedAfterMs: Date.now() - start })
    })
  })
}

/** openssl s_client against the proxy as a client of LAB_HOST that trusts the lab root. */
function sClient(proxy: RunningProxy, ...args: string[]): { verify: string; handshake: boolean } {
  const result = spawnSync(
    'openssl',
    [
      's_client',
      '-connect',
      `127.0.0.1:${proxy.port}`,
      '-servername',
      LAB_HOST,
      '-CAfile',
      proxy.setup.files.ca,
      '-verify_hostname',
      LAB_HOST,
      ...args
    ],
    { input: '', timeout: 10_000 }
  )
  const out = `${result.stdout}${result.stderr}`
  return {
    verify: /Verify return code: (.*)/.exec(out)?.[1] ?? '',
    handshake: !/Cipher is \(NONE\)|alert|errno/.test(out) && /Cipher is /.test(out)
  }
}

const maybe = installed(caddyLab.binary) ? describe : describe.skip

maybe('Caddy in the proxy lab', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>
  beforeAll(async () => {
    backend = await startBackend()
  })
  afterAll(async () => {
    await backend?.close()
  })

  /** Starts `lab` (Caddy unless told) with `breakage` for the tests of one describe block. */
  function running(breakage: Breakage, lab: ProxyLab = caddyLab): () => RunningProxy {
    let proxy: RunningProxy | undefined
    beforeAll(async () => {
      proxy = await startProxy(lab, breakage, {
        backendPort: backend.port,
        idleCutSeconds: IDLE_CUT_S
      })
    })
    afterAll(async () => {
      await proxy?.stop()
    })
    return () => proxy!
  }

  const staticCheck = (proxy: RunningProxy, extra: Partial<ConfigCheckOptions> = {}) =>
    caddy.checkConfig!(
      { path: proxy.config.name, text: proxy.config.text },
      options(proxy.setup.dir, extra)
    )

  /** The fail the static check must give at the breakage's line, with Caddy's fix. */
  async function failsAtBrokenLine(
    proxy: RunningProxy,
    extra: Partial<ConfigCheckOptions> = {}
  ): Promise<Finding> {
    const verdict = await staticCheck(proxy, extra)
    const line = proxy.config.brokenLine!
    const fail = at(verdict, line).find(f => f.status === 'fail')
    expect({ line, fail }).toEqual({ line, fail: expect.objectContaining({ status: 'fail' }) })
    expect(fail!.location).toEqual({ file: 'Caddyfile', line })
    expect(fail!.fix?.code?.lang).toBe('caddy')
    return fail!
  }

  describe('healthy', () => {
    const proxy = running('healthy')
    test('the real Caddy: 101, and a socket silent for idleCut+1 s stays open', async () => {
      const { status, socket, headers } = await upgrade(proxy())
      expect(status).toBe(101)
      expect(await holdIdle(socket!, (IDLE_CUT_S + 1) * 1000)).toEqual({ echo: 'still there?' })
      expect(sClient(proxy())).toEqual({ verify: '0 (ok)', handshake: true })
      expect(sClient(proxy(), '-tls1_2', '-cipher', BROWSER_TLS12).handshake).toBe(true)
      // recognise: Caddy names itself on the 101 it proxies.
      expect(caddy.recognise({ status, headers })).toBe('Server: Caddy')
    })
    test('the static check: a pass summary, no warn or fail', async () => {
      const verdict = await staticCheck(proxy(), {
        requireTlsVersions: ['TLSv1.2', 'TLSv1.3']
      })
      expect(problems(verdict)).toEqual([])
      expect(verdict.summary).toBe('Caddyfile: 1 site (1 with TLS), 1 WebSocket route')
    })
  })

  describe('idle-cut', () => {
    const proxy = running('idle-cut')
    test(`the real Caddy cuts a silent socket after about ${IDLE_CUT_S} s`, async () => {
      const { status, socket } = await upgrade(proxy())
      expect(status).toBe(101)
      const { closedAfterMs } = await holdIdle(socket!, (IDLE_CUT_S + 2) * 1000)
      expect(closedAfterMs).toBeGreaterThanOrEqual(IDLE_CUT_S * 1000 - 300)
      expect(closedAfterMs).toBeLessThan(IDLE_CUT_S * 1000 + 1500)
    })
    test('the static check fails at read_timeout', async () => {
      const fail = await failsAtBrokenLine(proxy())
      expect(fail.title).toContain('read_timeout 2s')
      expect(fail.fix!.code!.text).toContain('read_timeout 1h')
    })
  })

  describe('no-upgrade', () => {
    const proxy = running('no-upgrade')
    test('the real Caddy answers the upgrade with the backend’s 426, not 101', async () => {
      const { status, headers } = await upgrade(proxy())
      expect(status).toBe(426)
      expect(caddy.recognise({ status, headers })).toBe('Server: Caddy')
    })
    test('the static check fails at header_up -Upgrade', async () => {
      const fail = await failsAtBrokenLine(proxy())
      expect(fail.fix!.code!.text).toContain(`reverse_proxy ${LAB_PATH}* 127.0.0.1:`)
      expect(fail.fix!.code!.text).not.toContain('header_up')
    })
  })

  describe('leaf-only', () => {
    const proxy = running('leaf-only')
    test('the real Caddy sends the leaf alone: the chain does not verify', async () => {
      expect(sClient(proxy()).verify).toBe('21 (unable to verify the first certificate)')
      // Node 24 adds a hint about --use-system-ca to the same message.
      expect((await upgrade(proxy())).error).toMatch(/^unable to verify the first certificate/)
    })
    test('the static check counts one certificate in the file and fails at tls', async () => {
      const fail = await failsAtBrokenLine(proxy())
      expect(fail.title).toContain('serves the leaf without intermediates')
    })
  })

  describe('tls13-only', () => {
    const proxy = running('tls13-only')
    test('the real Caddy refuses TLS 1.2 and takes TLS 1.3', () => {
      expect(sClient(proxy(), '-tls1_2').handshake).toBe(false)
      expect(sClient(proxy(), '-tls1_3').handshake).toBe(true)
    })
    test('the static check: refusing TLS 1.2 fails where required, warns by default', async () => {
      await failsAtBrokenLine(proxy(), { requireTlsVersions: ['TLSv1.2', 'TLSv1.3'] })
      const verdict = await staticCheck(proxy())
      expect(at(verdict, proxy().config.brokenLine!).map(f => f.status)).toEqual(['warn'])
    })
  })

  describe('bad-ciphers', () => {
    const proxy = running('bad-ciphers')
    test('the real Caddy refuses the ECDHE suites browsers offer first, and TLS 1.3, and takes static RSA, which they offer last', () => {
      expect(sClient(proxy(), '-tls1_2', '-cipher', BROWSER_TLS12).handshake).toBe(false)
      expect(sClient(proxy(), '-tls1_3').handshake).toBe(false)
      expect(sClient(proxy(), '-tls1_2', '-cipher', 'AES128-GCM-SHA256').handshake).toBe(true)
    })
    test('the static check warns at ciphers: browsers connect only with static RSA, as live', async () => {
      const verdict = await staticCheck(proxy())
      const line = proxy().config.brokenLine!
      const [warn, ...others] = at(verdict, line).filter(
        f => f.code !== 'proxy-config-tls-versions'
      )
      expect({ line, warn, others }).toEqual({
        line,
        warn: expect.objectContaining({ status: 'warn', code: 'proxy-config-static-rsa' }),
        others: []
      })
      expect(warn.title).toContain('browsers connect only with static RSA key exchange')
      expect(warn.fix!.code!.text).toContain('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256')
      expect(problems(verdict).filter(f => f.status === 'fail')).toEqual([])
    })
  })

  describe('wrong-host', () => {
    const proxy = running('wrong-host')
    test('the real Caddy serves the other.lab.test certificate for ws.lab.test', async () => {
      expect(sClient(proxy()).verify).toBe('62 (hostname mismatch)')
      expect((await upgrade(proxy())).error).toContain('does not match certificate')
    })
    test('the static check reads the certificate and fails at tls', async () => {
      const fail = await failsAtBrokenLine(proxy())
      expect(fail.title).toContain(`does not cover ${LAB_HOST}`)
    })
  })

  /** The lab, with the reverse_proxy block replaced by the one `fix` pastes (its backend ours). */
  function fixedLab(kind: 'idle-timeout' | 'upgrade'): ProxyLab {
    return {
      ...caddyLab,
      configure(breakage: Breakage, setup: LabSetup) {
        const config = caddyLab.configure(breakage, setup)
        const problem: Problem =
          kind === 'upgrade'
            ? { kind, host: LAB_HOST, path: LAB_PATH }
            : { kind, host: LAB_HOST, path: LAB_PATH, seconds: 5 }
        const pasted = reverseProxyBlock(caddyFix(problem).code!.text).replace(
          '127.0.0.1:8080',
          `127.0.0.1:${setup.backendPort}`
        )
        const broken = reverseProxyBlock(config.text)
        expect(config.text).toContain(broken)
        return { ...config, text: config.text.replace(broken, pasted), brokenLine: undefined }
      }
    }
  }

  describe('idle-cut with the idle-timeout fix pasted', () => {
    const proxy = running('idle-cut', fixedLab('idle-timeout'))
    test('the real Caddy keeps a silent socket open; the static check passes it', async () => {
      const { status, socket } = await upgrade(proxy())
      expect(status).toBe(101)
      expect(await holdIdle(socket!, (IDLE_CUT_S + 1) * 1000)).toEqual({ echo: 'still there?' })
      expect(problems(await staticCheck(proxy()))).toEqual([])
    })
  })

  describe('no-upgrade with the upgrade fix pasted', () => {
    const proxy = running('no-upgrade', fixedLab('upgrade'))
    test('the real Caddy answers 101; the static check passes it', async () => {
      const { status, socket } = await upgrade(proxy())
      socket?.terminate()
      expect(status).toBe(101)
      expect(problems(await staticCheck(proxy()))).toEqual([])
    })
  })

  /** The healthy lab with lines added: in reverse_proxy's block, the site, the global options. */
  function variantLab(lines: { proxy?: string[]; site?: string[]; global?: string[] }): ProxyLab {
    return {
      ...caddyLab,
      configure(breakage: Breakage, setup: LabSetup) {
        const config = caddyLab.configure(breakage, setup)
        const rp = reverseProxyBlock(config.text)
        const text = config.text
          .replace(rp, lines.proxy ? [`${rp} {`, ...lines.proxy, '\t}'].join('\n') : rp)
          .replace('\tbind 127.0.0.1', ['\tbind 127.0.0.1', ...(lines.site ?? [])].join('\n'))
          .replace('\tadmin off', ['\tadmin off', ...(lines.global ?? [])].join('\n'))
        return { ...config, text }
      }
    }
  }

  // Measured on Caddy 2.6.2: what else stops the upgrade, and what looks like it would but does not.
  interface UpgradeVariant {
    name: string
    lines: { proxy?: string[]; site?: string[] }
    status: number
    /** The directive the static check must fail at; none when the upgrade survives. */
    directive?: string
  }
  const upgradeVariants: UpgradeVariant[] = [
    {
      name: 'header_up -Connection',
      lines: { proxy: ['\t\theader_up -Connection'] },
      status: 426,
      directive: 'header_up'
    },
    {
      name: 'header_up Connection close',
      lines: { proxy: ['\t\theader_up Connection close'] },
      status: 426,
      directive: 'header_up'
    },
    {
      name: "Caddy 1's {>Connection}",
      lines: { proxy: ['\t\theader_up Connection {>Connection}'] },
      status: 426,
      directive: 'header_up'
    },
    {
      name: "Caddy 1's {>Upgrade}",
      lines: { proxy: ['\t\theader_up Upgrade {>Upgrade}'] },
      status: 400,
      directive: 'header_up'
    },
    {
      name: 'transport http { versions h2c 2 }',
      lines: { proxy: ['\t\ttransport http {', '\t\t\tversions h2c 2', '\t\t}'] },
      status: 502,
      directive: 'versions'
    },
    {
      name: 'request_header -Upgrade in the site',
      lines: { site: ['\trequest_header -Upgrade'] },
      status: 426,
      directive: 'request_header'
    },
    {
      name: 'header_up Connection Upgrade',
      lines: { proxy: ['\t\theader_up Connection Upgrade'] },
      status: 101
    },
    {
      name: 'the request’s own Upgrade and Connection',
      lines: {
        proxy: [
          '\t\theader_up Upgrade {http.request.header.Upgrade}',
          '\t\theader_up Connection {http.request.header.Connection}'
        ]
      },
      status: 101
    }
  ]
  test.each(upgradeVariants)(
    '$name: the real Caddy answers $status, the static check agrees',
    async ({ lines, status, directive }) => {
      const proxy = await startProxy(variantLab(lines), 'healthy', {
        backendPort: backend.port,
        idleCutSeconds: IDLE_CUT_S
      })
      try {
        const answer = await upgrade(proxy)
        answer.socket?.terminate()
        expect(answer.status).toBe(status)
        const verdict = await staticCheck(proxy)
        const expected = directive
          ? [['fail', lineOf(proxy.config.text, new RegExp(`^\\s*${directive} `))]]
          : []
        expect(problems(verdict).map(f => [f.status, f.location!.line])).toEqual(expected)
      } finally {
        await proxy.stop()
      }
    }
  )

  describe('write_timeout and the server timeouts (read_body, write, idle) at 2 s', () => {
    const proxy = running(
      'healthy',
      variantLab({
        proxy: ['\t\ttransport http {', `\t\t\twrite_timeout ${IDLE_CUT_S}s`, '\t\t}'],
        global: [
          '\tservers {',
          '\t\ttimeouts {',
          ...['read_body', 'write', 'idle'].map(t => `\t\t\t${t} ${IDLE_CUT_S}s`),
          '\t\t}',
          '\t}'
        ]
      })
    )
    test('do not cut a silent WebSocket in the real Caddy, nor in the static check', async () => {
      const { status, socket } = await upgrade(proxy())
      expect(status).toBe(101)
      expect(await holdIdle(socket!, (IDLE_CUT_S + 1) * 1000)).toEqual({ echo: 'still there?' })
      expect(problems(await staticCheck(proxy()))).toEqual([])
    })
  })
})

/** The `reverse_proxy` line of a Caddyfile and, when it opens one, its block (tab-indented). */
function reverseProxyBlock(text: string): string {
  const lines = text.split('\n')
  const start = lines.findIndex(l => /^\treverse_proxy /.test(l))
  if (!lines[start].endsWith('{')) return lines[start]
  const end = lines.findIndex((l, i) => i > start && l === '\t}')
  return lines.slice(start, end + 1).join('\n')
}

/** A lab setup with made-up paths: enough to write configurations, not to run them. */
const paperSetup: LabSetup = {
  dir: '/srv/lab',
  files: Object.fromEntries(
    [
      'ca',
      'fullchain',
      'leaf',
      'chain',
      'key',
      'fullchainWithKey',
      'leafWithKey',
      'otherFullchain',
      'otherKey',
      'otherWithKey',
      'dhparam'
    ].map(name => [name, `/srv/lab/${name}.pem`])
  ) as unknown as LabSetup['files'],
  port: 8443,
  backendPort: 8080,
  idleCutSeconds: IDLE_CUT_S
}

describe('Caddyfiles of a repository', () => {
  const read = (file: string) => ({
    path: file,
    text: readFileSync(path.join(FIXTURES, file), 'utf8')
  })

  test('a healthy Caddyfile (snippet, Upgrade header matcher, handle_path) passes', async () => {
    const file = read('caddy/healthy/Caddyfile')
    expect(caddy.claims!(file)).toBe(true)
    const verdict = await caddy.checkConfig!(file, options(FIXTURES, { idleTimeoutMs: 60_000 }))
    expect(problems(verdict)).toEqual([])
    expect(verdict.summary).toBe('Caddyfile: 2 sites (1 with TLS), 1 WebSocket route')
    // The API's read_timeout 30s is not a WebSocket route's.
    expect(verdict.details!.join('\n')).toContain('reverse_proxy * not judged for idle cuts')
  })

  test('a broken Caddyfile fails at each line that breaks WebSockets, imports included', async () => {
    const file = read('caddy/broken/Caddyfile')
    expect(caddy.claims!(file)).toBe(true)
    const verdict = await caddy.checkConfig!(file, options(FIXTURES, { idleTimeoutMs: 60_000 }))
    const lines = (text: string): number =>
      file.text.split('\n').findIndex(l => l.includes(text)) + 1
    const found = problems(verdict).map(f => [f.status, f.location!.file, f.location!.line])
    expect(found).toEqual(
      expect.arrayContaining([
        ['fail', 'caddy/broken/Caddyfile', lines('cert.pem')],
        ['warn', 'caddy/broken/Caddyfile', lines('protocols tls1.3')],
        ['fail', 'caddy/broken/Caddyfile', lines('{>Connection}')],
        ['fail', 'caddy/broken/Caddyfile', lines('read_timeout 60s')],
        ['warn', 'caddy/broken/sites/admin.caddy', 2],
        ['fail', 'caddy/broken/sites/admin.caddy', 4]
      ])
    )
    expect(found).toHaveLength(6)
    expect(verdict.included).toEqual(['caddy/broken/sites/admin.caddy'])
    for (const f of problems(verdict)) expect(f.fix?.code?.lang).toBe('caddy')
  })

  test('a wss:// target marks its route, and a plain-HTTP site for it fails', async () => {
    const target = (url: string): Target => {
      const u = new URL(url)
      return {
        label: url,
        endpoint: {
          url,
          scheme: 'wss',
          host: u.hostname,
          port: Number(u.port || 443),
          path: u.pathname,
          addresses: []
        }
      }
    }
    const text = [
      'app.example.com {',
      '\treverse_proxy /api/* api:3000',
      '\treverse_proxy app:8080 {',
      '\t\ttransport http {',
      '\t\t\tread_timeout 10s',
      '\t\t}',
      '\t}',
      '}',
      'http://plain.example.com {',
      '\treverse_proxy app:8080',
      '}'
    ].join('\n')
    const verdict = await caddy.checkConfig!(
      { path: 'Caddyfile', text },
      options(FIXTURES, {
        idleTimeoutMs: 60_000,
        targets: [target('wss://app.example.com/live'), target('wss://plain.example.com/live')]
      })
    )
    expect(problems(verdict).map(f => [f.status, f.location!.line])).toEqual([
      ['fail', 5],
      ['fail', 9]
    ])
  })

  test('newer Caddy: stream_timeout cuts every WebSocket; write_timeout cuts no idle one', async () => {
    const text = [
      'ws.example.com {',
      '\treverse_proxy /ws/* app:8080 {',
      '\t\tstream_timeout 30s',
      '\t\ttransport http {',
      '\t\t\twrite_timeout 5s',
      '\t\t\tread_timeout 2h',
      '\t\t}',
      '\t}',
      '}'
    ].join('\n')
    const verdict = await caddy.checkConfig!(
      { path: 'Caddyfile', text },
      options(FIXTURES, { idleTimeoutMs: 60_000 })
    )
    expect(problems(verdict).map(f => [f.status, f.location!.line, f.title])).toEqual([
      [
        'fail',
        3,
        'site ws.example.com, reverse_proxy /ws/* app:8080: every WebSocket is closed 30 s after it opened (stream_timeout 30s)'
      ]
    ])
  })

  test('ciphers: ECDHE passes, static RSA alone warns (browsers take it last), suites no browser offers fail without TLS 1.3', async () => {
    const judge = async (ciphers: string, protocols = 'tls1.2 tls1.2') => {
      const text = `api.example.com {\n\ttls {\n\t\tprotocols ${protocols}\n\t\tciphers ${ciphers}\n\t}\n\treverse_proxy app:8080\n}\n`
      const verdict = await caddy.checkConfig!({ path: 'Caddyfile', text }, options(FIXTURES))
      return at(verdict, 4).map(f => [f.status, f.code, f.title, f.fix?.text.split(':')[0]])
    }
    expect(
      await judge('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 TLS_RSA_WITH_AES_128_GCM_SHA256')
    ).toEqual([])
    expect(await judge('TLS_RSA_WITH_AES_128_GCM_SHA256 TLS_RSA_WITH_AES_256_CBC_SHA')).toEqual([
      [
        'warn',
        'proxy-config-static-rsa',
        'site api.example.com: ciphers offers no ECDHE suite: browsers connect only with static RSA key exchange (no forward secrecy)',
        'Offer TLS 1.2 clients what browsers offer'
      ]
    ])
    expect(await judge('TLS_RSA_WITH_AES_128_GCM_SHA256', 'tls1.2')).toEqual([
      [
        'warn',
        'proxy-config-static-rsa',
        'site api.example.com: ciphers offers TLS 1.2 clients only static RSA key exchange (no forward secrecy)',
        'Offer TLS 1.2 clients what browsers offer'
      ]
    ])
    // Go has no DHE: what no browser offers is 3DES, or CBC with SHA-256.
    expect(await judge('TLS_RSA_WITH_3DES_EDE_CBC_SHA TLS_RSA_WITH_AES_128_CBC_SHA256')).toEqual([
      [
        'fail',
        'proxy-config-ciphers',
        'site api.example.com: ciphers offers no suite browsers offer: browsers cannot connect',
        'Offer what Chrome and Firefox offer'
      ]
    ])
  })

  test('what this reader cannot follow is a warning at its line, never a failure', async () => {
    const cases: [string, number][] = [
      ['example.com {\n\treverse_proxy app:8080 {\n\t\ttransport http {\n\t}\n', 2],
      ['example.com {\n\trespond "unclosed\n}\n', 2],
      ['example.com {\n\treverse_proxy app:8080\n}\n}\n', 4],
      ['example.com\n{\n\treverse_proxy app:8080\n}\n', 2]
    ]
    for (const [text, line] of cases) {
      const verdict = await caddy.checkConfig!({ path: 'Caddyfile', text }, options(FIXTURES))
      expect(verdict.findings.map(f => [f.status, f.location?.line])).toEqual([['warn', line]])
    }
  })

  test('claims Caddyfiles by content, never nginx, HAProxy, Apache, lighttpd or YAML', () => {
    const claims = (text: string): boolean => caddy.claims!({ path: 'some.conf', text })
    for (const breakage of ['healthy', 'idle-cut', 'no-upgrade'] as const)
      expect(claims(caddyLab.configure(breakage, paperSetup).text)).toBe(true)
    expect(claims('example.com\nreverse_proxy localhost:3000\n')).toBe(true)
    expect(claims('{\n\temail ops@example.com\n}\n\nexample.com {\n\troot * /srv\n}\n')).toBe(true)

    expect(claims(nginxLab.configure('healthy', paperSetup).text)).toBe(false)
    expect(claims(read('fix2/nginx/api.conf').text)).toBe(false)
    expect(claims(read('ingress/k8s/websocket-default.yaml').text)).toBe(false)
    expect(
      claims(
        'global\n    log stdout format raw local0\ndefaults\n    mode http\n    timeout tunnel 1h\nfrontend wss\n    bind 127.0.0.1:443 ssl crt /etc/haproxy/site.pem\n    default_backend app\nbackend app\n    server app1 127.0.0.1:8080\n'
      )
    ).toBe(false)
    expect(
      claims(
        '<VirtualHost *:443>\n    ServerName ws.example.com\n    SSLEngine on\n    RewriteEngine on\n    RewriteCond %{HTTP:Upgrade} websocket [NC]\n    RewriteRule /(.*) ws://app:8080/$1 [P,L]\n</VirtualHost>\n'
      )
    ).toBe(false)
    expect(
      claims(
        'server.modules += ( "mod_proxy", "mod_openssl" )\n$SERVER["socket"] == ":443" {\n    ssl.engine = "enable"\n    proxy.server = ( "/ws" => (( "host" => "127.0.0.1", "port" => 8080 )) )\n    proxy.header = ( "upgrade" => "enable" )\n}\n'
      )
    ).toBe(false)
    expect(claims('http:\n  routers:\n    ws:\n      rule: Host(`ws.example.com`)\n')).toBe(false)
    // Caddy's JSON configuration: not claimed (no lines to point findings at).
    expect(claims('{"apps":{"http":{"servers":{}}}}')).toBe(false)
    expect(claims('{\n  "admin": { "disabled": true },\n  "apps": {}\n}\n')).toBe(false)
  })
})

describe('the Caddyfile reader', () => {
  test('reads words as Caddy does: quotes, comments, continued lines, heredocs, snippets', async () => {
    const text = [
      '# a comment',
      '(proxied) {',
      '\treverse_proxy {args[0]} {args.1} {',
      '\t\theader_up -Upgrade # a comment after words',
      '\t}',
      '}',
      'example.com, \\',
      '  www.example.com {',
      '\trespond "a # in quotes \\" and',
      'a second line" 200',
      '\tpath_regexp /a#b',
      '\timport proxied /ws/* app:80',
      '\trespond <<HTML',
      '\t\t<p>{</p>',
      '\t\tHTML 200',
      '\treverse_proxy /live* \\',
      '\t\tapp:81',
      '\trespond `raw "x"`',
      '}'
    ].join('\n')
    const config = await loadCaddyfile(FIXTURES, 'Caddyfile', text)
    const [site] = config.sites
    expect(site.addresses).toEqual(['example.com', 'www.example.com'])
    expect(
      site.directives.map(d => [d.line, d.name, ...d.args, ...(d.block ?? []).map(b => b.line)])
    ).toEqual([
      [9, 'respond', 'a # in quotes " and\na second line', '200'],
      [11, 'path_regexp', '/a#b'],
      [3, 'reverse_proxy', '/ws/*', 'app:80', 4],
      [13, 'respond', '<p>{</p>', '200'],
      [16, 'reverse_proxy', '/live*', 'app:81'],
      [18, 'respond', 'raw "x"']
    ])
    // The snippet's header_up is judged where it is written.
    const verdict = await caddy.checkConfig!({ path: 'Caddyfile', text }, options(FIXTURES))
    expect(problems(verdict).map(f => [f.status, f.location!.line])).toEqual([['fail', 4]])
  })
  test('imports are bounded: a snippet that imports itself twice stops, said once', async () => {
    const snippet = ['(s) {', '\theader X-A b', '\timport s', '\timport s', '}']
    const text = [...snippet, 'example.com {', '\timport s', '}'].join('\n')
    const verdict = await caddy.checkConfig!({ path: 'Caddyfile', text }, options(FIXTURES))
    expect(problems(verdict)).toEqual([])
    expect(verdict.details!.filter(d => d.includes('not read'))).toEqual([
      'import s (Caddyfile:3) not read: imports nested deeper than 10',
      'import s (Caddyfile:4) not read: imports nested deeper than 10'
    ])
  })
})

describe('recognise', () => {
  test('Caddy by its Server header (or a newer Caddy’s Via), nothing else', () => {
    expect(caddy.recognise({ headers: { server: 'Caddy' } })).toBe('Server: Caddy')
    expect(caddy.recognise({ status: 502, headers: { via: '1.1 Caddy' } })).toBe('Via: 1.1 Caddy')
    expect(caddy.recognise({ headers: { server: 'nginx/1.22.1' } })).toBeUndefined()
    expect(caddy.recognise({ headers: { server: 'caddyshack-app' } })).toBeUndefined()
    expect(caddy.recognise({ headers: {} })).toBeUndefined()
  })
})

describe('fix', () => {
  const every: Problem[] = [
    { kind: 'upgrade', host: 'ws.example.com', path: '/socket' },
    { kind: 'idle-timeout', host: 'ws.example.com', path: '/socket?room=1', seconds: 60 },
    { kind: 'full-chain', host: 'ws.example.com' },
    { kind: 'tls-versions', host: 'ws.example.com' },
    { kind: 'browser-ciphers', host: 'ws.example.com', browsersLockedOut: true },
    { kind: 'certificate', host: 'ws.example.com' },
    { kind: 'tls-listener', host: 'ws.example.com', port: 8443, path: '/' },
    { kind: 'client-certificate', host: 'ws.example.com' },
    { kind: 'certificate-size', host: 'ws.example.com' }
  ]

  test('every problem has Caddy’s words and a caddy block', () => {
    for (const problem of every) {
      const fix = caddyFix(problem)
      expect(fix.text.length).toBeGreaterThan(40)
      expect(fix.code).toEqual({ lang: 'caddy', text: expect.stringContaining('ws.example.com') })
    }
    expect(caddyFix(every[1]).code!.text).toContain('reverse_proxy /socket* 127.0.0.1:8080 {')
    expect(caddyFix(every[6]).code!.text).toMatch(/^https:\/\/ws\.example\.com:8443 \{/)
  })

  const adapts = installed(caddyLab.binary) ? test : test.skip
  adapts('every block is a Caddyfile that caddy adapt accepts', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-caddy-fix-'))
    try {
      // Caddy 2.6 reads client_auth's CA file while adapting: give it a certificate.
      const ca = path.join(dir, 'client-ca.pem')
      writeFileSync(ca, (await createRoot({ commonName: 'Client CA' })).certPem)
      for (const problem of every) {
        const file = path.join(dir, 'Caddyfile')
        writeFileSync(file, caddyFix(problem).code!.text.replaceAll('/etc/caddy/client-ca.pem', ca))
        const result = spawnSync('caddy', ['adapt', '--config', file, '--adapter', 'caddyfile'], {
          env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
          timeout: 10_000
        })
        expect({
          kind: problem.kind,
          stderr: result.status === 0 ? '' : String(result.stderr)
        }).toEqual({
          kind: problem.kind,
          stderr: ''
        })
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
