// Whether a certificate file a proxy serves holds the full chain (the leaf, then its
// intermediates): counted when the file is in the repository and readable, else judged by its
// name the way certbot names them (cert.pem is the leaf alone, chain.pem the intermediates alone).
import { X509Certificate } from 'node:crypto'
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g
/** Larger files are not certificate chains; they are judged by name instead. */
const MAX_BYTES = 1024 * 1024

export type ChainVerdict =
  /** The leaf and at least one certificate after it, in order (or a self-signed one). */
  | 'full'
  /** One certificate, issued by another: its intermediates are missing. */
  | 'leaf-only'
  /** Intermediates without the leaf (certbot's chain.pem), or a CA first. */
  | 'chain-only'
  /** The second certificate did not issue the first. */
  | 'out-of-order'
  /** Read, and no PEM certificate in it. */
  | 'empty'
  /** Neither readable nor named like a certbot file: nothing to say. */
  | 'unknown'

export interface ChainJudgement {
  verdict: ChainVerdict
  /** 'read' when the certificates were counted, 'name' when judged by the file name. */
  how: 'read' | 'name' | 'none'
  /** The facts, one line: "2 certificates: CN=api.example.com, then CN=Example CA". */
  detail: string
}

/** Reads `file` (relative to the workspace, or to the configuration file's folder) when it is
 * a regular file inside the workspace, or takes it as inline PEM; otherwise judges its name. */
export function judgeCertificateFile(
  file: string,
  workspace: string,
  configPath: string
): ChainJudgement {
  if (file.includes('-----BEGIN')) return judgePem(file, 'inline PEM')
  const pem = readInWorkspace(file, workspace, configPath)
  if (pem !== undefined) return judgePem(pem, file)
  const name = path.posix.basename(file.replace(/\\/g, '/'))
  if (name === 'cert.pem')
    return {
      verdict: 'leaf-only',
      how: 'name',
      detail: `${file}: certbot's cert.pem is the leaf alone (fullchain.pem adds the intermediates)`
    }
  if (name === 'chain.pem')
    return {
      verdict: 'chain-only',
      how: 'name',
      detail: `${file}: certbot's chain.pem holds the intermediates without the leaf`
    }
  return {
    verdict: 'unknown',
    how: 'none',
    detail: `${file}: not read (outside the repository or missing)`
  }
}

function readInWorkspace(file: string, workspace: string, configPath: string): string | undefined {
  let root: string
  try {
    root = realpathSync(workspace)
  } catch {
    return undefined
  }
  const candidates = path.isAbsolute(file)
    ? [file]
    : [path.resolve(root, file), path.resolve(root, path.dirname(configPath), file)]
  for (const candidate of candidates) {
    try {
      const real = realpathSync(candidate)
      if (real !== root && !real.startsWith(root + path.sep)) continue
      const stat = statSync(real)
      if (!stat.isFile() || stat.size > MAX_BYTES) continue
      const buffer = Buffer.alloc(stat.size)
      const fd = openSync(real, 'r')
      try {
        readSync(fd, buffer, 0, stat.size, 0)
      } finally {
        closeSync(fd)
      }
      return buffer.toString('latin1')
    } catch {
      continue
    }
  }
  return undefined
}

function subjectName(certificate: X509Certificate): string {
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(certificate.subject)?.[1]
  return cn ? `CN=${cn}` : certificate.subject.split('\n').join(', ') || '(no subject)'
}

function judgePem(pem: string, where: string): ChainJudgement {
  const blocks = pem.match(PEM_CERT) ?? []
  if (blocks.length === 0)
    return { verdict: 'empty', how: 'read', detail: `${where}: no PEM certificate in it` }
  const parsed: X509Certificate[] = []
  for (const block of blocks) {
    try {
      parsed.push(new X509Certificate(block))
    } catch {
      return {
        verdict: 'unknown',
        how: 'read',
        detail: `${where}: a certificate in it cannot be read`
      }
    }
  }
  const names = parsed.map(subjectName)
  const count = `${parsed.length} certificate${parsed.length === 1 ? '' : 's'}: ${names.join(', then ')}`
  const [first, second] = parsed
  if (first.ca)
    return {
      verdict: 'chain-only',
      how: 'read',
      detail: `${where}: ${count} (a CA first, not the leaf)`
    }
  if (!second) {
    if (first.checkIssued(first))
      return { verdict: 'full', how: 'read', detail: `${where}: ${count} (self-signed)` }
    const issuer = /(?:^|\n)CN=([^\n]*)/.exec(first.issuer)?.[1]
    return {
      verdict: 'leaf-only',
      how: 'read',
      detail: `${where}: ${count}, issued by ${issuer ? `CN=${issuer}` : 'another certificate'}, which is not in the file`
    }
  }
  if (!first.checkIssued(second))
    return {
      verdict: 'out-of-order',
      how: 'read',
      detail: `${where}: ${count}; the second did not issue the first`
    }
  return { verdict: 'full', how: 'read', detail: `${where}: ${count}` }
}
