// Apache httpd in front of a WebSocket server: told by its Server header and error pages, its
// configuration checked statically (and served for real with config-serve), and every
// problem's fix in its own directives.
import type { Proxy } from '../proxy.js'
import { apacheAnswer } from './answer.js'
import { checkApache } from './checks.js'
import { claimsApache } from './recognise.js'

export const apache: Proxy = {
  ...apacheAnswer,
  claims: claimsApache,
  checkConfig: checkApache,
  async serve(file, context) {
    // Loaded only to serve: the kit brings the certificate factory (@peculiar/x509).
    const { serveConfiguration } = await import('../serve-kit.js')
    const { apachePlan } = await import('./serve.js')
    return serveConfiguration({
      name: 'Apache httpd',
      binary: 'apache2',
      install: 'sudo apt-get update && sudo apt-get install -y apache2',
      file,
      context,
      plan: kit => apachePlan(file, context, kit)
    })
  }
}
