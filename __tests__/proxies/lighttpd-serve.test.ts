// config-serve with Debian's lighttpd: the lab's configurations (and a realistic Debian layout)
// served by the real server on loopback, rewritten by src/proxies/lighttpd/serve.ts, and probed
// with every live check; each finding lands at the socket's or the WebSocket route's line, and
// nothing is left running or on disk afterwards.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseConfig, type RawInputs } from '../../src/config.js'
import { diagnose } from '../../src/doctor.js'
import type { Finding } from '../../src/findings.js'
import { hostFor, hostWithPort } from '../../src/proxies/lighttpd/serve.js'
import { proxyConfigScan } from '../../src/scans/proxy-config.js'
import {
  labPem,
  installed,
  lineOf,
  type Breakage,
  type LabFiles,
  type LabSetup
} from '../fixtures/proxy-lab.js'
import { lighttpdLab } from '../fixtures/proxies/lighttpd.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/proxy-config')
const withLighttpd = installed('lighttpd') ? describe : describe.skip

let pem: Record<keyof LabFiles, string>
beforeAll(async () => {
  pem = await labPem()
})

// The serve prefixes go into a temp dir of this file's own (other runs may serve at the same
// time), so that what is left of them, and what runs from them, can be told apart.
const TMPDIR = process.env.TMPDIR
let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-lighttpd-serve-tmp-'))
  process.env.TMPDIR = tmp
})
afterAll(() => {
  if (TMPDIR === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = TMPDIR
  rmSync(tmp, { recursive: true, force: true })
})

let workspace: string
beforeEach(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-lighttpd-serve-'))
})
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true })
  // Nothing left running from a serve prefix, and no prefix left behind.
  const running = spawnSync('ps', ['-eo', 'args'])
    .stdout.toString()
    .split('\n')
    .filter(line => line.includes(tmp))
  expect(running).toEqual([])
  expect(readdirSync(tmp)).toEqual([])
})

/** The lab's configuration for `breakage` in the workspace, its certificate files beside it. */
function lab(breakage: Breakage, edit: (text: string) => string = t => t): string {
  const files = {} as LabFiles
  for (const [name, text] of Object.entries(pem) as [keyof LabFiles, string][]) {
    files[name] = path.join(workspace, `${name}.pem`)
    writeFileSync(files[name], text, { mode: 0o600 })
  }
  const setup: LabSetup = {
    dir: workspace,
    files,
    port: 8443,
    backendPort: 8001,
    idleCutSeconds: 2
  }
  const text = edit(lighttpdLab.configure(breakage, setup).text)
  writeFileSync(path.join(workspace, 'lighttpd.conf'), text)
  return text
}

async function serve(inputs: RawInputs = {}): Promise<Finding[]> {
  const config = parseConfig(
    { 'config-paths': 'lighttpd.conf', 'config-serve': 'true', 'idle-timeout': '5s', ...inputs },
    workspace
  )
  const report = await diagnose(config, new Date(), undefined, [proxyConfigScan])
  const results = report.results.filter(r => r.target.scan === 'proxy-config')
  expect(results).toHaveLength(1)
  return results[0].findings
}

const live = (findings: Finding[]): Finding[] => findings.filter(f => f.title.startsWith('live: '))
const at = (file: string, line: number) => ({ file, line })

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

withLighttpd('config-serve with Debian’s lighttpd (lab configurations)', () => {
  test('healthy: served on loopback, a real upgrade through mod_proxy passes every check, at the socket’s line; lighttpd is stopped', async () => {
    const text = lab('healthy')
    const findings = await serve()
    const [pass] = live(findings)
    expect(live(findings)).toHaveLength(1)
    expect(pass).toMatchObject({
      check: 'proxy-config',
      status: 'pass',
      title: expect.stringMatching(
        /^live: served by lighttpd on loopback, wss:\/\/localhost:\d+\/socket passes every check$/
      ),
      location: at('lighttpd.conf', lineOf(text, /\$SERVER\["socket"\]/))
    })
    expect(pass.details).toContainEqual(expect.stringMatching(/^upgrade: 101 Switching Protocols/))
    expect(pass.details).toContainEqual(
      expect.stringMatching(/^chain: Chain sent in order: CN=localhost → /)
    )
    const port = Number(/:(\d+)\//.exec(pass.title)![1])
    expect(await accepts(port)).toBe(false)
  })

  test('no-upgrade: without proxy.header "upgrade" the backend answers 426, at the WebSocket route’s line', async () => {
    const text = lab('no-upgrade')
    const failing = live(await serve()).filter(f => f.status === 'fail')
    expect(failing).toEqual([
      expect.objectContaining({
        status: 'fail',
        title:
          'live: The proxy does not upgrade: HTTP 426 from lighttpd/1.4.69 instead of 101 Switching Protocols',
        location: at('lighttpd.conf', lineOf(text, /\$HTTP\["url"\]/))
      })
    ])
    expect(failing[0].fix?.code?.text).toMatch(/proxy\.header = \( "upgrade" => "enable" \)/)
  })

  test('leaf-only: ssl.pemfile holds the leaf alone and no ssl.ca-file, so the served copy sends the leaf alone', async () => {
    const text = lab('leaf-only')
    const failing = live(await serve()).filter(f => f.status === 'fail')
    expect(failing.map(f => [f.title, f.location])).toEqual([
      [
        expect.stringMatching(/^live: Incomplete certificate chain: /),
        at('lighttpd.conf', lineOf(text, /\$SERVER\["socket"\]/))
      ]
    ])
  })

  test('leaf-only with ssl.ca-file: lighttpd builds the chain from it, served too', async () => {
    lab('leaf-only', t => t.replace(/(ssl\.privkey = .*)/, `$1\n    ssl.ca-file = "chain.pem"`))
    const findings = live(await serve())
    expect(findings.map(f => f.status)).toEqual(['pass'])
  })

  test('tls13-only: the live versions check warns that TLS 1.2 clients are refused', async () => {
    const text = lab('tls13-only')
    const findings = live(await serve())
    expect(findings).toEqual([
      expect.objectContaining({
        status: 'warn',
        title: expect.stringMatching(/^live: Refuses TLS 1\.2: /),
        location: at('lighttpd.conf', lineOf(text, /\$SERVER\["socket"\]/))
      })
    ])
  })

  test('bad-ciphers: DHE alone over TLS 1.2 (DHParameters in the prefix), browsers cannot connect', async () => {
    lab('bad-ciphers')
    const failing = live(await serve()).filter(f => f.status === 'fail')
    expect(failing.map(f => f.title)).toContain(
      'live: Browsers cannot connect: the server offers no cipher suite or group that Chrome and Firefox offer'
    )
  })

  test('lighttpd not on PATH: one warning with the step that installs it', async () => {
    lab('healthy')
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    let findings: Finding[]
    try {
      findings = await serve()
    } finally {
      process.env.PATH = path
    }
    const serving = findings.filter(f => f.title.startsWith('config-serve'))
    expect(serving).toEqual([
      expect.objectContaining({
        status: 'warn',
        title:
          'config-serve: lighttpd is needed to serve the configuration, and lighttpd is not on PATH',
        location: at('lighttpd.conf', 1)
      })
    ])
    expect(serving[0].fix?.code?.text).toMatch(/apt-get install -y lighttpd lighttpd-mod-openssl/)
    expect(live(findings)).toEqual([])
  })

  test('a configuration lighttpd refuses (a key set twice): did not start, with lighttpd’s own error', async () => {
    lab('healthy', t => `${t}\nserver.max-write-idle = 60\n`)
    const findings = await serve()
    expect(live(findings)).toEqual([])
    const [refused] = findings.filter(f => f.title.startsWith('config-serve'))
    expect(refused).toMatchObject({
      status: 'fail',
      title: 'config-serve: lighttpd did not start with this configuration',
      location: at('lighttpd.conf', 1)
    })
    expect(refused.details?.join('\n')).toMatch(/Duplicate config variable/)
  })
})

withLighttpd('config-serve with Debian’s lighttpd (a Debian layout)', () => {
  test('IPv4 and IPv6 sockets, the route in an included file under a host regex, user and logs of the server: served and passing, once per port', async () => {
    cpSync(path.join(FIXTURES, 'lighttpd', 'serve'), workspace, { recursive: true })
    const findings = live(await serve())
    expect(findings).toEqual([
      expect.objectContaining({
        status: 'pass',
        title: expect.stringMatching(
          /^live: served by lighttpd on loopback, wss:\/\/chat\.example\.com:\d+\/chat\/ws passes every check$/
        ),
        location: at('lighttpd.conf', 32)
      })
    ])
  })

  test('a file without a TLS socket is not served', async () => {
    writeFileSync(
      path.join(workspace, 'lighttpd.conf'),
      'server.modules = ( "mod_proxy" )\nserver.port = 80\nproxy.server = ( "/ws/" => ( ( "host" => "127.0.0.1", "port" => 8001 ) ) )\n'
    )
    const findings = await serve()
    expect(findings.filter(f => /^(live|config-serve)/.test(f.title))).toEqual([])
  })
})

describe('lighttpd config-serve: host conditions', () => {
  test('a host a condition matches, when one is clear', () => {
    expect(hostFor('==', 'chat.example.com')).toBe('chat.example.com')
    expect(hostFor('=~', '^(www\\.)?chat\\.example\\.com$')).toBe('chat.example.com')
    expect(hostFor('=$', '.example.com')).toBe('ws.example.com')
    expect(hostFor('=~', '^[a-z]+\\.example\\.com$')).toBeUndefined()
    expect(hostFor('!=', 'chat.example.com')).toBeUndefined()
  })

  test('regex and suffix conditions also match the Host header with the loopback port', () => {
    expect(hostWithPort('=~', '^chat\\.example\\.com$')).toEqual({
      operator: '=~',
      pattern: '^chat\\.example\\.com(?::[0-9]+)?$'
    })
    expect(hostWithPort('=$', '.example.com')).toEqual({
      operator: '=~',
      pattern: '\\.example\\.com(?::[0-9]+)?$'
    })
    expect(hostWithPort('==', 'chat.example.com')).toBeUndefined()
    expect(hostWithPort('=~', '^chat\\.')).toBeUndefined()
  })
})
