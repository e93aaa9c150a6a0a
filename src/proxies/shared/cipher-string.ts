// An OpenSSL cipher string (nginx ssl_ciphers, HAProxy ciphers, Apache SSLCipherSuite, lighttpd
// CipherString, h2o cipher-suite), read for what it lets browsers use over TLS 1.2: every proxy
// built on OpenSSL writes the same grammar, and tls-policy's judgeSuites words the verdict.
import {
  browserKeyExchange,
  namesLegacySuite,
  suiteListOpenssl,
  type SuiteList
} from './tls-policy.js'

/** OpenSSL aliases that select at least one ECDHE suite browsers offer (with AES-GCM, ChaCha20
 * or AES-CBC-SHA). An approximation of OpenSSL's cipher-list grammar: exact names, these
 * aliases, `+` as "and", `!` as "never". */
const ECDHE_ALIASES = new Set([
  'ALL',
  'DEFAULT',
  'HIGH',
  'ECDHE',
  'EECDH',
  'kECDHE',
  'kEECDH',
  'ECDH',
  'AESGCM',
  'AES',
  'AES128',
  'AES256',
  'CHACHA20',
  'ECDSA',
  'aECDSA',
  'aRSA',
  'SHA',
  'SHA1',
  'SHA256',
  'SHA384',
  'TLSv1.2',
  'TLSv1',
  'TLSv1.0',
  'SSLv3',
  'AEAD'
])
/** Of those, the ones that select no static-RSA suite (ECDHE only, ECDSA, ChaCha20). */
const ECDHE_ONLY = new Set([
  'ECDHE',
  'EECDH',
  'kECDHE',
  'kEECDH',
  'ECDH',
  'CHACHA20',
  'ECDSA',
  'aECDSA'
])
/** Aliases that select static RSA key exchange only. */
const STATIC_RSA_ALIASES = new Set(['kRSA', 'RSA'])
/** What `!` before these removes for good. */
const ECDHE_REMOVED = new Set(['ECDHE', 'EECDH', 'kECDHE', 'kEECDH', 'ECDH', 'ALL', 'HIGH'])
const STATIC_RSA_REMOVED = new Set(['kRSA', 'RSA', 'ALL', 'HIGH'])

/** Whether an alias element (`HIGH`, `kRSA+AESGCM`) selects ECDHE or static-RSA suites browsers
 * offer. */
function aliasKex(element: string): SuiteList['kind'][] {
  const parts = element.split('+')
  const kexes: SuiteList['kind'][] = []
  if (parts.every(part => ECDHE_ALIASES.has(part))) kexes.push('ecdhe')
  if (
    parts.every(
      part => STATIC_RSA_ALIASES.has(part) || (ECDHE_ALIASES.has(part) && !ECDHE_ONLY.has(part))
    )
  )
    kexes.push('static-rsa')
  return kexes
}

/** What an OpenSSL cipher string gives browsers over TLS 1.2 (an alias counts as selecting the
 * suites browsers offer that it covers). */
export function cipherStringSuites(cipherString: string): SuiteList {
  const elements = cipherString.split(/[:, ]+/).filter(Boolean)
  const removed = (set: ReadonlySet<string>): boolean =>
    elements.some(e => e.startsWith('!') && set.has(e.slice(1)))
  const selected = elements.filter(e => !/^[!+\-@]/.test(e))
  const kexes = [suiteListOpenssl(selected).kind, ...selected.flatMap(aliasKex)].filter(
    kex =>
      !(kex === 'ecdhe' && removed(ECDHE_REMOVED)) &&
      !(kex === 'static-rsa' && removed(STATIC_RSA_REMOVED))
  )
  return { kind: browserKeyExchange(kexes), legacy: selected.filter(namesLegacySuite) }
}
