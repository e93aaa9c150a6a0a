// Every address of a host must serve the same healthy endpoint: behind a load balancer, one
// node still serving the old (or a wrong) certificate fails a share of users. Compares each
// other address's handshake with the first one's and judges a differing certificate.
import { isoDate } from '../dates.js'
import type { CertificateInfo, HandshakeFacts } from '../facts.js'
import type { Finding } from '../findings.js'
import { judgeHostname } from './hostname.js'
import type { Probe, ProbeContext } from './probe.js'

export const addressesProbe: Probe = {
  check: 'addresses',
  applies: ctx => (ctx.facts.otherAddresses?.length ?? 0) > 0,
  run: ctx => {
    const others = ctx.facts.otherAddresses!
    const primary = ctx.facts.handshake
    const first =
      primary?.remoteAddress ?? ctx.facts.handshakeFailure?.address ?? 'the first address'
    const findings = others.flatMap(({ address, handshake, failure }): Finding[] => {
      if (failure) {
        return [
          {
            check: 'addresses',
            code: 'addresses-handshake-failed',
            status: 'warn',
            title: `${address} does not complete a TLS handshake (${failure.code}) while ${first} does`,
            details: [failure.message],
            cause: 'One address of the host is down or misconfigured: clients that pick it fail',
            fix: { text: `Repair or remove ${address} from DNS (or the load balancer pool).` }
          }
        ]
      }
      return compare(ctx, address, handshake!, primary, first)
    })
    const all = [first, ...others.map(o => o.address)].join(', ')
    const unchecked = ctx.facts.uncheckedAddresses ?? 0
    if (unchecked > 0) {
      findings.push({
        check: 'addresses',
        code: 'addresses-unchecked',
        status: 'warn',
        title: `${unchecked} more address${unchecked === 1 ? ' was' : 'es were'} not checked: at most ${others.length + 1} addresses per host are`,
        details: [`Checked: ${all}.`],
        cause: 'A node among the unchecked addresses could serve a different certificate',
        fix: {
          text: 'Check the rest in further runs (a resolve line per group of addresses), or shrink the pool behind the name.'
        }
      })
    }
    return findings.length > 0
      ? findings
      : [
          {
            check: 'addresses',
            code: 'addresses-ok',
            status: 'pass',
            title: `All ${others.length + 1} addresses serve the same certificate (${all})`
          }
        ]
  }
}

function compare(
  ctx: ProbeContext,
  address: string,
  other: HandshakeFacts,
  primary: HandshakeFacts | undefined,
  first: string
): Finding[] {
  const leaf = other.chain[0]
  if (!leaf || (primary && primary.chain[0]?.fingerprint256 === leaf.fingerprint256)) return []
  const problems = problemsOf(ctx, other, leaf)
  const describe = `${leaf.subject}, serial ${leaf.serialNumber}, valid until ${isoDate(new Date(leaf.validTo))}`
  const base = primary?.chain[0]
    ? `${first} serves ${primary.chain[0].subject}, serial ${primary.chain[0].serialNumber}, valid until ${isoDate(new Date(primary.chain[0].validTo))}.`
    : `${first} did not complete a handshake.`
  return [
    {
      check: 'addresses',
      code: problems.length > 0 ? 'addresses-failing-certificate' : 'addresses-other-certificate',
      status: problems.length > 0 ? 'fail' : 'warn',
      title:
        problems.length > 0
          ? `${address} serves a different certificate that fails: ${problems[0]}`
          : `${address} serves a different certificate than ${first}`,
      details: [`${address} serves ${describe}.`, base, ...problems.slice(1)],
      cause:
        'The addresses behind this host name serve different certificates: one node (or load balancer) was not updated',
      fix: {
        text: `Install the current certificate (fullchain.pem) on the node at ${address} and reload it, or take it out of DNS and the load balancer pool.`
      }
    }
  ]
}

/** What is wrong with another address's certificate, by the same rules as the main checks. */
function problemsOf(ctx: ProbeContext, other: HandshakeFacts, leaf: CertificateInfo): string[] {
  const problems: string[] = []
  if (!other.authorized && other.verifyError !== 'CERT_HAS_EXPIRED')
    problems.push(`not trusted (${other.verifyError})`)
  const hostname = judgeHostname(ctx.target.endpoint!.host, leaf)
  if (hostname.status === 'fail') problems.push(hostname.title)
  if (ctx.now >= new Date(leaf.validTo))
    problems.push(`expired on ${isoDate(new Date(leaf.validTo))}`)
  return problems
}
