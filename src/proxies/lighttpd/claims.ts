// Is a file lighttpd configuration? By content: a `$SERVER["socket"]`/`$HTTP["…"]` condition,
// or lighttpd's own keys (server.modules, ssl.engine, proxy.server, var.*…) assigned a quoted
// string or an array, the way only lighttpd writes them. nginx (`directive value;` and
// `server {`), HAProxy, Apache (`<VirtualHost>`), Caddy and YAML (`key: value`) never do, and
// a Java .properties file (`server.port=8080`) assigns bare words, never "…" or ( … ).
import type { ConfigFile } from '../proxy.js'
import { parseLighttpd } from './parse.js'

const CONDITION =
  /^\s*(else\s+)?\$(SERVER|HTTP|REQUEST_HEADER|PHYSICAL)\["[^"\n]+"\]\s*(==|!=|=~|!~|=\^|=\$)\s*"/m

/** Keys only lighttpd uses, assigned a string, an array or a variable. */
const LIGHTTPD_KEY =
  /^\s*(server\.(modules|document-root|errorlog|pid-file|upload-dirs|max-read-idle|max-write-idle|tag|bind|port|username|groupname)|ssl\.(engine|pemfile|privkey|ca-file|openssl\.ssl-conf-cmd|cipher-list)|proxy\.(server|header|balance)|var\.[\w.-]+|index-file\.names|static-file\.exclude-extensions|url\.(access-deny|rewrite[\w-]*|redirect)|mimetype\.assign|accesslog\.filename|dir-listing\.activate)\s*(=|\+=|:=)\s*("|\(|var\.)/m

/** `server.port = 443` alone could be a .properties line: it counts when the whole file is
 * lighttpd syntax. */
const WEAK_KEY = /^\s*(server|ssl|proxy)\.[\w.-]+\s*(=|\+=|:=)\s*\d+\s*$/m

export function claimsLighttpd(file: ConfigFile): boolean {
  const text = file.text
  // YAML documents, nginx and Caddy blocks, Apache sections: never lighttpd's.
  if (/\.ya?ml$/i.test(file.path) || /^(---|apiVersion:|kind:)/m.test(text)) return false
  if (/^\s*(server|http|location|upstream|events)\s*\{/m.test(text) && !CONDITION.test(text))
    return false
  if (/^\s*<(VirtualHost|IfModule|Directory)\b/im.test(text)) return false
  if (CONDITION.test(text) || LIGHTTPD_KEY.test(text)) return true
  return WEAK_KEY.test(text) && parses(text, file.path)
}

function parses(text: string, file: string): boolean {
  try {
    parseLighttpd(text, file)
    return true
  } catch {
    return false
  }
}
