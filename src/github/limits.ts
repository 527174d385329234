// GitHub's limits, as one request hook on Octokit (instead of the throttling and retry
// plugins and their Bottleneck queues, which cost every request far more than a loopback
// round trip):
// - a 5xx answer or a network failure is retried twice, briefly;
// - a primary rate limit (x-ratelimit-remaining 0, wait until x-ratelimit-reset) or a
//   secondary one (retry-after, or a minute) is waited out when the wait is short, a few
//   times; beyond that the request fails with the reason in the log, so the step fails
//   loudly instead of hanging until the job times out;
// - content-creating requests keep to GitHub's 80 a minute: a run's few writes go at once
//   (and may overlap), a long sweep is paced;
// - every attempt is counted.
import type { Octokit } from '@octokit/core'

export interface LimitOptions {
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  warn?: (message: string) => void
}

const WRITES_PER_MINUTE = 80
const MINUTE = 60_000
/** Waits after a 5xx or network failure, one per retry. */
const RETRY_DELAYS_MS = [250, 1_000]
/** The longest rate-limit wait a run accepts (a workflow step is short). */
const MAX_WAIT_MS = 60_000
const PRIMARY_RETRIES = 2
const SECONDARY_RETRIES = 1

interface RequestFailure {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | number | undefined> }
}

interface EndpointOptions {
  method: string
  url: string
}

/** Adds the limits to an Octokit; returns the count of requests sent (retries included). */
export function applyLimits(octokit: Pick<Octokit, 'hook'>, options: LimitOptions = {}): { requests: () => number } {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const now = options.now ?? Date.now
  const warn = options.warn ?? (() => {})
  const writes: number[] = []
  let count = 0

  /** Waits until one more content-creating request fits in the last minute's budget. */
  const paceWrite = async () => {
    for (;;) {
      const at = now()
      while (writes.length && writes[0] <= at - MINUTE) writes.shift()
      if (writes.length < WRITES_PER_MINUTE) {
        writes.push(at)
        return
      }
      await sleep(writes[0] + MINUTE - at)
    }
  }

  octokit.hook.wrap('request', async (request, endpoint) => {
    const { method, url } = endpoint as unknown as EndpointOptions
    const write = method !== 'GET' && method !== 'HEAD'
    let failures = 0
    let primary = 0
    let secondary = 0
    for (;;) {
      if (write) await paceWrite()
      count++
      try {
        return await request(endpoint)
      } catch (error) {
        const { status = 0, response } = error as RequestFailure
        const headers = response?.headers ?? {}
        const limit = rateLimit(status, headers, String((error as RequestFailure).message ?? ''), now())
        if (limit) {
          const tries = limit.kind === 'primary' ? ++primary : ++secondary
          const allowed = limit.kind === 'primary' ? PRIMARY_RETRIES : SECONDARY_RETRIES
          if (tries > allowed || limit.waitMs > MAX_WAIT_MS) {
            warn(`GitHub ${limit.kind} rate limit on ${method} ${url}: it lifts in ${Math.ceil(limit.waitMs / 1000)}s, longer than this run waits; giving up`)
            throw error
          }
          warn(`GitHub ${limit.kind} rate limit on ${method} ${url}; retrying in ${Math.ceil(limit.waitMs / 1000)}s`)
          await sleep(limit.waitMs)
          continue
        }
        // A 5xx may come after GitHub did the work: a creation is not sent again (the run leaves
        // it pending and the next one looks for it by its key); reads and edits are.
        if (status >= 500 && failures < RETRY_DELAYS_MS.length && repeatable(endpoint as unknown as EndpointOptions & { query?: string })) {
          await sleep(RETRY_DELAYS_MS[failures++])
          continue
        }
        throw error
      }
    }
  })
  return { requests: () => count }
}

/** Whether sending the request twice does no more than sending it once. */
export function repeatable({ method, url, query }: { method: string; url: string; query?: string }): boolean {
  if (method !== 'POST') return true
  if (url.endsWith('/graphql')) return !/^\s*mutation\b/.test(query ?? '')
  // A reaction that exists is answered, not added again.
  return url.endsWith('/reactions')
}

/** A rate-limit refusal and how long until it lifts, or undefined for any other failure. */
function rateLimit(status: number, headers: Record<string, string | number | undefined>, message: string, now: number): { kind: 'primary' | 'secondary'; waitMs: number } | undefined {
  if (status !== 403 && status !== 429) return undefined
  if (String(headers['x-ratelimit-remaining']) === '0' && headers['x-ratelimit-reset'] !== undefined) {
    return { kind: 'primary', waitMs: Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now) + 1_000 }
  }
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return { kind: 'secondary', waitMs: retryAfter * 1000 }
  // GitHub: without retry-after, wait at least a minute.
  if (status === 429 || /secondary rate limit/i.test(message)) return { kind: 'secondary', waitMs: MINUTE }
  return undefined
}
