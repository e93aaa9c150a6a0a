// A report written to a stream (the CLI's stdout) as it is rendered, in chunks, each after the
// stream has taken the one before: behind a pipe that reads slowly, a fleet's report (15 MB of
// text for 10,000 targets) waits in the renderer, not in the process's memory. Node buffers what
// a pipe has not taken yet without bound (stdout is asynchronous on pipes).
import type { Writable } from 'node:stream'

/** Pieces are joined up to about this many characters per write. */
const CHUNK = 64 * 1024

/** Writes `pieces` to `out`, waiting for 'drain' whenever it asks to. Ends quietly, writing no
 * more, once `out` is closed or fails (a reader that stopped early, `… | head`: bin.ts). */
export async function writePieces(out: Writable, pieces: Iterable<string>): Promise<void> {
  let chunk = ''
  for (const piece of pieces) {
    chunk += piece
    if (chunk.length < CHUNK) continue
    if (!(await taken(out, chunk))) return
    chunk = ''
  }
  if (chunk.length > 0) await taken(out, chunk)
}

/** Whether `out` is still open once it has taken `text` (at once, or after 'drain'). */
function taken(out: Writable, text: string): Promise<boolean> {
  if (out.destroyed || out.writableEnded) return Promise.resolve(false)
  if (out.write(text)) return Promise.resolve(true)
  return new Promise(resolve => {
    const settle = (open: boolean) => (): void => {
      out.off('drain', drained)
      out.off('close', closed)
      out.off('error', closed)
      resolve(open)
    }
    const drained = settle(true)
    const closed = settle(false)
    out.on('drain', drained)
    out.on('close', closed)
    out.on('error', closed)
  })
}
