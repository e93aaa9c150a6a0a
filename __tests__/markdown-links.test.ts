// The links between the README and docs/ resolve: every relative link in README.md and
// docs/**/*.md points at a file that exists and, with an `#anchor` into Markdown, at one of its
// headings (slugged as GitHub slugs them).
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { anchors, links } from './fixtures/markdown-links.js'

const root = process.cwd()
const files = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.md'))
    .map(file => `docs/${file.split(path.sep).join('/')}`)
    .sort()
]

/** What is wrong with a relative link from `file`, or null when it resolves. */
function broken(file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null // https:, mailto:…: not ours to check
  const [pathPart, anchor] = target.split('#', 2)
  const resolved = pathPart === '' ? file : path.posix.join(path.posix.dirname(file), pathPart)
  const absolute = path.join(root, decodeURIComponent(resolved))
  if (!existsSync(absolute)) return `${resolved} does not exist`
  if (anchor === undefined || !resolved.endsWith('.md')) return null
  const headings = anchors(readFileSync(absolute, 'utf8'))
  return headings.has(decodeURIComponent(anchor).toLowerCase())
    ? null
    : `${resolved} has no heading #${anchor}`
}

describe('links between the README and docs/', () => {
  test('every relative link points at an existing file and heading', () => {
    const failures: string[] = []
    for (const file of files) {
      for (const target of links(readFileSync(path.join(root, file), 'utf8'))) {
        const problem = broken(file, target)
        if (problem) failures.push(`${file}: (${target}): ${problem}`)
      }
    }
    expect(failures).toEqual([])
  })

  test('the README links to every page of docs/ (the finding pages through their index)', () => {
    const targets = links(readFileSync(path.join(root, 'README.md'), 'utf8')).map(
      target => target.split('#')[0]
    )
    for (const file of files.filter(file => /^docs\/[^/]+$/.test(file)))
      expect(targets).toContain(file)
    expect(targets).toContain('docs/findings/README.md')
  })

  test('the checker sees a broken file, a broken anchor, and GitHub slugs', () => {
    expect(broken('README.md', 'docs/nowhere.md')).toMatch(/does not exist/)
    expect(broken('README.md', 'docs/checks.md#no-such-check')).toMatch(/no heading/)
    expect(broken('README.md', 'docs/checks.md#proxy-config')).toBeNull()
    expect(broken('docs/checks.md', '#tls')).toBeNull()
    expect(broken('docs/checks.md', '../README.md#run-it')).toBeNull()
    expect(
      anchors(
        "### The idle cut, and fixes in your proxy's words\n## `a` b\n## `a` b\n```\n# no\n```"
      )
    ).toEqual(new Set(['the-idle-cut-and-fixes-in-your-proxys-words', 'a-b', 'a-b-1']))
    expect(links('[a](x.md) `[b](y.md)` ![c](z.png "t")\n```\n[d](w.md)\n```\n[e]: v.md')).toEqual([
      'x.md',
      'z.png',
      'v.md'
    ])
  })
})
