// Trust failures named as they are, on real servers with generated chains, each beside
// openssl's verdict: an untrusted root (sent, or not sent), a missing intermediate that only
// Chromium would fetch, SHA-1 signatures, and a certificate too large for OpenSSL clients.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { createLeaf, createRoot, type Issued } from '../src/demo/pki.js'
import { check, createLab, finding, opensslVerify, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let devRoot: Issued
beforeAll(async () => {
  lab = await createLab()
  // A development CA (mkcert-like): a root that signs leaves directly and is trusted by no one.
  devRoot = await createRoot({ commonName: 'Dev Root CA' })
})
afterAll(() => lab.close())

const execFileAsync = promisify(execFile)

describe('an untrusted root that issued the leaf directly', () => {
  test('sent with the leaf: the root is named as untrusted; openssl: 19', async () => {
    const leaf = await createLeaf(devRoot, { commonName: 'dev.lab.test', names: ['dev.lab.test'] })
    const server = await lab.serve(leaf, [devRoot])
    const result = await check(`wss://dev.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const trust = finding(result, 'trust')
    expect(trust).toMatchObject({
      status: 'fail',
      title:
        'Untrusted root CA CN=Dev Root CA: browsers will not trust it; interception proxies and development CAs look like this'
    })
    // No client trusts it.
    expect(Object.values(result.clients!).every(v => !v!.connects)).toBe(true)
    expect(trust.fix!.text).not.toMatch(/fullchain/)
    expect((await opensslVerify(server.port, 'dev.lab.test', lab.caFile)).code).toBe(19)
  })

  test('leaf alone, no caIssuers: the issuer is unknown, both causes and both fixes; openssl: 20 or 21', async () => {
    const leaf = await createLeaf(devRoot, {
      commonName: 'dev2.lab.test',
      names: ['dev2.lab.test']
    })
    const server = await lab.serve(leaf, [])
    const result = await check(`wss://dev2.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const trust = finding(result, 'trust')
    expect(trust).toMatchObject({
      status: 'fail',
      title:
        'Unknown issuer "CN=Dev Root CA": not sent, not trusted, and the certificate names no caIssuers URL: an untrusted root CA or a missing intermediate'
    })
    expect(result.clients!.chrome!.why).toMatch(/^the chain does not verify/)
    // Both fixes: the full chain for a missing intermediate, a public CA or ca-file for a root,
    // then the proxy's words for the chain (no proxy answered: the common ones').
    expect(trust.fix!.text).toMatch(/full chain.*public CA.*ca-file.*full chain/)
    expect(trust.fix!.code!.text).toContain('/etc/letsencrypt/live/dev2.lab.test/fullchain.pem')
    // openssl cannot tell either.
    expect([20, 21]).toContain((await opensslVerify(server.port, 'dev2.lab.test', lab.caFile)).code)
  })
})

test('a missing intermediate with a caIssuers URL: only Chromium fetches it, and the finding says so', async () => {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'aia.lab.test',
    names: ['aia.lab.test'],
    caIssuersUrls: ['http://ca.lab.test/intermediate.der']
  })
  const server = await lab.serve(leaf, [])
  const trust = finding(
    await check(`wss://aia.lab.test:${server.port}/`, { 'ca-file': lab.caFile }),
    'trust'
  )
  expect(trust).toMatchObject({
    status: 'fail',
    title:
      'Incomplete certificate chain: the issuer "CN=Lab Intermediate CA" was not sent; only Chromium fetches it (caIssuers http://ca.lab.test/intermediate.der)'
  })
  expect(trust.cause).toBe(
    'The server sends its certificate without the intermediate CA certificate. Chromium fetches the missing intermediate from the caIssuers URL and connects; Firefox, Node, Python, Java and curl do not'
  )
  // The verdicts: the clients that fetch the issuer (AIA) connect, the others do not.
  const clients = (await check(`wss://aia.lab.test:${server.port}/`, { 'ca-file': lab.caFile }))
    .clients!
  expect(clients.chrome!.connects).toBe(true)
  expect(clients.firefox).toMatchObject({ connects: false, checks: ['trust'] })
  expect(clients.python!.why).toMatch(/does not fetch it \(AIA\)/)
  expect(trust.fix!.code!.text).toContain('/etc/letsencrypt/live/aia.lab.test/fullchain.pem')
  expect([20, 21]).toContain((await opensslVerify(server.port, 'aia.lab.test', lab.caFile)).code)
})

describe('SHA-1 signatures fail trust whatever weak-crypto says', () => {
  test('a leaf signed with SHA-1 by a trusted RSA root: named, even with weak-crypto off; openssl: 68', async () => {
    // WebCrypto binds an RSA key to one hash: this root's key signs with SHA-1.
    const sha1Root = await createRoot({
      commonName: 'SHA1 RSA Root',
      keyType: 'rsa-2048',
      hash: 'SHA-1'
    })
    const caFile = path.join(lab.dir, 'sha1-root.pem')
    writeFileSync(caFile, sha1Root.certPem)
    const leaf = await createLeaf(sha1Root, {
      commonName: 'sha1leaf.lab.test',
      names: ['sha1leaf.lab.test'],
      hash: 'SHA-1'
    })
    const server = await lab.serve(leaf, [], { ciphers: 'DEFAULT@SECLEVEL=0' })
    const url = `wss://sha1leaf.lab.test:${server.port}/`
    for (const weakCrypto of ['warn', 'off']) {
      const result = await check(url, { 'ca-file': caFile, 'weak-crypto': weakCrypto })
      const trust = result.findings.filter(f => f.check === 'trust')
      expect(trust).toEqual([
        expect.objectContaining({
          status: 'fail',
          title: 'The certificate is signed with SHA-1 (sha1WithRSAEncryption): browsers reject it'
        })
      ])
      // Browsers and OpenSSL at security level 2 refuse SHA-1; Java accepts it below a
      // private root.
      expect(result.clients!.chrome!.connects).toBe(false)
      expect(result.clients!.python!.why).toMatch(/SHA-1 signature/)
      expect(result.clients!.java17!.connects).toBe(true)
      expect(trust[0].fix!.code!.text).toContain('-d sha1leaf.lab.test')
    }
    expect((await opensslVerify(server.port, 'sha1leaf.lab.test', caFile)).code).toBe(68)
  })
})

test('a certificate with 5,000 names is too large for OpenSSL clients: the tls check names it; openssl agrees', async () => {
  const names = Array.from({ length: 5000 }, (_, i) => `host-${i}.big.lab.test`)
  const leaf = await createLeaf(lab.intermediate, { commonName: 'big.lab.test', names })
  const server = await lab.serve(leaf)
  const result = await check(`wss://host-1.big.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
  const tls = finding(result, 'tls')
  expect(tls).toMatchObject({
    status: 'fail',
    title: expect.stringMatching(
      /is larger than clients accept \(OpenSSL: excessive message size\): too many names in one certificate$/
    )
  })
  expect(tls.details![0]).toMatch(/^ERR_SSL_EXCESSIVE_MESSAGE_SIZE: /)
  // The message's size is read in clear (TLS 1.2): over every limit known but Firefox's.
  expect(result.clients!.node20!.why).toMatch(/^a certificate message of \d+ bytes with 5000 names/)
  expect(result.clients!.go!.connects).toBe(false)
  expect(result.clients!.chrome!.connects).toBe(false)
  expect(tls.fix!.text).toMatch(/^Split the names over several certificates/)
  const openssl = await execFileAsync(
    'openssl',
    ['s_client', '-connect', `127.0.0.1:${server.port}`],
    {
      timeout: 10_000
    }
  ).catch((err: { stdout: string; stderr: string }) => err)
  expect(openssl.stderr).toMatch(/excessive message size/)
})
