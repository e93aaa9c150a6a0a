// The TLS handshake check: a connection that fails names the step (DNS, TCP, TLS) and the
// likely cause; one that succeeds leaves its facts for the certificate probes.
import dns from 'node:dns/promises'
import { isIP } from 'node:net'
import type { Code } from '../codes.js'
import type { Finding } from '../findings.js'
import type { Endpoint } from '../target.js'
import { alpnFix } from '../remedies.js'
import { canonicalAddress } from '../targets.js'
import type { Problem } from '../proxies/proxy.js'
import { deadlineSignal, onAbort } from '../isolation.js'
import type { ConnectFailure } from '../facts.js'
import {
  CLIENT_CERTIFICATE_ALERT,
  clientCertificateFinding,
  clientCertificateRefused,
  withCertificateRequest
} from './client-auth.js'
import { handshake } from './handshake.js'
import { VERSION_MISMATCH } from './versions.js'
import type { Probe } from './probe.js'

export const tlsProbe: Probe = {
  check: 'tls',
  applies: ctx => ctx.target.endpoint?.scheme === 'wss',
  run: async ctx => {
    const endpoint = ctx.target.endpoint!
    const options = { timeoutMs: ctx.config.timeoutMs, secureContext: ctx.trust.secureContext }
    const presented = ctx.config.clientCertificate !== undefined
    // Every address of the host is shaken hands with at once; the first one's facts feed the
    // certificate checks, the others are compared by the addresses probe.
    const { addresses, unchecked } = await targetAddresses(
      endpoint,
      ctx.config.allAddresses,
      ctx.config.timeoutMs
    )
    if (unchecked > 0) ctx.facts.uncheckedAddresses = unchecked
    const [result, ...others] = await Promise.all(
      (addresses.length > 0 ? addresses : [undefined]).map((address, i) =>
        // The first handshake stays open for the upgrade, and keeps its session for later
        // sessions to resume.
        handshake(endpoint, { ...options, address, keepSession: i === 0, keepConnection: i === 0 })
      )
    )
    if (others.length > 0) {
      ctx.facts.otherAddresses = others.map((r, i) => ({
        address: addresses[i + 1],
        ...(r.ok ? { handshake: r.facts } : { failure: r.failure })
      }))
    }
    if (!result.ok) {
      const failure = await withCertificateRequest(endpoint, result.failure, ctx)
      ctx.facts.handshakeFailure = failure
      if (/NO_APPLICATION_PROTOCOL/.test(failure.code)) {
        // Loaded here only: Node's HTTP/2 is 6 ms of every run's start-up otherwise.
        const { http2AllowsWebSockets } = await import('./http2-settings.js')
        const viaHttp2 = await http2AllowsWebSockets(endpoint, options)
        return [alpnFinding(endpoint, failure, viaHttp2)]
      }
      if (clientCertificateRefused(failure)) {
        const { code, message } = failure
        return [clientCertificateFinding('tls', `${code}: ${message}`, presented, endpoint.host)]
      }
      return [failureFinding(endpoint, failure)]
    }
    ctx.facts.handshake = result.facts
    ctx.facts.tlsSession = result.session
    ctx.facts.connection = result.connection
    const { protocol, cipher, remoteAddress, handshakeMs, group, alpn } = result.facts
    const alert = result.facts.alertAfterHandshake
    if (alert && CLIENT_CERTIFICATE_ALERT.test(alert)) {
      // The certificate checks still run on what the handshake showed.
      const evidence = `${protocol} handshake with ${remoteAddress} completed, then the server sent ${alert}.`
      return [clientCertificateFinding('tls', evidence, presented, endpoint.host)]
    }
    return [
      {
        check: 'tls',
        code: 'tls-ok',
        status: 'pass',
        title: `${protocol} handshake with ${remoteAddress} (${cipher})`,
        details: [
          `Cipher ${cipher}, key exchange ${group ?? 'n/a'}, ALPN ${alpn ?? 'none'}; the handshake took ${handshakeMs} ms.`
        ]
      }
    ]
  }
}

/** A bound on the handshakes one target costs, however many records its name has. */
const MAX_ADDRESSES = 16

/** The resolve input's addresses, else (with all-addresses) every A/AAAA record; [] leaves
 * resolution to the connection, so that a DNS failure is reported as one. */
async function targetAddresses(
  endpoint: Endpoint,
  allAddresses: boolean,
  timeoutMs: number
): Promise<{ addresses: string[]; unchecked: number }> {
  const capped = (all: string[]): { addresses: string[]; unchecked: number } => ({
    addresses: all.slice(0, MAX_ADDRESSES),
    unchecked: Math.max(0, all.length - MAX_ADDRESSES)
  })
  if (endpoint.addresses.length > 0)
    return allAddresses
      ? capped(endpoint.addresses)
      : { addresses: endpoint.addresses.slice(0, 1), unchecked: 0 }
  if (!allAddresses || isIP(endpoint.host) !== 0) return { addresses: [], unchecked: 0 }
  let timer: NodeJS.Timeout | undefined
  let stopOnDeadline = (): void => undefined
  const timeout = new Promise<string[]>(resolve => {
    timer = setTimeout(() => resolve([]), timeoutMs)
    stopOnDeadline = onAbort(deadlineSignal(), () => resolve([]))
  })
  const lookup = dns.lookup(endpoint.host, { all: true }).then(
    records => records.map(r => canonicalAddress(r.address)),
    () => []
  )
  const addresses = await Promise.race([lookup, timeout])
  clearTimeout(timer)
  stopOnDeadline()
  return capped([...new Set(addresses)])
}

function where(endpoint: Endpoint, failure: ConnectFailure): string {
  return `${failure.address && failure.address !== endpoint.host ? `${failure.address} (for ${endpoint.host})` : endpoint.host} port ${endpoint.port}`
}

/** ALPN without http/1.1: fatal unless HTTP/2 offers extended CONNECT (RFC 8441). */
function alpnFinding(
  endpoint: Endpoint,
  failure: ConnectFailure,
  viaHttp2: boolean | undefined
): Finding {
  const at = where(endpoint, failure)
  const details = [
    `${failure.code}: ${failure.message}`,
    'The certificate checks were skipped: no handshake offering http/1.1 completed.'
  ]
  if (viaHttp2) {
    return {
      check: 'tls',
      code: 'tls-alpn-http2-only',
      status: 'warn',
      title: `${at} refuses ALPN http/1.1: WebSockets work only over HTTP/2 (RFC 8441)`,
      details: [...details, 'HTTP/2 SETTINGS_ENABLE_CONNECT_PROTOCOL is 1.'],
      cause:
        'Clients without WebSockets over HTTP/2 (many non-browser clients, older browsers) cannot connect',
      fix: alpnFix()
    }
  }
  return {
    check: 'tls',
    code: 'tls-alpn-refused',
    status: 'fail',
    title: `${at} refuses ALPN http/1.1 and its HTTP/2 does not allow WebSockets`,
    details: [
      ...details,
      viaHttp2 === false
        ? 'HTTP/2 SETTINGS_ENABLE_CONNECT_PROTOCOL is not set.'
        : 'HTTP/2 could not be negotiated either.'
    ],
    cause:
      'Browsers open WebSockets over HTTP/1.1, or over HTTP/2 only where the server allows extended CONNECT (RFC 8441); this server or CDN offers neither',
    fix: alpnFix()
  }
}

function failureFinding(endpoint: Endpoint, failure: ConnectFailure): Finding {
  const at = where(endpoint, failure)
  const finding = (
    code: Code,
    title: string,
    cause: string,
    remedy: Problem | Finding['fix']
  ): Finding => ({
    check: 'tls',
    code,
    status: 'fail',
    title,
    details: [`${failure.code}: ${failure.message}`],
    cause,
    ...(remedy && 'kind' in remedy ? { problem: remedy } : { fix: remedy })
  })
  const { host } = endpoint
  const listener: Problem = {
    kind: 'tls-listener',
    host,
    port: endpoint.port,
    path: endpoint.path
  }
  const { code, phase } = failure
  if (/EXCESSIVE_MESSAGE_SIZE/.test(code)) {
    return finding(
      'tls-certificate-too-large',
      `The certificate message from ${at} is larger than clients accept (OpenSSL: excessive message size): too many names in one certificate`,
      'One certificate carries so many names (SANs) that the handshake message exceeds the 100 kB OpenSSL-based clients accept',
      { kind: 'certificate-size', host }
    )
  }
  if (/DH_KEY_TOO_SMALL/.test(code)) {
    return finding(
      'tls-weak-dh',
      `${at} offers DHE with a Diffie-Hellman group too small for this client (under 2048 bits)`,
      'The server prefers finite-field DHE with a weak group (Logjam); current OpenSSL clients refuse it, and browsers do not offer DHE at all (see the ciphers check)',
      { kind: 'browser-ciphers', host, browsersLockedOut: true }
    )
  }
  if (code === 'TIMEOUT') {
    if (phase === 'tls') {
      return finding(
        'tls-handshake-timeout',
        `TLS handshake timed out: ${at} accepted the connection but sent no TLS answer`,
        'The port accepts TCP but does not speak TLS, or the server is overloaded',
        listener
      )
    }
    return finding(
      'tls-connect-timeout',
      `Connection timed out: ${at} did not answer (${phase === 'dns' ? 'DNS lookup' : 'TCP connect'})`,
      'The host is down, or a firewall drops the traffic',
      {
        text: `Check that ${endpoint.host} resolves and that port ${endpoint.port} is open to this runner.`
      }
    )
  }
  if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'].includes(code)) {
    return finding(
      'tls-dns-failed',
      `DNS lookup failed for ${endpoint.host}`,
      'The host name does not resolve',
      {
        text: `Check the host name, or add a DNS record for ${endpoint.host}. To test a server before DNS points at it, use the resolve input (${endpoint.host}:${endpoint.port}:ADDRESS).`
      }
    )
  }
  if (code === 'ECONNREFUSED') {
    return finding(
      'tls-connection-refused',
      `Connection refused by ${at}`,
      'Nothing listens on that port',
      {
        text: `Start the server, or check the port: wss:// defaults to 443, and a reverse proxy must listen with "listen ${endpoint.port} ssl;".`
      }
    )
  }
  if (['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'].includes(code)) {
    return finding('tls-unreachable', `Host unreachable: ${at}`, 'No network route to the host', {
      text: 'Check the address and the runner network; a private address is not reachable from GitHub-hosted runners.'
    })
  }
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|RECORD_LAYER_FAILURE/.test(code)) {
    return finding(
      'tls-not-tls',
      `Not a TLS port: ${at} answered in plain text`,
      'The port serves plain HTTP or ws://, not TLS',
      listener
    )
  }
  if (VERSION_MISMATCH.test(code)) {
    return finding(
      'tls-version-mismatch',
      `No TLS version in common with ${at}`,
      'TLS version mismatch: the server and the client (or proxy) support no common TLS version',
      { kind: 'tls-versions', host }
    )
  }
  if (/HANDSHAKE_FAILURE|UNRECOGNIZED_NAME|NO_SHARED_CIPHER/.test(code)) {
    return finding(
      'tls-handshake-refused',
      `TLS handshake refused by ${at}`,
      'The server refused the handshake: no shared cipher or TLS version, or no certificate configured for this server name (SNI)',
      { kind: 'tls-versions', host }
    )
  }
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return finding(
      'tls-connection-reset',
      `Connection closed by ${at} during the ${phase === 'tls' ? 'TLS handshake' : 'connect'}`,
      'The server or a middlebox dropped the connection: often a non-TLS port, or no certificate for this server name',
      listener
    )
  }
  return finding(
    'tls-failed',
    `TLS connection to ${at} failed (${code})`,
    'The TLS handshake could not be completed',
    {
      text: `Reproduce with: openssl s_client -connect ${endpoint.addresses[0] ?? endpoint.host}:${endpoint.port} -servername ${endpoint.host}`
    }
  )
}
