// client-cert / client-key: the identity an mTLS endpoint asks for, checked once when the inputs
// are read, so that a wrong passphrase or a key of another certificate is one clear input error.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import type { ClientCertificate } from './trust-store.js'

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g
/** A PKCS#8 encrypted key, or a traditional one (PKCS#1, SEC 1) under `Proc-Type: 4,ENCRYPTED`. */
const ENCRYPTED_KEY = /-----BEGIN ENCRYPTED PRIVATE KEY-----|^Proc-Type:[ \t]*4,ENCRYPTED\s*$/m

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
  const key = openKey(keyPem, passphrase)
  if ('problem' in key) return key
  if (!leaf.checkPrivateKey(key))
    return { problem: 'client-key does not belong to the first certificate in client-cert' }
  return { cert: pems.join('\n'), key: keyPem, passphrase: passphrase || undefined }
}

/** The private key, or why it does not open. Whether it is encrypted is read from the PEM, not
 * from OpenSSL's error: a wrong passphrase mostly fails the decryption's padding check ("bad
 * decrypt"), but about once in 256 the padding passes by chance and the garbled bytes then
 * fail to parse ("DECODER routines::unsupported"), which looks like a file that is no key. */
function openKey(keyPem: string, passphrase: string | undefined): KeyObject | { problem: string } {
  try {
    return createPrivateKey({ key: keyPem, ...(passphrase ? { passphrase } : {}) })
  } catch {
    if (!ENCRYPTED_KEY.test(keyPem)) return { problem: 'client-key is not a PEM private key' }
    return {
      problem: passphrase
        ? 'client-key is encrypted and client-key-passphrase does not open it'
        : 'client-key is encrypted and client-key-passphrase is not set'
    }
  }
}
