// The PEM files ssl.pemfile and ssl.ca-file name, read when they are at hand (absolute, or
// relative to the workspace): how many certificates, which issues which. Only counts and
// names leave this file, never key material.
import { X509Certificate } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export interface PemFile {
  certificates: X509Certificate[]
  hasKey: boolean
}

const MAX_BYTES = 1024 * 1024
const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g

/** The file's certificates, or undefined when it cannot be read here. */
export function readPem(workspace: string, file: string): PemFile | undefined {
  const full = path.isAbsolute(file) ? file : path.resolve(workspace, file)
  try {
    if (statSync(full).size > MAX_BYTES) return undefined
    const text = readFileSync(full, 'utf8')
    const certificates: X509Certificate[] = []
    for (const [pem] of text.matchAll(CERTIFICATE)) {
      try {
        certificates.push(new X509Certificate(pem))
      } catch {
        // not a certificate OpenSSL can read: lighttpd would refuse it too
      }
    }
    return { certificates, hasKey: /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) }
  } catch {
    return undefined
  }
}

/** Issued by itself (a root, or a self-signed leaf): lighttpd builds no chain for it. */
export function selfIssued(certificate: X509Certificate): boolean {
  return certificate.subject === certificate.issuer
}

/** The subject's common name, or the whole subject, for a detail line. */
export function commonName(certificate: X509Certificate): string {
  return /(?:^|\n)CN=([^\n]*)/.exec(certificate.subject)?.[1] ?? certificate.subject
}
