// nginx as its answers show it: what the run needs of it for every target. Its fixes (fix.ts) are
// loaded when a finding has a problem; the file side (claims, checkConfig, serve in index.ts) when
// config-paths names files.
import type { ProxyAnswer } from '../proxy.js'

export const nginxAnswer: ProxyAnswer = {
  id: 'nginx',
  name: 'nginx',
  recognise(evidence) {
    const server = evidence.headers.server
    // ingress-nginx and OpenResty answer as nginx too: the configuration language is the same.
    if (server && /^(nginx|openresty)\b/i.test(server)) return `Server: ${server}`
    const page =
      evidence.body && /<center>(nginx|openresty)(\/[\d.]+)?<\/center>/i.exec(evidence.body)
    if (page) return `error page signed "${page[1]}${page[2] ?? ''}"`
    return undefined
  }
}
