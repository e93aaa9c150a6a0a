// What each scan is and when it applies, apart from its code: the run decides from these which
// scans to load (src/scans/index.ts), so that a run that only probes endpoints never evaluates
// the code for pages, sources, configuration files or the browser.
import type { Scan } from './scan.js'

export type ScanDeclaration = Omit<Scan, 'run'>

export const SOURCE_SCAN: ScanDeclaration = {
  check: 'source',
  phase: 'before',
  applies: config => config.scanPaths.length > 0
}

export const PAGE_SCAN: ScanDeclaration = {
  check: 'page',
  phase: 'before',
  applies: config => config.pageUrls.length > 0
}

export const PROXY_CONFIG_SCAN: ScanDeclaration = {
  check: 'proxy-config',
  phase: 'before',
  applies: config => config.configPaths.length > 0
}

export const BROWSER_SCAN: ScanDeclaration = {
  check: 'browser',
  phase: 'after',
  applies: config => config.browser === 'chromium'
}
