// Finding and starting headless Chromium. puppeteer-core is imported here only, and only when a
// run asks for a browser: the action's start-up does not load it otherwise.
import { accessSync, constants } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import type { BrowserProfile } from './profile.js'

/** What is looked for on the PATH, in order, without browser-path. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const

export const MISSING_CHROMIUM =
  "browser: chromium needs Chromium: on GitHub's Ubuntu runners it is preinstalled (google-chrome); elsewhere `apt-get install chromium`, or set browser-path"

/** How long Chromium may take to start (a cold start on a busy runner takes seconds). */
const LAUNCH_TIMEOUT_MS = 30_000

/** The first of `names` that is an executable file in `searchPath` (a PATH value). */
export function findExecutable(
  names: readonly string[],
  searchPath = process.env.PATH ?? ''
): string | undefined {
  for (const name of names) {
    for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
      const candidate = path.join(dir, name)
      try {
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // not here
      }
    }
  }
  return undefined
}

/** browser-path when set (it must exist), else the first Chromium on the PATH. */
export function findChromium(browserPath: string | undefined): string | undefined {
  if (!browserPath) return findExecutable(CHROMIUM_NAMES)
  try {
    accessSync(browserPath, constants.X_OK)
    return browserPath
  } catch {
    return undefined
  }
}

/** How much memory a page may take, so that one that allocates without end crashes its own
 * renderer instead of taking the runner's memory (a tab grows to about 4 GB otherwise). The
 * JavaScript heap is V8's to bound; on Linux every Chromium process's data segment (RLIMIT_DATA,
 * which counts what the heap does not hold: array buffers, the DOM) is bounded too. Measured
 * with Debian's Chromium 156, a page allocating in a loop peaks at about 0.65 GB (objects,
 * strings, array buffers) or 0.95 GB (DOM nodes) of renderer memory, against 1.6 GB and more
 * without the bounds. */
export const PAGE_MEMORY_MB = { javaScriptHeap: 512, processData: 1024 } as const

/** The command line wss-doctor relies on (puppeteer adds its own defaults beside these). */
export function chromiumArgs(options: { resolverRules: string; runningAsRoot: boolean }): string[] {
  return [
    '--headless=new',
    `--js-flags=--max-old-space-size=${PAGE_MEMORY_MB.javaScriptHeap}`,
    // Chromium's sandbox cannot start as root (containers, `sudo`): it refuses to run without
    // this flag there. As any other user the sandbox stays on.
    ...(options.runningAsRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    // QUIC would take a second path to an https origin; TCP+TLS is what the targets serve.
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=${options.resolverRules}`
  ]
}

export interface LaunchOptions {
  executablePath: string
  profile: BrowserProfile
  resolverRules: string
  /** The bound of every DevTools call (a hung browser fails instead of holding the run). */
  protocolTimeoutMs: number
}

export async function launchChromium(options: LaunchOptions): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core')
  const args = chromiumArgs({
    resolverRules: options.resolverRules,
    runningAsRoot: process.getuid?.() === 0
  })
  const userDataDir = options.profile.userDataDir
  const common = {
    headless: true,
    pipe: true,
    userDataDir,
    // The throwaway HOME (its NSS database trusts ca-file) for the browser's process only.
    env: { ...process.env, HOME: options.profile.home },
    timeout: LAUNCH_TIMEOUT_MS,
    protocolTimeout: options.protocolTimeoutMs
  }
  if (process.platform !== 'linux' || !findExecutable(['sh'], '/bin'))
    return puppeteer.launch({ ...common, executablePath: options.executablePath, args })
  // puppeteer would put its defaults first on the command line, where the shell's own arguments
  // go: they are asked for here and passed after those.
  const command = withDataLimit(
    options.executablePath,
    puppeteer.defaultArgs({ headless: true, userDataDir, args })
  )
  return puppeteer.launch({ ...common, ...command, ignoreDefaultArgs: true })
}

/** Chromium started by /bin/sh under a data-segment limit, which every process it starts
 * (renderers, GPU, utilities) inherits. A limit the shell cannot set (a lower hard limit is
 * already there) leaves that one in force. */
export function withDataLimit(
  executablePath: string,
  args: string[]
): { executablePath: string; args: string[] } {
  const kilobytes = PAGE_MEMORY_MB.processData * 1024
  return {
    executablePath: '/bin/sh',
    args: ['-c', `ulimit -d ${kilobytes} 2>/dev/null; exec "$0" "$@"`, executablePath, ...args]
  }
}
