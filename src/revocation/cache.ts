// Run-scoped memory for revocation: each CRL is fetched once, each source asked once per (issuer,
// serial), each certificate parsed once, each stapled response judged once.
import type { CertificateList } from '@peculiar/asn1-x509'
import { BoundedMap } from '../bounded-map.js'
import type { ParsedCertificate } from './certificate.js'
import type { RevocationStatus } from './status.js'

export interface RevocationCache {
  crls: Map<string, Promise<CertificateList>>
  /** Keyed by source (CRL or OCSP URL), issuer fingerprint and serial. */
  answers: Map<string, Promise<RevocationStatus>>
  /** Keyed by SHA-256 fingerprint. */
  certificates: Map<string, ParsedCertificate>
  /** Keyed by the response (base64), the issuer's and the leaf's fingerprints. */
  staples: Map<string, RevocationStatus>
}

export function createRevocationCache(): RevocationCache {
  // Bounded: a fleet of distinct leaves must not keep every parse and answer for the whole run;
  // what targets share (an intermediate, a wildcard, a CRL) is asked again soon enough to stay.
  return {
    crls: new BoundedMap(64),
    answers: new BoundedMap(1024),
    certificates: new BoundedMap(256),
    staples: new BoundedMap(256)
  }
}
