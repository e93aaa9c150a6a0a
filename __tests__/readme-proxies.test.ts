// The healthy configuration example for each proxy in docs/proxies.md is what the configuration
// check passes: each block is claimed by its proxy and has nothing to fail or warn about.
import { afterAll, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseConfig } from '../src/config.js'
import { diagnose } from '../src/doctor.js'
import { proxyOfFile } from '../src/proxies/files.js'
import { proxyConfigScan } from '../src/scans/proxy-config.js'

const doc = readFileSync(path.join(process.cwd(), 'docs', 'proxies.md'), 'utf8')
const start = doc.indexOf("### The idle cut, and fixes in your proxy's words")
// Up to the next heading of level 2 or 3 (the blocks' own `# nginx` comments are not headings).
const rest = doc.slice(start + 1)
const next = rest.search(/\n#{2,3} /)
const section = start < 0 ? '' : doc.slice(start, next < 0 ? undefined : start + 1 + next)
const blocks = [
  ...section.matchAll(/```(nginx|haproxy|apache|caddy|lighttpd|yaml)\n([\s\S]*?)```/g)
].map(m => ({ lang: m[1], text: m[2], proxy: /^# (\S+)/.exec(m[2])![1].replace(/:$/, '') }))
const workspace = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-readme-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

test('docs/proxies.md has a healthy example for each of the six proxies', () => {
  expect(blocks.map(b => b.proxy)).toEqual([
    'nginx',
    'HAProxy',
    'Apache',
    'Caddy',
    'lighttpd',
    'h2o'
  ])
})

test.each(blocks.map(b => [b.proxy, b] as const))(
  '%s: claimed by its proxy, nothing to fix',
  async (name, block) => {
    const file = `${name.toLowerCase()}.conf`
    // nginx's example is a location: it lives in a server block of http.
    const text =
      name === 'nginx'
        ? `http {\n  server {\n    listen 443 ssl;\n    server_name api.example.com;\n    ssl_certificate /etc/letsencrypt/live/api.example.com/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/api.example.com/privkey.pem;\n${block.text}  }\n}\n`
        : block.text
    writeFileSync(path.join(workspace, file), text)
    expect(proxyOfFile({ path: file, text })?.name).toMatch(new RegExp(`^${name}`, 'i'))
    const config = parseConfig({ 'config-paths': file, 'idle-timeout': '60s' }, workspace)
    const report = await diagnose(config, new Date(), [], [proxyConfigScan])
    expect(
      report.results[0].findings
        .filter(f => f.status !== 'pass')
        .map(f => `${f.location?.line}: ${f.title}`)
    ).toEqual([])
  }
)
