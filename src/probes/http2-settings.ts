// For a server whose ALPN refuses http/1.1: does its HTTP/2 allow WebSockets (extended
// CONNECT, RFC 8441: SETTINGS_ENABLE_CONNECT_PROTOCOL)? Reads the server's first SETTINGS frame.
import http2 from 'node:http2'
import { isIP } from 'node:net'
import tls from 'node:tls'
import { deadlineSignal, guard, onAbort } from '../isolation.js'
import type { Endpoint } from '../target.js'

/** true/false from the server's SETTINGS; undefined when HTTP/2 could not be spoken either
 * (or the SETTINGS could not be read, or the run's deadline passed). */
export function http2AllowsWebSockets(
  endpoint: Endpoint,
  options: { timeoutMs: number; secureContext?: tls.SecureContext }
): Promise<boolean | undefined> {
  return new Promise(resolve => {
    const session = http2.connect(`https://${endpoint.host}:${endpoint.port}`, {
      createConnection: () =>
        tls.connect({
          host: endpoint.addresses[0] ?? endpoint.host,
          port: endpoint.port,
          servername: isIP(endpoint.host) === 0 ? endpoint.host : undefined,
          secureContext: options.secureContext,
          ALPNProtocols: ['h2'],
          // Only the SETTINGS frame is read; the certificate is judged by the other checks.
          rejectUnauthorized: false
        })
    })
    const finish = (value: boolean | undefined): void => {
      clearTimeout(timer)
      stopOnDeadline()
      session.destroy()
      resolve(value)
    }
    const timer = setTimeout(() => finish(undefined), options.timeoutMs)
    const stopOnDeadline = onAbort(deadlineSignal(), () => finish(undefined))
    session.once(
      'remoteSettings',
      guard(
        settings => finish(settings.enableConnectProtocol === true),
        () => finish(undefined)
      )
    )
    session.on('error', () => finish(undefined))
  })
}
