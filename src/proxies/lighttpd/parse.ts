// lighttpd configuration → statements with the file and line of each, after configparser.y
// (1.4.69): `key = value` (also `+=`, `:=`), values joined with `+`, arrays of values or
// `"key" => value` pairs, conditions with `else` branches, `global { … }`, `include` and
// `include_shell`.
import { LighttpdSyntaxError, tokenize, type Token, type TokenKind } from './tokenize.js'

export type Expression =
  | { kind: 'string'; value: string; line: number }
  | { kind: 'integer'; value: number; line: number }
  /** A reference to a key set before (`var.base`, `server.port`) or the environment (`env.X`). */
  | { kind: 'reference'; name: string; line: number }
  | { kind: 'array'; entries: ArrayEntry[]; line: number }
  | { kind: 'concat'; parts: Expression[]; line: number }

export interface ArrayEntry {
  key?: Expression
  value: Expression
  line: number
}

export interface Assignment {
  kind: 'assignment'
  key: string
  operator: '=' | '+=' | ':='
  value: Expression
  file: string
  line: number
}

/** `$HTTP["url"] =~ "^/ws" { … }`, or a bare `else { … }` (no variable). */
export interface Condition {
  kind: 'condition'
  /** SERVER, HTTP, REQUEST_HEADER…; '' for a bare else. */
  variable: string
  /** The bracketed name: "socket", "url", "host"… */
  field?: Expression
  operator?: string
  pattern?: Expression
  body: Statement[]
  /** The next branch of an `else` chain. */
  otherwise?: Condition
  /** This condition is an `else` branch: it applies only when the ones before it did not. */
  isElse: boolean
  file: string
  line: number
}

export interface Include {
  kind: 'include' | 'include_shell'
  argument: Expression
  file: string
  line: number
}

export interface Global {
  kind: 'global'
  body: Statement[]
  file: string
  line: number
}

export type Statement = Assignment | Condition | Include | Global

const MAX_NESTING = 32

/** Statements of one file's text; throws LighttpdSyntaxError at the line of the problem. */
export function parseLighttpd(text: string, file: string): Statement[] {
  try {
    return parseTokens(tokenize(text), file)
  } catch (err) {
    if (err instanceof LighttpdSyntaxError) err.file ??= file
    throw err
  }
}

function parseTokens(tokens: Token[], file: string): Statement[] {
  let at = 0
  const peek = (): Token | undefined => tokens[at]
  const lastLine = (): number => tokens.at(-1)?.line ?? 1
  const fail = (message: string, token = peek()): never => {
    throw new LighttpdSyntaxError(message, token?.line ?? lastLine())
  }
  const expect = (kind: TokenKind, what = `"${kind}"`): Token => {
    const token = peek()
    if (token?.kind !== kind)
      fail(
        token
          ? `expected ${what}, found ${token.kind === 'eol' ? 'the end of the line' : `"${token.text}"`}`
          : `expected ${what} before the end of the file`
      )
    at++
    return token!
  }
  const skipEols = (): void => {
    while (peek()?.kind === 'eol') at++
  }

  const value = (): Expression => {
    const token = peek()
    if (!token) return fail('expected a value before the end of the file')
    at++
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.text, line: token.line }
      case 'integer':
        return { kind: 'integer', value: Number(token.text), line: token.line }
      case 'key':
        return { kind: 'reference', name: token.text, line: token.line }
      case '(':
        return array(token)
      default:
        return fail(`expected a value, found "${token.text}"`, token)
    }
  }
  const expression = (): Expression => {
    const first = value()
    if (peek()?.kind !== '+') return first
    const parts = [first]
    while (peek()?.kind === '+') {
      at++
      parts.push(value())
    }
    return { kind: 'concat', parts, line: first.line }
  }
  let arrays = 0
  const array = (open: Token): Expression => {
    if (++arrays > MAX_NESTING) fail('arrays nested too deeply', open)
    const entries: ArrayEntry[] = []
    while (peek()?.kind !== ')') {
      if (!peek()) fail('")" missing', open)
      const first = expression()
      if (peek()?.kind === '=>') {
        at++
        entries.push({ key: first, value: expression(), line: first.line })
      } else entries.push({ value: first, line: first.line })
      if (peek()?.kind === ',') at++
      else if (peek()?.kind !== ')') fail('expected "," or ")" in the array')
    }
    at++
    arrays--
    return { kind: 'array', entries, line: open.line }
  }

  const condition = (depth: number, isElse: boolean): Condition => {
    const dollar = expect('$')
    const variable = expect('name', 'a condition variable ($HTTP, $SERVER…)').text
    expect('[')
    const field = expression()
    expect(']')
    const operator = expect('op', 'a comparison (== != =~ !~ =^ =$)').text
    const pattern = expression()
    const body = block(depth)
    return {
      kind: 'condition',
      variable,
      field,
      operator,
      pattern,
      body,
      isElse,
      file,
      line: dollar.line
    }
  }
  const block = (depth: number): Statement[] => {
    if (depth >= MAX_NESTING) fail('conditions nested too deeply')
    const open = expect('{')
    const body = statements(depth + 1)
    if (!peek())
      throw new LighttpdSyntaxError('"}" missing: the file ends inside this block', open.line)
    expect('}', '"}"')
    return body
  }
  /** A condition and its `else` branches. */
  const conditionChain = (depth: number): Condition => {
    const head = condition(depth, false)
    let tail = head
    for (;;) {
      const save = at
      skipEols()
      if (peek()?.kind !== 'else') {
        at = save
        return head
      }
      const elseToken = expect('else')
      const branch: Condition =
        peek()?.kind === '$'
          ? condition(depth, true)
          : {
              kind: 'condition',
              variable: '',
              body: block(depth),
              isElse: true,
              file,
              line: elseToken.line
            }
      tail.otherwise = branch
      tail = branch
    }
  }

  const statements = (depth: number): Statement[] => {
    const out: Statement[] = []
    for (;;) {
      const token = peek()
      if (!token || token.kind === '}') return out
      switch (token.kind) {
        case 'eol':
          at++
          continue
        case 'key': {
          at++
          const operator = peek()
          if (operator?.kind !== '=' && operator?.kind !== '+=' && operator?.kind !== ':=')
            fail(`expected =, += or := after ${token.text}`)
          at++
          out.push({
            kind: 'assignment',
            key: token.text,
            operator: operator!.kind as Assignment['operator'],
            value: expression(),
            file,
            line: token.line
          })
          break
        }
        case '$':
          out.push(conditionChain(depth))
          break
        case 'global':
          at++
          out.push({ kind: 'global', body: block(depth), file, line: token.line })
          break
        case 'include':
        case 'include_shell':
          at++
          out.push({ kind: token.kind, argument: expression(), file, line: token.line })
          break
        default:
          fail(`unexpected "${token.text}"`)
      }
      // lighttpd needs no newline between two assignments (`a = 1 b = 2` is valid).
    }
  }

  // lighttpd 1.4.69 accepts a stray "}" at the top level (and reads on): so does this.
  const top: Statement[] = []
  for (;;) {
    top.push(...statements(0))
    if (!peek()) return top
    at++
  }
}
