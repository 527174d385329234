// The GitHub calls incident-ops makes, one small method each, on one repository.
import type { Level } from '../config/config.js'
import { levelFromPermission } from '../domain/permissions.js'
import type { Octokit } from './client.js'

export interface Comment {
  id: number
  node_id?: string
  body: string
  user: { login: string; type: string; id?: number } | null
  created_at: string
  /** When the text was last edited (the creation time if never). */
  updated_at: string
  html_url: string
}

/** The account behind the token: github-actions[bot], an App's `slug[bot]`, or a PAT's user. */
export interface Identity {
  login: string
  id: number
}

export interface Issue {
  number: number
  title: string
  body: string | null
  state: string
  html_url: string
  user: { login: string; type?: string; id?: number } | null
  labels: Array<string | { name?: string }>
  assignees?: Array<{ login: string }> | null
  comments: number
  created_at: string
  updated_at: string
  pull_request?: unknown
  state_reason?: string | null
}

/** An issue as one run reads it: who edited it last, and all its comments. */
export interface IssueSnapshot {
  self: Identity
  issue: Issue & {
    /** Who last edited the body, and who last renamed it (undefined: nobody since it was filed). */
    bodyEditor?: string
    titleEditor?: string
    /** Who closed it last. */
    closedBy?: string
    /** Labels people (or apps) added, the latest 50, oldest first. */
    labelEvents: Array<{ label: string; by: string; byId?: number; at: string }>
  }
  comments: Comment[]
}

/** An open incident as a sweep sees it: its first comments, where the card is. */
export interface IncidentListing {
  number: number
  title: string
  url: string
  createdAt: string
  labels: string[]
  comments: number
  firstComments: Comment[]
}

interface GraphActor {
  __typename: string
  login: string
  databaseId?: number
}

/** Who wrote something, with the numeric id the action's own writing is recognised by. */
export const ACTOR = 'fragment actor on Actor { __typename login ... on Bot { databaseId } ... on User { databaseId } }'

const ISSUE_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login databaseId }
  repository(owner: $owner, name: $repo) {
    issue(number: $number) {
      number title body state stateReason url createdAt updatedAt
      author { ...actor }
      editor { ...actor }
      labels(first: 100) { nodes { name } }
      assignees(first: 20) { nodes { login } }
      renamed: timelineItems(last: 1, itemTypes: [RENAMED_TITLE_EVENT]) { nodes { ... on RenamedTitleEvent { actor { ...actor } } } }
      labeled: timelineItems(last: 50, itemTypes: [LABELED_EVENT]) { nodes { ... on LabeledEvent { createdAt label { name } actor { ...actor } } } }
      closed: timelineItems(last: 1, itemTypes: [CLOSED_EVENT]) { nodes { ... on ClosedEvent { actor { ...actor } } } }
      comments(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...comment } }
    }
  }
}
fragment comment on IssueComment { id databaseId body url createdAt lastEditedAt author { ...actor } }
${ACTOR}`

const INCIDENTS_QUERY = `query($owner: String!, $repo: String!, $labels: [String!], $states: [IssueState!], $after: String, $comments: Int!) {
  viewer { login databaseId }
  repository(owner: $owner, name: $repo) {
    issues(first: 100, after: $after, labels: $labels, states: $states, orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number title url createdAt
        labels(first: 30) { nodes { name } }
        comments(first: $comments) { totalCount nodes { id databaseId body url createdAt lastEditedAt author { ...actor } } }
      }
    }
  }
}
${ACTOR}`

export interface GraphComment {
  id: string
  databaseId: number
  body: string
  url: string
  createdAt: string
  lastEditedAt: string | null
  author: GraphActor | null
}

/** GraphQL names a bot `slug`; REST and the viewer say `slug[bot]`. */
const actorLogin = (a: GraphActor | null | undefined) => (a ? (a.__typename === 'Bot' ? `${a.login}[bot]` : a.login) : undefined)

export function restComment(c: GraphComment): Comment {
  return {
    id: c.databaseId,
    node_id: c.id,
    body: c.body,
    user: c.author ? { login: actorLogin(c.author)!, type: c.author.__typename, id: c.author.databaseId } : null,
    created_at: c.createdAt,
    updated_at: c.lastEditedAt ?? c.createdAt,
    html_url: c.url
  }
}

/** Whether the action's own account wrote it. */
export const writtenBy = (self: Identity, c: Pick<Comment, 'user'>) => c.user?.id === self.id

export interface Label {
  name: string
  color: string
  description?: string | null
}

export interface Workflow {
  id: number
  name: string
  path: string
  state: string
  html_url: string
}

export const labelNames = (issue: Pick<Issue, 'labels'>) => issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')))

export class Repo {
  private readonly levels = new Map<string, Level>()
  /** Comments this run added (or removed) per issue, to know an issue's count without asking. */
  private readonly commentDelta = new Map<string, number>()

  constructor(
    readonly octokit: Octokit,
    readonly owner: string,
    readonly repo: string
  ) {}

  get fullName() {
    return `${this.owner}/${this.repo}`
  }

  async listComments(issue: number, repo = this.repo, owner = this.owner): Promise<Comment[]> {
    return (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue, per_page: 100 })) as Comment[]
  }

  async createComment(issue: number, body: string, repo = this.repo, owner = this.owner): Promise<Comment & { node_id: string }> {
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue, body })
    this.countComment(`${owner}/${repo}#${issue}`, 1)
    return data as Comment & { node_id: string }
  }

  async deleteComment(issue: number, id: number): Promise<void> {
    await this.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: this.owner, repo: this.repo, comment_id: id })
    this.countComment(`${this.fullName}#${issue}`, -1)
  }

  /**
   * A comment on a discussion (GraphQL only: discussions have no REST write API). With `unless`,
   * nothing is posted when the discussion's latest comments hold one of ours with that marker.
   */
  async commentOnDiscussion(owner: string, repo: string, number: number, body: string, unless?: { self: Identity; marker: string }): Promise<void> {
    type Found = { repository: { discussion: { id: string; comments: { nodes: Array<{ body: string; author: GraphActor | null }> } } | null } | null }
    const found = await this.octokit.graphql<Found>(
      `query($owner: String!, $repo: String!, $number: Int!) { repository(owner: $owner, name: $repo) { discussion(number: $number) { id comments(last: 100) { nodes { body author { ...actor } } } } } }\n${ACTOR}`,
      { owner, repo, number }
    )
    const discussion = found.repository?.discussion
    if (!discussion) throw new Error(`discussion ${owner}/${repo}#${number} was not found`)
    if (unless && discussion.comments.nodes.some((c) => c.author?.databaseId === unless.self.id && c.body.includes(unless.marker))) return
    const id = discussion.id
    await this.octokit.graphql('mutation($id: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, body: $body }) { comment { id } } }', { id, body })
  }

  /**
   * Who reacted with 👍 or 🎉 to each of these comments (by node id), in one request: the
   * owners of open tasks tick them so. Reactions start no workflow run; the incident's next run reads them.
   */
  async approvals(nodeIds: string[]): Promise<Map<string, string[]>> {
    type Answer = { nodes: Array<{ id: string; reactionGroups?: Array<{ content: string; reactors: { nodes: Array<{ login?: string } | null> } }> } | null> }
    const data = await this.octokit.graphql<Answer>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on IssueComment { reactionGroups { content reactors(first: 20) { nodes { ... on User { login } } } } } } }',
      { ids: nodeIds }
    )
    const found = new Map<string, string[]>()
    for (const node of data.nodes) {
      if (!node) continue
      const logins = (node.reactionGroups ?? []).filter((g) => g.content === 'THUMBS_UP' || g.content === 'HOORAY').flatMap((g) => g.reactors.nodes.map((r) => r?.login).filter((l): l is string => Boolean(l)))
      found.set(node.id, logins)
    }
    return found
  }

  /** Hides a comment as outdated (GraphQL: there is no REST route for it). */
  async minimizeComment(nodeId: string): Promise<void> {
    await this.octokit.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { id: nodeId })
  }

  private countComment(key: string, change: number) {
    this.commentDelta.set(key, (this.commentDelta.get(key) ?? 0) + change)
  }

  /** Comments added minus removed by this run on one of this repository's issues. */
  commentsAdded(issue: number): number {
    return this.commentDelta.get(`${this.fullName}#${issue}`) ?? 0
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: this.owner, repo: this.repo, comment_id: id, body })
  }

  async react(comment: number, content: 'rocket' | 'confused' | '-1' | 'eyes' | '+1'): Promise<void> {
    await this.octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { owner: this.owner, repo: this.repo, comment_id: comment, content })
  }

  async getIssue(issue: number): Promise<Issue> {
    return (await this.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: this.owner, repo: this.repo, issue_number: issue })).data as Issue
  }

  async createIssue(fields: { title: string; body: string; labels?: string[]; assignees?: string[] }, repo = this.repo, owner = this.owner): Promise<Issue> {
    return (await this.octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, ...fields })).data as Issue
  }

  async updateIssue(issue: number, fields: { body?: string; labels?: string[]; state?: 'open' | 'closed'; state_reason?: 'completed' }): Promise<Issue> {
    return (await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner: this.owner, repo: this.repo, issue_number: issue, ...fields })).data as Issue
  }

  /** Adds an assignee and says whether it took: GitHub silently ignores people without push access. */
  async assign(issue: number, login: string, previous?: string): Promise<boolean> {
    if (previous && previous.toLowerCase() !== login.toLowerCase()) {
      await this.octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees', { owner: this.owner, repo: this.repo, issue_number: issue, assignees: [previous] })
    }
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', { owner: this.owner, repo: this.repo, issue_number: issue, assignees: [login] })
    return (data.assignees ?? []).some((a) => a.login.toLowerCase() === login.toLowerCase())
  }

  /**
   * One incident issue, everything a run needs, in one request per 100 comments: who the
   * token is, the issue with who last edited and renamed it, and every comment.
   */
  async loadIssue(number: number): Promise<IssueSnapshot | undefined> {
    const comments: Comment[] = []
    let after: string | undefined
    for (;;) {
      type Answer = { viewer: { login: string; databaseId: number }; repository: { issue: Record<string, any> | null } | null } // eslint-disable-line @typescript-eslint/no-explicit-any
      const data = await this.octokit.graphql<Answer>(ISSUE_QUERY, { owner: this.owner, repo: this.repo, number, after })
      const issue = data.repository?.issue
      if (!issue) return undefined
      comments.push(...(issue.comments.nodes as GraphComment[]).map(restComment))
      if (issue.comments.pageInfo.hasNextPage) {
        after = issue.comments.pageInfo.endCursor
        continue
      }
      const author = issue.author as GraphActor | null
      const state = String(issue.state).toLowerCase()
      return {
        self: { login: data.viewer.login, id: data.viewer.databaseId },
        comments,
        issue: {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          state,
          state_reason: issue.stateReason ? String(issue.stateReason).toLowerCase() : null,
          html_url: issue.url,
          user: author ? { login: actorLogin(author)!, type: author.__typename, id: author.databaseId } : null,
          labels: (issue.labels.nodes as Array<{ name: string }>).map((l) => ({ name: l.name })),
          assignees: (issue.assignees.nodes as Array<{ login: string }>).map((a) => ({ login: a.login })),
          comments: issue.comments.totalCount,
          created_at: issue.createdAt,
          updated_at: issue.updatedAt,
          bodyEditor: actorLogin(issue.editor),
          titleEditor: actorLogin(issue.renamed.nodes[0]?.actor),
          labelEvents: (issue.labeled.nodes as Array<{ createdAt: string; label: { name: string }; actor: GraphActor | null }>).map((e) => ({
            label: e.label.name,
            by: actorLogin(e.actor) ?? 'ghost',
            byId: e.actor?.databaseId,
            at: e.createdAt
          })),
          closedBy: state === 'closed' ? actorLogin(issue.closed.nodes[0]?.actor) : undefined
        }
      }
    }
  }

  /**
   * Issues with a label and their first comments (where the card is), 100 issues a request,
   * and who the token is: a sweep's whole view of the open incidents.
   */
  async listIncidents(label: string, { open = true, comments = 5 } = {}): Promise<{ self: Identity; incidents: IncidentListing[] }> {
    const incidents: IncidentListing[] = []
    let after: string | undefined
    for (;;) {
      type Answer = { viewer: { login: string; databaseId: number }; repository: { issues: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<Record<string, any>> } } } // eslint-disable-line @typescript-eslint/no-explicit-any
      const data = await this.octokit.graphql<Answer>(INCIDENTS_QUERY, { owner: this.owner, repo: this.repo, labels: [label], states: open ? ['OPEN'] : null, after, comments })
      for (const i of data.repository.issues.nodes) {
        incidents.push({
          number: i.number,
          title: i.title,
          url: i.url,
          createdAt: i.createdAt,
          labels: (i.labels.nodes as Array<{ name: string }>).map((l) => l.name),
          comments: i.comments.totalCount,
          firstComments: (i.comments.nodes as GraphComment[]).map(restComment)
        })
      }
      const page = data.repository.issues.pageInfo
      if (!page.hasNextPage) return { self: { login: data.viewer.login, id: data.viewer.databaseId }, incidents }
      after = page.endCursor
    }
  }

  /** Starts a workflow run (workflow_dispatch): how a sweep hands an incident to its own serialised run. */
  async dispatch(workflow: string, ref: string, inputs: Record<string, string>): Promise<void> {
    await this.octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { owner: this.owner, repo: this.repo, workflow_id: workflow, ref, inputs })
  }

  /** An issue this account opened with a label and a marker in its body: finds what a killed run created. */
  async findOwnIssue(self: Identity, label: string, marker: string, repo = this.repo, owner = this.owner): Promise<Issue | undefined> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/issues', { owner, repo, labels: label, state: 'all', sort: 'created', direction: 'desc', per_page: 100 })
    return (data as Issue[]).find((i) => (i.user as { id?: number } | null)?.id === self.id && (i.body ?? '').includes(marker))
  }

  /** The person's repository permission level, asked once per run. */
  async level(login: string): Promise<Level> {
    const key = login.toLowerCase()
    let level = this.levels.get(key)
    if (!level) {
      try {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner: this.owner, repo: this.repo, username: login })
        level = levelFromPermission(data as Parameters<typeof levelFromPermission>[0])
      } catch (error) {
        // 404: not a collaborator (or not a user at all); anyone may read a public repository.
        if ((error as { status?: number }).status !== 404) throw error
        level = 'none'
      }
      this.levels.set(key, level)
    }
    return level
  }

  /** Every label of the repository (name, colour, description). */
  async listLabels(): Promise<Label[]> {
    return (await this.octokit.paginate('GET /repos/{owner}/{repo}/labels', { owner: this.owner, repo: this.repo, per_page: 100 })) as Label[]
  }

  async createLabel(label: Label): Promise<void> {
    await this.octokit.request('POST /repos/{owner}/{repo}/labels', { owner: this.owner, repo: this.repo, name: label.name, color: label.color, description: label.description ?? undefined })
  }

  /** Rewrites a label with what it already has: proves the token may write labels, and changes nothing. */
  async rewriteLabel(label: Label): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/labels/{name}', { owner: this.owner, repo: this.repo, name: label.name, color: label.color, description: label.description ?? undefined })
  }

  /** Adds labels to an issue (GitHub creates any the repository lacks); returns the issue's labels. */
  async addLabels(issue: number, labels: string[]): Promise<string[]> {
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { owner: this.owner, repo: this.repo, issue_number: issue, labels })
    return data.map((l) => l.name)
  }

  /** The repository's workflows with their state (active, disabled_inactivity, …). */
  async listWorkflows(): Promise<Workflow[]> {
    return (await this.octokit.paginate('GET /repos/{owner}/{repo}/actions/workflows', { owner: this.owner, repo: this.repo, per_page: 100 })) as Workflow[]
  }

  /** The latest run of a workflow started by an event (e.g. schedule), if any. */
  async lastRun(workflow: number, event: string): Promise<{ created_at: string; conclusion: string | null; html_url: string } | undefined> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner: this.owner, repo: this.repo, workflow_id: workflow, event, per_page: 1 })
    return data.workflow_runs[0]
  }

  /** Visibility and the last push, which GitHub's 60-day rule for schedules counts from. */
  async info(): Promise<{ private: boolean; pushed_at: string | null; default_branch: string }> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner: this.owner, repo: this.repo })
    return { private: data.private, pushed_at: data.pushed_at, default_branch: data.default_branch }
  }

  /** Another repository as this token sees it: whether it has issues, and the token's permissions there (absent for an installation's workflow token). */
  async repository(owner: string, repo: string): Promise<{ hasIssues: boolean; permissions?: Record<string, boolean> }> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner, repo })
    return { hasIssues: data.has_issues, permissions: data.permissions as Record<string, boolean> | undefined }
  }

  /** A file's text on the default branch, or undefined when there is none. */
  async fileText(path: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: this.owner, repo: this.repo, path })
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
      return Buffer.from(data.content, 'base64').toString('utf8')
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined
      throw error
    }
  }
}
