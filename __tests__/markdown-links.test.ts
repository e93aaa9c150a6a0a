// The links between the README and docs/ resolve: every relative link in README.md and
// docs/*.md points at a file that exists and, with an `#anchor` into Markdown, at one of its
// headings (slugged as GitHub slugs them).
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const files = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter(file => file.endsWith('.md'))
    .map(file => `docs/${file}`)
]

/** The text outside fenced code blocks, with code spans blanked (they hold no links). */
function prose(text: string): string {
  let fence: string | null = null
  return text
    .split('\n')
    .map(line => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
      if (fence === null && marker) {
        fence = marker
        return ''
      }
      if (fence !== null) {
        if (marker?.[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
          fence = null
        return ''
      }
      return line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, span => ' '.repeat(span.length))
    })
    .join('\n')
}

/** The GitHub anchors of a Markdown file's headings (outside code blocks). */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  let fence: string | null = null
  for (const line of text.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (fence === null || (marker[0] === fence[0] && line.trim() === marker))) {
      fence = fence === null ? marker : null
      continue
    }
    if (fence !== null) continue
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (heading === undefined) continue
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    result.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return result
}

/** Every link target of a Markdown text: inline links, images and reference definitions. */
export function links(text: string): string[] {
  const body = prose(text)
  const inline = [...body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(m => m[1])
  const defined = [...body.matchAll(/^ {0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?$/gm)].map(
    m => m[1]
  )
  return [...inline, ...defined]
}

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

  test('the README links to every page of docs/', () => {
    const targets = links(readFileSync(path.join(root, 'README.md'), 'utf8')).map(
      target => target.split('#')[0]
    )
    for (const file of files.filter(file => file.startsWith('docs/')))
      expect(targets).toContain(file)
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
