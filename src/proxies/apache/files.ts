// Files a configuration names (certificates, includes), read only when they are regular files of
// a sane size: a path like /dev/zero or a multi-gigabyte log must not hang or exhaust the run.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const MAX_BYTES = 1024 * 1024

/** The text of a regular file up to 1 MiB, or undefined. */
export function readSmallFile(file: string): string | undefined {
  try {
    const stat = statSync(file)
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** A file the configuration names, relative to the workspace unless absolute. */
export function readConfigFile(workspace: string, name: string): string | undefined {
  return name === '' ? undefined : readSmallFile(path.resolve(workspace, name))
}
