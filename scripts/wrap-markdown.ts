// Markdown paragraphs wrapped for an editor, shared by the scripts that write docs/.

/** A word that would start a Markdown block (a list, a heading, a quote…) at the start of a line. */
const BLOCK_START = /^(#{1,6}|[-+*>|=]+|\d{1,9}[.)]|`{3,}|~{3,})$/

/**
 * A paragraph wrapped at `width` columns, never breaking before a word that would start a
 * Markdown block, so that the wrapped text reads as the one paragraph it was.
 */
export function wrapMarkdown(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1
    if (last >= 0 && (lines[last].length + 1 + word.length <= width || BLOCK_START.test(word)))
      lines[last] += ` ${word}`
    else lines.push(word)
  }
  return lines
}
