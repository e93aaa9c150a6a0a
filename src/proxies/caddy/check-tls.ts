// What a TLS site needs from its tls line, judged as Caddy would act on it: a certificate (see
// check-certificate.ts), TLS 1.2 and 1.3 (Caddy's default; `protocols <min> [<max>]` narrows
// it), and suites and curves browsers share (Caddy's defaults do; `ciphers` can leave them only
// static RSA, `curves` can lock them out).
import type { Code } from '../../codes.js'
import type { TlsVersion } from '../../facts.js'
import type { Finding, Status } from '../../findings.js'
import type { ConfigCheckOptions } from '../proxy.js'
import { judgeSuites, suiteListIana } from '../shared/tls-policy.js'
import { checkCertificate, type CertificateSource, type SiteContext } from './check-certificate.js'
import { at, finding, written, type At } from './finding.js'
import { browserCiphersFix, tlsVersionsFix } from './fix.js'
import type { Directive } from './parse.js'

const VERSIONS: Record<string, TlsVersion> = {
  'tls1.0': 'TLSv1',
  'tls1.1': 'TLSv1.1',
  'tls1.2': 'TLSv1.2',
  'tls1.3': 'TLSv1.3'
}
const ORDER: TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']
const LABEL: Record<TlsVersion, string> = {
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3'
}
const BROWSER_CURVES = new Set(['x25519', 'secp256r1', 'secp384r1', 'x25519mlkem768'])

/** Judges the site's tls line: its certificate, versions, suites and curves. */
export function checkSiteTls(
  context: SiteContext,
  options: ConfigCheckOptions
): { findings: Finding[]; source: CertificateSource } {
  const { findings, source } = checkCertificate(context, options)
  const { label, host, site } = context
  const push = (
    status: Status,
    code: Code,
    title: string,
    where: At,
    extra: Partial<Finding>
  ): void => void findings.push(finding(label, status, code, title, where, extra))
  const tls = site.directives.find(d => d.name === 'tls')
  const sub = (name: string): Directive | undefined => tls?.block?.find(d => d.name === name)
  const protocols = sub('protocols')
  const offered = protocols ? offeredVersions(protocols) : ['TLSv1.2', 'TLSv1.3']
  if (protocols && offered)
    findings.push(...checkVersions(protocols, offered as TlsVersion[], context, options))
  const tls13 = (offered ?? ['TLSv1.3']).includes('TLSv1.3')
  const ciphers = sub('ciphers')
  const suitesIssue = ciphers
    ? judgeSuites(suiteListIana(ciphers.args.map(c => c.toUpperCase())), {
        label: 'ciphers',
        written: written(ciphers),
        tls13,
        tls13Off: protocols ? written(protocols) : 'protocols'
      })
    : undefined
  if (ciphers && suitesIssue) {
    push(suitesIssue.status, suitesIssue.code, suitesIssue.title, at(ciphers), {
      details: suitesIssue.details,
      cause: suitesIssue.cause,
      fix: browserCiphersFix(host, suitesIssue.browsersLockedOut)
    })
  }
  const curves = sub('curves')
  if (curves && !curves.args.some(c => BROWSER_CURVES.has(c.toLowerCase()))) {
    push(
      'fail',
      'proxy-config-groups',
      `${written(curves)}: none of the groups browsers offer (X25519, P-256, P-384)`,
      at(curves),
      {
        cause:
          'ECDHE (TLS 1.2) and every TLS 1.3 key exchange need a group both sides have; browsers offer X25519, P-256 and P-384',
        fix: browserCiphersFix(host, true)
      }
    )
  }
  return { findings, source }
}

/** The versions a `protocols <min> [<max>]` line lets through; undefined if it names others. */
function offeredVersions(protocols: Directive): TlsVersion[] | undefined {
  const [min, max = 'TLSv1.3'] = protocols.args.map(a => VERSIONS[a.toLowerCase()] ?? 'unknown')
  if (!ORDER.includes(min as TlsVersion) || !ORDER.includes(max as TlsVersion)) return undefined
  return ORDER.slice(ORDER.indexOf(min as TlsVersion), ORDER.indexOf(max as TlsVersion) + 1)
}

/** Like the live versions check: 1.2 or 1.3 refused warns (fails when require-tls-versions
 * names it), a version under min-tls-version warns (fails with fail-on-legacy-tls). */
function checkVersions(
  protocols: Directive,
  offered: TlsVersion[],
  context: SiteContext,
  options: ConfigCheckOptions
): Finding[] {
  const findings: Finding[] = []
  const fix = tlsVersionsFix(context.host)
  for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
    if (offered.includes(version)) continue
    const required = options.requireTlsVersions.includes(version)
    findings.push(
      finding(
        context.label,
        required ? 'fail' : 'warn',
        'proxy-config-tls-versions',
        `${written(protocols)} refuses ${LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`,
        at(protocols),
        {
          details: [`Offered: ${offered.map(v => LABEL[v]).join(', ') || 'nothing'}.`],
          cause:
            version === 'TLSv1.2'
              ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
              : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
          fix
        }
      )
    )
  }
  const floor = ORDER.indexOf(options.minTlsVersion)
  const legacy = offered.filter(v => ORDER.indexOf(v) < floor)
  if (legacy.length > 0) {
    findings.push(
      finding(
        context.label,
        options.failOnLegacyTls ? 'fail' : 'warn',
        'proxy-config-legacy-tls',
        `${written(protocols)} accepts legacy ${legacy.map(v => LABEL[v]).join(', ')}`,
        at(protocols),
        {
          cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
          fix
        }
      )
    )
  }
  return findings
}
