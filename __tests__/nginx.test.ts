// The usual stack: nginx (Debian's) terminating TLS in front of a `ws` application,
// configured as the healthy nginx block, and each variant that breaks it. Certificates from the test's CA.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { createLeaf, type Issued } from '../src/demo/pki.js'
import { startWsServer, type RunningServer } from '../src/demo/servers.js'
import type { TargetResult } from '../src/results.js'
import { ffdhe2048 as dhGroup2048 } from './fixtures/dh.js'
import { check, createLab, finding, statuses, type Lab } from './fixtures/tls-lab.js'
import { startNginx, type RunningNginx } from './fixtures/nginx.js'

let lab: Lab
let backend: RunningServer
let good: Issued
let client: Issued
let ffdhe2048: string
const running: RunningNginx[] = []

beforeAll(async () => {
  lab = await createLab()
  client = await createLeaf(lab.root, { commonName: 'ci-client', clientAuth: true })
  ffdhe2048 = dhGroup2048()
  backend = await startWsServer()
  // Like a public CA's leaf, it names its issuer's URL (caIssuers); wss-doctor never fetches it.
  good = await createLeaf(lab.intermediate, {
    commonName: 'api.lab.test',
    names: ['api.lab.test'],
    caIssuersUrls: ['http://127.0.0.1:9/lab-intermediate.der']
  })
})
afterAll(async () => {
  await Promise.all([...running.map(n => n.close()), backend.close(), lab.close()])
})

/** The healthy nginx block, with the parts a variant changes as parameters. */
interface Variant {
  leaf?: Issued
  /** The file ssl_certificate points at: the full chain, or the leaf alone (cert.pem). */
  certificateFile?: 'fullchain.pem' | 'cert.pem'
  protocols?: string
  /** Lines inside `location /ws/` after proxy_pass. */
  location?: string[]
  /** Default: the echoing ws backend. */
  backendPort?: number
  /** More lines in the server block (ssl_ciphers, ssl_verify_client…). */
  server?: string[]
}

const FIX_2_LOCATION = [
  'proxy_http_version 1.1;',
  'proxy_set_header Upgrade $http_upgrade;',
  "proxy_set_header Connection 'upgrade';"
]

async function serve(variant: Variant = {}): Promise<number> {
  const leaf = variant.leaf ?? good
  const nginx = await startNginx(
    `server {
      listen 127.0.0.1:$PORT ssl;
      server_name api.lab.test;
      ssl_certificate $DIR/${variant.certificateFile ?? 'fullchain.pem'};
      ssl_certificate_key $DIR/privkey.pem;
      ssl_protocols ${variant.protocols ?? 'TLSv1.2 TLSv1.3'};
      ${(variant.server ?? []).join('\n      ')}
      location /ws/ {
        proxy_pass http://127.0.0.1:${variant.backendPort ?? backend.port};
        ${(variant.location ?? FIX_2_LOCATION).join('\n        ')}
      }
    }`,
    {
      'fullchain.pem': leaf.certPem + lab.intermediate.certPem,
      'cert.pem': leaf.certPem,
      'privkey.pem': leaf.keyPem,
      'client-ca.pem': lab.root.certPem,
      'dhparam.pem': ffdhe2048
    }
  )
  running.push(nginx)
  return nginx.port
}

const diagnoseNginx = (port: number, inputs: Record<string, string> = {}): Promise<TargetResult> =>
  check(`wss://api.lab.test:${port}/ws/`, { 'ca-file': lab.caFile, ...inputs })

describe('nginx configured as the healthy nginx block', () => {
  test('passes every check, through a real upgrade to the ws backend', async () => {
    const result = await diagnoseNginx(await serve())
    expect(result.findings.filter(f => f.status !== 'pass')).toEqual([])
    expect(result.facts.upgrade).toMatchObject({
      status: 101,
      server: expect.stringMatching(/^nginx/)
    })
    expect(statuses(result)).toMatchObject({ tls: 'pass', trust: 'pass', upgrade: 'pass' })
  })
})

describe('each variant fails with its diagnosis and fix', () => {
  test('cert.pem instead of fullchain.pem: incomplete chain, serve fullchain.pem', async () => {
    const trust = finding(
      await diagnoseNginx(await serve({ certificateFile: 'cert.pem' })),
      'trust'
    )
    expect(trust.status).toBe('fail')
    expect(trust.title).toMatch(/^Incomplete certificate chain: .*only Chromium fetches it/)
    expect(trust.fix?.code?.text).toMatch(/fullchain\.pem/)
  })

  test('the Upgrade and Connection headers left out: the proxy does not upgrade', async () => {
    const upgrade = finding(
      await diagnoseNginx(await serve({ location: ['proxy_http_version 1.1;'] })),
      'upgrade'
    )
    expect(upgrade.status).toBe('fail')
    expect(upgrade.title).toMatch(/^The proxy does not upgrade: HTTP 426 from nginx/)
    expect(upgrade.fix?.code?.text).toMatch(/proxy_set_header Upgrade \$http_upgrade;/)
  })

  test('ssl_protocols TLSv1.3 alone: TLS 1.2 clients are refused (a failure when 1.2 is required)', async () => {
    const port = await serve({ protocols: 'TLSv1.3' })
    const byDefault = finding(await diagnoseNginx(port), 'versions')
    expect(byDefault.status).toBe('warn')
    expect(byDefault.title).toMatch(/1\.2/)
    const required = finding(
      await diagnoseNginx(port, { 'require-tls-versions': '1.2, 1.3' }),
      'versions'
    )
    expect(required.status).toBe('fail')
    expect(required.fix?.code?.text).toBe('ssl_protocols TLSv1.2 TLSv1.3;')
  })

  test('a certificate for another host: the host name is not covered', async () => {
    const other = await createLeaf(lab.intermediate, {
      commonName: 'www.lab.test',
      names: ['www.lab.test']
    })
    const hostname = finding(await diagnoseNginx(await serve({ leaf: other })), 'hostname')
    expect(hostname.status).toBe('fail')
    expect(hostname.fix?.code?.text).toMatch(/-d api\.lab\.test/)
  })

  test('an expired certificate: expired, renew', async () => {
    const expired = await createLeaf(lab.intermediate, {
      commonName: 'api.lab.test',
      names: ['api.lab.test'],
      validFromDays: -120,
      validToDays: -30
    })
    const expiry = finding(await diagnoseNginx(await serve({ leaf: expired })), 'expiry')
    expect(expiry.status).toBe('fail')
    expect(expiry.fix?.code?.text).toMatch(/certbot renew/)
  })

  test('DHE-only ssl_ciphers: browsers cannot connect, with the nginx ciphers fix', async () => {
    const rsa = await createLeaf(lab.intermediate, {
      commonName: 'api.lab.test',
      names: ['api.lab.test'],
      keyType: 'rsa-2048'
    })
    const port = await serve({
      leaf: rsa,
      protocols: 'TLSv1.2',
      server: ['ssl_ciphers DHE-RSA-AES256-GCM-SHA384;', 'ssl_dhparam $DIR/dhparam.pem;']
    })
    const ciphers = finding(await diagnoseNginx(port), 'ciphers')
    expect(ciphers.status).toBe('fail')
    expect(ciphers.title).toMatch(/^Browsers cannot connect/)
    expect(ciphers.details?.join('\n')).toMatch(/TLS_DHE_RSA_WITH_AES_256_GCM_SHA384/)
    expect(ciphers.fix?.code?.text).toMatch(/ssl_ciphers .*ECDHE/)
  })

  test('ssl_verify_client on: the endpoint requires a client certificate, and passes with one', async () => {
    const port = await serve({
      server: ['ssl_client_certificate $DIR/client-ca.pem;', 'ssl_verify_client on;']
    })
    const without = await diagnoseNginx(port)
    const refused = without.findings.filter(f => f.status === 'fail')
    expect(refused.map(f => f.title)).toEqual([
      'The endpoint requires a client certificate (mutual TLS); none was presented'
    ])
    expect(refused[0].details?.[0]).toMatch(
      /^HTTP 400 from nginx.*No required SSL certificate was sent/
    )
    const files = {
      cert: path.join(lab.dir, 'client.pem'),
      key: path.join(lab.dir, 'client-key.pem')
    }
    writeFileSync(files.cert, client.certPem)
    writeFileSync(files.key, client.keyPem)
    const withCertificate = await diagnoseNginx(port, {
      'client-cert': files.cert,
      'client-key': files.key
    })
    expect(withCertificate.findings.filter(f => f.status !== 'pass')).toEqual([])
  })

  test('proxy_read_timeout shorter than the wait for a reply: the idle WebSocket is cut by the proxy', async () => {
    const silent = await startWsServer('127.0.0.1', { onConnection: () => undefined })
    const port = await serve({
      location: [...FIX_2_LOCATION, 'proxy_read_timeout 2s;'],
      backendPort: silent.port
    })
    const upgrade = finding(
      await diagnoseNginx(port, { message: 'hello', expect: 'never', 'timeout-ms': '5000' }),
      'upgrade'
    )
    await silent.close()
    expect(upgrade.status).toBe('fail')
    expect(upgrade.title).toMatch(
      /^The idle WebSocket was cut after \d+\.\d s without traffic \(1006, no close frame\): nginx/
    )
    expect(upgrade.fix?.code?.text).toMatch(/proxy_read_timeout 3600s;/)
  })
})
