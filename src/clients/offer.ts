// What the server picks for a client's offer. The default handshake answers for every client
// whose offer holds what it negotiated; for the others, the ClientHello of exactly what the
// client offers (as far as Node's OpenSSL can send it), one per distinct offer, bounded by the
// timeout, and the server's clear-text answer (probes/hello.ts): its ServerHello names the
// version, suite and TLS 1.3 group, its TLS 1.2 ServerKeyExchange the curve or the DH prime. No
// key exchange, so a replay costs about what a ClientHello does and completes no handshake.
// The versions probe's TLS 1.2 hello is not reused for a TLS 1.2 client: it offers Node's default
// suites and groups, not the client's, and a server may pick otherwise for each.
// Security level 0 on our side: the client's own limits are applied to what the server picked
// (verdict.ts), so that a 1024-bit group is seen, not refused by this runtime.
import tls from 'node:tls'
import { TLS_VERSIONS, type HandshakeFacts, type TlsVersion } from '../facts.js'
import { MALFORMED_PEER_DATA } from '../isolation.js'
import { handshake } from '../probes/handshake.js'
import { hello, NO_CLIENT_HELLO, type HelloResult } from '../probes/hello.js'
import { keyExchangeParams } from '../probes/server-flight.js'
import type { Endpoint } from '../target.js'
import type { ContextVariant, TrustStore } from '../trust-store.js'
import type { ClientId, ClientProfile } from './profile.js'
import {
  GROUP_CODE,
  GROUP_OPENSSL,
  keyExchange,
  NODE_GROUP_IANA,
  SUITE_CODE,
  SUITE_OPENSSL
} from './suites.js'

export type OfferOutcome =
  | {
      ok: true
      protocol: string
      cipher: string
      /** IANA name of the ECDHE group, when there was one. */
      group?: string
      /** The finite-field DH group's size, when the server picked DHE. */
      dhBits?: number
      /** The default handshake answered: no connection was made for this client. */
      fromDefault: boolean
    }
  | { ok: false; code: string; message: string }

/** The outcome of the default handshake, when it is also what this client would get. */
export function defaultAnswers(
  profile: ClientProfile,
  first: HandshakeFacts
): OfferOutcome | undefined {
  const { offer, limits } = profile
  if (!offer.versions.includes(first.protocol as never) || !offer.suites.includes(first.cipher))
    return undefined
  const kind = keyExchange(first.cipher)
  const group = first.group ? (NODE_GROUP_IANA[first.group] ?? first.group) : undefined
  const outcome: OfferOutcome = {
    ok: true,
    protocol: first.protocol,
    cipher: first.cipher,
    group,
    fromDefault: true
  }
  if (kind === 'RSA') return outcome
  if (kind === 'DHE') {
    const bits = first.groupBits ?? 0
    return limits.minDhBits !== undefined && bits >= limits.minDhBits
      ? { ...outcome, dhBits: bits }
      : undefined
  }
  if (group === undefined) return undefined
  // A server that does the X25519 hybrid does X25519 (OpenSSL 3.5, BoringSSL, NSS, Go 1.24).
  if (offer.groups.includes(group)) return outcome
  if (group === 'X25519MLKEM768' && offer.groups.includes('x25519'))
    return { ...outcome, group: 'x25519' }
  return undefined
}

const groupSupport = new Map<string, boolean>()

/** Whether this runtime's OpenSSL can offer the group (OpenSSL 3.0 has no ML-KEM hybrid). */
function supportedGroup(name: string): boolean {
  let ok = groupSupport.get(name)
  if (ok === undefined) {
    try {
      tls.createSecureContext({ ecdhCurve: name })
      ok = true
    } catch {
      ok = false
    }
    groupSupport.set(name, ok)
  }
  return ok
}

/** The client's offer as a context variant: the suites and groups Node's OpenSSL knows. */
export function offerVariant(profile: ClientProfile): ContextVariant {
  const { versions, suites, groups } = profile.offer
  const ciphers = suites.map(s => SUITE_OPENSSL[s]).filter((s): s is string => s !== undefined)
  const curves = groups.map(g => GROUP_OPENSSL[g]).filter(g => g !== undefined && supportedGroup(g))
  return {
    ciphers: [...ciphers, '@SECLEVEL=0'].join(':'),
    ecdhCurve: curves.join(':'),
    minVersion: versions[0],
    maxVersion: versions[versions.length - 1]
  }
}

/** Each client's outcome: from the default handshake where it answers, else from one replay
 * per distinct offer, all at once. */
export async function offerOutcomes(
  endpoint: Endpoint,
  profiles: readonly ClientProfile[],
  first: HandshakeFacts | undefined,
  trust: TrustStore,
  timeoutMs: number
): Promise<Map<ClientId, OfferOutcome>> {
  const outcomes = new Map<ClientId, OfferOutcome>()
  const replays = new Map<string, { variant: ContextVariant; ids: ClientId[] }>()
  for (const profile of profiles) {
    const answered = first && defaultAnswers(profile, first)
    if (answered) {
      outcomes.set(profile.id, answered)
      continue
    }
    const variant = offerVariant(profile)
    const key = JSON.stringify(variant)
    const replay = replays.get(key) ?? { variant, ids: [] }
    replay.ids.push(profile.id)
    replays.set(key, replay)
  }
  await Promise.all(
    [...replays.values()].map(async ({ variant, ids }) => {
      const outcome = await replayOffer(endpoint, variant, trust, timeoutMs)
      for (const id of ids) outcomes.set(id, outcome)
    })
  )
  return outcomes
}

/** What the server picks for this offer, read from its answer to the offer's ClientHello; a
 * whole handshake only where that answer cannot tell (see helloOutcome). */
export async function replayOffer(
  endpoint: Endpoint,
  variant: ContextVariant,
  trust: TrustStore,
  timeoutMs: number
): Promise<OfferOutcome> {
  const secureContext = trust.context(variant)
  const answer = await hello(endpoint, {
    timeoutMs,
    offer: secureContext,
    versions: versionRange(variant),
    readFlight: true
  })
  return (
    helloOutcome(answer, variant) ?? (await handshakeOutcome(endpoint, secureContext, timeoutMs))
  )
}

const GROUP_NAME = new Map(Object.entries(GROUP_CODE).map(([name, code]) => [code, name]))
const SUITE_NAME = new Map(Object.entries(SUITE_CODE).map(([name, code]) => [code, name]))

/** The outcome the server's clear-text answer shows; undefined where only a whole handshake
 * can tell. */
export function helloOutcome(
  answer: HelloResult,
  variant: ContextVariant
): OfferOutcome | undefined {
  if (!answer.ok) {
    // No ClientHello for this offer from this runtime: the handshake says why, as before.
    if (answer.failure.code === NO_CLIENT_HELLO) return undefined
    return { ok: false, code: answer.failure.code, message: answer.failure.message }
  }
  const malformed = (what: string): OfferOutcome => ({
    ok: false,
    code: MALFORMED_PEER_DATA,
    message: `the server's ${what} is malformed or missing`
  })
  const { protocol, serverHello } = answer
  if (!serverHello) return malformed('ServerHello')
  // A TLS 1.2 server that asks for a client certificate: whether it goes on without one (or
  // with the run's) shows only after the key exchange.
  if (answer.certificateRequested && protocol !== 'TLSv1.3') return undefined
  // A suite or group that was not offered (or that these tables do not know): OpenSSL's own
  // verdict on it, from the handshake.
  const cipher = SUITE_NAME.get(serverHello.suite)
  if (!cipher || !offered(variant.ciphers, SUITE_OPENSSL[cipher])) return undefined
  const outcome = { ok: true, protocol, cipher, fromDefault: false } as const
  const groupName = (code: number | undefined): string | undefined => {
    const name = code === undefined ? undefined : GROUP_NAME.get(code)
    return name && offered(variant.ecdhCurve, GROUP_OPENSSL[name]) ? name : undefined
  }
  if (protocol === 'TLSv1.3') {
    // The key_share's group, or the one a HelloRetryRequest asks for (the server keeps it).
    const group = groupName(serverHello.group)
    return group ? { ...outcome, group } : undefined
  }
  const kind = keyExchange(cipher)
  if (kind !== 'ECDHE' && kind !== 'DHE') return outcome
  const params = answer.serverKeyExchange && keyExchangeParams(answer.serverKeyExchange, kind)
  if (!params) return malformed('ServerKeyExchange')
  if ('dhBits' in params) return { ...outcome, dhBits: params.dhBits }
  const group = groupName(params.curve)
  return group ? { ...outcome, group } : undefined
}

/** Whether an OpenSSL list (`a:b:c`) holds the name. */
const offered = (list: string | undefined, name: string | undefined): boolean =>
  name !== undefined && (list ?? '').split(':').includes(name)

/** The versions from the variant's minimum to its maximum. */
function versionRange(variant: ContextVariant): TlsVersion[] {
  const from = TLS_VERSIONS.indexOf(variant.minVersion as TlsVersion)
  const to = TLS_VERSIONS.indexOf(variant.maxVersion as TlsVersion)
  return TLS_VERSIONS.slice(Math.max(0, from), to < 0 ? undefined : to + 1)
}

/** The same question as a whole handshake: Node's OpenSSL judges what the server picked. */
export async function handshakeOutcome(
  endpoint: Endpoint,
  secureContext: tls.SecureContext,
  timeoutMs: number
): Promise<OfferOutcome> {
  const result = await handshake(endpoint, { timeoutMs, secureContext, readChain: false })
  if (!result.ok) return { ok: false, code: result.failure.code, message: result.failure.message }
  const { protocol, cipher, group, groupBits } = result.facts
  return {
    ok: true,
    protocol,
    cipher,
    group: group ? (NODE_GROUP_IANA[group] ?? group) : undefined,
    dhBits: keyExchange(cipher) === 'DHE' ? groupBits : undefined,
    fromDefault: false
  }
}
