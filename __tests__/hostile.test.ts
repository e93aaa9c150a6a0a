// One endpoint cannot end the run: real loopback servers that send what no honest server
// sends each get a finding for their own target, beside a good target that still passes, and
// the summary, terminal and JSON reports are all written.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { parseConfig } from '../src/config.js'
import { createLeaf } from '../src/demo/pki.js'
import { startWssServer, type RunningServer } from '../src/demo/servers.js'
import { diagnose } from '../src/doctor.js'
import type { Report } from '../src/results.js'
import { certificateInfo, INVALID_TIME } from '../src/facts.js'
import { guard } from '../src/isolation.js'
import { ServerFlightReader } from '../src/probes/server-flight.js'
import { escapeMarkdown } from '../src/report/escape.js'
import { renderJson } from '../src/report/json.js'
import { renderSummary } from '../src/report/summary.js'
import { renderTerminal } from '../src/report/terminal.js'
import {
  certificateWithInvalidNotAfter,
  emptySubjectCertificate,
  LYING_CERTIFICATE_MESSAGE,
  startLyingCertificateServer,
  startRawServer,
  type RawServer
} from './fixtures/hostile.js'
import { runAction } from './fixtures/action.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
const servers: (RunningServer | RawServer)[] = []

beforeAll(async () => {
  lab = await createLab()
})
afterAll(async () => {
  await Promise.all([lab.close(), ...servers.map(s => s.close())])
})

async function lying(): Promise<number> {
  const server = await startLyingCertificateServer()
  servers.push(server)
  return server.port
}

async function badTime(): Promise<{ port: number; der: Buffer }> {
  const { cert, key } = await certificateWithInvalidNotAfter('bad-time.lab.test')
  const server = await startWssServer({ cert, key })
  servers.push(server)
  return { port: server.port, der: new X509Certificate(cert).raw }
}

async function emptySubject(): Promise<number> {
  const { cert, key } = await emptySubjectCertificate(lab.dir, lab.root, 'no-subject.lab.test')
  const server = await startWssServer({ cert, key })
  servers.push(server)
  return server.port
}

async function good(): Promise<number> {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'good.lab.test',
    names: ['good.lab.test']
  })
  return (await lab.serve(leaf)).port
}

describe('a Certificate message that lies about its length', () => {
  test('the sent-chain reader gives up instead of throwing', () => {
    const reader = new ServerFlightReader()
    expect(() => reader.push(LYING_CERTIFICATE_MESSAGE)).not.toThrow()
    expect(reader.certificates).toBeUndefined()
  })

  test('fails the TLS check of its target with the handshake error, not a crash or a timeout', async () => {
    const port = await lying()
    const result = await check(`wss://127.0.0.1:${port}/`, { 'timeout-ms': '20000' })
    const tls = finding(result, 'tls')
    expect(tls.status).toBe('fail')
    expect(tls.title).toMatch(/^TLS connection to 127\.0\.0\.1 port \d+ failed \(ERR_SSL_/)
    expect(tls.details?.[0]).not.toMatch(/TIMEOUT/)
  })
})

describe('a certificate whose notAfter is not a valid time', () => {
  test('OpenSSL loads it and Node reads it as "Bad time value"', async () => {
    const { der } = await badTime()
    expect(new X509Certificate(der).validTo).toBe('Bad time value')
    expect(certificateInfo(der)).toMatchObject({ validTo: INVALID_TIME })
  })

  test('fails the expiry check by name; the other checks still run', async () => {
    const { port } = await badTime()
    const result = await check(`wss://bad-time.lab.test:${port}/`)
    expect(result.facts.handshake?.chain[0].validTo).toBe(INVALID_TIME)
    expect(finding(result, 'expiry')).toMatchObject({
      status: 'fail',
      title: `The certificate's notAfter is not a valid time ("CN=bad-time.lab.test")`
    })
    expect(finding(result, 'hostname').status).toBe('pass')
    expect(finding(result, 'upgrade').status).toBe('pass')
  })
})

describe('a valid certificate with an empty subject and a critical SAN', () => {
  test('passes: "(empty subject)", names from the SAN, trusted through the lab root', async () => {
    const port = await emptySubject()
    const result = await check(`wss://no-subject.lab.test:${port}/`, { 'ca-file': lab.caFile })
    expect(result.facts.handshake?.chain[0].commonName).toBeUndefined()
    expect(result.facts.handshake?.chain[0]).toMatchObject({
      subject: '(empty subject)',
      subjectAltNames: ['DNS:no-subject.lab.test']
    })
    expect(finding(result, 'trust').status).toBe('pass')
    expect(finding(result, 'hostname').status).toBe('pass')
    expect(finding(result, 'expiry').status).toBe('pass')
  })
})

describe('a run with every hostile endpoint and a good one', () => {
  let report: Report
  let labels: string[]

  beforeAll(async () => {
    const [lyingPort, bad, emptyPort, goodPort] = await Promise.all([
      lying(),
      badTime(),
      emptySubject(),
      good()
    ])
    labels = [
      `wss://127.0.0.1:${lyingPort}/`,
      `wss://bad-time.lab.test:${bad.port}/`,
      `wss://no-subject.lab.test:${emptyPort}/`,
      `wss://good.lab.test:${goodPort}/`
    ]
    const config = parseConfig(
      {
        urls: labels.join('\n'),
        resolve: [
          `bad-time.lab.test:${bad.port}:127.0.0.1`,
          `no-subject.lab.test:${emptyPort}:127.0.0.1`,
          `good.lab.test:${goodPort}:127.0.0.1`
        ].join('\n'),
        'ca-file': lab.caFile,
        'timeout-ms': '20000',
        'idle-timeout': '0'
      },
      process.cwd()
    )
    report = await diagnose(config)
  })

  test('every target has its result and the good target passes', () => {
    expect(report.results.map(r => r.target.label)).toEqual(labels)
    expect(report.results.map(r => r.status)).toEqual(['fail', 'fail', 'pass', 'pass'])
    expect(report.counts).toEqual({ pass: 2, warn: 0, fail: 2 })
  })

  test('the earliest expiry skips the certificate without a valid notAfter', () => {
    expect(report.earliestExpiry?.target).toMatch(/no-subject|good/)
    expect(Number.isNaN(Date.parse(report.earliestExpiry!.validTo))).toBe(false)
  })

  test('the JSON report, the summary and the terminal report name every target', () => {
    const json = JSON.parse(renderJson(report)) as { targets?: unknown[]; results?: unknown[] }
    expect(JSON.stringify(json)).toContain('not a valid time')
    const summary = renderSummary(report)
    const terminal = renderTerminal(report, { color: false })
    for (const label of labels) {
      expect(JSON.stringify(json)).toContain(label)
      expect(summary).toContain(escapeMarkdown(label))
      expect(terminal).toContain(label)
    }
    expect(summary).toContain('not a valid time')
    expect(terminal).toContain('(empty subject)')
  })
})

describe('the action over a hostile endpoint and a good one', () => {
  test('writes its outputs, the summary and the JSON report, and fails by policy, not by crash', async () => {
    const [lyingPort, bad, goodPort] = await Promise.all([lying(), badTime(), good()])
    const workspace = mkdtempSync(path.join(lab.dir, 'action-'))
    const action = await runAction(workspace, {
      urls: [
        `wss://127.0.0.1:${lyingPort}/`,
        `wss://bad-time.lab.test:${bad.port}/`,
        `wss://good.lab.test:${goodPort}/`
      ].join('\n'),
      resolve: `bad-time.lab.test:${bad.port}:127.0.0.1\ngood.lab.test:${goodPort}:127.0.0.1`,
      'ca-file': lab.caFile,
      'json-report': 'report.json'
    })
    for (const [name, value] of [
      ['result', 'fail'],
      ['passed', '1'],
      ['failed', '2'],
      ['earliest-expiry-endpoint', `wss://good.lab.test:${goodPort}/`]
    ])
      expect(action.outputs[name]).toBe(value)
    expect(action.summary).toContain('not a valid time')
    const json = JSON.parse(readFileSync(path.join(workspace, 'report.json'), 'utf8')) as unknown
    expect(JSON.stringify(json)).toContain(`wss://127.0.0.1:${lyingPort}/`)
    expect(action.exitCode).toBe(1)
  })
})

describe('guard', () => {
  test('a listener that throws on peer data hands the error to its connection instead of the event loop', async () => {
    const server = await startRawServer(socket => socket.end('hostile bytes'))
    servers.push(server)
    const failure = await new Promise<Error>(resolve => {
      const socket = net.connect(server.port, '127.0.0.1')
      socket.on(
        'data',
        guard(
          (chunk: Buffer) => {
            throw new RangeError(`parser choked on ${chunk.length} bytes`)
          },
          err => {
            socket.destroy()
            resolve(err)
          }
        )
      )
    })
    expect(failure).toBeInstanceOf(RangeError)
    expect(failure.message).toBe('parser choked on 13 bytes')
  })

  test('a thrown non-Error becomes an Error with its text', () => {
    let failure: Error | undefined
    guard(
      () => {
        throw 'not an error object'
      },
      err => (failure = err)
    )()
    expect(failure).toEqual(new Error('not an error object'))
  })
})
