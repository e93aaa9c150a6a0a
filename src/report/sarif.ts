// Findings → a SARIF 2.1.0 log for GitHub code scanning: each failed or warned check that points
// at a line of the repository (a scan hit, a targets-file line) becomes an alert there. Code
// scanning needs a location, so findings without one are only in the other reports. A rule is a
// finding's code (src/codes.ts), with its page as helpUri.
import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import type { Report } from '../results.js'
import { CODES, helpUrl, type Code } from '../codes.js'
import type { CheckId, Finding, Fix, Status } from '../findings.js'
import { findingLocation } from './checks.js'
import { codeBlock, escapeMarkdown, oneLine } from './escape.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** The partialFingerprints key; a new version (v2) if the normalization ever changes. */
export const FINGERPRINT_KEY = 'wssDoctorFinding/v1'

const LEVEL: Record<Exclude<Status, 'pass'>, 'error' | 'warning'> = {
  fail: 'error',
  warn: 'warning'
}

/** What each check judges: the start of the rule's full description. */
const RULE_DESCRIPTION: Record<CheckId, string> = {
  input: 'The target can be parsed and checked',
  scheme: 'The endpoint uses wss://, not plain ws://',
  tls: 'The TLS handshake completes',
  trust: 'The certificate chains to a trusted root',
  chain: 'The server sends its full certificate chain, in order',
  hostname: 'The certificate covers the host name',
  expiry: 'The certificate is valid and not about to expire',
  revocation: 'The certificate is not revoked',
  crypto: 'Keys and signatures are strong enough',
  addresses: 'Every address of the host serves the same healthy endpoint',
  versions: 'The TLS versions accepted match the policy',
  ciphers: 'Browsers can negotiate a cipher suite',
  upgrade: 'The WebSocket upgrade succeeds and the session stays up',
  idle: 'A silent WebSocket stays open longer than idle-timeout',
  compare: 'Plain ws:// and wss:// behave alike',
  origin: 'Upgrades from a foreign Origin are refused',
  source: 'WebSocket URLs in the repository are secure',
  page: 'Pages open their WebSockets over wss://',
  browser: 'A real browser can open the WebSocket',
  'proxy-config': 'The proxy configuration passes WebSocket upgrades'
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: 'error' | 'warning'
  message: { text: string }
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string }
      region: { startLine: number; startColumn?: number }
    }
  }[]
  partialFingerprints: Record<string, string>
}

export function renderSarif(report: Report): string {
  const codes: Code[] = []
  const fixes = new Map<Code, Map<string, { targets: string[]; fix: Fix }>>()
  const seen = new Map<string, number>()
  const results: SarifResult[] = []
  for (const { target, findings } of report.results) {
    for (const finding of findings) {
      if (finding.status === 'pass') continue
      const location = findingLocation(target, finding)
      if (!location) continue
      if (!codes.includes(finding.code)) codes.push(finding.code)
      if (finding.fix) addFix(fixes, finding.code, target.label, finding.fix)
      // Two alike findings of one target (one URL on two lines of a file) stay two alerts.
      const identity = fingerprint(finding.check, target.label, finding.title)
      const occurrence = (seen.get(identity) ?? 0) + 1
      seen.set(identity, occurrence)
      results.push({
        ruleId: finding.code,
        ruleIndex: codes.indexOf(finding.code),
        level: LEVEL[finding.status],
        message: { text: message(target.label, finding) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact(location.file),
              region: {
                startLine: Math.max(1, location.line),
                ...(location.column && location.column >= 1 ? { startColumn: location.column } : {})
              }
            }
          }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${identity}:${occurrence}` }
      })
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wss-doctor',
            rules: codes.map(code => rule(code, [...(fixes.get(code)?.values() ?? [])]))
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/**
 * The identity of a finding across runs, so that code scanning keeps one alert open instead of
 * closing and reopening it: check, target and title (not the code: alerts made before codes
 * existed keep their identity), with what changes from run to run taken
 * out of the title — durations ("in 9 days", "120 ms") and dates (which move when a
 * certificate is renewed but the problem stays). Other numbers (TLS 1.0, HTTP 403, a port)
 * name the problem and stay. Hashed: the title may hold server text.
 */
export function fingerprint(check: CheckId, label: string, title: string): string {
  return createHash('sha256')
    .update([check, label, normalizedTitle(title)].join('\u0000'))
    .digest('hex')
    .slice(0, 32)
}

export function normalizedTitle(title: string): string {
  return oneLine(title)
    .replace(/\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g, '<date>')
    .replace(
      /\b\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|sec|seconds?|minutes?|hours?|days?|weeks?)\b/gi,
      '<duration>'
    )
}

function message(label: string, finding: Finding): string {
  const cause = finding.cause ? ` Cause: ${oneLine(finding.cause)}.` : ''
  return `${oneLine(label)}: ${oneLine(finding.title)}${cause}`
}

/** Relative to the checkout (code scanning resolves `%SRCROOT%`); a path outside it stays a
 * file URL, which code scanning cannot place but other SARIF viewers can. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/')
  if (slashed.startsWith('/') || /^[a-z]:\//i.test(slashed))
    return { uri: pathToFileURL(file).href }
  return { uri: encodeURI(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' }
}

function addFix(
  fixes: Map<Code, Map<string, { targets: string[]; fix: Fix }>>,
  code: Code,
  label: string,
  fix: Fix
): void {
  const byFix = fixes.get(code) ?? new Map<string, { targets: string[]; fix: Fix }>()
  fixes.set(code, byFix)
  const key = JSON.stringify([fix.text, fix.code?.lang, fix.code?.text])
  const entry = byFix.get(key) ?? { targets: [], fix }
  byFix.set(key, entry)
  if (!entry.targets.includes(label)) entry.targets.push(label)
}

/**
 * A rule per code. Its help is the fix: the fixes of this run's findings of that code, each
 * once with the targets it applies to (a fix names the target's host, so one code can have
 * several), then the code's page. Code scanning shows the help on every alert of the rule.
 */
function rule(code: Code, fixes: { targets: string[]; fix: Fix }[]) {
  const { check, summary } = CODES[code]
  const description = RULE_DESCRIPTION[check]
  const text: string[] = []
  const markdown: string[] = []
  for (const { targets, fix } of fixes) {
    const heading = fixes.length > 1 ? `${targets.map(oneLine).join(', ')}: ` : ''
    text.push(`${heading}${fix.text}${fix.code ? `\n\n${fix.code.text}` : ''}`)
    markdown.push(
      `${heading ? `**${escapeMarkdown(targets.join(', '))}:** ` : ''}${escapeMarkdown(fix.text)}${fix.code ? `\n\n${codeBlock(fix.code.lang, fix.code.text)}` : ''}`
    )
  }
  const none = 'See the wss-doctor job summary for the details of each finding.'
  const page = helpUrl(code)
  return {
    id: code,
    name: code,
    shortDescription: { text: summary },
    fullDescription: { text: `wss-doctor's ${check} check: ${description.toLowerCase()}.` },
    helpUri: page,
    help: {
      text: `${text.length > 0 ? text.join('\n\n') : none}\n\nMore: ${page}`,
      markdown: `${markdown.length > 0 ? markdown.join('\n\n') : none}\n\n[More about ${code}](${page})`
    },
    properties: { tags: ['security', 'tls', 'websocket', check] }
  }
}
