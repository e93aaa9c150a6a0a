// A throwaway PKI for the demo and the tests: roots, intermediates and leaves with any names,
// dates, key type and signature hash, made with @peculiar/x509 on Node's WebCrypto.
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { webcrypto } from 'node:crypto'

type CryptoKey = webcrypto.CryptoKey
type CryptoKeyPair = webcrypto.CryptoKeyPair
type Algorithm = webcrypto.Algorithm

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0])

export type KeyType = 'ec-p256' | 'ec-p384' | 'rsa-2048' | 'rsa-1024' | 'rsa-512'
export type Hash = 'SHA-256' | 'SHA-384' | 'SHA-1'

export interface Issued {
  certificate: x509.X509Certificate
  certPem: string
  keyPem: string
  keys: CryptoKeyPair
  signingAlgorithm: Algorithm
}

export interface CertOptions {
  /** Subject common name. */
  commonName: string
  /** SAN entries: DNS names, or IP addresses (v4/v6). None: a CN-only certificate. */
  names?: string[]
  /** Validity relative to now, in days (negative: in the past). Defaults: -1 and +90. */
  validFromDays?: number
  validToDays?: number
  keyType?: KeyType
  hash?: Hash
  /** Revocation pointers for leaves: CRL distribution points and AIA OCSP responders. */
  crlUrls?: string[]
  ocspUrls?: string[]
  /** A client certificate (extended key usage clientAuth) instead of a server one. */
  clientAuth?: boolean
  /** AIA caIssuers: where a client may fetch the issuer's certificate. */
  caIssuersUrls?: string[]
  /** The key pair of an earlier certificate (`Issued.keys`), for a leaf: a fleet of distinct
   * certificates made fast, without a key generated for each. */
  reuseKeys?: Pick<Issued, 'keys' | 'signingAlgorithm' | 'keyPem'>
}

const DAY_MS = 86_400_000
let serial = Date.now()

function keyAlgorithm(
  type: KeyType,
  hash: Hash
): webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams {
  switch (type) {
    case 'ec-p256':
      return { name: 'ECDSA', namedCurve: 'P-256' }
    case 'ec-p384':
      return { name: 'ECDSA', namedCurve: 'P-384' }
    case 'rsa-2048':
    case 'rsa-1024':
    case 'rsa-512':
      return {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: Number(type.slice(4)),
        publicExponent: new Uint8Array([1, 0, 1]),
        hash
      }
  }
}

async function newKeys(
  options: CertOptions
): Promise<{ keys: CryptoKeyPair; signingAlgorithm: Algorithm }> {
  const hash = options.hash ?? 'SHA-256'
  const algorithm = keyAlgorithm(options.keyType ?? 'ec-p256', hash)
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, [
    'sign',
    'verify'
  ])) as CryptoKeyPair
  const signingAlgorithm =
    algorithm.name === 'ECDSA'
      ? ({ name: 'ECDSA', hash } as Algorithm)
      : ({ name: algorithm.name, hash } as Algorithm)
  return { keys, signingAlgorithm }
}

async function pkcs8Pem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key)).toString('base64')
  return `-----BEGIN PRIVATE KEY-----\n${der.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`
}

function dates(options: CertOptions): { notBefore: Date; notAfter: Date } {
  const now = Date.now()
  return {
    notBefore: new Date(now + (options.validFromDays ?? -1) * DAY_MS),
    notAfter: new Date(now + (options.validToDays ?? 90) * DAY_MS)
  }
}

/** Positive, minimal (no leading zero byte), unique within the process. */
function nextSerial(): string {
  serial++
  return `1${serial.toString(16).padStart(15, '0')}`
}

async function issued(
  certificate: x509.X509Certificate,
  keys: CryptoKeyPair,
  signingAlgorithm: Algorithm,
  keyPem?: string
): Promise<Issued> {
  // A trailing newline, so that PEMs can be concatenated into a chain.
  return {
    certificate,
    certPem: `${certificate.toString('pem')}\n`,
    keyPem: keyPem ?? (await pkcs8Pem(keys.privateKey)),
    keys,
    signingAlgorithm
  }
}

const CA_USAGE = x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign

/** A self-signed root CA. */
export async function createRoot(options: CertOptions): Promise<Issued> {
  const { keys, signingAlgorithm } = await newKeys(options)
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name: `CN=${options.commonName}`,
    ...dates({ validToDays: 3650, ...options }),
    signingAlgorithm,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(CA_USAGE, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)
    ]
  })
  return issued(certificate, keys, signingAlgorithm)
}

/** An intermediate CA signed by `issuer`. */
export async function createIntermediate(issuer: Issued, options: CertOptions): Promise<Issued> {
  return issue(issuer, { validToDays: 1825, ...options }, [
    new x509.BasicConstraintsExtension(true, 0, true),
    new x509.KeyUsagesExtension(CA_USAGE, true)
  ])
}

/** A server certificate signed by `issuer`. */
export async function createLeaf(issuer: Issued, options: CertOptions): Promise<Issued> {
  return issue(issuer, options, leafExtensions(options))
}

/** A self-signed server certificate ("self-signed in production"). */
export async function createSelfSignedLeaf(options: CertOptions): Promise<Issued> {
  const { keys, signingAlgorithm } = await newKeys(options)
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name: `CN=${options.commonName}`,
    ...dates(options),
    signingAlgorithm,
    keys,
    extensions: leafExtensions(options)
  })
  return issued(certificate, keys, signingAlgorithm)
}

function leafExtensions(options: CertOptions): x509.Extension[] {
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(
      x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
      true
    ),
    new x509.ExtendedKeyUsageExtension([
      options.clientAuth ? x509.ExtendedKeyUsage.clientAuth : x509.ExtendedKeyUsage.serverAuth
    ])
  ]
  if (options.crlUrls?.length)
    extensions.push(new x509.CRLDistributionPointsExtension(options.crlUrls))
  if (options.ocspUrls?.length || options.caIssuersUrls?.length)
    extensions.push(
      new x509.AuthorityInfoAccessExtension({
        ocsp: options.ocspUrls,
        caIssuers: options.caIssuersUrls
      })
    )
  const names = options.names ?? []
  if (names.length > 0) {
    extensions.push(
      new x509.SubjectAlternativeNameExtension(
        names.map(value => ({
          type: /^[\d.]+$|:/.test(value) ? ('ip' as const) : ('dns' as const),
          value
        }))
      )
    )
  }
  return extensions
}

async function issue(
  issuer: Issued,
  options: CertOptions,
  extensions: x509.Extension[]
): Promise<Issued> {
  const { keys, signingAlgorithm } = options.reuseKeys ?? (await newKeys(options))
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: nextSerial(),
    subject: `CN=${options.commonName}`,
    issuer: issuer.certificate.subject,
    ...dates(options),
    // The issuer's key signs, with the hash this certificate asks for (SHA-1 for weak-crypto cases).
    signingAlgorithm: { ...issuer.signingAlgorithm, hash: options.hash ?? 'SHA-256' } as Algorithm,
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    extensions: [
      ...extensions,
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.certificate, false)
    ]
  })
  return issued(certificate, keys, signingAlgorithm, options.reuseKeys?.keyPem)
}

export interface RevokedEntry {
  certificate: Issued
  revokedDaysAgo?: number
  reason?: x509.X509CrlReason
}

/** A CRL (DER) signed by `issuer`, valid from yesterday for `nextUpdateDays`. */
export async function createCrl(
  issuer: Issued,
  revoked: RevokedEntry[],
  nextUpdateDays = 7
): Promise<Buffer> {
  const now = Date.now()
  const crl = await x509.X509CrlGenerator.create({
    issuer: issuer.certificate.subject,
    thisUpdate: new Date(now - DAY_MS),
    nextUpdate: new Date(now + nextUpdateDays * DAY_MS),
    signingAlgorithm: issuer.signingAlgorithm,
    signingKey: issuer.keys.privateKey,
    entries: revoked.map(r => ({
      serialNumber: r.certificate.certificate.serialNumber,
      revocationDate: new Date(now - (r.revokedDaysAgo ?? 1) * DAY_MS),
      reason: r.reason ?? x509.X509CrlReason.keyCompromise
    }))
  })
  return Buffer.from(crl.rawData)
}
