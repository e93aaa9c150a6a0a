// The TLS policy every proxy's static check applies, as the nginx check and the live versions
// and ciphers checks do: TLS 1.2 refused warns (fails when require-tls-versions requires it),
// TLS 1.3 refused warns, a version under min-tls-version warns (fails with fail-on-legacy-tls);
// a TLS 1.2 suite list without one suite browsers offer warns while TLS 1.3 is on and fails when
// it is off; a group list without one group browsers offer fails.
import type { Code } from '../../codes.js'
import type { TlsVersion } from '../../facts.js'
import type { Status } from '../../findings.js'
import { BROWSER_SUITES } from '../../probes/ciphers.js'

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

/** The TLS 1.2 suites browsers offer, by IANA name (as Go, Node and Traefik name them). */
const BROWSER_TLS12_IANA = new Set(
  Object.values(BROWSER_SUITES).filter(name => name.startsWith('TLS_ECDHE_'))
)
/** The same by OpenSSL/BoringSSL name (as Envoy and nginx name them). */
const BROWSER_TLS12_OPENSSL = new Set(
  Object.keys(BROWSER_SUITES).filter(name => name.startsWith('ECDHE-'))
)

/** Go's short ChaCha20 names (TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305) are the _SHA256 suites. */
function ianaName(name: string): string {
  return /CHACHA20_POLY1305$/.test(name) ? `${name}_SHA256` : name
}

/** Of an IANA-named suite list, those browsers offer for TLS 1.2. */
export function browserSuitesIana(suites: readonly string[]): string[] {
  return suites.filter(s => BROWSER_TLS12_IANA.has(ianaName(s.trim())))
}

/** Of a BoringSSL cipher list (`[A|B]` equal-preference groups, `:`-separated strings or one
 * suite per item), those browsers offer for TLS 1.2. */
export function browserSuitesOpenssl(suites: readonly string[]): string[] {
  return suites.flatMap(s => s.split(/[:|[\]\s]+/)).filter(s => BROWSER_TLS12_OPENSSL.has(s))
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

/** A TLS 1.2 suite list that shares nothing with browsers: a warning while TLS 1.3 is on,
 * a failure when it is off. `label` names the directive ("cipherSuites"). */
export function judgeSuites(
  label: string,
  suites: readonly string[],
  browserOnes: readonly string[],
  tls13: boolean
): CipherIssue | undefined {
  if (suites.length === 0 || browserOnes.length > 0) return undefined
  return {
    code: 'proxy-config-ciphers',
    status: tls13 ? 'warn' : 'fail',
    title: tls13
      ? `${label} offers TLS 1.2 clients no suite browsers offer`
      : `${label} offers no suite browsers offer: browsers cannot connect`,
    details: [
      `${label}: ${suites.join(', ')}`,
      'None of the ECDHE suites with AES-GCM, ChaCha20 or AES-CBC that Chrome and Firefox offer.',
      tls13
        ? 'TLS 1.3 suites are not governed by this list: browsers still connect over TLS 1.3; clients limited to TLS 1.2 get nothing they offer.'
        : 'TLS 1.3 is off, so every browser handshake ends with handshake_failure.'
    ],
    cause:
      'Chrome and Firefox offer only ECDHE key exchange (no finite-field DHE, no static RSA); a server that takes only those passes Node and curl and locks browsers out',
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
