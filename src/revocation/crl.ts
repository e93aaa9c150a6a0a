// Revocation by CRL: fetched once per URL per run, signature checked against the issuer,
// freshness checked, then the serial looked up.
import { AsnConvert } from '@peculiar/asn1-schema'
import { CertificateList, CRLReason, id_ce_cRLReasons } from '@peculiar/asn1-x509'
import { verify } from 'node:crypto'
import { isoDate } from '../dates.js'
import { oneLineDN } from '../facts.js'
import { serialHex, signatureHash, type ParsedCertificate } from './certificate.js'
import { fetchBytes } from './fetch.js'
import { reasonName, type RevocationStatus } from './status.js'

export type CrlCache = Map<string, Promise<CertificateList>>

async function loadCrl(url: string, timeoutMs: number, cache: CrlCache): Promise<CertificateList> {
  let crl = cache.get(url)
  if (!crl) {
    crl = fetchBytes(url, { timeoutMs }).then(der => AsnConvert.parse(der, CertificateList))
    cache.set(url, crl)
  }
  return crl
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
  let crl: CertificateList
  try {
    crl = await loadCrl(url, timeoutMs, cache)
  } catch (err) {
    return {
      status: 'unknown',
      source,
      why: `the CRL could not be fetched or parsed: ${(err as Error).message}`
    }
  }
  const hash = signatureHash(crl.signatureAlgorithm.algorithm)
  const signed =
    hash &&
    crl.tbsCertListRaw &&
    verify(hash, Buffer.from(crl.tbsCertListRaw), issuer.x509.publicKey, Buffer.from(crl.signature))
  if (!signed)
    return {
      status: 'unknown',
      source,
      why: `the CRL is not signed by ${oneLineDN(issuer.x509.subject)}`
    }
  const thisUpdate = crl.tbsCertList.thisUpdate.getTime()
  const nextUpdate = crl.tbsCertList.nextUpdate?.getTime()
  if (nextUpdate && nextUpdate < now)
    return {
      status: 'unknown',
      source,
      why: `the CRL is stale: its nextUpdate was ${isoDate(nextUpdate)}`
    }
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
