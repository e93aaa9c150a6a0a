// The parts of a page the page scan reads, as text and never run: where its HTML and scripts
// open WebSockets (through the source scan's lexer, so that comments and prose are no hits),
// schemes derived from location.protocol, script sources and
// <meta http-equiv="Content-Security-Policy">. Bounded passes: hostile input only fails to match.
import { positions } from './lines.js'
import { findUrlLiterals } from './websocket-urls.js'

export interface FoundSocket {
  /** The URL as written; `${…}` where code supplies a part (a template, a concatenation). */
  url: string
  line: number
  /** `new WebSocket(<this literal>)`, or a literal elsewhere. */
  opened: boolean
}

export interface DerivedScheme {
  line: number
}

const CONSTRUCTOR_BEFORE = /new\s+(?:window\.|globalThis\.|self\.)?WebSocket\s*\(\s*$/
// location.protocol near a "ws" literal: the scheme follows the page (the fix for mixed content).
const DERIVED =
  /location\.protocol[^;\n]{0,120}?["'`]wss?(?::\/\/)?["'`]|["'`]wss?(?::\/\/)?["'`][^;\n]{0,120}?location\.protocol|location\.protocol\.replace\(\s*["'`]http["'`]\s*,\s*["'`]ws["'`]/g

/** Every ws:// / wss:// URL literal in a page (`markup`: its inline scripts) or a script. */
export function findSocketLiterals(text: string, kind: 'markup' | 'script'): FoundSocket[] {
  const at = positions(text)
  const found: FoundSocket[] = []
  for (const literal of findUrlLiterals(text, kind)) {
    const bare = /^wss?:\/\/$/i.test(literal.text)
    // A lone scheme is a piece of the derivation pattern (fine), unless code completes it.
    if (bare && !literal.concatenated) continue
    const url = literal.concatenated ? literal.text + templated(literal.concatenated) : literal.text
    // The quote (or backtick) stands just before the URL.
    const before = text.slice(Math.max(0, literal.offset - 61), Math.max(0, literal.offset - 1))
    found.push({ url, line: at(literal.offset).line, opened: CONSTRUCTOR_BEFORE.test(before) })
  }
  return found
}

/** `host + '/chat'` → `${host}/chat`: a concatenation written as the template it builds. */
function templated(concatenated: string): string {
  return concatenated
    .split(/\s*\+\s*/)
    .map(part => /^(["'`])(.*)\1$/.exec(part)?.[2] ?? `\${${part}}`)
    .join('')
}

/** Places where the WebSocket scheme is derived from location.protocol. */
export function findDerivedSchemes(text: string): DerivedScheme[] {
  const at = positions(text)
  return [...text.matchAll(DERIVED)].map(m => ({ line: at(m.index).line }))
}

/** The src of every script element, in document order, as written (entities decoded). */
export function scriptSources(html: string): string[] {
  const sources: string[] = []
  for (const attributes of tagAttributes(html, 'script')) {
    const src = attribute(attributes, 'src')?.trim()
    if (src) sources.push(src)
  }
  return sources
}

/** The content of every <meta http-equiv="Content-Security-Policy">. */
export function metaPolicies(html: string): string[] {
  const policies: string[] = []
  for (const attributes of tagAttributes(html, 'meta')) {
    const equiv = attribute(attributes, 'http-equiv')
    const content = attribute(attributes, 'content')
    if (equiv?.trim().toLowerCase() === 'content-security-policy' && content !== undefined)
      policies.push(content)
  }
  return policies
}

/** The attribute text of every `<name …>` start tag (at most 4096 characters). One pass: the
 * search goes on after each tag's ">", and an unclosed tag ends it. */
function tagAttributes(html: string, name: string): string[] {
  const lower = html.toLowerCase()
  const open = `<${name}`
  const found: string[] = []
  for (let at = lower.indexOf(open); at !== -1; at = lower.indexOf(open, at)) {
    const from = at + open.length
    if (!/^[\s/>]/.test(html.charAt(from))) {
      at = from
      continue
    }
    const close = html.indexOf('>', from)
    if (close === -1) break
    if (close - from <= 4096) found.push(html.slice(from, close))
    at = close + 1
  }
  return found
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
