// The repository's files a scan reads: matched by globs relative to the workspace, never
// outside it, without dependency and build folders, and bounded in count and size so that a
// huge repository or a stray binary cannot stall the run.
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'

/** Folders no scan reads: dependencies, build output, VCS data. */
export const SKIPPED_DIRS = [
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  '.next',
  '.nuxt',
  '.svelte-kit',
  'coverage',
  'vendor'
]

export interface FileLimits {
  /** At most this many files (the first, in path order). */
  maxFiles: number
  /** Larger files are skipped (counted in `skipped`). */
  maxBytes: number
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxFiles: 5_000, maxBytes: 1024 * 1024 }

export interface FoundFile {
  /** Relative to the workspace, with forward slashes: how annotations name it. */
  path: string
  text: string
}

export interface FoundFiles {
  files: FoundFile[]
  /** Matched but not read: over the size limit, binary, unreadable, or over the count limit. */
  skipped: { path: string; why: string }[]
}

/** Files under `workspace` matching `globs` (and none of SKIPPED_DIRS), read as UTF-8. */
export async function findFiles(
  workspace: string,
  globs: readonly string[],
  limits: FileLimits = DEFAULT_FILE_LIMITS
): Promise<FoundFiles> {
  const root = path.resolve(workspace)
  // Loaded on first use: a run that reads no files does not load the glob matcher.
  const { glob } = await import('tinyglobby')
  const matched = (
    await glob([...globs], {
      cwd: root,
      onlyFiles: true,
      dot: true,
      followSymbolicLinks: false,
      ignore: SKIPPED_DIRS.map(dir => `**/${dir}/**`)
    })
  )
    .map(file => file.split(path.sep).join('/'))
    .filter(file => !file.startsWith('../') && !path.isAbsolute(file))
    .sort()
  const found: FoundFiles = { files: [], skipped: [] }
  for (const [index, file] of matched.entries()) {
    if (index >= limits.maxFiles) {
      found.skipped.push({ path: file, why: `more than ${limits.maxFiles} files matched` })
      continue
    }
    const read = readBounded(path.join(root, file), limits.maxBytes)
    if (typeof read === 'string') found.files.push({ path: file, text: read })
    else found.skipped.push({ path: file, why: read.why })
  }
  return found
}

/** The file as text, or why not: over `maxBytes`, binary (a NUL byte), unreadable. */
function readBounded(file: string, maxBytes: number): string | { why: string } {
  let fd: number | undefined
  try {
    if (statSync(file).size > maxBytes) return { why: `larger than ${maxBytes} bytes` }
    fd = openSync(file, 'r')
    const buffer = Buffer.alloc(maxBytes + 1)
    const length = readSync(fd, buffer, 0, buffer.length, 0)
    if (length > maxBytes) return { why: `larger than ${maxBytes} bytes` }
    const bytes = buffer.subarray(0, length)
    if (bytes.includes(0)) return { why: 'binary' }
    return bytes.toString('utf8')
  } catch (err) {
    return { why: `unreadable (${(err as NodeJS.ErrnoException).code ?? 'error'})` }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
