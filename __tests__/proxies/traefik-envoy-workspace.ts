// A repository for the Traefik and Envoy static checks: the fixture configurations beside
// certificate files made now (root → intermediate → leaf for chat.example.com), as fullchain.pem
// and leaf.pem, and the check options a run would give.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createIntermediate, createLeaf, createRoot } from '../../src/demo/pki.js'
import type { Finding } from '../../src/findings.js'
import type { ConfigCheckOptions, ConfigVerdict } from '../../src/proxies/proxy.js'

export const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/proxy-config'
)

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8')
}

export interface Workspace {
  dir: string
  close(): void
}

/** A temporary repository with certs/fullchain.pem, certs/leaf.pem and certs/privkey.pem. */
export async function certificateWorkspace(): Promise<Workspace> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-traefik-envoy-'))
  const root = await createRoot({ commonName: 'Chat Test Root' })
  const intermediate = await createIntermediate(root, { commonName: 'Chat Test Intermediate' })
  const leaf = await createLeaf(intermediate, {
    commonName: 'chat.example.com',
    names: ['chat.example.com']
  })
  mkdirSync(path.join(dir, 'certs'))
  writeFileSync(path.join(dir, 'certs/fullchain.pem'), leaf.certPem + intermediate.certPem)
  writeFileSync(path.join(dir, 'certs/leaf.pem'), leaf.certPem)
  writeFileSync(path.join(dir, 'certs/privkey.pem'), leaf.keyPem)
  return { dir, close: () => rmSync(dir, { recursive: true, force: true }) }
}

export function checkOptions(
  workspace: string,
  overrides: Partial<ConfigCheckOptions> = {}
): ConfigCheckOptions {
  return {
    workspace,
    idleTimeoutMs: 60_000,
    websocketPaths: [],
    minTlsVersion: 'TLSv1.2',
    failOnLegacyTls: false,
    requireTlsVersions: [],
    targets: [],
    ...overrides
  }
}

/** "status line title" for every finding that is not a pass. */
export const problems = (verdict: ConfigVerdict): string[] =>
  verdict.findings
    .filter(f => f.status !== 'pass')
    .map(f => `${f.status} ${f.location?.line} ${f.title}`)

/** The 1-based line of the first line of `text` matching `pattern`. */
export function lineOf(text: string, pattern: RegExp | string): number {
  const index = text
    .split('\n')
    .findIndex(line => (typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line)))
  if (index < 0) throw new Error(`no line matches ${String(pattern)}`)
  return index + 1
}

/** `text` with `from` replaced once (and a check that it was there). */
export function edit(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to)
  if (changed === text) throw new Error(`nothing to replace: ${String(from)}`)
  return changed
}

export const only = (verdict: ConfigVerdict, status: Finding['status']): Finding[] =>
  verdict.findings.filter(f => f.status === status)
