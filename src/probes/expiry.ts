// Validity dates of the leaf: expired, not yet valid, or fewer days left than
// expiry-warning-days (the field guide: alert when expiry is within 30 days).
import { daysLeft, isoDate } from '../dates.js'
import { notYetValidFix, renewalFix } from '../remedies.js'
import type { Probe } from './probe.js'

export const expiryProbe: Probe = {
  check: 'expiry',
  applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
  run: ctx => {
    const host = ctx.target.endpoint!.host
    const leaf = ctx.facts.handshake!.chain[0]
    const notBefore = new Date(leaf.validFrom)
    const notAfter = new Date(leaf.validTo)
    const left = daysLeft(notAfter, ctx.now)
    const dates = [`Valid from ${leaf.validFrom} to ${leaf.validTo}`]
    if (ctx.now < notBefore) {
      return [
        {
          check: 'expiry',
          status: 'fail',
          title: `Certificate not yet valid: valid from ${isoDate(notBefore)}`,
          details: dates,
          cause: 'The certificate is not valid yet',
          fix: notYetValidFix()
        }
      ]
    }
    if (ctx.now >= notAfter) {
      return [
        {
          check: 'expiry',
          status: 'fail',
          title: `Certificate expired on ${isoDate(notAfter)} (${-left} days ago)`,
          details: dates,
          cause: 'The certificate has expired',
          fix: renewalFix(host)
        }
      ]
    }
    const warnDays = ctx.config.expiryWarningDays
    if (left < warnDays) {
      return [
        {
          check: 'expiry',
          status: 'warn',
          title: `Certificate expires in ${left} days, on ${isoDate(notAfter)}`,
          details: [...dates, `Warning threshold: ${warnDays} days (expiry-warning-days).`],
          cause: 'The certificate is close to expiry and renewal has not happened',
          fix: renewalFix(host)
        }
      ]
    }
    return [{ check: 'expiry', status: 'pass', title: `Valid until ${isoDate(notAfter)} (${left} days left)`, details: dates }]
  }
}
