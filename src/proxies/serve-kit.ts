// config-serve for any proxy: the repository's configuration, rewritten by the proxy's module
// (loopback ports, throwaway certificates, every upstream a local WebSocket echo, state and logs
// in a private prefix), run in the foreground, and each TLS site probed with the run's own
// checks; the findings land at the site's line. The proxy is always stopped and the prefix
// removed, also at the run's deadline.
import { spawn, type ChildProcess } from 'node:child_process'
import { getDiffieHellman } from 'node:crypto'
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseConfig, type Config } from '../config.js'
import { createIntermediate, createLeaf, createRoot, type Issued } from '../demo/pki.js'
import { startWsServer, type RunningServer } from '../demo/servers.js'
import type { Finding, Location } from '../findings.js'
import { deadlineSignal, onAbort } from '../isolation.js'
import type { ConfigFile, ServeContext } from './proxy.js'

/** A TLS site of the served configuration: how to reach it, and where its findings land. */
export interface ServeSite {
  /** The name a client asks for (SNI, Host); the throwaway certificate covers it. */
  host: string
  port: number
  /** The WebSocket path to probe ('/' when the site has none). */
  path: string
  /** The site's line (a server block, a frontend's bind, a VirtualHost, a site address). */
  location: Location
  /** The WebSocket route's line, where the upgrade's and the idle hold's findings land. */
  socketLocation?: Location
}

export interface ServePlan {
  /** Files to write into the prefix (names relative to it); the configuration among them. */
  files: Record<string, string>
  /** The foreground command's arguments (run with the prefix as its working directory). */
  args: string[]
  env?: Record<string, string>
  sites: ServeSite[]
}

/** Throwaway certificate files in the prefix for a set of names (RSA keys, so that DHE and
 * static-RSA suites a configuration chooses still work). */
export interface ServedCertificate {
  /** The leaf, then the intermediate (or the leaf alone, with leafOnly). */
  cert: string
  key: string
  /** The intermediate alone. */
  chain: string
  /** cert then key in one file (HAProxy's crt, lighttpd's pemfile). */
  combined: string
}

/** What a module's plan gets to rewrite its configuration with. */
export interface ServeKit {
  prefix: string
  /** The local WebSocket echo every upstream must point at. */
  echoPort: number
  freePort(): Promise<number>
  certificate(names: string[], options?: { leafOnly?: boolean }): Promise<ServedCertificate>
  /** RFC 7919-size DH parameters (RFC 3526's 2048-bit group) as PEM, for a DHE configuration. */
  dhparam: string
}

export interface ServeOptions {
  /** As users name the proxy: "HAProxy". */
  name: string
  /** The executable, looked up on PATH. */
  binary: string
  /** The runner step that installs it, for the warning when it is missing. */
  install: string
  file: ConfigFile
  context: ServeContext
  /** The rewritten configuration, or findings that say why it cannot be served (none: nothing
   * to serve, such as a file without a TLS site). */
  plan(kit: ServeKit): Promise<ServePlan | Finding[]>
}

/** An executable on PATH, or undefined. */
export function onPath(binary: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, binary)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

export async function serveConfiguration(options: ServeOptions): Promise<Finding[]> {
  const { name, file, context } = options
  const at: Location = { file: file.path, line: 1 }
  const binary = onPath(options.binary)
  if (!binary) {
    return [
      {
        check: 'proxy-config',
        code: 'proxy-config-serve-unavailable',
        status: 'warn',
        title: `config-serve: ${name} is needed to serve the configuration, and ${options.binary} is not on PATH`,
        location: at,
        fix: {
          text: `Install ${name} on the runner before this step, or set config-serve: false.`,
          code: { lang: 'yaml', text: `- run: ${options.install}` }
        }
      }
    ]
  }
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'wss-doctor-serve-'))
  let echo: RunningServer | undefined
  let child: ChildProcess | undefined
  const stopOnDeadline = onAbort(deadlineSignal(), () => killGroup(child, 'SIGKILL'))
  try {
    echo = await startWsServer()
    const kit = await serveKit(prefix, echo.port)
    const plan = await options.plan(kit.kit)
    if (Array.isArray(plan)) return plan
    for (const [name, text] of Object.entries(plan.files))
      writeFileSync(path.join(prefix, name), text)
    let output = ''
    child = spawn(binary, plan.args, {
      cwd: prefix,
      env: { ...process.env, HOME: prefix, ...plan.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    child.on('error', err => (output += err.message))
    child.stdout!.on('data', chunk => (output = (output + String(chunk)).slice(-4000)))
    child.stderr!.on('data', chunk => (output = (output + String(chunk)).slice(-4000)))
    if (!(await listening([...new Set(plan.sites.map(s => s.port))], child))) {
      return [
        {
          check: 'proxy-config',
          code: 'proxy-config-serve-refused',
          status: 'fail',
          title: `config-serve: ${name} did not start with this configuration`,
          details: output.trim().split('\n').slice(-5),
          cause: `${name} refuses the configuration (its own error is in the details)`,
          location: at
        }
      ]
    }
    const findings: Finding[] = []
    for (const site of plan.sites)
      findings.push(...(await probeSite(name, site, kit.rootFile, context)))
    return findings
  } finally {
    stopOnDeadline()
    await stop(child)
    await echo?.close()
    rmSync(prefix, { recursive: true, force: true })
  }
}

async function serveKit(
  prefix: string,
  echoPort: number
): Promise<{ kit: ServeKit; rootFile: string }> {
  const root = await createRoot({ commonName: 'wss-doctor throwaway root' })
  const intermediate = await createIntermediate(root, {
    commonName: 'wss-doctor throwaway intermediate'
  })
  const rootFile = path.join(prefix, 'root.pem')
  writeFileSync(rootFile, root.certPem)
  const dhparam = path.join(prefix, 'dhparam.pem')
  writeFileSync(dhparam, dhParamsPem())
  let issued = 0
  const certificate = async (
    names: string[],
    options: { leafOnly?: boolean } = {}
  ): Promise<ServedCertificate> => {
    const leaf: Issued = await createLeaf(intermediate, {
      commonName: names[0] ?? 'localhost',
      keyType: 'rsa-2048',
      // Like a public CA's leaf; wss-doctor never fetches it.
      caIssuersUrls: ['http://127.0.0.1:9/intermediate.der'],
      names: names.length > 0 ? names : ['localhost']
    })
    const base = path.join(prefix, `site-${issued++}`)
    const files = {
      cert: `${base}.pem`,
      key: `${base}-key.pem`,
      chain: `${base}-chain.pem`,
      combined: `${base}-combined.pem`
    }
    const cert = options.leafOnly ? leaf.certPem : leaf.certPem + intermediate.certPem
    writeFileSync(files.cert, cert)
    writeFileSync(files.key, leaf.keyPem, { mode: 0o600 })
    writeFileSync(files.chain, intermediate.certPem)
    writeFileSync(files.combined, cert + leaf.keyPem, { mode: 0o600 })
    return files
  }
  return { kit: { prefix, echoPort, freePort, certificate, dhparam }, rootFile }
}

const INPUT_VERSION: Record<string, string> = {
  TLSv1: '1.0',
  'TLSv1.1': '1.1',
  'TLSv1.2': '1.2',
  'TLSv1.3': '1.3'
}

/** The run's checks against one served site: its failing findings (or one pass), at its lines. */
export async function probeSite(
  name: string,
  site: ServeSite,
  rootFile: string,
  { config, diagnose }: ServeContext
): Promise<Finding[]> {
  const url = `wss://${site.host}:${site.port}${site.path}`
  const report = await diagnose(probeConfig(url, site, rootFile, config))
  const result = report.results[0]
  const failing = result.findings.filter(f => f.status !== 'pass')
  if (failing.length === 0) {
    return [
      {
        check: 'proxy-config',
        code: 'proxy-config-live-ok',
        status: 'pass',
        title: `live: served by ${name} on loopback, ${url} passes every check`,
        details: result.findings.map(f => `${f.check}: ${f.title}`),
        location: site.location
      }
    ]
  }
  return failing.map(f => ({
    ...f,
    check: 'proxy-config',
    title: `live: ${f.title}`,
    details: [
      `${f.check} check of ${url}, served by ${name} on loopback with throwaway certificates`,
      ...(f.details ?? [])
    ],
    location:
      f.check === 'upgrade' || f.check === 'origin'
        ? (site.socketLocation ?? site.location)
        : site.location
  }))
}

function probeConfig(url: string, site: ServeSite, rootFile: string, config: Config): Config {
  return parseConfig(
    {
      urls: url,
      resolve: `${site.host}:${site.port}:127.0.0.1`,
      'ca-file': rootFile,
      revocation: 'off',
      deadline: '60s',
      'timeout-ms': String(Math.min(config.timeoutMs, 10_000)),
      // No idle hold: the static check judged the timeouts the file sets, and a hold would keep
      // the proxy running for idle-timeout.
      'idle-timeout': '0',
      'min-tls-version': INPUT_VERSION[config.minTlsVersion],
      'require-tls-versions': config.requireTlsVersions.map(v => INPUT_VERSION[v]).join(','),
      'fail-on-legacy-tls': String(config.failOnLegacyTls)
    },
    config.workspace
  )
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function accepting(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1')
    const settle = (value: boolean): void => {
      socket.destroy()
      resolve(value)
    }
    socket.once('connect', () => settle(true))
    socket.once('error', () => settle(false))
    socket.setTimeout(200, () => settle(false))
  })
}

/** Resolves once every port accepts (polled, at most ~10 s); false if the process exits first. */
export async function listening(ports: number[], child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
      return false
    const open = await Promise.all(ports.map(accepting))
    if (open.every(Boolean)) return true
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  return false
}

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (!child?.pid) return
  try {
    // The proxy's workers are in its process group (it was started detached).
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

/** SIGTERM to the proxy's process group, SIGKILL after 3 s; resolves when it has exited. */
export function stop(child: ChildProcess | undefined): Promise<void> {
  return new Promise(resolve => {
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return resolve()
    const hard = setTimeout(() => killGroup(child, 'SIGKILL'), 3000)
    child.once('exit', () => {
      clearTimeout(hard)
      killGroup(child, 'SIGKILL')
      resolve()
    })
    killGroup(child, 'SIGTERM')
  })
}

/** DER length octets. */
function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  if (n < 0x100) return Buffer.from([0x81, n])
  return Buffer.from([0x82, n >> 8, n & 0xff])
}

/** RFC 3526's 2048-bit MODP group as PEM DHparams: instant, where generating takes seconds. */
export function dhParamsPem(): string {
  const group = getDiffieHellman('modp14')
  const integer = (value: Buffer): Buffer => {
    const bytes = value[0] & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value
    return Buffer.concat([Buffer.from([0x02]), derLength(bytes.length), bytes])
  }
  const body = Buffer.concat([integer(group.getPrime()), integer(group.getGenerator())])
  const der = Buffer.concat([Buffer.from([0x30]), derLength(body.length), body])
  const lines = der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')
  return `-----BEGIN DH PARAMETERS-----\n${lines}\n-----END DH PARAMETERS-----\n`
}
