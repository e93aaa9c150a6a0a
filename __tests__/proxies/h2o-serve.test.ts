// config-serve with Debian's h2o (2.2.5): the proxy lab's h2o configurations, and a realistic
// one with a `!file` include, served from the repository on loopback with throwaway
// certificates and a WebSocket echo, probed with every live check; the findings land at the
// host's line (the WebSocket path's for the upgrade). Nothing is left running or behind.
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseConfig } from '../../src/config.js'
import { diagnose } from '../../src/doctor.js'
import type { Finding } from '../../src/findings.js'
import type { TargetResult } from '../../src/results.js'
import { proxyConfigScan } from '../../src/scans/proxy-config.js'
import { planH2o } from '../../src/proxies/h2o/serve.js'
import type { ServeKit, ServePlan } from '../../src/proxies/serve-kit.js'
import { parse } from 'yaml'
import { h2oLab } from '../fixtures/proxies/h2o.js'
import {
  labPem,
  installed,
  LAB_PATH,
  lineOf,
  type Breakage,
  type LabFiles
} from '../fixtures/proxy-lab.js'
import { tempDir } from '../fixtures/temp-dir.js'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'proxy-config')
const HAVE_H2O = installed('h2o')
/** The port the lab's file listens on: the served copy moves it to a free one. */
const FILE_PORT = 8443

let pem: Record<keyof LabFiles, string>

beforeAll(async () => {
  pem = await labPem()
})

/** config-serve's prefixes holding an h2o configuration (other test files may serve other
 * proxies at the same time), and h2o processes started from one: none may outlive a test. */
function servedH2o(): string[] {
  const prefixes = readdirSync(os.tmpdir())
    .filter(name => name.startsWith('wss-doctor-serve-'))
    .filter(name => existsSync(path.join(os.tmpdir(), name, 'h2o.conf')))
  const processes = execFileSync('ps', ['-eo', 'args'])
    .toString()
    .split('\n')
    .filter(line => /wss-doctor-serve-[^/]*\/h2o\.conf/.test(line))
  return [...prefixes, ...processes]
}

afterEach(() => expect(servedH2o()).toEqual([]))

/** A workspace holding the lab's file for `breakage` as site.conf, its certificates beside. */
function labWorkspace(breakage: Breakage): { dir: string; text: string } {
  const dir = tempDir('h2o-serve')
  const files = {} as LabFiles
  for (const [name, text] of Object.entries(pem) as [keyof LabFiles, string][]) {
    files[name] = path.join(dir, `${name}.pem`)
    writeFileSync(files[name], text, { mode: 0o600 })
  }
  const { text } = h2oLab.configure(breakage, {
    dir,
    files,
    port: FILE_PORT,
    backendPort: 9,
    idleCutSeconds: 2
  })
  writeFileSync(path.join(dir, 'site.conf'), text)
  return { dir, text }
}

async function served(workspace: string, paths = 'site.conf'): Promise<TargetResult> {
  const config = parseConfig(
    { 'config-paths': paths, 'config-serve': 'true', 'idle-timeout': '5s' },
    workspace
  )
  const report = await diagnose(config, new Date(), undefined, [proxyConfigScan])
  const results = report.results.filter(r => r.target.scan === 'proxy-config')
  expect(results).toHaveLength(1)
  return results[0]
}

const live = (result: TargetResult): Finding[] =>
  result.findings.filter(f => f.title.startsWith('live: '))
const serveFindings = (result: TargetResult): Finding[] =>
  result.findings.filter(f => /^(live|config-serve): /.test(f.title))

function accepts(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

const hostLine = (text: string): number => lineOf(text, /^ {2}"ws\.lab\.test:/)

const withH2o = HAVE_H2O ? describe : describe.skip

withH2o('config-serve with Debian’s h2o', () => {
  test('healthy: served on loopback, wss://ws.lab.test/socket passes every check at the host’s line; h2o is stopped', async () => {
    const { dir, text } = labWorkspace('healthy')
    const result = await served(dir)
    expect(serveFindings(result)).toEqual([
      expect.objectContaining({
        check: 'proxy-config',
        status: 'pass',
        title: expect.stringMatching(
          /^live: served by h2o on loopback, wss:\/\/ws\.lab\.test:\d+\/socket passes every check$/
        ),
        location: { file: 'site.conf', line: hostLine(text) }
      })
    ])
    const [pass] = live(result)
    expect(pass.details).toContainEqual(expect.stringMatching(/^upgrade: 101 Switching Protocols/))
    const port = Number(/:(\d+)\//.exec(pass.title)![1])
    expect(port).not.toBe(FILE_PORT)
    expect(await accepts(port)).toBe(false)
  })

  test('no-upgrade: the live upgrade failure lands at the WebSocket path’s line', async () => {
    const { dir, text } = labWorkspace('no-upgrade')
    const failing = live(await served(dir)).filter(f => f.status === 'fail')
    expect(failing).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/^live: The proxy does not upgrade: HTTP 426 /),
        location: { file: 'site.conf', line: lineOf(text, new RegExp(`"${LAB_PATH}":`)) }
      })
    ])
    expect(failing[0].fix?.code?.text).toMatch(/proxy\.websocket: ON/)
  })

  test('leaf-only: served with the leaf alone, the live trust check finds the missing intermediate', async () => {
    const { dir, text } = labWorkspace('leaf-only')
    const failing = live(await served(dir)).filter(f => f.status === 'fail')
    expect(failing.map(f => [f.title, f.location?.line])).toEqual([
      [expect.stringMatching(/^live: Incomplete certificate chain: /), hostLine(text)]
    ])
  })

  test('tls13-only: a live versions warning', async () => {
    const { dir, text } = labWorkspace('tls13-only')
    const findings = live(await served(dir))
    expect(findings.filter(f => f.status === 'fail')).toEqual([])
    expect(findings).toContainEqual(
      expect.objectContaining({
        check: 'proxy-config',
        status: 'warn',
        title: expect.stringMatching(/^live: .*TLS 1\.2/),
        location: { file: 'site.conf', line: hostLine(text) }
      })
    )
  })

  test('bad-ciphers: served with its DHE-only cipher-suite and max-version TLSv1.2, and h2o 2.2 still lets browsers in over TLS 1.3', async () => {
    // h2o 2.2's max-version below TLSv1.3 only turns picotls off: built with OpenSSL 3 it keeps
    // offering OpenSSL's TLS 1.3 (the lab shows it with openssl s_client), so the live ciphers
    // check finds browsers connecting: no live ciphers failure from this h2o.
    const { dir, text } = labWorkspace('bad-ciphers')
    const result = await served(dir)
    const [pass] = live(result)
    expect(live(result)).toHaveLength(1)
    expect(pass.status).toBe('pass')
    expect(pass.details).toContainEqual(
      expect.stringMatching(/^ciphers: Browsers can connect: TLSv1\.3/)
    )
    // The static check judges the file for any h2o (later ones honour max-version): a failure
    // at cipher-suite's line, which the live pass on this h2o does not remove.
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        status: 'fail',
        title: expect.stringMatching(/cipher-suite offers no suite browsers offer/),
        location: { file: 'site.conf', line: lineOf(text, /cipher-suite/) }
      })
    )
  })

  test('a realistic file: the TLS settings of a !file include, the plain port and the real server’s user and logs left out, /ws passes', async () => {
    const dir = tempDir('h2o-serve')
    cpSync(path.join(FIXTURES, 'h2o'), path.join(dir, 'h2o'), { recursive: true })
    const result = await served(dir, 'h2o/h2o.conf')
    expect(serveFindings(result)).toEqual([
      expect.objectContaining({
        status: 'pass',
        title: expect.stringMatching(
          /^live: served by h2o on loopback, wss:\/\/chat\.example\.com:\d+\/ws passes every check$/
        ),
        location: { file: 'h2o/h2o.conf', line: 21 }
      })
    ])
  })

  test('cert.pem outside the repository: served with the leaf alone, the trust failure at the host’s line', async () => {
    const dir = tempDir('h2o-serve')
    cpSync(path.join(FIXTURES, 'h2o'), path.join(dir, 'h2o'), { recursive: true })
    const failing = live(await served(dir, 'h2o/socketio.conf')).filter(f => f.status === 'fail')
    expect(failing.map(f => [f.title, f.location])).toEqual([
      [
        expect.stringMatching(/^live: Incomplete certificate chain: /),
        { file: 'h2o/socketio.conf', line: 15 }
      ]
    ])
  })

  test('a file h2o refuses: did not start, with h2o’s own error', async () => {
    const { dir, text } = labWorkspace('healthy')
    writeFileSync(
      path.join(dir, 'site.conf'),
      text.replace('proxy.websocket: ON', 'proxy.websocket: MAYBE')
    )
    const findings = serveFindings(await served(dir))
    expect(findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        title: 'config-serve: h2o did not start with this configuration',
        location: { file: 'site.conf', line: 1 }
      })
    ])
    expect(findings[0].details?.join('\n')).toMatch(/proxy\.websocket/)
  })

  test('h2o not on PATH: one warning, with the step that installs it', async () => {
    const { dir } = labWorkspace('healthy')
    const saved = process.env.PATH
    process.env.PATH = '/nonexistent'
    let result: TargetResult
    try {
      result = await served(dir)
    } finally {
      process.env.PATH = saved
    }
    expect(serveFindings(result)).toEqual([
      expect.objectContaining({
        status: 'warn',
        title: 'config-serve: h2o is needed to serve the configuration, and h2o is not on PATH',
        location: { file: 'site.conf', line: 1 },
        fix: expect.objectContaining({
          code: {
            lang: 'yaml',
            text: '- run: sudo apt-get update && sudo apt-get install -y h2o'
          }
        })
      })
    ])
  })
})

/** A kit that serves nothing: the plan alone, as h2o would be given it. */
function fakeKit(): ServeKit {
  let port = 40000
  return {
    prefix: '/served',
    echoPort: 1234,
    dhparam: '/served/dhparam.pem',
    freePort: async () => port++,
    certificate: async (names, options = {}) => ({
      cert: `/served/${names.join('+')}${options.leafOnly ? '-leaf' : ''}.pem`,
      key: '/served/key.pem',
      chain: '/served/chain.pem',
      combined: '/served/combined.pem'
    })
  }
}

async function plan(workspace: string, file: string): Promise<ServePlan> {
  const config = parseConfig({ 'config-paths': file }, workspace)
  const text = readFileSync(path.join(workspace, file), 'utf8')
  const planned = await planH2o(fakeKit(), { path: file, text }, { config, diagnose })
  if (Array.isArray(planned)) throw new Error('nothing to serve')
  return planned
}

describe('the served copy of an h2o file (no h2o needed)', () => {
  test('the lab’s bad-ciphers file: loopback, a new port in the host key too, throwaway files, the echo; ciphers, versions and the path kept', async () => {
    const { dir } = labWorkspace('bad-ciphers')
    const { files, args, sites } = await plan(dir, 'site.conf')
    expect(args).toEqual(['-c', '/served/h2o.conf'])
    const served = parse(files['h2o.conf']) as Record<string, unknown>
    expect(served).toMatchObject({
      'pid-file': '/served/h2o.pid',
      'error-log': '/served/error.log',
      'access-log': '/served/access-global.log',
      hosts: {
        'ws.lab.test:40000': {
          listen: {
            host: '127.0.0.1',
            port: '40000',
            ssl: {
              'certificate-file': '/served/ws.lab.test.pem',
              'key-file': '/served/key.pem',
              'min-version': 'TLSv1.2',
              'max-version': 'TLSv1.2',
              'cipher-suite': 'DHE-RSA-AES256-GCM-SHA384',
              'dh-file': '/served/dhparam.pem',
              'ocsp-update-interval': '0'
            }
          },
          paths: {
            '/socket': {
              'proxy.reverse.url': 'http://127.0.0.1:1234/socket',
              'proxy.preserve-host': 'ON',
              'proxy.websocket': 'ON',
              'proxy.websocket.timeout': '3600000'
            }
          }
        }
      }
    })
    expect(files['h2o.conf']).not.toContain(dir)
    expect(sites).toEqual([
      {
        host: 'ws.lab.test',
        port: 40000,
        path: '/socket',
        location: { file: 'site.conf', line: 7 },
        socketLocation: { file: 'site.conf', line: 19 }
      }
    ])
  })

  test('the realistic file: its !file include inlined, the real server’s user, pid file and logs gone, the plain port moved', async () => {
    const { files, sites } = await plan(FIXTURES, 'h2o/h2o.conf')
    const text = files['h2o.conf']
    for (const gone of ['www-data', '/var/log', '/run/h2o.pid', '8080', '/etc/letsencrypt'])
      expect(text).not.toContain(gone)
    const served = parse(text) as { hosts: Record<string, { listen: unknown }> }
    expect(Object.keys(served.hosts)).toEqual(['chat.example.com:40000', 'chat.example.com:40001'])
    expect(served.hosts['chat.example.com:40000'].listen).toEqual({
      host: '127.0.0.1',
      port: '40000'
    })
    expect(served.hosts['chat.example.com:40001'].listen).toMatchObject({
      port: '40001',
      ssl: {
        'certificate-file': '/served/chat.example.com.pem',
        'cipher-suite': expect.stringMatching(/^ECDHE-ECDSA-AES128-GCM-SHA256:/)
      }
    })
    expect(sites).toEqual([
      expect.objectContaining({
        host: 'chat.example.com',
        port: 40001,
        path: '/ws',
        location: { file: 'h2o/h2o.conf', line: 21 },
        socketLocation: { file: 'h2o/h2o.conf', line: 30 }
      })
    ])
  })

  test('certbot’s cert.pem: the leaf alone; a host key without a port gets the new one of 443', async () => {
    const { files, sites } = await plan(FIXTURES, 'h2o/socketio.conf')
    const served = parse(files['h2o.conf']) as {
      listen: { ssl: Record<string, string> }
      hosts: Record<string, unknown>
    }
    expect(served.listen.ssl['certificate-file']).toBe('/served/app.example.com-leaf.pem')
    expect(Object.keys(served.hosts)).toEqual(['app.example.com:40000'])
    expect(sites.map(s => [s.host, s.path])).toEqual([['app.example.com', '/socket.io/']])
  })

  test('no TLS listener: nothing to serve', async () => {
    const dir = tempDir('h2o-serve')
    writeFileSync(
      path.join(dir, 'plain.conf'),
      'listen: 80\nhosts:\n  "a.example.com":\n    paths:\n      "/ws":\n        proxy.reverse.url: "http://127.0.0.1:8080/"\n'
    )
    const config = parseConfig({ 'config-paths': 'plain.conf' }, dir)
    const text = readFileSync(path.join(dir, 'plain.conf'), 'utf8')
    expect(await planH2o(fakeKit(), { path: 'plain.conf', text }, { config, diagnose })).toEqual([])
  })
})
