// Can a browser connect? Real servers that take only DHE, only static RSA, both ECDHE and DHE,
// or a healthy ECDHE setup; openssl s_client offering exactly the browsers' suites and groups
// is the oracle for "a browser-like offer handshakes".
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import tls from 'node:tls'
import { promisify } from 'node:util'
import { parseConfig } from '../src/config.js'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import type { HandshakeFacts } from '../src/facts.js'
import { createRevocationCache } from '../src/revocation/cache.js'
import { createTrustStore } from '../src/trust-store.js'
import {
  BROWSER_GROUPS,
  BROWSER_SUITES,
  LEGACY_SUITES,
  ciphersProbe
} from '../src/probes/ciphers.js'
import { ffdhe2048 as dhGroup2048 } from './fixtures/dh.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'

// RFC 7919 ffdhe2048 comes instantly from openssl; a 1024-bit group takes a second or more to
// generate, so a fixed one is kept here (public parameters, no secret).
const DH1024 = `-----BEGIN DH PARAMETERS-----
MIGHAoGBAJekvFV8KS1oY2JxdDUulyxdjq/Ld3rcmmtdlccfNksGrJTY94Tc6dhU
RivNqPgGqk3Pz4dAPJ0O68VNNw3cQg6AGdVj2jbgglUrqgZd19jhT3nryxd+rxun
/VLV56OSwf/c6Rohup4OjTpDIwUDHKd35VXkoQXlR96f+V7rM7pHAgEC
-----END DH PARAMETERS-----
`

let lab: Lab
let leaf: Issued
let ffdhe2048: string
const servers: tls.Server[] = []
beforeAll(async () => {
  lab = await createLab()
  // DHE and static RSA key exchange need an RSA certificate.
  leaf = await createLeaf(lab.intermediate, {
    commonName: 'kex.lab.test',
    names: ['kex.lab.test'],
    keyType: 'rsa-2048'
  })
  ffdhe2048 = dhGroup2048()
})
afterAll(async () => {
  for (const s of servers) s.close()
  await lab.close()
})

/** A TLS server on 127.0.0.1 with exactly these cipher settings (no WebSocket behind it). */
async function serve(options: tls.TlsOptions): Promise<number> {
  const server = tls.createServer(
    { cert: leaf.certPem + lab.intermediate.certPem, key: leaf.keyPem, ...options },
    socket => socket.end()
  )
  server.on('tlsClientError', () => undefined)
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

const execFileAsync = promisify(execFile)

/** The oracle: does openssl, offering exactly the browsers' suites and groups, handshake? */
async function browserOfferHandshakes(port: number): Promise<boolean> {
  const tls13 = Object.keys(BROWSER_SUITES).filter(s => s.startsWith('TLS_'))
  const tls12 = Object.keys(BROWSER_SUITES).filter(s => !s.startsWith('TLS_'))
  const child = execFileAsync(
    'openssl',
    [
      's_client',
      '-connect',
      `127.0.0.1:${port}`,
      '-cipher',
      tls12.join(':'),
      '-ciphersuites',
      tls13.join(':'),
      '-groups',
      BROWSER_GROUPS
    ],
    { timeout: 10_000 }
  )
  child.child.stdin?.end()
  return child.then(
    ({ stdout }) => /^New, TLS/m.test(stdout),
    () => false
  )
}

const run = async (port: number) =>
  finding(await check(`wss://kex.lab.test:${port}/`, { 'ca-file': lab.caFile }), 'ciphers')

describe('servers browsers cannot reach', () => {
  test('DHE only, 2048-bit group: fails, names the suite and the group size; openssl agrees', async () => {
    const port = await serve({
      ciphers: 'DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256',
      dhparam: ffdhe2048,
      maxVersion: 'TLSv1.2'
    })
    const result = await check(`wss://kex.lab.test:${port}/`, { 'ca-file': lab.caFile })
    // Node connects: every certificate check passes.
    expect(finding(result, 'tls').status).toBe('pass')
    expect(finding(result, 'trust').status).toBe('pass')
    const kex = finding(result, 'ciphers')
    expect(kex).toMatchObject({
      status: 'fail',
      title:
        'Browsers cannot connect: the server offers no cipher suite or group that Chrome and Firefox offer'
    })
    expect(kex.details).toContain(
      'Takes DHE: TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, perhaps more, with a 2048-bit DH group.'
    )
    expect(kex.details).toContain('Takes no static-RSA suite.')
    // A TLS server without WebSockets: every client fails the upgrade; only the browsers also
    // fail the handshake.
    expect(result.clients!.chrome!.checks).toEqual(['tls', 'ciphers', 'upgrade'])
    expect(result.clients!.python!.checks).toEqual(['upgrade'])
    // No proxy answered (a Node server): the block holds the common proxies' fixes, nginx's first.
    expect(kex.fix!.code!.text).toMatch(/^# nginx$/m)
    expect(kex.fix!.code!.text).toContain('ssl_ecdh_curve X25519:prime256v1:secp384r1;')
    expect(kex.fix!.code!.text).toContain('ssl_prefer_server_ciphers off;')
    expect(kex.fix!.code!.text).toMatch(/^ssl_ciphers ECDHE-[^ ]*;$/m)
    expect(await browserOfferHandshakes(port)).toBe(false)
  })

  test('DHE only with a 1024-bit group: fails and says 1024 bits (Node 24 refuses it too)', async () => {
    const port = await serve({
      ciphers: 'DHE-RSA-AES128-GCM-SHA256@SECLEVEL=0',
      dhparam: DH1024,
      maxVersion: 'TLSv1.2'
    })
    const result = await check(`wss://kex.lab.test:${port}/`, { 'ca-file': lab.caFile })
    const kex = finding(result, 'ciphers')
    expect(kex.status).toBe('fail')
    expect(kex.details).toContain(
      'Takes DHE: TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, with a 1024-bit DH group.'
    )
    // Node 20 takes the group; Node 24 (OpenSSL 3.5, security level 2) refuses it, and says why.
    const tlsFinding = finding(result, 'tls')
    if (tlsFinding.status === 'fail') {
      expect(tlsFinding.title).toMatch(/offers DHE with a Diffie-Hellman group too small/)
      expect(kex.details).toContain('The default handshake failed too: ERR_SSL_DH_KEY_TOO_SMALL.')
    }
    expect(result.clients!.chrome!.connects).toBe(false)
    expect(result.clients!.node24!.connects).toBe(false)
    expect(await browserOfferHandshakes(port)).toBe(false)
  })

  test('ECDHE over P-521 only (a group browsers lack in common): fails; openssl agrees', async () => {
    const port = await serve({ ecdhCurve: 'secp521r1' })
    const kex = await run(port)
    expect(kex.status).toBe('fail')
    expect(kex.details![0]).toMatch(
      /^A handshake offering exactly what Chrome and Firefox offer was refused/
    )
    expect(kex.details).toContainEqual(expect.stringMatching(/chose TLSv1\.3 .* over secp521r1\.$/))
    expect(await browserOfferHandshakes(port)).toBe(false)
  })
})

describe('servers browsers reach', () => {
  test('static RSA only: browsers connect over it (they offer it last), a warning; openssl agrees', async () => {
    const port = await serve({ ciphers: 'AES128-GCM-SHA256', maxVersion: 'TLSv1.2' })
    const kex = await run(port)
    expect(kex.status).toBe('warn')
    expect(kex.details).toContain('Takes static RSA key exchange: TLS_RSA_WITH_AES_128_GCM_SHA256.')
    expect(kex.details).toContain('Takes no DHE suite.')
    expect(await browserOfferHandshakes(port)).toBe(true)
  })

  test('ECDHE and DHE (DHE preferred): warns naming the DHE suite and group; openssl handshakes', async () => {
    const port = await serve({
      ciphers: 'DHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256',
      dhparam: ffdhe2048,
      honorCipherOrder: true,
      maxVersion: 'TLSv1.2'
    })
    const kex = await run(port)
    expect(kex).toMatchObject({
      status: 'warn',
      title:
        'Also takes DHE from clients that offer it: TLS_DHE_RSA_WITH_AES_256_GCM_SHA384 (DH group 2048 bits)'
    })
    expect(kex.details![0]).toBe(
      'Browsers connect (TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 over X25519); clients that offer DHE get it instead.'
    )
    expect(await browserOfferHandshakes(port)).toBe(true)
  })

  test('a healthy ECDHE server passes from the default handshake alone; openssl handshakes', async () => {
    const server = await lab.serve(leaf)
    const kex = await run(server.port)
    expect(kex.status).toBe('pass')
    expect(kex.title).toMatch(/^Browsers can connect: TLSv1\.3 TLS_AES_\w+ over X25519/)
    expect(kex.details![0]).toMatch(/no browser-like handshake was needed/)
    expect(await browserOfferHandshakes(server.port)).toBe(true)
  })

  test('a browser-like default handshake costs no connection: the probe passes with nothing listening', async () => {
    const config = parseConfig({ urls: 'wss://127.0.0.1:1/' }, process.cwd())
    const handshakeFacts: HandshakeFacts = {
      remoteAddress: '127.0.0.1',
      protocol: 'TLSv1.2',
      cipher: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
      group: 'prime256v1',
      authorized: true,
      chain: [],
      handshakeMs: 1
    }
    const ctx = {
      config,
      trust: createTrustStore([]),
      now: new Date(),
      revocation: createRevocationCache(),
      target: config.targets[0],
      facts: { handshake: handshakeFacts },
      earlier: []
    }
    expect(await ciphersProbe.run(ctx)).toEqual([expect.objectContaining({ status: 'pass' })])
    // The same facts with a DHE suite send a browser-like handshake, which finds nobody.
    const dhe = {
      ...handshakeFacts,
      cipher: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
      group: undefined
    }
    const [verdict] = await ciphersProbe.run({ ...ctx, facts: { handshake: dhe } })
    expect(verdict.status).toBe('warn')
    expect(verdict.title).toMatch(/^Could not tell whether browsers can connect.*ECONNREFUSED/)
  })
})

test('the suite tables match OpenSSL: IANA names as openssl ciphers -stdname prints them', () => {
  const stdnames = new Map(
    execFileSync('openssl', ['ciphers', '-stdname', 'ALL:@SECLEVEL=0'])
      .toString()
      .trim()
      .split('\n')
      .map(line => /^(\S+) +- (\S+)/.exec(line)!)
      .map(([, iana, openssl]) => [openssl, iana])
  )
  for (const [openssl, iana] of Object.entries(BROWSER_SUITES))
    expect([openssl, stdnames.get(openssl)]).toEqual([openssl, iana])
  for (const [iana, openssl] of Object.entries(LEGACY_SUITES))
    expect([openssl, stdnames.get(openssl)]).toEqual([openssl, iana])
})
