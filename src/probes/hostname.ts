// Does the leaf certificate cover the host name? Node's own rules (tls.checkServerIdentity):
// SAN first, CN only without SANs, one-label wildcards, IP SANs for IP targets.
import tls, { type PeerCertificate } from 'node:tls'
import { coveredNames } from '../facts.js'
import { coverHostnameFix } from '../remedies.js'
import type { Probe } from './probe.js'

export const hostnameProbe: Probe = {
  check: 'hostname',
  applies: ctx => (ctx.facts.handshake?.chain.length ?? 0) > 0,
  run: ctx => {
    const host = ctx.target.endpoint!.host
    const leaf = ctx.facts.handshake!.chain[0]
    const identity = {
      subject: leaf.commonName === undefined ? undefined : { CN: leaf.commonName },
      subjectaltname: leaf.subjectAltNames.join(', ')
    } as unknown as PeerCertificate
    const mismatch = tls.checkServerIdentity(host, identity)
    const names = coveredNames(leaf)
    const covers = names.length > 0 ? names.join(', ') : `no SAN; CN=${leaf.commonName ?? '(none)'}`
    if (!mismatch) {
      return [{ check: 'hostname', status: 'pass', title: `Certificate covers ${host}`, details: [`Names: ${covers}`] }]
    }
    return [
      {
        check: 'hostname',
        status: 'fail',
        title: `Certificate does not cover ${host}: it is for ${covers}`,
        details: [
          `Names the certificate covers: ${covers}`,
          "Browsers show net::ERR_CERT_COMMON_NAME_INVALID; openssl s_client shows 'verify error:num=62:Hostname mismatch'."
        ],
        cause: 'The SSL certificate does not cover the WebSocket server hostname (missing SAN or wildcard)',
        fix: coverHostnameFix(host, names)
      }
    ]
  }
}
