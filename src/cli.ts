// The `wss-doctor` command: flags → the same Config and run as the action, a text report,
// exit 0 (pass), 1 (a check failed under --fail-on) or 2 (bad usage).
import { parseArgs } from 'node:util'
import {
  ConfigError,
  parseConfig,
  prepareConfig,
  type InputName,
  type RawInputs
} from './config.js'
import { failsPolicy } from './doctor.js'
import { CLI_INPUT_NAMES, cliOptionsHelp, INPUTS } from './inputs.js'
import { mergeReportFiles } from './merge.js'
import { writeReportFile } from './report/files.js'
import { jsonPieces } from './report/json.js'
import { maskPieces, maskReport } from './report/mask.js'
import { renderSarif } from './report/sarif.js'
import { writePieces } from './report/stream.js'
import { terminalPieces } from './report/terminal.js'
import { diagnoseAndWait, waitLine } from './wait.js'

/** After a usage error: short, so that the error stays in view. */
const USAGE = `Usage: wss-doctor [options] <wss://url>...
       wss-doctor merge [options] <report.json>...
Run wss-doctor --help for every option with its default.`

/** `--help`: generated from the input table, so that every input is listed with its real default. */
const HELP = `Usage: wss-doctor [options] <wss://url>...
       wss-doctor merge [options] <report.json>...

Checks secure WebSocket endpoints: TLS handshake, certificate trust, host name, expiry, TLS
versions and the WebSocket upgrade itself. \`merge\` probes nothing: it reads the JSON reports of
shards (--shard, --json-report) and reports them as one run (exit status from the merged result).

Arguments and options (the action's inputs, as flags):
${cliOptionsHelp([
  ['--color / --no-color', 'Colour output. Default: when stdout is a TTY and NO_COLOR is unset.'],
  ['-h, --help', 'This text.']
])}

Exit status: 0 passed, 1 a check failed (see --fail-on), 2 bad usage.`

/** Inputs given as several lines in the action: a repeatable flag each. */
const REPEATABLE: InputName[] = INPUTS.filter(i => 'repeatable' in i && i.repeatable).map(
  i => i.name
)

export async function main(argv: string[]): Promise<number> {
  const merging = argv[0] === 'merge'
  let parsed
  try {
    parsed = parseArgs({
      args: merging ? argv.slice(1) : argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(
          CLI_INPUT_NAMES.filter(n => !REPEATABLE.includes(n) && n !== 'urls').map(n => [
            n,
            { type: 'string' as const }
          ])
        ),
        ...Object.fromEntries(
          REPEATABLE.map(n => [n, { type: 'string' as const, multiple: true }])
        ),
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (err) {
    process.stderr.write(`wss-doctor: ${(err as Error).message}\n\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (merging && positionals.length === 0) {
    process.stderr.write(`wss-doctor: merge: name the JSON reports to merge\n\n${USAGE}\n`)
    return 2
  }
  const raw: RawInputs = { [merging ? 'merge-reports' : 'urls']: positionals.join('\n') }
  const flags = values as Record<string, string | string[] | boolean | undefined>
  for (const name of CLI_INPUT_NAMES) {
    const value = flags[name]
    if (typeof value === 'string') raw[name] = value
    if (Array.isArray(value)) raw[name] = value.join('\n')
  }
  try {
    await prepareConfig(raw)
    const config = parseConfig(raw, process.cwd())
    // merge-reports: the shards' reports stand in for a run.
    const report = maskReport(
      config.mergeReports.length > 0
        ? await mergeReportFiles(config.mergeReports, config.workspace)
        : await diagnoseAndWait(config, {
            onAttempt: (...round) => {
              if (config.waitMs > 0) process.stderr.write(`${waitLine(...round)}\n`)
            }
          }),
      config.secrets
    )
    if (config.jsonReport)
      writeReport(
        'JSON',
        config.jsonReport,
        jsonPieces(report, undefined, config.shard),
        config.secrets
      )
    if (config.sarifReport)
      writeReport('SARIF', config.sarifReport, [renderSarif(report)], config.secrets)
    const color = values['no-color']
      ? false
      : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR))
    await writePieces(
      process.stdout,
      maskPieces(terminalPieces(report, { color: Boolean(color) }), config.secrets)
    )
    return failsPolicy(report, config.failOn) ? 1 : 0
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`wss-doctor: ${err.message}\n\n${USAGE}\n`)
      return 2
    }
    process.stderr.write(
      `wss-doctor: internal error: ${err instanceof Error ? err.message : String(err)}\n`
    )
    return 2
  }
}

/** A report that cannot be written is said on stderr; the text report and exit code stand. */
function writeReport(
  kind: string,
  file: string,
  pieces: Iterable<string>,
  secrets: string[]
): void {
  try {
    writeReportFile(file, maskPieces(pieces, secrets))
  } catch (err) {
    process.stderr.write(
      `wss-doctor: could not write the ${kind} report to ${file}: ${(err as Error).message}\n`
    )
  }
}
