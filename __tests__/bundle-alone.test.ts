// The CLI bundle as the npm tarball ships it: dist/cli without its source maps, in a folder with
// no node_modules anywhere above it. It runs (help, a config scan through the lazily loaded
// chunks), says what is wrong with a bad flag in words, and an uncaught error still prints its
// message and a stack of the bundle's own lines (which the repository's maps of the same
// version turn back into src/ lines under `node --enable-source-maps`, as the run with the maps
// shows).
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from './fixtures/temp-dir.js'

const root = path.resolve(import.meta.dirname, '..')
const cliDist = path.join(root, 'dist', 'cli')

// Jest's --experimental-vm-modules is not the user's: the bundle runs with plain node.
const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' }
delete env.NODE_PATH

/** dist/cli but the .map files, in a new folder; returns the bin's path. */
function unpacked(): { bin: string; cwd: string } {
  const dir = tempDir('bundle-alone')
  const cli = path.join(dir, 'package', 'dist', 'cli')
  cpSync(cliDist, cli, { recursive: true, filter: src => !src.endsWith('.map') })
  const cwd = path.join(dir, 'cwd')
  cpSync(path.join(root, '__tests__/fixtures/proxy-config/upgrade-missing'), cwd, {
    recursive: true
  })
  copyFileSync(
    path.join(root, '__tests__/fixtures/proxy-config/traefik/dynamic.yaml'),
    path.join(cwd, 'dynamic.yaml')
  )
  return { bin: path.join(cli, 'index.js'), cwd }
}

function run(bin: string, cwd: string, args: string[], nodeArgs: string[] = []) {
  return spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 20000
  })
}

// Makes the first write to stdout throw, outside the CLI's own error handling.
const brokenStdout =
  'data:text/javascript,process.stdout.write=()=>{throw new Error("stdout is gone")}'

describe('the CLI bundle without source maps and without node_modules', () => {
  const { bin, cwd } = unpacked()

  test('is what the tarball holds: no map, no node_modules above it', () => {
    const files = readdirSync(path.dirname(bin))
    expect(files).toContain('index.js')
    expect(files.filter(f => f.endsWith('.map'))).toEqual([])
    for (let dir = path.dirname(bin); dir !== path.dirname(dir); dir = path.dirname(dir))
      expect(existsSync(path.join(dir, 'node_modules'))).toBe(false)
  })

  test('prints its help', () => {
    const help = run(bin, cwd, ['--help'])
    expect(help.stderr).toBe('')
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: wss-doctor /)
  })

  test('scans proxy configurations (globs, YAML) from its lazily loaded chunks', () => {
    const scan = run(bin, cwd, ['--config-paths', '**/*.conf\ndynamic.yaml'])
    expect(scan.stderr).toBe('')
    expect(scan.status).toBe(1)
    expect(scan.stdout).toContain('nginx/api.conf')
    expect(scan.stdout).toContain('proxy_set_header Upgrade $http_upgrade is missing')
    expect(scan.stdout).toContain('dynamic.yaml')
  })

  test('says what is wrong with a bad flag, in words', () => {
    const bad = run(bin, cwd, ['--no-such-flag'])
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toMatch(/^wss-doctor: Unknown option '--no-such-flag'/)
    expect(bad.stderr).toContain('Usage: wss-doctor')
  })

  test("an uncaught error prints its message and the bundle's lines", () => {
    const crash = run(bin, cwd, ['--help'], ['--import', brokenStdout])
    expect(crash.status).toBe(1)
    const lines = crash.stderr.trim().split('\n')
    expect(lines[0]).toBe('Error: stdout is gone')
    expect(crash.stderr).toMatch(/at main \(file:\/\/\S+\/package\/dist\/cli\/index\.js:\d+:\d+\)/)
    expect(crash.stderr).not.toMatch(/source-?map|ENOENT/i)
  })
})

describe('the CLI bundle with the repository’s source maps', () => {
  // Node reads the maps only when asked: no run pays for them (docs/development.md).
  test('maps the same error back to src/ under --enable-source-maps', () => {
    const crash = run(
      path.join(cliDist, 'index.js'),
      root,
      ['--help'],
      ['--enable-source-maps', '--import', brokenStdout]
    )
    expect(crash.status).toBe(1)
    expect(crash.stderr).toMatch(/^Error: stdout is gone\n/)
    expect(crash.stderr).toMatch(/at main \(\S+\/src\/cli\.ts:\d+:\d+\)/)
  })
})
