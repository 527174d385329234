// The review step: the retrospective issue (timeline compiled from the incident's history,
// durations, attendees, 5 Whys, action items) and follow-up issues, linked both ways.
import { severityOf } from '../config/config.js'
import { compileTimeline, durations, participants } from '../domain/metrics.js'
import type { IncidentState } from '../domain/state.js'
import { STATUS_TEXT } from '../render/view.js'
import type { Env, IncidentContext } from './context.js'

export const RETRO_MARKER = (incident: number) => `<!-- incident-ops:retro-of ${incident} -->`
const RETRO_OF = /<!-- incident-ops:retro-of (\d+) -->/

/** The incident a retrospective issue belongs to: only one the action itself opened counts. */
export function retroOf(issue: { body: string | null; user: { type?: string } | null }): number | undefined {
  if (issue.user?.type !== 'Bot') return undefined
  const match = RETRO_OF.exec(issue.body ?? '')
  return match ? Number(match[1]) : undefined
}

export async function openRetro(env: Env, ctx: IncidentContext, state: IncidentState, commentBodies: Map<number, string>): Promise<number> {
  const view = ctx.view(state)
  const d = durations(state)
  const body = env.render('github/retro.md', {
    ...view,
    timeline: compileTimeline(state, commentBodies, env.config).map((e) => ({ ...e, statusText: e.status ? STATUS_TEXT[e.status] : undefined })),
    durations: d,
    attendees: participants(state),
    followups: state.followups ?? [],
    when: state.retro?.when,
    required: severityOf(env.config, state.severity)?.retrospective ?? false
  })
  const issue = await env.repo.createIssue({
    title: `Retrospective: ${view.name}`,
    body: `${RETRO_MARKER(ctx.issue.number)}\n${body}`,
    labels: [env.config.labels.retro]
  })
  return issue.number
}

export async function openFollowup(env: Env, ctx: IncidentContext, state: IncidentState, by: string, title: string): Promise<{ number: number; node_id?: string }> {
  const severity = severityOf(env.config, state.severity)
  // Work that stabilises a severe incident is critical (the runbook); later work is not.
  const stabilizing = severity?.criticalPriority && state.status === 'recorded'
  const issue = await env.repo.createIssue({
    title,
    body: env.render('github/followup.md', { ...ctx.view(state), by }),
    labels: [env.config.labels.followup, ...(stabilizing ? [env.config.labels.critical] : [])]
  })
  return { number: issue.number, node_id: (issue as { node_id?: string }).node_id }
}

/** Rewrites only the retro's **When:** line: what people wrote in the retro is theirs. */
export async function setRetroWhen(env: Env, retro: number, when: string): Promise<void> {
  const issue = await env.repo.getIssue(retro)
  const line = `**When:** ${env.render('github/retro-when.md', { when })}`
  const body = issue.body ?? ''
  const next = /^\*\*When:\*\* .*$/m.test(body) ? body.replace(/^\*\*When:\*\* .*$/m, line) : `${line}\n\n${body}`
  if (next !== body) await env.repo.updateIssue(retro, { body: next })
}
