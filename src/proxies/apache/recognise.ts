// Telling Apache httpd: from a live answer (its Server header, its own error pages) and from a
// file (its directives and sections, by content).
import type { ConfigFile, ResponseEvidence } from '../proxy.js'

/** `Apache`, `Apache/2.4.71 (Debian) OpenSSL/3.0.19` (ServerTokens Prod … Full), never Tomcat's
 * `Apache-Coyote/1.1`. httpd passes a backend's own Server header through and adds its own only
 * when the backend sent none; a 101 through mod_proxy_http carries no Server header at all. */
const SERVER = /^Apache(?:\/\d[^\s]*)?(?:\s.*)?$/
/** The signature line of httpd's own error pages (ServerSignature On; Debian's default). */
const SIGNATURE =
  /<address>\s*(Apache(?:\/\d[^\s<]*)?[^<]{0,200}? Server at [^<]{1,200}?)\s*<\/address>/i

export function recogniseApache(evidence: ResponseEvidence): string | undefined {
  const server = evidence.headers['server']?.trim()
  if (server && SERVER.test(server) && !/^Apache-/i.test(server)) return `Server: ${server}`
  const signature = evidence.body ? SIGNATURE.exec(evidence.body) : null
  if (signature) return `<address>${signature[1].replace(/\s+/g, ' ')}</address>`
  return undefined
}

/** Lines only httpd's configuration has: its sections, and directives in httpd's spelling. */
const APACHE_LINE = new RegExp(
  [
    '^\\s*</?(VirtualHost|Directory|DirectoryMatch|Location|LocationMatch|Files|FilesMatch|IfModule|IfDefine|IfVersion|Proxy|ProxyMatch|Macro)\\b',
    '^\\s*(ProxyPass|ProxyPassMatch|ProxyPassReverse|ProxyPreserveHost|ProxyTimeout|SSLEngine|SSLCertificateFile|SSLCertificateKeyFile|SSLCertificateChainFile|SSLProtocol|SSLCipherSuite|LoadModule|RewriteEngine|RewriteRule|RewriteCond|ServerName|ServerAlias|DocumentRoot|Listen|AllowOverride|Require|Options)\\s+\\S'
  ].join('|')
)
/** Lines of the other proxies' languages: nginx's `;` and braces, Caddy's and lighttpd's
 * braces, HAProxy's sections, lighttpd's `server.` settings. */
const FOREIGN_LINE =
  /[;{]\s*(#.*)?$|^\s*\}\s*$|^\s*(frontend|backend|defaults|global|listen)(\s|$)|^\s*(server|ssl|proxy|mod)\.[a-z.-]+\s*[+:]?=|^\s*\$(HTTP|SERVER)\[/
/** A YAML mapping key at the start of a line (manifests, Compose files, values files). */
const YAML_KEY = /^[A-Za-z_][\w.-]*:(\s|$)|^---\s*$/

export function claimsApache(file: ConfigFile): boolean {
  let apache = 0
  let foreign = 0
  for (const line of file.text.split(/\r?\n/)) {
    if (/^\s*#/.test(line) || line.trim() === '') continue
    if (YAML_KEY.test(line)) return false
    if (APACHE_LINE.test(line)) apache++
    else if (FOREIGN_LINE.test(line)) foreign++
  }
  return apache > 0 && apache > foreign
}
