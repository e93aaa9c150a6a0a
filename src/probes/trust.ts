// Is the chain trusted, and by whom? Node's verdict, explained by the chain's shape: a SHA-1 or
// MD5 signature, a self-signed leaf, an untrusted root, or an issuer that was not sent (a
// missing intermediate, which Chromium alone fetches, or an untrusted root). Validity dates are
// the expiry probe's business; key sizes the crypto probe's.
import { X509Certificate } from 'node:crypto'
import type { CertificateInfo } from '../facts.js'
import type { Finding } from '../findings.js'
import type { Problem } from '../proxies/proxy.js'
import { trustedCertificateFix, unknownIssuerFix, weakSignatureFix } from '../remedies.js'
import type { Probe, ProbeContext } from './probe.js'

// OpenSSL reports only one error; these are about dates, judged by the expiry probe.
const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'])
/** Signatures browsers and OpenSSL 3 (at its default security level) refuse. */
const WEAK_SIGNATURE = /md5|sha1/i

export const trustProbe: Probe = {
  check: 'trust',
  applies: ctx => ctx.facts.handshake !== undefined,
  run: ctx => {
    const { chain, authorized, verifyError } = ctx.facts.handshake!
    const host = ctx.target.endpoint!.host
    if (chain.length === 0) {
      return [
        fail(
          'The server sent no certificate',
          [],
          'No certificate is configured for this server name',
          trustedCertificateFix(host)
        )
      ]
    }
    const leaf = chain[0]
    const top = chain[chain.length - 1]
    const details = chainDetails(chain, verifyError)
    // A root's own signature is never checked; every other signature in the chain is.
    const weak = chain.filter(c => !c.selfIssued && WEAK_SIGNATURE.test(c.signatureAlgorithm))
    const signature = weak.length > 0 ? [weakSignature(chain, weak, details, host)] : []
    const trusted: Finding = {
      check: 'trust',
      status: 'pass',
      title: `Trusted chain: ${leaf.issuer} → ${top.subject}`,
      details
    }
    if (authorized) return signature.length > 0 ? signature : [trusted]
    const anchored = top.selfIssued && ctx.trust.isTrustedRoot(top.fingerprint256)
    if (anchored && verifyError !== undefined && DATE_ERRORS.has(verifyError))
      return signature.length > 0 ? signature : [trusted]
    // OpenSSL at security level 2 (Node 24) refuses an RSA-1024 key that browsers accept; the
    // crypto check judges key sizes (weak-crypto), so a chain that is otherwise sound passes here.
    if (anchored && signature.length === 0 && chain.some(weakKey)) {
      return [
        {
          ...trusted,
          details: [
            ...details,
            "This runtime's OpenSSL refuses a key in the chain as too small: the crypto check judges key sizes."
          ]
        }
      ]
    }
    const shape = chainShape(ctx, chain, details)
    // With a weak signature and nothing else wrong in the chain's shape, the signature is why.
    if (shape) return [...signature, shape]
    if (signature.length > 0) return signature
    return [
      fail(
        `Certificate verification failed: ${verifyError}`,
        details,
        'The chain does not verify: a weak key (see the crypto check) is a common reason',
        trustedCertificateFix(host)
      )
    ]
  }
}

/** The failure the chain's shape explains, if any. */
function chainShape(
  ctx: ProbeContext,
  chain: CertificateInfo[],
  details: string[]
): Finding | undefined {
  const host = ctx.target.endpoint!.host
  const leaf = chain[0]
  const top = chain[chain.length - 1]
  if (chain.length === 1 && leaf.selfIssued) {
    return fail(
      `Self-signed certificate (${leaf.subject}): not trusted by browsers`,
      details,
      "Self-signed certificate: not trusted by the browser's CA store",
      trustedCertificateFix(host)
    )
  }
  // Node links every certificate sent to its issuer among them (by name and key identifier), so
  // a root that was sent, in any order, ends the chain.
  if (top.selfIssued && !ctx.trust.isTrustedRoot(top.fingerprint256)) {
    return fail(
      `Untrusted root CA ${top.subject}: browsers will not trust it; interception proxies and development CAs look like this`,
      details,
      'The chain ends in a root CA that is not in the trust store: a TLS-intercepting proxy or antivirus, a development CA (mkcert), or a private CA',
      trustedCertificateFix(host)
    )
  }
  if (top.selfIssued) return undefined
  // The issuer of the last certificate was neither sent nor trusted.
  const missing = top.issuer
  const caIssuers = caIssuersUrls(top)
  const where =
    top === leaf
      ? `the issuer "${missing}" was not sent`
      : `the chain ends at "${top.subject}", issued by "${missing}", which was not sent`
  if (caIssuers.length > 0) {
    return fail(
      `Incomplete certificate chain: ${where}; only Chromium fetches it (caIssuers ${caIssuers[0]})`,
      [...details, `caIssuers (AIA): ${caIssuers.join(', ')}`],
      `The server sends its certificate without the intermediate CA certificate. Chromium fetches the missing intermediate from the caIssuers URL and connects; Firefox, Node, Python, Java and curl do not`,
      undefined,
      { kind: 'full-chain', host }
    )
  }
  if (top === leaf) {
    return fail(
      `Unknown issuer "${missing}": not sent, not trusted, and the certificate names no caIssuers URL: an untrusted root CA or a missing intermediate`,
      details,
      'The issuer is unknown: either the server leaves out its intermediate CA certificate, or the certificate comes straight from a root CA that is not trusted (an interception proxy, a development CA, a private CA)',
      unknownIssuerFix(host, missing),
      { kind: 'full-chain', host }
    )
  }
  return fail(
    `Untrusted issuer: the chain ends at "${top.subject}", issued by "${missing}", which is not a trusted root`,
    details,
    'The chain leads to a CA that is not in the trust store and not sent: a private or untrusted root CA, or a missing (cross-signed) intermediate',
    unknownIssuerFix(host, missing)
  )
}

function weakSignature(
  chain: CertificateInfo[],
  weak: CertificateInfo[],
  details: string[],
  host: string
): Finding {
  const first = weak[0]
  const hash = /md5/i.test(first.signatureAlgorithm) ? 'MD5' : 'SHA-1'
  const which = first === chain[0] ? 'The certificate is' : `Intermediate "${first.subject}" is`
  return fail(
    `${which} signed with ${hash} (${first.signatureAlgorithm}): browsers reject it`,
    [...details, ...weak.map(c => `${c.subject}: signed with ${c.signatureAlgorithm}`)],
    'A certificate in the chain is signed with a broken hash (SHA-1 or MD5): browsers and current TLS libraries refuse the chain',
    weakSignatureFix(host, weak.includes(chain[0]))
  )
}

/** The certificate's AIA "CA Issuers" URLs: where a client could fetch the issuer. */
export function caIssuersUrls(cert: CertificateInfo): string[] {
  return accessUrls(cert, 'CA Issuers')
}

/** The certificate's AIA URLs of one kind ("CA Issuers", "OCSP"). None when Node cannot format
 * the extension (Node 24 throws there). */
export function accessUrls(cert: CertificateInfo, kind: 'CA Issuers' | 'OCSP'): string[] {
  let access: string
  try {
    access = new X509Certificate(cert.pem).infoAccess ?? ''
  } catch {
    return []
  }
  return [...access.matchAll(new RegExp(`^${kind} - URI:(.*)$`, 'gm'))].map(m => m[1])
}

/** Under the sizes OpenSSL's security level 2 allows (the crypto check's thresholds). */
function weakKey(cert: CertificateInfo): boolean {
  const { type, bits } = cert.publicKey
  return bits !== undefined && ((type === 'rsa' && bits < 2048) || (type === 'ec' && bits < 256))
}

/** A trust failure; `problem` when the proxy in front must serve something else (its chain). */
function fail(
  title: string,
  details: string[],
  cause: string,
  fix: Finding['fix'],
  problem?: Problem
): Finding {
  return { check: 'trust', status: 'fail', title, details, cause, fix, problem }
}

function chainDetails(chain: CertificateInfo[], verifyError: string | undefined): string[] {
  const lines = chain.map(
    (c, i) =>
      `${i === 0 ? 'leaf' : c.selfIssued ? 'root' : 'intermediate'}: ${c.subject} (issued by ${c.issuer})`
  )
  if (verifyError) lines.push(`OpenSSL verification result: ${verifyError}`)
  return lines
}
