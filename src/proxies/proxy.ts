// The proxy in front of a WebSocket server is a concept with one module per kind (nginx,
// HAProxy, Apache, Caddy, lighttpd, h2o, Traefik, Envoy, Kubernetes Ingress, managed load
// balancers). Each answers the same questions: is this answer mine (live), is this file mine
// and what does it break (static), and how is a problem fixed in my own configuration language.
import type { Config } from '../config.js'
import type { TlsVersion } from '../facts.js'
import type { Finding, Fix } from '../findings.js'
import type { Report } from '../results.js'
import type { Target } from '../target.js'

export type ProxyId =
  | 'nginx'
  | 'haproxy'
  | 'apache'
  | 'caddy'
  | 'lighttpd'
  | 'h2o'
  | 'traefik'
  | 'envoy'
  | 'ingress-nginx'
  | 'iis'
  | 'aws-alb'
  | 'cloudflare'
  | 'google-lb'

/** What a live answer shows of whoever sent it: the upgrade response (101 or not), and its body
 * when it was not a 101. Header names are lower case; all of it is server-supplied text. */
export interface ResponseEvidence {
  status?: number
  headers: Record<string, string | undefined>
  body?: string
}

/** A proxy told from a live answer: which, and the evidence in one line ("Server: h2o/2.2.5"). */
export interface ProxyFacts {
  id: ProxyId
  /** As users name it: "HAProxy", "AWS Application Load Balancer". */
  name: string
  evidence: string
}

/** What is wrong, independent of who must fix it; each proxy writes the fix in its own words. */
export type Problem =
  /** The upgrade is not passed to the backend (no Upgrade/Connection, HTTP/1.0, no location). */
  | { kind: 'upgrade'; host: string; path: string }
  /** A silent WebSocket is cut: proxy timeouts must exceed `seconds`, the longest silence
   * between frames (idle-timeout); fixes write fixTimeoutSeconds of it. */
  | { kind: 'idle-timeout'; host: string; path: string; seconds: number }
  /** The leaf is served without its intermediates. */
  | { kind: 'full-chain'; host: string }
  /** TLS 1.2 and 1.3 must both be offered. */
  | { kind: 'tls-versions'; host: string }
  /** Offer what browsers offer (ECDHE with AES-GCM/ChaCha20, X25519/P-256/P-384). */
  | { kind: 'browser-ciphers'; host: string; browsersLockedOut: boolean }
  /** The certificate does not cover `host`: install one that does for this site. */
  | { kind: 'certificate'; host: string }
  /** A wss:// URL on a port without TLS: terminate TLS there. */
  | { kind: 'tls-listener'; host: string; port: number; path: string }
  /** Mutual TLS: how the proxy asks for and verifies client certificates. */
  | { kind: 'client-certificate'; host: string }
  /** Too many names in one certificate: one certificate per group of names, chosen by SNI. */
  | { kind: 'certificate-size'; host: string }

export type ProblemKind = Problem['kind']

/** A file of the repository, as config-paths found it (path relative to the workspace). */
export interface ConfigFile {
  path: string
  text: string
}

export interface ConfigCheckOptions {
  /** The repository root: includes and certificate files are read relative to it. */
  workspace: string
  /** Timeouts that cut a WebSocket silent this long fail. */
  idleTimeoutMs: number
  /** Paths that carry WebSocket traffic besides those recognised by name or idiom. */
  websocketPaths: readonly string[]
  minTlsVersion: TlsVersion
  failOnLegacyTls: boolean
  requireTlsVersions: readonly TlsVersion[]
  /** The run's targets: a wss:// target whose host a site names is linked to it. */
  targets: readonly Target[]
}

export interface ConfigVerdict {
  /** One line on what the file holds: "HAProxy configuration: 1 frontend, 1 WebSocket backend". */
  summary: string
  /** Where the summary points (the first site or section); 1 when absent. */
  summaryLine?: number
  details?: string[]
  /** Files read besides the one checked (includes): checked there, not again on their own. */
  included?: string[]
  /** check 'proxy-config', each at the line of the directive (or of the block missing it), with
   * this proxy's fix. A file the module cannot parse is a warning at the line, never a failure:
   * the proxy's own validator judges syntax. */
  findings: Finding[]
}

/** What the run needs of a proxy for every target (who it is, told from its answers), loaded
 * with the run; its fix (fixes.ts) only when a finding has a problem, and the file side (claims,
 * checkConfig, serve) only when config-paths names files. */
export type ProxyAnswer = Pick<Proxy, 'id' | 'name' | 'recognise'>

/** A proxy's fix for `problem`, in its own words, with a block to paste. */
export type ProxyFix = (problem: Problem) => Fix

/** What config-serve hands a proxy that can run a configuration: the run's config, and the run
 * itself (without scans) to probe what it served. */
export interface ServeContext {
  config: Config
  diagnose(config: Config): Promise<Report>
}

export interface Proxy {
  id: ProxyId
  name: string
  /** The evidence line when this answer comes from this proxy, else undefined. */
  recognise(evidence: ResponseEvidence): string | undefined
  /** True when the file's content is this proxy's configuration (never by extension alone). */
  claims?(file: ConfigFile): boolean
  /** The static check of a file this proxy claims. */
  checkConfig?(file: ConfigFile, options: ConfigCheckOptions): Promise<ConfigVerdict>
  /** config-serve: runs the file's configuration on loopback with throwaway certificates and
   * probes it; findings at the file's lines (a warning when the proxy is not installed). */
  serve?(file: ConfigFile, context: ServeContext): Promise<Finding[]>
}

/** The location of a WebSocket path, as most proxies match it: the path without its query. */
export function basePath(path: string): string {
  return path.split('?')[0] || '/'
}

/** Seconds to write into a timeout fix: an hour, or twice idle-timeout when that is longer. */
export function fixTimeoutSeconds(idleTimeoutMs: number): number {
  return Math.max(3600, Math.ceil((2 * idleTimeoutMs) / 1000))
}
