// h2o as its answers show it, and its fixes: what the run needs of it for every target. The
// file side (claims, checkConfig, serve in index.ts) is loaded only when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { fix } from './fixes.js'
import { recognise } from './recognise.js'

export const h2oAnswer: ProxyAnswer = {
  id: 'h2o',
  name: 'h2o',
  recognise: recognise,
  fix: fix
}
