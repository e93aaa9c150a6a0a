// h2o (2.2, as Debian ships it): told by its Server header or its own error pages; its YAML
// configuration checked for TLS listeners and WebSocket paths, and served for real on request
// (config-serve); fixes in its own YAML.
import type { Proxy } from '../proxy.js'
import { h2oAnswer } from './answer.js'
import { checkH2o } from './check.js'
import { claims } from './claims.js'

export const h2o: Proxy = {
  ...h2oAnswer,
  claims,
  checkConfig: checkH2o,
  async serve(file, context) {
    // Loaded only to serve: the kit brings the certificate factory (@peculiar/x509).
    const { serveConfiguration } = await import('../serve-kit.js')
    const { planH2o } = await import('./serve.js')
    return serveConfiguration({
      name: 'h2o',
      binary: 'h2o',
      install: 'sudo apt-get update && sudo apt-get install -y h2o',
      file,
      context,
      plan: kit => planH2o(kit, file, context)
    })
  }
}
