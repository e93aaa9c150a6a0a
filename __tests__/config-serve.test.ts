// The configuration in the pull request, served: Debian's nginx runs it in a private prefix on
// loopback (throwaway certificates for its names, a ws echo as every upstream) and the full
// probe set checks each TLS server block; what fails lands at the block's or location's line.
import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseConfig, type RawInputs } from '../src/config.js'
import { diagnose } from '../src/doctor.js'
import type { TargetResult } from '../src/results.js'
import type { Finding } from '../src/findings.js'
import { proxyConfigScan } from '../src/scans/proxy-config.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/proxy-config')

async function served(tree: string, inputs: RawInputs = {}): Promise<TargetResult> {
  const config = parseConfig(
    {
      urls: 'wss://api.example.com/ws/',
      'config-paths': 'nginx/*.conf',
      'config-serve': 'true',
      ...inputs
    },
    path.join(FIXTURES, tree)
  )
  const report = await diagnose(config, new Date(), [], [proxyConfigScan])
  const results = report.results.filter(r => r.target.scan === 'proxy-config')
  expect(results).toHaveLength(1)
  return results[0]
}

const live = (result: TargetResult): Finding[] =>
  result.findings.filter(f => f.title.startsWith('live: '))

const prefixes = (): string[] =>
  readdirSync(os.tmpdir()).filter(name => name.startsWith('wss-doctor-serve-'))

function accepts(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

describe('config-serve with Debian’s nginx', () => {
  test('the healthy nginx block passes every live check through a real upgrade; nginx is stopped and its prefix removed', async () => {
    const before = prefixes()
    const result = await served('fix2')
    const [pass] = live(result)
    expect(live(result)).toHaveLength(1)
    expect(pass).toMatchObject({
      status: 'pass',
      title: expect.stringMatching(
        /^live: served by nginx on loopback, wss:\/\/api\.example\.com:\d+\/ws\/ passes every check$/
      ),
      location: { file: 'nginx/api.conf', line: 2 }
    })
    expect(pass.details).toContainEqual(expect.stringMatching(/^upgrade: 101 Switching Protocols/))
    expect(result.findings.filter(f => f.status === 'fail')).toEqual([])
    const port = Number(/:(\d+)\//.exec(pass.title)![1])
    expect(await accepts(port)).toBe(false)
    expect(prefixes().filter(p => !before.includes(p))).toEqual([])
  })

  test('done when, served: without the Upgrade header nginx answers 426, at the location’s line', async () => {
    const result = await served('upgrade-missing')
    expect(live(result)).toEqual([
      expect.objectContaining({
        check: 'proxy-config',
        status: 'fail',
        title:
          'live: The proxy does not upgrade: HTTP 426 from nginx/1.22.1 instead of 101 Switching Protocols',
        location: { file: 'nginx/api.conf', line: 8 }
      })
    ])
    expect(live(result)[0].fix?.code?.text).toMatch(/proxy_set_header Upgrade \$http_upgrade;/)
  })

  test('cert.pem: served with the leaf alone, the live trust check finds the missing intermediate', async () => {
    const failing = live(await served('cert-pem')).filter(f => f.status === 'fail')
    expect(failing.map(f => [f.title, f.location?.line])).toEqual([
      [expect.stringMatching(/^live: Incomplete certificate chain: /), 2]
    ])
  })

  test('DHE-only ciphers over TLS 1.2: browsers cannot connect, live too', async () => {
    const failing = live(await served('dhe-only')).filter(f => f.status === 'fail')
    expect(failing.map(f => f.title)).toContain(
      'live: Browsers cannot connect: the server offers no cipher suite or group that Chrome and Firefox offer'
    )
  })

  test('nginx -t refuses a directive: the error lands at the line of the included snippet', async () => {
    const result = await served('nginx-t-error')
    expect(live(result)).toEqual([])
    expect(result.findings.filter(f => f.title.startsWith('nginx -t'))).toEqual([
      expect.objectContaining({
        status: 'fail',
        title: 'nginx -t: invalid number of arguments in "proxy_set_header" directive',
        location: { file: 'nginx/snippets/websocket.conf', line: 2 }
      })
    ])
  })
})
