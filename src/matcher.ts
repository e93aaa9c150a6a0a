// The `expect` pattern, compiled with RE2 (re2js): matching takes time linear in the text, so a
// hostile frame cannot stall the run with catastrophic backtracking (`^(a+)+$` on 'aaaa…!'), as
// it could with a JavaScript RegExp. RE2 has no backreferences or lookaround for that reason.
import type { RE2JS } from 're2js'

/** Only the first 64 KiB (65,536 UTF-16 code units) of a frame are matched: a bound on the work
 * per frame whatever the server sends. */
export const MATCH_LIMIT = 64 * 1024

export interface Matcher {
  /** Whether the pattern matches somewhere in the first MATCH_LIMIT characters of `text`. */
  test(text: string): boolean
  /** `/source/`, for titles and messages. */
  toString(): string
}

let engine: typeof RE2JS | undefined

/** Loads RE2 for compileMatcher. It is 7,000 lines that take ~20 ms to evaluate, and most runs
 * have no `expect`: a chunk of its own, loaded only by a run that needs it. */
export async function loadMatcher(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS
}

/** Throws a SyntaxError that explains RE2 syntax when RE2 cannot compile `source`. Needs
 * loadMatcher() to have finished. */
export function compileMatcher(source: string): Matcher {
  if (!engine) throw new Error('compileMatcher before loadMatcher() finished')
  let re: RE2JS
  try {
    re = engine.compile(source)
  } catch (err) {
    throw new SyntaxError(
      `${JSON.stringify(source)} is not a regular expression RE2 accepts (${(err as Error).message}). ` +
        'The pattern uses RE2 syntax, which matches in linear time: no backreferences (\\1) ' +
        'and no lookaround ((?=…), (?!…), (?<=…)); (?i) makes it case-insensitive.',
      { cause: err }
    )
  }
  return {
    test: text => re.test(text.slice(0, MATCH_LIMIT)),
    toString: () => `/${source}/`
  }
}
