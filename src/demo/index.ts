// `npm run demo`: starts the embedded fleet, runs wss-doctor's CLI on it and checks that every
// endpoint got its expected verdict (exit 1 if not), so the demo doubles as a smoke test.
// `--serve DIR`: only start the fleet and write its targets, CA and resolve lines into DIR.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main as cli } from '../cli.js'
import { startFleet, type Fleet } from './fleet.js'

const SERVE_LIMIT_MS = 10 * 60_000
/** Longer than the idle-cut endpoint's proxy timeout (fleet.ts IDLE_CUT_MS), short to wait. */
const DEMO_IDLE_TIMEOUT = '3s'

function writeFleetFiles(fleet: Fleet, dir: string): void {
  writeFileSync(
    path.join(dir, 'targets.txt'),
    `# wss-doctor demo fleet: one endpoint per line\n${fleet.endpoints.map(e => `${e.url}  # ${e.description}`).join('\n')}\n`
  )
  writeFileSync(path.join(dir, 'ca.pem'), fleet.caPem)
  writeFileSync(path.join(dir, 'resolve.txt'), `${fleet.resolve.join('\n')}\n`)
  writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(fleet.endpoints, null, 2)}\n`)
}

async function serve(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const fleet = await startFleet()
  writeFleetFiles(fleet, dir)
  writeFileSync(path.join(dir, 'ready'), '')
  process.stdout.write(`demo fleet serving ${fleet.endpoints.length} endpoints; files in ${dir}\n`)
  await new Promise<void>(resolve => {
    const timer = setTimeout(resolve, SERVE_LIMIT_MS)
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => (clearTimeout(timer), resolve()))
  })
  await fleet.close()
}

async function demo(): Promise<number> {
  const fleet = await startFleet()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-demo-'))
  try {
    writeFleetFiles(fleet, dir)
    const reportFile = path.join(dir, 'report.json')
    process.stdout.write(
      `Started ${fleet.endpoints.length} local endpoints (good and broken). Running wss-doctor on them:\n\n`
    )
    process.stdout.write(
      `$ wss-doctor --targets-file ${path.join(dir, 'targets.txt')} --ca-file ${path.join(dir, 'ca.pem')} ${fleet.resolve.map(r => `--resolve ${r}`).join(' ')} --idle-timeout ${DEMO_IDLE_TIMEOUT}\n\n`
    )
    const exitCode = await cli([
      '--targets-file',
      path.join(dir, 'targets.txt'),
      '--ca-file',
      path.join(dir, 'ca.pem'),
      ...fleet.resolve.flatMap(r => ['--resolve', r]),
      '--timeout-ms',
      '3000',
      // Short, so that the demo stays fast and still shows the idle cut (held 4 s).
      '--idle-timeout',
      DEMO_IDLE_TIMEOUT,
      '--json-report',
      reportFile
    ])
    return checkVerdicts(fleet, JSON.parse(readFileSync(reportFile, 'utf8')), exitCode)
  } finally {
    await fleet.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

interface JsonTarget {
  endpoint?: { url: string }
  status: string
  findings: { code: string; status: string }[]
}

function checkVerdicts(fleet: Fleet, report: { targets: JsonTarget[] }, exitCode: number): number {
  const wrong: string[] = []
  for (const endpoint of fleet.endpoints) {
    const target = report.targets.find(t => t.endpoint?.url === new URL(endpoint.url).href)
    const carried = target?.findings.some(
      f => f.code === endpoint.expect.code && f.status === endpoint.expect.status
    )
    if (!target || target.status !== endpoint.expect.status || !carried) {
      wrong.push(
        `${endpoint.url}: expected ${endpoint.expect.status} with ${endpoint.expect.code}, got ${target?.status ?? 'no result'}`
      )
    }
  }
  if (exitCode !== 1)
    wrong.push(`the CLI exited ${exitCode}; with failing endpoints it must exit 1`)
  if (wrong.length > 0) {
    process.stderr.write(`\ndemo: wrong verdicts:\n${wrong.map(w => `  ${w}`).join('\n')}\n`)
    return 1
  }
  process.stdout.write(
    `\ndemo: all ${fleet.endpoints.length} endpoints got their expected verdict (the CLI exited 1 because some fail, as it should).\n`
  )
  return 0
}

const serveAt = process.argv.indexOf('--serve')
if (serveAt >= 0) {
  const given = process.argv[serveAt + 1]
  const dir = given ?? mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-fleet-'))
  await serve(dir)
  // The files describe a fleet that is gone; a folder the caller named is the caller's.
  if (!given) rmSync(dir, { recursive: true, force: true })
} else {
  process.exitCode = await demo()
}
