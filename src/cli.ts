// The `wss-doctor` command: flags → the same Config and run as the action, a text report,
// exit 0 (pass), 1 (a check failed under --fail-on) or 2 (bad usage).
import { parseArgs } from 'node:util'
import { ConfigError, INPUT_NAMES, parseConfig, type InputName, type RawInputs } from './config.js'
import { diagnose, failsPolicy } from './doctor.js'
import { writeReportFile } from './report/files.js'
import { renderJson } from './report/json.js'
import { maskReport } from './report/mask.js'
import { renderTerminal } from './report/terminal.js'
import { maskSecrets } from './secrets.js'

const USAGE = `Usage: wss-doctor [options] <wss://url>...

Checks secure WebSocket endpoints: TLS handshake, certificate trust, host name, expiry, TLS
versions and the WebSocket upgrade itself.

Options (the action's inputs, as flags):
  --targets-file FILE         targets, one per line (# comments allowed)
  --ca-file FILE              extra trusted CA certificates (PEM)
  --resolve HOST:PORT:ADDR    connect to ADDR for HOST:PORT (repeatable)
  --timeout-ms N              timeout of each network step (default 10000)
  --concurrency N             targets probed at once (default 8)
  --fail-on LEVEL             error | warning | never (default error)
  --expiry-warning-days N     warn when fewer days are left (default 30)
  --max-targets N             check at most N targets (default 1000)
  --json-report FILE          also write the JSON report to FILE
  --min-tls-version V         older versions are legacy: warn if accepted (default 1.2)
  --fail-on-legacy-tls BOOL   fail instead of warn on legacy versions (default false)
  --require-tls-versions LIST versions that must be accepted, e.g. 1.2,1.3
  --headers 'NAME: VALUE'     upgrade request header (repeatable)
  --origin URL                Origin header of the upgrade
  --subprotocols LIST         subprotocols to offer
  --message TEXT              text frame to send once open
  --expect REGEX              a reply must match REGEX within the timeout
  --compare-plain BOOL        on failure, also try the ws:// twin (default false)
  --origin-check BOOL         warn if a foreign Origin is accepted (default false)
  --color / --no-color        colour output (default: when stdout is a TTY)
  -h, --help                  this text

Exit status: 0 passed, 1 a check failed (see --fail-on), 2 bad usage.`

/** Inputs given as several lines in the action: a repeatable flag each. */
const REPEATABLE: InputName[] = ['resolve', 'headers']

export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(
          INPUT_NAMES.filter(n => !REPEATABLE.includes(n) && n !== 'urls').map(n => [
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
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const raw: RawInputs = { urls: positionals.join('\n') }
  const flags = values as Record<string, string | string[] | boolean | undefined>
  for (const name of INPUT_NAMES) {
    const value = flags[name]
    if (typeof value === 'string') raw[name] = value
    if (Array.isArray(value)) raw[name] = value.join('\n')
  }
  try {
    const config = parseConfig(raw, process.cwd())
    const report = maskReport(await diagnose(config), config.secrets)
    if (config.jsonReport) writeJsonReport(config.jsonReport, renderJson(report), config.secrets)
    const color = values['no-color']
      ? false
      : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR))
    process.stdout.write(
      maskSecrets(renderTerminal(report, { color: Boolean(color) }), config.secrets)
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
function writeJsonReport(file: string, json: string, secrets: string[]): void {
  try {
    writeReportFile(file, maskSecrets(json, secrets))
  } catch (err) {
    process.stderr.write(
      `wss-doctor: could not write the JSON report to ${file}: ${(err as Error).message}\n`
    )
  }
}
