// The job summary: what the run did to the incident, and what is still owed.
import * as core from '@actions/core'
import type { Env } from './incident/context.js'
import type { IncidentResult } from './incident/run.js'
import type { SweepResult } from './handlers/sweep.js'
import { STATUS_TEXT } from './render/view.js'

export async function writeSummary(env: Env, result: IncidentResult, requests: Record<string, number>): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary.addHeading(`Incident #${result.number}: ${result.outcome}`, 3)
  if (result.state) {
    summary.addTable([
      [{ data: 'Status', header: true }, { data: 'Severity', header: true }, { data: 'Lead', header: true }],
      [STATUS_TEXT[result.state.status], String(result.state.severity), summaryText(result.state.lead ?? 'nobody yet')]
    ])
  }
  const failures = Object.entries(result.failures).filter(([, v]) => v)
  if (failures.length) {
    summary.addRaw('\n**Not delivered yet (retried on the next run):**\n').addList(failures.map(([dest, why]) => `${dest}: ${summaryText(why)}`))
    for (const [dest, why] of failures) core.warning(`${dest}: ${why}`, { title: `incident #${result.number}` })
  }
  if (result.state?.reportProblem) {
    summary.addRaw(`\n**The reporter was not told on GitHub:** ${summaryText(result.state.reportProblem)}.\n`)
    core.warning(`The reporter was not told on GitHub: ${result.state.reportProblem}.`, { title: `incident #${result.number}` })
  }
  // A long-overdue reminder: the scheduled sweep has stopped.
  const late = result.late
  if (late) {
    const message = `The ${late.what} reminder was due at ${late.dueAt} and has not been sent: the scheduled sweep (the reminders workflow) seems to have stopped. Run the incident-setup workflow to see why.`
    summary.addRaw(`\n**Reminders are late.** ${message}\n`)
    core.warning(message, { title: `incident #${result.number}` })
  }
  summary.addRaw(`\nRequests: GitHub ${requests.github}, Slack ${requests.slack}, P2 ${requests.p2}, Make ${requests.make}${env.dryRun ? ' (dry run: nothing was written)' : ''}\n`)
  await summary.write()
}

/** People's text in the job summary (HTML cells and Markdown lines): no markup, no links made from it. */
export function summaryText(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => `&#${c.codePointAt(0)};`)
    .replace(/:\/\//g, ':/\u200b/')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
    .replace(/@/g, '@\u200b')
}

export async function writeSweepSummary(result: SweepResult, requests: Record<string, number>): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = core.summary.addHeading(`Open incidents: ${result.incidents}`, 3)
  if (result.rows.length) {
    summary.addTable([
      ['Incident', 'Title', 'Severity', 'Status', 'Lead', 'Age', 'Last update', 'Next reminder'].map((data) => ({ data, header: true })),
      ...result.rows.map((r) => [`#${r.number}`, summaryText(r.title), String(r.severity), r.status, summaryText(r.lead), r.age, r.lastUpdate, r.nextReminder])
    ])
  }
  summary.addRaw(`\nRuns started: ${result.started.map((s) => `#${s.number} (${s.why})`).join(', ') || 'none'}.`)
  if (result.deferred.length) summary.addRaw(` Left for the next sweep (budget): ${result.deferred.map((n) => `#${n}`).join(', ')}.`)
  if (result.digest) summary.addRaw(`\n\nDaily digest: ${result.digest}.`)
  if (result.problems.length) summary.addRaw('\n\n**Problems (skipped):**\n').addList(result.problems.map((p) => `#${p.number}: ${summaryText(p.problem)}`))
  summary.addRaw(`\n\nRequests: GitHub ${requests.github}, Slack ${requests.slack}, P2 ${requests.p2}, Make ${requests.make}\n`)
  await summary.write()
}
