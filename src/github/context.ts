// The run as the runner describes it in GITHUB_* variables and the event payload: what
// @actions/github's `context` reads, without loading Octokit on every run.
import { readFileSync } from 'node:fs'

export interface ActionsRun {
  owner: string
  repo: string
  sha: string
  ref: string
  workflow: string
  job: string
  eventName: string
  apiUrl: string
  /** The run's page; undefined outside a run (no GITHUB_RUN_ID). */
  runUrl?: string
}

export function actionsRun(env: NodeJS.ProcessEnv = process.env): ActionsRun | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return undefined
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return {
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runUrl: env.GITHUB_RUN_ID
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined
  }
}

/** The pull request's number from the event payload; undefined for any other event (or a
 * payload that cannot be read). */
export function pullRequestNumber(env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return undefined
  }
  const number = (payload as { pull_request?: { number?: unknown } } | null)?.pull_request?.number
  return Number.isSafeInteger(number) && (number as number) > 0 ? (number as number) : undefined
}
