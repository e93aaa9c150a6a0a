// The run-wide caches forget their oldest entries, so a fleet of distinct certificates does not
// keep every one of them for the whole run.
import { expect, test } from '@jest/globals'
import { BoundedMap } from '../src/bounded-map.js'

test('past its limit the oldest entry goes; the newest stay, in insertion order', () => {
  const map = new BoundedMap<number, string>(3)
  for (let i = 0; i < 10; i++) map.set(i, `v${i}`)
  expect([...map.entries()]).toEqual([
    [7, 'v7'],
    [8, 'v8'],
    [9, 'v9']
  ])
  map.set(8, 'again') // an update is no new entry
  expect(map.size).toBe(3)
  expect(map.get(8)).toBe('again')
})
