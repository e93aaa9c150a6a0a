// Apache httpd as its answers show it, and its fixes: what the run needs of it for every target. The
// file side (claims, checkConfig, serve in index.ts) is loaded only when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { recogniseApache } from './recognise.js'
import { apacheFix } from './fix.js'

export const apacheAnswer: ProxyAnswer = {
  id: 'apache',
  name: 'Apache httpd',
  recognise: recogniseApache,
  fix: apacheFix
}
