// The certificate files a `tls <cert> <key>` line names, read when the repository holds them
// (relative to the workspace, then to the Caddyfile's folder; absolute paths as they are) to
// count what Caddy would send and which names the leaf covers.
import { X509Certificate } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g
const MAX_BYTES = 1024 * 1024

export type CertificateFile =
  | { readable: true; path: string; certificates: X509Certificate[]; blocks: number }
  | { readable: false; why: string }

/** The PEM certificates in `name` (as the tls line writes it). */
export function readCertificateFile(
  workspace: string,
  configFile: string,
  name: string
): CertificateFile {
  if (/\{/.test(name)) return { readable: false, why: 'a placeholder, filled in where Caddy runs' }
  const candidates = path.isAbsolute(name)
    ? [name]
    : [path.resolve(workspace, name), path.resolve(workspace, path.dirname(configFile), name)]
  for (const candidate of candidates) {
    try {
      const stat = statSync(candidate)
      // Never a device or a pipe (/dev/zero never ends): regular files of sane size only.
      if (!stat.isFile()) continue
      if (stat.size > MAX_BYTES) return { readable: false, why: 'larger than 1 MiB' }
      const text = readFileSync(candidate, 'utf8')
      const blocks = text.match(PEM_CERT) ?? []
      const certificates: X509Certificate[] = []
      for (const block of blocks) {
        try {
          certificates.push(new X509Certificate(block))
        } catch {
          // Counted as a block; a certificate Node cannot read is not judged.
        }
      }
      return { readable: true, path: candidate, certificates, blocks: blocks.length }
    } catch {
      // Next candidate.
    }
  }
  return { readable: false, why: 'not in the repository' }
}

/** A certificate that issued itself (a root, or a self-signed leaf): no chain to complete. */
export const selfIssued = (certificate: X509Certificate): boolean =>
  certificate.issuer === certificate.subject
