// The pull-request comment and the scheduled run's issue, driven through the action's run()
// against real wss servers on loopback and a loopback stub of GitHub's REST API
// (fixtures/github-api.ts; GITHUB_API_URL points at it).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createLeaf, createRoot } from '../src/demo/pki.js'
import { startWssServer, type RunningServer } from '../src/demo/servers.js'
import { COMMENT_LIMIT_CHARS, commentMarker, renderComment } from '../src/report/comment.js'
import { nextPage } from '../src/github/client.js'
import { issueMarker } from '../src/report/issue.js'
import { runAction as runActionIn } from './fixtures/action.js'
import { startGitHubStub, type GitHubStub } from './fixtures/github-api.js'
import { renderGitHubMarkdown, visibleText } from './fixtures/markdown.js'
import { report, result } from './fixtures/report.js'
import { tempDir } from './fixtures/temp-dir.js'

const TOKEN = 'ghs_StubToken0123456789abcdefABCDEF'
const dir = tempDir('github')
let good: RunningServer
let wrongHost: RunningServer
let stub: GitHubStub

beforeAll(async () => {
  const root = await createRoot({ commonName: 'GitHub Test Root' })
  const goodLeaf = await createLeaf(root, { commonName: 'good.gh.test', names: ['good.gh.test'] })
  const otherLeaf = await createLeaf(root, { commonName: 'other.test', names: ['other.test'] })
  good = await startWssServer({ cert: goodLeaf.certPem, key: goodLeaf.keyPem })
  wrongHost = await startWssServer({ cert: otherLeaf.certPem, key: otherLeaf.keyPem })
  writeFileSync(path.join(dir, 'ca.pem'), root.certPem)
  stub = await startGitHubStub('octo', 'doctor')
})

afterAll(async () => {
  await Promise.all([good.close(), wrongHost.close(), stub.close()])
})

beforeEach(() => stub.reset())

const passing = (): Record<string, string> => ({
  urls: `wss://good.gh.test:${good.port}/ws`,
  'ca-file': 'ca.pem',
  resolve: `good.gh.test:${good.port}:127.0.0.1`
})
const failing = (): Record<string, string> => ({
  urls: `wss://good.gh.test:${good.port}/ws\nwss://bad.gh.test:${wrongHost.port}/ws`,
  'ca-file': 'ca.pem',
  resolve: `good.gh.test:${good.port}:127.0.0.1\nbad.gh.test:${wrongHost.port}:127.0.0.1`
})
/** The good endpoint, whose 90-day certificate is "about to expire" under a 365-day warning. */
const expiring = (): Record<string, string> => ({ ...passing(), 'expiry-warning-days': '365' })

interface GitHubRun {
  stdout: string
  warnings: string[]
  debug: string[]
  exitCode: number | string | undefined
}

/** Runs the action as a job of workflow "CI" (job "check") in octo/doctor; `event`: the event
 * name and payload (a pull request or a schedule). */
async function runAction(
  inputs: Record<string, string>,
  event: { name: string; payload: unknown } = pullRequest(7),
  overrides: Record<string, string> = {}
): Promise<GitHubRun> {
  const eventPath = path.join(mkdtempSync(path.join(dir, 'event-')), 'event.json')
  writeFileSync(eventPath, JSON.stringify(event.payload))
  const { stdout, commands, exitCode } = await runActionIn(
    dir,
    { 'github-token': TOKEN, ...inputs },
    {
      GITHUB_API_URL: stub.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: 'octo/doctor',
      GITHUB_RUN_ID: '4242',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'check',
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventPath,
      ...overrides
    }
  )
  return {
    stdout,
    // wss-doctor's own warnings; annotations of findings name their endpoint first.
    warnings: commands
      .filter(c => c.name === 'warning' && c.data.startsWith('wss-doctor'))
      .map(c => c.data),
    debug: commands.filter(c => c.name === 'debug').map(c => c.data),
    exitCode
  }
}

function pullRequest(number: number): { name: string; payload: unknown } {
  return {
    name: 'pull_request',
    payload: { action: 'synchronize', number, pull_request: { number } }
  }
}
const SCHEDULE = { name: 'schedule', payload: { schedule: '0 6 * * *' } }
const MARKER = commentMarker('CI', 'check')

function seedComments(count: number, issue = 7): void {
  for (let i = 0; i < count; i++)
    stub.comments.push({ id: 1 + i, issue_number: issue, body: `Looks good to me (${i})` })
}

describe('pull-request comment', () => {
  test('a failing run creates one comment: marker, summary, failing details, link to the run', async () => {
    const result = await runAction({ ...failing(), comment: 'on-failure' })
    expect(result.exitCode).toBe(1)
    expect(result.warnings).toEqual([])
    const writes = stub.writes()
    expect(writes.map(w => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/octo/doctor/issues/7/comments'
    ])
    expect(writes[0].authorization).toBe(`token ${TOKEN}`)
    const body = String(writes[0].body?.body)
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(body).toMatch(/^## ❌ wss-doctor: 2 endpoints: 1 failed, 1 passed$/m)
    expect(visibleText(renderGitHubMarkdown(body))).toContain(
      'Certificate does not cover bad.gh.test'
    )
    expect(body).toContain('[the run](https://github.example/octo/doctor/actions/runs/4242)')
    const html = renderGitHubMarkdown(body)
    expect(html).toContain('<table>')
    expect(html).toContain('<a href="https://github.example/octo/doctor/actions/runs/4242">')
    // The marker is hidden: GitHub renders it as an HTML comment.
    expect(visibleText(html.replace(/<!--[\s\S]*?-->/g, ''))).not.toContain('wss-doctor:CI')
    // The token went to GitHub only: masked (add-mask), never printed.
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
  })

  test('a later run updates the comment in place, found on the second page of comments', async () => {
    seedComments(130)
    stub.comments.splice(120, 0, { id: 9001, issue_number: 7, body: `${MARKER}\nold report` })
    stub.comments.push({ id: 9002, issue_number: 7, body: `> quoting ${MARKER}` })
    const result = await runAction({ ...failing(), comment: 'on-failure' })
    expect(result.warnings).toEqual([])
    const reads = stub.requests.filter(r => r.method === 'GET')
    expect(reads.map(r => [r.query.get('per_page'), r.query.get('page')])).toEqual([
      ['100', null],
      ['100', '2']
    ])
    expect(stub.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      'PATCH /repos/octo/doctor/issues/comments/9001'
    ])
    expect(stub.comments.find(c => c.id === 9001)?.body).toMatch(/2 endpoints: 1 failed, 1 passed/)
    expect(stub.comments.filter(c => c.body.startsWith(MARKER))).toHaveLength(1)
  })

  test('on-failure: a healthy rerun updates the existing comment to say so', async () => {
    stub.comments.push({ id: 77, issue_number: 7, body: `${MARKER}\n## ❌ wss-doctor: 1 failed` })
    const result = await runAction({ ...passing(), comment: 'on-failure' })
    expect(result.exitCode).toBeUndefined()
    expect(stub.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      'PATCH /repos/octo/doctor/issues/comments/77'
    ])
    const body = stub.comments[0].body
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body).toContain('✅ wss-doctor: all endpoints pass now')
    expect(body).toMatch(/^## ✅ wss-doctor: 1 endpoint: 1 passed$/m)
  })

  test('on-failure: a healthy first run writes no comment', async () => {
    seedComments(3)
    const result = await runAction({ ...passing(), comment: 'on-failure' })
    expect(result.exitCode).toBeUndefined()
    expect(result.warnings).toEqual([])
    expect(stub.writes()).toEqual([])
    expect(result.debug).toContain('wss-doctor: nothing fails: no comment on pull request #7')
  })

  test('always: a healthy first run comments too; other workflows and jobs keep their own', async () => {
    stub.comments.push({
      id: 5,
      issue_number: 7,
      body: `${commentMarker('CI', 'other-job')}\nanother job's report`
    })
    await runAction({ ...passing(), comment: 'always' })
    expect(stub.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/octo/doctor/issues/7/comments'
    ])
    expect(stub.comments.map(c => c.body.split('\n')[0])).toEqual([
      commentMarker('CI', 'other-job'),
      MARKER
    ])
    expect(stub.comments[1].body).not.toContain('pass now')
  })

  test('not a pull request: no request at all, a debug line', async () => {
    const result = await runAction({ ...failing(), comment: 'always' }, SCHEDULE)
    expect(stub.requests).toEqual([])
    expect(result.debug).toContain('wss-doctor: not a pull request: no comment')
    expect(result.exitCode).toBe(1)
  })

  test("a fork's read-only token (403): a warning, and the step's result is the endpoints'", async () => {
    const forbidden = {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    }
    stub.inject('POST', /\/comments$/, forbidden, 2)
    const failed = await runAction({ ...failing(), comment: 'on-failure' })
    expect(failed.warnings).toEqual([
      expect.stringMatching(
        /^wss-doctor: the token cannot comment: pull requests from forks get a read-only token; use pull_request_target carefully or skip comments\..*Resource not accessible by integration/
      )
    ])
    expect(failed.exitCode).toBe(1)
    const passed = await runAction({ ...passing(), comment: 'always' })
    expect(passed.warnings).toHaveLength(1)
    expect(passed.exitCode).toBeUndefined()
    expect(stub.comments).toEqual([])
  })

  test('404 and 422: a warning that names the problem', async () => {
    stub.inject('GET', /\/comments$/, { status: 404, body: { message: 'Not Found' } })
    const missing = await runAction({ ...failing(), comment: 'on-failure' })
    expect(missing.warnings).toEqual([
      'wss-doctor: could not comment on the pull request: not found: the repository, pull request or issue is not visible to the token (HTTP 404: Not Found)'
    ])
    expect(missing.exitCode).toBe(1)
    stub.inject('POST', /\/comments$/, {
      status: 422,
      body: { message: 'Validation Failed', errors: [{ code: 'custom', field: 'body' }] }
    })
    const refused = await runAction({ ...passing(), comment: 'always' })
    expect(refused.warnings).toEqual([
      'wss-doctor: could not comment on the pull request: GitHub refused it (HTTP 422: Validation Failed)'
    ])
    expect(refused.exitCode).toBeUndefined()
  })

  test('a rate limit with a short retry-after is waited out once; a long one is a warning', async () => {
    stub.inject('GET', /\/comments$/, {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'API rate limit exceeded' }
    })
    const retried = await runAction({ ...failing(), comment: 'on-failure' })
    expect(retried.warnings).toEqual([])
    expect(stub.requests.map(r => r.method)).toEqual(['GET', 'GET', 'POST'])
    expect(stub.comments).toHaveLength(1)

    stub.reset()
    stub.inject(
      'GET',
      /\/comments$/,
      {
        status: 403,
        headers: { 'retry-after': '3600', 'x-ratelimit-remaining': '0' },
        body: { message: 'You have exceeded a secondary rate limit' }
      },
      5
    )
    const limited = await runAction({ ...failing(), comment: 'on-failure' })
    expect(limited.warnings).toEqual([
      expect.stringMatching(
        /^wss-doctor: could not comment on the pull request: GitHub's API rate limit \(HTTP 403: You have exceeded a secondary rate limit\)/
      )
    ])
    // Not waited for an hour, and not retried.
    expect(stub.requests.map(r => r.method)).toEqual(['GET'])
    expect(limited.exitCode).toBe(1)
  })

  test('an unknown comment or issue value is an invalid input', async () => {
    const comment = await runAction({ ...passing(), comment: 'sometimes' })
    expect(comment.stdout).toContain(
      '::error::wss-doctor: invalid input: comment must be one of off, on-failure, always; got "sometimes"'
    )
    const issue = await runAction({ ...passing(), issue: 'always' }, SCHEDULE)
    expect(issue.stdout).toContain(
      '::error::wss-doctor: invalid input: issue must be one of off, on-failure; got "always"'
    )
    expect(stub.requests).toEqual([])
  })

  test('an empty token: a warning, no request', async () => {
    const result = await runAction({ ...failing(), comment: 'always', 'github-token': '' })
    expect(result.warnings).toEqual(['wss-doctor: comment/issue need github-token, which is empty'])
    expect(stub.requests).toEqual([])
    expect(result.exitCode).toBe(1)
  })
})

describe('expiry and outage issue', () => {
  const ISSUE_MARKER = issueMarker('CI')

  test('opened for failing and soon-expiring endpoints, updated, then closed with a comment', async () => {
    // 1. Something fails and a certificate expires soon: the label and an issue are created.
    const first = await runAction(
      { ...failing(), 'expiry-warning-days': '365', issue: 'on-failure' },
      SCHEDULE
    )
    expect(first.warnings).toEqual([])
    expect(first.exitCode).toBe(1)
    expect(stub.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/octo/doctor/labels',
      'POST /repos/octo/doctor/issues'
    ])
    expect(stub.requests[0].query.get('labels')).toBe('wss-doctor')
    expect(stub.requests[0].query.get('state')).toBe('open')
    expect(stub.issues).toHaveLength(1)
    const [issue] = stub.issues
    expect(issue).toMatchObject({
      state: 'open',
      labels: ['wss-doctor'],
      title: 'wss-doctor: 1 failing, 1 expiring soon'
    })
    expect(issue.body.startsWith(`${ISSUE_MARKER}\n`)).toBe(true)
    const text = visibleText(renderGitHubMarkdown(issue.body))
    expect(text).toMatch(/Failing \(1\)[\s\S]*bad\.gh\.test.*hostname: Certificate does not cover/)
    expect(text).toMatch(
      /Expiring soon \(1\)[\s\S]*good\.gh\.test.*expiry: Certificate expires in \d+ days/
    )
    expect(issue.body).toContain('[the run](https://github.example/octo/doctor/actions/runs/4242)')

    // 2. Only the expiry is left: the same issue is edited; the label exists already.
    stub.requests.length = 0
    await runAction({ ...expiring(), issue: 'on-failure' }, SCHEDULE)
    expect(stub.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/octo/doctor/issues/${issue.number}`
    ])
    expect(stub.issues).toHaveLength(1)
    expect(issue.title).toBe('wss-doctor: 1 expiring soon')
    expect(issue.body).not.toContain('bad.gh.test')

    // 3. Everything passes: a closing comment, then the issue is closed.
    stub.requests.length = 0
    const healthy = await runAction({ ...passing(), issue: 'on-failure' }, SCHEDULE)
    expect(healthy.exitCode).toBeUndefined()
    expect(stub.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      `POST /repos/octo/doctor/issues/${issue.number}/comments`,
      `PATCH /repos/octo/doctor/issues/${issue.number}`
    ])
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(stub.comments[0].body).toMatch(/^✅ Everything passes again/)

    // 4. A later healthy run has nothing to do.
    stub.requests.length = 0
    await runAction({ ...passing(), issue: 'on-failure' }, SCHEDULE)
    expect(stub.writes()).toEqual([])
  })

  test('an issue a person closed is not reopened: persisting failures open a new one', async () => {
    await runAction({ ...failing(), issue: 'on-failure' }, SCHEDULE)
    expect(stub.issues).toHaveLength(1)
    const closedByHand = stub.issues[0]
    closedByHand.state = 'closed'
    closedByHand.state_reason = 'not_planned'
    const bodyBefore = closedByHand.body

    stub.requests.length = 0
    const result = await runAction({ ...failing(), issue: 'on-failure' }, SCHEDULE)
    expect(result.warnings).toEqual([])
    // The label exists (422 already_exists is fine); a second issue is opened.
    expect(stub.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/octo/doctor/labels',
      'POST /repos/octo/doctor/issues'
    ])
    expect(stub.issues).toHaveLength(2)
    expect(closedByHand).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      body: bodyBefore
    })
    expect(stub.issues[1]).toMatchObject({ state: 'open', title: 'wss-doctor: 1 failing' })
  })

  test('an open issue of another workflow, or a pull request with the label, is left alone', async () => {
    stub.labels.add('wss-doctor')
    stub.issues.push(
      {
        number: 1,
        title: 'nightly',
        body: `${issueMarker('Nightly')}\n…`,
        state: 'open',
        labels: ['wss-doctor']
      },
      {
        number: 2,
        title: 'a pull request',
        body: `${ISSUE_MARKER}\n…`,
        state: 'open',
        labels: ['wss-doctor'],
        pull_request: { url: 'https://api.github.example/pulls/2' }
      }
    )
    await runAction({ ...failing(), issue: 'on-failure' }, SCHEDULE)
    expect(stub.writes().map(w => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/octo/doctor/labels',
      'POST /repos/octo/doctor/issues'
    ])
    expect(stub.issues.slice(0, 2).map(i => i.body.endsWith('\n…'))).toEqual([true, true])
  })

  test("a pull request's run opens no issue (its failure goes to its comment)", async () => {
    const result = await runAction({ ...failing(), issue: 'on-failure' }, pullRequest(7))
    expect(stub.requests).toEqual([])
    expect(result.debug).toContain('wss-doctor: a pull request: no issue')
  })

  test('no token to write issues (403): a warning saying which permission', async () => {
    stub.inject('POST', /\/labels$/, {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const result = await runAction({ ...failing(), issue: 'on-failure' }, SCHEDULE)
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^wss-doctor: the token cannot update the wss-doctor issue: give the job `permissions: issues: write`/
      )
    ])
    expect(result.exitCode).toBe(1)
  })
})

describe('pagination', () => {
  test('follows rel="next" on the API origin only: a link elsewhere would carry the token there', () => {
    const origin = 'http://127.0.0.1:1234'
    const link = (url: string): string =>
      `<${origin}/x?page=1>; rel="prev", <${url}>; rel="next", <${origin}/x?page=9>; rel="last"`
    expect(nextPage(link(`${origin}/x?page=3`), origin)).toBe(`${origin}/x?page=3`)
    expect(nextPage(link('http://evil.example/x?page=3'), origin)).toBeUndefined()
    expect(nextPage(link('http://127.0.0.1:9999/x?page=3'), origin)).toBeUndefined()
    expect(nextPage(`<${origin}/x?page=9>; rel="last"`, origin)).toBeUndefined()
    expect(nextPage(undefined, origin)).toBeUndefined()
  })

  test('an unreachable API: a warning, and the check result stands', async () => {
    const closed = await startGitHubStub()
    await closed.close()
    const result = await runAction({ ...failing(), comment: 'always' }, pullRequest(7), {
      GITHUB_API_URL: closed.url
    })
    expect(result.warnings).toEqual([
      expect.stringMatching(/^wss-doctor: could not comment on the pull request: .*ECONNREFUSED/)
    ])
    expect(result.exitCode).toBe(1)
  })
})

describe('the comment Markdown', () => {
  const failure = (i: number) =>
    result(`wss://host-${i}.example/ws`, [
      {
        check: 'hostname',
        code: 'hostname-other-host',
        status: 'fail',
        title: `Certificate does not cover host-${i}.example ${'x'.repeat(400)}`,
        cause: 'The certificate was issued for other names',
        fix: {
          text: 'Reissue it',
          code: { lang: 'bash', text: 'certbot certonly -d host.example' }
        }
      }
    ])

  test('starts with the marker; names cannot break out of the HTML comment', () => {
    const body = renderComment(report([failure(1)]), { marker: MARKER })
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    const hostile = commentMarker('CI --> <img src=x>', 'job:check')
    expect(hostile).toMatch(/^<!-- wss-doctor:[^<>]*:[^<>]* -->$/)
    expect(hostile).not.toBe(commentMarker('CI --> <img src=x>:job', 'check'))
    // The comment ends only where the marker does.
    expect(hostile.indexOf('-->')).toBe(hostile.length - 3)
  })

  test('a large report stays within the comment limit and says it was shortened', () => {
    const big = report(Array.from({ length: 400 }, (_, i) => failure(i)))
    const body = renderComment(big, { marker: MARKER, runUrl: 'https://github.example/r/1' })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS)
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT_CHARS / 2)
    expect(body).toContain(
      "> This comment is shortened to fit GitHub's limit of 65,536 characters: the full report is in the job summary of [the run](https://github.example/r/1)."
    )
    expect(body).toMatch(/^## ❌ wss-doctor: 400 endpoints: 400 failed/m)
    const small = renderComment(report([failure(1)]), { marker: MARKER })
    expect(small).not.toContain('shortened')
  })

  test('a budget the summary cannot meet still gives a comment GitHub accepts', () => {
    const big = report(Array.from({ length: 400 }, (_, i) => failure(i)))
    const body = renderComment(big, { marker: MARKER, budgetBytes: COMMENT_LIMIT_CHARS * 4 })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS)
    expect(body).toContain('The report is too long for a comment')
  })
})

describe('start-up cost', () => {
  test("@actions/github is imported only in src/github/, and only lazily (import('…'))", () => {
    const files = (folder: string): string[] =>
      readdirSync(folder).flatMap(name => {
        const file = path.join(folder, name)
        return statSync(file).isDirectory() ? files(file) : file.endsWith('.ts') ? [file] : []
      })
    const src = new URL('../src', import.meta.url).pathname
    const users = files(src).filter(file =>
      readFileSync(file, 'utf8').includes("'@actions/github'")
    )
    expect(users.map(file => path.relative(src, file))).toEqual(['github/client.ts'])
    const text = readFileSync(path.join(src, 'github', 'client.ts'), 'utf8')
    expect(text).not.toMatch(/^import [^(]*'@actions\/github'/m)
    expect(text).toContain("await import('@actions/github')")
  })
})
