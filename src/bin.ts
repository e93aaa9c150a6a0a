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

process.exitCode = await main(process.argv.slice(2))
