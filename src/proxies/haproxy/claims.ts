// Whether a file is haproxy.cfg, by content: section keywords at the start of a line (global,
// defaults, frontend/backend/listen with a name) and the directives proxies are made of. The
// other formats' marks veto it: a line ending in `{` (nginx, Caddy, lighttpd blocks; HAProxy
// never opens a block), Apache's `<Tag>` lines, `key: value` YAML and `key = value` lighttpd.
import type { ConfigFile } from '../proxy.js'

const SECTION = /^(global|defaults|frontend|backend|listen)(\s+[\w.:-]+){0,3}\s*(#.*)?$/
const PROXY_DIRECTIVE =
  /^\s*(bind|server|default_backend|use_backend|balance|mode\s+(http|tcp)|timeout\s+(client|server|connect|tunnel|http-request|queue)|option\s+[\w-]+|http-request|http-response|acl|maxconn|stats|ssl-default-bind-\w+)(\s|$)/
const FOREIGN = [
  /[{]\s*(#.*)?$/, // a block opens: nginx, Caddy, lighttpd, h2o's flow style
  /^\s*<\/?[A-Za-z][\w:-]*(\s[^>]*)?>\s*$/, // Apache <VirtualHost …>
  /^\s*[\w.-]+:(\s|$)/, // YAML key
  /^\s*[\w.-]+\s*\+?=\s*\S/ // lighttpd key = value
]

export function claimsHaproxy(file: ConfigFile): boolean {
  let sections = 0
  let proxies = 0
  let directives = 0
  let foreign = 0
  for (const raw of file.text.split('\n')) {
    const line = raw.replace(/\r$/, '')
    if (/^\s*(#|$)/.test(line)) continue
    if (FOREIGN.some(f => f.test(line))) foreign++
    else if (SECTION.test(line)) {
      sections++
      if (/^(frontend|backend|listen)\s/.test(line)) proxies++
    } else if (PROXY_DIRECTIVE.test(line)) directives++
  }
  return (
    sections > 0 && directives > 0 && (proxies > 0 || directives >= 2) && foreign <= directives / 4
  )
}
