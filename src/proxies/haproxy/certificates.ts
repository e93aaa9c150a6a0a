// The certificates a bind line serves: each `crt` (a PEM holding the leaf, its intermediates
// and usually the key, or a directory of such PEMs) and each line of a `crt-list`. Relative
// names are taken from global's crt-base, as HAProxy does, then read from the workspace; a file
// that cannot be read (it lives on the server, not in the repository) gets no verdict.
import { X509Certificate } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { tokenizeLine } from './tokenize.js'

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

export type CertificateSource =
  | { name: string; kind: 'file'; certificates: X509Certificate[] }
  | { name: string; kind: 'directory' }
  | { name: string; kind: 'unreadable'; why: string }

/** `name` as HAProxy resolves it (crt-base for a relative one), then where to read it. */
function locate(name: string, base: string | undefined, workspace: string): string {
  const full = base && !path.isAbsolute(name) ? path.join(base, name) : name
  return path.isAbsolute(full) ? full : path.join(workspace, full)
}

export function readCertificateFile(
  name: string,
  base: string | undefined,
  workspace: string
): CertificateSource {
  const file = locate(name, base, workspace)
  try {
    if (statSync(file).isDirectory()) return { name, kind: 'directory' }
    const text = readFileSync(file, 'utf8')
    const certificates: X509Certificate[] = []
    for (const [pem] of text.matchAll(PEM_CERT)) {
      try {
        certificates.push(new X509Certificate(pem))
      } catch {
        // Not a certificate OpenSSL reads: HAProxy would refuse it too.
      }
    }
    return { name, kind: 'file', certificates }
  } catch (err) {
    return { name, kind: 'unreadable', why: (err as NodeJS.ErrnoException).code ?? 'unreadable' }
  }
}

/** The certificate files a crt-list names (its first word per line; `[…]` options follow). */
export function readCrtList(
  name: string,
  base: string | undefined,
  workspace: string
): { sources: CertificateSource[]; unreadable?: string } {
  let text: string
  try {
    text = readFileSync(locate(name, undefined, workspace), 'utf8')
  } catch (err) {
    return { sources: [], unreadable: (err as NodeJS.ErrnoException).code ?? 'unreadable' }
  }
  const sources: CertificateSource[] = []
  for (const line of text.split('\n')) {
    const first = tokenizeLine(line).words[0]
    if (first) sources.push(readCertificateFile(first, base, workspace))
  }
  return { sources }
}

/** A certificate that signs itself: alone, it is its whole chain. */
export function selfIssued(certificate: X509Certificate): boolean {
  return certificate.subject === certificate.issuer && certificate.checkIssued(certificate)
}
