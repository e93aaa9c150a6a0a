// Endpoints that require a client certificate (mutual TLS): named as such, not blamed on the
// proxy, and checked end to end with client-cert/client-key. openssl s_client is the oracle.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { clientCertificate } from '../src/client-certificate.js'
import { ConfigError, parseConfig } from '../src/config.js'
import { createLeaf, createRoot, type Issued } from '../src/demo/pki.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let server: Issued
let client: Issued
let stranger: Issued
const file = (name: string, text: string): string => {
  const at = path.join(lab.dir, name)
  writeFileSync(at, text)
  return at
}

beforeAll(async () => {
  lab = await createLab()
  server = await createLeaf(lab.intermediate, { commonName: 'm.lab.test', names: ['m.lab.test'] })
  client = await createLeaf(lab.root, { commonName: 'ci-client', clientAuth: true })
  const otherRoot = await createRoot({ commonName: 'Other Root CA' })
  stranger = await createLeaf(otherRoot, { commonName: 'stranger', clientAuth: true })
})
afterAll(async () => lab.close())

const clientInputs = (identity: Issued) => ({
  'client-cert': file(`${identity.certificate.serialNumber}.pem`, identity.certPem),
  'client-key': file(`${identity.certificate.serialNumber}-key.pem`, identity.keyPem)
})

/** Whether openssl s_client completes a session (the server keeps talking) with or without a
 * client certificate: under TLS 1.3 a refused client only learns it from the next read. */
async function opensslConnects(port: number, identity?: Issued): Promise<boolean> {
  const args = [
    's_client',
    '-connect',
    `127.0.0.1:${port}`,
    '-servername',
    'm.lab.test',
    '-ign_eof'
  ]
  if (identity)
    args.push(
      ...Object.entries(clientInputs(identity)).flatMap(([k, v]) => [
        k === 'client-cert' ? '-cert' : '-key',
        v
      ])
    )
  const child = promisify(execFile)('openssl', args, { timeout: 10_000 })
  child.child.stdin?.end('GET / HTTP/1.1\r\nHost: m.lab.test\r\nConnection: close\r\n\r\n')
  return child.then(
    ({ stdout }) => /HTTP\/1\.1 426/.test(stdout),
    () => false
  )
}

describe.each(['TLSv1.3', 'TLSv1.2'] as const)(
  'a server that requires a client certificate (%s)',
  version => {
    let port: number
    beforeAll(async () => {
      port = (
        await lab.serve(server, undefined, { maxVersion: version, clientCa: lab.root.certPem })
      ).port
    })

    test('without one: the tls check names mutual TLS, and openssl agrees it is refused', async () => {
      const result = await check(`wss://m.lab.test:${port}/ws`, { 'ca-file': lab.caFile })
      const tls = finding(result, 'tls')
      expect(tls).toMatchObject({
        status: 'fail',
        title: 'The endpoint requires a client certificate (mutual TLS); none was presented'
      })
      expect(tls.cause).toMatch(/not a proxy or Upgrade-header problem/)
      // Under TLS 1.3 the handshake completes before the refusal, so the upgrade runs: it is
      // refused for the same reason, at once (not after timeout-ms over the refused connection).
      for (const upgrade of result.findings.filter(f => f.check === 'upgrade'))
        expect(upgrade.title).toBe(tls.title)
      expect(await opensslConnects(port)).toBe(false)
    })

    test('with client-cert and client-key: every check passes, as with openssl -cert -key', async () => {
      const result = await check(`wss://m.lab.test:${port}/ws`, {
        'ca-file': lab.caFile,
        ...clientInputs(client)
      })
      expect(result.findings.filter(f => f.status !== 'pass')).toEqual([])
      expect(result.facts.upgrade?.status).toBe(101)
      expect(await opensslConnects(port, client)).toBe(true)
    })

    test('with a certificate from a CA the server does not trust: refused, and said so', async () => {
      const result = await check(`wss://m.lab.test:${port}/ws`, {
        'ca-file': lab.caFile,
        ...clientInputs(stranger)
      })
      const refused = result.findings.find(f => /client certificate/.test(f.title))
      expect(refused).toMatchObject({
        status: 'fail',
        title: 'The endpoint requires a client certificate and refused the one presented'
      })
      expect(await opensslConnects(port, stranger)).toBe(false)
    })
  }
)

test('TLS 1.3: the server certificate is still judged when the client certificate is refused', async () => {
  const { port } = await lab.serve(server, undefined, { clientCa: lab.root.certPem })
  const result = await check(`wss://m.lab.test:${port}/ws`, { 'ca-file': lab.caFile })
  expect(finding(result, 'trust').status).toBe('pass')
  expect(finding(result, 'hostname').status).toBe('pass')
  // The versions were agreed on; the certificate stood in the way, not TLS 1.2.
  expect(finding(result, 'versions').status).toBe('pass')
})

describe('the client-cert inputs', () => {
  test('a key that belongs to another certificate, one file without the other, a wrong passphrase: one input error each', () => {
    const parse = (inputs: Record<string, string>) => () =>
      parseConfig({ urls: 'wss://m.lab.test/', ...inputs }, process.cwd())
    const mine = clientInputs(client)
    const theirs = clientInputs(stranger)
    expect(
      parse({ 'client-cert': mine['client-cert'], 'client-key': theirs['client-key'] })
    ).toThrow(new ConfigError('client-key does not belong to the first certificate in client-cert'))
    expect(parse({ 'client-cert': mine['client-cert'] })).toThrow(
      'client-cert and client-key go together: set both, or neither'
    )
    expect(parse({ 'client-key-passphrase': 'x' })).toThrow(
      'client-key-passphrase is set but client-key is not'
    )
  })

  test('an encrypted key opens with its passphrase, which is masked', async () => {
    const encrypted = await promisify(execFile)('openssl', [
      'pkey',
      '-in',
      clientInputs(client)['client-key'],
      '-aes256',
      '-passout',
      'pass:open-sesame-42'
    ])
    const key = file('encrypted-key.pem', encrypted.stdout)
    const inputs = {
      urls: 'wss://m.lab.test/',
      'client-cert': clientInputs(client)['client-cert'],
      'client-key': key
    }
    expect(() =>
      parseConfig({ ...inputs, 'client-key-passphrase': 'wrong' }, process.cwd())
    ).toThrow('client-key is encrypted and client-key-passphrase does not open it')
    const config = parseConfig(
      { ...inputs, 'client-key-passphrase': 'open-sesame-42' },
      process.cwd()
    )
    expect(config.clientCertificate?.passphrase).toBe('open-sesame-42')
    expect(config.secrets).toContain('open-sesame-42')
  })
})

describe('an encrypted client-key that does not open', () => {
  const WRONG = 'client-key is encrypted and client-key-passphrase does not open it'
  /** Key types and PEM forms: PKCS#8 (ENCRYPTED PRIVATE KEY) and traditional (Proc-Type). */
  const FORMS = [
    { type: 'rsa', encoding: 'pkcs1', cipher: 'aes-256-cbc' },
    { type: 'rsa', encoding: 'pkcs8', cipher: 'aes-128-cbc' },
    { type: 'ec', encoding: 'sec1', cipher: 'des-ede3-cbc' },
    { type: 'ec', encoding: 'pkcs8', cipher: 'aes-256-cbc' },
    { type: 'ed25519', encoding: 'pkcs8', cipher: 'aes-256-cbc' }
  ] as const
  type Form = (typeof FORMS)[number]

  function encryptedKey({ type, encoding, cipher }: Form, passphrase: string): string {
    const { privateKey } =
      type === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: 1024 })
        : type === 'ec'
          ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
          : generateKeyPairSync('ed25519')
    return privateKey.export({ type: encoding, format: 'pem', cipher, passphrase }) as string
  }

  /** Whether a wrong passphrase got past the decryption's padding check (about 1 in 256), so
   * that OpenSSL failed on the garbled key instead: the case once reported as "not a PEM key". */
  function garbles(keyPem: string, passphrase: string): boolean {
    try {
      createPrivateKey({ key: keyPem, passphrase })
      return false
    } catch (err) {
      return (err as NodeJS.ErrnoException).code !== 'ERR_OSSL_BAD_DECRYPT'
    }
  }

  test('a wrong passphrase is named as such for 50 keys of every form, garbled decryptions included', () => {
    const problems = new Map<string, number>()
    let cases = 0
    let garbled = 0
    for (let i = 0; i < 50; i++) {
      const form = FORMS[i % FORMS.length]
      const keyPem = encryptedKey(form, `right-${i}`)
      // 20 wrong passphrases a key; more for the last keys until a garbled case has come up.
      for (let j = 0; j < 20 || (i >= 45 && garbled === 0 && j < 20_000); j++) {
        const passphrase = randomBytes(1 + (j % 12)).toString('base64')
        const read = clientCertificate(client.certPem, keyPem, passphrase)
        const problem = 'problem' in read ? read.problem : 'opened'
        if (problem !== WRONG) {
          const key = `${form.type}/${form.encoding}: ${problem}`
          problems.set(key, (problems.get(key) ?? 0) + 1)
        }
        if (garbles(keyPem, passphrase)) garbled++
        cases++
      }
    }
    expect({ cases, problems: Object.fromEntries(problems) }).toEqual({ cases, problems: {} })
    expect(garbled).toBeGreaterThan(0)
  })

  test('no passphrase: said to be missing; a key that is not one: said so', () => {
    for (const form of FORMS) {
      expect(clientCertificate(client.certPem, encryptedKey(form, 'right'), undefined)).toEqual({
        problem: 'client-key is encrypted and client-key-passphrase is not set'
      })
    }
    for (const notAKey of [client.certPem, 'not a key', '']) {
      expect(clientCertificate(client.certPem, notAKey, 'some passphrase')).toEqual({
        problem: 'client-key is not a PEM private key'
      })
    }
  })

  test('the right passphrase opens every form', () => {
    for (const form of FORMS) {
      const read = clientCertificate(client.certPem, encryptedKey(form, 'right'), 'right')
      // The key is sound: only, it is not the certificate's.
      expect(read).toEqual({
        problem: 'client-key does not belong to the first certificate in client-cert'
      })
    }
  })
})
