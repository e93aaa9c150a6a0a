// The leaf's revocation status from the first source that answers: a stapled OCSP response,
// the CRL the leaf names, the OCSP responder it names. Loaded by the revocation probe only when
// a check runs (a dynamic import): the ASN.1 parsers are not part of every run's start-up.
// Everything parsed or judged is kept for the run (RevocationCache): a fleet behind one
// intermediate, one wildcard certificate or one stapled response is read once.
import { pemBase64 } from '../der.js'
import type { CertificateInfo } from '../facts.js'
import type { RevocationCache } from './cache.js'
import { crlUrls, ocspUrls, parseCertificate, type ParsedCertificate } from './certificate.js'
import { checkCrl } from './crl.js'
import { judgeResponse, queryResponder } from './ocsp.js'
import type { RevocationStatus } from './status.js'

export interface RevocationRun {
  cache: RevocationCache
  now: Date
  timeoutMs: number
}

/** undefined: the leaf names no CRL or OCSP responder and nothing was stapled. */
export async function leafRevocation(
  run: RevocationRun,
  chain: readonly CertificateInfo[],
  staple: string | undefined
): Promise<RevocationStatus | undefined> {
  const { cache, now, timeoutMs } = run
  const leafDer = der(chain[0])
  const crl = crlUrls(leafDer)[0]
  const ocsp = ocspUrls(leafDer)[0]
  if (!staple && !crl && !ocsp) return undefined
  const leaf = parsed(cache, chain[0])
  const issuer = parsed(cache, chain[1])
  let stapled: RevocationStatus | undefined
  if (staple) {
    // Judged against this leaf and issuer at this run's instant: the key holds all three.
    const key = `${staple}/${chain[1].fingerprint256}/${chain[0].fingerprint256}`
    stapled = cache.staples.get(key)
    if (!stapled) {
      stapled = judgeResponse(
        Buffer.from(staple, 'base64'),
        'stapled OCSP response',
        leaf,
        issuer,
        now
      )
      cache.staples.set(key, stapled)
    }
    if (stapled.status !== 'unknown') return stapled
  }
  // A staple that could not be judged is still an answer (unknown), not the absence of one.
  if (!crl && !ocsp) return stapled
  const key = `${issuer.x509.fingerprint256}/${leaf.serial}`
  let answer = cache.answers.get(key)
  if (!answer) {
    answer = crl
      ? checkCrl(crl, leaf, issuer, now, timeoutMs, cache.crls)
      : queryResponder(ocsp!, leaf, issuer, now, timeoutMs)
    cache.answers.set(key, answer)
  }
  const first = await answer
  // A CRL that cannot be had is not the last word when an OCSP responder is named too.
  const last =
    first.status === 'unknown' && crl && ocsp
      ? await queryResponder(ocsp, leaf, issuer, now, timeoutMs)
      : first
  // Nobody knew: what was wrong with the staple is part of why.
  return last.status === 'unknown' && stapled?.status === 'unknown'
    ? {
        status: 'unknown',
        source: `${stapled.source}, then ${last.source}`,
        why: `${stapled.why}; ${last.why}`
      }
    : last
}

const der = (cert: CertificateInfo): Buffer => Buffer.from(pemBase64(cert.pem), 'base64')

function parsed(cache: RevocationCache, cert: CertificateInfo): ParsedCertificate {
  let certificate = cache.certificates.get(cert.fingerprint256)
  if (!certificate) {
    certificate = parseCertificate(cert.pem)
    cache.certificates.set(cert.fingerprint256, certificate)
  }
  return certificate
}
