// Every input, declared once: action.yml's `inputs:` block and docs/inputs.md's inputs reference are
// generated from this table (`npm run inputs:write`), the CLI's flags and `--help` are built from
// it, and parseConfig takes its defaults from it. Descriptions use Markdown code spans only
// (backticks), which the CLI help drops.

export interface InputSpec {
  name: string
  /** The value used when the input is empty or absent; '' for none. */
  default: string
  description: string
  /** The CLI flag's value placeholder (`urls` is the positional argument instead). */
  metavar: string
  /** Several values: several lines in the action, the flag given several times in the CLI. */
  repeatable?: boolean
  /** Only the action has it (GitHub's API): the CLI has no such flag. */
  actionOnly?: boolean
}

/** Largest `targets-file` and `ca-file` read, so that a huge or endless file cannot exhaust memory. */
export const FILE_LIMIT_BYTES = 4 * 1024 * 1024

export const INPUTS = [
  {
    name: 'urls',
    default: '',
    metavar: 'URL',
    description: '`wss://` (and `ws://`) URLs to check, separated by newlines or commas.'
  },
  {
    name: 'targets-file',
    default: '',
    metavar: 'FILE',
    description:
      "A file (relative to the workspace; to the current directory for the CLI) listing targets, one per line; blank lines and `#` comments are allowed. Findings are annotated at the file's line. At most 4 MiB."
  },
  {
    name: 'ca-file',
    default: '',
    metavar: 'FILE',
    description:
      "PEM bundle of extra CA certificates trusted in addition to Node's built-in roots: for services behind an internal CA. At most 4 MiB."
  },
  {
    name: 'resolve',
    default: '',
    metavar: 'HOST:PORT:ADDR',
    repeatable: true,
    description:
      "Lines `host:port:address[,address…]`, like curl's `--resolve`: connect to the addresses but use the real host name for SNI, `Host` and certificate checks (test a server before DNS points at it)."
  },
  {
    name: 'timeout-ms',
    default: '10000',
    metavar: 'N',
    description: 'Timeout of each network step of a probe, in milliseconds (100–600000).'
  },
  {
    name: 'concurrency',
    default: '8',
    metavar: 'N',
    description: 'How many targets are probed at once (1–256).'
  },
  {
    name: 'fail-on',
    default: 'error',
    metavar: 'LEVEL',
    description:
      '`error`: fail the step when any check fails; `warning`: also when any check warns; `never`: report only.'
  },
  {
    name: 'expiry-warning-days',
    default: '',
    metavar: 'N',
    description:
      "Warn when the certificate expires in fewer than this many days (0–3650). Empty: when under a third of the certificate's lifetime remains, at most 30 days (a 90-day certificate warns at 30 days left, a 47-day one at about 15)."
  },
  {
    name: 'expiry-error-days',
    default: '',
    metavar: 'N',
    description:
      'Fail when the certificate expires in fewer than this many days (0–3650). Empty: a tenth of the lifetime, at most 7 days.'
  },
  {
    name: 'max-targets',
    default: '1000',
    metavar: 'N',
    description:
      'Targets beyond this count are not probed; they are reported as one failing `input` finding (split big lists over matrix jobs).'
  },
  {
    name: 'json-report',
    default: '',
    metavar: 'FILE',
    description:
      'Where to write the JSON report (relative to the workspace; to the current directory for the CLI). Empty: a temporary file. The report is always written; its path is the `report` output.'
  },
  {
    name: 'sarif-report',
    default: '',
    metavar: 'FILE',
    description:
      'Where to write a SARIF 2.1.0 file for code scanning (relative to the workspace; to the current directory for the CLI): every failed or warned check that points at a line (a `targets-file` line, a scanned file). Empty: none. Its path is the `sarif` output.'
  },
  {
    name: 'shard',
    default: '',
    metavar: 'I/N',
    description:
      "Check only shard `i` of `n` of the targets (e.g. `2/4`, from a matrix): a target always lands in the same shard (a hash of its label), whatever the order of the list. Scans run in shard 1 only. Merge the shards' JSON reports with `merge-reports`."
  },
  {
    name: 'merge-reports',
    default: '',
    metavar: 'GLOB',
    repeatable: true,
    description:
      'Globs of JSON reports written by shards (relative to the workspace; to the current directory for the CLI). When set, nothing is probed: the reports are merged into one summary, one set of annotations, the outputs and the exit code. The reports must come from the same wss-doctor version, and every shard of a sharded run must be there exactly once.'
  },
  {
    name: 'min-tls-version',
    default: '1.2',
    metavar: 'V',
    description:
      'Lowest TLS version that is not legacy (`1.0`–`1.3`); a server that accepts an older one gets a warning.'
  },
  {
    name: 'fail-on-legacy-tls',
    default: 'false',
    metavar: 'BOOL',
    description: '`true`: accepting a version below `min-tls-version` fails instead of warning.'
  },
  {
    name: 'require-tls-versions',
    default: '',
    metavar: 'LIST',
    description:
      'TLS versions the server must accept, e.g. `1.2, 1.3`; a refusal fails. Empty: refusing TLS 1.2 is a warning (clients and proxies that stop at 1.2).'
  },
  {
    name: 'headers',
    default: '',
    metavar: "'NAME: VALUE'",
    repeatable: true,
    description:
      'Extra upgrade request headers, one `Name: value` a line (authentication); values must be printable ASCII. Values are masked with `core.setSecret` and never echoed, not even in an error.'
  },
  {
    name: 'origin',
    default: '',
    metavar: 'URL',
    description:
      '`Origin` header for the upgrade: the page that opens the WebSocket. A 403 then says the server rejects that origin.'
  },
  {
    name: 'subprotocols',
    default: '',
    metavar: 'LIST',
    description:
      "Subprotocols to offer (`Sec-WebSocket-Protocol`), comma- or space-separated, each a token (letters, digits and ``!#$%&'*+-.^_`|~``) and none twice; the one the server picks is shown in the summary."
  },
  {
    name: 'message',
    default: '',
    metavar: 'TEXT',
    description: 'A text frame to send once the connection is open.'
  },
  {
    name: 'expect',
    default: '',
    metavar: 'REGEX',
    description:
      'Regular expression a server frame must match within `timeout-ms` (after `message`, when given), in RE2 syntax: no backreferences or lookaround, `(?i)` for case-insensitive. Matched in linear time against the first 64 KiB of each frame.'
  },
  {
    name: 'compare-plain',
    default: 'false',
    metavar: 'BOOL',
    description:
      '`true`: when a `wss://` URL fails, also try `ws://` (port 80, same host and path). A `ws://` twin listed in the targets is always used.'
  },
  {
    name: 'origin-check',
    default: 'false',
    metavar: 'BOOL',
    description:
      '`true`: also try the upgrade with `Origin: https://evil.example` and warn when the server accepts it (cross-site WebSocket hijacking).'
  },
  {
    name: 'weak-crypto',
    default: 'warn',
    metavar: 'LEVEL',
    description:
      'What an RSA key under 2048 bits, an EC key under 256 bits or a SHA-1/MD5 signature anywhere in the chain is: `warn`, `fail` or `off`.'
  },
  {
    name: 'clients',
    default: 'browsers',
    metavar: 'LIST',
    description:
      'The clients that must connect, by id: `chrome`, `firefox`, `safari`, `android`, `node20`, `node22`, `node24`, `python`, `go`, `java17`, `java21`, `curl`, `curl35`, `mbedtls`, or `browsers`, `node`, `java`, `all`. A failure that stops none of them (by the per-client verdicts of the report) is a warning; one that stops any of them fails.'
  },
  {
    name: 'all-addresses',
    default: 'true',
    metavar: 'BOOL',
    description:
      'Probe every A and AAAA address of a host (and every address of a `resolve` line) and report the address that serves a different or failing certificate. `false`: the first address only.'
  },
  {
    name: 'revocation',
    default: 'soft',
    metavar: 'MODE',
    description:
      'Revocation of the leaf: a stapled OCSP response, else the CRL it names (fetched once per run), else its OCSP responder. `soft`: an unknown status warns; `hard`: it fails; `off`: not checked. A revoked certificate always fails.'
  },
  {
    name: 'client-cert',
    default: '',
    metavar: 'FILE',
    description:
      'PEM file with a client certificate (then its intermediates) for endpoints that require mutual TLS (nginx `ssl_verify_client on`); with `client-key`. Presented in every handshake with the targets: a certificate is public, the key never leaves the runner. At most 4 MiB.'
  },
  {
    name: 'client-key',
    default: '',
    metavar: 'FILE',
    description:
      'PEM file with the private key of `client-cert` (PKCS#8, PKCS#1 or SEC1; encrypted with `client-key-passphrase`). At most 4 MiB.'
  },
  {
    name: 'client-key-passphrase',
    default: '',
    metavar: 'TEXT',
    description: 'Passphrase of an encrypted `client-key`; masked in the log like other secrets.'
  },
  {
    name: 'scan-paths',
    default: '',
    metavar: 'GLOBS',
    description:
      'Globs (relative to the workspace, one a line or comma-separated) of source files to scan for insecure `ws://` WebSocket URLs (JS/TS/JSX/TSX/Vue/Svelte/HTML and `.env` files; `node_modules` and build output skipped). Empty: no source scan.'
  },
  {
    name: 'allow-insecure-hosts',
    default: '',
    metavar: 'HOSTS',
    description:
      'Hosts whose `ws://` URLs the source scan accepts besides loopback (`localhost`, `127.0.0.1`, `[::1]`), comma- or space-separated.'
  },
  {
    name: 'probe-discovered',
    default: 'false',
    metavar: 'BOOL',
    description:
      '`true`: the `wss://` URLs the source and page scans find are checked as targets too.'
  },
  {
    name: 'page-urls',
    default: '',
    metavar: 'URLS',
    description:
      '`https` pages to fetch with their same-origin scripts: the WebSocket endpoints they open are reported (`ws://` ones fail as mixed content), and their `Content-Security-Policy` `connect-src` must allow the `wss://` ones.'
  },
  {
    name: 'browser',
    default: 'off',
    metavar: 'NAME',
    description:
      "`chromium`: also open each page (or a blank page of each target's origin) in headless Chromium and report every WebSocket it opens or fails to open, with the browser's own error. `off`: no browser."
  },
  {
    name: 'browser-path',
    default: '',
    metavar: 'FILE',
    description:
      'The Chromium executable for `browser: chromium`. Empty: the one on the runner (`chromium`, `chromium-browser` or `google-chrome` on the PATH).'
  },
  {
    name: 'config-paths',
    default: '',
    metavar: 'GLOBS',
    description:
      'Globs of proxy configuration files to check for what WebSockets over TLS need, annotated at the line that breaks it: nginx, HAProxy, Apache (vhosts, `.htaccess`), Caddy, lighttpd, h2o, Traefik (YAML or TOML), Envoy and Kubernetes Ingress, each told by its content, not its name; a file of another kind is skipped with a notice. Empty: no configuration check.'
  },
  {
    name: 'websocket-paths',
    default: '',
    metavar: 'PATHS',
    description:
      'Paths (an nginx `location`, a Caddy or h2o path, an Apache `ProxyPass` path, an HAProxy or Traefik route) that carry WebSocket traffic, besides those the configuration check recognises itself (a path or upstream named like a socket, the upgrade idioms of each proxy).'
  },
  {
    name: 'idle-timeout',
    default: '60s',
    metavar: 'DURATION',
    description:
      "The longest silence between frames of your WebSockets (`90s`, `10m`; a bare number is seconds): the `idle` check holds a WebSocket to each endpoint open this long plus 5 % (at least 1 s more: `60s` holds 63 s), sending nothing and answering the server's pings as a browser does, and fails when it is cut sooner; proxy read and send timeouts in `config-paths` must be longer too. All endpoints are held at once (at most 256 open at a time), so a run takes about that much longer; `deadline` must leave room for it. `0`: no idle check (nothing held, configuration timeouts not judged)."
  },
  {
    name: 'config-serve',
    default: 'false',
    metavar: 'BOOL',
    description:
      '`true`: also run each configuration from `config-paths` for real on loopback, in its own proxy (nginx, HAProxy, Apache, Caddy, lighttpd or h2o, which must be on the runner), with throwaway certificates and a local WebSocket echo as every upstream, and probe each TLS site with every live check. Traefik, Envoy and Ingress files are checked statically only.'
  },
  {
    name: 'comment',
    actionOnly: true,
    default: 'off',
    metavar: 'WHEN',
    description:
      'Pull requests: one comment per workflow and job with the summary table and the failing details, updated in place on later runs. `on-failure`: only when the result fails `fail-on` (an existing comment is updated once things pass again); `always`: on every run; `off`: none. Needs `pull-requests: write`.'
  },
  {
    name: 'issue',
    actionOnly: true,
    default: 'off',
    metavar: 'WHEN',
    description:
      'For scheduled runs. `on-failure`: one open issue per workflow (label `wss-doctor`) listing the failing endpoints and the certificates about to expire, updated by later runs and closed when everything passes again; an issue closed by hand stays closed. Not on pull requests (their failures go to `comment`). `off`: none. Needs `issues: write`.'
  },
  {
    name: 'github-token',
    actionOnly: true,
    default: '${{ github.token }}',
    metavar: 'TOKEN',
    description:
      "Token for `comment` and `issue` (GitHub's REST API at `GITHUB_API_URL`); masked in the log. The default is the workflow's own token."
  },
  {
    name: 'deadline',
    default: '10m',
    metavar: 'DURATION',
    description:
      'Bound of the whole run (`90s`, `10m`, `1h`; a bare number is seconds): targets not finished by then are reported as timed out, and the report is still written.'
  },
  {
    name: 'wait',
    default: '',
    metavar: 'DURATION',
    description:
      'After a deploy: how long failing targets get to pass (`5m`, `90s`; empty or `0`: no wait), re-checked 5 s, 10 s, 20 s… (at most 60 s) apart; the report lists the attempts and names a certificate still unchanged. Within `deadline`.'
  }
] as const satisfies readonly InputSpec[]

export type InputName = (typeof INPUTS)[number]['name']
export type RawInputs = Partial<Record<InputName, string>>
export const INPUT_NAMES: readonly InputName[] = INPUTS.map(input => input.name)

/** The inputs the CLI takes as flags. */
export const CLI_INPUT_NAMES: readonly InputName[] = (INPUTS as readonly InputSpec[])
  .filter(input => !input.actionOnly)
  .map(input => input.name as InputName)

export const INPUT_DEFAULTS = Object.fromEntries(
  INPUTS.map(input => [input.name, input.default])
) as Record<InputName, string>

/** The description as plain text, for a terminal. */
export function plainDescription(input: InputSpec): string {
  return input.description.replace(/``(.+?)``|`([^`]*)`/g, (_, double, single) => double ?? single)
}

/** The CLI's arguments and options: `urls` (the positional arguments), a flag per input, then
 * the CLI's own flags (`extra`: flag, description), in one layout. */
export function cliOptionsHelp(extra: [string, string][] = [], width = 100): string {
  const flags = (INPUTS as readonly InputSpec[]).filter(input => !input.actionOnly)
  const entries: [string, string][] = flags.map(input => {
    const notes = [
      input.name === 'urls' ? 'The urls input.' : '',
      input.repeatable ? 'Repeatable: one value each time.' : '',
      // A no-break space keeps "Default: X" on one line.
      `Default:\u00a0${input.default === '' ? 'none' : input.default}.`
    ]
    const head = input.name === 'urls' ? '<wss://url>...' : `--${input.name} ${input.metavar}`
    return [head, [plainDescription(input), ...notes].filter(Boolean).join(' ')]
  })
  entries.push(...extra)
  const column = Math.max(...entries.map(([head]) => head.length)) + 4
  return entries
    .flatMap(([head, text]) => {
      const [first, ...rest] = wrap(text, width - column).map(l => l.replace(/\u00a0/g, ' '))
      return [`  ${head}`.padEnd(column) + first, ...rest.map(l => ' '.repeat(column) + l)]
    })
    .join('\n')
}

/** Greedy word wrap; a word longer than the width stays whole on its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}
