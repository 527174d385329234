// Step 2 of an incident run: fold every event not yet handled into the state, in order —
// the declaration, edits of the form, labels set by hand, commands in comments (on the
// incident and on its retrospective), and the reminders now due. Each person's permission is
// asked of GitHub; what they typed decides nothing else.
import * as core from '@actions/core'
import { severityOf, type Config, type Level } from '../config/config.js'
import { parseCommand, type Command } from '../domain/commands.js'
import type { FormResult } from '../domain/form.js'
import { applyCommand, commandForLabel, declare, tickTask, type CommandInput, type Effect } from '../domain/incident.js'
import { meets } from '../domain/permissions.js'
import { recordDuePage } from '../domain/paging.js'
import { recordDueReminders } from '../domain/reminders.js'
import { placeNote } from '../domain/moment.js'
import { shorten, type IncidentState, type TimelineEntry } from '../domain/state.js'
import { labelNames, writtenBy, type Comment } from '../github/repo.js'
import { Safe } from '../render/escape.js'
import { publishedOf, type IncidentContext } from './context.js'
import type { Loaded, Trigger } from './load.js'
import { DECLARED_BY, MARK } from './markers.js'
import { reportTarget } from './report-link.js'

export interface Folded {
  state: IncidentState
  effects: Effect[]
  declaredNow: boolean
}

/**
 * A comment that may be a command: anyone's but the action's own, which always start with its
 * marker (with a PAT, the token's owner also writes commands as that account).
 */
const byPerson = (ctx: IncidentContext, c: Comment) => Boolean(c.user) && !(writtenBy(ctx.self, c) && c.body.startsWith(MARK))

export async function fold(ctx: IncidentContext, loaded: Loaded, form: FormResult, trigger: Trigger): Promise<Folded | undefined> {
  const { config } = ctx.env
  const issue = loaded.issue
  // Levels are asked side by side: each input holds its level's promise until all are read.
  const level = (login: string): Promise<Level> => (login === ctx.self.login ? Promise.resolve('admin') : ctx.levels.of(login))

  let state = loaded.state
  // Open tasks' owners may have ticked them with a reaction: read while the rest is folded.
  const approvals = taskApprovals(ctx, state)
  const declaredNow = !state
  state ??= await declaration(ctx, loaded, form, trigger)
  if (!state) return undefined

  // Labels added by hand stand for commands; removed ones come back from the state. They are
  // read from the issue's timeline, not the event, so that a label whose run GitHub cancelled
  // is not lost. The action's own label writes are not acts.
  const asked: Array<{ input: Omit<CommandInput, 'level'>; level: Promise<Level>; fromLabel?: boolean }> = []
  const events = issue.labelEvents.filter((e) => e.byId !== ctx.self.id)
  const key = (e: { label: string; at: string; by: string }) => `${e.label}@${e.at}@${e.by}`
  // An incident from before labels were read this way starts from what its issue shows now.
  const seen = new Set(state.labelsSeen ?? (declaredNow ? [] : events.map(key)))
  for (const event of events.filter((e) => !seen.has(key(e)))) {
    const command: Command | undefined = event.label === config.labels.incident && state.status === 'reported' ? { name: 'confirm' } : commandForLabel(event.label, config)
    if (command) asked.push({ fromLabel: true, level: level(event.by), input: { id: `label:${key(event)}`, by: event.by, at: event.at, parsed: { ok: true, command } } })
  }
  if (events.length || state.labelsSeen) state = { ...state, labelsSeen: events.map(key) }

  // Commands on the retrospective issue act on the incident (only on the retro it opened).
  const retro = loaded.retro
  if (retro && state.retro?.number === retro.issue.number) {
    const handled = state.retro.handled ?? 0
    for (const c of [...retro.comments].sort((a, b) => a.id - b.id)) {
      if (!byPerson(ctx, c) || c.id <= handled) continue
      const parsed = parseCommand(c.body, config)
      if (parsed) asked.push({ level: level(c.user!.login), input: { id: `r${c.id}`, comment: c.id, by: c.user!.login, at: c.created_at, parsed, replyOn: retro.issue.number } })
    }
    state = { ...state, retro: { ...state.retro, handled: retro.comments.reduce((max, c) => Math.max(max, c.id), handled) } }
    const closedBy = retro.issue.closedBy
    if (retro.issue.state === 'closed' && retro.issue.state_reason === 'completed' && closedBy && state.status === 'resolved') {
      asked.push({ fromLabel: true, level: level(closedBy), input: { id: `retro-closed:${retro.issue.number}`, by: closedBy, at: retro.issue.updated_at, parsed: { ok: true, command: { name: 'reviewed' } } } })
    }
  }

  // Catch up on every command comment not yet handled, in order; note edits of updates and notes.
  for (const comment of [...loaded.comments].sort((a, b) => a.id - b.id)) {
    if (!byPerson(ctx, comment)) continue
    if (comment.id <= state.handled) {
      state = noteEdit(state, comment, config)
      continue
    }
    const parsed = parseCommand(comment.body, config)
    if (parsed) asked.push({ level: level(comment.user!.login), input: { id: `c${comment.id}`, comment: comment.id, by: comment.user!.login, at: comment.created_at, parsed } })
  }

  // Edits of the title or form (their editors' levels are asked alongside the commands').
  state = await foldEdits(ctx, state, level)
  const inputs: Array<{ input: CommandInput; fromLabel?: boolean }> = []
  for (const a of asked) inputs.push({ input: { ...a.input, level: await a.level }, fromLabel: a.fromLabel })

  const effects: Effect[] = []
  for (const { input, fromLabel } of inputs) {
    const outcome = applyCommand(state, { ...input, issueClosed: issue.state === 'closed' }, config)
    state = outcome.state
    if (input.comment && !input.replyOn) {
      state = { ...state, handled: Math.max(state.handled, input.comment) }
      state = markSeen(state, input.id, loaded.comments.find((c) => c.id === input.comment)?.updated_at)
    }
    // Replies to a label change would be noise (the label itself is corrected from the state);
    // a rebuild replays old commands without reacting or replying to them again.
    const quiet = loaded.rebuild && !(trigger.kind === 'comment' && trigger.comment === input.comment)
    effects.push(...outcome.effects.filter((e) => !(fromLabel && e.type === 'reply') && !(quiet && e.type !== 'assign')))
  }
  // Closed by hand before the last steps: reopened (when saved) and told what is missing.
  if (trigger.kind === 'closed' && issue.state === 'closed' && wantsOpen(state, config)) {
    effects.push({ type: 'reply', template: 'closed-early', key: `closed-early:${issue.updated_at}`, data: { missing: missingSteps(state, config).map((step) => new Safe(step)) } })
  }
  const lastComment = loaded.comments.filter((c) => byPerson(ctx, c)).reduce((max, c) => Math.max(max, c.id), 0)
  state = { ...state, handled: Math.max(state.handled, lastComment) }
  state = await tickApproved(ctx, state, approvals)
  state = recordDueReminders(state, ctx.env.now().getTime(), config)
  state = recordDuePage(state, ctx.env.now().getTime(), config, { pagerduty: Boolean(ctx.env.pagerduty), opsgenie: Boolean(ctx.env.opsgenie) })
  return { state, effects, declaredNow }
}

/** A new incident from the form, or undefined when the issue is not (yet) one. */
async function declaration(ctx: IncidentContext, loaded: Loaded, form: FormResult, trigger: Trigger): Promise<IncidentState | undefined> {
  const { config } = ctx.env
  const issue = loaded.issue
  const labels = labelNames(issue)
  // An issue the action opened itself names who declared it; only the action's own issues are read so.
  const ownIssue = issue.user?.id === ctx.self.id
  const declaredBy = trigger.kind === 'declared-by' ? trigger.login : ownIssue ? DECLARED_BY.exec(issue.body ?? '')?.[1] : undefined
  const tagged = labels.includes(config.labels.incident) || labels.includes(config.labels.status.reported)
  // The action's own new issue is declared by the run that opened it; an `opened` event for it
  // (App and PAT tokens start one) leaves it to that run. A dispatched run recovers it.
  if (ownIssue && declaredBy && trigger.kind !== 'declared-by' && trigger.kind !== 'dispatch') return undefined
  if (!tagged && !declaredBy && !loaded.rebuild) return undefined
  if (form.problems.length) return undefined

  const recorder = declaredBy ?? issue.user?.login ?? 'ghost'
  const confirmer = trigger.kind === 'labeled' ? trigger.sender : recorder
  const confirmed = Boolean(declaredBy) || meets(await ctx.levels.of(confirmer), config.permissions.declare)
  const declared = declare(
    {
      recorder,
      severity: form.declaration.severity!,
      at: trigger.kind === 'declared-by' ? ctx.env.now().toISOString() : issue.created_at,
      confirmed,
      thankable: Boolean(reportTarget(form.declaration.reportLink, issue.html_url, ctx.env)),
      published: publishedOf(issue.title, form.declaration),
      codeRepository: form.declaration.relatedToCode ? (config.codeRepository ?? ctx.env.repo.fullName) : undefined
    },
    config
  )
  // The changes before it started are owed a read (once confirmed); incidents from before this had none.
  return config.suspects ? { ...declared, suspects: { items: [] } } : declared
}

/**
 * Edits of the title or the form. Until the incident is confirmed nothing is public, so the
 * published text follows the issue. After that, an edit is published only when whoever made
 * it may declare incidents; otherwise the card says it is held back.
 */
async function foldEdits(ctx: IncidentContext, state: IncidentState, level: (login: string) => Promise<Level>): Promise<IncidentState> {
  const current = publishedOf(ctx.issue.title, ctx.declaration)
  const published = state.published
  if (published && JSON.stringify(published) === JSON.stringify(current)) return state.unpublishedEdit ? { ...state, unpublishedEdit: undefined } : state
  if (!published || state.status === 'reported') return { ...state, published: current, unpublishedEdit: undefined }
  const titleChanged = published.title !== current.title
  const formChanged = (['summary', 'affected', 'started', 'thirdParty'] as const).some((k) => published[k] !== current[k])
  const editors = [titleChanged ? ctx.issue.titleEditor : undefined, formChanged ? ctx.issue.bodyEditor : undefined].filter((e): e is string => Boolean(e))
  for (const editor of editors) {
    if (!meets(await level(editor), ctx.env.config.permissions.declare)) return { ...state, unpublishedEdit: editor }
  }
  return { ...state, published: current, unpublishedEdit: undefined }
}

/** An update or note comment edited since it was handled: its Slack reply and P2 comment owe an edit. */
function noteEdit(state: IncidentState, comment: Comment, config: Config): IncidentState {
  const entry = state.timeline.find((e) => e.comment === comment.id)
  if (!entry || !entry.seen || entry.seen === comment.updated_at || (entry.kind !== 'update' && entry.kind !== 'note')) return state
  const parsed = parseCommand(comment.body, config)
  // "Other edited commands are not re-run": an edit that is no longer the same command is ignored.
  if (!parsed?.ok || parsed.command.name !== entry.kind) return markSeen(state, entry.id, comment.updated_at)
  return {
    ...state,
    timeline: state.timeline.map((e) =>
      e.id === entry.id ? { ...e, ...edited(e, parsed.command), seen: comment.updated_at, slackEdit: Boolean(e.slack) || undefined, p2Edit: Boolean(e.p2) || undefined } : e
    )
  }
}

/** An edited update's text; an edited note's text and time ("/note at 10:02 …" moves with its edit). */
function edited(entry: TimelineEntry, command: Command): Partial<TimelineEntry> {
  const text = 'text' in command ? command.text : ''
  if (entry.kind !== 'note') return { text: shorten(text) }
  const placed = placeNote(text, entry.written ?? entry.at)
  return { ...placed, text: shorten(placed.text) }
}

function markSeen(state: IncidentState, id: string, updatedAt: string | undefined): IncidentState {
  if (!updatedAt) return state
  return { ...state, timeline: state.timeline.map((e) => (e.id === id && (e.kind === 'update' || e.kind === 'note') ? { ...e, seen: updatedAt } : e)) }
}

/** Whether the incident issue should stay open: until reviewed, or resolved when no retrospective is required. */
export function wantsOpen(state: IncidentState, config: Config): boolean {
  if (state.status === 'reviewed' || state.status === 'reported') return false
  return !(state.status === 'resolved' && !severityOf(config, state.severity)?.retrospective)
}

function missingSteps(state: IncidentState, config: Config): string[] {
  const steps: string[] = []
  if (state.status !== 'resolved') steps.push('Resolve it: `/resolve how it was solved`.')
  if (severityOf(config, state.severity)?.retrospective) {
    steps.push(state.retro?.number ? `Hold the retrospective (#${state.retro.number}) and comment \`/reviewed\` there.` : 'Hold the retrospective (required for this severity): `/retro when`, then `/reviewed`.')
  }
  return steps
}

/** Who reacted 👍 or 🎉 on each open task's /task comment (one request, only while tasks are open). */
function taskApprovals(ctx: IncidentContext, state: IncidentState | undefined): Promise<Map<string, string[]>> | undefined {
  const nodes = (state?.tasks ?? []).filter((t) => !t.done && t.comment).map((t) => ctx.comments.find((c) => c.id === t.comment)?.node_id).filter((n): n is string => Boolean(n))
  if (!nodes.length) return undefined
  return ctx.env.repo.approvals(nodes).catch((error: Error) => {
    // Only a convenience: /done still works, and the next run looks again.
    core.warning(`#${ctx.issue.number}: could not read reactions on tasks: ${error.message}`)
    return new Map<string, string[]>()
  })
}

/** A task whose owner reacted 👍 or 🎉 on its /task comment is done. */
async function tickApproved(ctx: IncidentContext, state: IncidentState, approvals: ReturnType<typeof taskApprovals>): Promise<IncidentState> {
  const reacted = await approvals
  if (!reacted) return state
  for (const task of state.tasks ?? []) {
    const node = ctx.comments.find((c) => c.id === task.comment)?.node_id
    const by = node ? reacted.get(node) : undefined
    if (!task.done && by?.some((login) => login.toLowerCase() === task.owner.toLowerCase())) state = tickTask(state, task.n, task.owner, ctx.env.now().toISOString())
  }
  return state
}
