// Everything a server sends (certificate names, headers, error text) is hostile: these keep it
// from breaking out of a table cell, a code block, a log line or an annotation.

// C0/C1 controls, DEL, line/paragraph separators and bidi overrides (which can disguise text).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** One printable line: control characters become spaces, runs of whitespace collapse. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()
}

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '@': '&#64;'
}

/** Text for Markdown prose or a table cell: HTML and Markdown syntax neutralised. */
export function escapeMarkdown(text: string): string {
  // Markdown first: the entities that HTML escaping adds (&#39;) must keep their `#`.
  return oneLine(text)
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, c => `\\${c}`)
    .replace(/[&<>"'@]/g, c => HTML[c])
}

/** A fenced code block whose fence no backtick run inside can close. */
export function codeBlock(lang: string, text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(longest + 1)
  // eslint-disable-next-line no-control-regex -- keep tabs and newlines, drop other controls
  const body = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
  return `${fence}${/^[a-z]+$/.test(lang) ? lang : ''}\n${body}\n${fence}`
}

/** A log line that cannot be read as a workflow command (`::…`) or forge other lines. */
export function safeLogLine(text: string): string {
  const line = text.replace(UNSAFE, ' ')
  return line.trimStart().startsWith('::') ? ` ${line}` : line
}
