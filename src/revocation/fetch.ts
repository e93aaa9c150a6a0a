// HTTP for revocation data: the URLs come from a server's certificate, so only http(s),
// no redirects, a size cap, a timeout and the run's deadline.
import http from 'node:http'
import https from 'node:https'
import { deadlineSignal, guard, onAbort } from '../isolation.js'

const MAX_BYTES = 16 * 1024 * 1024

export async function fetchBytes(
  url: string,
  options: { timeoutMs: number; body?: Buffer; contentType?: string }
): Promise<Buffer> {
  const target = new URL(url)
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new Error(`unsupported URL scheme ${target.protocol}`)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: options.body ? 'POST' : 'GET',
        // One request per connection: simple responders (openssl ocsp) serve one at a time.
        headers: {
          Connection: 'close',
          ...(options.body
            ? {
                'Content-Type': options.contentType ?? 'application/octet-stream',
                'Content-Length': options.body.length
              }
            : {})
        },
        timeout: options.timeoutMs
      },
      guard(response => {
        if (response.statusCode !== 200) {
          response.resume()
          reject(new Error(`HTTP ${response.statusCode} from ${target.host}`))
          return
        }
        const chunks: Buffer[] = []
        let size = 0
        response.on(
          'data',
          guard((chunk: Buffer) => {
            size += chunk.length
            if (size > MAX_BYTES) request.destroy(new Error(`response over ${MAX_BYTES} bytes`))
            else chunks.push(chunk)
          }, fail)
        )
        response.on(
          'end',
          guard(() => resolve(Buffer.concat(chunks)), fail)
        )
        response.on('error', reject)
      }, fail)
    )
    // A listener that throws on the response fails this fetch, not the run.
    function fail(err: Error): void {
      request.destroy(err)
    }
    const stopOnDeadline = onAbort(deadlineSignal(), () =>
      request.destroy(new Error('the run reached its deadline'))
    )
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs
    )
    request.on('close', () => {
      clearTimeout(timer)
      stopOnDeadline()
    })
    request.on('timeout', () =>
      request.destroy(new Error(`no answer within ${options.timeoutMs} ms`))
    )
    request.on('error', reject)
    request.end(options.body)
  })
}
