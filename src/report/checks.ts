// Shared by reporters: the icon for a status and each target's one-line verdict per check.
import { worstStatus, type Finding, type Location, type Status } from '../findings.js'
import type { TargetResult } from '../results.js'
import type { Target } from '../target.js'

export const ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' }

/** Findings worth a reader's attention, failures first. */
export function problems(result: TargetResult): TargetResult['findings'] {
  return [
    ...result.findings.filter(f => f.status === 'fail'),
    ...result.findings.filter(f => f.status === 'warn')
  ]
}

/** The line a finding is about: its own (a scan hit), else its target's targets-file line. */
export function findingLocation(target: Target, finding: Finding): Location | undefined {
  return finding.location ?? target.source
}

const VERSION_LABEL = {
  TLSv1: '1.0',
  'TLSv1.1': '1.1',
  'TLSv1.2': '1.2',
  'TLSv1.3': '1.3'
} as const

/** "1.0 — · 1.1 — · 1.2 ✅ · 1.3 ✅": accepted ✅ (⚠️/❌ when the policy objects), refused —
 * (⚠️/❌ when the policy wants it), unknown ?. Undefined when versions were not probed. */
export function versionMatrix(result: TargetResult): string | undefined {
  const versions = result.facts.versions
  if (!versions) return undefined
  return (Object.keys(VERSION_LABEL) as (keyof typeof VERSION_LABEL)[])
    .map(v => {
      const { support, status } = versions[v]
      const mark =
        support === 'unknown'
          ? '?'
          : status !== 'pass'
            ? ICON[status]
            : support === 'accepted'
              ? '✅'
              : '—'
      return `${VERSION_LABEL[v]} ${mark}`
    })
    .join(' · ')
}

/** "101 · chat.v1 · 1.2 ms · idle ✅ · via nginx", or the status that came instead of 101. */
export function upgradeSummary(result: TargetResult): string | undefined {
  const upgrade = result.facts.upgrade
  if (!upgrade) return undefined
  // The upgrade check's verdict, not the status code alone: a 101 that then drops fails.
  const verdict = worstStatus(result.findings.filter(f => f.check === 'upgrade').map(f => f.status))
  const idle = result.findings.filter(f => f.check === 'idle')
  return [
    `${upgrade.status === 101 ? ICON[verdict] : '❌'} ${upgrade.status}`,
    ...(upgrade.subprotocol ? [upgrade.subprotocol] : []),
    ...(upgrade.roundTripMs !== undefined ? [`${upgrade.roundTripMs} ms`] : []),
    // Whether the socket outlived idle-timeout while silent (the idle check's hold).
    ...(idle.length > 0 ? [`idle ${ICON[worstStatus(idle.map(f => f.status))]}`] : []),
    // Who answered: the proxy's name from wss-doctor's own table (the evidence is in the JSON).
    ...(result.facts.proxy ? [`via ${result.facts.proxy.name}`] : [])
  ].join(' · ')
}
