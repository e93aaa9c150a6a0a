// The code Node gives an alert a server refuses the handshake with, as this runtime's OpenSSL
// words it: OpenSSL 3.5 says "ssl/tls alert handshake failure" where 3.0 said "sslv3 alert
// handshake failure" (ERR_SSL_SSL/TLS_ALERT_… for ERR_SSL_SSLV3_ALERT_…). hello.ts reads alerts
// itself; asking this runtime once per alert number keeps its refusals the same codes as a
// whole handshake's. No connection: a TLS client over a stream that answers its ClientHello
// with the alert.
import { Duplex } from 'node:stream'
import tls from 'node:tls'

const ALERT_LEVEL_FATAL = 2
/** Should the client report nothing (it always does): the code says which alert it was. */
const ASK_MS = 1000

const codes = new Map<number, Promise<string>>()

export function alertCode(alert: number): Promise<string> {
  let code = codes.get(alert)
  if (!code) {
    code = ask(alert)
    codes.set(alert, code)
  }
  return code
}

function ask(alert: number): Promise<string> {
  const fallback = `ERR_SSL_TLS_ALERT_${alert}`
  return new Promise(resolve => {
    let answered = false
    const server = new Duplex({
      read: () => undefined,
      write: (_chunk: Buffer, _encoding, done) => {
        done()
        if (answered) return
        answered = true
        server.push(Buffer.from([21, 3, 3, 0, 2, ALERT_LEVEL_FATAL, alert]))
        // and closes, as a refusing server does: an alert OpenSSL does not act on reads as
        // that close (ECONNRESET), the same as in a whole handshake.
        server.push(null)
      }
    })
    const socket = tls.connect({ socket: server, rejectUnauthorized: false })
    const settle = (code: string): void => {
      clearTimeout(timer)
      resolve(code)
      setImmediate(() => socket.destroy())
    }
    const timer = setTimeout(() => settle(fallback), ASK_MS)
    socket.on('error', (err: NodeJS.ErrnoException) => settle(err.code ?? fallback))
    socket.once('close', () => settle(fallback))
  })
}
