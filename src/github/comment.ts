// The pull request's sticky comment: one per workflow and job, found by its hidden marker
// across every page of the pull request's comments, created once and then edited in place.
import type { Config } from '../config.js'
import type { Report } from '../results.js'
import { commentMarker, renderComment } from '../report/comment.js'
import type { GitHubApi } from './client.js'
import type { ActionsRun } from './context.js'

export interface Outcome {
  /** false: nothing was written (said in a debug line). */
  changed: boolean
  message: string
}

interface IssueComment {
  id: number
  body?: string | null
}

export async function updatePullRequestComment(
  api: GitHubApi,
  run: ActionsRun,
  pullRequest: number,
  report: Report,
  failing: boolean,
  mode: Exclude<Config['comment'], 'off'>
): Promise<Outcome> {
  const marker = commentMarker(run.workflow, run.job)
  const repo = { owner: run.owner, repo: run.repo }
  const comments = await api.list<IssueComment>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { ...repo, issue_number: pullRequest }
  )
  const existing = comments.find(c => typeof c.body === 'string' && c.body.startsWith(marker))
  if (!failing && mode === 'on-failure' && !existing) {
    return { changed: false, message: `nothing fails: no comment on pull request #${pullRequest}` }
  }
  const body = renderComment(report, {
    marker,
    runUrl: run.runUrl,
    recovered: !failing && mode === 'on-failure'
  })
  if (existing) {
    await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: existing.id,
      body
    })
    return { changed: true, message: `updated the comment on pull request #${pullRequest}` }
  }
  await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: pullRequest,
    body
  })
  return { changed: true, message: `commented on pull request #${pullRequest}` }
}
