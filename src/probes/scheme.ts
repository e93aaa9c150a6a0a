// ws:// is plain text: an https page may not open it (mixed content), the field guide's 5th cause.
import { plainWebSocketFix } from '../remedies.js'
import type { Probe } from './probe.js'

export const schemeProbe: Probe = {
  check: 'scheme',
  applies: ctx => ctx.target.endpoint !== undefined,
  run: ctx => {
    const endpoint = ctx.target.endpoint!
    if (endpoint.scheme === 'wss') {
      return [{ check: 'scheme', status: 'pass', title: 'wss:// (TLS)' }]
    }
    return [
      {
        check: 'scheme',
        status: 'warn',
        title: 'Unencrypted ws:// endpoint: browsers block it on https pages (mixed content)',
        details: ['TLS checks were skipped: this URL does not use TLS.'],
        cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
        fix: plainWebSocketFix(endpoint)
      }
    ]
  }
}
