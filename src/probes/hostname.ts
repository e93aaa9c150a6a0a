// Does the leaf certificate cover the host name? Node's own rules (tls.checkServerIdentity,
// RFC 6125): SAN first, CN only without SANs, one-label wildcards, IP SANs for IP targets.
// Browsers are stricter on one point: a name only in the CN (no SAN) is refused.
import { isIP } from 'node:net'
import tls, { type PeerCertificate } from 'node:tls'
import { domainToUnicode } from 'node:url'
import { coveredNames, type CertificateInfo } from '../facts.js'
import type { Finding } from '../findings.js'
import { coverHostnameFix } from '../remedies.js'
import type { Probe } from './probe.js'

export const hostnameProbe: Probe = {
  check: 'hostname',
  applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
  run: ctx => [judgeHostname(ctx.target.endpoint!.host, ctx.facts.handshake!.chain[0])]
}

const BROWSER_SYMPTOM =
  "Browsers show net::ERR_CERT_COMMON_NAME_INVALID; openssl s_client shows 'verify error:num=62:Hostname mismatch'."

/** How the leaf names the host: in a SAN (or, for an IP, an IP SAN), only in the CN (which
 * Node accepts and browsers refuse), or not at all. */
export function hostMatch(host: string, leaf: CertificateInfo): 'covered' | 'cn-only' | 'mismatch' {
  const identity = {
    subject: leaf.commonName === undefined ? undefined : { CN: leaf.commonName },
    subjectaltname: leaf.subjectAltNames.join(', ')
  } as unknown as PeerCertificate
  if (tls.checkServerIdentity(host, identity)) return 'mismatch'
  const dnsSans = leaf.subjectAltNames.filter(san => san.startsWith('DNS:'))
  return dnsSans.length === 0 && isIP(host) === 0 ? 'cn-only' : 'covered'
}

export function judgeHostname(host: string, leaf: CertificateInfo): Finding {
  const match = hostMatch(host, leaf)
  const names = coveredNames(leaf)
  const covers = names.length > 0 ? names.join(', ') : `no SAN; CN=${leaf.commonName ?? '(none)'}`
  const unicode = domainToUnicode(host)
  const idn =
    unicode && unicode !== host
      ? [`${host} is the IDN ${unicode} in punycode; certificates name it in punycode.`]
      : []
  if (match === 'cn-only') {
    return {
      check: 'hostname',
      status: 'fail',
      title: `${host} is only in the certificate's CN: it has no Subject Alternative Name, which browsers require`,
      details: [`CN=${leaf.commonName}; no DNS SAN.`, BROWSER_SYMPTOM, ...idn],
      cause:
        'The SSL certificate does not cover the WebSocket server hostname (missing SAN): modern clients ignore the CN',
      fix: coverHostnameFix(host, []),
      problem: { kind: 'certificate', host }
    }
  }
  if (match === 'covered') {
    return {
      check: 'hostname',
      status: 'pass',
      title: `Certificate covers ${host}`,
      details: [`Names: ${covers}`, ...idn]
    }
  }
  return {
    check: 'hostname',
    status: 'fail',
    title: `Certificate does not cover ${host}: it is for ${covers}`,
    details: [
      `Names the certificate covers: ${covers}`,
      ...wildcardNotes(host, names),
      BROWSER_SYMPTOM,
      ...idn
    ],
    cause:
      'The SSL certificate does not cover the WebSocket server hostname (missing SAN or wildcard)',
    fix: coverHostnameFix(host, names),
    problem: { kind: 'certificate', host }
  }
}

/** Why a wildcard that looks close does not match: it covers exactly one label. */
function wildcardNotes(host: string, names: string[]): string[] {
  return names
    .filter(name => name.startsWith('*.') && host.endsWith(name.slice(1)))
    .map(
      name =>
        `${name} covers exactly one label below ${name.slice(2)}: ${host} is ${host.slice(0, -name.length + 1).split('.').length} labels below it, so it is not covered.`
    )
}
