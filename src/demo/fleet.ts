// The embedded demo fleet: one loopback endpoint per common failure, plus a
// healthy one, each with the verdict wss-doctor must reach. Host names are resolved with the
// `resolve` input, so no DNS or internet is needed.
import type { Code } from '../codes.js'
import type { Status } from '../findings.js'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  createCrl,
  createIntermediate,
  createLeaf,
  createRoot,
  createSelfSignedLeaf
} from './pki.js'
import {
  startHeaderDroppingProxy,
  startIdleCuttingProxy,
  startWsServer,
  startWssServer,
  type RunningServer
} from './servers.js'

export interface FleetEndpoint {
  url: string
  /** What the endpoint demonstrates. */
  description: string
  /** The target's expected overall status, and the kind of finding that must carry it. */
  expect: { status: Status; code: Code }
}

export interface Fleet {
  endpoints: FleetEndpoint[]
  /** The demo root CA (PEM), for `ca-file`. */
  caPem: string
  /** `host:port:address` lines, for `resolve`. */
  resolve: string[]
  close(): Promise<void>
}

const DOMAIN = 'wss-doctor.test'

/** The idle-cut endpoint's proxy timeout: shorter than the idle-timeout the demo runs with. */
export const IDLE_CUT_MS = 1500

export async function startFleet(): Promise<Fleet> {
  const root = await createRoot({ commonName: 'wss-doctor Demo Root CA' })
  const intermediate = await createIntermediate(root, {
    commonName: 'wss-doctor Demo Intermediate CA'
  })
  const host = (name: string): string => `${name}.${DOMAIN}`
  const leaf = (
    name: string,
    extra: { names?: string[]; validFromDays?: number; validToDays?: number } = {}
  ) => createLeaf(intermediate, { commonName: host(name), names: [host(name)], ...extra })
  const chained = async (issued: Promise<{ certPem: string; keyPem: string }>) => {
    const { certPem, keyPem } = await issued
    return { cert: certPem + intermediate.certPem, key: keyPem }
  }

  const servers: RunningServer[] = []
  const endpoints: FleetEndpoint[] = []
  const resolve: string[] = []
  const add = async (
    name: string,
    server: Promise<RunningServer>,
    scheme: 'wss' | 'ws',
    description: string,
    expect: FleetEndpoint['expect']
  ) => {
    const running = await server
    servers.push(running)
    resolve.push(`${host(name)}:${running.port}:127.0.0.1`)
    endpoints.push({ url: `${scheme}://${host(name)}:${running.port}/ws`, description, expect })
    return running
  }

  await add(
    'good',
    chained(leaf('good')).then(startWssServer),
    'wss',
    'healthy: trusted chain, right name, 90 days left',
    { status: 'pass', code: 'tls-ok' }
  )
  await add(
    'wrong-host',
    chained(
      createLeaf(intermediate, {
        commonName: 'www.example-shop.test',
        names: ['www.example-shop.test', 'example-shop.test']
      })
    ).then(startWssServer),
    'wss',
    'certificate issued for another domain (ERR_CERT_COMMON_NAME_INVALID)',
    { status: 'fail', code: 'hostname-other-host' }
  )
  await add(
    'expired',
    chained(leaf('expired', { validFromDays: -120, validToDays: -30 })).then(startWssServer),
    'wss',
    'certificate expired 30 days ago',
    { status: 'fail', code: 'expiry-expired' }
  )
  await add(
    'expiring',
    chained(leaf('expiring', { validFromDays: -80, validToDays: 10 })).then(startWssServer),
    'wss',
    'certificate expires in 10 days',
    { status: 'warn', code: 'expiry-soon' }
  )
  const selfSigned = await createSelfSignedLeaf({
    commonName: host('self-signed'),
    names: [host('self-signed')]
  })
  await add(
    'self-signed',
    startWssServer({ cert: selfSigned.certPem, key: selfSigned.keyPem }),
    'wss',
    'self-signed certificate in production',
    { status: 'fail', code: 'trust-self-signed' }
  )
  // Like a public CA's leaf it names its issuer's URL (caIssuers), which only Chromium fetches.
  const incomplete = await createLeaf(intermediate, {
    commonName: host('incomplete-chain'),
    names: [host('incomplete-chain')],
    caIssuersUrls: ['http://127.0.0.1:9/demo-intermediate.der']
  })
  await add(
    'incomplete-chain',
    startWssServer({ cert: incomplete.certPem, key: incomplete.keyPem }),
    'wss',
    'intermediate certificate not sent (cert.pem instead of fullchain.pem)',
    {
      status: 'fail',
      code: 'trust-missing-intermediate'
    }
  )
  const tls13 = await chained(leaf('tls13-only'))
  await add(
    'tls13-only',
    startWssServer({ ...tls13, minVersion: 'TLSv1.3' }),
    'wss',
    'TLS 1.3 only: clients and proxies that stop at TLS 1.2 are locked out',
    {
      status: 'warn',
      code: 'versions-no-tls12'
    }
  )
  // A revoked certificate, listed in the intermediate's CRL, served over HTTP on loopback.
  const crlServer = http.createServer()
  await new Promise<void>(resolve => crlServer.listen(0, '127.0.0.1', resolve))
  const crlUrl = `http://127.0.0.1:${(crlServer.address() as AddressInfo).port}/demo-intermediate.crl`
  const revoked = await createLeaf(intermediate, {
    commonName: host('revoked'),
    names: [host('revoked')],
    crlUrls: [crlUrl]
  })
  const crl = await createCrl(intermediate, [{ certificate: revoked, revokedDaysAgo: 3 }])
  crlServer.on('request', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/pkix-crl' }).end(crl)
  )
  servers.push({ port: 0, close: () => new Promise<void>(done => crlServer.close(() => done())) })
  await add(
    'revoked',
    startWssServer({ cert: revoked.certPem + intermediate.certPem, key: revoked.keyPem }),
    'wss',
    'revoked certificate (listed in its CA’s CRL)',
    {
      status: 'fail',
      code: 'revocation-revoked'
    }
  )
  const plain = await add(
    'plain',
    startWsServer(),
    'ws',
    'plain ws:// (mixed content on https pages)',
    { status: 'warn', code: 'scheme-ws-unknown-page' }
  )
  const proxied = await chained(leaf('no-upgrade'))
  await add(
    'no-upgrade',
    startHeaderDroppingProxy({ ...proxied, backendPort: plain.port }),
    'wss',
    'reverse proxy that does not pass the Upgrade headers',
    {
      status: 'fail',
      code: 'upgrade-not-upgraded'
    }
  )
  const idleCut = await chained(leaf('idle-cut'))
  await add(
    'idle-cut',
    startIdleCuttingProxy({ ...idleCut, backendPort: plain.port, idleMs: IDLE_CUT_MS }),
    'wss',
    `proxy that cuts a silent WebSocket after ${IDLE_CUT_MS / 1000} s (a read timeout shorter than idle-timeout)`,
    { status: 'fail', code: 'idle-cut' }
  )
  const dheOnly = await chained(
    createLeaf(intermediate, {
      commonName: host('dhe-only'),
      names: [host('dhe-only')],
      keyType: 'rsa-2048'
    })
  )
  await add(
    'dhe-only',
    startWssServer({
      ...dheOnly,
      maxVersion: 'TLSv1.2',
      ciphers: 'DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256',
      dhparam: 'auto'
    }),
    'wss',
    'DHE-only cipher suites: Node and curl connect, Chrome and Firefox cannot',
    { status: 'fail', code: 'ciphers-browsers-locked-out' }
  )
  const mutual = await chained(leaf('mtls'))
  await add(
    'mtls',
    startWssServer({ ...mutual, clientCa: root.certPem }),
    'wss',
    'requires a client certificate (mutual TLS), none given',
    { status: 'fail', code: 'tls-client-certificate-required' }
  )
  resolve.push(`not-tls.${DOMAIN}:${plain.port}:127.0.0.1`)
  endpoints.push({
    url: `wss://not-tls.${DOMAIN}:${plain.port}/ws`,
    description: 'wss:// URL pointing at a plain-text port',
    expect: { status: 'fail', code: 'tls-not-tls' }
  })

  return {
    endpoints,
    caPem: root.certPem,
    resolve,
    close: async () => {
      await Promise.all(servers.map(s => s.close()))
    }
  }
}
