// The TLS versions a lighttpd socket accepts: MinProtocol (TLSv1.2 by default since 1.4.56) and
// MaxProtocol (TLSv1.3) from ssl.openssl.ssl-conf-cmd, narrowed by its OpenSSL `Protocol`
// list; judged like the live versions check: TLS 1.2 refused warns (fails when
// require-tls-versions names it), TLS 1.3 refused warns, a version under min-tls-version warns
// (fails with fail-on-legacy-tls).
import type { ConfigCheckOptions } from '../proxy.js'
import {
  effective,
  enabled,
  entry,
  text,
  type Entry,
  type Scope,
  type Setting
} from './evaluate.js'
import { tlsVersionsFix } from './fix.js'
import type { At, Push } from './report.js'

const ORDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const
type Version = (typeof ORDER)[number]
const LABEL: Record<Version, string> = {
  SSLv3: 'SSL 3',
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3'
}

/** An OpenSSL version name (lighttpd also takes TLSv1.0 and None) → its index in ORDER. */
function versionIndex(name: string, none: number): number | undefined {
  const n = name.trim().toLowerCase()
  if (n === 'none') return none
  if (n === 'tlsv1.0') return 1
  const i = ORDER.findIndex(v => v.toLowerCase() === n)
  return i < 0 ? undefined : i
}

export interface Accepted {
  versions: Version[]
  /** The ssl-conf-cmd entry that bounds each refused or legacy version. */
  why: Partial<Record<Version, Entry>>
  tls13: boolean
}

/** What the socket accepts, from its ssl.openssl.ssl-conf-cmd (undefined: lighttpd's defaults). */
export function accepted(confCmd: Setting | undefined): Accepted {
  const min = entry(confCmd?.value, 'MinProtocol', true)
  const max = entry(confCmd?.value, 'MaxProtocol', true)
  const protocol = entry(confCmd?.value, 'Protocol', true)
  const low = (min && versionIndex(text(min.value) ?? '', 0)) ?? 3
  const high = (max && versionIndex(text(max.value) ?? '', 4)) ?? 4
  const on = ORDER.map((_, i) => i >= low && i <= high)
  const why: Accepted['why'] = {}
  // A version above MaxProtocol is its doing; any other (refused below, or legacy accepted)
  // MinProtocol's.
  ORDER.forEach((v, i) => {
    const bound = i > high ? max : min
    if (bound) why[v] = bound
  })
  // OpenSSL's Protocol: "-ALL, TLSv1.2", "ALL, -TLSv1, -TLSv1.1": items turn versions off or on
  // within Min/Max.
  for (const item of (text(protocol?.value) ?? '').split(/[\s,]+/).filter(Boolean)) {
    const off = item.startsWith('-')
    const name = item.replace(/^[-+]/, '')
    const targets = name.toUpperCase() === 'ALL' ? ORDER.map((_, i) => i) : [versionIndex(name, -1)]
    for (const i of targets)
      if (i !== undefined && i >= 0) {
        on[i] = !off && i >= low && i <= high
        why[ORDER[i]] = protocol
      }
  }
  const versions = ORDER.filter((_, i) => on[i])
  return { versions, why, tls13: versions.includes('TLSv1.3') }
}

export function checkVersions(
  scope: Scope,
  at: At,
  options: ConfigCheckOptions,
  push: Push
): Accepted {
  const confCmd = effective(scope, 'ssl.openssl.ssl-conf-cmd')
  const result = accepted(confCmd)
  const fix = tlsVersionsFix()
  const where = (v: Version): At =>
    result.why[v] && confCmd ? { file: confCmd.file, line: result.why[v]!.line } : (confCmd ?? at)
  const offered = result.versions.map(v => LABEL[v]).join(', ') || 'nothing'
  for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
    if (result.versions.includes(version)) continue
    const required = options.requireTlsVersions.includes(version)
    push(
      required ? 'fail' : 'warn',
      'proxy-config-tls-versions',
      `ssl.openssl.ssl-conf-cmd refuses ${LABEL[version]} (accepts ${offered})${required ? ', which require-tls-versions requires' : ''}`,
      where(version),
      {
        cause:
          version === 'TLSv1.2'
            ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
            : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
        fix
      }
    )
  }
  const floor = ORDER.indexOf(options.minTlsVersion)
  const legacy = result.versions.filter(v => ORDER.indexOf(v) < floor)
  if (legacy.length > 0)
    push(
      options.failOnLegacyTls ? 'fail' : 'warn',
      'proxy-config-legacy-tls',
      `ssl.openssl.ssl-conf-cmd accepts legacy ${legacy.map(v => LABEL[v]).join(', ')}`,
      where(legacy[0]),
      { cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them', fix }
    )
  for (const key of ['ssl.use-sslv2', 'ssl.use-sslv3']) {
    const setting = effective(scope, key)
    if (!setting || enabled(setting.value) !== true) continue
    push(
      options.failOnLegacyTls ? 'fail' : 'warn',
      'proxy-config-legacy-tls',
      `${key} enables ${key.endsWith('2') ? 'SSL 2' : 'SSL 3'} (on lighttpd before 1.4.68; ignored since)`,
      setting,
      { cause: 'SSL 2 and 3 are broken (POODLE) and refused by every current client', fix }
    )
  }
  return result
}
