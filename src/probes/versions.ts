// The TLS version matrix: which of 1.0–1.3 the server accepts, judged by min-tls-version,
// require-tls-versions and fail-on-legacy-tls. The default handshake already answers for 1.2/1.3,
// so only the versions it could not tell are asked, concurrently (and 1.2 for the chain).
import {
  TLS_VERSIONS,
  type ConnectFailure,
  type HandshakeFacts,
  type TlsVersion,
  type VersionCell,
  type VersionSupport
} from '../facts.js'
import type { Finding, Status } from '../findings.js'
import { clientCertificateRefused } from './client-auth.js'
import { handshake } from './handshake.js'
import { hello } from './hello.js'
import type { ContextVariant } from '../trust-store.js'
import type { Probe, ProbeContext } from './probe.js'

const LABEL: Record<TlsVersion, string> = {
  TLSv1: '1.0',
  'TLSv1.1': '1.1',
  'TLSv1.2': '1.2',
  'TLSv1.3': '1.3'
}
/** What a client offering exactly these versions (adjacent ones) sends. OpenSSL 3 refuses
 * 1.0/1.1 at its default security level, so asking for them needs SECLEVEL=0, on these probe
 * connections only. */
function offer(versions: TlsVersion[]): ContextVariant {
  return {
    minVersion: versions[0],
    maxVersion: versions[versions.length - 1],
    ...(versions.some(isLegacy) ? { ciphers: 'DEFAULT@SECLEVEL=0' } : {})
  }
}

/** OpenSSL's words for "no version (or cipher) in common". */
export const VERSION_MISMATCH =
  /PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW|VERSION_TOO_HIGH/

const REFUSAL =
  /PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW|VERSION_TOO_HIGH|HANDSHAKE_FAILURE|NO_SHARED_CIPHER|NO_CIPHERS|ECONNRESET|WRONG_VERSION_NUMBER|INSUFFICIENT_SECURITY/

function support(failure: ConnectFailure): VersionSupport {
  // The version was agreed on: only the client certificate stood in the way.
  if (clientCertificateRefused(failure)) return 'accepted'
  return failure.phase === 'tls' && REFUSAL.test(failure.code) ? 'refused' : 'unknown'
}

/** What the default handshake (offering 1.2 and 1.3) proves: the server picks its highest. */
function known(
  handshakeFacts: HandshakeFacts | undefined
): Partial<Record<TlsVersion, VersionSupport>> {
  if (handshakeFacts?.protocol === 'TLSv1.3') return { 'TLSv1.3': 'accepted' }
  if (handshakeFacts?.protocol === 'TLSv1.2') return { 'TLSv1.2': 'accepted', 'TLSv1.3': 'refused' }
  return {}
}

export const versionsProbe: Probe = {
  check: 'versions',
  // After a failed default handshake, only when the server refused the versions offered.
  applies: ctx =>
    ctx.facts.handshake !== undefined ||
    VERSION_MISMATCH.test(ctx.facts.handshakeFailure?.code ?? ''),
  run: async ctx => {
    const endpoint = ctx.target.endpoint!
    const timeoutMs = ctx.config.timeoutMs
    const matrix = known(ctx.facts.handshake)
    // Up to 1.2 a ClientHello and the server's first flight in clear answer (hello.ts); 1.3
    // is asked with a whole handshake, and only when the default one failed.
    const ask = (versions: TlsVersion[], readFlight = false): Promise<Answer> =>
      hello(endpoint, {
        timeoutMs,
        offer: ctx.trust.context(offer(versions)),
        versions,
        readFlight
      })
    const single = async (version: TlsVersion): Promise<void> => {
      if (version === 'TLSv1.3') {
        const result = await handshake(endpoint, {
          timeoutMs,
          secureContext: ctx.trust.context(offer([version])),
          readChain: false
        })
        matrix[version] = result.ok ? 'accepted' : support(result.failure)
        return
      }
      // The 1.2 answer also shows the chain as sent, for the chain probe.
      const result = await ask([version], version === 'TLSv1.2')
      if (result.ok && result.certificates)
        ctx.facts.sentChain = result.certificates.map(der => der.toString('base64'))
      matrix[version] ??= verdict(result)
    }
    const legacy = matrix.TLSv1 === undefined && matrix['TLSv1.1'] === undefined
    await Promise.all([
      // 1.2 even when the default handshake proved it: its answer carries the chain as sent.
      ...TLS_VERSIONS.filter(
        v => (matrix[v] === undefined || v === 'TLSv1.2') && !(legacy && isLegacy(v))
      ).map(single),
      ...(legacy ? [legacyVersions(ask, single, matrix)] : [])
    ])
    return judge(ctx, matrix as Record<TlsVersion, VersionSupport>)
  }
}

type Answer = Awaited<ReturnType<typeof hello>>

const verdict = (answer: Answer): VersionSupport =>
  answer.ok ? 'accepted' : support(answer.failure)

const isLegacy = (version: TlsVersion): boolean => version === 'TLSv1' || version === 'TLSv1.1'

/** TLS 1.0 and 1.1 in one hello offering both: the server takes its highest, so a refusal
 * answers for both, and 1.0 needs asking on its own only when 1.1 was taken (most servers
 * refuse both: one question instead of two). */
async function legacyVersions(
  ask: (versions: TlsVersion[]) => Promise<Answer>,
  single: (version: TlsVersion) => Promise<void>,
  matrix: Partial<Record<TlsVersion, VersionSupport>>
): Promise<void> {
  const result = await ask(['TLSv1', 'TLSv1.1'])
  const both = verdict(result)
  if (both !== 'accepted') {
    matrix.TLSv1 = both
    matrix['TLSv1.1'] = both
  } else if (result.ok && result.protocol === 'TLSv1') {
    matrix.TLSv1 = 'accepted'
    matrix['TLSv1.1'] = 'refused'
  } else if (result.ok) {
    matrix['TLSv1.1'] = 'accepted'
    await single('TLSv1')
  } else {
    // A version was agreed but not named (a client certificate stood in the way): ask each.
    await Promise.all([single('TLSv1'), single('TLSv1.1')])
  }
}

function judge(ctx: ProbeContext, matrix: Record<TlsVersion, VersionSupport>): Finding[] {
  const { minTlsVersion, requireTlsVersions, failOnLegacyTls } = ctx.config
  const legacyStatus: Status = failOnLegacyTls ? 'fail' : 'warn'
  const cells = {} as Record<TlsVersion, VersionCell>
  for (const version of TLS_VERSIONS) {
    const accepted = matrix[version] === 'accepted'
    const legacy = TLS_VERSIONS.indexOf(version) < TLS_VERSIONS.indexOf(minTlsVersion)
    const required = requireTlsVersions.includes(version)
    const status: Status = accepted
      ? legacy
        ? legacyStatus
        : 'pass'
      : required
        ? 'fail'
        : version === 'TLSv1.2' && matrix[version] === 'refused'
          ? 'warn'
          : 'pass'
    cells[version] = { support: matrix[version], status }
  }
  ctx.facts.versions = cells
  const list = (versions: TlsVersion[]): string => versions.map(v => LABEL[v]).join(', ')
  const pick = (test: (v: TlsVersion) => boolean): TlsVersion[] => TLS_VERSIONS.filter(test)
  const accepted = pick(v => matrix[v] === 'accepted')
  const details = [
    `Accepted: ${list(accepted) || 'none'}; refused: ${list(pick(v => matrix[v] === 'refused')) || 'none'}${pick(v => matrix[v] === 'unknown').length ? `; unknown (no answer): ${list(pick(v => matrix[v] === 'unknown'))}` : ''}.`
  ]
  const host = ctx.target.endpoint!.host
  if (accepted.length === 0) {
    const title = `${host} accepts none of TLS 1.0, 1.1, 1.2 and 1.3`
    return [
      {
        check: 'versions',
        code: 'versions-none',
        status: 'fail',
        title,
        details,
        cause: 'TLS version mismatch: no TLS version in common',
        problem: { kind: 'tls-versions', host }
      }
    ]
  }
  const findings: Finding[] = []

  const missing = pick(v => requireTlsVersions.includes(v) && matrix[v] !== 'accepted')
  if (missing.length > 0) {
    findings.push({
      check: 'versions',
      code: 'versions-required-missing',
      status: 'fail',
      title: `Does not accept TLS ${list(missing)}, which require-tls-versions requires`,
      details,
      cause:
        'TLS version mismatch: the server and its clients or proxies share no version the policy requires',
      problem: { kind: 'tls-versions', host }
    })
  }
  const legacy = pick(v => matrix[v] === 'accepted' && cells[v].status !== 'pass')
  if (legacy.length > 0) {
    findings.push({
      check: 'versions',
      code: 'versions-legacy',
      status: legacyStatus,
      title: `Accepts legacy TLS ${list(legacy)} (below min-tls-version ${LABEL[minTlsVersion]})`,
      details,
      cause:
        'Old TLS versions with weak ciphers are still enabled: a downgrade risk that browsers no longer need',
      problem: { kind: 'tls-versions', host }
    })
  }
  if (matrix['TLSv1.2'] === 'refused' && !requireTlsVersions.includes('TLSv1.2')) {
    findings.push({
      check: 'versions',
      code: 'versions-no-tls12',
      status: 'warn',
      title: `Refuses TLS 1.2: clients and proxies that stop at TLS 1.2 cannot connect to ${host}`,
      details: [
        ...details,
        'Still common at TLS 1.2: Java 8 and Android before 10, .NET on Windows Server 2019 and older, and many corporate TLS-inspecting proxies and load balancers.'
      ],
      cause:
        'TLS version mismatch: the server requires TLS 1.3 but a client or proxy only supports TLS 1.2',
      problem: { kind: 'tls-versions', host }
    })
  }
  if (findings.length === 0) {
    const note =
      matrix['TLSv1.3'] === 'accepted'
        ? []
        : ['No TLS 1.3: enabling it (ssl_protocols TLSv1.2 TLSv1.3) makes handshakes faster.']
    findings.push({
      check: 'versions',
      code: 'versions-ok',
      status: 'pass',
      title: `Accepts TLS ${list(accepted)}`,
      details: [...details, ...note]
    })
  }
  return findings
}
