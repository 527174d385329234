// The GitHub client: the Octokit that @actions/github's getOctokit makes (@octokit/core with
// pagination, API base from GITHUB_API_URL, `token` auth, the runner's orchestration id in the
// user agent), built here from the same packages because @actions/github's entry point loads
// undici and a proxy dispatcher at import, which cost every run ~30 ms. Without the REST
// methods plugin: its table of ~1000 endpoints costs every run ~80 KiB to compile and ~3 ms
// to build, for the twenty routes repo.ts asks by name (`octokit.request('VERB /route')`,
// typed all the same). Requests go through the action's own transport (request.fetch),
// under GitHub's limits (limits.ts), and are counted.
import * as core from '@actions/core'
import { Octokit as OctokitCore } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { fetch } from '../http/transport.js'
import { applyLimits } from './limits.js'

const GitHub = OctokitCore.plugin(paginateRest)

export type Octokit = InstanceType<typeof GitHub>

export interface GitHubClient {
  octokit: Octokit
  /** Requests sent so far in this run (retries included). */
  requests: () => number
}

export function createGitHubClient(token: string): GitHubClient {
  const octokit = new GitHub({
    auth: `token ${token}`,
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    userAgent: orchestrationUserAgent(),
    request: { fetch }
  })
  const { requests } = applyLimits(octokit, { warn: (message) => core.warning(message) })
  return { octokit, requests }
}

/** As @actions/github: the runner's orchestration id, when it has one, in the user agent. */
function orchestrationUserAgent(): string | undefined {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim()
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined
}
