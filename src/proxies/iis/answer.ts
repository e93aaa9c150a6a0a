// IIS as its answers show it: what the run needs of it for every target. Its configuration is
// spread over applicationHost.config, web.config, the HTTP.sys bindings and Schannel's registry
// keys, so it is told from a live answer only; its fixes (fix.ts) name those settings.
import type { ProxyAnswer, ResponseEvidence } from '../proxy.js'
import { header, line } from '../managed/evidence.js'

const SERVER = /^Microsoft-IIS\/[\d.]+$/i
const ARR = /\bARR\/[\d.]+/i
const ASPNET = /\bASP\.NET\b/i

/** IIS signs Server with its version; X-Powered-By tells ARR (the reverse proxy) or ASP.NET
 * (IIS hosting the app). Server alone could be a default IIS page in front of something else. */
function recognise(evidence: ResponseEvidence): string | undefined {
  const server = header(evidence, 'server')
  const poweredBy = header(evidence, 'x-powered-by')
  if (!server || !SERVER.test(server) || !poweredBy) return undefined
  if (!ARR.test(poweredBy) && !ASPNET.test(poweredBy)) return undefined
  return `${line('Server', server)}, ${line('X-Powered-By', poweredBy)}`
}

export const iisAnswer: ProxyAnswer = {
  id: 'iis',
  name: 'IIS',
  recognise
}
