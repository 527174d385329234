// GitHub's limits as a request hook: retries, rate limits, the pace of writes, the count.
// Octokit runs against a scripted fetch and a fake clock.
import { Octokit } from '@octokit/core'
import { describe, expect, it } from 'vitest'
import { applyLimits, repeatable } from '../../src/github/limits.js'

type Answer = { status: number; headers?: Record<string, string>; body?: unknown } | Error

/** An Octokit whose requests get the scripted answers in turn (then 200s); time only moves by sleeping. */
function client(answers: Answer[] = []) {
  let clock = Date.parse('2026-11-27T10:00:00Z')
  const sent: Array<{ method: string; url: string; at: number }> = []
  const sleeps: number[] = []
  const warnings: string[] = []
  const fetch = async (url: string, init: { method: string }) => {
    sent.push({ method: init.method, url, at: clock })
    const answer = answers.shift() ?? { status: 200 }
    if (answer instanceof Error) throw answer
    const headers = new Map(Object.entries({ 'content-type': 'application/json', ...answer.headers }))
    return { status: answer.status, url, headers, text: async () => JSON.stringify(answer.body ?? { message: `HTTP ${answer.status}` }) }
  }
  const octokit = new Octokit({ auth: 'token t', request: { fetch } })
  const { requests } = applyLimits(octokit, {
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
    warn: (message) => warnings.push(message)
  })
  return { octokit, requests, sent, sleeps, warnings, now: () => clock }
}

const get = (c: ReturnType<typeof client>) => c.octokit.request('GET /repos/{owner}/{repo}/issues/{n}', { owner: 'a', repo: 'b', n: 1 })
const comment = (c: ReturnType<typeof client>) => c.octokit.request('POST /repos/{owner}/{repo}/issues/{n}/comments', { owner: 'a', repo: 'b', n: 1, body: 'x' })

describe('retries', () => {
  it('a 5xx answer is retried, briefly, and counted', async () => {
    const c = client([{ status: 502 }, { status: 503 }])
    expect((await get(c)).status).toBe(200)
    expect(c.sent).toHaveLength(3)
    expect(c.sleeps).toEqual([250, 1000])
    expect(c.requests()).toBe(3)
  })

  it('a creation answered 5xx is not sent again (GitHub may have made it); a GraphQL query and an edit are', async () => {
    const made = client([{ status: 502 }])
    await expect(comment(made)).rejects.toMatchObject({ status: 502 })
    expect(made.sent).toHaveLength(1)
    expect(repeatable({ method: 'POST', url: '/graphql', query: 'query { viewer { login } }' })).toBe(true)
    expect(repeatable({ method: 'POST', url: '/graphql', query: ' mutation { minimizeComment }' })).toBe(false)
    expect(repeatable({ method: 'PATCH', url: '/repos/{owner}/{repo}/issues/comments/{comment_id}' })).toBe(true)
    expect(repeatable({ method: 'POST', url: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions' })).toBe(true)
  })

  it('a network failure is retried; after three attempts the failure is the answer', async () => {
    const c = client([new Error('connect ECONNREFUSED'), new Error('connect ECONNREFUSED'), new Error('connect ECONNREFUSED')])
    await expect(get(c)).rejects.toMatchObject({ status: 500, message: expect.stringContaining('ECONNREFUSED') })
    expect(c.sent).toHaveLength(3)
  })

  it('4xx answers are not retried', async () => {
    for (const status of [400, 401, 404, 410, 422]) {
      const c = client([{ status }])
      await expect(comment(c)).rejects.toMatchObject({ status })
      expect(c.sent).toHaveLength(1)
      expect(c.sleeps).toEqual([])
    }
  })
})

describe('rate limits', () => {
  it('a primary rate limit that lifts soon is waited out', async () => {
    const reset = String(Math.floor(Date.parse('2026-11-27T10:00:20Z') / 1000))
    const limited = client([{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } }])
    expect((await get(limited)).status).toBe(200)
    expect(limited.sleeps).toEqual([21_000])
    expect(limited.warnings).toEqual([expect.stringContaining('primary rate limit on GET')])
  })

  it('a primary rate limit that lifts in an hour fails at once, saying so', async () => {
    const reset = String(Math.floor(Date.parse('2026-11-27T11:00:00Z') / 1000))
    const c = client([{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } }])
    await expect(get(c)).rejects.toMatchObject({ status: 403 })
    expect(c.sleeps).toEqual([])
    expect(c.warnings).toEqual([expect.stringMatching(/primary rate limit on GET .* lifts in 3601s, longer than this run waits; giving up/)])
  })

  it('a secondary rate limit is waited out once (retry-after, or a minute); a second one fails', async () => {
    const c = client([{ status: 429, headers: { 'retry-after': '3' } }, { status: 403, body: { message: 'You have exceeded a secondary rate limit' } }])
    await expect(comment(c)).rejects.toMatchObject({ status: 403 })
    expect(c.sleeps).toEqual([3000])
    expect(c.sent).toHaveLength(2)
    const d = client([{ status: 403, body: { message: 'You have exceeded a secondary rate limit' } }])
    expect((await comment(d)).status).toBe(200)
    expect(d.sleeps).toEqual([60_000])
  })

  it('a 403 that is not a rate limit is an answer', async () => {
    const c = client([{ status: 403, body: { message: 'Resource not accessible by integration' } }])
    await expect(comment(c)).rejects.toMatchObject({ status: 403 })
    expect(c.sent).toHaveLength(1)
  })
})

describe('the pace of content-creating requests', () => {
  it('a burst of 80 goes at once; the 81st waits until the first is a minute old; reads never wait', async () => {
    const c = client()
    await Promise.all(Array.from({ length: 80 }, () => comment(c)))
    expect(c.sleeps).toEqual([])
    await get(c)
    expect(c.sleeps).toEqual([])
    await comment(c)
    expect(c.sleeps).toEqual([60_000])
    expect(c.sent.at(-1)!.at - c.sent[0].at).toBe(60_000)
    expect(c.requests()).toBe(82)
  })

  it('writes of one run may overlap', async () => {
    let inFlight = 0
    let most = 0
    const octokit = new Octokit({
      request: {
        fetch: async (url: string) => {
          most = Math.max(most, ++inFlight)
          await new Promise((r) => setTimeout(r, 10))
          inFlight--
          return { status: 201, url, headers: new Map([['content-type', 'application/json']]), text: async () => '{}' }
        }
      }
    })
    applyLimits(octokit)
    await Promise.all([1, 2, 3].map((n) => octokit.request('POST /repos/a/b/issues/{n}/comments', { n, body: 'x' })))
    expect(most).toBe(3)
  })
})
