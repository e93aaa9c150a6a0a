// Apache httpd in front of a WebSocket server: told by its Server header and error pages, its
// configuration checked statically, and every problem's fix in its own directives.
import type { Proxy } from '../proxy.js'
import { checkApache } from './checks.js'
import { apacheFix } from './fix.js'
import { claimsApache, recogniseApache } from './recognise.js'

export const apache: Proxy = {
  id: 'apache',
  name: 'Apache httpd',
  recognise: recogniseApache,
  claims: claimsApache,
  checkConfig: checkApache,
  fix: apacheFix
}
