// What a handler works with: the repository, the config, the renderer and the integrations
// that are on; and, per incident, the issue and its parsed form.
import { severityOf, type Config } from '../config/config.js'
import type { Declaration } from '../domain/form.js'
import type { IncidentState } from '../domain/state.js'
import { makeWanted } from '../domain/sync.js'
import { lateReminder, type LateReminder } from '../domain/sweep-watch.js'
import { formatDuration } from '../domain/time.js'
import type { Issue, Repo } from '../github/repo.js'
import type { Octokit } from '../github/client.js'
import type { Render } from '../render/renderer.js'
import { incidentView, type IncidentView } from '../render/view.js'
import type { SlackClient } from '../slack/slack.js'
import type { WordPressClient } from '../wordpress/wordpress.js'

export interface Env {
  repo: Repo
  config: Config
  render: Render
  /** Loads the templates; every path that renders awaits it first. */
  loadTemplates: () => Promise<void>
  slack?: SlackClient
  p2?: WordPressClient
  make?: WordPressClient
  /** The incident form's YAML, to parse issue bodies against (read when first needed). */
  loadForm: () => Promise<string | undefined>
  dryRun: boolean
  now: () => Date
  /** A client with project access (the project-token input), for GitHub Projects. */
  projectOctokit?: Octokit
  /** How often the scheduled sweep runs (from its workflow in the checkout), read when first needed. */
  sweepEveryMs?: () => number | undefined
  /** This run is the sweep: it sends what is due itself, so nothing is late from its point of view. */
  sweeping?: boolean
}

export class IncidentContext {
  /** Comments on the issue when the run read them. */
  commentCount = 0

  constructor(
    readonly env: Env,
    public issue: Issue,
    public declaration: Declaration
  ) {}

  /** What the alert and posts show of the issue: an edit to either makes them owe an edit. */
  headline(): string {
    return `${this.issue.title}\n${this.declaration.summary}\n${this.declaration.affected}`
  }

  view(state: IncidentState): IncidentView {
    const severity = severityOf(this.env.config, state.severity)
    return {
      ...incidentView(state, { repo: this.env.repo.fullName, number: this.issue.number, title: this.issue.title, url: this.issue.html_url }, this.declaration, this.env.config),
      makeWanted: makeWanted(state, this.env.config) && Boolean(this.env.make),
      updateEvery: severity ? formatDuration(severity.updateEveryMs) : '',
      retrospective: severity?.retrospective ?? false,
      sweepLate: this.sweepLate(state)
    }
  }

  /** A reminder long overdue: the scheduled sweep has stopped (the card and the job summary say so). */
  sweepLate(state: IncidentState): LateReminder | undefined {
    if (this.env.sweeping) return undefined
    return lateReminder(state, this.env.now().getTime(), this.env.config, this.env.sweepEveryMs?.())
  }

  /** A comment on the user's GitHub report: an issue, a pull request or a discussion on this GitHub. */
  async commentOnReport(template: string, state: IncidentState): Promise<void> {
    const target = githubIssueLink(this.declaration.reportLink, this.issue.html_url)
    if (!target) return
    const body = this.env.render(template, this.view(state))
    try {
      if (target.kind === 'discussion') await this.env.repo.commentOnDiscussion(target.owner, target.repo, target.number, body)
      else await this.env.repo.createComment(target.number, body, target.repo, target.owner)
    } catch (error) {
      throw explainRefusal(error, target, this.env.repo)
    }
  }
}

export interface ReportTarget {
  kind: 'issue' | 'discussion'
  owner: string
  repo: string
  number: number
}

/**
 * GitHub refusing a comment on a report, in words that name the fix: the workflow token lacks
 * a permission (which retrying cannot cure), or the report is in another repository, which
 * the workflow token cannot reach. Other errors pass through unchanged.
 */
export function explainRefusal(error: unknown, target: ReportTarget, repo: { owner: string; repo: string }): unknown {
  const e = error as { status?: number; errors?: Array<{ type?: string; message?: string }>; message?: string }
  const refused = e.status === 403 || Boolean(e.errors?.some((x) => x.type === 'FORBIDDEN')) || /not accessible by integration/i.test(e.message ?? '')
  if (!refused) return error
  const own = target.owner.toLowerCase() === repo.owner.toLowerCase() && target.repo.toLowerCase() === repo.repo.toLowerCase()
  const where = `${target.owner}/${target.repo}#${target.number}`
  const message = !own
    ? `GitHub refused a comment on ${where}: the workflow token reaches only its own repository (thank that reporter by hand)`
    : target.kind === 'discussion'
      ? `GitHub refused a comment on the discussion ${where}: the workflow needs \`discussions: write\` in its permissions (or set report.thank-reporter: false)`
      : `GitHub refused a comment on ${where}: the workflow needs \`issues: write\` in its permissions`
  return Object.assign(new Error(message), { permanent: true })
}

/** The GitHub issue, pull request or discussion a report link names, on the incident's GitHub. */
export function githubIssueLink(link: string, incidentUrl: string): ReportTarget | undefined {
  try {
    const url = new URL(link.trim())
    if (url.host !== new URL(incidentUrl).host) return undefined
    const match = /^\/([\w.-]+)\/([\w.-]+)\/(issues|pull|discussions)\/(\d+)\/?$/.exec(url.pathname)
    return match ? { kind: match[3] === 'discussions' ? 'discussion' : 'issue', owner: match[1], repo: match[2], number: Number(match[4]) } : undefined
  } catch {
    return undefined
  }
}
