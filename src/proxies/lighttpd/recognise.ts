// lighttpd told from a live answer: its Server header ("lighttpd/1.4.69", which it also puts on
// a proxied backend's answer), or, when server.tag hides it, the XHTML error page lighttpd
// writes itself (404, 502, 503…) that no other server sends.
import type { ResponseEvidence } from '../proxy.js'

const SERVER = /^lighttpd(\/[\w.-]+)?(\s|$)/i

/** lighttpd's built-in error page (http_response_static_errdoc). */
const ERROR_PAGE =
  /^<\?xml version="1\.0" encoding="iso-8859-1"\?>\s*<!DOCTYPE html PUBLIC "-\/\/W3C\/\/DTD XHTML 1\.0 Transitional\/\/EN"\s+"http:\/\/www\.w3\.org\/TR\/xhtml1\/DTD\/xhtml1-transitional\.dtd">\s*<html xmlns="http:\/\/www\.w3\.org\/1999\/xhtml" xml:lang="en" lang="en">\s*<head>\s*<title>(\d{3} [^<]{0,80})<\/title>\s*<\/head>\s*<body>\s*<h1>\1<\/h1>\s*<\/body>\s*<\/html>\s*$/

export function recogniseLighttpd(evidence: ResponseEvidence): string | undefined {
  const server = evidence.headers['server']?.trim()
  if (server && SERVER.test(server)) return `Server: ${server.slice(0, 100)}`
  const page = evidence.body === undefined ? undefined : ERROR_PAGE.exec(evidence.body.trim())
  if (page) return `lighttpd's built-in error page (${page[1]})`
  return undefined
}
