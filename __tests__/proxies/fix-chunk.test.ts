// Every run loads src/proxies/index.ts (who answered); the proxies' fix texts are a chunk of their
// own (fixes.ts), loaded only when a finding has a problem. A static import from the answering side
// to a fix module would put them back into the bundle every run evaluates: the import graphs say.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Finding } from '../../src/findings.js'
import { FIXES } from '../../src/proxies/fixes.js'
import { ANSWERING, withProxyFixes } from '../../src/proxies/index.js'

const root = path.resolve(import.meta.dirname, '../..')

/** Static imports and re-exports (not `import type`, not `await import(...)`), relative only. */
const STATIC_IMPORT =
  /^(?:import|export)\s+(?!type\s)[^;'"]*?\bfrom\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm

/** Every source file `file` loads statically, itself included, relative to the repository. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const text = readFileSync(path.join(root, file), 'utf8')
  for (const [, from, bare] of text.matchAll(STATIC_IMPORT)) {
    const target = path.join(path.dirname(file), from ?? bare).replace(/\.js$/, '.ts')
    staticGraph(target, seen)
  }
  return seen
}

const isFixModule = (file: string): boolean => /(^|[/-])fix(es)?\.ts$/.test(file)

describe('the fixes are a chunk of their own', () => {
  const answering = staticGraph('src/proxies/index.ts')
  const fixing = staticGraph('src/proxies/fixes.ts')

  test('the graph walk finds the fix modules from fixes.ts (one per proxy or more)', () => {
    const fixModules = [...fixing].filter(isFixModule)
    expect(fixModules).toContain('src/proxies/fixes.ts')
    expect(fixModules).toContain('src/proxies/nginx/fix.ts')
    expect(fixModules).toContain('src/proxies/managed/cloudflare-fix.ts')
    expect(fixModules.length).toBeGreaterThan(Object.keys(FIXES).length)
  })

  test('what every run loads reaches no fix module', () => {
    expect(answering).toContain('src/proxies/nginx/answer.ts')
    expect([...answering].filter(isFixModule)).toEqual([])
  })

  test('every proxy that can answer has its fix', () => {
    expect(ANSWERING.map(p => p.id).sort()).toEqual(Object.keys(FIXES).sort())
  })

  test('findings without a problem come back as they are; one with a problem gets the fix', async () => {
    const healthy: Finding[] = [{ check: 'tls', status: 'pass', code: 'tls-ok', title: 'ok' }]
    expect(await withProxyFixes(healthy)).toBe(healthy)
    const broken: Finding = {
      check: 'upgrade',
      status: 'fail',
      code: 'upgrade-not-upgraded',
      title: 'no upgrade',
      problem: { kind: 'upgrade', host: 'api.example.com', path: '/ws' }
    }
    const proxy = { id: 'nginx', name: 'nginx', evidence: 'Server: nginx' } as const
    const [fixed] = await withProxyFixes([broken], proxy)
    expect(fixed.fix).toEqual(FIXES.nginx(broken.problem!))
  })
})
