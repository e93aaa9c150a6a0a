// Every Markdown file of the repository reads in an editor: no line over 120 characters.
//
// The one exception: inside a fenced code block, a line whose length comes from a token that
// cannot be broken (a URL, a long command argument: 60 characters or more without a space) may
// be longer, since breaking it would change what the block means. Keep those rare: the test
// also bounds their number. Link reference definitions (`[1.0.0]: https://…`, as a changelog
// writes them) are URLs too and are not counted.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const MAX = 120
const UNBREAKABLE = 60
const MAX_EXCEPTIONS = 5

const root = process.cwd()

/** Generated pages whose code blocks hold the tool's own output. */
const GENERATED = /^docs\/findings\//

/** The tracked Markdown files, and the new ones git does not ignore. */
export function markdownFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'], {
    cwd: root,
    encoding: 'utf8'
  })
    .split('\n')
    .filter(file => file !== '' && !file.split('/').includes('node_modules'))
}

interface Long {
  line: number
  length: number
  inFence: boolean
  text: string
}

/** The lines over MAX characters (code points), with whether each is inside a fenced block. */
function longLines(text: string): Long[] {
  const long: Long[] = []
  let fence: string | null = null
  text.split('\n').forEach((line, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === null && marker) fence = marker
    else if (fence !== null && marker?.[0] === fence[0] && marker.length >= fence.length)
      if (line.trim() === marker) fence = null
    const length = [...line].length
    if (length > MAX && !/^ {0,3}\[[^\]]+\]:\s+\S+$/.test(line))
      long.push({
        line: i + 1,
        length,
        inFence: fence !== null || marker !== undefined,
        text: line
      })
  })
  return long
}

const excused = (long: Long): boolean =>
  long.inFence && long.text.split(/\s+/).some(token => [...token].length >= UNBREAKABLE)

describe('Markdown lines', () => {
  const files = markdownFiles()

  test('the repository has its README and docs', () => {
    expect(files).toContain('README.md')
    expect(files.filter(file => file.startsWith('docs/')).length).toBeGreaterThan(0)
  })

  test(`no line over ${MAX} characters, except an unbreakable one in a code block`, () => {
    const failures: string[] = []
    let exceptions = 0
    for (const file of files) {
      for (const long of longLines(readFileSync(path.join(root, file), 'utf8'))) {
        if (long.inFence && GENERATED.test(file)) continue
        if (excused(long)) exceptions++
        else failures.push(`${file}:${long.line}: ${long.length} characters`)
      }
    }
    expect(failures).toEqual([])
    expect(exceptions).toBeLessThanOrEqual(MAX_EXCEPTIONS)
  })

  test('the reader tells a long line, a fenced URL and a reference definition apart', () => {
    const url = `https://example.com/${'x'.repeat(120)}`
    const text = [
      'x'.repeat(121),
      '```bash',
      `curl ${url}`,
      `${'word '.repeat(30)}`,
      '```',
      `[1.0.0]: ${url}`
    ].join('\n')
    const long = longLines(text)
    expect(long.map(l => [l.line, l.inFence, excused(l)])).toEqual([
      [1, false, false],
      [3, true, true],
      [4, true, false]
    ])
  })
})
