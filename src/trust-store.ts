// The roots a probe trusts (Node's built-in roots plus `ca-file`) and the client certificate it
// presents (`client-cert`/`client-key`), as TLS contexts built once per run (and per variant of
// the offer, which trusts no root): connections share them. The extra CAs are added to Node's
// own root store (parsed once per process, copied for this context only) rather than passed as
// `ca` with every root's PEM, which parses ~150 certificates again (20 ms against 1.5 ms).
import { createHash } from 'node:crypto'
import tls from 'node:tls'
import { pemBase64 } from './der.js'

/** A client certificate for mutual TLS: PEM chain and key, the key's passphrase if any. */
export interface ClientCertificate {
  cert: string
  key: string
  passphrase?: string
}

/** What a probe changes about the offer: TLS versions and cipher suites. */
export type ContextVariant = Pick<
  tls.SecureContextOptions,
  'minVersion' | 'maxVersion' | 'ciphers' | 'ecdhCurve' | 'sigalgs'
> & { ciphersuites?: string }

export interface TrustStore {
  /** For tls.connect; undefined keeps Node's default context (built-in roots, no client
   * certificate). */
  secureContext?: tls.SecureContext
  /** A context with the same client certificate that offers only `variant` and trusts no
   * root: for handshakes that judge the version or cipher, not the chain. Without roots the
   * chain never verifies, so Node does not read it for its hostname check either (a large share
   * of a handshake's CPU). */
  context(variant: ContextVariant): tls.SecureContext
  /** Whether a certificate (by SHA-256 fingerprint) is one of the trusted roots. */
  isTrustedRoot(fingerprint256: string): boolean
}

export function createTrustStore(extraCAs: string[], client?: ClientCertificate): TrustStore {
  const all = [...tls.rootCertificates, ...extraCAs]
  let fingerprints: Set<string> | undefined
  const contexts = new Map<string, tls.SecureContext>()
  return {
    secureContext: extraCAs.length > 0 || client ? withRoots(extraCAs, client) : undefined,
    context: variant => {
      const key = JSON.stringify(variant)
      let built = contexts.get(key)
      if (!built) {
        // `ca: []` replaces Node's roots with none.
        built = tls.createSecureContext({ ...(client ?? {}), ca: [], ...variant })
        contexts.set(key, built)
      }
      return built
    },
    isTrustedRoot: fingerprint256 => {
      fingerprints ??= new Set(all.map(pemFingerprint256))
      return fingerprints.has(fingerprint256)
    }
  }
}

/** Node's roots (no `ca`: the process's parsed store) plus `extraCAs`, added one by one the way
 * `ca` adds them; OpenSSL copies the shared store for this context before the first one is added,
 * so nothing outside this context trusts them. */
function withRoots(extraCAs: string[], client?: ClientCertificate): tls.SecureContext {
  const built = tls.createSecureContext(client)
  for (const pem of extraCAs) (built.context as { addCACert(pem: string): void }).addCACert(pem)
  return built
}

/** SHA-256 of the DER, formatted like X509Certificate#fingerprint256 (without parsing it). */
function pemFingerprint256(pem: string): string {
  const der = Buffer.from(pemBase64(pem), 'base64')
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':')
}
