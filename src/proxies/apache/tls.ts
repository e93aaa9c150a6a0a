// What a TLS virtual host (SSLEngine on) needs for wss://: the full chain in
// SSLCertificateFile (or with SSLCertificateChainFile), TLS 1.2 and 1.3 in SSLProtocol, and
// TLS 1.2 suites browsers offer in SSLCipherSuite. mod_ssl merges a virtual host's settings
// with the main server's, so a directive the host lacks is taken from the main server.
import type { Code } from '../../codes.js'
import { X509Certificate } from 'node:crypto'
import { isIP } from 'node:net'
import path from 'node:path'
import type { TlsVersion } from '../../facts.js'
import type { Finding, Status } from '../../findings.js'
import { cipherStringSuites } from '../shared/cipher-string.js'
import { judgeSuites } from '../shared/tls-policy.js'
import type { ConfigCheckOptions } from '../proxy.js'
import {
  browserCiphersFix,
  certificateFix,
  fullChainFix,
  tlsListenerFix,
  tlsVersionsFix
} from './fix.js'
import { readConfigFile } from './files.js'
import { effective, effectiveAll, type Server } from './model.js'
import type { Directive } from './tokenize.js'

export type Push = (
  status: Status,
  code: Code,
  title: string,
  where: Directive,
  extra?: Partial<Finding>
) => void

const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const
const LABEL: Record<TlsVersion, string> = {
  TLSv1: 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3'
}

/** The versions an SSLProtocol line enables: `+X` adds, `-X` removes, a bare `X` replaces
 * what came before; `all` is every TLS version (OpenSSL 3 has no SSLv3). */
export function sslProtocols(args: readonly string[]): Set<TlsVersion> {
  let enabled = new Set<TlsVersion>()
  for (const arg of args) {
    const sign = arg[0] === '+' || arg[0] === '-' ? arg[0] : ''
    const name = arg.slice(sign.length).toLowerCase()
    const versions: TlsVersion[] =
      name === 'all' ? [...VERSIONS] : VERSIONS.filter(v => v.toLowerCase() === name)
    if (sign === '+') versions.forEach(v => enabled.add(v))
    else if (sign === '-') versions.forEach(v => enabled.delete(v))
    else enabled = new Set(versions)
  }
  return enabled
}

/** The ports a <VirtualHost> listens on (`*:443`, `[::1]:8443`, `_default_:443`). */
export function vhostPorts(section: Directive): number[] {
  return section.args
    .map(a => /:(\d+)$/.exec(a)?.[1])
    .filter((p): p is string => p !== undefined)
    .map(Number)
}

const certificatesIn = (pem: string): string[] =>
  pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []

function selfSigned(pem: string): boolean {
  try {
    const cert = new X509Certificate(pem)
    return cert.subject === cert.issuer && cert.verify(cert.publicKey)
  } catch {
    return false
  }
}

/** The TLS checks of one server; `host` and `socketPath` name it in fixes. */
export function checkTls(
  server: Server,
  host: string,
  socketPath: string,
  options: ConfigCheckOptions,
  push: Push,
  notes: string[]
): boolean {
  const levels = [server.inherited, server.own]
  const where = server.section ?? server.own[0]
  const engine = effective(levels, 'sslengine')
  const tls = engine?.args[0]?.toLowerCase() === 'on'
  const ports = server.section ? vhostPorts(server.section) : []
  if (!tls) {
    if (server.section && ports.includes(443)) {
      push(
        'fail',
        'proxy-config-tls-listener',
        `port 443 without SSLEngine on: plain HTTP on the TLS port`,
        server.section,
        {
          cause:
            'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
          fix: tlsListenerFix(host, 443, socketPath, 'Turn SSLEngine on in this virtual host.')
        }
      )
    }
    return false
  }
  if (!where) return true
  checkCertificates(levels, where, host, server.names, options, push, notes)
  const protocol = effective(levels, 'sslprotocol')
  const enabled = protocol
    ? sslProtocols(protocol.args)
    : new Set<TlsVersion>(['TLSv1.2', 'TLSv1.3'])
  if (protocol) checkProtocols(protocol, enabled, options, push)
  checkCiphers(levels, enabled.has('TLSv1.3'), push)
  return true
}

function checkCertificates(
  levels: readonly (readonly Directive[])[],
  where: Directive,
  host: string,
  names: readonly string[],
  options: ConfigCheckOptions,
  push: Push,
  notes: string[]
): void {
  const certificates = effectiveAll(levels, 'sslcertificatefile')
  if (certificates.length === 0) {
    push(
      'fail',
      'proxy-config-certificate-missing',
      'SSLCertificateFile missing: Apache cannot complete a TLS handshake',
      where,
      {
        cause:
          'A virtual host with SSLEngine on and no certificate fails every handshake (httpd refuses to start)',
        fix: fullChainFix(host)
      }
    )
    return
  }
  const chainFile = effective(levels, 'sslcertificatechainfile')
  const chainPem = chainFile
    ? readConfigFile(options.workspace, chainFile.args[0] ?? '')
    : undefined
  // An unreadable chain file is taken to hold the intermediates, as its name promises.
  const chainCount = chainFile ? (chainPem === undefined ? 1 : certificatesIn(chainPem).length) : 0
  for (const certificate of certificates) {
    const name = certificate.args[0] ?? ''
    const pem = readConfigFile(options.workspace, name)
    const cause =
      "Only the full chain (certbot's fullchain.pem: the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate"
    if (pem === undefined) {
      notes.push(
        `${name} (SSLCertificateFile, line ${certificate.line}) not readable: judged by its name`
      )
      const base = path.posix.basename(name)
      if ((base === 'cert.pem' && chainCount === 0) || base === 'chain.pem') {
        push(
          'fail',
          'proxy-config-full-chain',
          base === 'cert.pem'
            ? 'SSLCertificateFile cert.pem serves the leaf without intermediates'
            : 'SSLCertificateFile chain.pem serves the intermediates without the leaf',
          certificate,
          { details: [`SSLCertificateFile ${name}`], cause, fix: fullChainFix(host) }
        )
      }
      continue
    }
    const found = certificatesIn(pem)
    if (found.length === 0) continue
    checkNames(certificate, found[0], names, push)
    if (found.length !== 1 || chainCount > 0) continue
    if (selfSigned(found[0])) {
      push(
        'warn',
        'proxy-config-untrusted-certificate',
        `SSLCertificateFile ${name} is self-signed: no browser trusts it`,
        certificate,
        {
          details: [`SSLCertificateFile ${name}: one certificate, issued by itself.`],
          cause:
            'Browsers trust certificates from public CAs only; a self-signed certificate suits a test, with its clients (and wss-doctor, through ca-file) told to trust it',
          fix: fullChainFix(host)
        }
      )
      continue
    }
    push(
      'fail',
      'proxy-config-full-chain',
      `SSLCertificateFile ${name} holds the leaf alone: no intermediate is sent`,
      certificate,
      {
        details: [
          `SSLCertificateFile ${name}: 1 certificate${chainFile ? `; SSLCertificateChainFile ${chainFile.args[0]} holds none` : ', and no SSLCertificateChainFile'}.`
        ],
        cause,
        fix: fullChainFix(host)
      }
    )
  }
}

/** Whether a leaf covers a name of ServerName/ServerAlias (`*.example.com`: any one label). */
function covers(leaf: X509Certificate, name: string): boolean {
  if (isIP(name) !== 0) return leaf.checkIP(name) !== undefined
  const probe = name.startsWith('*.') ? `wss-doctor-probe${name.slice(1)}` : name
  return leaf.checkHost(probe) !== undefined
}

/** The names the virtual host answers to (SNI picks it by them) that its certificate lacks. */
function checkNames(
  certificate: Directive,
  pem: string,
  names: readonly string[],
  push: Push
): void {
  let leaf: X509Certificate
  try {
    leaf = new X509Certificate(pem)
  } catch {
    return
  }
  const uncovered = names.filter(n => !/[?[]/.test(n) && !/^\*[^.]/.test(n) && !covers(leaf, n))
  if (uncovered.length === 0) return
  push(
    'fail',
    'proxy-config-certificate-name',
    `SSLCertificateFile ${certificate.args[0]} does not cover ${uncovered.join(', ')}`,
    certificate,
    {
      details: [
        `The certificate names: ${leaf.subjectAltName ?? leaf.subject.replace(/\n/g, ', ')}.`,
        `The virtual host answers to ${names.join(', ')} (ServerName, ServerAlias).`
      ],
      cause:
        'Clients check that the certificate names the host they asked for; a virtual host serving a name its certificate lacks fails every handshake for it (hostname mismatch)',
      fix: certificateFix(uncovered[0])
    }
  )
}

/** Like the live versions check: 1.2 refused warns, a required version refused fails, a
 * version under min-tls-version warns (fails with fail-on-legacy-tls); 1.3 refused warns. */
function checkProtocols(
  directive: Directive,
  enabled: ReadonlySet<TlsVersion>,
  options: ConfigCheckOptions,
  push: Push
): void {
  const fix = tlsVersionsFix()
  const written = `SSLProtocol ${directive.args.join(' ')}`
  for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
    if (enabled.has(version)) continue
    const required = options.requireTlsVersions.includes(version)
    push(
      required ? 'fail' : 'warn',
      'proxy-config-tls-versions',
      `${written} refuses ${LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`,
      directive,
      {
        cause:
          version === 'TLSv1.2'
            ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
            : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
        fix
      }
    )
  }
  const floor = VERSIONS.indexOf(options.minTlsVersion)
  const legacy = VERSIONS.filter((v, i) => enabled.has(v) && i < floor)
  if (legacy.length > 0) {
    push(
      options.failOnLegacyTls ? 'fail' : 'warn',
      'proxy-config-legacy-tls',
      `${written} accepts legacy ${legacy.map(v => LABEL[v]).join(', ')}`,
      directive,
      {
        details: [
          'OpenSSL 3 refuses TLS 1.0 and 1.1 at its default security level, so a live probe may not see them; the configuration still asks for them.'
        ],
        cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
        fix
      }
    )
  }
}

/** The SSLCipherSuite that governs TLS 1.2 (`SSLCipherSuite spec` or `SSLCipherSuite SSL spec`;
 * `SSLCipherSuite TLSv1.3 …` sets the TLS 1.3 suites, which browsers always share). */
function checkCiphers(levels: readonly (readonly Directive[])[], tls13: boolean, push: Push): void {
  const tls12 = levels.map(level =>
    level.filter(
      d => d.key === 'sslciphersuite' && (d.args.length === 1 || d.args[0].toUpperCase() === 'SSL')
    )
  )
  const directive = effective(tls12, 'sslciphersuite')
  if (!directive) return
  const spec = directive.args[directive.args.length - 1] ?? ''
  const issue = judgeSuites(cipherStringSuites(spec), {
    label: 'SSLCipherSuite',
    written: `SSLCipherSuite ${spec}`,
    tls13,
    tls13Off: 'SSLProtocol'
  })
  if (!issue) return
  push(issue.status, issue.code, issue.title, directive, {
    details: issue.details,
    cause: issue.cause,
    fix: browserCiphersFix(issue.browsersLockedOut)
  })
}
