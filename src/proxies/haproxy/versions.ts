// The TLS versions a bind line offers, as HAProxy 2.6 computes them (measured with openssl
// s_client against the real haproxy): ssl-min-ver/ssl-max-ver of the bind line, else of
// global's ssl-default-bind-options, else TLS 1.2 to the library's maximum (TLS 1.3); the
// no-sslv3/no-tlsv1x flags of both remove versions, but are ignored (with a warning) as soon as
// a minimum or maximum is set anywhere; force-tlsv1x pins one version.
import type { Directive } from './parse.js'

export const VERSIONS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const
export type Version = (typeof VERSIONS)[number]

export const VERSION_LABEL: Record<Version, string> = {
  SSLv3: 'SSL 3',
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3'
}

/** HAProxy's spelling (ssl-min-ver TLSv1.0, no-tlsv10) → ours. */
const BY_NAME: Record<string, Version> = {
  SSLv3: 'SSLv3',
  'TLSv1.0': 'TLSv1',
  'TLSv1.1': 'TLSv1.1',
  'TLSv1.2': 'TLSv1.2',
  'TLSv1.3': 'TLSv1.3'
}
const BY_FLAG: Record<string, Version> = {
  sslv3: 'SSLv3',
  tlsv10: 'TLSv1',
  tlsv11: 'TLSv1.1',
  tlsv12: 'TLSv1.2',
  tlsv13: 'TLSv1.3'
}

interface Setting {
  version: Version
  at: Directive
  /** The words that set it, as written: "ssl-min-ver TLSv1.3". */
  words: string
}

export interface VersionSettings {
  min?: Setting
  max?: Setting
  force?: Setting
  without: Setting[]
}

/** The version options among `args` (a bind line's, or ssl-default-bind-options'). */
export function versionSettings(args: readonly string[], at: Directive): VersionSettings {
  const settings: VersionSettings = { without: [] }
  args.forEach((word, i) => {
    const value = args[i + 1] ?? ''
    if ((word === 'ssl-min-ver' || word === 'ssl-max-ver') && BY_NAME[value]) {
      settings[word === 'ssl-min-ver' ? 'min' : 'max'] = {
        version: BY_NAME[value],
        at,
        words: `${word} ${value}`
      }
    }
    const flag = /^(no|force)-(sslv3|tlsv1[0-3])$/.exec(word)
    if (flag) {
      const setting = { version: BY_FLAG[flag[2]], at, words: word }
      if (flag[1] === 'no') settings.without.push(setting)
      else settings.force = setting
    }
  })
  return settings
}

export interface Offer {
  offered: Set<Version>
  /** What refuses a version the range leaves out: the setting, and the directive it is on. */
  refusedBy(version: Version): Setting | undefined
  /** The settings that admit a version (for a legacy one). */
  admittedBy(version: Version): Setting | undefined
}

export function offer(global: VersionSettings, bind: VersionSettings): Offer {
  const force = bind.force ?? global.force
  const min = force ?? bind.min ?? global.min
  const max = force ?? bind.max ?? global.max
  const without = min || max ? [] : [...global.without, ...bind.without]
  const low = VERSIONS.indexOf(min?.version ?? 'TLSv1.2')
  const high = VERSIONS.indexOf(max?.version ?? 'TLSv1.3')
  const offered = new Set(
    VERSIONS.filter((v, i) => i >= low && i <= high && !without.some(w => w.version === v))
  )
  return {
    offered,
    refusedBy: version => {
      const i = VERSIONS.indexOf(version)
      if (i < low) return min
      if (i > high) return max
      return without.find(w => w.version === version)
    },
    admittedBy: version => (VERSIONS.indexOf(version) < 3 ? min : undefined)
  }
}
