// The roots a probe trusts: Node's built-in roots plus `ca-file`. Built once per run.
import { X509Certificate } from 'node:crypto'
import tls from 'node:tls'

export interface TrustStore {
  /** For tls.connect's `ca`: undefined keeps Node's defaults (`ca` would replace them). */
  ca?: string[]
  /** SHA-256 fingerprints of every trusted root, to tell whether a chain ends in one. */
  fingerprints: Set<string>
}

export function createTrustStore(extraCAs: string[]): TrustStore {
  const all = [...tls.rootCertificates, ...extraCAs]
  return {
    ca: extraCAs.length > 0 ? all : undefined,
    fingerprints: new Set(all.map(pem => new X509Certificate(pem).fingerprint256))
  }
}
