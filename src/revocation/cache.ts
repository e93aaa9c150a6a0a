// Run-scoped memory for revocation: each CRL is fetched once, each (issuer, serial) asked once.
import type { CertificateList } from '@peculiar/asn1-x509'
import type { RevocationStatus } from './status.js'

export interface RevocationCache {
  crls: Map<string, Promise<CertificateList>>
  /** Keyed by issuer fingerprint and serial. */
  answers: Map<string, Promise<RevocationStatus>>
}

export function createRevocationCache(): RevocationCache {
  return { crls: new Map(), answers: new Map() }
}
