// The TLS 1.2 suites a lighttpd socket offers: ssl.openssl.ssl-conf-cmd "CipherString" (an empty
// one is HIGH), else the deprecated ssl.cipher-list, else lighttpd's default
// ("EECDH+AESGCM:AES256+EECDH:CHACHA20:…", what browsers offer). Browsers offer ECDHE only:
// a string without it locks them out when TLS 1.3 is off, and leaves TLS 1.2 browsers out
// otherwise.
import { LEGACY_SUITES } from '../../probes/ciphers.js'
import { browserSuitesSelected } from '../shared/cipher-string.js'
import { effective, entry, text, type Scope } from './evaluate.js'
import { browserCiphersFix } from './fix.js'
import type { Push } from './report.js'

export function checkCiphers(scope: Scope, tls13: boolean, push: Push): void {
  const confCmd = effective(scope, 'ssl.openssl.ssl-conf-cmd')
  const cipherString = entry(confCmd?.value, 'CipherString', true)
  const cipherList = effective(scope, 'ssl.cipher-list')
  const source = cipherString
    ? {
        name: 'CipherString',
        value: text(cipherString.value) || 'HIGH',
        file: confCmd!.file,
        line: cipherString.line
      }
    : cipherList
      ? {
          name: 'ssl.cipher-list',
          value: text(cipherList.value) ?? '',
          file: cipherList.file,
          line: cipherList.line
        }
      : undefined
  if (!source || browserSuitesSelected(source.value).any) return
  const legacy = new Set(Object.values(LEGACY_SUITES))
  const dhe = source.value
    .split(/[:, ]+/)
    .filter(e => legacy.has(e) || /^(DHE|EDH|kDHE|kEDH)\b/.test(e))
  push(
    tls13 ? 'warn' : 'fail',
    'proxy-config-ciphers',
    tls13
      ? `${source.name} offers TLS 1.2 clients no suite browsers offer`
      : `${source.name} offers no suite browsers offer: browsers cannot connect`,
    source,
    {
      details: [
        `${source.name} "${source.value}"`,
        dhe.length > 0
          ? `Selects DHE (or static RSA) suites only: ${dhe.join(', ')}.`
          : 'Selects none of the ECDHE suites Chrome and Firefox offer.',
        tls13
          ? 'TLS 1.3 suites are not governed by CipherString: browsers still connect over TLS 1.3; clients limited to TLS 1.2 get nothing they offer.'
          : 'TLS 1.3 is off (ssl.openssl.ssl-conf-cmd), so every browser handshake ends with handshake_failure.'
      ],
      cause:
        'Chrome and Firefox offer only ECDHE key exchange (no finite-field DHE, no static RSA); a server that takes only those passes Node and curl and locks browsers out',
      fix: browserCiphersFix(!tls13)
    }
  )
}
