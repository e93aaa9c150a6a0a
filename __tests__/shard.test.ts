// shard: i/n splits a target list over matrix jobs: every target in exactly one shard, the same
// one whatever the order of the list; a malformed value is an input error.
import { describe, expect, test } from '@jest/globals'
import { ConfigError, parseConfig } from '../src/config.js'
import { parseShard, shardOf } from '../src/shard.js'

const urls = Array.from({ length: 60 }, (_, i) => `wss://host-${i}.example/ws`)

function labels(list: string[], shard: string): string[] {
  return parseConfig({ urls: list.join('\n'), shard }, process.cwd()).targets.map(t => t.label)
}

describe('parseShard', () => {
  test('reads i/n, 1-based', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 })
    expect(parseShard('')).toBeUndefined()
  })

  test.each(['0/4', '5/4', '4', '1/0', 'a/b', '-1/4', '1/4/2', '1 / 4', '2/257'])(
    '"%s" is a ConfigError naming the input',
    shard => {
      expect(() => parseConfig({ urls: urls[0], shard }, process.cwd())).toThrow(ConfigError)
      expect(() => parseConfig({ urls: urls[0], shard }, process.cwd())).toThrow(/^shard: /)
    }
  )
})

describe('a stable partition', () => {
  test('every target lands in exactly one of the shards, keeping its position in the list', () => {
    const shards = [1, 2, 3, 4].map(
      i => parseConfig({ urls: urls.join('\n'), shard: `${i}/4` }, process.cwd()).targets
    )
    const all = shards.flat()
    expect(all.map(t => t.label).sort()).toEqual([...urls].sort())
    for (const target of all) expect(urls[target.position!]).toBe(target.label)
    // Not all in one shard: the hash spreads them.
    for (const shard of shards) expect(shard.length).toBeGreaterThan(5)
  })

  test('a target stays in its shard whatever the order of the list and the other entries', () => {
    const reversed = [...urls].reverse()
    const fewer = urls.filter((_, i) => i % 3 === 0)
    for (const i of [1, 2, 3]) {
      const shard = `${i}/3`
      const mine = new Set(labels(urls, shard))
      expect(new Set(labels(reversed, shard))).toEqual(mine)
      expect(labels(fewer, shard)).toEqual(fewer.filter(u => mine.has(u)))
      for (const label of mine) expect(shardOf(label, 3)).toBe(i)
    }
  })

  test('max-targets applies to the shard’s share', () => {
    const targets = parseConfig(
      { urls: urls.join('\n'), shard: '1/2', 'max-targets': '3' },
      process.cwd()
    ).targets
    const share = labels(urls, '1/2').length
    expect(targets).toHaveLength(4)
    expect(targets[3]).toMatchObject({
      label: `${share - 3} more targets of shard 1/2`,
      problem: expect.stringMatching(new RegExp(`first 3 of ${share} targets`))
    })
  })

  test('scans run in shard 1 only', () => {
    const inputs = { urls: urls[0], 'scan-paths': 'src/**', 'page-urls': 'https://a.example/' }
    expect(parseConfig({ ...inputs, shard: '1/2' }, process.cwd())).toMatchObject({
      scanPaths: ['src/**'],
      pageUrls: ['https://a.example/']
    })
    expect(parseConfig({ ...inputs, shard: '2/2' }, process.cwd())).toMatchObject({
      scanPaths: [],
      pageUrls: []
    })
  })
})
