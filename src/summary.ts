// The job summary: what the run did to the incident, and what is still owed.
import * as core from '@actions/core'
import type { Env } from './handlers/context.js'
import { lateReminder } from './domain/sweep-watch.js'
import type { IncidentResult } from './handlers/incident.js'
import type { SweepResult } from './handlers/sweep.js'
import { STATUS_TEXT } from './render/view.js'

export async function writeSummary(env: Env, result: IncidentResult, requests: Record<string, number>): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary.addHeading(`Incident #${result.number}: ${result.outcome}`, 3)
  if (result.state) {
    summary.addTable([
      [{ data: 'Status', header: true }, { data: 'Severity', header: true }, { data: 'Lead', header: true }],
      [STATUS_TEXT[result.state.status], String(result.state.severity), result.state.lead ?? 'nobody yet']
    ])
  }
  const failures = Object.entries(result.failures).filter(([, v]) => v)
  if (failures.length) {
    summary.addRaw('\n**Not delivered yet (retried on the next run):**\n').addList(failures.map(([dest, why]) => `${dest}: ${why}`))
    for (const [dest, why] of failures) core.warning(`${dest}: ${why}`, { title: `incident #${result.number}` })
  }
  // A long-overdue reminder: the scheduled sweep has stopped.
  const late = result.state && !env.sweeping ? lateReminder(result.state, env.now().getTime(), env.config, env.sweepEveryMs?.()) : undefined
  if (late) {
    const message = `The ${late.what} reminder was due at ${late.dueAt} and has not been sent: the scheduled sweep (the reminders workflow) seems to have stopped. Run the incident-setup workflow to see why.`
    summary.addRaw(`\n**Reminders are late.** ${message}\n`)
    core.warning(message, { title: `incident #${result.number}` })
  }
  summary.addRaw(`\nRequests: GitHub ${requests.github}, Slack ${requests.slack}, P2 ${requests.p2}, Make ${requests.make}${env.dryRun ? ' (dry run: nothing was written)' : ''}\n`)
  await summary.write()
}

export async function writeSweepSummary(result: SweepResult, requests: Record<string, number>): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary.addHeading(`Open incidents: ${result.incidents}`, 3)
  if (result.rows.length) {
    summary.addTable([
      ['Incident', 'Title', 'Severity', 'Status', 'Lead', 'Age', 'Last update', 'Next reminder'].map((data) => ({ data, header: true })),
      ...result.rows.map((r) => [`#${r.number}`, r.title, String(r.severity), r.status, r.lead, r.age, r.lastUpdate, r.nextReminder])
    ])
  }
  summary.addRaw(`\nReminders sent: ${result.reminders.map((r) => `#${r.number} ${r.kind}`).join(', ') || 'none'}. Caught up: ${result.caughtUp.map((n) => `#${n}`).join(', ') || 'none'}.`)
  if (result.deferred.length) summary.addRaw(` Left for the next sweep (budget): ${result.deferred.map((n) => `#${n}`).join(', ')}.`)
  if (result.problems.length) summary.addRaw('\n\n**Problems (skipped):**\n').addList(result.problems.map((p) => `#${p.number}: ${p.problem}`))
  summary.addRaw(`\n\nRequests: GitHub ${requests.github}, Slack ${requests.slack}, P2 ${requests.p2}, Make ${requests.make}\n`)
  await summary.write()
}
