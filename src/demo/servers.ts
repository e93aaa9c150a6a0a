// Real WebSocket servers on loopback for the demo and the tests: wss:// (https + ws) with any
// certificate chain, plain ws://, a reverse proxy that drops the upgrade headers, and one that
// cuts idle connections. By default each echoes text frames; `webSocket` shapes the server's
// WebSocket behaviour.
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import tls from 'node:tls'
import { WebSocketServer, type ServerOptions, type WebSocket } from 'ws'

export interface RunningServer {
  port: number
  close(): Promise<void>
}

export interface WebSocketBehaviour {
  /** ws's own options: path, verifyClient (Origin, auth), handleProtocols, compression. */
  options?: Pick<ServerOptions, 'path' | 'verifyClient' | 'handleProtocols' | 'perMessageDeflate'>
  /** What to do with an open connection; default: echo every frame. */
  onConnection?: (socket: WebSocket) => void
}

export interface WssServerOptions {
  /** PEM: the leaf, then whatever chain the server should send. */
  cert: string
  key: string
  host?: string
  /** Default: any free port. */
  port?: number
  minVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'
  maxVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'
  /** OpenSSL cipher string; 'DEFAULT@SECLEVEL=0' lets a server offer TLS 1.0/1.1. */
  ciphers?: string
  /** DH parameters for DHE suites: PEM, or 'auto' for OpenSSL's built-in groups. */
  dhparam?: string
  ALPNProtocols?: string[]
  /** Mutual TLS: require a client certificate issued by this CA (PEM), refuse the handshake
   * without one. */
  clientCa?: string
  webSocket?: WebSocketBehaviour
}

export function startWssServer(options: WssServerOptions): Promise<RunningServer> {
  const { cert, key, minVersion, maxVersion, ciphers, dhparam, ALPNProtocols, clientCa } = options
  const server = https.createServer({
    cert,
    key,
    minVersion,
    maxVersion,
    ciphers,
    dhparam,
    ALPNProtocols,
    ...(clientCa ? { requestCert: true, rejectUnauthorized: true, ca: clientCa } : {})
  })
  return listen(server, options.host, options.webSocket, options.port)
}

export function startWsServer(
  host?: string,
  webSocket?: WebSocketBehaviour
): Promise<RunningServer> {
  return listen(http.createServer(), host, webSocket)
}

const echo = (socket: WebSocket): void => {
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }))
}

function listen(
  server: http.Server | https.Server,
  host = '127.0.0.1',
  behaviour: WebSocketBehaviour = {},
  port = 0
): Promise<RunningServer> {
  server.on('request', (_req, res) =>
    res.writeHead(426, { 'Content-Type': 'text/plain' }).end('WebSocket upgrade required\n')
  )
  const wss = new WebSocketServer({ server, ...behaviour.options })
  wss.on('connection', behaviour.onConnection ?? echo)
  return running(
    server,
    host,
    () => {
      for (const client of wss.clients) client.terminate()
      wss.close()
    },
    port
  )
}

/**
 * A TLS reverse proxy in front of a plain HTTP backend that forwards every request as a plain
 * request: no Upgrade or Connection headers (like nginx without `proxy_set_header Upgrade`).
 * The backend then answers the upgrade as an ordinary GET.
 */
export function startHeaderDroppingProxy(options: {
  cert: string
  key: string
  backendPort: number
  serverHeader?: string
}): Promise<RunningServer> {
  const proxy = https.createServer({ cert: options.cert, key: options.key })
  const forward = (
    req: http.IncomingMessage,
    respond: (res: http.IncomingMessage) => void,
    fail: () => void
  ): void => {
    const headers = { ...req.headers }
    for (const name of [
      'upgrade',
      'connection',
      'sec-websocket-key',
      'sec-websocket-version',
      'sec-websocket-extensions'
    ])
      delete headers[name]
    http
      .request(
        {
          host: '127.0.0.1',
          port: options.backendPort,
          path: req.url,
          method: req.method,
          headers
        },
        respond
      )
      .on('error', fail)
      .end()
  }
  proxy.on('request', (req, res) =>
    forward(
      req,
      backend => {
        res.writeHead(backend.statusCode ?? 502, {
          ...backend.headers,
          server: options.serverHeader ?? 'nginx'
        })
        backend.pipe(res)
      },
      () => res.writeHead(502).end()
    )
  )
  // An upgrade request arrives here; answer it with the backend's plain response.
  proxy.on('upgrade', (req, socket) =>
    forward(
      req,
      backend => {
        const body: Buffer[] = []
        backend.on('data', (c: Buffer) => body.push(c))
        backend.on('end', () => {
          const payload = Buffer.concat(body)
          socket.end(
            `HTTP/1.1 ${backend.statusCode} ${backend.statusMessage}\r\nServer: ${options.serverHeader ?? 'nginx'}\r\nContent-Length: ${payload.length}\r\nConnection: close\r\n\r\n${payload}`
          )
        })
      },
      () => socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
    )
  )
  return running(proxy, '127.0.0.1')
}

/**
 * A TLS-terminating TCP proxy in front of a plain backend that closes a connection once no byte
 * has gone either way for `idleMs`, with no close frame (a FIN): what nginx's
 * proxy_read_timeout, HAProxy's `timeout server` or a load balancer's idle timeout do to a
 * silent WebSocket. Everything else passes through untouched, the upgrade included.
 */
export function startIdleCuttingProxy(options: {
  cert: string
  key: string
  backendPort: number
  idleMs: number
}): Promise<RunningServer> {
  const open = new Set<net.Socket>()
  const proxy = tls.createServer({ cert: options.cert, key: options.key }, client => {
    const backend = net.connect(options.backendPort, '127.0.0.1')
    open.add(client).add(backend)
    const end = (): void => {
      client.end()
      backend.destroy()
    }
    // Any byte either way (a write to the client counts) restarts the timer.
    client.setTimeout(options.idleMs, end)
    client.on('error', () => backend.destroy())
    backend.on('error', () => client.destroy())
    client.on('close', () => (open.delete(client), backend.destroy()))
    backend.on('close', () => (open.delete(backend), client.end()))
    client.pipe(backend)
    backend.pipe(client)
  })
  return running(proxy, '127.0.0.1', () => {
    for (const socket of open) socket.destroy()
  })
}

function running(
  server: http.Server | https.Server | tls.Server,
  host: string,
  beforeClose: () => void = () => undefined,
  port = 0
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>(done => {
            beforeClose()
            // http and https servers; the TCP proxy closed its own sockets in beforeClose.
            if ('closeAllConnections' in server) server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })
}
