// ws:// is plain text, and whether a browser may open it depends on the page (mixed content):
// an https page may not (measured: Chromium and Firefox throw before any traffic), an http page
// may, and loopback is exempt everywhere. The `origin` input says which page; without it the
// probe can only say both.
import { isIP } from 'node:net'
import type { Finding } from '../findings.js'
import { plainWebSocketFix } from '../remedies.js'
import type { Endpoint } from '../target.js'
import type { Probe } from './probe.js'

/** What the browsers throw at `new WebSocket('ws://…')` on an https page, word for word. */
export const MIXED_CONTENT_ERRORS = {
  chromium:
    "SecurityError: Failed to construct 'WebSocket': An insecure WebSocket connection may not be initiated from a page loaded over HTTPS.",
  firefox: 'SecurityError: The operation is insecure.'
} as const

/** Loopback, which browsers exempt from mixed-content blocking: `localhost`, 127.0.0.0/8 and
 * ::1. `host` as in a URL, IPv6 with or without brackets. */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
  if (name === 'localhost') return true
  if (isIP(name) === 4) return name.startsWith('127.')
  if (isIP(name) === 6) return /^(0{0,4}:){2,7}0{0,3}1$|^::1$/.test(name)
  return false
}

const NO_TLS = 'TLS checks were skipped: this URL does not use TLS.'

export const schemeProbe: Probe = {
  check: 'scheme',
  applies: ctx => ctx.target.endpoint !== undefined,
  run: ctx => {
    const endpoint = ctx.target.endpoint!
    if (endpoint.scheme === 'wss') {
      return [{ check: 'scheme', code: 'scheme-ok', status: 'pass', title: 'wss:// (TLS)' }]
    }
    return [plainScheme(endpoint, pageScheme(ctx.config.origin))]
  }
}

/** The page's scheme from the `origin` input: `https`, `http`, or unknown (absent, or another
 * scheme such as `null` or a file page). */
function pageScheme(origin: string | undefined): 'https' | 'http' | undefined {
  if (origin === undefined) return undefined
  try {
    const protocol = new URL(origin).protocol
    if (protocol === 'https:') return 'https'
    if (protocol === 'http:') return 'http'
  } catch {
    // Not a URL: as if no origin were given.
  }
  return undefined
}

function plainScheme(endpoint: Endpoint, page: 'https' | 'http' | undefined): Finding {
  if (isLoopbackHost(endpoint.host)) {
    return {
      check: 'scheme',
      code: 'scheme-ws-loopback',
      status: 'pass',
      title: `ws:// to loopback (${endpoint.host}): browsers allow it from http and https pages alike`,
      details: [
        'Chromium and Firefox exempt loopback (localhost, 127.0.0.0/8, ::1) from mixed-content blocking.',
        NO_TLS
      ]
    }
  }
  if (page === 'https') {
    return {
      check: 'scheme',
      code: 'scheme-mixed-content',
      status: 'fail',
      title:
        'Mixed content: an https page cannot open this ws:// URL; browsers block it before any traffic',
      details: [
        `Chromium: ${MIXED_CONTENT_ERRORS.chromium}`,
        `Firefox: ${MIXED_CONTENT_ERRORS.firefox}`,
        'The origin input names an https page; only wss:// (or loopback) is allowed there.',
        NO_TLS
      ],
      cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
      fix: plainWebSocketFix(endpoint)
    }
  }
  if (page === 'http') {
    return {
      check: 'scheme',
      code: 'scheme-ws-http-page',
      status: 'pass',
      title: 'ws:// from an http page: browsers allow it, but nothing is encrypted',
      details: [
        'The origin input names an http page: it may open ws:// URLs (an https page may not).',
        'No TLS: anyone on the path can read and change the frames.',
        NO_TLS
      ]
    }
  }
  return {
    check: 'scheme',
    code: 'scheme-ws-unknown-page',
    status: 'warn',
    title:
      'Unencrypted ws:// endpoint: an https page cannot open it (mixed content); an http page can. Set origin to say which',
    details: [
      `From an https page: Chromium throws ${MIXED_CONTENT_ERRORS.chromium} Firefox throws ${MIXED_CONTENT_ERRORS.firefox}`,
      'From an http page the same URL opens.',
      NO_TLS
    ],
    cause: 'Mixed content: a page loaded over HTTPS may only open wss:// WebSockets',
    fix: plainWebSocketFix(endpoint)
  }
}
