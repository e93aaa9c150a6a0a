// The chain as sent: order and extras, read over TLS 1.2 and cross-checked with s_client -showcerts.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createLeaf, createRoot, type Issued } from '../src/demo/pki.js'
import { check, createLab, finding, opensslSentSubjects, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let leaf: Issued
beforeAll(async () => {
  lab = await createLab()
  leaf = await createLeaf(lab.intermediate, {
    commonName: 'order.lab.test',
    names: ['order.lab.test']
  })
})
afterAll(() => lab.close())

const url = (port: number) => `wss://order.lab.test:${port}/`

test('a chain in order passes and lists what was sent, as openssl sees it', async () => {
  const server = await lab.serve(leaf, [lab.intermediate, lab.root])
  const chain = finding(await check(url(server.port), { 'ca-file': lab.caFile }), 'chain')
  expect(chain).toMatchObject({
    status: 'pass',
    title: 'Chain sent in order: CN=order.lab.test → CN=Lab Intermediate CA → CN=Lab Root CA'
  })
  expect(chain.details).toContain('The root is sent too: harmless, but clients ignore it.')
  expect(await opensslSentSubjects(server.port, 'order.lab.test')).toEqual([
    'CN=order.lab.test',
    'CN=Lab Intermediate CA',
    'CN=Lab Root CA'
  ])
})

test('a chain sent out of order warns with the order sent; openssl sees the same order', async () => {
  const server = await lab.serve(leaf, [lab.root, lab.intermediate])
  const result = await check(url(server.port), { 'ca-file': lab.caFile })
  expect(finding(result, 'chain')).toMatchObject({
    status: 'warn',
    title:
      'Chain sent out of order: CN=order.lab.test → CN=Lab Intermediate CA → CN=Lab Root CA is the issuer order, but the server sends CN=order.lab.test, CN=Lab Root CA, CN=Lab Intermediate CA'
  })
  expect(await opensslSentSubjects(server.port, 'order.lab.test')).toEqual([
    'CN=order.lab.test',
    'CN=Lab Root CA',
    'CN=Lab Intermediate CA'
  ])
  expect(finding(result, 'trust').status).toBe('pass')
})

test('a chain that does not verify is read from the bytes sent and judged the same', async () => {
  // Without ca-file the chain is untrusted: the order is checked by parsing the certificates
  // sent, not taken from the verified handshake chain; both ways give the same finding.
  const server = await lab.serve(leaf, [lab.intermediate, lab.root])
  const trusted = finding(await check(url(server.port), { 'ca-file': lab.caFile }), 'chain')
  const untrusted = await check(url(server.port))
  expect(finding(untrusted, 'trust').status).toBe('fail')
  expect(finding(untrusted, 'chain')).toEqual(trusted)
})

test('a TLS 1.2-only server: the 1.2 hello shows the order', async () => {
  const server = await lab.serve(leaf, [lab.root, lab.intermediate], { maxVersion: 'TLSv1.2' })
  const result = await check(url(server.port), { 'ca-file': lab.caFile })
  expect(result.facts.versions!['TLSv1.3'].support).toBe('refused')
  expect(finding(result, 'chain').status).toBe('warn')
})

test('an unrelated certificate in the chain warns and is named', async () => {
  const stranger = await createRoot({ commonName: 'Unrelated CA' })
  const server = await lab.serve(leaf, [lab.intermediate, stranger])
  expect(finding(await check(url(server.port), { 'ca-file': lab.caFile }), 'chain')).toMatchObject({
    status: 'warn',
    title: 'The server sends 1 certificate that is not part of the chain: CN=Unrelated CA'
  })
})

test('a TLS 1.3-only server: the order cannot be read, and the finding says why', async () => {
  const server = await lab.serve(leaf, [lab.intermediate], { minVersion: 'TLSv1.3' })
  const chain = finding(await check(url(server.port), { 'ca-file': lab.caFile }), 'chain')
  expect(chain).toMatchObject({
    status: 'pass',
    title: 'The order of the sent chain could not be read'
  })
  expect(chain.details![0]).toMatch(/only TLS 1\.3, which encrypts the certificates/)
})
