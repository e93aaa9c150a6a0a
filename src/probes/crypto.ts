// Weak crypto in the chain: RSA keys under 2048 bits, EC keys under 256, and SHA-1 or MD5
// signatures on certificates other than roots (a root's own signature is never checked).
// Browsers reject most of these; `weak-crypto` makes them warnings, failures, or ignored.
import type { CertificateInfo } from '../facts.js'
import type { Finding } from '../findings.js'
import type { Probe } from './probe.js'

const WEAK_SIGNATURE = /md5|sha1/i

function weaknesses(cert: CertificateInfo): string[] {
  const found: string[] = []
  const { type, bits } = cert.publicKey
  if (type === 'rsa' && bits !== undefined && bits < 2048)
    found.push(`a ${bits}-bit RSA key (at least 2048 needed)`)
  if (type === 'ec' && bits !== undefined && bits < 256)
    found.push(`a ${bits}-bit EC key (at least 256 needed)`)
  if (!cert.selfIssued && WEAK_SIGNATURE.test(cert.signatureAlgorithm))
    found.push(`a ${cert.signatureAlgorithm} signature (SHA-1 and MD5 are broken)`)
  return found
}

export const cryptoProbe: Probe = {
  check: 'crypto',
  applies: ctx => ctx.config.weakCrypto !== 'off' && (ctx.facts.handshake?.chain.length ?? 0) > 0,
  run: ctx => {
    const chain = ctx.facts.handshake!.chain
    const status = ctx.config.weakCrypto === 'fail' ? 'fail' : 'warn'
    const findings: Finding[] = chain.flatMap((cert, i) =>
      weaknesses(cert).map(weakness => ({
        check: 'crypto' as const,
        status,
        title: `${i === 0 ? 'The certificate' : `${cert.selfIssued ? 'Root' : 'Intermediate'} "${cert.subject}"`} has ${weakness}`,
        details: [
          `${cert.subject}: ${cert.publicKey.type} ${cert.publicKey.bits ?? '?'} bits, signed with ${cert.signatureAlgorithm}.`
        ],
        cause:
          'Weak cryptography in the certificate chain: current browsers and TLS libraries refuse it or will soon',
        fix: {
          text:
            i === 0
              ? 'Reissue the certificate with an ECDSA P-256 or RSA 2048+ key; CAs sign with SHA-256.'
              : "Serve the CA's current intermediate (SHA-256, 2048+ bit key) in the chain: take a fresh fullchain.pem from the CA."
        }
      }))
    )
    const summary = chain.map(
      c =>
        `${c.subject}: ${c.publicKey.type} ${c.publicKey.bits ?? '?'} bits, ${c.signatureAlgorithm}`
    )
    return findings.length > 0
      ? findings
      : [
          {
            check: 'crypto',
            status: 'pass',
            title: 'Keys and signatures are strong',
            details: summary
          }
        ]
  }
}
