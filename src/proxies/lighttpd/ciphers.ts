// The TLS 1.2 suites a lighttpd socket offers: ssl.openssl.ssl-conf-cmd "CipherString" (an empty
// one is HIGH), else the deprecated ssl.cipher-list, else lighttpd's default
// ("EECDH+AESGCM:AES256+EECDH:CHACHA20:…", what browsers offer), judged as every proxy's list
// is (shared/tls-policy.ts judgeSuites).
import { cipherStringSuites } from '../shared/cipher-string.js'
import { judgeSuites } from '../shared/tls-policy.js'
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
  if (!source) return
  const issue = judgeSuites(cipherStringSuites(source.value), {
    label: source.name,
    written: `${source.name} "${source.value}"`,
    tls13,
    tls13Off: 'ssl.openssl.ssl-conf-cmd'
  })
  if (!issue) return
  push(issue.status, issue.code, issue.title, source, {
    details: issue.details,
    cause: issue.cause,
    fix: browserCiphersFix(issue.browsersLockedOut)
  })
}
