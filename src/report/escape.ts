// Everything a server sends (certificate names, headers, error text) is hostile: these keep it
// from breaking out of a table cell, a code block, a log line or an annotation.

// C0/C1 controls, DEL, line/paragraph separators, bidi controls (overrides, isolates and the
// marks U+200E, U+200F, U+061C, which can disguise text) and lone surrogates (which no UTF-8
// file can hold).
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** U+2060 WORD JOINER: invisible, and it splits what parsers look for (`##[`, `::`, `www.`). */
const WORD_JOINER = '\u2060'

/** One printable line: control characters become spaces, runs of whitespace collapse. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * A line the GitHub runner cannot read as a workflow command: it parses `##[name]data` anywhere
 * in a line and `::name::data` at the start of a trimmed line (.NET trims U+0085 too).
 */
export function inertCommands(line: string): string {
  return line
    .replace(/##\[/g, `#${WORD_JOINER}#[`)
    .replace(/^([\s\u0085]*):(?=:)/, `$1:${WORD_JOINER}`)
}

/** A log line (indentation kept) that cannot be read as a workflow command or forge lines. */
export function safeLogLine(text: string): string {
  return inertCommands(text.replace(UNSAFE, ' '))
}

/**
 * Text for Markdown prose or a table cell, rendered by GitHub (cmark-gfm with autolinks) as
 * exactly the text: every ASCII punctuation character is backslash-escaped (no HTML, emphasis,
 * links, entities or cell breaks), and a word joiner breaks the autolinks GitHub would make of
 * bare URLs (`scheme://`), `www.` and e-mail addresses (`@`): an escaped `@` still links.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/(?=:\/\/)/g, WORD_JOINER)
    .replace(/(?<=www)(?=\.)/gi, WORD_JOINER)
    .replace(/[!-/:-@[-`{-~]/g, c => `\\${c}${c === '@' ? WORD_JOINER : ''}`)
}

/** A fenced code block whose fence no backtick run inside can close. */
export function codeBlock(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  // eslint-disable-next-line no-control-regex -- keep tabs and newlines, drop other controls
  const body = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
  return `${fence}${/^[a-z]+$/.test(lang) ? lang : ''}\n${body}\n${fence}`
}
