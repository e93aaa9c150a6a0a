import { expect, test } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import tls from 'node:tls'
import { createRoot } from '../src/demo/pki.js'
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
