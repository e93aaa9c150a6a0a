// Traefik's TOML (static and dynamic configuration) as a tree that keeps the line of every key.
// Why a reader of our own: the TOML parsers in the project's dependencies keep no positions,
// and a finding must point at its line. This reads what Traefik files use: tables, arrays of
// tables, dotted and quoted keys, basic, literal and multi-line strings, numbers, booleans,
// dates (kept as text), arrays and inline tables. It does not judge all of TOML's rules
// (redefined tables, mixed arrays): Traefik's own decoder does; what it cannot read is an
// error at its line, which the check turns into a warning.
import type {
  ParsedTrees,
  Scalar,
  TreeEntry,
  TreeList,
  TreeMap,
  TreeNode
} from '../shared/config-tree.js'

class TomlError extends Error {
  constructor(
    readonly line: number,
    message: string
  ) {
    super(message)
  }
}

const BARE_KEY = /[A-Za-z0-9_-]/
const ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\'
}

/** Parses `text`; on the first construct it cannot read, no tree and the error's line. */
export function tomlTrees(text: string): ParsedTrees {
  try {
    return { trees: [new TomlReader(text).read()], errors: [] }
  } catch (error) {
    if (error instanceof TomlError)
      return { trees: [], errors: [{ line: error.line, message: error.message }] }
    throw error
  }
}

class TomlReader {
  private pos = 0
  private line = 1

  constructor(private readonly text: string) {}

  read(): TreeMap {
    const root: TreeMap = { kind: 'map', line: 1, entries: [] }
    let current = root
    for (;;) {
      this.skipBlank(true)
      if (this.pos >= this.text.length) return root
      if (this.peek() === '[') {
        const line = this.line
        const arrayOfTables = this.text.startsWith('[[', this.pos)
        this.pos += arrayOfTables ? 2 : 1
        this.skipSpaces()
        const keys = this.readKeyPath()
        this.skipSpaces()
        if (!this.text.startsWith(arrayOfTables ? ']]' : ']', this.pos))
          throw this.error(`expected ${arrayOfTables ? ']]' : ']'} after the table name`)
        this.pos += arrayOfTables ? 2 : 1
        this.endOfLine()
        current = arrayOfTables ? this.appendTable(root, keys, line) : this.table(root, keys, line)
        continue
      }
      this.readKeyValue(current)
      this.endOfLine()
    }
  }

  private error(message: string): TomlError {
    return new TomlError(this.line, message)
  }

  private peek(offset = 0): string {
    return this.text[this.pos + offset] ?? ''
  }

  private advance(): string {
    const c = this.text[this.pos++] ?? ''
    if (c === '\n') this.line++
    return c
  }

  private skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++
  }

  /** Spaces and comments; newlines too when `newlines`. */
  private skipBlank(newlines: boolean): void {
    for (;;) {
      const c = this.peek()
      if (c === ' ' || c === '\t' || c === '\r') this.pos++
      else if (c === '\n' && newlines) this.advance()
      else if (c === '#') while (this.peek() !== '\n' && this.pos < this.text.length) this.pos++
      else return
    }
  }

  private endOfLine(): void {
    this.skipBlank(false)
    if (this.pos < this.text.length && this.peek() !== '\n')
      throw this.error(`unexpected "${this.peek()}" after a value`)
  }

  private readKey(): string {
    const c = this.peek()
    if (c === '"') return this.readBasicString()
    if (c === "'") return this.readLiteralString()
    const start = this.pos
    while (BARE_KEY.test(this.peek())) this.pos++
    if (this.pos === start)
      throw this.error(c ? `unexpected "${c}" where a key was expected` : 'a key was expected')
    return this.text.slice(start, this.pos)
  }

  private readKeyPath(): string[] {
    const keys = [this.readKey()]
    for (;;) {
      this.skipSpaces()
      if (this.peek() !== '.') return keys
      this.pos++
      this.skipSpaces()
      keys.push(this.readKey())
    }
  }

  /** The map at `keys` under `map`, made where missing (the last item of an array of tables). */
  private descend(map: TreeMap, keys: string[], line: number): TreeMap {
    let current = map
    for (const key of keys) {
      const found = current.entries.find(e => e.key === key)
      if (!found) {
        const created: TreeMap = { kind: 'map', line, entries: [] }
        current.entries.push({ key, line, value: created })
        current = created
        continue
      }
      const value = found.value
      if (value.kind === 'map') current = value
      else if (value.kind === 'list' && value.items.at(-1)?.kind === 'map')
        current = value.items.at(-1) as TreeMap
      else throw this.error(`key "${key}" already holds a value`)
    }
    return current
  }

  private table(root: TreeMap, keys: string[], line: number): TreeMap {
    const table = this.descend(root, keys, line)
    // A table named by its header after dotted keys made it: the header's line is where it is.
    const parent = this.descend(root, keys.slice(0, -1), line)
    const own = parent.entries.find(e => e.key === keys[keys.length - 1])
    if (own && table.entries.length === 0) {
      own.line = line
      table.line = line
    }
    return table
  }

  private appendTable(root: TreeMap, keys: string[], line: number): TreeMap {
    const parent = this.descend(root, keys.slice(0, -1), line)
    const key = keys[keys.length - 1]
    let found = parent.entries.find(e => e.key === key)
    if (!found) {
      found = { key, line, value: { kind: 'list', line, items: [] } }
      parent.entries.push(found)
    }
    if (found.value.kind !== 'list') throw this.error(`key "${key}" is not an array of tables`)
    const table: TreeMap = { kind: 'map', line, entries: [] }
    found.value.items.push(table)
    return table
  }

  private readKeyValue(map: TreeMap): void {
    const line = this.line
    const keys = this.readKeyPath()
    this.skipSpaces()
    if (this.peek() !== '=') throw this.error(`expected "=" after the key "${keys.join('.')}"`)
    this.pos++
    this.skipSpaces()
    const value = this.readValue()
    const target = this.descend(map, keys.slice(0, -1), line)
    const entry: TreeEntry = { key: keys[keys.length - 1], line, value }
    const existing = target.entries.findIndex(e => e.key === entry.key)
    if (existing >= 0) throw this.error(`key "${entry.key}" is defined twice`)
    target.entries.push(entry)
  }

  private readValue(): TreeNode {
    const line = this.line
    const c = this.peek()
    if (c === '"' || c === "'") {
      const value =
        c === '"'
          ? this.text.startsWith('"""', this.pos)
            ? this.readMultiline('"""')
            : this.readBasicString()
          : this.text.startsWith("'''", this.pos)
            ? this.readMultiline("'''")
            : this.readLiteralString()
      return { kind: 'scalar', line, value }
    }
    if (c === '[') return this.readArray()
    if (c === '{') return this.readInlineTable()
    return { kind: 'scalar', line, value: this.readBare() }
  }

  private readBasicString(): string {
    this.pos++ // the opening quote
    let value = ''
    for (;;) {
      const c = this.peek()
      if (c === '' || c === '\n') throw this.error('unterminated string')
      this.pos++
      if (c === '"') return value
      if (c !== '\\') {
        value += c
        continue
      }
      value += this.readEscape()
    }
  }

  private readEscape(): string {
    const e = this.text[this.pos++] ?? ''
    if (e in ESCAPES) return ESCAPES[e]
    if (e === 'u' || e === 'U' || e === 'x') {
      const length = e === 'u' ? 4 : e === 'U' ? 8 : 2
      const hex = this.text.slice(this.pos, this.pos + length)
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length)
        throw this.error(`invalid escape \\${e}${hex}`)
      this.pos += length
      const code = parseInt(hex, 16)
      if (code > 0x10ffff) throw this.error(`invalid escape \\${e}${hex}`)
      return String.fromCodePoint(code)
    }
    throw this.error(`invalid escape \\${e}`)
  }

  private readLiteralString(): string {
    this.pos++
    const end = this.text.indexOf("'", this.pos)
    const newline = this.text.indexOf('\n', this.pos)
    if (end === -1 || (newline !== -1 && newline < end)) throw this.error('unterminated string')
    const value = this.text.slice(this.pos, end)
    this.pos = end + 1
    return value
  }

  private readMultiline(delimiter: '"""' | "'''"): string {
    this.pos += 3
    // A newline right after the opening delimiter is not part of the string.
    if (this.peek() === '\r' && this.peek(1) === '\n') this.pos++
    if (this.peek() === '\n') this.advance()
    let value = ''
    for (;;) {
      if (this.pos >= this.text.length) throw this.error('unterminated multi-line string')
      if (this.text.startsWith(delimiter, this.pos)) {
        // Up to two quotes may end the content right before the closing delimiter.
        let extra = 0
        while (extra < 2 && this.peek(3 + extra) === delimiter[0]) extra++
        value += delimiter[0].repeat(extra)
        this.pos += 3 + extra
        return value
      }
      const c = this.advance()
      if (c === '\\' && delimiter === '"""') {
        if (/^[ \t]*\r?\n/.test(this.text.slice(this.pos))) {
          // A line-ending backslash trims the newline and the whitespace that follows.
          while (/[ \t\r\n]/.test(this.peek())) this.advance()
          continue
        }
        value += this.readEscape()
        continue
      }
      value += c
    }
  }

  private readArray(): TreeList {
    const list: TreeList = { kind: 'list', line: this.line, items: [] }
    this.pos++
    for (;;) {
      this.skipBlank(true)
      if (this.peek() === ']') {
        this.pos++
        return list
      }
      if (this.pos >= this.text.length) throw this.error('unterminated array')
      list.items.push(this.readValue())
      this.skipBlank(true)
      if (this.peek() === ',') this.pos++
      else if (this.peek() !== ']')
        throw this.error(`expected "," or "]" in an array, not "${this.peek()}"`)
    }
  }

  private readInlineTable(): TreeMap {
    const map: TreeMap = { kind: 'map', line: this.line, entries: [] }
    this.pos++
    this.skipBlank(true)
    if (this.peek() === '}') {
      this.pos++
      return map
    }
    for (;;) {
      this.skipBlank(true)
      this.readKeyValue(map)
      this.skipBlank(true)
      const c = this.peek()
      this.pos++
      if (c === '}') return map
      if (c !== ',') throw this.error(`expected "," or "}" in an inline table, not "${c}"`)
      this.skipBlank(true)
      if (this.peek() === '}') {
        this.pos++
        return map
      }
    }
  }

  /** Booleans, numbers and dates: the token up to the next separator. */
  private readBare(): Scalar {
    const start = this.pos
    while (this.pos < this.text.length && !/[,\]}#\n\r]/.test(this.peek())) this.pos++
    const token = this.text.slice(start, this.pos).trim()
    // Give back the spaces read past the token, so that the caller sees what follows it.
    this.pos = start + this.text.slice(start, this.pos).trimEnd().length
    if (token === 'true') return true
    if (token === 'false') return false
    const plain = token.replace(/_/g, '')
    if (/^[+-]?(0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+)$/.test(plain)) {
      const sign = plain.startsWith('-') ? -1 : 1
      return sign * Number(plain.replace(/^[+-]/, ''))
    }
    if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(plain)) return Number(plain)
    if (/^[+-]?(inf|nan)$/.test(plain))
      return plain.endsWith('nan') ? NaN : plain.startsWith('-') ? -Infinity : Infinity
    if (
      /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$|^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(
        token
      )
    )
      return token
    throw this.error(token ? `unexpected value "${token}"` : 'a value was expected')
  }
}
