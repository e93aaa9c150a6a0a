// What probes learn about a target beyond pass/fail: shared with later probes (one handshake,
// many checks) and shown by reporters (subject, SANs, issuer, expiry, protocol).
import { X509Certificate, type KeyObject } from 'node:crypto'
import type { TLSSocket } from 'node:tls'
import { BoundedMap } from './bounded-map.js'
import { derElement, oidText } from './der.js'
import type { Status } from './findings.js'
import type { ProxyFacts } from './proxies/proxy.js'

export interface CertificateInfo {
  /** Distinguished name on one line, e.g. "CN=api.example.com, O=Example". */
  subject: string
  commonName?: string
  /** As Node formats them: "DNS:api.example.com", "IP Address:127.0.0.1". */
  subjectAltNames: string[]
  issuer: string
  /** ISO 8601, UTC; INVALID_TIME when the certificate's field is not a valid time. */
  validFrom: string
  validTo: string
  serialNumber: string
  fingerprint256: string
  /** Subject equals issuer: a root or a self-signed leaf. */
  selfIssued: boolean
  /** "rsa", "rsa-pss" (id-RSASSA-PSS), "ec", "ed25519"…, with RSA modulus or EC curve size in
   * bits, and an EC key's named curve as OpenSSL names it ("prime256v1", "secp521r1"). */
  publicKey: { type: string; bits?: number; curve?: string }
  /** The issuer's signature, e.g. "sha256WithRSAEncryption" (the OID when unknown). */
  signatureAlgorithm: string
  pem: string
}

export interface HandshakeFacts {
  remoteAddress: string
  /** e.g. "TLSv1.3". */
  protocol: string
  cipher: string
  alpn?: string
  /** Key-exchange group, e.g. "X25519" (absent for TLS 1.2 RSA key exchange). */
  group?: string
  /** The ephemeral key's size in bits; for DHE, the size of the server's group. */
  groupBits?: number
  /** The OCSP response the server stapled, base64 DER. */
  ocspStaple?: string
  /** Node's chain verdict (hostname is judged separately). */
  authorized: boolean
  /** OpenSSL's verification error code when not authorized, e.g. CERT_HAS_EXPIRED. */
  verifyError?: string
  /** Leaf first: the certificates the server sent, then the trusted root Node found for them. */
  chain: CertificateInfo[]
  handshakeMs: number
  /** An alert that ended the connection right after the handshake completed (TLS 1.3 sends
   * certificate_required only then), as Node's code. */
  alertAfterHandshake?: string
}

export type Phase = 'dns' | 'tcp' | 'tls'

/** How a connection attempt failed: the step, and Node's or OpenSSL's code (or TIMEOUT). */
export interface ConnectFailure {
  /** The IP address tried, when the failure came after DNS. */
  address?: string
  phase: Phase
  code: string
  message: string
  /** The server asked for a client certificate (seen in a clear-text TLS 1.2 handshake). */
  clientCertificateRequested?: boolean
}

export const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const
export type TlsVersion = (typeof TLS_VERSIONS)[number]
export type VersionSupport = 'accepted' | 'refused' | 'unknown'

/** One cell of the version matrix: what the server does, and how the policy judges it. */
export interface VersionCell {
  support: VersionSupport
  status: Status
}

export interface UpgradeFacts {
  /** HTTP status of the upgrade response (101 when it worked). */
  status: number
  server?: string
  subprotocol?: string
  extensions?: string
  /** Ping → pong, in milliseconds. */
  roundTripMs?: number
  /** How the upgrade reached the server: over the certificate check's own connection, or a
   * new one that resumed its TLS session (or not). */
  connection?: 'reused' | 'resumed' | 'new'
}

export interface TargetFacts {
  handshake?: HandshakeFacts
  /** Why the default handshake failed, when it did. */
  handshakeFailure?: ConnectFailure
  /** The default handshake's TLS session, so that later sessions resume it instead of a full
   * handshake. Never reported. */
  tlsSession?: Buffer
  /** The default handshake's connection, open until the upgrade takes it or the target is
   * done (doctor.ts closes it). Never reported. */
  connection?: TLSSocket
  /** Handshakes with the host's other addresses (all-addresses), to compare with the first. */
  otherAddresses?: { address: string; handshake?: HandshakeFacts; failure?: ConnectFailure }[]
  /** Addresses of the host beyond the at most 16 that all-addresses checks. */
  uncheckedAddresses?: number
  versions?: Record<TlsVersion, VersionCell>
  /** The certificates exactly as sent (base64 DER), from a TLS 1.2 handshake. */
  sentChain?: string[]
  upgrade?: UpgradeFacts
  /** The proxy or load balancer in front, told from what it sent (upgrade answer, error page). */
  proxy?: ProxyFacts
  /** The leaf's revocation status and where it came from. */
  revocation?: { status: 'good' | 'revoked' | 'unknown'; source: string }
}

const SAN_SPLIT = /, (?=(?:DNS|IP Address|URI|email|othername|DirName|Registered ID):)/

/** What validFrom/validTo hold when the certificate's time does not parse (e.g. month 13). */
export const INVALID_TIME = 'invalid'

/** Certificates already read, by their DER bytes: a fleet's shared intermediate (or wildcard
 * leaf) is read once. Oldest out first past the limit, so memory stays flat in the fleet. */
const infoCache = new BoundedMap<string, CertificateInfo>(1024)

/** The certificate's facts. Total once `new X509Certificate(raw)` accepts the bytes: every
 * field a peer controls (empty names, impossible dates, unknown algorithms) has a fallback.
 * The same object for the same bytes: frozen, as every target that sent them shares it. */
export function certificateInfo(raw: Buffer): CertificateInfo {
  const key = raw.toString('latin1')
  let info = infoCache.get(key)
  if (!info) {
    info = readCertificate(raw)
    Object.freeze(info.subjectAltNames)
    Object.freeze(info.publicKey)
    infoCache.set(key, Object.freeze(info))
  }
  return info
}

function readCertificate(raw: Buffer): CertificateInfo {
  const x = new X509Certificate(raw)
  // An empty DN (RFC 5280 allows it with a critical SAN) is undefined in Node 20, '' in 24.
  const subject = readable(() => x.subject)
  const issuer = readable(() => x.issuer)
  const altNames = readable(() => x.subjectAltName)
  return {
    subject: oneLineDN(subject),
    commonName: subject ? /^CN=(.*)$/m.exec(subject)?.[1] : undefined,
    // A SAN OpenSSL cannot format names nothing a client could match.
    subjectAltNames: altNames ? altNames.split(SAN_SPLIT) : [],
    issuer: oneLineDN(issuer, '(empty issuer)'),
    validFrom: isoTime(x.validFrom),
    validTo: isoTime(x.validTo),
    serialNumber: x.serialNumber,
    fingerprint256: x.fingerprint256,
    selfIssued: subject === issuer,
    publicKey: publicKeyInfo(x),
    signatureAlgorithm: signatureAlgorithm(raw),
    pem: x.toString()
  }
}

/** A name field of the certificate; undefined when Node cannot format it (Node 24 throws on a
 * malformed subjectAltName where Node 20 returns undefined). */
function readable(field: () => string | undefined): string | undefined {
  try {
    return field()
  } catch {
    return undefined
  }
}

/** Node's "Nov 25 17:14:30 2026 GMT" as ISO 8601; INVALID_TIME for "Bad time value". */
function isoTime(text: string | undefined): string {
  const ms = Date.parse(text ?? '')
  return Number.isNaN(ms) ? INVALID_TIME : new Date(ms).toISOString()
}

/** The time of validFrom/validTo; undefined for INVALID_TIME. */
export function certificateTime(iso: string): Date | undefined {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? undefined : new Date(ms)
}

const CURVE_BITS: Record<string, number> = {
  prime192v1: 192,
  secp224r1: 224,
  prime256v1: 256,
  secp384r1: 384,
  secp521r1: 521
}

function publicKeyInfo(x: X509Certificate): CertificateInfo['publicKey'] {
  let key: KeyObject
  try {
    key = x.publicKey
  } catch {
    return { type: 'unknown' } // a key type OpenSSL cannot load
  }
  const type = key.asymmetricKeyType ?? 'unknown'
  const details = key.asymmetricKeyDetails
  const curve = details?.namedCurve
  const bits = details?.modulusLength ?? (curve ? CURVE_BITS[curve] : undefined)
  return curve ? { type, bits, curve } : { type, bits }
}

const SIGNATURE_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '1.3.101.112': 'Ed25519'
}

/** Node 20 does not expose it. Read straight from the DER (RFC 5280 §4.1): Certificate ::=
 * SEQUENCE { tbsCertificate, signatureAlgorithm AlgorithmIdentifier, … } and AlgorithmIdentifier
 * ::= SEQUENCE { algorithm OBJECT IDENTIFIER, … }: two headers, one skip, one OID. */
export function signatureAlgorithm(raw: Buffer): string {
  const certificate = derElement(raw, 0, 0x30)
  const tbs = certificate && derElement(raw, certificate.start, 0x30)
  const algorithm = tbs && derElement(raw, tbs.end, 0x30)
  const oid = algorithm && derElement(raw, algorithm.start, 0x06)
  const dotted = oid && oidText(raw.subarray(oid.start, oid.end))
  if (!dotted || !certificate || algorithm.end > certificate.end) return 'unknown'
  return SIGNATURE_ALGORITHMS[dotted] ?? dotted
}

/** A DN as Node gives it (one RDN a line; undefined when empty) on one line. */
export function oneLineDN(dn: string | undefined, empty = '(empty subject)'): string {
  return dn ? dn.split('\n').join(', ') : empty
}

/** "DNS:a.example" → "a.example"; the names a client can match. */
export function coveredNames(cert: CertificateInfo): string[] {
  return cert.subjectAltNames.map(san => san.replace(/^(DNS|IP Address):/, ''))
}
