// client-cert / client-key: the identity an mTLS endpoint asks for, checked once when the inputs
// are read, so that a wrong passphrase or a key of another certificate is one clear input error.
import { createPrivateKey, X509Certificate } from 'node:crypto'
import type { ClientCertificate } from './trust-store.js'

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

/** `certPem` (the leaf first, then any intermediates) and `keyPem` → a checked client
 * certificate, or the reason it is not one (never quoting the key or the passphrase). */
export function clientCertificate(
  certPem: string,
  keyPem: string,
  passphrase: string | undefined
): ClientCertificate | { problem: string } {
  const pems = certPem.match(PEM_CERT) ?? []
  const first = pems[0]
  if (first === undefined) return { problem: 'client-cert contains no PEM certificate' }
  let leaf: X509Certificate
  try {
    leaf = new X509Certificate(first)
  } catch {
    return { problem: 'client-cert: the first certificate is not a valid X.509 certificate' }
  }
  let key
  try {
    key = createPrivateKey({ key: keyPem, ...(passphrase ? { passphrase } : {}) })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? ''
    return {
      problem: /DECRYPT|BAD_DECRYPT|PASSPHRASE|INTERRUPTED_OR_CANCELLED/i.test(
        `${code} ${(err as Error).message}`
      )
        ? 'client-key is encrypted and client-key-passphrase does not open it'
        : 'client-key is not a PEM private key'
    }
  }
  if (!leaf.checkPrivateKey(key))
    return { problem: 'client-key does not belong to the first certificate in client-cert' }
  return { cert: pems.join('\n'), key: keyPem, passphrase: passphrase || undefined }
}
