// Escaping server text, with GitHub's own Markdown parser (cmark-gfm, as GitHub configures it
// for job summaries) as the oracle for what the summary renders.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  codeBlock,
  escapeMarkdown,
  inertCommands,
  oneLine,
  safeLogLine
} from '../src/report/escape.js'
import {
  renderGitHubMarkdown as render,
  tagNames as tags,
  visibleText as visible
} from './fixtures/markdown.js'
import { runnerCommands } from './fixtures/runner-commands.js'

const WJ = '\u2060'

/** What a reader sees of `text`: one line; the word joiners escaping adds are invisible, and so
 * is one the text itself held (fast-check found that one). */
const asShown = (text: string): string => oneLine(text).replaceAll(WJ, '')

/** What a server might send to make the summary link, format or break out. */
const HOSTILE = [
  'https://evil.test/x?a=1',
  'http://a.b',
  'ftp://f.test',
  'wss://w.test:443/ws',
  'www.evil.test',
  'WWW.Evil.Test',
  'admin@evil.test',
  'a&#64;b.test',
  'mailto:x@y.test',
  'xmpp:x@y.test/r',
  '<http://x.test>',
  '|',
  '\\|',
  '`',
  '```',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![i](https://x.test/i.png)',
  '[^1]',
  '&amp;',
  '&#x3C;b&#x3E;',
  '&lt;',
  '*em*',
  '_em_',
  '**b**',
  '~~s~~',
  '# h',
  '> q',
  '- l',
  '1. o',
  '---',
  '\\',
  '$x$',
  ':smile:',
  '@org/team',
  '\n',
  '\r\n',
  '\u0000',
  '\u202e',
  '\u200f',
  ' '
]

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 12 })), {
    maxLength: 8
  })
  .map(parts => parts.join(''))

describe('escapeMarkdown, rendered by cmark-gfm', () => {
  test('in a table cell: no link, no tag of its own, three cells, the text as it was', () => {
    fc.assert(
      fc.property(hostileText, text => {
        const html = render(
          `| A | B | C |\n| --- | --- | --- |\n| x | ${escapeMarkdown(text)} | y |\n`
        )
        expect(new Set(tags(html))).toEqual(new Set(['table', 'thead', 'tr', 'th', 'tbody', 'td']))
        const cells = [...html.matchAll(/<td>(.*?)<\/td>/gs)].map(m => m[1])
        expect(cells).toHaveLength(3)
        expect(visible(cells[1])).toBe(asShown(text))
      }),
      { numRuns: 400 }
    )
  })

  test('in prose (a list item and a heading): no link, no tag of its own, the text as it was', () => {
    fc.assert(
      fc.property(hostileText, text => {
        const escaped = escapeMarkdown(text)
        const html = render(`### ✅ ${escaped}\n\n- **Root cause:** ${escaped}\n`)
        expect(new Set(tags(html))).toEqual(new Set(['h3', 'ul', 'li', 'strong']))
        const heading = /^<h3>✅ ?(.*)<\/h3>$/m.exec(html)
        const item = /<li><strong>Root cause:<\/strong> ?(.*)<\/li>/s.exec(html)
        expect(visible(heading![1])).toBe(asShown(text))
        expect(visible(item![1])).toBe(asShown(text))
      }),
      { numRuns: 400 }
    )
  })

  test('text that would link does not once escaped', () => {
    for (const text of ['see https://evil.test', 'www.evil.test', 'admin@evil.test']) {
      expect(render(text)).toContain('<a ')
      expect(render(escapeMarkdown(text))).not.toContain('<a ')
    }
  })
})

// eslint-disable-next-line no-control-regex -- the controls codeBlock replaces
const CODE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g

describe('codeBlock, rendered by cmark-gfm', () => {
  test('one code block holding exactly the text, whatever backtick runs it contains', () => {
    const codeText = fc
      .array(
        fc.oneof(
          fc.constantFrom('`', '```', '````', '~~~', '\n', '\n```\n', '\n    ```', '<b>x</b>'),
          fc.string({ maxLength: 10 })
        ),
        { maxLength: 10 }
      )
      .map(parts => parts.join(''))
    fc.assert(
      fc.property(codeText, text => {
        const html = render(`${codeBlock('bash', text)}\n\nafter\n`)
        const match =
          /^<pre><code class="language-bash">([\s\S]*)<\/code><\/pre>\n<p>after<\/p>\n$/.exec(html)
        expect(match).not.toBeNull()
        expect(visible(match![1])).toBe(`${text.replace(CODE_CONTROLS, ' ')}\n`)
      }),
      { numRuns: 300 }
    )
    expect(codeBlock('bash; rm', 'x').split('\n')[0]).toBe('```')
  })
})

describe('log lines', () => {
  test('oneLine removes line breaks, controls, bidi overrides and lone surrogates', () => {
    expect(oneLine('a\r\nb\u0000c\u2028d\u202ee\ud800f')).toBe('a b c d e f')
    // The bidi marks too (issue 17): LRM, RLM and the Arabic letter mark.
    expect(oneLine('a\u200eb\u200fc\u061cd')).toBe('a b c d')
  })

  test('inertCommands breaks `##[` anywhere and `::` at the (trimmed) start of a line', () => {
    expect(inertCommands('CN=##[error]x ##[add-mask]y')).toBe(
      `CN=#${WJ}#[error]x #${WJ}#[add-mask]y`
    )
    expect(inertCommands(' \u0085::error::x')).toBe(` \u0085:${WJ}:error::x`)
    expect(inertCommands('a ::error::x')).toBe('a ::error::x')
  })

  test('no line of hostile text survives as a command for the runner', () => {
    const fragments = fc.constantFrom(
      '##[error file=README.md;line=1]forged',
      '##[add-mask]wss',
      '##[stop-commands]tok',
      '::error::forged',
      '::warning title=x::y',
      ' ',
      '\u0085',
      '\ufeff',
      '\u2060',
      '#',
      ':',
      '[',
      '\n'
    )
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 10 }), parts => {
        const text = parts.join('')
        expect(runnerCommands(safeLogLine(text))).toEqual([])
        expect(runnerCommands(inertCommands(oneLine(text)))).toEqual([])
      }),
      { numRuns: 500 }
    )
  })
})
