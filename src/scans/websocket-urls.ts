// WebSocket URLs written in source files: string and template literals that begin with ws:// or
// wss:// in scripts (and the <script> blocks of HTML, Vue and Svelte files), and values that do
// in .env files. A small lexer rather than one regular expression: it follows comments, strings,
// template literals (with their ${…} expressions, nested) and regular expressions across lines,
// so that a URL in a comment, inside prose, or after an apostrophe in a regex is not a hit.

export interface UrlLiteral {
  /** Offset in the file of the URL's first character (the `w`). */
  offset: number
  scheme: 'ws' | 'wss'
  /** The literal's text from the scheme on, as written (escapes and `${…}` kept), one line. */
  text: string
  /** What follows the scheme's `//`, ready to go inside a template literal. */
  rest: string
  /** The host, lower case; undefined when code computes it (`${…}`, a concatenation). */
  host?: string
  /** The literal holds the whole URL: no `${…}`, nothing concatenated to it. */
  complete: boolean
  /** The code concatenated after the literal (`'ws://' + host` → `host`). */
  concatenated?: string
  /** For a .env value: its key. */
  envKey?: string
}

export type SourceKind = 'script' | 'markup' | 'env'

export function findUrlLiterals(text: string, kind: SourceKind): UrlLiteral[] {
  const found: UrlLiteral[] = []
  if (kind === 'script') scanScript(text, 0, text.length, found)
  else if (kind === 'markup') scanMarkup(text, found)
  else scanEnv(text, found)
  return found
}

const URL_START = /^wss?:\/\//i
/** Longest text a report shows of one URL (a minified bundle is one long line). */
const SHOWN_MAX = 200

// A `/` after one of these (or at the start) begins a regular expression, after anything else
// it divides. `<` is left out: in JSX, `</div>` is a closing tag.
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%~^>'])
const KEYWORDS_BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await'
])

function isWordChar(c: string): boolean {
  return /[\w$]/.test(c)
}

/** Scans `text[from, to)` as JavaScript/TypeScript (JSX included). */
function scanScript(text: string, from: number, to: number, found: UrlLiteral[]): void {
  // Each open `${` of a template remembers the brace depth of the code around it.
  const templates: number[] = []
  let depth = 0
  let inTemplate = false
  let previous = '' // the last significant code character ('a' for a word)
  let word = ''
  let i = from
  while (i < to) {
    const c = text[i]
    if (inTemplate) {
      if (c === '\\') i += 2
      else if (c === '`') {
        inTemplate = false
        previous = ')'
        i++
      } else if (c === '$' && text[i + 1] === '{') {
        templates.push(depth)
        depth = 0
        inTemplate = false
        previous = '{'
        i += 2
      } else i++
      continue
    }
    const next = text[i + 1]
    if (c === '/' && next === '/') {
      i = lineEnd(text, i, to)
    } else if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2)
      i = close === -1 || close >= to ? to : close + 2
    } else if (c === "'" || c === '"') {
      const end = stringEnd(text, i + 1, to, c)
      // `\/` is `/` in a string (JSON writes URLs that way): "wss:\/\/host" is a URL.
      const content = text.slice(i + 1, end).replace(/\\\//g, '/')
      if (URL_START.test(content)) {
        const after = text[end] === c ? concatenation(text, end + 1, to) : undefined
        found.push(literal(content, i + 1, false, after))
      }
      i = end + 1
      previous = ')'
    } else if (c === '`') {
      if (URL_START.test(text.slice(i + 1, i + 7))) {
        const end = templateLineEnd(text, i + 1, to)
        const after = text[end] === '`' ? concatenation(text, end + 1, to) : undefined
        found.push(literal(text.slice(i + 1, end), i + 1, true, after))
      }
      inTemplate = true
      i++
    } else if (
      c === '/' &&
      (previous === '' || BEFORE_REGEX.has(previous) || KEYWORDS_BEFORE_REGEX.has(word))
    ) {
      i = regexEnd(text, i + 1, to)
      previous = ')'
      word = ''
    } else if (isWordChar(c)) {
      let end = i + 1
      while (end < to && isWordChar(text[end])) end++
      word = text.slice(i, end)
      previous = 'a'
      i = end
      continue
    } else {
      if (c === '{') depth++
      else if (c === '}') {
        if (depth === 0 && templates.length > 0) {
          depth = templates.pop()!
          inTemplate = true
        } else depth = Math.max(0, depth - 1)
      }
      if (!/\s/.test(c)) previous = c
      i++
    }
    if (!isWordChar(previous)) word = ''
  }
}

function lineEnd(text: string, from: number, to: number): number {
  const end = text.indexOf('\n', from)
  return end === -1 || end > to ? to : end
}

/** The offset of the closing quote; an unterminated string ends at its line's end. */
function stringEnd(text: string, from: number, to: number, quote: string): number {
  let i = from
  while (i < to) {
    const c = text[i]
    if (c === '\\') i += 2
    else if (c === quote || c === '\n') return i
    else i++
  }
  return to
}

/** The end of a regular expression literal (after its flags), or of its line when unclosed. */
function regexEnd(text: string, from: number, to: number): number {
  let inClass = false
  let i = from
  while (i < to) {
    const c = text[i]
    if (c === '\\') i += 2
    else if (c === '\n') return i
    else if (c === '[') inClass = true
    else if (c === ']') inClass = false
    else if (c === '/' && !inClass) {
      i++
      while (i < to && /[a-z]/i.test(text[i])) i++
      return i
    }
    if (c !== '\\') i++
  }
  return to
}

/** Where a template literal's text ends for the report: its closing backtick when on the same
 * line, else the line's end (nested templates in `${…}` are counted). */
function templateLineEnd(text: string, from: number, to: number): number {
  let nested = 0
  let i = from
  const stop = Math.min(to, from + 4 * SHOWN_MAX)
  while (i < stop && text[i] !== '\n') {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '$' && text[i + 1] === '{') nested++
    else if (c === '}' && nested > 0) nested--
    else if (c === '`' && nested === 0) return i
    i++
  }
  return Math.min(i, stop)
}

/** The code after `+` that follows a literal, on the same line: `'ws://' + host + '/ws'`. */
function concatenation(text: string, from: number, to: number): string | undefined {
  // Bounded: a minified bundle is one long line, and may hold many URLs.
  const rest = text.slice(from, Math.min(lineEnd(text, from, to), from + 2 * SHOWN_MAX))
  const m = /^\s*\+(?!=)\s*([^;,)\]}]*)/.exec(rest)
  return m ? m[1].trim().slice(0, SHOWN_MAX) || '…' : undefined
}

function literal(
  content: string,
  offset: number,
  template: boolean,
  concatenated: string | undefined
): UrlLiteral {
  const text = content.split(/\r?\n/)[0].slice(0, SHOWN_MAX)
  const scheme = /^wss/i.test(content) ? 'wss' : 'ws'
  const after = content.slice(scheme.length + 3)
  // A quoted string's `${` and backticks are text: escaped so that the fix's template keeps them.
  const rest = template ? after : after.replace(/[`]|\$\{/g, s => `\\${s}`)
  const computed = template && after.includes('${')
  return {
    offset,
    scheme,
    text,
    rest: rest.split(/\r?\n/)[0].slice(0, SHOWN_MAX),
    host: hostOf(after, concatenated !== undefined),
    complete: !computed && concatenated === undefined,
    ...(concatenated !== undefined ? { concatenated } : {})
  }
}

/** The host of `rest` (what follows `scheme://`); undefined when code supplies it. */
export function hostOf(rest: string, concatenated: boolean): string | undefined {
  const authority = /^[^/?#]*/.exec(rest)![0]
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1)
  let host: string
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']')
    if (close === -1) return undefined
    host = hostPort.slice(0, close + 1)
  } else host = hostPort.split(':')[0]
  // `'ws://api' + '.example.com'`: a host that reaches the literal's end may go on past it.
  if (concatenated && authority === rest && hostPort === host) return undefined
  if (host === '' || host.includes('${')) return undefined
  return host.toLowerCase().replace(/\.$/, '')
}

/** HTML, Vue and Svelte: the <script> blocks, outside <!-- comments -->. */
function scanMarkup(text: string, found: UrlLiteral[]): void {
  const tags = /<!--|<script\b[^>]*>|<style\b[^>]*>/gi
  let m: RegExpExecArray | null
  while ((m = tags.exec(text)) !== null) {
    if (m[0] === '<!--') {
      const close = text.indexOf('-->', m.index + 4)
      tags.lastIndex = close === -1 ? text.length : close + 3
      continue
    }
    const start = m.index + m[0].length
    const closing = /^<style/i.test(m[0]) ? '</style' : '</script'
    const end = indexOfIgnoreCase(text, closing, start)
    const stop = end === -1 ? text.length : end
    if (closing === '</script') scanScript(text, start, stop, found)
    tags.lastIndex = stop
  }
}

function indexOfIgnoreCase(text: string, search: string, from: number): number {
  const re = new RegExp(search, 'ig')
  re.lastIndex = from
  return re.exec(text)?.index ?? -1
}

/** .env files: `KEY=value` lines (optionally `export`, the value optionally quoted); `#` lines
 * and an unquoted value's ` #` tail are comments. */
function scanEnv(text: string, found: UrlLiteral[]): void {
  let lineStart = 0
  for (const line of text.split('\n')) {
    const m = /^(\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*)(['"]?)(.*)$/.exec(line)
    if (m) {
      const [, head, key, quote, tail] = m
      const value = quote
        ? tail.slice(0, stringEnd(tail, 0, tail.length, quote))
        : tail.replace(/\s+#.*$/, '').trimEnd()
      if (URL_START.test(value)) {
        const offset = lineStart + head.length + quote.length
        found.push({ ...literal(value.replace(/\r$/, ''), offset, false, undefined), envKey: key })
      }
    }
    lineStart += line.length + 1
  }
}
