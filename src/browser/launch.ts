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

/** The command line wss-doctor relies on (puppeteer adds its own defaults beside these). */
export function chromiumArgs(options: { resolverRules: string; runningAsRoot: boolean }): string[] {
  return [
    '--headless=new',
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
  return puppeteer.launch({
    executablePath: options.executablePath,
    headless: true,
    pipe: true,
    args: chromiumArgs({
      resolverRules: options.resolverRules,
      runningAsRoot: process.getuid?.() === 0
    }),
    userDataDir: options.profile.userDataDir,
    // The throwaway HOME (its NSS database trusts ca-file) for the browser's process only.
    env: { ...process.env, HOME: options.profile.home },
    timeout: LAUNCH_TIMEOUT_MS,
    protocolTimeout: options.protocolTimeoutMs
  })
}
