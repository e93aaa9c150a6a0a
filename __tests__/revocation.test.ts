// Revocation against real CRL and OCSP servers on loopback; verdicts cross-checked with
// `openssl verify -crl_check` and `openssl ocsp`.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseConfig } from '../src/config.js'
import { createCrl, createLeaf, type Issued } from '../src/demo/pki.js'
import { diagnose } from '../src/doctor.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'
import {
  freePort,
  ocspUrl,
  startCrlServer,
  startOcspResponder,
  type CrlServer,
  type OcspResponder
} from './fixtures/revocation-lab.js'

const run = promisify(execFile)
let lab: Lab
let crlServer: CrlServer
let responder: OcspResponder
let crlGood: Issued
let crlRevoked: Issued
let ocspGood: Issued
let ocspRevoked: Issued
let stapledLeaf: Issued
const DEAD_URL = 'http://127.0.0.1:9/ocsp'

let ocspPort: number

beforeAll(async () => {
  lab = await createLab()
  crlServer = await startCrlServer()
  ocspPort = await freePort()
  const leaf = (name: string, urls: { crlUrls?: string[]; ocspUrls?: string[] }) =>
    createLeaf(lab.intermediate, { commonName: name, names: [name], ...urls })
  crlGood = await leaf('crl-good.lab.test', { crlUrls: [crlServer.url] })
  crlRevoked = await leaf('crl-revoked.lab.test', { crlUrls: [crlServer.url] })
  crlServer.setCrl(
    await createCrl(lab.intermediate, [{ certificate: crlRevoked, revokedDaysAgo: 2 }])
  )
  ocspGood = await leaf('ocsp-good.lab.test', { ocspUrls: [ocspUrl(ocspPort)] })
  ocspRevoked = await leaf('ocsp-revoked.lab.test', { ocspUrls: [ocspUrl(ocspPort)] })
  stapledLeaf = await leaf('stapled.lab.test', { ocspUrls: [DEAD_URL] })
  responder = await startOcspResponder(
    lab.dir,
    ocspPort,
    lab.intermediate,
    [ocspGood, stapledLeaf],
    [ocspRevoked]
  )
})

afterAll(async () => {
  await Promise.all([responder.close(), lab.close(), crlServer.close()])
})

async function probe(leaf: Issued, inputs: Record<string, string> = {}) {
  const server = await lab.serve(leaf)
  return check(`wss://${leaf.certificate.subject.slice(3)}:${server.port}/`, {
    'ca-file': lab.caFile,
    ...inputs
  })
}

function pemFile(name: string, pem: string): string {
  const file = path.join(lab.dir, name)
  writeFileSync(file, pem)
  return file
}

describe('CRL', () => {
  test('a revoked leaf fails with date and reason; openssl verify -crl_check agrees', async () => {
    const result = await probe(crlRevoked)
    const date = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10)
    expect(finding(result, 'revocation')).toMatchObject({
      status: 'fail',
      title: `Certificate revoked on ${date} (keyCompromise)`,
      cause: expect.stringMatching(/revoked/)
    })
    expect(finding(result, 'revocation').fix!.code!.text).toContain('-d crl-revoked.lab.test')
    const crl = pemFile('crl.der', '')
    writeFileSync(
      crl,
      await createCrl(lab.intermediate, [{ certificate: crlRevoked, revokedDaysAgo: 2 }])
    )
    await run('openssl', ['crl', '-inform', 'DER', '-in', crl, '-out', `${crl}.pem`])
    const verify = await run('openssl', [
      'verify',
      '-crl_check',
      '-CRLfile',
      `${crl}.pem`,
      '-CAfile',
      lab.caFile,
      '-untrusted',
      pemFile('inter.pem', lab.intermediate.certPem),
      pemFile('leaf.pem', crlRevoked.certPem)
    ]).then(
      r => r.stdout,
      (e: { stdout: string; stderr: string }) => e.stdout + e.stderr
    )
    expect(verify).toMatch(/certificate revoked/)
  })

  test('a good leaf passes, and two leaves of one issuer fetch the CRL once', async () => {
    const before = crlServer.fetches
    const a = await lab.serve(crlGood)
    const b = await lab.serve(crlRevoked)
    const config = parseConfig(
      {
        urls: `wss://crl-good.lab.test:${a.port}/\nwss://crl-revoked.lab.test:${b.port}/`,
        resolve: `crl-good.lab.test:${a.port}:127.0.0.1\ncrl-revoked.lab.test:${b.port}:127.0.0.1`,
        'ca-file': lab.caFile,
        'idle-timeout': '0'
      },
      process.cwd()
    )
    const [good, revoked] = (await diagnose(config)).results
    expect(finding(good, 'revocation')).toMatchObject({
      status: 'pass',
      title: expect.stringMatching(
        /^Not revoked \(CRL http:\/\/127\.0\.0\.1:\d+\/intermediate\.crl, issued \d{4}-\d{2}-\d{2}\)$/
      )
    })
    expect(finding(revoked, 'revocation').status).toBe('fail')
    expect(crlServer.fetches - before).toBe(1)
  })
})

describe('OCSP', () => {
  test('a revoked leaf fails and a good one passes; openssl ocsp agrees', async () => {
    expect(finding(await probe(ocspRevoked), 'revocation')).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(/^Certificate revoked on \d{4}-\d{2}-\d{2} \(keyCompromise\)$/)
    })
    expect(finding(await probe(ocspGood), 'revocation')).toMatchObject({
      status: 'pass',
      title: expect.stringMatching(/^Not revoked \(OCSP responder http:\/\/127\.0\.0\.1:\d+/)
    })
    const issuer = pemFile('issuer-ca.pem', lab.intermediate.certPem)
    const oracle = await run(
      'openssl',
      [
        'ocsp',
        '-issuer',
        issuer,
        '-cert',
        pemFile('r.pem', ocspRevoked.certPem),
        '-url',
        responder.url,
        '-VAfile',
        issuer
      ],
      { timeout: 10_000 }
    )
    expect(oracle.stdout).toMatch(/r\.pem: revoked/)
  })

  test('a stapled response is used without asking the responder', async () => {
    // The leaf names a dead responder: only the staple, made by the real responder, can answer.
    const issuer = pemFile('issuer-ca2.pem', lab.intermediate.certPem)
    const respFile = path.join(lab.dir, 'staple.der')
    await run(
      'openssl',
      [
        'ocsp',
        '-issuer',
        issuer,
        '-cert',
        pemFile('s.pem', stapledLeaf.certPem),
        '-url',
        responder.url,
        '-VAfile',
        issuer,
        '-respout',
        respFile
      ],
      { timeout: 10_000 }
    )
    const staple = readFileSync(respFile)
    const server = https.createServer({
      cert: stapledLeaf.certPem + lab.intermediate.certPem,
      key: stapledLeaf.keyPem
    })
    server.on('OCSPRequest', (_cert, _issuer, done) => done(null, staple))
    server.on('upgrade', (_req, socket) =>
      socket.end('HTTP/1.1 426 Upgrade Required\r\nContent-Length: 0\r\n\r\n')
    )
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      const port = (server.address() as AddressInfo).port
      const result = await check(`wss://stapled.lab.test:${port}/`, { 'ca-file': lab.caFile })
      expect(result.facts.handshake!.ocspStaple).toBe(staple.toString('base64'))
      expect(finding(result, 'revocation')).toMatchObject({
        status: 'pass',
        title: expect.stringMatching(
          /^Not revoked \(stapled OCSP response, issued \d{4}-\d{2}-\d{2}\)$/
        )
      })
    } finally {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    }
  })

  test('a staple that cannot be read is an unknown status, never "none was stapled"', async () => {
    // Found by the hostile-server property test: one stapled byte, for a leaf that names no
    // responder, passed as "none was stapled"; beside a dead responder it went unmentioned.
    const leaf = (name: string, ocspUrls: string[]) =>
      createLeaf(lab.intermediate, { commonName: name, names: [name], ocspUrls })
    const stapling = async (issued: Issued) => {
      const server = https.createServer({
        cert: issued.certPem + lab.intermediate.certPem,
        key: issued.keyPem
      })
      server.on('OCSPRequest', (_cert, _issuer, done) => done(null, Buffer.from([0])))
      server.on('upgrade', (_req, socket) =>
        socket.end('HTTP/1.1 426 Upgrade Required\r\nContent-Length: 0\r\n\r\n')
      )
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
      try {
        const port = (server.address() as AddressInfo).port
        const host = issued.certificate.subject.slice(3)
        return finding(
          await check(`wss://${host}:${port}/`, { 'ca-file': lab.caFile }),
          'revocation'
        )
      } finally {
        server.closeAllConnections()
        await new Promise(resolve => server.close(resolve))
      }
    }
    expect(await stapling(await leaf('bad-staple.lab.test', []))).toMatchObject({
      status: 'warn',
      title: expect.stringMatching(/^Revocation status unknown: the response could not be parsed/),
      details: ['Source: stapled OCSP response.', 'revocation: soft makes this a warning.']
    })
    expect(await stapling(await leaf('bad-staple-dead.lab.test', [DEAD_URL]))).toMatchObject({
      status: 'warn',
      title: expect.stringMatching(
        /^Revocation status unknown: the response could not be parsed.*; the responder did not answer/
      ),
      details: [
        `Source: stapled OCSP response, then OCSP responder ${DEAD_URL}.`,
        expect.any(String)
      ]
    })
  })

  test('an unreachable responder warns under soft, fails under hard; off skips the check', async () => {
    const leaf = await createLeaf(lab.intermediate, {
      commonName: 'dead.lab.test',
      names: ['dead.lab.test'],
      ocspUrls: [DEAD_URL]
    })
    const soft = await probe(leaf)
    expect(finding(soft, 'revocation')).toMatchObject({
      status: 'warn',
      title: expect.stringMatching(/^Revocation status unknown: the responder did not answer/)
    })
    expect(finding(await probe(leaf, { revocation: 'hard' }), 'revocation').status).toBe('fail')
    expect(
      (await probe(leaf, { revocation: 'off' })).findings.some(f => f.check === 'revocation')
    ).toBe(false)
  })
})
