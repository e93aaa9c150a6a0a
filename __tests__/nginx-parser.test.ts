// nginx's grammar as nginx reads it (quotes, escapes, comments, `${var}`, a regex's backslash),
// the line of every directive, syntax errors at their line, and `include` resolved in the
// workspace the way a repository lays out /etc/nginx: globs, cycles, bounds, nothing outside.
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { listenPort, nginxTime, serverNameMatches } from '../src/proxies/nginx/checks.js'
import { cipherStringSuites } from '../src/proxies/shared/cipher-string.js'
import { loadNginx, parseNginx, walk, type Directive } from '../src/proxies/nginx/parse.js'
import { NginxSyntaxError, tokenize } from '../src/proxies/nginx/tokenize.js'
import { tempDir } from './fixtures/temp-dir.js'

const shape = (directives: Directive[]): unknown[] =>
  directives.map(d => [d.name, d.args, d.line, ...(d.block ? [shape(d.block)] : [])])

describe('tokenizer', () => {
  test('quotes, escapes, comments, ${var} and a regex backslash, each token with its line', () => {
    const tokens = tokenize(
      [
        "map $http_upgrade $connection_upgrade { default upgrade; '' close; }",
        '# a comment; with { punctuation }',
        'location ~ \\.php$ { return 200 "a \\"quoted\\" #not-a-comment"; }',
        "add_header X-Path ${uri}x 'it\\'s';"
      ].join('\n')
    )
    expect(tokens.map(t => [t.text, t.line])).toEqual([
      ['map', 1],
      ['$http_upgrade', 1],
      ['$connection_upgrade', 1],
      ['{', 1],
      ['default', 1],
      ['upgrade', 1],
      [';', 1],
      ['', 1],
      ['close', 1],
      [';', 1],
      ['}', 1],
      ['location', 3],
      ['~', 3],
      ['\\.php$', 3],
      ['{', 3],
      ['return', 3],
      ['200', 3],
      ['a "quoted" #not-a-comment', 3],
      [';', 3],
      ['}', 3],
      ['add_header', 4],
      ['X-Path', 4],
      ['${uri}x', 4],
      ["it's", 4],
      [';', 4]
    ])
    expect(tokens.find(t => t.text === '')?.raw).toBe("''")
  })

  test('a string spanning lines keeps the line it starts on; the next token counts the newlines', () => {
    const tokens = tokenize('a "one\ntwo";\nb;')
    expect(tokens.map(t => [t.text, t.line])).toEqual([
      ['a', 1],
      ['one\ntwo', 1],
      [';', 2],
      ['b', 3],
      [';', 3]
    ])
  })

  test('an unterminated string is a syntax error at the line it starts on', () => {
    expect(() => tokenize('a;\nb "open;\n\n')).toThrow(
      expect.objectContaining({ name: 'NginxSyntaxError', line: 2 })
    )
  })
})

describe('parser', () => {
  test('directives and blocks, nested, each at its line', () => {
    const directives = parseNginx(
      'http {\n  server {\n    listen 443 ssl;\n    location /ws/ {\n      proxy_pass http://a;\n    }\n  }\n}\n',
      'nginx.conf'
    )
    expect(shape(directives)).toEqual([
      [
        'http',
        [],
        1,
        [
          [
            'server',
            [],
            2,
            [
              ['listen', ['443', 'ssl'], 3],
              ['location', ['/ws/'], 4, [['proxy_pass', ['http://a'], 5]]]
            ]
          ]
        ]
      ]
    ])
    expect([...walk(directives)].map(w => [w.directive.name, w.parents.map(p => p.name)])).toEqual([
      ['http', []],
      ['server', ['http']],
      ['listen', ['http', 'server']],
      ['location', ['http', 'server']],
      ['proxy_pass', ['http', 'server', 'location']]
    ])
  })

  test.each([
    ['server {\n  listen 443\n}\n', 3, '"listen" is not terminated by ";"'],
    ['server {\n  listen 443;\n', 1, 'unexpected end of file, expecting "}"'],
    ['listen 443;\n}\n', 2, 'unexpected "}"'],
    ['server {\n  ;\n}', 2, 'unexpected ";"'],
    ['a b', 1, 'unexpected end of file: "a" is not terminated by ";"']
  ])('%j is a syntax error at line %i', (text, line, message) => {
    let error: unknown
    try {
      parseNginx(text, 'x.conf')
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(NginxSyntaxError)
    expect(error).toMatchObject({ line, message })
  })
})

function workspace(files: Record<string, string>): string {
  const root = tempDir('nginx-parse')
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  return root
}

describe('include', () => {
  test('globs, relative to the including file or a folder above it, and /etc/nginx/ mapped into the repository', async () => {
    const root = workspace({
      'deploy/nginx/nginx.conf':
        'http {\n  include /etc/nginx/conf.d/*.conf;\n  include sites-enabled/*;\n}\n',
      'deploy/nginx/conf.d/b.conf': 'b_directive on;\n',
      'deploy/nginx/conf.d/a.conf': 'a_directive on;\n',
      'deploy/nginx/sites-enabled/api': 'server {\n\n  include snippets/ws.conf;\n}\n',
      'deploy/nginx/snippets/ws.conf': '# headers\nproxy_http_version 1.1;\n'
    })
    const entry = 'deploy/nginx/nginx.conf'
    const real = await loadNginx(root, entry, readFileSync(path.join(root, entry), 'utf8'))
    const http = real.directives[0].block!
    expect(http.map(d => [d.name, d.file, d.line])).toEqual([
      ['a_directive', 'deploy/nginx/conf.d/a.conf', 1],
      ['b_directive', 'deploy/nginx/conf.d/b.conf', 1],
      ['server', 'deploy/nginx/sites-enabled/api', 1]
    ])
    expect(http[2].block!.map(d => [d.name, d.file, d.line])).toEqual([
      ['proxy_http_version', 'deploy/nginx/snippets/ws.conf', 2]
    ])
    expect(real.files).toEqual([
      entry,
      'deploy/nginx/conf.d/a.conf',
      'deploy/nginx/conf.d/b.conf',
      'deploy/nginx/sites-enabled/api',
      'deploy/nginx/snippets/ws.conf'
    ])
    expect(real.unresolved).toEqual([])
  })

  test('a cycle, a path outside the workspace, an unknown absolute path and the bounds are reported, not followed', async () => {
    const root = workspace({
      'a.conf': 'include b.conf;\n',
      'b.conf': 'include a.conf;\nlast on;\n',
      'many/1.conf': 'x on;\n',
      'many/2.conf': 'x on;\n',
      'many/3.conf': 'x on;\n'
    })
    const text =
      'include b.conf;\ninclude ../etc/passwd;\ninclude /var/secrets/*.conf;\ninclude many/*.conf;\n'
    const loaded = await loadNginx(root, 'a.conf', text, { maxFiles: 4, maxDepth: 10 })
    expect(loaded.directives.map(d => [d.name, d.file, d.line])).toEqual([
      ['last', 'b.conf', 2],
      ['x', 'many/1.conf', 1],
      ['x', 'many/2.conf', 1]
    ])
    expect(loaded.unresolved.map(u => [u.directive.file, u.directive.line, u.why])).toEqual([
      ['b.conf', 1, 'a.conf includes itself (through a.conf → b.conf)'],
      ['a.conf', 2, 'no file in the repository matches it'],
      ['a.conf', 3, 'no file in the repository matches it'],
      ['a.conf', 4, 'more than 4 files included']
    ])
  })

  test('a syntax error in an included file is reported at its own line', async () => {
    const root = workspace({
      'site.conf': 'server {\n  include bad.conf;\n}\n',
      'bad.conf': 'ok on;\nbroken "x\n'
    })
    const loaded = await loadNginx(root, 'site.conf', 'server {\n  include bad.conf;\n}\n')
    expect(loaded.errors).toEqual([{ file: 'bad.conf', line: 2, message: 'unterminated " string' }])
  })
})

describe('values', () => {
  test('nginx times', () => {
    expect(nginxTime('60s')).toBe(60_000)
    expect(nginxTime('3600')).toBe(3_600_000)
    expect(nginxTime('1h 30m')).toBe(5_400_000)
    expect(nginxTime('500ms')).toBe(500)
    expect(nginxTime('1d')).toBe(86_400_000)
    expect(nginxTime('soon')).toBeUndefined()
  })

  test('listen ports', () => {
    expect(
      ['443', '127.0.0.1:8443', '[::]:443', '*:80', 'example.com', 'unix:/run/x.sock'].map(
        listenPort
      )
    ).toEqual([443, 8443, 443, 80, 80, undefined])
  })

  test('server names: exact, wildcards, the .example.com form; a regex matches nothing here', () => {
    expect(serverNameMatches('api.example.com', 'API.example.com')).toBe(true)
    expect(serverNameMatches('*.example.com', 'ws.example.com')).toBe(true)
    expect(serverNameMatches('.example.com', 'example.com')).toBe(true)
    expect(serverNameMatches('www.example.*', 'www.example.org')).toBe(true)
    expect(serverNameMatches('~^ws\\.', 'ws.example.com')).toBe(false)
    expect(serverNameMatches('*.example.com', 'example.com')).toBe(false)
  })

  test('what an OpenSSL cipher string gives browsers over TLS 1.2: ECDHE, only static RSA, or nothing (the probe’s table and the usual aliases)', () => {
    const kind = (cipherString: string): string => cipherStringSuites(cipherString).kind
    expect(kind('HIGH:!aNULL:!MD5')).toBe('ecdhe')
    expect(kind('EECDH+AESGCM:EDH+AESGCM')).toBe('ecdhe')
    expect(cipherStringSuites('ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256')).toEqual({
      kind: 'ecdhe',
      legacy: ['DHE-RSA-AES128-GCM-SHA256']
    })
    expect(kind('ECDHE-RSA-AES128-GCM-SHA256:AES128-GCM-SHA256')).toBe('ecdhe')
    // Static RSA, which Chrome and Firefox offer last: by name, by alias, or what is left of HIGH.
    expect(cipherStringSuites('AES128-GCM-SHA256:AES256-SHA')).toEqual({
      kind: 'static-rsa',
      legacy: ['AES128-GCM-SHA256', 'AES256-SHA']
    })
    expect(kind('kRSA+AESGCM')).toBe('static-rsa')
    expect(kind('HIGH:!ECDHE')).toBe('static-rsa')
    expect(kind('HIGH:!ECDHE:!kRSA')).toBe('none')
    expect(kind('kRSA+CHACHA20')).toBe('none')
    // Nothing browsers offer: DHE, or static-RSA suites they dropped (CBC with SHA-256).
    expect(kind('DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256')).toBe('none')
    expect(kind('DHE+AESGCM')).toBe('none')
    expect(cipherStringSuites('AES128-SHA256')).toEqual({ kind: 'none', legacy: ['AES128-SHA256'] })
  })
})
