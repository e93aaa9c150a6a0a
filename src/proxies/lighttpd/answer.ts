// lighttpd as its answers show it, and its fixes: what the run needs of it for every target. The
// file side (claims, checkConfig, serve in index.ts) is loaded only when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { lighttpdFix } from './fix.js'
import { recogniseLighttpd } from './recognise.js'

export const lighttpdAnswer: ProxyAnswer = {
  id: 'lighttpd',
  name: 'lighttpd',
  recognise: recogniseLighttpd,
  fix: lighttpdFix
}
