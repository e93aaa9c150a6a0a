// Envoy as its answers show it: what the run needs of it for every target. Its fixes (fixes.ts) are
// loaded when a finding has a problem; the file side (claims, checkConfig in index.ts) when
// config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { recogniseEnvoy } from './recognise.js'

export const envoyAnswer: ProxyAnswer = {
  id: 'envoy',
  name: 'Envoy',
  recognise: recogniseEnvoy
}
