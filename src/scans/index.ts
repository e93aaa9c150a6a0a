// The scans, in the order they run within their phase. A new scan is one line here.
import { pageScan } from './page.js'
import type { Scan } from './scan.js'

export const SCANS: readonly Scan[] = [
  pageScan // PAGE
]
