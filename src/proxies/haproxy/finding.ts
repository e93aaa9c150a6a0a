// One static finding about a section of haproxy.cfg, at a line of the file.
import type { Code } from '../../codes.js'
import type { Finding, Status } from '../../findings.js'
import { label, type Section } from './parse.js'

export type Report = (
  section: Section,
  status: Status,
  code: Code,
  title: string,
  line: number,
  extra?: Partial<Finding>
) => void

/** A reporter that adds findings to `findings`, once per (line, title). */
export function reporter(file: string, findings: Finding[]): Report {
  const seen = new Set<string>()
  return (section, status, code, title, line, extra = {}) => {
    const full = `${label(section)}: ${title}`
    const key = `${line} ${full}`
    if (seen.has(key)) return
    seen.add(key)
    findings.push({
      check: 'proxy-config',
      code,
      status,
      title: full,
      location: { file, line },
      ...extra
    })
  }
}
