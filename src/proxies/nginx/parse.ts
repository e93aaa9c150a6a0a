// nginx configuration → a tree of directives, each with the file and line it came from, and
// `include` expanded in place the way nginx does it: globs, resolved against the including
// file's folder and then each folder above it (nginx resolves a relative include against its
// configuration prefix, and a repository keeps that prefix somewhere above the site file),
// within the workspace only, each file at most once per branch (cycle-safe) and bounded.
import path from 'node:path'
import { findFiles } from '../../scans/files.js'
import { NginxSyntaxError, tokenize, type Token } from './tokenize.js'

export interface Directive {
  name: string
  /** The name as written (a `map` entry's key may be a quoted string). */
  rawName: string
  /** Arguments with quotes removed. */
  args: string[]
  /** Arguments as written (quotes kept). */
  raw: string[]
  /** Relative to the workspace, forward slashes. */
  file: string
  line: number
  /** The directives of its `{ … }` block, if it has one. */
  block?: Directive[]
}

/** An `include` that read nothing (not in the workspace, or beyond the bounds). */
export interface UnresolvedInclude {
  directive: Directive
  why: string
}

export interface LoadedConfig {
  directives: Directive[]
  /** Every file read, the entry first. */
  files: string[]
  unresolved: UnresolvedInclude[]
  /** Syntax errors, at their file and line (the rest of that file is not read). */
  errors: { file: string; line: number; message: string }[]
}

/** Directives of one file's text; throws NginxSyntaxError at the line of the problem. */
export function parseNginx(text: string, file: string): Directive[] {
  const tokens = tokenize(text)
  let at = 0
  const block = (depth: number, opener?: Token): Directive[] => {
    const directives: Directive[] = []
    let words: Token[] = []
    while (at < tokens.length) {
      const token = tokens[at++]
      if (!token.punct) {
        words.push(token)
        continue
      }
      if (token.text === '}') {
        if (words.length > 0)
          throw new NginxSyntaxError(`"${words[0].text}" is not terminated by ";"`, token.line)
        if (depth === 0) throw new NginxSyntaxError('unexpected "}"', token.line)
        return directives
      }
      if (words.length === 0) {
        throw new NginxSyntaxError(`unexpected "${token.text}"`, token.line)
      }
      const [name, ...args] = words
      const directive: Directive = {
        name: name.text,
        rawName: name.raw,
        args: args.map(a => a.text),
        raw: args.map(a => a.raw),
        file,
        line: name.line
      }
      if (token.text === '{') {
        if (depth >= MAX_NESTING) throw new NginxSyntaxError('blocks nested too deeply', token.line)
        directive.block = block(depth + 1, token)
      }
      directives.push(directive)
      words = []
    }
    if (words.length > 0)
      throw new NginxSyntaxError(
        `unexpected end of file: "${words[0].text}" is not terminated by ";"`,
        words[words.length - 1].line
      )
    if (opener) throw new NginxSyntaxError('unexpected end of file, expecting "}"', opener.line)
    return directives
  }
  return block(0)
}

const MAX_NESTING = 32

export interface LoadLimits {
  /** Files read through includes, over the whole configuration. */
  maxFiles: number
  /** Includes within includes. */
  maxDepth: number
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = { maxFiles: 200, maxDepth: 10 }

/** Prefixes a configuration uses for its own folder on a server; in a repository the same
 * files sit below some folder of it. */
const SERVER_PREFIXES = [
  '/etc/nginx/',
  '/usr/local/nginx/conf/',
  '/usr/local/etc/nginx/',
  '/opt/nginx/conf/'
]

/** The entry file (already read) with its includes expanded. */
export async function loadNginx(
  workspace: string,
  file: string,
  text: string,
  limits: LoadLimits = DEFAULT_LOAD_LIMITS
): Promise<LoadedConfig> {
  const loaded: LoadedConfig = { directives: [], files: [], unresolved: [], errors: [] }
  const read = (name: string, content: string): Directive[] => {
    loaded.files.push(name)
    try {
      return parseNginx(content, name)
    } catch (err) {
      if (!(err instanceof NginxSyntaxError)) throw err
      loaded.errors.push({ file: name, line: err.line, message: err.message })
      return []
    }
  }
  const expand = async (
    directives: Directive[],
    stack: readonly string[]
  ): Promise<Directive[]> => {
    const out: Directive[] = []
    for (const directive of directives) {
      if (directive.name !== 'include' || directive.block) {
        if (directive.block) directive.block = await expand(directive.block, stack)
        out.push(directive)
        continue
      }
      const unresolved = (why: string): void => {
        loaded.unresolved.push({ directive, why })
      }
      if (directive.args.length !== 1) {
        unresolved('include takes one argument')
        continue
      }
      if (stack.length > limits.maxDepth) {
        unresolved(`includes nested deeper than ${limits.maxDepth}`)
        continue
      }
      const matches = await resolveInclude(workspace, directive.file, directive.args[0])
      if (matches.length === 0) {
        unresolved('no file in the repository matches it')
        continue
      }
      for (const match of matches) {
        if (stack.includes(match.path)) {
          unresolved(`${match.path} includes itself (through ${stack.join(' → ')})`)
          continue
        }
        if (loaded.files.length >= limits.maxFiles) {
          unresolved(`more than ${limits.maxFiles} files included`)
          break
        }
        out.push(...(await expand(read(match.path, match.text), [...stack, match.path])))
      }
    }
    return out
  }
  loaded.directives = await expand(read(file, text), [file])
  return loaded
}

/** The workspace files an include names: its glob against the including file's folder, then
 * each folder above it up to the workspace; an absolute path under a usual server prefix is
 * looked up by the part below the prefix. */
async function resolveInclude(
  workspace: string,
  from: string,
  pattern: string
): Promise<{ path: string; text: string }[]> {
  let relative = pattern
  if (path.posix.isAbsolute(pattern)) {
    const prefix = SERVER_PREFIXES.find(p => pattern.startsWith(p))
    if (!prefix) return []
    relative = pattern.slice(prefix.length)
  }
  if (relative.split('/').includes('..')) return []
  for (let dir = path.posix.dirname(from); ; dir = path.posix.dirname(dir)) {
    const glob = dir === '.' ? relative : `${dir}/${relative}`
    const found = await findFiles(workspace, [glob], { maxFiles: 100, maxBytes: 1024 * 1024 })
    if (found.files.length > 0) return found.files
    if (dir === '.' || dir === '/') return []
  }
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
