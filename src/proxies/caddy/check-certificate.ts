// Where a TLS site's certificate comes from and whether it can work: automatic HTTPS (Caddy
// serves the full chain itself), Caddy's local CA (trusted nowhere else), certificate files
// (read when the repository holds them: the full chain, names that cover the site), or none
// at all (auto_https off without a tls line: every handshake fails).
import type { Code } from '../../codes.js'
import path from 'node:path'
import type { Finding, Status } from '../../findings.js'
import type { ConfigCheckOptions } from '../proxy.js'
import { certificateHosts, isAddressIp } from './address.js'
import { readCertificateFile, selfIssued } from './certificates.js'
import { at, finding, written, type At } from './finding.js'
import { certificateFix, fullChainFix, publicCertificateFix } from './fix.js'
import type { Directive, SiteBlock } from './parse.js'

export interface SiteContext {
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

/** Judges where the site's certificate comes from. */
export function checkCertificate(
  context: SiteContext,
  options: ConfigCheckOptions
): { findings: Finding[]; source: CertificateSource } {
  const findings: Finding[] = []
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
  const [first, second] = tls?.args ?? []
  const files = first !== undefined && second !== undefined && first !== 'internal'
  const ownInternal = first === 'internal' || sub('issuer')?.args[0] === 'internal'
  const internal = ownInternal || (!files && !sub('issuer') && context.localCerts !== undefined)
  const loads = sub('load') !== undefined || sub('get_certificate') !== undefined
  const autoOff = context.autoHttps && /^(off|disable_certs)$/.test(context.autoHttps.args[0] ?? '')
  let source: CertificateSource =
    files || loads ? 'files' : internal ? "Caddy's local CA" : 'automatic HTTPS'
  if (!files && !loads && !internal && autoOff) {
    source = 'none'
    push(
      'fail',
      'proxy-config-certificate-missing',
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
    const why = ownInternal ? tls! : context.localCerts!
    push(
      'warn',
      'proxy-config-untrusted-certificate',
      `${written(why)}: a certificate from Caddy's own local CA, which browsers and other machines do not trust`,
      at(why),
      {
        cause:
          "Caddy's local CA is trusted only where Caddy installed its root; every other client rejects the certificate (unknown issuer)",
        fix: publicCertificateFix(host, written(why))
      }
    )
  }
  return { findings, source }
}

/** `tls <cert> <key>`: the full chain, and names that cover the site (when the file is here). */
function checkCertificateFiles(
  tls: Directive,
  context: SiteContext,
  options: ConfigCheckOptions
): Finding[] {
  const findings: Finding[] = []
  const { label, host, site } = context
  const name = tls.args[0]
  const file = readCertificateFile(options.workspace, tls.file, name)
  const base = path.posix.basename(name)
  const leafOnly = (details: string[]): void =>
    void findings.push(
      finding(
        label,
        'fail',
        'proxy-config-full-chain',
        `tls ${name} serves the leaf without intermediates`,
        at(tls),
        {
          details,
          cause:
            "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate",
          fix: fullChainFix(host)
        }
      )
    )
  if (!file.readable) {
    if (base === 'cert.pem')
      leafOnly([
        `${written(tls)}`,
        `Not read (${file.why}): judged by its name, certbot's leaf-only file.`
      ])
    if (base === 'chain.pem')
      findings.push(
        finding(
          label,
          'fail',
          'proxy-config-full-chain',
          `tls ${name} serves the intermediates without the leaf`,
          at(tls),
          {
            details: [
              `Not read (${file.why}): judged by its name, certbot's intermediates-only file.`
            ],
            cause:
              "A certificate file must start with the site's own certificate (the leaf), then the intermediates",
            fix: fullChainFix(host)
          }
        )
      )
    return findings
  }
  if (file.blocks === 0) {
    findings.push(
      finding(
        label,
        'warn',
        'proxy-config-certificate-file',
        `tls ${name} holds no PEM certificate`,
        at(tls),
        {
          details: [`Read ${file.path}: no -----BEGIN CERTIFICATE----- block.`],
          cause: 'Caddy refuses to load a certificate file without a certificate',
          fix: fullChainFix(host)
        }
      )
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
      finding(
        label,
        'fail',
        'proxy-config-certificate-name',
        `the certificate in ${tls.args[0]} does not cover ${shown}`,
        at(tls),
        {
          details: [
            `Names in the certificate: ${leaf.subjectAltName ?? leaf.subject.replace(/\n/g, ', ')}.`,
            'Caddy serves it for this site anyway: clients that ask for this name reject it (hostname mismatch).'
          ],
          cause:
            'A client accepts a certificate only for the names in its Subject Alternative Names',
          fix: certificateFix(shown)
        }
      )
    )
  }
  return findings
}
