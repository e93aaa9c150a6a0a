// Target lists (the `urls` input, a targets file) and `resolve` overrides → Target[].
// Never throws for a bad entry: it becomes a Target with a `problem`.
import { isIP } from 'node:net'
import { domainToASCII } from 'node:url'
import { redactUnparsedUrl, redactUrl, urlSecrets } from './secrets.js'
import type { SourceLocation, Target } from './target.js'

export interface ListEntry {
  text: string
  source?: SourceLocation
  /** The page a scan found this URL on (redacted). */
  foundOn?: string
}

/** Split the `urls` input: newlines or commas; blank entries and `#` comments skipped. */
export function splitUrlsInput(text: string): ListEntry[] {
  return text
    .split(/[\n,]/)
    .map(s => stripComment(s))
    .filter(s => s !== '')
    .map(s => ({ text: s }))
}

/** One target a line; the entry keeps its line number so findings can be annotated there. */
export function parseTargetsFile(text: string, file: string): ListEntry[] {
  const entries: ListEntry[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const s = stripComment(raw)
    if (s !== '') entries.push({ text: s, source: { file, line: i + 1 } })
  })
  return entries
}

// A `#` starts a comment at the start of a line or after whitespace (a URL fragment is invalid
// for WebSockets anyway, and is reported when it is glued to the URL).
function stripComment(line: string): string {
  return line.replace(/(^|\s)#.*$/, '').trim()
}

/** `host:port:address[,address…]` lines (curl's --resolve). Keys are `host:port`, host
 * lower-case; several addresses (or repeated lines) give a host several addresses. */
export interface ResolveMap {
  addresses: Map<string, string[]>
  problems: Target[]
}

export function parseResolve(text: string): ResolveMap {
  const addresses = new Map<string, string[]>()
  const problems: Target[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const m = /^([^:\s]+):(\d{1,5}):(\S+)$/.exec(line)
    const list = (m?.[3] ?? '').split(',').map(a => a.replace(/^\[(.*)\]$/, '$1'))
    const port = Number(m?.[2])
    if (!m || list.some(a => isIP(a) === 0) || port < 1 || port > 65535) {
      problems.push({
        label: `resolve ${line}`,
        problem: `Malformed resolve entry "${line}": expected host:port:address[,address] with IPv4 or IPv6 addresses, e.g. api.example.com:443:203.0.113.7`
      })
      continue
    }
    const key = resolveKey(m[1], port)
    // One address spelled many ways (::ffff:127.0.0.1, 0:0:0:0:0:ffff:7f00:1) is one address.
    addresses.set(key, [...new Set([...(addresses.get(key) ?? []), ...list.map(canonicalAddress)])])
  }
  return { addresses, problems }
}

/** The host as the URL parser writes it (an IDN in punycode, lower case), so that a resolve
 * line written in Unicode meets its URL. */
export function resolveKey(host: string, port: number): string {
  const bare = host.replace(/^\[(.*)\]$/, '$1')
  const ascii = isIP(bare) === 0 ? domainToASCII(bare) : ''
  return `${ascii || bare.toLowerCase()}:${port}`
}

/** An IP address by value: IPv6 compressed and lower case, an IPv4-mapped IPv6 address as the
 * IPv4 address it reaches. */
export function canonicalAddress(address: string): string {
  if (isIP(address) !== 6) return address
  const v6 = new URL(`http://[${address}]/`).hostname.slice(1, -1)
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6)
  if (!mapped) return v6
  const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)]
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')
}

// Lower-case after URL parsing; IDNs arrive as punycode (xn--…).
const DNS_NAME = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9])?)*\.?$/

export interface ParsedTarget {
  target: Target
  /** Values to mask in logs (passwords, tokens). */
  secrets: string[]
}

/** One list entry → a Target. URLs must be ws:// or wss://, with a host and no fragment. */
export function toTarget(entry: ListEntry, resolve: ResolveMap): ParsedTarget {
  const { text, source } = entry
  const found = entry.foundOn ? { foundOn: entry.foundOn } : {}
  let url: URL
  try {
    url = new URL(text)
  } catch {
    // Still masked: a URL can fail to parse and yet carry a password or a token.
    const shown = redactUnparsedUrl(text)
    return {
      target: {
        label: shown.text,
        source,
        problem: `Malformed URL "${shown.text}": not an absolute URL (expected wss://host[:port]/path)`
      },
      secrets: shown.secrets
    }
  }
  const secrets = urlSecrets(url)
  const label = redactUrl(url)
  const shown = new URL(label)
  // An entry that is no endpoint is echoed: what looks like a password anywhere in it (a
  // `:…@` in a path, a fragment, an odd scheme) is redacted and masked first.
  const problem = (text: string): ParsedTarget => {
    const echoed = redactUnparsedUrl(label)
    const explained = redactUnparsedUrl(text)
    return {
      target: { label: echoed.text, source, problem: explained.text },
      secrets: [...new Set([...secrets, ...echoed.secrets, ...explained.secrets])]
    }
  }
  const scheme = url.protocol.slice(0, -1)
  if (scheme !== 'wss' && scheme !== 'ws') {
    const hint =
      scheme === 'https' || scheme === 'http'
        ? ` Use ${scheme === 'https' ? 'wss' : 'ws'}://${url.host}${url.pathname}`
        : ''
    return problem(`Not a WebSocket URL: scheme "${scheme}:" (expected wss:// or ws://).${hint}`)
  }
  if (url.hostname === '') return problem('URL has no host name')
  if (url.hash !== '')
    return problem('URL has a fragment (#…): browsers refuse WebSocket URLs with fragments')
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  if (isIP(host) === 0 && !DNS_NAME.test(host)) {
    return problem(
      `Invalid host name "${host}": only letters, digits, hyphens and dots are allowed`
    )
  }
  const port = url.port === '' ? (scheme === 'wss' ? 443 : 80) : Number(url.port)
  return {
    target: {
      label,
      source,
      ...found,
      endpoint: {
        url: label,
        scheme,
        host,
        port,
        path: `${shown.pathname}${shown.search}`,
        addresses: resolve.addresses.get(resolveKey(host, port)) ?? []
      },
      ...(secrets.length > 0 ? { secretUrl: url.href } : {})
    },
    secrets
  }
}
