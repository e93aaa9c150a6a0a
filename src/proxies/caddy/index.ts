// Caddy in front of a WebSocket server: told by its Server header, its Caddyfile checked
// statically, each problem fixed in Caddyfile terms, and served for real on request.
import type { Proxy } from '../proxy.js'
import { caddyAnswer } from './answer.js'
import { checkCaddyfile } from './check.js'
import { claimsCaddyfile } from './claims.js'

export const caddy: Proxy = {
  ...caddyAnswer,
  claims: file => claimsCaddyfile(file.text),
  checkConfig: checkCaddyfile,
  async serve(file, context) {
    // Loaded only to serve: the kit brings the certificate factory (@peculiar/x509).
    const [{ serveConfiguration }, { planCaddy, servable }] = await Promise.all([
      import('../serve-kit.js'),
      import('./serve.js')
    ])
    if (!(await servable(file, context))) return []
    return serveConfiguration({
      name: 'Caddy',
      binary: 'caddy',
      install: 'sudo apt-get update && sudo apt-get install -y caddy',
      file,
      context,
      plan: kit => planCaddy(file, context, kit)
    })
  }
}
