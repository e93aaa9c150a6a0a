// `npm run bench`: wss-doctor's speed and memory against its goals, whole processes on loopback
// endpoints only. Prints medians, each figure beside its goal (met or not); asserts nothing
// (never part of the test suite) and stops by itself.
//   BENCH_RUNS=N   counted runs per fleet measurement after one warm-up (default 3)
//   BENCH_PAIRS=N  interleaved pairs for the one-endpoint and 100-target ratios (default 15)
//   BENCH_BIG=N    the large fleet's size, distinct certificates, one run (default 10000; 0: none)
//   BENCH_DIST=dir the bundles to run: DIR/index.js (the action), DIR/cli/index.js (the CLI);
//                  default dist (npm run package)
// Every run checks with every check but the idle hold (idle-timeout 0: a fixed wait that
// measures nothing). Wall time, CPU (user + sys) and peak RSS come from /usr/bin/time. The
// servers run in this process, not in the measured one, but share the machine's cores.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { promisify } from 'node:util'
import { WebSocketServer } from 'ws'
import { createIntermediate, createLeaf, createRoot, type Issued } from '../src/demo/pki.js'
import { checkCopy, leafCopier } from './certificates.js'

const exec = promisify(execFile)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const PAIRS = Number(process.env.BENCH_PAIRS ?? 15)
const BIG = Number(process.env.BENCH_BIG ?? 10000)
const DIST = process.env.BENCH_DIST ?? 'dist'
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

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function medianOf(runs: number, sample: () => Promise<Sample>): Promise<Sample> {
  await sample()
  const samples: Sample[] = []
  for (let i = 0; i < runs; i++) samples.push(await sample())
  return {
    wallS: median(samples.map(s => s.wallS)),
    cpuS: median(samples.map(s => s.cpuS)),
    rssMB: median(samples.map(s => s.rssMB))
  }
}

/** A and B in turn, PAIRS times after a warm-up of each: medians, and the median of the
 * pairs' wall-time ratios A/B (pairing keeps the ratio when the machine's speed drifts). */
async function pairs(a: () => Promise<Sample>, b: () => Promise<Sample>) {
  await a()
  await b()
  const as: Sample[] = []
  const bs: Sample[] = []
  for (let i = 0; i < PAIRS; i++) {
    as.push(await a())
    bs.push(await b())
  }
  const mid = (list: Sample[]): Sample => ({
    wallS: median(list.map(s => s.wallS)),
    cpuS: median(list.map(s => s.cpuS)),
    rssMB: median(list.map(s => s.rssMB))
  })
  return { a: mid(as), b: mid(bs), ratio: median(as.map((s, i) => s.wallS / bs[i].wallS)) }
}

interface Fleet {
  hosts: string[]
  port: number
  close(): Promise<void>
}

/** One https + ws server on loopback answering `count` host names (SNI): each with its own
 * certificate (a copy of one leaf, see certificates.ts; contexts made before any timing), or
 * all behind one wildcard. Host names are all as long: hNNNNN.<domain>. */
async function startFleet(count: number, shared: boolean, intermediate: Issued): Promise<Fleet> {
  const domain = `${shared ? 'shared' : 'distinct'}.bench.wss-doctor.test`
  const hosts = Array.from({ length: count }, (_, i) => `h${String(i).padStart(5, '0')}.${domain}`)
  const wildcard = await createLeaf(intermediate, {
    commonName: `*.${domain}`,
    names: [`*.${domain}`]
  })
  const context = (certPem: string): tls.SecureContext =>
    tls.createSecureContext({ cert: certPem + intermediate.certPem, key: wildcard.keyPem })
  const contexts = new Map<string, tls.SecureContext>()
  if (!shared) {
    const template = await createLeaf(intermediate, {
      commonName: hosts[0],
      names: [hosts[0]],
      reuseKeys: wildcard
    })
    const copy = leafCopier(template, hosts[0], intermediate)
    hosts.forEach((host, i) => {
      const pem = copy(host, i + 1)
      if (i === count - 1) checkCopy(pem, host, intermediate)
      contexts.set(host, context(pem))
    })
  }
  const fallback = context(wildcard.certPem)
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

/** The CLI over the first `size` hosts of `fleet`, every check, default concurrency. */
function cliRun(fleet: Fleet, size: number, caFile: string): () => Promise<Sample> {
  const hosts = fleet.hosts.slice(0, size)
  const targets = path.join(dir, `targets-${path.basename(fleet.hosts[0])}-${size}.txt`)
  writeFileSync(targets, hosts.map(h => `wss://${h}:${fleet.port}/ws`).join('\n'))
  const args = [
    path.join(DIST, 'cli/index.js'),
    ...['--targets-file', targets, '--ca-file', caFile, '--max-targets', String(size)],
    ...['--idle-timeout', '0'],
    ...hosts.flatMap(h => ['--resolve', `${h}:${fleet.port}:127.0.0.1`])
  ]
  return () => timed(process.execPath, args)
}

const ms = (s: number): string => `${Math.round(s * 1000)} ms`
const seconds = (s: number): string => `${s.toFixed(s < 10 ? 2 : 1)} s`
const mb = (n: number): string => `${Math.round(n)} MB`

interface Goal {
  what: string
  figure: string
  goal: string
  met: boolean
}
const goals: Goal[] = []

function row(name: string, s: Sample, extra = ''): void {
  process.stdout.write(
    `  ${name.padEnd(58)} wall ${seconds(s.wallS).padStart(7)}  cpu ${seconds(s.cpuS).padStart(7)}  rss ${mb(s.rssMB).padStart(6)}${extra}\n`
  )
}

async function oneEndpoint(intermediate: Issued, caFile: string): Promise<void> {
  const fleet = await startFleet(1, true, intermediate)
  try {
    const host = fleet.hosts[0]
    const url = `wss://${host}:${fleet.port}/ws`
    process.stdout.write(`\nOne endpoint (${url}), ${PAIRS} interleaved pairs\n`)
    const runDir = mkdtempSync(path.join(dir, 'action-'))
    for (const file of ['output', 'summary.md']) writeFileSync(path.join(runDir, file), '')
    const action = (): Promise<Sample> =>
      timed(process.execPath, [path.join(DIST, 'index.js')], {
        INPUT_URLS: url,
        'INPUT_CA-FILE': caFile,
        INPUT_RESOLVE: `${host}:${fleet.port}:127.0.0.1`,
        'INPUT_IDLE-TIMEOUT': '0',
        GITHUB_OUTPUT: path.join(runDir, 'output'),
        GITHUB_STEP_SUMMARY: path.join(runDir, 'summary.md'),
        RUNNER_TEMP: runDir,
        GITHUB_WORKSPACE: runDir
      })
    const floor = await pairs(action, () => timed(process.execPath, ['-e', '0']))
    row(`the action: node ${path.join(DIST, 'index.js')}`, floor.a)
    row('node -e 0', floor.b)
    goals.push({
      what: 'one endpoint: the action / node -e 0 (wall)',
      figure: `${floor.ratio.toFixed(2)}x (${ms(floor.a.wallS)} / ${ms(floor.b.wallS)})`,
      goal: '<= 2.5x',
      met: floor.ratio <= 2.5
    })
    const sClient = (flag: string): string =>
      `openssl s_client -connect 127.0.0.1:${fleet.port} -servername ${host} ${flag} </dev/null >/dev/null 2>&1`
    const versions = ['-tls1 -cipher DEFAULT@SECLEVEL=0', '-tls1_1 -cipher DEFAULT@SECLEVEL=0']
    row(
      'openssl s_client x4 (-tls1, -tls1_1, -tls1_2, -tls1_3)',
      await medianOf(RUNS, () =>
        timed('sh', ['-c', [...versions, '-tls1_2', '-tls1_3'].map(sClient).join('; ')])
      )
    )
    const sslscan = await exec('sh', ['-c', 'command -v sslscan']).then(
      r => r.stdout.trim(),
      () => ''
    )
    if (sslscan)
      row(
        'sslscan',
        await medianOf(RUNS, () =>
          timed(sslscan, ['--no-colour', `--sni-name=${host}`, `127.0.0.1:${fleet.port}`])
        )
      )
    else process.stdout.write('  sslscan: not installed (apt-get install sslscan), not measured\n')
  } finally {
    await fleet.close()
  }
}

async function hundredTargets(intermediate: Issued, caFile: string): Promise<void> {
  const fleet = await startFleet(100, true, intermediate)
  try {
    process.stdout.write(
      `\n100 targets on one endpoint (one wildcard certificate), ${PAIRS} interleaved pairs\n`
    )
    // What a shell loop over the same list with openssl would do: one verified handshake each.
    const loop = fleet.hosts
      .map(
        h =>
          `openssl s_client -connect 127.0.0.1:${fleet.port} -servername ${h} -verify_hostname ${h} -CAfile ${caFile} </dev/null >/dev/null 2>&1`
      )
      .join('; ')
    const result = await pairs(cliRun(fleet, 100, caFile), () => timed('sh', ['-c', loop]))
    row('wss-doctor (CLI), every check', result.a)
    row('100 x openssl s_client -verify_hostname, in turn', result.b)
    goals.push({
      what: '100 targets: wss-doctor / 100 openssl s_client (wall)',
      figure: `${result.ratio.toFixed(2)}x (${seconds(result.a.wallS)} / ${seconds(result.b.wallS)})`,
      goal: '<= 0.5x',
      met: result.ratio <= 0.5
    })
  } finally {
    await fleet.close()
  }
}

async function fleets(intermediate: Issued, caFile: string): Promise<void> {
  process.stdout.write(
    `\nFleets through the CLI (node ${path.join(DIST, 'cli/index.js')}), median of ${RUNS}\n`
  )
  for (const shared of [true, false]) {
    const kind = shared ? 'one shared wildcard certificate' : 'distinct certificates'
    const fleet = await startFleet(shared ? 2000 : Math.max(2000, BIG), shared, intermediate)
    try {
      const [one, two] = [
        await medianOf(RUNS, cliRun(fleet, 1000, caFile)),
        await medianOf(RUNS, cliRun(fleet, 2000, caFile))
      ]
      row(`1,000 endpoints, ${kind}`, one)
      row(`2,000 endpoints, ${kind}`, two)
      const further = (two.cpuS - one.cpuS) / 1000
      const limit = shared ? 3 : 4
      goals.push({
        what: `CPU per further target, ${kind} (2,000 vs 1,000)`,
        figure: ms(further),
        goal: `<= ${limit} ms`,
        met: further * 1000 <= limit
      })
      if (!shared && BIG > 0) {
        // One run: it is long, and what it shows is its own size against the smaller ones.
        const big = await cliRun(fleet, BIG, caFile)()
        row(`${BIG.toLocaleString('en')} endpoints, ${kind} (one run)`, big)
        goals.push({
          what: `${BIG.toLocaleString('en')} targets, distinct certificates: wall`,
          figure: seconds(big.wallS),
          goal: '<= 45 s',
          met: big.wallS <= 45
        })
        const perThousand = ((big.rssMB - one.rssMB) * 1000) / (BIG - 1000)
        goals.push({
          what: `${BIG.toLocaleString('en')} targets: peak RSS (1,000: ${mb(one.rssMB)}, 2,000: ${mb(two.rssMB)})`,
          figure: `${mb(big.rssMB)}, +${perThousand.toFixed(1)} MB per 1,000 over 1,000`,
          goal: '<= 200 MB, flat',
          met: big.rssMB <= 200 && perThousand <= 2
        })
      }
    } finally {
      await fleet.close()
    }
  }
}

async function main(): Promise<void> {
  const root = await createRoot({ commonName: 'wss-doctor Bench Root CA' })
  const intermediate = await createIntermediate(root, { commonName: 'wss-doctor Bench CA' })
  const caFile = path.join(dir, 'ca.pem')
  writeFileSync(caFile, root.certPem)
  process.stdout.write(
    `wss-doctor bench: Node ${process.version}, ${os.cpus().length} cores, loopback only, load average ${os
      .loadavg()
      .map(n => n.toFixed(1))
      .join(' ')}\n`
  )
  await oneEndpoint(intermediate, caFile)
  await hundredTargets(intermediate, caFile)
  await fleets(intermediate, caFile)
  process.stdout.write('\nGoals\n')
  for (const { what, figure, goal, met } of goals)
    process.stdout.write(
      `  ${what.padEnd(70)} ${figure.padEnd(34)} goal ${goal.padEnd(16)} ${met ? 'met' : 'NOT met'}\n`
    )
}

try {
  await main()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
