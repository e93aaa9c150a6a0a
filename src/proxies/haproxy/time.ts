// HAProxy's time format: a number with an optional unit (us, ms, s, m, h, d); a bare number is
// milliseconds (measured: `timeout server 2000` cuts after 2 s).
const UNITS: Record<string, number> = {
  us: 0.001,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000
}

/** Milliseconds, or undefined when `text` is not a HAProxy time. */
export function haproxyTime(text: string): number | undefined {
  const match = /^(\d+)(us|ms|s|m|h|d)?$/.exec(text)
  if (!match) return undefined
  return Number(match[1]) * UNITS[match[2] ?? 'ms']
}

/** A time to write in a fix: whole hours as `1h`, else seconds. */
export function formatSeconds(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600}h` : `${seconds}s`
}

/** "2 s", "1.5 s", "3600 s": for titles and details. */
export function secondsText(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}
