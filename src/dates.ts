// Calendar arithmetic in UTC, so a verdict does not depend on the runner's time zone.
const DAY_MS = 86_400_000

/** Whole days from `now` until `end`, negative once past; partial days do not count
 * (0.9 days left is 0, 30.2 days ago is -30). */
export function daysLeft(end: Date, now: Date): number {
  return Math.trunc((end.getTime() - now.getTime()) / DAY_MS) || 0
}

/** YYYY-MM-DD in UTC; "invalid date" for an invalid Date (a certificate's time can be one). */
export function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'invalid date' : date.toISOString().slice(0, 10)
}

/** "2027-02-22 (89 days)" or "2026-10-25 (expired 30 days ago)": a date with the time left. */
export function dateWithDaysLeft(end: Date, now: Date): string {
  if (Number.isNaN(end.getTime())) return 'not a valid time'
  const left = daysLeft(end, now)
  const plural = (n: number): string => `${n} day${n === 1 ? '' : 's'}`
  return `${isoDate(end)} (${end <= now ? `expired ${plural(-left)} ago` : plural(left)})`
}
