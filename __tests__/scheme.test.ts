// The origin rule for ws:// (mixed content): an https page cannot open it (as Chromium and
// Firefox throw), an http page can, loopback is exempt; without `origin`, a warning that says
// both. Real ws:// servers on loopback, reached by name through `resolve` where the rule needs a
// host that is not loopback.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { parseConfig } from '../src/config.js'
import { startWsServer, type RunningServer } from '../src/demo/servers.js'
import { diagnose } from '../src/doctor.js'
import { isLoopbackHost, schemeProbe } from '../src/probes/scheme.js'
import { finding } from './fixtures/tls-lab.js'

let server: RunningServer

beforeAll(async () => {
  server = await startWsServer()
})

afterAll(async () => {
  await server.close()
})

/** The scheme finding (and the upgrade's status) for `url` seen from `origin`. */
async function scheme(url: string, origin?: string) {
  const { hostname } = new URL(url)
  const config = parseConfig(
    {
      urls: url,
      resolve: hostname === 'app.net.test' ? `app.net.test:${server.port}:127.0.0.1` : '',
      'idle-timeout': '0',
      ...(origin ? { origin } : {})
    },
    process.cwd()
  )
  const [result] = (await diagnose(config)).results
  return { scheme: finding(result, 'scheme'), upgrade: finding(result, 'upgrade'), result }
}

describe('ws:// and the page that opens it', () => {
  test('from an https page: fails as mixed content, quoting the browsers, with Fix 3', async () => {
    const {
      scheme: f,
      upgrade,
      result
    } = await scheme(`ws://app.net.test:${server.port}/ws`, 'https://app.example.com')
    expect(f.status).toBe('fail')
    expect(f.title).toBe(
      'Mixed content: an https page cannot open this ws:// URL; browsers block it before any traffic'
    )
    expect(f.details).toEqual(
      expect.arrayContaining([
        "Chromium: SecurityError: Failed to construct 'WebSocket': An insecure WebSocket connection may not be initiated from a page loaded over HTTPS.",
        'Firefox: SecurityError: The operation is insecure.'
      ])
    )
    expect(f.fix?.code?.text).toBe(
      "const wsProto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(`${wsProto}://app.net.test/ws`)"
    )
    // The server itself answers: only the browser refuses.
    expect(upgrade.status).toBe('pass')
    expect(result.status).toBe('fail')
  })

  test('from an http page: passes, and says nothing is encrypted', async () => {
    const { scheme: f, result } = await scheme(
      `ws://app.net.test:${server.port}/ws`,
      'http://app.example.com'
    )
    expect(f.status).toBe('pass')
    expect(f.title).toBe('ws:// from an http page: browsers allow it, but nothing is encrypted')
    expect(f.details).toContain('No TLS: anyone on the path can read and change the frames.')
    expect(f.fix).toBeUndefined()
    expect(result.status).toBe('pass')
  })

  test('without origin: a warning that says which pages can and cannot open it', async () => {
    const { scheme: f, result } = await scheme(`ws://app.net.test:${server.port}/ws`)
    expect(f.status).toBe('warn')
    expect(f.title).toBe(
      'Unencrypted ws:// endpoint: an https page cannot open it (mixed content); an http page can. Set origin to say which'
    )
    expect(f.fix?.text).toMatch(/^Serve this endpoint over TLS \(wss:\/\/app\.net\.test\/ws\)/)
    expect(result.status).toBe('warn')
  })

  test('an origin that is neither http nor https says no more than no origin', async () => {
    const { scheme: f } = await scheme(`ws://app.net.test:${server.port}/ws`, 'null')
    expect(f.status).toBe('warn')
  })

  test.each([
    ['127.0.0.1', 'https://app.example.com'],
    ['localhost', 'https://app.example.com'],
    ['127.0.0.1', undefined]
  ])('loopback (%s) passes, from an https page too (origin %s)', async (host, origin) => {
    const { scheme: f, result } = await scheme(`ws://${host}:${server.port}/ws`, origin)
    expect(f.status).toBe('pass')
    expect(f.title).toBe(
      `ws:// to loopback (${host}): browsers allow it from http and https pages alike`
    )
    expect(result.status).toBe('pass')
  })

  test('a wss:// URL passes whatever the origin', async () => {
    const config = parseConfig(
      { urls: 'wss://app.example.com/ws', origin: 'https://app.example.com' },
      process.cwd()
    )
    const [result] = (await diagnose(config, new Date(), [schemeProbe], [])).results
    expect(finding(result, 'scheme')).toMatchObject({ status: 'pass', title: 'wss:// (TLS)' })
  })
})

describe('isLoopbackHost', () => {
  test.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['localhost.', true],
    ['127.0.0.1', true],
    ['127.12.0.9', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['::2', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io', false],
    ['notlocalhost', false]
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback)
  })
})
