// Kubernetes Ingress manifests (networking.k8s.io/v1, any number of YAML documents per file)
// judged for WebSockets behind the controller that implements each Ingress (ingress-nginx,
// NGINX Ingress Controller, the two HAProxy controllers, Traefik, the AWS Load Balancer
// Controller, GKE): the timeouts that cut a silent socket against idle-timeout, whether the
// upgrade reaches the backend, and TLS for every host of the rules. Lines come from the YAML's
// own source ranges, through a LineCounter.
import { LineCounter, parseAllDocuments } from 'yaml'
import type { Finding } from '../../findings.js'
import type { IngressCheckOptions, IngressContext } from './context.js'
import { detectController } from './controllers.js'
import { manifest, type Manifest } from './manifest.js'
import { checkTimeouts } from './timeouts.js'
import { checkTls } from './tls.js'
import { checkUpgrade } from './upgrade.js'

export type { IngressCheckOptions } from './context.js'

export interface IngressVerdict {
  findings: Finding[]
  /** The Ingress objects found (`namespace/name`). */
  ingresses: string[]
  /** One line per Ingress: the controller it was judged for, and why. */
  details: string[]
}

export function checkIngress(
  text: string,
  file: string,
  options: IngressCheckOptions
): IngressVerdict {
  const lineCounter = new LineCounter()
  const documents = parseAllDocuments(text, { lineCounter })
  const verdict: IngressVerdict = { findings: [], ingresses: [], details: [] }
  const docs = Array.isArray(documents) ? documents : [documents]
  const manifests: Manifest[] = []
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const error = doc.errors[0]
      verdict.findings.push({
        check: 'proxy-config',
        code: 'proxy-config-unparsed',
        status: 'warn',
        title: `Not checked: not valid YAML (${error.code}); a template (Helm) is checked once rendered`,
        details: [error.message.split('\n')[0]],
        location: { file, line: error.linePos?.[0].line ?? 1 }
      })
      continue
    }
    manifests.push(manifest(doc, file, lineCounter))
  }
  for (const ingress of manifests) {
    if (ingress.kind !== 'Ingress' || ingress.apiVersion !== 'networking.k8s.io/v1') continue
    const name = `${ingress.namespace}/${ingress.name}`
    const controller = detectController(ingress, manifests)
    const ctx: IngressContext = {
      ingress,
      others: manifests,
      controller,
      options,
      report: (status, code, title, location, extra) =>
        verdict.findings.push({
          check: 'proxy-config',
          code,
          status,
          title: `Ingress ${name}: ${title}`,
          location,
          ...extra
        })
    }
    checkTimeouts(ctx)
    checkUpgrade(ctx)
    checkTls(ctx)
    verdict.ingresses.push(name)
    verdict.details.push(
      `Ingress ${name} (line ${ingress.lineOf([]).line}): ${controller.name} (${controller.why})`
    )
  }
  return verdict
}
