// Whether the controller passes the WebSocket upgrade to the backends: ingress-nginx does unless
// the backend protocol cannot carry it (GRPC, FCGI, AJP…); NGINX Ingress Controller does only for
// the services nginx.org/websocket-services lists (its template sets Upgrade and Connection for
// those locations alone). The others pass it without a setting.
import type { IngressContext } from './context.js'
import { nginxIncWebSocketFix } from './fixes.js'
import { backendServices } from './manifest.js'

const INGRESS_NGINX = 'nginx.ingress.kubernetes.io/'
/** Backend protocols over which ingress-nginx passes a WebSocket upgrade. */
const UPGRADE_PROTOCOLS = new Set(['HTTP', 'HTTPS'])
const WEBSOCKET_SERVICES = 'nginx.org/websocket-services'
/** A service or path named like a socket (the nginx check's idiom for WebSocket locations). */
const SOCKET_NAME = /(^|[^a-z])(ws|wss|websockets?|sockets?|socket\.io|realtime|live)([^a-z]|$)/i

export function checkUpgrade(ctx: IngressContext): void {
  if (ctx.controller.id === 'ingress-nginx') return ingressNginx(ctx)
  if (ctx.controller.id === 'nginx-inc') return nginxInc(ctx)
}

function ingressNginx(ctx: IngressContext): void {
  const { ingress, report } = ctx
  const protocol = ingress.annotation(`${INGRESS_NGINX}backend-protocol`)
  if (protocol === undefined || UPGRADE_PROTOCOLS.has(protocol.toUpperCase())) return
  report(
    'warn',
    'proxy-config-upgrade',
    `backend-protocol ${protocol}: ingress-nginx does not pass a WebSocket upgrade over it`,
    ingress.lineOf(['metadata', 'annotations', `${INGRESS_NGINX}backend-protocol`]),
    {
      cause: 'The WebSocket upgrade needs an HTTP/1.1 (HTTP or HTTPS) connection to the backend',
      fix: {
        text: 'Serve the WebSocket from a backend spoken to over HTTP or HTTPS (a separate Ingress for the WebSocket path if the rest is gRPC).',
        code: {
          lang: 'yaml',
          text: `metadata:\n  annotations:\n    ${INGRESS_NGINX}backend-protocol: "HTTP"`
        }
      }
    }
  )
}

/** Without the annotation no service gets the upgrade; with it, a service named like a socket
 * (or behind a path named so) that it leaves out does not either. */
function nginxInc(ctx: IngressContext): void {
  const { ingress, report } = ctx
  const listed = (ingress.annotation(WEBSOCKET_SERVICES) ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
  const backends = backendServices(ingress)
  const socketLike = backends.filter(b => {
    const path = ingress.text([...b.path.slice(0, -3), 'path']) ?? ''
    return SOCKET_NAME.test(b.name) || SOCKET_NAME.test(path)
  })
  if (listed.length === 0) {
    const wanted = (socketLike.length > 0 ? socketLike : backends).map(b => b.name)
    report(
      'warn',
      'proxy-config-upgrade',
      `${WEBSOCKET_SERVICES} is not set: NGINX Ingress Controller passes no WebSocket upgrade for this Ingress`,
      ingress.lineOf(['metadata', 'annotations'], ['metadata']),
      {
        details: [`Services of this Ingress: ${backends.map(b => b.name).join(', ') || 'none'}.`],
        cause:
          'NGINX Ingress Controller sets the Upgrade and Connection headers only for the services named in nginx.org/websocket-services; others get a plain HTTP/1.1 request and never a 101',
        fix: nginxIncWebSocketFix(wanted.length > 0 ? wanted : ['websocket-service'])
      }
    )
    return
  }
  for (const backend of socketLike) {
    if (listed.includes(backend.name)) continue
    report(
      'warn',
      'proxy-config-upgrade',
      `service ${backend.name} looks like a WebSocket service and is not in ${WEBSOCKET_SERVICES}: it gets no upgrade`,
      ingress.lineOf(backend.path),
      {
        details: [`${WEBSOCKET_SERVICES}: ${listed.join(',')}`],
        cause:
          'NGINX Ingress Controller sets the Upgrade and Connection headers only for the services named in nginx.org/websocket-services',
        fix: nginxIncWebSocketFix([...listed, backend.name])
      }
    )
  }
}
