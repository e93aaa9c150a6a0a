// The one door to GitHub's REST API. Octokit (@actions/github) is loaded here, lazily: only a
// run that comments or files an issue pays for it. A rate limit is waited out once when GitHub
// asks for a short wait; anything else becomes a GitHubApiError for the caller to word.

/** A rate limit that asks for a longer wait than this is reported, not waited out. */
export const MAX_RATE_LIMIT_WAIT_MS = 10_000

/** Lists stop after this many pages (of 100): a bound on a hostile or endless Link chain. */
const MAX_PAGES = 50

export interface ApiResponse<T = unknown> {
  status: number
  data: T
}

export interface GitHubApi {
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<ApiResponse<T>>
  /** Every item of a list endpoint, 100 a page, following the Link header's rel="next". */
  list<T = unknown>(route: string, params?: Record<string, unknown>): Promise<T[]>
}

export class GitHubApiError extends Error {
  override name = 'GitHubApiError'
  constructor(
    message: string,
    readonly status: number,
    /** GitHub's error code(s) from a 422 body (`already_exists`…). */
    readonly codes: string[] = [],
    readonly rateLimited = false
  ) {
    super(message)
  }
}

interface OctokitLike {
  request(
    route: string | Record<string, unknown>,
    params?: Record<string, unknown>
  ): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>
}

export async function createGitHubApi(
  token: string,
  baseUrl: string,
  sleep: (ms: number) => Promise<void> = ms => new Promise(done => setTimeout(done, ms))
): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl }) as unknown as OctokitLike
  const origin = new URL(baseUrl).origin

  const send = async (
    route: string | Record<string, unknown>,
    params?: Record<string, unknown>
  ): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await octokit.request(route, params)
      } catch (err) {
        const failure = apiError(err)
        const waitMs = failure.rateLimited ? rateLimitWait(err) : undefined
        if (attempt === 0 && waitMs !== undefined && waitMs <= MAX_RATE_LIMIT_WAIT_MS) {
          await sleep(waitMs)
          continue
        }
        throw failure
      }
    }
  }

  return {
    async request<T>(route: string, params?: Record<string, unknown>) {
      const { status, data } = await send(route, params)
      return { status, data: data as T }
    },
    async list<T>(route: string, params: Record<string, unknown> = {}) {
      const items: T[] = []
      let response = await send(route, { ...params, per_page: 100 })
      for (let page = 1; ; page++) {
        if (Array.isArray(response.data)) items.push(...(response.data as T[]))
        const next = nextPage(response.headers.link, origin)
        if (!next || page >= MAX_PAGES) return items
        response = await send({ method: 'GET', url: next })
      }
    }
  }
}

/** The Link header's rel="next" URL, when it stays on the API's origin: a link elsewhere
 * would carry the token there. */
export function nextPage(link: unknown, origin: string): string | undefined {
  if (typeof link !== 'string') return undefined
  for (const part of link.split(',')) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part)
    if (!m || !/\brel="?next"?/.test(m[2])) continue
    try {
      const url = new URL(m[1])
      return url.origin === origin ? url.href : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

interface RequestErrorLike {
  status?: unknown
  message?: unknown
  response?: { headers?: Record<string, unknown>; data?: unknown }
}

function apiError(err: unknown): GitHubApiError {
  const { status, message, response } = (err ?? {}) as RequestErrorLike
  // No response (Octokit says 500): a network failure, whose innermost cause says what happened.
  if (typeof status !== 'number' || !response) return new GitHubApiError(networkText(err), 0)
  const headers = response?.headers ?? {}
  const data = (response?.data ?? {}) as { message?: unknown; errors?: unknown }
  const codes = Array.isArray(data.errors)
    ? data.errors.map(e => String((e as { code?: unknown })?.code ?? ''))
    : []
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0'))
  const text = typeof data.message === 'string' ? data.message : String(message ?? '')
  return new GitHubApiError(`HTTP ${status}: ${text}`, status, codes, rateLimited)
}

function networkText(err: unknown): string {
  const texts: string[] = []
  for (let e = err as { message?: unknown; code?: unknown; cause?: unknown } | undefined; e;) {
    const text = typeof e.code === 'string' ? e.code : String(e.message ?? '')
    if (text && !texts.includes(text)) texts.push(text)
    e = e.cause as typeof e
    if (texts.length > 4) break
  }
  return texts.join(': ') || String(err)
}

/** How long GitHub asks to wait: `retry-after` seconds, else until `x-ratelimit-reset`;
 * undefined when it does not say. */
function rateLimitWait(err: unknown): number | undefined {
  const headers = (err as RequestErrorLike).response?.headers ?? {}
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0)
    return retryAfter * 1000
  const reset = Number(headers['x-ratelimit-reset'])
  if (headers['x-ratelimit-reset'] !== undefined && Number.isFinite(reset))
    return Math.max(0, reset * 1000 - Date.now())
  return undefined
}
