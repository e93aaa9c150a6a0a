// Real WebSocket servers on loopback for the demo and the tests: wss:// (https + ws) with any
// certificate chain, and plain ws://. Each echoes text frames.
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'

export interface RunningServer {
  port: number
  close(): Promise<void>
}

export interface WssServerOptions {
  /** PEM: the leaf, then whatever chain the server should send. */
  cert: string
  key: string
  host?: string
  minVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'
  maxVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'
  /** OpenSSL cipher string; 'DEFAULT@SECLEVEL=0' lets a server offer TLS 1.0/1.1. */
  ciphers?: string
}

export function startWssServer(options: WssServerOptions): Promise<RunningServer> {
  const { cert, key, minVersion, maxVersion, ciphers } = options
  const server = https.createServer({ cert, key, minVersion, maxVersion, ciphers })
  return listen(server, options.host)
}

export function startWsServer(host?: string): Promise<RunningServer> {
  return listen(http.createServer(), host)
}

function listen(server: http.Server | https.Server, host = '127.0.0.1'): Promise<RunningServer> {
  server.on('request', (_req, res) => res.writeHead(426, { 'Content-Type': 'text/plain' }).end('WebSocket upgrade required\n'))
  const wss = new WebSocketServer({ server })
  wss.on('connection', socket => socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary })))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, host, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>(done => {
            for (const client of wss.clients) client.terminate()
            wss.close()
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })
}
