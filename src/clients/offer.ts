// What the server picks for a client's offer. The default handshake answers for every client
// whose offer holds what it negotiated; for the others, a handshake offering exactly what the
// client offers (as far as Node's OpenSSL can send it), one per distinct offer, bounded by the
// timeout. Security level 0 on our side: the client's own limits are applied to what the server
// picked (verdict.ts), so that a 1024-bit group is seen, not refused by this runtime.
import tls from 'node:tls'
import type { HandshakeFacts } from '../facts.js'
import { handshake } from '../probes/handshake.js'
import type { Endpoint } from '../target.js'
import type { ContextVariant, TrustStore } from '../trust-store.js'
import type { ClientId, ClientProfile } from './profile.js'
import { GROUP_OPENSSL, keyExchange, NODE_GROUP_IANA, SUITE_OPENSSL } from './suites.js'

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

/** Each client's outcome: from the default handshake where it answers, else from one handshake
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
      const result = await handshake(endpoint, {
        timeoutMs,
        secureContext: trust.context(variant),
        readChain: false
      })
      const outcome: OfferOutcome = result.ok
        ? {
            ok: true,
            protocol: result.facts.protocol,
            cipher: result.facts.cipher,
            group: result.facts.group
              ? (NODE_GROUP_IANA[result.facts.group] ?? result.facts.group)
              : undefined,
            dhBits: keyExchange(result.facts.cipher) === 'DHE' ? result.facts.groupBits : undefined,
            fromDefault: false
          }
        : { ok: false, code: result.failure.code, message: result.failure.message }
      for (const id of ids) outcomes.set(id, outcome)
    })
  )
  return outcomes
}
