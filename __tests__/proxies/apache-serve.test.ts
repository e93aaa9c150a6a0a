// config-serve with Debian's Apache httpd: the lab's configurations (and a certbot site file)
// as a repository holds them, rewritten by the apache module's plan, served on loopback and
// probed with every live check; the findings land at the VirtualHost's or the route's line.
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseConfig } from '../../src/config.js'
import { diagnose } from '../../src/doctor.js'
import type { Finding } from '../../src/findings.js'
import { proxyConfigScan } from '../../src/scans/proxy-config.js'
import { labPem, installed, LAB_PATH, type Breakage, type LabFiles } from '../fixtures/proxy-lab.js'
import { apacheLab } from '../fixtures/proxies/apache.js'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'proxy-config', 'apache')
const run = installed('apache2') ? describe : describe.skip

/** The lab's certificate files, as a repository would hold them (names relative to it). */
const FILES: LabFiles = {
  ca: 'ca.pem',
  fullchain: 'fullchain.pem',
  leaf: 'leaf.pem',
  chain: 'chain.pem',
  key: 'key.pem',
  fullchainWithKey: 'fullchain-key.pem',
  leafWithKey: 'leaf-key.pem',
  otherFullchain: 'other-fullchain.pem',
  otherKey: 'other-key.pem',
  otherWithKey: 'other-key-fullchain.pem',
  dhparam: 'dhparam.pem'
}
let pem: Record<keyof LabFiles, string>

let tmp: string
let savedTmp: string | undefined
let workspace: string

beforeAll(async () => {
  pem = await labPem()
})

// Each test gets its own temporary directory (the kit's prefix is made there), so that what is
// left in it is this test's alone.
beforeEach(() => {
  savedTmp = process.env.TMPDIR
  tmp = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-apache-serve-'))
  process.env.TMPDIR = tmp
  workspace = path.join(tmp, 'repository')
  mkdirSync(workspace)
  for (const [name, file] of Object.entries(FILES) as [keyof LabFiles, string][])
    writeFileSync(path.join(workspace, file), pem[name])
})

afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmp
  rmSync(tmp, { recursive: true, force: true })
})

/** The lab's configuration for `breakage`, as the repository's site.conf. */
function labFile(breakage: Breakage): { text: string; line: (re: RegExp) => number } {
  const { text } = apacheLab.configure(breakage, {
    dir: '/srv/apache-lab',
    files: FILES,
    port: 8443,
    backendPort: 3000,
    idleCutSeconds: 2
  })
  writeFileSync(path.join(workspace, 'site.conf'), text)
  const lines = text.split('\n')
  return { text, line: re => lines.findIndex(l => re.test(l)) + 1 }
}

async function served(file = 'site.conf'): Promise<Finding[]> {
  const config = parseConfig(
    { 'config-paths': file, 'config-serve': 'true', 'idle-timeout': '5s' },
    workspace
  )
  const report = await diagnose(config, new Date(), undefined, [proxyConfigScan])
  const findings = report.results.flatMap(r => r.findings)
  expect(leftovers()).toEqual([])
  return findings
}

const live = (findings: Finding[]): Finding[] => findings.filter(f => f.title.startsWith('live: '))
const serveFindings = (findings: Finding[]): Finding[] =>
  findings.filter(f => /^(live|config-serve): /.test(f.title))

/** What the run left: anything in the temporary directory besides the repository, or a process
 * (httpd, its children, its piped logger) started in a prefix there or naming one. */
function leftovers(): string[] {
  const files = readdirSync(tmp).filter(name => name !== 'repository')
  const processes: string[] = []
  for (const pid of readdirSync('/proc').filter(p => /^\d+$/.test(p))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
      const cwd = readlinkSync(`/proc/${pid}/cwd`)
      if (args.includes(tmp) || cwd.startsWith(tmp)) processes.push(`${pid}: ${args}`)
    } catch {
      // gone, or not ours to read
    }
  }
  return [...files, ...processes]
}

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

run('config-serve with Debian’s Apache httpd', () => {
  test('the healthy lab vhost passes every live check at its VirtualHost line; httpd is stopped', async () => {
    const { line } = labFile('healthy')
    const findings = await served()
    const found = serveFindings(findings)
    expect(found).toEqual([
      expect.objectContaining({
        check: 'proxy-config',
        status: 'pass',
        title: expect.stringMatching(
          new RegExp(
            `^live: served by Apache httpd on loopback, wss://ws\\.lab\\.test:\\d+${LAB_PATH} passes every check$`
          )
        ),
        location: { file: 'site.conf', line: line(/^<VirtualHost /) }
      })
    ])
    expect(found[0].details).toContainEqual(
      expect.stringMatching(/^upgrade: 101 Switching Protocols/)
    )
    const port = Number(/:(\d+)\//.exec(found[0].title)![1])
    expect(await accepts(port)).toBe(false)
  })

  test('without upgrade=websocket the live upgrade fails at the ProxyPass line', async () => {
    const { line } = labFile('no-upgrade')
    const failing = live(await served()).filter(f => f.status !== 'pass')
    expect(failing).toEqual([
      expect.objectContaining({
        status: 'fail',
        title: expect.stringMatching(/^live: The proxy does not upgrade: HTTP 426 from Apache\//),
        location: { file: 'site.conf', line: line(/^\s*ProxyPass /) }
      })
    ])
  })

  test('the leaf alone in SSLCertificateFile: served with the leaf alone, the trust check finds the incomplete chain', async () => {
    const { line } = labFile('leaf-only')
    const failing = live(await served()).filter(f => f.status === 'fail')
    expect(failing.map(f => [f.check, f.title, f.location?.line])).toEqual([
      [
        'proxy-config',
        expect.stringMatching(/^live: Incomplete certificate chain: /),
        line(/^<VirtualHost /)
      ]
    ])
  })

  test('TLS 1.3 only: a live versions warning', async () => {
    const { line } = labFile('tls13-only')
    const problems = live(await served()).filter(f => f.status !== 'pass')
    expect(problems).toEqual([
      expect.objectContaining({
        status: 'warn',
        title: expect.stringMatching(/^live: .*TLS 1\.2/),
        location: { file: 'site.conf', line: line(/^<VirtualHost /) }
      })
    ])
    expect(problems[0].details?.[0]).toMatch(/^versions check of wss:\/\//)
  })

  test('DHE-only ciphers over TLS 1.2 (the repository’s DHParameters swapped for the kit’s): browsers cannot connect, live too', async () => {
    labFile('bad-ciphers')
    const failing = live(await served()).filter(f => f.status === 'fail')
    expect(failing.map(f => f.title)).toContain(
      'live: Browsers cannot connect: the server offers no cipher suite or group that Chrome and Firefox offer'
    )
  })

  test('a certbot site file: the plain vhost, the logs and the letsencrypt include are left out, and the TLS vhost passes', async () => {
    copyFileSync(path.join(FIXTURES, 'healthy.conf'), path.join(workspace, 'chat.conf'))
    const found = serveFindings(await served('chat.conf'))
    expect(found).toEqual([
      expect.objectContaining({
        status: 'pass',
        title: expect.stringMatching(
          /^live: served by Apache httpd on loopback, wss:\/\/chat\.example\.com:\d+\/socket\.io\/ passes every check$/
        ),
        location: { file: 'chat.conf', line: 11 }
      })
    ])
  })

  test('certbot’s cert.pem and a catch-all ProxyPass first: the incomplete chain at the VirtualHost, the 426 at the WebSocket route', async () => {
    copyFileSync(path.join(FIXTURES, 'broken.conf'), path.join(workspace, 'live.conf'))
    const failing = live(await served('live.conf')).filter(f => f.status === 'fail')
    expect(failing.map(f => [f.title.slice(0, 40), f.location?.line])).toEqual([
      ['live: Incomplete certificate chain: the ', 3],
      ['live: The proxy does not upgrade: HTTP 4', 15]
    ])
  })

  test('apache2 not on PATH: one warning', async () => {
    labFile('healthy')
    const saved = process.env.PATH
    process.env.PATH = '/nonexistent'
    let findings: Finding[]
    try {
      findings = await served()
    } finally {
      process.env.PATH = saved
    }
    expect(serveFindings(findings)).toEqual([
      expect.objectContaining({
        status: 'warn',
        title:
          'config-serve: Apache httpd is needed to serve the configuration, and apache2 is not on PATH',
        location: { file: 'site.conf', line: 1 }
      })
    ])
  })

  test('a configuration httpd refuses: did not start, with httpd’s own error', async () => {
    const { text } = labFile('healthy')
    writeFileSync(
      path.join(workspace, 'site.conf'),
      text.replace('    SSLEngine on', '    SSLEngine on\n    SSLProtocol +TLSv9')
    )
    const found = serveFindings(await served())
    expect(found).toEqual([
      expect.objectContaining({
        status: 'fail',
        title: 'config-serve: Apache httpd did not start with this configuration',
        location: { file: 'site.conf', line: 1 }
      })
    ])
    expect(found[0].details?.join('\n')).toMatch(/SSLProtocol/)
  })

  test('a file without a TLS virtual host: nothing served', async () => {
    writeFileSync(
      path.join(workspace, 'plain.conf'),
      '<VirtualHost *:80>\n    ServerName plain.example.com\n    ProxyPass /ws/ ws://127.0.0.1:3000/ws/\n</VirtualHost>\n'
    )
    expect(serveFindings(await served('plain.conf'))).toEqual([])
  })
})
