// Revoked certificates, the field guide's third cause. Sources in order: an OCSP response the
// server stapled, the CRL the leaf names (the common path since Let's Encrypt ended OCSP), the
// OCSP responder it names. Revoked always fails; an unknown status warns (soft) or fails (hard).
import { isoDate } from '../dates.js'
import type { Finding } from '../findings.js'
import { reissueFix } from '../remedies.js'
import type { RevocationStatus } from '../revocation/status.js'
import type { Probe, ProbeContext } from './probe.js'

export const revocationProbe: Probe = {
  check: 'revocation',
  // Only a chain that verified: the CRL and OCSP URLs come from the certificate, and a forged
  // one could send requests anywhere. The issuer must be known to check its answer.
  applies: ctx =>
    ctx.config.revocation !== 'off' &&
    ctx.facts.handshake?.authorized === true &&
    ctx.facts.handshake.chain.length >= 2,
  run: async ctx => {
    const { chain, ocspStaple } = ctx.facts.handshake!
    // Loaded on first use: runs without a revocation check never load the ASN.1 parsers.
    const { leafRevocation } = await import('../revocation/check.js')
    const status = await leafRevocation(
      { cache: ctx.revocation, now: ctx.now, timeoutMs: ctx.config.timeoutMs },
      chain,
      ocspStaple
    )
    if (!status) {
      return [
        {
          check: 'revocation',
          status: 'pass',
          title:
            'The certificate names no CRL or OCSP responder, and none was stapled: clients cannot check it either'
        }
      ]
    }
    ctx.facts.revocation = { status: status.status, source: status.source }
    return [judge(ctx, status)]
  }
}

function judge(ctx: ProbeContext, status: RevocationStatus): Finding {
  const host = ctx.target.endpoint!.host
  switch (status.status) {
    case 'revoked':
      return {
        check: 'revocation',
        status: 'fail',
        title: `Certificate revoked on ${isoDate(status.revokedAt)}${status.reason ? ` (${status.reason})` : ''}`,
        details: [`Source: ${status.source}.`],
        cause: 'The certificate has been revoked: browsers that check revocation refuse it',
        fix: reissueFix(host)
      }
    case 'good':
      return {
        check: 'revocation',
        status: 'pass',
        title: `Not revoked (${status.source}, issued ${isoDate(status.thisUpdate)})`
      }
    case 'unknown': {
      const hard = ctx.config.revocation === 'hard'
      return {
        check: 'revocation',
        status: hard ? 'fail' : 'warn',
        title: `Revocation status unknown: ${status.why}`,
        details: [
          `Source: ${status.source}.`,
          `revocation: ${ctx.config.revocation} makes this a ${hard ? 'failure' : 'warning'}.`
        ],
        cause:
          "The certificate's revocation source cannot be reached or does not give a valid answer",
        fix: {
          text: 'Check that the CRL distribution point or OCSP responder is reachable from the runner; serving a stapled OCSP response (nginx: ssl_stapling on; ssl_stapling_verify on;) spares clients the lookup.'
        }
      }
    }
  }
}
