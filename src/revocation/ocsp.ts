// Revocation by OCSP (RFC 6960): a stapled response, or a request to the responder the
// certificate names. The response must be signed by the issuer or a responder it delegated
// (id-kp-OCSPSigning), match the CertID, and be fresh; one that is not is unusable, and says why.
import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import {
  BasicOCSPResponse,
  CertID,
  OCSPRequest,
  OCSPResponse,
  OCSPResponseStatus,
  Request,
  TBSRequest,
  id_pkix_ocsp_basic
} from '@peculiar/asn1-ocsp'
import {
  AlgorithmIdentifier,
  Certificate,
  ExtendedKeyUsage,
  id_ce_extKeyUsage,
  id_kp_OCSPSigning
} from '@peculiar/asn1-x509'
import { verify, X509Certificate } from 'node:crypto'
import { isoDate } from '../dates.js'
import { issuerHashes, serialHex, signatureHash, type ParsedCertificate } from './certificate.js'
import { fetchBytes } from './fetch.js'
import { reasonName, type RevocationStatus } from './status.js'

const SHA1 = '1.3.14.3.2.26'

function certId(leaf: ParsedCertificate, issuer: ParsedCertificate): CertID {
  const { nameHash, keyHash } = issuerHashes(issuer.asn)
  return new CertID({
    hashAlgorithm: new AlgorithmIdentifier({ algorithm: SHA1, parameters: null }),
    issuerNameHash: new OctetString(nameHash),
    issuerKeyHash: new OctetString(keyHash),
    serialNumber: leaf.asn.tbsCertificate.serialNumber
  })
}

export function ocspRequest(leaf: ParsedCertificate, issuer: ParsedCertificate): Buffer {
  const request = new OCSPRequest({
    tbsRequest: new TBSRequest({ requestList: [new Request({ reqCert: certId(leaf, issuer) })] })
  })
  return Buffer.from(AsnConvert.serialize(request))
}

export async function queryResponder(
  url: string,
  leaf: ParsedCertificate,
  issuer: ParsedCertificate,
  now: Date,
  timeoutMs: number
): Promise<RevocationStatus> {
  const source = `OCSP responder ${url}`
  try {
    const der = await fetchBytes(url, {
      timeoutMs,
      body: ocspRequest(leaf, issuer),
      contentType: 'application/ocsp-request'
    })
    const answer = judgeResponse(der, source, leaf, issuer, now)
    return answer.status === 'unusable'
      ? { ...answer, why: `the OCSP responder's answer cannot be used: ${answer.why}` }
      : answer
  } catch (err) {
    return {
      status: 'unknown',
      source,
      why: `the responder did not answer: ${(err as Error).message}`
    }
  }
}

/** An unusable answer's `why` is about the response itself ("it is stale …"): the caller says
 * whose response it is. */
export function judgeResponse(
  der: Buffer,
  source: string,
  leaf: ParsedCertificate,
  issuer: ParsedCertificate,
  now: Date
): RevocationStatus {
  let basic: BasicOCSPResponse
  try {
    const response = AsnConvert.parse(der, OCSPResponse)
    if (
      response.responseStatus !== OCSPResponseStatus.successful ||
      response.responseBytes?.responseType !== id_pkix_ocsp_basic
    ) {
      return {
        status: 'unknown',
        source,
        why: `the responder answered status ${OCSPResponseStatus[response.responseStatus]}`
      }
    }
    basic = AsnConvert.parse(response.responseBytes.response, BasicOCSPResponse)
  } catch (err) {
    return { status: 'unusable', source, why: `it is malformed (${(err as Error).message})` }
  }
  if (!signedByIssuerOrDelegate(basic, issuer))
    return {
      status: 'unusable',
      source,
      why: "it is signed by a key that is not the issuer's or a delegated responder's"
    }
  const { nameHash, keyHash } = issuerHashes(issuer.asn)
  const single = basic.tbsResponseData.responses.find(
    r =>
      serialHex(r.certID.serialNumber) === leaf.serial &&
      Buffer.from(r.certID.issuerKeyHash.buffer).equals(keyHash) &&
      Buffer.from(r.certID.issuerNameHash.buffer).equals(nameHash)
  )
  if (!single) return { status: 'unusable', source, why: 'it is for another certificate' }
  if (single.nextUpdate && single.nextUpdate < now)
    return {
      status: 'unusable',
      source,
      why: `it is stale (its nextUpdate was ${isoDate(single.nextUpdate)})`
    }
  if (single.certStatus.revoked) {
    return {
      status: 'revoked',
      source,
      revokedAt: single.certStatus.revoked.revocationTime,
      reason: reasonName(single.certStatus.revoked.revocationReason)
    }
  }
  if (single.certStatus.unknown !== undefined)
    return { status: 'unknown', source, why: 'the responder does not know this certificate' }
  return { status: 'good', source, thisUpdate: single.thisUpdate }
}

function signedBy(basic: BasicOCSPResponse, key: X509Certificate['publicKey']): boolean {
  const hash = signatureHash(basic.signatureAlgorithm.algorithm)
  if (!hash || !basic.tbsResponseDataRaw) return false
  // A hash the key cannot sign with (an Ed25519 issuer) throws: that is no valid signature either.
  try {
    return verify(hash, Buffer.from(basic.tbsResponseDataRaw), key, Buffer.from(basic.signature))
  } catch {
    return false
  }
}

function signedByIssuerOrDelegate(basic: BasicOCSPResponse, issuer: ParsedCertificate): boolean {
  if (signedBy(basic, issuer.x509.publicKey)) return true
  return (basic.certs ?? []).some(asn => {
    // A certificate in the response that cannot be read (an unknown key type) delegates nothing.
    try {
      const delegate = new X509Certificate(Buffer.from(AsnConvert.serialize(asn as Certificate)))
      const eku = asn.tbsCertificate.extensions?.find(e => e.extnID === id_ce_extKeyUsage)
      const ocspSigning = eku
        ? AsnConvert.parse(eku.extnValue, ExtendedKeyUsage).includes(id_kp_OCSPSigning)
        : false
      return (
        ocspSigning && delegate.verify(issuer.x509.publicKey) && signedBy(basic, delegate.publicKey)
      )
    } catch {
      return false
    }
  })
}
