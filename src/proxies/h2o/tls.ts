// Each TLS `listen` of an h2o configuration: the certificate file (the full chain, names that
// cover the hosts it serves), the versions between min-version and max-version, and whether
// cipher-suite leaves browsers a TLS 1.2 suite. h2o 2.2 facts behind the judgements: without
// min-version it starts at TLSv1; its max-version below TLSv1.3 only turns picotls off, so an
// h2o 2.2 built with OpenSSL 1.1.1 or later still offers OpenSSL's TLS 1.3 (measured on 2.2.5
// with OpenSSL 3); cipher-suite governs TLS 1.2 and below only.
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import path from 'node:path'
import type { TlsVersion } from '../../facts.js'
import type { Location } from '../../findings.js'
import { cipherStringSuites } from '../shared/cipher-string.js'
import { judgeSuites } from '../shared/tls-policy.js'
import type { ConfigCheckOptions } from '../proxy.js'
import { browserCiphersFix, certificateFix, fullChainFix, tlsVersionsFix } from './fixes.js'
import type { H2oConfig, Host, Listen, Report } from './model.js'
import { entry, scalar, type MapNode } from './tree.js'

/** h2o's version names (matched case-insensitively), oldest first. */
const VERSIONS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const
const LABEL: Record<string, string> = {
  SSLv2: 'SSL 2',
  SSLv3: 'SSL 3',
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3'
}
const DEFAULT_MIN = VERSIONS.indexOf('TLSv1')
const TLS12 = VERSIONS.indexOf('TLSv1.2')
const TLS13 = VERSIONS.indexOf('TLSv1.3')

function versionIndex(text: string): number {
  return VERSIONS.findIndex(v => v.toLowerCase() === text.trim().toLowerCase())
}

/** The PEM certificates of `file` (relative to the workspace, or absolute); undefined if it
 * cannot be read. */
function certificatesOf(file: string, workspace: string): string[] | undefined {
  try {
    const text = readFileSync(path.isAbsolute(file) ? file : path.join(workspace, file), 'utf8')
    return text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []
  } catch {
    return undefined
  }
}

function parse(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem)
  } catch {
    return undefined
  }
}

/** The hosts a TLS listener serves: its owner, or every host without a TLS listen of its own
 * on that port. */
export function servedHosts(listen: Listen, config: H2oConfig): Host[] {
  if (listen.owner) return [listen.owner]
  return config.hosts.filter(
    h =>
      !h.listens.some(l => l.ssl && l.port === listen.port) &&
      (h.port === undefined || listen.port === undefined || h.port === listen.port)
  )
}

/** A host name a certificate can be checked against (no wildcard, no `default`, no address). */
export const checkable = (name: string): boolean =>
  /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name) &&
  name !== 'default' &&
  isIP(name) === 0

export function checkListen(
  listen: Listen,
  config: H2oConfig,
  options: ConfigCheckOptions,
  push: Report
): void {
  const ssl = listen.ssl!
  const hosts = servedHosts(listen, config)
  const host = hosts.find(h => checkable(h.name))?.name ?? 'example.com'
  const sslAt = listen.sslAt ?? listen.at
  const certificate = entry(ssl, 'certificate-file')
  const key = entry(ssl, 'key-file')
  if (!certificate || !key) {
    const missing = certificate ? 'key-file' : 'certificate-file'
    push(
      'missing',
      'fail',
      'proxy-config-certificate-missing',
      `ssl without ${missing}: h2o refuses to start`,
      sslAt,
      {
        details: [`h2o: could not find mandatory property \`${missing}\``],
        cause: 'A TLS listener needs the certificate chain and its private key',
        fix: fullChainFix(host)
      }
    )
  }
  const file = certificate?.value.kind === 'scalar' ? certificate.value.value : undefined
  if (certificate && file) checkCertificate(file, certificate.at, hosts, host, options, push)
  checkVersions(ssl, sslAt, options, push)
}

function checkCertificate(
  file: string,
  at: Location,
  hosts: Host[],
  host: string,
  options: ConfigCheckOptions,
  push: Report
): void {
  const chainCause =
    "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate"
  const pems = certificatesOf(file, options.workspace)
  if (pems === undefined) {
    const base = path.posix.basename(file)
    if (base === 'cert.pem' || base === 'chain.pem')
      push(
        'chain',
        'fail',
        'proxy-config-full-chain',
        base === 'cert.pem'
          ? 'certificate-file cert.pem serves the leaf without intermediates'
          : 'certificate-file chain.pem serves the intermediates without the leaf',
        at,
        { details: [`certificate-file: ${file}`], cause: chainCause, fix: fullChainFix(host) }
      )
    return
  }
  const leaf = pems.length > 0 ? parse(pems[0]) : undefined
  if (pems.length === 1 && leaf && !selfSigned(leaf))
    push(
      'chain',
      'fail',
      'proxy-config-full-chain',
      'certificate-file holds the leaf alone, without intermediates',
      at,
      {
        details: [`certificate-file: ${file} (1 certificate)`],
        cause: chainCause,
        fix: fullChainFix(host)
      }
    )
  if (!leaf) return
  for (const h of hosts) {
    if (!checkable(h.name) || leaf.checkHost(h.name) !== undefined) continue
    push(
      `name ${h.name}`,
      'fail',
      'proxy-config-certificate-name',
      `certificate-file does not cover ${h.name}`,
      at,
      {
        details: [`certificate-file: ${file}`, `Names: ${names(leaf)}`],
        cause: `Clients check that the certificate names the host they asked for: wss://${h.name} is refused (hostname mismatch)`,
        fix: certificateFix(h.name)
      }
    )
  }
}

function selfSigned(cert: X509Certificate): boolean {
  try {
    return cert.subject === cert.issuer && cert.verify(cert.publicKey)
  } catch {
    return false
  }
}

function names(cert: X509Certificate): string {
  try {
    return cert.subjectAltName ?? `subject ${cert.subject.replace(/\n/g, ', ')}`
  } catch {
    return '(unreadable)'
  }
}

/** Like the live versions check: 1.2 refused warns, a required version refused fails, a version
 * under min-tls-version warns (fails with fail-on-legacy-tls); 1.3 refused warns. */
function checkVersions(
  ssl: MapNode,
  sslAt: Location,
  options: ConfigCheckOptions,
  push: Report
): void {
  const minEntry = entry(ssl, 'min-version') ?? entry(ssl, 'minimum-version')
  const maxEntry = entry(ssl, 'max-version') ?? entry(ssl, 'maximum-version')
  const minText = scalar(ssl, minEntry?.key ?? 'min-version')
  const maxText = scalar(ssl, maxEntry?.key ?? 'max-version')
  const min = minText === undefined ? DEFAULT_MIN : versionIndex(minText)
  const max = maxText === undefined ? TLS13 : versionIndex(maxText)
  for (const [e, text, index] of [
    [minEntry, minText, min],
    [maxEntry, maxText, max]
  ] as const) {
    if (e && index < 0)
      push(
        'version-name',
        'warn',
        'proxy-config-invalid-value',
        `${e.key} ${text ?? ''}: not a version h2o knows`,
        e.at,
        {
          details: [`h2o knows ${VERSIONS.join(', ')}`],
          cause: 'h2o reports an unknown protocol version and carries on with its default',
          fix: tlsVersionsFix()
        }
      )
  }
  if (min < 0 || max < 0) return
  const offered = VERSIONS.slice(min, max + 1)
  const spelled = `${minEntry ? `${minEntry.key} ${minText}` : 'min-version not set (h2o: TLSv1)'}${maxEntry ? `, ${maxEntry.key} ${maxText}` : ''}`
  const refused = (version: TlsVersion, where: Location): void => {
    const required = options.requireTlsVersions.includes(version)
    push(
      `refuses ${version}`,
      required ? 'fail' : 'warn',
      'proxy-config-tls-versions',
      `${spelled} refuses ${LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`,
      where,
      {
        details:
          version === 'TLSv1.3' && max < TLS13
            ? [
                'h2o 2.2 built with OpenSSL 1.1.1 or later offers TLS 1.3 whatever max-version says (it only turns picotls off); later h2o honour it.'
              ]
            : undefined,
        cause:
          version === 'TLSv1.2'
            ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
            : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
        fix: tlsVersionsFix()
      }
    )
  }
  if (!offered.includes('TLSv1.2')) refused('TLSv1.2', (min > TLS12 ? minEntry : maxEntry)!.at)
  if (!offered.includes('TLSv1.3')) refused('TLSv1.3', maxEntry?.at ?? sslAt)
  const floor = VERSIONS.indexOf(options.minTlsVersion)
  const legacy = offered.filter(v => VERSIONS.indexOf(v) < floor)
  if (legacy.length > 0) {
    push(
      'legacy',
      minEntry && options.failOnLegacyTls ? 'fail' : 'warn',
      'proxy-config-legacy-tls',
      `${spelled}: accepts legacy ${legacy.map(v => LABEL[v]).join(', ')}`,
      minEntry?.at ?? sslAt,
      {
        details: minEntry
          ? undefined
          : [
              "h2o 2.2's default min-version is TLSv1: TLS 1.0 and 1.1 are accepted wherever the OpenSSL it is linked with allows them (OpenSSL 3 at its default security level refuses them)."
            ],
        cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
        fix: tlsVersionsFix()
      }
    )
  }
  const cipherEntry = entry(ssl, 'cipher-suite')
  const cipherString = scalar(ssl, 'cipher-suite')
  if (!cipherEntry || cipherString === undefined || !offered.includes('TLSv1.2')) return
  const tls13 = offered.includes('TLSv1.3')
  const issue = judgeSuites(cipherStringSuites(cipherString), {
    label: 'cipher-suite',
    written: `cipher-suite: ${cipherString}`,
    tls13,
    tls13Off: `${maxEntry?.key} ${maxText}`
  })
  if (!issue) return
  push('ciphers', issue.status, issue.code, issue.title, cipherEntry.at, {
    details: [
      ...issue.details,
      ...(tls13
        ? []
        : [
            'h2o 2.2 with OpenSSL 1.1.1 or later keeps offering TLS 1.3 regardless of max-version; later h2o do not.'
          ])
    ],
    cause: issue.cause,
    fix: browserCiphersFix(issue.browsersLockedOut)
  })
}
