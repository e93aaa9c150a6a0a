// One shape for every static Caddy finding: check proxy-config, at a directive's line.
import type { Code } from '../../codes.js'
import type { Finding, Status } from '../../findings.js'
import type { Directive } from './parse.js'

/** Where a finding points: a directive (its first word), or a site's address line. */
export interface At {
  file: string
  line: number
}

export const at = (d: Directive): At => ({ file: d.file, line: d.line })

export function finding(
  label: string,
  status: Status,
  code: Code,
  title: string,
  where: At,
  extra: Partial<Finding> = {}
): Finding {
  return {
    check: 'proxy-config',
    code,
    status,
    title: `${label}: ${title}`,
    location: { file: where.file, line: where.line },
    ...extra
  }
}

/** A directive as written, for titles and details: "read_timeout 2s". */
export const written = (d: Directive): string => [d.name, ...d.args].join(' ')
