// The GitHub calls incident-ops makes, one small method each, on one repository.
import type { Level } from '../config/config.js'
import { levelFromPermission } from '../domain/permissions.js'
import type { Octokit } from './client.js'

export interface Comment {
  id: number
  body: string
  user: { login: string; type: string } | null
  created_at: string
  updated_at: string
  html_url: string
}

export interface Issue {
  number: number
  title: string
  body: string | null
  state: string
  html_url: string
  user: { login: string; type?: string } | null
  labels: Array<string | { name?: string }>
  assignees?: Array<{ login: string }> | null
  comments: number
  created_at: string
  updated_at: string
  pull_request?: unknown
}

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

  async listComments(issue: number): Promise<Comment[]> {
    return (await this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: issue, per_page: 100 })) as Comment[]
  }

  async createComment(issue: number, body: string, repo = this.repo, owner = this.owner): Promise<Comment & { node_id: string }> {
    const { data } = await this.octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
    this.countComment(`${owner}/${repo}#${issue}`, 1)
    return data as Comment & { node_id: string }
  }

  async deleteComment(issue: number, id: number): Promise<void> {
    await this.octokit.rest.issues.deleteComment({ owner: this.owner, repo: this.repo, comment_id: id })
    this.countComment(`${this.fullName}#${issue}`, -1)
  }

  /** A comment on a discussion (GraphQL only: discussions have no REST write API). */
  async commentOnDiscussion(owner: string, repo: string, number: number, body: string): Promise<void> {
    const found = await this.octokit.graphql<{ repository: { discussion: { id: string } | null } | null }>(
      'query($owner: String!, $repo: String!, $number: Int!) { repository(owner: $owner, name: $repo) { discussion(number: $number) { id } } }',
      { owner, repo, number }
    )
    const id = found.repository?.discussion?.id
    if (!id) throw new Error(`discussion ${owner}/${repo}#${number} was not found`)
    await this.octokit.graphql('mutation($id: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, body: $body }) { comment { id } } }', { id, body })
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
    await this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body })
  }

  async react(comment: number, content: 'rocket' | 'confused' | '-1' | 'eyes' | '+1'): Promise<void> {
    await this.octokit.rest.reactions.createForIssueComment({ owner: this.owner, repo: this.repo, comment_id: comment, content })
  }

  async getIssue(issue: number): Promise<Issue> {
    return (await this.octokit.rest.issues.get({ owner: this.owner, repo: this.repo, issue_number: issue })).data as Issue
  }

  async createIssue(fields: { title: string; body: string; labels?: string[] }): Promise<Issue> {
    return (await this.octokit.rest.issues.create({ owner: this.owner, repo: this.repo, ...fields })).data as Issue
  }

  /** One request for body, labels and state together. */
  /** Open issues with a label, a page of 100 at a time, and the rate limit left after the first page. */
  async listOpenIssues(label: string): Promise<{ issues: Issue[]; remaining?: number }> {
    const issues: Issue[] = []
    let remaining: number | undefined
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, { owner: this.owner, repo: this.repo, labels: label, state: 'open', per_page: 100 })) {
      remaining ??= Number(page.headers['x-ratelimit-remaining'] ?? NaN)
      issues.push(...(page.data as Issue[]).filter((i) => !i.pull_request))
    }
    return { issues, remaining: Number.isNaN(remaining) ? undefined : remaining }
  }

  async updateIssue(issue: number, fields: { body?: string; labels?: string[]; state?: 'open' | 'closed'; state_reason?: 'completed' }): Promise<Issue> {
    return (await this.octokit.rest.issues.update({ owner: this.owner, repo: this.repo, issue_number: issue, ...fields })).data as Issue
  }

  /** Adds an assignee and says whether it took: GitHub silently ignores people without push access. */
  async assign(issue: number, login: string, previous?: string): Promise<boolean> {
    if (previous && previous.toLowerCase() !== login.toLowerCase()) {
      await this.octokit.rest.issues.removeAssignees({ owner: this.owner, repo: this.repo, issue_number: issue, assignees: [previous] })
    }
    const { data } = await this.octokit.rest.issues.addAssignees({ owner: this.owner, repo: this.repo, issue_number: issue, assignees: [login] })
    return (data.assignees ?? []).some((a) => a.login.toLowerCase() === login.toLowerCase())
  }

  /** The person's repository permission level, asked once per run. */
  async level(login: string): Promise<Level> {
    const key = login.toLowerCase()
    let level = this.levels.get(key)
    if (!level) {
      try {
        const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: this.owner, repo: this.repo, username: login })
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
    return (await this.octokit.paginate(this.octokit.rest.issues.listLabelsForRepo, { owner: this.owner, repo: this.repo, per_page: 100 })) as Label[]
  }

  async createLabel(label: Label): Promise<void> {
    await this.octokit.rest.issues.createLabel({ owner: this.owner, repo: this.repo, name: label.name, color: label.color, description: label.description ?? undefined })
  }

  /** Rewrites a label with what it already has: proves the token may write labels, and changes nothing. */
  async rewriteLabel(label: Label): Promise<void> {
    await this.octokit.rest.issues.updateLabel({ owner: this.owner, repo: this.repo, name: label.name, color: label.color, description: label.description ?? undefined })
  }

  /** Adds labels to an issue (GitHub creates any the repository lacks); returns the issue's labels. */
  async addLabels(issue: number, labels: string[]): Promise<string[]> {
    const { data } = await this.octokit.rest.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: issue, labels })
    return data.map((l) => l.name)
  }

  /** The repository's workflows with their state (active, disabled_inactivity, …). */
  async listWorkflows(): Promise<Workflow[]> {
    return (await this.octokit.paginate(this.octokit.rest.actions.listRepoWorkflows, { owner: this.owner, repo: this.repo, per_page: 100 })) as Workflow[]
  }

  /** The latest run of a workflow started by an event (e.g. schedule), if any. */
  async lastRun(workflow: number, event: string): Promise<{ created_at: string; conclusion: string | null; html_url: string } | undefined> {
    const { data } = await this.octokit.rest.actions.listWorkflowRuns({ owner: this.owner, repo: this.repo, workflow_id: workflow, event, per_page: 1 })
    return data.workflow_runs[0]
  }

  /** Visibility and the last push, which GitHub's 60-day rule for schedules counts from. */
  async info(): Promise<{ private: boolean; pushed_at: string | null; default_branch: string }> {
    const { data } = await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo })
    return { private: data.private, pushed_at: data.pushed_at, default_branch: data.default_branch }
  }

  /** A file's text on the default branch, or undefined when there is none. */
  async fileText(path: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path })
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
      return Buffer.from(data.content, 'base64').toString('utf8')
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined
      throw error
    }
  }
}
