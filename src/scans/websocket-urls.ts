// Where a page's HTML and scripts open WebSockets, read as text and never run: ws:// and wss://
// string literals (in `new WebSocket(…)` or anywhere), and schemes derived from
// location.protocol. Also the parts of the HTML the page scan needs: script elements and
// <meta http-equiv="Content-Security-Policy">. Regular expressions over bounded text; hostile
// input only fails to match.

export interface FoundSocket {
  /** The URL as written, `\/` unescaped; may hold `${…}` when built in a template literal. */
  url: string
  line: number
  /** `new WebSocket(<this literal>)`, or a literal elsewhere. */
  opened: boolean
}

export interface DerivedScheme {
  line: number
}

export interface ScriptElement {
  /** The src attribute as written (undefined: an inline script). */
  src?: string
  /** The inline body, and the line of the HTML it starts on. */
  body: string
  line: number
}

// A quoted ws:// or wss:// URL with at least one character after "//" (a lone "wss://" is a
// piece of the derivation pattern, not an endpoint); `\/` as JSON writes it.
const LITERAL = /(["'`])(wss?:(?:\/\/|\\\/\\\/)(?:[^"'`\s<>\\]|\\\/){1,2048})\1/gi
const CONSTRUCTOR_BEFORE = /new\s+(?:window\.|globalThis\.|self\.)?WebSocket\s*\(\s*$/
// location.protocol near a "ws" literal: the scheme follows the page (the field guide's Fix 3).
const DERIVED =
  /location\.protocol[^;\n]{0,120}?["'`]wss?(?::\/\/)?["'`]|["'`]wss?(?::\/\/)?["'`][^;\n]{0,120}?location\.protocol|location\.protocol\.replace\(\s*["'`]http["'`]\s*,\s*["'`]ws["'`]/g

/** Every quoted ws:// / wss:// URL in `text`, with its line. */
export function findSocketLiterals(text: string): FoundSocket[] {
  const lines = lineIndex(text)
  const found: FoundSocket[] = []
  for (const m of text.matchAll(LITERAL)) {
    const url = m[2].replace(/\\\//g, '/')
    const before = text.slice(Math.max(0, m.index - 60), m.index)
    found.push({ url, line: lines(m.index), opened: CONSTRUCTOR_BEFORE.test(before) })
  }
  return found
}

/** Places where the WebSocket scheme is derived from location.protocol. */
export function findDerivedSchemes(text: string): DerivedScheme[] {
  const lines = lineIndex(text)
  return [...text.matchAll(DERIVED)].map(m => ({ line: lines(m.index) }))
}

/** The script elements of an HTML document, in order. */
export function scriptElements(html: string): ScriptElement[] {
  const lines = lineIndex(html)
  const scripts: ScriptElement[] = []
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const src = attribute(m[1], 'src')
    const bodyAt = m.index + m[0].indexOf('>') + 1
    scripts.push({
      src: src === undefined ? undefined : src.trim(),
      body: m[2],
      line: lines(bodyAt)
    })
  }
  return scripts
}

/** The content of every <meta http-equiv="Content-Security-Policy">. */
export function metaPolicies(html: string): string[] {
  const policies: string[] = []
  for (const m of html.matchAll(/<meta\b([^>]*)>/gi)) {
    const equiv = attribute(m[1], 'http-equiv')
    const content = attribute(m[1], 'content')
    if (equiv?.trim().toLowerCase() === 'content-security-policy' && content !== undefined)
      policies.push(content)
  }
  return policies
}

/** An attribute's value from a tag's attribute text, entities decoded. */
function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(
    `(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`,
    'i'
  ).exec(attributes)
  if (!m) return undefined
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '')
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'"
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole
  })
}

/** index → 1-based line number, by binary search over the line starts. */
function lineIndex(text: string): (index: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return index => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= index) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}
