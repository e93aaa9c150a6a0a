// What revocation checking needs from a certificate, read with a maintained ASN.1 schema:
// where its CRLs and OCSP responders are, and the pieces of an OCSP CertID. The URLs come from
// the two extensions alone (der.ts finds them): a leaf that names neither and has no stapled
// response is never parsed whole.
import { AsnConvert } from '@peculiar/asn1-schema'
import {
  AuthorityInfoAccessSyntax,
  Certificate,
  CRLDistributionPoints,
  id_ad_ocsp,
  id_ce_cRLDistributionPoints,
  id_pe_authorityInfoAccess
} from '@peculiar/asn1-x509'
import { createHash, X509Certificate } from 'node:crypto'
import { certificateExtension } from '../der.js'

export interface ParsedCertificate {
  asn: Certificate
  x509: X509Certificate
  /** Serial number, upper-case hex without leading zeros. */
  serial: string
}

export function parseCertificate(pem: string): ParsedCertificate {
  const x509 = new X509Certificate(pem)
  return {
    asn: AsnConvert.parse(x509.raw, Certificate),
    x509,
    serial: normalizeSerial(x509.serialNumber)
  }
}

export function normalizeSerial(hex: string): string {
  return hex.toUpperCase().replace(/^0+(?=.)/, '')
}

export function serialHex(bytes: ArrayBuffer): string {
  return normalizeSerial(Buffer.from(bytes).toString('hex'))
}

export function crlUrls(der: Buffer): string[] {
  const value = certificateExtension(der, id_ce_cRLDistributionPoints)
  if (!value) return []
  return AsnConvert.parse(value, CRLDistributionPoints).flatMap(point =>
    (point.distributionPoint?.fullName ?? []).flatMap(name =>
      name.uniformResourceIdentifier ? [name.uniformResourceIdentifier] : []
    )
  )
}

export function ocspUrls(der: Buffer): string[] {
  const value = certificateExtension(der, id_pe_authorityInfoAccess)
  if (!value) return []
  return AsnConvert.parse(value, AuthorityInfoAccessSyntax)
    .filter(access => access.accessMethod === id_ad_ocsp)
    .flatMap(access =>
      access.accessLocation.uniformResourceIdentifier
        ? [access.accessLocation.uniformResourceIdentifier]
        : []
    )
}

/** SHA-1 of the issuer's name and of its public key bits: the OCSP CertID (RFC 6960 §4.1.1). */
export function issuerHashes(issuer: Certificate): { nameHash: Buffer; keyHash: Buffer } {
  const sha1 = (data: ArrayBuffer): Buffer => createHash('sha1').update(Buffer.from(data)).digest()
  return {
    nameHash: sha1(AsnConvert.serialize(issuer.tbsCertificate.subject)),
    keyHash: sha1(issuer.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey)
  }
}

const HASH_OF_SIGNATURE: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512'
}

/** Hash name for crypto.verify from a signature algorithm OID (RSA PKCS#1 v1.5 or ECDSA). */
export function signatureHash(oid: string): string | undefined {
  return HASH_OF_SIGNATURE[oid]
}
