// Caddy as its answers show it, and its fixes: what the run needs of it for every target. The
// file side (claims, checkConfig, serve in index.ts) is loaded only when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'
import { caddyFix } from './fix.js'
import { recogniseCaddy } from './recognise.js'

export const caddyAnswer: ProxyAnswer = {
  id: 'caddy',
  name: 'Caddy',
  recognise: recogniseCaddy,
  fix: caddyFix
}
