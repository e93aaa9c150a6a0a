// Does the socket's certificate cover the run's wss:// targets on its port? Judged only when the
// certificate file is at hand and no $HTTP["host"] condition gives that host its own (SNI).
import { isIP } from 'node:net'
import type { ConfigCheckOptions } from '../proxy.js'
import { commonName, readPem } from './certificates.js'
import { text, type Scope, type Setting } from './evaluate.js'
import { certificateFix } from './fix.js'
import type { Push } from './report.js'
import { hostMatches } from './routes.js'

export function checkHostnames(
  pemfile: Setting,
  port: number | undefined,
  sni: readonly Scope[],
  options: ConfigCheckOptions,
  push: Push
): void {
  const file = text(pemfile.value) ?? ''
  const hosts = options.targets
    .map(t => t.endpoint)
    .filter(e => e?.scheme === 'wss' && e.port === port)
    .map(e => e!.host)
    .filter(h => !sni.some(s => hostMatches(s.operator, s.pattern, h)))
  if (hosts.length === 0 || pemfile.value.type !== 'string' || !pemfile.value.exact) return
  const leaf = readPem(options.workspace, file)?.certificates[0]
  if (!leaf) return
  for (const host of new Set(hosts)) {
    if ((isIP(host) ? leaf.checkIP(host) : leaf.checkHost(host)) !== undefined) continue
    push(
      'fail',
      'proxy-config-certificate-name',
      `the certificate of ssl.pemfile does not cover ${host}`,
      pemfile,
      {
        details: [
          `${file}: ${commonName(leaf)}; ${leaf.subjectAltName ?? 'no subject alternative names'}.`,
          `wss://${host}:${port} is served by this socket, and no $HTTP["host"] condition gives ${host} its own certificate.`
        ],
        cause:
          'Clients check that the certificate names the host they asked for; browsers and Node refuse the handshake otherwise',
        fix: certificateFix(host)
      }
    )
  }
}
