// Which clients connect to an endpoint, each with why: the facts the probes gathered (chain,
// names, keys, signatures, revocation, the certificate message's size) judged by each client's
// profile, what the server picks for each client's offer (offer.ts), and whether the server's
// key can sign with a scheme the client offers (key-schemes.ts). A problem that stops
// a client names the checks whose findings report it, so that the `clients` input can tell a
// failure that spares every selected client from one that does not (policy.ts).
import { X509Certificate } from 'node:crypto'
import {
  certificateInfo,
  certificateTime,
  type CertificateInfo,
  type TargetFacts
} from '../facts.js'
import type { CheckId, Finding } from '../findings.js'
import { hostMatch } from '../probes/hostname.js'
import { hello } from '../probes/hello.js'
import { accessUrls, caIssuersUrls } from '../probes/trust.js'
import type { Endpoint } from '../target.js'
import type { TrustStore } from '../trust-store.js'
import { unusableKey } from './key-schemes.js'
import { offerOutcomes } from './offer.js'
import { CLIENT_IDS, type ClientId, type ClientProfile } from './profile.js'
import { PROFILES } from './profiles.js'

export interface ClientVerdict {
  connects: boolean
  /** What it negotiates, or what stops it (several problems joined by "; "). */
  why: string
  /** The checks whose findings report what stops it. */
  checks?: CheckId[]
}
export type ClientVerdicts = Partial<Record<ClientId, ClientVerdict>>

export interface VerdictInput {
  endpoint: Endpoint
  facts: TargetFacts
  findings: readonly Finding[]
  trust: TrustStore
  timeoutMs: number
  now: Date
}

interface Blocker {
  checks: CheckId[]
  why: string
}

/** A default handshake that failed over what was offered: each client's offer is tried. */
const OFFER_REFUSAL =
  /HANDSHAKE_FAILURE|NO_SHARED_CIPHER|NO_CIPHERS|INSUFFICIENT_SECURITY|DH_KEY_TOO_SMALL|NO_SUITABLE|NO_SHARED_GROUP|PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW|VERSION_TOO_HIGH/
const TOO_LARGE = /EXCESSIVE_MESSAGE_SIZE/
/** Node's verification codes for a key or digest under its security level: the key and
 * signature rules below judge those per client. */
const WEAK_KEY_OR_DIGEST = /KEY_TOO_SMALL|MD_TOO_SMALL/
const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID'])
/** The lifetime limit of Safari applies to certificates issued from this date (HT210176). */
const LIFETIME_RULE_FROM = Date.UTC(2019, 6, 1)
/** OpenSSL's SSL_MAX_CERT_LIST_DEFAULT: what this runtime read before it gave up. */
const NODE_CERT_LIST = 102_400

/** Every client's verdict for one endpoint; undefined for a target that was not a TLS
 * endpoint (ws://, an input problem). */
export async function clientVerdicts(
  input: VerdictInput,
  ids: readonly ClientId[] = CLIENT_IDS
): Promise<ClientVerdicts | undefined> {
  const { facts, endpoint } = input
  const first = facts.handshake
  const failure = facts.handshakeFailure
  if (endpoint.scheme !== 'wss' || (!first && !failure)) return undefined
  const profiles = ids.map(id => PROFILES[id])
  const blockers = new Map<ClientId, Blocker[]>(ids.map(id => [id, []]))
  const notes = new Map<ClientId, string[]>(ids.map(id => [id, []]))
  const block = (p: ClientProfile, checks: CheckId[], why: string): void =>
    void blockers.get(p.id)!.push({ checks, why })
  const everyone = (checks: CheckId[], why: string): void =>
    profiles.forEach(p => block(p, checks, why))
  const how = new Map<ClientId, string>()

  if (!first && TOO_LARGE.test(failure!.code)) {
    await judgeSize(input, profiles, block, notes)
  } else if (!first && !OFFER_REFUSAL.test(failure!.code)) {
    everyone(['tls'], `the TLS connection fails (${failure!.code})`)
  } else {
    if (first) judgeCertificates(input, profiles, block, everyone)
    const outcomes = await offerOutcomes(endpoint, profiles, first, input.trust, input.timeoutMs)
    const leafKey = first?.chain[0]?.publicKey
    for (const p of profiles) {
      const o = outcomes.get(p.id)!
      if (!o.ok) {
        block(
          p,
          ['tls', 'ciphers'],
          `no TLS version, cipher suite and group in common with what it offers (${o.code})`
        )
        continue
      }
      const min = p.limits.minDhBits
      if (o.dhBits !== undefined && (min === undefined || o.dhBits < min)) {
        block(
          p,
          ['tls', 'ciphers'],
          `the server picks DHE with a ${o.dhBits}-bit group, and it refuses groups under ${min ?? '?'} bits`
        )
        continue
      }
      const keyProblem = leafKey && unusableKey(p, leafKey, o.protocol, o.cipher)
      if (keyProblem) {
        block(p, ['crypto'], keyProblem)
        continue
      }
      how.set(p.id, `${o.protocol} ${o.cipher}${o.group ? ` over ${o.group}` : ''}`)
      if (!first)
        notes.get(p.id)!.push('the certificate was not read: the default handshake failed')
    }
  }
  const upgrade = input.findings.find(f => f.check === 'upgrade' && f.status === 'fail')
  if (upgrade) everyone(['upgrade'], `the WebSocket upgrade fails: ${upgrade.title}`)

  const verdicts: ClientVerdicts = {}
  for (const p of profiles) {
    const found = blockers.get(p.id)!
    const why = unique(found.map(b => b.why))
    verdicts[p.id] =
      found.length === 0
        ? {
            connects: true,
            why: [how.get(p.id) ?? 'nothing stops it', ...notes.get(p.id)!].join('; ')
          }
        : {
            connects: false,
            why: [...why, ...notes.get(p.id)!].join('; '),
            checks: unique(found.flatMap(b => b.checks))
          }
  }
  return verdicts
}

type Block = (p: ClientProfile, checks: CheckId[], why: string) => void

/** The chain, names, keys, signatures, lifetime, size and revocation, per client. */
function judgeCertificates(
  input: VerdictInput,
  profiles: readonly ClientProfile[],
  block: Block,
  everyone: (checks: CheckId[], why: string) => void
): void {
  const { facts, now, trust, endpoint } = input
  const first = facts.handshake!
  const chain = first.chain
  if (chain.length === 0) return everyone(['trust'], 'the server sent no certificate')
  const leaf = chain[0]
  for (const cert of chain) {
    const from = certificateTime(cert.validFrom)
    const to = certificateTime(cert.validTo)
    if (!from || !to || to < now || from > now)
      everyone(
        ['expiry'],
        `"${cert.subject}" is not valid now (${cert.validFrom} to ${cert.validTo})`
      )
  }
  const from = certificateTime(leaf.validFrom)
  const to = certificateTime(leaf.validTo)
  if (from && to && from.getTime() >= LIFETIME_RULE_FROM) {
    const days = Math.round((to.getTime() - from.getTime()) / 86_400_000)
    for (const p of profiles) {
      const max = p.limits.maxLifetimeDays
      if (max !== undefined && days > max)
        block(
          p,
          ['trust'],
          `the certificate is valid for ${days} days, and it trusts at most ${max}`
        )
    }
  }

  const match = hostMatch(endpoint.host, leaf)
  if (match === 'mismatch') everyone(['hostname'], `the certificate does not name ${endpoint.host}`)
  if (match === 'cn-only')
    for (const p of profiles.filter(p => !p.trust.cnOnly))
      block(p, ['hostname'], `${endpoint.host} is only in the CN, and it reads only the SANs`)

  const rsaBits = chain
    .filter(c => c.publicKey.type === 'rsa' && c.publicKey.bits !== undefined)
    .map(c => c.publicKey.bits!)
  const smallestRsa = rsaBits.length > 0 ? Math.min(...rsaBits) : undefined
  if (smallestRsa !== undefined)
    for (const p of profiles)
      if (smallestRsa < p.limits.minRsaBits)
        block(p, ['crypto'], `a ${smallestRsa}-bit RSA key, and it needs ${p.limits.minRsaBits}`)
  const weakEc = chain.find(c => c.publicKey.type === 'ec' && (c.publicKey.bits ?? 256) < 256)
  if (weakEc)
    everyone(['crypto'], `a ${weakEc.publicKey.bits}-bit EC key (no client offers its curve)`)

  const signed = chain.filter(c => !c.selfIssued)
  if (signed.some(c => /md5/i.test(c.signatureAlgorithm)))
    everyone(['trust'], 'an MD5 signature in the chain')
  if (signed.some(c => /sha1/i.test(c.signatureAlgorithm)))
    for (const p of profiles.filter(p => !p.trust.sha1))
      block(p, ['trust'], 'a SHA-1 signature in the chain, which it refuses')

  if (!first.authorized && first.verifyError !== undefined) {
    const top = chain[chain.length - 1]
    const anchored = top.selfIssued && trust.isTrustedRoot(top.fingerprint256)
    const code = first.verifyError
    if (DATE_ERRORS.has(code)) {
      // The dates rule above says it.
    } else if (anchored && (WEAK_KEY_OR_DIGEST.test(code) || chain.some(weakForNode))) {
      // The key and signature rules above judge it per client (this runtime's OpenSSL reports
      // a 512-bit key as UNSPECIFIED).
    } else if (!top.selfIssued && caIssuersUrls(top).length > 0) {
      for (const p of profiles.filter(p => !p.trust.aiaFetch))
        block(
          p,
          ['trust'],
          `the issuer of "${top.subject}" is not sent, and it does not fetch it (AIA)`
        )
    } else {
      everyone(['trust'], `the chain does not verify (${code})`)
    }
  }

  const sent = facts.sentChain?.map(b64 => Buffer.from(b64, 'base64'))
  const certs = sent ?? chain.filter((c, i) => i === 0 || !c.selfIssued).map(derOf)
  const size = certificateMessageSize(certs, first.protocol)
  for (const p of profiles) {
    const { maxChainLength: maxCerts, maxCertificateMessage: maxBytes } = p.limits
    if (maxCerts !== undefined && certs.length > maxCerts)
      block(
        p,
        ['trust'],
        `${certs.length} certificates in the chain, and it takes at most ${maxCerts}`
      )
    if (maxBytes !== undefined && size > maxBytes)
      block(p, ['tls'], `a certificate message of ${size} bytes, and it reads at most ${maxBytes}`)
  }
  judgeCertificateSizes(certs, profiles, block)

  const revocation = facts.revocation
  if (revocation?.status === 'revoked') {
    const stapled = revocation.source.startsWith('stapled')
    const responder = revocation.source.startsWith('OCSP') || accessUrls(leaf, 'OCSP').length > 0
    for (const p of profiles) {
      const how = p.trust.revocation
      if (stapled && (how.includes('stapled') || how.includes('ocsp')))
        block(
          p,
          ['revocation'],
          'the certificate is revoked, and it honours the stapled OCSP answer'
        )
      else if (responder && how.includes('ocsp'))
        block(p, ['revocation'], 'the certificate is revoked, and it asks the OCSP responder')
    }
  }
}

/** A certificate message too large for this runtime: its size read in clear over TLS 1.2
 * (hello.ts reads up to 1 MiB), else only that it is over OpenSSL's 100 KiB. */
async function judgeSize(
  input: VerdictInput,
  profiles: readonly ClientProfile[],
  block: Block,
  notes: Map<ClientId, string[]>
): Promise<void> {
  const flight = await hello(input.endpoint, {
    timeoutMs: input.timeoutMs,
    offer: input.trust.context({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }),
    versions: ['TLSv1.2'],
    readFlight: true
  })
  const certs = flight.ok ? (flight.certificates ?? []) : []
  const exact = certs.length > 0 ? certificateMessageSize(certs, 'TLSv1.2') : undefined
  const names = certs.length > 0 ? ` with ${namesOf(certs[0])} names` : ''
  judgeCertificateSizes(certs, profiles, block)
  for (const p of profiles) {
    const max = p.limits.maxCertificateMessage
    if (exact !== undefined && max !== undefined && exact > max)
      block(
        p,
        ['tls'],
        `a certificate message of ${exact} bytes${names}, and it reads at most ${max}`
      )
    else if (exact === undefined && max !== undefined && max <= NODE_CERT_LIST)
      block(
        p,
        ['tls'],
        `a certificate message over ${NODE_CERT_LIST} bytes, and it reads at most ${max}`
      )
    else
      notes
        .get(p.id)!
        .push(
          `the certificate message is ${exact !== undefined ? `${exact} bytes${names}` : `over ${NODE_CERT_LIST} bytes`}; ${max === undefined ? 'its limit is not known' : `it reads up to ${max}`}, the rest was not checked`
        )
  }
}

/** Each certificate against the largest one a client reads. */
function judgeCertificateSizes(
  certs: readonly Buffer[],
  profiles: readonly ClientProfile[],
  block: Block
): void {
  const largest = Math.max(0, ...certs.map(der => der.length))
  for (const p of profiles) {
    const max = p.limits.maxCertificateBytes
    if (max !== undefined && largest > max)
      block(p, ['tls'], `a certificate of ${largest} bytes, and it reads none over ${max}`)
  }
}

/** A key or signature this runtime's OpenSSL may refuse at its security level. */
function weakForNode(cert: CertificateInfo): boolean {
  const { type, bits } = cert.publicKey
  if (type === 'rsa' && bits !== undefined && bits < 2048) return true
  return !cert.selfIssued && /md5|sha1/i.test(cert.signatureAlgorithm)
}

function namesOf(der: Buffer): number {
  try {
    return certificateInfo(der).subjectAltNames.length
  } catch {
    return 0
  }
}

function derOf(cert: CertificateInfo): Buffer {
  return Buffer.from(new X509Certificate(cert.pem).raw)
}

/** The Certificate handshake message's body: a 3-byte length per certificate and for the list;
 * TLS 1.3 adds a request context byte and 2 bytes of extensions per certificate. */
function certificateMessageSize(certs: readonly Buffer[], protocol: string): number {
  const perCert = protocol === 'TLSv1.3' ? 5 : 3
  return certs.reduce((sum, der) => sum + der.length + perCert, protocol === 'TLSv1.3' ? 4 : 3)
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}
