// h2o as its answers show it: what the run needs of it for every target. Its fixes (fixes.ts) are
// loaded when a finding has a problem; the file side (claims, checkConfig, serve in index.ts) when
// config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { recognise } from './recognise.js'

export const h2oAnswer: ProxyAnswer = {
  id: 'h2o',
  name: 'h2o',
  recognise: recognise
}
