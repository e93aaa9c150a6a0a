// What each part of the Ingress check works with: the Ingress, the other objects of its file, the
// controller it was judged for, the run's thresholds, and a way to report at a line.
import type { Code } from '../../codes.js'
import type { TlsVersion } from '../../facts.js'
import type { Finding, Location, Status } from '../../findings.js'
import type { Controller } from './controllers.js'
import type { Manifest } from './manifest.js'

export interface IngressCheckOptions {
  /** Timeouts that cut a WebSocket silent this long are reported. */
  idleTimeoutMs: number
  /** Versions below this one are legacy (TLS 1.2 when not given). */
  minTlsVersion?: TlsVersion
  failOnLegacyTls?: boolean
  requireTlsVersions?: readonly TlsVersion[]
}

export type Report = (
  status: Status,
  code: Code,
  title: string,
  location: Location,
  extra?: Partial<Finding>
) => void

export interface IngressContext {
  ingress: Manifest
  others: readonly Manifest[]
  controller: Controller
  options: IngressCheckOptions
  /** Adds a finding titled "Ingress namespace/name: …". */
  report: Report
}
