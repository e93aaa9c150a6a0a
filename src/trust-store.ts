// The roots a probe trusts: Node's built-in roots plus `ca-file`. Built once per run: a secure
// context with ~150 roots costs milliseconds to build, so connections share one.
import { createHash } from 'node:crypto'
import tls from 'node:tls'

export interface TrustStore {
  /** For tls.connect; undefined keeps Node's default context (its built-in roots). */
  secureContext?: tls.SecureContext
  /** Whether a certificate (by SHA-256 fingerprint) is one of the trusted roots. */
  isTrustedRoot(fingerprint256: string): boolean
}

export function createTrustStore(extraCAs: string[]): TrustStore {
  const all = [...tls.rootCertificates, ...extraCAs]
  let fingerprints: Set<string> | undefined
  return {
    // `ca` replaces Node's roots, so the extra CAs come with all of them.
    secureContext: extraCAs.length > 0 ? tls.createSecureContext({ ca: all }) : undefined,
    isTrustedRoot: fingerprint256 => {
      fingerprints ??= new Set(all.map(pemFingerprint256))
      return fingerprints.has(fingerprint256)
    }
  }
}

/** SHA-256 of the DER, formatted like X509Certificate#fingerprint256 (without parsing it). */
function pemFingerprint256(pem: string): string {
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64')
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':')
}
