// An OpenSSL cipher string (nginx ssl_ciphers, HAProxy ciphers, Apache SSLCipherSuite, lighttpd
// CipherString, h2o cipher-suite), read for whether it lets the browsers' suites in: every proxy
// built on OpenSSL writes the same grammar.
import { BROWSER_SUITES } from '../../probes/ciphers.js'

/** OpenSSL aliases that select at least one suite browsers offer (ECDHE with AES-GCM,
 * ChaCha20 or AES-CBC-SHA). An approximation of OpenSSL's cipher-list grammar: exact names,
 * these aliases, `+` as "and", `!` as "never". */
const BROWSER_ALIASES = new Set([
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
const ECDHE_REMOVED = new Set(['ECDHE', 'EECDH', 'kECDHE', 'kEECDH', 'ECDH', 'ALL', 'HIGH'])

/** The browsers' suites an OpenSSL cipher string selects (an alias counts as selecting them). */
export function browserSuitesSelected(cipherString: string): { any: boolean; named: string[] } {
  const elements = cipherString.split(/[:, ]+/).filter(Boolean)
  if (elements.some(e => e.startsWith('!') && ECDHE_REMOVED.has(e.slice(1))))
    return { any: false, named: [] }
  const named = elements.filter(e => e in BROWSER_SUITES)
  const alias = elements.some(
    e => !/^[!+\-@]/.test(e) && e.split('+').every(part => BROWSER_ALIASES.has(part))
  )
  return { any: named.length > 0 || alias, named }
}
