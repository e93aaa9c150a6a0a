// The bench's WebSocket application behind nginx: plain HTTP on loopback, `ws` echoing every
// message; a request that is not an upgrade gets 426 (Upgrade Required).
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'

export interface Echo {
  port: number
  close(): Promise<void>
}

export async function startEcho(): Promise<Echo> {
  const server = http.createServer((_req, res) => res.writeHead(426).end())
  const wss = new WebSocketServer({ server })
  wss.on('connection', socket => socket.on('message', data => socket.send(data)))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>(resolve => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
