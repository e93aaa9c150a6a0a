// config-serve with Debian's Caddy (2.6.2): the lab's Caddyfiles, written into a workspace with
// their certificate files beside them, served on loopback by Caddy itself (throwaway
// certificates of the same chain shape, the local echo as every upstream) and probed with the
// run's checks; each finding lands at the site's or the WebSocket route's line. Caddy is always
// stopped and its prefix removed.
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseConfig } from '../../src/config.js'
import { diagnose } from '../../src/doctor.js'
import type { Finding } from '../../src/findings.js'
import { caddy } from '../../src/proxies/caddy/index.js'
import { planCaddy } from '../../src/proxies/caddy/serve.js'
import type { ServeKit, ServePlan } from '../../src/proxies/serve-kit.js'
import { proxyConfigScan } from '../../src/scans/proxy-config.js'
import { caddyLab } from '../fixtures/proxies/caddy.js'
import { labPem, installed, lineOf, type Breakage, type LabFiles } from '../fixtures/proxy-lab.js'
import { tempDir } from '../fixtures/temp-dir.js'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'proxy-config', 'caddy')
const available = installed('caddy')
const suite = available ? describe : describe.skip

/** The lab's certificate files, as a repository would hold them (relative to the workspace). */
const FILES: LabFiles = {
  ca: 'ca.pem',
  fullchain: 'fullchain.pem',
  leaf: 'cert.pem',
  chain: 'chain.pem',
  key: 'privkey.pem',
  fullchainWithKey: 'fullchain-key.pem',
  leafWithKey: 'cert-key.pem',
  otherFullchain: 'other-fullchain.pem',
  otherKey: 'other-privkey.pem',
  otherWithKey: 'other-key.pem',
  dhparam: 'dhparam.pem'
}
let pem: Record<keyof LabFiles, string>

beforeAll(async () => {
  pem = await labPem()
})

interface Workspace {
  dir: string
  text: string
}

/** The lab's Caddyfile for `breakage` in a fresh workspace, its certificate files beside it. */
function workspace(breakage: Breakage, edit: (text: string) => string = t => t): Workspace {
  const dir = tempDir('caddy-serve')
  for (const [name, file] of Object.entries(FILES) as [keyof LabFiles, string][])
    writeFileSync(path.join(dir, file), pem[name])
  const { text } = caddyLab.configure(breakage, {
    dir,
    files: FILES,
    port: 8443,
    backendPort: 8080,
    idleCutSeconds: 2
  })
  const edited = edit(text)
  writeFileSync(path.join(dir, 'Caddyfile'), edited)
  return { dir, text: edited }
}

async function served(ws: Pick<Workspace, 'dir'>): Promise<Finding[]> {
  const config = parseConfig(
    { 'config-paths': 'Caddyfile', 'config-serve': 'true', 'idle-timeout': '5s' },
    ws.dir
  )
  const report = await diagnose(config, new Date(), undefined, [proxyConfigScan])
  const results = report.results.filter(r => r.target.scan === 'proxy-config')
  expect(results).toHaveLength(1)
  return results[0].findings
}

const live = (findings: Finding[]): Finding[] => findings.filter(f => f.title.startsWith('live: '))
const siteLine = (ws: Workspace): number => lineOf(ws.text, /^https:\/\//)
const routeLine = (ws: Workspace): number => lineOf(ws.text, /^\s*reverse_proxy /)

// Served runs make their prefix in os.tmpdir(): a private one here, so that what other runs on
// the machine leave in /tmp meanwhile is not counted.
const TMP = tempDir('caddy-serve-tmp')
const prefixes = (): string[] =>
  readdirSync(TMP).filter(name => name.startsWith('wss-doctor-serve-'))

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

let tmpdir: ReturnType<typeof jest.spyOn>
beforeAll(() => {
  tmpdir = jest.spyOn(os, 'tmpdir').mockReturnValue(TMP)
})
afterAll(() => {
  tmpdir.mockRestore()
})
afterEach(() => {
  // Nothing of a served run is left in the temporary directory.
  expect(prefixes()).toEqual([])
})

suite('config-serve with Debian’s Caddy', () => {
  test('the healthy lab Caddyfile passes every live check at the site’s line; Caddy is stopped', async () => {
    const ws = workspace('healthy')
    const findings = await served(ws)
    expect(live(findings)).toEqual([
      expect.objectContaining({
        check: 'proxy-config',
        status: 'pass',
        title: expect.stringMatching(
          /^live: served by Caddy on loopback, wss:\/\/ws\.lab\.test:\d+\/socket passes every check$/
        ),
        location: { file: 'Caddyfile', line: siteLine(ws) }
      })
    ])
    const [pass] = live(findings)
    expect(pass.details).toContainEqual(expect.stringMatching(/^upgrade: 101 Switching Protocols/))
    const port = Number(/:(\d+)\//.exec(pass.title)![1])
    expect(await accepts(port)).toBe(false)
  })

  test('header_up -Upgrade: the live upgrade fails, at the reverse_proxy line', async () => {
    const ws = workspace('no-upgrade')
    const failing = live(await served(ws)).filter(f => f.status === 'fail')
    expect(failing).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/^live: The proxy does not upgrade/),
        location: { file: 'Caddyfile', line: routeLine(ws) }
      })
    ])
  })

  test('tls cert.pem (the leaf alone): served leaf-only, the live trust check finds the missing intermediate', async () => {
    const ws = workspace('leaf-only')
    const failing = live(await served(ws)).filter(f => f.status === 'fail')
    expect(failing.map(f => [f.title, f.location?.line])).toEqual([
      [expect.stringMatching(/^live: Incomplete certificate chain: /), siteLine(ws)]
    ])
  })

  test('protocols tls1.3: a live versions warning', async () => {
    const ws = workspace('tls13-only')
    const problems = live(await served(ws)).filter(f => f.status !== 'pass')
    expect(problems).toEqual([
      expect.objectContaining({
        status: 'warn',
        title: expect.stringMatching(/TLS 1\.2/),
        location: { file: 'Caddyfile', line: siteLine(ws) }
      })
    ])
  })

  test('static RSA over TLS 1.2 alone: browsers connect without forward secrecy, a warning statically and live', async () => {
    const ws = workspace('bad-ciphers')
    const findings = await served(ws)
    expect(findings.filter(f => f.status === 'fail')).toEqual([])
    const ciphers = findings.filter(f => /static RSA/.test(f.title))
    expect(
      ciphers.map(f => [f.status, f.code, f.title.startsWith('live: '), f.location?.line])
    ).toEqual([
      ['warn', 'proxy-config-static-rsa', false, lineOf(ws.text, /^\s*ciphers /)],
      ['warn', 'ciphers-static-rsa-only', true, siteLine(ws)]
    ])
  })

  test('Caddy refuses the configuration: one did-not-start failure with its error', async () => {
    const ws = workspace('healthy', text => text.replace('\tbind 127.0.0.1', '\tno_such_directive'))
    const findings = await served(ws)
    expect(live(findings)).toEqual([])
    const started = findings.filter(f => f.title.startsWith('config-serve:'))
    expect(started).toEqual([
      expect.objectContaining({
        status: 'fail',
        title: 'config-serve: Caddy did not start with this configuration',
        details: expect.arrayContaining([expect.stringMatching(/no_such_directive/)])
      })
    ])
  })

  test('caddy not on PATH: one warning with the install step', async () => {
    const ws = workspace('healthy')
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    let findings: Finding[]
    try {
      findings = await served(ws)
    } finally {
      process.env.PATH = path
    }
    expect(
      findings.filter(f => f.title.startsWith('config-serve') || f.title.startsWith('live:'))
    ).toEqual([
      expect.objectContaining({
        status: 'warn',
        title: 'config-serve: Caddy is needed to serve the configuration, and caddy is not on PATH',
        fix: expect.objectContaining({
          code: {
            lang: 'yaml',
            text: '- run: sudo apt-get update && sudo apt-get install -y caddy'
          }
        })
      })
    ])
  })

  test('a file without a TLS site: nothing to serve', async () => {
    const ws = workspace('healthy', text => text.replace(/^https:\/\/(\S+):\d+/m, 'http://$1:8080'))
    const findings = await served(ws)
    expect(
      findings.filter(f => f.title.startsWith('config-serve') || f.title.startsWith('live:'))
    ).toEqual([])
  })

  // Served, the realistic "healthy" Caddyfile shows what its static check cannot: Caddy sorts
  // `handle` before `reverse_proxy` (its directive order), so the catch-all `handle { file_server }`
  // takes the upgrade request before `reverse_proxy @websockets` does (verified with caddy adapt).
  // Called directly: through the scan, nginx's claims take this file (its `http://… {` line).
  test('the realistic Caddyfile: its catch-all handle shadows the WebSocket route, the live upgrade gets 404 at that route', async () => {
    const dir = path.join(FIXTURES, 'healthy')
    const config = parseConfig({ 'config-paths': 'Caddyfile', 'config-serve': 'true' }, dir)
    const file = { path: 'Caddyfile', text: readFileSync(path.join(dir, 'Caddyfile'), 'utf8') }
    const during: string[] = []
    const findings = await caddy.serve!(file, {
      config,
      diagnose: inner => {
        during.push(...prefixes())
        return diagnose(inner, new Date(), undefined, [])
      }
    })
    // Caddy's prefix was there while its site was probed, where afterEach finds it removed.
    expect(during).toEqual([expect.stringMatching(/^wss-doctor-serve-/)])
    expect(findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        title: 'live: No WebSocket endpoint at /: HTTP 404 from Caddy',
        details: expect.arrayContaining([
          expect.stringMatching(
            /^upgrade check of wss:\/\/chat\.example\.com:\d+\/, served by Caddy/
          )
        ]),
        location: { file: 'Caddyfile', line: 22 }
      })
    ])
  })

  test('the realistic broken Caddyfile and its imported site share a port (SNI): each problem at its line, the import’s too', async () => {
    const problems = live(await served({ dir: path.join(FIXTURES, 'broken') }))
    expect(problems.map(f => [f.status, f.location?.file, f.location?.line, f.title])).toEqual([
      ['fail', 'Caddyfile', 11, expect.stringMatching(/^live: Incomplete certificate chain: /)],
      ['warn', 'Caddyfile', 11, expect.stringMatching(/^live: Refuses TLS 1\.2/)],
      [
        'fail',
        'Caddyfile',
        15,
        expect.stringMatching(/^live: The proxy does not upgrade: HTTP 426/)
      ],
      [
        'fail',
        'sites/admin.caddy',
        3,
        expect.stringMatching(/^live: The proxy does not upgrade: HTTP 426/)
      ]
    ])
    const ports = problems.map(f => /wss:\/\/[^:]+:(\d+)\//.exec(f.details![0])![1])
    expect(new Set(ports).size).toBe(1)
  })

  test('what points at the real server is neutralised (admin, ACME, logs, listener, backends over TLS, health checks); the rest served as written passes', async () => {
    const dir = tempDir('caddy-serve')
    const text = [
      '{',
      '\temail ops@example.com',
      '\tadmin localhost:2019',
      '\thttp_port 80',
      '\tlog {',
      '\t\toutput file /var/log/caddy/caddy.log',
      '\t}',
      '\tservers :443 {',
      '\t\ttimeouts {',
      '\t\t\tidle 1h',
      '\t\t}',
      '\t}',
      '}',
      '',
      'app.example.com {',
      '\ttls internal',
      '\tlog {',
      '\t\toutput file /var/log/caddy/app.log',
      '\t}',
      '\theader -Server',
      '\treverse_proxy /ws/* {',
      '\t\tto https://10.0.0.5:8443 https://10.0.0.6:8443',
      '\t\tlb_policy round_robin',
      '\t\thealth_uri /healthz',
      '\t\ttransport http {',
      '\t\t\ttls',
      '\t\t\ttls_server_name backend.internal',
      '\t\t\tread_timeout 1h',
      '\t\t}',
      '\t}',
      '}',
      '',
      ':80 {',
      '\trespond "plain" 200',
      '}',
      ''
    ].join('\n')
    writeFileSync(path.join(dir, 'Caddyfile'), text)
    const config = parseConfig({ 'config-paths': 'Caddyfile', 'config-serve': 'true' }, dir)
    const fake: ServeKit = {
      prefix: '/prefix',
      echoPort: 9999,
      freePort: async () => 40000 + ports++,
      certificate: async (names, options) => {
        certificates.push([names, options?.leafOnly ?? false])
        return { cert: '/prefix/c.pem', key: '/prefix/k.pem', chain: '', combined: '' }
      },
      dhparam: ''
    }
    let ports = 0
    const certificates: [string[], boolean][] = []
    const plan = (await planCaddy(
      { path: 'Caddyfile', text },
      { config, diagnose },
      fake
    )) as ServePlan
    const written = plan.files.Caddyfile
    for (const gone of [
      'email',
      '2019',
      '/var/log',
      'http_port 80',
      '10.0.0.',
      'health_uri',
      'tls_server_name',
      'tls internal',
      ':80',
      'plain'
    ])
      expect(written).not.toContain(gone)
    for (const kept of [
      'admin off',
      'servers 127.0.0.1:40000 {',
      'idle 1h',
      'https://app.example.com:40000 {',
      'bind 127.0.0.1',
      'tls /prefix/c.pem /prefix/k.pem',
      'header -Server',
      'reverse_proxy /ws/* 127.0.0.1:9999 {',
      'lb_policy round_robin',
      'read_timeout 1h'
    ])
      expect(written).toContain(kept)
    expect(certificates).toEqual([[['app.example.com'], false]])
    expect(plan.sites).toEqual([
      {
        host: 'app.example.com',
        port: 40000,
        path: '/ws/',
        location: { file: 'Caddyfile', line: 15 },
        socketLocation: { file: 'Caddyfile', line: 21 }
      }
    ])
    const problems = live(await served({ dir }))
    expect(problems).toEqual([
      expect.objectContaining({
        status: 'pass',
        title: expect.stringMatching(
          /^live: served by Caddy on loopback, wss:\/\/app\.example\.com:\d+\/ws\/ passes every check$/
        ),
        location: { file: 'Caddyfile', line: 15 }
      })
    ])
  })
})
