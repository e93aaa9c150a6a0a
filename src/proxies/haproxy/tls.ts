// What a TLS bind line needs for WebSockets: a certificate with its full chain (read from the
// crt PEM when it is in the repository), one that covers the run's wss:// hosts, TLS 1.2 and 1.3,
// and cipher suites and curves browsers share. A bind line's own ciphers, ciphersuites, curves
// and versions replace global's ssl-default-bind-* (measured on HAProxy 2.6).
import type { Code } from '../../codes.js'
import path from 'node:path'
import type { Finding, Status } from '../../findings.js'
import { BROWSER_SUITES } from '../../probes/ciphers.js'
import { cipherStringSuites } from '../shared/cipher-string.js'
import { judgeSuites } from '../shared/tls-policy.js'
import type { ConfigCheckOptions } from '../proxy.js'
import {
  readCertificateFile,
  readCrtList,
  selfIssued,
  type CertificateSource
} from './certificates.js'
import type { Report } from './finding.js'
import {
  browserCiphersFix,
  certificateFix,
  fullChainFix,
  tlsListenerFix,
  tlsVersionsFix
} from './fix.js'
import { effective, type Directive, type HaproxyConfig, type Section } from './parse.js'
import { offer, versionSettings, VERSION_LABEL, VERSIONS, type Version } from './versions.js'

export interface BindFacts {
  section: Section
  directive: Directive
  tls: boolean
  ports: number[]
  sources: CertificateSource[]
  /** crt-list files that could not be read. */
  unreadLists: string[]
  /** The run's wss:// targets on this bind's port. */
  targets: string[]
}

const TLS13_BROWSER = Object.keys(BROWSER_SUITES).filter(s => s.startsWith('TLS_'))
/** Groups browsers offer, in HAProxy's (OpenSSL's) spellings. */
const BROWSER_CURVES = new Set([
  'x25519',
  'p-256',
  'prime256v1',
  'secp256r1',
  'p-384',
  'secp384r1',
  'x25519mlkem768'
])

/** The ports of a bind address list: `:443`, `*:443`, `[::]:443`, `1.2.3.4:8443-8444`. */
export function bindPorts(address: string): number[] {
  return address.split(',').flatMap(part => {
    const match = /:(\d+)(?:-(\d+))?$/.exec(part)
    if (!match) return []
    const from = Number(match[1])
    const to = Math.min(Number(match[2] ?? match[1]), from + 64)
    return Array.from({ length: to - from + 1 }, (_, i) => from + i)
  })
}

/** The value after `keyword` on a bind line (the last one, as HAProxy keeps it). */
function option(args: readonly string[], keyword: string): string | undefined {
  const at = args.lastIndexOf(keyword)
  return at >= 0 ? args[at + 1] : undefined
}

function globalSetting(config: HaproxyConfig, keyword: string): Directive | undefined {
  return effective(config.global, d => d.keyword === keyword)?.directive
}

export function checkBinds(
  config: HaproxyConfig,
  options: ConfigCheckOptions,
  report: Report
): BindFacts[] {
  const binds: BindFacts[] = []
  const crtBase = globalSetting(config, 'crt-base')?.args[0]
  for (const section of config.sections) {
    if (section.kind !== 'frontend' && section.kind !== 'listen') continue
    const mode = effective(section, d => d.keyword === 'mode')?.directive.args[0] ?? 'tcp'
    for (const directive of section.directives.filter(d => d.keyword === 'bind')) {
      const args = directive.args
      const ports = bindPorts(args[0] ?? '')
      const tls = args.includes('ssl')
      const facts: BindFacts = {
        section,
        directive,
        tls,
        ports,
        sources: [],
        unreadLists: [],
        targets: options.targets
          .filter(t => t.endpoint?.scheme === 'wss' && ports.includes(t.endpoint.port))
          .map(t => t.label)
      }
      binds.push(facts)
      if (!tls) {
        if (ports.includes(443) && mode === 'http') plainTlsPort(facts, options, report)
        continue
      }
      args.forEach((word, i) => {
        if (word === 'crt' && args[i + 1])
          facts.sources.push(readCertificateFile(args[i + 1], crtBase, options.workspace))
        if (word === 'crt-list' && args[i + 1]) {
          const list = readCrtList(args[i + 1], crtBase, options.workspace)
          facts.sources.push(...list.sources)
          if (list.unreadable) facts.unreadLists.push(`${args[i + 1]} (${list.unreadable})`)
        }
      })
      const host = hostOf(facts, options)
      if (!args.includes('crt') && !args.includes('crt-list')) {
        report(
          section,
          'fail',
          'proxy-config-certificate-missing',
          `${bindText(directive)}: ssl without crt or crt-list`,
          directive.line,
          {
            cause: 'A TLS bind line needs a certificate: HAProxy refuses to start without one',
            fix: fullChainFix(host)
          }
        )
      }
      checkChain(facts, config, host, report)
      checkHosts(facts, options, report)
      checkVersions(facts, config, options, host, report)
    }
  }
  return binds
}

const bindText = (d: Directive): string => `bind ${d.args[0] ?? ''}`

/** The host a fix names: the target on this port, else a placeholder. */
function hostOf(bind: BindFacts, options: ConfigCheckOptions): string {
  const target = options.targets.find(
    t => t.endpoint?.scheme === 'wss' && bind.ports.includes(t.endpoint.port)
  )
  return target?.endpoint?.host ?? 'api.example.com'
}

function plainTlsPort(bind: BindFacts, options: ConfigCheckOptions, report: Report): void {
  const host = hostOf(bind, options)
  report(
    bind.section,
    'fail',
    'proxy-config-tls-listener',
    `${bindText(bind.directive)} without ssl: plain HTTP on the TLS port`,
    bind.directive.line,
    {
      cause:
        'The port wss:// clients connect to does not speak TLS: every handshake fails (WRONG_VERSION_NUMBER)',
      fix: tlsListenerFix(host, 443, '/')
    }
  )
}

function checkChain(bind: BindFacts, config: HaproxyConfig, host: string, report: Report): void {
  const completed = globalSetting(config, 'issuers-chain-path')
  for (const source of bind.sources) {
    const crt = `crt ${source.name}`
    if (source.kind === 'unreadable') {
      // certbot's cert.pem is the leaf alone, whatever the server has.
      if (path.posix.basename(source.name) !== 'cert.pem' || completed) continue
      report(
        bind.section,
        'fail',
        'proxy-config-full-chain',
        `${crt} serves the leaf without intermediates`,
        bind.directive.line,
        {
          details: [
            `${source.name} is not in the repository (${source.why}); certbot's cert.pem holds the leaf alone.`
          ],
          cause: fullChainCause,
          fix: fullChainFix(host)
        }
      )
      continue
    }
    if (source.kind !== 'file') continue
    const count = source.certificates.length
    if (count === 0) {
      report(
        bind.section,
        'warn',
        'proxy-config-certificate-file',
        `${crt} holds no certificate`,
        bind.directive.line,
        {
          details: [`No PEM CERTIFICATE block in ${source.name}: HAProxy cannot load it.`],
          fix: fullChainFix(host, source.name)
        }
      )
    } else if (count === 1 && !selfIssued(source.certificates[0]) && !completed) {
      report(
        bind.section,
        'fail',
        'proxy-config-full-chain',
        `${crt} holds the leaf without its intermediates`,
        bind.directive.line,
        {
          details: [
            `${source.name}: 1 certificate (${source.certificates[0].subject.replace(/\n/g, ', ')}), issued by ${source.certificates[0].issuer.replace(/\n/g, ', ')}, which is not in the file.`
          ],
          cause: fullChainCause,
          fix: fullChainFix(host, source.name)
        }
      )
    }
  }
}

const fullChainCause =
  'HAProxy sends exactly the certificates of the crt PEM: only the full chain (the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate'

/** A wss:// target on this bind's port whose host no readable certificate covers. */
function checkHosts(bind: BindFacts, options: ConfigCheckOptions, report: Report): void {
  const files = bind.sources.filter(s => s.kind === 'file')
  if (files.length === 0 || files.length !== bind.sources.length || bind.unreadLists.length > 0)
    return
  const leaves = files.flatMap(f => f.certificates.slice(0, 1))
  for (const target of options.targets) {
    const endpoint = target.endpoint
    if (endpoint?.scheme !== 'wss' || !bind.ports.includes(endpoint.port)) continue
    if (leaves.some(leaf => leaf.checkHost(endpoint.host) !== undefined)) continue
    report(
      bind.section,
      'fail',
      'proxy-config-certificate-name',
      `no certificate of ${bindText(bind.directive)} covers ${endpoint.host}`,
      bind.directive.line,
      {
        details: leaves.map(
          leaf => `Served: ${leaf.subjectAltName ?? leaf.subject.replace(/\n/g, ', ')}`
        ),
        cause: `HAProxy chooses a certificate by SNI among those of the bind line and serves the first one when none matches: clients of ${endpoint.host} get a certificate for another name (hostname mismatch)`,
        fix: certificateFix(endpoint.host)
      }
    )
  }
}

function checkVersions(
  bind: BindFacts,
  config: HaproxyConfig,
  options: ConfigCheckOptions,
  host: string,
  report: Report
): void {
  const defaults = globalSetting(config, 'ssl-default-bind-options')
  const global = defaults ? versionSettings(defaults.args, defaults) : { without: [] }
  const own = versionSettings(bind.directive.args, bind.directive)
  const { offered, refusedBy, admittedBy } = offer(global, own)
  const sectionOf = (at: Directive | undefined): Section =>
    at && at !== bind.directive && config.global ? config.global : bind.section
  const refused = (version: Version): void => {
    const by = refusedBy(version)
    const required = (options.requireTlsVersions as readonly string[]).includes(version)
    report(
      sectionOf(by?.at),
      required ? 'fail' : 'warn',
      'proxy-config-tls-versions',
      `${by?.words ?? bindText(bind.directive)} refuses ${VERSION_LABEL[version]}${required ? ', which require-tls-versions requires' : ''}`,
      (by?.at ?? bind.directive).line,
      {
        details: [
          `${bindText(bind.directive)} offers ${[...offered].map(v => VERSION_LABEL[v]).join(', ') || 'no version'}.`
        ],
        cause:
          version === 'TLSv1.2'
            ? 'Clients and proxies that stop at TLS 1.2 (older Android, Java 8, corporate middleboxes) share no version with the server'
            : 'TLS 1.3 is faster (one round trip) and what every current browser prefers',
        fix: tlsVersionsFix(host)
      }
    )
  }
  if (!offered.has('TLSv1.2')) refused('TLSv1.2')
  if (!offered.has('TLSv1.3')) refused('TLSv1.3')
  const floor = VERSIONS.indexOf(options.minTlsVersion as Version)
  const legacy = VERSIONS.filter((v, i) => offered.has(v) && i < floor)
  if (legacy.length > 0) {
    const by = admittedBy(legacy[0])
    report(
      sectionOf(by?.at),
      options.failOnLegacyTls ? 'fail' : 'warn',
      'proxy-config-legacy-tls',
      `${by?.words ?? bindText(bind.directive)} accepts legacy ${legacy.map(v => VERSION_LABEL[v]).join(', ')}`,
      (by?.at ?? bind.directive).line,
      {
        cause: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); browsers no longer offer them',
        fix: tlsVersionsFix(host)
      }
    )
  }
  checkCiphers(bind, config, offered, report)
}

/** The bind line's own value of `keyword`, else global's `fallback`: the value and its line. */
function setting(
  bind: BindFacts,
  config: HaproxyConfig,
  keyword: string,
  fallback: string
): { name: string; value: string; at: Directive; words: string } | undefined {
  const own = option(bind.directive.args, keyword)
  if (own !== undefined)
    return { name: keyword, value: own, at: bind.directive, words: `${keyword} ${own}` }
  const global = globalSetting(config, fallback)
  if (global?.args[0] === undefined) return undefined
  return {
    name: fallback,
    value: global.args[0],
    at: global,
    words: `${fallback} ${global.args[0]}`
  }
}

function checkCiphers(
  bind: BindFacts,
  config: HaproxyConfig,
  offered: Set<Version>,
  report: Report
): void {
  const ciphers = setting(bind, config, 'ciphers', 'ssl-default-bind-ciphers')
  const suites = setting(bind, config, 'ciphersuites', 'ssl-default-bind-ciphersuites')
  const curves =
    setting(bind, config, 'curves', 'ssl-default-bind-curves') ??
    setting(bind, config, 'ecdhe', 'ssl-default-bind-curves')
  const curvesOk = !curves || curves.value.split(':').some(c => BROWSER_CURVES.has(c.toLowerCase()))
  const tls12 = ciphers ? cipherStringSuites(ciphers.value) : undefined
  const tls12Ok = offered.has('TLSv1.2') && (!tls12 || tls12.kind !== 'none') && curvesOk
  const tls13Ok =
    offered.has('TLSv1.3') &&
    (!suites || suites.value.split(':').some(s => TLS13_BROWSER.includes(s))) &&
    curvesOk
  const lockedOut = !tls12Ok && !tls13Ok
  const sectionOf = (at: Directive): Section =>
    at !== bind.directive && config.global ? config.global : bind.section
  const problem = (
    status: Status,
    code: Code,
    title: string,
    at: Directive,
    details: string[],
    cause = 'Chrome and Firefox offer ECDHE key exchange over X25519, P-256 and P-384 (static RSA last, no finite-field DHE) and the TLS 1.3 AES-GCM and ChaCha20 suites; a server that takes only others passes Node and curl and locks browsers out'
  ): void =>
    report(sectionOf(at), status, code, title, at.line, {
      details: [...details, `For ${bindText(bind.directive)} (line ${bind.directive.line}).`],
      cause,
      fix: browserCiphersFix(lockedOut)
    } satisfies Partial<Finding>)
  if (!curvesOk && curves) {
    problem('fail', 'proxy-config-groups', `${curves.words}: no group browsers offer`, curves.at, [
      'Browsers offer X25519, P-256 and P-384 for ECDHE (TLS 1.2) and for every TLS 1.3 handshake.'
    ])
  }
  const tls12Issue =
    ciphers && tls12 && offered.has('TLSv1.2')
      ? judgeSuites(tls12, {
          label: ciphers.name,
          written: ciphers.words,
          tls13: tls13Ok,
          tls13Off: !offered.has('TLSv1.3')
            ? 'for this bind'
            : `to browsers: ${(curvesOk ? suites : curves)?.words ?? ''}`
        })
      : undefined
  if (ciphers && tls12Issue)
    problem(
      tls12Issue.status,
      tls12Issue.code,
      tls12Issue.title,
      ciphers.at,
      tls12Issue.details,
      tls12Issue.cause
    )
  if (suites && offered.has('TLSv1.3') && curvesOk && !tls13Ok) {
    problem(
      tls12Ok ? 'warn' : 'fail',
      'proxy-config-ciphers',
      `${suites.words} offers TLS 1.3 clients no suite browsers offer`,
      suites.at,
      [`Browsers offer ${TLS13_BROWSER.join(', ')} for TLS 1.3.`]
    )
  }
}
