// lighttpd configuration evaluated the way its parser does it, top to bottom: each condition is
// a scope whose settings override the enclosing ones; `=` sets a key once per scope (twice is
// lighttpd's "Duplicate config variable"), `:=` replaces, `+=` appends to the value in effect
// (this scope's, else the nearest enclosing one's); `+` joins strings, adds integers, merges
// arrays; a key or `var.*` used as a value is read from the scope chain; `include` reads files
// in place (through `read`), `include_shell` cannot be run and is listed.
import type { Assignment, Condition, Expression, Include, Statement } from './parse.js'

export type Value =
  /** `exact` is false when part of it is unknown here (env.*, an undefined variable). */
  | { type: 'string'; value: string; exact: boolean }
  | { type: 'integer'; value: number }
  | { type: 'array'; entries: Entry[] }

export interface Entry {
  key?: string
  value: Value
  line: number
}

export interface Setting {
  key: string
  value: Value
  file: string
  line: number
}

export interface Scope {
  /** undefined for the global scope. */
  condition?: Condition
  /** `$HTTP["url"] =~ "^/ws"`, or `global`. */
  label: string
  /** HTTP, SERVER…; '' for the global scope and a bare else. */
  variable: string
  /** url, socket, host… */
  field: string
  operator: string
  pattern: string
  parent?: Scope
  /** The settings made in this scope itself, by key. */
  settings: Map<string, Setting>
  file: string
  line: number
}

/** Something lighttpd itself refuses at start (a duplicate key, an undefined variable). */
export interface Refusal {
  file: string
  line: number
  message: string
}

export interface UnreadInclude {
  statement: Include
  why: string
}

export interface Evaluated {
  global: Scope
  /** Every scope, the global one first, in the order of the configuration. */
  scopes: Scope[]
  refusals: Refusal[]
  /** Files read through includes, in order. */
  included: string[]
  unread: UnreadInclude[]
  /** The entry file's statements, as parsed. */
  statements: Statement[]
  /** Each include that was read: the files it named, parsed (config-serve writes them in place). */
  expansions: Map<Include, { path: string; statements: Statement[] }[]>
}

/** The files an include pattern names (already read), or why none could be read. */
export type IncludeReader = (
  pattern: string,
  from: string
) => Promise<{ path: string; text: string }[] | string>

/** Parses a file read through an include (the caller's parser, so errors keep their file). */
export type IncludeParser = (text: string, file: string) => Statement[]

const MAX_INCLUDE_DEPTH = 10

/** The setting in effect for `key` in `scope`: its own, else the nearest enclosing scope's. */
export function effective(scope: Scope, key: string): Setting | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const found = s.settings.get(key)
    if (found) return found
  }
  return undefined
}

/** The scopes from the global one down to `scope`. */
export function chain(scope: Scope): Scope[] {
  const out: Scope[] = []
  for (let s: Scope | undefined = scope; s; s = s.parent) out.unshift(s)
  return out
}

/** A string value's text; an integer as digits; undefined for an array. */
export function text(value: Value | undefined): string | undefined {
  if (!value) return undefined
  if (value.type === 'string') return value.value
  if (value.type === 'integer') return String(value.value)
  return undefined
}

/** lighttpd's boolean reading (config_plugin_value_tobool): enable/enabled/true/1, or an
 * integer other than 0; undefined when it is neither on nor off. */
export function enabled(value: Value | undefined): boolean | undefined {
  if (!value) return undefined
  if (value.type === 'integer') return value.value !== 0
  if (value.type !== 'string') return undefined
  const v = value.value.toLowerCase()
  if (['enable', 'enabled', 'true', '1'].includes(v)) return true
  if (['disable', 'disabled', 'false', '0'].includes(v)) return false
  return undefined
}

/** An array's entry by key (case-insensitive when `icase`, as SSL_CONF_cmd names are). */
export function entry(value: Value | undefined, key: string, icase = false): Entry | undefined {
  if (value?.type !== 'array') return undefined
  const match = (k?: string): boolean =>
    k !== undefined && (icase ? k.toLowerCase() === key.toLowerCase() : k === key)
  return value.entries.findLast(e => match(e.key))
}

/** The value written back in lighttpd's syntax (for a fix that keeps what the file had). */
export function serialize(value: Value): string {
  if (value.type === 'integer') return String(value.value)
  if (value.type === 'string') return `"${value.value.replace(/"/g, '\\"')}"`
  const items = value.entries.map(
    e => `${e.key !== undefined ? `"${e.key.replace(/"/g, '\\"')}" => ` : ''}${serialize(e.value)}`
  )
  return `( ${items.join(', ')} )`
}

/** `+` and `+=` as configparser_merge_data does them; undefined when lighttpd refuses. */
function merge(left: Value, right: Value): Value | undefined {
  if (left.type === 'string' && right.type !== 'array')
    return {
      type: 'string',
      value: left.value + text(right),
      exact: left.exact && (right.type !== 'string' || right.exact)
    }
  if (left.type === 'integer' && right.type === 'integer')
    return { type: 'integer', value: left.value + right.value }
  if (left.type === 'integer' && right.type === 'string')
    return { type: 'string', value: String(left.value) + right.value, exact: right.exact }
  if (left.type === 'array' && right.type === 'array')
    return { type: 'array', entries: [...left.entries, ...right.entries] }
  return undefined
}

function scopeLabel(variable: string, field: string, operator: string, pattern: string): string {
  if (!variable) return 'else'
  return `$${variable}["${field}"] ${operator} "${pattern}"`
}

/** Evaluates `statements` (of `file`), reading includes through `read`. */
export async function evaluate(
  statements: Statement[],
  file: string,
  read: IncludeReader,
  parse: IncludeParser
): Promise<Evaluated> {
  const global: Scope = {
    label: 'global',
    variable: '',
    field: '',
    operator: '',
    pattern: '',
    settings: new Map(),
    file,
    line: 1
  }
  const result: Evaluated = {
    global,
    scopes: [global],
    refusals: [],
    included: [],
    unread: [],
    statements,
    expansions: new Map()
  }
  const refuse = (at: { file: string; line: number }, message: string): void =>
    void result.refusals.push({ file: at.file, line: at.line, message })

  const value = (expression: Expression, scope: Scope, at: { file: string }): Value => {
    switch (expression.kind) {
      case 'string':
        return { type: 'string', value: expression.value, exact: true }
      case 'integer':
        return { type: 'integer', value: expression.value }
      case 'reference': {
        const found = effective(scope, expression.name)
        if (found) return found.value
        if (!expression.name.startsWith('env.') && !/^var\.(CWD|PID)$/.test(expression.name))
          refuse(
            { file: at.file, line: expression.line },
            `Undefined config variable: ${expression.name}`
          )
        return { type: 'string', value: `\${${expression.name}}`, exact: false }
      }
      case 'array':
        return {
          type: 'array',
          entries: expression.entries.map(e => ({
            key: e.key ? text(value(e.key, scope, at)) : undefined,
            value: value(e.value, scope, at),
            line: e.line
          }))
        }
      case 'concat': {
        let joined = value(expression.parts[0], scope, at)
        for (const part of expression.parts.slice(1)) {
          const merged = merge(joined, value(part, scope, at))
          if (!merged) {
            refuse({ file: at.file, line: part.line }, 'data type mismatch, cannot merge')
            return joined
          }
          joined = merged
        }
        return joined
      }
    }
  }

  const assign = (statement: Assignment, scope: Scope): void => {
    const v = value(statement.value, scope, statement)
    const setting = (val: Value): Setting => ({
      key: statement.key,
      value: val,
      file: statement.file,
      line: statement.line
    })
    if (statement.operator === '+=') {
      const base = effective(scope, statement.key)
      const merged = base ? merge(base.value, v) : v
      if (!merged) refuse(statement, `data type mismatch, cannot append to ${statement.key}`)
      scope.settings.set(statement.key, setting(merged ?? v))
      return
    }
    if (statement.operator === '=' && scope.settings.has(statement.key))
      refuse(
        statement,
        `Duplicate config variable ${statement.key} (set at line ${scope.settings.get(statement.key)!.line}); use := to replace it`
      )
    scope.settings.set(statement.key, setting(v))
  }

  const condition = async (
    statement: Condition,
    parent: Scope,
    stack: readonly string[]
  ): Promise<void> => {
    for (let branch: Condition | undefined = statement; branch; branch = branch.otherwise) {
      const field = branch.field ? (text(value(branch.field, parent, branch)) ?? '') : ''
      const pattern = branch.pattern ? (text(value(branch.pattern, parent, branch)) ?? '') : ''
      const operator = branch.operator ?? ''
      const scope: Scope = {
        condition: branch,
        label: scopeLabel(branch.variable, field, operator, pattern),
        variable: branch.variable,
        field,
        operator,
        pattern,
        parent,
        settings: new Map(),
        file: branch.file,
        line: branch.line
      }
      result.scopes.push(scope)
      await run(branch.body, scope, stack)
    }
  }

  const include = async (
    statement: Include,
    scope: Scope,
    stack: readonly string[]
  ): Promise<void> => {
    const argument = value(statement.argument, scope, statement)
    const unread = (why: string): void => void result.unread.push({ statement, why })
    if (statement.kind === 'include_shell') return unread('include_shell runs a command')
    if (argument.type !== 'string' || !argument.exact)
      return unread('its path is not known without the server (env.* or an undefined variable)')
    if (stack.length > MAX_INCLUDE_DEPTH)
      return unread(`includes nested deeper than ${MAX_INCLUDE_DEPTH}`)
    const files = await read(argument.value, statement.file)
    if (typeof files === 'string') return unread(files)
    for (const found of files) {
      if (stack.includes(found.path)) {
        unread(`${found.path} includes itself (through ${stack.join(' → ')})`)
        continue
      }
      result.included.push(found.path)
      // A syntax error in an included file is thrown with that file's name.
      const parsed = parse(found.text, found.path)
      const expanded = result.expansions.get(statement) ?? []
      expanded.push({ path: found.path, statements: parsed })
      result.expansions.set(statement, expanded)
      await run(parsed, scope, [...stack, found.path])
    }
  }

  const run = async (body: Statement[], scope: Scope, stack: readonly string[]): Promise<void> => {
    for (const statement of body) {
      if (statement.kind === 'assignment') assign(statement, scope)
      else if (statement.kind === 'condition') await condition(statement, scope, stack)
      else if (statement.kind === 'global') await run(statement.body, global, stack)
      else await include(statement, scope, stack)
    }
  }

  await run(statements, global, [file])
  return result
}
