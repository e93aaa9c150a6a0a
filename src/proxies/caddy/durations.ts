// Caddy's durations (caddy.ParseDuration): Go's time.ParseDuration ("90s", "1h30m", "1.5h",
// "500ms") plus whole days ("1d").

const UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000
}

/** Milliseconds, or undefined when Caddy would refuse the text. "0" is zero (no timeout). */
export function caddyDuration(text: string): number | undefined {
  if (text === '0') return 0
  const parts = [...text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h|d)/g)]
  if (parts.length === 0 || parts.map(p => p[0]).join('') !== text) return undefined
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]], 0)
}

/** "2 s", "1.5 s", "60 s": how findings name a duration. */
export const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`
