// Is the chain trusted? Node's verdict, explained by the chain's shape: self-signed leaf,
// untrusted root, or an incomplete chain. Validity dates are the expiry probe's business.
import type { CertificateInfo } from '../facts.js'
import type { Finding } from '../findings.js'
import { fullChainFix, trustedCertificateFix } from '../remedies.js'
import type { Probe } from './probe.js'

// OpenSSL reports only one error; these are about dates, judged by the expiry probe.
const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'])

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
    const trusted = {
      check: 'trust',
      status: 'pass',
      title: `Trusted chain: ${leaf.issuer} → ${top.subject}`,
      details
    } as const
    if (authorized) return [trusted]
    const anchored = top.selfIssued && ctx.trust.isTrustedRoot(top.fingerprint256)
    if (anchored && verifyError !== undefined && DATE_ERRORS.has(verifyError)) return [trusted]

    if (chain.length === 1 && leaf.selfIssued) {
      return [
        fail(
          `Self-signed certificate (${leaf.subject}): not trusted by browsers`,
          details,
          "Self-signed certificate: not trusted by the browser's CA store",
          trustedCertificateFix(host)
        )
      ]
    }
    if (top.selfIssued && !anchored) {
      return [
        fail(
          `Untrusted root CA: ${top.subject}`,
          details,
          'The chain ends in a root CA that is not in the trust store (a private or unknown CA)',
          trustedCertificateFix(host)
        )
      ]
    }
    if (chain.length === 1) {
      return [
        fail(
          `Incomplete certificate chain: the issuer "${leaf.issuer}" was not sent and is not trusted`,
          details,
          'The server sends its certificate without the intermediate CA certificate: some browsers fetch it, Node, Android and curl do not',
          fullChainFix(host)
        )
      ]
    }
    if (!top.selfIssued) {
      return [
        fail(
          `Untrusted issuer: the chain ends at "${top.subject}", issued by "${top.issuer}", which is not a trusted root`,
          details,
          'The chain leads to a CA that is not in the trust store (a private CA, or a missing cross-signed intermediate)',
          trustedCertificateFix(host)
        )
      ]
    }
    return [
      fail(
        `Certificate verification failed: ${verifyError}`,
        details,
        'The chain does not verify: a weak key or signature (see the crypto check) is a common reason',
        trustedCertificateFix(host)
      )
    ]
  }
}

function fail(title: string, details: string[], cause: string, fix: Finding['fix']): Finding {
  return { check: 'trust', status: 'fail', title, details, cause, fix }
}

function chainDetails(chain: CertificateInfo[], verifyError: string | undefined): string[] {
  const lines = chain.map(
    (c, i) =>
      `${i === 0 ? 'leaf' : c.selfIssued ? 'root' : 'intermediate'}: ${c.subject} (issued by ${c.issuer})`
  )
  if (verifyError) lines.push(`OpenSSL verification result: ${verifyError}`)
  return lines
}
