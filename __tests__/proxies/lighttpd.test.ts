// lighttpd, for real and on paper: the real server (1.4, mod_openssl, mod_proxy) run with each
// breakage and asked with real clients (ws, openssl s_client) is the oracle; the static check
// must see on each lab configuration (and on realistic lighttpd.conf files) what the server
// does, at the right line, with a fix that, applied, makes the real server healthy.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import type { Finding } from '../../src/findings.js'
import { lighttpd } from '../../src/proxies/lighttpd/index.js'
import { lighttpdFix } from '../../src/proxies/lighttpd/fix.js'
import { parseLighttpd } from '../../src/proxies/lighttpd/parse.js'
import type {
  ConfigCheckOptions,
  Problem,
  ProblemKind,
  ResponseEvidence
} from '../../src/proxies/proxy.js'
import type { Target } from '../../src/target.js'
import { parseResolve, toTarget } from '../../src/targets.js'
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
import { lighttpdLab } from '../fixtures/proxies/lighttpd.js'
import { opensslAcceptsVersion, opensslSentSubjects, opensslVerify } from '../fixtures/tls-lab.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/proxy-config')
const IDLE_CUT_SECONDS = 2
const withLighttpd = installed('lighttpd') ? describe : describe.skip

const targets = (url: string): Target[] => [toTarget({ text: url }, parseResolve('')).target]

let backend: Awaited<ReturnType<typeof startBackend>>
beforeAll(async () => {
  backend = await startBackend()
})
afterAll(async () => {
  await backend?.close()
})

/** The lab's lighttpd with its configuration edited (a fix applied, a variant measured). */
function edited(edit: (text: string, setup: LabSetup) => string): ProxyLab {
  return {
    ...lighttpdLab,
    configure: (breakage, setup) => {
      const config = lighttpdLab.configure(breakage, setup)
      return { ...config, text: edit(config.text, setup) }
    }
  }
}

/** Runs `body` against the lab with `breakage`, stopping lighttpd afterwards. */
async function withProxy<T>(
  breakage: Breakage,
  body: (proxy: RunningProxy) => Promise<T>,
  lab: ProxyLab = lighttpdLab
): Promise<T> {
  const proxy = await startProxy(lab, breakage, {
    backendPort: backend.port,
    idleCutSeconds: IDLE_CUT_SECONDS
  })
  try {
    return await body(proxy)
  } finally {
    await proxy.stop()
  }
}

interface Session {
  /** The upgrade's status: 101, or the status of the answer that was not an upgrade. */
  status?: number
  headers: Record<string, string | undefined>
  body?: string
  /** Seconds from the echo to the close, when lighttpd closed within `holdMs`. */
  closedAfter?: number
  echoed: boolean
  error?: string
}

/** A ws client to 127.0.0.1 for LAB_HOST (lab root as CA): upgrade, one echo, then silence
 * for up to `holdMs`. */
function session(proxy: RunningProxy, holdMs = 0): Promise<Session> {
  return new Promise(resolve => {
    const result: Session = { headers: {}, echoed: false }
    const ws = new WebSocket(`wss://127.0.0.1:${proxy.port}${LAB_PATH}`, {
      ca: readFileSync(proxy.setup.files.ca),
      // ws hands TLS options to tls.connect; its types leave servername out.
      servername: LAB_HOST,
      headers: { Host: LAB_HOST }
    } as WebSocket.ClientOptions)
    let echoedAt = 0
    let timer: NodeJS.Timeout | undefined
    const done = (): void => {
      clearTimeout(timer)
      resolve(result)
    }
    const keep = (res: { statusCode?: number; headers: Record<string, unknown> }): void => {
      result.status = res.statusCode
      result.headers = Object.fromEntries(
        Object.entries(res.headers).map(([k, v]) => [k, v === undefined ? undefined : String(v)])
      )
    }
    ws.on('upgrade', keep)
    ws.on('unexpected-response', (_req, res) => {
      keep(res)
      let body = ''
      res.on('data', chunk => (body += String(chunk)))
      res.on('end', () => {
        result.body = body
        ws.terminate()
        done()
      })
    })
    ws.on('open', () => ws.send('hello'))
    ws.on('message', data => {
      result.echoed = String(data) === 'hello'
      echoedAt = Date.now()
      timer = setTimeout(() => {
        ws.terminate()
        done()
      }, holdMs)
    })
    ws.on('error', err => (result.error = err.message))
    ws.on('close', () => {
      if (echoedAt && Date.now() - echoedAt < holdMs)
        result.closedAfter = (Date.now() - echoedAt) / 1000
      if (result.body === undefined) done()
    })
  })
}

/** Whether openssl s_client completes a TLS 1.2 handshake offering only `ciphers`. */
function opensslTakes(port: number, ciphers: string): Promise<boolean> {
  return new Promise(resolve => {
    const child = execFile(
      'openssl',
      ['s_client', '-connect', `127.0.0.1:${port}`, '-tls1_2', '-cipher', ciphers],
      { timeout: 10_000 },
      (_err, stdout) => resolve(/^New, TLSv1\.2, Cipher is /m.test(stdout))
    )
    child.stdin?.end()
  })
}

const BROWSER_TLS12 =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305'

withLighttpd('lighttpd lab: the real server does what each breakage says', () => {
  test('healthy: the upgrade passes, a silent socket outlives the idle cut, the chain verifies', async () => {
    await withProxy('healthy', async proxy => {
      const live = await session(proxy, (IDLE_CUT_SECONDS + 1) * 1000)
      expect(live).toMatchObject({ status: 101, echoed: true })
      expect(live.closedAfter).toBeUndefined()
      expect(await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)).toEqual({
        code: 0,
        text: 'ok'
      })
      expect(await opensslSentSubjects(proxy.port, LAB_HOST)).toEqual([
        `CN=${LAB_HOST}`,
        'CN=Proxy Lab Intermediate'
      ])
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.2')).toBe(true)
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(true)
      expect(await opensslTakes(proxy.port, BROWSER_TLS12)).toBe(true)
    })
  })

  test('idle-cut: server.max-read-idle closes a silent WebSocket about idleCutSeconds in (1006)', async () => {
    await withProxy('idle-cut', async proxy => {
      const cut = await session(proxy, (IDLE_CUT_SECONDS + 3) * 1000)
      expect(cut).toMatchObject({ status: 101, echoed: true })
      // lighttpd checks idle connections once a second: the cut comes within a second after.
      expect(cut.closedAfter).toBeGreaterThanOrEqual(IDLE_CUT_SECONDS - 0.5)
      expect(cut.closedAfter).toBeLessThan(IDLE_CUT_SECONDS + 1.8)
    })
  })

  test('no-upgrade: without proxy.header "upgrade" the backend sees a plain GET (426, not 101)', async () => {
    await withProxy('no-upgrade', async proxy => {
      const refused = await session(proxy)
      expect(refused.status).toBe(426)
      expect(refused.echoed).toBe(false)
    })
  })

  test('leaf-only: the leaf alone in ssl.pemfile, no ssl.ca-file: the intermediate is not sent', async () => {
    await withProxy('leaf-only', async proxy => {
      expect(await opensslSentSubjects(proxy.port, LAB_HOST)).toEqual([`CN=${LAB_HOST}`])
      expect((await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)).code).toBe(21)
    })
  })

  test('wrong-host: the other.lab.test certificate fails hostname verification', async () => {
    await withProxy('wrong-host', async proxy => {
      expect(await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)).toEqual({
        code: 62,
        text: 'hostname mismatch'
      })
    })
  })

  test('tls13-only: MinProtocol TLSv1.3 refuses TLS 1.2', async () => {
    await withProxy('tls13-only', async proxy => {
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.2')).toBe(false)
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(true)
    })
  })

  test('bad-ciphers: TLS 1.2 with DHE only refuses every suite browsers offer', async () => {
    await withProxy('bad-ciphers', async proxy => {
      expect(await opensslTakes(proxy.port, BROWSER_TLS12)).toBe(false)
      expect(await opensslTakes(proxy.port, 'DHE-RSA-AES256-GCM-SHA384')).toBe(true)
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(false)
    })
  })
})

withLighttpd('lighttpd facts the static check relies on, measured', () => {
  const withCaFile = (file: keyof LabSetup['files']): ProxyLab =>
    edited((text, setup) =>
      text.replace(/^(\s*ssl\.privkey = .*)$/m, `$1\n    ssl.ca-file = "${setup.files[file]}"`)
    )

  test('the leaf alone in ssl.pemfile with the intermediate in ssl.ca-file: lighttpd sends the chain', async () => {
    await withProxy(
      'leaf-only',
      async proxy => {
        expect(await opensslSentSubjects(proxy.port, LAB_HOST)).toEqual([
          `CN=${LAB_HOST}`,
          'CN=Proxy Lab Intermediate'
        ])
      },
      withCaFile('chain')
    )
  })

  test('the leaf alone with an ssl.ca-file lacking its issuer: every handshake fails', async () => {
    await withProxy(
      'leaf-only',
      async proxy => {
        expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(false)
        expect(proxy.output() + readFileSync(`${proxy.setup.dir}/error.log`, 'utf8')).toMatch(
          /building cert chain/
        )
      },
      withCaFile('ca')
    )
  })

  test('server.max-write-idle cuts a silent WebSocket too', async () => {
    await withProxy(
      'healthy',
      async proxy => {
        const cut = await session(proxy, (IDLE_CUT_SECONDS + 3) * 1000)
        expect(cut.closedAfter).toBeLessThan(IDLE_CUT_SECONDS + 1.8)
      },
      edited(text =>
        text.replace('server.max-write-idle = 3600', `server.max-write-idle = ${IDLE_CUT_SECONDS}`)
      )
    )
  })

  test('a backend’s "read-timeout" in proxy.server cuts a silent WebSocket', async () => {
    await withProxy(
      'healthy',
      async proxy => {
        const cut = await session(proxy, (IDLE_CUT_SECONDS + 3) * 1000)
        expect(cut.closedAfter).toBeLessThan(IDLE_CUT_SECONDS + 2.8)
      },
      edited(text => text.replace(/("port" => \d+)/, `$1, "read-timeout" => ${IDLE_CUT_SECONDS}`))
    )
  })
})

// ---------------------------------------------------------------- static check

function options(overrides: Partial<ConfigCheckOptions> = {}): ConfigCheckOptions {
  return {
    workspace: '.',
    idleTimeoutMs: 5000,
    websocketPaths: [],
    minTlsVersion: 'TLSv1.2',
    failOnLegacyTls: false,
    requireTlsVersions: ['TLSv1.2', 'TLSv1.3'],
    targets: [],
    ...overrides
  }
}

/** "status file:line title" of every finding that is not a pass. */
const problems = (findings: Finding[]): string[] =>
  findings
    .filter(f => f.status !== 'pass')
    .map(f => `${f.status} ${f.location?.file}:${f.location?.line} ${f.title}`)

async function checkLab(
  proxy: RunningProxy,
  overrides: Partial<ConfigCheckOptions> = {}
): Promise<Finding[]> {
  const file = { path: proxy.config.name, text: proxy.config.text }
  expect(lighttpd.claims!(file)).toBe(true)
  const verdict = await lighttpd.checkConfig!(
    file,
    options({ workspace: proxy.setup.dir, ...overrides })
  )
  return verdict.findings
}

withLighttpd('lighttpd static check on the lab configurations', () => {
  test('healthy: no warning, no failure; the summary names the socket and the route', async () => {
    await withProxy('healthy', async proxy => {
      const verdict = await lighttpd.checkConfig!(
        { path: 'lighttpd.conf', text: proxy.config.text },
        options({ workspace: proxy.setup.dir })
      )
      expect(problems(verdict.findings)).toEqual([])
      expect(verdict.summary).toBe('lighttpd configuration: 1 TLS socket, 1 WebSocket route')
      expect(verdict.details).toEqual([
        `$SERVER["socket"] == "127.0.0.1:${proxy.port}" (lighttpd.conf:10, TLS)`,
        `WebSocket route $HTTP["url"] =~ "^${LAB_PATH}" (lighttpd.conf:16) → 127.0.0.1:${backend.port}`
      ])
    })
  })

  for (const breakage of BREAKAGES.filter(b => b !== 'healthy')) {
    test(`${breakage}: a failure at the broken line with lighttpd's fix (when a file can show it)`, async () => {
      await withProxy(breakage, async proxy => {
        const findings = await checkLab(proxy)
        const { brokenLine } = proxy.config
        if (brokenLine === undefined) {
          expect(findings.filter(f => f.status === 'fail')).toEqual([])
          return
        }
        const failure = findings.find(f => f.status === 'fail' && f.location?.line === brokenLine)
        expect(failure).toBeDefined()
        expect(failure!.location?.file).toBe('lighttpd.conf')
        expect(failure!.fix?.code?.lang).toBe('lighttpd')
        expect(failure!.fix?.text.length).toBeGreaterThan(0)
      })
    })
  }

  test('wrong-host: seen when a wss:// target on that port names the host', async () => {
    await withProxy('wrong-host', async proxy => {
      const findings = await checkLab(proxy, {
        targets: targets(`wss://${LAB_HOST}:${proxy.port}${LAB_PATH}`)
      })
      const line = proxy.config.text.split('\n').findIndex(l => l.includes('ssl.pemfile')) + 1
      expect(problems(findings)).toEqual([
        `fail lighttpd.conf:${line} $SERVER["socket"] == "127.0.0.1:${proxy.port}": the certificate of ssl.pemfile does not cover ${LAB_HOST}`
      ])
      expect(findings[0].fix?.code?.text).toContain(`$HTTP["host"] == "${LAB_HOST}"`)
    })
  })

  test('tls13-only without require-tls-versions: refusing TLS 1.2 warns', async () => {
    await withProxy('tls13-only', async proxy => {
      const findings = await checkLab(proxy, { requireTlsVersions: [] })
      expect(findings.map(f => `${f.status} ${f.location?.line}`)).toEqual([
        `warn ${proxy.config.brokenLine}`
      ])
    })
  })

  test('idle-cut: an idle-timeout shorter than the cut passes; the finding names the setting', async () => {
    await withProxy('idle-cut', async proxy => {
      expect(problems(await checkLab(proxy, { idleTimeoutMs: 1000 }))).toEqual([])
      const [finding] = await checkLab(proxy)
      expect(finding.title).toBe(
        `$HTTP["url"] =~ "^${LAB_PATH}": idle sockets are cut after ${IDLE_CUT_SECONDS} s (server.max-read-idle = ${IDLE_CUT_SECONDS})`
      )
      expect(finding.fix?.code?.text).toBe(
        [
          `$HTTP["url"] =~ "^${LAB_PATH}" {`,
          '    server.max-read-idle = 3600',
          '    server.max-write-idle = 3600',
          '}'
        ].join('\n')
      )
    })
  })

  test('ssl.ca-file: the intermediate there completes the leaf; the root alone fails at its line', async () => {
    await withProxy('leaf-only', async proxy => {
      const withCa = (file: string): string =>
        proxy.config.text.replace(/^(\s*ssl\.privkey = .*)$/m, `$1\n    ssl.ca-file = "${file}"`)
      const check = (text: string): Promise<Finding[]> =>
        lighttpd.checkConfig!(
          { path: 'lighttpd.conf', text },
          options({ workspace: proxy.setup.dir })
        ).then(v => v.findings)
      expect(problems(await check(withCa(proxy.setup.files.chain)))).toEqual([])
      const rootOnly = await check(withCa(proxy.setup.files.ca))
      expect(problems(rootOnly)).toEqual([
        `fail lighttpd.conf:14 $SERVER["socket"] == "127.0.0.1:${proxy.port}": ssl.ca-file ${proxy.setup.files.ca} lacks the issuer of the leaf: lighttpd cannot build the chain and fails every TLS handshake`
      ])
    })
  })
})

async function checkFixture(tree: string, overrides: Partial<ConfigCheckOptions> = {}) {
  const workspace = path.join(FIXTURES, 'lighttpd', tree)
  const file = {
    path: 'lighttpd.conf',
    text: readFileSync(path.join(workspace, 'lighttpd.conf'), 'utf8')
  }
  return {
    claimed: lighttpd.claims!(file),
    verdict: await lighttpd.checkConfig!(
      file,
      options({ workspace, idleTimeoutMs: 60_000, requireTlsVersions: [], ...overrides })
    )
  }
}

describe('lighttpd static check on realistic lighttpd.conf files', () => {
  test('a Debian-style configuration with Socket.IO in an included file passes', async () => {
    const { claimed, verdict } = await checkFixture('healthy', {
      targets: targets('wss://chat.example.com/socket.io/?EIO=4&transport=websocket')
    })
    expect(claimed).toBe(true)
    expect(problems(verdict.findings)).toEqual([])
    expect(verdict.included).toEqual(['conf-enabled/20-socketio.conf'])
    expect(verdict.details).toEqual([
      'server.port 80 (lighttpd.conf:18, no TLS)',
      '$SERVER["socket"] == ":443" (lighttpd.conf:30, TLS)',
      'WebSocket route $HTTP["host"] == "chat.example.com" $HTTP["url"] =^ "/socket.io/" (conf-enabled/20-socketio.conf:2) → 127.0.0.1:3000',
      '$HTTP["host"] == "chat.example.com" (lighttpd.conf:38) serves the target wss://chat.example.com/socket.io/?EIO=4&transport=websocket',
      'Includes read: conf-enabled/20-socketio.conf'
    ])
  })

  test('a broken one fails at each line that breaks WebSockets', async () => {
    const { verdict } = await checkFixture('broken', { requireTlsVersions: ['TLSv1.2'] })
    const site = '$HTTP["host"] == "api.example.com" $HTTP["url"] =~ "^/ws/"'
    expect(problems(verdict.findings)).toEqual([
      'fail lighttpd.conf:8 $SERVER["socket"] == ":443": ssl.pemfile /etc/letsencrypt/live/api.example.com/cert.pem holds the leaf alone and no ssl.ca-file names the intermediates: lighttpd sends the leaf without them',
      'fail lighttpd.conf:11 $SERVER["socket"] == ":443": ssl.openssl.ssl-conf-cmd refuses TLS 1.2 (accepts TLS 1.3), which require-tls-versions requires',
      `fail lighttpd.conf:19 ${site}: proxy.header "upgrade" => "enable" is missing: mod_proxy does not pass the upgrade (the client gets 400 or 426, not 101)`,
      `fail lighttpd.conf:17 ${site}: idle sockets are cut after 60 s (server.max-read-idle, lighttpd's default)`,
      `fail lighttpd.conf:18 ${site}: idle sockets are cut after 30 s (proxy.server "read-timeout" => 30)`
    ])
    for (const f of verdict.findings) expect(f.fix?.code?.lang).toBe('lighttpd')
    // The upgrade fix keeps the file's own backend.
    expect(verdict.findings[2].fix?.code?.text).toContain(
      'proxy.server = ( "" => ( ( "host" => "10.0.0.5", "port" => 8080, "read-timeout" => 30 ) ) )'
    )
  })

  test('a file lighttpd would refuse is a warning at the line, never a failure', async () => {
    const { verdict } = await checkFixture('syntax')
    expect(problems(verdict.findings)).toEqual([
      'warn lighttpd.conf:6 Not checked: lighttpd would refuse this file (use => for assignments in arrays)'
    ])
    // lighttpd itself points at the same line.
    if (installed('lighttpd')) {
      const refused = spawnSync('lighttpd', ['-t', '-f', 'lighttpd.conf'], {
        cwd: path.join(FIXTURES, 'lighttpd', 'syntax')
      })
      expect(refused.status).not.toBe(0)
      expect(String(refused.stderr)).toMatch(/line: 6 /)
    }
  })

  test.each([
    ['an unclosed string', 'server.port = 80\nserver.tag = "x\n', 2],
    [
      'an unclosed condition',
      '$HTTP["url"] =~ "^/ws" {\n  proxy.header = ( "upgrade" => "enable" )\n',
      1
    ],
    ['a semicolon (nginx habit)', 'server.port = 80;\n', 1]
  ])('%s warns at its line', async (_name, text, line) => {
    const verdict = await lighttpd.checkConfig!({ path: 'l.conf', text }, options())
    expect(verdict.findings.map(f => `${f.status} ${f.location?.line}`)).toEqual([`warn ${line}`])
  })

  const SNIPPETS = [
    '$HTTP["url"] =~ "^/a" { var.x = 5 } else $HTTP["url"] =~ "^/b" { var.x = 6 } else { var.x = 7 }',
    '$HTTP["url"] =~ "^/a" {\n  var.x = 5\n}\nelse {\n  var.x = 6\n}',
    'global {\n  var.x = 5\n}',
    'var.a = 1 var.b = 2',
    'var.a = ( "k" => "v", )',
    'var.a = ( "k" => ( "l" => 1, "m" => "n" ), "o" )',
    'var.a = "x\\"y" + 1',
    'var.a = 1\n# a comment\nvar.b = var.a + 2',
    'server.port = 80;',
    'var.a = ( "k" = "v" )',
    '$HTTP["url"] = "/x" { }',
    '$HTTP["url"] == "/x" {',
    'var.a = ( 1, 2',
    'var.a = "open',
    '}',
    'var.a = 1 +',
    '$HTTP["url"] =~ "^/a" { var.x = 5 } var.y = 1'
  ]
  const lighttpdTest = installed('lighttpd') ? test : test.skip
  lighttpdTest.each(SNIPPETS)('agrees with lighttpd -t on whether %j parses', snippet => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-lighttpd-t-'))
    try {
      const conf = path.join(dir, 'lighttpd.conf')
      writeFileSync(conf, `server.document-root = "${dir}"\n${snippet}\n`)
      const real = spawnSync('lighttpd', ['-t', '-f', conf]).status === 0
      let ours = true
      try {
        parseLighttpd(`${snippet}\n`, 'l.conf')
      } catch {
        ours = false
      }
      expect(ours).toBe(real)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('never throws: garbage, deep nesting and a large file are warnings or nothing', async () => {
    const texts = [
      '('.repeat(100_000),
      '$HTTP["url"] =~ "x" {'.repeat(1000),
      'var.a = 1 + '.repeat(5000) + '1',
      '\u0000\uffff"\\',
      Array.from({ length: 20_000 }, (_, i) => `var.k${i} = ${i}`).join('\n')
    ]
    for (const text of texts) {
      const verdict = await lighttpd.checkConfig!({ path: 'l.conf', text }, options())
      expect(verdict.findings.every(f => f.status !== 'fail')).toBe(true)
    }
  })

  test('lighttpd’s own semantics: += appends to the value in effect, := replaces, = twice is refused', async () => {
    const text = [
      'server.modules = ( "mod_openssl" )',
      'server.modules += ( "mod_proxy" )',
      'server.max-read-idle = 3600',
      'server.max-write-idle = 3600',
      'var.backend = "127.0.0.1"',
      '$HTTP["url"] =~ "^/ws/" {',
      '    proxy.server = ( "" => ( ( "host" => var.backend, "port" => 8000 + 1 ) ) )',
      '    proxy.header = ( "upgrade" => "disable" )',
      '    proxy.header := ( "upgrade" => "enable" )',
      '}',
      'server.max-read-idle = 30'
    ].join('\n')
    const verdict = await lighttpd.checkConfig!(
      { path: 'l.conf', text },
      options({ idleTimeoutMs: 60_000 })
    )
    expect(verdict.details).toContain(
      'WebSocket route $HTTP["url"] =~ "^/ws/" (l.conf:6) → 127.0.0.1:8001'
    )
    // The last global setting applies inside the condition too, wherever it is written.
    expect(problems(verdict.findings)).toEqual([
      'warn l.conf:11 lighttpd refuses this at start: Duplicate config variable server.max-read-idle (set at line 3); use := to replace it',
      'fail l.conf:11 $HTTP["url"] =~ "^/ws/": idle sockets are cut after 30 s (server.max-read-idle = 30)'
    ])
  })

  test('a setting in a sibling condition that may also apply turns a failure into a warning', async () => {
    const text = [
      'server.max-read-idle = 3600',
      'server.max-write-idle = 3600',
      '$HTTP["host"] == "chat.example.com" {',
      '    proxy.header = ( "upgrade" => "enable" )',
      '}',
      '$HTTP["url"] =~ "^/ws/" {',
      '    proxy.server = ( "" => ( ( "host" => "127.0.0.1", "port" => 8001 ) ) )',
      '}'
    ].join('\n')
    const verdict = await lighttpd.checkConfig!({ path: 'l.conf', text }, options())
    expect(problems(verdict.findings)).toEqual([
      'warn l.conf:6 $HTTP["url"] =~ "^/ws/": proxy.header "upgrade" => "enable" is missing: mod_proxy does not pass the upgrade (the client gets 400 or 426, not 101)'
    ])
  })

  test('websocket-paths: a route not named like a socket is checked when it serves one', async () => {
    const text = [
      'server.max-read-idle = 3600',
      'server.max-write-idle = 3600',
      'proxy.server = ( "/live/" => ( ( "host" => "127.0.0.1", "port" => 8001 ) ) )'
    ].join('\n')
    const plain = await lighttpd.checkConfig!({ path: 'l.conf', text }, options())
    expect(plain.summary).toBe('lighttpd configuration: 0 TLS sockets, 0 WebSocket routes')
    const live = await lighttpd.checkConfig!(
      { path: 'l.conf', text },
      options({ websocketPaths: ['/live/feed'] })
    )
    expect(problems(live.findings)).toEqual([
      'fail l.conf:3 proxy.server "/live/": proxy.header "upgrade" => "enable" is missing: mod_proxy does not pass the upgrade (the client gets 400 or 426, not 101)'
    ])
  })

  test('TLS versions: legacy accepted warns (fails with fail-on-legacy-tls), at the entry’s line', async () => {
    const text = [
      'ssl.engine = "enable"',
      'ssl.pemfile = "/etc/ssl/fullchain.pem"',
      'ssl.openssl.ssl-conf-cmd = (',
      '    "MinProtocol" => "TLSv1",',
      '    "CipherString" => "HIGH"',
      ')'
    ].join('\n')
    const check = (failOnLegacyTls: boolean) =>
      lighttpd.checkConfig!({ path: 'l.conf', text }, options({ failOnLegacyTls }))
    expect(problems((await check(false)).findings)).toEqual([
      'warn l.conf:4 server.port 443: ssl.openssl.ssl-conf-cmd accepts legacy TLS 1.0, TLS 1.1'
    ])
    expect(problems((await check(true)).findings)).toEqual([
      'fail l.conf:4 server.port 443: ssl.openssl.ssl-conf-cmd accepts legacy TLS 1.0, TLS 1.1'
    ])
  })

  test('claims lighttpd’s files, never nginx, HAProxy, Apache, Caddy, YAML or .properties', () => {
    const nginx = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
      .filter(f => /(^|\/)nginx\/.*\.conf$/.test(f))
      .map(f => ({ path: f, text: readFileSync(path.join(FIXTURES, f), 'utf8') }))
    expect(nginx.length).toBeGreaterThan(5)
    const yaml = readdirSync(path.join(FIXTURES, 'ingress/k8s')).map(f => ({
      path: `k8s/${f}`,
      text: readFileSync(path.join(FIXTURES, 'ingress/k8s', f), 'utf8')
    }))
    const others = [
      {
        path: 'haproxy.cfg',
        text: 'global\n    maxconn 256\nfrontend wss\n    bind :443 ssl crt /etc/haproxy/site.pem\n    timeout client 1h\n    default_backend ws\nbackend ws\n    server app 127.0.0.1:8001\n'
      },
      {
        path: 'apache.conf',
        text: '<VirtualHost *:443>\n    ServerName api.example.com\n    SSLEngine on\n    ProxyPass /ws/ ws://127.0.0.1:8001/ws/\n</VirtualHost>\n'
      },
      {
        path: 'Caddyfile',
        text: 'api.example.com {\n    reverse_proxy /ws/* 127.0.0.1:8001\n}\n'
      },
      {
        path: 'docker-compose.yml',
        text: 'services:\n  web:\n    image: lighttpd\n    ports:\n      - "443:443"\n'
      },
      {
        path: 'application.properties',
        text: 'server.port=8443\nserver.ssl.key-store=classpath:keystore.p12\nserver.ssl.enabled=true\n'
      }
    ]
    for (const file of [...nginx, ...yaml, ...others])
      expect([file.path, lighttpd.claims!(file)]).toEqual([file.path, false])
    for (const tree of ['healthy', 'broken', 'syntax']) {
      const text = readFileSync(path.join(FIXTURES, 'lighttpd', tree, 'lighttpd.conf'), 'utf8')
      expect(lighttpd.claims!({ path: 'lighttpd.conf', text })).toBe(true)
    }
    expect(
      lighttpd.claims!({
        path: 'lighttpd.conf',
        text: 'server.port = 8080\nserver.max-read-idle = 600\n'
      })
    ).toBe(true)
  })
})

// ---------------------------------------------------------------- recognise

withLighttpd('lighttpd recognised from its real answers', () => {
  const fetch = (proxy: RunningProxy, urlPath: string): Promise<ResponseEvidence> =>
    new Promise((resolve, reject) => {
      execFile(
        'curl',
        [
          '-sk',
          '-i',
          '--http1.1',
          '--max-time',
          '5',
          '--resolve',
          `${LAB_HOST}:${proxy.port}:127.0.0.1`,
          `https://${LAB_HOST}:${proxy.port}${urlPath}`
        ],
        (err, stdout) => {
          if (err && !stdout) return reject(err)
          const [head, ...body] = stdout.replace(/\r\n/g, '\n').split('\n\n')
          const [status, ...lines] = head.split('\n')
          const headers: Record<string, string> = {}
          for (const line of lines) {
            const i = line.indexOf(':')
            headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim()
          }
          resolve({ status: Number(status.split(' ')[1]), headers, body: body.join('\n\n') })
        }
      )
    })

  test('the upgrade, a backend’s refusal, its own 404: by the Server header', async () => {
    await withProxy('healthy', async proxy => {
      const upgrade = await session(proxy)
      expect(lighttpd.recognise({ status: upgrade.status, headers: upgrade.headers })).toMatch(
        /^Server: lighttpd\/1\.4\.\d+$/
      )
      const notFound = await fetch(proxy, '/nothing-here')
      expect(notFound.status).toBe(404)
      expect(lighttpd.recognise(notFound)).toMatch(/^Server: lighttpd\//)
    })
    await withProxy('no-upgrade', async proxy => {
      const refused = await session(proxy)
      expect(refused.status).toBe(426)
      expect(
        lighttpd.recognise({ status: refused.status, headers: refused.headers, body: refused.body })
      ).toMatch(/^Server: lighttpd\//)
    })
  })

  test('with server.tag = "" (no Server header): by its built-in error page', async () => {
    const silent = edited(text => `server.tag = ""\n${text}`)
    await withProxy(
      'healthy',
      async proxy => {
        const notFound = await fetch(proxy, '/nothing-here')
        expect(notFound.headers['server']).toBeUndefined()
        expect(lighttpd.recognise(notFound)).toBe("lighttpd's built-in error page (404 Not Found)")
      },
      silent
    )
    // The backend gone: lighttpd's own 503.
    await withProxy(
      'healthy',
      async proxy => {
        const down = await fetch(proxy, LAB_PATH)
        expect(down.status).toBe(503)
        expect(lighttpd.recognise(down)).toBe(
          "lighttpd's built-in error page (503 Service Unavailable)"
        )
      },
      edited(text => `server.tag = ""\n${text.replace(/"port" => \d+/, '"port" => 1')}`)
    )
  })

  test('other servers’ answers are not lighttpd’s', () => {
    expect(lighttpd.recognise({ status: 101, headers: {} })).toBeUndefined()
    expect(lighttpd.recognise({ headers: { server: 'nginx/1.22.1' } })).toBeUndefined()
    expect(
      lighttpd.recognise({
        status: 404,
        headers: {},
        body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
      })
    ).toBeUndefined()
  })
})

// ---------------------------------------------------------------- fixes

const PROBLEMS: Record<ProblemKind, Problem> = {
  upgrade: { kind: 'upgrade', host: LAB_HOST, path: `${LAB_PATH}?room=1` },
  'idle-timeout': { kind: 'idle-timeout', host: LAB_HOST, path: LAB_PATH, seconds: 90 },
  'full-chain': { kind: 'full-chain', host: LAB_HOST },
  'tls-versions': { kind: 'tls-versions', host: LAB_HOST },
  'browser-ciphers': { kind: 'browser-ciphers', host: LAB_HOST, browsersLockedOut: true },
  certificate: { kind: 'certificate', host: LAB_HOST },
  'tls-listener': { kind: 'tls-listener', host: LAB_HOST, port: 8443, path: LAB_PATH },
  'client-certificate': { kind: 'client-certificate', host: LAB_HOST },
  'certificate-size': { kind: 'certificate-size', host: LAB_HOST }
}

describe('lighttpd fixes', () => {
  test.each(Object.values(PROBLEMS))('$kind: lighttpd’s words and a lighttpd block', problem => {
    const fix = lighttpdFix(problem)
    expect(fix.text.length).toBeGreaterThan(40)
    expect(fix.code?.lang).toBe('lighttpd')
    expect(fix.code?.text).toMatch(/\$(HTTP|SERVER)\["/)
  })

  test('the blocks say what each problem needs', () => {
    const block = (kind: ProblemKind): string => lighttpdFix(PROBLEMS[kind]).code!.text
    expect(block('upgrade')).toContain('proxy.header = ( "upgrade" => "enable" )')
    expect(block('upgrade')).toContain(`$HTTP["url"] =~ "^${LAB_PATH}"`)
    expect(block('upgrade')).toContain('proxy.server = (')
    // Twice idle-timeout when that is longer than an hour; an hour here.
    expect(block('idle-timeout')).toContain('server.max-read-idle = 3600')
    expect(block('idle-timeout')).toContain('server.max-write-idle = 3600')
    expect(
      lighttpdFix({ ...PROBLEMS['idle-timeout'], seconds: 7200 } as Problem).code!.text
    ).toContain('server.max-read-idle = 14400')
    expect(block('full-chain')).toMatch(
      /ssl\.pemfile = .*fullchain\.pem[\s\S]*ssl\.privkey[\s\S]*ssl\.ca-file/
    )
    expect(block('tls-versions')).toContain('"MinProtocol" => "TLSv1.2"')
    expect(block('browser-ciphers')).toContain('"CipherString" => "ECDHE-')
    expect(block('certificate')).toContain(`$HTTP["host"] == "${LAB_HOST}"`)
    expect(block('tls-listener')).toContain('$SERVER["socket"] == ":8443"')
    expect(block('client-certificate')).toMatch(
      /ssl\.ca-file[\s\S]*ssl\.verifyclient\.activate = "enable"[\s\S]*ssl\.verifyclient\.enforce/
    )
    expect(block('certificate-size').match(/\$HTTP\["host"\]/g)).toHaveLength(2)
  })

  const lighttpdTest = installed('lighttpd') ? test : test.skip

  lighttpdTest('every block is configuration lighttpd accepts (lighttpd -t)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-lighttpd-fix-'))
    try {
      for (const problem of Object.values(PROBLEMS)) {
        const conf = path.join(dir, 'lighttpd.conf')
        writeFileSync(
          conf,
          `server.document-root = "${dir}"\nserver.port = 8080\n${lighttpdFix(problem).code!.text}\n`
        )
        const result = spawnSync('lighttpd', ['-t', '-f', conf])
        expect([problem.kind, result.status, String(result.stdout).trim()]).toEqual([
          problem.kind,
          0,
          'Syntax OK'
        ])
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  /** The broken lab configuration with its broken line (and, for a block, the block it
   * opens) replaced by the fix, the backend's port put in place of the example's. */
  const applied = (problem: Problem): ProxyLab => ({
    ...lighttpdLab,
    configure: (breakage, setup) => {
      const config = lighttpdLab.configure(breakage, setup)
      const lines = config.text.split('\n')
      const start = config.brokenLine! - 1
      let end = start
      if (lines[start].trimEnd().endsWith('{')) while (lines[end].trim() !== '}') end++
      lines.splice(start, end - start + 1)
      const block = lighttpdFix(problem).code!.text.replace(
        '"port" => 8001',
        `"port" => ${setup.backendPort}`
      )
      return { ...config, text: [...lines, block].join('\n'), brokenLine: undefined }
    }
  })

  lighttpdTest(
    'the idle-timeout fix applied to idle-cut: a silent socket outlives the cut, and the check passes',
    async () => {
      const problem: Problem = {
        kind: 'idle-timeout',
        host: LAB_HOST,
        path: LAB_PATH,
        seconds: IDLE_CUT_SECONDS
      }
      await withProxy(
        'idle-cut',
        async proxy => {
          const live = await session(proxy, (IDLE_CUT_SECONDS + 1) * 1000)
          expect(live).toMatchObject({ status: 101, echoed: true })
          expect(live.closedAfter).toBeUndefined()
          expect(problems(await checkLab(proxy))).toEqual([])
        },
        applied(problem)
      )
    }
  )

  lighttpdTest(
    'the upgrade fix applied to no-upgrade: 101 and an echo, and the check passes',
    async () => {
      await withProxy(
        'no-upgrade',
        async proxy => {
          const live = await session(proxy)
          expect(live).toMatchObject({ status: 101, echoed: true })
          expect(problems(await checkLab(proxy))).toEqual([])
        },
        applied(PROBLEMS.upgrade)
      )
    }
  )
})
