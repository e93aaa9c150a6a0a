// Shared by reporters: the icon for a status and each target's one-line verdict per check.
import { CHECKS, worstStatus, type Status } from '../findings.js'
import type { TargetResult } from '../doctor.js'

export const ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' }

/** Each check that ran for a target, in report order, with its worst status. */
export function checkStatuses(result: TargetResult): { check: string; status: Status }[] {
  const rows: { check: string; status: Status }[] = []
  for (const check of CHECKS) {
    const statuses = result.findings.filter(f => f.check === check).map(f => f.status)
    if (statuses.length > 0) rows.push({ check, status: worstStatus(statuses) })
  }
  return rows
}

/** Findings worth a reader's attention, failures first. */
export function problems(result: TargetResult): TargetResult['findings'] {
  return [...result.findings.filter(f => f.status === 'fail'), ...result.findings.filter(f => f.status === 'warn')]
}
