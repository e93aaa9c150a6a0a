// The TLS policy every proxy's static check applies, as the nginx check and the live versions
// and ciphers checks do: TLS 1.2 refused warns (fails when require-tls-versions requires it),
// TLS 1.3 refused warns, a version under min-tls-version warns (fails with fail-on-legacy-tls);
// a TLS 1.2 suite list without an ECDHE suite browsers offer warns when it leaves them static RSA,
// and otherwise warns while TLS 1.3 is on and fails when it is off; a group list without one group
// browsers offer fails.
import type { Code } from '../../codes.js'
import type { TlsVersion } from '../../facts.js'
import type { Status } from '../../findings.js'
import { BROWSER_SUITES, LEGACY_SUITES } from '../../probes/ciphers.js'

export const VERSION_ORDER: readonly TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']
export const VERSION_LABEL: Record<TlsVersion, string> = {
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3'
}

export interface VersionPolicy {
  minTlsVersion: TlsVersion
  failOnLegacyTls: boolean
  requireTlsVersions: readonly TlsVersion[]
}

export interface VersionIssue {
  /** A version refused (and which), or legacy versions accepted. */
  kind: 'refused' | 'legacy'
  version?: TlsVersion
  code: Code
  status: Status
  /** "refuses TLS 1.2, which require-tls-versions requires", "accepts legacy TLS 1.0". */
  title: string
  cause: string
}

/** The versions from `min` to `max` (both included). */
export function versionRange(min: TlsVersion, max: TlsVersion): TlsVersion[] {
  const from = VERSION_ORDER.indexOf(min)
  const to = VERSION_ORDER.indexOf(max)
  return VERSION_ORDER.slice(from, to + 1)
}

export function judgeVersions(
  offered: readonly TlsVersion[],
  policy: VersionPolicy
): VersionIssue[] {
  const issues: VersionIssue[] = []
  const refused = (version: TlsVersion): void => {
    const required = policy.requireTlsVersions.includes(version)
    issues.push({
      kind: 'refused',
      version,
      code: 'proxy-config-tls-versions',
      status: required ? 'fail' : 'warn',
      title: `refuses ${VERSION_LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`,
      cause:
        version === 'TLSv1.2'
          ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
          : 'TLS 1.3 is faster (one round trip) and what every current browser prefers'
    })
  }
  if (!offered.includes('TLSv1.2')) refused('TLSv1.2')
  if (!offered.includes('TLSv1.3')) refused('TLSv1.3')
  const floor = VERSION_ORDER.indexOf(policy.minTlsVersion)
  const legacy = offered.filter(v => VERSION_ORDER.indexOf(v) < floor)
  if (legacy.length > 0)
    issues.push({
      kind: 'legacy',
      code: 'proxy-config-legacy-tls',
      status: policy.failOnLegacyTls ? 'fail' : 'warn',
      title: `accepts legacy ${legacy.map(v => VERSION_LABEL[v]).join(', ')}`,
      cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them'
    })
  return issues
}

/** What a TLS 1.2 suite list gives browsers: an ECDHE suite they offer; only static-RSA suites
 * they offer (they offer those last, after every ECDHE one, and connect without forward secrecy,
 * as the live ciphers check finds and the real browsers do); or nothing they offer (DHE only, or
 * suites they dropped). */
export type BrowserKeyExchange = 'ecdhe' | 'static-rsa' | 'none'

/** A suite list as the proxies' checks judge it. */
export interface SuiteList {
  kind: BrowserKeyExchange
  /** The list's elements that name DHE or static-RSA suites: what a list browsers can use none
   * of selects, for the details. */
  legacy: string[]
}

/** The key exchange of each TLS 1.2 suite browsers offer, by IANA name (as Go, Node and Traefik
 * name them) and by OpenSSL/BoringSSL name (as Envoy and nginx name them). */
const BROWSER_TLS12 = new Map<string, Exclude<BrowserKeyExchange, 'none'>>(
  Object.entries(BROWSER_SUITES).flatMap(([openssl, iana]) => {
    const kex = iana.startsWith('TLS_ECDHE_')
      ? 'ecdhe'
      : iana.startsWith('TLS_RSA_WITH_')
        ? 'static-rsa'
        : undefined // a TLS 1.3 suite: no TLS 1.2 list governs it
    return kex ? ([openssl, iana].map(name => [name, kex]) as [string, typeof kex][]) : []
  })
)
const LEGACY_NAMES = new Set(Object.entries(LEGACY_SUITES).flat())

/** The most a list's browser suites give: any ECDHE one wins, else any static-RSA one. */
export function browserKeyExchange(
  kexes: Iterable<BrowserKeyExchange | undefined>
): BrowserKeyExchange {
  const seen = new Set(kexes)
  return seen.has('ecdhe') ? 'ecdhe' : seen.has('static-rsa') ? 'static-rsa' : 'none'
}

/** Whether a list element names DHE or static-RSA suites (either naming, or an OpenSSL alias). */
export function namesLegacySuite(element: string): boolean {
  return (
    LEGACY_NAMES.has(element) ||
    /^(TLS_DHE_|TLS_RSA_WITH_|(DHE|EDH|kDHE|kEDH|kRSA)\b)/.test(element)
  )
}

function suiteList(names: readonly string[]): SuiteList {
  return {
    kind: browserKeyExchange(names.map(name => BROWSER_TLS12.get(name))),
    legacy: names.filter(namesLegacySuite)
  }
}

/** Go's short ChaCha20 names (TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305) are the _SHA256 suites. */
function ianaName(name: string): string {
  return /CHACHA20_POLY1305$/.test(name) ? `${name}_SHA256` : name
}

/** An IANA-named suite list (Go, Traefik, Caddy). */
export function suiteListIana(suites: readonly string[]): SuiteList {
  return suiteList(suites.map(s => ianaName(s.trim())))
}

/** A BoringSSL cipher list (`[A|B]` equal-preference groups, `:`-separated strings or one
 * suite per item), as Envoy takes it. */
export function suiteListOpenssl(suites: readonly string[]): SuiteList {
  return suiteList(suites.flatMap(s => s.split(/[:|[\]\s]+/)).filter(Boolean))
}

/** Key-exchange groups browsers offer, in the spellings Go, BoringSSL and OpenSSL accept. */
const BROWSER_GROUPS = new Set([
  'x25519',
  'p256',
  'p384',
  'curvep256',
  'curvep384',
  'secp256r1',
  'secp384r1',
  'prime256v1',
  'x25519mlkem768',
  'x25519kyber768draft00'
])

/** Of a group list, those browsers offer. */
export function browserGroups(groups: readonly string[]): string[] {
  return groups.filter(g => BROWSER_GROUPS.has(g.toLowerCase().replace(/[-_\s]/g, '')))
}

export interface CipherIssue {
  code: Code
  status: Status
  title: string
  details: string[]
  cause: string
  browsersLockedOut: boolean
}

/** Where a suite list stands, for the wording. */
export interface SuiteListContext {
  /** The directive, as the title names it ("ssl_ciphers"). */
  label: string
  /** The list as written: the details' first line. */
  written: string
  /** Whether TLS 1.3 is offered: its suites are not governed by the list. */
  tls13: boolean
  /** What turns TLS 1.3 off, when it is ("ssl_protocols"). */
  tls13Off?: string
}

/** A TLS 1.2 suite list without an ECDHE suite browsers offer. With only static-RSA ones they
 * offer: a warning (browsers connect, over TLS 1.3, or without forward secrecy when it is off).
 * With nothing they offer: a warning while TLS 1.3 is on, a failure when it is off. */
export function judgeSuites(list: SuiteList, context: SuiteListContext): CipherIssue | undefined {
  const { label, written, tls13, tls13Off } = context
  const off = `TLS 1.3 is off${tls13Off ? ` (${tls13Off})` : ''}`
  const governed = `TLS 1.3 suites are not governed by ${label}`
  if (list.kind === 'ecdhe') return undefined
  if (list.kind === 'static-rsa')
    return {
      code: 'proxy-config-static-rsa',
      status: 'warn',
      title: tls13
        ? `${label} offers TLS 1.2 clients only static RSA key exchange (no forward secrecy)`
        : `${label} offers no ECDHE suite: browsers connect only with static RSA key exchange (no forward secrecy)`,
      details: [
        written,
        'Selects no ECDHE suite Chrome and Firefox offer, only static RSA key exchange (which they offer last).',
        tls13
          ? `${governed}: browsers connect over TLS 1.3, with forward secrecy; clients limited to TLS 1.2 get static RSA.`
          : `${off}, so browsers connect over TLS 1.2 with static RSA key exchange: whoever gets the server's key can decrypt every recorded session.`
      ],
      cause:
        'Static RSA key exchange has no forward secrecy; Chrome and Firefox offer it last, after every ECDHE suite, and a list without ECDHE leaves them only that',
      browsersLockedOut: false
    }
  return {
    code: 'proxy-config-ciphers',
    status: tls13 ? 'warn' : 'fail',
    title: tls13
      ? `${label} offers TLS 1.2 clients no suite browsers offer`
      : `${label} offers no suite browsers offer: browsers cannot connect`,
    details: [
      written,
      list.legacy.length > 0
        ? `Selects only suites Chrome and Firefox do not offer: ${list.legacy.join(', ')}.`
        : 'Selects none of the suites Chrome and Firefox offer (ECDHE, and last static RSA).',
      tls13
        ? `${governed}: browsers still connect over TLS 1.3; clients limited to TLS 1.2 get nothing they offer.`
        : `${off}, so every browser handshake ends with handshake_failure.`
    ],
    cause:
      'Chrome and Firefox offer ECDHE key exchange and, last, static RSA, but no finite-field DHE; a server that takes only other suites passes Node and curl and locks browsers out',
    browsersLockedOut: !tls13
  }
}

/** A group list without X25519, P-256 or P-384: no browser can agree on a key exchange. */
export function judgeGroups(label: string, groups: readonly string[]): CipherIssue | undefined {
  if (groups.length === 0 || browserGroups(groups).length > 0) return undefined
  return {
    code: 'proxy-config-groups',
    status: 'fail',
    title: `${label} offers no key-exchange group browsers offer: browsers cannot connect`,
    details: [
      `${label}: ${groups.join(', ')}`,
      'Chrome and Firefox offer X25519 (with ML-KEM), P-256 and P-384; Chrome offers no P-521.'
    ],
    cause:
      'The client and the server must share a key-exchange group in TLS 1.2 (ECDHE) and TLS 1.3 alike; without one every browser handshake fails',
    browsersLockedOut: true
  }
}
