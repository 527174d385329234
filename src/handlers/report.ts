// The metrics report: incidents of a period by severity, how long each step took, open
// follow-ups and pending retrospectives; to the job summary and, if asked, an issue.
import * as core from '@actions/core'
import { durations, leadCounts, report } from '../domain/metrics.js'
import { isOverdue } from '../domain/followups.js'
import type { IncidentState } from '../domain/state.js'
import { listedCard, readCard } from '../incident/card.js'
import { parseDuration } from '../domain/time.js'
import { STATUS_TEXT } from '../render/view.js'
import { Safe, safeUrl } from '../render/escape.js'
import type { Env } from '../incident/context.js'

export interface ReportResult {
  markdown: string
  incidents: number
  issue?: number
}

export async function writeReport(env: Env, period: string, asIssue: boolean): Promise<ReportResult> {
  const { repo, config } = env
  const toMs = env.now().getTime()
  const fromMs = toMs - parseDuration(period)
  // Every incident (closed ones too), read from its card; filtered by when it was reported.
  const { self, incidents: listed } = await repo.listIncidents(config.labels.incident, { open: false })
  const incidents: Array<{ number: number; title: string; url: string; state: IncidentState }> = []
  for (const issue of listed) {
    const card = await listedCard(repo, self, issue)
    const decoded = card ? readCard(card) : undefined
    if (decoded && 'state' in decoded) incidents.push({ number: issue.number, title: issue.title, url: issue.url, state: decoded.state })
  }
  const inPeriod = incidents.filter((i) => Date.parse(i.state.times.reported ?? '') >= fromMs && i.state.status !== 'reported')
  const followups = await repo.octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner: repo.owner, repo: repo.repo, labels: config.labels.followup, state: 'open', per_page: 100 })
  const bySeverity = report(incidents.map((i) => i.state), fromMs, toMs, config)
  const markdown = env.render('github/report.md', {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    total: inPeriod.length,
    severities: bySeverity.map((s) => ({ ...s, name: config.severities.find((x) => x.level === s.level)?.name ?? '' })),
    chart: new Safe(bySeverity.filter((s) => s.count).map((s) => `    "Severity ${s.level}" : ${s.count}`).join('\n')),
    openFollowups: followups.filter((f) => !f.pull_request).length,
    retrosPending: bySeverity.reduce((n, s) => n + s.retrosPending, 0),
    overdue: overdueFollowups(incidents, new Set(followups.filter((f) => !f.pull_request).map((f) => f.number)), toMs),
    leads: leadCounts(inPeriod.map((i) => i.state)),
    incidents: inPeriod
      .sort((a, b) => a.number - b.number)
      .map((i) => ({ number: i.number, title: i.title, url: safeUrl(i.url), severity: i.state.severity, status: STATUS_TEXT[i.state.status], ...durations(i.state) }))
  })
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
  let issue: number | undefined
  if (asIssue && !env.dryRun) {
    issue = (await repo.createIssue({ title: `Incident report: ${new Date(fromMs).toISOString().slice(0, 10)} to ${new Date(toMs).toISOString().slice(0, 10)}`, body: markdown })).number
  }
  return { markdown, incidents: inPeriod.length, issue }
}

/**
 * Follow-ups past their due date whose issue is still open, per incident (every incident, not
 * only the period's: old follow-ups are the ones forgotten). No request beyond the report's own.
 */
function overdueFollowups(incidents: Array<{ number: number; title: string; url: string; state: IncidentState }>, open: Set<number>, nowMs: number) {
  return incidents
    .map((i) => ({ number: i.number, title: i.title, url: safeUrl(i.url), items: (i.state.followups ?? []).filter((f) => open.has(f.number) && isOverdue({ ...f, closed: undefined }, nowMs)) }))
    .filter((i) => i.items.length)
}
