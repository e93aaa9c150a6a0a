// Secrets the user gave (header values, URL passwords, token query values): collected once by
// config.ts, masked in everything wss-doctor writes, and sent only over a verified connection.

/** Values of these headers carry a credential after an auth scheme ("Bearer X"): X alone is
 * masked too, since a server may echo it back without the scheme. */
const AUTH_HEADERS = /^(authorization|proxy-authorization)$/i

/** The values to mask for a set of request headers: each whole value, and the credential
 * part of Authorization-style values and of cookies. */
export function headerSecrets(headers: Record<string, string>): string[] {
  const secrets: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === '') continue
    secrets.push(value)
    if (AUTH_HEADERS.test(name)) {
      const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1]
      if (credential) secrets.push(credential)
    }
    if (/^cookie$/i.test(name)) {
      for (const pair of value.split(';')) {
        const cookie = pair.slice(pair.indexOf('=') + 1).trim()
        if (pair.includes('=') && cookie) secrets.push(cookie)
      }
    }
  }
  return secrets
}

/** `text` with every secret replaced by ***, longest first (a secret may contain another). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret !== '') masked = masked.split(secret).join('***')
  }
  return masked
}
