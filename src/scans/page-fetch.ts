// One bounded https GET, as a browser would make it: the certificate verified against the run's
// trust store (a failure is the answer, no content), redirects followed only within the origin,
// at most `maxBytes` of body, `timeoutMs` per request, ended by the run's deadline. Connects to
// the `resolve` address when one is given, with the real host for SNI and Host.
import https from 'node:https'
import { isIP } from 'node:net'
import type { SecureContext } from 'node:tls'
import { settleOnce } from '../isolation.js'
import { redactUrl } from '../secrets.js'
import { resolveKey, type ResolveMap } from '../targets.js'

export interface FetchOptions {
  secureContext?: SecureContext
  resolve: ResolveMap
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
}

export type Fetched =
  | {
      ok: true
      /** Where the body came from, after same-origin redirects. */
      url: URL
      status: number
      contentSecurityPolicy?: string
      body: string
      /** The body was longer than maxBytes: only its start is in `body`. */
      truncated: boolean
    }
  | {
      ok: false
      url: URL
      /** TIMEOUT, DEADLINE, CERTIFICATE, CROSS_ORIGIN_REDIRECT, TOO_MANY_REDIRECTS, or Node's. */
      code: string
      message: string
    }

/** GET `url`, following same-origin redirects. */
export async function fetchBounded(url: URL, options: FetchOptions): Promise<Fetched> {
  let current = url
  for (let redirects = 0; ; redirects++) {
    const answer = await getOnce(current, options)
    if (!answer.ok || answer.location === undefined) return answer.ok ? answer.fetched : answer
    let next: URL
    try {
      next = new URL(answer.location, current)
    } catch {
      return answer.fetched
    }
    if (next.origin !== url.origin)
      return {
        ok: false,
        url: current,
        code: 'CROSS_ORIGIN_REDIRECT',
        message: `redirects (HTTP ${answer.fetched.status}) to ${redactUrl(next)}, another origin`
      }
    if (redirects >= options.maxRedirects)
      return {
        ok: false,
        url: current,
        code: 'TOO_MANY_REDIRECTS',
        message: `redirects more than ${options.maxRedirects} times`
      }
    current = next
  }
}

type Once =
  | { ok: true; fetched: Extract<Fetched, { ok: true }>; location?: string }
  | Extract<Fetched, { ok: false }>

function getOnce(url: URL, options: FetchOptions): Promise<Once> {
  return new Promise(resolve => {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
    const port = url.port === '' ? 443 : Number(url.port)
    const address = options.resolve.addresses.get(resolveKey(host, port))?.[0]
    const failure = (code: string, message: string): Once => ({ ok: false, url, code, message })
    const { finish, settled } = settleOnce(resolve, {
      timeoutMs: options.timeoutMs,
      expire: failure,
      release: () => request.destroy()
    })
    const failed = (code: string, message: string): void => finish(failure(code, message))
    const requestOptions: https.RequestOptions & { secureContext?: SecureContext } = {
      host: address ?? host,
      port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      servername: isIP(host) === 0 ? host : undefined,
      headers: {
        host: url.host,
        'user-agent': 'wss-doctor (page scan)',
        accept: 'text/html,application/javascript,*/*;q=0.5',
        'accept-encoding': 'identity'
      },
      secureContext: options.secureContext,
      rejectUnauthorized: true,
      agent: false
    }
    const request = https.request(requestOptions)
    request.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? 'ERROR'
      if (CERTIFICATE_ERROR.test(code)) failed('CERTIFICATE', `${code}: ${err.message}`)
      else failed(code, err.message)
    })
    request.on('response', response => {
      const status = response.statusCode ?? 0
      const csp = response.headers['content-security-policy']
      const fetched = {
        ok: true as const,
        url,
        status,
        contentSecurityPolicy: Array.isArray(csp) ? csp.join(', ') : csp,
        body: '',
        truncated: false
      }
      const location = response.headers.location
      if (status >= 300 && status < 400 && location !== undefined)
        return finish({ ok: true, fetched, location })
      const chunks: Buffer[] = []
      let size = 0
      const done = (): void => {
        if (settled()) return
        fetched.body = Buffer.concat(chunks).subarray(0, options.maxBytes).toString('utf8')
        finish({ ok: true, fetched })
      }
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        size += chunk.length
        if (size > options.maxBytes) {
          fetched.truncated = true
          done()
        }
      })
      response.on('end', done)
      response.on('error', (err: NodeJS.ErrnoException) => failed(err.code ?? 'ERROR', err.message))
    })
    request.end()
  })
}

/** Node's codes for a certificate that does not verify: OpenSSL's verify errors and the host
 * name check (not TLS alerts such as a required client certificate). */
const CERTIFICATE_ERROR =
  /^(ERR_TLS_CERT_ALTNAME_INVALID|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|INVALID_CA|PATH_LENGTH_EXCEEDED|INVALID_PURPOSE|HOSTNAME_MISMATCH)/
