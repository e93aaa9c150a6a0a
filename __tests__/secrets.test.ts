// Secrets (headers, URL passwords, token parameters) travel only over a connection whose
// certificate verified for the host, are never reported, and are the real ones when they do
// travel. Real servers on loopback record what reached them.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { IncomingMessage } from 'node:http'
import { parseConfig } from '../src/config.js'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import { startWsServer, type RunningServer } from '../src/demo/servers.js'
import { diagnose } from '../src/doctor.js'
import { renderJson } from '../src/report/json.js'
import { headerSecrets, maskSecrets, redactUnparsedUrl } from '../src/secrets.js'
import { check, createLab, finding, type Lab } from './fixtures/tls-lab.js'
import { startCrlServer, type CrlServer } from './fixtures/revocation-lab.js'

let lab: Lab
let issued: Issued
const servers: RunningServer[] = []

beforeAll(async () => {
  lab = await createLab()
  issued = await createLeaf(lab.intermediate, { commonName: 'ws.lab.test', names: ['ws.lab.test'] })
})
afterAll(async () => {
  await Promise.all([lab.close(), ...servers.map(s => s.close())])
})

/** A wss:// server that records every upgrade request it sees and lets `accept` decide. */
async function recordingServer(
  accept: (req: IncomingMessage) => boolean = () => true
): Promise<{ port: number; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = []
  const server = await lab.serve(issued, undefined, {
    webSocket: {
      options: {
        verifyClient: (info, done) => {
          seen.push(info.req)
          done(accept(info.req), 401)
        }
      }
    }
  })
  return { port: server.port, seen }
}

const TOKEN = 'tok-9f1c2e77d1'
const AUTH = { headers: `Authorization: Bearer ${TOKEN}` }

describe('a bearer token in headers', () => {
  test('is sent to a server whose certificate verified', async () => {
    const { port, seen } = await recordingServer()
    const result = await check(`wss://ws.lab.test:${port}/ws`, {
      ...AUTH,
      'ca-file': lab.caFile,
      'origin-check': 'true'
    })
    expect(finding(result, 'upgrade').status).toBe('pass')
    expect(seen.length).toBeGreaterThanOrEqual(2) // the upgrade and the origin check
    for (const req of seen) expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  test.each([
    ['an untrusted CA', 'ws.lab.test', {}],
    ['a certificate for another host', 'other.lab.test', { 'ca-file': '' }]
  ])(
    'is withheld from %s, in the upgrade and in origin-check, and the finding says so',
    async (_, host, extra) => {
      const { port, seen } = await recordingServer()
      const inputs = { ...AUTH, 'origin-check': 'true', ...extra }
      if (host !== 'ws.lab.test') inputs['ca-file'] = lab.caFile
      const result = await check(`wss://${host}:${port}/ws`, inputs)
      expect(result.status).toBe('fail')
      expect(seen.length).toBeGreaterThanOrEqual(2) // the sessions did run, without the token
      for (const req of seen) expect(req.headers.authorization).toBeUndefined()
      expect(finding(result, 'upgrade').details).toContain(
        `Sent without the configured headers and URL credentials: the certificate did not verify for ${host}, so secrets stay with wss-doctor.`
      )
    }
  )

  test('a 401 to a session that withheld the token is not blamed on missing credentials', async () => {
    const { port } = await recordingServer(req => req.headers.authorization === `Bearer ${TOKEN}`)
    const upgrade = finding(await check(`wss://ws.lab.test:${port}/ws`, AUTH), 'upgrade')
    expect(upgrade.title).toBe(
      'Upgrade refused with HTTP 401: expected, the credentials were withheld (the certificate did not verify for ws.lab.test)'
    )
    expect(upgrade.fix).toBeUndefined()
  })

  test('never travels over ws://: neither to a ws:// target nor to the ws:// twin of a failing wss://', async () => {
    const plainSeen: IncomingMessage[] = []
    const plain = await startWsServer('127.0.0.1', {
      options: { verifyClient: (info, done) => done(Boolean(plainSeen.push(info.req))) }
    })
    servers.push(plain)
    const secure = await recordingServer()
    const config = parseConfig(
      {
        urls: `wss://twin.lab.test:${secure.port}/ws\nws://twin.lab.test:${plain.port}/ws`,
        resolve: `twin.lab.test:${secure.port}:127.0.0.1\ntwin.lab.test:${plain.port}:127.0.0.1`,
        'idle-timeout': '0',
        ...AUTH
      },
      process.cwd()
    )
    const [wss, ws] = (await diagnose(config)).results
    expect(finding(wss, 'compare').title).toMatch(/^TLS issue confirmed/)
    expect(plainSeen.length).toBeGreaterThanOrEqual(2) // the ws:// target and the twin session
    for (const req of [...plainSeen, ...secure.seen])
      expect(req.headers.authorization).toBeUndefined()
    expect(finding(ws, 'upgrade').details).toContain(
      'Sent without the configured headers and URL credentials: ws:// is clear text, so secrets stay with wss-doctor.'
    )
  })
})

describe('secrets in the URL', () => {
  const SECRET = 'q7-url-secret'

  test('the real token is what a verified session sends; reports show *** only', async () => {
    const { port, seen } = await recordingServer(req => req.url === `/ws?token=${SECRET}&room=a`)
    const config = parseConfig(
      {
        urls: `wss://ws.lab.test:${port}/ws?token=${SECRET}&room=a`,
        resolve: `ws.lab.test:${port}:127.0.0.1`,
        'ca-file': lab.caFile,
        'idle-timeout': '0'
      },
      process.cwd()
    )
    const report = await diagnose(config)
    const [result] = report.results
    expect(finding(result, 'upgrade').status).toBe('pass')
    expect(seen[0].url).toBe(`/ws?token=${SECRET}&room=a`)
    expect(result.target.label).toBe(`wss://ws.lab.test:${port}/ws?token=***&room=a`)
    expect(result.target.endpoint!.path).toBe('/ws?token=***&room=a')
    const json = renderJson(report)
    expect(json).not.toContain(SECRET)
    expect(json).toContain('token=***')
  })

  test('an unverified session leaves the token and the password out of the URL', async () => {
    const { port, seen } = await recordingServer()
    const result = await check(`wss://user:pw-${SECRET}@ws.lab.test:${port}/ws?token=${SECRET}`)
    expect(result.status).toBe('fail')
    expect(seen[0].url).toBe('/ws')
    expect(seen[0].headers.authorization).toBeUndefined()
  })

  test('a password with % that is not an escape is checked, not a URIError', async () => {
    const { port, seen } = await recordingServer()
    const config = parseConfig(
      {
        urls: `wss://u:100%pure@ws.lab.test:${port}/ws`,
        resolve: `ws.lab.test:${port}:127.0.0.1`,
        'ca-file': lab.caFile,
        'idle-timeout': '0'
      },
      process.cwd()
    )
    expect(config.secrets).toContain('100%pure')
    const [result] = (await diagnose(config)).results
    expect(result.target.label).toBe(`wss://u:***@ws.lab.test:${port}/ws`)
    expect(finding(result, 'upgrade').status).toBe('pass')
    const basic = Buffer.from(seen[0].headers.authorization!.replace(/^Basic /, ''), 'base64')
    expect(basic.toString()).toBe('u:100%pure')
  })

  test('a malformed URL with credentials is reported redacted, and its secrets are masked', () => {
    const config = parseConfig(
      { urls: 'wss://u:hunter2secret@bad host/ws?access_token=abc123def&x=1' },
      process.cwd()
    )
    const [target] = config.targets
    expect(target.label).toBe('wss://u:***@bad host/ws?access_token=***&x=1')
    expect(target.problem).not.toMatch(/hunter2|abc123def/)
    expect(config.secrets).toEqual(expect.arrayContaining(['hunter2secret', 'abc123def']))
  })
})

describe('masking', () => {
  test('the bare token of an Authorization header and cookie values are secrets too', () => {
    expect(
      headerSecrets({
        Authorization: 'Bearer abc.def',
        Cookie: 'sid=s1d-value; theme=dark',
        'X-Api-Key': 'k-123'
      })
    ).toEqual([
      'Bearer abc.def',
      'abc.def',
      'sid=s1d-value; theme=dark',
      's1d-value',
      'dark',
      'k-123'
    ])
  })

  test('maskSecrets hides each value, the longer one first', () => {
    expect(
      maskSecrets('invalid token: abc.def (Bearer abc.def)', ['abc.def', 'Bearer abc.def'])
    ).toBe('invalid token: *** (***)')
  })

  test('redactUnparsedUrl leaves harmless parameters alone', () => {
    expect(redactUnparsedUrl('wss://h st/?room=1&sig=zz9').text).toBe('wss://h st/?room=1&sig=***')
  })
})

describe('revocation URLs of a certificate', () => {
  let crl: CrlServer
  beforeAll(async () => {
    crl = await startCrlServer()
  })
  afterAll(async () => crl.close())

  test('are fetched only for a chain that verified', async () => {
    const leaf = await createLeaf(lab.intermediate, {
      commonName: 'crl.lab.test',
      names: ['crl.lab.test'],
      crlUrls: [crl.url]
    })
    const { port } = await lab.serve(leaf)
    await check(`wss://crl.lab.test:${port}/ws`, { revocation: 'hard' })
    expect(crl.fetches).toBe(0)
    await check(`wss://crl.lab.test:${port}/ws`, { revocation: 'hard', 'ca-file': lab.caFile })
    expect(crl.fetches).toBeGreaterThan(0)
  })
})

test('values too short to mask in text (one or two characters) are left to structural redaction', () => {
  const config = parseConfig(
    {
      urls: 'wss://u:ab@short.example/ws?token=xy',
      headers: 'X-Key: k9\nAuthorization: Bearer long-enough'
    },
    process.cwd()
  )
  expect(config.secrets).toEqual(expect.arrayContaining(['Bearer long-enough', 'long-enough']))
  expect(config.secrets.filter(s => s.length < 3)).toEqual([])
  expect(config.targets[0].label).toBe('wss://u:***@short.example/ws?token=***')
})
