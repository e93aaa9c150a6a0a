// Sharding a big target list over matrix jobs: `shard: i/n` keeps the targets whose label
// hashes to i. The hash depends on the label alone, so a target stays in its shard whatever
// the order of the list or the other entries; merge-reports puts the shards back together.
import { createHash } from 'node:crypto'

/** 1-based: shard `index` of `count`. */
export interface Shard {
  index: number
  count: number
}

const MAX_SHARDS = 256

/** "2/4" → { index: 2, count: 4 }; '' → undefined; anything else throws (the caller says which
 * input). */
export function parseShard(text: string): Shard | undefined {
  if (text === '') return undefined
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text)
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!(count >= 1 && count <= MAX_SHARDS && index >= 1 && index <= count))
    throw new Error(
      `expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/4, or \${{ matrix.shard }}/4), got "${text}"`
    )
  return { index, count }
}

/** The shard (1…count) a target label belongs to: SHA-256 of the label, modulo count. */
export function shardOf(label: string, count: number): number {
  const digest = createHash('sha256').update(label).digest()
  // 48 bits of the digest: exact in a double, and uniform enough for any count ≤ 256.
  return (digest.readUIntBE(0, 6) % count) + 1
}

export function inShard(label: string, shard: Shard): boolean {
  return shardOf(label, shard.count) === shard.index
}
