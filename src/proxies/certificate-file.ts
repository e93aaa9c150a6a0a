// A certificate file a proxy configuration names, read when the repository holds it: how many
// certificates it has, and whether it is a leaf without its issuer (the chain left out). Only
// regular files inside the workspace and under 1 MiB are read: a configuration in a pull request
// must not make the check read the runner's files, or wait on a FIFO.
import { X509Certificate } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const MAX_BYTES = 1024 * 1024
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g

export interface CertificateFile {
  /** Certificates in the file (a key in the same file is not counted). */
  certificates: number
  /** One certificate, not self-issued: the leaf without the intermediates that link it to a root. */
  leafOnly: boolean
}

/** The file's certificates, or undefined when it is not in the workspace or not readable. */
export function readCertificateFile(workspace: string, file: string): CertificateFile | undefined {
  const root = path.resolve(workspace)
  const resolved = path.resolve(root, file)
  // Absolute paths name the server's files; the repository may keep them below its root.
  const candidates = path.isAbsolute(file)
    ? [resolved, path.join(root, file)].filter(p => p.startsWith(root + path.sep))
    : [resolved].filter(p => p.startsWith(root + path.sep))
  for (const candidate of candidates) {
    try {
      const stat = statSync(candidate)
      if (!stat.isFile() || stat.size > MAX_BYTES) continue
      const pems = readFileSync(candidate, 'utf8').match(PEM_CERTIFICATE) ?? []
      if (pems.length === 0) continue
      return { certificates: pems.length, leafOnly: pems.length === 1 && !selfIssued(pems[0]) }
    } catch {
      // not there, or not readable: no verdict from the file
    }
  }
  return undefined
}

function selfIssued(pem: string): boolean {
  try {
    const certificate = new X509Certificate(pem)
    return certificate.issuer === certificate.subject
  } catch {
    return false
  }
}
