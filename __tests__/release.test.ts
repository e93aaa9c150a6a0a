// The release workflow and the npm package: the workflow parses and does what a release needs
// (the tagged commit checked, dist/ matching src/, notes from CHANGELOG.md, the major tag moved,
// the CLI published with provenance); its notes step, run here on a changelog, picks the
// tagged version's section; package.json ships what the action and the CLI need, and nothing
// else: no runtime dependency (dist/ is self-contained), no source map in the tarball.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { tempDir } from './fixtures/temp-dir.js'

const root = path.resolve(import.meta.dirname, '..')
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

interface Step {
  name?: string
  uses?: string
  run?: string
  with?: Record<string, string>
  env?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  permissions?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: { push: { tags: string[]; branches?: string[] } }
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

const workflow = parse(read('.github/workflows/release.yml')) as Workflow
const pkg = JSON.parse(read('package.json')) as {
  private?: boolean
  version: string
  bin: Record<string, string>
  files: string[]
  engines: { node: string }
  publishConfig: Record<string, unknown>
  repository: { url: string }
  dependencies?: Record<string, string>
  devDependencies: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  bundleDependencies?: unknown
  bundledDependencies?: unknown
}

/** The index of the first step that satisfies `match`; -1 when none does. */
function stepIndex(job: Job, match: (step: Step) => boolean): number {
  return job.steps.findIndex(match)
}
const runs = (text: string) => (step: Step) => step.run?.includes(text) ?? false
const uses = (action: string) => (step: Step) => step.uses?.startsWith(`${action}@`) ?? false

/** GitHub's tag filter as a regular expression: `[0-9]+` as written, `.` a literal dot. */
function tagFilter(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/\./g, '\\.')}$`)
}

describe('release workflow', () => {
  const { release, npm } = workflow.jobs

  test('runs on semver tags only, read-only unless a job says otherwise', () => {
    expect(workflow.on.push.branches).toBeUndefined()
    const filters = workflow.on.push.tags.map(tagFilter)
    const matches = (tag: string): boolean => filters.some(f => f.test(tag))
    expect(matches('v1.2.3')).toBe(true)
    expect(matches('v1.10.0')).toBe(true)
    expect(matches('v1')).toBe(false)
    expect(matches('v1.2')).toBe(false)
    expect(matches('v1.2.3-rc.1')).toBe(false)
    expect(matches('1.2.3')).toBe(false)
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  test('the release job checks the tagged commit, then releases it and moves the major tag', () => {
    expect(release.permissions).toEqual({ contents: 'write' })
    const order = [
      stepIndex(release, uses('actions/checkout')),
      stepIndex(release, uses('actions/setup-node')),
      stepIndex(release, runs('npm ci')),
      stepIndex(release, runs('npm test')),
      stepIndex(release, runs('npm run package')),
      stepIndex(release, runs('git status --porcelain -- dist')),
      stepIndex(release, runs('CHANGELOG.md')),
      stepIndex(release, runs('gh release create')),
      stepIndex(release, runs('git tag -f'))
    ]
    expect(order.every(i => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(release.steps[order[1]].with?.['node-version-file']).toBe('.node-version')
    for (const check of ['npm run lint', 'npm run typecheck'])
      expect(stepIndex(release, runs(check))).toBeGreaterThan(order[2])
    const dist = release.steps[order[5]].run!
    expect(dist).toMatch(/exit 1/)
    const create = release.steps[order[7]]
    expect(create.run).toContain('--notes-file')
    expect(create.env?.GH_TOKEN).toBe('${{ github.token }}')
    const move = release.steps[order[8]].run!
    expect(move).toContain('git push -f origin')
    // The tag must be the version npm will publish.
    const versionCheck = stepIndex(release, runs('require("./package.json").version'))
    expect(versionCheck).toBeGreaterThanOrEqual(0)
    expect(versionCheck).toBeLessThan(order[7])
  })

  test('the npm job publishes the CLI with provenance after the release, in its own job', () => {
    expect(npm.needs).toBe('release')
    // The tarball is installed alone, offline, and run before it is published.
    const smoke = stepIndex(npm, runs('bash .ci/pack-smoke.sh'))
    expect(smoke).toBeGreaterThanOrEqual(0)
    expect(smoke).toBeLessThan(stepIndex(npm, runs('npm publish')))
    expect(npm.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    const setup = npm.steps.find(uses('actions/setup-node'))
    expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org')
    const publish = npm.steps.find(runs('npm publish'))
    expect(publish?.run).toBe('npm publish --provenance --access public')
    expect(publish?.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}')
    // No other job may write to the repository or mint tokens.
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name !== 'release') expect(job.permissions?.contents).not.toBe('write')
      if (name !== 'npm') expect(job.permissions?.['id-token']).toBeUndefined()
    }
  })

  test("the notes step takes the tagged version's section of the changelog", () => {
    const notesStep = release.steps.find(runs('CHANGELOG.md'))!
    const dir = tempDir('release')
    writeFileSync(
      path.join(dir, 'CHANGELOG.md'),
      [
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '- not yet',
        '',
        '## [1.2.30] - 2026-12-02',
        '',
        '- thirty',
        '',
        '## [1.2.3] - 2026-12-01',
        '',
        '### Fixed',
        '',
        '- the one',
        '',
        '## [1.2.2] - 2026-11-01',
        '',
        '- older',
        ''
      ].join('\n')
    )
    const notes = (tag: string): string => {
      execFileSync('bash', ['-e', '-c', notesStep.run!], {
        cwd: dir,
        env: { ...process.env, GITHUB_REF_NAME: tag, RUNNER_TEMP: dir },
        stdio: 'pipe'
      })
      return readFileSync(path.join(dir, 'notes.md'), 'utf8')
    }
    expect(notes('v1.2.3').trim()).toBe('### Fixed\n\n- the one')
    expect(notes('v1.2.30').trim()).toBe('- thirty')
    let missing: { status?: number; stdout?: Buffer } = {}
    try {
      notes('v9.9.9')
    } catch (err) {
      missing = err as typeof missing
    }
    expect(missing.status).toBe(1)
    expect(String(missing.stdout)).toContain('::error::CHANGELOG.md has no section "## [9.9.9]"')
  })
})

describe('npm package', () => {
  test('is publishable, with provenance, from the repository the README names', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true })
    expect(pkg.repository.url).toBe('git+https://github.com/OWNER/wss-doctor.git')
    expect(read('README.md')).toContain('OWNER/wss-doctor@v1')
  })

  test('files covers the bin, the action and what the package says about itself', () => {
    // "!pattern" entries take files out (the source maps); the tarball test checks what is left.
    const included = pkg.files.filter(entry => !entry.startsWith('!'))
    const covered = (file: string): boolean =>
      included.some(entry => file === entry || file.startsWith(`${entry}/`))
    for (const bin of Object.values(pkg.bin)) expect(covered(path.normalize(bin))).toBe(true)
    const action = parse(read('action.yml')) as { runs: { main: string } }
    expect(covered(action.runs.main)).toBe(true)
    for (const entry of included) expect(existsSync(path.join(root, entry))).toBe(true)
    expect(pkg.files).toContain('!dist/**/*.map')
    expect(read('LICENSE')).toMatch(/^MIT License/)
    expect(pkg.files).not.toContain('src')
  })

  // dist/ is the whole program (ncc bundles every package src/ imports), so installing the
  // package must install nothing else: the packages the bundle is built from are devDependencies.
  test('has no runtime dependencies: the bundle in dist/ is built from devDependencies', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.optionalDependencies ?? {}).toEqual({})
    expect(pkg.peerDependencies ?? {}).toEqual({})
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined()
    for (const bundled of ['@actions/core', 'puppeteer-core', 'ws', 'yaml'])
      expect(pkg.devDependencies[bundled]).toBeDefined()
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { dependencies?: Record<string, string> }>
    }
    expect(lock.packages[''].dependencies ?? {}).toEqual({})
  })

  test('engines: Node 20 or newer, which the CLI is checked on (and the action runs on Node 24)', () => {
    expect(pkg.engines).toEqual({ node: '>=20' })
    const action = parse(read('action.yml')) as { runs: { using: string } }
    expect(action.runs.using).toBe('node24')
  })

  test('the tarball holds the bin, the action and every file of dist/ but the source maps', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const [packed] = JSON.parse(out) as { files: { path: string }[] }[]
    const files = packed.files.map(f => f.path).sort()
    const action = parse(read('action.yml')) as { runs: { main: string } }
    for (const needed of [
      ...Object.values(pkg.bin).map(bin => path.posix.normalize(bin)),
      action.runs.main,
      'action.yml',
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'dist/cli/licenses.txt'
    ])
      expect(files).toContain(needed)
    expect(files.filter(f => f.endsWith('.map'))).toEqual([])
    // Every chunk the bundles load is there: all of dist/ but the maps.
    const dist = (readdirSync(path.join(root, 'dist'), { recursive: true }) as string[])
      .map(f => `dist/${f.split(path.sep).join('/')}`)
      .filter(f => statSync(path.join(root, f)).isFile() && !f.endsWith('.map'))
      .sort()
    expect(files.filter(f => f.startsWith('dist/'))).toEqual(dist)
    // The README links into docs/ and reports into docs/findings/: the pages travel with it.
    const docs = (readdirSync(path.join(root, 'docs'), { recursive: true }) as string[])
      .map(f => `docs/${f.split(path.sep).join('/')}`)
      .filter(f => statSync(path.join(root, f)).isFile())
      .sort()
    expect(files.filter(f => !f.startsWith('dist/')).sort()).toEqual(
      ['CHANGELOG.md', 'LICENSE', 'README.md', 'action.yml', 'package.json', ...docs].sort()
    )
  })

  test('the changelog follows Keep a Changelog with an Unreleased section', () => {
    const changelog = read('CHANGELOG.md')
    expect(changelog).toMatch(/^# Changelog\n/)
    expect(changelog).toContain('[Keep a Changelog]')
    expect(changelog).toMatch(/^## \[Unreleased\]$/m)
  })
})
