// `npm run docs:write`: rewrites docs/findings/ from the code table (src/codes.ts), the proxies'
// fixes and the pages' prose (scripts/finding-pages/text.ts): one page per code and the index;
// a page whose code is gone is removed. __tests__/finding-pages.test.ts fails when they differ.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FINDINGS_DIR, renderFindingPages } from './finding-pages/render.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const pages = await renderFindingPages()
mkdirSync(path.join(root, FINDINGS_DIR), { recursive: true })

let written = 0
for (const [file, text] of pages) {
  const absolute = path.join(root, file)
  let before: string | undefined
  try {
    before = readFileSync(absolute, 'utf8')
  } catch {
    before = undefined
  }
  if (before === text) continue
  writeFileSync(absolute, text)
  written++
}
let removed = 0
for (const name of readdirSync(path.join(root, FINDINGS_DIR))) {
  const file = `${FINDINGS_DIR}/${name}`
  if (name.endsWith('.md') && !pages.has(file)) {
    rmSync(path.join(root, file))
    removed++
  }
}
console.log(`${FINDINGS_DIR}: ${pages.size} pages, ${written} rewritten, ${removed} removed`)
