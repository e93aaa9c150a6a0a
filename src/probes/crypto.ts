// Weak keys in the chain: RSA keys under 2048 bits, EC keys under 256. Browsers still accept an
// RSA-1024 leaf while OpenSSL at security level 2 (Node 24, Debian) refuses it; `weak-crypto`
// makes these warnings, failures, or ignored. SHA-1 and MD5 signatures, which browsers always
// refuse, are the trust check's failures.
import type { CertificateInfo } from '../facts.js'
import type { Finding } from '../findings.js'
import type { Probe } from './probe.js'

const WEAK_SIGNATURE = /md5|sha1/i

interface Weakness {
  text: string
  /** No browser accepts it: a failure whatever weak-crypto says. */
  browsersRefuse?: boolean
}

/** Under this, every browser refuses an RSA key (Chromium and Firefox since 2015, badssl.com's
 * rsa512), and so does OpenSSL at any security level above 0. */
const BROWSER_MIN_RSA_BITS = 1024

function weaknesses(cert: CertificateInfo): Weakness[] {
  const found: Weakness[] = []
  const { type, bits } = cert.publicKey
  if (type === 'rsa' && bits !== undefined && bits < BROWSER_MIN_RSA_BITS)
    found.push({
      text: `a ${bits}-bit RSA key (at least 2048 needed; browsers refuse any under 1024)`,
      browsersRefuse: true
    })
  else if (type === 'rsa' && bits !== undefined && bits < 2048)
    found.push({
      text: `a ${bits}-bit RSA key (at least 2048 needed)`
    })
  if (type === 'ec' && bits !== undefined && bits < 256)
    found.push({
      text: `a ${bits}-bit EC key (at least 256 needed)`,
      browsersRefuse: true
    })
  return found
}

export const cryptoProbe: Probe = {
  check: 'crypto',
  // With weak-crypto off it still runs: what no browser accepts fails whatever the policy.
  applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
  run: ctx => {
    const chain = ctx.facts.handshake!.chain
    const policy = ctx.config.weakCrypto
    const findings: Finding[] = chain.flatMap((cert, i) =>
      weaknesses(cert)
        .filter(w => w.browsersRefuse || policy !== 'off')
        .map(({ text: weakness, browsersRefuse }) => ({
          check: 'crypto' as const,
          status: browsersRefuse || policy === 'fail' ? ('fail' as const) : ('warn' as const),
          title: `${i === 0 ? 'The certificate' : `${cert.selfIssued ? 'Root' : 'Intermediate'} "${cert.subject}"`} has ${weakness}`,
          details: [
            `${cert.subject}: ${cert.publicKey.type} ${cert.publicKey.bits ?? '?'} bits, signed with ${cert.signatureAlgorithm}.`
          ],
          cause: browsersRefuse
            ? 'A key so weak that every browser refuses the handshake (an RSA key under 1024 bits is factored in hours)'
            : 'A weak key in the certificate chain: current TLS libraries refuse it or will soon',
          fix: {
            text:
              i === 0
                ? 'Reissue the certificate with an ECDSA P-256 or RSA 2048+ key; CAs sign with SHA-256.'
                : "Serve the CA's current intermediate (2048+ bit key) in the chain: take a fresh fullchain.pem from the CA."
          }
        }))
    )
    const summary = chain.map(
      c =>
        `${c.subject}: ${c.publicKey.type} ${c.publicKey.bits ?? '?'} bits, ${c.signatureAlgorithm}`
    )
    if (findings.length > 0 || policy === 'off') return findings
    return [
      {
        check: 'crypto',
        status: 'pass',
        title: chain.some(c => !c.selfIssued && WEAK_SIGNATURE.test(c.signatureAlgorithm))
          ? 'Keys are strong (the SHA-1 or MD5 signature is a trust failure)'
          : 'Keys and signatures are strong',
        details: summary
      }
    ]
  }
}
