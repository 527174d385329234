// The GitHub client: Octokit from @actions/github (API base from GITHUB_API_URL), sending
// through the action's own transport (request.fetch), under GitHub's limits (limits.ts),
// with a count of the requests a run makes.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { fetch } from '../http/transport.js'
import { applyLimits } from './limits.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface GitHubClient {
  octokit: Octokit
  /** Requests sent so far in this run (retries included). */
  requests: () => number
}

export function createGitHubClient(token: string): GitHubClient {
  const octokit = getOctokit(token, { request: { fetch } })
  const { requests } = applyLimits(octokit, { warn: (message) => core.warning(message) })
  return { octokit, requests }
}
