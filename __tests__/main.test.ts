// The action as the runner drives it: INPUT_* variables in, workflow commands on stdout, outputs
// in $GITHUB_OUTPUT, the summary in $GITHUB_STEP_SUMMARY, the exit code in process.exitCode.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { webcrypto } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { helpUrl } from '../src/codes.js'
import { createIntermediate, createLeaf, createRoot, type Issued } from '../src/demo/pki.js'
import { startWssServer, type RunningServer } from '../src/demo/servers.js'
import { runAction as runActionIn, type ActionRun } from './fixtures/action.js'
import { foreignLinks, renderGitHubMarkdown, visibleText } from './fixtures/markdown.js'
import { tempDir } from './fixtures/temp-dir.js'

const dir = tempDir('main')
let good: RunningServer
let wrongHost: RunningServer
let intermediate: Issued
const servers: RunningServer[] = []

beforeAll(async () => {
  const root = await createRoot({ commonName: 'Main Test Root' })
  intermediate = await createIntermediate(root, { commonName: 'Main Test Intermediate' })
  const goodLeaf = await createLeaf(intermediate, {
    commonName: 'good.main.test',
    names: ['good.main.test']
  })
  const otherLeaf = await createLeaf(intermediate, {
    commonName: 'other.test',
    names: ['other.test']
  })
  good = await startWssServer({
    cert: goodLeaf.certPem + intermediate.certPem,
    key: goodLeaf.keyPem
  })
  wrongHost = await startWssServer({
    cert: otherLeaf.certPem + intermediate.certPem,
    key: otherLeaf.keyPem
  })
  writeFileSync(path.join(dir, 'ca.pem'), root.certPem)
  writeFileSync(
    path.join(dir, 'targets.txt'),
    `# endpoints\nwss://good.main.test:${good.port}/ws\n\nwss://bad.main.test:${wrongHost.port}/ws?token=hunter2\n`
  )
})

afterAll(async () => {
  await Promise.all([good, wrongHost, ...servers].map(server => server.close()))
})

/** The action in the test's workspace; `env` overrides the runner's files and variables. */
const runAction = (
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> => runActionIn(dir, inputs, env)

describe('the action', () => {
  test('checks every target, annotates at the targets-file line, writes outputs, summary and report, and fails', async () => {
    const result = await runAction({
      'targets-file': 'targets.txt',
      'ca-file': 'ca.pem',
      resolve: `good.main.test:${good.port}:127.0.0.1\nbad.main.test:${wrongHost.port}:127.0.0.1`,
      'json-report': 'report.json'
    })
    expect(result.outputs).toMatchObject({
      result: 'fail',
      passed: '1',
      warned: '0',
      failed: '1',
      report: path.join(dir, 'report.json')
    })
    expect(result.stdout).toMatch(
      /^::error title=wss-doctor hostname-other-host%3A wss%3A\/\/bad\.main\.test%3A\d+\/ws\?token=\*\*\*,file=targets\.txt,line=4::.*Certificate does not cover bad\.main\.test/m
    )
    expect(result.stdout).toMatch(
      /^::notice title=wss-doctor%3A wss%3A\/\/good\.main\.test%3A\d+\/ws,file=targets\.txt,line=2::All checks passed\.$/m
    )
    expect(result.stdout).toMatch(
      /^::error::wss-doctor: 2 endpoints: 1 failed, 1 passed \(fail-on: error\)$/m
    )
    expect(result.exitCode).toBe(1)
    expect(result.outputs['earliest-expiry']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(result.outputs['earliest-expiry-endpoint']).toMatch(
      /^wss:\/\/(good|bad)\.main\.test:\d+\/ws/
    )
    expect(visibleText(renderGitHubMarkdown(result.summary))).toMatch(
      /^<p>Earliest certificate expiry: <strong>\d{4}-\d{2}-\d{2} \(\d+ days\)<\/strong> on wss:/m
    )
    expect(result.summary).toMatch(/^## ❌ wss-doctor: 2 endpoints: 1 failed, 1 passed$/m)
    expect(result.summary).toContain(
      'certbot certonly --webroot -w /var/www/html -d other.test -d bad.main.test'
    )
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))
    expect(report.targets.map((t: { status: string }) => t.status)).toEqual(['pass', 'fail'])
  })

  test('masks the token found in a URL before anything is logged', async () => {
    const result = await runAction({
      urls: `wss://bad.main.test:${wrongHost.port}/ws?token=hunter2`,
      resolve: `bad.main.test:${wrongHost.port}:127.0.0.1`,
      'fail-on': 'never'
    })
    const firstLine = result.stdout.split('\n')[0]
    expect(firstLine).toBe('::add-mask::hunter2')
    expect(result.stdout.split('\n').slice(1).join('\n')).not.toContain('hunter2')
  })

  test('fail-on never reports the failure but does not fail the step; warning fails on warnings', async () => {
    const inputs = {
      urls: `wss://good.main.test:${good.port}/ws`,
      'ca-file': 'ca.pem',
      resolve: `good.main.test:${good.port}:127.0.0.1`
    }
    const never = await runAction({
      ...inputs,
      urls: `wss://bad.main.test:${wrongHost.port}/ws`,
      resolve: `bad.main.test:${wrongHost.port}:127.0.0.1`,
      'fail-on': 'never'
    })
    expect(never.outputs.result).toBe('fail')
    expect(never.exitCode).toBeUndefined()
    const strict = await runAction({
      ...inputs,
      'fail-on': 'warning',
      'expiry-warning-days': '365'
    })
    expect(strict.outputs.result).toBe('warn')
    expect(strict.exitCode).toBe(1)
    const relaxed = await runAction({ ...inputs, 'fail-on': 'error', 'expiry-warning-days': '365' })
    expect(relaxed.exitCode).toBeUndefined()
  })

  test('an invalid input fails the step with one clear message and no stack trace', async () => {
    const result = await runAction({ urls: 'wss://good.main.test/ws', 'timeout-ms': 'fast' })
    expect(result.stdout.trim()).toBe(
      '::error::wss-doctor: invalid input: timeout-ms must be a whole number from 100 to 600000; got "fast"'
    )
    expect(result.exitCode).toBe(1)
  })

  test('without json-report the report goes to a temporary file, named in the outputs', async () => {
    const result = await runAction({ urls: 'not-a-url' })
    expect(result.outputs.report).toMatch(/wss-doctor-.*report\.json$/)
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
    expect(report.targets[0].findings[0]).toMatchObject({ check: 'input', status: 'fail' })
  })
})

/** A leaf for `names` with any subject, hostile text included (pki.ts takes a plain CN). */
async function leafWithSubject(
  subject: Record<string, string>,
  names: string[]
): Promise<{ certPem: string; keyPem: string }> {
  const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify'
  ])) as webcrypto.CryptoKeyPair
  const now = Date.now()
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: `01${Buffer.from(webcrypto.getRandomValues(new Uint8Array(8))).toString('hex')}`,
    // UTF8String values: a string name would read a leading `#` as hex DER.
    subject: new x509.Name(
      Object.entries(subject).map(([type, value]) => ({ [type]: [{ utf8String: value }] }))
    ),
    issuer: intermediate.certificate.subject,
    notBefore: new Date(now - 86_400_000),
    notAfter: new Date(now + 90 * 86_400_000),
    signingAlgorithm: intermediate.signingAlgorithm,
    publicKey: keys.publicKey,
    signingKey: intermediate.keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(names.map(value => ({ type: 'dns', value })))
    ]
  })
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey))
  return {
    certPem: `${certificate.toString('pem')}\n${intermediate.certPem}`,
    keyPem: `-----BEGIN PRIVATE KEY-----\n${der.toString('base64')}\n-----END PRIVATE KEY-----\n`
  }
}

/** An https server that answers every upgrade with `status`, a `Server:` header and a body. */
async function answeringServer(
  tls: { certPem: string; keyPem: string },
  status: string,
  serverHeader: string,
  body: string
): Promise<number> {
  const server = https.createServer({ cert: tls.certPem, key: tls.keyPem })
  server.on('upgrade', (_req, socket) =>
    socket.end(
      `HTTP/1.1 ${status}\r\nServer: ${serverHeader}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
    )
  )
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  servers.push({
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>(done => {
        server.closeAllConnections()
        server.close(() => done())
      })
  })
  return (server.address() as AddressInfo).port
}

const FORGED_ERROR = '##[error file=README.md;line=1]forged'
const FORGED_MASK = '##[add-mask]wss'
const FORGED_STOP = '##[stop-commands]tok'
const FORGED_V2 = '::error::forged'

describe('server text in the log', () => {
  test('cannot issue workflow commands; wss-doctor’s own annotations still work', async () => {
    // Each hostile string leads a line of its own somewhere (a certificate line, a finding
    // title), since the runner reads one legacy command per line.
    const hostile = [
      { cn: FORGED_ERROR, o: FORGED_MASK, server: FORGED_STOP },
      { cn: FORGED_MASK, o: FORGED_STOP, server: FORGED_ERROR },
      { cn: FORGED_STOP, o: FORGED_V2, server: FORGED_MASK }
    ]
    const targets: string[] = []
    const resolve: string[] = []
    for (const [i, h] of hostile.entries()) {
      const host = `hostile${i}.main.test`
      const tls = await leafWithSubject({ CN: h.cn, O: h.o }, [
        host,
        'www.evil.test',
        `${FORGED_V2}.test`
      ])
      const port = await answeringServer(
        tls,
        '404 Not Found',
        h.server,
        `${FORGED_V2}\n${FORGED_ERROR}`
      )
      targets.push(`wss://${host}:${port}/ws`)
      resolve.push(`${host}:${port}:127.0.0.1`)
    }
    const result = await runAction({
      urls: targets.join('\n'),
      'ca-file': 'ca.pem',
      resolve: resolve.join('\n')
    })

    // The report was printed, server text included, inside a stop-commands block.
    expect(result.stdout).toContain('forged')
    const blocks = [...result.stdout.matchAll(/^::stop-commands::(.+)\n([\s\S]*?)^::\1::$/gm)]
    expect(blocks).toHaveLength(1)
    expect(blocks[0][1]).toMatch(/^wss-doctor-[0-9a-f-]{36}$/)
    expect(blocks[0][2]).toContain('Result: FAIL')
    const outside = result.stdout.replace(blocks[0][0], '')
    expect(outside).not.toContain('certificate:')

    // The runner executes: the block's stop and resume, wss-doctor's errors, nothing forged.
    const { commands } = result
    expect(commands.map(c => c.name)).toEqual([
      'stop-commands',
      blocks[0][1],
      'error',
      'error',
      'error',
      'error'
    ])
    const errors = commands.filter(c => c.name === 'error')
    expect(errors.slice(0, 3).map(e => e.properties.title)).toEqual(
      targets.map(t => `wss-doctor upgrade-not-found: ${t}`)
    )
    for (const [i, e] of errors.slice(0, 3).entries()) {
      expect(e.data).toMatch(/^wss:.*No WebSocket endpoint at \/ws: HTTP 404 from #\u2060#\[/)
      expect(e.data).toContain(hostile[i].server.slice(3))
    }
    expect(errors[3].data).toBe('wss-doctor: 3 endpoints: 3 failed (fail-on: error)')
    expect(result.exitCode).toBe(1)

    // The summary shows the text, and links none of it (its only links are the codes' pages).
    const html = renderGitHubMarkdown(result.summary)
    expect(html).not.toMatch(/<img/)
    expect(html).toContain(`<a href="${helpUrl('upgrade-not-found')}">`)
    expect(foreignLinks(html)).toEqual([])
    // (Node writes the subject RFC 4514-escaped: CN=\##[…].)
    expect(visibleText(html)).toContain(`${FORGED_MASK}, O=\\${FORGED_STOP}`)
    expect(visibleText(html)).toContain(`www.evil.test, ${FORGED_V2}.test`)
  })
})

const SECRET = 'S3cret.tok-en_42'

describe('delivery', () => {
  const passing = (): Record<string, string> => ({
    urls: `wss://good.main.test:${good.port}/ws`,
    'ca-file': 'ca.pem',
    resolve: `good.main.test:${good.port}:127.0.0.1`
  })
  const warnings = (r: ActionRun): string[] =>
    r.commands.filter(c => c.name === 'warning').map(c => c.data)

  test('json-report in a missing directory: the directory is created', async () => {
    const file = path.join(mkdtempSync(path.join(dir, 'json-')), 'a', 'b', 'report.json')
    const result = await runAction({ ...passing(), 'json-report': file })
    expect(result.outputs.report).toBe(file)
    expect(JSON.parse(readFileSync(file, 'utf8')).result).toBe('pass')
    expect(warnings(result)).toEqual([])
    expect(result.exitCode).toBeUndefined()
  })

  test('json-report that cannot be written: a warning naming it; the rest is delivered', async () => {
    const directory = mkdtempSync(path.join(dir, 'json-dir-'))
    const result = await runAction({ ...passing(), 'json-report': directory })
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        new RegExp(`^wss-doctor: could not write the JSON report to ${directory}: EISDIR`)
      )
    ])
    expect(result.outputs).toMatchObject({ result: 'pass', passed: '1', report: '' })
    expect(result.summary).toMatch(/^## ✅ wss-doctor: 1 endpoint: 1 passed$/m)
    expect(result.commands.filter(c => c.name === 'notice')).toHaveLength(1)
    expect(result.exitCode).toBeUndefined()
  })

  test.each([
    ['in a missing directory', (d: string) => path.join(d, 'missing', 'summary.md')],
    ['a directory', (d: string) => d]
  ])(
    'a job summary file %s: a warning; outputs, annotations and JSON still delivered',
    async (_, summaryPath) => {
      const summaryFile = summaryPath(mkdtempSync(path.join(dir, 'summary-')))
      const result = await runAction(passing(), { GITHUB_STEP_SUMMARY: summaryFile })
      expect(warnings(result)).toEqual([
        expect.stringMatching(
          new RegExp(`^wss-doctor: could not write the job summary to ${summaryFile}: E`)
        )
      ])
      expect(result.outputs).toMatchObject({ result: 'pass', passed: '1' })
      expect(JSON.parse(readFileSync(result.outputs.report, 'utf8')).result).toBe('pass')
      expect(result.commands.filter(c => c.name === 'notice')).toHaveLength(1)
      expect(result.stdout).toContain('Result: PASS')
      expect(result.exitCode).toBeUndefined()
    }
  )

  test('a missing output file: a warning; summary, JSON and a failing exit code still there', async () => {
    const outputFile = path.join(mkdtempSync(path.join(dir, 'output-')), 'gone', 'output')
    const jsonFile = path.join(mkdtempSync(path.join(dir, 'json-')), 'report.json')
    const result = await runAction(
      {
        urls: `wss://bad.main.test:${wrongHost.port}/ws`,
        'ca-file': 'ca.pem',
        resolve: `bad.main.test:${wrongHost.port}:127.0.0.1`,
        'json-report': jsonFile
      },
      { GITHUB_OUTPUT: outputFile }
    )
    expect(warnings(result)).toEqual([
      expect.stringMatching(/^wss-doctor: could not set the outputs: /)
    ])
    expect(result.summary).toMatch(/^## ❌ wss-doctor: 1 endpoint: 1 failed/m)
    expect(JSON.parse(readFileSync(jsonFile, 'utf8')).result).toBe('fail')
    expect(result.exitCode).toBe(1)
  })

  test('a secret the server echoes is masked in the log, summary, outputs and JSON report', async () => {
    const tls = await leafWithSubject({ CN: 'secret.main.test' }, ['secret.main.test'])
    const port = await answeringServer(
      tls,
      '404 Not Found',
      `gateway ${SECRET}`,
      `invalid token: ${SECRET}`
    )
    const jsonFile = path.join(mkdtempSync(path.join(dir, 'json-')), 'report.json')
    const result = await runAction({
      urls: `wss://secret.main.test:${port}/ws?echo=${SECRET}`,
      'ca-file': 'ca.pem',
      resolve: `secret.main.test:${port}:127.0.0.1`,
      headers: `Authorization: Bearer ${SECRET}`,
      'json-report': jsonFile
    })
    const json = readFileSync(jsonFile, 'utf8')
    // The server's text did reach every channel, masked.
    expect(json).toContain('invalid token: ***')
    expect(visibleText(renderGitHubMarkdown(result.summary))).toContain('invalid token: ***')
    expect(result.stdout).toContain('gateway ***')
    const log = result.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
    const shownSummary = visibleText(renderGitHubMarkdown(result.summary))
    for (const text of [log, result.summary, shownSummary, result.outputFile, json]) {
      expect(text).not.toContain(SECRET)
    }
    expect(result.commands.filter(c => c.name === 'add-mask').map(c => c.data)).toContain(SECRET)
  })
})
