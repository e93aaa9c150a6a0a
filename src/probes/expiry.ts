// Validity dates across the chain. The leaf: expired, not yet valid, or close to expiry by
// lifetime-aware thresholds (src/expiry-policy.ts). Every other certificate: expired or not
// yet valid fails; one that expires before the leaf warns (the chain breaks on that date).
import { daysLeft, isoDate } from '../dates.js'
import { expiryThresholds } from '../expiry-policy.js'
import { certificateTime, INVALID_TIME, type CertificateInfo } from '../facts.js'
import type { Code } from '../codes.js'
import type { Finding } from '../findings.js'
import { notYetValidFix, renewalFix } from '../remedies.js'
import type { Probe, ProbeContext } from './probe.js'

const DAY_MS = 86_400_000

export const expiryProbe: Probe = {
  check: 'expiry',
  applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
  run: ctx => {
    const [leaf, ...issuers] = ctx.facts.handshake!.chain
    const invalid = ctx.facts.handshake!.chain.filter(
      cert => cert.validFrom === INVALID_TIME || cert.validTo === INVALID_TIME
    )
    if (invalid.length > 0) return invalid.map(invalidTimeFinding)
    return [leafFinding(ctx, leaf), ...issuers.flatMap(cert => issuerFinding(ctx, cert, leaf))]
  }
}

/** A validity time that does not parse: no client can judge the certificate valid. */
function invalidTimeFinding(cert: CertificateInfo): Finding {
  const field = certificateTime(cert.validTo) ? 'notBefore' : 'notAfter'
  return {
    check: 'expiry',
    code: 'expiry-invalid-time',
    status: 'fail',
    title: `The certificate's ${field} is not a valid time ("${cert.subject}")`,
    details: [`${cert.subject}: valid from ${cert.validFrom} to ${cert.validTo}.`],
    cause:
      'The validity field holds a time that does not exist (RFC 5280 §4.1.2.5), so clients reject the certificate',
    fix: { text: 'Reissue the certificate; the CA or the tool that made it wrote a broken date.' }
  }
}

function days(n: number): string {
  return `${n} day${Math.abs(n) === 1 ? '' : 's'}`
}

function leafFinding(ctx: ProbeContext, leaf: CertificateInfo): Finding {
  const host = ctx.target.endpoint!.host
  const notBefore = new Date(leaf.validFrom)
  const notAfter = new Date(leaf.validTo)
  const left = daysLeft(notAfter, ctx.now)
  const { warnDays, failDays, basis } = expiryThresholds(notBefore, notAfter, {
    warnDays: ctx.config.expiryWarningDays,
    failDays: ctx.config.expiryErrorDays
  })
  const details = [`Valid from ${leaf.validFrom} to ${leaf.validTo}.`, `Thresholds: ${basis}.`]
  const remainingDays = (notAfter.getTime() - ctx.now.getTime()) / DAY_MS
  const finding = (
    status: Finding['status'],
    code: Code,
    title: string,
    cause?: string,
    fix?: Finding['fix']
  ): Finding => ({ check: 'expiry', code, status, title, details, cause, fix })
  if (ctx.now < notBefore) {
    return finding(
      'fail',
      'expiry-not-yet-valid',
      `Certificate not yet valid: valid from ${isoDate(notBefore)}`,
      'The certificate is not valid yet',
      notYetValidFix()
    )
  }
  if (remainingDays <= 0) {
    return finding(
      'fail',
      'expiry-expired',
      `Certificate expired on ${isoDate(notAfter)} (${days(-left)} ago)`,
      'The certificate has expired',
      renewalFix(host)
    )
  }
  if (remainingDays < failDays) {
    return finding(
      'fail',
      'expiry-soon',
      `Certificate expires in ${days(left)}, on ${isoDate(notAfter)}`,
      'The certificate is about to expire and renewal has not happened',
      renewalFix(host)
    )
  }
  if (remainingDays < warnDays) {
    return finding(
      'warn',
      'expiry-soon',
      `Certificate expires in ${days(left)}, on ${isoDate(notAfter)}`,
      'The certificate is close to expiry and renewal has not happened',
      renewalFix(host)
    )
  }
  return finding('pass', 'expiry-ok', `Valid until ${isoDate(notAfter)} (${days(left)} left)`)
}

function issuerFinding(ctx: ProbeContext, cert: CertificateInfo, leaf: CertificateInfo): Finding[] {
  const role = cert.selfIssued ? 'Root' : 'Intermediate'
  const notBefore = new Date(cert.validFrom)
  const notAfter = new Date(cert.validTo)
  const details = [`${cert.subject}: valid from ${cert.validFrom} to ${cert.validTo}.`]
  const host = ctx.target.endpoint!.host
  if (ctx.now >= notAfter) {
    return [
      {
        check: 'expiry',
        code: 'expiry-issuer-expired',
        status: 'fail',
        title: `${role} certificate "${cert.subject}" expired on ${isoDate(notAfter)}`,
        details,
        cause: 'A CA certificate in the chain has expired',
        problem: { kind: 'full-chain', host }
      }
    ]
  }
  if (ctx.now < notBefore) {
    return [
      {
        check: 'expiry',
        code: 'expiry-issuer-not-yet-valid',
        status: 'fail',
        title: `${role} certificate "${cert.subject}" is not valid until ${isoDate(notBefore)}`,
        details,
        cause: 'A CA certificate in the chain is not valid yet',
        fix: notYetValidFix()
      }
    ]
  }
  if (notAfter < new Date(leaf.validTo)) {
    return [
      {
        check: 'expiry',
        code: 'expiry-issuer-before-leaf',
        status: 'warn',
        title: `${role} certificate "${cert.subject}" expires on ${isoDate(notAfter)}, before the leaf (${isoDate(new Date(leaf.validTo))})`,
        details,
        cause:
          'The chain stops verifying when its CA certificate expires, even though the leaf is still valid',
        fix: {
          text: `Download the CA's current intermediate and serve it in the chain before ${isoDate(notAfter)} (certbot: renew, then use fullchain.pem).`
        }
      }
    ]
  }
  return []
}
