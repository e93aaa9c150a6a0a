// Run-wide caches keyed by certificates and responses: a fleet of distinct certificates would
// otherwise keep every one of them for the whole run, and memory would grow with the fleet.

/** A Map that forgets its oldest entry once it holds more than `limit`. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super()
  }

  override set(key: K, value: V): this {
    super.set(key, value)
    if (this.size > this.limit) this.delete(this.keys().next().value as K)
    return this
  }
}
