// The source scan: ws:// URLs written into the code that pages run. An https page cannot open
// them (mixed content), so each is a failure at its file, line and column, with the wss:// fix.
// Loopback and `allow-insecure-hosts` are accepted; test files are not read (they never run on
// a page). On a pull request the hits on lines it adds come first, so that the step's
// first annotations are about the change under review. The wss:// URLs found may become targets.
import path from 'node:path'
import type { Config } from '../config.js'
import type { TargetResult } from '../results.js'
import type { Finding } from '../findings.js'
import { deadlineSignal } from '../isolation.js'
import { isLoopbackHost, MIXED_CONTENT_ERRORS } from '../probes/scheme.js'
import { sourceSchemeFix } from '../remedies.js'
import { redactUnparsedUrl } from '../secrets.js'
import type { ListEntry } from '../targets.js'
import { changedLines, changedLinesUnknown, isChanged, type ChangedLines } from './changed-lines.js'
import { findFiles, type FoundFile } from './files.js'
import { SOURCE_SCAN } from './declared.js'
import type { Scan, ScanOutput } from './scan.js'
import { positions } from './lines.js'
import { findUrlLiterals, type SourceKind, type UrlLiteral } from './websocket-urls.js'

const SCRIPT_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts'])
const MARKUP_EXTENSIONS = new Set(['.vue', '.svelte', '.html', '.htm'])

/** How a file is read, or undefined when the scan does not read it. */
export function sourceKind(file: string): SourceKind | undefined {
  const base = path.posix.basename(file)
  if (base === '.env' || base.startsWith('.env.') || base.endsWith('.env')) return 'env'
  const ext = path.posix.extname(base).toLowerCase()
  if (SCRIPT_EXTENSIONS.has(ext)) return 'script'
  if (MARKUP_EXTENSIONS.has(ext)) return 'markup'
  return undefined
}

/** Tests and mocks never run on a page; their ws:// URLs point at fake servers. */
export function isTestFile(file: string): boolean {
  return /(^|\/)(__tests__|__mocks__)\/|\.(test|spec)\.[cm]?[jt]sx?$/i.test(file)
}

export const sourceScan: Scan = {
  ...SOURCE_SCAN,
  run: ctx => scanSources(ctx.config, process.env, deadlineSignal())
}

interface Hit {
  file: string
  line: number
  column: number
  url: UrlLiteral
  changed: boolean
}

/** A host without IPv6 brackets, as allow-insecure-hosts may spell it either way. */
const bare = (host: string): string => host.replace(/^\[(.*)\]$/, '$1')

export async function scanSources(
  config: Config,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal
): Promise<ScanOutput> {
  const [found, changed] = await Promise.all([
    findFiles(config.workspace, config.scanPaths),
    changedLines(config.workspace, env, signal)
  ])
  const read = found.files.filter(f => sourceKind(f.path) !== undefined)
  const tests = read.filter(f => isTestFile(f.path))
  const scanned = read.filter(f => !isTestFile(f.path))
  const allowed = new Set(config.allowInsecureHosts.map(bare))
  const hits: Hit[] = []
  const discovered = new Map<string, ListEntry>()
  for (const [index, file] of scanned.entries()) {
    // Reading is synchronous: let the run's deadline timer fire between files.
    if (index % 50 === 49) {
      await new Promise(resolve => setImmediate(resolve))
      if (signal?.aborted) break
    }
    for (const hit of fileHits(file, changed)) {
      const { url } = hit
      if (url.scheme === 'wss') {
        // Whole URLs only (a base URL with a path concatenated to it is not the endpoint), and
        // not loopback: a developer's local server is not there to probe.
        if (url.complete && url.host && !isLoopbackHost(url.host) && !discovered.has(url.text))
          discovered.set(url.text, { text: url.text, source: { file: hit.file, line: hit.line } })
      } else if (!(url.host && (isLoopbackHost(url.host) || allowed.has(bare(url.host))))) {
        hits.push(hit)
      }
    }
  }
  const notes = scanNotes(
    tests.length,
    found.skipped.filter(f => sourceKind(f.path) !== undefined)
  )
  const results = fileResults(hits, changed)
  if (results.length > 0) {
    const first = results[0].findings[0]
    if (notes.length > 0) first.details = [...(first.details ?? []), ...notes]
  } else {
    results.push(summary(scanned.length, notes))
  }
  const unknown = changed ? undefined : await changedLinesUnknown(config.workspace, env, signal)
  return {
    results,
    discovered: [...discovered.values()],
    ...(unknown ? { notes: [unknown] } : {})
  }
}

function fileHits(file: FoundFile, changed: ChangedLines | undefined): Hit[] {
  const urls = findUrlLiterals(file.text, sourceKind(file.path)!)
  if (urls.length === 0) return []
  const at = positions(file.text)
  return urls.map(url => {
    const { line, column } = at(url.offset)
    return {
      file: file.path,
      line,
      column,
      url,
      changed: isChanged(changed, file.path, line)
    }
  })
}

/** One result per file; files with hits on changed lines first, then by path; within a file
 * changed lines first, then in reading order. */
function fileResults(hits: Hit[], changed: ChangedLines | undefined): TargetResult[] {
  const byFile = new Map<string, Hit[]>()
  for (const hit of hits) byFile.set(hit.file, [...(byFile.get(hit.file) ?? []), hit])
  const files = [...byFile.entries()].map(([file, list]) => ({
    file,
    hits: list.sort(
      (a, b) => Number(b.changed) - Number(a.changed) || a.line - b.line || a.column - b.column
    )
  }))
  files.sort(
    (a, b) =>
      Number(b.hits[0].changed) - Number(a.hits[0].changed) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  )
  return files.map(({ file, hits: list }) => ({
    target: { label: file, scan: 'source', source: { file, line: list[0].line } },
    status: 'fail',
    findings: list.map(hit => hitFinding(hit, changed)),
    facts: {}
  }))
}

function hitFinding(hit: Hit, changed: ChangedLines | undefined): Finding {
  const { url } = hit
  const written = url.concatenated !== undefined ? `'${url.text}' + ${url.concatenated}` : url.text
  const shown = redactUnparsedUrl(written).text
  const where = url.envKey
    ? `The value of ${url.envKey} in an environment file: a build that inlines it puts it in the page.`
    : url.host === undefined
      ? 'The host comes from code; the scheme is written as ws:// all the same.'
      : undefined
  return {
    check: 'source',
    code: 'source-insecure-url',
    status: 'fail',
    title: `${hit.changed ? 'Added in this pull request: insecure' : 'Insecure'} WebSocket URL ${shown}: https pages cannot open it (mixed content)`,
    details: [
      ...(hit.changed ? [`Line ${hit.line} is new or changed against ${changed!.base}.`] : []),
      ...(where ? [where] : []),
      `From an https page, Chromium throws ${MIXED_CONTENT_ERRORS.chromium} Firefox throws ${MIXED_CONTENT_ERRORS.firefox}`
    ],
    cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
    fix: sourceSchemeFix(url.rest, url.concatenated, url.envKey),
    location: {
      file: hit.file,
      line: hit.line,
      column: hit.column,
      ...(hit.changed ? { changed: true } : {})
    }
  }
}

function scanNotes(tests: number, skipped: readonly { path: string; why: string }[]): string[] {
  const notes: string[] = []
  if (tests > 0) notes.push(`${tests} test ${tests === 1 ? 'file' : 'files'} not scanned.`)
  if (skipped.length > 0) {
    const listed = skipped.slice(0, 10).map(s => `${s.path} (${s.why})`)
    const more = skipped.length > 10 ? `, and ${skipped.length - 10} more` : ''
    notes.push(`Not read: ${listed.join(', ')}${more}.`)
  }
  return notes
}

function summary(scanned: number, notes: string[]): TargetResult {
  const finding: Finding =
    scanned === 0
      ? {
          check: 'source',
          code: 'source-no-files',
          status: 'warn',
          title: 'scan-paths matched no source file (JS, TS, Vue, Svelte, HTML, .env)',
          ...(notes.length > 0 ? { details: notes } : {}),
          fix: { text: 'Check the globs of scan-paths: they are relative to the workspace.' }
        }
      : {
          check: 'source',
          code: 'source-ok',
          status: 'pass',
          title: `${scanned} ${scanned === 1 ? 'file' : 'files'} scanned, no insecure WebSocket URL`,
          ...(notes.length > 0 ? { details: notes } : {})
        }
  return {
    target: { label: 'source files (scan-paths)', scan: 'source' },
    status: finding.status,
    findings: [finding],
    facts: {}
  }
}
