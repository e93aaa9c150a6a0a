// config-serve with Debian's HAProxy: the lab's haproxy.cfg (and a realistic one) written into a
// workspace, rewritten by the module (loopback ports, throwaway certificates, the echo as every
// server, state in a private prefix), run as `haproxy -db -f`, and probed with every live check;
// what fails lands at the bind line or at the line that routes the WebSocket.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseConfig, type RawInputs } from '../../src/config.js'
import { diagnose } from '../../src/doctor.js'
import type { Finding } from '../../src/findings.js'
import type { TargetResult } from '../../src/results.js'
import { proxyConfigScan } from '../../src/scans/proxy-config.js'
import { haproxyLab } from '../fixtures/proxies/haproxy.js'
import { labPem, installed, lineOf, type Breakage, type LabFiles } from '../fixtures/proxy-lab.js'
import { tempDir } from '../fixtures/temp-dir.js'

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/proxy-config/haproxy'
)
const serveTest = installed('haproxy') ? test : test.skip

let pem: Record<keyof LabFiles, string>
beforeAll(async () => {
  runTmp = tempDir('haproxy-serve-tmp')
  pem = await labPem()
})

/** The lab's haproxy.cfg for `breakage` in a new workspace, its certificate files beside it. */
function labWorkspace(
  breakage: Breakage,
  edit: (text: string) => string = t => t
): { workspace: string; text: string } {
  const workspace = tempDir('haproxy-serve')
  const files = {} as LabFiles
  for (const [name, text] of Object.entries(pem) as [keyof LabFiles, string][]) {
    files[name] = path.join(workspace, `${name}.pem`)
    writeFileSync(files[name], text, { mode: 0o600 })
  }
  const { text } = haproxyLab.configure(breakage, {
    dir: workspace,
    files,
    port: 443,
    backendPort: 8080,
    idleCutSeconds: 2
  })
  const edited = edit(text)
  writeFileSync(path.join(workspace, 'haproxy.cfg'), edited)
  return { workspace, text: edited }
}

async function served(
  workspace: string,
  inputs: RawInputs = {},
  file = 'haproxy.cfg'
): Promise<TargetResult> {
  const config = parseConfig(
    { 'config-paths': file, 'config-serve': 'true', 'idle-timeout': '5s', ...inputs },
    workspace
  )
  // The run's temporary files go to a folder of this test file alone (other test files may serve
  // at the same time), so that what a run leaves behind is seen.
  const saved = process.env.TMPDIR
  process.env.TMPDIR = runTmp
  let report: Awaited<ReturnType<typeof diagnose>>
  try {
    report = await diagnose(config, new Date(), undefined, [proxyConfigScan])
  } finally {
    if (saved === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = saved
  }
  const results = report.results.filter(r => r.target.scan === 'proxy-config')
  expect(results).toHaveLength(1)
  return results[0]
}

const live = (result: TargetResult): Finding[] =>
  result.findings.filter(f => f.title.startsWith('live: '))

/** The runs' own temporary folder: empty after each run. */
let runTmp: string
const prefixes = (): string[] => readdirSync(runTmp)

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

/** The served port of a live finding's wss:// URL (title or details). */
function servedPort(finding: Finding): number {
  const text = [finding.title, ...(finding.details ?? [])].join('\n')
  return Number(/wss:\/\/[^:/]+:(\d+)\//.exec(text)![1])
}

/** Nothing of the run is left: HAProxy stopped, the prefix removed. */
async function leftNothing(findings: Finding[]): Promise<void> {
  expect(prefixes()).toEqual([])
  for (const finding of findings) expect(await accepts(servedPort(finding))).toBe(false)
}

describe('config-serve with Debian’s HAProxy', () => {
  serveTest(
    'the healthy lab: a live pass at the bind line, through a real upgrade; nothing left running',
    async () => {
      const { workspace, text } = labWorkspace('healthy')
      const result = await served(workspace)
      expect(live(result)).toEqual([
        expect.objectContaining({
          status: 'pass',
          title: expect.stringMatching(
            /^live: served by HAProxy on loopback, wss:\/\/ws\.lab\.test:\d+\/socket passes every check$/
          ),
          location: { file: 'haproxy.cfg', line: lineOf(text, /^\s*bind /) }
        })
      ])
      expect(live(result)[0].details).toContainEqual(
        expect.stringMatching(/^upgrade: 101 Switching Protocols/)
      )
      expect(result.findings.filter(f => f.status === 'fail')).toEqual([])
      await leftNothing(live(result))
    }
  )

  serveTest(
    'no-upgrade: the echo gets a plain GET (426), at the line that routes the WebSocket',
    async () => {
      const { workspace, text } = labWorkspace('no-upgrade')
      const failing = live(await served(workspace)).filter(f => f.status === 'fail')
      expect(failing).toEqual([
        expect.objectContaining({
          check: 'proxy-config',
          title: expect.stringMatching(/^live: The proxy does not upgrade: HTTP 426/),
          location: { file: 'haproxy.cfg', line: lineOf(text, /use_backend websocket/) }
        })
      ])
      await leftNothing(failing)
    }
  )

  serveTest('leaf-only: served with the leaf alone, the live trust check fails', async () => {
    const { workspace, text } = labWorkspace('leaf-only')
    const failing = live(await served(workspace)).filter(f => f.status === 'fail')
    expect(failing.map(f => [f.title, f.location?.line])).toEqual([
      [expect.stringMatching(/^live: Incomplete certificate chain: /), lineOf(text, /^\s*bind /)]
    ])
    await leftNothing(failing)
  })

  serveTest('tls13-only: a live versions warning at the bind line', async () => {
    const { workspace, text } = labWorkspace('tls13-only')
    const found = live(await served(workspace))
    expect(found.filter(f => f.status === 'fail')).toEqual([])
    const warnings = found.filter(f => f.status === 'warn')
    expect(warnings).toContainEqual(
      expect.objectContaining({
        check: 'proxy-config',
        title: expect.stringMatching(/^live: .*TLS 1\.2/),
        location: { file: 'haproxy.cfg', line: lineOf(text, /^\s*bind /) }
      })
    )
    await leftNothing(found)
  })

  serveTest('bad-ciphers (DHE over TLS 1.2 only): browsers cannot connect, live', async () => {
    const { workspace, text } = labWorkspace('bad-ciphers')
    const failing = live(await served(workspace)).filter(f => f.status === 'fail')
    expect(failing).toContainEqual(
      expect.objectContaining({
        title:
          'live: Browsers cannot connect: the server offers no cipher suite or group that Chrome and Firefox offer',
        location: { file: 'haproxy.cfg', line: lineOf(text, /^\s*bind /) }
      })
    )
    await leftNothing(failing)
  })

  serveTest(
    'a realistic haproxy.cfg (Debian’s global section, crt on the server, health checks, a stats listener) passes live',
    async () => {
      const workspace = tempDir('haproxy-serve')
      mkdirSync(path.join(workspace, 'deploy'))
      copyFileSync(path.join(FIXTURES, 'healthy.cfg'), path.join(workspace, 'deploy/haproxy.cfg'))
      const result = await served(
        workspace,
        { urls: 'wss://api.example.com/ws' },
        'deploy/haproxy.cfg'
      )
      expect(live(result)).toEqual([
        expect.objectContaining({
          status: 'pass',
          title: expect.stringMatching(
            /^live: served by HAProxy on loopback, wss:\/\/api\.example\.com:\d+\/ws passes every check$/
          ),
          location: { file: 'deploy/haproxy.cfg', line: 33 }
        })
      ])
      await leftNothing(live(result))
    }
  )

  serveTest('a line HAProxy refuses: did not start, with its own error', async () => {
    const { workspace, text } = labWorkspace('healthy', text =>
      text.replace('backend websocket\n', 'backend websocket\n    timeout tunnl 1h\n')
    )
    const found = (await served(workspace)).findings.filter(f => f.title.startsWith('config-serve'))
    expect(found).toEqual([
      expect.objectContaining({
        status: 'fail',
        title: 'config-serve: HAProxy did not start with this configuration',
        location: { file: 'haproxy.cfg', line: 1 }
      })
    ])
    // The served file keeps the repository's lines: HAProxy's line is the repository's.
    const line = lineOf(text, /timeout tunnl/)
    expect(found[0].details!.join('\n')).toMatch(
      new RegExp(`parsing \\[haproxy\\.cfg:${line}\\] : 'timeout' .*\\(got 'tunnl'\\)`)
    )
    expect(prefixes()).toEqual([])
  })

  serveTest('a file without a TLS bind: nothing to serve, nothing said', async () => {
    const workspace = tempDir('haproxy-serve')
    writeFileSync(
      path.join(workspace, 'haproxy.cfg'),
      [
        'defaults',
        '    mode http',
        '    timeout client 30s',
        '    timeout server 30s',
        '    timeout tunnel 1h',
        'frontend plain',
        '    bind :80',
        '    default_backend websocket',
        'backend websocket',
        '    server ws1 10.0.0.1:8080',
        ''
      ].join('\n')
    )
    const result = await served(workspace)
    expect(result.findings.filter(f => /^(live|config-serve):/.test(f.title))).toEqual([])
    expect(prefixes()).toEqual([])
  })

  test('HAProxy not on PATH: one warning, nothing served', async () => {
    const { workspace } = labWorkspace('healthy')
    const saved = process.env.PATH
    process.env.PATH = '/nonexistent'
    let result: TargetResult
    try {
      result = await served(workspace)
    } finally {
      process.env.PATH = saved
    }
    expect(result.findings.filter(f => f.title.startsWith('config-serve'))).toEqual([
      expect.objectContaining({
        status: 'warn',
        title:
          'config-serve: HAProxy is needed to serve the configuration, and haproxy is not on PATH',
        fix: expect.objectContaining({
          code: {
            lang: 'yaml',
            text: '- run: sudo apt-get update && sudo apt-get install -y haproxy'
          }
        })
      })
    ])
    expect(live(result)).toEqual([])
  })
})
