// haproxy.cfg as sections: a section keyword at the start of a line opens one, and every line
// up to the next belongs to it. Proxies (frontend, backend, listen) take what they do not set
// from a `defaults` section: the one named by `from <name>`, else the last one above them
// (measured on HAProxy 2.6: a later `defaults` replaces the earlier one as a whole, and a
// `defaults` below a proxy does not apply to it). `.if`/`.else` blocks are read as if every
// branch were taken: the check sees each directive a branch may set.
import { tokenize, type SyntaxProblem } from './tokenize.js'

export type SectionKind = 'global' | 'defaults' | 'frontend' | 'backend' | 'listen' | 'other'

/** Section keywords of HAProxy 2.6 (cfgparse.c's registered sections). */
const SECTIONS: Record<string, SectionKind> = {
  global: 'global',
  defaults: 'defaults',
  frontend: 'frontend',
  backend: 'backend',
  listen: 'listen',
  userlist: 'other',
  peers: 'other',
  resolvers: 'other',
  mailers: 'other',
  program: 'other',
  'http-errors': 'other',
  ring: 'other',
  cache: 'other',
  'fcgi-app': 'other',
  'log-forward': 'other'
}

export interface Directive {
  /** The first word: `bind`, `timeout`, `http-request`… */
  keyword: string
  args: string[]
  line: number
}

export interface Section {
  kind: SectionKind
  /** The section keyword as written. */
  keyword: string
  name?: string
  /** The named defaults section of `from <name>`. */
  from?: string
  line: number
  directives: Directive[]
  /** The defaults section it takes what it does not set from. */
  defaults?: Section
}

export interface HaproxyConfig {
  sections: Section[]
  global?: Section
  /** Lines HAProxy would refuse: the file is not fully read. */
  errors: SyntaxProblem[]
}

/** A word that opens a section, whatever follows. */
export function sectionKind(word: string): SectionKind | undefined {
  return Object.hasOwn(SECTIONS, word) ? SECTIONS[word] : undefined
}

export function parseHaproxy(text: string): HaproxyConfig {
  const { lines, errors } = tokenize(text)
  const sections: Section[] = []
  const named = new Map<string, Section>()
  let lastDefaults: Section | undefined
  let current: Section | undefined
  let conditionDepth = 0
  for (const { line, words } of lines) {
    const [keyword, ...args] = words
    if (keyword.startsWith('.')) {
      // Conditional blocks and messages (.if/.elif/.else/.endif, .diag, .notice, .warning, .alert).
      if (keyword === '.if') conditionDepth++
      else if (keyword === '.endif') {
        if (conditionDepth === 0) errors.push({ line, message: '.endif without .if' })
        else conditionDepth--
      }
      continue
    }
    const kind = sectionKind(keyword)
    if (kind) {
      const fromAt = args.indexOf('from')
      const section: Section = {
        kind,
        keyword,
        name: args[0] !== undefined && args[0] !== 'from' ? args[0] : undefined,
        from: fromAt >= 0 ? args[fromAt + 1] : undefined,
        line,
        directives: []
      }
      if (kind === 'defaults' || kind === 'frontend' || kind === 'backend' || kind === 'listen') {
        const from = section.from !== undefined ? named.get(section.from) : undefined
        if (section.from !== undefined && !from)
          errors.push({ line, message: `no defaults section named "${section.from}" above` })
        section.defaults =
          section.from !== undefined ? from : kind === 'defaults' ? undefined : lastDefaults
      }
      if (kind === 'defaults') {
        lastDefaults = section
        if (section.name) named.set(section.name, section)
      }
      sections.push(section)
      current = section
      continue
    }
    if (!current) {
      errors.push({ line, message: `"${keyword}" outside any section` })
      continue
    }
    current.directives.push({ keyword, args, line })
  }
  if (conditionDepth > 0 && lines.length > 0)
    errors.push({ line: lines[lines.length - 1].line, message: '.if without .endif' })
  return { sections, global: sections.find(s => s.kind === 'global'), errors }
}

/** Whether a directive of `section` is `keyword` with these leading arguments. */
export function is(directive: Directive, keyword: string, ...leading: string[]): boolean {
  return (
    directive.keyword === keyword &&
    leading.every((word, i) => directive.args[i]?.toLowerCase() === word.toLowerCase())
  )
}

/** The section's last directive matching, else its defaults' (and theirs, through `from`). */
export function effective(
  section: Section | undefined,
  match: (d: Directive) => boolean
): { directive: Directive; section: Section } | undefined {
  for (let s = section, hops = 0; s && hops < 16; s = s.defaults, hops++) {
    const found = s.directives.filter(match)
    if (found.length > 0) return { directive: found[found.length - 1], section: s }
  }
  return undefined
}

/** A section's label as HAProxy names it: "backend websocket", "defaults", "global". */
export function label(section: Section): string {
  return section.name ? `${section.keyword} ${section.name}` : section.keyword
}
