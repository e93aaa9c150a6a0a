// Apache httpd: the real server (Debian's apache2, run in a private prefix) as the oracle for
// each lab breakage, the static check on the same configurations and on realistic vhost files,
// `recognise` on Apache's real answers, and the fixes pasted back into the broken
// configurations making the real server healthy.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { apache } from '../../src/proxies/apache/index.js'
import { PLACEHOLDER_BACKEND, apacheFix } from '../../src/proxies/apache/fix.js'
import type { ConfigCheckOptions, Problem, ProblemKind } from '../../src/proxies/proxy.js'
import {
  BREAKAGES,
  installed,
  LAB_HOST,
  lineOf,
  LAB_PATH,
  startBackend,
  startProxy,
  type Breakage,
  type LabSetup,
  type ProxyLab,
  type RunningProxy,
  writeLabFiles
} from '../fixtures/proxy-lab.js'
import { apacheLab } from '../fixtures/proxies/apache.js'
import { nginxLab } from '../fixtures/proxies/nginx.js'
import { opensslAcceptsVersion, opensslVerify } from '../fixtures/tls-lab.js'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'proxy-config')
const IDLE_CUT_S = 2

const options = (overrides: Partial<ConfigCheckOptions> = {}): ConfigCheckOptions => ({
  workspace: process.cwd(),
  idleTimeoutMs: 5000,
  websocketPaths: [],
  minTlsVersion: 'TLSv1.2',
  failOnLegacyTls: false,
  requireTlsVersions: ['TLSv1.2'],
  targets: [],
  ...overrides
})

const check = (text: string, file = 'apache2.conf', overrides: Partial<ConfigCheckOptions> = {}) =>
  apache.checkConfig!({ path: file, text }, options(overrides))

const problems = (findings: { status: string }[]) => findings.filter(f => f.status !== 'pass')

/** A wss:// client of the lab: its root trusted, ws.lab.test asked for (SNI and Host) on
 * 127.0.0.1. ws hands `servername` to tls.connect; its types do not list it. */
function labSocket(port: number, ca: string): WebSocket {
  const tlsOptions = { ca: readFileSync(ca), servername: LAB_HOST, headers: { Host: LAB_HOST } }
  return new WebSocket(`wss://127.0.0.1:${port}${LAB_PATH}`, tlsOptions as WebSocket.ClientOptions)
}

/** A WebSocket to the lab held silent for `holdMs`: cut (with its close code and when), or
 * alive (and still echoing). */
function holdIdle(
  port: number,
  ca: string,
  holdMs: number
): Promise<{ alive: boolean; code?: number; afterMs?: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const ws = labSocket(port, ca)
    let timer: NodeJS.Timeout | undefined
    ws.on('open', () => {
      timer = setTimeout(() => {
        ws.once('message', data => {
          // Closed before the proxy is stopped: an open tunnel holds httpd's shutdown.
          ws.removeAllListeners('close')
          ws.once('close', () => resolve({ alive: String(data) === 'still there' }))
          ws.close()
        })
        ws.send('still there')
      }, holdMs)
    })
    ws.on('close', code => {
      clearTimeout(timer)
      resolve({ alive: false, code, afterMs: Date.now() - started })
    })
    ws.on('unexpected-response', (_req, res) =>
      reject(new Error(`no upgrade: ${res.statusCode ?? '?'}`))
    )
    ws.on('error', reject)
  })
}

/** The answer to an upgrade request: 101, or the status, headers and body instead. */
function upgradeAnswer(
  port: number,
  ca: string
): Promise<{ status: number; headers: Record<string, string | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = labSocket(port, ca)
    ws.on('upgrade', res => {
      const headers = { ...res.headers } as Record<string, string | undefined>
      ws.on('open', () => {
        ws.once('message', data => {
          ws.once('close', () => resolve({ status: 101, headers, body: String(data) }))
          ws.close()
        })
        ws.send('echo')
      })
    })
    ws.on('unexpected-response', (_req, res) => {
      let body = ''
      res.on('data', chunk => (body += String(chunk)))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers as Record<string, string | undefined>,
          body
        })
      )
    })
    ws.on('error', reject)
  })
}

/** A plain GET through the lab proxy. */
function get(
  port: number,
  ca: string,
  urlPath: string
): Promise<{ status: number; headers: Record<string, string | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(
        {
          host: '127.0.0.1',
          port,
          path: urlPath,
          ca: readFileSync(ca),
          servername: LAB_HOST,
          headers: { Host: LAB_HOST }
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

/** Whether openssl completes a TLS 1.2 handshake offering only `cipher`. */
function tls12With(port: number, cipher: string): Promise<boolean> {
  return new Promise(resolve => {
    const child = execFile(
      'openssl',
      [
        's_client',
        '-connect',
        `127.0.0.1:${port}`,
        '-servername',
        LAB_HOST,
        '-tls1_2',
        '-cipher',
        cipher
      ],
      { timeout: 10_000 },
      (err, stdout) => resolve(!err && /^New, TLSv1\.2/m.test(stdout))
    )
    child.stdin?.end()
  })
}

/** The lab's Apache with its configuration edited (a fix pasted, a directive changed). */
const edited = (edit: (text: string, setup: LabSetup) => string): ProxyLab => ({
  ...apacheLab,
  configure(breakage, setup) {
    const config = apacheLab.configure(breakage, setup)
    return { ...config, text: edit(config.text, setup), brokenLine: undefined }
  }
})

/** `block` pasted over the ProxyPass line, its placeholder backend made the lab's. */
function pasteOverProxyPass(text: string, block: string, backendPort: number): string {
  const lines = text.split('\n')
  const at = lines.findIndex(line => /^\s*ProxyPass /.test(line))
  const pasted = block
    .replaceAll(PLACEHOLDER_BACKEND, `http://127.0.0.1:${backendPort}`)
    .split('\n')
    .map(line => `    ${line}`)
  lines.splice(at, 1, ...pasted)
  return lines.join('\n')
}

const apacheInstalled = installed(apacheLab.binary)

describe('Apache httpd: the real server (oracle)', () => {
  const run = apacheInstalled ? it : it.skip
  let backend: Awaited<ReturnType<typeof startBackend>>
  beforeAll(async () => {
    backend = await startBackend()
  })
  afterAll(async () => {
    await backend?.close()
  })
  async function withProxy<T>(
    breakage: Breakage,
    body: (proxy: RunningProxy) => Promise<T>,
    lab: ProxyLab = apacheLab
  ): Promise<T> {
    const proxy = await startProxy(lab, breakage, {
      backendPort: backend.port,
      idleCutSeconds: IDLE_CUT_S
    })
    try {
      return await body(proxy)
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${proxy.output()}`, { cause: err })
    } finally {
      await proxy.stop()
    }
  }

  run('healthy: a silent WebSocket outlives idleCutSeconds + 1 s, and the chain verifies', () =>
    withProxy('healthy', async proxy => {
      const { ca } = proxy.setup.files
      expect(await holdIdle(proxy.port, ca, (IDLE_CUT_S + 1) * 1000)).toEqual({ alive: true })
      expect((await opensslVerify(proxy.port, LAB_HOST, ca)).code).toBe(0)
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.2')).toBe(true)
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(true)
    })
  )

  run('idle-cut: Timeout cuts a silent WebSocket after idleCutSeconds, without a close frame', () =>
    withProxy('idle-cut', async proxy => {
      const cut = await holdIdle(proxy.port, proxy.setup.files.ca, (IDLE_CUT_S + 2) * 1000)
      expect(cut.alive).toBe(false)
      expect(cut.code).toBe(1006)
      expect(cut.afterMs).toBeGreaterThan(IDLE_CUT_S * 1000 - 500)
      expect(cut.afterMs).toBeLessThan(IDLE_CUT_S * 1000 + 1500)
    })
  )

  run('the tunnel lasts for the longer of Timeout and the backend timeout', async () => {
    // ProxyTimeout (or ProxyPass timeout=) shorter than Timeout does not cut, nor does a
    // Timeout shorter than them: httpd takes the longer of the two.
    const variants: [string, (text: string) => string][] = [
      [
        'Timeout 3600, ProxyTimeout 2',
        t => t.replace(/^(\s*Timeout) \d+$/m, '$1 3600\n    ProxyTimeout 2')
      ],
      [
        'Timeout 2, ProxyTimeout 3600',
        t => t.replace(/^(\s*Timeout \d+)$/m, '$1\n    ProxyTimeout 3600')
      ],
      [
        'Timeout 2, ProxyPass timeout=3600',
        t => t.replace(/upgrade=websocket$/m, 'upgrade=websocket timeout=3600')
      ]
    ]
    await Promise.all(
      variants.map(async ([name, edit]) => {
        const breakage = name.startsWith('Timeout 2') ? 'idle-cut' : 'healthy'
        await withProxy(
          breakage,
          async proxy => {
            const held = await holdIdle(proxy.port, proxy.setup.files.ca, (IDLE_CUT_S + 1) * 1000)
            expect({ name, ...held }).toEqual({ name, alive: true })
            expect(problems((await check(proxy.config.text)).findings)).toEqual([])
          },
          edited(edit)
        )
      })
    )
  })

  run('no-upgrade: ProxyPass to http:// without upgrade=websocket answers the backend 426', () =>
    withProxy('no-upgrade', async proxy => {
      const answer = await upgradeAnswer(proxy.port, proxy.setup.files.ca)
      expect(answer.status).toBe(426)
      expect(answer.body).toContain('WebSocket upgrade required')
    })
  )

  run('ws:// is tunnelled by mod_proxy_http alone (no mod_proxy_wstunnel loaded)', () =>
    withProxy(
      'no-upgrade',
      async proxy => {
        expect(proxy.config.text).not.toMatch(/wstunnel/)
        const answer = await upgradeAnswer(proxy.port, proxy.setup.files.ca)
        expect(answer).toMatchObject({ status: 101, body: 'echo' })
        expect(problems((await check(proxy.config.text)).findings)).toEqual([])
      },
      edited(t => t.replace(/http:\/\/(127\.0\.0\.1:\d+\/socket)$/m, 'ws://$1'))
    )
  )

  run(
    'order: a catch-all ProxyPass first takes the WebSocket path; a [P] rule to ws:// runs before any ProxyPass',
    async () => {
      const rewrite = (text: string, setup: LabSetup): string =>
        text
          .replace(
            /^(LoadModule proxy_module .*)$/m,
            '$1\nLoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so'
          )
          .replace(/^(\s*ProxyPass .*)$/m, (line: string) =>
            [
              `    ProxyPass / http://127.0.0.1:${setup.backendPort}/`,
              line,
              '    RewriteEngine on',
              '    RewriteCond %{HTTP:Upgrade} websocket [NC]',
              `    RewriteRule ^/?(.*) ws://127.0.0.1:${setup.backendPort}/$1 [P,L]`
            ].join('\n')
          )
      const shadowed = (text: string, setup: LabSetup): string =>
        text.replace(
          /^(\s*ProxyPass .*)$/m,
          `    ProxyPass / http://127.0.0.1:${setup.backendPort}/\n$1`
        )
      await Promise.all([
        withProxy(
          'healthy',
          async proxy => {
            expect((await upgradeAnswer(proxy.port, proxy.setup.files.ca)).status).toBe(426)
            const failures = (await check(proxy.config.text)).findings.filter(
              f => f.status === 'fail'
            )
            expect(failures.map(f => f.title)).toEqual([
              `ProxyPass /socket: ProxyPass / (line ${lineOf(proxy.config.text, /ProxyPass \/ /)}) comes first and takes /socket without the upgrade`
            ])
          },
          edited(shadowed)
        ),
        withProxy(
          'no-upgrade',
          async proxy => {
            expect(await upgradeAnswer(proxy.port, proxy.setup.files.ca)).toMatchObject({
              status: 101,
              body: 'echo'
            })
            expect(problems((await check(proxy.config.text)).findings)).toEqual([])
          },
          edited(rewrite)
        )
      ])
    }
  )

  run(
    'leaf-only: openssl cannot build the chain; SSLCertificateChainFile next to it can',
    async () => {
      await withProxy('leaf-only', async proxy => {
        const verdict = await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)
        expect(verdict.code).not.toBe(0)
        expect(verdict.text).toMatch(/unable to (get local issuer|verify the first) certificate/)
      })
      await withProxy(
        'leaf-only',
        async proxy => {
          expect((await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)).code).toBe(0)
          expect(problems((await check(proxy.config.text)).findings)).toEqual([])
        },
        edited((text, setup) =>
          text.replace(
            /^(\s*SSLCertificateFile .*)$/m,
            `$1\n    SSLCertificateChainFile ${setup.files.chain}`
          )
        )
      )
    }
  )

  run('wrong-host: the certificate does not match ws.lab.test', () =>
    withProxy('wrong-host', async proxy => {
      const verdict = await opensslVerify(proxy.port, LAB_HOST, proxy.setup.files.ca)
      expect(verdict.text).toMatch(/hostname mismatch/)
    })
  )

  run('tls13-only: TLS 1.2 is refused', () =>
    withProxy('tls13-only', async proxy => {
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.2')).toBe(false)
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(true)
    })
  )

  run('bad-ciphers: the browsers’ ECDHE suites are refused, DHE is taken', () =>
    withProxy('bad-ciphers', async proxy => {
      expect(
        await tls12With(proxy.port, 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384')
      ).toBe(false)
      expect(await tls12With(proxy.port, 'DHE-RSA-AES256-GCM-SHA384')).toBe(true)
      expect(await opensslAcceptsVersion(proxy.port, 'TLSv1.3')).toBe(false)
    })
  )

  run(
    'recognise: the 426 through Apache and its own error page name Apache; a 101 carries no Server',
    async () => {
      // A backend that names itself: Apache passes its Server header through.
      const named = http.createServer((_req, res) =>
        res.writeHead(426, { Server: 'backend/1.0' }).end('upgrade please\n')
      )
      await new Promise<void>(resolve => named.listen(0, '127.0.0.1', resolve))
      const namedPort = (named.address() as AddressInfo).port
      try {
        await withProxy(
          'healthy',
          async proxy => {
            const { ca } = proxy.setup.files
            const plain = await get(proxy.port, ca, LAB_PATH)
            expect(plain.status).toBe(426)
            expect(apache.recognise(plain)).toMatch(/^Server: Apache\/2\.4\.\d+/)
            const upgraded = await upgradeAnswer(proxy.port, ca)
            expect(upgraded.status).toBe(101)
            expect(upgraded.headers.server).toBeUndefined()
            expect(apache.recognise(upgraded)).toBeUndefined()
            const passed = await get(proxy.port, ca, '/named')
            expect(passed.headers.server).toBe('backend/1.0')
            expect(apache.recognise(passed)).toBeUndefined()
            // A backend that refuses connections: 503 from mod_proxy, Apache's page and signature.
            const down = await get(proxy.port, ca, '/down')
            expect(down.status).toBe(503)
            expect(apache.recognise(down)).toMatch(/^Server: Apache/)
            expect(apache.recognise({ status: 503, headers: {}, body: down.body })).toMatch(
              /^<address>Apache\/2\.4\.\d+ .*Server at ws\.lab\.test Port \d+<\/address>$/
            )
          },
          edited(text =>
            text.replace(
              '</VirtualHost>',
              [
                '    ServerSignature On',
                '    ProxyPass /down http://127.0.0.1:1/',
                `    ProxyPass /named http://127.0.0.1:${namedPort}/`,
                '</VirtualHost>'
              ].join('\n')
            )
          )
        )
      } finally {
        named.close()
      }
    }
  )
})

/** The lab's files for a static check (no server started): real PEM files in a temp dir, so
 * that SSLCertificateFile is read and its certificates counted. */
async function staticSetup(dir: string): Promise<LabSetup> {
  const files = await writeLabFiles(dir)
  return { dir, files, port: 8443, backendPort: 8001, idleCutSeconds: IDLE_CUT_S }
}

describe('Apache httpd: the static check', () => {
  let dir: string
  let setup: LabSetup
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-apache-static-'))
    setup = await staticSetup(dir)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('healthy: a pass summary, no warning or failure', async () => {
    const config = apacheLab.configure('healthy', setup)
    const verdict = await check(config.text)
    expect(verdict.summary).toBe('Apache configuration: 1 virtual host (1 TLS), 1 WebSocket route')
    expect(problems(verdict.findings)).toEqual([])
  })

  it.each(BREAKAGES.filter(b => b !== 'healthy'))(
    '%s: a failure at the broken line with an apache fix',
    async breakage => {
      const config = apacheLab.configure(breakage, setup)
      const verdict = await check(config.text)
      // Every breakage is visible in the file: wrong-host too, as the certificate is readable.
      expect(config.brokenLine).toBeDefined()
      const failure = verdict.findings.find(
        f => f.status === 'fail' && f.location?.line === config.brokenLine
      )
      expect(failure).toBeDefined()
      expect(failure!.location!.file).toBe('apache2.conf')
      expect(failure!.fix?.code?.lang).toBe('apache')
      expect(failure!.fix!.text.length).toBeGreaterThan(20)
    }
  )

  it('names the directive and value that cut idle sockets, or the default when absent', async () => {
    const cut = await check(apacheLab.configure('idle-cut', setup).text)
    expect(cut.findings[0].title).toBe(
      'ProxyPass /socket: idle WebSockets are cut after 2 s (Timeout 2)'
    )
    const text = apacheLab.configure('healthy', setup).text.replace(/^\s*Timeout \d+\n/m, '')
    const byDefault = await check(text, 'apache2.conf', { idleTimeoutMs: 60_000 })
    const failure = byDefault.findings.find(f => f.status === 'fail')!
    expect(failure.title).toBe(
      "ProxyPass /socket: idle WebSockets are cut after 60 s (Timeout, Apache's default 60 s)"
    )
    // No directive to point at: the VirtualHost line.
    expect(failure.location!.line).toBe(
      text.split('\n').findIndex(l => l.startsWith('<VirtualHost')) + 1
    )
    expect(failure.fix!.code!.text).toContain('timeout=3600')
  })

  it('reads the certificate files: the leaf alone, another host name', async () => {
    const leafOnly = await check(apacheLab.configure('leaf-only', setup).text)
    expect(leafOnly.findings.map(f => f.title)).toEqual([
      `VirtualHost 127.0.0.1:8443 (ws.lab.test): SSLCertificateFile ${setup.files.leaf} holds the leaf alone: no intermediate is sent`
    ])
    const chained = apacheLab
      .configure('leaf-only', setup)
      .text.replace(
        /^(\s*SSLCertificateFile .*)$/m,
        `$1\n    SSLCertificateChainFile ${setup.files.chain}`
      )
    expect(problems((await check(chained)).findings)).toEqual([])
    const wrongHost = await check(apacheLab.configure('wrong-host', setup).text)
    expect(wrongHost.findings.map(f => f.title)).toEqual([
      `VirtualHost 127.0.0.1:8443 (ws.lab.test): SSLCertificateFile ${setup.files.otherFullchain} does not cover ws.lab.test`
    ])
    expect(wrongHost.findings[0].details).toContain('The certificate names: DNS:other.lab.test.')
  })

  it('refusing TLS 1.2 warns unless require-tls-versions asks for it', async () => {
    const config = apacheLab.configure('tls13-only', setup)
    const verdict = await check(config.text, 'apache2.conf', { requireTlsVersions: [] })
    expect(verdict.findings.map(f => [f.status, f.location?.line])).toEqual([
      ['warn', config.brokenLine]
    ])
  })

  it('realistic vhost files: the certbot site passes, the broken one fails at its lines', async () => {
    const read = (name: string) => readFileSync(path.join(FIXTURES, 'apache', name), 'utf8')
    const healthy = await check(read('healthy.conf'), 'sites/chat.conf', { idleTimeoutMs: 60_000 })
    expect(problems(healthy.findings)).toEqual([])
    expect(healthy.summary).toBe('Apache configuration: 2 virtual hosts (1 TLS), 1 WebSocket route')
    expect(healthy.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Include \/etc\/letsencrypt\/options-ssl-apache\.conf .* not read/)
      ])
    )
    const broken = await check(read('broken.conf'), 'sites/live.conf', { idleTimeoutMs: 60_000 })
    expect(broken.findings.map(f => [f.status, f.location?.line, f.title])).toEqual([
      [
        'fail',
        8,
        'VirtualHost *:443 (live.example.com): SSLCertificateFile cert.pem serves the leaf without intermediates'
      ],
      [
        'fail',
        15,
        'ProxyPass /ws/: ProxyPass / (line 13) comes first and takes /ws/ without the upgrade'
      ],
      ['fail', 11, 'ProxyPass /ws/: idle WebSockets are cut after 30 s (Timeout 30)']
    ])
    for (const f of broken.findings) expect(f.fix?.code?.lang).toBe('apache')
  })

  it('.htaccess: a [P] rule to http:// for upgrade requests does not pass the upgrade', async () => {
    const text = readFileSync(path.join(FIXTURES, 'apache', 'htaccess', '.htaccess'), 'utf8')
    expect(apache.claims!({ path: 'public/.htaccess', text })).toBe(true)
    const verdict = await check(text, 'public/.htaccess')
    expect(verdict.summary).toBe('Apache .htaccess: 1 WebSocket rule')
    expect(verdict.findings.map(f => [f.status, f.location?.line])).toEqual([['fail', 4]])
    expect(verdict.findings[0].fix!.code!.text).toContain(
      'RewriteRule ^socket/(.*)$ ws://127.0.0.1:3001/socket/$1 [P,L]'
    )
    const fixed = await check(
      text.replace('http://127.0.0.1:3001', 'ws://127.0.0.1:3001'),
      'public/.htaccess'
    )
    expect(problems(fixed.findings)).toEqual([])
    expect(fixed.details!.join('\n')).toMatch(/mod_proxy_wstunnel/)
  })

  it('websocket-paths: the route that takes the path is judged', async () => {
    const text = [
      '<VirtualHost *:443>',
      '    ServerName app.example.com',
      '    SSLEngine on',
      '    SSLCertificateFile /etc/ssl/app/fullchain.pem',
      '    ProxyPass /live http://127.0.0.1:9000/live timeout=3600',
      '</VirtualHost>'
    ].join('\n')
    expect(problems((await check(text)).findings)).toEqual([])
    const verdict = await check(text, 'apache2.conf', { websocketPaths: ['/live'] })
    expect(verdict.findings.map(f => [f.status, f.location?.line])).toEqual([['fail', 5]])
  })

  it('modules: ws:// with neither mod_proxy_http nor mod_proxy_wstunnel loaded fails; mod_proxy_wstunnel alone never cuts', async () => {
    const text = (modules: string[]) =>
      [
        ...modules.map(m => `LoadModule ${m}_module modules/mod_${m}.so`),
        'Timeout 2',
        'ProxyPass /ws ws://127.0.0.1:9000/ws'
      ].join('\n')
    const none = await check(text(['proxy']))
    expect(none.findings.map(f => [f.status, f.location?.line])).toEqual([['fail', 3]])
    expect(none.findings[0].title).toMatch(/Apache answers 500/)
    expect(problems((await check(text(['proxy', 'proxy_wstunnel']))).findings)).toEqual([])
    const http = await check(text(['proxy', 'proxy_http']))
    expect(http.findings.map(f => [f.status, f.location?.line])).toEqual([['fail', 3]])
  })

  it('RewriteRule [P] to ws:// guarded by the Upgrade header tunnels before a plain ProxyPass', async () => {
    const text = [
      '<VirtualHost *:443>',
      '    ServerName app.example.com',
      '    SSLEngine on',
      '    SSLCertificateFile /etc/ssl/app/fullchain.pem',
      '    Timeout 3600',
      '    ProxyPass / http://127.0.0.1:9000/',
      '    RewriteEngine on',
      '    RewriteCond %{HTTP:Upgrade} websocket [NC]',
      '    RewriteCond %{HTTP:Connection} upgrade [NC]',
      '    RewriteRule ^/?(.*) "ws://127.0.0.1:9000/$1" [P,L]',
      '</VirtualHost>'
    ].join('\n')
    const verdict = await check(text)
    expect(problems(verdict.findings)).toEqual([])
    expect(verdict.summary).toMatch(/1 WebSocket route$/)
    const off = await check(text.replace('    RewriteEngine on\n', ''))
    expect(off.findings.map(f => [f.status, f.location?.line])).toEqual([['fail', 9]])
  })

  it('continuation lines keep the line the directive starts on', async () => {
    const text = [
      '<VirtualHost *:443>',
      '    SSLEngine on',
      '    SSLCertificateFile /etc/ssl/app/fullchain.pem',
      '    ProxyPass /socket \\',
      '        http://127.0.0.1:9000/socket',
      '</VirtualHost>'
    ].join('\n')
    const verdict = await check(text)
    expect(
      verdict.findings.filter(f => f.title.includes('upgrade=websocket')).map(f => f.location?.line)
    ).toEqual([4])
  })

  it('a syntax problem is a warning at its line, never a failure', async () => {
    const text = [
      '<VirtualHost *:80>',
      '    ServerName app.example.com',
      '    Header set X-Note "unclosed',
      '    <Location /api>',
      '    </Directory>'
    ].join('\n')
    const verdict = await check(text)
    expect(verdict.findings.every(f => f.status === 'warn')).toBe(true)
    expect(verdict.findings.map(f => f.location?.line)).toEqual([3, 5, 1, 4])
    const htaccess = await check('ProxyPass /ws ws://127.0.0.1:9000/ws\n', 'site/.htaccess')
    expect(htaccess.findings.map(f => [f.status, f.location?.line])).toEqual([['warn', 1]])
  })

  it('claims Apache files by content, never nginx, HAProxy, Caddy, lighttpd or YAML', () => {
    const claims = (text: string, file = 'proxy.conf') => apache.claims!({ path: file, text })
    expect(claims(apacheLab.configure('healthy', setup).text)).toBe(true)
    expect(claims(readFileSync(path.join(FIXTURES, 'apache', 'healthy.conf'), 'utf8'))).toBe(true)
    expect(claims(readFileSync(path.join(FIXTURES, 'apache', 'broken.conf'), 'utf8'))).toBe(true)
    expect(claims('LoadModule proxy_module modules/mod_proxy.so\n')).toBe(true)
    expect(claims('<Directory /var/www>\n    AllowOverride All\n</Directory>\n')).toBe(true)
    expect(claims(nginxLab.configure('healthy', setup).text, 'nginx.conf')).toBe(false)
    expect(claims(readFileSync(path.join(FIXTURES, 'fix2', 'nginx', 'api.conf'), 'utf8'))).toBe(
      false
    )
    const haproxy = [
      'global',
      '    log stdout format raw local0',
      'defaults',
      '    mode http',
      '    timeout tunnel 1h',
      'frontend wss',
      '    bind :443 ssl crt /etc/haproxy/site.pem',
      '    default_backend app',
      'backend app',
      '    server app1 127.0.0.1:8001'
    ].join('\n')
    expect(claims(haproxy, 'haproxy.cfg')).toBe(false)
    const caddy =
      'ws.example.com {\n    reverse_proxy /socket localhost:8001\n    tls internal\n}\n'
    expect(claims(caddy, 'Caddyfile')).toBe(false)
    const lighttpd = [
      'server.modules += ( "mod_proxy", "mod_openssl" )',
      '$SERVER["socket"] == ":443" {',
      '    ssl.engine = "enable"',
      '    proxy.server = ( "/socket" => (( "host" => "127.0.0.1", "port" => 8001 )) )',
      '}'
    ].join('\n')
    expect(claims(lighttpd, 'lighttpd.conf')).toBe(false)
    const ingress = readFileSync(path.join(FIXTURES, 'ingress', 'k8s', 'websocket-ok.yaml'), 'utf8')
    expect(claims(ingress, 'ingress.yaml')).toBe(false)
    const compose =
      'services:\n  apache:\n    image: httpd:2.4\n    command: ["ProxyPass /ws ws://app/ws"]\n'
    expect(claims(compose, 'compose.yaml')).toBe(false)
  })

  it('recognise: Server headers and signatures of Apache only', () => {
    const headers = (server: string) => ({ headers: { server } })
    expect(apache.recognise(headers('Apache'))).toBe('Server: Apache')
    expect(apache.recognise(headers('Apache/2.4.71 (Debian) OpenSSL/3.0.19'))).toBe(
      'Server: Apache/2.4.71 (Debian) OpenSSL/3.0.19'
    )
    expect(apache.recognise(headers('Apache-Coyote/1.1'))).toBeUndefined()
    expect(apache.recognise(headers('nginx/1.22.1'))).toBeUndefined()
    expect(
      apache.recognise({
        headers: {},
        body: '<hr>\n<address>Apache/2.4.71 (Debian) Server at api.example.com Port 443</address>\n'
      })
    ).toBe('<address>Apache/2.4.71 (Debian) Server at api.example.com Port 443</address>')
    expect(apache.recognise({ headers: {}, body: '<h1>502 Bad Gateway</h1>' })).toBeUndefined()
  })
})

describe('Apache httpd: fixes', () => {
  const PROBLEMS: Record<ProblemKind, Problem> = {
    upgrade: { kind: 'upgrade', host: 'ws.example.com', path: '/socket' },
    'idle-timeout': { kind: 'idle-timeout', host: 'ws.example.com', path: '/socket', seconds: 90 },
    'full-chain': { kind: 'full-chain', host: 'ws.example.com' },
    'tls-versions': { kind: 'tls-versions', host: 'ws.example.com' },
    'browser-ciphers': { kind: 'browser-ciphers', host: 'ws.example.com', browsersLockedOut: true },
    certificate: { kind: 'certificate', host: 'ws.example.com' },
    'tls-listener': { kind: 'tls-listener', host: 'ws.example.com', port: 8443, path: '/socket' },
    'client-certificate': { kind: 'client-certificate', host: 'ws.example.com' },
    'certificate-size': { kind: 'certificate-size', host: 'ws.example.com' }
  }

  it.each(Object.values(PROBLEMS))('$kind: text and an apache block', problem => {
    const fix = apacheFix(problem)
    expect(fix.text.length).toBeGreaterThan(40)
    expect(fix.code?.lang).toBe('apache')
    expect(fix.code!.text.length).toBeGreaterThan(10)
  })

  it('each block says it in Apache directives', () => {
    const block = (kind: ProblemKind) => apacheFix(PROBLEMS[kind]).code!.text
    expect(block('upgrade')).toMatch(/^ProxyPass \/socket http:\/\/\S+\/socket upgrade=websocket$/m)
    expect(block('upgrade')).toMatch(/a2enmod .*proxy_wstunnel/)
    expect(block('idle-timeout')).toMatch(/timeout=3600$/m)
    expect(block('idle-timeout')).toMatch(/ProxyTimeout 3600/)
    expect(block('idle-timeout')).toMatch(/Timeout 3600/)
    expect(block('full-chain')).toMatch(/^SSLCertificateFile +\S+fullchain\.pem$/m)
    expect(block('tls-versions')).toBe('SSLProtocol -all +TLSv1.2 +TLSv1.3')
    expect(block('browser-ciphers')).toMatch(/^SSLCipherSuite ECDHE-/m)
    expect(block('browser-ciphers')).toMatch(/^SSLHonorCipherOrder off$/m)
    expect(block('tls-listener')).toMatch(
      /^Listen 8443\n<VirtualHost \*:8443>\n[\s\S]*SSLEngine on/
    )
    expect(block('client-certificate')).toMatch(
      /SSLVerifyClient require[\s\S]*SSLCACertificateFile/
    )
    expect(block('certificate-size').match(/<VirtualHost/g)).toHaveLength(2)
  })

  const run = apacheInstalled ? it : it.skip
  let backend: Awaited<ReturnType<typeof startBackend>>
  beforeAll(async () => {
    backend = await startBackend()
  })
  afterAll(async () => {
    await backend?.close()
  })

  /** The broken lab with `problem`'s block pasted over its ProxyPass line. */
  async function pasted(
    breakage: Breakage,
    problem: Problem,
    body: (proxy: RunningProxy) => Promise<void>
  ) {
    const block = apacheFix(problem).code!.text
    const proxy = await startProxy(
      edited((text, setup) => pasteOverProxyPass(text, block, setup.backendPort)),
      breakage,
      { backendPort: backend.port, idleCutSeconds: IDLE_CUT_S }
    )
    try {
      expect(problems((await check(proxy.config.text)).findings)).toEqual([])
      await body(proxy)
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${proxy.config.text}\n${proxy.output()}`, {
        cause: err
      })
    } finally {
      await proxy.stop()
    }
  }

  run('the idle-timeout block makes the idle-cut lab keep a silent WebSocket', () =>
    pasted(
      'idle-cut',
      { kind: 'idle-timeout', host: LAB_HOST, path: LAB_PATH, seconds: IDLE_CUT_S },
      async proxy => {
        expect(proxy.config.text).toMatch(/^\s*Timeout 2$/m)
        expect(await holdIdle(proxy.port, proxy.setup.files.ca, (IDLE_CUT_S + 1) * 1000)).toEqual({
          alive: true
        })
      }
    )
  )

  run('the upgrade block makes the no-upgrade lab answer 101', () =>
    pasted('no-upgrade', { kind: 'upgrade', host: LAB_HOST, path: LAB_PATH }, async proxy => {
      expect(await upgradeAnswer(proxy.port, proxy.setup.files.ca)).toMatchObject({
        status: 101,
        body: 'echo'
      })
    })
  )
})
