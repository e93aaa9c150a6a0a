// h2o (2.2, as Debian ships it): told by its Server header or its own error pages; its YAML
// configuration checked for TLS listeners and WebSocket paths; fixes in its own YAML.
import type { Proxy } from '../proxy.js'
import { checkH2o } from './check.js'
import { claims } from './claims.js'
import { fix } from './fixes.js'
import { recognise } from './recognise.js'

export const h2o: Proxy = {
  id: 'h2o',
  name: 'h2o',
  recognise,
  claims,
  checkConfig: checkH2o,
  fix
}
