// `npm run bench`: how long wss-doctor takes on the demo fleet, against reference tools doing
// the same job on the same loopback endpoints. Prints medians and ratios; asserts nothing.
//   BENCH_RUNS=N       runs per tool (default 5)
//   reference tools:   openssl s_client (always), sslscan and testssl.sh when installed
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { startFleet } from '../src/demo/fleet.js'

const run = promisify(execFile)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

interface Tool {
  name: string
  /** One timed sample: everything this tool needs to check the whole fleet. */
  sample(): Promise<void>
}

async function which(command: string): Promise<boolean> {
  return run('sh', ['-c', `command -v ${command}`]).then(
    () => true,
    () => false
  )
}

async function time(tool: Tool): Promise<number[]> {
  await tool.sample() // warm-up: file cache, JIT
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await tool.sample()
    samples.push(performance.now() - start)
  }
  return samples
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function main(): Promise<void> {
  const fleet = await startFleet()
  try {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-bench-'))
    const ca = path.join(dir, 'ca.pem')
    writeFileSync(ca, fleet.caPem)
    const tls = fleet.endpoints.map(e => new URL(e.url)).filter(u => u.protocol === 'wss:')
    const options = { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }
    const ignoreExit = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        () => undefined
      )
    const tools: Tool[] = [
      {
        name: 'wss-doctor (dist/cli, whole fleet, one process)',
        sample: () =>
          ignoreExit(
            run(
              process.execPath,
              [
                'dist/cli/index.js',
                '--ca-file',
                ca,
                '--timeout-ms',
                '3000',
                ...fleet.resolve.flatMap(r => ['--resolve', r]),
                ...fleet.endpoints.map(e => e.url)
              ],
              options
            )
          )
      },
      {
        name: 'openssl s_client -verify_hostname (one per endpoint)',
        sample: async () => {
          for (const url of tls) {
            await ignoreExit(
              run(
                'sh',
                [
                  '-c',
                  `openssl s_client -connect 127.0.0.1:${url.port} -servername ${url.hostname} -verify_hostname ${url.hostname} -CAfile ${ca} </dev/null`
                ],
                options
              )
            )
          }
        }
      }
    ]
    if (await which('sslscan')) {
      tools.push({
        name: 'sslscan (one per endpoint)',
        sample: async () => {
          for (const url of tls)
            await ignoreExit(
              run(
                'sslscan',
                ['--no-colour', `--sni-name=${url.hostname}`, `127.0.0.1:${url.port}`],
                options
              )
            )
        }
      })
    }
    if (await which('testssl.sh')) {
      tools.push({
        name: 'testssl.sh -p -S (one per endpoint)',
        sample: async () => {
          for (const url of tls)
            await ignoreExit(
              run(
                'testssl.sh',
                [
                  '--quiet',
                  '--color',
                  '0',
                  '-p',
                  '-S',
                  '--ip',
                  '127.0.0.1',
                  `${url.hostname}:${url.port}`
                ],
                options
              )
            )
        }
      })
    }
    process.stdout.write(
      `Fleet: ${fleet.endpoints.length} endpoints (${tls.length} wss://) on loopback; ${RUNS} runs each after a warm-up.\n\n`
    )
    const medians: number[] = []
    for (const tool of tools) {
      const samples = await time(tool)
      medians.push(median(samples))
      const [min, max] = [Math.min(...samples), Math.max(...samples)]
      process.stdout.write(
        `${tool.name}\n  median ${median(samples).toFixed(0)} ms (min ${min.toFixed(0)}, max ${max.toFixed(0)})\n`
      )
    }
    process.stdout.write('\nRatios (reference / wss-doctor; above 1 means wss-doctor is faster):\n')
    tools
      .slice(1)
      .forEach((tool, i) =>
        process.stdout.write(`  ${tool.name}: ${(medians[i + 1] / medians[0]).toFixed(2)}\n`)
      )
  } finally {
    await fleet.close()
  }
}

await main()
