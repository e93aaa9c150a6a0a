// Every finding code has its page in docs/findings/, and every page a code: the pages are what
// `npm run docs:write` writes from the code table, the proxies' fixes and the pages' prose, with
// every section, and their links into the guide (and elsewhere) land on a heading.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CODES, docsPath, helpUrl, type Code } from '../src/codes.js'
import { fixFor } from '../src/proxies/fixes.js'
import { ANSWERING } from '../src/proxies/index.js'
import type { ProblemKind } from '../src/proxies/proxy.js'
import {
  FINDINGS_DIR,
  INDEX_PATH,
  PASS_SECTIONS,
  PROBLEM_SECTIONS,
  isPassCode,
  renderFindingPages
} from '../scripts/finding-pages/render.js'
import { EXAMPLE, FINDING_TEXT } from '../scripts/finding-pages/text.js'
import { anchors, links } from './fixtures/markdown-links.js'

const root = process.cwd()
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')
const codes = Object.keys(CODES) as Code[]
const problemOf = (code: Code): ProblemKind | undefined =>
  (CODES[code] as { problem?: ProblemKind }).problem

/** The `## ` headings of a page, outside code blocks, in order. */
function sections(markdown: string): string[] {
  let fenced = false
  const found: string[] = []
  for (const line of markdown.split('\n')) {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) fenced = !fenced
    else if (!fenced && line.startsWith('## ')) found.push(line.slice(3).trim())
  }
  return found
}

/** The lines of every fenced block of a page. */
function fencedLines(markdown: string): string[] {
  const lines: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === null && marker) fence = marker
    else if (fence !== null && line.trim() === fence) fence = null
    else if (fence !== null) lines.push(line)
  }
  return lines
}

let generated: Map<string, string>

beforeAll(async () => {
  generated = await renderFindingPages()
})

describe('finding pages', () => {
  test('a page for every code, a code for every page', () => {
    const pages = readdirSync(path.join(root, FINDINGS_DIR))
      .filter(name => name.endsWith('.md'))
      .map(name => `${FINDINGS_DIR}/${name}`)
      .filter(file => file !== INDEX_PATH)
      .sort()
    expect(pages).toEqual(codes.map(docsPath).sort())
    // The prose has no entry for a code that is gone.
    expect(Object.keys(FINDING_TEXT).sort()).toEqual([...codes].sort())
  })

  test('every page and the index are what the generator writes (run npm run docs:write)', () => {
    const stale = [...generated]
      .filter(([file, text]) => !existsSync(path.join(root, file)) || read(file) !== text)
      .map(([file]) => `${file} is stale: run npm run docs:write`)
    expect(stale).toEqual([])
  })

  test('every page has its sections, in order', () => {
    for (const code of codes) {
      const expected = isPassCode(code) ? PASS_SECTIONS : PROBLEM_SECTIONS
      expect({ code, sections: sections(read(docsPath(code))) }).toEqual({
        code,
        sections: [...expected]
      })
    }
  })

  test("a code with a problem has each proxy's fix, as wss-doctor prints it", () => {
    const withProblem = codes.filter(code => problemOf(code) !== undefined)
    expect(withProblem.length).toBeGreaterThan(0)
    for (const code of withProblem) {
      const page = read(docsPath(code))
      const fix = page.slice(page.indexOf('\n## Fix\n'), page.indexOf('\n## Verify\n'))
      for (const proxy of ANSWERING) {
        expect({ code, has: fix.includes(`\n### ${proxy.name}\n`) }).toEqual({ code, has: true })
        const words = fixFor({ ...EXAMPLE[problemOf(code)!], ...textExample(code) } as never, {
          id: proxy.id,
          name: proxy.name,
          evidence: ''
        })
        if (words.code) expect(fix).toContain(words.code.text)
      }
    }
  })

  test('every relative link of a page lands on a file, and on a heading when it names one', () => {
    const broken: string[] = []
    for (const file of generated.keys()) {
      for (const target of links(read(file))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue
        const [pathPart, anchor] = target.split('#', 2)
        const resolved =
          pathPart === '' ? file : path.posix.join(path.posix.dirname(file), pathPart)
        if (!existsSync(path.join(root, resolved))) broken.push(`${file}: ${target}: no file`)
        else if (anchor !== undefined && !anchors(read(resolved)).has(anchor))
          broken.push(`${file}: ${target}: no heading #${anchor} in ${resolved}`)
      }
    }
    expect(broken).toEqual([])
  })

  test('every page with a cause links into the guide', () => {
    const guide = anchors(read('docs/guide.md'))
    for (const code of codes.filter(code => !isPassCode(code))) {
      const into = links(read(docsPath(code)))
        .filter(target => target.startsWith('../guide.md#'))
        .map(target => target.split('#')[1])
      expect({ code, into: into.length > 1 }).toEqual({ code, into: true })
      for (const anchor of into)
        expect({ code, anchor, exists: guide.has(anchor) }).toEqual({
          code,
          anchor,
          exists: true
        })
    }
  })

  test("helpUrl is the code's page in the repository, and the page exists", () => {
    const repositoryBase = /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+\//
    for (const code of codes) {
      expect(helpUrl(code)).toMatch(repositoryBase)
      expect(helpUrl(code).replace(repositoryBase, '')).toBe(docsPath(code))
      expect(existsSync(path.join(root, docsPath(code)))).toBe(true)
    }
  })

  test("a line over 120 characters in a page is a line of a proxy's fix", () => {
    const fixLines = new Set<string>()
    for (const kind of Object.keys(EXAMPLE) as ProblemKind[])
      for (const proxy of ANSWERING)
        for (const example of [EXAMPLE[kind], ...codes.map(textExample)]) {
          const fix = fixFor({ ...EXAMPLE[kind], ...example, kind } as never, {
            id: proxy.id,
            name: proxy.name,
            evidence: ''
          })
          for (const line of fix.code?.text.split('\n') ?? []) fixLines.add(line)
        }
    const long: string[] = []
    for (const [file, text] of generated) {
      const fenced = new Set(fencedLines(text))
      for (const line of text.split('\n'))
        if ([...line].length > 120 && !(fenced.has(line) && fixLines.has(line)))
          long.push(`${file}: ${line.slice(0, 60)}…`)
    }
    expect(long).toEqual([])
  })
})

function textExample(code: Code): object {
  const text = FINDING_TEXT[code]
  return 'example' in text ? (text.example ?? {}) : {}
}
