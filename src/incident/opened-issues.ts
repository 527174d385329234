// The issues an incident opens: its retrospective (the compiled timeline, durations, attendees,
// 5 Whys, action items), follow-ups, and a new incident for a recurrence. Each carries a
// marker naming the incident, so one opened by a run that died before saving is found again.
import { severityOf } from '../config/config.js'
import type { Declaration } from '../domain/form.js'
import { compileTimeline, durations, participants } from '../domain/metrics.js'
import { impactStart } from '../domain/moment.js'
import { defuseMarkers, type IncidentState } from '../domain/state.js'
import type { Issue } from '../github/repo.js'
import { Safe } from '../render/escape.js'
import { entryView } from '../render/view.js'
import type { Env, IncidentContext } from './context.js'
import { declaredByMarker, followupMarker, recurrenceMarker, retroMarker, RETRO_OF } from './markers.js'

/** GitHub's limit for an issue body or comment, with a margin. */
const BODY_LIMIT = 60_000
/** The most of one update's text the retrospective quotes; the comment keeps it all. */
const QUOTE_LIMIT = 8_000

/** The incident a retrospective belongs to, from the marker at the start of its body. */
export function retroOf(issue: { body: string | null }): number | undefined {
  const match = RETRO_OF.exec(issue.body ?? '')
  return match ? Number(match[1]) : undefined
}

/** Opens the retrospective; a long timeline continues in comments on it. */
export async function openRetro(ctx: IncidentContext, state: IncidentState, commentBodies: Map<number, string>, existing?: Issue): Promise<number> {
  const { env } = ctx
  const view = ctx.view(state)
  const required = severityOf(env.config, state.severity)?.retrospective ?? false
  const timeline = compileTimeline(state, commentBodies, env.config).map((e) => ({
    ...entryView(e),
    fullText: e.fullText.length > QUOTE_LIMIT ? `${e.fullText.slice(0, QUOTE_LIMIT)}… (cut here; the full text is in the incident's comment)` : e.fullText
  }))
  const data = {
    ...view,
    durations: durations(state),
    impactStart: impactStart(state.published?.started, state.times.reported),
    attendees: participants(state),
    followups: state.followups ?? [],
    when: state.retro?.when,
    required,
    // A required retrospective is due when the reminder to hold it falls due.
    due: required && state.times.resolved ? new Date(Date.parse(state.times.resolved) + env.config.reminders.retroAfterMs).toISOString() : undefined
  }
  const marker = retroMarker(ctx.issue.number)
  // The timeline is rendered by its own template (escaped there), so its continuation reads the same.
  const timelineText = (entries: typeof timeline) => new Safe(env.render('github/retro-timeline.md', { timeline: entries }))
  const body = (entries: typeof timeline, continued: number) => `${marker}\n${env.render('github/retro.md', { ...data, timeline: entries, timelineText: timelineText(entries), continued })}`
  let shown = fitting(timeline.length, (n) => body(timeline.slice(0, n), timeline.length - n).length)
  const retro = existing ?? (await env.repo.createIssue({ title: `Retrospective: ${view.name}`.slice(0, 256), body: body(timeline.slice(0, shown), timeline.length - shown), labels: [env.config.labels.retro] }))
  // The rest of the timeline, in comments of at most GitHub's size.
  const spilled = existing ? (await env.repo.listComments(retro.number)).filter((c) => c.body.startsWith(`${marker}\n### Timeline, continued`)).length : 0
  for (let part = 1; shown < timeline.length; part++) {
    const chunk = (n: number) => `${marker}\n### Timeline, continued (${part})\n\n${timelineText(timeline.slice(shown, shown + n)).text}`
    const n = fitting(timeline.length - shown, (k) => chunk(k).length)
    if (part > spilled) await env.repo.createComment(retro.number, chunk(n))
    shown += n
  }
  return retro.number
}

/** The most items (at least one) whose rendering fits in a body. */
function fitting(count: number, size: (n: number) => number): number {
  let n = count
  while (n > 1 && size(n) > BODY_LIMIT) n = Math.floor(n * 0.8)
  return n
}

export async function openFollowup(ctx: IncidentContext, state: IncidentState, owed: { key: string; by: string; title: string; owner?: string; due?: string }): Promise<Issue & { node_id?: string }> {
  const { env } = ctx
  const severity = severityOf(env.config, state.severity)
  // Work that stabilises a severe incident is critical (the runbook); later work is not.
  const stabilizing = severity?.criticalPriority && state.status === 'recorded'
  const fields = {
    title: owed.title.slice(0, 256),
    body: `${followupMarker(ctx.issue.number, owed.key)}\n${env.render('github/followup.md', { ...ctx.view(state), by: owed.by, owner: owed.owner, due: owed.due })}`,
    labels: [env.config.labels.followup, ...(stabilizing ? [env.config.labels.critical] : [])]
  }
  if (!owed.owner) return env.repo.createIssue(fields)
  // GitHub refuses the whole issue (422) when the owner cannot be assigned (no write access):
  // it is opened without the assignee then, and still names the owner.
  return env.repo.createIssue({ ...fields, assignees: [owed.owner] }).catch((error: { status?: number }) => {
    if (error.status !== 422) throw error
    return env.repo.createIssue(fields)
  })
}

/** A recurrence more than 48 hours after resolution is a new incident (the runbook), opened with the same answers. */
export async function openRecurrence(ctx: IncidentContext, state: IncidentState, owed: { key: string; by: string; text: string }): Promise<Issue> {
  const { env } = ctx
  const old = `${env.repo.fullName}#${ctx.issue.number}`
  // The published answers: an edit held back on the old incident stays held back.
  const body = formBody(env, {
    ...ctx.declaration,
    ...state.published,
    severity: state.severity,
    started: env.now().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    evidence: `It happened again more than 48 hours after ${old} was resolved, so it is recorded as a new incident (reported by @${owed.by}).${owed.text ? `\n\n${owed.text}` : ''}`
  })
  const title = `Recurrence: ${(state.published?.title ?? ctx.issue.title).replace(/^(Recurrence: )+/, '')}`.slice(0, 256)
  return env.repo.createIssue({ title, body: `${declaredByMarker(owed.by)}\n${recurrenceMarker(ctx.issue.number, owed.key)}\n${body}`, labels: [env.config.labels.incident] })
}

/** Rewrites only the retro's **When:** line: what people wrote in the retro is theirs. */
export async function setRetroWhen(env: Env, retro: number, when: string): Promise<void> {
  const issue = await env.repo.getIssue(retro)
  const line = `**When:** ${env.render('github/retro-when.md', { when })}`
  const body = issue.body ?? ''
  const next = /^\*\*When:\*\* .*$/m.test(body) ? body.replace(/^\*\*When:\*\* .*$/m, line) : `${line}\n\n${body}`
  if (next !== body) await env.repo.updateIssue(retro, { body: next })
}

type Answers = Omit<Declaration, 'severity'> & { severity: number }

/**
 * An issue body in the incident form's own format, for incidents the action opens itself
 * (workflow_dispatch, recurrences): the form parser reads it like one a person filed. The
 * answers are kept as written (on one line where the form has one), with markers defused.
 */
export function formBody(env: Env, answers: Answers): string {
  const line = (text: string) => new Safe(defuseMarkers(text.replace(/\s+/g, ' ').trim()))
  const severity = env.config.severities.find((s) => s.level === answers.severity)
  return env.render('github/form-body.md', {
    summary: line(answers.summary),
    severity: line(severity ? `${severity.level}: ${severity.name}. ${severity.definition}` : String(answers.severity)),
    affected: line(answers.affected),
    started: line(answers.started),
    reportLink: line(answers.reportLink),
    relatedToCode: answers.relatedToCode,
    thirdParty: line(answers.thirdParty),
    evidence: new Safe(defuseMarkers(answers.evidence).replace(/^###/gm, '\\###').slice(0, 50_000))
  })
}
