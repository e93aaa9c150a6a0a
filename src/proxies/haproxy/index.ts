// HAProxy: told by its own error pages (it sends no Server header), its haproxy.cfg claimed by
// content and judged line by line, every problem fixed in its configuration language, and the file
// served for real on loopback on request (config-serve).
import type { Proxy } from '../proxy.js'
import { haproxyAnswer } from './answer.js'
import { checkHaproxy } from './check.js'
import { claimsHaproxy } from './claims.js'

export const haproxy: Proxy = {
  ...haproxyAnswer,
  claims: claimsHaproxy,
  checkConfig: checkHaproxy,
  async serve(file, context) {
    // Loaded only to serve: it brings the certificate factory (@peculiar/x509).
    const { serveHaproxy } = await import('./serve.js')
    return serveHaproxy(file, context)
  }
}
