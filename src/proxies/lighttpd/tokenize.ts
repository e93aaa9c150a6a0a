// lighttpd's configuration grammar, as config_tokenizer() in configfile.c (1.4.69) reads it:
// keys of [A-Za-z0-9._-], double-quoted strings where only `\"` is an escape, integers, `=`
// `+=` `:=` outside arrays and `=>` inside them, `( … )` arrays whose newlines do not end a
// statement, `$HTTP["url"] =~ "…" { … }` conditions (== != =~ !~ =^ =$), `#` comments, and
// newlines ending statements. Written here rather than taken from npm: no maintained
// JavaScript parser of lighttpd configuration exists, and findings need the line of each value.

export type TokenKind =
  | 'key'
  | 'string'
  | 'integer'
  | 'name' // a condition's variable: SERVER, HTTP, REQUEST_HEADER…
  | '='
  | '+='
  | ':='
  | '=>'
  | '+'
  | ','
  | '('
  | ')'
  | '{'
  | '}'
  | '['
  | ']'
  | '$'
  | 'op' // == != =~ !~ =^ =$
  | 'eol'
  | 'include'
  | 'include_shell'
  | 'global'
  | 'else'

export interface Token {
  kind: TokenKind
  /** A string's value (escapes resolved), a key, an operator. */
  text: string
  line: number
}

export class LighttpdSyntaxError extends Error {
  override name = 'LighttpdSyntaxError'
  /** The file it is in, once the parser knows it. */
  file?: string
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
  }
}

const KEYWORDS: Record<string, TokenKind> = {
  include: 'include',
  include_shell: 'include_shell',
  global: 'global',
  else: 'else'
}

const CONDITION_NAME = /[A-Za-z_]+/y
const DIGITS = /[0-9]+/y
const KEY = /[A-Za-z0-9._-]+/y

/** The match of a sticky pattern at `at`, without copying the rest of the text. */
function match(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at
  return pattern.exec(text)?.[0]
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let line = 1
  let i = 0
  // lighttpd's tokenizer state: `=` assigns only outside a condition's head, a newline ends a
  // statement only outside parentheses.
  let parens = 0
  let inCondition = false
  const push = (kind: TokenKind, value: string, at = line): void =>
    void tokens.push({ kind, text: value, line: at })
  const fail = (message: string): never => {
    throw new LighttpdSyntaxError(message, line)
  }
  while (i < text.length) {
    const c = text[i]
    const next = text[i + 1]
    if (c === ' ' || c === '\t' || c === '\u00a0') {
      i++
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && next === '\n') i++
      i++
      if (parens === 0 && tokens.at(-1)?.kind !== 'eol') push('eol', '(EOL)')
      line++
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
    } else if (c === '=') {
      if (parens > 0) {
        if (next !== '>') fail('use => for assignments in arrays')
        push('=>', '=>')
        i += 2
      } else if (inCondition) {
        if (next === undefined || !'=~^$'.includes(next))
          fail('only == =~ =^ =$ are allowed in the condition')
        push('op', `=${next}`)
        inCondition = false
        i += 2
      } else {
        push('=', '=')
        i++
      }
    } else if (c === '!') {
      if (!inCondition || (next !== '=' && next !== '~'))
        fail(inCondition ? 'only !~ and != are allowed in the condition' : 'unexpected "!"')
      push('op', `!${next}`)
      inCondition = false
      i += 2
    } else if (c === ',') {
      if (parens > 0) push(',', ',')
      i++
    } else if (c === '"') {
      const start = line
      let value = ''
      i++
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && text[i + 1] === '"') {
          value += '"'
          i += 2
          continue
        }
        if (text[i] === '\n') line++
        value += text[i++]
      }
      if (i >= text.length) throw new LighttpdSyntaxError('missing closing quote', start)
      i++
      push('string', value, start)
    } else if (c === '(') {
      parens++
      push('(', '(')
      i++
    } else if (c === ')') {
      if (parens === 0) fail('")" without "("')
      parens--
      push(')', ')')
      i++
    } else if (c === '$') {
      inCondition = true
      push('$', '$')
      i++
    } else if (c === '+') {
      if (next === '=') {
        push('+=', '+=')
        i += 2
      } else {
        push('+', '+')
        i++
      }
    } else if (c === ':') {
      if (next !== '=') fail('unexpected ":"')
      push(':=', ':=')
      i += 2
    } else if (c === '{' || c === '}' || c === '[' || c === ']') {
      push(c, c)
      i++
      // `} else {` on one line: the `}` ends a statement as a newline would.
      if (c === '}' && parens === 0) {
        let j = i
        while (text[j] === ' ' || text[j] === '\t') j++
        if (j < text.length && !'\r\n#'.includes(text[j])) push('eol', '(EOL)')
      }
    } else if (inCondition) {
      const word = match(CONDITION_NAME, text, i)
      if (!word) fail('invalid character in condition')
      push('name', word!)
      i += word!.length
    } else if (c >= '0' && c <= '9') {
      const digits = match(DIGITS, text, i)!
      push('integer', digits)
      i += digits.length
    } else {
      const word = match(KEY, text, i)
      if (!word) fail(`invalid character "${c}" in a variable name`)
      push(KEYWORDS[word!] ?? 'key', word!)
      i += word!.length
    }
  }
  return tokens
}
