// Which controller implements an Ingress: its class (spec.ingressClassName, or the older
// kubernetes.io/ingress.class annotation), resolved through an IngressClass of the same file when
// there is one, and the annotation prefixes it carries (both NGINX controllers default to the
// class "nginx", both HAProxy ones to "haproxy": the prefixes tell them apart). An Ingress with
// neither is judged for ingress-nginx, the most common controller.
import type { Manifest } from './manifest.js'

export type ControllerId =
  'ingress-nginx' | 'nginx-inc' | 'haproxy' | 'haproxy-ingress' | 'traefik' | 'aws-alb' | 'gke'

export interface Controller {
  id: ControllerId
  /** As its documentation names it. */
  name: string
  /** Why this controller: "ingressClassName alb", "nginx.org/ annotations". */
  why: string
}

export const CONTROLLER_NAMES: Record<ControllerId, string> = {
  'ingress-nginx': 'ingress-nginx',
  'nginx-inc': 'NGINX Ingress Controller',
  haproxy: 'HAProxy Kubernetes Ingress Controller',
  'haproxy-ingress': 'HAProxy Ingress',
  traefik: 'Traefik',
  'aws-alb': 'AWS Load Balancer Controller',
  gke: 'GKE Ingress'
}

/** IngressClass spec.controller values, from each controller's documentation. */
const CLASS_CONTROLLERS: [RegExp, ControllerId][] = [
  [/^k8s\.io\/ingress-nginx$/, 'ingress-nginx'],
  [/^nginx\.org\/ingress-controller$/, 'nginx-inc'],
  [/^haproxy\.org\/ingress-controller(\/|$)/, 'haproxy'],
  [/^haproxy-ingress\.github\.io\/controller(\/|$)/, 'haproxy-ingress'],
  [/^traefik\.io\/ingress-controller$/, 'traefik'],
  [/^ingress\.k8s\.aws\/alb$/, 'aws-alb'],
  [/^k8s\.io\/ingress-gce$/, 'gke']
]

/** Annotation prefixes only one controller reads. */
const PREFIXES: [string, ControllerId][] = [
  ['nginx.ingress.kubernetes.io/', 'ingress-nginx'],
  ['nginx.org/', 'nginx-inc'],
  ['nginx.com/', 'nginx-inc'],
  ['haproxy.org/', 'haproxy'],
  ['haproxy.com/', 'haproxy'],
  ['haproxy-ingress.github.io/', 'haproxy-ingress'],
  ['traefik.ingress.kubernetes.io/', 'traefik'],
  ['alb.ingress.kubernetes.io/', 'aws-alb'],
  ['networking.gke.io/', 'gke'],
  ['ingress.gcp.kubernetes.io/', 'gke'],
  ['cloud.google.com/', 'gke'],
  // One key of the shared kubernetes.io/ prefix belongs to GKE alone.
  ['kubernetes.io/ingress.global-static-ip-name', 'gke']
]

/** The class names each controller uses unless told otherwise; several share one. */
const DEFAULT_CLASSES: Record<string, ControllerId[]> = {
  nginx: ['ingress-nginx', 'nginx-inc'],
  haproxy: ['haproxy', 'haproxy-ingress'],
  traefik: ['traefik'],
  alb: ['aws-alb'],
  gce: ['gke'],
  'gce-internal': ['gke']
}

const controller = (id: ControllerId, why: string): Controller => ({
  id,
  name: CONTROLLER_NAMES[id],
  why
})

export function detectController(ingress: Manifest, others: readonly Manifest[]): Controller {
  const className =
    ingress.text(['spec', 'ingressClassName']) ?? ingress.annotation('kubernetes.io/ingress.class')
  const classField = ingress.text(['spec', 'ingressClassName'])
    ? 'ingressClassName'
    : 'kubernetes.io/ingress.class'
  // Each controller whose annotations the Ingress carries, with the first such prefix seen.
  const seen = new Map<ControllerId, string>()
  for (const key of ingress.annotationKeys())
    for (const [prefix, id] of PREFIXES)
      if (key.startsWith(prefix) && !seen.has(id)) seen.set(id, prefix)
  const prefixed = [...seen.keys()]
  const prefixOf = (id: ControllerId): string => seen.get(id) ?? id
  if (className !== undefined) {
    const ingressClass = others.find(m => m.kind === 'IngressClass' && m.name === className)
    const spec = ingressClass?.text(['spec', 'controller'])
    const declared = spec
      ? CLASS_CONTROLLERS.find(([pattern]) => pattern.test(spec))?.[1]
      : undefined
    if (declared) return controller(declared, `IngressClass ${className}: ${spec}`)
    const candidates = DEFAULT_CLASSES[className]
    if (candidates) {
      const marked = candidates.filter(id => prefixed.includes(id))
      const id = marked.length === 1 ? marked[0] : candidates[0]
      return controller(
        id,
        marked.length === 1 && candidates.length > 1
          ? `${classField} ${className}, ${prefixOf(id)} annotations`
          : `${classField} ${className}`
      )
    }
  }
  if (prefixed.length === 1) return controller(prefixed[0], `${prefixOf(prefixed[0])} annotations`)
  return controller(
    'ingress-nginx',
    className === undefined
      ? 'no class: judged for ingress-nginx'
      : `${classField} ${className}: unknown class, judged for ingress-nginx`
  )
}
