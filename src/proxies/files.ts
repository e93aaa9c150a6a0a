// The proxies whose configuration files wss-doctor reads, whole (claims, checkConfig, serve):
// loaded by the configuration scan only, so that a run without config-paths carries no parser.
import { apache } from './apache/index.js'
import { caddy } from './caddy/index.js'
import { envoy } from './envoy/index.js'
import { h2o } from './h2o/index.js'
import { haproxy } from './haproxy/index.js'
import { ingress } from './ingress/index.js'
import { lighttpd } from './lighttpd/index.js'
import { nginx } from './nginx/index.js'
import type { ConfigFile, Proxy } from './proxy.js'
import { traefik } from './traefik/index.js'

/** In the order files are offered to them: the first whose content it is takes a file. */
export const READING: readonly Proxy[] = [
  nginx,
  haproxy,
  apache,
  caddy,
  lighttpd,
  h2o,
  traefik,
  envoy,
  ingress
]

/** The proxy whose configuration this file is, by its content. */
export function proxyOfFile(file: ConfigFile): Proxy | undefined {
  return READING.find(proxy => proxy.checkConfig && proxy.claims?.(file))
}
