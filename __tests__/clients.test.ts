// A verdict per client, on real loopback servers (Node https + ws) made odd the way real ones
// are: CN-only certificates, DHE only (2048- and 1024-bit groups), static RSA only, a 512-bit
// RSA key. The verdicts are what the real clients did on such servers (issue 20); the
// client-run tests run the real clients against them.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { CLIENT_IDS, PROFILES, type ClientId } from '../src/clients/index.js'
import { ConfigError, parseConfig } from '../src/config.js'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import type { TargetResult } from '../src/results.js'
import { mergeReports } from '../src/merge.js'
import { renderJson } from '../src/report/json.js'
import { renderTerminal } from '../src/report/terminal.js'
import { ffdhe2048 } from './fixtures/dh.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'

// A fixed 1024-bit group (public parameters): generating one takes seconds.
const DH1024 = `-----BEGIN DH PARAMETERS-----
MIGHAoGBAJekvFV8KS1oY2JxdDUulyxdjq/Ld3rcmmtdlccfNksGrJTY94Tc6dhU
RivNqPgGqk3Pz4dAPJ0O68VNNw3cQg6AGdVj2jbgglUrqgZd19jhT3nryxd+rxun
/VLV56OSwf/c6Rohup4OjTpDIwUDHKd35VXkoQXlR96f+V7rM7pHAgEC
-----END DH PARAMETERS-----
`

let lab: Lab
let rsaLeaf: Issued
beforeAll(async () => {
  lab = await createLab()
  // DHE and static RSA key exchange need an RSA certificate.
  rsaLeaf = await createLeaf(lab.intermediate, {
    commonName: 'kex.lab.test',
    names: ['kex.lab.test'],
    keyType: 'rsa-2048'
  })
})
afterAll(() => lab.close())

/** The clients that connect, and those that do not. */
function sides(result: TargetResult): { connect: ClientId[]; broken: ClientId[] } {
  const clients = result.clients!
  return {
    connect: CLIENT_IDS.filter(id => clients[id]!.connects),
    broken: CLIENT_IDS.filter(id => !clients[id]!.connects)
  }
}

const BROWSERS: ClientId[] = ['chrome', 'firefox', 'safari']

test('a healthy endpoint: every client connects, each with what it negotiates', async () => {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'ok.lab.test',
    names: ['ok.lab.test']
  })
  const server = await lab.serve(leaf)
  const result = await check(`wss://ok.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
  expect(sides(result).broken).toEqual([])
  // Over the ML-KEM hybrid where this runtime offers it (Node 24) and the client does too.
  expect(result.clients!.chrome!.why).toMatch(/^TLSv1\.3 TLS_\w+ over (x25519|X25519MLKEM768)$/)
  expect(result.clients!.go!.why).toMatch(/^TLSv1\.3 TLS_\w+ over x25519$/)
  // Mbed TLS speaks TLS 1.2 only: its own offer was replayed.
  expect(result.clients!.mbedtls!.why).toMatch(/^TLSv1\.2 TLS_ECDHE_ECDSA_WITH_/)
  const line = renderTerminal({ ...report(result) }, { color: false })
  expect(line).toContain(`Breaks: no client · connects: all ${CLIENT_IDS.length} clients`)
})

test('a certificate for another host: one line says every client breaks', async () => {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'other.lab.test',
    names: ['other.lab.test']
  })
  const server = await lab.serve(leaf)
  const result = await check(`wss://wrong.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
  expect(result.findings.find(f => f.check === 'hostname')?.code).toBe('hostname-other-host')
  expect(sides(result).connect).toEqual([])
  const text = renderTerminal({ ...report(result) }, { color: false })
  expect(text).toContain(`Breaks: all ${CLIENT_IDS.length} clients · connects: none`)
})

describe('a CN-only certificate', () => {
  let url: string
  beforeAll(async () => {
    const leaf = await createLeaf(lab.intermediate, { commonName: 'cn.lab.test', names: [] })
    url = `wss://cn.lab.test:${(await lab.serve(leaf)).port}/`
  })

  test('Chromium, Firefox and Go refuse it; Node, Python, Java and curl connect', async () => {
    const result = await check(url, { 'ca-file': lab.caFile })
    const { connect, broken } = sides(result)
    expect(broken).toEqual(expect.arrayContaining(['chrome', 'firefox', 'go']))
    expect(connect).toEqual(
      expect.arrayContaining(['node20', 'node24', 'python', 'java17', 'curl'])
    )
    expect(result.clients!.go).toMatchObject({ connects: false, checks: ['hostname'] })
    // Browsers are the default clients: the failure stands.
    expect(finding(result, 'hostname').status).toBe('fail')
    // One line says who breaks, the same in the terminal report and the JSON report.
    const text = renderTerminal(report(result), { color: false })
    const line = text.split('\n').find(l => l.trim().startsWith('Breaks: '))!
    for (const id of broken) expect(line.split(' · ')[0]).toContain(PROFILES[id].name)
    for (const id of connect) expect(line.split(' · ')[1]).toContain(PROFILES[id].name)
    const json = JSON.parse(renderJson(report(result))) as {
      targets: { clients: Record<string, { connects: boolean }> }[]
    }
    expect(json.targets[0].clients.go.connects).toBe(false)
    expect(json.targets[0].clients.python.connects).toBe(true)
    // A merged report (shards) says the same line.
    const merged = mergeReports([{ file: 'r.json', text: renderJson(report(result)) }])
    expect(renderTerminal(merged, { color: false })).toContain(line)
  })

  test('clients that all accept it make the failure a warning that says so', async () => {
    const result = await check(url, { 'ca-file': lab.caFile, clients: 'node, python, java, curl' })
    const hostname = finding(result, 'hostname')
    expect(hostname.status).toBe('warn')
    expect(hostname.details!.at(-1)).toMatch(
      /^A warning, not a failure: it stops Chrome, .*Go, none/
    )
    // Any selected client it stops keeps it a failure.
    const withGo = await check(url, { 'ca-file': lab.caFile, clients: 'python,go' })
    expect(finding(withGo, 'hostname').status).toBe('fail')
  })
})

test('an unknown client id is an input error naming the valid ones', () => {
  expect(() =>
    parseConfig({ urls: 'wss://a.example/', clients: 'chrome,lynx' }, process.cwd())
  ).toThrow(ConfigError)
  expect(() => parseConfig({ urls: 'wss://a.example/', clients: 'lynx' }, process.cwd())).toThrow(
    /clients: unknown client "lynx"; valid: browsers, all, node, java, chrome, firefox/
  )
  expect(parseConfig({ urls: 'wss://a.example/' }, process.cwd()).clients).toEqual(BROWSERS)
})

describe('key exchange', () => {
  test('DHE only, 2048-bit group: Go and the browsers break (no finite-field DHE), OpenSSL clients and Java connect', async () => {
    const server = await lab.serve(rsaLeaf, [lab.intermediate], {
      ciphers: 'DHE-RSA-AES128-GCM-SHA256',
      dhparam: ffdhe2048(),
      maxVersion: 'TLSv1.2'
    })
    const result = await check(`wss://kex.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const { connect, broken } = sides(result)
    expect(broken).toEqual(['chrome', 'firefox', 'safari', 'android', 'go'])
    expect(connect).toEqual(
      expect.arrayContaining(['node20', 'node24', 'python', 'java17', 'curl', 'mbedtls'])
    )
    expect(result.clients!.go!.why).toMatch(/^no TLS version, cipher suite and group in common/)
    expect(finding(result, 'ciphers').status).toBe('fail')
    const spared = await check(`wss://kex.lab.test:${server.port}/`, {
      'ca-file': lab.caFile,
      clients: 'node,python,java'
    })
    expect(finding(spared, 'ciphers').status).toBe('warn')
  })

  test('DHE only, 1024-bit group: Node 24, Python, curl and Go break too; Node 20 and Java connect', async () => {
    const server = await lab.serve(rsaLeaf, [lab.intermediate], {
      ciphers: 'DHE-RSA-AES128-GCM-SHA256@SECLEVEL=0',
      dhparam: DH1024,
      maxVersion: 'TLSv1.2'
    })
    const result = await check(`wss://kex.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const { connect, broken } = sides(result)
    expect(broken).toEqual(
      expect.arrayContaining([...BROWSERS, 'node24', 'python', 'curl', 'curl35', 'go'])
    )
    expect(connect).toEqual(expect.arrayContaining(['node20', 'java17', 'java21']))
    expect(result.clients!.python!.why).toMatch(/picks DHE with a 1024-bit group/)
  })

  test('static RSA only: every client connects (Chromium and Firefox offer it last), a warning', async () => {
    const server = await lab.serve(rsaLeaf, [lab.intermediate], {
      ciphers: 'AES128-GCM-SHA256',
      maxVersion: 'TLSv1.2'
    })
    const result = await check(`wss://kex.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    expect(sides(result).broken).toEqual([])
    expect(result.clients!.chrome!.why).toBe('TLSv1.2 TLS_RSA_WITH_AES_128_GCM_SHA256')
    const kex = finding(result, 'ciphers')
    expect(kex.status).toBe('warn')
    expect(kex.title).toMatch(/^Browsers connect only with static RSA key exchange/)
  })
})

test('a 512-bit RSA key: only Go (1.19, no RSA minimum) accepts it of the clients measured', async () => {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'rsa512.lab.test',
    names: ['rsa512.lab.test'],
    keyType: 'rsa-512'
  })
  // A 512-bit key cannot sign for TLS 1.3 (RSA-PSS): TLS 1.2, as badssl.com's rsa512.
  const server = await lab.serve(leaf, undefined, {
    ciphers: 'DEFAULT@SECLEVEL=0',
    maxVersion: 'TLSv1.2'
  })
  const result = await check(`wss://rsa512.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
  const measured: ClientId[] = [
    'node20',
    'node24',
    'python',
    'go',
    'java17',
    'curl',
    'chrome',
    'firefox'
  ]
  const { connect } = sides(result)
  expect(measured.filter(id => connect.includes(id))).toEqual(['go'])
  expect(result.clients!.python!.why).toMatch(/a 512-bit RSA key, and it needs 2048/)
  expect(finding(result, 'crypto').status).toBe('fail')
})

function report(result: TargetResult) {
  return {
    generatedAt: new Date(),
    result: result.status,
    counts: { pass: 0, warn: 0, fail: 0, [result.status]: 1 },
    results: [result]
  }
}
