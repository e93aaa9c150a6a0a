// Revoked certificates. Sources in order: an OCSP response the
// server stapled, the CRL the leaf names (the common path since Let's Encrypt ended OCSP), the
// OCSP responder it names. Revoked always fails; an unknown status warns (soft) or fails (hard).
// An answer that cannot be used (malformed, wrongly signed, for another certificate, stale) is
// reported as such: a bad staple is the server's misconfiguration even when a CRL answers.
import { isoDate } from '../dates.js'
import { certificateExtension, pemBase64 } from '../der.js'
import type { Finding } from '../findings.js'
import { reissueFix } from '../remedies.js'
import type { LeafRevocation } from '../revocation/check.js'
import { decides, type RevocationStatus } from '../revocation/status.js'
import type { Probe, ProbeContext } from './probe.js'

type Good = Extract<RevocationStatus, { status: 'good' }>
type Undecided = Extract<RevocationStatus, { status: 'unknown' | 'unusable' }>

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
    if (!ocspStaple && !namesRevocationSource(chain[0].pem)) return [noSource()]
    // Loaded on first use: runs without a revocation check never load the ASN.1 parsers.
    const { leafRevocation } = await import('../revocation/check.js')
    const answers = await leafRevocation(
      { cache: ctx.revocation, now: ctx.now, timeoutMs: ctx.config.timeoutMs },
      chain,
      ocspStaple
    )
    if (!answers) return [noSource()]
    const all = asked(answers)
    const verdict = all.find(decides) ?? all[all.length - 1]
    ctx.facts.revocation = {
      status: verdict.status === 'unusable' ? 'unknown' : verdict.status,
      source: verdict.source
    }
    return [judge(ctx, answers)]
  }
}

function noSource(): Finding {
  return {
    check: 'revocation',
    code: 'revocation-no-source',
    status: 'pass',
    title:
      'The certificate names no CRL or OCSP responder, and none was stapled: clients cannot check it either'
  }
}

/** Whether the leaf has a CRL distribution points or an authority information access extension
 * (read in the DER): without either, and without a staple, there is nothing to ask, and the ASN.1
 * parsers are not loaded (a private PKI's certificates often name neither). */
function namesRevocationSource(pem: string): boolean {
  const der = Buffer.from(pemBase64(pem), 'base64')
  return [CRL_DISTRIBUTION_POINTS, AUTHORITY_INFO_ACCESS].some(
    oid => certificateExtension(der, oid) !== undefined
  )
}

const CRL_DISTRIBUTION_POINTS = '2.5.29.31'
const AUTHORITY_INFO_ACCESS = '1.3.6.1.5.5.7.1.1'

/** Every answer, the staple's first. */
function asked({ staple, fetched }: LeafRevocation): RevocationStatus[] {
  return staple ? [staple, ...fetched] : fetched
}

function judge(ctx: ProbeContext, answers: LeafRevocation): Finding {
  const all = asked(answers)
  const decisive = all.find(decides)
  const badStaple = answers.staple && !decides(answers.staple) ? answers.staple : undefined
  if (decisive?.status === 'revoked') return revokedFinding(ctx, decisive, badStaple)
  if (decisive && badStaple) return badStapleFinding(badStaple, decisive)
  if (decisive)
    return {
      check: 'revocation',
      code: 'revocation-ok',
      status: 'pass',
      title: `Not revoked (${decisive.source}, issued ${isoDate(decisive.thisUpdate)})`
    }
  return undecidedFinding(
    ctx,
    all.filter((a): a is Undecided => !decides(a)),
    badStaple
  )
}

function revokedFinding(
  ctx: ProbeContext,
  revoked: Extract<RevocationStatus, { status: 'revoked' }>,
  badStaple: Undecided | undefined
): Finding {
  return {
    check: 'revocation',
    code: 'revocation-revoked',
    status: 'fail',
    title: `Certificate revoked on ${isoDate(revoked.revokedAt)}${revoked.reason ? ` (${revoked.reason})` : ''}`,
    details: [`Source: ${revoked.source}.`, ...(badStaple ? [`${sentence(badStaple.why)}.`] : [])],
    cause: 'The certificate has been revoked: browsers that check revocation refuse it',
    fix: reissueFix(ctx.target.endpoint!.host)
  }
}

/** Another source answered, so the status is known; the staple is still the server's fault. */
function badStapleFinding(badStaple: Undecided, good: Good): Finding {
  return {
    check: 'revocation',
    code: 'revocation-bad-staple',
    status: 'warn',
    title: sentence(badStaple.why),
    details: [
      `The certificate is not revoked: the ${good.source} says so (issued ${isoDate(good.thisUpdate)}).`
    ],
    ...STAPLE_REMEDY
  }
}

/** No source decided: the first to name is a bad staple (the server's to fix), else the last
 * source asked; the others follow in the details. */
function undecidedFinding(
  ctx: ProbeContext,
  answers: Undecided[],
  badStaple: Undecided | undefined
): Finding {
  const hard = ctx.config.revocation === 'hard'
  const lead = badStaple ?? answers[answers.length - 1]
  return {
    check: 'revocation',
    code: badStaple
      ? 'revocation-bad-staple'
      : lead.status === 'unusable'
        ? 'revocation-unusable-answer'
        : 'revocation-unknown',
    status: hard ? 'fail' : 'warn',
    title: badStaple ? sentence(badStaple.why) : `Revocation status unknown: ${lead.why}`,
    details: [
      ...(badStaple ? [] : [`Source: ${lead.source}.`]),
      ...answers.filter(a => a !== lead).map(a => `${sentence(a.why)} (${a.source}).`),
      `revocation: ${ctx.config.revocation} makes this a ${hard ? 'failure' : 'warning'}.`
    ],
    ...(badStaple
      ? STAPLE_REMEDY
      : lead.status === 'unusable'
        ? UNUSABLE_SOURCE_REMEDY
        : UNREACHABLE_SOURCE_REMEDY)
  }
}

const STAPLE_REMEDY: Pick<Finding, 'cause' | 'fix'> = {
  cause:
    'The server staples an OCSP response that clients cannot use: at best they ignore it (Chromium does), at worst they refuse the connection (Firefox refuses a stapled response that does not verify)',
  fix: {
    text: 'Make the server staple a current response from the issuer’s own OCSP responder, for the certificate it serves, or turn stapling off. nginx fetches and verifies it itself with ssl_stapling on; ssl_stapling_verify on; and the issuer in ssl_trusted_certificate; a response kept in a file (nginx ssl_stapling_file, HAProxy’s .ocsp) must be renewed before its nextUpdate and replaced with the certificate.'
  }
}

const UNUSABLE_SOURCE_REMEDY: Pick<Finding, 'cause' | 'fix'> = {
  cause:
    "The certificate's revocation source answers, but with data that cannot be used (malformed, signed by the wrong key, for another certificate, or stale)",
  fix: {
    text: 'Fetch the answer yourself to see what is served (openssl crl -inform DER -text -in the CRL; openssl ocsp -issuer issuer.pem -cert leaf.pem -url the responder), and tell the CA when its source serves it so; a proxy between the runner and the source may also rewrite it. Serving a stapled OCSP response (nginx: ssl_stapling on; ssl_stapling_verify on;) spares clients the lookup.'
  }
}

const UNREACHABLE_SOURCE_REMEDY: Pick<Finding, 'cause' | 'fix'> = {
  cause: "The certificate's revocation source cannot be reached or does not give a valid answer",
  fix: {
    text: 'Check that the CRL distribution point or OCSP responder is reachable from the runner; serving a stapled OCSP response (nginx: ssl_stapling on; ssl_stapling_verify on;) spares clients the lookup.'
  }
}

/** A clause as a sentence: its first letter upper-case. */
function sentence(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1)
}
