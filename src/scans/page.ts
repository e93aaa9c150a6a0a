// The page scan: the https page that opens the socket, read as a browser would load it (its
// HTML and same-origin scripts, its Content-Security-Policy) but never run. A ws:// endpoint
// there is mixed content a browser blocks before any traffic; a wss:// endpoint the page's
// connect-src refuses is the same outage under another name. The wss:// endpoints found are
// handed on (probe-discovered) to be checked as targets.
import type { TargetResult } from '../results.js'
import { worstStatus, type Finding } from '../findings.js'
import { mapConcurrent } from '../concurrency.js'
import { redactUrl } from '../secrets.js'
import type { ListEntry } from '../targets.js'
import { blockingDirective, parsePolicy, parsePolicyList, type Policy } from './csp.js'
import { fetchBounded, type Fetched, type FetchOptions } from './page-fetch.js'
import {
  connectRule,
  count,
  cspBlockedFinding,
  mixedContentFinding,
  named,
  placesText,
  shown,
  unreadPageFinding,
  type Place
} from './page-findings.js'
import { PAGE_SCAN } from './declared.js'
import type { Scan, ScanContext } from './scan.js'
import { findDerivedSchemes, findSocketLiterals, metaPolicies, scriptSources } from './page-html.js'

/** Per resource (the page, each script). */
export const PAGE_MAX_BYTES = 2 * 1024 * 1024
/** Same-origin external scripts read per page, four at a time. */
export const PAGE_MAX_SCRIPTS = 20
export const PAGE_MAX_REDIRECTS = 5
/** Distinct WebSocket URLs judged per page. */
const MAX_URLS = 50

export const pageScan: Scan = {
  ...PAGE_SCAN,
  run: async ctx => {
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

type Page = Extract<Fetched, { ok: true }>

/** A resource read for WebSocket URLs: the page or one of its scripts. */
interface Source {
  name: string
  text: string
  /** The page itself (its inline scripts are read), or a script. */
  kind: 'markup' | 'script'
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
  const unread = unreadPageFinding(fetched)
  if (unread) return { result: result(label, [unread]), discovered: [] }
  const html = fetched as Page
  const origin = html.url
  const scripts = await readScripts(html, options)
  const findings = [...scripts.findings]
  const { places, derived } = socketsIn([
    { name: named(origin), text: html.body, kind: 'markup' },
    ...scripts.read
  ])
  const policies: Policy[] = [
    ...(html.contentSecurityPolicy ? parsePolicyList(html.contentSecurityPolicy, 'header') : []),
    ...metaPolicies(html.body).map(content => parsePolicy(content, 'meta'))
  ]

  const discovered: ListEntry[] = []
  const inventory: string[] = []
  // upgrade-insecure-requests makes the browser open wss:// where the page says ws://.
  const upgrades = policies.some(p => p.directives.has('upgrade-insecure-requests'))
  for (const [written, where] of places) {
    let url = withPageHost(written, origin)
    const at = placesText(where)
    if (/^ws:/i.test(url)) {
      if (isLoopback(url)) {
        inventory.push(`${shown(url)}: loopback, which browsers allow from an https page (${at})`)
        continue
      }
      if (!upgrades) {
        findings.push(mixedContentFinding(url, where))
        continue
      }
      const upgraded = upgradedUrl(url)
      inventory.push(`${shown(url)}: opened as ${shown(upgraded)} (upgrade-insecure-requests)`)
      url = upgraded
    }
    const target = parsedUrl(url)
    if (!target || url.includes('${')) {
      inventory.push(`${shown(url)}: built at run time, not checked against the CSP (${at})`)
      continue
    }
    discovered.push({ text: target.href, foundOn: label })
    const blocked = blockingDirective(policies, target, origin)
    if (blocked) findings.push(cspBlockedFinding(target, blocked, where))
    else
      inventory.push(
        `${shown(target.href)}: ${policies.length > 0 ? 'allowed by the CSP' : 'no CSP restricts it'} (${at})`
      )
  }

  const scriptsRead = count(scripts.read.length, 'same-origin script')
  findings.push({
    check: 'page',
    code: 'page-ok',
    status: 'pass',
    title:
      places.size + derived.length === 0
        ? `No WebSocket URL in the page or its ${scriptsRead}`
        : `Read the page and ${scriptsRead}: ${count(places.size, 'WebSocket URL')}${derived.length > 0 ? `, ${count(derived.length, 'scheme')} derived from location.protocol` : ''}`,
    details: [
      ...inventory,
      ...derived.map(
        at => `scheme derived from location.protocol (follows the page: fine) at ${at}`
      ),
      policies.length === 0
        ? 'No Content-Security-Policy: connections are not restricted'
        : `Content-Security-Policy: ${policies.map(p => `${p.from} ${connectRule(p)}`).join(' | ')}`,
      ...scripts.notRead
    ]
  })
  return { result: result(label, findings), discovered }
}

/** The page's same-origin external scripts, read (inline ones are in the HTML already); a
 * script that cannot be read, or only in part, is a warning. */
async function readScripts(
  html: Page,
  options: FetchOptions
): Promise<{ read: Source[]; findings: Finding[]; notRead: string[] }> {
  const origin = html.url
  // Script URLs (href), each once, in document order.
  const sameOrigin: string[] = []
  const foreign: string[] = []
  for (const src of scriptSources(html.body)) {
    const url = parsedUrl(src, origin)
    if (!url) continue
    const list = url.origin === origin.origin ? sameOrigin : foreign
    if (!list.includes(url.href)) list.push(url.href)
  }
  const wanted = sameOrigin.slice(0, PAGE_MAX_SCRIPTS)
  const fetched = await mapConcurrent(wanted, 4, url => fetchBounded(new URL(url), options))
  const read: Source[] = []
  const failed: string[] = []
  const truncated: string[] = html.truncated ? [named(origin)] : []
  for (const script of fetched) {
    if (!script.ok) failed.push(`${named(script.url)}: ${script.message}`)
    else if (script.status >= 400) failed.push(`${named(script.url)}: HTTP ${script.status}`)
    else {
      read.push({ name: named(script.url), text: script.body, kind: 'script' })
      if (script.truncated) truncated.push(named(script.url))
    }
  }
  const findings: Finding[] = []
  if (failed.length > 0)
    findings.push({
      check: 'page',
      code: 'page-scripts-unread',
      status: 'warn',
      title: `${count(failed.length, 'script')} of the page could not be read: the WebSockets ${failed.length === 1 ? 'it opens' : 'they open'} were not checked`,
      details: failed,
      fix: {
        text: 'Make the scripts loadable over https from the page origin (a browser needs them too), or raise timeout-ms.'
      }
    })
  if (truncated.length > 0)
    findings.push({
      check: 'page',
      code: 'page-truncated',
      status: 'warn',
      title: `Only the first ${PAGE_MAX_BYTES / 1024 / 1024} MiB of ${count(truncated.length, 'resource')} were read: WebSockets opened further on were not checked`,
      details: truncated
    })
  const notRead: string[] = []
  if (sameOrigin.length > wanted.length)
    notRead.push(
      `${sameOrigin.length - wanted.length} more same-origin scripts not read (at most ${PAGE_MAX_SCRIPTS})`
    )
  if (foreign.length > 0)
    notRead.push(
      `Scripts from other origins not read: ${foreign
        .slice(0, 5)
        .map(href => named(new URL(href)))
        .join(', ')}${foreign.length > 5 ? ', …' : ''}`
    )
  return { read, findings, notRead }
}

/** Every WebSocket URL (at most MAX_URLS) with the places it is written, and the places that
 * derive the scheme from location.protocol. */
function socketsIn(sources: Source[]): { places: Map<string, Place[]>; derived: string[] } {
  const places = new Map<string, Place[]>()
  const derived: string[] = []
  for (const source of sources) {
    for (const found of findSocketLiterals(source.text, source.kind)) {
      let list = places.get(found.url)
      if (!list) {
        if (places.size >= MAX_URLS) continue
        list = []
        places.set(found.url, list)
      }
      list.push({ source: source.name, line: found.line, opened: found.opened })
    }
    for (const { line } of findDerivedSchemes(source.text))
      derived.push(`${source.name} line ${line}`)
  }
  return { places, derived }
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

/** ws:// → wss://, port 80 → 443, as upgrade-insecure-requests does. */
function upgradedUrl(url: string): string {
  return url.replace(
    /^ws:\/\/([^/?#]*)/i,
    (_, authority: string) => `wss://${authority.replace(/:80$/, '')}`
  )
}

function parsedUrl(text: string, base?: URL): URL | undefined {
  try {
    return new URL(text, base)
  } catch {
    return undefined
  }
}

/** Whether a ws:// URL goes to a host a browser lets an https page reach in clear text
 * (potentially trustworthy: localhost, 127.0.0.0/8, ::1). */
function isLoopback(url: string): boolean {
  const authority = /^wss?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? ''
  const name = authority
    .replace(/^[^@]*@/, '')
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
