// The certificate chain lighttpd sends, as mod_openssl (1.4.69) builds it and as measured on the
// real server: every certificate of ssl.pemfile when it holds more than the leaf; else, when
// ssl.ca-file (or its alias ssl.verifyclient.ca-file) is set, the chain OpenSSL builds from
// that file (no root), and if the file lacks the leaf's issuer every handshake fails
// ("building cert chain", internal_error alert); else the leaf alone. Files are read when at
// hand; otherwise certbot's names tell (cert.pem is the leaf, chain.pem the intermediates).
import path from 'node:path'
import { commonName, readPem, selfIssued } from './certificates.js'
import { effective, text, type Scope, type Setting } from './evaluate.js'
import { fullChainFix } from './fix.js'
import type { Push } from './report.js'

const CAUSE =
  'Only the full chain (the leaf, then the intermediates) lets every client build a path to a trusted root; Firefox, Safari, Node and curl do not fetch a missing intermediate'

/** The CA file in effect for `scope`: ssl.ca-file, or its 1.4.69 alias. */
export function caFile(scope: Scope): Setting | undefined {
  return effective(scope, 'ssl.ca-file') ?? effective(scope, 'ssl.verifyclient.ca-file')
}

export function checkChain(
  pemfile: Setting,
  scope: Scope,
  host: string,
  workspace: string,
  push: Push
): void {
  const pemPath = text(pemfile.value) ?? ''
  const ca = caFile(scope)
  const caPath = ca ? text(ca.value) : undefined
  const fix = fullChainFix(host)
  const leafAlone = (details: string[]): void =>
    push(
      'fail',
      'proxy-config-full-chain',
      `ssl.pemfile ${pemPath} holds the leaf alone and no ssl.ca-file names the intermediates: lighttpd sends the leaf without them`,
      pemfile,
      { details, cause: CAUSE, fix }
    )
  const exact = pemfile.value.type === 'string' && pemfile.value.exact
  const pem = exact ? readPem(workspace, pemPath) : undefined
  if (!pem) {
    // Not at hand: certbot's file names tell.
    const name = path.posix.basename(pemPath)
    if (name === 'chain.pem')
      push(
        'fail',
        'proxy-config-full-chain',
        'ssl.pemfile chain.pem serves the intermediates without the leaf',
        pemfile,
        {
          details: [`ssl.pemfile = "${pemPath}"`],
          cause: CAUSE,
          fix
        }
      )
    else if (name === 'cert.pem' && !ca)
      leafAlone([
        `ssl.pemfile = "${pemPath}" (certbot's cert.pem is the leaf alone), and no ssl.ca-file.`
      ])
    return
  }
  const [leaf, ...rest] = pem.certificates
  if (!leaf) {
    push(
      'warn',
      'proxy-config-certificate-file',
      `ssl.pemfile ${pemPath} holds no certificate: lighttpd will not start`,
      pemfile,
      {
        fix
      }
    )
    return
  }
  if (rest.length > 0 || selfIssued(leaf)) return
  if (!ca) {
    leafAlone([
      `${pemPath}: 1 certificate (${commonName(leaf)}, issued by ${issuerName(leaf.issuer)}).`,
      'Without ssl.ca-file, lighttpd sends what ssl.pemfile holds.'
    ])
    return
  }
  const caPem =
    caPath && ca.value.type === 'string' && ca.value.exact ? readPem(workspace, caPath) : undefined
  if (!caPem) return
  if (caPem.certificates.some(c => leaf.checkIssued(c))) return
  push(
    'fail',
    'proxy-config-full-chain',
    `ssl.ca-file ${caPath} lacks the issuer of the leaf: lighttpd cannot build the chain and fails every TLS handshake`,
    ca,
    {
      details: [
        `${pemPath}: the leaf alone (${commonName(leaf)}, issued by ${issuerName(leaf.issuer)}).`,
        `${caPath}: ${caPem.certificates.map(commonName).join(', ') || 'no certificate'}.`,
        'With the leaf alone in ssl.pemfile, lighttpd builds the chain from ssl.ca-file; when that fails it aborts the handshake (alert internal_error).'
      ],
      cause: CAUSE,
      fix
    }
  )
}

function issuerName(issuer: string): string {
  return /(?:^|\n)CN=([^\n]*)/.exec(issuer)?.[1] ?? issuer
}
