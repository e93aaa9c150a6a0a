// Calendar arithmetic in UTC, so a verdict does not depend on the runner's time zone.
const DAY_MS = 86_400_000

/** Whole days from `now` until `end`, negative once past; partial days do not count
 * (0.9 days left is 0, 30.2 days ago is -30). */
export function daysLeft(end: Date, now: Date): number {
  return Math.trunc((end.getTime() - now.getTime()) / DAY_MS) || 0
}

/** YYYY-MM-DD in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}
