// What a run works with: the repository, the config, the renderer and the integrations that
// are on (Env); and, per incident, the issue as this run read it (IncidentContext).
import { severityOf, type Config } from '../config/config.js'
import type { Declaration } from '../domain/form.js'
import type { IncidentState, Published } from '../domain/state.js'
import { makeWanted, type Enabled } from '../domain/sync.js'
import { destinationStates } from '../domain/destinations.js'
import { makeLimited, makePlan } from '../domain/public-post.js'
import { safeUrl } from '../render/escape.js'
import { reportTarget } from './report-link.js'
import { lateReminder, type LateReminder } from '../domain/sweep-watch.js'
import { formatDuration } from '../domain/time.js'
import { changesView } from '../render/changes-view.js'
import type { Comment, Identity, IssueSnapshot, Repo } from '../github/repo.js'
import type { Octokit } from '../github/client.js'
import type { Render } from '../render/renderer.js'
import { incidentView, type IncidentView } from '../render/view.js'
import type { Levels } from './levels.js'
import type { SlackClient } from '../slack/slack.js'
import type { WordPressClient } from '../wordpress/wordpress.js'
import type { Pager } from '../paging/pager.js'

export interface Env {
  repo: Repo
  config: Config
  render: Render
  /** Loads the templates; every path that renders awaits it first. */
  loadTemplates: () => Promise<void>
  slack?: SlackClient
  p2?: WordPressClient
  make?: WordPressClient
  /** Paging services (pagerduty-routing-key, opsgenie-api-key inputs); absent: off. */
  pagerduty?: Pager
  opsgenie?: Pager
  /** The incident form's YAML, to parse issue bodies against (read when first needed). */
  loadForm: () => Promise<string | undefined>
  dryRun: boolean
  now: () => Date
  /** A client with project access (the project-token input), for GitHub Projects. */
  projectOctokit?: Octokit
  /** Where runs for one incident are started (workflow_dispatch): the workflow file and the ref. */
  incidentWorkflow: { file: string; ref: string }
  /** How often the scheduled sweep runs (from its workflow in the checkout), read when first needed. */
  sweepEveryMs?: () => number | undefined
}

/** The destinations this run's inputs turn on (a paging service is on when its key is set). */
export const enabledDestinations = (env: Pick<Env, 'slack' | 'p2' | 'make' | 'pagerduty' | 'opsgenie'>): Enabled => ({
  slack: Boolean(env.slack),
  p2: Boolean(env.p2),
  make: Boolean(env.make),
  pagerduty: Boolean(env.pagerduty),
  opsgenie: Boolean(env.opsgenie)
})

export class IncidentContext {
  constructor(
    readonly env: Env,
    public issue: IssueSnapshot['issue'],
    readonly declaration: Declaration,
    /** The action's own account, and the issue's comments as this run read them. */
    readonly self: Identity,
    readonly comments: Comment[],
    /** People's permission levels, each asked once. */
    readonly levels: Levels
  ) {}

  /** Comments on the issue once this run is done: a sweep that counts more knows a run was missed. */
  commentCount(): number {
    return this.comments.length + this.env.repo.commentsAdded(this.issue.number)
  }

  /** A comment of the action's own with this hidden key, if this run read one. */
  ownComment(key: string): Comment | undefined {
    return this.comments.find((c) => c.user?.id === this.self.id && c.body.includes(key))
  }

  /**
   * What templates see. Slack, P2 and Make show the published form (state.published: as last
   * edited by someone who may declare), never an edit that is not approved.
   */
  view(state: IncidentState): IncidentView {
    const severity = severityOf(this.env.config, state.severity)
    const published = state.published ?? publishedOf(this.issue.title, this.declaration)
    const declaration = { ...this.declaration, ...published }
    const { config } = this.env
    const enabled = enabledDestinations(this.env)
    return {
      ...incidentView(state, { repo: this.env.repo.fullName, number: this.issue.number, title: published.title, url: this.issue.html_url }, declaration, config),
      makeWanted: makeWanted(state, config) && Boolean(this.env.make),
      makePlan: this.env.make ? makePlan(state, config) : 'off',
      makeLimited: makeLimited(state, config),
      publicDecision: state.public,
      destinations: destinationStates(state, config, enabled),
      // A reporter the action does not tell on GitHub is told by hand, at the link they gave.
      reportOutside: Boolean(declaration.reportLink) && (!config.report.thankReporter || !reportTarget(declaration.reportLink, this.issue.html_url, this.env)),
      told: state.told,
      huddleUrl: state.slack?.team && state.slack.channel ? safeUrl(`https://app.slack.com/huddle/${state.slack.team}/${state.slack.channel}`) : undefined,
      slackOn: enabled.slack,
      code: state.code && { ...state.code, url: safeUrl(state.code.url), ref: state.code.repo.toLowerCase() === this.env.repo.fullName.toLowerCase() ? `#${state.code.number}` : `${state.code.repo}#${state.code.number}` },
      updateEvery: severity ? formatDuration(severity.updateEveryMs) : '',
      retrospective: severity?.retrospective ?? false,
      retroExample: safeUrl(config.retro.example),
      sweepLate: this.late,
      ...changesView(state, this.env.now().getTime())
    }
  }

  /**
   * A reminder this run found long overdue (it sends it now): the scheduled sweep seems to
   * have stopped, and the card and the job summary say so.
   */
  late?: LateReminder

  noteLateReminders(state: IncidentState): void {
    this.late = lateReminder(state, this.env.now().getTime(), this.env.config, this.env.sweepEveryMs?.())
  }
}

/** What the outward posts show of an issue: its title and the form's public answers, each bounded. */
export function publishedOf(title: string, d: Declaration): Published {
  const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`)
  return { title: cut(title, 256), summary: cut(d.summary, 2000), affected: cut(d.affected, 500), started: cut(d.started, 200), thirdParty: cut(d.thirdParty, 200) }
}
