// Inputs (action inputs or CLI flags, both as strings) → one validated Config. Only this
// module reads inputs; a value that makes the whole run meaningless is a ConfigError, while a
// bad target entry becomes a Target with a `problem` and the run goes on.
import { readFileSync } from 'node:fs'
import { X509Certificate } from 'node:crypto'
import path from 'node:path'
import type { TlsVersion } from './facts.js'
import { headerSecrets } from './secrets.js'
import type { Target } from './target.js'
import {
  parseResolve,
  parseTargetsFile,
  splitUrlsInput,
  toTarget,
  type ListEntry
} from './targets.js'

export const INPUT_NAMES = [
  'urls',
  'targets-file',
  'ca-file',
  'resolve',
  'timeout-ms',
  'concurrency',
  'fail-on',
  'expiry-warning-days',
  'expiry-error-days',
  'max-targets',
  'json-report',
  'min-tls-version',
  'fail-on-legacy-tls',
  'require-tls-versions',
  'headers',
  'origin',
  'subprotocols',
  'message',
  'expect',
  'compare-plain',
  'origin-check',
  'weak-crypto',
  'all-addresses',
  'revocation',
  'deadline'
] as const
export type InputName = (typeof INPUT_NAMES)[number]
export type RawInputs = Partial<Record<InputName, string>>

export const FAIL_ON = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface Config {
  targets: Target[]
  /** Extra trusted CA certificates (PEM), used in addition to Node's built-in roots. */
  extraCAs: string[]
  timeoutMs: number
  concurrency: number
  failOn: FailOn
  /** Fixed thresholds in days; undefined: derived from each certificate's lifetime. */
  expiryWarningDays?: number
  expiryErrorDays?: number
  maxTargets: number
  /** Where to write the JSON report; undefined: a temporary file. */
  jsonReport?: string
  /** Values to mask in every log (passwords and tokens in URLs, header values). */
  secrets: string[]
  /** Versions below this one are legacy: accepting them warns (fails with failOnLegacyTls). */
  minTlsVersion: TlsVersion
  failOnLegacyTls: boolean
  /** Versions the server must accept (a refusal fails). */
  requireTlsVersions: TlsVersion[]
  /** Extra request headers for the WebSocket upgrade (for auth). */
  headers: Record<string, string>
  origin?: string
  subprotocols: string[]
  /** A text frame to send after the upgrade, and what the reply must match. */
  message?: string
  expect?: RegExp
  /** Also try the ws:// twin of a failing wss:// URL (port 80, same host and path). */
  comparePlain: boolean
  /** Also try the upgrade with a foreign Origin, which a server should refuse. */
  originCheck: boolean
  /** What a weak key or signature in the chain is: a warning (default), a failure, or ignored. */
  weakCrypto: 'warn' | 'fail' | 'off'
  /** Probe every A/AAAA address of a host (and every resolve address), not just one. */
  allAddresses: boolean
  /** soft: an unknown revocation status warns; hard: it fails; off: not checked. */
  revocation: 'off' | 'soft' | 'hard'
  /** The whole run's bound: targets unfinished by then are reported as timed out. */
  deadlineMs: number
}

const VERSION_INPUT: Record<string, TlsVersion> = {
  '1.0': 'TLSv1',
  '1.1': 'TLSv1.1',
  '1.2': 'TLSv1.2',
  '1.3': 'TLSv1.3'
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** `baseDir` resolves relative paths: the workspace in Actions, the cwd for the CLI. */
export function parseConfig(raw: RawInputs, baseDir: string): Config {
  const input = (name: InputName): string => (raw[name] ?? '').trim()
  const timeoutMs = integer(input('timeout-ms'), 'timeout-ms', 10000, 100, 600000)
  const concurrency = integer(input('concurrency'), 'concurrency', 8, 1, 256)
  const expiryWarningDays = optionalInteger(
    input('expiry-warning-days'),
    'expiry-warning-days',
    0,
    3650
  )
  const expiryErrorDays = optionalInteger(input('expiry-error-days'), 'expiry-error-days', 0, 3650)
  const maxTargets = integer(input('max-targets'), 'max-targets', 1000, 1, 1000000)
  const failOn = oneOf(input('fail-on') || 'error', 'fail-on', FAIL_ON)

  const entries: ListEntry[] = splitUrlsInput(input('urls'))
  const targetsFile = input('targets-file')
  if (targetsFile) {
    // Annotations need the path relative to the workspace, however the input spelled it.
    const relative = path.relative(baseDir, path.resolve(baseDir, targetsFile))
    const annotatedAs =
      relative.startsWith('..') || path.isAbsolute(relative) ? targetsFile : relative
    entries.push(...parseTargetsFile(readText(baseDir, targetsFile, 'targets-file'), annotatedAs))
  }
  const resolve = parseResolve(input('resolve'))
  if (entries.length === 0 && resolve.problems.length === 0) {
    throw new ConfigError('No targets: set `urls` (wss:// URLs) or `targets-file`')
  }

  const secrets: string[] = []
  const targets: Target[] = [...resolve.problems]
  for (const entry of entries.slice(0, maxTargets)) {
    const parsed = toTarget(entry, resolve)
    targets.push(parsed.target)
    secrets.push(...parsed.secrets)
  }
  if (entries.length > maxTargets) {
    const first = entries[maxTargets]
    targets.push({
      label: `${entries.length - maxTargets} more targets`,
      source: first.source,
      problem: `Only the first ${maxTargets} of ${entries.length} targets were checked (max-targets). Raise max-targets or split the list over matrix jobs.`
    })
  }

  const headers = parseHeaders(input('headers'))
  secrets.push(...headerSecrets(headers))
  const caFile = input('ca-file')
  const jsonReport = input('json-report')
  const expect = input('expect')
  return {
    targets,
    extraCAs: caFile ? readCAs(baseDir, caFile) : [],
    timeoutMs,
    concurrency,
    failOn,
    expiryWarningDays,
    expiryErrorDays,
    maxTargets,
    jsonReport: jsonReport ? path.resolve(baseDir, jsonReport) : undefined,
    secrets: [...new Set(secrets)],
    minTlsVersion: tlsVersion(input('min-tls-version') || '1.2', 'min-tls-version'),
    failOnLegacyTls: boolean(input('fail-on-legacy-tls'), 'fail-on-legacy-tls', false),
    requireTlsVersions: list(input('require-tls-versions')).map(v =>
      tlsVersion(v, 'require-tls-versions')
    ),
    headers,
    origin: input('origin') || undefined,
    subprotocols: list(input('subprotocols')),
    message: input('message') || undefined,
    expect: expect ? regex(expect) : undefined,
    comparePlain: boolean(input('compare-plain'), 'compare-plain', false),
    originCheck: boolean(input('origin-check'), 'origin-check', false),
    allAddresses: boolean(input('all-addresses'), 'all-addresses', true),
    revocation: oneOf(input('revocation') || 'soft', 'revocation', [
      'off',
      'soft',
      'hard'
    ] as const),
    deadlineMs: duration(input('deadline') || '10m', 'deadline', 1_000, 6 * 3_600_000),
    weakCrypto: oneOf(input('weak-crypto') || 'warn', 'weak-crypto', [
      'warn',
      'fail',
      'off'
    ] as const)
  }
}

function oneOf<T extends string>(text: string, name: string, allowed: readonly T[]): T {
  if (!allowed.includes(text as T))
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; got "${text}"`)
  return text as T
}

function list(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map(s => s.trim())
    .filter(Boolean)
}

function tlsVersion(text: string, name: string): TlsVersion {
  const version = VERSION_INPUT[text]
  if (!version)
    throw new ConfigError(`${name}: "${text}" is not a TLS version; use 1.0, 1.1, 1.2 or 1.3`)
  return version
}

function boolean(text: string, name: string, fallback: boolean): boolean {
  if (text === '') return fallback
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true'
  throw new ConfigError(`${name} must be true or false; got "${text}"`)
}

function regex(text: string): RegExp {
  try {
    return new RegExp(text)
  } catch (err) {
    throw new ConfigError(`expect: not a valid regular expression: ${(err as Error).message}`)
  }
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** `Name: value` lines. Values are secrets (they usually carry credentials). */
function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim()
    if (colon < 1 || !HEADER_NAME.test(name)) {
      // The line is not echoed: it may hold a credential.
      throw new ConfigError(`headers: line ${index + 1} is not a "Name: value" header`)
    }
    headers[name] = line.slice(colon + 1).trim()
  }
  return headers
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }

/** "90s", "10m", "1h", "500ms"; a bare number is seconds. */
function duration(text: string, name: string, minMs: number, maxMs: number): number {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(text)
  const ms = m ? Number(m[1]) * UNIT_MS[m[2] ?? 's'] : NaN
  if (!(ms >= minMs && ms <= maxMs)) {
    throw new ConfigError(
      `${name} must be a duration such as 90s, 10m or 1h, from ${minMs / 1000}s to ${maxMs / 3_600_000}h; got "${text}"`
    )
  }
  return ms
}

function optionalInteger(text: string, name: string, min: number, max: number): number | undefined {
  return text === '' ? undefined : integer(text, name, 0, min, max)
}

function integer(text: string, name: string, fallback: number, min: number, max: number): number {
  if (text === '') return fallback
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${text}"`)
  }
  return value
}

function readText(baseDir: string, file: string, name: string): string {
  try {
    return readFileSync(path.resolve(baseDir, file), 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new ConfigError(`${name}: cannot read "${file}" (${code})`)
  }
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

function readCAs(baseDir: string, file: string): string[] {
  const pems = readText(baseDir, file, 'ca-file').match(PEM_CERT) ?? []
  if (pems.length === 0) throw new ConfigError(`ca-file: "${file}" contains no PEM certificate`)
  pems.forEach((pem, i) => {
    try {
      new X509Certificate(pem)
    } catch {
      throw new ConfigError(
        `ca-file: certificate ${i + 1} in "${file}" is not a valid X.509 certificate`
      )
    }
  })
  return pems
}
