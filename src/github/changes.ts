// The GitHub calls behind suspect changes and reverts: what changed in the repository (one
// GraphQL request for pull requests, deployments and releases together), a pull request to
// revert, and GitHub's revertPullRequest mutation (REST has no revert endpoint).
import type { Suspect } from '../domain/state.js'
import { graphqlAllowingNotFound } from './not-found.js'
import { ACTOR, type Identity, type Repo } from './repo.js'

/**
 * The latest changes, newest first: merged pull requests by their last update (a pull request
 * merged in the window was updated then or later), deployments and releases by creation.
 */
const CHANGES_QUERY = `query($owner: String!, $repo: String!, $prs: Int!, $others: Int!) {
  repository(owner: $owner, name: $repo) {
    pullRequests(states: MERGED, first: $prs, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { number title url mergedAt author { ...actor } } }
    deployments(first: $others, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { environment createdAt commitOid creator { ...actor } latestStatus { state createdAt logUrl environmentUrl } } }
    releases(first: $others, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { name tagName url createdAt publishedAt isDraft author { login } } }
  }
}
${ACTOR}`

type Actor = { __typename: string; login: string } | null
interface ChangesAnswer {
  repository: {
    pullRequests?: { nodes: Array<{ number: number; title: string; url: string; mergedAt: string | null; author: Actor }> } | null
    deployments?: { nodes: Array<{ environment: string | null; createdAt: string; commitOid: string; creator: Actor; latestStatus: { state: string; createdAt: string; logUrl: string | null; environmentUrl: string | null } | null }> } | null
    releases?: { nodes: Array<{ name: string | null; tagName: string; url: string; createdAt: string; publishedAt: string | null; isDraft: boolean; author: { login: string } | null }> } | null
  } | null
}

const login = (a: Actor) => (a ? (a.__typename === 'Bot' ? `${a.login}[bot]` : a.login) : undefined)

/**
 * The repository's latest changes as suspects, and what GitHub refused to show (a workflow
 * without `pull-requests: read`, say, still gets the deployments and releases).
 */
export async function latestChanges(repo: Repo, scan = { prs: 50, others: 20 }): Promise<{ changes: Suspect[]; refused: string[] }> {
  let data: ChangesAnswer
  const refused: string[] = []
  try {
    data = await repo.octokit.graphql<ChangesAnswer>(CHANGES_QUERY, { owner: repo.owner, repo: repo.repo, ...scan })
  } catch (error) {
    // A field GitHub refuses comes back null beside the others, with an error naming it.
    const partial = error as { data?: ChangesAnswer | null; errors?: Array<{ type?: string; path?: string[] }> }
    // A refusal nulls the repository when the refused field cannot be null: nothing shown, the refusal named.
    const forbidden = partial.errors?.length && partial.errors.every((e) => e.type === 'FORBIDDEN')
    if (!partial.data?.repository && !forbidden) throw error
    data = partial.data ?? { repository: null }
    for (const e of partial.errors ?? []) if (e.path?.[1]) refused.push(e.path[1])
    if (forbidden && !refused.length) refused.push('pullRequests', 'deployments', 'releases')
  }
  const r = data.repository
  const changes: Suspect[] = []
  for (const pr of r?.pullRequests?.nodes ?? []) {
    if (pr.mergedAt) changes.push({ kind: 'pr', at: pr.mergedAt, by: login(pr.author), title: pr.title, url: pr.url, number: pr.number })
  }
  for (const d of r?.deployments?.nodes ?? []) {
    changes.push({ kind: 'deployment', at: d.createdAt, by: login(d.creator), title: `${d.environment ?? 'deployment'} ${d.commitOid.slice(0, 7)}`, url: d.latestStatus?.logUrl ?? d.latestStatus?.environmentUrl ?? undefined, status: d.latestStatus?.state.toLowerCase() })
  }
  for (const rel of r?.releases?.nodes ?? []) {
    if (!rel.isDraft) changes.push({ kind: 'release', at: rel.publishedAt ?? rel.createdAt, by: rel.author?.login, title: rel.name || rel.tagName, url: rel.url })
  }
  // Titles are people's text: kept short in the card's state.
  return { changes: changes.map((c) => ({ ...c, title: c.title.length > 120 ? `${c.title.slice(0, 119)}…` : c.title })), refused }
}

const PULL_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $look: Boolean!) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) { id number title url merged }
    recent: pullRequests(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) @include(if: $look) { nodes { number url body author { ...actor } } }
  }
}
${ACTOR}`

/**
 * A pull request to revert, and (when looking first) a recent pull request of this account's
 * with a marker in its body: the revert a killed run opened, open or (people are quick in an
 * incident) already merged or closed. One request.
 */
export async function pullToRevert(repo: Repo, number: number, look?: { self: Identity; marker: string }) {
  type Answer = {
    repository: {
      pullRequest: { id: string; number: number; title: string; url: string; merged: boolean } | null
      recent?: { nodes: Array<{ number: number; url: string; body: string; author: (Actor & { databaseId?: number }) | null }> }
    } | null
  }
  // An issue's number, or none at all: GitHub answers NOT_FOUND for the pull request.
  const data = await graphqlAllowingNotFound<Answer>(repo, PULL_QUERY, { owner: repo.owner, repo: repo.repo, number, look: Boolean(look) })
  const existing = look ? data.repository?.recent?.nodes.find((p) => p.author?.databaseId === look.self.id && p.body.includes(look.marker)) : undefined
  return { pull: data.repository?.pullRequest ?? undefined, existing: existing && { number: existing.number, url: existing.url } }
}

/** Opens a pull request that reverts a merged one (GraphQL revertPullRequest; needs contents and pull-requests write). */
export async function revertPullRequest(repo: Repo, pullRequestId: string, title: string, body: string): Promise<{ number: number; url: string }> {
  type Answer = { revertPullRequest: { revertPullRequest: { number: number; url: string } | null } | null }
  const data = await repo.octokit.graphql<Answer>(
    'mutation($id: ID!, $title: String!, $body: String!) { revertPullRequest(input: { pullRequestId: $id, title: $title, body: $body }) { revertPullRequest { number url } } }',
    { id: pullRequestId, title, body }
  )
  const made = data.revertPullRequest?.revertPullRequest
  if (!made) throw new Error('GitHub opened no revert pull request')
  return made
}
