// The GitHub client: Octokit from @actions/github (API base from GITHUB_API_URL), under
// GitHub's limits (limits.ts), with a count of the requests a run makes.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { applyLimits } from './limits.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface GitHubClient {
  octokit: Octokit
  /** Requests sent so far in this run (retries included). */
  requests: () => number
}

export function createGitHubClient(token: string): GitHubClient {
  const octokit = getOctokit(token)
  const { requests } = applyLimits(octokit, { warn: (message) => core.warning(message) })
  return { octokit, requests }
}
