// Inputs (action inputs or CLI flags, both as strings) → one validated Config. Only this
// module reads inputs; a value that makes the whole run meaningless is a ConfigError, while a
// bad target entry becomes a Target with a `problem` and the run goes on.
import { X509Certificate } from 'node:crypto'
import { validateHeaderName, validateHeaderValue } from 'node:http'
import path from 'node:path'
import { parseClients } from './clients/policy.js'
import type { ClientId } from './clients/profile.js'
import type { TlsVersion } from './facts.js'
import { FILE_LIMIT_BYTES, INPUT_DEFAULTS, type InputName, type RawInputs } from './inputs.js'
import { compileMatcher, loadMatcher, type Matcher } from './matcher.js'
import { clientCertificate } from './client-certificate.js'
import { readInputFile } from './input-file.js'
import { headerSecrets } from './secrets.js'
import { inShard, parseShard, type Shard } from './shard.js'
import type { ClientCertificate } from './trust-store.js'
import type { Target } from './target.js'
import {
  parseResolve,
  parseTargetsFile,
  splitUrlsInput,
  toTarget,
  type ListEntry,
  type ResolveMap
} from './targets.js'

export { INPUT_NAMES, type InputName, type RawInputs } from './inputs.js'

export const FAIL_ON = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface Config {
  targets: Target[]
  /** Extra trusted CA certificates (PEM), used in addition to Node's built-in roots. */
  extraCAs: string[]
  /** Presented to servers that ask for one (mutual TLS). */
  clientCertificate?: ClientCertificate
  timeoutMs: number
  concurrency: number
  failOn: FailOn
  /** Fixed thresholds in days; undefined: derived from each certificate's lifetime. */
  expiryWarningDays?: number
  expiryErrorDays?: number
  maxTargets: number
  /** Where to write the JSON report; undefined: a temporary file. */
  jsonReport?: string
  /** Where to write the SARIF file for code scanning; undefined: none. */
  sarifReport?: string
  /** This run checks one shard of the targets (matrix jobs); undefined: all of them. */
  shard?: Shard
  /** Globs of shards' JSON reports to merge instead of probing (merge-reports). */
  mergeReports: string[]
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
  expect?: Matcher
  /** Also try the ws:// twin of a failing wss:// URL (port 80, same host and path). */
  comparePlain: boolean
  /** Also try the upgrade with a foreign Origin, which a server should refuse. */
  originCheck: boolean
  /** What a weak key or signature in the chain is: a warning (default), a failure, or ignored. */
  weakCrypto: 'warn' | 'fail' | 'off'
  /** The clients that matter: a failure that stops none of them is a warning. */
  clients: ClientId[]
  /** Probe every A/AAAA address of a host (and every resolve address), not just one. */
  allAddresses: boolean
  /** soft: an unknown revocation status warns; hard: it fails; off: not checked. */
  revocation: 'off' | 'soft' | 'hard'
  /** The whole run's bound: targets unfinished by then are reported as timed out. */
  deadlineMs: number
  /** When the inputs began to be read (Date.now()): the deadline counts from there, so that
   * reading them is part of the run. Undefined: from the start of diagnose(). */
  startedAt?: number
  /** How long failing targets are re-checked after the first attempt (src/wait.ts); 0: not. */
  waitMs: number
  /** Where relative paths start and scans look: the workspace, or the CLI's directory. */
  workspace: string
  /** The resolve input, for targets a scan discovers. */
  resolve: ResolveMap
  /** Source scan: globs, extra hosts allowed over ws://, and whether found wss:// URLs are probed. */
  scanPaths: string[]
  allowInsecureHosts: string[]
  probeDiscovered: boolean
  /** Page scan: https pages. */
  pageUrls: string[]
  /** Real-browser check. */
  browser: 'off' | 'chromium'
  browserPath?: string
  /** Proxy configuration check. */
  configPaths: string[]
  websocketPaths: string[]
  idleTimeoutMs: number
  configServe: boolean
  /** Pull-request comment and scheduled-run issue (src/github/); the token for both. */
  comment: 'off' | 'on-failure' | 'always'
  issue: 'off' | 'on-failure'
  githubToken?: string
}

const VERSION_INPUT: Record<string, TlsVersion> = {
  '1.0': 'TLSv1',
  '1.1': 'TLSv1.1',
  '1.2': 'TLSv1.2',
  '1.3': 'TLSv1.3'
}

/** Shorter secrets are not masked in text (see `secrets` below). */
const MIN_MASKED_LENGTH = 3

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Loads what parseConfig needs for these inputs and most runs do not (RE2 for `expect`), so
 * that start-up does not pay for it: await it before parseConfig. */
export async function prepareConfig(raw: RawInputs): Promise<void> {
  if (raw.expect?.trim()) await loadMatcher()
}

/** `baseDir` resolves relative paths: the workspace in Actions, the cwd for the CLI. Inputs
 * with an `expect` need `await prepareConfig(raw)` first. */
export function parseConfig(raw: RawInputs, baseDir: string): Config {
  const startedAt = Date.now()
  // An empty input means its declared default, as in the action (core.getInput) and the CLI.
  const input = (name: InputName): string => (raw[name] ?? '').trim() || INPUT_DEFAULTS[name]
  const timeoutMs = integer(input('timeout-ms'), 'timeout-ms', 100, 600000)
  const concurrency = integer(input('concurrency'), 'concurrency', 1, 256)
  const expiryWarningDays = optionalInteger(
    input('expiry-warning-days'),
    'expiry-warning-days',
    0,
    3650
  )
  const expiryErrorDays = optionalInteger(input('expiry-error-days'), 'expiry-error-days', 0, 3650)
  const maxTargets = integer(input('max-targets'), 'max-targets', 1, 1000000)
  const failOn = oneOf(input('fail-on'), 'fail-on', FAIL_ON)

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
  const mergeReports = splitUrlsInput(input('merge-reports')).map(e => e.text)
  if (mergeReports.length > 0 && (entries.length > 0 || resolve.problems.length > 0))
    throw new ConfigError(
      '`merge-reports` merges reports and probes nothing: leave `urls` and `targets-file` empty'
    )
  // A run that only scans (source files, pages, proxy configuration) needs no target.
  const scanInputs = ['scan-paths', 'page-urls', 'config-paths'] as const
  if (
    entries.length === 0 &&
    resolve.problems.length === 0 &&
    mergeReports.length === 0 &&
    !scanInputs.some(name => input(name))
  ) {
    throw new ConfigError(
      'Nothing to check: set `urls` or `targets-file` (wss:// endpoints), or a scan (`scan-paths`, `page-urls`, `config-paths`)'
    )
  }
  let shard: Shard | undefined
  try {
    shard = parseShard(input('shard'))
  } catch (err) {
    throw new ConfigError(`shard: ${(err as Error).message}`)
  }

  const secrets: string[] = []
  // A shard keeps its share of the whole list, each target with its position in the list (the
  // merge restores the order); max-targets then applies to that share.
  const listed = (shard ? entries : entries.slice(0, maxTargets + 1)).map((entry, i) => {
    const parsed = toTarget(entry, resolve)
    const position = resolve.problems.length + i
    return shard ? { ...parsed, target: { ...parsed.target, position } } : parsed
  })
  const mine = shard ? listed.filter(p => inShard(p.target.label, shard)) : listed
  const targets: Target[] = shard
    ? resolve.problems
        .map((target, position) => ({ ...target, position }))
        .filter(target => inShard(target.label, shard))
    : [...resolve.problems]
  for (const parsed of mine.slice(0, maxTargets)) {
    targets.push(parsed.target)
    secrets.push(...parsed.secrets)
  }
  const total = shard ? mine.length : entries.length
  if (total > maxTargets) {
    targets.push({
      label: `${total - maxTargets} more targets${shard ? ` of shard ${shard.index}/${shard.count}` : ''}`,
      source: mine[maxTargets].target.source,
      problem: `Only the first ${maxTargets} of ${total} targets were checked (max-targets). Raise max-targets or split the list over ${shard ? 'more ' : 'matrix jobs with `'}shard${shard ? 's' : '`'}.`
    })
  }
  // Scans check the repository, not the list: shard 1 runs them, the other shards do not.
  const runsScans = !shard || shard.index === 1

  const headers = parseHeaders(input('headers'))
  secrets.push(...headerSecrets(headers))
  const caFile = input('ca-file')
  const passphrase = input('client-key-passphrase')
  if (passphrase) secrets.push(passphrase)
  const jsonReport = input('json-report')
  const sarifReport = input('sarif-report')
  const expect = input('expect')
  const deadlineMs = duration(input('deadline'), 'deadline', 1_000, 6 * 3_600_000)
  // The default is an expression the runner turns into the workflow's token; unevaluated
  // (outside a runner) it stands for no token.
  const token = input('github-token')
  const githubToken = token === INPUT_DEFAULTS['github-token'] ? undefined : token
  if (githubToken) secrets.push(githubToken)
  return {
    targets,
    extraCAs: caFile ? readCAs(baseDir, caFile) : [],
    clientCertificate: readClientCertificate(
      baseDir,
      input('client-cert'),
      input('client-key'),
      passphrase
    ),
    timeoutMs,
    concurrency,
    failOn,
    expiryWarningDays,
    expiryErrorDays,
    maxTargets,
    jsonReport: jsonReport ? path.resolve(baseDir, jsonReport) : undefined,
    sarifReport: sarifReport ? path.resolve(baseDir, sarifReport) : undefined,
    shard,
    mergeReports,
    // Text-masking a one- or two-character value would mangle every log line; such values are
    // still redacted from URLs by their structure.
    secrets: [...new Set(secrets)].filter(secret => secret.length >= MIN_MASKED_LENGTH),
    minTlsVersion: tlsVersion(input('min-tls-version'), 'min-tls-version'),
    failOnLegacyTls: boolean(input('fail-on-legacy-tls'), 'fail-on-legacy-tls'),
    requireTlsVersions: list(input('require-tls-versions')).map(v =>
      tlsVersion(v, 'require-tls-versions')
    ),
    headers,
    origin: origin(input('origin')),
    subprotocols: subprotocols(input('subprotocols')),
    message: input('message') || undefined,
    expect: expect ? matcher(expect) : undefined,
    comparePlain: boolean(input('compare-plain'), 'compare-plain'),
    originCheck: boolean(input('origin-check'), 'origin-check'),
    allAddresses: boolean(input('all-addresses'), 'all-addresses'),
    revocation: oneOf(input('revocation'), 'revocation', ['off', 'soft', 'hard'] as const),
    deadlineMs,
    startedAt,
    waitMs: waitDuration(input('wait'), input('deadline'), deadlineMs),
    workspace: baseDir,
    resolve,
    scanPaths: runsScans ? splitUrlsInput(input('scan-paths')).map(e => e.text) : [],
    allowInsecureHosts: list(input('allow-insecure-hosts')).map(h => h.toLowerCase()),
    probeDiscovered: boolean(input('probe-discovered'), 'probe-discovered'),
    pageUrls: runsScans ? pageUrls(input('page-urls')) : [],
    browser: runsScans ? oneOf(input('browser'), 'browser', ['off', 'chromium'] as const) : 'off',
    browserPath: input('browser-path') ? path.resolve(baseDir, input('browser-path')) : undefined,
    configPaths: runsScans ? splitUrlsInput(input('config-paths')).map(e => e.text) : [],
    websocketPaths: list(input('websocket-paths')),
    // 0 turns the idle check off (the live hold and the configuration timeouts).
    idleTimeoutMs: duration(input('idle-timeout'), 'idle-timeout', 0, 7 * 86_400_000),
    configServe: boolean(input('config-serve'), 'config-serve'),
    weakCrypto: oneOf(input('weak-crypto'), 'weak-crypto', ['warn', 'fail', 'off'] as const),
    clients: clients(input('clients')),
    comment: oneOf(input('comment'), 'comment', ['off', 'on-failure', 'always'] as const),
    issue: oneOf(input('issue'), 'issue', ['off', 'on-failure'] as const),
    githubToken
  }
}

/** page-urls: absolute https URLs (a page served over http has no mixed content to find). */
function pageUrls(text: string): string[] {
  return splitUrlsInput(text).map(({ text: entry }) => {
    let url: URL
    try {
      url = new URL(entry)
    } catch {
      throw new ConfigError(`page-urls: "${entry}" is not an absolute URL`)
    }
    if (url.protocol !== 'https:')
      throw new ConfigError(`page-urls: "${entry}" is not an https:// page`)
    return url.href
  })
}

function clients(text: string): ClientId[] {
  try {
    return parseClients(text)
  } catch (err) {
    throw new ConfigError(`clients: ${(err as Error).message}`)
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

function boolean(text: string, name: string): boolean {
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true'
  throw new ConfigError(`${name} must be true or false; got "${text}"`)
}

function matcher(source: string): Matcher {
  try {
    return compileMatcher(source)
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err
    throw new ConfigError(`expect: ${err.message}`, { cause: err })
  }
}

/** An RFC 7230 token (the charset of a header name): what a subprotocol must be. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

/** Offered subprotocols: tokens, none twice (ws refuses both, at connect, on every target). */
function subprotocols(text: string): string[] {
  const offered = list(text)
  for (const [i, protocol] of offered.entries()) {
    if (!TOKEN.test(protocol)) {
      throw new ConfigError(
        `subprotocols: ${JSON.stringify(protocol)} is not a valid subprotocol: use letters, digits and !#$%&'*+-.^_\`|~ only`
      )
    }
    if (offered.indexOf(protocol) < i) {
      throw new ConfigError(`subprotocols: ${JSON.stringify(protocol)} is offered twice`)
    }
  }
  return offered
}

function origin(text: string): string | undefined {
  if (text === '') return undefined
  if (!isHeaderValue(text)) {
    throw new ConfigError(
      `origin: ${JSON.stringify(text)} cannot be sent as a header: use printable ASCII (an internationalised host in its xn-- form)`
    )
  }
  return text
}

/** Printable ASCII, spaces and tabs: Node refuses control characters, and would send other
 * characters as Latin-1 bytes, which is not what a YAML or shell string meant. */
function isHeaderValue(value: string): boolean {
  try {
    validateHeaderValue('x', value)
  } catch {
    return false
  }
  return /^[\t\x20-\x7e]*$/.test(value)
}

/** `Name: value` lines. Values are secrets (they usually carry credentials): never echoed. */
function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim()
    if (colon < 1 || !isHeaderName(name)) {
      // The line is not echoed: it may hold a credential.
      throw new ConfigError(`headers: line ${index + 1} is not a "Name: value" header`)
    }
    const value = line.slice(colon + 1).trim()
    if (!isHeaderValue(value)) {
      throw new ConfigError(
        `headers: line ${index + 1} (${name}): the value has a control or non-ASCII character, which cannot be sent in a header; use printable ASCII (the value is not shown: it may be a secret)`
      )
    }
    headers[name] = value
  }
  return headers
}

function isHeaderName(name: string): boolean {
  try {
    validateHeaderName(name)
    return true
  } catch {
    return false
  }
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

/** The wait is part of the run, so it must end before the run's deadline. */
function waitDuration(text: string, deadline: string, deadlineMs: number): number {
  const waitMs = text === '' ? 0 : duration(text, 'wait', 0, 6 * 3_600_000)
  if (waitMs > 0 && waitMs >= deadlineMs) {
    throw new ConfigError(
      `wait (${text}) must be shorter than deadline (${deadline}): the wait is part of the run; raise deadline`
    )
  }
  return waitMs
}

function optionalInteger(text: string, name: string, min: number, max: number): number | undefined {
  return text === '' ? undefined : integer(text, name, min, max)
}

function integer(text: string, name: string, min: number, max: number): number {
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${text}"`)
  }
  return value
}

/** A file an input names, read whole (src/input-file.ts): only a regular file, at most
 * FILE_LIMIT_BYTES, anything else a ConfigError naming the input and the path. */
function readText(baseDir: string, file: string, name: string): string {
  const read = readInputFile(baseDir, file, name, FILE_LIMIT_BYTES)
  if ('problem' in read) throw new ConfigError(read.problem)
  return read.text
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

function readClientCertificate(
  baseDir: string,
  certFile: string,
  keyFile: string,
  passphrase: string
): ClientCertificate | undefined {
  if (!certFile && !keyFile) {
    if (passphrase) throw new ConfigError('client-key-passphrase is set but client-key is not')
    return undefined
  }
  if (!certFile || !keyFile)
    throw new ConfigError('client-cert and client-key go together: set both, or neither')
  const read = clientCertificate(
    readText(baseDir, certFile, 'client-cert'),
    readText(baseDir, keyFile, 'client-key'),
    passphrase || undefined
  )
  if ('problem' in read) throw new ConfigError(read.problem)
  return read
}

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
