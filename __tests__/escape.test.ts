import { describe, expect, test } from '@jest/globals'
import { codeBlock, escapeMarkdown, oneLine, safeLogLine } from '../src/report/escape.js'

describe('escaping server-supplied text', () => {
  test('oneLine removes line breaks, controls and bidi overrides', () => {
    expect(oneLine('a\r\nb\u0000c\u2028d\u202ee')).toBe('a b c d e')
  })

  test('escapeMarkdown neutralises HTML, table pipes, links and mentions', () => {
    const hostile =
      'evil.test|<script>alert(1)</script> [x](https://evil.test) @org/team\n| injected |'
    const escaped = escapeMarkdown(hostile)
    expect(escaped).not.toMatch(/<|>|\n/)
    expect(escaped).not.toMatch(/(^|[^\\])\|/)
    expect(escaped).not.toMatch(/(^|[^\\])\[/)
    expect(escaped).not.toContain('@')
    expect(escaped).toContain('&lt;script&gt;')
  })

  test('the entities it adds survive (their # is not escaped)', () => {
    expect(escapeMarkdown("it's #1")).toBe('it&#39;s \\#1')
  })

  test('codeBlock picks a fence that no backtick run inside can close', () => {
    const block = codeBlock('bash', 'echo ```` done')
    const fence = block.split('\n')[0]
    expect(fence).toBe('`````bash')
    expect(block.endsWith('\n`````')).toBe(true)
    expect(codeBlock('bash; rm', 'x').split('\n')[0]).toBe('```')
  })

  test('safeLogLine keeps a line from being read as a workflow command', () => {
    expect(safeLogLine('::error::forged')).toBe(' ::error::forged')
    expect(safeLogLine('  ::set-output name=x::y')).toBe('   ::set-output name=x::y')
    expect(safeLogLine('fine\n::error::x')).toBe('fine ::error::x')
  })
})
