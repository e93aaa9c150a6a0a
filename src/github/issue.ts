// The scheduled run's issue: one open issue per workflow (label wss-doctor, hidden marker),
// opened when something fails or is about to expire, edited by later runs, closed with a
// comment when all is well. Only open issues are looked at: one a person closed stays closed,
// and a failure that persists opens a new one.
import type { Report } from '../results.js'
import {
  issueMarker,
  issueTitle,
  ISSUE_LABEL,
  needingAttention,
  renderIssue,
  renderResolved
} from '../report/issue.js'
import { GitHubApiError, type GitHubApi } from './client.js'
import type { Outcome } from './comment.js'
import type { ActionsRun } from './context.js'

interface Issue {
  number: number
  body?: string | null
  pull_request?: unknown
}

export async function updateIssue(
  api: GitHubApi,
  run: ActionsRun,
  report: Report
): Promise<Outcome> {
  const marker = issueMarker(run.workflow)
  const repo = { owner: run.owner, repo: run.repo }
  const open = await api.list<Issue>('GET /repos/{owner}/{repo}/issues', {
    ...repo,
    labels: ISSUE_LABEL,
    state: 'open'
  })
  // The issues endpoint lists pull requests too.
  const existing = open.find(
    i => !i.pull_request && typeof i.body === 'string' && i.body.startsWith(marker)
  )
  const attention = needingAttention(report)
  if (attention.failing.length === 0 && attention.expiring.length === 0) {
    if (!existing) return { changed: false, message: 'nothing fails or expires soon: no issue' }
    await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: existing.number,
      body: renderResolved(report, run.runUrl)
    })
    await api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed'
    })
    return { changed: true, message: `closed issue #${existing.number}: everything passes again` }
  }
  const title = issueTitle(attention)
  const body = renderIssue(report, attention, {
    marker,
    workflow: run.workflow,
    runUrl: run.runUrl
  })
  if (existing) {
    await api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: existing.number,
      title,
      body
    })
    return { changed: true, message: `updated issue #${existing.number}` }
  }
  await ensureLabel(api, repo)
  const created = await api.request<{ number: number }>('POST /repos/{owner}/{repo}/issues', {
    ...repo,
    title,
    body,
    labels: [ISSUE_LABEL]
  })
  return { changed: true, message: `opened issue #${created.data.number}` }
}

async function ensureLabel(api: GitHubApi, repo: { owner: string; repo: string }): Promise<void> {
  try {
    await api.request('POST /repos/{owner}/{repo}/labels', {
      ...repo,
      name: ISSUE_LABEL,
      color: 'd93f0b',
      description: 'Endpoints wss-doctor found failing or about to expire'
    })
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 422 && err.codes.includes('already_exists'))
      return
    throw err
  }
}
