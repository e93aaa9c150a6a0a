// Revocation by CRL: fetched once per URL per run, signature checked against the issuer,
// freshness checked, then the serial looked up. A CRL that fails a check is unusable, and says why.
import { AsnConvert } from '@peculiar/asn1-schema'
import { CertificateList, CRLReason, id_ce_cRLReasons } from '@peculiar/asn1-x509'
import { verify } from 'node:crypto'
import { isoDate } from '../dates.js'
import { oneLineDN } from '../facts.js'
import { serialHex, signatureHash, type ParsedCertificate } from './certificate.js'
import { fetchBytes } from './fetch.js'
import { reasonName, type RevocationStatus } from './status.js'

export type CrlCache = Map<string, Promise<CertificateList>>

/** The CRL's bytes came but are no CRL: unusable, where a failed fetch is unknown. */
class MalformedCrl extends Error {}

async function loadCrl(url: string, timeoutMs: number, cache: CrlCache): Promise<CertificateList> {
  let crl = cache.get(url)
  if (!crl) {
    crl = fetchBytes(url, { timeoutMs }).then(parseCrl)
    cache.set(url, crl)
  }
  return crl
}

function parseCrl(der: Buffer): CertificateList {
  try {
    return AsnConvert.parse(der, CertificateList)
  } catch (err) {
    throw new MalformedCrl((err as Error).message)
  }
}

export async function checkCrl(
  url: string,
  leaf: ParsedCertificate,
  issuer: ParsedCertificate,
  now: Date,
  timeoutMs: number,
  cache: CrlCache
): Promise<RevocationStatus> {
  const source = `CRL ${url}`
  const unusable = (why: string): RevocationStatus => ({
    status: 'unusable',
    source,
    why: `the CRL cannot be used: ${why}`
  })
  let crl: CertificateList
  try {
    crl = await loadCrl(url, timeoutMs, cache)
  } catch (err) {
    if (err instanceof MalformedCrl) return unusable(`it is malformed (${err.message})`)
    return {
      status: 'unknown',
      source,
      why: `the CRL could not be fetched: ${(err as Error).message}`
    }
  }
  if (!signedBy(crl, issuer))
    return unusable(
      `it is signed by a key that is not the issuer's (${oneLineDN(issuer.x509.subject)})`
    )
  const thisUpdate = crl.tbsCertList.thisUpdate.getTime()
  const nextUpdate = crl.tbsCertList.nextUpdate?.getTime()
  if (nextUpdate && nextUpdate < now)
    return unusable(`it is stale (its nextUpdate was ${isoDate(nextUpdate)})`)
  const entry = crl.tbsCertList.revokedCertificates?.find(
    e => serialHex(e.userCertificate) === leaf.serial
  )
  if (!entry) return { status: 'good', source, thisUpdate }
  const reasonExtension = entry.crlEntryExtensions?.find(e => e.extnID === id_ce_cRLReasons)
  const reason = reasonExtension
    ? reasonName(AsnConvert.parse(reasonExtension.extnValue, CRLReason))
    : undefined
  return { status: 'revoked', source, revokedAt: entry.revocationDate.getTime(), reason }
}

function signedBy(crl: CertificateList, issuer: ParsedCertificate): boolean {
  const hash = signatureHash(crl.signatureAlgorithm.algorithm)
  if (!hash || !crl.tbsCertListRaw) return false
  // A hash the key cannot sign with (an Ed25519 issuer) throws: that is no valid signature either.
  try {
    return verify(
      hash,
      Buffer.from(crl.tbsCertListRaw),
      issuer.x509.publicKey,
      Buffer.from(crl.signature)
    )
  } catch {
    return false
  }
}
