// The scans' place in the run: before-scans may add targets (probe-discovered), after-scans see
// the targets' results, a scan that throws is one failing result, and the file finder stays
// inside the workspace, away from dependencies, binaries and huge files.
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseConfig } from '../src/config.js'
import { diagnose } from '../src/doctor.js'
import { findFiles } from '../src/scans/files.js'
import type { Scan } from '../src/scans/scan.js'
import { renderAnnotations } from '../src/report/annotations.js'
import { tempDir } from './fixtures/temp-dir.js'

const noProbes = [] as const

describe('scans in the run', () => {
  test('a before-scan adds discovered wss:// targets only with probe-discovered, an after-scan sees them', async () => {
    const seenAfter: string[][] = []
    const finder: Scan = {
      check: 'source',
      phase: 'before',
      applies: () => true,
      run: async () => ({
        results: [
          {
            target: { label: 'src/app.ts', scan: 'source' },
            status: 'fail',
            facts: {},
            findings: [
              {
                check: 'source',
                code: 'source-insecure-url',
                status: 'fail',
                title: 'ws:// URL',
                location: { file: 'src/app.ts', line: 3, column: 17 }
              }
            ]
          }
        ],
        discovered: [
          { text: 'wss://found.example/ws', source: { file: 'src/app.ts', line: 9 } },
          { text: 'wss://listed.example/ws' },
          { text: 'ws://plain.example/ws' }
        ]
      })
    }
    const watcher: Scan = {
      check: 'browser',
      phase: 'after',
      applies: () => true,
      run: async ctx => {
        seenAfter.push(ctx.results.map(r => r.target.label))
        return { results: [] }
      }
    }
    const run = (probeDiscovered: string) =>
      diagnose(
        parseConfig(
          { urls: 'wss://listed.example/ws', 'probe-discovered': probeDiscovered },
          process.cwd()
        ),
        new Date(),
        noProbes,
        [watcher, finder]
      )
    const off = await run('false')
    expect(off.results.map(r => r.target.label)).toEqual(['wss://listed.example/ws', 'src/app.ts'])
    const on = await run('true')
    expect(on.results.map(r => r.target.label)).toEqual([
      'wss://listed.example/ws',
      'wss://found.example/ws',
      'src/app.ts'
    ])
    expect(seenAfter).toEqual([
      ['wss://listed.example/ws'],
      ['wss://listed.example/ws', 'wss://found.example/ws']
    ])
    expect(on.result).toBe('fail')
    const { annotations } = renderAnnotations(on, { error: 10, warning: 10, notice: 10 })
    expect(annotations.find(a => a.level === 'error')).toMatchObject({
      file: 'src/app.ts',
      startLine: 3,
      startColumn: 17
    })
  })

  test('a scan that throws is one failing result; the targets are still checked', async () => {
    const broken: Scan = {
      check: 'page',
      phase: 'before',
      applies: () => true,
      run: async () => {
        throw new Error('parser fell over')
      }
    }
    const report = await diagnose(
      parseConfig({ urls: 'wss://a.example/' }, process.cwd()),
      new Date(),
      noProbes,
      [broken]
    )
    expect(report.results.map(r => r.target.label)).toEqual(['wss://a.example/', 'page scan'])
    expect(report.results[1].findings[0].title).toBe(
      'wss-doctor could not run the page check: parser fell over'
    )
  })
})

describe('findFiles', () => {
  test('matches globs in the workspace, skipping node_modules, build output, binaries and big files', async () => {
    const root = tempDir('files')
    const put = (file: string, content: string | Buffer): void => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), content)
    }
    put('src/a.ts', 'new WebSocket("ws://x")')
    put('src/nested/b.vue', '<script></script>')
    put('node_modules/lib/c.js', 'ws://dep')
    put('dist/d.js', 'ws://built')
    put('src/e.js', Buffer.from([0x77, 0x73, 0, 1]))
    put('src/f.js', 'x'.repeat(2048))
    const found = await findFiles(root, ['**/*.{ts,js,vue}', '../**/*.ts'], {
      maxFiles: 10,
      maxBytes: 1024
    })
    expect(found.files.map(f => f.path)).toEqual(['src/a.ts', 'src/nested/b.vue'])
    expect(found.skipped).toEqual([
      { path: 'src/e.js', why: 'binary' },
      { path: 'src/f.js', why: 'larger than 1024 bytes' }
    ])
  })
})
