// A lighttpd configuration of the repository read the way lighttpd reads it: parsed, its
// includes read in place (relative paths against the entry file's folder, lighttpd's
// basedir; an absolute path under /etc/lighttpd/ looked up by the part below it, from that
// folder and each one above, within the workspace), then evaluated. A syntax error, here or
// in an included file, stops the reading at its line.
import path from 'node:path'
import { findFiles } from '../../scans/files.js'
import { evaluate, type Evaluated, type IncludeReader } from './evaluate.js'
import { parseLighttpd } from './parse.js'
import { LighttpdSyntaxError } from './tokenize.js'

export interface SyntaxProblem {
  file: string
  line: number
  message: string
}

export type Loaded = { config: Evaluated; error?: undefined } | { error: SyntaxProblem }

/** Prefixes a configuration uses for its own folder on a server. */
const SERVER_PREFIXES = ['/etc/lighttpd/', '/usr/local/etc/lighttpd/', '/usr/local/lighttpd/']

const MAX_FILES = 100

export async function loadLighttpd(workspace: string, file: string, text: string): Promise<Loaded> {
  let read = 0
  const reader: IncludeReader = async pattern => {
    let relative = pattern.replace(/^\.\//, '')
    if (path.posix.isAbsolute(pattern)) {
      const prefix = SERVER_PREFIXES.find(p => pattern.startsWith(p))
      if (!prefix) return 'outside the repository'
      relative = pattern.slice(prefix.length)
    }
    if (relative.split('/').includes('..')) return 'outside the repository'
    for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
      const glob = dir === '.' ? relative : `${dir}/${relative}`
      const found = await findFiles(workspace, [glob], { maxFiles: 50, maxBytes: 1024 * 1024 })
      if (found.files.length > 0) {
        read += found.files.length
        if (read > MAX_FILES) return `more than ${MAX_FILES} files included`
        return found.files
      }
      if (dir === '.' || dir === '/' || !path.posix.isAbsolute(pattern)) break
    }
    return /[*?[\]{}]/.test(pattern)
      ? 'no file in the repository matches it (lighttpd reads nothing either)'
      : 'no such file in the repository'
  }
  try {
    return { config: await evaluate(parseLighttpd(text, file), file, reader, parseLighttpd) }
  } catch (err) {
    if (!(err instanceof LighttpdSyntaxError)) throw err
    return { error: { file: err.file ?? file, line: err.line, message: err.message } }
  }
}
