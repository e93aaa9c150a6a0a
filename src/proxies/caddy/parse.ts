// Caddyfile words → the tree Caddy's parser (caddyconfig/caddyfile/parse.go) builds: an optional
// global options block, snippets, then site blocks (addresses, then directives, each the words
// of one line with an optional `{ … }` block of subdirectives). `import` is expanded first, in
// place, as Caddy does: a snippet of the file (with {args.N} / {args[N]}), or files of the
// repository matched by a path or glob relative to the importing file.
import path from 'node:path'
import { findFiles } from '../../scans/files.js'
import { isBrace, lines, tokenize, type Token } from './lexer.js'

export interface Directive {
  name: string
  args: string[]
  /** The directive's words (name first), for their lines. */
  tokens: Token[]
  file: string
  line: number
  /** The subdirectives of its `{ … }` block, if it has one. */
  block?: Directive[]
}

export interface SiteBlock {
  /** The site addresses as written ("example.com", "https://:8443", ":80"). */
  addresses: string[]
  file: string
  line: number
  directives: Directive[]
}

export interface Caddyfile {
  /** The global options block's directives, if the file starts with one. */
  globals?: Directive[]
  sites: SiteBlock[]
  /** Every file read, the entry first. */
  files: string[]
  /** Imports that read nothing, with why. */
  unresolved: { file: string; line: number; what: string; why: string }[]
}

export class CaddyfileSyntaxError extends Error {
  override name = 'CaddyfileSyntaxError'
  constructor(
    message: string,
    readonly file: string,
    readonly line: number
  ) {
    super(message)
  }
}

const MAX_IMPORT_DEPTH = 10
const MAX_FILES = 100
/** Words imports may add in all: a snippet importing itself twice doubles at every level. */
const MAX_WORDS = 200_000

/** Reads `text` (the file at `file`, relative to `workspace`) with its imports expanded. */
export async function loadCaddyfile(
  workspace: string,
  file: string,
  text: string
): Promise<Caddyfile> {
  const files = [file]
  const unresolved: Caddyfile['unresolved'] = []
  const notRead = (entry: Caddyfile['unresolved'][number]): void => {
    // A snippet imported many times fails the same way each time: said once.
    if (
      !unresolved.some(u => u.file === entry.file && u.line === entry.line && u.why === entry.why)
    )
      unresolved.push(entry)
  }
  let origins = 0
  let expandedWords = 0
  const lexed = (content: string, name: string): Token[] => {
    const { tokens, unterminated } = tokenize(content, name, origins++)
    if (unterminated) throw new CaddyfileSyntaxError(unterminated.message, name, unterminated.line)
    return tokens
  }
  const { tokens: body, snippets } = takeSnippets(lexed(text, file))
  const expand = async (tokens: Token[], depth: number): Promise<Token[]> => {
    const out: Token[] = []
    for (const words of lines(tokens)) {
      if (words[0].text !== 'import' || words[0].quote !== '') {
        out.push(...words)
        continue
      }
      const [, pattern, ...args] = words.map(w => w.text)
      const at = { file: words[0].file, line: words[0].line, what: `import ${pattern ?? ''}` }
      if (pattern === undefined)
        throw new CaddyfileSyntaxError('import needs a name', at.file, at.line)
      if (depth >= MAX_IMPORT_DEPTH) {
        notRead({ ...at, why: `imports nested deeper than ${MAX_IMPORT_DEPTH}` })
        continue
      }
      if (expandedWords > MAX_WORDS) {
        notRead({ ...at, why: `imports expand to more than ${MAX_WORDS} words` })
        continue
      }
      const snippet = snippets.get(pattern)
      if (snippet) {
        const origin = origins++
        const copy = snippet.flatMap(t => withArgs(t, args)).map(t => ({ ...t, origin }))
        expandedWords += copy.length
        for (const word of await expand(copy, depth + 1)) out.push(word)
        continue
      }
      const matches = await importedFiles(workspace, words[0].file, pattern)
      if (matches.length === 0) {
        notRead({ ...at, why: 'no snippet of that name, and no file in the repository' })
        continue
      }
      for (const match of matches) {
        if (files.length >= MAX_FILES) {
          notRead({ ...at, why: `more than ${MAX_FILES} files imported` })
          break
        }
        if (!files.includes(match.path)) files.push(match.path)
        const imported = takeSnippets(lexed(match.text, match.path))
        for (const [name, value] of imported.snippets) snippets.set(name, value)
        const origin = origins++
        const copy = imported.tokens.flatMap(t => withArgs(t, args)).map(t => ({ ...t, origin }))
        expandedWords += copy.length
        for (const word of await expand(copy, depth + 1)) out.push(word)
      }
    }
    return out
  }
  const expanded = await expand(body, 0)
  return { ...parseBlocks(expanded), files, unresolved }
}

/** Removes the top-level `(name) { … }` snippet definitions, returning them by name. */
function takeSnippets(tokens: Token[]): { tokens: Token[]; snippets: Map<string, Token[]> } {
  const snippets = new Map<string, Token[]>()
  const rest: Token[] = []
  const grouped = lines(tokens)
  let depth = 0
  for (let l = 0; l < grouped.length; l++) {
    const words = grouped[l]
    const name = /^\((.+)\)$/.exec(words[0].text)?.[1]
    if (depth === 0 && name && words.length === 2 && isBrace(words[1], '{')) {
      const inside: Token[] = []
      let nested = 1
      for (l++; l < grouped.length; l++) {
        for (const word of grouped[l]) {
          if (isBrace(word, '{')) nested++
          if (isBrace(word, '}')) nested--
        }
        if (nested === 0) break
        inside.push(...grouped[l])
      }
      if (nested !== 0)
        throw new CaddyfileSyntaxError(
          `snippet (${name}) is never closed`,
          words[0].file,
          words[0].line
        )
      snippets.set(name, inside)
      continue
    }
    for (const word of words) {
      if (isBrace(word, '{')) depth++
      if (isBrace(word, '}')) depth--
    }
    rest.push(...words)
  }
  return { tokens: rest, snippets }
}

/** A snippet's or imported file's word with the import's arguments put in. */
function withArgs(token: Token, args: readonly string[]): Token[] {
  if (/^\{args(\.\*|\[:\])\}$/.test(token.text))
    return args.map(text => ({ ...token, text, quote: token.quote || '"' }))
  const text = token.text.replace(
    /\{args(?:\.(\d+)|\[(\d+)\])\}/g,
    (_, dot: string | undefined, bracket: string | undefined) => args[Number(dot ?? bracket)] ?? ''
  )
  return [{ ...token, text }]
}

/** Files of the repository an import names, relative to the importing file's folder. */
async function importedFiles(
  workspace: string,
  from: string,
  pattern: string
): Promise<{ path: string; text: string }[]> {
  if (path.posix.isAbsolute(pattern) || pattern.split('/').includes('..')) return []
  const dir = path.posix.dirname(from)
  const glob = dir === '.' ? pattern : `${dir}/${pattern}`
  const found = await findFiles(workspace, [glob], { maxFiles: MAX_FILES, maxBytes: 1024 * 1024 })
  return found.files
}

/** The global options block and site blocks of the expanded words. */
function parseBlocks(tokens: Token[]): Omit<Caddyfile, 'files' | 'unresolved'> {
  const grouped = lines(tokens)
  let at = 0
  const result: Omit<Caddyfile, 'files' | 'unresolved'> = { sites: [] }
  const error = (message: string, token: Token): never => {
    throw new CaddyfileSyntaxError(message, token.file, token.line)
  }
  /** Directives up to the `}` that closes the block `opener` opened (or the end, for none). */
  const block = (opener: Token | undefined, depth: number): Directive[] => {
    const directives: Directive[] = []
    while (at < grouped.length) {
      const words = grouped[at++]
      if (isBrace(words[0], '}')) {
        if (words.length > 1) error(`unexpected '${words[1].text}' after '}'`, words[1])
        if (!opener) error("unexpected '}': no block is open", words[0])
        return directives
      }
      if (isBrace(words[0], '{'))
        error(
          "unexpected '{' on a line of its own: it belongs at the end of the line before",
          words[0]
        )
      const last = words[words.length - 1]
      const opens = isBrace(last, '{')
      const inner = words.slice(0, opens ? -1 : undefined)
      const stray = inner.find(w => isBrace(w, '{') || isBrace(w, '}'))
      if (stray) error(`unexpected '${stray.text}' inside a line`, stray)
      const directive: Directive = {
        name: inner[0].text,
        args: inner.slice(1).map(w => w.text),
        tokens: inner,
        file: inner[0].file,
        line: inner[0].line
      }
      if (opens) {
        if (depth >= 32) error('blocks nested too deeply', last)
        directive.block = block(last, depth + 1)
      }
      directives.push(directive)
    }
    if (opener) error("this '{' is never closed", opener)
    return directives
  }
  if (grouped.length > 0 && grouped[0].length === 1 && isBrace(grouped[0][0], '{')) {
    at = 1
    result.globals = block(grouped[0][0], 1)
  }
  while (at < grouped.length) {
    const first = grouped[at]
    const addresses: string[] = []
    let opener: Token | undefined
    // Addresses: one line, or more when a line ends with a comma.
    for (;;) {
      const words = grouped[at++]
      const last = words[words.length - 1]
      opener = isBrace(last, '{') ? last : undefined
      for (const word of opener ? words.slice(0, -1) : words) {
        if (isBrace(word, '{') || isBrace(word, '}')) error(`unexpected '${word.text}'`, word)
        addresses.push(...word.text.split(',').filter(Boolean))
      }
      if (opener || !last.text.endsWith(',') || at >= grouped.length) break
    }
    if (addresses.length === 0) error('a site block needs an address', first[0])
    const site: SiteBlock = { addresses, file: first[0].file, line: first[0].line, directives: [] }
    if (opener) site.directives = block(opener, 1)
    else {
      // A single site may go without braces: the rest of the file is its directives.
      if (result.sites.length > 0)
        error('a site without braces must be the only site: wrap each site in { … }', first[0])
      site.directives = block(undefined, 1)
    }
    result.sites.push(site)
  }
  return result
}

/** Every directive of the tree, depth first, with the blocks around it (outermost first). */
export function* walk(
  directives: readonly Directive[],
  parents: readonly Directive[] = []
): Generator<{ directive: Directive; parents: readonly Directive[] }> {
  for (const directive of directives) {
    yield { directive, parents }
    if (directive.block) yield* walk(directive.block, [...parents, directive])
  }
}
