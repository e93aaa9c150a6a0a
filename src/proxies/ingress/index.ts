// Kubernetes Ingress as a proxy module. Its files are manifests (claimed by `kind: Ingress`), checked
// for whichever controller implements each Ingress; its live answers are nginx's (ingress-nginx
// runs nginx and answers with nginx's own pages), so it is not told apart from plain nginx; its
// fixes are ingress-nginx annotations and ConfigMap keys (sources: the ingress-nginx user guide,
// annotations and ConfigMap pages: proxy-read/send-timeout 60 s, ssl-protocols "TLSv1.2 TLSv1.3",
// auth-tls-secret, backend-protocol).
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict, Proxy } from '../proxy.js'
import { ingressAnswer } from './answer.js'
import { checkIngress } from './check.js'

export { checkIngress, type IngressCheckOptions, type IngressVerdict } from './check.js'

/** A document of kind Ingress (not IngressClass, not Traefik's IngressRoute). */
const INGRESS_KIND = /^kind:[ \t]*(["']?)Ingress\1[ \t]*(#.*)?$/m

function claims(file: ConfigFile): boolean {
  return INGRESS_KIND.test(file.text) && /^apiVersion:/m.test(file.text)
}

async function checkConfig(file: ConfigFile, options: ConfigCheckOptions): Promise<ConfigVerdict> {
  const verdict = checkIngress(file.text, file.path, options)
  return {
    summary: `Kubernetes Ingress manifest: ${verdict.ingresses.join(', ') || 'no Ingress'}`,
    details: verdict.details,
    findings: verdict.findings
  }
}

export const ingress: Proxy = {
  ...ingressAnswer,
  claims,
  checkConfig
}
