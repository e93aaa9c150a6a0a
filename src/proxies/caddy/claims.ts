// Whether a file is a Caddyfile, by its content: words that start lines are Caddy's own
// directives (reverse_proxy, tls, encode, handle, route…) or a global options block opens the
// file, and nothing reads as another proxy's: nginx ends its lines with `;`, Apache opens
// <sections>, lighttpd and TOML assign with `=` or open [tables], YAML has `key:` lines, and
// HAProxy's sections (frontend, backend…) carry none of Caddy's directives. Caddy's JSON
// configuration is not claimed: it has no lines to point findings at.
import { isBrace, lines, tokenize } from './lexer.js'

/** Directives only Caddy has (nginx, Apache and HAProxy spell theirs otherwise). */
const CADDY_DIRECTIVES = new Set([
  'reverse_proxy',
  'php_fastcgi',
  'file_server',
  'encode',
  'handle',
  'handle_path',
  'handle_errors',
  'route',
  'respond',
  'redir',
  'tls',
  'basicauth',
  'basic_auth',
  'forward_auth',
  'templates',
  'request_header',
  'uri',
  'import',
  'acme_server',
  'header_up',
  'header_down',
  'lb_policy'
])
const GLOBAL_OPTIONS = new Set([
  'admin',
  'email',
  'auto_https',
  'acme_ca',
  'acme_dns',
  'local_certs',
  'skip_install_trust',
  'storage',
  'servers',
  'order',
  'on_demand_tls',
  'http_port',
  'https_port',
  'default_sni',
  'grace_period',
  'debug',
  'log',
  'persist_config',
  'ocsp_stapling',
  'cert_issuer'
])

export function claimsCaddyfile(text: string): boolean {
  if (isJson(text)) return false
  const grouped = lines(tokenize(text, '').tokens)
  if (grouped.length === 0) return false
  let semicolons = 0
  let caddy = 0
  for (const words of grouped) {
    const first = words[0]
    const last = words[words.length - 1]
    if (first.quote === '') {
      if (/^<[A-Za-z/]/.test(first.text)) return false // Apache <VirtualHost>, <IfModule>
      if (/^\[.*\]$/.test(first.text)) return false // TOML [table]
      if (/^[\w.-]+:$/.test(first.text) || first.text === '---' || first.text === '-') return false // YAML key: or list
      if (words[1]?.quote === '' && /^\+?=$/.test(words[1].text)) return false // lighttpd, TOML
      if (/^\$(HTTP|SERVER)\[/.test(first.text)) return false // lighttpd conditionals
    }
    if (last.quote === '' && last.text.endsWith(';')) semicolons++
    if (first.quote === '' && CADDY_DIRECTIVES.has(first.text)) caddy++
  }
  if (semicolons >= 2 || semicolons * 3 >= grouped.length) return false
  const opensWithGlobals =
    grouped[0].length === 1 &&
    isBrace(grouped[0][0], '{') &&
    grouped[1] !== undefined &&
    grouped[1][0].quote === '' &&
    GLOBAL_OPTIONS.has(grouped[1][0].text)
  return caddy > 0 || opensWithGlobals
}

/** JSON (Caddy's own configuration, Envoy's, a package manifest): never a Caddyfile. */
function isJson(text: string): boolean {
  if (!/^\s*[[{]\s*("|\]|\}|$)/.test(text)) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
