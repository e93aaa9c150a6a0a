// One answer to "is this certificate revoked?", whatever source gave it.
import type { CRLReason } from '@peculiar/asn1-x509'

export type RevocationStatus =
  | { status: 'good'; source: string; thisUpdate: Date }
  | { status: 'revoked'; source: string; revokedAt: Date; reason?: string }
  /** No verdict came: the source could not be reached, or answered that it has none. */
  | { status: 'unknown'; source: string; why: string }
  /** An answer came that cannot be used; `why` says what is wrong with it ("it is stale …"). */
  | { status: 'unusable'; source: string; why: string }

/** Good or revoked: the answer holds, and no other source need be asked. */
export function decides(
  answer: RevocationStatus
): answer is Extract<RevocationStatus, { status: 'good' | 'revoked' }> {
  return answer.status === 'good' || answer.status === 'revoked'
}

const REASONS: Record<number, string> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise'
}

export function reasonName(reason: CRLReason | number | undefined): string | undefined {
  if (reason === undefined) return undefined
  const code =
    typeof reason === 'number' ? reason : (reason as unknown as { reason: number }).reason
  return REASONS[code] ?? `reason ${code}`
}
