// Which clients a problem stops, said the same way in every finding that names it: one detail
// line, "Breaks: …". Browsers and non-browser clients (Node, Python, Java, curl, OpenSSL-based
// tools) do not judge alike: Chromium fetches a missing intermediate, Node offers DHE.
export type Broken =
  | 'browsers'
  | 'non-browser clients'
  | 'browsers and non-browser clients'
  /** A weakness no client refuses yet. */
  | 'no client yet'

export function breaks(who: Broken, note?: string): string {
  return `Breaks: ${who}${note ? ` (${note})` : ''}.`
}
