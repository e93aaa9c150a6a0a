// Traefik as its answers show it, and its fixes: what the run needs of it for every target. The
// file side (claims, checkConfig, serve in index.ts) is loaded only when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { traefikFix } from './fixes.js'
import { recogniseTraefik } from './recognise.js'

export const traefikAnswer: ProxyAnswer = {
  id: 'traefik',
  name: 'Traefik',
  recognise: recogniseTraefik,
  fix: traefikFix
}
