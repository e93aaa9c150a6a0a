// The leaf's revocation status from the first source that decides: a stapled OCSP response,
// the CRL the leaf names, the OCSP responder it names. Every answer asked for is kept: one that
// cannot be used (a bad staple beside a good CRL) is reported, not dropped. Loaded by the
// revocation probe only when a check runs (a dynamic import): the ASN.1 parsers are not part of
// every run's start-up.
// Everything parsed or judged is kept for the run (RevocationCache): a fleet behind one
// intermediate, one wildcard certificate or one stapled response is read once.
import { pemBase64 } from '../der.js'
import type { CertificateInfo } from '../facts.js'
import type { RevocationCache } from './cache.js'
import { crlUrls, ocspUrls, parseCertificate, type ParsedCertificate } from './certificate.js'
import { checkCrl } from './crl.js'
import { judgeResponse, queryResponder } from './ocsp.js'
import { decides, type RevocationStatus } from './status.js'

export interface RevocationRun {
  cache: RevocationCache
  now: Date
  timeoutMs: number
}

/** A CRL distribution point or an OCSP responder the leaf names. */
interface Source {
  kind: 'crl' | 'ocsp'
  url: string
}

/** What the leaf's revocation sources said, each in the order asked. */
export interface LeafRevocation {
  /** The stapled response's verdict, when the server stapled one; "unusable" when it does
   * not decide (a staple saying "unknown" is as useless to a client as a malformed one). */
  staple?: RevocationStatus
  /** The CRL's, then the OCSP responder's: none when the staple decided, the responder only
   * when the CRL did not. */
  fetched: RevocationStatus[]
}

/** undefined: the leaf names no CRL or OCSP responder and nothing was stapled. */
export async function leafRevocation(
  run: RevocationRun,
  chain: readonly CertificateInfo[],
  staple: string | undefined
): Promise<LeafRevocation | undefined> {
  const leafDer = der(chain[0])
  const crl = crlUrls(leafDer)[0]
  const ocsp = ocspUrls(leafDer)[0]
  if (!staple && !crl && !ocsp) return undefined
  const leaf = parsed(run.cache, chain[0])
  const issuer = parsed(run.cache, chain[1])
  const stapled = staple ? judgeStaple(run, staple, chain, leaf, issuer) : undefined
  const fetched: RevocationStatus[] = []
  if (stapled && decides(stapled)) return { staple: stapled, fetched }
  const sources: Source[] = [
    ...(crl ? [{ kind: 'crl' as const, url: crl }] : []),
    ...(ocsp ? [{ kind: 'ocsp' as const, url: ocsp }] : [])
  ]
  for (const source of sources) {
    const answer = await ask(run, source, leaf, issuer)
    fetched.push(answer)
    if (decides(answer)) break
  }
  return { staple: stapled, fetched }
}

function judgeStaple(
  run: RevocationRun,
  staple: string,
  chain: readonly CertificateInfo[],
  leaf: ParsedCertificate,
  issuer: ParsedCertificate
): RevocationStatus {
  // Judged against this leaf and issuer at this run's instant: the key holds all three.
  const key = `${staple}/${chain[1].fingerprint256}/${chain[0].fingerprint256}`
  let stapled = run.cache.staples.get(key)
  if (!stapled) {
    const judged = judgeResponse(
      Buffer.from(staple, 'base64'),
      'stapled OCSP response',
      leaf,
      issuer,
      run.now
    )
    stapled = decides(judged)
      ? judged
      : {
          status: 'unusable',
          source: judged.source,
          why: `the server stapled an OCSP response that cannot be used: ${judged.why}`
        }
    run.cache.staples.set(key, stapled)
  }
  return stapled
}

/** The CRL's or the OCSP responder's answer, asked once per run for each (issuer, serial). */
function ask(
  run: RevocationRun,
  { kind, url }: Source,
  leaf: ParsedCertificate,
  issuer: ParsedCertificate
): Promise<RevocationStatus> {
  const { cache, now, timeoutMs } = run
  const key = `${kind} ${url}/${issuer.x509.fingerprint256}/${leaf.serial}`
  let answer = cache.answers.get(key)
  if (!answer) {
    answer =
      kind === 'crl'
        ? checkCrl(url, leaf, issuer, now, timeoutMs, cache.crls)
        : queryResponder(url, leaf, issuer, now, timeoutMs)
    cache.answers.set(key, answer)
  }
  return answer
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
