// Kubernetes Ingress manifests (networking.k8s.io/v1, any number of YAML documents per file)
// judged for WebSockets behind ingress-nginx: its read and send timeouts (60 s unless the
// annotations say otherwise) against idle-timeout, a backend protocol that can carry the
// upgrade, and spec.tls covering every host of the rules. Lines come from the YAML's own
// source ranges, through a LineCounter.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml'
import type { Finding, Location, Status } from '../findings.js'
import { ingressTimeoutFix, ingressTlsFix } from '../remedies.js'

const ANNOTATION = 'nginx.ingress.kubernetes.io/'
const DEFAULT_TIMEOUT_S = 60
/** Backend protocols over which ingress-nginx passes a WebSocket upgrade. */
const UPGRADE_PROTOCOLS = new Set(['HTTP', 'HTTPS'])

export interface IngressVerdict {
  findings: Finding[]
  /** The Ingress objects found (`namespace/name`). */
  ingresses: string[]
}

export function checkIngress(
  text: string,
  file: string,
  options: { idleTimeoutMs: number }
): IngressVerdict {
  const lineCounter = new LineCounter()
  const documents = parseAllDocuments(text, { lineCounter })
  const verdict: IngressVerdict = { findings: [], ingresses: [] }
  const docs = Array.isArray(documents) ? documents : [documents]
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const error = doc.errors[0]
      verdict.findings.push({
        check: 'proxy-config',
        status: 'warn',
        title: `Not checked: not valid YAML (${error.code}); a template (Helm) is checked once rendered`,
        details: [error.message.split('\n')[0]],
        location: { file, line: error.linePos?.[0].line ?? 1 }
      })
      continue
    }
    if (doc.get('kind') !== 'Ingress' || doc.get('apiVersion') !== 'networking.k8s.io/v1') continue
    verdict.ingresses.push(checkOne(doc, file, lineCounter, options, verdict.findings))
  }
  return verdict
}

function checkOne(
  doc: Document.Parsed,
  file: string,
  lineCounter: LineCounter,
  options: { idleTimeoutMs: number },
  findings: Finding[]
): string {
  const lineOf = (...paths: (string | number)[][]): Location => {
    for (const p of paths) {
      const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined
      if (node?.range) return { file, line: lineCounter.linePos(node.range[0]).line }
    }
    return { file, line: 1 }
  }
  const name = `${String(doc.getIn(['metadata', 'namespace']) ?? 'default')}/${String(doc.getIn(['metadata', 'name']) ?? '(unnamed)')}`
  const push = (
    status: Status,
    title: string,
    location: Location,
    extra: Partial<Finding>
  ): void => {
    findings.push({
      check: 'proxy-config',
      status,
      title: `Ingress ${name}: ${title}`,
      location,
      ...extra
    })
  }
  const annotation = (key: string): string | undefined => {
    const value = doc.getIn(['metadata', 'annotations', ANNOTATION + key])
    return value === undefined || value === null ? undefined : String(value)
  }
  const timeoutSeconds = Math.max(3600, Math.ceil((2 * options.idleTimeoutMs) / 1000))
  for (const key of ['proxy-read-timeout', 'proxy-send-timeout']) {
    const value = annotation(key)
    const seconds = value === undefined ? DEFAULT_TIMEOUT_S : Number(value)
    const where = lineOf(
      ['metadata', 'annotations', ANNOTATION + key],
      ['metadata', 'annotations'],
      ['metadata']
    )
    if (!Number.isInteger(seconds) || seconds < 0) {
      push(
        'warn',
        `${ANNOTATION}${key} "${value}" is not a number of seconds: ingress-nginx ignores it (60 s)`,
        where,
        {
          fix: ingressTimeoutFix(timeoutSeconds)
        }
      )
      continue
    }
    if (seconds * 1000 > options.idleTimeoutMs) continue
    push(
      'warn',
      `idle sockets are cut after ${seconds} s (${key}${value === undefined ? ", ingress-nginx's default" : ''})`,
      where,
      {
        details: [
          `${ANNOTATION}${key}: ${value ?? '(not set: 60)'} is not longer than idle-timeout (${options.idleTimeoutMs / 1000} s).`
        ],
        cause:
          'ingress-nginx closes a WebSocket after this many seconds without a frame in that direction (1006, no close frame)',
        fix: ingressTimeoutFix(timeoutSeconds)
      }
    )
  }
  const protocol = annotation('backend-protocol')
  if (protocol !== undefined && !UPGRADE_PROTOCOLS.has(protocol.toUpperCase())) {
    push(
      'warn',
      `backend-protocol ${protocol}: ingress-nginx does not pass a WebSocket upgrade over it`,
      lineOf(['metadata', 'annotations', ANNOTATION + 'backend-protocol']),
      {
        cause: 'The WebSocket upgrade needs an HTTP/1.1 (HTTP or HTTPS) connection to the backend',
        fix: {
          text: 'Serve the WebSocket from a backend spoken to over HTTP or HTTPS (a separate Ingress for the WebSocket path if the rest is gRPC).',
          code: {
            lang: 'yaml',
            text: `metadata:\n  annotations:\n    ${ANNOTATION}backend-protocol: "HTTP"`
          }
        }
      }
    )
  }
  checkTls(doc, lineOf, push)
  return name
}

/** Whether a spec.tls host (maybe `*.example.com`, one label) covers a rule's host. */
function covers(tlsHost: string, host: string): boolean {
  const t = tlsHost.toLowerCase()
  const h = host.toLowerCase()
  if (t === h) return true
  return t.startsWith('*.') && h.endsWith(t.slice(1)) && !h.slice(0, -t.length + 1).includes('.')
}

function checkTls(
  doc: Document.Parsed,
  lineOf: (...paths: (string | number)[][]) => Location,
  push: (status: Status, title: string, location: Location, extra: Partial<Finding>) => void
): void {
  const rules = doc.getIn(['spec', 'rules'], true)
  const tls = doc.getIn(['spec', 'tls'], true)
  const covered: string[] = []
  if (isSeq(tls)) {
    tls.items.forEach((entry, i) => {
      if (!isMap(entry)) return
      const hosts = entry.get('hosts', true)
      if (isSeq(hosts)) for (const h of hosts.items) if (isScalar(h)) covered.push(String(h.value))
      if (!entry.get('secretName')) {
        push(
          'warn',
          "a spec.tls entry has no secretName: its hosts get the controller's default certificate",
          lineOf(['spec', 'tls', i]),
          {
            cause:
              'Without a secret, ingress-nginx serves its default (self-signed) certificate, which no browser trusts',
            fix: ingressTlsFix(covered.length > 0 ? covered : ['api.example.com'], 'websocket-tls')
          }
        )
      }
    })
  }
  if (!isSeq(rules)) return
  rules.items.forEach((rule, i) => {
    if (!isMap(rule)) return
    const host = rule.get('host')
    if (typeof host !== 'string' || covered.some(t => covers(t, host))) return
    push(
      'fail',
      `host ${host} is not in spec.tls: wss://${host} gets no certificate for its name`,
      lineOf(['spec', 'rules', i, 'host'], ['spec', 'rules', i]),
      {
        details: [
          covered.length > 0
            ? `spec.tls covers: ${covered.join(', ')}`
            : 'The Ingress has no spec.tls.'
        ],
        cause:
          'ingress-nginx terminates TLS for a host only with a certificate listed under spec.tls; others get its default self-signed certificate, and browsers refuse the wss:// handshake',
        fix: ingressTlsFix([host], `${host.replace(/\*/g, 'wildcard').replace(/\./g, '-')}-tls`)
      }
    )
  })
}
