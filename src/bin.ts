#!/usr/bin/env node
// The `wss-doctor` command's entry point (package.json "bin" → dist/cli/index.js).
import { main } from './cli.js'

process.exitCode = await main(process.argv.slice(2))
