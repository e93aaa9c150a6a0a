// After the report is delivered: the pull-request comment and the scheduled run's issue
// (inputs `comment`, `issue`). Each is tried on its own; what goes wrong is a warning, never
// the step's result: the endpoints' verdict is the exit code.
import * as core from '../runner.js'
import type { Config } from '../config.js'
import type { Report } from '../results.js'
import { oneLine } from '../report/escape.js'
import { maskSecrets } from '../secrets.js'
import {
  createGitHubApi,
  GitHubApiError,
  MAX_RATE_LIMIT_WAIT_MS,
  type GitHubApi
} from './client.js'
import { updatePullRequestComment, type Outcome } from './comment.js'
import { actionsRun, pullRequestNumber } from './context.js'
import { updateIssue } from './issue.js'

export async function publishToGitHub(
  report: Report,
  config: Config,
  failing: boolean
): Promise<void> {
  if (config.comment === 'off' && config.issue === 'off') return
  const pullRequest = pullRequestNumber()
  const comment = config.comment !== 'off' && pullRequest !== undefined
  // A pull request's failure is the pull request's: said in its comment, not in an issue.
  const issue = config.issue !== 'off' && pullRequest === undefined
  if (config.comment !== 'off' && !comment) core.debug('wss-doctor: not a pull request: no comment')
  if (config.issue !== 'off' && !issue) core.debug('wss-doctor: a pull request: no issue')
  if (!comment && !issue) return
  const mask = (text: string): string => maskSecrets(text, config.secrets)
  const run = actionsRun()
  if (!run) {
    core.warning('wss-doctor: comment/issue: GITHUB_REPOSITORY is not set: not running in Actions?')
    return
  }
  if (!config.githubToken) {
    core.warning('wss-doctor: comment/issue need github-token, which is empty')
    return
  }
  const token = config.githubToken
  let api: Promise<GitHubApi> | undefined
  const connect = (): Promise<GitHubApi> => (api ??= createGitHubApi(token, run.apiUrl))
  const attempt = async (what: string, step: () => Promise<Outcome>): Promise<void> => {
    try {
      const outcome = await step()
      if (outcome.changed) core.info(mask(`wss-doctor: ${outcome.message}`))
      else core.debug(mask(`wss-doctor: ${outcome.message}`))
    } catch (err) {
      core.warning(mask(failureText(what, err)))
    }
  }

  if (config.comment !== 'off' && pullRequest !== undefined) {
    const mode = config.comment
    await attempt('comment on the pull request', async () =>
      updatePullRequestComment(await connect(), run, pullRequest, report, failing, mode)
    )
  }
  if (issue) {
    await attempt('update the wss-doctor issue', async () =>
      updateIssue(await connect(), run, report)
    )
  }
}

function failureText(what: string, err: unknown): string {
  if (!(err instanceof GitHubApiError)) {
    return `wss-doctor: could not ${what}: ${detail(err instanceof Error ? err.message : String(err))}`
  }
  const said = detail(err.message)
  if (err.rateLimited) {
    return `wss-doctor: could not ${what}: GitHub's API rate limit (${said}), and it asks for a wait longer than wss-doctor's ${MAX_RATE_LIMIT_WAIT_MS / 1000} s (or none it says); the next run tries again`
  }
  if (err.status === 403 && what.startsWith('comment')) {
    return `wss-doctor: the token cannot comment: pull requests from forks get a read-only token; use pull_request_target carefully or skip comments. Otherwise give the job \`permissions: pull-requests: write\` (${said})`
  }
  if (err.status === 403) {
    return `wss-doctor: the token cannot ${what}: give the job \`permissions: issues: write\` (${said})`
  }
  if (err.status === 404) {
    return `wss-doctor: could not ${what}: not found: the repository, pull request or issue is not visible to the token (${said})`
  }
  if (err.status === 422) return `wss-doctor: could not ${what}: GitHub refused it (${said})`
  return `wss-doctor: could not ${what}: ${said}`
}

/** GitHub's words, one short line. */
function detail(text: string): string {
  const line = oneLine(text)
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
