// HAProxy's configuration is line-based: one keyword and its arguments per line, words split on
// blanks, `#` starting a comment, `"…"` (with backslash escapes) and `'…'` (literal) quoting, a
// backslash escaping the next character outside quotes. This follows cfgparse.c's parse_line
// closely enough to place every directive on its line. Written here rather than taken from npm:
// no maintained JavaScript parser of haproxy.cfg keeps the line of each directive (the packages
// that exist build an object without positions, or are unmaintained), and findings need lines.

export interface ConfigLine {
  /** 1-based. */
  line: number
  /** The words with quotes removed and escapes resolved; never empty. */
  words: string[]
}

export interface SyntaxProblem {
  line: number
  message: string
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t' }

/** The words of one line, or why HAProxy would refuse it. */
export function tokenizeLine(text: string): { words: string[]; error?: string } {
  const words: string[] = []
  let word = ''
  let inWord = false
  let i = 0
  const end = (): void => {
    if (inWord) words.push(word)
    word = ''
    inWord = false
  }
  while (i < text.length) {
    const c = text[i]
    if (c === ' ' || c === '\t' || c === '\r') {
      end()
      i++
    } else if (c === '#') {
      break
    } else if (c === '\\') {
      const next = text[i + 1]
      if (next === undefined) return { words, error: 'a backslash ends the line' }
      if (next === 'x') {
        const hex = text.slice(i + 2, i + 4)
        if (!/^[0-9a-f]{2}$/i.test(hex)) return { words, error: `invalid escape \\x${hex}` }
        word += String.fromCharCode(parseInt(hex, 16))
        i += 4
      } else {
        word += ESCAPES[next] ?? next
        i += 2
      }
      inWord = true
    } else if (c === '"' || c === "'") {
      const close = findClose(text, i + 1, c)
      if (close < 0) return { words, error: `unmatched ${c === '"' ? 'double' : 'single'} quote` }
      const inner = text.slice(i + 1, close)
      word += c === '"' ? inner.replace(/\\(x[0-9a-fA-F]{2}|.)/g, unescapeQuoted) : inner
      inWord = true
      i = close + 1
    } else {
      word += c
      inWord = true
      i++
    }
  }
  end()
  return { words }
}

function unescapeQuoted(_match: string, escaped: string): string {
  if (escaped.startsWith('x')) return String.fromCharCode(parseInt(escaped.slice(1), 16))
  return ESCAPES[escaped] ?? escaped
}

/** The closing quote: single quotes end at the next `'`; a double quote may be escaped. */
function findClose(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++
    else if (text[i] === quote) return i
  }
  return -1
}

/** Every non-blank line's words, and the lines HAProxy would refuse to read. */
export function tokenize(text: string): { lines: ConfigLine[]; errors: SyntaxProblem[] } {
  const lines: ConfigLine[] = []
  const errors: SyntaxProblem[] = []
  text.split('\n').forEach((raw, index) => {
    const { words, error } = tokenizeLine(raw)
    if (error) errors.push({ line: index + 1, message: error })
    else if (words.length > 0) lines.push({ line: index + 1, words })
  })
  return { lines, errors }
}
