// Step 4 of an incident run: carry out what the incident owes outside its card (domain/sync.ts),
// recording each result in the state. Operations run side by side unless one waits for another
// (sync.ts's waitsFor: the alert before its thread, both links before the P2 post, GitHub one at
// a time); each returns an update that is applied to the state as it is when it finishes.
//
// Exactly once: before the first operation that creates something, the card is saved with
// the names of the creations about to be tried (`pending`). A run killed after a delivery, or
// whose final save failed, leaves them there; the next run treats each as uncertain and looks
// for it at its destination by the key the delivery wrote there (Slack message metadata, the
// P2/Make post slug, a key inside the WordPress comment, a marker in the GitHub comment or
// issue) before making it again. A destination that fails is left for the next run.
import * as core from '@actions/core'
import { commandText } from '../domain/metrics.js'
import { addEntry } from '../domain/incident.js'
import { alertKey, creates, makeKey, makeWanted, opName, owedSyncs, p2Key, retroFollowupsKey, waitsFor, type Destination, type SyncOp } from '../domain/sync.js'
import type { IncidentState, ReminderKind, TimelineEntry } from '../domain/state.js'
import { formatDuration } from '../domain/time.js'
import { severityOf, STATUSES, type Config } from '../config/config.js'
import { describeSlackError } from '../slack/slack.js'
import { WordPressError, type WordPressClient } from '../wordpress/wordpress.js'
import { asReady, quietly, type Task } from './concurrency.js'
import { enabledDestinations, type IncidentContext } from './context.js'
import { followupMarker, recurrenceMarker, reminderMarker, retroMarker, thanksMarker } from './markers.js'
import { openCodeIssue } from './code-issue.js'
import { openFollowup, openRecurrence, openRetro } from './opened-issues.js'
import { syncProject } from './project-sync.js'
import { openRevert, readSuspects } from './changes.js'
import { nudgeOwner, showFollowupsInRetro } from './followup-check.js'
import { reportTarget, type ReportTarget } from './report-link.js'
import { PagerError } from '../paging/pager.js'
import { pagingOp } from './paging.js'

/** The commands' full texts, by comment id: deliveries use them rather than the short form in the state. */
export type FullTexts = Map<number, string>

/** How much of one text goes to Slack or a WordPress comment; the rest is behind a link to the comment. */
const SLACK_TEXT = 3_000
const WORDPRESS_TEXT = 6_000

export interface Delivered {
  state: IncidentState
  /** Incidents opened for recurrences, to declare in this run. */
  opened: Array<{ number: number; by: string }>
}

/** What a delivery changes in the state, applied to the state as it is when the delivery is done. */
export type Update = (state: IncidentState) => IncidentState

/** Tag ids by name per WordPress site, being looked up while the card is saved. */
type TagLookups = Partial<Record<'p2' | 'make', Promise<Record<string, number>>>>

/** Requests in flight at once per destination (GitHub's deliveries go one at a time: waitsFor). */
const PER_DESTINATION = 3

export async function deliver(ctx: IncidentContext, state: IncidentState, uncertain: Set<string> | 'all', saveAhead: (state: IncidentState) => Promise<IncidentState>): Promise<Delivered> {
  const { env } = ctx
  const enabled = enabledDestinations(env)
  const texts: FullTexts = new Map(ctx.comments.map((c) => [c.id, c.body]))
  const done: string[] = []
  const failed: Partial<Record<Destination, string>> = {}
  // Each creation is tried once a run; an edit again only if what it shows changed since.
  const attempted = new Set<string>()
  const tries = new Map<string, number>()
  const inFlight = new Map<Destination, number>()
  const opened: Delivered['opened'] = []
  const owed = () => owedSyncs(state, env.config, enabled)

  const creations = owed().filter(creates).map(opName)
  if (env.dryRun) {
    for (const op of owed()) core.info(`[dry-run] would deliver ${opName(op)}`)
    return { state, opened }
  }
  const tags = lookUpTags(ctx, state, owed())
  // The alert's link is built from the workspace's address, read while the card is saved.
  if (owed().some((op) => op.op === 'alert')) env.slack?.prepareLinks()
  if (creations.length) state = await saveAhead({ ...state, pending: creations })

  const attempt = async (op: SyncOp): Promise<void> => {
    const name = opName(op)
    attempted.add(name)
    tries.set(name, (tries.get(name) ?? 0) + 1)
    inFlight.set(op.dest, (inFlight.get(op.dest) ?? 0) + 1)
    try {
      const update = await perform(op, state, ctx, texts, uncertain === 'all' || uncertain.has(name) ? 'look-first' : 'create', tags)
      state = update(state)
      if (op.op === 'recurrence') {
        const made = state.recurrences!.find((r) => r.key === op.key)!
        opened.push({ number: made.number!, by: made.by })
      }
      done.push(name)
    } catch (error) {
      const message = describe(op.dest, error)
      failed[op.dest] = message
      core.warning(`#${ctx.issue.number}: ${name} failed: ${message}. It is retried on the next run.`)
    } finally {
      inFlight.set(op.dest, inFlight.get(op.dest)! - 1)
    }
  }
  await asReady((running) => {
    // What is owed and still to be tried, or under way: an op waits for any earlier one it depends on.
    const live = owed().filter((op) => running.has(opName(op)) || (!failed[op.dest] && (tries.get(opName(op)) ?? 0) < (creates(op) ? 1 : 2)))
    const busy = new Map(inFlight)
    const start: Task[] = []
    for (const [i, op] of live.entries()) {
      const name = opName(op)
      if (running.has(name) || (busy.get(op.dest) ?? 0) >= PER_DESTINATION || live.slice(0, i).some((earlier) => waitsFor(op, earlier))) continue
      busy.set(op.dest, (busy.get(op.dest) ?? 0) + 1)
      start.push({ name, run: () => attempt(op) })
    }
    return start
  })
  // Creations tried (or left uncertain by an earlier run) and not recorded stay uncertain for the next run.
  const owedNow = new Set(owed().filter(creates).map(opName))
  const pending = [...new Set([...(uncertain === 'all' ? creations : uncertain), ...attempted])].filter((n) => owedNow.has(n))
  const failures = { ...state.failures }
  for (const dest of ['slack', 'p2', 'make', 'github', 'pagerduty', 'opsgenie'] as const) {
    if (failed[dest]) failures[dest] = failed[dest]
    else delete failures[dest]
  }
  if (done.length) core.info(`#${ctx.issue.number}: delivered ${done.join(', ')}`)
  // Failing runs in a row, so that the sweep waits longer between retries of a destination that stays down.
  const failing = Object.keys(failed).length ? { failedRuns: (state.failedRuns ?? 0) + 1, failedAt: env.now().toISOString() } : { failedRuns: undefined, failedAt: undefined }
  return { state: { ...state, failures, pending: pending.length ? pending : undefined, ...failing }, opened }
}

function describe(dest: Destination, error: unknown): string {
  if (dest === 'slack') return describeSlackError(error)
  if (error instanceof PagerError) return error.message
  if (error instanceof WordPressError) return `${dest === 'p2' ? 'P2' : 'Make'} ${error.message}`
  const status = (error as { status?: number }).status
  return status ? `GitHub answered HTTP ${status}` : (error as Error).message
}

function entryOf(state: IncidentState, id: string): TimelineEntry {
  const entry = state.timeline.find((e) => e.id === id)
  if (!entry) throw new Error(`timeline entry ${id} is missing`)
  return entry
}

function withEntry(state: IncidentState, id: string, change: Partial<TimelineEntry>): IncidentState {
  return { ...state, timeline: state.timeline.map((e) => (e.id === id ? { ...e, ...change } : e)) }
}

/** A text cut to a size, with a link to where it is whole. */
function excerpt(text: string, max: number, url: string | undefined): string {
  if (text.length <= max) return text
  return `${text.slice(0, max)}…\n(cut here: the full text is ${url ? `at ${url}` : 'on the GitHub issue'})`
}

export type Mode = 'create' | 'look-first'

async function perform(op: SyncOp, state: IncidentState, ctx: IncidentContext, texts: FullTexts, mode: Mode, tags: TagLookups): Promise<Update> {
  switch (op.dest) {
    case 'slack':
      return slackOp(op, state, ctx, texts, mode)
    case 'p2':
    case 'make':
      return wordpressOp(op, state, ctx, texts, mode, tags)
    case 'github':
      return githubOp(op, state, ctx, texts, mode)
    case 'pagerduty':
    case 'opsgenie':
      return pagingOp(op, state, ctx)
  }
}

async function slackOp(op: Extract<SyncOp, { dest: 'slack' }>, state: IncidentState, ctx: IncidentContext, texts: FullTexts, mode: Mode): Promise<Update> {
  const { env } = ctx
  const slack = env.slack!
  const slackState = state.slack ?? { channel: slack.channel }
  const withSlack = (change: Partial<NonNullable<IncidentState['slack']>>): Update => (s) => ({ ...s, slack: { ...(s.slack ?? { channel: slack.channel }), ...change } })
  const view = ctx.view(state)
  // A reminder's key names what it reminds of: the next one of its kind is another message.
  const key = `${env.repo.fullName}#${ctx.issue.number}:${opName(op)}${op.op === 'reminder' ? `:${state.reminders![op.kind]!.anchor}` : ''}`
  // An uncertain message is looked for in the channel (or thread) before it is posted again; if
  // Slack cannot be asked, it stays uncertain rather than risk posting it twice.
  const post = async (text: string, where: { threadTs: string } | { oldest: string }, broadcast = false) => {
    if (mode === 'look-first') {
      const found = await slack.findByKey(key, where)
      if (found) return found
    }
    return slack.post({ text, key, threadTs: 'threadTs' in where ? where.threadTs : undefined, broadcast })
  }
  const since = { oldest: String(Math.floor(Date.parse(state.times.reported ?? ctx.issue.created_at) / 1000) - 60) }
  switch (op.op) {
    case 'notice':
      return withSlack({ notice: await post(env.render('slack/notice.slack', view), since) })
    case 'alert': {
      const ts = await post(env.render('slack/alert.slack', view), since)
      const link = await slack.permalink(ts).catch(() => undefined)
      const team = await slack.team()
      return withSlack({ ts, link, synced: alertKey(state), ...(team ? { team } : {}) })
    }
    case 'alert-edit':
      await slack.update(slackState.ts!, env.render('slack/alert.slack', view))
      return withSlack({ synced: alertKey(state) })
    case 'pin':
    case 'unpin':
      await slack.pin(slackState.ts!, op.op === 'pin')
      return withSlack({ pinned: op.op === 'pin' })
    case 'reply':
    case 'reply-edit': {
      const entry = entryOf(state, op.entry)
      const url = entry.comment ? `${ctx.issue.html_url}#issuecomment-${entry.comment}` : undefined
      const text = env.render('slack/reply.slack', { ...view, entry: view.timeline.find((e) => e.id === entry.id), text: excerpt(commandText(entry, texts, env.config), SLACK_TEXT, url) })
      if (op.op === 'reply') {
        const ts = await post(text, { threadTs: slackState.ts! })
        return (s) => withEntry(s, entry.id, { slack: ts })
      }
      await slack.update(entry.slack!, text)
      return (s) => withEntry(s, entry.id, { slackEdit: undefined })
    }
    case 'tasks': {
      const open = view.tasks.filter((t) => !t.done)
      const ts = open.length ? await post(env.render('slack/tasks.slack', { ...view, openTasks: open }), { threadTs: slackState.ts! }) : ''
      return withSlack({ tasks: ts })
    }
    case 'reminder': {
      const sent = state.reminders![op.kind]!
      const text = env.render('slack/reminder.slack', { ...view, reminder: reminderView(op.kind, sent.to ?? [], state, ctx) })
      const ts = await post(text, { threadTs: slackState.ts! }, op.kind === 'escalate')
      return (s) => ({ ...s, reminders: { ...s.reminders, [op.kind]: { ...s.reminders![op.kind]!, slack: ts } } })
    }
  }
}

async function wordpressOp(op: Extract<SyncOp, { dest: 'p2' | 'make' }>, state: IncidentState, ctx: IncidentContext, texts: FullTexts, mode: Mode, tags: TagLookups): Promise<Update> {
  const { env } = ctx
  const wp = (op.dest === 'p2' ? env.p2 : env.make)!
  if (op.op === 'post' || op.op === 'post-edit') return writePost(op.dest, wp, state, ctx, mode, tags[op.dest])
  if (!('entry' in op)) return (s) => s
  const entry = entryOf(state, op.entry)
  const view = ctx.view(state)
  const url = entry.comment ? `${ctx.issue.html_url}#issuecomment-${entry.comment}` : undefined
  const paragraphs = excerpt(commandText(entry, texts, env.config), WORDPRESS_TEXT, url).split(/\n+/).map((l) => l.trim()).filter(Boolean)
  const content = env.render('p2/comment.html', { ...view, entry: view.timeline.find((e) => e.id === entry.id), paragraphs })
  const key = `${env.repo.fullName}#${ctx.issue.number}:${entry.id}`
  if (op.op === 'comment') {
    const found = mode === 'look-first' ? await wp.findComment(state.p2!.id!, key) : undefined
    const id = found ?? (await wp.createComment(state.p2!.id!, content, key))
    return (s) => withEntry(s, entry.id, { p2: id })
  }
  await wp.updateComment(entry.p2!, content, key)
  return (s) => withEntry(s, entry.id, { p2Edit: undefined })
}

/** The names of a post's tags: P2's say its status and severity. */
function tagNames(dest: 'p2' | 'make', state: IncidentState, config: Config): string[] {
  return dest === 'p2' ? [`status-${state.status}`, `severity-${state.severity}`, 'incident', ...config.wordpress.p2Tags] : [...config.wordpress.makeTags]
}

/**
 * The tag ids the posts about to be written need and the state does not hold yet (IncidentState.tags),
 * looked up (and made) while the card is saved. P2's lookup asks for every status and severity
 * tag too, so that the edits after a later status change find theirs in the state.
 */
function lookUpTags(ctx: IncidentContext, state: IncidentState, owed: SyncOp[]): TagLookups {
  const lookups: TagLookups = {}
  for (const dest of ['p2', 'make'] as const) {
    const wp = dest === 'p2' ? ctx.env.p2 : ctx.env.make
    if (!wp || !owed.some((o) => o.dest === dest && (o.op === 'post' || o.op === 'post-edit'))) continue
    // A Make post that is only looked for gets its tags when it is found (writePost).
    if (dest === 'make' && !state.make?.id && !makeWanted(state, ctx.env.config)) continue
    const known = state.tags?.[dest] ?? {}
    const missing = tagNames(dest, state, ctx.env.config).filter((name) => known[name] === undefined)
    if (!missing.length) continue
    // A P2 post is written from the confirmation on: never with status-reported.
    const later = dest === 'p2' ? [...STATUSES.filter((s) => s !== 'reported').map((s) => `status-${s}`), ...ctx.env.config.severities.map((s) => `severity-${s.level}`)].filter((name) => known[name] === undefined) : []
    lookups[dest] = quietly(wp.tagIds(missing, later))
  }
  return lookups
}

/** The incident's post: created once (its slug is its key, so one a killed run made is found), then edited. */
async function writePost(dest: 'p2' | 'make', wp: WordPressClient, state: IncidentState, ctx: IncidentContext, mode: Mode, lookup?: Promise<Record<string, number>>): Promise<Update> {
  const { env } = ctx
  const ref = state[dest]
  const slug = `incident-${env.repo.owner}-${env.repo.repo}-${ctx.issue.number}`.toLowerCase()
  // A Make post no longer wanted (the incident was lowered meanwhile) is only looked for: one a
  // killed run made is kept in step from now on; none is made now.
  const lookOnly = dest === 'make' && !ref?.id && !makeWanted(state, env.config)
  const existing = !ref?.id && (mode === 'look-first' || lookOnly) ? await wp.findPostBySlug(slug) : undefined
  if (lookOnly && !existing) return (s) => ({ ...s, pending: s.pending?.filter((name) => name !== 'make:post') })
  const view = ctx.view(state)
  const names = tagNames(dest, state, env.config)
  const known = { ...state.tags?.[dest], ...(await lookup) }
  // A tag not looked up ahead (the post became owed during this run) is looked up now.
  const missing = names.filter((name) => known[name] === undefined)
  if (missing.length) Object.assign(known, await wp.tagIds(missing))
  const post = { title: env.render(`${dest}/title.html`, view), content: env.render(`${dest}/post.html`, view), tags: [...new Set(names.map((name) => known[name]))] }
  const key = dest === 'p2' ? p2Key(state) : makeKey(state, env.config)
  const keep = (s: IncidentState): IncidentState => ({ ...s, tags: { ...s.tags, [dest]: { ...s.tags?.[dest], ...known } } })
  if (ref?.id) {
    await wp.updatePost(ref.id, post)
    return (s) => keep({ ...s, [dest]: { ...s[dest], synced: key } })
  }
  const written = existing ? await wp.updatePost(existing.id, post) : await wp.createPost({ ...post, slug })
  return (s) => keep({ ...s, [dest]: { id: written.id, url: written.link, synced: key } })
}

async function githubOp(op: Extract<SyncOp, { dest: 'github' }>, state: IncidentState, ctx: IncidentContext, texts: FullTexts, mode: Mode): Promise<Update> {
  const { env } = ctx
  const { repo, config } = env
  const number = ctx.issue.number
  switch (op.op) {
    case 'retro': {
      const existing = mode === 'look-first' ? await repo.findOwnIssue(ctx.self, config.labels.retro, retroMarker(number)) : undefined
      const retro = await openRetro(ctx, state, texts, existing)
      return (s) => ({ ...s, retroOwed: undefined, retro: { ...s.retro, number: retro, followups: retroFollowupsKey(state) } })
    }
    case 'followup': {
      const owed = state.followupsOwed!.find((f) => f.key === op.key)!
      const existing = mode === 'look-first' ? await repo.findOwnIssue(ctx.self, config.labels.followup, followupMarker(number, op.key)) : undefined
      const issue = existing ?? (await openFollowup(ctx, state, owed))
      const at = env.now().toISOString()
      return (s) => {
        let next: IncidentState = {
          ...s,
          followupsOwed: s.followupsOwed?.filter((f) => f.key !== op.key),
          followups: [...(s.followups ?? []), { number: issue.number, title: owed.title.slice(0, 120), node: (issue as { node_id?: string }).node_id, key: op.key, ...(owed.owner ? { owner: owed.owner } : {}), ...(owed.due ? { due: owed.due } : {}) }]
        }
        if (!next.followupsOwed?.length) delete next.followupsOwed
        next = addEntry(next, { id: `followup:${issue.number}`, at, by: owed.by, kind: 'followup', issue: issue.number, text: owed.title.slice(0, 120) })
        // Many follow-ups: the runbook suggests a project to track them.
        if (config.project && next.followups!.length > config.project.threshold) next = { ...next, project: next.project ?? { added: [] } }
        return next
      }
    }
    case 'project': {
      const { project } = await syncProject(env, state)
      return (s) => ({ ...s, project })
    }
    case 'recurrence': {
      const owed = state.recurrences!.find((r) => r.key === op.key)!
      const existing = mode === 'look-first' ? await repo.findOwnIssue(ctx.self, config.labels.incident, recurrenceMarker(number, op.key)) : undefined
      const issue = existing ?? (await openRecurrence(ctx, state, owed))
      if (!ctx.ownComment(`recurred ${op.key}`)) await repo.createComment(number, `<!-- incident-ops:recurred ${op.key} -->\n${env.render('github/recurred.md', { by: owed.by, number: issue.number })}`)
      return (s) => ({ ...s, recurrences: s.recurrences?.map((r) => (r.key === op.key ? { ...r, number: issue.number } : r)) })
    }
    case 'reminder': {
      const sent = state.reminders![op.kind]!
      const marker = reminderMarker(op.kind, sent.anchor)
      const comment = ctx.ownComment(marker) ?? (await repo.createComment(number, `${marker}\n${env.render('github/reminder.md', { ...ctx.view(state), reminder: reminderView(op.kind, sent.to ?? [], state, ctx) })}`))
      return (s) => ({ ...s, reminders: { ...s.reminders, [op.kind]: { ...s.reminders![op.kind]!, comment: { id: comment.id, node: comment.node_id ?? '' } } } })
    }
    case 'hide-reminder': {
      const sent = state.reminders![op.kind]!
      await repo.minimizeComment(sent.hide!).catch((e: Error) => core.warning(`#${number}: could not hide the previous reminder: ${e.message}`))
      return (s) => ({ ...s, reminders: { ...s.reminders, [op.kind]: { ...s.reminders![op.kind]!, hide: undefined } } })
    }
    case 'thank':
    case 'tell-resolved':
      return commentOnReport(op.op, state, ctx, mode)
    case 'code-issue':
      return openCodeIssue(ctx, state, mode)
    case 'suspects':
      return readSuspects(ctx, state)
    case 'revert':
      return openRevert(ctx, state, op.key, mode)
    case 'nudge':
      return nudgeOwner(ctx, state, Number(op.key), mode)
    case 'retro-followups':
      return showFollowupsInRetro(ctx, state)
  }
}

/**
 * A comment on the reporter's GitHub issue or discussion (in this repository, or one the
 * config names). When GitHub refuses it (no permission, gone, locked), the card says so and
 * it is not tried again.
 */
async function commentOnReport(op: 'thank' | 'tell-resolved', state: IncidentState, ctx: IncidentContext, mode: Mode): Promise<Update> {
  const { env } = ctx
  const field = op === 'thank' ? 'thank' : 'told'
  const target = reportTarget(ctx.declaration.reportLink, ctx.issue.html_url, env)
  if (!target) return (s) => ({ ...s, [field]: undefined })
  const marker = thanksMarker(op, `${env.repo.fullName}#${ctx.issue.number}`)
  const body = `${marker}\n${env.render(op === 'thank' ? 'github/thanks.md' : 'github/report-resolved.md', ctx.view(state))}`
  try {
    if (target.kind === 'discussion') await env.repo.commentOnDiscussion(target.owner, target.repo, target.number, body, mode === 'look-first' ? { self: ctx.self, marker } : undefined)
    else {
      const already = mode === 'look-first' && (await env.repo.listComments(target.number, target.repo, target.owner)).some((c) => c.user?.id === ctx.self.id && c.body.includes(marker))
      if (!already) await env.repo.createComment(target.number, body, target.repo, target.owner)
    }
    return (s) => ({ ...s, [field]: 'done' })
  } catch (error) {
    const why = refusal(error, target, env.repo.fullName)
    if (!why) throw error
    core.warning(`#${ctx.issue.number}: ${why}.`)
    return (s) => ({ ...s, [field]: 'failed', reportProblem: why })
  }
}

/**
 * GitHub refusing a comment on a report, in words that name the fix (retrying cannot cure
 * it); undefined for a failure worth retrying.
 */
function refusal(error: unknown, target: ReportTarget, here: string): string | undefined {
  const e = error as { status?: number; errors?: Array<{ type?: string }>; message?: string }
  const refused = [403, 404, 410, 422].includes(e.status ?? 0) || Boolean(e.errors?.some((x) => x.type === 'FORBIDDEN' || x.type === 'NOT_FOUND')) || /not accessible by integration|was not found/i.test(e.message ?? '')
  // A rate limit passes: the next run tries again.
  if (!refused || /rate limit/i.test(e.message ?? '')) return undefined
  const where = `${target.owner}/${target.repo}#${target.number}`
  if (`${target.owner}/${target.repo}`.toLowerCase() !== here.toLowerCase()) return `GitHub refused a comment on ${where}: the workflow token reaches only its own repository (thank that reporter by hand)`
  if (e.status === 404 || e.status === 410 || /was not found/i.test(e.message ?? '')) return `${where} was not found (deleted or moved?): tell the reporter by hand`
  if (e.status === 422) return `GitHub refused a comment on ${where} (locked?): tell the reporter by hand`
  return target.kind === 'discussion'
    ? `GitHub refused a comment on the discussion ${where}: the workflow needs \`discussions: write\` in its permissions (or set report.thank-reporter: false)`
    : `GitHub refused a comment on ${where}: the workflow needs \`issues: write\` in its permissions`
}

function reminderView(kind: ReminderKind, to: string[], state: IncidentState, ctx: IncidentContext) {
  const { env } = ctx
  const severity = severityOf(env.config, state.severity)
  const since =
    kind === 'update' ? (state.times.update ?? state.times.lead ?? state.times.recorded) : kind === 'retro' ? state.times.resolved : kind === 'stuck' ? state.times[state.status as 'stabilized'] : state.times.recorded
  return {
    kind,
    to,
    since: since ? formatDuration(env.now().getTime() - Date.parse(since)) : '',
    updateEvery: severity ? formatDuration(severity.updateEveryMs) : '',
    maxSnooze: formatDuration(env.config.reminders.maxSnoozeMs),
    // Whose step it is: the Make post is comms', else the lead's.
    role: kind === 'make-post' && state.roles?.comms ? 'comms' : 'lead'
  }
}
