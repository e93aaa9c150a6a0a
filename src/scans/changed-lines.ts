// The lines a pull request adds or changes, from git itself: `git diff --unified=0` against the
// base branch. Unknown (undefined) outside a pull request, or whenever git cannot tell (a shallow
// checkout without the base, no git, a timeout): the scan then simply does not sort by it.
import { execFile } from 'node:child_process'

export interface ChangedLines {
  /** The base the diff was taken against, e.g. `origin/main`. */
  base: string
  /** Per file (relative to the workspace, forward slashes): the added lines' ranges. */
  files: Map<string, { from: number; to: number }[]>
}

/** How long git may take before the order is given up. */
const GIT_TIMEOUT_MS = 15_000

export async function changedLines(
  workspace: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal
): Promise<ChangedLines | undefined> {
  const event = env.GITHUB_EVENT_NAME
  const baseRef = env.GITHUB_BASE_REF
  if ((event !== 'pull_request' && event !== 'pull_request_target') || !baseRef) return undefined
  const base = `origin/${baseRef}`
  const diff = await git(
    workspace,
    [
      '-c',
      'core.quotePath=false',
      'diff',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--relative',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      `${base}...HEAD`,
      '--'
    ],
    signal
  )
  return diff === undefined ? undefined : { base, files: parseDiff(diff) }
}

/** On a pull request whose changed lines git could not tell: why, and the fix, when the cause
 * is a shallow checkout (actions/checkout's default fetch-depth 1 has no base branch). */
export async function changedLinesUnknown(
  workspace: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal
): Promise<string | undefined> {
  const event = env.GITHUB_EVENT_NAME
  if ((event !== 'pull_request' && event !== 'pull_request_target') || !env.GITHUB_BASE_REF)
    return undefined
  const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository'], signal)
  if (shallow?.trim() !== 'true') return undefined
  return `The checkout is shallow: the lines this pull request changes cannot be told, so its findings are not put first. Check out with actions/checkout and fetch-depth: 0.`
}

export function isChanged(changed: ChangedLines | undefined, file: string, line: number): boolean {
  return changed?.files.get(file)?.some(r => line >= r.from && line <= r.to) ?? false
}

function git(cwd: string, args: string[], signal?: AbortSignal): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile(
      'git',
      args,
      {
        cwd,
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
        signal,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
      },
      (err, stdout) => resolve(err ? undefined : stdout)
    )
  })
}

/** `+++ b/path` then `@@ -a,b +c,d @@` hunks: lines c … c+d-1 are new (d = 0: none). */
export function parseDiff(diff: string): Map<string, { from: number; to: number }[]> {
  const files = new Map<string, { from: number; to: number }[]>()
  let current: { from: number; to: number }[] | undefined
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4))
      current = name?.startsWith('b/') ? [] : undefined
      if (current && name) files.set(name.slice(2), current)
      continue
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk && current) {
      const from = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      if (count > 0) current.push({ from, to: from + count - 1 })
    }
  }
  return files
}

/** git's C-style quoting of unusual names ("b/a\"b\tc"); octal escapes are UTF-8 bytes. */
function unquote(name: string): string | undefined {
  if (!name.startsWith('"')) return name
  if (!name.endsWith('"') || name.length < 2) return undefined
  const raw = Buffer.from(name.slice(1, -1), 'utf8')
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11 }
  const bytes: number[] = []
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== 0x5c || i + 1 === raw.length) {
      bytes.push(raw[i])
      continue
    }
    const octal = /^[0-7]{3}/.exec(raw.subarray(i + 1, i + 4).toString('latin1'))
    if (octal) {
      bytes.push(parseInt(octal[0], 8))
      i += 3
    } else {
      const escaped = String.fromCharCode(raw[i + 1])
      bytes.push(simple[escaped] ?? raw[i + 1])
      i++
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
