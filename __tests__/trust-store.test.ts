import { expect, test } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import tls from 'node:tls'
import { createLeaf, createRoot } from '../src/demo/pki.js'
import { startWssServer } from '../src/demo/servers.js'
import { createTrustStore } from '../src/trust-store.js'

test('knows Node’s roots and the extra CAs by fingerprint, and builds a context only for extra CAs', async () => {
  const extra = await createRoot({ commonName: 'Extra Root' })
  const nodeRoot = new X509Certificate(tls.rootCertificates[0]).fingerprint256
  const extraRoot = extra.certificate.toString('pem')
  const withExtra = createTrustStore([extraRoot])
  expect(withExtra.isTrustedRoot(nodeRoot)).toBe(true)
  expect(withExtra.isTrustedRoot(new X509Certificate(extraRoot).fingerprint256)).toBe(true)
  expect(withExtra.secureContext).toBeDefined()
  const defaults = createTrustStore([])
  expect(defaults.isTrustedRoot(new X509Certificate(extraRoot).fingerprint256)).toBe(false)
  expect(defaults.secureContext).toBeUndefined()
})

test('the extra CAs are trusted by the run’s context only, never by Node’s default one', async () => {
  const root = await createRoot({ commonName: 'Trust Store Test Root' })
  const leaf = await createLeaf(root, { commonName: 'trust.test', names: ['trust.test'] })
  const server = await startWssServer({ cert: leaf.certPem, key: leaf.keyPem })
  const verdict = (secureContext?: tls.SecureContext): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = tls.connect(
        { host: '127.0.0.1', port: server.port, servername: 'trust.test', secureContext },
        () => {
          resolve(socket.authorized ? 'trusted' : String(socket.authorizationError))
          socket.destroy()
        }
      )
      socket.on('error', err => {
        resolve((err as NodeJS.ErrnoException).code ?? err.message)
        socket.destroy()
      })
      socket.setTimeout(5000, () => reject(new Error('timeout')))
    })
  try {
    const store = createTrustStore([root.certPem])
    expect(await verdict(store.secureContext)).toBe('trusted')
    expect(await verdict()).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE')
    expect(await verdict(tls.createSecureContext())).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE')
    // Node's roots stay in the run's context beside the extra CA.
    expect(store.isTrustedRoot(new X509Certificate(tls.rootCertificates[0]).fingerprint256)).toBe(
      true
    )
  } finally {
    await server.close()
  }
})
