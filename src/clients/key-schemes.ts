// Whether the server's key can sign the handshake with a signature scheme a client offers: a
// key type or curve a client does not list (an id-RSASSA-PSS key for Go, Chromium and Firefox,
// a P-521 key for Chromium) fails the handshake however good the certificate is.
import type { CertificateInfo } from '../facts.js'
import type { ClientProfile } from './profile.js'
import { keyExchange } from './suites.js'

/** The ECDSA scheme of each curve in TLS 1.3 (RFC 8446 §4.2.3), and its group's IANA name,
 * which a TLS 1.2 client must offer for an ECDSA certificate to be chosen (RFC 8422 §5.1). */
const EC_CURVES: Readonly<Record<string, { scheme: string; group: string; name: string }>> = {
  prime256v1: { scheme: 'ecdsa_secp256r1_sha256', group: 'secp256r1', name: 'P-256' },
  secp384r1: { scheme: 'ecdsa_secp384r1_sha384', group: 'secp384r1', name: 'P-384' },
  secp521r1: { scheme: 'ecdsa_secp521r1_sha512', group: 'secp521r1', name: 'P-521' }
}

/** The schemes a key of this type can sign with over this TLS version; undefined where the key
 * is not one the rule knows (it is not judged). */
function signingSchemes(
  key: CertificateInfo['publicKey'],
  protocol: string
): { schemes: (s: string) => boolean; group?: string; name: string } | undefined {
  const tls13 = protocol === 'TLSv1.3'
  switch (key.type) {
    case 'rsa':
      // rsaEncryption keys: PSS with the "rsae" code points; PKCS #1 v1.5 before TLS 1.3.
      return {
        schemes: s => s.startsWith('rsa_pss_rsae_') || (!tls13 && s.startsWith('rsa_pkcs1_')),
        name: 'RSA'
      }
    case 'rsa-pss':
      // id-RSASSA-PSS keys sign only with the "pss" code points (RFC 8446 §4.2.3).
      return { schemes: s => s.startsWith('rsa_pss_pss_'), name: 'RSA-PSS (id-RSASSA-PSS)' }
    case 'ec': {
      const curve = key.curve ? EC_CURVES[key.curve] : undefined
      if (!curve) return undefined
      return tls13
        ? { schemes: s => s === curve.scheme, name: `ECDSA ${curve.name}` }
        : { schemes: s => s.startsWith('ecdsa_'), group: curve.group, name: `ECDSA ${curve.name}` }
    }
    case 'ed25519':
    case 'ed448':
      return { schemes: s => s === key.type, name: key.type === 'ed25519' ? 'Ed25519' : 'Ed448' }
    default:
      return undefined
  }
}

/** Why the client cannot take a handshake signed with this key over what it negotiates, or
 * undefined when it can (or nothing is signed: TLS 1.2 static RSA key exchange). */
export function unusableKey(
  profile: ClientProfile,
  key: CertificateInfo['publicKey'],
  protocol: string,
  cipher: string
): string | undefined {
  if (protocol !== 'TLSv1.3' && keyExchange(cipher) === 'RSA') return undefined
  const signing = signingSchemes(key, protocol)
  if (!signing) return undefined
  const { sigalgs, groups } = profile.offer
  if (!sigalgs.some(signing.schemes))
    return `the server's ${signing.name} key signs with no signature scheme it offers over ${protocol}`
  if (signing.group !== undefined && !groups.includes(signing.group))
    return `the server's ${signing.name} key is on a curve it does not offer (${signing.group})`
  return undefined
}
