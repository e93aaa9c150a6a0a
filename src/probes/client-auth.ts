// Mutual TLS: an endpoint that wants a client certificate fails in ways that look like other
// causes (a handshake failure, an alert after the handshake, nginx's HTTP 400), so each
// symptom is named as what it is, with the inputs that let wss-doctor check it end to end.
import type { ConnectFailure } from '../facts.js'
import type { Finding } from '../findings.js'
import type { Endpoint } from '../target.js'
import { hello } from './hello.js'
import type { ProbeContext } from './probe.js'

/** OpenSSL's alerts for "a client certificate was required and not sent (or not accepted)". */
export const CLIENT_CERTIFICATE_ALERT =
  /CERTIFICATE_REQUIRED|ALERT_BAD_CERTIFICATE|ALERT_UNKNOWN_CA/

/** nginx's answer when ssl_verify_client is on and the certificate is missing or refused. */
export const NGINX_NO_CLIENT_CERTIFICATE =
  /No required SSL certificate was sent|The SSL certificate error/i

/** A handshake that failed because of the client certificate: a client-certificate alert, or
 * a handshake failure right after the server asked for one (TLS 1.2, seen in clear). */
export function clientCertificateRefused(failure: ConnectFailure): boolean {
  return (
    CLIENT_CERTIFICATE_ALERT.test(failure.code) ||
    (failure.clientCertificateRequested === true &&
      /HANDSHAKE_FAILURE|ECONNRESET/.test(failure.code))
  )
}

/** A handshake that failed or was reset may be a server that wanted a client certificate. Under
 * TLS 1.2 its CertificateRequest travels in clear: one more hello, offering 1.2, shows it. */
export async function withCertificateRequest(
  endpoint: Endpoint,
  failure: ConnectFailure,
  ctx: ProbeContext
): Promise<ConnectFailure> {
  if (failure.phase !== 'tls' || !/HANDSHAKE_FAILURE|ECONNRESET/.test(failure.code)) return failure
  const answer = await hello(endpoint, {
    timeoutMs: ctx.config.timeoutMs,
    offer: ctx.trust.context({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }),
    versions: ['TLSv1.2'],
    readFlight: true,
    address: failure.address
  })
  return answer.ok && answer.certificateRequested
    ? { ...failure, clientCertificateRequested: true }
    : failure
}

export function clientCertificateFinding(
  check: 'tls' | 'upgrade',
  evidence: string,
  presented: boolean,
  host: string
): Finding {
  const problem = { kind: 'client-certificate', host } as const
  if (presented) {
    return {
      check,
      code: 'tls-client-certificate-refused',
      status: 'fail',
      title: 'The endpoint requires a client certificate and refused the one presented',
      details: [evidence, 'Breaks: every client with this certificate, browsers and others.'],
      cause:
        'Mutual TLS: the server does not accept client-cert (it is not issued by the CA the server trusts for clients, it expired, or it lacks the clientAuth key usage)',
      fix: {
        text: 'Issue the client certificate from the CA the server trusts for clients, with extended key usage clientAuth, and pass it as client-cert/client-key.'
      },
      problem
    }
  }
  return {
    check,
    code: 'tls-client-certificate-required',
    status: 'fail',
    title: 'The endpoint requires a client certificate (mutual TLS); none was presented',
    details: [
      evidence,
      'Breaks: browsers without that certificate installed, and every client not configured with one.'
    ],
    cause:
      'The server asks for a client certificate and refuses connections without one: not a proxy or Upgrade-header problem',
    problem,
    fix: {
      text: 'If the endpoint is meant for browsers, drop mutual TLS there (or make it optional, with an application check). If it is meant for mTLS clients, give wss-doctor a client certificate to check it end to end.',
      code: {
        lang: 'yaml',
        text: 'with:\n  client-cert: certs/client.pem\n  client-key: certs/client-key.pem\n  client-key-passphrase: ${{ secrets.CLIENT_KEY_PASSPHRASE }}'
      }
    }
  }
}
