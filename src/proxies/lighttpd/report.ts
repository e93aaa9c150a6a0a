// How the lighttpd checks write a finding: check 'proxy-config', at a file and line, titled by
// the socket or condition it is about.
import type { Code } from '../../codes.js'
import type { Finding, Status } from '../../findings.js'

export interface At {
  file: string
  line: number
}

export type Push = (
  status: Status,
  code: Code,
  title: string,
  at: At,
  extra?: Partial<Finding>
) => void

/** A `push` that prefixes titles with `label` and keeps each (status, line, title) once: a
 * global setting shared by several sockets is one finding at its line, not one per socket. */
export function collector(findings: Finding[], seen: Set<string>, label: string): Push {
  return (status, code, title, at, extra = {}) => {
    const full = `${label}: ${title}`
    const key = `${status}|${at.file}:${at.line}|${full}`
    if (seen.has(key)) return
    seen.add(key)
    findings.push({
      check: 'proxy-config',
      code,
      status,
      title: full,
      location: { file: at.file, line: at.line },
      ...extra
    })
  }
}

export const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`
