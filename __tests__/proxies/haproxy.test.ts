// HAProxy: the real haproxy (Debian's 2.6) as the oracle for each lab breakage, the static
// check of those same configurations and of realistic haproxy.cfg files, the error pages it
// is told by, and its fixes pasted into the broken configurations and proved by the real proxy.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { fileURLToPath } from 'node:url'
import { WebSocket } from 'ws'
import type { Finding } from '../../src/findings.js'
import { haproxy } from '../../src/proxies/haproxy/index.js'
import { haproxyFix } from '../../src/proxies/haproxy/fix.js'
import type { ConfigCheckOptions, Problem, ProblemKind } from '../../src/proxies/proxy.js'
import type { Target } from '../../src/target.js'
import { nginxLab } from '../fixtures/proxies/nginx.js'
import { haproxyLab } from '../fixtures/proxies/haproxy.js'
import {
  BREAKAGES,
  installed,
  LAB_HOST,
  LAB_PATH,
  startBackend,
  startProxy,
  type Breakage,
  type LabSetup,
  type ProxyLab,
  type RunningProxy,
  writeLabFiles
} from '../fixtures/proxy-lab.js'
import { opensslAcceptsVersion, opensslVerify } from '../fixtures/tls-lab.js'

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/proxy-config/haproxy'
)
const IDLE_CUT_SECONDS = 2
const labTest = installed('haproxy') ? test : test.skip

let backend: Awaited<ReturnType<typeof startBackend>>
beforeAll(async () => {
  backend = await startBackend()
})
afterAll(async () => {
  await backend?.close()
})

/** Runs `fn` against the real haproxy serving `breakage` (or a rewritten lab), then stops it. */
async function withProxy(
  breakage: Breakage,
  fn: (proxy: RunningProxy) => Promise<void>,
  lab: ProxyLab = haproxyLab
): Promise<void> {
  const proxy = await startProxy(lab, breakage, {
    backendPort: backend.port,
    idleCutSeconds: IDLE_CUT_SECONDS
  })
  try {
    await fn(proxy)
  } catch (err) {
    throw new Error(`${(err as Error).message}\n--- haproxy:\n${proxy.output()}`, { cause: err })
  } finally {
    await proxy.stop()
  }
}

/** Every lab host name resolves to 127.0.0.1 (Node asks for one address, or all of them). */
const toLoopback = ((
  _host: string,
  options: { all?: boolean },
  callback: (...args: unknown[]) => void
) =>
  options.all
    ? callback(null, [{ address: '127.0.0.1', family: 4 }])
    : callback(null, '127.0.0.1', 4)) as unknown as LookupFunction

type Outcome =
  | { upgraded: false; status?: number; error?: string }
  | { upgraded: true; closedAfterMs?: number; code?: number }

/** A `ws` client to LAB_PATH, held silent for `holdMs` after the 101 (then closed by us). */
function holdIdle(proxy: RunningProxy, holdMs: number): Promise<Outcome> {
  return new Promise(resolve => {
    // ws gives TLS the URL's host as servername (SNI); lookup sends it to 127.0.0.1.
    const ws = new WebSocket(`wss://${LAB_HOST}:${proxy.port}${LAB_PATH}`, {
      ca: readFileSync(proxy.setup.files.ca),
      lookup: toLoopback
    })
    let opened = 0
    let timer: NodeJS.Timeout | undefined
    ws.on('unexpected-response', (_req, res) => {
      resolve({ upgraded: false, status: res.statusCode })
      ws.terminate()
    })
    ws.on('error', err => resolve({ upgraded: false, error: err.message }))
    ws.on('open', () => {
      opened = Date.now()
      timer = setTimeout(() => {
        resolve({ upgraded: true })
        ws.terminate()
      }, holdMs)
    })
    ws.on('close', code => {
      clearTimeout(timer)
      if (opened) resolve({ upgraded: true, closedAfterMs: Date.now() - opened, code })
    })
  })
}

/** A plain HTTPS GET through the proxy: status, lower-case headers and body. */
function get(
  proxy: RunningProxy,
  pathname: string
): Promise<{ status: number; headers: Record<string, string | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(
        {
          host: LAB_HOST,
          port: proxy.port,
          path: pathname,
          ca: readFileSync(proxy.setup.files.ca),
          servername: LAB_HOST,
          lookup: toLoopback
        },
        res => {
          let body = ''
          res.on('data', chunk => (body += String(chunk)))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers as Record<string, string | undefined>,
              body
            })
          )
        }
      )
      .on('error', reject)
  })
}

/** Raw bytes over TLS, and whatever comes back before the proxy closes. */
function rawExchange(proxy: RunningProxy, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port: proxy.port,
      servername: LAB_HOST,
      ca: readFileSync(proxy.setup.files.ca)
    })
    let received = ''
    socket.on('secureConnect', () => socket.write(payload))
    socket.on('data', chunk => (received += String(chunk)))
    socket.on('end', () => resolve(received))
    socket.on('close', () => resolve(received))
    socket.on('error', reject)
    socket.setTimeout(5000, () => socket.destroy())
  })
}

/** Whether openssl completes a TLS 1.2 handshake offering only `ciphers`. */
function opensslHandshakesWith(port: number, ciphers: string): Promise<boolean> {
  return new Promise(resolve => {
    const child = execFile(
      'openssl',
      ['s_client', '-connect', `127.0.0.1:${port}`, '-tls1_2', '-cipher', ciphers],
      { timeout: 10_000 },
      (_err, stdout) => resolve(/^New, TLSv1\.2, Cipher is /m.test(String(stdout)))
    )
    child.stdin?.end()
  })
}

const BROWSER_TLS12 =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA'

describe('the real haproxy behaves as each breakage says (the oracle)', () => {
  labTest('healthy: a silent WebSocket outlives the idle cut by a second', async () => {
    await withProxy('healthy', async proxy => {
      const outcome = await holdIdle(proxy, (IDLE_CUT_SECONDS + 1) * 1000)
      expect(outcome).toEqual({ upgraded: true })
      expect((await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)).code).toBe(0)
    })
  })

  labTest('idle-cut: a silent WebSocket is closed after idleCutSeconds (1006)', async () => {
    await withProxy('idle-cut', async proxy => {
      const outcome = await holdIdle(proxy, (IDLE_CUT_SECONDS + 3) * 1000)
      expect(outcome).toMatchObject({ upgraded: true, code: 1006 })
      const after = (outcome as { closedAfterMs: number }).closedAfterMs
      expect(after).toBeGreaterThan(IDLE_CUT_SECONDS * 1000 - 300)
      expect(after).toBeLessThan(IDLE_CUT_SECONDS * 1000 + 1500)
    })
  })

  labTest('no-upgrade: the backend sees a plain GET and answers 426', async () => {
    await withProxy('no-upgrade', async proxy => {
      expect(await holdIdle(proxy, 100)).toEqual({ upgraded: false, status: 426 })
    })
  })

  labTest('leaf-only: openssl cannot verify the first certificate', async () => {
    await withProxy('leaf-only', async proxy => {
      const verdict = await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)
      expect([20, 21]).toContain(verdict.code)
    })
  })

  labTest('wrong-host: openssl reports a hostname mismatch', async () => {
    await withProxy('wrong-host', async proxy => {
      expect(await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)).toEqual({
        code: 62,
        text: 'hostname mismatch'
      })
    })
  })

  labTest('tls13-only: TLS 1.2 is refused, TLS 1.3 accepted', async () => {
    await withProxy('tls13-only', async proxy => {
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.2')).toBe(false)
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(true)
    })
  })

  labTest(
    'bad-ciphers: the browsers’ ECDHE suites and TLS 1.3 are refused, DHE taken',
    async () => {
      await withProxy('bad-ciphers', async proxy => {
        expect(await opensslHandshakesWith(proxy.port, BROWSER_TLS12)).toBe(false)
        expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(false)
        expect(await opensslHandshakesWith(proxy.port, 'DHE-RSA-AES256-GCM-SHA384')).toBe(true)
      })
    }
  )
})

function wssTarget(host: string, port: number, pathname = LAB_PATH): Target {
  const url = `wss://${host}:${port}${pathname}`
  return {
    label: url,
    endpoint: { url, scheme: 'wss', host, port, path: pathname, addresses: [] }
  }
}

const notPassing = (findings: Finding[]): string[] =>
  findings.filter(f => f.status !== 'pass').map(f => `${f.status} ${f.location?.line} ${f.title}`)

describe('the static check', () => {
  let dir: string
  let setup: LabSetup
  let options: ConfigCheckOptions
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-haproxy-static-'))
    setup = {
      dir,
      files: await writeLabFiles(dir),
      port: 8443,
      backendPort: 8001,
      idleCutSeconds: IDLE_CUT_SECONDS
    }
    options = {
      workspace: dir,
      idleTimeoutMs: 5000,
      websocketPaths: [],
      minTlsVersion: 'TLSv1.2',
      failOnLegacyTls: false,
      requireTlsVersions: ['TLSv1.2', 'TLSv1.3'],
      targets: []
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const check = async (breakage: Breakage, extra: Partial<ConfigCheckOptions> = {}) => {
    const config = haproxyLab.configure(breakage, setup)
    const file = { path: 'haproxy.cfg', text: config.text }
    writeFileSync(path.join(dir, file.path), file.text)
    expect(haproxy.claims!(file)).toBe(true)
    return { config, verdict: await haproxy.checkConfig!(file, { ...options, ...extra }) }
  }

  test('healthy: a pass summary and nothing to warn about', async () => {
    const { verdict } = await check('healthy', { targets: [wssTarget(LAB_HOST, 8443)] })
    expect(notPassing(verdict.findings)).toEqual([])
    expect(verdict.findings[0]).toMatchObject({ status: 'pass', location: { line: 14 } })
    expect(verdict.summary).toBe(
      'HAProxy configuration: 1 frontend, 1 backend, 1 WebSocket backend'
    )
    expect(verdict.details).toContain('crt ' + setup.files.fullchainWithKey + ': 2 certificates')
    expect(verdict.details).toContain(
      `backend websocket: named websocket; frontend wss routes path_beg ${LAB_PATH} to it`
    )
  })

  for (const breakage of BREAKAGES.filter(b => b !== 'healthy')) {
    test(`${breakage}: a fail at the broken line with HAProxy's fix (when a static check can see it)`, async () => {
      const { config, verdict } = await check(breakage)
      if (config.brokenLine === undefined) {
        expect(notPassing(verdict.findings).filter(f => f.startsWith('fail'))).toEqual([])
        return
      }
      const failing = verdict.findings.filter(
        f => f.status === 'fail' && f.location?.line === config.brokenLine
      )
      expect(failing).not.toHaveLength(0)
      for (const f of failing) {
        expect(f.location?.file).toBe('haproxy.cfg')
        expect(f.fix?.code?.lang).toBe('haproxy')
      }
    })
  }

  test('each lab breakage, in words', async () => {
    const titles = async (b: Breakage) => notPassing((await check(b)).verdict.findings)
    expect(await titles('idle-cut')).toEqual([
      'fail 9 defaults: idle WebSockets are cut after 2 s (timeout server 2s, no timeout tunnel)'
    ])
    expect(await titles('no-upgrade')).toEqual([
      'fail 19 backend websocket: http-request del-header Upgrade strips the upgrade: the backend sees a plain request (the client gets 400 or 426, not 101)'
    ])
    expect(await titles('leaf-only')).toEqual([
      `fail 15 frontend wss: crt ${setup.files.leafWithKey} holds the leaf without its intermediates`
    ])
    expect(await titles('tls13-only')).toEqual([
      'fail 15 frontend wss: ssl-min-ver TLSv1.3 refuses TLS 1.2, which require-tls-versions requires'
    ])
    expect(await titles('bad-ciphers')).toEqual([
      'fail 16 frontend wss: ssl-max-ver TLSv1.2 refuses TLS 1.3, which require-tls-versions requires',
      'fail 16 frontend wss: ciphers offers no suite browsers offer: browsers cannot connect'
    ])
  })

  test('wrong-host: seen once the run names the wss:// target on that port', async () => {
    const { verdict } = await check('wrong-host', { targets: [wssTarget(LAB_HOST, 8443)] })
    expect(notPassing(verdict.findings)).toEqual([
      'fail 15 frontend wss: no certificate of bind 127.0.0.1:8443 covers ws.lab.test'
    ])
    expect(verdict.findings[1].fix?.code?.lang).toBe('haproxy')
    // A target on another port is another listener's business.
    const elsewhere = await check('wrong-host', { targets: [wssTarget(LAB_HOST, 443)] })
    expect(notPassing(elsewhere.verdict.findings)).toEqual([])
  })

  test('a crt that is a directory, or not in the repository, gets no verdict on its chain', async () => {
    const text = haproxyLab
      .configure('healthy', setup)
      .text.replace(setup.files.fullchainWithKey, dir)
    const file = { path: 'haproxy.cfg', text }
    const directory = await haproxy.checkConfig!(file, options)
    expect(notPassing(directory.findings)).toEqual([])
    expect(directory.details).toContain(
      `crt ${dir}: a directory (every PEM in it, chosen by SNI), not read`
    )
    const missing = await haproxy.checkConfig!(
      { path: 'haproxy.cfg', text: text.replace(dir, '/etc/haproxy/certs/site.pem') },
      options
    )
    expect(notPassing(missing.findings)).toEqual([])
  })

  test('a realistic multi-section haproxy.cfg with a WebSocket backend passes', async () => {
    const file = {
      path: 'healthy.cfg',
      text: readFileSync(path.join(FIXTURES, 'healthy.cfg'), 'utf8')
    }
    expect(haproxy.claims!(file)).toBe(true)
    const verdict = await haproxy.checkConfig!(file, { ...options, idleTimeoutMs: 60_000 })
    expect(notPassing(verdict.findings)).toEqual([])
    expect(verdict.summary).toBe(
      'HAProxy configuration: 2 frontends, 3 backends, 1 listen, 1 WebSocket backend'
    )
    expect(verdict.details).toContain(
      'backend realtime: frontend https-in routes hdr(Upgrade) (the Upgrade header) to it'
    )
  })

  test('the tutorials’ configuration: cut after 50 s, at the lines of timeout client and timeout server', async () => {
    const file = {
      path: 'cut-at-50s.cfg',
      text: readFileSync(path.join(FIXTURES, 'cut-at-50s.cfg'), 'utf8')
    }
    expect(haproxy.claims!(file)).toBe(true)
    const verdict = await haproxy.checkConfig!(file, { ...options, idleTimeoutMs: 60_000 })
    expect(notPassing(verdict.findings)).toEqual([
      'fail 11 defaults: idle WebSockets are cut after 50 s (timeout client 50000, no timeout tunnel)',
      'fail 12 defaults: idle WebSockets are cut after 50 s (timeout server 50000, no timeout tunnel)'
    ])
    const fix = verdict.findings[1].fix!
    expect(fix.code).toEqual({
      lang: 'haproxy',
      text: '# in backend sockets:\ntimeout tunnel 1h\ntimeout server-fin 30s'
    })
    expect(verdict.details).toContain(
      'backend sockets: named sockets; frontend public routes path_beg /socket.io to it'
    )
  })

  test('a line HAProxy would refuse is a warning at that line, never a failure', async () => {
    const file = {
      path: 'syntax-error.cfg',
      text: readFileSync(path.join(FIXTURES, 'syntax-error.cfg'), 'utf8')
    }
    expect(haproxy.claims!(file)).toBe(true)
    const verdict = await haproxy.checkConfig!(file, options)
    expect(notPassing(verdict.findings)).toEqual([
      'warn 9 Not fully checked: unmatched double quote (haproxy -c judges the syntax)'
    ])
  })

  test('without a backend named or routed as a WebSocket one, every backend is judged, as a warning', async () => {
    const text = [
      'defaults',
      '    mode http',
      '    timeout client 30s',
      '    timeout server 30s',
      'frontend www',
      '    bind :8080',
      '    http-request set-header Connection close',
      '    default_backend app',
      'backend app',
      '    server app1 127.0.0.1:3000'
    ].join('\n')
    const verdict = await haproxy.checkConfig!(
      { path: 'h.cfg', text },
      {
        ...options,
        idleTimeoutMs: 60_000
      }
    )
    expect(notPassing(verdict.findings)).toEqual([
      'warn 7 frontend www: http-request set-header Connection strips the upgrade: the backend sees a plain request (the client gets 400 or 426, not 101)',
      'warn 3 defaults: idle WebSockets are cut after 30 s (timeout client 30s, no timeout tunnel)',
      'warn 4 defaults: idle WebSockets are cut after 30 s (timeout server 30s, no timeout tunnel)'
    ])
  })

  test('named defaults through `from`, and a later defaults replacing an earlier one', async () => {
    const text = [
      'defaults tunnels',
      '    mode http',
      '    timeout client 30s',
      '    timeout server 30s',
      '    timeout tunnel 1h',
      'defaults',
      '    mode http',
      '    timeout client 30s',
      '    timeout server 30s',
      'frontend www from tunnels',
      '    bind :8080',
      '    use_backend ws if { hdr(upgrade) -i websocket }',
      'backend ws from tunnels',
      '    server app1 127.0.0.1:3000',
      'backend ws-legacy',
      '    server app2 127.0.0.1:3001',
      'frontend legacy',
      '    bind :8081',
      '    default_backend ws-legacy'
    ].join('\n')
    const verdict = await haproxy.checkConfig!(
      { path: 'h.cfg', text },
      {
        ...options,
        idleTimeoutMs: 60_000
      }
    )
    expect(notPassing(verdict.findings)).toEqual([
      'fail 8 defaults: idle WebSockets are cut after 30 s (timeout client 30s, no timeout tunnel)',
      'fail 9 defaults: idle WebSockets are cut after 30 s (timeout server 30s, no timeout tunnel)'
    ])
    expect(verdict.findings[1].details?.[0]).toContain('(inherited by backend ws-legacy)')
  })

  test('timeout tunnel where HAProxy ignores it (a frontend), or 0, leaves client and server in force', async () => {
    const text = [
      'defaults',
      '    mode http',
      '    timeout client 30s',
      '    timeout server 1h',
      'frontend www',
      '    bind :8080',
      '    timeout tunnel 1h',
      '    default_backend websocket',
      'backend websocket',
      '    timeout tunnel 0',
      '    server app1 127.0.0.1:3000'
    ].join('\n')
    const verdict = await haproxy.checkConfig!(
      { path: 'h.cfg', text },
      { ...options, idleTimeoutMs: 60_000 }
    )
    expect(notPassing(verdict.findings)).toEqual([
      'fail 3 defaults: idle WebSockets are cut after 30 s (timeout client 30s, no timeout tunnel)'
    ])
    expect(verdict.findings[1].details).toContain(
      'timeout tunnel 1h in frontend www (line 7) is ignored: HAProxy reads timeout tunnel in backends, listen and defaults only.'
    )
  })

  test('TLS versions: global defaults, a bind line overriding them, no-tlsv1x ignored beside a minimum', async () => {
    const config = (global: string, bind: string) =>
      [
        'global',
        `    ${global}`,
        'frontend www',
        `    bind :443 ssl crt /etc/haproxy/certs/site.pem ${bind}`,
        '    mode http',
        '    default_backend ws',
        'backend ws',
        '    timeout tunnel 1h',
        '    server app1 127.0.0.1:3000'
      ].join('\n')
    const judge = async (global: string, bind: string, extra: Partial<ConfigCheckOptions> = {}) =>
      notPassing(
        (
          await haproxy.checkConfig!(
            { path: 'h.cfg', text: config(global, bind) },
            { ...options, requireTlsVersions: [], ...extra }
          )
        ).findings
      )
    expect(await judge('ssl-default-bind-options ssl-min-ver TLSv1.3', '')).toEqual([
      'warn 2 global: ssl-min-ver TLSv1.3 refuses TLS 1.2'
    ])
    expect(
      await judge('ssl-default-bind-options ssl-min-ver TLSv1.3', 'ssl-min-ver TLSv1.2')
    ).toEqual([])
    expect(await judge('ssl-default-bind-options no-tlsv13', '')).toEqual([
      'warn 2 global: no-tlsv13 refuses TLS 1.3'
    ])
    expect(await judge('ssl-default-bind-options no-tlsv13', 'ssl-max-ver TLSv1.3')).toEqual([])
    expect(
      await judge('ssl-default-bind-options ssl-min-ver TLSv1.0', '', { failOnLegacyTls: true })
    ).toEqual(['fail 2 global: ssl-min-ver TLSv1.0 accepts legacy TLS 1.0, TLS 1.1'])
    expect(
      await judge('ssl-default-bind-ciphersuites TLS_AES_128_CCM_SHA256', 'ssl-max-ver TLSv1.3')
    ).toEqual([
      'warn 2 global: ssl-default-bind-ciphersuites TLS_AES_128_CCM_SHA256 offers TLS 1.3 clients no suite browsers offer'
    ])
  })

  test('TLS 1.2 cipher lists: ECDHE passes, static RSA alone warns (browsers take it last), DHE alone fails without TLS 1.3', async () => {
    const config = (global: string, bind: string) =>
      [
        'global',
        `    ${global}`,
        'frontend www',
        `    bind :443 ssl crt /etc/haproxy/certs/site.pem ${bind}`,
        '    mode http',
        '    default_backend ws',
        'backend ws',
        '    timeout tunnel 1h',
        '    server app1 127.0.0.1:3000'
      ].join('\n')
    const judge = async (global: string, bind: string) =>
      (
        await haproxy.checkConfig!(
          { path: 'h.cfg', text: config(global, bind) },
          { ...options, requireTlsVersions: [] }
        )
      ).findings.filter(f => f.status !== 'pass' && !/refuses TLS 1\.3/.test(f.title))
    const said = (findings: Finding[]) =>
      findings.map(f => `${f.status} ${f.code} ${f.location?.line} ${f.title}`)
    const rsaOnly = 'ciphers AES128-GCM-SHA256:AES256-SHA'
    expect(said(await judge('maxconn 100', `ssl-max-ver TLSv1.2 ${rsaOnly}`))).toEqual([
      'warn proxy-config-static-rsa 4 frontend www: ciphers offers no ECDHE suite: browsers connect only with static RSA key exchange (no forward secrecy)'
    ])
    const [rsa] = await judge('maxconn 100', `ssl-max-ver TLSv1.2 ${rsaOnly}`)
    expect(rsa.details?.[0]).toBe(rsaOnly)
    expect(rsa.fix?.text).toMatch(/^Offer only what browsers offer/)
    expect(said(await judge(`ssl-default-bind-${rsaOnly}`, ''))).toEqual([
      'warn proxy-config-static-rsa 2 global: ssl-default-bind-ciphers offers TLS 1.2 clients only static RSA key exchange (no forward secrecy)'
    ])
    expect(
      said(await judge('ssl-default-bind-ciphers DHE-RSA-AES128-GCM-SHA256', 'ssl-max-ver TLSv1.2'))
    ).toEqual([
      'fail proxy-config-ciphers 2 global: ssl-default-bind-ciphers offers no suite browsers offer: browsers cannot connect'
    ])
    const [dhe] = await judge(
      'ssl-default-bind-ciphers DHE-RSA-AES128-GCM-SHA256',
      'ssl-max-ver TLSv1.2'
    )
    expect(dhe.fix?.text).toMatch(/^Offer what Chrome and Firefox offer/)
    expect(
      await judge(
        'maxconn 100',
        'ssl-max-ver TLSv1.2 ciphers ECDHE-RSA-AES128-GCM-SHA256:AES128-GCM-SHA256'
      )
    ).toEqual([])
  })

  test('claims haproxy.cfg by content, and not nginx, Apache, Caddy, lighttpd or YAML', () => {
    const claims = (text: string): boolean => haproxy.claims!({ path: 'x.conf', text })
    expect(claims(nginxLab.configure('healthy', setup).text)).toBe(false)
    expect(
      claims(
        [
          'Listen 443',
          '<VirtualHost *:443>',
          '    ServerName api.example.com',
          '    SSLEngine on',
          '    ProxyPass /ws/ ws://127.0.0.1:8001/ws/',
          '</VirtualHost>'
        ].join('\n')
      )
    ).toBe(false)
    expect(
      claims(
        [
          '{',
          '    email admin@example.com',
          '}',
          'api.example.com {',
          '    reverse_proxy /ws/* localhost:8001',
          '}'
        ].join('\n')
      )
    ).toBe(false)
    expect(
      claims(
        [
          'server.modules += ( "mod_proxy" )',
          'server.port = 443',
          '$HTTP["url"] =~ "^/ws/" {',
          '    proxy.server = ( "" => ( ( "host" => "127.0.0.1", "port" => 8001 ) ) )',
          '    proxy.header = ( "upgrade" => "enable" )',
          '}'
        ].join('\n')
      )
    ).toBe(false)
    expect(
      claims(
        [
          'global:',
          '  scrape_interval: 15s',
          'frontend:',
          '  image: nginx',
          'backend:',
          '  image: app',
          '  ports:',
          '    - "8001:8001"'
        ].join('\n')
      )
    ).toBe(false)
    expect(claims('listen 443\nserver_name example.com\n')).toBe(false)
    expect(claims('frontend www\n    bind :80\n    default_backend app\n')).toBe(true)
  })
})

describe('recognise', () => {
  labTest('HAProxy’s own 503 (no backend for the path) and 400 pages', async () => {
    await withProxy('healthy', async proxy => {
      const page = await get(proxy, '/elsewhere')
      expect(page.status).toBe(503)
      expect(page.headers.server).toBeUndefined()
      expect(haproxy.recognise(page)).toBe(
        'HAProxy\'s built-in 503 page ("No server is available to handle this request.")'
      )
      const raw = await rawExchange(proxy, 'NOT HTTP\r\n\r\n')
      const [head, body] = raw.split('\r\n\r\n')
      expect(head.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad request')
      expect(haproxy.recognise({ status: 400, headers: {}, body })).toBe(
        'HAProxy\'s built-in 400 page ("Your browser sent an invalid request.")'
      )
    })
  })

  labTest('not the backend’s own answer passed through HAProxy', async () => {
    await withProxy('no-upgrade', async proxy => {
      const page = await get(proxy, LAB_PATH)
      expect(page.status).toBe(426)
      expect(haproxy.recognise(page)).toBeUndefined()
    })
  })

  test('not other servers’ pages', () => {
    expect(
      haproxy.recognise({
        status: 502,
        headers: { server: 'nginx/1.22.1' },
        body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n'
      })
    ).toBeUndefined()
    expect(
      haproxy.recognise({
        status: 503,
        headers: { server: 'Apache/2.4.62 (Debian)' },
        body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>503 Service Unavailable</title>\n</head><body>\n<h1>Service Unavailable</h1>\n</body></html>\n'
      })
    ).toBeUndefined()
    expect(haproxy.recognise({ status: 200, headers: { server: 'h2o/2.2.5' } })).toBeUndefined()
    // A page shaped like HAProxy's with another sentence is not HAProxy's.
    expect(
      haproxy.recognise({
        status: 503,
        headers: {},
        body: '<html><body><h1>503 Service Unavailable</h1>\nCome back later.\n</body></html>\n'
      })
    ).toBeUndefined()
  })
})

const PROBLEMS = {
  upgrade: { kind: 'upgrade', host: LAB_HOST, path: `${LAB_PATH}?room=1` },
  'idle-timeout': { kind: 'idle-timeout', host: LAB_HOST, path: LAB_PATH, seconds: 60 },
  'full-chain': { kind: 'full-chain', host: LAB_HOST },
  'tls-versions': { kind: 'tls-versions', host: LAB_HOST },
  'browser-ciphers': { kind: 'browser-ciphers', host: LAB_HOST, browsersLockedOut: true },
  certificate: { kind: 'certificate', host: LAB_HOST },
  'tls-listener': { kind: 'tls-listener', host: LAB_HOST, port: 8443, path: LAB_PATH },
  'client-certificate': { kind: 'client-certificate', host: LAB_HOST },
  'certificate-size': { kind: 'certificate-size', host: LAB_HOST }
} satisfies Record<ProblemKind, Problem>

/** The lab's configuration for `breakage`, rewritten by `edit` (a fix pasted in). */
const edited = (breakage: Breakage, edit: (text: string, setup: LabSetup) => string): ProxyLab => ({
  ...haproxyLab,
  configure: (_b, setup) => {
    const config = haproxyLab.configure(breakage, setup)
    return { name: config.name, text: edit(config.text, setup) }
  }
})

/** The fix block's directives, indented, after the line that opens `section`. */
function pasteInto(text: string, section: RegExp, block: string): string {
  const lines = text.split('\n')
  const at = lines.findIndex(line => section.test(line))
  const directives = block
    .split('\n')
    .filter(line => line.trim() && !line.startsWith('#'))
    .map(line => `    ${line.trim()}`)
  lines.splice(at + 1, 0, ...directives)
  return lines.join('\n')
}

describe('fix', () => {
  test('every Problem kind: HAProxy’s words and a haproxy block', () => {
    for (const problem of Object.values(PROBLEMS)) {
      const fix = haproxyFix(problem)
      expect(fix.text.length).toBeGreaterThan(40)
      expect(fix.code?.lang).toBe('haproxy')
      expect(fix.code?.text).toMatch(/\S/)
    }
    expect(haproxyFix(PROBLEMS['idle-timeout']).code?.text).toContain('timeout tunnel 1h')
    expect(haproxyFix({ ...PROBLEMS['idle-timeout'], seconds: 7200 }).code?.text).toContain(
      'timeout tunnel 4h'
    )
    expect(haproxyFix(PROBLEMS.upgrade).code?.text).toContain('path_beg /socket ')
    expect(haproxyFix(PROBLEMS['tls-listener']).code?.text).toContain('bind :8443 ssl crt')
    expect(haproxyFix(PROBLEMS['client-certificate']).code?.text).toContain(
      'verify required ca-file'
    )
    expect(haproxyFix(PROBLEMS['certificate-size']).code?.text).toContain('crt-list')
  })

  labTest('every block is configuration haproxy -c accepts (its files made real)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-haproxy-blocks-'))
    try {
      const files = await writeLabFiles(dir)
      const crtList = path.join(dir, 'crt-list.txt')
      writeFileSync(crtList, `${files.fullchainWithKey} ${LAB_HOST}\n`)
      for (const problem of Object.values(PROBLEMS)) {
        const block = haproxyFix(problem)
          .code!.text.replace(/\/etc\/haproxy\/certs\/[\w.-]+\.pem/g, files.fullchainWithKey)
          .replace('/etc/haproxy/client-ca.pem', files.ca)
          .replace('/etc/haproxy/crt-list.txt', crtList)
        // A block of directives goes into defaults; a block of sections after it.
        const sections = /^(global|frontend|backend)\b/m.test(block)
        const text = [
          'defaults',
          '    mode http',
          '    timeout connect 5s',
          '    timeout client 30s',
          '    timeout server 30s',
          ...(sections ? [block] : block.split('\n').map(line => `    ${line}`)),
          ...(/use_backend websocket/.test(block) && !/^backend websocket/m.test(block)
            ? ['backend websocket', '    server app1 127.0.0.1:8001']
            : []),
          // haproxy -c also wants something to listen on (it binds nothing).
          'listen probe',
          '    bind 127.0.0.1:9',
          '    server app1 127.0.0.1:8001'
        ].join('\n')
        const file = path.join(dir, `${problem.kind}.cfg`)
        writeFileSync(file, `${text}\n`)
        const output = await new Promise<string>(resolve =>
          execFile('haproxy', ['-c', '-f', file], (err, stdout, stderr) =>
            resolve(`${err ? 'refused' : 'valid'}\n${stdout}${stderr}`)
          )
        )
        expect(`${problem.kind}: ${output}`).toMatch(new RegExp(`^${problem.kind}: valid`))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  labTest(
    'the idle-timeout block pasted into defaults keeps the idle-cut lab’s socket open',
    async () => {
      const block = haproxyFix({ ...PROBLEMS['idle-timeout'], seconds: IDLE_CUT_SECONDS }).code!
        .text
      const lab = edited('idle-cut', text => pasteInto(text, /^defaults/, block))
      await withProxy(
        'idle-cut',
        async proxy => {
          expect(proxy.config.text).toContain('    timeout tunnel 1h')
          expect(await holdIdle(proxy, (IDLE_CUT_SECONDS + 1) * 1000)).toEqual({ upgraded: true })
        },
        lab
      )
    }
  )

  labTest('the static finding’s own fix, pasted where it says, does too', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-haproxy-fix-'))
    try {
      const setup: LabSetup = {
        dir,
        files: await writeLabFiles(dir),
        port: 8443,
        backendPort: 8001,
        idleCutSeconds: IDLE_CUT_SECONDS
      }
      const text = haproxyLab.configure('idle-cut', setup).text
      const verdict = await haproxy.checkConfig!(
        { path: 'haproxy.cfg', text },
        {
          workspace: dir,
          idleTimeoutMs: 5000,
          websocketPaths: [],
          minTlsVersion: 'TLSv1.2',
          failOnLegacyTls: false,
          requireTlsVersions: [],
          targets: []
        }
      )
      const block = verdict.findings.find(f => f.status === 'fail')!.fix!.code!.text
      expect(block.split('\n')[0]).toBe('# in backend websocket:')
      const lab = edited('idle-cut', labText => pasteInto(labText, /^backend websocket/, block))
      await withProxy(
        'idle-cut',
        async proxy => {
          expect(await holdIdle(proxy, (IDLE_CUT_SECONDS + 1) * 1000)).toEqual({ upgraded: true })
        },
        lab
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  labTest(
    'the upgrade block’s backend, pasted over the no-upgrade lab’s, returns 101',
    async () => {
      const block = haproxyFix(PROBLEMS.upgrade).code!.text
      const fixedBackend = block.slice(block.indexOf('backend websocket'))
      const lab = edited('no-upgrade', (text, setup) => {
        const start = text.indexOf('backend websocket')
        return (
          text.slice(0, start) +
          fixedBackend.replace(/server app1 \S+/, `server app1 127.0.0.1:${setup.backendPort}`) +
          '\n'
        )
      })
      await withProxy(
        'no-upgrade',
        async proxy => {
          expect(proxy.config.text).not.toContain('del-header')
          const outcome = await holdIdle(proxy, 200)
          expect(outcome).toEqual({ upgraded: true })
        },
        lab
      )
    }
  )
})
