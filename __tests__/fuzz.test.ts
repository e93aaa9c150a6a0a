// Property tests over what a server controls: the Certificate message bytes and the
// certificate DER. Parsers must be total: no input makes them throw (X509 construction aside,
// which the caller handles), and what they return stays within what they were given.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { X509Certificate } from 'node:crypto'
import fc from 'fast-check'
import { dateWithDaysLeft, daysLeft, isoDate } from '../src/dates.js'
import { createLeaf, createRoot } from '../src/demo/pki.js'
import { certificateExtension } from '../src/der.js'
import { certificateInfo, INVALID_TIME, oneLineDN } from '../src/facts.js'
import { keyExchangeParams, ServerFlightReader } from '../src/probes/server-flight.js'

const RUNS = { numRuns: 300 }

/** Feeds `bytes` to a reader in the chunks `cuts` makes. */
function read(bytes: Uint8Array, cuts: number[] = []): Buffer[] | undefined {
  const reader = new ServerFlightReader()
  const points = [...new Set(cuts.map(c => c % (bytes.length + 1)))].sort((a, b) => a - b)
  let from = 0
  for (const to of [...points, bytes.length]) {
    reader.push(Buffer.from(bytes.subarray(from, to)))
    from = to
  }
  return reader.certificates
}

const uint24 = (n: number): Buffer => Buffer.from([(n >> 16) & 255, (n >> 8) & 255, n & 255])

/** A TLS 1.2 handshake record stream carrying a Certificate message with `certs`, split into
 * records of at most `recordSize` bytes. */
function certificateRecords(certs: Uint8Array[], recordSize: number): Buffer {
  const list = Buffer.concat(certs.map(c => Buffer.concat([uint24(c.length), c])))
  const body = Buffer.concat([uint24(list.length), list])
  const message = Buffer.concat([Buffer.from([11]), uint24(body.length), body])
  const records: Buffer[] = []
  for (let i = 0; i < message.length; i += recordSize) {
    const fragment = message.subarray(i, i + recordSize)
    records.push(Buffer.from([22, 3, 3, fragment.length >> 8, fragment.length & 255]), fragment)
  }
  return Buffer.concat(records)
}

const blobs = fc.array(fc.uint8Array({ minLength: 0, maxLength: 300 }), { maxLength: 4 })
const cuts = fc.array(fc.nat(), { maxLength: 6 })

describe('ServerFlightReader', () => {
  test('random bytes in random chunks: never throws; any result fits in the input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1500 }), cuts, (bytes, at) => {
        const certs = read(bytes, at)
        if (certs === undefined) return
        expect(certs.reduce((n, c) => n + c.length, 0)).toBeLessThanOrEqual(bytes.length)
      }),
      RUNS
    )
  })

  test('Certificate messages whose lengths lie, in handshake records: never throws', () => {
    // Record and message framing right, every length inside free: the 10-byte answer
    // 16 03 03 00 05 0b 00 00 01 00 is one of these.
    const message = fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.uint8Array({ maxLength: 12 }))
      .map(([length, body]) => Buffer.concat([Buffer.from([11]), uint24(length), body]))
    const record = message.map(m =>
      Buffer.concat([Buffer.from([22, 3, 3, m.length >> 8, m.length & 255]), m])
    )
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), cuts, (records, at) => {
        const bytes = Buffer.concat(records)
        const certs = read(bytes, at)
        if (certs === undefined) return
        // A message may run on into the next record, so a certificate need not be contiguous.
        expect(certs.reduce((n, c) => n + c.length, 0)).toBeLessThanOrEqual(bytes.length)
      }),
      RUNS
    )
  })

  test('a well-formed message in any records and chunks: exactly the certificates sent', () => {
    fc.assert(
      fc.property(blobs, fc.integer({ min: 1, max: 2000 }), cuts, (certs, size, at) => {
        const got = read(certificateRecords(certs, size), at)
        expect(got?.map(c => Buffer.from(c).toString('hex'))).toEqual(
          certs.map(c => Buffer.from(c).toString('hex'))
        )
      }),
      RUNS
    )
  })

  test('a truncated or mutated message: never throws; any result is certificates of the input', () => {
    fc.assert(
      fc.property(
        blobs,
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        (certs, keep, flips) => {
          // One record, so that every certificate's bytes are contiguous in the input.
          const bytes = certificateRecords(certs, 16_384)
          for (const [at, value] of flips) bytes[at % bytes.length] = value
          const cut = bytes.subarray(0, keep % (bytes.length + 1))
          const got = read(cut)
          if (got === undefined) return
          for (const der of got) expect(cut.includes(der) || der.length === 0).toBe(true)
        }
      ),
      RUNS
    )
  })
})

describe('ServerHello and ServerKeyExchange (offer replays)', () => {
  /** A handshake record holding one message of `type` whose body is `body`. */
  const oneMessage = (type: number, body: Uint8Array): Buffer => {
    const message = Buffer.concat([Buffer.from([type]), uint24(body.length), body])
    return Buffer.concat([
      Buffer.from([22, 3, 3, message.length >> 8, message.length & 255]),
      message
    ])
  }
  const body = fc.uint8Array({ maxLength: 120 })

  test('ServerHellos whose lengths lie, in random chunks: never throws', () => {
    // The fixed part right (version, random, no session id, a suite), the extensions free.
    const hello = body.map(extensions =>
      oneMessage(
        2,
        Buffer.concat([
          Buffer.from([3, 3]),
          Buffer.alloc(32),
          Buffer.from([0, 0xc0, 0x2f, 0]),
          extensions
        ])
      )
    )
    fc.assert(
      fc.property(hello, cuts, (bytes, at) => {
        const reader = new ServerFlightReader()
        for (const chunk of [bytes.subarray(0, at[0] ?? 0), bytes.subarray(at[0] ?? 0)])
          reader.push(Buffer.from(chunk))
        expect(reader.protocol).toBe('TLSv1.2')
      }),
      RUNS
    )
  })

  test('any ServerKeyExchange body: never throws; a DH prime is no longer than the body', () => {
    fc.assert(
      fc.property(body, fc.constantFrom('ECDHE' as const, 'DHE' as const), (bytes, kind) => {
        const params = keyExchangeParams(Buffer.from(bytes), kind)
        if (params && 'dhBits' in params)
          expect(params.dhBits).toBeLessThanOrEqual(bytes.length * 8)
      }),
      RUNS
    )
  })
})

describe('certificateInfo', () => {
  let real: Buffer[]
  beforeAll(async () => {
    const root = await createRoot({ commonName: 'Fuzz Root', keyType: 'rsa-2048' })
    const leaf = await createLeaf(root, {
      commonName: 'fuzz.test',
      names: ['fuzz.test', '127.0.0.1']
    })
    real = [root, leaf].map(c => Buffer.from(c.certificate.rawData))
  })

  /** certificateInfo on bytes X509Certificate accepts; true when it refused them. */
  function infoIfParsed(der: Buffer): boolean {
    try {
      new X509Certificate(der)
    } catch {
      return true // the caller's case: construction failed, nothing to format
    }
    const info = certificateInfo(der)
    for (const time of [info.validFrom, info.validTo])
      expect(time === INVALID_TIME || !Number.isNaN(Date.parse(time))).toBe(true)
    expect(typeof info.subject).toBe('string')
    expect(typeof info.issuer).toBe('string')
    return false
  }

  test('random DER: never throws past X509 construction', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), bytes => {
        infoIfParsed(Buffer.from(bytes))
      }),
      RUNS
    )
  })

  test('truncated real certificates: never throw past X509 construction', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 1 }), (keep, which) => {
        const der = real[which]
        infoIfParsed(der.subarray(0, keep % der.length))
      }),
      RUNS
    )
  })

  test('real certificates with bytes changed: never throw past X509 construction, and some still parse', () => {
    let parsed = 0
    fc.assert(
      fc.property(
        fc.nat({ max: 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 3
        }),
        (which, flips) => {
          const der = Buffer.from(real[which])
          for (const [at, value] of flips) der[at % der.length] = value
          if (!infoIfParsed(der)) parsed++
        }
      ),
      { numRuns: 300 }
    )
    // Mutations inside names, times and signatures keep the DER well-formed.
    expect(parsed).toBeGreaterThan(0)
  })
})

describe('dates and names', () => {
  test('date formatting is total, invalid dates included', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: false }), fc.date(), (end, now) => {
        expect(typeof isoDate(end)).toBe('string')
        expect(typeof dateWithDaysLeft(end, now)).toBe('string')
        expect(Number.isNaN(daysLeft(end, now)) && !Number.isNaN(end.getTime())).toBe(false)
      }),
      RUNS
    )
    expect(isoDate(new Date(NaN))).toBe('invalid date')
    expect(dateWithDaysLeft(new Date(NaN), new Date())).toBe('not a valid time')
  })

  test('a DN on one line: any text, or the empty DN', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: undefined }), dn => {
        expect(oneLineDN(dn)).not.toContain('\n')
      }),
      RUNS
    )
    expect(oneLineDN(undefined)).toBe('(empty subject)')
    expect(oneLineDN('CN=a\nO=b')).toBe('CN=a, O=b')
  })
})

describe('certificateExtension (der.ts)', () => {
  let withUrls: Buffer
  beforeAll(async () => {
    const root = await createRoot({ commonName: 'Fuzz Root' })
    const leaf = await createLeaf(root, {
      commonName: 'urls.test',
      names: ['urls.test'],
      crlUrls: ['http://crl.urls.test/ca.crl'],
      ocspUrls: ['http://ocsp.urls.test/']
    })
    withUrls = Buffer.from(leaf.certificate.rawData)
  })

  test('finds the CRL and OCSP URLs a certificate names, and none where it names none', async () => {
    const { crlUrls, ocspUrls } = await import('../src/revocation/certificate.js')
    expect(crlUrls(withUrls)).toEqual(['http://crl.urls.test/ca.crl'])
    expect(ocspUrls(withUrls)).toEqual(['http://ocsp.urls.test/'])
    const plain = await createRoot({ commonName: 'No URLs' })
    expect(crlUrls(Buffer.from(plain.certificate.rawData))).toEqual([])
  })

  test('any bytes, and the certificate with bytes changed or cut: never throws, stays inside', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
        fc.uint8Array({ maxLength: 200 }),
        (flips, keep, noise) => {
          const der = Buffer.from(withUrls)
          for (const [at, value] of flips) der[at % der.length] = value
          for (const bytes of [der, der.subarray(0, keep % der.length), Buffer.from(noise)]) {
            const value = certificateExtension(bytes, '2.5.29.31')
            if (value) expect(value.length).toBeLessThanOrEqual(bytes.length)
          }
        }
      ),
      RUNS
    )
  })
})
