// A host name with two addresses (127.0.0.1 and 127.0.0.2, both loopback) whose servers differ.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import { startWssServer, type RunningServer } from '../src/demo/servers.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let current: Issued
const servers: RunningServer[] = []

beforeAll(async () => {
  lab = await createLab()
  current = await createLeaf(lab.intermediate, {
    commonName: 'lb.lab.test',
    names: ['lb.lab.test']
  })
})
afterAll(async () => {
  await Promise.all([lab.close(), ...servers.map(s => s.close())])
})

/** The same port on both loopback addresses, each serving its own leaf (or nothing). */
async function pair(second: Issued | undefined): Promise<number> {
  const serve = async (leaf: Issued, host: string, port?: number) => {
    const server = await startWssServer({
      cert: leaf.certPem + lab.intermediate.certPem,
      key: leaf.keyPem,
      host,
      port
    })
    servers.push(server)
    return server.port
  }
  const port = await serve(current, '127.0.0.1')
  if (second) await serve(second, '127.0.0.2', port)
  return port
}

const run = (port: number, inputs: Record<string, string> = {}) =>
  check(`wss://lb.lab.test:${port}/`, {
    'ca-file': lab.caFile,
    resolve: `lb.lab.test:${port}:127.0.0.1,127.0.0.2`,
    ...inputs
  })

test('two addresses with the same certificate pass', async () => {
  const port = await pair(current)
  expect(finding(await run(port), 'addresses')).toMatchObject({
    status: 'pass',
    title: 'All 2 addresses serve the same certificate (127.0.0.1, 127.0.0.2)'
  })
})

test('one node still serving an expired certificate fails, named by its address', async () => {
  const old = await createLeaf(lab.intermediate, {
    commonName: 'lb.lab.test',
    names: ['lb.lab.test'],
    validFromDays: -120,
    validToDays: -2
  })
  const port = await pair(old)
  const result = await run(port)
  const addresses = finding(result, 'addresses')
  expect(addresses).toMatchObject({
    status: 'fail',
    title: `127.0.0.2 serves a different certificate that fails: expired on ${old.certificate.notAfter.toISOString().slice(0, 10)}`
  })
  expect(addresses.fix!.text).toMatch(/node at 127\.0\.0\.2/)
  expect(finding(result, 'expiry').status).toBe('pass')
})

test('a node with a certificate for another name fails with the hostname verdict', async () => {
  const wrong = await createLeaf(lab.intermediate, {
    commonName: 'old.lab.test',
    names: ['old.lab.test']
  })
  const port = await pair(wrong)
  expect(finding(await run(port), 'addresses').title).toBe(
    '127.0.0.2 serves a different certificate that fails: Certificate does not cover lb.lab.test: it is for old.lab.test'
  )
})

test('a different but valid certificate warns; a dead address warns; all-addresses false skips', async () => {
  const renewed = await createLeaf(lab.intermediate, {
    commonName: 'lb.lab.test',
    names: ['lb.lab.test'],
    validToDays: 60
  })
  const port = await pair(renewed)
  expect(finding(await run(port), 'addresses')).toMatchObject({
    status: 'warn',
    title: '127.0.0.2 serves a different certificate than 127.0.0.1'
  })
  const alone = await pair(undefined)
  expect(finding(await run(alone), 'addresses')).toMatchObject({
    status: 'warn',
    title: '127.0.0.2 does not complete a TLS handshake (ECONNREFUSED) while 127.0.0.1 does'
  })
  const single = await run(alone, { 'all-addresses': 'false' })
  expect(single.findings.some(f => f.check === 'addresses')).toBe(false)
  expect(single.status).toBe('pass')
})

test('spellings of one address are one address: a 17th address behind 16 spellings is still checked', async () => {
  const wrong = await createLeaf(lab.intermediate, {
    commonName: 'other.lab.test',
    names: ['other.lab.test']
  })
  const port = await pair(wrong)
  // 16 ways to write 127.0.0.1.
  const spellings = [
    '127.0.0.1',
    '::ffff:127.0.0.1',
    '::FFFF:127.0.0.1',
    '0::ffff:127.0.0.1',
    '0:0::ffff:127.0.0.1',
    '0:0:0::ffff:127.0.0.1',
    '0:0:0:0::ffff:127.0.0.1',
    '0:0:0:0:0:ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:7f00:01',
    '::ffff:7f00:001',
    '::ffff:7f00:0001',
    '::ffff:7F00:1',
    '0:0:0:0:0:ffff:7f00:1',
    '0000:0000:0000:0000:0000:ffff:7f00:0001',
    '::Ffff:7f00:1'
  ]
  const result = await check(`wss://lb.lab.test:${port}/`, {
    'ca-file': lab.caFile,
    resolve: `lb.lab.test:${port}:${[...spellings, '127.0.0.2'].map(a => (a.includes(':') ? `[${a}]` : a)).join(',')}`
  })
  expect(finding(result, 'addresses')).toMatchObject({
    status: 'fail',
    title: expect.stringContaining('127.0.0.2')
  })
})

test('addresses beyond the 16 checked are counted, not dropped without a word', async () => {
  const port = await pair(current)
  const many = Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 1}`)
  const result = await check(`wss://lb.lab.test:${port}/`, {
    'ca-file': lab.caFile,
    resolve: `lb.lab.test:${port}:${many.join(',')}`,
    'timeout-ms': '2000'
  })
  expect(result.findings.filter(f => f.check === 'addresses').map(f => f.title)).toContainEqual(
    '4 more addresses were not checked: at most 16 addresses per host are'
  )
})

test('a resolve line written with the Unicode host meets its URL (punycode)', async () => {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'xn--bcher-kva.lab.test',
    names: ['xn--bcher-kva.lab.test']
  })
  const server = await startWssServer({
    cert: leaf.certPem + lab.intermediate.certPem,
    key: leaf.keyPem,
    host: '127.0.0.1'
  })
  servers.push(server)
  // `check` resolves by the URL's host; here the resolve line is written in Unicode instead.
  const { parseConfig } = await import('../src/config.js')
  const { diagnose } = await import('../src/doctor.js')
  const config = parseConfig(
    {
      urls: `wss://bücher.lab.test:${server.port}/`,
      resolve: `bücher.lab.test:${server.port}:127.0.0.1`,
      'ca-file': lab.caFile,
      'idle-timeout': '0'
    },
    process.cwd()
  )
  expect(config.targets[0].endpoint?.addresses).toEqual(['127.0.0.1'])
  const report = await diagnose(config)
  expect(report.results[0].findings.find(f => f.check === 'hostname')?.status).toBe('pass')
})
