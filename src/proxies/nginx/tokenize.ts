// nginx's configuration grammar, as ngx_conf_file.c reads it: words separated by blanks, `;`
// ending a directive, `{`/`}` around a block, single- or double-quoted strings with backslash
// escapes, `#` comments to the end of the line, and `${name}` inside a word. Written here rather
// than taken from npm: no maintained JavaScript parser of nginx configuration keeps the line of
// each directive (nginx-conf and @webantic/nginx-config-parser give a tree without positions;
// crossplane, which does, is Python), and annotations need the line.

export interface Token {
  /** The word with quotes removed and escapes resolved; `{`, `}` or `;` for punctuation. */
  text: string
  /** As written (quotes kept): what a rewritten configuration emits again. */
  raw: string
  line: number
  /** Punctuation (`{`, `}`, `;`), as opposed to a word that merely spells one ("{"). */
  punct: boolean
}

export class NginxSyntaxError extends Error {
  override name = 'NginxSyntaxError'
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
  }
}

const BLANK = /[ \t\r\n]/
const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  "'": "'",
  '\\': '\\'
}

/** As nginx copies a word: `\"`, `\'`, `\\`, `\t`, `\r`, `\n` are escapes; any other backslash
 * stays (a regex location's `\.`). */
function unescape(next: string): string {
  return ESCAPES[next] ?? `\\${next}`
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let line = 1
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '\n') {
      line++
      i++
    } else if (BLANK.test(c)) {
      i++
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === ';' || c === '{' || c === '}') {
      tokens.push({ text: c, raw: c, line, punct: true })
      i++
    } else if (c === '"' || c === "'") {
      const start = i
      const startLine = line
      let value = ''
      i++
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) {
          const next = text[i + 1]
          value += unescape(next)
          if (next === '\n') line++
          i += 2
          continue
        }
        if (text[i] === '\n') line++
        value += text[i++]
      }
      if (i >= text.length) throw new NginxSyntaxError(`unterminated ${c} string`, startLine)
      i++
      const after = text[i]
      if (after !== undefined && !BLANK.test(after) && !';{}'.includes(after))
        throw new NginxSyntaxError(`unexpected "${after}" after a quoted string`, line)
      tokens.push({ text: value, raw: text.slice(start, i), line: startLine, punct: false })
    } else {
      const start = i
      let value = ''
      while (i < text.length) {
        const d = text[i]
        if (BLANK.test(d) || d === ';' || d === '}') break
        // `{` ends a word, except in a variable: `${name}`.
        if (d === '{' && text[i - 1] !== '$') break
        if (d === '{') {
          const close = text.indexOf('}', i)
          if (close < 0) throw new NginxSyntaxError('unterminated ${…} variable', line)
          value += text.slice(i, close + 1)
          i = close + 1
          continue
        }
        if (d === '\\' && i + 1 < text.length) {
          value += unescape(text[i + 1])
          if (text[i + 1] === '\n') line++
          i += 2
          continue
        }
        value += d
        i++
      }
      tokens.push({ text: value, raw: text.slice(start, i), line, punct: false })
    }
  }
  return tokens
}
