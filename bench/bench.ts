// `npm run bench`: wss-doctor's speed, whole processes on loopback endpoints only. Prints
// medians; asserts nothing (never part of the test suite).
//   BENCH_RUNS=N      counted runs per measurement after one warm-up (default 3)
//   BENCH_SIZES=list  fleet sizes (default 1,100,1000)
//   BENCH_DIST=dir    the bundles to run: DIR/index.js (the action), DIR/cli/index.js (the CLI);
//                     default dist (npm run package; or `ncc build src/index.ts -o /tmp/x`)
// Measurements:
//   one endpoint   the whole action as the runner starts it (`node dist/index.js`, INPUT_* in
//                  the environment) against four `openssl s_client` (one per TLS version) and
//                  `sslscan` (when installed)
//   fleets         1, 100 and 1,000 endpoints through the CLI, every check on but the idle hold
//                  (idle-timeout 0: a fixed wait, once per run, that measures nothing): each endpoint
//                  with its own certificate (distinct) and all behind one wildcard (shared).
//                  Wall time, CPU (user + sys) per target and peak RSS of the wss-doctor
//                  process, from /usr/bin/time. The servers run in this process, not in the
//                  measured one, but share the machine's cores.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import tls from 'node:tls'
import { promisify } from 'node:util'
import { WebSocketServer } from 'ws'
import { createIntermediate, createLeaf, createRoot, type Issued } from '../src/demo/pki.js'

const exec = promisify(execFile)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const SIZES = (process.env.BENCH_SIZES ?? '1,100,1000').split(',').map(Number)
const DIST = process.env.BENCH_DIST ?? 'dist'
const DOMAIN = 'bench.wss-doctor.test'
const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-bench-'))

interface Sample {
  wallS: number
  cpuS: number
  rssMB: number
}

/** One whole process under /usr/bin/time; its exit code does not matter (failing runs exit 1). */
async function timed(file: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Sample> {
  const result = await exec('/usr/bin/time', ['-f', 'TIME %e %U %S %M', file, ...args], {
    env: { ...process.env, ...env },
    timeout: 600_000,
    maxBuffer: 256 * 1024 * 1024
  }).catch((err: { stderr?: string }) => ({ stderr: err.stderr ?? '' }))
  const line = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(result.stderr)
  if (!line) throw new Error(`no timing from ${file}: ${result.stderr.slice(-500)}`)
  return { wallS: +line[1], cpuS: +line[2] + +line[3], rssMB: +line[4] / 1024 }
}

async function medianOf(sample: () => Promise<Sample>): Promise<Sample & { runs: number }> {
  await sample()
  const samples: Sample[] = []
  for (let i = 0; i < RUNS; i++) samples.push(await sample())
  const mid = <K extends keyof Sample>(key: K): number =>
    samples.map(s => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)]
  return { wallS: mid('wallS'), cpuS: mid('cpuS'), rssMB: mid('rssMB'), runs: samples.length }
}

/** One https + ws server on loopback answering every host name of the fleet (SNI). */
async function startFleet(
  count: number,
  shared: boolean,
  intermediate: Issued
): Promise<{ hosts: string[]; port: number; close(): Promise<void> }> {
  const hosts = Array.from({ length: count }, (_, i) => `h${i}.${DOMAIN}`)
  const chain = (leaf: Issued): tls.SecureContext =>
    tls.createSecureContext({ cert: leaf.certPem + intermediate.certPem, key: leaf.keyPem })
  const wildcard = await createLeaf(intermediate, {
    commonName: `*.${DOMAIN}`,
    names: [`*.${DOMAIN}`]
  })
  const contexts = new Map<string, tls.SecureContext>()
  if (!shared) {
    for (const host of hosts)
      contexts.set(host, chain(await createLeaf(intermediate, { commonName: host, names: [host] })))
  }
  const fallback = chain(wildcard)
  const server = https.createServer({
    cert: wildcard.certPem + intermediate.certPem,
    key: wildcard.keyPem,
    SNICallback: (name, done) => done(null, contexts.get(name) ?? fallback)
  })
  server.on('request', (_req, res) => res.writeHead(426).end())
  const wss = new WebSocketServer({ server })
  wss.on('connection', socket => socket.on('message', data => socket.send(data)))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    hosts,
    port,
    close: () =>
      new Promise<void>(resolve => {
        for (const client of wss.clients) client.terminate()
        wss.close()
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

const ms = (s: number): string => `${Math.round(s * 1000)} ms`

async function oneEndpoint(intermediate: Issued, caFile: string): Promise<void> {
  const fleet = await startFleet(1, false, intermediate)
  try {
    const host = fleet.hosts[0]
    const url = `wss://${host}:${fleet.port}/ws`
    process.stdout.write(`\nOne endpoint (${url})\n`)
    const runDir = mkdtempSync(path.join(dir, 'action-'))
    for (const file of ['output', 'summary.md']) writeFileSync(path.join(runDir, file), '')
    const action = await medianOf(() =>
      timed(process.execPath, [path.join(DIST, 'index.js')], {
        INPUT_URLS: url,
        'INPUT_CA-FILE': caFile,
        INPUT_RESOLVE: `${host}:${fleet.port}:127.0.0.1`,
        // Speed of the checks, not the idle hold (a fixed wait of idle-timeout per run).
        'INPUT_IDLE-TIMEOUT': '0',
        GITHUB_OUTPUT: path.join(runDir, 'output'),
        GITHUB_STEP_SUMMARY: path.join(runDir, 'summary.md'),
        RUNNER_TEMP: runDir,
        GITHUB_WORKSPACE: runDir
      })
    )
    const sClient = (flag: string): string =>
      `openssl s_client -connect 127.0.0.1:${fleet.port} -servername ${host} ${flag} </dev/null >/dev/null 2>&1`
    const openssl = await medianOf(() =>
      timed('sh', [
        '-c',
        [
          '-tls1 -cipher DEFAULT@SECLEVEL=0',
          '-tls1_1 -cipher DEFAULT@SECLEVEL=0',
          '-tls1_2',
          '-tls1_3'
        ]
          .map(sClient)
          .join('; ')
      ])
    )
    const row = (name: string, s: Sample & { runs: number }): void =>
      void process.stdout.write(
        `  ${name.padEnd(54)} wall ${ms(s.wallS).padStart(8)}  cpu ${ms(s.cpuS).padStart(8)}  rss ${s.rssMB.toFixed(0)} MB  (median of ${s.runs})\n`
      )
    row(`the action: node ${path.join(DIST, 'index.js')}`, action)
    row('openssl s_client x4 (-tls1, -tls1_1, -tls1_2, -tls1_3)', openssl)
    process.stdout.write(
      `  ratio action / openssl x4: ${(action.wallS / openssl.wallS).toFixed(1)}\n`
    )
    const sslscan = await exec('sh', ['-c', 'command -v sslscan']).then(
      r => r.stdout.trim(),
      () => ''
    )
    if (sslscan) {
      row(
        'sslscan',
        await medianOf(() =>
          timed(sslscan, ['--no-colour', `--sni-name=${host}`, `127.0.0.1:${fleet.port}`])
        )
      )
    } else {
      process.stdout.write('  sslscan: not installed (apt-get install sslscan), not measured\n')
    }
  } finally {
    await fleet.close()
  }
}

async function fleets(intermediate: Issued, caFile: string): Promise<void> {
  process.stdout.write(
    `\nFleets through the CLI (node ${path.join(DIST, 'cli/index.js')}, every check, default concurrency)\n`
  )
  // CPU of one endpoint: start-up and one target; what one more target costs is measured above it.
  let baseCpuS: number | undefined
  for (const size of SIZES) {
    for (const shared of [false, true]) {
      if (size === 1 && shared) continue
      const fleet = await startFleet(size, shared, intermediate)
      try {
        const targets = path.join(dir, `targets-${size}-${shared}.txt`)
        writeFileSync(targets, fleet.hosts.map(h => `wss://${h}:${fleet.port}/ws`).join('\n'))
        const args = [
          path.join(DIST, 'cli/index.js'),
          '--targets-file',
          targets,
          '--ca-file',
          caFile,
          '--max-targets',
          String(size),
          '--idle-timeout',
          '0',
          ...fleet.hosts.flatMap(h => ['--resolve', `${h}:${fleet.port}:127.0.0.1`])
        ]
        const started = performance.now()
        const s = await medianOf(() =>
          timed(process.execPath, [
            ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
            ...args
          ])
        )
        const label = `${size} endpoint${size > 1 ? 's' : ''}, ${shared ? 'one shared wildcard certificate' : 'distinct certificates'}`
        if (size === 1) baseCpuS = s.cpuS
        const further =
          size > 1 && baseCpuS !== undefined
            ? `, ${(((s.cpuS - baseCpuS) * 1000) / (size - 1)).toFixed(1)} ms per further target`
            : ''
        process.stdout.write(
          `  ${label.padEnd(54)} wall ${ms(s.wallS).padStart(8)}  cpu ${ms(s.cpuS).padStart(8)} (${((s.cpuS * 1000) / size).toFixed(1)} ms/target${further})  peak rss ${s.rssMB.toFixed(0)} MB  (median of ${s.runs}, ${((performance.now() - started) / 1000).toFixed(0)} s in all)\n`
        )
      } finally {
        await fleet.close()
      }
    }
  }
}

async function main(): Promise<void> {
  const root = await createRoot({ commonName: 'wss-doctor Bench Root CA' })
  const intermediate = await createIntermediate(root, { commonName: 'wss-doctor Bench CA' })
  const caFile = path.join(dir, 'ca.pem')
  writeFileSync(caFile, root.certPem)
  process.stdout.write(
    `wss-doctor bench: Node ${process.version}, ${os.cpus().length} cores, loopback only\n`
  )
  await oneEndpoint(intermediate, caFile)
  await fleets(intermediate, caFile)
}

try {
  await main()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
