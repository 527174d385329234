// The GitHub client: Octokit from @actions/github (API base from GITHUB_API_URL), with
// GitHub's recommended throttling and retries, and a count of the requests a run makes.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface GitHubClient {
  octokit: Octokit
  /** Requests sent so far in this run (retries included). */
  requests: () => number
}

const minuteBudget = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0, reservoir: 80, reservoirRefreshAmount: 80, reservoirRefreshInterval: 60_000 })

export function createGitHubClient(token: string): GitHubClient {
  let count = 0
  const octokit = getOctokit(
    token,
    {
      throttle: {
        // GitHub allows 80 content-creating requests a minute. The plugin's defaults space
        // writes a second apart and notifying writes (comments) three seconds apart, which
        // costs a short run seconds for nothing; a budget of 80 a minute lets a run's few
        // writes go at once and still paces a long sweep.
        write: minuteBudget(),
        notifications: minuteBudget(),
        // Wait out a primary or secondary rate limit twice, briefly; then give up so the
        // step fails loudly instead of hanging until the job times out.
        onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retries: number) => {
          core.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${after}s`)
          return retries < 2 && after <= 60
        },
        onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retries: number) => {
          core.warning(`GitHub secondary rate limit hit on ${options.method} ${options.url}; retrying in ${after}s`)
          return retries < 1 && after <= 60
        }
      },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] }
    },
    retry,
    throttling
  )
  octokit.hook.before('request', () => {
    count++
  })
  return { octokit, requests: () => count }
}
