// What a TLS site needs from its tls line, judged as Caddy would act on it: a certificate
// (automatic HTTPS serves the full chain itself; certificate files must hold it and cover the
// site's names), TLS 1.2 and 1.3 (Caddy's default; `protocols <min> [<max>]` narrows it), and
// suites and curves browsers share (Caddy's defaults do; `ciphers` / `curves` can lock them out).
import path from 'node:path'
import type { TlsVersion } from '../../facts.js'
import type { Finding, Status } from '../../findings.js'
import { BROWSER_SUITES } from '../../probes/ciphers.js'
import type { ConfigCheckOptions } from '../proxy.js'
import { certificateHosts, isAddressIp } from './address.js'
import { readCertificateFile, selfIssued } from './certificates.js'
import { at, finding, written, type At } from './finding.js'
import {
  browserCiphersFix,
  certificateFix,
  fullChainFix,
  publicCertificateFix,
  tlsVersionsFix
} from './fix.js'
import type { Directive, SiteBlock } from './parse.js'

export interface TlsContext {
  label: string
  /** The site's first host name, for fixes. */
  host: string
  site: SiteBlock
  /** The global options that change where certificates come from. */
  autoHttps?: Directive
  localCerts?: Directive
}

/** Where the site's certificate comes from, for the summary. */
export type CertificateSource = 'files' | 'automatic HTTPS' | "Caddy's local CA" | 'none'

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
/** The TLS 1.2 suites browsers offer, by the IANA names Caddy takes (Go also accepts the
 * ChaCha20 ones without "_SHA256"). */
const BROWSER_TLS12 = new Set(
  Object.values(BROWSER_SUITES)
    .filter(name => name.startsWith('TLS_ECDHE_'))
    .flatMap(name => [name, name.replace(/_POLY1305_SHA256$/, '_POLY1305')])
)
const BROWSER_CURVES = new Set(['x25519', 'secp256r1', 'secp384r1', 'x25519mlkem768'])

/** Judges the site's tls line; returns the findings and where its certificate comes from. */
export function checkSiteTls(
  context: TlsContext,
  options: ConfigCheckOptions
): { findings: Finding[]; source: CertificateSource } {
  const findings: Finding[] = []
  const { label, host, site } = context
  const push = (status: Status, title: string, where: At, extra: Partial<Finding>): void =>
    void findings.push(finding(label, status, title, where, extra))
  const tls = site.directives.find(d => d.name === 'tls')
  const sub = (name: string): Directive | undefined => tls?.block?.find(d => d.name === name)
  const [first, second] = tls?.args ?? []
  const files = first !== undefined && second !== undefined && first !== 'internal'
  const internal =
    first === 'internal' ||
    sub('issuer')?.args[0] === 'internal' ||
    (!files && context.localCerts !== undefined)
  const loads = sub('load') !== undefined || sub('get_certificate') !== undefined
  const autoOff = context.autoHttps && /^(off|disable_certs)$/.test(context.autoHttps.args[0] ?? '')
  let source: CertificateSource =
    files || loads ? 'files' : internal ? "Caddy's local CA" : 'automatic HTTPS'
  if (!files && !loads && !internal && autoOff) {
    source = 'none'
    push(
      'fail',
      `no certificate: auto_https ${context.autoHttps!.args[0]} and no tls line with certificate files`,
      { file: site.file, line: site.line },
      {
        details: [
          `auto_https ${context.autoHttps!.args[0]} (${context.autoHttps!.file}:${context.autoHttps!.line}) stops Caddy obtaining certificates; this site names none of its own.`,
          'Caddy still listens with TLS for it and ends every handshake with an internal_error alert (measured on Caddy 2.6.2).'
        ],
        cause: 'A TLS site without a certificate fails every handshake',
        fix: certificateFix(host)
      }
    )
  }
  if (tls && files) findings.push(...checkCertificateFiles(tls, context, options))
  const hosts = certificateHosts(site).filter(h => !isAddressIp(h) && h !== 'localhost')
  if (internal && hosts.length > 0) {
    const why = first === 'internal' || sub('issuer') ? tls! : context.localCerts!
    push(
      'warn',
      `${written(why)}: a certificate from Caddy's own local CA, which browsers and other machines do not trust`,
      at(why),
      {
        cause:
          "Caddy's local CA is trusted only where Caddy installed its root; every other client rejects the certificate (unknown issuer)",
        fix: publicCertificateFix(host, written(why))
      }
    )
  }
  const protocols = sub('protocols')
  const offered = protocols ? offeredVersions(protocols) : ['TLSv1.2', 'TLSv1.3']
  if (protocols && offered)
    findings.push(...checkVersions(protocols, offered as TlsVersion[], context, options))
  const tls13 = (offered ?? ['TLSv1.3']).includes('TLSv1.3')
  const ciphers = sub('ciphers')
  if (ciphers && !ciphers.args.some(c => BROWSER_TLS12.has(c.toUpperCase()))) {
    push(
      tls13 ? 'warn' : 'fail',
      tls13
        ? 'ciphers offers TLS 1.2 clients no suite browsers offer'
        : 'ciphers offers no suite browsers offer, and TLS 1.3 is off: browsers cannot connect',
      at(ciphers),
      {
        details: [
          written(ciphers),
          'Selects none of the ECDHE suites Chrome and Firefox offer (Caddy, being Go, has no DHE: what is left is static RSA).',
          tls13
            ? 'TLS 1.3 suites are not governed by ciphers: browsers still connect over TLS 1.3; clients limited to TLS 1.2 get nothing they offer.'
            : `TLS 1.3 is off (${protocols ? written(protocols) : 'protocols'}), so every browser handshake ends with handshake_failure.`
        ],
        cause:
          'Chrome and Firefox offer only ECDHE key exchange (no finite-field DHE, no static RSA); a server that takes only those passes Node and curl and locks browsers out',
        fix: browserCiphersFix(host, !tls13)
      }
    )
  }
  const curves = sub('curves')
  if (curves && !curves.args.some(c => BROWSER_CURVES.has(c.toLowerCase()))) {
    push(
      'fail',
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
  context: TlsContext,
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

/** `tls <cert> <key>`: the full chain, and names that cover the site (when the file is here). */
function checkCertificateFiles(
  tls: Directive,
  context: TlsContext,
  options: ConfigCheckOptions
): Finding[] {
  const findings: Finding[] = []
  const { label, host, site } = context
  const name = tls.args[0]
  const file = readCertificateFile(options.workspace, tls.file, name)
  const base = path.posix.basename(name)
  const leafOnly = (details: string[]): void =>
    void findings.push(
      finding(label, 'fail', `tls ${name} serves the leaf without intermediates`, at(tls), {
        details,
        cause:
          "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate",
        fix: fullChainFix(host)
      })
    )
  if (!file.readable) {
    if (base === 'cert.pem')
      leafOnly([
        `${written(tls)}`,
        `Not read (${file.why}): judged by its name, certbot's leaf-only file.`
      ])
    if (base === 'chain.pem')
      findings.push(
        finding(label, 'fail', `tls ${name} serves the intermediates without the leaf`, at(tls), {
          details: [
            `Not read (${file.why}): judged by its name, certbot's intermediates-only file.`
          ],
          cause:
            "A certificate file must start with the site's own certificate (the leaf), then the intermediates",
          fix: fullChainFix(host)
        })
      )
    return findings
  }
  if (file.blocks === 0) {
    findings.push(
      finding(label, 'warn', `tls ${name} holds no PEM certificate`, at(tls), {
        details: [`Read ${file.path}: no -----BEGIN CERTIFICATE----- block.`],
        cause: 'Caddy refuses to load a certificate file without a certificate',
        fix: fullChainFix(host)
      })
    )
    return findings
  }
  const [leaf] = file.certificates
  if (file.blocks === 1 && leaf && !selfIssued(leaf)) {
    leafOnly([
      `${name} holds one certificate (${leaf.subject.replace(/\n/g, ', ')}, issued by ${leaf.issuer.replace(/\n/g, ', ')}): the leaf alone.`
    ])
  }
  if (!leaf) return findings
  for (const name of certificateHosts(site)) {
    const covered = isAddressIp(name) ? leaf.checkIP(name) : leaf.checkHost(name)
    if (covered) continue
    const shown = name.startsWith('wildcard-check.')
      ? `*${name.slice('wildcard-check'.length)}`
      : name
    findings.push(
      finding(label, 'fail', `the certificate in ${tls.args[0]} does not cover ${shown}`, at(tls), {
        details: [
          `Names in the certificate: ${leaf.subjectAltName ?? leaf.subject.replace(/\n/g, ', ')}.`,
          'Caddy serves it for this site anyway: clients that ask for this name reject it (hostname mismatch).'
        ],
        cause: 'A client accepts a certificate only for the names in its Subject Alternative Names',
        fix: certificateFix(shown)
      })
    )
  }
  return findings
}
