// A recurrence more than 48 hours after resolution is a new incident (the runbook), linked
// to the old one: opened with the same form answers and declared in the same run (issues
// the action opens with GITHUB_TOKEN start no workflow run of their own).
import type { IncidentState } from '../domain/state.js'
import type { Env, IncidentContext } from './context.js'
import { formBody } from './form-body.js'
import { runIncident } from './incident.js'

export async function recurrence(env: Env, ctx: IncidentContext, state: IncidentState, by: string, text: string): Promise<number> {
  const { repo } = env
  const old = `${repo.fullName}#${ctx.issue.number}`
  const body = formBody(env, {
    ...ctx.declaration,
    severity: state.severity,
    started: env.now().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    evidence: `It happened again more than 48 hours after ${old} was resolved, so it is recorded as a new incident (reported by @${by}).${text ? `\n\n${text}` : ''}`
  })
  const issue = await repo.createIssue({ title: `Recurrence: ${ctx.issue.title.replace(/^(Recurrence: )+/, '')}`, body, labels: [env.config.labels.incident] })
  await runIncident(env, issue, { kind: 'declared-by', login: by })
  await repo.createComment(ctx.issue.number, env.render('github/recurred.md', { by, number: issue.number }))
  return issue.number
}
