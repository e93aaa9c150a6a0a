// A throwaway profile for one browser run: a user-data directory, and a HOME whose NSS database
// trusts the ca-file certificates. Chromium on Linux reads extra trust anchors from
// $HOME/.pki/nssdb; the HOME is passed to the browser's process only, so nothing on the user's
// machine changes.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const CERTUTIL_TIMEOUT_MS = 10_000

export interface BrowserProfile {
  /** The browser's HOME (holding .pki/nssdb). */
  home: string
  userDataDir: string
  /** Deletes both directories. */
  remove(): Promise<void>
}

export class ProfileError extends Error {
  override name = 'ProfileError'
}

/** `certutil`: the NSS tool's path, needed only when there are CAs to trust. */
export async function createProfile(
  extraCAs: readonly string[],
  certutil: string | undefined
): Promise<BrowserProfile> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'wss-doctor-browser-'))
  const home = path.join(root, 'home')
  const userDataDir = path.join(root, 'user-data')
  // Retries: a browser that has just exited may still be flushing files into its profile.
  const remove = (): Promise<void> =>
    rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  try {
    await mkdir(userDataDir)
    await mkdir(path.join(home, '.pki', 'nssdb'), { recursive: true })
    if (extraCAs.length > 0) await trust(home, extraCAs, certutil)
  } catch (err) {
    await remove()
    throw err
  }
  return { home, userDataDir, remove }
}

async function trust(home: string, cas: readonly string[], certutil: string | undefined) {
  if (!certutil)
    throw new ProfileError(
      'browser: chromium needs certutil to trust ca-file: `apt-get install libnss3-tools`'
    )
  const db = `sql:${path.join(home, '.pki', 'nssdb')}`
  const options = { timeout: CERTUTIL_TIMEOUT_MS, env: { ...process.env, HOME: home } }
  await run(certutil, ['-d', db, '-N', '--empty-password'], options)
  for (const [i, pem] of cas.entries()) {
    const file = path.join(home, `ca-${i + 1}.pem`)
    await writeFile(file, pem)
    // C,, : a trusted CA for TLS servers (not for mail or code signing).
    await run(
      certutil,
      ['-d', db, '-A', '-t', 'C,,', '-n', `wss-doctor ca-file ${i + 1}`, '-i', file],
      options
    )
  }
}
