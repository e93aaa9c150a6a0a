// The scans, in the order they run within their phase. A new scan is one line here.
import { browserScan } from './browser.js'
import { pageScan } from './page.js'
import { proxyConfigScan } from './proxy-config.js'
import type { Scan } from './scan.js'
import { sourceScan } from './source.js'

export const SCANS: readonly Scan[] = [
  sourceScan, // ws:// URLs written in the code (may add the wss:// ones as targets)
  pageScan, // the https pages and their scripts: ws:// endpoints, CSP connect-src
  proxyConfigScan, // the nginx and Ingress configuration, at its lines (and served, on request)
  browserScan // after the targets: what headless Chromium makes of the pages and endpoints
]
