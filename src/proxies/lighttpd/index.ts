// lighttpd (1.4, mod_openssl and mod_proxy): told from its Server header or error page, its
// configuration claimed by content and checked statically, served for real on request
// (config-serve), and every problem's fix written as lighttpd.conf.
import type { Proxy } from '../proxy.js'
import { lighttpdAnswer } from './answer.js'
import { checkLighttpd } from './check.js'
import { claimsLighttpd } from './claims.js'

export const lighttpd: Proxy = {
  ...lighttpdAnswer,
  claims: claimsLighttpd,
  checkConfig: checkLighttpd,
  async serve(file, context) {
    // Loaded only to serve: the kit brings the certificate factory (@peculiar/x509).
    const [{ serveConfiguration }, { planLighttpd }] = await Promise.all([
      import('../serve-kit.js'),
      import('./serve.js')
    ])
    return serveConfiguration({
      name: 'lighttpd',
      binary: 'lighttpd',
      install: 'sudo apt-get update && sudo apt-get install -y lighttpd lighttpd-mod-openssl',
      file,
      context,
      plan: kit => planLighttpd(file, context, kit)
    })
  }
}
