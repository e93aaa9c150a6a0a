// Time values as the controllers read them from annotations, in seconds; undefined when the
// controller would not accept the value.

const NGINX_UNITS: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  M: 2592000,
  y: 31536000
}

/** nginx's time syntax ("60", "60s", "1m30s"): a bare number is seconds. */
export function nginxSeconds(value: string): number | undefined {
  const text = value.trim()
  if (!/^(\d+(ms|s|m|h|d|w|M|y)?)+$/.test(text)) return undefined
  let seconds = 0
  for (const [, n, unit] of text.matchAll(/(\d+)(ms|s|m|h|d|w|M|y)?/g))
    seconds += Number(n) * NGINX_UNITS[unit ?? 's']
  return seconds
}

const HAPROXY_UNITS: Record<string, number> = {
  us: 0.000001,
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400
}

/** HAProxy's time syntax ("1h", "3600s"): a bare number is milliseconds. */
export function haproxySeconds(value: string): number | undefined {
  const match = /^(\d+)(us|ms|s|m|h|d)?$/.exec(value.trim())
  if (!match) return undefined
  return Number(match[1]) * HAPROXY_UNITS[match[2] ?? 'ms']
}

/** A whole number of seconds ("60"), as the AWS and GKE settings take it. */
export function wholeSeconds(value: string): number | undefined {
  return /^\d+$/.test(value.trim()) ? Number(value) : undefined
}
