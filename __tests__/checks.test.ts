// One test per certificate finding, on real TLS servers with generated certificates, each
// verdict cross-checked against openssl s_client on the same server.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  createIntermediate,
  createLeaf,
  createRoot,
  createSelfSignedLeaf
} from '../src/demo/pki.js'
import { check, createLab, finding, opensslVerify, statuses, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
beforeAll(async () => {
  lab = await createLab()
})
afterAll(() => lab.close())

const leafFor = (names: string[], extra = {}) =>
  createLeaf(lab.intermediate, { commonName: names[0] ?? 'no-san', names, ...extra })

describe('a good certificate', () => {
  test('passes every check, fills the facts, and openssl agrees (verify return code 0)', async () => {
    const server = await lab.serve(await leafFor(['good.lab.test']))
    const result = await check(`wss://good.lab.test:${server.port}/ws`, { 'ca-file': lab.caFile })
    expect(statuses(result)).toEqual({
      scheme: 'pass',
      tls: 'pass',
      trust: 'pass',
      chain: 'pass',
      hostname: 'pass',
      expiry: 'pass',
      revocation: 'pass',
      crypto: 'pass',
      versions: 'pass',
      ciphers: 'pass',
      upgrade: 'pass'
    })
    expect(result.status).toBe('pass')
    expect(result.facts.handshake).toMatchObject({ protocol: 'TLSv1.3', authorized: true })
    expect(result.facts.handshake!.chain.map(c => c.subject)).toEqual([
      'CN=good.lab.test',
      'CN=Lab Intermediate CA',
      'CN=Lab Root CA'
    ])
    expect(finding(result, 'trust').title).toBe(
      'Trusted chain: CN=Lab Intermediate CA → CN=Lab Root CA'
    )
    expect(await opensslVerify(server.port, 'good.lab.test', lab.caFile)).toMatchObject({ code: 0 })
  })
})

describe('hostname', () => {
  test('a certificate for other names fails, lists them, and the fix names the host; openssl: 62', async () => {
    const server = await lab.serve(await leafFor(['www.shop.test', 'shop.test']))
    const result = await check(`wss://api.lab.test:${server.port}/ws`, { 'ca-file': lab.caFile })
    const hostname = finding(result, 'hostname')
    expect(hostname).toMatchObject({
      status: 'fail',
      title: 'Certificate does not cover api.lab.test: it is for www.shop.test, shop.test'
    })
    expect(hostname.cause).toMatch(
      /does not cover the WebSocket server hostname \(missing SAN or wildcard\)/
    )
    expect(hostname.fix!.code!.text).toContain(
      'certbot certonly --webroot -w /var/www/html -d www.shop.test -d shop.test -d api.lab.test'
    )
    expect(hostname.fix!.code!.text).toContain("-d '*.lab.test' -d lab.test")
    expect(statuses(result)).toMatchObject({ trust: 'pass', expiry: 'pass' })
    expect(await opensslVerify(server.port, 'api.lab.test', lab.caFile)).toEqual({
      code: 62,
      text: 'hostname mismatch'
    })
  })

  test('a wildcard covers one label, not two', async () => {
    const server = await lab.serve(await leafFor(['*.svc.lab.test']))
    const one = await check(`wss://api.svc.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    expect(finding(one, 'hostname')).toMatchObject({
      status: 'pass',
      title: 'Certificate covers api.svc.lab.test'
    })
    const two = await check(`wss://a.b.svc.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    expect(finding(two, 'hostname')).toMatchObject({
      status: 'fail',
      title: 'Certificate does not cover a.b.svc.lab.test: it is for *.svc.lab.test'
    })
    expect((await opensslVerify(server.port, 'a.b.svc.lab.test', lab.caFile)).code).toBe(62)
    expect((await opensslVerify(server.port, 'api.svc.lab.test', lab.caFile)).code).toBe(0)
  })

  test('a wildcard near miss is explained in the details', async () => {
    const server = await lab.serve(await leafFor(['*.svc.lab.test']))
    const result = await check(`wss://a.b.svc.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    expect(finding(result, 'hostname').details).toContain(
      '*.svc.lab.test covers exactly one label below svc.lab.test: a.b.svc.lab.test is 2 labels below it, so it is not covered.'
    )
  })

  test('a name only in the CN fails (browsers require a SAN) although Node and openssl accept it', async () => {
    const server = await lab.serve(await leafFor([], { commonName: 'cn-only.lab.test' }))
    const result = await check(`wss://cn-only.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    expect(finding(result, 'hostname')).toMatchObject({
      status: 'fail',
      title:
        "cn-only.lab.test is only in the certificate's CN: it has no Subject Alternative Name, which browsers require"
    })
    expect(finding(result, 'hostname').fix!.code!.text).toContain(
      'certbot certonly --webroot -w /var/www/html -d cn-only.lab.test'
    )
    expect((await opensslVerify(server.port, 'cn-only.lab.test', lab.caFile)).code).toBe(0)
  })

  test('an IDN host is matched in punycode and named in both forms', async () => {
    const server = await lab.serve(await leafFor(['xn--bcher-kva.lab.test']))
    const result = await check(`wss://bücher.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    expect(finding(result, 'hostname')).toMatchObject({
      status: 'pass',
      title: 'Certificate covers xn--bcher-kva.lab.test'
    })
    expect(finding(result, 'hostname').details).toContain(
      'xn--bcher-kva.lab.test is the IDN bücher.lab.test in punycode; certificates name it in punycode.'
    )
    expect((await opensslVerify(server.port, 'xn--bcher-kva.lab.test', lab.caFile)).code).toBe(0)
  })

  test('an IP target needs an IP SAN', async () => {
    const withIp = await lab.serve(await leafFor(['ip.lab.test', '127.0.0.1']))
    expect(
      finding(await check(`wss://127.0.0.1:${withIp.port}/`, { 'ca-file': lab.caFile }), 'hostname')
        .status
    ).toBe('pass')
    const withoutIp = await lab.serve(await leafFor(['ip.lab.test']))
    const result = await check(`wss://127.0.0.1:${withoutIp.port}/`, { 'ca-file': lab.caFile })
    expect(finding(result, 'hostname')).toMatchObject({
      status: 'fail',
      title: 'Certificate does not cover 127.0.0.1: it is for ip.lab.test'
    })
    expect(finding(result, 'hostname').fix!.text).toMatch(/IP address SAN for 127\.0\.0\.1/)
  })
})

describe('trust', () => {
  test('self-signed; openssl: 18', async () => {
    const leaf = await createSelfSignedLeaf({
      commonName: 'self.lab.test',
      names: ['self.lab.test']
    })
    const server = await lab.serve(leaf, [])
    const result = await check(`wss://self.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const trust = finding(result, 'trust')
    expect(trust).toMatchObject({
      status: 'fail',
      title: 'Self-signed certificate (CN=self.lab.test): not trusted by browsers'
    })
    expect(trust.cause).toMatch(/^Self-signed certificate/)
    expect(trust.fix!.text).toMatch(/public CA.*self\.lab\.test.*ca-file/)
    expect(statuses(result)).toMatchObject({ hostname: 'pass', expiry: 'pass' })
    expect(await opensslVerify(server.port, 'self.lab.test', lab.caFile)).toEqual({
      code: 18,
      text: 'self-signed certificate'
    })
  })

  test('a chain to a root that is not trusted names the root; openssl: 19', async () => {
    const otherRoot = await createRoot({ commonName: 'Other Root CA' })
    const otherIntermediate = await createIntermediate(otherRoot, {
      commonName: 'Other Intermediate CA'
    })
    const leaf = await createLeaf(otherIntermediate, {
      commonName: 'other.lab.test',
      names: ['other.lab.test']
    })
    const sendsRoot = await lab.serve(leaf, [otherIntermediate, otherRoot])
    const result = await check(`wss://other.lab.test:${sendsRoot.port}/`, { 'ca-file': lab.caFile })
    expect(finding(result, 'trust')).toMatchObject({
      status: 'fail',
      title:
        'Untrusted root CA CN=Other Root CA: browsers will not trust it; interception proxies and development CAs look like this'
    })
    expect((await opensslVerify(sendsRoot.port, 'other.lab.test', lab.caFile)).code).toBe(19)

    const withoutRoot = await lab.serve(leaf, [otherIntermediate])
    const unknown = await check(`wss://other.lab.test:${withoutRoot.port}/`, {
      'ca-file': lab.caFile
    })
    expect(finding(unknown, 'trust')).toMatchObject({
      status: 'fail',
      title:
        'Untrusted issuer: the chain ends at "CN=Other Intermediate CA", issued by "CN=Other Root CA", which is not a trusted root'
    })
    expect(await opensslVerify(withoutRoot.port, 'other.lab.test', lab.caFile)).toEqual({
      code: 20,
      text: 'unable to get local issuer certificate'
    })
  })

  test('an incomplete chain (leaf without its intermediate) asks for fullchain.pem; openssl: 20 or 21', async () => {
    const leaf = await leafFor(['partial.lab.test'], {
      caIssuersUrls: ['http://ca.lab.test/intermediate.der']
    })
    const server = await lab.serve(leaf, [])
    const result = await check(`wss://partial.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const trust = finding(result, 'trust')
    expect(trust).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(
        /^Incomplete certificate chain: the issuer "CN=Lab Intermediate CA" was not sent/
      )
    })
    expect(trust.fix!.code!.text).toContain(
      'ssl_certificate     /etc/letsencrypt/live/partial.lab.test/fullchain.pem;'
    )
    expect([20, 21]).toContain(
      (await opensslVerify(server.port, 'partial.lab.test', lab.caFile)).code
    )
  })

  test('without ca-file the lab root is untrusted: the same good server fails trust', async () => {
    const server = await lab.serve(await leafFor(['good2.lab.test']))
    const result = await check(`wss://good2.lab.test:${server.port}/`)
    expect(finding(result, 'trust')).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(/^Untrusted issuer/)
    })
  })
})

describe('expiry', () => {
  test('expired: fails with the date while trust passes; openssl: 10', async () => {
    const leaf = await leafFor(['old.lab.test'], { validFromDays: -100, validToDays: -3 })
    const server = await lab.serve(leaf)
    const result = await check(`wss://old.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const expected = leaf.certificate.notAfter.toISOString().slice(0, 10)
    expect(finding(result, 'expiry')).toMatchObject({
      status: 'fail',
      title: `Certificate expired on ${expected} (3 days ago)`,
      cause: 'The certificate has expired'
    })
    expect(finding(result, 'expiry').fix!.code!.text).toContain(
      'certbot renew --cert-name old.lab.test'
    )
    expect(statuses(result)).toMatchObject({ trust: 'pass', hostname: 'pass' })
    expect(await opensslVerify(server.port, 'old.lab.test', lab.caFile)).toEqual({
      code: 10,
      text: 'certificate has expired'
    })
  })

  test('not yet valid; openssl: 9', async () => {
    const leaf = await leafFor(['future.lab.test'], { validFromDays: 2, validToDays: 90 })
    const server = await lab.serve(leaf)
    const result = await check(`wss://future.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    expect(finding(result, 'expiry')).toMatchObject({
      status: 'fail',
      title: `Certificate not yet valid: valid from ${leaf.certificate.notBefore.toISOString().slice(0, 10)}`
    })
    expect(await opensslVerify(server.port, 'future.lab.test', lab.caFile)).toEqual({
      code: 9,
      text: 'certificate is not yet valid'
    })
  })

  test('10 days left warns under expiry-warning-days 30 and passes under 5', async () => {
    const server = await lab.serve(
      await leafFor(['soon.lab.test'], { validFromDays: -80, validToDays: 10.5 })
    )
    const url = `wss://soon.lab.test:${server.port}/`
    const warned = await check(url, { 'ca-file': lab.caFile })
    expect(finding(warned, 'expiry')).toMatchObject({
      status: 'warn',
      title: expect.stringMatching(/^Certificate expires in 10 days, on \d{4}-\d{2}-\d{2}$/)
    })
    expect(warned.status).toBe('warn')
    const relaxed = await check(url, { 'ca-file': lab.caFile, 'expiry-warning-days': '5' })
    expect(finding(relaxed, 'expiry')).toMatchObject({
      status: 'pass',
      title: expect.stringMatching(/\(10 days left\)$/)
    })
  })
})
