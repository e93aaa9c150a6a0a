// What a probe is pointed at. Malformed entries are targets too: they carry a `problem`
// instead of an `endpoint`, and the input probe turns that into a finding.

export interface SourceLocation {
  file: string
  line: number
}

export interface Endpoint {
  /** The URL with secrets redacted: safe to print. */
  url: string
  scheme: 'wss' | 'ws'
  /** Hostname as in the URL, without IPv6 brackets (punycode for IDN). */
  host: string
  port: number
  /** Path and query of the upgrade request, secrets redacted: safe to print. */
  path: string
  /** Where to connect instead of resolving `host` (the `resolve` input); empty: use DNS. */
  addresses: string[]
}

export interface Target {
  /** What the user wrote, secrets redacted: how every report names this target. */
  label: string
  source?: SourceLocation
  /** The page a scan found this URL on (redacted): reporters say "found on" it, as they give
   * `source` for one found in a file. */
  foundOn?: string
  endpoint?: Endpoint
  /** Why this entry could not be turned into an endpoint. */
  problem?: string
  /** Set for what a scan checked (a file, a page, a configuration) rather than an endpoint:
   * the scan's check id. */
  scan?: string
  /** Its place in the whole list when the run is one shard of it: merge-reports restores the
   * list's order with it. */
  position?: number
  /** Only when the URL carries secrets (a password, token-like query values): the URL as
   * written, for a session whose certificate verified. Never printed or reported. */
  secretUrl?: string
}
