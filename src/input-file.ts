// The files inputs name (targets-file, ca-file, client-cert, client-key), read whole before the
// run: only regular files, and at most a size limit. Opening a FIFO waits for a writer and
// reading a pipe or a terminal waits for its end, on the one thread the run's deadline needs,
// so a special file is refused at once instead of hanging the run with no output.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import path from 'node:path'

const MiB = 1024 * 1024

/** The file's text, or why it is not read (naming the input and the path as given). */
export function readInputFile(
  baseDir: string,
  file: string,
  name: string,
  limit: number
): { text: string } | { problem: string } {
  const unreadable = (err: unknown) => ({
    problem: `${name}: cannot read "${file}" (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`
  })
  let fd: number
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it changes nothing for a file).
    fd = openSync(path.resolve(baseDir, file), constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (err) {
    return unreadable(err)
  }
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory())
      return { problem: `${name}: "${file}" is a directory; give the path of a file` }
    if (!stats.isFile()) {
      return {
        problem: `${name}: "${file}" is not a regular file (${specialKind(stats)}), which could block the run; write its content to a file and give that file's path`
      }
    }
    const text = readUpTo(fd, limit)
    if (text === undefined) {
      return {
        problem: `${name}: "${file}" is larger than ${limit / MiB} MiB, the most wss-doctor reads from ${name}`
      }
    }
    return { text }
  } catch (err) {
    return unreadable(err)
  } finally {
    closeSync(fd)
  }
}

/** At most `limit` bytes as UTF-8; undefined when there are more. */
function readUpTo(fd: number, limit: number): string | undefined {
  const chunks: Buffer[] = []
  let total = 0
  // One byte past the limit tells a file of exactly the limit from a longer one (a file may
  // grow while it is read: its size is not trusted).
  while (total <= limit) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total))
    const read = readSync(fd, chunk, 0, chunk.length, null)
    if (read === 0) break
    chunks.push(chunk.subarray(0, read))
    total += read
  }
  return total > limit ? undefined : Buffer.concat(chunks, total).toString('utf8')
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'a special file'
}
