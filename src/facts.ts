// What probes learn about a target beyond pass/fail: shared with later probes (one handshake,
// many checks) and shown by reporters (subject, SANs, issuer, expiry, protocol).
import { X509Certificate } from 'node:crypto'

export interface CertificateInfo {
  /** Distinguished name on one line, e.g. "CN=api.example.com, O=Example". */
  subject: string
  commonName?: string
  /** As Node formats them: "DNS:api.example.com", "IP Address:127.0.0.1". */
  subjectAltNames: string[]
  issuer: string
  /** ISO 8601, UTC. */
  validFrom: string
  validTo: string
  serialNumber: string
  fingerprint256: string
  /** Subject equals issuer: a root or a self-signed leaf. */
  selfIssued: boolean
  pem: string
}

export interface HandshakeFacts {
  remoteAddress: string
  /** e.g. "TLSv1.3". */
  protocol: string
  cipher: string
  alpn?: string
  /** Node's chain verdict (hostname is judged separately). */
  authorized: boolean
  /** OpenSSL's verification error code when not authorized, e.g. CERT_HAS_EXPIRED. */
  verifyError?: string
  /** Leaf first: the certificates the server sent, then the trusted root Node found for them. */
  chain: CertificateInfo[]
  handshakeMs: number
}

export interface TargetFacts {
  handshake?: HandshakeFacts
}

const SAN_SPLIT = /, (?=(?:DNS|IP Address|URI|email|othername|DirName|Registered ID):)/

export function certificateInfo(raw: Buffer): CertificateInfo {
  const x = new X509Certificate(raw)
  return {
    subject: oneLineDN(x.subject),
    commonName: /^CN=(.*)$/m.exec(x.subject)?.[1],
    subjectAltNames: x.subjectAltName ? x.subjectAltName.split(SAN_SPLIT) : [],
    issuer: oneLineDN(x.issuer),
    validFrom: new Date(x.validFrom).toISOString(),
    validTo: new Date(x.validTo).toISOString(),
    serialNumber: x.serialNumber,
    fingerprint256: x.fingerprint256,
    selfIssued: x.subject === x.issuer,
    pem: x.toString()
  }
}

function oneLineDN(dn: string): string {
  return dn.split('\n').join(', ')
}

/** "DNS:a.example" → "a.example"; the names a client can match. */
export function coveredNames(cert: CertificateInfo): string[] {
  return cert.subjectAltNames.map(san => san.replace(/^(DNS|IP Address):/, ''))
}
