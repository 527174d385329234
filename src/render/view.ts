// The data every template sees: the incident as people talk about it. Raw text here is
// escaped per destination by the renderer; URLs are wrapped so they stay links.
import { severityOf, type Config, type Level, type Status } from '../config/config.js'
import { allowedCommands } from '../domain/incident.js'
import { byTime } from '../domain/metrics.js'
import { triageFor, type TriageHelp } from '../domain/triage.js'
import { PAGING_SERVICES, SERVICE_NAME } from '../domain/paging.js'
import type { Declaration } from '../domain/form.js'
import type { IncidentState, TimelineEntry } from '../domain/state.js'
import { Safe, safeUrl, type Url } from './escape.js'

export const STATUS_TEXT: Record<Status, string> = {
  reported: 'Reported, awaiting confirmation',
  recorded: 'Recorded, stabilization pending',
  stabilized: 'Stabilized',
  investigating: 'Under investigation',
  resolved: 'Resolved',
  reviewed: 'Reviewed'
}

export interface IssueRef {
  repo: string
  number: number
  title: string
  url: string
}

export interface IncidentView {
  repo: string
  number: number
  title: string
  /** The title without the form's "Incident:" prefix, for places that already say incident. */
  name: string
  issueUrl: Url | undefined
  status: Status
  statusText: string
  open: boolean
  severity: { level: number; name: string; definition: string }
  declaration: Declaration & { reportUrl?: Url }
  recorder: string
  lead?: string
  msr?: string
  links: { slack?: Url; p2?: Url; make?: Url }
  times: IncidentState['times']
  timeline: Array<TimelineEntry & { statusText?: string; url?: Url; fromSlack?: boolean; deleted?: boolean }>
  failures: IncidentState['failures']
  hasFailures: boolean
  commands: CommandLine[]
  thanked: boolean
  retro?: IncidentState['retro']
  triage: { links: Array<{ title: string; url?: Url }>; areas: string[]; provider?: { name: string; url?: Url } }
  helpers: NonNullable<IncidentState['helpers']>
  project?: IncidentState['project']
  followups: NonNullable<IncidentState['followups']>
  roles: Array<{ name: string; what: string; holder?: string }>
  tasks: Array<NonNullable<IncidentState['tasks']>[number] & { url?: Url }>
  [key: string]: unknown
}

export function incidentView(state: IncidentState, issue: IssueRef, declaration: Declaration, config: Config, level: Level = 'triage'): IncidentView {
  const severity = severityOf(config, state.severity) ?? { level: state.severity, name: `Severity ${state.severity}`, definition: '' }
  return {
    repo: issue.repo,
    number: issue.number,
    title: issue.title,
    name: issue.title.replace(/^\s*incident\s*:\s*/i, '') || issue.title,
    issueUrl: safeUrl(issue.url),
    status: state.status,
    statusText: STATUS_TEXT[state.status],
    open: state.status !== 'resolved' && state.status !== 'reviewed',
    severity: { level: severity.level, name: severity.name, definition: severity.definition },
    declaration: { ...declaration, reportUrl: safeUrl(declaration.reportLink) },
    recorder: state.recorder,
    lead: state.lead,
    msr: state.msr,
    links: { slack: safeUrl(state.slack?.link), p2: safeUrl(state.p2?.url), make: safeUrl(state.make?.url) },
    times: state.times,
    // In the order things happened: a note "at 10:02" and a Slack message keep their own time.
    timeline: byTime(state.timeline).map((e) => entryView(e, issue.url)),
    failures: state.failures,
    hasFailures: Object.values(state.failures).some(Boolean),
    commands: commandLines(allowedCommands(level, config)),
    thanked: state.thank === 'done',
    retro: state.retro,
    followups: state.followups ?? [],
    triage: triageView(triageFor(config, declaration.affected, declaration.thirdParty)),
    helpers: state.helpers ?? [],
    project: state.project,
    unpublishedEdit: state.unpublishedEdit,
    reportProblem: state.reportProblem,
    roles: Object.entries(config.roles).map(([name, what]) => ({ name, what, holder: state.roles?.[name] })),
    tasks: (state.tasks ?? []).map((t) => ({ ...t, url: t.comment ? safeUrl(`${issue.url}#issuecomment-${t.comment}`) : undefined })),
    openTaskCount: (state.tasks ?? []).filter((t) => !t.done).length,
    pages: pagesView(state)
  }
}

/** Each paging service's page as the card shows it. */
function pagesView(state: IncidentState) {
  const page = state.page
  if (!page) return []
  return PAGING_SERVICES.filter((s) => page[s])
    .map((s) => {
      const sent = page[s]!
      const unsent = !sent.triggered && !sent.acknowledged && !sent.resolved && !sent.problem
      const tried = state.pending?.some((name) => name.startsWith(`${s}:page`))
      // Someone led (or it was resolved) before the page went out: it is no longer owed.
      const overtaken = unsent && !tried && (Boolean(state.lead) || state.status === 'resolved' || state.status === 'reviewed')
      return {
        service: SERVICE_NAME[s],
        triggered: sent.triggered,
        acknowledged: sent.acknowledged,
        resolved: sent.resolved,
        problem: sent.problem,
        owed: unsent && !overtaken,
        overtaken,
        // Acknowledged or resolved after a trigger whose answer was lost.
        uncertain: !sent.triggered && Boolean(sent.acknowledged || sent.resolved)
      }
    })
}

export interface CommandLine {
  usage: Safe
  summary: Safe
}

/** The command list is the action's own text: shown as written, inside code spans. */
export function commandLines(specs: ReturnType<typeof allowedCommands>): CommandLine[] {
  return specs.map((c) => ({ usage: new Safe(c.usage), summary: new Safe(c.summary) }))
}

function triageView(help: TriageHelp) {
  return {
    links: help.links.map((l) => ({ title: l.title, url: safeUrl(l.url) })),
    areas: help.areas,
    provider: help.provider && { name: help.provider.name, url: safeUrl(help.provider.url) }
  }
}

/**
 * A timeline entry as shown on the card and in the retrospective: its status in words, its link
 * (the command's comment, else the Slack message), and who: a Slack poster not mapped to a
 * GitHub login is marked, so a Slack name equal to a maintainer's login cannot pass for them.
 */
export function entryView<T extends TimelineEntry>(e: T, issueUrl?: string) {
  return {
    ...e,
    by: e.slackUser && !e.mapped ? `${e.by} (Slack name)` : e.by,
    statusText: e.status ? STATUS_TEXT[e.status] : undefined,
    url: e.comment && issueUrl ? safeUrl(`${issueUrl}#issuecomment-${e.comment}`) : safeUrl(e.permalink),
    fromSlack: Boolean(e.slackUser),
    deleted: e.slackSeen === 'deleted'
  }
}
