// One run over one incident issue, whatever event started it, as a short pipeline:
//   load (issue, comments, trusted state) → fold (new events into the state) →
//   acknowledge (reactions, replies on GitHub) → deliver (what is owed elsewhere, exactly once) →
//   save (card, labels, open or closed).
// Runs for one incident are serialised by the workflow's concurrency group: this is the only
// writer of an incident's state. Running it twice on the same issue changes nothing the second time.
import * as core from '@actions/core'
import { parseForm, prepareForm } from '../domain/form.js'
import type { Config } from '../config/config.js'
import { commandForLabel, desiredLabels } from '../domain/incident.js'
import { encodeState, stripState, type IncidentState } from '../domain/state.js'
import type { LateReminder } from '../domain/sweep-watch.js'
import { labelNames, writtenBy, type Issue } from '../github/repo.js'
import { labelFormIssue } from './form-labels.js'
import { acknowledge } from './acknowledge.js'
import { allSettled } from './concurrency.js'
import { renderCard, writeCard } from './card.js'
import { enabledDestinations, IncidentContext, type Env } from './context.js'
import { deliver, type Delivered } from './deliver.js'
import { answerInSlack, foldThread, readThread, type ThreadRead } from './thread.js'
import { opName, owedSyncs } from '../domain/sync.js'
import { fold, wantsOpen } from './fold.js'
import { applyFollowupCheck, checksFollowups, startFollowupCheck } from './followup-check.js'
import { Levels } from './levels.js'
import { load, type Loaded, type Trigger } from './load.js'
import { PROBLEMS_MARKER } from './markers.js'

export type { Trigger }

export interface IncidentResult {
  number: number
  /** The issue as this run left it. */
  issue?: Issue
  outcome: 'not-an-incident' | 'invalid-form' | 'declared' | 'updated' | 'unchanged'
  state?: IncidentState
  failures: IncidentState['failures']
  /** Incidents this run opened (recurrences), to be declared next. */
  opened: Array<{ number: number; by: string }>
  /** A reminder this run found long overdue: the sweep seems to have stopped. */
  late?: LateReminder
}

export async function runIncident(env: Env, eventIssue: Pick<Issue, 'number' | 'labels' | 'pull_request'> & Partial<Issue>, trigger: Trigger): Promise<IncidentResult> {
  const result = (outcome: IncidentResult['outcome'], state?: IncidentState, opened: IncidentResult['opened'] = []): IncidentResult => ({ number: eventIssue.number, outcome, state, failures: state?.failures ?? {}, opened })
  if (eventIssue.pull_request) return result('not-an-incident')
  // The form filed where GitHub dropped its labels (a new repository): labelled here first.
  if (!mayBeIncident(env, eventIssue, trigger) && !(await labelFormIssue(env, eventIssue as Issue, trigger.kind))) return result('not-an-incident')

  // Templates and the form load while the issue is read, and so does the level of whoever acted.
  const levels = new Levels(env.repo)
  levels.ahead(actor(eventIssue, trigger, env.config))
  const formText = env.loadForm()
  // A new incident's form YAML is read once the requests are out, while their answers are
  // awaited; a known incident's card has the form's fields already.
  const formAhead = isKnown(env, eventIssue, trigger) ? undefined : formText.then(async (yaml) => (await new Promise((resolve) => setImmediate(resolve)), prepareForm(yaml)))
  const [loaded, formYaml] = await Promise.all([load(env, eventIssue.number, trigger), formText, env.loadTemplates()])
  if (!loaded) return result('not-an-incident')
  const known = loaded.state?.form
  const preparedForm = formAhead && !known ? await formAhead : prepareForm(formYaml, known)
  const form = parseForm(stripState(loaded.issue.body), preparedForm.template, env.config)
  const ctx = new IncidentContext(env, loaded.issue, form.declaration, loaded.self, loaded.comments, levels)
  if (loaded.state) ctx.noteLateReminders(loaded.state)

  // A run started for the incident reads its open follow-ups (closed? overdue?) while it folds.
  const followupCheck = checksFollowups(loaded.state, trigger.kind === 'dispatch') ? startFollowupCheck(env, loaded.state!) : undefined
  const folded = await fold(ctx, loaded, form, trigger)
  if (folded && followupCheck) folded.state = applyFollowupCheck(folded.state, await followupCheck, env.now().getTime())
  if (folded && folded.state.form?.hash !== preparedForm.known?.hash) folded.state = { ...folded.state, form: preparedForm.known }
  // A rebuilt or repaired card cannot tell whether a Make post was made: it is looked for, at any severity (deliver.ts).
  if (folded && loaded.uncertain === 'all' && !folded.state.make?.id && !folded.state.pending?.includes('make:post')) folded.state = { ...folded.state, pending: [...(folded.state.pending ?? []), 'make:post'] }
  if (!folded) {
    if (!form.problems.length || loaded.state) return result('not-an-incident')
    await askToFixForm(ctx, loaded, form.problems)
    return result('invalid-form')
  }

  // GitHub first: the card (and with it the state) exists, naming what is about to be tried,
  // before anything goes outward. The answers on GitHub (reactions, replies) go meanwhile:
  // each carries its key, so none needs the card saved first.
  let card = loaded.card
  const saveCard = async (state: IncidentState): Promise<IncidentState> => {
    if (env.dryRun) return state
    const rendered = renderCard({ ...state, card: card?.id, comments: ctx.commentCount() + (card ? 0 : 1) }, ctx.view(state), (view) => env.render('github/card.md', view))
    card = await writeCard(env.repo, ctx.issue.number, card, rendered.body)
    return { ...rendered.state, card: card.id }
  }
  // The Slack thread is read while GitHub's events are acknowledged and delivered; what people
  // wrote there is folded in after, and only what it newly owes is delivered in a second pass.
  const thread = readThread(env, loaded.state)
  const [delivered] = await allSettled([
    deliver(ctx, folded.state, loaded.uncertain, saveCard),
    clearFormProblems(ctx, loaded),
    acknowledge(ctx, folded.effects, loaded.retro && { number: loaded.retro.issue.number, comments: loaded.retro.comments })
  ])
  // A rebuilt card knew no alert when the run began: its thread is read once the alert is found again.
  const read = (await thread) ?? (loaded.rebuild ? await readThread(env, delivered.state) : undefined)
  const fromThread = await importThread(ctx, delivered, read, saveCard, loaded.rebuild)
  const state = await save(ctx, fromThread.state, saveCard)
  const changed = folded.declaredNow || !loaded.state || encodeState(loaded.state) !== encodeState(state)
  const outcome = folded.declaredNow ? 'declared' : changed ? 'updated' : 'unchanged'
  return { ...result(outcome, state, [...delivered.opened, ...fromThread.opened]), issue: ctx.issue, late: ctx.late }
}

/**
 * The thread's news folded into the state: commands from Slack acknowledged there (and on
 * GitHub: assignments), and what they newly owe (a P2 comment for an !update, an alert edit…)
 * delivered now. A destination that failed in the first pass is not tried again.
 */
async function importThread(ctx: IncidentContext, delivered: Delivered, read: ThreadRead | undefined, saveCard: (s: IncidentState) => Promise<IncidentState>, rebuild: boolean): Promise<Delivered> {
  if (!read) return { ...delivered, opened: [] }
  const folded = await foldThread(ctx, delivered.state, read, rebuild)
  if (folded.state === delivered.state) return { ...delivered, opened: [] }
  const enabled = enabledDestinations(ctx.env)
  const failed = new Set(Object.keys(delivered.state.failures))
  const before = new Set(owedSyncs(delivered.state, ctx.env.config, enabled).map(opName))
  const owesNew = owedSyncs(folded.state, ctx.env.config, enabled).some((op) => !before.has(opName(op)) && !failed.has(op.dest))
  const [again] = await allSettled([
    // After a rebuild, what the thread's commands owe may have been delivered before: looked for first.
    owesNew ? deliver(ctx, folded.state, rebuild ? 'all' : new Set(folded.state.pending ?? []), saveCard) : Promise.resolve({ state: folded.state, opened: [] }),
    answerInSlack(ctx, folded, read),
    folded.effects.length ? acknowledge(ctx, folded.effects) : undefined
  ])
  // Failures of the first pass stand unless this pass delivered to that destination.
  const firstFailed = failed.size ? { failedRuns: delivered.state.failedRuns, failedAt: delivered.state.failedAt } : {}
  return { state: { ...again.state, failures: { ...delivered.state.failures, ...again.state.failures }, ...firstFailed }, opened: again.opened }
}

/**
 * Whether an issue can be an incident at all, from the event alone: every issue and comment
 * in the repository starts a run, and most cost nothing this way.
 */
function mayBeIncident(env: Env, issue: Pick<Issue, 'labels'>, trigger: Trigger): boolean {
  if (trigger.kind === 'declared-by' || trigger.kind === 'dispatch') return true
  const { labels, severities } = env.config
  const ours = new Set([labels.incident, ...Object.values(labels.status), ...severities.map((s) => s.label)])
  return labelNames(issue).some((l) => ours.has(l))
}

/** Whether the event's issue is already an incident (it has a status label only the action sets): its card knows the form. */
function isKnown(env: Env, issue: Pick<Issue, 'labels'>, trigger: Trigger): boolean {
  if (trigger.kind === 'dispatch') return true
  const status = new Set(Object.values(env.config.labels.status))
  return labelNames(issue).some((l) => status.has(l))
}

/** Writes the card and the issue (labels, open or closed) where they differ from the state. */
async function save(ctx: IncidentContext, state: IncidentState, saveCard: (s: IncidentState) => Promise<IncidentState>): Promise<IncidentState> {
  const { env } = ctx
  const { repo, config } = env
  const issue = ctx.issue
  if (env.dryRun) {
    core.info(`[dry-run] #${issue.number} would be saved as ${state.status}, severity ${state.severity}; labels: ${desiredLabels(state, labelNames(issue), config).join(', ')}`)
    return state
  }
  const current = labelNames(issue)
  const wanted = desiredLabels(state, current, config)
  const labelsChanged = wanted.length !== current.length || wanted.some((l) => !current.includes(l))
  const reopen = issue.state === 'closed' && wantsOpen(state, config)
  const close = issue.state === 'open' && state.status === 'reviewed'
  // The card and the issue are written side by side: the labels follow from the state alone.
  const [saved] = await allSettled([
    saveCard(state),
    (labelsChanged || reopen || close) &&
      repo
        .updateIssue(issue.number, {
          ...(labelsChanged ? { labels: wanted } : {}),
          ...(reopen ? { state: 'open' as const } : {}),
          ...(close ? { state: 'closed' as const, state_reason: 'completed' as const } : {})
        })
        .then((updated) => (ctx.issue = { ...issue, labels: updated.labels, state: updated.state }))
  ])
  return saved
}

/** Whose permission the run will ask first, known from the event: the filer, the labeller, the commenter. */
function actor(issue: Partial<Issue>, trigger: Trigger, config: Config): string | undefined {
  if (trigger.kind === 'comment') return trigger.author
  if (trigger.kind === 'labeled') return !trigger.sender.endsWith('[bot]') && (trigger.label === config.labels.incident || commandForLabel(trigger.label, config)) ? trigger.sender : undefined
  if (trigger.kind === 'opened' && issue.user?.type !== 'Bot') return issue.user?.login
  return undefined
}

/** The filer is told what to fix in the form, in one comment kept up to date. */
async function askToFixForm(ctx: IncidentContext, loaded: Loaded, problems: ReturnType<typeof parseForm>['problems']): Promise<void> {
  const { env } = ctx
  const tagged = labelNames(loaded.issue).includes(env.config.labels.incident) || labelNames(loaded.issue).includes(env.config.labels.status.reported)
  if (!tagged) return
  const body = `${PROBLEMS_MARKER}\n${env.render('github/form-problems.md', {
    author: loaded.issue.user?.login ?? '',
    problems,
    severities: env.config.severities.map((s) => ({ level: s.level, name: s.name, definition: s.definition }))
  })}`
  const existing = loaded.comments.find((c) => writtenBy(loaded.self, c) && c.body.startsWith(PROBLEMS_MARKER))
  if (env.dryRun) core.info(`[dry-run] would ask #${loaded.issue.number}'s author to fix: ${problems.map((p) => `${p.field} ${p.problem}`).join(', ')}`)
  else if (!existing) await env.repo.createComment(loaded.issue.number, body)
  else if (existing.body !== body) await env.repo.updateComment(existing.id, body)
}

async function clearFormProblems(ctx: IncidentContext, loaded: Loaded): Promise<void> {
  const existing = loaded.comments.find((c) => writtenBy(loaded.self, c) && c.body.startsWith(PROBLEMS_MARKER))
  if (existing && !ctx.env.dryRun) await ctx.env.repo.deleteComment(loaded.issue.number, existing.id)
}
