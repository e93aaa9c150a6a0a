// The CLI's text report goes to stdout chunk by chunk, each after the stream took the last:
// behind a slow reader the report waits in the renderer, not in the process's memory.
import { expect, test } from '@jest/globals'
import { Writable } from 'node:stream'
import { writePieces } from '../src/report/stream.js'

/** A stream that takes a write on the next turn of the event loop, like a pipe read slowly. */
function slowStream(): { out: Writable; received: string[]; mostBuffered: () => number } {
  const received: string[] = []
  let most = 0
  const out = new Writable({
    highWaterMark: 16 * 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      most = Math.max(most, out.writableLength)
      received.push(chunk)
      setImmediate(done)
    }
  })
  return { out, received, mostBuffered: () => most }
}

function* lines(count: number, rendered: { count: number }): Generator<string> {
  for (let i = 0; i < count; i++) {
    rendered.count++
    yield `line ${i} ${'x'.repeat(200)}\n`
  }
}

test('a large report arrives whole and in order, never more than a chunk buffered', async () => {
  const { out, received, mostBuffered } = slowStream()
  const rendered = { count: 0 }
  await writePieces(out, lines(20_000, rendered))
  const text = received.join('')
  expect(text).toBe([...lines(20_000, { count: 0 })].join(''))
  // 4 MB written; what waited in the stream stayed about one chunk (64 K characters).
  expect(text.length).toBeGreaterThan(4_000_000)
  expect(mostBuffered()).toBeLessThan(70 * 1024)
})

test('a stream that closes (a reader that stopped) ends the writing quietly', async () => {
  const { out, received } = slowStream()
  const rendered = { count: 0 }
  out.once('drain', () => out.destroy())
  await writePieces(out, lines(20_000, rendered))
  // Rendering stopped with the stream: not every line was even made.
  expect(rendered.count).toBeLessThan(20_000)
  expect(received.length).toBeLessThan(5)
})
