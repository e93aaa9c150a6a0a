// Shared by reporters: the icon for a status and each target's one-line verdict per check.
import { helpUrl, type Code } from '../codes.js'
import { CLIENT_IDS, type ClientId } from '../clients/profile.js'
import { PROFILES } from '../clients/profiles.js'
import { worstStatus, type Finding, type Location, type Status } from '../findings.js'
import type { TargetResult } from '../results.js'
import type { Target } from '../target.js'

export const ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' }

/** A finding's code in Markdown, linked to its page. */
export function codeLink(code: Code): string {
  return `[\`${code}\`](${helpUrl(code)})`
}

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

/** "Breaks: Go, Java 17 · connects: Chrome, Firefox, …": the per-client verdicts in one line
 * (the only place reports say which clients a problem stops). Undefined without verdicts. */
export function clientsLine(result: TargetResult): string | undefined {
  const verdicts = result.clients
  if (!verdicts) return undefined
  // A merged report's verdicts come from JSON: only well-formed ones of known clients count.
  const ids = CLIENT_IDS.filter(id => typeof verdicts[id]?.connects === 'boolean')
  if (ids.length === 0) return undefined
  const names = (list: ClientId[]): string => list.map(id => PROFILES[id].name).join(', ')
  const broken = ids.filter(id => !verdicts[id]!.connects)
  const connect = ids.filter(id => verdicts[id]!.connects)
  if (broken.length === 0) return `Breaks: no client · connects: all ${ids.length} clients`
  if (connect.length === 0) return `Breaks: all ${ids.length} clients · connects: none`
  return `Breaks: ${names(broken)} · connects: ${connect.length > 0 ? names(connect) : 'none'}`
}

/** "1 target", "2 targets": one noun form per count. */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`
}

/** What a reader counts: an endpoint, or a thing a scan checked (a page's page scan and
 * browser check are one page). Reporters list and count these, never raw results. */
export interface Entry {
  label: string
  /** Worst of its results. */
  status: Status
  /** The page scan's result, then the browser's, for one page; otherwise one result. */
  results: TargetResult[]
}

/** Results as entries, in report order: a page's browser check joins its page scan's entry. */
export function entries(results: readonly TargetResult[]): Entry[] {
  const out: Entry[] = []
  const pages = new Map<string, Entry>()
  for (const result of results) {
    const { scan, label } = result.target
    const page = scan === 'page' || scan === 'browser' ? pages.get(label) : undefined
    if (page && !page.results.some(r => r.target.scan === scan)) {
      page.results.push(result)
      page.status = worstStatus([page.status, result.status])
      continue
    }
    const entry: Entry = { label, status: result.status, results: [result] }
    if (scan === 'page' || scan === 'browser') pages.set(label, entry)
    out.push(entry)
  }
  return out
}

/** The noun a scanned entry is counted by. */
function scannedNoun(entry: Entry): [string, string] {
  const scans = entry.results.map(r => r.target.scan)
  if (scans.includes('page') || /^https?:/i.test(entry.label)) return ['page', 'pages']
  if (scans.includes('source')) return ['file', 'files']
  if (scans.includes('proxy-config')) return ['configuration', 'configurations']
  return ['browser check', 'browser checks']
}

function statusCounts(list: Entry[]): string {
  const n = (status: Status): number => list.filter(e => e.status === status).length
  return [
    ...(n('fail') > 0 ? [`${n('fail')} failed`] : []),
    ...(n('warn') > 0 ? [`${n('warn')} warned`] : []),
    ...(n('pass') > 0 ? [`${n('pass')} passed`] : [])
  ].join(', ')
}

/** "2 endpoints: 1 failed, 1 passed; 6 files and pages checked: 6 failed": endpoints and what
 * the scans checked are counted apart, each with one noun form per count. */
export function countsText(results: readonly TargetResult[]): string {
  const all = entries(results)
  const endpoints = all.filter(e => !e.results[0].target.scan)
  const scanned = all.filter(e => e.results[0].target.scan)
  const parts: string[] = []
  if (endpoints.length > 0)
    parts.push(`${plural(endpoints.length, 'endpoint')}: ${statusCounts(endpoints)}`)
  if (scanned.length > 0) {
    const nouns = [...new Set(scanned.map(e => scannedNoun(e)[scanned.length === 1 ? 0 : 1]))]
    const list =
      nouns.length > 1 ? `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}` : nouns[0]
    parts.push(`${scanned.length} ${list} checked: ${statusCounts(scanned)}`)
  }
  return parts.length > 0 ? parts.join('; ') : 'nothing to check'
}

/** "45s", "1m30s", "2m": a wait's time to the second. */
export function elapsed(ms: number): string {
  const total = Math.round(ms / 1000)
  const minutes = Math.floor(total / 60)
  const secs = total % 60
  if (minutes === 0) return `${secs}s`
  return secs === 0 ? `${minutes}m` : `${minutes}m${secs}s`
}
