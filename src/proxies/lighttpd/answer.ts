// lighttpd as its answers show it: what the run needs of it for every target. Its fixes (fix.ts)
// are loaded when a finding has a problem; the file side (claims, checkConfig, serve in index.ts)
// when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { recogniseLighttpd } from './recognise.js'

export const lighttpdAnswer: ProxyAnswer = {
  id: 'lighttpd',
  name: 'lighttpd',
  recognise: recogniseLighttpd
}
