// The source scan: ws:// URLs written in scripts, markup and .env files are failures at their
// exact place; comments, prose, loopback, allowed hosts, tests and dependencies are not; wss://
// URLs are offered as targets; on a pull request the lines it adds come first (a real git
// repository, no network).
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseConfig } from '../src/config.js'
import { diagnose } from '../src/doctor.js'
import { renderAnnotations } from '../src/report/annotations.js'
import { renderSummary } from '../src/report/summary.js'
import { renderGitHubMarkdown, tagNames } from './fixtures/markdown.js'
import { parseDiff } from '../src/scans/changed-lines.js'
import { scanSources, sourceScan } from '../src/scans/source.js'
import { findUrlLiterals } from '../src/scans/websocket-urls.js'
import { tempDir } from './fixtures/temp-dir.js'

function tree(files: Record<string, string | Buffer>): string {
  const root = tempDir('source')
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  return root
}

const lines = (...l: string[]): string => `${l.join('\n')}\n`

const FIXTURE = {
  'src/app.ts': lines(
    "import { connect } from './net'",
    "// new WebSocket('ws://commented.example/ws')",
    "/* const old = 'ws://block.example'",
    '   "ws://block2.example" */',
    "const socket = new WebSocket('ws://api.example.com/ws')",
    'const live = new WebSocket(`ws://${host}/live`)',
    "const joined = 'ws://' + location.host + '/feed'",
    "const secure = new WebSocket('wss://secure.example.com/ws')",
    "const docs = 'see ws://prose.example for the protocol'",
    "const local = new WebSocket('ws://localhost:8080/ws')",
    'const loop = "ws://127.0.0.1:9000"',
    "const dev = 'ws://dev.internal/ws'",
    "const partial = 'wss://partial.example.com' + path",
    "const port = 'ws://localhost:' + PORT",
    "const v6 = 'ws://[::1]:3000/'"
  ),
  'src/lexer-edge.js': lines(
    'const quote = /[\'"]/g',
    "const half = total / 2; const u = 'ws://after-regex.example'",
    'const m = "[docs](ws://markdown.example)"',
    'const t = `${a} ws://not-first.example`',
    'const nested = `a ${`ws://nested.example/x`} b`',
    "const Link = () => <p>Don't</p>",
    "const upper = 'WS://UPPER.example/'"
  ),
  'src/socket.test.ts': "new WebSocket('ws://test-server.example/ws')\n",
  'src/__mocks__/socket.ts': "export default 'ws://mock.example'\n",
  'src/components/Chat.vue': lines(
    '<template>',
    "  <!-- <script>new WebSocket('ws://in-comment.example')</script> -->",
    '  <p>Connect to ws://text.example</p>',
    '</template>',
    '<script setup lang="ts">',
    'const ws = new WebSocket("ws://vue.example/chat")',
    '</script>'
  ),
  'src/Widget.svelte': lines('<script>', "  let url = 'ws://svelte.example'", '</script>'),
  'public/index.html': lines(
    '<!doctype html>',
    '<html>',
    "<!-- new WebSocket('ws://old.example') -->",
    '<script>',
    "  const ws = new WebSocket('ws://inline.example/ws')",
    '</script>',
    '</html>'
  ),
  '.env': lines(
    '# WS_URL=ws://commented.example',
    'WS_URL=ws://env.example/ws',
    'PUBLIC_WSS=wss://env-secure.example/ws'
  ),
  '.env.production': 'VITE_WS_URL="ws://prod.example/socket"\n',
  'node_modules/lib/index.js': "new WebSocket('ws://dependency.example')\n",
  'README.md': 'Connect with `new WebSocket("ws://docs.example")`\n',
  'src/blob.js': Buffer.from([0x27, 0x77, 0x73, 0x00, 0x01])
}

const config = (root: string, inputs: Record<string, string> = {}) =>
  parseConfig(
    {
      urls: 'wss://listed.example/ws',
      'scan-paths': '**/*',
      'allow-insecure-hosts': 'dev.internal',
      ...inputs
    },
    root
  )

describe('source scan', () => {
  test('finds ws:// URLs at their file, line and column, and nothing else', async () => {
    const root = tree(FIXTURE)
    const { results, discovered } = await scanSources(config(root), {})
    const places = results.flatMap(r =>
      r.findings.map(f => [f.location?.file, f.location?.line, f.location?.column])
    )
    expect(places).toEqual([
      ['.env', 2, 8],
      ['.env.production', 1, 14],
      ['public/index.html', 5, 29],
      ['src/Widget.svelte', 2, 14],
      ['src/app.ts', 5, 31],
      ['src/app.ts', 6, 29],
      ['src/app.ts', 7, 17],
      ['src/components/Chat.vue', 6, 27],
      ['src/lexer-edge.js', 2, 36],
      ['src/lexer-edge.js', 5, 22],
      ['src/lexer-edge.js', 7, 16]
    ])
    expect(results.map(r => [r.target, r.status])).toEqual(
      results.map(r => [
        {
          label: r.findings[0].location!.file,
          scan: 'source',
          source: { file: r.findings[0].location!.file, line: r.findings[0].location!.line }
        },
        'fail'
      ])
    )
    expect(results.every(r => r.findings.every(f => f.check === 'source'))).toBe(true)
    expect(discovered).toEqual([
      { text: 'wss://env-secure.example/ws', source: { file: '.env', line: 3 } },
      { text: 'wss://secure.example.com/ws', source: { file: 'src/app.ts', line: 8 } }
    ])
  })

  test('each finding names the URL, quotes the browsers and gives Fix 3 for its code', async () => {
    const root = tree(FIXTURE)
    const { results } = await scanSources(config(root), {})
    const app = results.find(r => r.target.label === 'src/app.ts')!
    const [plain, template, joined] = app.findings
    expect(plain.title).toBe(
      'Insecure WebSocket URL ws://api.example.com/ws: https pages cannot open it (mixed content)'
    )
    expect(plain.status).toBe('fail')
    expect(plain.details).toContain(
      "From an https page, Chromium throws SecurityError: Failed to construct 'WebSocket': An insecure WebSocket connection may not be initiated from a page loaded over HTTPS. Firefox throws SecurityError: The operation is insecure."
    )
    expect(plain.fix?.code).toEqual({
      lang: 'javascript',
      text: "const proto = location.protocol === 'https:' ? 'wss' : 'ws'\nconst socket = new WebSocket(`${proto}://api.example.com/ws`)"
    })
    expect(template.title).toMatch(/^Insecure WebSocket URL ws:\/\/\$\{host\}\/live:/)
    expect(template.details).toContain(
      'The host comes from code; the scheme is written as ws:// all the same.'
    )
    expect(template.fix?.code?.text).toMatch(/new WebSocket\(`\$\{proto\}:\/\/\$\{host\}\/live`\)$/)
    expect(joined.title).toMatch(/^Insecure WebSocket URL 'ws:\/\/' \+ location\.host \+ '\/feed':/)
    expect(joined.fix?.code?.text).toMatch(
      /new WebSocket\(`\$\{proto\}:\/\/` \+ location\.host \+ '\/feed'\)$/
    )
    const env = results.find(r => r.target.label === '.env')!.findings[0]
    expect(env.fix?.text).toMatch(/Or set WS_URL=wss:\/\/env\.example\/ws and serve/)
    // The test files, and the files that could not be read, are named once.
    expect(results[0].findings[0].details).toEqual(
      expect.arrayContaining(['2 test files not scanned.', 'Not read: src/blob.js (binary).'])
    )
  })

  test('a clean tree is one passing result that counts the files; big files are named', async () => {
    const root = tree({
      'src/ok.ts': "export const url = 'wss://api.example.com/ws' // was 'ws://old'\n",
      'src/local.ts': "export const dev = 'ws://localhost:3000'\n",
      'src/huge.js': `// ${'x'.repeat(1024 * 1024)}\n`,
      'docs/notes.txt': 'ws://not.source.example\n'
    })
    const { results, discovered } = await scanSources(config(root), {})
    expect(results).toEqual([
      {
        target: { label: 'source files (scan-paths)', scan: 'source' },
        status: 'pass',
        facts: {},
        findings: [
          {
            check: 'source',
            code: 'source-ok',
            status: 'pass',
            title: '2 files scanned, no insecure WebSocket URL',
            details: ['Not read: src/huge.js (larger than 1048576 bytes).']
          }
        ]
      }
    ])
    expect(discovered).toEqual([
      { text: 'wss://api.example.com/ws', source: { file: 'src/ok.ts', line: 1 } }
    ])
  })

  test('globs that match no source file warn', async () => {
    const root = tree({ 'src/a.ts': "'ws://x.example'\n" })
    const { results } = await scanSources(config(root, { 'scan-paths': 'app/**' }), {})
    expect(results[0].status).toBe('warn')
    expect(results[0].findings[0].title).toMatch(/^scan-paths matched no source file/)
  })

  test('runs only with scan-paths', () => {
    const root = tree({})
    expect(sourceScan.applies(config(root))).toBe(true)
    expect(sourceScan.applies(config(root, { 'scan-paths': '' }))).toBe(false)
    expect(sourceScan.phase).toBe('before')
  })

  test('through diagnose: annotations at the line and column, discovered wss:// probed', async () => {
    const root = tree(FIXTURE)
    const report = await diagnose(
      config(root, { 'scan-paths': 'src/**/*.ts', 'probe-discovered': 'true' }),
      new Date(),
      []
    )
    expect(report.results.map(r => r.target.label)).toEqual([
      'wss://listed.example/ws',
      'wss://secure.example.com/ws',
      'src/app.ts'
    ])
    expect(report.result).toBe('fail')
    const { annotations } = renderAnnotations(report, { error: 10, warning: 10, notice: 10 })
    expect(
      annotations
        .filter(a => a.level === 'error')
        .map(a => [a.file, a.startLine, a.startColumn, a.title])
    ).toEqual([
      ['src/app.ts', 5, 31, 'wss-doctor source-insecure-url: src/app.ts'],
      ['src/app.ts', 6, 29, 'wss-doctor source-insecure-url: src/app.ts'],
      ['src/app.ts', 7, 17, 'wss-doctor source-insecure-url: src/app.ts']
    ])
  })
})

test('hostile text in a URL reaches the summary inert', async () => {
  const root = tree({
    'src/evil.ts': "new WebSocket('ws://evil.example/<img src=x onerror=alert(1)>```\\n## x')\n"
  })
  const report = await diagnose(config(root, { 'scan-paths': 'src/**' }), new Date(), [])
  const [result] = report.results.filter(r => r.target.scan === 'source')
  expect(result.findings[0].title).toContain('<img src=x onerror=alert(1)>')
  const html = renderGitHubMarkdown(renderSummary(report))
  expect(tagNames(html)).not.toContain('img')
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  expect(html).not.toContain('<h2>x</h2>')
})

describe('on a pull request', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd,
      encoding: 'utf8'
    })

  /** A repository whose branch `feature` adds a ws:// URL to src/z-app.ts, over a base `main`
   * already holding one in each file; origin/main is the base, as a checkout would fetch it. */
  function pullRequest(): string {
    const root = tree({
      'src/a-old.ts': "export const legacy = 'ws://legacy.example/ws'\n",
      'src/z-app.ts': "export const first = 'ws://first.example/ws'\n// more to come\n"
    })
    git(root, 'init', '-q', '-b', 'main')
    git(root, 'add', '.')
    git(root, 'commit', '-q', '-m', 'base')
    git(root, 'update-ref', 'refs/remotes/origin/main', 'HEAD')
    git(root, 'checkout', '-q', '-b', 'feature')
    writeFileSync(
      path.join(root, 'src/z-app.ts'),
      lines(
        "export const first = 'ws://first.example/ws'",
        '// more to come',
        "export const socket = new WebSocket('ws://api.example.com/ws')"
      )
    )
    git(root, 'commit', '-q', '-am', 'a socket')
    return root
  }

  const PR = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' }

  test('the hit on an added line comes first, marked, with its file first', async () => {
    const root = pullRequest()
    const { results } = await scanSources(config(root), PR)
    expect(results.map(r => [r.target.label, r.target.source?.line])).toEqual([
      ['src/z-app.ts', 3],
      ['src/a-old.ts', 1]
    ])
    const [added, old] = results[0].findings
    expect(added.location).toEqual({ file: 'src/z-app.ts', line: 3, column: 38, changed: true })
    expect(added.title).toBe(
      'Added in this pull request: insecure WebSocket URL ws://api.example.com/ws: https pages cannot open it (mixed content)'
    )
    expect(added.details?.[0]).toBe('Line 3 is new or changed against origin/main.')
    expect(old.location?.line).toBe(1)
    expect(old.title).toMatch(/^Insecure WebSocket URL ws:\/\/first\.example\/ws/)
    expect(results[1].findings[0].title).toMatch(/^Insecure/)
  })

  test('pull_request_target counts too; outside a pull request, or when git cannot tell, path order', async () => {
    const root = pullRequest()
    const order = async (env: NodeJS.ProcessEnv) =>
      (await scanSources(config(root), env)).results.map(r => [
        r.target.label,
        r.findings.some(f => f.title.startsWith('Added'))
      ])
    expect(await order({ ...PR, GITHUB_EVENT_NAME: 'pull_request_target' })).toEqual([
      ['src/z-app.ts', true],
      ['src/a-old.ts', false]
    ])
    const byPath = [
      ['src/a-old.ts', false],
      ['src/z-app.ts', false]
    ]
    expect(await order({})).toEqual(byPath)
    expect(await order({ GITHUB_EVENT_NAME: 'push', GITHUB_BASE_REF: 'main' })).toEqual(byPath)
    expect(await order({ ...PR, GITHUB_BASE_REF: 'no-such-branch' })).toEqual(byPath)
    // Not a repository at all.
    const plain = tree({ 'src/z.ts': "'ws://a.example'\n" })
    expect((await scanSources(config(plain), PR)).results[0].findings[0].title).toMatch(/^Insecure/)
  })

  test('the diff is read relative to the workspace, with git-quoted names', () => {
    const diff = [
      'diff --git a/src/x.ts b/src/x.ts',
      '--- a/src/x.ts',
      '+++ b/src/x.ts',
      '@@ -1,0 +2,3 @@',
      '+a',
      '@@ -9 +12 @@',
      '@@ -20,2 +24,0 @@',
      'diff --git "a/src/a\\"b\\303\\244.ts" "b/src/a\\"b\\303\\244.ts"',
      '--- /dev/null',
      '+++ "b/src/a\\"b\\303\\244.ts"',
      '@@ -0,0 +1 @@',
      '--- a/gone.ts',
      '+++ /dev/null',
      '@@ -1 +0,0 @@'
    ].join('\n')
    expect([...parseDiff(diff)]).toEqual([
      [
        'src/x.ts',
        [
          { from: 2, to: 4 },
          { from: 12, to: 12 }
        ]
      ],
      ['src/a"bä.ts', [{ from: 1, to: 1 }]]
    ])
  })
})

describe('the lexer', () => {
  test.each([
    ["x = 'wss://a.example'", 'wss'],
    ["x = 'ws://a.example'", 'ws'],
    ["x = 'ws:/a.example'", undefined],
    ["x = 'http://a.example/ws://b'", undefined],
    ["x = y /* 'ws://c' */ + 'z'", undefined],
    ["x = '\\'ws://escaped'", undefined],
    ['x = `${"ws://in-expression.example"}`', 'ws'],
    ["x = a / b / 'ws://after-division'", 'ws']
  ])('%s → %s', (code, scheme) => {
    expect(findUrlLiterals(code, 'script')[0]?.scheme).toBe(scheme)
  })

  test('an unterminated string ends at its line: the next line is not concatenated to it', () => {
    const [url] = findUrlLiterals("x = 'ws://a.example\n+ b", 'script')
    expect(url).toMatchObject({ text: 'ws://a.example', complete: true, host: 'a.example' })
    expect(url.concatenated).toBeUndefined()
  })

  test('a multi-line block comment and template keep their state across lines', () => {
    const code = lines(
      '/*',
      " * 'ws://doc.example'",
      ' */',
      'const t = `line one',
      "  'ws://inside-template.example'",
      '  ${"ws://expr.example"} end`',
      "const after = 'ws://after.example'"
    )
    expect(findUrlLiterals(code, 'script').map(u => u.text)).toEqual([
      'ws://expr.example',
      'ws://after.example'
    ])
  })

  test('a minified line with many URLs: every one found, each shown bounded', () => {
    const line = `${"f('ws://a.example/x'+y);".repeat(2000)}\n`
    const found = findUrlLiterals(line, 'script')
    expect(found).toHaveLength(2000)
    expect(found[1999]).toMatchObject({ text: 'ws://a.example/x', concatenated: 'y' })
  })

  test('on any text, every literal found starts with ws:// or wss:// at its offset', () => {
    const piece = fc.constantFrom(
      "'",
      '"',
      '`',
      '/',
      '*',
      '\\',
      '\n',
      '${',
      '}',
      '{',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      '#',
      '=',
      '+',
      'ws://',
      'wss://',
      'WS://h',
      'x',
      ' ',
      'A_B='
    )
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.constantFrom('script', 'markup', 'env'),
        (pieces, kind) => {
          const text = pieces.join('')
          for (const url of findUrlLiterals(text, kind as 'script')) {
            expect(text.slice(url.offset).toLowerCase()).toMatch(/^wss?:\/\//)
            expect(url.text.toLowerCase().startsWith(`${url.scheme}://`)).toBe(true)
          }
        }
      ),
      { numRuns: 500 }
    )
  })
})
