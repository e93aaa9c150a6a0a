// The TLS version matrix on real servers, each matrix cross-checked with openssl s_client.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import http2 from 'node:http2'
import type { AddressInfo } from 'node:net'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import type { WssServerOptions } from '../src/demo/servers.js'
import { TLS_VERSIONS } from '../src/facts.js'
import { check, createLab, finding, opensslAcceptsVersion, type Lab } from './fixtures/tls-lab.js'

let lab: Lab
let issued: Issued

beforeAll(async () => {
  lab = await createLab()
  issued = await createLeaf(lab.intermediate, { commonName: 'v.lab.test', names: ['v.lab.test'] })
})
afterAll(() => lab.close())

const serve = (options: Partial<WssServerOptions>) => lab.serve(issued, undefined, options)

/** wss-doctor's matrix and openssl's, as accepted/refused per version. */
async function matrices(port: number, inputs: Record<string, string> = {}) {
  const result = await check(`wss://v.lab.test:${port}/`, { 'ca-file': lab.caFile, ...inputs })
  const ours = Object.fromEntries(TLS_VERSIONS.map(v => [v, result.facts.versions![v].support]))
  const oracle = Object.fromEntries(
    await Promise.all(
      TLS_VERSIONS.map(async v => [
        v,
        (await opensslAcceptsVersion(port, v)) ? 'accepted' : 'refused'
      ])
    )
  )
  return { result, ours, oracle }
}

describe('TLS version matrix', () => {
  test('a TLS 1.2 and 1.3 server passes; legacy versions refused', async () => {
    const server = await serve({})
    const { result, ours, oracle } = await matrices(server.port)
    expect(ours).toEqual({
      TLSv1: 'refused',
      'TLSv1.1': 'refused',
      'TLSv1.2': 'accepted',
      'TLSv1.3': 'accepted'
    })
    expect(ours).toEqual(oracle)
    expect(finding(result, 'versions')).toMatchObject({
      status: 'pass',
      title: 'Accepts TLS 1.2, 1.3'
    })
  })

  test('a TLS 1.2-only server passes, with a note about 1.3', async () => {
    const server = await serve({ maxVersion: 'TLSv1.2' })
    const { result, ours, oracle } = await matrices(server.port)
    expect(ours).toEqual({
      TLSv1: 'refused',
      'TLSv1.1': 'refused',
      'TLSv1.2': 'accepted',
      'TLSv1.3': 'refused'
    })
    expect(ours).toEqual(oracle)
    const versions = finding(result, 'versions')
    expect(versions).toMatchObject({ status: 'pass', title: 'Accepts TLS 1.2' })
    expect(versions.details).toContain(
      'No TLS 1.3: enabling it (ssl_protocols TLSv1.2 TLSv1.3) makes handshakes faster.'
    )
    expect(versions.details).toContain('Accepted: 1.2; refused: 1.0, 1.1, 1.3.')
  })

  test('a TLS 1.3-only server warns that 1.2 clients are locked out; require-tls-versions 1.2 fails it', async () => {
    const server = await serve({ minVersion: 'TLSv1.3' })
    const { result, ours, oracle } = await matrices(server.port)
    expect(ours).toEqual({
      TLSv1: 'refused',
      'TLSv1.1': 'refused',
      'TLSv1.2': 'refused',
      'TLSv1.3': 'accepted'
    })
    expect(ours).toEqual(oracle)
    const warning = finding(result, 'versions')
    expect(warning).toMatchObject({
      status: 'warn',
      title:
        'Refuses TLS 1.2: clients and proxies that stop at TLS 1.2 cannot connect to v.lab.test'
    })
    expect(warning.cause).toMatch(
      /server requires TLS 1\.3 but a client or proxy only supports TLS 1\.2/
    )
    expect(warning.fix!.code!.text).toContain('ssl_protocols TLSv1.2 TLSv1.3;')
    expect(warning.fix!.code!.text).toContain('# HAProxy')
    const strict = await check(`wss://v.lab.test:${server.port}/`, {
      'ca-file': lab.caFile,
      'require-tls-versions': '1.2, 1.3'
    })
    expect(finding(strict, 'versions')).toMatchObject({
      status: 'fail',
      title: 'Does not accept TLS 1.2, which require-tls-versions requires'
    })
    expect(strict.facts.versions!['TLSv1.2']).toEqual({ support: 'refused', status: 'fail' })
  })

  test('a server that still accepts TLS 1.0 and 1.1 is asked for them and warned; fail-on-legacy-tls fails it', async () => {
    const server = await serve({ minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' })
    const { result, ours, oracle } = await matrices(server.port)
    expect(ours).toEqual({
      TLSv1: 'accepted',
      'TLSv1.1': 'accepted',
      'TLSv1.2': 'accepted',
      'TLSv1.3': 'accepted'
    })
    expect(ours).toEqual(oracle)
    expect(finding(result, 'versions')).toMatchObject({
      status: 'warn',
      title: 'Accepts legacy TLS 1.0, 1.1 (below min-tls-version 1.2)'
    })
    const strict = await check(`wss://v.lab.test:${server.port}/`, {
      'ca-file': lab.caFile,
      'fail-on-legacy-tls': 'true'
    })
    expect(finding(strict, 'versions').status).toBe('fail')
    const lenient = await check(`wss://v.lab.test:${server.port}/`, {
      'ca-file': lab.caFile,
      'min-tls-version': '1.0'
    })
    expect(finding(lenient, 'versions')).toMatchObject({
      status: 'pass',
      title: 'Accepts TLS 1.0, 1.1, 1.2, 1.3'
    })
  })

  test.each([
    ['1.0 only', { minVersion: 'TLSv1', maxVersion: 'TLSv1' }],
    ['1.1 and 1.2', { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.2' }]
  ] as const)(
    'legacy versions asked in one handshake still match openssl one by one: a server with %s',
    async (_, versions) => {
      const server = await serve({ ...versions, ciphers: 'DEFAULT@SECLEVEL=0' })
      const { ours, oracle } = await matrices(server.port)
      expect(ours).toEqual(oracle)
    }
  )

  test('the default handshake reports cipher, key exchange group and ALPN', async () => {
    const server = await serve({ ALPNProtocols: ['http/1.1'] })
    const result = await check(`wss://v.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    expect(result.facts.handshake).toMatchObject({
      protocol: 'TLSv1.3',
      alpn: 'http/1.1',
      group: expect.stringMatching(/^(X25519|prime256v1|P-256)/)
    })
    expect(finding(result, 'tls').details![0]).toMatch(
      /^Cipher TLS_\w+, key exchange \w+, ALPN http\/1\.1;/
    )
  })

  test.each([
    [false, 'fail', 'refuses ALPN http/1.1 and its HTTP/2 does not allow WebSockets'],
    [true, 'warn', 'refuses ALPN http/1.1: WebSockets work only over HTTP/2 (RFC 8441)']
  ])(
    'an HTTP/2-only server (extended CONNECT %p) is judged by its SETTINGS',
    async (enableConnectProtocol, status, title) => {
      const server = http2.createSecureServer({
        cert: issued.certPem + lab.intermediate.certPem,
        key: issued.keyPem,
        settings: { enableConnectProtocol }
      })
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
      try {
        const port = (server.address() as AddressInfo).port
        const result = await check(`wss://v.lab.test:${port}/`, { 'ca-file': lab.caFile })
        expect(finding(result, 'tls')).toMatchObject({
          status,
          title: `127.0.0.1 (for v.lab.test) port ${port} ${title}`
        })
        expect(finding(result, 'tls').details).toContain(
          enableConnectProtocol
            ? 'HTTP/2 SETTINGS_ENABLE_CONNECT_PROTOCOL is 1.'
            : 'HTTP/2 SETTINGS_ENABLE_CONNECT_PROTOCOL is not set.'
        )
      } finally {
        await new Promise(resolve => server.close(resolve))
      }
    }
  )
})
