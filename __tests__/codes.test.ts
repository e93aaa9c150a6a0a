// The table of finding codes (src/codes.ts) against the source that uses it: every code is set
// by some finding site, each is a slug prefixed by its check, and the page URLs point at this
// release's docs/findings/<code>.md. (That each page exists is finding-pages.test.ts's.)
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CODES, docsPath, HELP_BASE, helpUrl, type Code } from '../src/codes.js'
import { CHECKS, type CheckId } from '../src/findings.js'

const SRC = path.join(process.cwd(), 'src')
const codes = Object.keys(CODES) as Code[]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Every source file but the table itself, as one text. */
const source = sourceFiles(SRC)
  .filter(file => file !== path.join(SRC, 'codes.ts'))
  .map(file => readFileSync(file, 'utf8'))
  .join('\n')

/** The check a code names: the longest check id it starts with ('proxy-config-…' is not a
 * 'proxy…' code). */
function prefixCheck(code: string): CheckId | undefined {
  return [...CHECKS].sort((a, b) => b.length - a.length).find(check => code.startsWith(`${check}-`))
}

describe('finding codes', () => {
  test('the table is not empty and every check has codes', () => {
    expect(codes.length).toBeGreaterThan(80)
    for (const check of CHECKS)
      expect(codes.filter(code => CODES[code].check === check).length).toBeGreaterThan(0)
  })

  test('each code is a kebab-case slug prefixed by the check id of its entry', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/)
      expect({ code, check: prefixCheck(code) }).toEqual({ code, check: CODES[code].check })
    }
  })

  test('codes are unique, and so are the summaries of one check', () => {
    expect(new Set(codes.map(c => c.toLowerCase())).size).toBe(codes.length)
    for (const check of CHECKS) {
      const summaries = codes.filter(c => CODES[c].check === check).map(c => CODES[c].summary)
      expect(new Set(summaries).size).toBe(summaries.length)
    }
  })

  test('every code is set by at least one finding site in src/', () => {
    const unused = codes.filter(code => !source.includes(`'${code}'`))
    expect(unused).toEqual([])
  })

  test('a summary is one line without a trailing period', () => {
    for (const code of codes) {
      const { summary } = CODES[code]
      expect(summary).not.toMatch(/\n|\.$/)
      expect(summary.length).toBeGreaterThan(10)
    }
  })

  test('the help URL is the page under this release: package.json repository and version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
      repository: { url: string }
    }
    const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')
    expect(HELP_BASE).toBe(`${repository}/blob/v${pkg.version}/docs/findings/`)
    for (const code of codes) {
      expect(docsPath(code)).toBe(`docs/findings/${code}.md`)
      expect(helpUrl(code)).toBe(`${HELP_BASE}${code}.md`)
      expect(`docs/findings/${helpUrl(code).slice(HELP_BASE.length)}`).toBe(docsPath(code))
    }
  })

  test('nothing in src/ refers to "the field guide", which users do not have', () => {
    expect(source).not.toMatch(/field guide/i)
  })
})
