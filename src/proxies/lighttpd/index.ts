// lighttpd (1.4, mod_openssl and mod_proxy): told from its Server header or error page, its
// configuration claimed by content and checked statically, and every problem's fix written
// as lighttpd.conf.
import type { Proxy } from '../proxy.js'
import { checkLighttpd } from './check.js'
import { claimsLighttpd } from './claims.js'
import { lighttpdFix } from './fix.js'
import { recogniseLighttpd } from './recognise.js'

export const lighttpd: Proxy = {
  id: 'lighttpd',
  name: 'lighttpd',
  recognise: recogniseLighttpd,
  claims: claimsLighttpd,
  checkConfig: checkLighttpd,
  fix: lighttpdFix
}
