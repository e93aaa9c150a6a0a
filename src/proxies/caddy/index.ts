// Caddy in front of a WebSocket server: told by its Server header, its Caddyfile checked
// statically, each problem fixed in Caddyfile terms.
import type { Proxy } from '../proxy.js'
import { checkCaddyfile } from './check.js'
import { claimsCaddyfile } from './claims.js'
import { caddyFix } from './fix.js'
import { recogniseCaddy } from './recognise.js'

export const caddy: Proxy = {
  id: 'caddy',
  name: 'Caddy',
  recognise: recogniseCaddy,
  claims: file => claimsCaddyfile(file.text),
  checkConfig: checkCaddyfile,
  fix: caddyFix
}
