// Just enough DER (X.690) to read single fields of a certificate without an ASN.1 library:
// most runs need one OID or one extension, and a full parse of every certificate costs far more.
// Every length is checked against the bytes there; anything malformed reads as undefined.

/** A PEM certificate's base64 body (its DER in base64): no armour lines, no line breaks. */
export function pemBase64(pem: string): string {
  return pem.replace(/-----[^-]+-----|\s/g, '')
}

/** The DER element at `offset` if it has the tag (any tag when undefined) and fits in `der`: where its content starts
 * and ends. Definite lengths only (DER), at most 4 length bytes. */
export function derElement(
  der: Buffer,
  offset: number,
  tag?: number
): { start: number; end: number } | undefined {
  if (offset + 2 > der.length || (tag !== undefined && der[offset] !== tag)) return undefined
  let length = der[offset + 1]
  let start = offset + 2
  if (length & 0x80) {
    const bytes = length & 0x7f
    if (bytes === 0 || bytes > 4 || start + bytes > der.length) return undefined
    length = der.readUIntBE(start, bytes)
    start += bytes
  }
  const end = start + length
  return end <= der.length ? { start, end } : undefined
}

/** An OBJECT IDENTIFIER's content bytes as "1.2.840…"; undefined when malformed. */
export function oidText(bytes: Buffer): string | undefined {
  if (bytes.length === 0 || bytes[bytes.length - 1] & 0x80) return undefined
  const arcs: number[] = []
  let value = 0
  for (const byte of bytes) {
    if (value === 0 && byte === 0x80) return undefined // a non-minimal arc
    value = value * 128 + (byte & 0x7f)
    if (value > Number.MAX_SAFE_INTEGER / 128) return undefined
    if (byte & 0x80) continue
    if (arcs.length === 0)
      arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80)
    else arcs.push(value)
    value = 0
  }
  return arcs.join('.')
}

/** The value (the OCTET STRING's content) of the certificate extension `oid`, if present
 * (RFC 5280 §4.1: tbsCertificate's [3] EXPLICIT Extensions, each SEQUENCE { extnID,
 * critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }). */
export function certificateExtension(der: Buffer, oid: string): Buffer | undefined {
  const certificate = derElement(der, 0, 0x30)
  const tbs = certificate && derElement(der, certificate.start, 0x30)
  if (!tbs) return undefined
  for (let offset = tbs.start; offset < tbs.end;) {
    const field = derElement(der, offset)
    if (!field || field.end > tbs.end) return undefined
    if (der[offset] === 0xa3) {
      const list = derElement(der, field.start, 0x30)
      if (!list || list.end > field.end) return undefined
      for (let at = list.start; at < list.end;) {
        const extension = derElement(der, at, 0x30)
        const id = extension && derElement(der, extension.start, 0x06)
        if (!extension || !id || extension.end > list.end) return undefined
        let next = id.end
        if (der[next] === 0x01) next = derElement(der, next, 0x01)?.end ?? extension.end
        const value = derElement(der, next, 0x04)
        if (value && value.end <= extension.end && oidText(der.subarray(id.start, id.end)) === oid)
          return der.subarray(value.start, value.end)
        at = extension.end
      }
      return undefined
    }
    offset = field.end
  }
  return undefined
}
