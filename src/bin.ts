#!/usr/bin/env node
// The `wss-doctor` command's entry point (package.json "bin" → dist/cli/index.js).
import { main } from './cli.js'

// A reader that stops early (`wss-doctor … | head`) closes the pipe: the rest of the report has
// nowhere to go, which is no error of the run. Writes after that are dropped quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
    process.stdout.destroy()
    return
  }
  throw err
})

// An error nothing caught: its stack (the bundle's lines; src/ lines under
// `node --enable-source-maps`) and exit 1, without Node's quote of the bundle's source line.
process.on('uncaughtException', (err: unknown) => {
  const stack = (err as { stack?: unknown } | null)?.stack
  process.stderr.write(`${typeof stack === 'string' ? stack : String(err)}\n`)
  process.exit(1)
})

process.exitCode = await main(process.argv.slice(2))
