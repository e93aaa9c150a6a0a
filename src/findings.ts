// The findings model: one record per (target, check). Probes produce them; reporters only render.
import type { Code } from './codes.js'
import type { Problem } from './proxies/proxy.js'

export type Status = 'pass' | 'warn' | 'fail'

/** The checks wss-doctor runs, in report order. A new probe adds its id here. */
export const CHECKS = [
  'input',
  'scheme',
  'tls',
  'trust',
  'chain',
  'hostname',
  'expiry',
  'revocation',
  'crypto',
  'addresses',
  'versions',
  'ciphers',
  'upgrade',
  // A silent WebSocket held open for idle-timeout: the cut a proxy's read timeout makes.
  'idle',
  'compare',
  'origin',
  // Checks of the repository and of pages, not of one endpoint (src/scans/).
  'source',
  'page',
  'browser',
  'proxy-config'
] as const
export type CheckId = (typeof CHECKS)[number]

/** A fix: prose, and optionally a snippet to paste (certbot line, nginx block, workflow YAML). */
export interface Fix {
  text: string
  code?: { lang: string; text: string }
}

/** Where in the repository a finding points: annotations and SARIF place it there. */
export interface Location {
  file: string
  line: number
  column?: number
  /** A line the pull request adds or changes: annotated before the others. */
  changed?: boolean
}

export interface Finding {
  check: CheckId
  /** The kind of finding (src/codes.ts): stable, with a page of its own. */
  code: Code
  status: Status
  /** One line, names the problem (or what passed). May contain server-supplied text. */
  title: string
  /** Facts behind the verdict, one per line. May contain server-supplied text. */
  details?: string[]
  /** The root cause, in general words (the finding's page explains it further). */
  cause?: string
  fix?: Fix
  /** What a proxy must change, when the fix is the proxy's: the run writes `fix` from it in the
   * words of the proxy in front of the target (facts.proxy), or of the common ones when that
   * proxy could not be told. A probe sets this instead of `fix`. */
  problem?: Problem
  /** A line in the repository this finding is about (a source-scan hit, a proxy configuration
   * line); otherwise annotations use the target's own source line. */
  location?: Location
}

const RANK: Record<Status, number> = { pass: 0, warn: 1, fail: 2 }

/** The worst status of a list; `pass` for an empty list. */
export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = 'pass'
  for (const s of statuses) if (RANK[s] > RANK[worst]) worst = s
  return worst
}

export function atLeast(status: Status, threshold: Status): boolean {
  return RANK[status] >= RANK[threshold]
}
