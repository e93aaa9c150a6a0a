// ncc names each source in a map relative to the bundle's folder as if it were one level below
// the project (`../src/cli.ts`): right for dist/, one `../` short for dist/cli/. Giving the CLI's
// maps `sourceRoot: '../'` lets `node --enable-source-maps dist/cli/index.js` name src/ lines.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dir = process.argv[2] ?? 'dist/cli'
for (const file of readdirSync(dir).filter(f => f.endsWith('.js.map'))) {
  const map = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { sourceRoot?: string }
  map.sourceRoot = '../'
  writeFileSync(path.join(dir, file), JSON.stringify(map))
}
