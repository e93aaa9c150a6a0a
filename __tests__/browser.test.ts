// The real-browser check with a real headless Chromium on loopback: an https page whose
// sockets open, fail on the certificate's name, and are blocked as mixed content or by the
// page's CSP; targets without pages opened from their own origin; and wss-doctor's verdict
// beside the browser's. Without Chromium on this machine the browser tests are skipped (CI
// installs it: see .ci/run).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseConfig, type RawInputs } from '../src/config.js'
import { diagnose } from '../src/doctor.js'
import type { Report, TargetResult } from '../src/results.js'
import type { Finding } from '../src/findings.js'
import { createLeaf, createRoot } from '../src/demo/pki.js'
import {
  chromiumArgs,
  findChromium,
  MISSING_CHROMIUM,
  withDataLimit
} from '../src/browser/launch.js'
import { resolverRules } from '../src/browser/resolver-rules.js'
import { parseResolve } from '../src/targets.js'
import { inScope } from '../src/isolation.js'
import { browserScan } from '../src/scans/browser.js'
import { createBrowserLab, type BrowserLab } from './fixtures/browser-lab.js'
import { watchPeakRss } from './fixtures/process-memory.js'

const chromium = findChromium(undefined)
// CI installs Chromium (.ci/run): there a missing browser is a failure, not a skip.
if (!chromium && process.env.CI === 'true')
  throw new Error('browser.test.ts: Chromium is missing in CI: .ci/run should have installed it')
if (!chromium)
  console.warn(
    'browser.test.ts: Chromium is not installed (chromium, chromium-browser or google-chrome on the PATH): the real-browser tests are SKIPPED. apt-get install chromium libnss3-tools'
  )
const withChromium = chromium ? describe : describe.skip

/** The whole run with the browser check; no idle hold (idle-timeout 0): not what is tested. */
function run(inputs: RawInputs): Promise<Report> {
  return diagnose(
    parseConfig({ browser: 'chromium', 'idle-timeout': '0', ...inputs }, process.cwd())
  )
}

/** The browser scan alone (no probes), as if wss-doctor had judged every target `status`. */
function scanOnly(inputs: RawInputs, status: TargetResult['status'] = 'pass') {
  const config = parseConfig({ browser: 'chromium', ...inputs }, process.cwd())
  return browserScan.run({
    config,
    results: config.targets.map(target => ({ target, status, findings: [], facts: {} })),
    diagnose,
    now: new Date(),
    trust: undefined as never,
    revocation: undefined as never
  })
}

function browserResults(report: Report): TargetResult[] {
  return report.results.filter(r => r.target.scan === 'browser')
}

function findingFor(result: TargetResult, url: string): Finding {
  const found = result.findings.find(f => f.title.includes(url))
  if (!found)
    throw new Error(`no finding for ${url}: ${result.findings.map(f => f.title).join(' | ')}`)
  return found
}

// Chromium's profiles go to a temporary folder of this file's own, so that browsers other test
// files start at the same time (the real-client check, the page scans) are not counted here.
const sharedTmp = process.env.TMPDIR
const ownTmp = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-tmp-browser-test-'))
process.env.TMPDIR = ownTmp
afterAll(() => {
  if (sharedTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = sharedTmp
  rmSync(ownTmp, { recursive: true, force: true })
})

function profileDirs(): string[] {
  return readdirSync(os.tmpdir()).filter(
    name => name.startsWith('wss-doctor-browser-') && !name.startsWith('wss-doctor-browser-lab-')
  )
}

withChromium('in headless Chromium', () => {
  let lab: BrowserLab
  let profilesBefore: string[]
  beforeAll(async () => {
    lab = await createBrowserLab()
    profilesBefore = profileDirs()
  })
  afterAll(async () => lab?.close())

  test("a page: each socket it opens is judged, with the browser's own error and the fix", async () => {
    const home = process.env.HOME
    const report = await run({
      urls: [lab.healthy, lab.wrongHost].join('\n'),
      resolve: lab.resolve,
      'ca-file': lab.caFile,
      'page-urls': lab.page
    })
    const [page] = browserResults(report)
    expect(browserResults(report)).toHaveLength(1)
    expect(page.target.label).toBe(lab.page)
    expect(page.status).toBe('fail')

    const healthy = findingFor(page, lab.healthy)
    expect(healthy).toMatchObject({ status: 'pass', title: `Chromium opened ${lab.healthy}` })

    const wrongHost = findingFor(page, lab.wrongHost)
    expect(wrongHost.status).toBe('fail')
    expect(wrongHost.title).toContain('net::ERR_CERT_COMMON_NAME_INVALID')
    expect(wrongHost.cause).toMatch(/does not cover the WebSocket server hostname/)
    // The names come from wss-doctor's own handshake with the same endpoint.
    expect(wrongHost.fix?.code?.text).toContain('-d other.example -d wrong.wss-doctor.test')

    const plain = findingFor(page, lab.plain)
    expect(plain.status).toBe('fail')
    expect(plain.title).toContain('mixed content')
    expect(plain.cause).toMatch(/^Mixed content/)
    expect(plain.fix?.code?.text).toContain("location.protocol === 'https:' ? 'wss' : 'ws'")

    const csp = findingFor(page, lab.notInCsp)
    expect(csp.status).toBe('fail')
    expect(csp.title).toContain('Content Security Policy')
    expect(csp.details?.[0]).toMatch(/^Directive: connect-src /)

    expect(page.findings).toHaveLength(4)
    // A host that is neither a target nor a page resolves to nothing, and the result says so.
    expect(page.findings[0].details?.join('\n')).toContain(
      'Names that did not resolve in the browser: cdn.elsewhere.test.'
    )
    // The user's environment is untouched; the browser's profile and HOME are gone.
    expect(process.env.HOME).toBe(home)
    expect(profileDirs()).toEqual(profilesBefore)
  }, 30_000)

  test("targets without pages: opened from their own https origin, beside wss-doctor's verdict", async () => {
    const report = await run({
      urls: [lab.healthy, lab.wrongHost, lab.expiringSoon, lab.refusing].join('\n'),
      resolve: lab.resolve,
      'ca-file': lab.caFile,
      'expiry-error-days': '7'
    })
    const byLabel = new Map(browserResults(report).map(r => [r.target.label, r]))
    expect([...byLabel.keys()]).toEqual([
      `chromium: ${lab.healthy}`,
      `chromium: ${lab.wrongHost}`,
      `chromium: ${lab.expiringSoon}`,
      `chromium: ${lab.refusing}`
    ])

    const healthy = byLabel.get(`chromium: ${lab.healthy}`)!
    expect(healthy.status).toBe('pass')
    expect(healthy.findings[0].details).toContain(
      `The test page was ${new URL(lab.healthy).origin.replace('wss:', 'https:')}/ (the upgrade's Origin: ${new URL(lab.healthy).origin.replace('wss:', 'https:')}).`
    )

    const wrongHost = byLabel.get(`chromium: ${lab.wrongHost}`)!
    expect(wrongHost.status).toBe('fail')
    expect(wrongHost.findings[0].title).toBe(
      `Chromium could not open ${lab.wrongHost}: Error in connection establishment: net::ERR_CERT_COMMON_NAME_INVALID`
    )
    // Its https origin has the same certificate: the test page fell back to about:blank.
    expect(wrongHost.findings[0].details?.join('\n')).toMatch(
      /about:blank .*ERR_CERT_COMMON_NAME_INVALID/
    )

    // wss-doctor fails a certificate three days from expiry; Chromium opens it, and says so.
    const own = report.results.find(r => r.target.label === lab.expiringSoon)!
    expect(own.status).toBe('fail')
    const soon = byLabel.get(`chromium: ${lab.expiringSoon}`)!
    expect(soon.status).toBe('pass')
    expect(soon.findings[0].details).toContain(
      'Chromium and wss-doctor disagree: wss-doctor failed this target on expiry (deliberately stricter than browsers), Chromium opened it.'
    )
    // Anything else in the browser's own words.
    expect(byLabel.get(`chromium: ${lab.refusing}`)!.findings[0]).toMatchObject({
      status: 'fail',
      title: `Chromium could not open ${lab.refusing}: Error during WebSocket handshake: Unexpected response code: 403`
    })
    expect(profileDirs()).toEqual(profilesBefore)
  }, 30_000)

  test('without ca-file the test CA is not trusted: the browser says ERR_CERT_AUTHORITY_INVALID', async () => {
    const { results } = await scanOnly({ urls: lab.healthy, resolve: lab.resolve })
    expect(results[0].findings[0].title).toContain('net::ERR_CERT_AUTHORITY_INVALID')
    expect(results[0].findings[0].fix?.text).toMatch(/public CA/)
    // wss-doctor (in this test, by fiat) passed it: the browser's refusal is flagged.
    expect(results[0].findings[0].details).toContain(
      "Chromium and wss-doctor disagree: wss-doctor's own checks passed this target, Chromium could not open it."
    )
  }, 30_000)

  test('a target that accepts the connection and never answers: no handshake answer within timeout-ms', async () => {
    const silent = net.createServer(socket => socket.on('error', () => undefined))
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as net.AddressInfo).port
    const url = `wss://silent.wss-doctor.test:${port}/live`
    try {
      const { results } = await scanOnly(
        { urls: url, resolve: `silent.wss-doctor.test:${port}:127.0.0.1`, 'timeout-ms': '1000' },
        'fail'
      )
      expect(results[0].findings[0]).toMatchObject({
        status: 'fail',
        title: `Chromium got no handshake answer from ${url} within 1 s`
      })
      expect(results[0].findings[0].details?.join('\n')).toMatch(/^The test page was about:blank/m)
    } finally {
      silent.close()
    }
  }, 30_000)

  describe('a page that misbehaves', () => {
    /** The browser scan of `pages`, with the lab's names and CA. */
    const scanPages = (pages: string[], inputs: RawInputs = {}) =>
      scanOnly({
        urls: lab.healthy,
        resolve: lab.resolve,
        'ca-file': lab.caFile,
        'page-urls': pages.join('\n'),
        ...inputs
      })
    // Above what the bounds let a renderer reach (about 0.95 GB), below what the pages allocate
    // without them (1.5 GB and more).
    const MAX_PROCESS_BYTES = 1.2e9

    test('one that allocates without end crashes its own renderer: a failing finding names the crash; no Chromium process passes 1.2 GB', async () => {
      const peak = watchPeakRss()
      const { results } = await scanPages([lab.misbehaving.exhaustsHeap])
      const { bytes, command } = peak.stop()
      expect(results[0].findings[0]).toMatchObject({
        status: 'fail',
        title: 'The page crashed Chromium\'s renderer (the tab\'s "Aw, Snap!")',
        details: expect.arrayContaining([
          expect.stringMatching(
            /^Chromium: the renderer ended with status crashed \(SIG[A-Z]+\)\.$/
          )
        ]),
        cause: expect.stringMatching(/ran out of memory/)
      })
      expect(results[0].findings).toHaveLength(1)
      expect({ bytes, command }).toEqual({ bytes: expect.any(Number), command })
      expect(bytes).toBeLessThan(MAX_PROCESS_BYTES)
    }, 60_000)

    test('memory outside the JavaScript heap (array buffers) is bounded too: allocations fail, the page lives on', async () => {
      const peak = watchPeakRss()
      const { results } = await scanPages([lab.misbehaving.exhaustsBuffers], {
        'timeout-ms': '20000'
      })
      const { bytes } = peak.stop()
      // It got to the end of its loop and opened its socket.
      expect(results[0].findings[0]).toMatchObject({
        status: 'pass',
        title: `Chromium opened ${lab.healthy}`
      })
      expect(bytes).toBeLessThan(MAX_PROCESS_BYTES)
    }, 60_000)

    test('one that hangs, once loaded or while loading: a failing finding names the hang, after timeout-ms', async () => {
      const started = performance.now()
      const { results } = await scanPages(
        [lab.misbehaving.hangs, lab.misbehaving.hangsWhileLoading],
        { 'timeout-ms': '2000' }
      )
      const elapsed = performance.now() - started
      expect(results.map(r => r.target.label)).toEqual([
        lab.misbehaving.hangs,
        lab.misbehaving.hangsWhileLoading
      ])
      for (const result of results)
        expect(result.findings[0]).toMatchObject({
          status: 'fail',
          title: expect.stringMatching(
            /^The page stopped answering: its main thread was busy for over 2(\.\d)? s \(an endless loop/
          ),
          cause: expect.stringMatching(/runs without yielding/)
        })
      // Chromium's start (seconds on a busy machine), then each page: timeout-ms and at most a
      // second more to see the hang.
      expect(elapsed).toBeLessThan(8_000 + 2 * 3_000)
    }, 60_000)

    test("a target whose own https page hangs: the hang, not a socket's fate", async () => {
      const root = await createRoot({ commonName: 'Hang Root CA' })
      const leaf = await createLeaf(root, {
        commonName: 'hang.wss-doctor.test',
        names: ['hang.wss-doctor.test']
      })
      const server = https.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end('<script>for (;;) {}</script>')
      )
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
      const port = (server.address() as net.AddressInfo).port
      const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-browser-lab-hang-'))
      const caFile = path.join(dir, 'ca.pem')
      writeFileSync(caFile, root.certPem)
      try {
        const { results } = await scanOnly({
          urls: `wss://hang.wss-doctor.test:${port}/live`,
          resolve: `hang.wss-doctor.test:${port}:127.0.0.1`,
          'ca-file': caFile,
          'timeout-ms': '2000'
        })
        expect(results[0].findings[0]).toMatchObject({
          status: 'fail',
          title: expect.stringMatching(/^The page stopped answering/)
        })
      } finally {
        server.closeAllConnections()
        server.close()
        rmSync(dir, { recursive: true, force: true })
      }
    }, 60_000)

    test("one whose renderer is killed (as by the kernel's out-of-memory killer): a failing finding says so", async () => {
      const { results } = await scanPages([lab.misbehaving.getsKilled])
      expect(results[0].findings[0]).toMatchObject({
        status: 'fail',
        title: "Chromium's renderer for the page was killed",
        details: expect.arrayContaining([
          'Chromium: the renderer ended with status killed (SIGKILL).'
        ]),
        cause: expect.stringMatching(/out-of-memory killer/)
      })
    }, 30_000)

    test('one that shows an alert: accepted, as a user would, and its socket is seen', async () => {
      const { results } = await scanPages([lab.misbehaving.alerts])
      expect(results[0].findings[0]).toMatchObject({
        status: 'pass',
        title: `Chromium opened ${lab.healthy}`
      })
      expect(results[0].findings[0].details).toContain(
        'The page opened a dialog (alert: Welcome!); wss-doctor accepted it.'
      )
    }, 30_000)
  })

  test("at the run's deadline the browser is closed and its profile removed", async () => {
    // A page server that accepts the connection and never answers: the run would wait for it.
    const deadline = new AbortController()
    let profile: string | undefined
    const silent = net.createServer(socket => {
      profile = profileDirs().find(dir => !profilesBefore.includes(dir))
      socket.on('error', () => undefined)
      deadline.abort()
    })
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as net.AddressInfo).port
    try {
      const config = parseConfig(
        {
          urls: lab.healthy,
          browser: 'chromium',
          'page-urls': `https://silent.wss-doctor.test:${port}/`,
          resolve: `silent.wss-doctor.test:${port}:127.0.0.1`,
          'timeout-ms': '600000'
        },
        process.cwd()
      )
      const run = inScope({ signal: deadline.signal, fail: () => undefined }, () =>
        browserScan.run({
          config,
          results: [],
          diagnose,
          now: new Date(),
          trust: undefined as never,
          revocation: undefined as never
        })
      )
      // Settled (either way: the scan's result no longer counts once the deadline has passed).
      await run.catch(() => undefined)
    } finally {
      silent.close()
    }
    expect(profile).toBeDefined()
    expect(profileDirs()).toEqual(profilesBefore)
    // No Chromium of that profile is left running.
    const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    expect(processes).not.toContain(profile)
  }, 30_000)
})

describe('without a browser', () => {
  test('no Chromium on the PATH: one failing result that says how to get it', async () => {
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      const { results } = await scanOnly({ urls: 'wss://a.example/ws' })
      expect(results).toHaveLength(1)
      expect(results[0]).toMatchObject({
        target: { label: 'browser: chromium', scan: 'browser' },
        status: 'fail',
        findings: [{ check: 'browser', status: 'fail', title: MISSING_CHROMIUM }]
      })
    } finally {
      process.env.PATH = path
    }
  })

  test('browser: off runs no browser check', () => {
    const config = parseConfig({ urls: 'wss://a.example/ws' }, process.cwd())
    expect(browserScan.applies(config)).toBe(false)
    expect(browserScan.applies({ ...config, browser: 'chromium' })).toBe(true)
  })
})

describe('the browser command line', () => {
  test('resolver rules: mapped hosts go to their resolve address, other targets to DNS, loopback stays, everything else resolves to nothing', () => {
    const resolve = parseResolve('api.example.com:443:203.0.113.7\nv6.example.com:8443:2001:db8::1')
    const rules = resolverRules(['api.example.com', 'v6.example.com', 'Other.Example.com'], resolve)
    expect(rules).toBe(
      'MAP api.example.com:443 203.0.113.7, MAP v6.example.com:8443 [2001:db8::1], MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost, EXCLUDE ::1, EXCLUDE other.example.com'
    )
  })

  test("a page's memory is bounded: V8's heap by a flag, each process's data by the shell that starts Chromium", () => {
    expect(chromiumArgs({ resolverRules: 'MAP * ~NOTFOUND', runningAsRoot: false })).toContain(
      '--js-flags=--max-old-space-size=512'
    )
    expect(
      withDataLimit('/usr/bin/chromium', ['--headless=new', '--user-data-dir=/tmp/p'])
    ).toEqual({
      executablePath: '/bin/sh',
      args: [
        '-c',
        'ulimit -d 1048576 2>/dev/null; exec "$0" "$@"',
        '/usr/bin/chromium',
        '--headless=new',
        '--user-data-dir=/tmp/p'
      ]
    })
  })

  test('--no-sandbox only as root', () => {
    const args = (runningAsRoot: boolean) =>
      chromiumArgs({ resolverRules: 'MAP * ~NOTFOUND', runningAsRoot })
    expect(args(true)).toContain('--no-sandbox')
    expect(args(false)).not.toContain('--no-sandbox')
    expect(args(false)).toEqual(
      expect.arrayContaining([
        '--headless=new',
        '--disable-quic',
        '--disable-background-networking',
        '--host-resolver-rules=MAP * ~NOTFOUND'
      ])
    )
  })
})
