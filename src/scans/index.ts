// The scans, in the order they run within their phase. A new scan is one line here (and its
// declaration in declared.ts). Each is a chunk loaded when a run needs it: most runs have none.
import {
  BROWSER_SCAN,
  PAGE_SCAN,
  PROXY_CONFIG_SCAN,
  SOURCE_SCAN,
  type ScanDeclaration
} from './declared.js'
import type { Scan } from './scan.js'

export const SCANS: readonly Scan[] = [
  // ws:// URLs written in the code (may add the wss:// ones as targets)
  onDemand(SOURCE_SCAN, async () => (await import('./source.js')).sourceScan),
  // the https pages and their scripts: ws:// endpoints, CSP connect-src
  onDemand(PAGE_SCAN, async () => (await import('./page.js')).pageScan),
  // the nginx and Ingress configuration, at its lines (and served, on request)
  onDemand(PROXY_CONFIG_SCAN, async () => (await import('./proxy-config.js')).proxyConfigScan),
  // after the targets: what headless Chromium makes of the pages and endpoints
  onDemand(BROWSER_SCAN, async () => (await import('./browser.js')).browserScan)
]

function onDemand(declared: ScanDeclaration, load: () => Promise<Scan>): Scan {
  return { ...declared, run: async ctx => (await load()).run(ctx) }
}
