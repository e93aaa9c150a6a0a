// When a certificate is "close to expiry" depends on how long it lives: public certificates
// shrink to 200 days (2026), 100 (2027) and 47 (2029), and a fixed 30-day warning would fire
// for most of a 47-day certificate's life. Defaults: warn when under a third of the lifetime
// remains (at most 30 days), fail under a tenth (at most 7 days). Inputs override with fixed days.
const DAY_MS = 86_400_000

export interface ExpiryThresholds {
  /** Remaining time below which the certificate warns / fails, in days (may be fractional). */
  warnDays: number
  failDays: number
  /** How the figures were set, for the finding's details. */
  basis: string
}

export function expiryThresholds(
  notBefore: Date,
  notAfter: Date,
  fixed: { warnDays?: number; failDays?: number }
): ExpiryThresholds {
  const lifetimeDays = (notAfter.getTime() - notBefore.getTime()) / DAY_MS
  const warnDays = fixed.warnDays ?? Math.min(30, lifetimeDays / 3)
  const failDays = fixed.failDays ?? Math.min(7, lifetimeDays / 10)
  const round = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1))
  const basis = [
    fixed.warnDays !== undefined
      ? `warn under ${warnDays} days (expiry-warning-days)`
      : `warn under ${round(warnDays)} days (a third of a ${round(lifetimeDays)}-day lifetime, at most 30)`,
    fixed.failDays !== undefined
      ? `fail under ${failDays} days (expiry-error-days)`
      : `fail under ${round(failDays)} days (a tenth of the lifetime, at most 7)`
  ].join('; ')
  return { warnDays, failDays, basis }
}
