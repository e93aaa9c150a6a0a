// The `clients` input: the clients a team cares about. A failure whose problem stops none of
// them, by the verdicts, is a warning that says so; one that stops any of them stays a failure.
// Only checks whose failures the verdicts model are judged so: what they do not model (a policy
// threshold such as weak-crypto: fail, an expiry window, a revocation status nobody checks)
// keeps its status.
import type { CheckId, Finding } from '../findings.js'
import type { TargetFacts } from '../facts.js'
import { CLIENT_IDS, type ClientId } from './profile.js'
import { PROFILES } from './profiles.js'
import type { ClientVerdicts } from './verdict.js'

/** The words the `clients` input takes besides client ids, and what they stand for. */
export const CLIENT_GROUPS: Readonly<Record<string, readonly ClientId[]>> = {
  browsers: CLIENT_IDS.filter(id => PROFILES[id].browser),
  all: CLIENT_IDS,
  node: ['node20', 'node22', 'node24'],
  java: ['java17', 'java21']
}

/** The ids a `clients` value names; throws with the valid words for an unknown one. */
export function parseClients(value: string): ClientId[] {
  const words = value
    .split(/[\s,]+/)
    .map(w => w.trim().toLowerCase())
    .filter(Boolean)
  const ids = new Set<ClientId>()
  for (const word of words.length > 0 ? words : ['browsers']) {
    const group = CLIENT_GROUPS[word]
    if (group) group.forEach(id => ids.add(id))
    else if ((CLIENT_IDS as readonly string[]).includes(word)) ids.add(word as ClientId)
    else
      throw new Error(
        `unknown client "${word}"; valid: ${[...Object.keys(CLIENT_GROUPS), ...CLIENT_IDS].join(', ')}`
      )
  }
  return CLIENT_IDS.filter(id => ids.has(id))
}

/** "Chrome, Firefox and Safari". */
export function clientNames(ids: readonly ClientId[]): string {
  const names = ids.map(id => PROFILES[id].name)
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
    : (names[0] ?? '')
}

/** The findings, with each failure that spares every selected client made a warning. */
export function spareSelected(
  findings: Finding[],
  verdicts: ClientVerdicts | undefined,
  selected: readonly ClientId[],
  facts: TargetFacts,
  weakCryptoFails: boolean
): Finding[] {
  if (!verdicts) return findings
  return findings.map(f => {
    if (f.status !== 'fail' || !modelled(f.check, facts, weakCryptoFails)) return f
    const broken = (Object.keys(verdicts) as ClientId[]).filter(id =>
      verdicts[id]!.checks?.includes(f.check)
    )
    if (broken.length === 0 || broken.some(id => selected.includes(id))) return f
    return {
      ...f,
      status: 'warn' as const,
      details: [
        ...(f.details ?? []),
        `A warning, not a failure: it stops ${clientNames(broken)}, none of the clients selected (${clientNames(selected)}).`
      ]
    }
  })
}

/** Whether the verdicts model what fails this check for this target. */
function modelled(check: CheckId, facts: TargetFacts, weakCryptoFails: boolean): boolean {
  switch (check) {
    case 'trust':
    case 'hostname':
    case 'ciphers':
    case 'revocation':
      return true
    case 'crypto':
      return !weakCryptoFails
    // The default handshake's own failure; a later tls finding (ALPN) is not modelled.
    case 'tls':
      return facts.handshake === undefined
    default:
      return false
  }
}
