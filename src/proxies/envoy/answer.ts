// Envoy as its answers show it, and its fixes: what the run needs of it for every target. The
// file side (claims, checkConfig, serve in index.ts) is loaded only when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { envoyFix } from './fixes.js'
import { recogniseEnvoy } from './recognise.js'

export const envoyAnswer: ProxyAnswer = {
  id: 'envoy',
  name: 'Envoy',
  recognise: recogniseEnvoy,
  fix: envoyFix
}
