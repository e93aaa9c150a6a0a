// Distinct leaf certificates for a benchmark fleet of thousands, made in milliseconds: one leaf
// made with the demo PKI is the template; each host's copy differs in its name (written with the
// same length) and serial number, and is signed again with the issuer's key (one ECDSA signature).
// Every copy is a certificate like the template's, for its own host, valid under the same chain.
import { createPrivateKey, sign, X509Certificate } from 'node:crypto'
import { derElement } from '../src/der.js'
import type { Issued } from '../src/demo/pki.js'

/** DER length bytes of `n`. */
function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let left = n; left > 0; left = Math.floor(left / 256)) bytes.unshift(left & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

const element = (tag: number, content: Buffer): Buffer =>
  Buffer.concat([Buffer.from([tag]), derLength(content.length), content])

/** `make(host, n)`: the template leaf (issued to `templateHost` by `issuer`, an EC key) for `host`
 * (as long as `templateHost`) with serial number n, as PEM. */
export function leafCopier(
  template: Issued,
  templateHost: string,
  issuer: Issued
): (host: string, n: number) => string {
  const der = Buffer.from(template.certificate.rawData)
  const certificate = derElement(der, 0, 0x30)!
  const tbs = derElement(der, certificate.start, 0x30)!
  const tbsDer = der.subarray(certificate.start, tbs.end)
  const algorithm = der.subarray(tbs.end, derElement(der, tbs.end, 0x30)!.end)
  const version = derElement(der, tbs.start, 0xa0)!
  const serial = derElement(der, version.end, 0x02)!
  const serialAt = serial.start - certificate.start
  const serialLength = serial.end - serial.start
  const key = createPrivateKey(issuer.keyPem)
  const name = Buffer.from(templateHost)
  return (host, n) => {
    if (host.length !== templateHost.length) throw new Error(`${host}: not ${name.length} long`)
    const copy = Buffer.from(tbsDer)
    // Every place the name appears (subject CN, subjectAltName).
    for (let at = copy.indexOf(name); at >= 0; at = copy.indexOf(name, at + name.length))
      copy.write(host, at, 'latin1')
    // A positive serial of the template's length: 0x10 first, n in the last bytes.
    copy.fill(0, serialAt, serialAt + serialLength)
    copy[serialAt] = 0x10
    copy.writeUIntBE(n, serialAt + serialLength - 6, 6)
    const signature = sign('sha256', copy, { key, dsaEncoding: 'der' })
    const bits = element(0x03, Buffer.concat([Buffer.from([0]), signature]))
    const out = element(0x30, Buffer.concat([copy, algorithm, bits]))
    // Lines of 64, no empty one before the end when the length is a multiple of 64 (OpenSSL's
    // PEM reader, nginx's, refuses it; Node's accepts it).
    const lines = out
      .toString('base64')
      .match(/.{1,64}/g)!
      .join('\n')
    return `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`
  }
}

/** Checks a copy the way a client would: it parses, names `host` and verifies under `issuer`. */
export function checkCopy(pem: string, host: string, issuer: Issued): void {
  const copy = new X509Certificate(pem)
  if (!copy.checkHost(host) || !copy.verify(new X509Certificate(issuer.certPem).publicKey))
    throw new Error(`the copy for ${host} does not name it or does not verify`)
}
