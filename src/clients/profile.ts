// What a client profile says: what the client offers, what it refuses, how it judges trust, and
// where each of these comes from. Data only (profiles.ts); verdict.ts reads it.
import type { TlsVersion } from '../facts.js'

export const CLIENT_IDS = [
  'chrome',
  'firefox',
  'safari',
  'android',
  'node20',
  'node22',
  'node24',
  'python',
  'go',
  'java17',
  'java21',
  'curl',
  'curl35',
  'mbedtls'
] as const
export type ClientId = (typeof CLIENT_IDS)[number]

export type Revocation = 'stapled' | 'ocsp' | 'crlsets' | 'crlite' | 'none'

export interface ClientProfile {
  id: ClientId
  /** As reports name it: "Chrome", "Java 17". */
  name: string
  /** A web browser: the default `clients` (browsers) are these. */
  browser: boolean
  offer: {
    versions: TlsVersion[]
    /** IANA names, most preferred first. */
    suites: string[]
    /** IANA names (x25519, secp256r1, ffdhe2048, X25519MLKEM768…). */
    groups: string[]
    /** IANA SignatureScheme names. */
    sigalgs: string[]
  }
  limits: {
    /** The smallest RSA key accepted anywhere in the chain; 0: no minimum. */
    minRsaBits: number
    /** The smallest finite-field DH group accepted; undefined: no DHE offered. */
    minDhBits?: number
    /** The largest Certificate handshake message read, in bytes; undefined: not known. */
    maxCertificateMessage?: number
    /** The largest single certificate (DER bytes) read; undefined: no limit known. */
    maxCertificateBytes?: number
    /** The most certificates in a chain; undefined: no limit known. */
    maxChainLength?: number
    /** The longest leaf lifetime trusted, in days; undefined: no limit. */
    maxLifetimeDays?: number
  }
  trust: {
    /** A host name found only in the subject CN (no DNS SAN) is accepted. */
    cnOnly: boolean
    /** SHA-1 signatures in the chain are accepted. */
    sha1: boolean
    /** A missing intermediate is fetched from the leaf's caIssuers URL. */
    aiaFetch: boolean
    /** How a revoked certificate is refused: a stapled OCSP answer, asking the responder,
     * Chrome's CRLSets or Firefox's CRLite (public CAs only), or not at all. */
    revocation: Revocation[]
  }
  /** Where each part comes from: the client's source file, its documentation, or a
   * measurement ("measured here: <command>"). */
  source: { offer: string; limits: string; trust: string }
}
