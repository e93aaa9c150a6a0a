// Can a browser connect at all? Chrome and Firefox offer ECDHE key exchange (the TLS 1.3
// suites, or TLS 1.2 ECDHE with AES-GCM, ChaCha20 and the AES-CBC fallbacks) over X25519, P-256
// and P-384, and static RSA key exchange last: no finite-field DHE. Node offers DHE, so a server
// that takes only DHE passes every other check. The default handshake answers for most servers;
// only when it used DHE, RSA or a group browsers lack (or was refused) does a browser-like offer
// follow. Which other clients connect is the per-client verdict's (src/clients/).
import type { HandshakeFacts } from '../facts.js'
import type { Endpoint } from '../target.js'
import type { ContextVariant, TrustStore } from '../trust-store.js'
import { PROFILES } from '../clients/profiles.js'
import { SUITE_OPENSSL } from '../clients/suites.js'
import { handshake } from './handshake.js'
import type { Probe } from './probe.js'

/** What Chrome and Firefox both offer (their client profiles): OpenSSL's name → the IANA name
 * Node reports. */
export const BROWSER_SUITES: Readonly<Record<string, string>> = Object.fromEntries(
  PROFILES.chrome.offer.suites
    .filter(suite => PROFILES.firefox.offer.suites.includes(suite))
    .map(suite => [SUITE_OPENSSL[suite], suite])
)
/** The groups offered (OpenSSL names), and the names Node reports for what browsers offer;
 * X25519MLKEM768 is the hybrid both browsers (and Node 24) put first. */
export const BROWSER_GROUPS = 'X25519:P-256:P-384'
const BROWSER_GROUP_NAMES = new Set(['X25519', 'prime256v1', 'secp384r1', 'X25519MLKEM768'])
const BROWSER_SUITE_NAMES = new Set(Object.values(BROWSER_SUITES))

/** At most this many handshakes per kind (DHE, static RSA) to list what the server takes. */
const MAX_PER_KIND = 2

type Kind = 'DHE' | 'RSA'

/** The DHE and static-RSA suites, IANA → OpenSSL name (from the one suite table), but 3DES,
 * which OpenSSL 3 no longer offers: a suite seen is left out of the next offer by its OpenSSL
 * name. A suite not listed ends the listing ("perhaps more"). */
export const LEGACY_SUITES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SUITE_OPENSSL).filter(
    ([iana]) => /^TLS_(DHE_RSA|RSA)_WITH_/.test(iana) && !iana.includes('3DES')
  )
)
/** OpenSSL cipher strings per kind; SECLEVEL=0 so that a 1024-bit group is seen, not refused. */
const KIND_CIPHERS: Record<Kind, string> = { DHE: 'EDH', RSA: 'kRSA:!aNULL:!eNULL' }

/** Exactly the browsers' offer (the run's trust store builds it once, with its client
 * certificate if any). */
const BROWSER_OFFER: ContextVariant = {
  ciphers: Object.keys(BROWSER_SUITES).join(':'),
  ecdhCurve: BROWSER_GROUPS
}

/** Only DHE (or only static-RSA) suites, minus those already seen, over TLS 1.2. */
function kindOffer(kind: Kind, without: string[]): ContextVariant {
  const ciphers = [KIND_CIPHERS[kind], ...without.map(s => `!${s}`), '@SECLEVEL=0'].join(':')
  return { ciphers, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }
}

/** DHE or static-RSA key exchange, by IANA name; undefined for any other. */
function kindOf(cipher: string): Kind | undefined {
  if (/^TLS_DHE_/.test(cipher)) return 'DHE'
  if (/^TLS_RSA_WITH_/.test(cipher)) return 'RSA'
  return undefined
}

/** A handshake a browser would also have made: its suite and group are ones browsers offer. */
function browserLike(facts: HandshakeFacts): boolean {
  return (
    BROWSER_SUITE_NAMES.has(facts.cipher) &&
    facts.group !== undefined &&
    BROWSER_GROUP_NAMES.has(facts.group)
  )
}

/** A default handshake refused for want of a common suite or group (or a DH group too small). */
const CIPHER_REFUSAL =
  /HANDSHAKE_FAILURE|NO_SHARED_CIPHER|NO_CIPHERS|INSUFFICIENT_SECURITY|DH_KEY_TOO_SMALL|NO_SUITABLE|NO_SHARED_GROUP/
/** How a server says "nothing you offer": the browser-like handshake failing this way fails the check. */
const NOTHING_IN_COMMON =
  /HANDSHAKE_FAILURE|NO_SHARED_CIPHER|NO_CIPHERS|INSUFFICIENT_SECURITY|NO_SUITABLE|NO_SHARED_GROUP/

interface Taken {
  suites: string[]
  /** DH group size, when DHE was taken. */
  dhBits?: number
  /** The bound was reached: the server may take more. */
  more: boolean
}

/** The DHE (or static-RSA) suites the server takes, most preferred first, bounded. */
async function taken(
  endpoint: Endpoint,
  kind: Kind,
  timeoutMs: number,
  trust: TrustStore
): Promise<Taken> {
  const found: Taken = { suites: [], more: false }
  const openssl: string[] = []
  for (let i = 0; i < MAX_PER_KIND; i++) {
    const result = await handshake(endpoint, {
      timeoutMs,
      secureContext: trust.context(kindOffer(kind, openssl)),
      readChain: false
    })
    if (!result.ok || kindOf(result.facts.cipher) !== kind) return found
    found.suites.push(result.facts.cipher)
    if (kind === 'DHE') found.dhBits ??= result.facts.groupBits
    const name = LEGACY_SUITES[result.facts.cipher]
    found.more = i === MAX_PER_KIND - 1 || name === undefined
    if (name === undefined) return found
    openssl.push(name)
  }
  return found
}

export const ciphersProbe: Probe = {
  check: 'ciphers',
  applies: ctx =>
    ctx.facts.handshake !== undefined ||
    (ctx.facts.handshakeFailure?.phase === 'tls' &&
      CIPHER_REFUSAL.test(ctx.facts.handshakeFailure.code)),
  run: async ctx => {
    const endpoint = ctx.target.endpoint!
    const timeoutMs = ctx.config.timeoutMs
    const first = ctx.facts.handshake
    if (first && browserLike(first)) {
      return [
        {
          check: 'ciphers',
          code: 'ciphers-ok',
          status: 'pass',
          title: `Browsers can connect: ${first.protocol} ${first.cipher} over ${first.group}`,
          details: [
            'The default handshake chose a suite and group that Chrome and Firefox offer (ECDHE over X25519, P-256 or P-384), so no browser-like handshake was needed.'
          ]
        }
      ]
    }
    const [browser, dhe, rsa] = await Promise.all([
      handshake(endpoint, {
        timeoutMs,
        secureContext: ctx.trust.context(BROWSER_OFFER),
        readChain: false
      }),
      taken(endpoint, 'DHE', timeoutMs, ctx.trust),
      taken(endpoint, 'RSA', timeoutMs, ctx.trust)
    ])
    const lines = takenLines(dhe, rsa, first)
    if (browser.ok) {
      const how = `${browser.facts.protocol} ${browser.facts.cipher} over ${browser.facts.group ?? 'no group'}`
      if (kindOf(browser.facts.cipher) === 'RSA') {
        return [
          {
            check: 'ciphers',
            code: 'ciphers-static-rsa-only',
            status: 'warn',
            title: `Browsers connect only with static RSA key exchange (no forward secrecy): ${how}`,
            details: [
              `A handshake offering exactly what Chrome and Firefox offer chose ${how}: they offer static RSA last, after every ECDHE suite.`,
              ...lines
            ],
            cause: weakKexCause(dhe, rsa),
            problem: { kind: 'browser-ciphers', host: endpoint.host, browsersLockedOut: false }
          }
        ]
      }
      if (dhe.suites.length === 0 && rsa.suites.length === 0) {
        return [
          {
            check: 'ciphers',
            code: 'ciphers-ok',
            status: 'pass',
            title: `Browsers can connect: ${how}`,
            details: [
              `A handshake offering exactly what Chrome and Firefox offer chose ${how}.`,
              ...lines
            ]
          }
        ]
      }
      return [
        {
          check: 'ciphers',
          code: 'ciphers-weak-key-exchange',
          status: 'warn',
          title: `Also takes ${kinds(dhe, rsa)} from clients that offer it: ${[...dhe.suites, ...rsa.suites].join(', ')}${dhe.dhBits ? ` (DH group ${dhe.dhBits} bits)` : ''}`,
          details: [
            `Browsers connect (${how}); clients that offer ${kinds(dhe, rsa)} get it instead.`,
            ...lines
          ],
          cause: weakKexCause(dhe, rsa),
          problem: { kind: 'browser-ciphers', host: endpoint.host, browsersLockedOut: false }
        }
      ]
    }
    const nothingInCommon = NOTHING_IN_COMMON.test(browser.failure.code)
    if (!first && dhe.suites.length === 0 && rsa.suites.length === 0) return [] // the tls check says it
    if (!nothingInCommon) {
      return [
        {
          check: 'ciphers',
          code: 'ciphers-undetermined',
          status: 'warn',
          title: `Could not tell whether browsers can connect: a handshake offering what they offer failed (${browser.failure.code})`,
          details: [`${browser.failure.code}: ${browser.failure.message}`, ...lines]
        }
      ]
    }
    return [
      {
        check: 'ciphers',
        code: 'ciphers-browsers-locked-out',
        status: 'fail',
        title:
          'Browsers cannot connect: the server offers no cipher suite or group that Chrome and Firefox offer',
        details: [
          `A handshake offering exactly what Chrome and Firefox offer was refused (${browser.failure.code}).`,
          ...lines,
          ...(ctx.facts.handshakeFailure
            ? [`The default handshake failed too: ${ctx.facts.handshakeFailure.code}.`]
            : [])
        ],
        cause:
          'The server allows only key exchanges browsers do not offer (finite-field DHE) or groups they do not offer; clients that offer them connect, browsers do not',
        problem: { kind: 'browser-ciphers', host: endpoint.host, browsersLockedOut: true }
      }
    ]
  }
}

function kinds(dhe: Taken, rsa: Taken): string {
  return [
    ...(dhe.suites.length > 0 ? ['DHE'] : []),
    ...(rsa.suites.length > 0 ? ['static RSA key exchange'] : [])
  ].join(' and ')
}

function weakKexCause(dhe: Taken, rsa: Taken): string {
  const reasons: string[] = []
  if (dhe.suites.length > 0)
    reasons.push(
      dhe.dhBits !== undefined && dhe.dhBits < 2048
        ? `DHE with a ${dhe.dhBits}-bit group is breakable (Logjam) and refused by current OpenSSL clients`
        : 'DHE is slow and browsers dropped it'
    )
  if (rsa.suites.length > 0)
    reasons.push('static RSA key exchange has no forward secrecy, and browsers offer it last')
  return `Legacy key exchange is still enabled: ${reasons.join('; ')}`
}

function takenLines(dhe: Taken, rsa: Taken, first: HandshakeFacts | undefined): string[] {
  const list = (t: Taken): string => `${t.suites.join(', ')}${t.more ? ', perhaps more' : ''}`
  const lines: string[] = []
  if (first)
    lines.push(
      `The default handshake (Node's offer) chose ${first.protocol} ${first.cipher} over ${first.group ?? (first.groupBits ? `a ${first.groupBits}-bit DH group` : 'no group')}.`
    )
  lines.push(
    dhe.suites.length > 0
      ? `Takes DHE: ${list(dhe)}, with a ${dhe.dhBits ?? '?'}-bit DH group.`
      : 'Takes no DHE suite.',
    rsa.suites.length > 0
      ? `Takes static RSA key exchange: ${list(rsa)}.`
      : 'Takes no static-RSA suite.'
  )
  return lines
}
