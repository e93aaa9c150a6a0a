// Apache httpd's configuration syntax, read the way httpd reads it: one directive a line (a
// trailing backslash continues it), `#` starting a comment line, words split on blanks with
// "double" or 'single' quotes grouping, and sections `<Name args>` … `</Name>` nesting. Each
// directive keeps the line it starts on. A small tokenizer of our own because no maintained
// JavaScript parser of httpd's syntax exists that keeps line numbers (the few on npm are
// abandoned and return plain objects), and the findings must point at lines.

export interface Directive {
  /** As written: `ProxyPass`, `VirtualHost` (a section's name without its angle brackets). */
  name: string
  /** Lower case: httpd's directive and section names are case-insensitive. */
  key: string
  args: string[]
  file: string
  /** 1-based line where the directive (or the section's opening tag) starts. */
  line: number
  /** For a section: the directives it holds. */
  block?: Directive[]
}

/** Something httpd would refuse (`apache2 -t`): reported as a warning at the line. */
export interface SyntaxProblem {
  file: string
  line: number
  message: string
}

export interface ParsedApache {
  directives: Directive[]
  errors: SyntaxProblem[]
}

/** The words of a directive line as ap_getword_conf splits them; `unclosed` when a quote is
 * never closed. */
export function words(text: string): { words: string[]; unclosed: boolean } {
  const out: string[] = []
  let i = 0
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++
    if (i >= text.length) break
    const quote = text[i] === '"' || text[i] === "'" ? text[i] : undefined
    if (quote) {
      let word = ''
      i++
      while (i < text.length && text[i] !== quote) {
        // A backslash escapes the quote (and itself) inside a quoted word.
        if (text[i] === '\\' && (text[i + 1] === quote || text[i + 1] === '\\')) i++
        word += text[i++]
      }
      if (i >= text.length) return { words: [...out, word], unclosed: true }
      i++
      out.push(word)
      continue
    }
    const start = i
    while (i < text.length && !/\s/.test(text[i])) i++
    out.push(text.slice(start, i))
  }
  return { words: out, unclosed: false }
}

/** The logical lines of a file: continuations joined, comments and blank lines dropped. */
function logicalLines(text: string): { line: number; text: string }[] {
  const physical = text.split(/\r?\n/)
  const out: { line: number; text: string }[] = []
  for (let i = 0; i < physical.length; i++) {
    const start = i
    let joined = physical[i]
    while (/\\\s*$/.test(joined) && i + 1 < physical.length) {
      joined = joined.replace(/\\\s*$/, ' ') + physical[++i]
    }
    const trimmed = joined.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    out.push({ line: start + 1, text: trimmed })
  }
  return out
}

export function parseApache(text: string, file: string): ParsedApache {
  const root: Directive[] = []
  const errors: SyntaxProblem[] = []
  const stack: Directive[] = []
  const current = (): Directive[] => stack[stack.length - 1]?.block ?? root
  for (const { line, text: content } of logicalLines(text)) {
    const closing = /^<\/([^\s>]+)\s*>$/.exec(content)
    if (closing) {
      const key = closing[1].toLowerCase()
      const open = stack[stack.length - 1]
      if (open?.key === key) stack.pop()
      else
        errors.push({
          file,
          line,
          message: open
            ? `</${closing[1]}> closes <${open.name}> (line ${open.line})`
            : `</${closing[1]}> without matching <${closing[1]}> section`
        })
      continue
    }
    if (content.startsWith('<')) {
      const opening = /^<([^\s>/]+)(.*)$/.exec(content)
      if (!opening || !/>\s*$/.test(content)) {
        errors.push({
          file,
          line,
          message: `<${opening?.[1] ?? ''}> directive missing closing '>'`
        })
        continue
      }
      const inner = opening[2].replace(/>\s*$/, '')
      const split = words(inner)
      if (split.unclosed) errors.push({ file, line, message: 'unclosed quote' })
      const section: Directive = {
        name: opening[1],
        key: opening[1].toLowerCase(),
        args: split.words,
        file,
        line,
        block: []
      }
      current().push(section)
      stack.push(section)
      continue
    }
    const split = words(content)
    if (split.unclosed) errors.push({ file, line, message: 'unclosed quote' })
    const [name, ...args] = split.words
    current().push({ name, key: name.toLowerCase(), args, file, line })
  }
  for (const open of stack)
    errors.push({
      file,
      line: open.line,
      message: `<${open.name}> was not closed (no </${open.name}>)`
    })
  return { directives: root, errors }
}
