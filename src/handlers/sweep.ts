// The scheduled sweep over every open incident. One issue-list request per 100 incidents
// gives each incident's state (mirrored in the body); only incidents with something to do
// cost more: a reminder is a comment, hiding the one it replaces, and saving that it was sent;
// a missed run or an owed delivery is caught up by a normal incident run. A budget caps the
// requests of one sweep; what does not fit is done by the next.
import * as core from '@actions/core'
import { severityOf } from '../config/config.js'
import { parseForm } from '../domain/form.js'
import { dueReminders, nextReminderAt, type Reminder } from '../domain/reminders.js'
import { decodeState, stripState, withState, type IncidentState } from '../domain/state.js'
import { owedSyncs } from '../domain/sync.js'
import { formatDuration, formatTime } from '../domain/time.js'
import type { Issue } from '../github/repo.js'
import { STATUS_TEXT } from '../render/view.js'
import { describeSlackError } from '../slack/slack.js'
import { IncidentContext, type Env } from './context.js'
import { runIncident } from './incident.js'

/** What each kind of work is expected to cost in GitHub requests (for the budget). */
const COST = { run: 6, reminder: 3 }

export interface SweepResult {
  incidents: number
  reminders: Array<{ number: number; kind: string }>
  caughtUp: number[]
  deferred: number[]
  problems: Array<{ number: number; problem: string }>
  rows: SweepRow[]
}

export interface SweepRow {
  number: number
  title: string
  severity: number
  status: string
  lead: string
  age: string
  lastUpdate: string
  nextReminder: string
}

export async function sweep(env: Env, budget: number, requestsSoFar: () => number): Promise<SweepResult> {
  const { repo, config } = env
  const nowMs = env.now().getTime()
  const { issues, remaining } = await repo.listOpenIssues(config.labels.incident)
  // Honour the rate limit: never plan past what GitHub says is left (keeping a margin).
  if (remaining !== undefined && remaining - 20 < budget) {
    core.warning(`Only ${remaining} GitHub requests left this hour: this sweep uses at most ${Math.max(0, remaining - 20)}.`)
    budget = Math.max(0, remaining - 20)
  }
  const enabled = { slack: Boolean(env.slack), p2: Boolean(env.p2), make: Boolean(env.make) }
  const result: SweepResult = { incidents: issues.length, reminders: [], caughtUp: [], deferred: [], problems: [], rows: [] }

  type Work = { issue: Issue; state?: IncidentState; run: boolean; due: Reminder[] }
  const work: Work[] = []
  for (const issue of issues) {
    const decoded = decodeState(issue.body)
    if (!decoded || 'error' in decoded) {
      // A dropped run on a new incident, or a damaged mirror: an incident run declares or repairs it.
      work.push({ issue, run: true, due: [] })
      if (decoded) result.problems.push({ number: issue.number, problem: `the state in the issue body is damaged (${decoded.error}); repairing it from the card` })
      continue
    }
    const state = decoded.state
    const missedComments = state.comments !== undefined && issue.comments > state.comments
    // The sweep does not parse each incident's form, so it cannot tell whether the title or
    // summary changed: content edits are left to event runs; anything else owed, or a recorded
    // failure, is caught up here.
    const owed = owedSyncs(state, '', config, enabled).some((o) => o.op !== 'alert-edit' && o.op !== 'post-edit') || Object.keys(state.failures).length > 0
    const due = dueReminders(state, nowMs, config)
    if (missedComments || owed || due.length) work.push({ issue, state, run: missedComments || owed, due })
    result.rows.push(row(issue, state, nowMs, env))
  }
  // Most severe first, then oldest.
  work.sort((a, b) => (a.state?.severity ?? 0) - (b.state?.severity ?? 0) || a.issue.number - b.issue.number)

  for (const item of work) {
    const cost = (item.run ? COST.run : 0) + item.due.length * COST.reminder
    if (requestsSoFar() + cost > budget) {
      result.deferred.push(item.issue.number)
      continue
    }
    try {
      let { issue, state, due } = item
      if (item.run) {
        const caught = await runIncident(env, issue, { kind: 'sweep' })
        result.caughtUp.push(issue.number)
        if (!caught.state || !caught.issue) continue
        issue = caught.issue
        state = caught.state
        due = dueReminders(state, nowMs, config)
      }
      if (state && due.length) {
        await env.loadTemplates()
        await remind(env, issue, state, due)
        result.reminders.push(...due.map((r) => ({ number: issue.number, kind: r.kind })))
      }
    } catch (error) {
      // One bad incident does not stop the sweep.
      const problem = (error as Error).message
      result.problems.push({ number: item.issue.number, problem })
      core.warning(`#${item.issue.number}: skipped: ${problem}`)
    }
  }
  if (result.deferred.length) core.notice(`${result.deferred.length} incident(s) left for the next sweep (budget ${budget} requests): ${result.deferred.map((n) => `#${n}`).join(', ')}`)
  return result
}

/** Posts the due reminders (GitHub comment, Slack thread), hides the ones they replace, saves. */
async function remind(env: Env, issue: Issue, state: IncidentState, due: Reminder[]): Promise<void> {
  const { repo, config } = env
  const ctx = new IncidentContext(env, issue, parseForm(stripState(issue.body), await env.loadForm(), config).declaration)
  const now = env.now().toISOString()
  let next = state
  for (const reminder of due) {
    const view = { ...ctx.view(state), reminder: reminderView(reminder, state, env) }
    if (env.dryRun) {
      core.info(`[dry-run] would remind #${issue.number}: ${reminder.kind} → ${reminder.to.join(', ') || 'the channel'}`)
      continue
    }
    const comment = await repo.createComment(issue.number, env.render('github/reminder.md', view))
    const previous = state.reminders?.[reminder.kind]?.comment
    if (previous) await repo.minimizeComment(previous.node).catch((e: Error) => core.warning(`#${issue.number}: could not hide the previous reminder: ${e.message}`))
    if (env.slack && state.slack?.ts) {
      try {
        await env.slack.post({ text: env.render('slack/reminder.slack', view), threadTs: state.slack.ts, broadcast: reminder.kind === 'escalate' })
      } catch (error) {
        core.warning(`#${issue.number}: the ${reminder.kind} reminder reached GitHub but not Slack: ${describeSlackError(error)}`)
      }
    }
    next = {
      ...next,
      comments: (next.comments ?? issue.comments) + 1,
      reminders: { ...next.reminders, [reminder.kind]: { anchor: reminder.anchor, at: now, comment: { id: comment.id, node: comment.node_id } } }
    }
  }
  if (!env.dryRun) await repo.updateIssue(issue.number, { body: withState(issue.body, next) })
}

function reminderView(reminder: Reminder, state: IncidentState, env: Env) {
  const severity = severityOf(env.config, state.severity)
  const since = reminder.kind === 'update' ? (state.times.update ?? state.times.lead ?? state.times.recorded) : reminder.kind === 'retro' ? state.times.resolved : reminder.kind === 'stuck' ? state.times[state.status as 'stabilized'] : state.times.recorded
  return {
    kind: reminder.kind,
    to: reminder.to,
    since: since ? formatDuration(env.now().getTime() - Date.parse(since)) : '',
    updateEvery: severity ? formatDuration(severity.updateEveryMs) : '',
    maxSnooze: formatDuration(env.config.reminders.maxSnoozeMs)
  }
}

function row(issue: Issue, state: IncidentState, nowMs: number, env: Env): SweepRow {
  const next = nextReminderAt(state, nowMs, env.config)
  const last = state.times.update
  return {
    number: issue.number,
    title: issue.title,
    severity: state.severity,
    status: STATUS_TEXT[state.status],
    lead: state.lead ?? '—',
    age: state.times.reported ? formatDuration(nowMs - Date.parse(state.times.reported)) : '',
    lastUpdate: last ? `${formatDuration(nowMs - Date.parse(last))} ago` : 'none',
    nextReminder: next === undefined ? '—' : next <= nowMs ? 'due now' : formatTime(new Date(next).toISOString(), env.config.timezone)
  }
}
