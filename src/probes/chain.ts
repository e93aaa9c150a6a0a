// The chain as the server sends it (read in clear from the versions probe's TLS 1.2 hello, see
// hello.ts): the leaf first, then each certificate's issuer in turn. Certificates out
// of that order, or not part of the path at all, confuse some clients (and bloat every
// handshake): warnings with the order that was sent.
import { X509Certificate } from 'node:crypto'
import { pemBase64 } from '../der.js'
import { oneLineDN, type CertificateInfo } from '../facts.js'
import type { Finding } from '../findings.js'
import type { Probe } from './probe.js'

const name = (cert: X509Certificate): string => oneLineDN(cert.subject)

/** Indices of the certificates on the issuer path from the leaf (index 0). */
function issuerPath(certs: X509Certificate[]): number[] {
  const path = [0]
  let current = certs[0]
  while (current.subject !== current.issuer) {
    const next = certs.findIndex(
      (c, i) => !path.includes(i) && current.checkIssued(c) && current.verify(c.publicKey)
    )
    if (next < 0) break
    path.push(next)
    current = certs[next]
  }
  return path
}

export const chainProbe: Probe = {
  check: 'chain',
  // After the versions probe, whose TLS 1.2 hello reads the chain.
  applies: ctx => ctx.facts.handshake !== undefined,
  run: ctx => {
    const endpoint = ctx.target.endpoint!
    const sentChain = ctx.facts.sentChain ?? []
    if (sentChain.length === 0) {
      const why =
        ctx.facts.versions?.['TLSv1.2'].support === 'refused'
          ? 'the server speaks only TLS 1.3, which encrypts the certificates'
          : 'the TLS 1.2 answer did not carry it'
      return [
        {
          check: 'chain',
          code: 'chain-unreadable',
          status: 'pass',
          title: 'The order of the sent chain could not be read',
          details: [`It is only visible over TLS 1.2: ${why}.`]
        }
      ]
    }
    const { authorized, chain } = ctx.facts.handshake!
    const asVerified = authorized ? verifiedPrefix(chain, sentChain) : undefined
    if (asVerified) {
      const last = asVerified[asVerified.length - 1]
      return [
        inOrder(
          asVerified.map(c => c.subject),
          last.selfIssued && asVerified.length > 1
        )
      ]
    }
    const certs = sentChain.map(b64 => new X509Certificate(Buffer.from(b64, 'base64')))
    const path = issuerPath(certs)
    const sent = certs.map(name)
    const details = [`Sent, in order: ${sent.join(' | ')}.`]
    const findings: Finding[] = []
    const extras = certs.filter((_, i) => !path.includes(i))
    if (extras.length > 0) {
      findings.push({
        check: 'chain',
        code: 'chain-extra-certificates',
        status: 'warn',
        title: `The server sends ${extras.length} certificate${extras.length === 1 ? ' that is' : 's that are'} not part of the chain: ${extras.map(name).join('; ')}`,
        details,
        cause:
          'The certificate file holds certificates that do not belong to this chain (an old intermediate, another site)',
        problem: { kind: 'full-chain', host: endpoint.host }
      })
    }
    if (path.some((index, position) => index !== position)) {
      findings.push({
        check: 'chain',
        code: 'chain-out-of-order',
        status: 'warn',
        title: `Chain sent out of order: ${path.map(i => name(certs[i])).join(' → ')} is the issuer order, but the server sends ${sent.join(', ')}`,
        details,
        cause:
          'The certificates in the chain file are not leaf first, then each issuer: strict clients fail to build the path',
        problem: { kind: 'full-chain', host: endpoint.host }
      })
    }
    if (findings.length > 0) return findings
    const root = certs[path[path.length - 1]]
    return [inOrder(sent, root.subject === root.issuer && path.length > 1)]
  }
}

function inOrder(sent: string[], rootSent: boolean): Finding {
  return {
    check: 'chain',
    code: 'chain-ok',
    status: 'pass',
    title: `Chain sent in order: ${sent.join(' → ')}`,
    details: [
      `Sent, in order: ${sent.join(' | ')}.`,
      ...(rootSent ? ['The root is sent too: harmless, but clients ignore it.'] : [])
    ]
  }
}

/** The handshake's chain, when it verified and the server sent exactly its first certificates
 * in that order: OpenSSL already checked that each one issued the one before, so there is
 * nothing to parse or verify again (the common case, read without an X.509 parse). */
function verifiedPrefix(
  chain: readonly CertificateInfo[],
  sent: readonly string[]
): readonly CertificateInfo[] | undefined {
  if (sent.length > chain.length) return undefined
  return sent.every((der, i) => pemBase64(chain[i].pem) === der)
    ? chain.slice(0, sent.length)
    : undefined
}
