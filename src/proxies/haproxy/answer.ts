// HAProxy as its answers show it, and its fixes: what the run needs of it for every target. The
// file side (claims, checkConfig, serve in index.ts) is loaded only when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { haproxyFix } from './fix.js'
import { recogniseHaproxy } from './recognise.js'

export const haproxyAnswer: ProxyAnswer = {
  id: 'haproxy',
  name: 'HAProxy',
  recognise: recogniseHaproxy,
  fix: haproxyFix
}
