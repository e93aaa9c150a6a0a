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
  startFixedResponder,
  startOcspResponder,
  startStaplingServer,
  type CrlServer,
  type OcspResponder
} from './fixtures/revocation-lab.js'
import { createOcspResponse } from './fixtures/ocsp-response.js'

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
    const server = await startStaplingServer(stapledLeaf, [lab.intermediate], staple)
    try {
      const result = await check(`wss://stapled.lab.test:${server.port}/`, {
        'ca-file': lab.caFile
      })
      expect(result.facts.handshake!.ocspStaple).toBe(staple.toString('base64'))
      expect(finding(result, 'revocation')).toMatchObject({
        status: 'pass',
        title: expect.stringMatching(
          /^Not revoked \(stapled OCSP response, issued \d{4}-\d{2}-\d{2}\)$/
        )
      })
    } finally {
      await server.close()
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
      title: expect.stringMatching(
        /^The server stapled an OCSP response that cannot be used: it is malformed/
      )
    })
    // With a responder that does not answer, the unusable staple is still named, and so is
    // the responder.
    expect(await stapling(await leaf('bad-staple-dead.lab.test', [DEAD_URL]))).toMatchObject({
      status: 'warn',
      title: expect.stringMatching(
        /^The server stapled an OCSP response that cannot be used: it is malformed/
      ),
      details: [expect.stringMatching(/^The responder did not answer/), expect.any(String)]
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

describe('answers that cannot be used', () => {
  const BAD_STAPLE = 'The server stapled an OCSP response that cannot be used: '
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
  let bare: Issued
  let other: Issued
  beforeAll(async () => {
    // Names no CRL and no OCSP responder: a staple is the only answer there is.
    bare = await createLeaf(lab.intermediate, {
      commonName: 'bare.lab.test',
      names: ['bare.lab.test']
    })
    other = await createLeaf(lab.intermediate, {
      commonName: 'other.lab.test',
      names: ['other.lab.test']
    })
  })

  async function probeStapling(leaf: Issued, staple: Buffer, inputs: Record<string, string> = {}) {
    const server = await startStaplingServer(leaf, [lab.intermediate], staple)
    try {
      const host = leaf.certificate.subject.slice(3)
      return await check(`wss://${host}:${server.port}/`, { 'ca-file': lab.caFile, ...inputs })
    } finally {
      await server.close()
    }
  }

  /** openssl's verdict on a response for `leaf`, with the intermediate as the only trusted signer. */
  async function opensslOcsp(response: Buffer, leaf: Issued): Promise<string> {
    const file = path.join(lab.dir, 'verdict.der')
    writeFileSync(file, response)
    const issuer = pemFile('verdict-issuer.pem', lab.intermediate.certPem)
    const args = ['ocsp', '-respin', file, '-issuer', issuer, '-VAfile', issuer, '-no_nonce']
    return run('openssl', [...args, '-cert', pemFile('verdict-leaf.pem', leaf.certPem)]).then(
      r => r.stdout + r.stderr,
      (e: { stdout: string; stderr: string }) => e.stdout + e.stderr
    )
  }

  const cases: [string, () => Buffer, string | RegExp, RegExp][] = [
    [
      'malformed',
      () => Buffer.from('not an OCSP response'),
      /^it is malformed \(.+\)$/,
      /Error reading OCSP response/
    ],
    [
      "signed by a key that is not the issuer's",
      () => createOcspResponse({ issuer: lab.intermediate, certificate: bare, signer: lab.root }),
      "it is signed by a key that is not the issuer's or a delegated responder's",
      /Response Verify Failure/
    ],
    [
      'for another certificate',
      () => createOcspResponse({ issuer: lab.intermediate, certificate: other }),
      'it is for another certificate',
      /No Status found/
    ],
    [
      'stale',
      () =>
        createOcspResponse({
          issuer: lab.intermediate,
          certificate: bare,
          thisUpdateDays: -3,
          nextUpdateDays: -1
        }),
      `it is stale (its nextUpdate was ${day(-1)})`,
      /Status times invalid/
    ]
  ]

  test.each(cases)(
    'a stapled response that is %s, on a certificate naming no CRL or OCSP responder: said so; a warning (soft), a failure (hard)',
    async (_name, makeStaple, why, oracle) => {
      const staple = makeStaple()
      expect(await opensslOcsp(staple, bare)).toMatch(oracle)
      const soft = await probeStapling(bare, staple)
      expect(soft.facts.handshake!.ocspStaple).toBe(staple.toString('base64'))
      const found = finding(soft, 'revocation')
      expect(found).toMatchObject({
        status: 'warn',
        cause: expect.stringMatching(/^The server staples an OCSP response that clients cannot use/)
      })
      expect(found.title.startsWith(BAD_STAPLE)).toBe(true)
      const rest = found.title.slice(BAD_STAPLE.length)
      if (typeof why === 'string') expect(rest).toBe(why)
      else expect(rest).toMatch(why)
      expect(soft.facts.revocation).toEqual({ status: 'unknown', source: 'stapled OCSP response' })
      const hard = await probeStapling(bare, staple, { revocation: 'hard' })
      expect(finding(hard, 'revocation')).toMatchObject({
        status: 'fail',
        title: found.title
      })
    }
  )

  test('a stapled "revoked" fails, whether or not the certificate names a CRL that says good', async () => {
    // Chromium honours a stapled revocation; it asks nothing else.
    const revokedFor = (leaf: Issued) =>
      createOcspResponse({ issuer: lab.intermediate, certificate: leaf, revoked: true })
    expect(await opensslOcsp(revokedFor(bare), bare)).toMatch(/: revoked/)
    for (const leaf of [bare, crlGood]) {
      expect(finding(await probeStapling(leaf, revokedFor(leaf)), 'revocation')).toMatchObject({
        status: 'fail',
        title: `Certificate revoked on ${day(-2)} (keyCompromise)`,
        details: ['Source: stapled OCSP response.']
      })
    }
  })

  test("a bad staple beside a CRL that answers: a warning whatever the mode, with the CRL's word", async () => {
    const stale = createOcspResponse({
      issuer: lab.intermediate,
      certificate: crlGood,
      thisUpdateDays: -3,
      nextUpdateDays: -1
    })
    for (const revocation of ['soft', 'hard']) {
      const result = await probeStapling(crlGood, stale, { revocation })
      expect(finding(result, 'revocation')).toMatchObject({
        status: 'warn',
        title: `${BAD_STAPLE}it is stale (its nextUpdate was ${day(-1)})`,
        details: [
          expect.stringMatching(
            /^The certificate is not revoked: the CRL http:\/\/127\.0\.0\.1:\d+\/intermediate\.crl says so \(issued \d{4}-\d{2}-\d{2}\)\.$/
          )
        ]
      })
      expect(result.facts.revocation).toMatchObject({ status: 'good' })
    }
  })

  test('a bad staple and a responder that does not answer: both named; a failure under hard', async () => {
    const wrongKey = createOcspResponse({
      issuer: lab.intermediate,
      certificate: stapledLeaf,
      signer: lab.root
    })
    const result = await probeStapling(stapledLeaf, wrongKey, { revocation: 'hard' })
    expect(finding(result, 'revocation')).toMatchObject({
      status: 'fail',
      title: `${BAD_STAPLE}it is signed by a key that is not the issuer's or a delegated responder's`,
      details: [
        expect.stringMatching(
          /^The responder did not answer: .* \(OCSP responder http:\/\/127\.0\.0\.1:9\/ocsp\)\.$/
        ),
        'revocation: hard makes this a failure.'
      ]
    })
  })

  test("a CRL or a responder's answer that cannot be used is reported as what it is", async () => {
    const crls = await startCrlServer()
    const responder = await startFixedResponder()
    try {
      const leafWith = (name: string, urls: { crlUrls?: string[]; ocspUrls?: string[] }) =>
        createLeaf(lab.intermediate, { commonName: name, names: [name], ...urls })
      const crlLeaf = await leafWith('bad-crl.lab.test', { crlUrls: [crls.url] })
      const ocspLeaf = await leafWith('bad-ocsp.lab.test', { ocspUrls: [responder.url] })

      // Signed by the root, not by the intermediate that issued the leaf.
      crls.setCrl(await createCrl(lab.root, []))
      expect(finding(await probe(crlLeaf), 'revocation')).toMatchObject({
        status: 'warn',
        title:
          "Revocation status unknown: the CRL cannot be used: it is signed by a key that is not the issuer's (CN=Lab Intermediate CA)",
        cause: expect.stringMatching(/answers, but with data that cannot be used/)
      })
      crls.setCrl(Buffer.from('not a CRL'))
      // Another run: the CRL is fetched anew.
      expect(finding(await probe(crlLeaf), 'revocation').title).toMatch(
        /^Revocation status unknown: the CRL cannot be used: it is malformed \(.+\)$/
      )

      responder.setResponse(
        createOcspResponse({
          issuer: lab.intermediate,
          certificate: ocspLeaf,
          thisUpdateDays: -3,
          nextUpdateDays: -1
        })
      )
      expect(finding(await probe(ocspLeaf, { revocation: 'hard' }), 'revocation')).toMatchObject({
        status: 'fail',
        title: `Revocation status unknown: the OCSP responder's answer cannot be used: it is stale (its nextUpdate was ${day(-1)})`,
        details: [
          `Source: OCSP responder ${responder.url}.`,
          'revocation: hard makes this a failure.'
        ]
      })
    } finally {
      await Promise.all([crls.close(), responder.close()])
    }
  })
})
