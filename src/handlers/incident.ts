// One run over one incident issue, whatever event started it: load the state from the
// card, declare the incident if it is new, catch up on every command and edit not yet
// handled, carry out the GitHub effects, deliver what Slack and WordPress are owed, and
// save the state once. Running it twice on the same issue changes nothing the second time.
import * as core from '@actions/core'
import { parseCommand, type Command, type CommandSpec } from '../domain/commands.js'
import { parseForm, type FormResult } from '../domain/form.js'
import { addEntry, applyCommand, commandForLabel, declare, desiredLabels, type CommandInput, type Effect } from '../domain/incident.js'
import { severityOf, type Config } from '../config/config.js'
import { meets } from '../domain/permissions.js'
import { decodeState, encodeState, shorten, stripState, withState, type IncidentState } from '../domain/state.js'
import { labelNames, type Comment, type Issue } from '../github/repo.js'
import { Safe } from '../render/escape.js'
import { commandLines } from '../render/view.js'
import { deliver, type FullTexts } from './deliver.js'
import { IncidentContext, githubIssueLink, type Env } from './context.js'
import { openFollowup, openRetro, setRetroWhen } from './retro.js'
import { syncProject } from './project-sync.js'
import { recurrence } from './recurrence.js'
import { labelFormIssue } from './setup.js'

export const CARD_MARKER = '<!-- incident-ops:card -->'
const PROBLEMS_MARKER = '<!-- incident-ops:form-problems -->'

/** What started the run, as far as the incident is concerned. */
export type Trigger =
  | { kind: 'opened' }
  | { kind: 'edited'; previousBody?: string }
  | { kind: 'labeled' | 'unlabeled'; label: string; sender: string }
  | { kind: 'comment'; comment?: number }
  | { kind: 'closed' | 'reopened' }
  /** Opened by the action itself (workflow_dispatch, a recurrence): declared as this person. */
  | { kind: 'declared-by'; login: string }
  /** A scheduled sweep catching up on a missed run or owed deliveries. */
  | { kind: 'sweep' }
  /** Something happened on the incident's retrospective issue (commands, or it was closed). */
  | { kind: 'retro'; retro: Issue; comments: Comment[]; closedAsCompleted: { by: string; at: string } | undefined }

export interface IncidentResult {
  number: number
  /** The issue as this run left it. */
  issue?: Issue
  outcome: 'not-an-incident' | 'invalid-form' | 'declared' | 'updated' | 'unchanged'
  state?: IncidentState
  failures: IncidentState['failures']
}

/** The action's own comments (and any comment carrying its markers) are never commands. */
const isBot = (c: Comment) => c.user?.type === 'Bot' || c.body.includes('<!-- incident-ops:')

export async function runIncident(env: Env, eventIssue: Issue, trigger: Trigger): Promise<IncidentResult> {
  const { repo, config } = env
  const result = (outcome: IncidentResult['outcome'], state?: IncidentState): IncidentResult => ({ number: eventIssue.number, outcome, state, failures: state?.failures ?? {} })
  if (eventIssue.pull_request) return result('not-an-incident')
  // [issue 10] The form filed where GitHub dropped its labels (a new repository): labelled here.
  if (!mayBeIncident(eventIssue, trigger, config)) {
    const labelled = await labelFormIssue(env, eventIssue, trigger.kind)
    if (!labelled) return result('not-an-incident')
    eventIssue = labelled
  }

  // Templates and the form load while the comments are fetched.
  const [comments, formYaml] = await Promise.all([repo.listComments(eventIssue.number), env.loadForm(), env.loadTemplates()])
  const card = comments.find((c) => c.user?.type === 'Bot' && c.body.includes(CARD_MARKER))
  // The payload is a snapshot from when the event happened. If the card was written since
  // (a queued run, a re-run), the body and labels may be stale: writing them back would undo
  // a person's edit, so read the issue again.
  const issue = card && card.updated_at >= eventIssue.updated_at ? await repo.getIssue(eventIssue.number) : eventIssue
  const labels = labelNames(issue)
  const form = parseForm(stripState(issue.body), formYaml, config)
  const ctx = new IncidentContext(env, issue, form.declaration)
  ctx.commentCount = comments.length

  // The card holds the state; the body mirrors it. Reminder bookkeeping is the sweep's and is
  // written to the mirror only, so it is carried over from there. A card that was deleted or
  // damaged (by a maintainer) is restored from the mirror; with neither, the incident is
  // rebuilt from its form and comments.
  const fromCard = card ? decodeState(card.body) : undefined
  const mirrored = decodeState(issue.body)
  const mirror = mirrored && 'state' in mirrored ? mirrored.state : undefined
  let loaded: IncidentState | undefined
  let replay = false
  if (fromCard && 'state' in fromCard) loaded = { ...fromCard.state, reminders: mirror?.reminders ?? fromCard.state.reminders }
  else if (card || mirrored) {
    const what = card ? `the incident card's state could not be read (${fromCard ? fromCard.error : 'no state block'})` : 'the incident card is gone'
    if (mirror) loaded = mirror
    else replay = true
    core.warning(`#${issue.number}: ${what}; ${mirror ? 'restoring it from the copy in the issue body' : 'rebuilding it from the issue and its comments'}.`)
  }

  // Unless a person edited the form itself, edits to the body (the mirrored state) are ours.
  if (loaded && trigger.kind === 'edited' && trigger.previousBody !== undefined && stripState(trigger.previousBody) === stripState(issue.body)) {
    return result('unchanged', (await save(env, ctx, card, loaded)).state)
  }

  const declaredNow = !loaded
  loaded ??= await declareFromForm(env, ctx, form, comments, labels, trigger, replay)
  if (!loaded) return result(form.problems.length ? 'invalid-form' : 'not-an-incident')
  let state: IncidentState = loaded
  const before = state

  // Labels added by hand stand for commands; removed ones come back from the state.
  const inputs: Array<{ input: CommandInput; fromLabel?: boolean }> = []
  if (trigger.kind === 'labeled' && !declaredNow) {
    const command: Command | undefined =
      trigger.label === config.labels.incident && state.status === 'reported' ? { name: 'confirm' } : commandForLabel(trigger.label, config)
    if (command) {
      inputs.push({
        fromLabel: true,
        input: { id: `label:${trigger.label}:${issue.updated_at}`, by: trigger.sender, at: issue.updated_at, level: await repo.level(trigger.sender), parsed: { ok: true, command } }
      })
    }
  }

  // Commands on the retrospective issue act on the incident (only on the retro it opened).
  if (trigger.kind === 'retro' && state.retro?.number === trigger.retro.number) {
    for (const c of [...trigger.comments].sort((a, b) => a.id - b.id)) {
      if (isBot(c) || !c.user || c.id <= (state.retro.handled ?? 0)) continue
      const parsed = parseCommand(c.body, config)
      if (parsed) inputs.push({ input: { id: `r${c.id}`, comment: c.id, by: c.user.login, at: c.created_at, level: 'none', parsed, replyOn: trigger.retro.number } })
    }
    const lastRetroComment = trigger.comments.reduce((max, c) => Math.max(max, c.id), state.retro.handled ?? 0)
    state = { ...state, retro: { ...state.retro, handled: lastRetroComment } }
    if (trigger.closedAsCompleted && state.status === 'resolved') {
      const { by, at } = trigger.closedAsCompleted
      inputs.push({ fromLabel: true, input: { id: `retro-closed:${trigger.retro.number}`, by, at, level: await repo.level(by), parsed: { ok: true, command: { name: 'reviewed' } } } })
    }
  }

  // Catch up on every command comment not yet handled, in order; note edits of updates and notes.
  const texts: FullTexts = new Map(comments.map((c) => [c.id, c.body]))
  for (const comment of [...comments].sort((a, b) => a.id - b.id)) {
    if (isBot(comment) || !comment.user) continue
    if (comment.id <= state.handled) {
      state = noteEdit(state, comment, env)
      continue
    }
    const parsed = parseCommand(comment.body, config)
    if (parsed) {
      inputs.push({ input: { id: `c${comment.id}`, comment: comment.id, by: comment.user.login, at: comment.created_at, level: 'none', parsed } })
    }
  }
  const effects: Effect[] = []
  for (const { input, fromLabel } of inputs) {
    if (input.comment) input.level = await repo.level(input.by)
    const outcome = applyCommand(state, { ...input, issueClosed: issue.state === 'closed' }, config)
    state = outcome.state
    if (input.comment) {
      state = { ...state, handled: Math.max(state.handled, input.comment) }
      state = markSeen(state, input.id, comments.find((c) => c.id === input.comment)?.updated_at)
    }
    // Replies to a label change would be noise (the label itself is corrected from the state);
    // a rebuild replays old commands without reacting or replying to them again.
    const quiet = replay && !(trigger.kind === 'comment' && trigger.comment === input.comment)
    effects.push(...outcome.effects.filter((e) => !(fromLabel && e.type === 'reply') && !(quiet && e.type !== 'assign')))
  }
  // Closed by hand before the last steps: reopened (in save) and told what is missing.
  if (trigger.kind === 'closed' && issue.state === 'closed' && wantsOpen(state, config)) {
    effects.push({ type: 'reply', template: 'closed-early', data: { missing: missingSteps(state, config).map((step) => new Safe(step)) } })
  }
  const lastComment = comments.filter((c) => !isBot(c)).reduce((max, c) => Math.max(max, c.id), 0)
  state = { ...state, handled: Math.max(state.handled, lastComment) }

  // GitHub first: reactions, replies, assignments, recurrences.
  for (const effect of effects) {
    try {
      state = await carryOut(env, ctx, state, effect, texts)
    } catch (error) {
      core.warning(`#${issue.number}: could not ${effect.type} on GitHub: ${(error as Error).message}`)
    }
  }

  // GitHub first: a new incident's card (and so its state) exists before anything goes outward.
  const first = declaredNow && !card ? await save(env, ctx, undefined, state, { cardOnly: true }) : undefined
  const delivered = await deliver(first?.state ?? state, ctx, texts)
  const saved = await save(env, ctx, first?.card ?? card, delivered)
  const changed = declaredNow || JSON.stringify(before) !== JSON.stringify(saved.state)
  return { ...result(declaredNow ? 'declared' : changed ? 'updated' : 'unchanged', saved.state), issue: ctx.issue }
}

/**
 * Whether an issue can be an incident at all, from the event alone: every issue and comment
 * in the repository starts a run, and most cost nothing this way.
 */
function mayBeIncident(issue: Issue, trigger: Trigger, config: Config): boolean {
  if (trigger.kind === 'declared-by' || trigger.kind === 'retro' || trigger.kind === 'sweep') return true
  const ours = new Set([config.labels.incident, ...Object.values(config.labels.status), ...config.severities.map((s) => s.label)])
  return labelNames(issue).some((l) => ours.has(l)) || decodeState(issue.body) !== undefined
}

/** A new incident from the form, or undefined when the issue is not (yet) one. */
async function declareFromForm(env: Env, ctx: IncidentContext, form: FormResult, comments: Comment[], labels: string[], trigger: Trigger, replay: boolean): Promise<IncidentState | undefined> {
  const { repo, config } = env
  const issue = ctx.issue
  const taggedIncident = labels.includes(config.labels.incident) || labels.includes(config.labels.status.reported)
  if (!taggedIncident && trigger.kind !== 'declared-by' && !replay) return undefined
  const problemsComment = comments.find((c) => c.user?.type === 'Bot' && c.body.includes(PROBLEMS_MARKER))
  if (form.problems.length) {
    const body = `${PROBLEMS_MARKER}\n${env.render('github/form-problems.md', {
      author: issue.user?.login ?? '',
      problems: form.problems,
      severities: config.severities.map((s) => ({ level: s.level, name: s.name, definition: s.definition }))
    })}`
    if (env.dryRun) core.info(`[dry-run] would ask #${issue.number}'s author to fix: ${form.problems.map((p) => `${p.field} ${p.problem}`).join(', ')}`)
    else if (!problemsComment) await repo.createComment(issue.number, body)
    else if (problemsComment.body !== body) await repo.updateComment(problemsComment.id, body)
    return undefined
  }
  if (problemsComment && !env.dryRun) await repo.deleteComment(issue.number, problemsComment.id)

  // Who declares: the filer, or the maintainer who labelled someone else's issue.
  const recorder = trigger.kind === 'declared-by' ? trigger.login : (issue.user?.login ?? 'ghost')
  const confirmer = trigger.kind === 'labeled' ? trigger.sender : recorder
  const confirmed = trigger.kind === 'declared-by' || meets(await repo.level(confirmer), config.permissions.declare)
  return declare(
    {
      recorder,
      severity: form.declaration.severity!,
      at: trigger.kind === 'declared-by' ? env.now().toISOString() : issue.created_at,
      confirmed,
      thankable: Boolean(githubIssueLink(form.declaration.reportLink, issue.html_url))
    },
    config
  )
}

/** An update or note comment edited since it was handled: its Slack reply and P2 comment owe an edit. */
function noteEdit(state: IncidentState, comment: Comment, env: Env): IncidentState {
  const entry = state.timeline.find((e) => e.comment === comment.id)
  if (!entry || !entry.seen || entry.seen === comment.updated_at || (entry.kind !== 'update' && entry.kind !== 'note')) return state
  const parsed = parseCommand(comment.body, env.config)
  // "Other edited commands are not re-run": an edit that is no longer the same command is ignored.
  if (!parsed?.ok || parsed.command.name !== entry.kind) return markSeen(state, entry.id, comment.updated_at)
  return {
    ...state,
    timeline: state.timeline.map((e) =>
      e.id === entry.id ? { ...e, text: shorten('text' in parsed.command ? parsed.command.text : ''), seen: comment.updated_at, slackEdit: Boolean(e.slack) || undefined, p2Edit: Boolean(e.p2) || undefined } : e
    )
  }
}

function markSeen(state: IncidentState, id: string, updatedAt: string | undefined): IncidentState {
  if (!updatedAt) return state
  return { ...state, timeline: state.timeline.map((e) => (e.id === id && (e.kind === 'update' || e.kind === 'note') ? { ...e, seen: updatedAt } : e)) }
}

async function carryOut(env: Env, ctx: IncidentContext, state: IncidentState, effect: Effect, texts: FullTexts): Promise<IncidentState> {
  const { repo } = env
  const number = ctx.issue.number
  if (env.dryRun) {
    core.info(`[dry-run] would ${effect.type} on #${number}: ${JSON.stringify(effect)}`)
    return state
  }
  switch (effect.type) {
    case 'react':
      await repo.react(effect.comment, effect.reaction)
      return state
    case 'reply': {
      // Reasons, details and usages are the action's own words (they may hold `code`): not user text.
      const own = (key: string) => (effect.data[key] ? new Safe(String(effect.data[key])) : undefined)
      const commands = effect.data.commands ? commandLines(effect.data.commands as CommandSpec[]) : undefined
      const data = { ...effect.data, reason: own('reason'), detail: own('detail'), usage: own('usage'), commands }
      await repo.createComment(effect.on ?? number, env.render(`github/${effect.template}.md`, data))
      return state
    }
    case 'open-retro': {
      if (state.retro?.number) return state
      const retro = await openRetro(env, ctx, state, texts)
      return { ...state, retro: { ...state.retro, number: retro } }
    }
    case 'followup': {
      const followup = await openFollowup(env, ctx, state, effect.by, effect.title)
      let next: IncidentState = { ...state, followups: [...(state.followups ?? []), { number: followup.number, title: shorten(effect.title, 120), node: followup.node_id }] }
      next = addEntry(next, { id: `followup:${followup.number}`, at: env.now().toISOString(), by: effect.by, kind: 'followup', issue: followup.number, text: shorten(effect.title, 120) })
      // Many follow-ups: the runbook suggests a project to track them.
      return env.config.project && next.followups!.length > env.config.project.threshold ? syncProject(env, next) : next
    }
    case 'project':
      return syncProject(env, state)
    case 'retro-when':
      if (state.retro?.number) await setRetroWhen(env, state.retro.number, effect.when)
      return state
    case 'assign': {
      const took = await repo.assign(number, effect.login, effect.previous)
      if (!took) {
        const reason = `@${effect.login} leads this incident, but GitHub did not assign the issue to them (people without write access cannot be assigned).`
        await repo.createComment(number, env.render('github/refused.md', { by: effect.login, command: 'lead', reason: new Safe(reason) }))
      }
      return state
    }
    case 'recurrence': {
      await recurrence(env, ctx, state, effect.by, effect.text)
      return state
    }
  }
}

type CardRef = Pick<Comment, 'id' | 'body'>

/** Writes the card and the issue (labels, mirrored state, open or closed) where they differ from the state. */
async function save(env: Env, ctx: IncidentContext, card: CardRef | undefined, state: IncidentState, { cardOnly = false } = {}): Promise<{ state: IncidentState; card?: CardRef }> {
  const { repo, config } = env
  const issue = ctx.issue
  const render = (s: IncidentState) => `${CARD_MARKER}\n${env.render('github/card.md', ctx.view(s))}\n\n${encodeState(s)}`
  if (env.dryRun) {
    core.info(`[dry-run] #${issue.number} would be saved as ${state.status}, severity ${state.severity}; labels: ${desiredLabels(state, labelNames(issue), config).join(', ')}`)
    return { state, card }
  }
  // How many comments the issue has once this save is done: a sweep that sees more knows a run was missed.
  state = { ...state, card: card?.id ?? state.card, comments: ctx.commentCount + repo.commentsAdded(issue.number) + (card ? 0 : 1) }
  const cardBody = render(state)
  if (!card) {
    const created = await repo.createComment(issue.number, cardBody)
    state = { ...state, card: created.id }
    card = { id: created.id, body: cardBody }
  } else if (card.body !== cardBody) {
    await repo.updateComment(card.id, cardBody)
    card = { id: card.id, body: cardBody }
  }
  if (cardOnly) return { state, card }
  const current = labelNames(ctx.issue)
  const wantedLabels = desiredLabels(state, current, config)
  const labelsChanged = wantedLabels.length !== current.length || wantedLabels.some((l) => !current.includes(l))
  // GitHub refuses bodies over 65,536 characters: a form that long keeps no mirror (the sweep
  // then reads this incident's card instead).
  const withMirror = withState(ctx.issue.body, state)
  if (withMirror.length > 65_536) core.warning(`#${issue.number}: the issue body is too long to mirror the state in; sweeps read the card instead.`)
  const mirror = withMirror.length > 65_536 ? (ctx.issue.body ?? '') : withMirror
  const reopen = ctx.issue.state === 'closed' && wantsOpen(state, config)
  const close = ctx.issue.state === 'open' && state.status === 'reviewed'
  if (labelsChanged || mirror !== ctx.issue.body || reopen || close) {
    const updated = await repo.updateIssue(issue.number, {
      ...(labelsChanged ? { labels: wantedLabels } : {}),
      ...(mirror !== ctx.issue.body ? { body: mirror } : {}),
      ...(reopen ? { state: 'open' as const } : {}),
      ...(close ? { state: 'closed' as const, state_reason: 'completed' as const } : {})
    })
    ctx.issue = { ...ctx.issue, body: updated.body, labels: updated.labels, state: updated.state }
  }
  return { state, card }
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
