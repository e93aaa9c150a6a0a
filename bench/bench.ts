// `npm run bench`: wss-doctor's speed against reference tools on the same loopback endpoints
// (the demo fleet). Prints medians and ratios; asserts nothing.
//   BENCH_RUNS=N    counted runs per tool after one warm-up (default 5; testssl gets at most 2)
// Scenarios:
//   one endpoint  the healthy demo endpoint: wss-doctor's full check (handshake, chain, version
//                 matrix, upgrade) vs four `openssl s_client` (one per TLS version, the field
//                 guide's step 3), `sslscan`, `testssl -p -S` (the last two when installed)
//   whole fleet   every wss:// endpoint of the demo: wss-doctor in one process vs one
//                 `openssl s_client -verify_hostname` per endpoint
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { startFleet } from '../src/demo/fleet.js'

const exec = promisify(execFile)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const OPTIONS = { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }

interface Tool {
  name: string
  runs?: number
  /** One timed sample: a whole-process run (or a sequence of them). */
  sample(): Promise<void>
}

/** Runs a command to its end; its exit code does not matter (failing endpoints exit 1). */
const run = (file: string, args: string[]): Promise<void> =>
  exec(file, args, OPTIONS).then(
    () => undefined,
    () => undefined
  )

async function installed(...names: string[]): Promise<string | undefined> {
  for (const name of names) {
    if (
      await exec('sh', ['-c', `command -v ${name}`]).then(
        () => true,
        () => false
      )
    )
      return name
  }
  return undefined
}

async function median(tool: Tool): Promise<number> {
  await tool.sample()
  const samples: number[] = []
  for (let i = 0; i < (tool.runs ?? RUNS); i++) {
    const start = performance.now()
    await tool.sample()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const mid = samples[Math.floor(samples.length / 2)]
  process.stdout.write(
    `  ${tool.name}\n    median ${mid.toFixed(0)} ms (min ${samples[0].toFixed(0)}, max ${samples[samples.length - 1].toFixed(0)}, ${samples.length} runs)\n`
  )
  return mid
}

async function scenario(title: string, tools: Tool[]): Promise<void> {
  process.stdout.write(`\n${title}\n`)
  const medians: number[] = []
  for (const tool of tools) medians.push(await median(tool))
  for (const [i, tool] of tools.entries()) {
    if (i > 0)
      process.stdout.write(
        `  ratio ${tool.name} / wss-doctor: ${(medians[i] / medians[0]).toFixed(2)}\n`
      )
  }
}

async function main(): Promise<void> {
  const fleet = await startFleet()
  try {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-bench-'))
    const ca = path.join(dir, 'ca.pem')
    writeFileSync(ca, fleet.caPem)
    const resolve = fleet.resolve.flatMap(r => ['--resolve', r])
    const doctor = (urls: string[]): Promise<void> =>
      run(process.execPath, [
        'dist/cli/index.js',
        '--ca-file',
        ca,
        '--timeout-ms',
        '3000',
        ...resolve,
        ...urls
      ])
    const tls = fleet.endpoints.map(e => new URL(e.url)).filter(u => u.protocol === 'wss:')
    const good = tls.find(u => u.hostname.startsWith('good.'))!
    const sClient = (url: URL, extra: string[]): Promise<void> =>
      run('sh', [
        '-c',
        `openssl s_client -connect 127.0.0.1:${url.port} -servername ${url.hostname} ${extra.join(' ')} </dev/null`
      ])

    const one: Tool[] = [
      { name: 'wss-doctor (all checks, one endpoint)', sample: () => doctor([good.href]) },
      {
        name: 'openssl s_client x4 (-tls1, -tls1_1, -tls1_2, -tls1_3)',
        sample: async () => {
          for (const flag of [
            '-tls1 -cipher DEFAULT@SECLEVEL=0',
            '-tls1_1 -cipher DEFAULT@SECLEVEL=0',
            '-tls1_2',
            '-tls1_3'
          ])
            await sClient(good, [flag])
        }
      }
    ]
    const sslscan = await installed('sslscan')
    if (sslscan)
      one.push({
        name: 'sslscan',
        sample: () =>
          run(sslscan, ['--no-colour', `--sni-name=${good.hostname}`, `127.0.0.1:${good.port}`])
      })
    const testssl = await installed('testssl', 'testssl.sh')
    if (testssl) {
      one.push({
        name: 'testssl -p -S',
        runs: Math.min(RUNS, 2),
        sample: () =>
          run(testssl, [
            '--quiet',
            '--color',
            '0',
            '--warnings',
            'off',
            '-p',
            '-S',
            '--ip',
            '127.0.0.1',
            `${good.hostname}:${good.port}`
          ])
      })
    }
    process.stdout.write(
      `Demo fleet on loopback: ${fleet.endpoints.length} endpoints, ${tls.length} of them wss://.\n`
    )
    await scenario('One endpoint', one)
    await scenario(`Whole fleet (${tls.length} wss:// endpoints)`, [
      {
        name: 'wss-doctor (all checks, one process)',
        sample: () => doctor(fleet.endpoints.map(e => e.url))
      },
      {
        name: 'openssl s_client -verify_hostname, one per endpoint',
        sample: async () => {
          for (const url of tls)
            await sClient(url, ['-verify_hostname', url.hostname, '-CAfile', ca])
        }
      }
    ])
  } finally {
    await fleet.close()
  }
}

await main()
