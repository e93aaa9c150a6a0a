// Caddy's site addresses ([scheme://][host][:port][/path]) and what they mean: whether Caddy
// terminates TLS for the site, and which host names it answers.
import { isIP } from 'node:net'
import type { Directive, SiteBlock } from './parse.js'

export interface SiteAddress {
  text: string
  scheme?: string
  /** Without IPv6 brackets; '' for a bare port (":8443"). */
  host: string
  port?: string
}

export function parseAddress(text: string): SiteAddress {
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\[[^\]]*\]|[^:/]*)(?::([^/]*))?(\/.*)?$/i.exec(text)
  if (!m) return { text, host: '' }
  return { text, scheme: m[1]?.toLowerCase(), host: m[2].replace(/^\[|\]$/g, ''), port: m[3] }
}

/** The ports Caddy treats as plain HTTP and as HTTPS (global http_port, https_port). */
export interface Ports {
  http: string
  https: string
}

export function globalPorts(globals: readonly Directive[] | undefined): Ports {
  const value = (name: string): string | undefined => globals?.find(d => d.name === name)?.args[0]
  return { http: value('http_port') ?? '80', https: value('https_port') ?? '443' }
}

/** Whether Caddy serves the address with TLS: https://, the HTTPS port, a host name (automatic
 * HTTPS, even with auto_https off), or any address of a site with a tls line; not http://,
 * the HTTP port, or a bare port without tls. */
export function servesTls(address: SiteAddress, tlsLine: boolean, ports: Ports): boolean {
  if (address.scheme === 'http') return false
  if (address.scheme === 'https' || address.port === ports.https) return true
  if (address.port === ports.http) return false
  return address.host !== '' || tlsLine
}

/** Host names a certificate must cover: literal names and IPs (a wildcard as one name below it). */
export function certificateHosts(site: SiteBlock): string[] {
  return site.addresses
    .map(parseAddress)
    .map(a => a.host)
    .filter(h => h !== '' && !h.includes('{') && h !== '*')
    .map(h => (h.startsWith('*.') ? `wildcard-check${h.slice(1)}` : h))
}

/** Whether the site's addresses answer `host` (exact, a one-label wildcard, or no host at all). */
export function answersHost(site: SiteBlock, host: string): boolean {
  const wanted = host.toLowerCase()
  return site.addresses.map(parseAddress).some(({ host: h }) => {
    const name = h.toLowerCase()
    if (name === '' || name === '*') return true
    if (name.startsWith('*.')) {
      const rest = name.slice(1)
      return wanted.endsWith(rest) && !wanted.slice(0, -rest.length).includes('.')
    }
    return name === wanted
  })
}

export const isAddressIp = (host: string): boolean => isIP(host) !== 0
