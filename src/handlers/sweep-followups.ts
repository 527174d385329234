// Follow-ups outlive their incident: most fall due after the incident was reviewed and closed,
// where the sweep's listing of open incidents does not reach. So the sweep also lists the open
// follow-up issues (one GraphQL request per 100), and reads the cards of the closed incidents
// they belong to (one request per 100 incidents) to find owners owed a nudge. It writes nothing:
// the incident's own run (started like any other) checks the follow-up and nudges.
import type { IncidentState } from '../domain/state.js'
import { listedCard, readCard } from '../incident/card.js'
import type { Env } from '../incident/context.js'
import { FOLLOWUP_OF } from '../incident/markers.js'
import { graphqlAllowingNotFound } from '../github/not-found.js'
import { ACTOR, restComment, type GraphComment, type Identity, type IncidentListing, type Repo } from '../github/repo.js'

const COMMENT = 'id databaseId body url createdAt lastEditedAt author { ...actor }'

/**
 * Closed incidents with open follow-ups whose run has work: an owner's follow-up overdue and not
 * nudged yet, or a nudge that failed and is owed again (`reasonToRun`, as for open incidents).
 */
export async function closedIncidentsToRun(env: Env, self: Identity, open: Set<number>, reasonToRun: (state: IncidentState, comments: number) => string | undefined): Promise<Array<{ number: number; why: string }>> {
  const { repo, config } = env
  const incidents = new Set<number>()
  let after: string | undefined
  for (;;) {
    type Answer = { repository: { issues: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ body: string; author: { databaseId?: number } | null }> } } }
    const data = await repo.octokit.graphql<Answer>(
      `query($owner: String!, $repo: String!, $labels: [String!], $after: String) { repository(owner: $owner, name: $repo) { issues(first: 100, after: $after, labels: $labels, states: [OPEN]) { pageInfo { hasNextPage endCursor } nodes { body author { ...actor } } } } }\n${ACTOR}`,
      { owner: repo.owner, repo: repo.repo, labels: [config.labels.followup], after }
    )
    for (const f of data.repository.issues.nodes) {
      // Only follow-ups the action opened name their incident.
      const incident = f.author?.databaseId === self.id ? Number(FOLLOWUP_OF.exec(f.body)?.[1]) : NaN
      if (Number.isSafeInteger(incident) && !open.has(incident)) incidents.add(incident)
    }
    if (!data.repository.issues.pageInfo.hasNextPage) break
    after = data.repository.issues.pageInfo.endCursor
  }
  const due: Array<{ number: number; why: string }> = []
  for (const listing of await incidentsByNumber(repo, [...incidents])) {
    const card = await listedCard(repo, self, listing)
    const decoded = card ? readCard(card) : undefined
    const why = decoded && 'state' in decoded ? reasonToRun(decoded.state, listing.comments) : undefined
    if (why) due.push({ number: listing.number, why })
  }
  return due
}

/** Incidents by number with their first comments (where the card is), 100 a request. */
async function incidentsByNumber(repo: Repo, numbers: number[]): Promise<IncidentListing[]> {
  const listings: IncidentListing[] = []
  for (let i = 0; i < numbers.length; i += 100) {
    const batch = numbers.slice(i, i + 100)
    const fields = `number title url createdAt labels(first: 30) { nodes { name } } comments(first: 5) { totalCount nodes { ${COMMENT} } }`
    type Node = { number: number; title: string; url: string; createdAt: string; labels: { nodes: Array<{ name: string }> }; comments: { totalCount: number; nodes: GraphComment[] } } | null
    // An incident deleted since its follow-up was opened is skipped.
    const data = await graphqlAllowingNotFound<{ repository: Record<string, Node> }>(
      repo,
      `query($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${batch.map((n) => `i${n}: issue(number: ${n}) { ${fields} }`).join(' ')} } }\n${ACTOR}`,
      { owner: repo.owner, repo: repo.repo }
    )
    for (const n of batch) {
      const issue = data.repository[`i${n}`]
      if (!issue) continue
      listings.push({ number: issue.number, title: issue.title, url: issue.url, createdAt: issue.createdAt, labels: issue.labels.nodes.map((l) => l.name), comments: issue.comments.totalCount, firstComments: issue.comments.nodes.map(restComment) })
    }
  }
  return listings
}
