// Kubernetes Ingress (ingress-nginx) as its answers show it: what the run needs of it for every
// target. Its fixes are in fix.ts; the file side (claims, checkConfig in index.ts) is loaded only
// when config-paths names files.
import type { ProxyAnswer } from '../proxy.js'

export const ingressAnswer: ProxyAnswer = {
  id: 'ingress-nginx',
  name: 'Kubernetes Ingress (ingress-nginx)',
  /** ingress-nginx answers with nginx's Server header and error pages (and its default backend's
   * 404 is nginx's too): nothing sets it apart from nginx in an answer, so it never claims one. */
  recognise: () => undefined
}
