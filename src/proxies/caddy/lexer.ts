// The Caddyfile's words, as Caddy's lexer (caddyconfig/caddyfile/lexer.go) reads them: written
// here because Caddy's lexer is Go and no maintained JavaScript parser of the Caddyfile exists
// (findings need each word's line). Words are separated by whitespace; "…" (with \" inside) and
// `…` quote a word, across lines too; # starts a comment at the start of a word; a backslash
// before a newline continues the line; <<MARKER … MARKER is a heredoc (Caddy 2.7 and later).

export interface Token {
  /** The word, quotes removed. */
  text: string
  /** Relative to the workspace: where a finding about this word points. */
  file: string
  /** The line the word starts on (1-based), as an editor counts. */
  line: number
  /** Caddy's own count: a line continued with a backslash keeps its first line's number. */
  logical: number
  /** The logical line the word ends on (a quoted word may span lines). */
  logicalEnd: number
  /** The quote it was written in: '"', '`', '<' (heredoc), or '' for a bare word. */
  quote: '' | '"' | '`' | '<'
  /** Words of one import expansion share it: a word from elsewhere always starts a new line. */
  origin: number
}

export interface LexResult {
  tokens: Token[]
  /** A quote or heredoc left open at the end of the file (Caddy reads on to the end). */
  unterminated?: { line: number; message: string }
}

const SPACE = /\s/

/** The words of `text`, read as Caddy reads a Caddyfile. */
export function tokenize(text: string, file: string, origin = 0): LexResult {
  const tokens: Token[] = []
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let logical = 1
  let skipped = 0
  let unterminated: LexResult['unterminated']
  const newline = (continued: boolean): void => {
    line++
    if (continued) skipped++
    else {
      logical += 1 + skipped
      skipped = 0
    }
  }
  const push = (word: string, quote: Token['quote'], startLine: number, startLogical: number) =>
    tokens.push({
      text: word,
      file,
      line: startLine,
      logical: startLogical,
      logicalEnd: logical,
      quote,
      origin
    })
  while (i < text.length) {
    const ch = text[i]
    if (ch === '\n') {
      newline(false)
      i++
      continue
    }
    if (ch === '\\' && text[i + 1] === '\n') {
      newline(true)
      i += 2
      continue
    }
    if (ch === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') {
      newline(true)
      i += 3
      continue
    }
    if (SPACE.test(ch)) {
      i++
      continue
    }
    if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++
      continue
    }
    const startLine = line
    const startLogical = logical
    if (ch === '"' || ch === '`') {
      let word = ''
      i++
      let closed = false
      while (i < text.length) {
        const c = text[i]
        if (ch === '"' && c === '\\' && i + 1 < text.length) {
          // Only a quote is escaped in a quoted word; any other backslash stays.
          const next = text[i + 1]
          word += next === '"' ? '"' : `\\${next}`
          if (next === '\n') newline(false)
          i += 2
          continue
        }
        if (c === ch) {
          closed = true
          i++
          break
        }
        if (c === '\n') newline(false)
        if (c !== '\r') word += c
        i++
      }
      if (!closed)
        unterminated ??= { line: startLine, message: `the ${ch} opened here is never closed` }
      push(word, ch, startLine, startLogical)
      continue
    }
    if (text.startsWith('<<', i) && /^<<[A-Za-z0-9_-]+\r?\n/.test(text.slice(i, i + 200))) {
      const marker = /^<<([A-Za-z0-9_-]+)/.exec(text.slice(i))![1]
      i = text.indexOf('\n', i) + 1
      newline(false)
      const body: string[] = []
      let padding = ''
      let closed = false
      while (i < text.length) {
        const end = text.indexOf('\n', i)
        const content = text.slice(i, end < 0 ? text.length : end).replace(/\r$/, '')
        const indent = /^\s*/.exec(content)![0]
        if (content.slice(indent.length).startsWith(marker)) {
          padding = indent
          // The rest of the closing line goes on as words.
          i += indent.length + marker.length
          closed = true
          break
        }
        body.push(content)
        if (end < 0) {
          i = text.length
          break
        }
        i = end + 1
        newline(false)
      }
      if (!closed)
        unterminated ??= { line: startLine, message: `heredoc <<${marker} is never closed` }
      // The closing marker's indentation is taken off every line, as Caddy does.
      const strip = (l: string): string => (l.startsWith(padding) ? l.slice(padding.length) : l)
      push(body.map(strip).join('\n'), '<', startLine, startLogical)
      continue
    }
    let word = ''
    while (i < text.length) {
      const c = text[i]
      if (SPACE.test(c)) break
      if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n')))
        break
      if (c === '\\' && i + 1 < text.length && !SPACE.test(text[i + 1])) {
        // Caddy keeps the backslash, except before '<' (an escaped heredoc opener).
        word += text[i + 1] === '<' ? '<' : `\\${text[i + 1]}`
        i += 2
        continue
      }
      word += c
      i++
    }
    push(word, '', startLine, startLogical)
  }
  return { tokens, unterminated }
}

/** Whether `token` starts a new line after `previous` (a word from elsewhere always does). */
export function startsLine(previous: Token | undefined, token: Token): boolean {
  if (!previous) return true
  if (previous.file !== token.file || previous.origin !== token.origin) return true
  return previous.logicalEnd < token.logical
}

/** The tokens grouped by line, as Caddy groups a directive's arguments. */
export function lines(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = []
  tokens.forEach((token, index) => {
    if (startsLine(tokens[index - 1], token)) out.push([token])
    else out[out.length - 1].push(token)
  })
  return out
}

/** A bare `{` or `}`: braces that open or close a block (a quoted "{" is a word). */
export const isBrace = (token: Token | undefined, brace: '{' | '}'): boolean =>
  token !== undefined && token.quote === '' && token.text === brace
