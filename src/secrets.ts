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

/** Query parameters whose values are credentials (`?token=…`, `?access_token=…`, `?sig=…`). */
const SECRET_PARAM = /token|key|secret|auth|pass|sig|session|code|jwt|credential/i

/** decodeURIComponent that keeps text it cannot decode (`100%pure` is a valid password). */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Every form in which a URL's secrets may show up: as written, and decoded. */
export function urlSecrets(url: URL): string[] {
  const secrets: string[] = []
  if (url.password) secrets.push(url.password, decoded(url.password))
  for (const [name, value] of url.searchParams) {
    if (value && SECRET_PARAM.test(name)) secrets.push(value, encodeURIComponent(value))
  }
  return [...new Set(secrets)]
}

/** The URL as reports show it: the password and token-like query values replaced by ***. */
export function redactUrl(url: URL): string {
  const copy = new URL(url.href)
  if (copy.password) copy.password = '***'
  for (const name of [...copy.searchParams.keys()]) {
    if (SECRET_PARAM.test(name) && copy.searchParams.get(name)) copy.searchParams.set(name, '***')
  }
  return copy.href.replace(/%2A%2A%2A/g, '***')
}

/** The URL with its secrets removed, for a session they may not travel in (a certificate
 * that did not verify, clear-text ws://): no userinfo, no token-like query parameters. */
export function withoutSecrets(url: URL): string {
  const copy = new URL(url.href)
  copy.username = ''
  copy.password = ''
  for (const name of [...copy.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) copy.searchParams.delete(name)
  }
  return copy.href
}

/** Text that did not parse as a URL, with what looks like a password (`//user:pass@`) or a
 * token parameter (`token=…`) redacted, and those values to mask. */
export function redactUnparsedUrl(text: string): { text: string; secrets: string[] } {
  const secrets: string[] = []
  const redacted = text
    // Whatever stands between a `:` and an `@` (or their escapes) may be a password, with or
    // without `//` before it (`wss::pw@host`): redacting too much is the safe side.
    .replace(
      /(:|%3A)((?:(?!%3A|%40)[^/?#\s:@])+)(@|%40)/gi,
      (_, colon: string, password: string, at: string) => {
        secrets.push(password, decoded(password))
        return `${colon}***${at}`
      }
    )
    .replace(
      /([?&;]([^=&#\s]*)=)([^&#\s?]+)/g,
      (all, head: string, name: string, value: string) => {
        if (!SECRET_PARAM.test(name)) return all
        secrets.push(value, decoded(value))
        return `${head}***`
      }
    )
  return { text: redacted, secrets: [...new Set(secrets)] }
}
