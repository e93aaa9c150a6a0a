// The finding pages: docs/findings/<code>.md for every code of src/codes.ts and their index,
// docs/findings/README.md. The prose is text.ts's; the fixes a proxy must make are the proxies'
// own fix(problem), the words wss-doctor prints, so that a page cannot drift from the tool.
// `npm run docs:write` writes them; __tests__/finding-pages.test.ts compares.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { CHECKS, type CheckId } from '../../src/findings.js'
import { CODES, docsPath, type Code, type CodeEntry } from '../../src/codes.js'
import { fixFor } from '../../src/proxies/fixes.js'
import { ANSWERING } from '../../src/proxies/index.js'
import type { Problem, ProblemKind } from '../../src/proxies/proxy.js'
import { codeBlock } from '../../src/report/escape.js'
import { wrapMarkdown } from '../wrap-markdown.js'
import { EXAMPLE, FINDING_TEXT, GUIDE, RERUN, type FailText, type PassText } from './text.js'

/** Where the pages are, relative to the repository root. */
export const FINDINGS_DIR = 'docs/findings'
export const INDEX_PATH = `${FINDINGS_DIR}/README.md`

/** The sections of a page, in order: a problem's, and a passed check's. */
export const PROBLEM_SECTIONS = [
  'What it means',
  'In a browser',
  'In openssl s_client',
  'Cause',
  'Fix',
  'Verify'
] as const
export const PASS_SECTIONS = ['What was verified', 'Verify by hand'] as const

const WIDTH = 100

/** Every code, in check order, then as the table lists them. */
export function allCodes(): Code[] {
  const codes = Object.keys(CODES) as Code[]
  const rank = (code: Code): number => CHECKS.indexOf(CODES[code].check)
  return codes
    .map((code, i) => ({ code, i }))
    .sort((a, b) => rank(a.code) - rank(b.code) || a.i - b.i)
    .map(({ code }) => code)
}

/** A passed check's code: `<check>-ok` (and `proxy-config-live-ok`, a configuration served). */
export function isPassCode(code: Code): boolean {
  return code.endsWith('-ok')
}

/** Our own prose (Markdown), wrapped; paragraphs are separated by blank lines. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(paragraph => wrapMarkdown(paragraph, WIDTH).join('\n'))
    .join('\n\n')
}

/** A proxy's fix text is plain text: what would read as Markdown is escaped. */
function plain(text: string): string {
  return text
    .replace(/[\\`*[\]<~|]/g, c => `\\${c}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?\w+;)/g, '\\&')
}

function section(title: string, body: string): string {
  return `## ${title}\n\n${body}`
}

/** The page file of `code`, relative to docs/findings/. */
function pageFile(code: Code): string {
  return docsPath(code).slice(`${FINDINGS_DIR}/`.length)
}

function checkLink(check: CheckId): string {
  return `[\`${check}\`](../checks.md#${check})`
}

function guideLink(anchor: string, words: string): string {
  return `[${words}](../guide.md#${anchor})`
}

function header(code: Code): string {
  const { check, summary } = CODES[code]
  return [
    `# ${code}`,
    '',
    paragraphs(`${plain(summary)}.`),
    '',
    paragraphs(
      `Check: ${checkLink(check)}. All codes: [the index](README.md). The causes and their diagnosis: ${guideLink('troubleshooting-websockets-over-tls', 'the guide')}.`
    )
  ].join('\n')
}

function rerun(code: Code): string {
  const { check } = CODES[code]
  const ok = `${check}-ok` as Code
  const after =
    ok in CODES && ok !== code
      ? ` this finding is gone and [\`${ok}\`](${pageFile(ok)}) is in its place.`
      : ' this finding is gone.'
  return [
    'Then run wss-doctor again (or re-run the workflow):',
    '',
    codeBlock('bash', RERUN[check]),
    '',
    paragraphs(`When the fix worked,${after}`)
  ].join('\n')
}

/** The example problem of `kind`, as the page's fixes are written for it. */
function exampleProblem(kind: ProblemKind, text: FailText): Problem {
  return { ...EXAMPLE[kind], ...text.example } as Problem
}

/** The fix in the words of every proxy wss-doctor knows, as it prints them. */
function proxyFixes(problem: Problem): string {
  const parts = [
    paragraphs(
      'wss-doctor writes this fix in the words of the proxy that answered (told from its answer: its `Server` header, its error page); when it cannot tell, it gives the fix for nginx, HAProxy, Apache and Caddy. Here is each, as wss-doctor prints it for `wss://api.example.com/ws`:'
    )
  ]
  for (const proxy of ANSWERING) {
    const fix = fixFor(problem, { id: proxy.id, name: proxy.name, evidence: '' })
    parts.push(`### ${proxy.name}`, paragraphs(plain(fix.text)))
    if (fix.code) parts.push(codeBlock(fix.code.lang, fix.code.text))
  }
  return parts.join('\n\n')
}

function failPage(code: Code, text: FailText): string {
  const kind = (CODES[code] as CodeEntry).problem
  const fix = [
    ...(text.fix ? [paragraphs(text.fix)] : []),
    ...(kind ? [proxyFixes(exampleProblem(kind, text))] : [])
  ]
  if (fix.length === 0) throw new Error(`${code}: no fix (text.fix, or a problem kind in CODES)`)
  const openssl = [
    ...(text.openssl.command ? [codeBlock('bash', text.openssl.command)] : []),
    paragraphs(text.openssl.text)
  ]
  return [
    header(code),
    section(PROBLEM_SECTIONS[0], paragraphs(text.means)),
    section(PROBLEM_SECTIONS[1], paragraphs(text.browser)),
    section(PROBLEM_SECTIONS[2], openssl.join('\n\n')),
    section(
      PROBLEM_SECTIONS[3],
      paragraphs(`${text.cause} More in the guide: ${guideLink(text.guide, GUIDE[text.guide])}.`)
    ),
    section(PROBLEM_SECTIONS[4], fix.join('\n\n')),
    section(PROBLEM_SECTIONS[5], `${paragraphs(text.verify)}\n\n${rerun(code)}`)
  ].join('\n\n')
}

function passPage(code: Code, text: PassText): string {
  const byHand = [
    ...(text.command ? [codeBlock('bash', text.command)] : []),
    paragraphs(text.byHand)
  ]
  return [
    header(code),
    section(PASS_SECTIONS[0], paragraphs(text.verified)),
    section(PASS_SECTIONS[1], byHand.join('\n\n'))
  ].join('\n\n')
}

/** The Markdown of `code`'s page, before Prettier. */
export function renderPage(code: Code): string {
  const text = FINDING_TEXT[code]
  if (!text) throw new Error(`${code}: no text in scripts/finding-pages/text.ts`)
  const page = 'verified' in text ? passPage(code, text) : failPage(code, text)
  return `${page}\n`
}

/** The index: every code with its summary, under its check (a list: some summaries are long, and
 * a table as wide as the longest would not read in an editor). */
export function renderIndex(): string {
  const codes = allCodes()
  const parts = [
    '# Findings',
    paragraphs(
      'Every finding wss-doctor reports carries a code: in the log, the summary, the annotations, the JSON report and SARIF (its `ruleId`, with its page as the `helpUri`). Each code has a page: what it means, how it shows in a browser and in `openssl s_client`, the cause, the fix (for each proxy, when a proxy must change), and how to verify it. The causes and their diagnosis are in [the guide](../guide.md); what each check runs is in [the checks](../checks.md).'
    ),
    paragraphs(
      'The pages are generated from the code table, `src/codes.ts` (`npm run docs:write`). A code starts with the check that reports it; `-ok` codes are the checks that passed.'
    )
  ]
  for (const check of CHECKS) {
    const ofCheck = codes.filter(code => CODES[code].check === check)
    if (ofCheck.length === 0) continue
    parts.push(
      `## ${check}`,
      paragraphs(`Reported by the ${checkLink(check)} check:`),
      ofCheck
        .map(code =>
          wrapMarkdown(
            `[\`${code}\`](${pageFile(code)}): ${plain(CODES[code].summary)}.`,
            WIDTH - 2
          )
            .map((line, i) => `${i === 0 ? '-' : ' '} ${line}`)
            .join('\n')
        )
        .join('\n')
    )
  }
  return `${parts.join('\n\n')}\n`
}

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Formatted as `npm run lint` wants it (Prettier, the project's settings). */
async function formatted(file: string, markdown: string): Promise<string> {
  const filepath = path.join(root, file)
  const options = (await prettier.resolveConfig(filepath)) ?? {}
  return prettier.format(markdown, { ...options, filepath })
}

/** Every page and the index, formatted: path (from the repository root) → content. */
export async function renderFindingPages(): Promise<Map<string, string>> {
  const pages = new Map<string, string>()
  for (const code of allCodes()) {
    const file = docsPath(code)
    pages.set(file, await formatted(file, renderPage(code)))
  }
  pages.set(INDEX_PATH, await formatted(INDEX_PATH, renderIndex()))
  return pages
}
