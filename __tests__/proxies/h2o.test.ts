// h2o (Debian's 2.2.5) in the proxy lab: the real proxy with each breakage is the oracle (a `ws`
// client held idle, openssl s_client), and the h2o module's static check, recognition and fixes
// are judged against it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { isMap, isScalar, parseDocument } from 'yaml'
import { h2o } from '../../src/proxies/h2o/index.js'
import { h2oFix } from '../../src/proxies/h2o/fixes.js'
import type { ConfigCheckOptions, Problem, ResponseEvidence } from '../../src/proxies/proxy.js'
import { h2oLab } from '../fixtures/proxies/h2o.js'
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
  type RunningProxy
} from '../fixtures/proxy-lab.js'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'proxy-config')
const IDLE_CUT_S = 2

function options(overrides: Partial<ConfigCheckOptions> = {}): ConfigCheckOptions {
  return {
    workspace: FIXTURES,
    idleTimeoutMs: 5000,
    websocketPaths: [],
    minTlsVersion: 'TLSv1.2',
    failOnLegacyTls: false,
    requireTlsVersions: [],
    targets: [],
    ...overrides
  }
}

interface Held {
  status?: number
  headers: Record<string, string | undefined>
  body?: string
  opened: boolean
  /** Milliseconds from the open to the close, when the proxy closed it. */
  closedAfterMs?: number
  code?: number
}

/** Opens wss://127.0.0.1:port/socket (SNI and Host ws.lab.test), holds it silent for `ms`. */
function hold(proxy: RunningProxy, ms: number): Promise<Held> {
  return new Promise(resolve => {
    const held: Held = { headers: {}, opened: false }
    let openedAt = 0
    // ws hands these to tls.connect: the lab root, SNI and the name checked are ws.lab.test.
    const tlsOptions: WebSocket.ClientOptions & { servername: string } = {
      ca: readFileSync(proxy.setup.files.ca),
      servername: LAB_HOST,
      headers: { Host: `${LAB_HOST}:${proxy.port}` }
    }
    const ws = new WebSocket(`wss://127.0.0.1:${proxy.port}${LAB_PATH}`, tlsOptions)
    const timer = setTimeout(() => {
      ws.terminate()
      resolve(held)
    }, ms + 2000)
    const done = (): void => {
      clearTimeout(timer)
      resolve(held)
    }
    ws.on('upgrade', res => {
      held.status = res.statusCode
      held.headers = res.headers as Held['headers']
    })
    ws.on('open', () => {
      held.opened = true
      openedAt = Date.now()
      clearTimeout(timer)
      setTimeout(() => {
        ws.terminate()
        done()
      }, ms)
    })
    ws.on('unexpected-response', (_req, res) => {
      held.status = res.statusCode
      held.headers = res.headers as Held['headers']
      let body = ''
      res.on('data', chunk => (body += String(chunk)))
      res.on('end', () => {
        held.body = body
        ws.terminate()
        done()
      })
    })
    ws.on('close', code => {
      if (!held.opened || held.closedAfterMs !== undefined) return
      held.closedAfterMs = Date.now() - openedAt
      held.code = code
      done()
    })
    ws.on('error', () => {
      if (!held.opened && held.status === undefined) done()
    })
  })
}

interface Handshake {
  ok: boolean
  verify?: string
  protocol?: string
  cipher?: string
}

/** openssl s_client to the proxy with the lab root, checking the name ws.lab.test. */
function sClient(proxy: RunningProxy, args: string[] = []): Promise<Handshake> {
  const argv = [
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
  ]
  return new Promise(resolve => {
    const child = execFile('openssl', argv, { timeout: 5000 }, (_err, stdout) => {
      const line = /New, (\S+), Cipher is (\S+)/.exec(stdout)
      resolve({
        ok: line !== null && line[2] !== '(NONE)',
        verify: /Verify return code: (.*)/.exec(stdout)?.[1],
        protocol: line?.[1],
        cipher: line?.[2]
      })
    })
    child.stdin?.end()
  })
}

const BROWSER_TLS12 =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305'

/** The lab with its configuration rewritten by `edit` (a fix applied, a key added). */
function edited(edit: (text: string, setup: LabSetup) => string, breakage: Breakage): ProxyLab {
  return {
    ...h2oLab,
    configure: (_b, setup) => {
      const config = h2oLab.configure(breakage, setup)
      return { ...config, text: edit(config.text, setup), brokenLine: undefined }
    }
  }
}

/** Applies a fix block (hosts → host → paths → path → directives) to the lab's path. */
function applyPathFix(text: string, block: string, setup: LabSetup): string {
  const doc = parseDocument(text)
  const fix = parseDocument(block)
  const hosts = fix.get('hosts')
  if (!isMap(hosts)) throw new Error(`no hosts in the fix:\n${block}`)
  const paths = hosts.items[0]?.value
  const pathMap = isMap(paths) ? paths.get('paths') : undefined
  const directives = isMap(pathMap) ? pathMap.items[0]?.value : undefined
  if (!isMap(directives)) throw new Error(`no path directives in the fix:\n${block}`)
  for (const pair of directives.items) {
    const key = String((pair.key as { value: unknown }).value)
    if (key === 'proxy.reverse.url') continue
    const value = isScalar(pair.value) ? pair.value.value : pair.value
    doc.setIn(['hosts', `${LAB_HOST}:${setup.port}`, 'paths', LAB_PATH, key], value)
  }
  return doc.toString()
}

const runnable = installed('h2o')
if (!runnable) console.warn('h2o.test.ts: h2o is not installed: the real-proxy tests are SKIPPED')
const withH2o = runnable ? describe : describe.skip

let backend: Awaited<ReturnType<typeof startBackend>>
beforeAll(async () => {
  backend = await startBackend()
})
afterAll(async () => {
  await backend?.close()
})

withH2o('h2o in the lab, breakage by breakage', () => {
  const running = new Map<Breakage, RunningProxy>()
  beforeAll(async () => {
    for (const breakage of BREAKAGES)
      running.set(
        breakage,
        await startProxy(h2oLab, breakage, {
          backendPort: backend.port,
          idleCutSeconds: IDLE_CUT_S
        })
      )
  })
  afterAll(async () => {
    await Promise.all([...running.values()].map(p => p.stop()))
  })
  const proxy = (b: Breakage): RunningProxy => running.get(b)!

  describe('the oracle: the real h2o does what each breakage says', () => {
    test('healthy: the upgrade passes and a silent WebSocket outlives the idle cut', async () => {
      const held = await hold(proxy('healthy'), (IDLE_CUT_S + 1) * 1000)
      expect(held.status).toBe(101)
      expect(held.opened).toBe(true)
      expect(held.closedAfterMs).toBeUndefined()
      const handshake = await sClient(proxy('healthy'))
      expect(handshake.verify).toBe('0 (ok)')
      expect(await sClient(proxy('healthy'), ['-tls1_2', '-cipher', BROWSER_TLS12])).toMatchObject({
        ok: true,
        protocol: 'TLSv1.2'
      })
      expect(await sClient(proxy('healthy'), ['-tls1_3'])).toMatchObject({ ok: true })
    })

    test('idle-cut: h2o closes a silent WebSocket after proxy.websocket.timeout (1006)', async () => {
      const held = await hold(proxy('idle-cut'), (IDLE_CUT_S + 2) * 1000)
      expect(held.opened).toBe(true)
      expect(held.code).toBe(1006)
      expect(held.closedAfterMs).toBeGreaterThan(IDLE_CUT_S * 1000 - 500)
      expect(held.closedAfterMs).toBeLessThan(IDLE_CUT_S * 1000 + 1500)
    })

    test('no-upgrade: the backend sees a plain GET and the client gets its 426', async () => {
      const held = await hold(proxy('no-upgrade'), 500)
      expect(held.opened).toBe(false)
      expect(held.status).toBe(426)
      expect(held.body).toContain('WebSocket upgrade required')
    })

    test('leaf-only: openssl cannot build the chain', async () => {
      const handshake = await sClient(proxy('leaf-only'))
      expect(handshake.verify).toMatch(/^21 \(unable to verify the first certificate\)/)
    })

    test('wrong-host: the certificate does not name ws.lab.test', async () => {
      expect((await sClient(proxy('wrong-host'))).verify).toMatch(/^62 \(hostname mismatch\)/)
    })

    test('tls13-only: min-version TLSv1.3 refuses TLS 1.2', async () => {
      expect((await sClient(proxy('tls13-only'), ['-tls1_2'])).ok).toBe(false)
      expect(await sClient(proxy('tls13-only'), ['-tls1_3'])).toMatchObject({ ok: true })
    })

    test('bad-ciphers: TLS 1.2 refuses the browsers’ ECDHE suites and takes DHE', async () => {
      const p = proxy('bad-ciphers')
      expect((await sClient(p, ['-tls1_2', '-cipher', BROWSER_TLS12])).ok).toBe(false)
      expect(await sClient(p, ['-tls1_2', '-cipher', 'DHE-RSA-AES256-GCM-SHA384'])).toMatchObject({
        ok: true,
        cipher: 'DHE-RSA-AES256-GCM-SHA384'
      })
      // h2o 2.2's max-version below TLSv1.3 only turns picotls off: built with OpenSSL 3, it
      // still offers OpenSSL's TLS 1.3, so browsers get in over 1.3 (fixed in h2o after 2.3.0-beta2).
      if (/version 2\.2\./.test(spawnSync('h2o', ['-v']).stdout.toString()))
        expect(await sClient(p, ['-tls1_3'])).toMatchObject({ ok: true })
    })
  })

  describe('the static check of each lab configuration', () => {
    // Requiring 1.2 and 1.3 makes tls13-only a failure (by default, refusing 1.2 warns).
    const strict = (p: RunningProxy): ConfigCheckOptions =>
      options({ workspace: p.setup.dir, requireTlsVersions: ['TLSv1.2', 'TLSv1.3'] })
    const file = (p: RunningProxy) => ({ path: p.config.name, text: p.config.text })

    test('healthy: a pass summary, nothing to warn about', async () => {
      const p = proxy('healthy')
      expect(h2o.claims!(file(p))).toBe(true)
      const verdict = await h2o.checkConfig!(file(p), strict(p))
      expect(verdict.summary).toBe('h2o configuration: 1 host, 1 TLS listener, 1 WebSocket path')
      expect(verdict.findings).toEqual([])
    })

    test.each(BREAKAGES.filter(b => b !== 'healthy'))(
      '%s: a failure at the broken line, with an h2o fix',
      async breakage => {
        const p = proxy(breakage)
        expect(p.config.brokenLine).toBeDefined()
        const verdict = await h2o.checkConfig!(file(p), strict(p))
        const at = verdict.findings.filter(f => f.location?.line === p.config.brokenLine)
        expect(at.map(f => f.status)).toContain('fail')
        const failure = at.find(f => f.status === 'fail')!
        expect(failure.location?.file).toBe('h2o.conf')
        expect(failure.fix?.code?.lang).toBe('yaml')
        expect(failure.cause).toBeTruthy()
        const fixes: Partial<Record<Breakage, RegExp>> = {
          'idle-cut': /proxy\.websocket\.timeout: 3600000/,
          'no-upgrade': /proxy\.websocket: ON/,
          'leaf-only': /certificate-file: .*fullchain\.pem/,
          'tls13-only': /min-version: TLSv1\.2/,
          'bad-ciphers': /cipher-suite: ECDHE-/,
          'wrong-host': /certificate-file:/
        }
        expect(failure.fix?.code?.text).toMatch(fixes[breakage]!)
      }
    )

    test('idle-cut names the key and its value; no-upgrade says h2o leaves it OFF', async () => {
      const idle = await h2o.checkConfig!(file(proxy('idle-cut')), strict(proxy('idle-cut')))
      expect(idle.findings[0].title).toMatch(
        /\/socket: idle WebSockets are cut after 2 s \(proxy\.websocket\.timeout: 2000\)/
      )
      const plain = await h2o.checkConfig!(file(proxy('no-upgrade')), strict(proxy('no-upgrade')))
      expect(plain.findings[0].details?.join(' ')).toMatch(/h2o 2\.2 defaults to OFF/)
    })

    test('tls13-only warns by default, fails when 1.2 is required', async () => {
      const p = proxy('tls13-only')
      const verdict = await h2o.checkConfig!(file(p), options({ workspace: p.setup.dir }))
      expect(verdict.findings.map(f => [f.status, f.location?.line])).toEqual([
        ['warn', p.config.brokenLine]
      ])
    })
  })

  describe('recognise on the real answers', () => {
    test('the 101 and the passed-through 426 carry Server: h2o/…', async () => {
      const ok = await hold(proxy('healthy'), 100)
      expect(h2o.recognise({ status: ok.status, headers: ok.headers })).toMatch(/^Server: h2o\//)
      const refused = await hold(proxy('no-upgrade'), 100)
      const evidence: ResponseEvidence = {
        status: refused.status,
        headers: refused.headers,
        body: refused.body
      }
      expect(h2o.recognise(evidence)).toMatch(/^Server: h2o\/2\./)
    })

    test('without its Server header, by its own 502 page (backend gone)', async () => {
      const gone = await startBackend()
      const port = gone.port
      await gone.close()
      const quiet = await startProxy(
        edited(text => `send-server-name: OFF\n${text}`, 'healthy'),
        'healthy',
        { backendPort: port }
      )
      try {
        const held = await hold(quiet, 100)
        expect(held.status).toBe(502)
        expect(held.headers.server).toBeUndefined()
        const evidence = { status: held.status, headers: held.headers, body: held.body }
        expect(h2o.recognise(evidence)).toBe('502 "connection failed" (h2o\'s own error page)')
      } finally {
        await quiet.stop()
      }
    })

    test('others are not h2o', () => {
      const no = (e: ResponseEvidence) => expect(h2o.recognise(e)).toBeUndefined()
      no({ status: 502, headers: { server: 'nginx/1.22.1' }, body: 'connection failed' })
      no({ status: 426, headers: { server: 'h2ox' } })
      no({ status: 502, headers: { 'content-type': 'text/html' }, body: 'connection failed' })
      no({
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'Not Found'
      })
      no({ headers: {} })
    })
  })

  describe('the fixes, applied to the real h2o', () => {
    test('the idle-timeout fix keeps a silent WebSocket open past the cut', async () => {
      const problem: Problem = {
        kind: 'idle-timeout',
        host: LAB_HOST,
        path: LAB_PATH,
        seconds: IDLE_CUT_S
      }
      const block = h2oFix(problem).code!.text
      expect(block).toMatch(/proxy\.websocket\.timeout: 3600000/)
      const fixed = await startProxy(
        edited((text, setup) => applyPathFix(text, block, setup), 'idle-cut'),
        'idle-cut',
        { backendPort: backend.port, idleCutSeconds: IDLE_CUT_S }
      )
      try {
        const check = await h2o.checkConfig!(
          { path: 'h2o.conf', text: readFileSync(fixed.configPath, 'utf8') },
          options({ workspace: fixed.setup.dir })
        )
        expect(check.findings).toEqual([])
        const held = await hold(fixed, (IDLE_CUT_S + 1) * 1000)
        expect(held.opened).toBe(true)
        expect(held.closedAfterMs).toBeUndefined()
      } finally {
        await fixed.stop()
      }
    })

    test('the upgrade fix gets a 101 through', async () => {
      const block = h2oFix({ kind: 'upgrade', host: LAB_HOST, path: `${LAB_PATH}?v=1` }).code!.text
      expect(block).toMatch(/"\/socket":\n\s+proxy\.reverse\.url: .*\n\s+proxy\.websocket: ON/)
      const fixed = await startProxy(
        edited((text, setup) => applyPathFix(text, block, setup), 'no-upgrade'),
        'no-upgrade',
        { backendPort: backend.port }
      )
      try {
        const held = await hold(fixed, 200)
        expect(held.status).toBe(101)
        expect(held.opened).toBe(true)
      } finally {
        await fixed.stop()
      }
    })

    test('h2o 2.2 has no client certificates: it refuses client-ca-file, as the fix says', () => {
      const fix = h2oFix({ kind: 'client-certificate', host: LAB_HOST })
      expect(fix.text).toMatch(/h2o 2\.2 cannot ask for or verify client certificates/)
      expect(fix.text).toMatch(/in front of it/)
      const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-h2o-t-'))
      try {
        const p = proxy('healthy')
        const conf = path.join(dir, 'h2o.conf')
        writeFileSync(
          conf,
          p.config.text.replace(
            /( +)min-version: TLSv1\.2/,
            `$&\n$1client-ca-file: ${p.setup.files.ca}`
          )
        )
        const result = spawnSync('h2o', ['-t', '-c', conf])
        const out = `${result.stdout}${result.stderr}`
        if (/version 2\.2\./.test(spawnSync('h2o', ['-v']).stdout.toString())) {
          expect(result.status).not.toBe(0)
          expect(out).toMatch(/unknown property: client-ca-file/)
        }
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  })
})

describe('fix() for every problem', () => {
  const problems: Problem[] = [
    { kind: 'upgrade', host: 'chat.example.com', path: '/ws' },
    { kind: 'idle-timeout', host: 'chat.example.com', path: '/ws', seconds: 7200 },
    { kind: 'full-chain', host: 'chat.example.com' },
    { kind: 'tls-versions', host: 'chat.example.com' },
    { kind: 'browser-ciphers', host: 'chat.example.com', browsersLockedOut: true },
    { kind: 'certificate', host: 'chat.example.com' },
    { kind: 'tls-listener', host: 'chat.example.com', port: 8443, path: '/ws?room=1' },
    { kind: 'client-certificate', host: 'chat.example.com' },
    { kind: 'certificate-size', host: 'chat.example.com' }
  ]
  test.each(problems.map(p => [p.kind, p] as const))(
    '%s: text and a YAML block',
    (_kind, problem) => {
      const fix = h2oFix(problem)
      expect(fix.text.length).toBeGreaterThan(40)
      expect(fix.code?.lang).toBe('yaml')
      const doc = parseDocument(fix.code!.text)
      expect(doc.errors).toEqual([])
    }
  )
  test('the words that matter', () => {
    const text = (p: Problem) => h2oFix(p).code!.text
    expect(text(problems[0])).toMatch(/proxy\.websocket: ON/)
    expect(text(problems[1])).toMatch(/proxy\.websocket\.timeout: 14400000/)
    expect(text(problems[2])).toMatch(
      /certificate-file: \/etc\/letsencrypt\/live\/chat\.example\.com\/fullchain\.pem/
    )
    expect(text(problems[3])).toMatch(/min-version: TLSv1\.2/)
    expect(text(problems[4])).toMatch(/cipher-suite: ECDHE-ECDSA-AES128-GCM-SHA256:/)
    expect(text(problems[6])).toMatch(/port: 8443\n\s+ssl:/)
    expect(text(problems[6])).toMatch(/"\/ws":/)
    expect(text(problems[7])).toMatch(/client-ca-file/)
  })
})

describe('realistic h2o configurations', () => {
  const read = (name: string) => ({
    path: `h2o/${name}`,
    text: readFileSync(path.join(FIXTURES, 'h2o', name), 'utf8')
  })

  test('a healthy h2o.conf (TLS settings in an include) passes', async () => {
    const file = read('h2o.conf')
    expect(h2o.claims!(file)).toBe(true)
    const verdict = await h2o.checkConfig!(file, options({ idleTimeoutMs: 60_000 }))
    expect(verdict.findings).toEqual([])
    expect(verdict.included).toEqual(['h2o/ssl.yaml'])
    expect(verdict.summary).toBe('h2o configuration: 2 hosts, 1 TLS listener, 1 WebSocket path')
  })

  test('the Socket.IO configuration fails where it breaks', async () => {
    const file = read('socketio.conf')
    const lines = file.text.split('\n')
    const line = (pattern: RegExp) => lines.findIndex(l => pattern.test(l)) + 1
    const verdict = await h2o.checkConfig!(
      file,
      options({ idleTimeoutMs: 60_000, websocketPaths: ['/live/feed'] })
    )
    const found = verdict.findings.map(f => [f.status, f.location?.line, f.title])
    expect(found).toEqual([
      [
        'fail',
        line(/certificate-file/),
        'listen 443: certificate-file cert.pem serves the leaf without intermediates'
      ],
      [
        'fail',
        line(/proxy\.websocket\.timeout/),
        'app.example.com /socket.io/: idle WebSockets are cut after 30 s (proxy.websocket.timeout: 30000)'
      ],
      [
        'fail',
        line(/proxy\.websocket: OFF/),
        expect.stringMatching(/^app\.example\.com \/live: proxy\.websocket is not ON/)
      ],
      [
        'fail',
        line(/proxy\.websocket\.timeout/),
        'app.example.com /live: idle WebSockets are cut after 30 s (proxy.websocket.timeout: 30000)'
      ]
    ])
    expect(verdict.findings[1].details?.join(' ')).toMatch(
      /Set at the host level: it applies to every path of app\.example\.com/
    )
  })

  test('h2o 2.2 accepts both files (their certificates swapped for the lab’s)', () => {
    if (!runnable) return
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-h2o-fx-'))
    try {
      cpSync(path.join(FIXTURES, 'h2o'), dir, { recursive: true })
      const cert = spawnSync('openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=chat.example.com',
        '-days',
        '1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem')
      ])
      expect(cert.status).toBe(0)
      for (const name of ['h2o.conf', 'socketio.conf', 'ssl.yaml']) {
        const file = path.join(dir, name)
        const text = readFileSync(file, 'utf8')
          .replace(/certificate-file: .*/g, `certificate-file: ${dir}/cert.pem`)
          .replace(/key-file: .*/g, `key-file: ${dir}/key.pem`)
          .replace(/\/run\/h2o\.pid|\/var\/log\/h2o/g, dir)
        writeFileSync(file, text)
      }
      for (const name of ['h2o.conf', 'socketio.conf']) {
        const result = spawnSync('h2o', ['-t', '-c', name], { cwd: dir })
        expect(`${result.stdout}${result.stderr}`).toMatch(/configuration OK/)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('as h2o reads YAML: `<<: !file` merges (own keys win), aliases judged once', async () => {
    const text = [
      'hosts:',
      '  "a.example.com":',
      '    listen:',
      '      port: 443',
      '      ssl: &tls',
      '        <<: !file ssl.yaml',
      '        certificate-file: /etc/ssl/a.example.com/cert.pem',
      '        key-file: /etc/ssl/a.example.com/privkey.pem',
      '    paths:',
      '      "/":',
      '        file.dir: /srv/a',
      '  "b.example.com":',
      '    listen:',
      '      port: 443',
      '      ssl: *tls',
      '    paths:',
      '      "/":',
      '        file.dir: /srv/b',
      ''
    ].join('\n')
    const verdict = await h2o.checkConfig!({ path: 'h2o/merged.conf', text }, options())
    expect(verdict.included).toEqual(['h2o/ssl.yaml'])
    // min-version comes from the include (no legacy warning); the leaf is the file's own key.
    expect(verdict.findings.map(f => [f.status, f.location?.line, f.title])).toEqual([
      [
        'fail',
        7,
        'listen 443 of a.example.com: certificate-file cert.pem serves the leaf without intermediates'
      ]
    ])
  })

  test('invalid YAML: a warning at the line, never a failure', async () => {
    const text =
      'hosts:\n  "a.example.com":\n    paths:\n      "/ws":\n        proxy.reverse.url: [oops\n'
    const file = { path: 'h2o.conf', text }
    expect(h2o.claims!(file)).toBe(true)
    const verdict = await h2o.checkConfig!(file, options())
    expect(verdict.findings.map(f => f.status)).toEqual(['warn'])
    expect(verdict.findings[0].location?.line).toBeGreaterThanOrEqual(5)
  })

  test('claims: not Ingress, Traefik or Envoy YAML, not nginx, JSON or an include', () => {
    const claims = (text: string, p = 'x.yaml') => h2o.claims!({ path: p, text })
    for (const name of ['websocket-ok.yaml', 'websocket-default.yaml'])
      expect(claims(readFileSync(path.join(FIXTURES, 'ingress', 'k8s', name), 'utf8'))).toBe(false)
    expect(
      claims(
        'http:\n  routers:\n    ws:\n      rule: Host(`a.example.com`)\n      service: ws\n  services:\n    ws:\n      loadBalancer:\n        servers:\n          - url: http://127.0.0.1:8001\n'
      )
    ).toBe(false)
    expect(
      claims(
        'entryPoints:\n  websecure:\n    address: ":443"\nproviders:\n  file:\n    filename: dynamic.yml\n'
      )
    ).toBe(false)
    expect(
      claims(
        'static_resources:\n  listeners:\n    - name: ws\n      address:\n        socket_address: { address: 0.0.0.0, port_value: 443 }\n'
      )
    ).toBe(false)
    // An Ingress with hosts under spec, and a playbook with `hosts:` per play.
    expect(
      claims('apiVersion: networking.k8s.io/v1\nkind: Ingress\nhosts:\n  a:\n    paths: {}\n')
    ).toBe(false)
    expect(claims('- hosts: web\n  tasks:\n    - name: h2o\n')).toBe(false)
    expect(
      claims(readFileSync(path.join(FIXTURES, 'fix2', 'nginx', 'api.conf'), 'utf8'), 'api.conf')
    ).toBe(false)
    expect(claims('{"hosts": {"a": {"paths": {"/": {"file.dir": "/srv"}}}}}', 'h2o.json')).toBe(
      false
    )
    expect(claims(readFileSync(path.join(FIXTURES, 'h2o', 'ssl.yaml'), 'utf8'))).toBe(false)
    expect(claims('hosts:\n  a.example.com:\n    paths:\n      /:\n        file.dir: /srv\n')).toBe(
      true
    )
  })
})
