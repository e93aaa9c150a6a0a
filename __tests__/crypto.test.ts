// Weak keys and signatures anywhere in the chain, on real servers; openssl's verdict beside ours.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createIntermediate, createLeaf } from '../src/demo/pki.js'
import { check, createLab, finding, opensslVerify, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
beforeAll(async () => {
  lab = await createLab()
})
afterAll(() => lab.close())

const cryptoFindings = (result: Awaited<ReturnType<typeof check>>) =>
  result.findings.filter(f => f.check === 'crypto')

test('an RSA-1024 leaf warns; weak-crypto fail fails; off skips the check', async () => {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'rsa.lab.test',
    names: ['rsa.lab.test'],
    keyType: 'rsa-1024'
  })
  // Node 24's default security level refuses to load a 1024-bit key: the server opts out.
  const server = await lab.serve(leaf, undefined, { ciphers: 'DEFAULT@SECLEVEL=0' })
  const url = `wss://rsa.lab.test:${server.port}/`
  const [warning] = cryptoFindings(await check(url, { 'ca-file': lab.caFile }))
  expect(warning).toMatchObject({
    status: 'warn',
    title: 'The certificate has a 1024-bit RSA key (at least 2048 needed)'
  })
  expect(warning.fix!.text).toMatch(/ECDSA P-256 or RSA 2048\+/)
  // Browsers accept an RSA-1024 leaf; OpenSSL at security level 2 does not. Trust passes on
  // every Node (Node 24's OpenSSL refuses the key): key sizes are this check's to judge.
  expect(finding(await check(url, { 'ca-file': lab.caFile }), 'trust').status).toBe('pass')
  // Browsers accept it; OpenSSL at security level 2 (Node 24, Python, curl) does not.
  const clients = (await check(url, { 'ca-file': lab.caFile })).clients!
  expect(clients.chrome!.connects).toBe(true)
  expect(clients.python!.why).toMatch(/a 1024-bit RSA key, and it needs 2048/)
  expect(
    cryptoFindings(await check(url, { 'ca-file': lab.caFile, 'weak-crypto': 'fail' }))[0].status
  ).toBe('fail')
  expect(cryptoFindings(await check(url, { 'ca-file': lab.caFile, 'weak-crypto': 'off' }))).toEqual(
    []
  )
  // Debian's OpenSSL (security level 2) refuses the key outright: 66, "EE certificate key too weak".
  expect((await opensslVerify(server.port, 'rsa.lab.test', lab.caFile)).code).toBe(66)
})

test('an RSA-512 leaf fails whatever weak-crypto says: no browser accepts it (badssl.com rsa512)', async () => {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'rsa512.lab.test',
    names: ['rsa512.lab.test'],
    keyType: 'rsa-512'
  })
  // A 512-bit key cannot make a TLS 1.3 (RSA-PSS) signature: the server speaks TLS 1.2, as
  // badssl.com's rsa512 does.
  const server = await lab.serve(leaf, undefined, {
    ciphers: 'DEFAULT@SECLEVEL=0',
    maxVersion: 'TLSv1.2'
  })
  const url = `wss://rsa512.lab.test:${server.port}/`
  for (const policy of ['warn', 'fail', 'off']) {
    const [weak] = cryptoFindings(
      await check(url, { 'ca-file': lab.caFile, 'weak-crypto': policy })
    )
    expect(weak).toMatchObject({
      status: 'fail',
      title:
        'The certificate has a 512-bit RSA key (at least 2048 needed; browsers refuse any under 1024)'
    })
  }
  // openssl (security level 2) refuses it too: 66, "EE certificate key too weak".
  expect((await opensslVerify(server.port, 'rsa512.lab.test', lab.caFile)).code).toBe(66)
})

test('a SHA-1-signed intermediate is a trust failure, not a crypto warning; openssl: 68', async () => {
  const sha1 = await createIntermediate(lab.root, {
    commonName: 'SHA1 Intermediate',
    hash: 'SHA-1'
  })
  const leaf = await createLeaf(sha1, { commonName: 'sha1.lab.test', names: ['sha1.lab.test'] })
  // A Node server loads a SHA-1 CA certificate only at security level 0.
  const server = await lab.serve(leaf, [sha1], { ciphers: 'DEFAULT@SECLEVEL=0' })
  const result = await check(`wss://sha1.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
  // Reported once, by trust: browsers refuse it whatever weak-crypto says.
  expect(cryptoFindings(result)).toEqual([
    expect.objectContaining({
      status: 'pass',
      title: 'Keys are strong (the SHA-1 or MD5 signature is a trust failure)'
    })
  ])
  // Node's client refuses the chain (its code for "CA md too weak" is UNSPECIFIED); openssl: 68.
  expect(result.findings.filter(f => f.check === 'trust')).toEqual([
    expect.objectContaining({
      status: 'fail',
      title:
        'Intermediate "CN=SHA1 Intermediate" is signed with SHA-1 (ecdsa-with-SHA1): browsers reject it'
    })
  ])
  expect((await opensslVerify(server.port, 'sha1.lab.test', lab.caFile)).code).toBe(68)
})

test('a strong chain passes and lists each key and signature', async () => {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'ok.lab.test',
    names: ['ok.lab.test'],
    keyType: 'rsa-2048'
  })
  const server = await lab.serve(leaf)
  const [pass] = cryptoFindings(
    await check(`wss://ok.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
  )
  expect(pass).toMatchObject({ status: 'pass', title: 'Keys and signatures are strong' })
  expect(pass.details).toContain('CN=ok.lab.test: rsa 2048 bits, ecdsa-with-SHA256')
})
