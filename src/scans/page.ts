// The page scan: the https page that opens the socket, read as a browser would load it (its
// HTML and same-origin scripts, its Content-Security-Policy) but never run. A ws:// endpoint
// there is mixed content a browser blocks before any traffic; a wss:// endpoint the page's
// connect-src refuses is the same outage under another name. The wss:// endpoints found are
// handed on (probe-discovered) to be checked as targets.
import type { Config } from '../config.js'
import type { Finding } from '../findings.js'
import { worstStatus } from '../findings.js'
import type { TargetResult } from '../doctor.js'
import { mapConcurrent } from '../concurrency.js'
import { plainWebSocketFix } from '../remedies.js'
import { redactUrl } from '../secrets.js'
import type { Endpoint } from '../target.js'
import type { ListEntry } from '../targets.js'
import { allowingDirective, blockingDirective, parsePolicy, parsePolicyList } from './csp.js'
import { fetchBounded, type Fetched, type FetchOptions } from './page-fetch.js'
import type { Scan, ScanContext } from './scan.js'
import {
  findDerivedSchemes,
  findSocketLiterals,
  metaPolicies,
  scriptSources
} from './websocket-urls.js'

/** Per resource (the page, each script). */
export const PAGE_MAX_BYTES = 2 * 1024 * 1024
/** Same-origin external scripts read per page. */
export const PAGE_MAX_SCRIPTS = 20
export const PAGE_MAX_REDIRECTS = 5
/** Distinct WebSocket URLs reported per page, and places listed per URL. */
const MAX_ENDPOINTS = 50
const MAX_PLACES = 5
const MAX_SHOWN = 200

export const pageScan: Scan = {
  check: 'page',
  phase: 'before',
  applies: (config: Config) => config.pageUrls.length > 0,
  run: async (ctx: ScanContext) => {
    const results: TargetResult[] = []
    const discovered: ListEntry[] = []
    for (const page of ctx.config.pageUrls) {
      const scanned = await scanPage(new URL(page), ctx)
      results.push(scanned.result)
      discovered.push(...scanned.discovered)
    }
    return { results, discovered }
  }
}

/** A resource read for WebSocket URLs: the page or one of its scripts. */
interface Source {
  url: string
  text: string
}

interface Place {
  source: string
  line: number
  opened: boolean
}

async function scanPage(
  page: URL,
  ctx: ScanContext
): Promise<{ result: TargetResult; discovered: ListEntry[] }> {
  const label = redactUrl(page)
  const options: FetchOptions = {
    secureContext: ctx.trust.secureContext,
    resolve: ctx.config.resolve,
    timeoutMs: ctx.config.timeoutMs,
    maxBytes: PAGE_MAX_BYTES,
    maxRedirects: PAGE_MAX_REDIRECTS
  }
  const fetched = await fetchBounded(page, options)
  const unread = unreadPage(fetched, label)
  if (unread) return { result: result(label, [unread]), discovered: [] }
  const html = fetched as Extract<Fetched, { ok: true }>
  const origin = html.url
  const findings: Finding[] = []
  const details: string[] = []

  // The page's scripts: inline ones are in the HTML already; same-origin external ones are read.
  const sources: Source[] = [{ url: shown(origin.href), text: html.body }]
  const truncated: string[] = html.truncated ? [shown(origin.href)] : []
  const external = scriptSources(html.body)
  const sameOrigin: URL[] = []
  const foreign: string[] = []
  for (const src of external) {
    const url = parsedUrl(src, origin)
    if (!url) continue
    if (url.origin === origin.origin) {
      if (!sameOrigin.some(u => u.href === url.href)) sameOrigin.push(url)
    } else if (!foreign.includes(url.href)) foreign.push(url.href)
  }
  const read = sameOrigin.slice(0, PAGE_MAX_SCRIPTS)
  const scripts = await mapConcurrent(read, 4, url => fetchBounded(url, options))
  const unreadScripts: string[] = []
  for (const script of scripts) {
    if (!script.ok) unreadScripts.push(`${shown(script.url.href)}: ${script.message}`)
    else if (script.status >= 400)
      unreadScripts.push(`${shown(script.url.href)}: HTTP ${script.status}`)
    else {
      sources.push({ url: shown(script.url.href), text: script.body })
      if (script.truncated) truncated.push(shown(script.url.href))
    }
  }
  if (unreadScripts.length > 0)
    findings.push({
      check: 'page',
      status: 'warn',
      title: `${count(unreadScripts.length, 'script')} of the page could not be read: the WebSockets ${unreadScripts.length === 1 ? 'it opens' : 'they open'} were not checked`,
      details: unreadScripts,
      fix: {
        text: 'Make the scripts loadable over https from the page origin (a browser needs them too), or raise timeout-ms.'
      }
    })
  if (truncated.length > 0)
    findings.push({
      check: 'page',
      status: 'warn',
      title: `Only the first ${PAGE_MAX_BYTES / 1024 / 1024} MiB of ${count(truncated.length, 'resource')} were read: WebSockets opened further on were not checked`,
      details: truncated
    })

  // Every WebSocket URL, by URL, with the places it was found.
  const places = new Map<string, Place[]>()
  const derived: string[] = []
  for (const source of sources) {
    for (const found of findSocketLiterals(source.text)) {
      const list = places.get(found.url) ?? []
      if (!places.has(found.url)) {
        if (places.size >= MAX_ENDPOINTS) continue
        places.set(found.url, list)
      }
      list.push({ source: source.url, line: found.line, opened: found.opened })
    }
    for (const { line } of findDerivedSchemes(source.text))
      derived.push(`${source.url} line ${line}`)
  }

  const policies = [
    ...(html.contentSecurityPolicy ? parsePolicyList(html.contentSecurityPolicy, 'header') : []),
    ...metaPolicies(html.body).map(content => parsePolicy(content, 'meta'))
  ]
  const discovered: ListEntry[] = []
  const endpoints: string[] = []
  for (const [written, where] of places) {
    const at = placesText(where)
    const url = withPageHost(written, origin)
    const parsed = /^(wss?):\/\/([^/?#]*)(.*)$/i.exec(url)!
    const scheme = parsed[1].toLowerCase()
    const host = parsed[2]
    if (scheme === 'ws') {
      if (isLoopback(host)) {
        endpoints.push(`${shown(url)}: loopback, which browsers allow from an https page (${at})`)
        continue
      }
      findings.push({
        check: 'page',
        status: 'fail',
        title: `This https page cannot open ${shown(url)}: browsers block it before any traffic`,
        details: where.slice(0, MAX_PLACES).map(placeText).concat(moreText(where)),
        cause:
          'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets (the browser console says "Mixed Content: … attempted to connect to the insecure WebSocket endpoint")',
        fix: plainWebSocketFix(pseudoEndpoint(host, parsed[3]))
      })
      continue
    }
    const target = parsedUrl(url)
    if (!target || url.includes('${')) {
      endpoints.push(`${shown(url)}: built at run time, not checked against the CSP (${at})`)
      continue
    }
    discovered.push({ text: target.href })
    const blocked = blockingDirective(policies, target, origin)
    if (!blocked) {
      endpoints.push(
        `${shown(target.href)}: ${policies.length > 0 ? 'allowed by the CSP' : 'no CSP restricts it'} (${at})`
      )
      continue
    }
    const directive = `${blocked.directive} ${blocked.sources.join(' ')}`.trim()
    findings.push({
      check: 'page',
      status: 'fail',
      title: `The page's CSP connect-src blocks ${shown(target.href)}: the browser refuses the connection (the same outage under another name)`,
      details: [
        `Content-Security-Policy (${blocked.policy.from === 'meta' ? '<meta http-equiv>' : 'header'}): ${shown(directive)}${blocked.directive === 'default-src' ? ' (no connect-src, so default-src applies)' : ''}`,
        ...where.slice(0, MAX_PLACES).map(placeText),
        ...moreText(where)
      ],
      cause:
        'Content-Security-Policy: the page may only connect to what its connect-src (or default-src) lists; the browser console says "Refused to connect to … because it violates the following Content Security Policy directive"',
      fix: {
        text: `Allow ${target.protocol}//${target.host} in the policy that blocks it (${blocked.policy.from === 'meta' ? 'the <meta http-equiv="Content-Security-Policy"> element' : 'the Content-Security-Policy header'}). Every policy a page carries must allow the connection.`,
        code: {
          lang: 'http',
          text: `Content-Security-Policy: ${allowingDirective(blocked, target)}`
        }
      }
    })
  }

  const found = places.size + derived.length
  details.push(...endpoints)
  for (const place of derived)
    details.push(`scheme derived from location.protocol (follows the page: fine) at ${place}`)
  details.push(
    policies.length === 0
      ? 'No Content-Security-Policy: connections are not restricted'
      : `Content-Security-Policy: ${policies
          .map(p => `${p.from} ${connectSources(p)}`)
          .join(' | ')}`
  )
  if (sameOrigin.length > read.length)
    details.push(
      `${sameOrigin.length - read.length} more same-origin scripts not read (at most ${PAGE_MAX_SCRIPTS})`
    )
  if (foreign.length > 0)
    details.push(
      `Scripts from other origins not read: ${foreign.slice(0, MAX_PLACES).map(shown).join(', ')}${foreign.length > MAX_PLACES ? ', …' : ''}`
    )
  findings.push({
    check: 'page',
    status: 'pass',
    title:
      found === 0
        ? `No WebSocket URL in the page or its ${count(sources.length - 1, 'same-origin script')}`
        : `Read the page and ${count(sources.length - 1, 'same-origin script')}: ${count(places.size, 'WebSocket URL')}${derived.length > 0 ? `, ${count(derived.length, 'scheme')} derived from location.protocol` : ''}`,
    details
  })
  return { result: result(label, findings), discovered }
}

/** The finding when the page itself was not read: nothing in it was scanned. */
function unreadPage(fetched: Fetched, label: string): Finding | undefined {
  if (fetched.ok) {
    if (fetched.status < 400) return undefined
    return {
      check: 'page',
      status: 'fail',
      title: `The page answered HTTP ${fetched.status}: nothing was scanned`,
      fix: { text: 'List a page URL that loads (the one that opens the WebSocket) in page-urls.' }
    }
  }
  switch (fetched.code) {
    case 'CERTIFICATE':
      return {
        check: 'page',
        status: 'fail',
        title: `The page's certificate fails (${shown(fetched.message)}): a browser refuses the page, and its content was not scanned`,
        cause: 'The page that opens the WebSocket does not load over verified https',
        fix: {
          text: `Fix the certificate of ${new URL(label).host} (a certificate that covers the host, from a CA browsers trust, with its full chain); for an internal CA, give it to wss-doctor with ca-file.`
        }
      }
    case 'CROSS_ORIGIN_REDIRECT':
    case 'TOO_MANY_REDIRECTS':
      return {
        check: 'page',
        status: 'warn',
        title: `The page ${shown(fetched.message)}: not followed, nothing was scanned`,
        fix: {
          text: 'List the page the browser ends up on in page-urls (redirects are followed only within the origin).'
        }
      }
    default:
      return {
        check: 'page',
        status: 'fail',
        title: `The page could not be fetched: ${shown(fetched.message)}`,
        details: [`${fetched.code} at ${shown(fetched.url.href)}`],
        fix: {
          text: 'Check that the page is reachable from the runner (resolve maps a host to an address), or raise timeout-ms.'
        }
      }
  }
}

function result(label: string, findings: Finding[]): TargetResult {
  return {
    target: { label, scan: 'page' },
    status: worstStatus(findings.map(f => f.status)),
    findings,
    facts: {}
  }
}

/** `${location.host}` and friends are the page's own host. */
function withPageHost(url: string, origin: URL): string {
  return url
    .replace(/\$\{\s*(?:(?:window|document|self)\.)?location\.host\s*\}/g, origin.host)
    .replace(/\$\{\s*(?:(?:window|document|self)\.)?location\.hostname\s*\}/g, origin.hostname)
}

function parsedUrl(text: string, base?: URL): URL | undefined {
  try {
    return new URL(text, base)
  } catch {
    return undefined
  }
}

/** Hosts a browser lets an https page reach over ws:// (potentially trustworthy). */
function isLoopback(host: string): boolean {
  const name = host
    .replace(/:\d*$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase()
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)
  )
}

/** The fix's host and path as the page wrote them (possibly with `${…}`). */
function pseudoEndpoint(authority: string, rest: string): Endpoint {
  const host = authority.replace(/^[^@]*@/, '')
  return {
    url: `wss://${host}${rest}`,
    scheme: 'ws',
    host: shown(host),
    port: 80,
    path: shown(rest || '/'),
    addresses: []
  }
}

function placeText(place: Place): string {
  return `${place.opened ? 'new WebSocket' : 'string literal'} at ${place.source} line ${place.line}`
}

function placesText(where: Place[]): string {
  return where
    .slice(0, MAX_PLACES)
    .map(p => `${p.source} line ${p.line}`)
    .concat(where.length > MAX_PLACES ? [`${where.length - MAX_PLACES} more`] : [])
    .join(', ')
}

function moreText(where: Place[]): string[] {
  return where.length > MAX_PLACES ? [`and ${where.length - MAX_PLACES} more places`] : []
}

function connectSources(policy: ReturnType<typeof parsePolicy>): string {
  const connect = policy.directives.get('connect-src')
  if (connect) return shown(`connect-src ${connect.join(' ')}`)
  const fallback = policy.directives.get('default-src')
  if (fallback) return shown(`default-src ${fallback.join(' ')}`)
  return 'no connect-src or default-src (connections unrestricted)'
}

/** Server-supplied text, cut to a readable length (reporters escape it). */
function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
