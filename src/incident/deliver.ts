// Step 4 of an incident run: carry out what the incident owes outside its card (domain/sync.ts),
// one operation at a time, recording each result in the state.
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
import { alertKey, creates, makeKey, opName, owedSyncs, p2Key, type Destination, type SyncOp } from '../domain/sync.js'
import type { IncidentState, ReminderKind, TimelineEntry } from '../domain/state.js'
import { formatDuration } from '../domain/time.js'
import { severityOf } from '../config/config.js'
import { describeSlackError } from '../slack/slack.js'
import { WordPressError, type WordPressClient } from '../wordpress/wordpress.js'
import type { IncidentContext } from './context.js'
import { followupMarker, recurrenceMarker, reminderMarker, retroMarker, thanksMarker } from './markers.js'
import { openFollowup, openRecurrence, openRetro } from './opened-issues.js'
import { syncProject } from './project-sync.js'
import { reportTarget, type ReportTarget } from './report-link.js'

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

export async function deliver(ctx: IncidentContext, state: IncidentState, uncertain: Set<string> | 'all', saveAhead: (state: IncidentState) => Promise<IncidentState>): Promise<Delivered> {
  const { env } = ctx
  const enabled = { slack: Boolean(env.slack), p2: Boolean(env.p2), make: Boolean(env.make) }
  const texts: FullTexts = new Map(ctx.comments.map((c) => [c.id, c.body]))
  const done: string[] = []
  const failed: Partial<Record<Destination, string>> = {}
  // Each creation is tried once a run; an edit again only if what it shows changed since.
  const attempted = new Set<string>()
  const tries = new Map<string, number>()
  const opened: Delivered['opened'] = []

  const creations = owedSyncs(state, env.config, enabled).filter(creates).map(opName)
  if (env.dryRun) {
    for (const op of owedSyncs(state, env.config, enabled)) core.info(`[dry-run] would deliver ${opName(op)}`)
    return { state, opened }
  }
  if (creations.length) state = await saveAhead({ ...state, pending: creations })

  for (let step = 0; step < 500; step++) {
    const op = owedSyncs(state, env.config, enabled).find((o) => !failed[o.dest] && (tries.get(opName(o)) ?? 0) < (creates(o) ? 1 : 2))
    if (!op) break
    const name = opName(op)
    attempted.add(name)
    tries.set(name, (tries.get(name) ?? 0) + 1)
    try {
      const before = state
      state = await perform(op, state, ctx, texts, uncertain === 'all' || uncertain.has(name) ? 'look-first' : 'create')
      if (op.op === 'recurrence') {
        const made = state.recurrences?.find((r) => r.key === op.key && !before.recurrences?.find((b) => b.key === r.key)?.number)
        if (made?.number) opened.push({ number: made.number, by: made.by })
      }
      done.push(name)
    } catch (error) {
      const message = describe(op.dest, error)
      failed[op.dest] = message
      core.warning(`#${ctx.issue.number}: ${name} failed: ${message}. It is retried on the next run.`)
    }
  }
  // Creations tried (or left uncertain by an earlier run) and not recorded stay uncertain for the next run.
  const owedNow = new Set(owedSyncs(state, env.config, enabled).filter(creates).map(opName))
  const pending = [...new Set([...(uncertain === 'all' ? creations : uncertain), ...attempted])].filter((n) => owedNow.has(n))
  const failures = { ...state.failures }
  for (const dest of ['slack', 'p2', 'make', 'github'] as const) {
    if (failed[dest]) failures[dest] = failed[dest]
    else delete failures[dest]
  }
  if (done.length) core.info(`#${ctx.issue.number}: delivered ${done.join(', ')}`)
  return { state: { ...state, failures, pending: pending.length ? pending : undefined }, opened }
}

function describe(dest: Destination, error: unknown): string {
  if (dest === 'slack') return describeSlackError(error)
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

type Mode = 'create' | 'look-first'

async function perform(op: SyncOp, state: IncidentState, ctx: IncidentContext, texts: FullTexts, mode: Mode): Promise<IncidentState> {
  switch (op.dest) {
    case 'slack':
      return slackOp(op, state, ctx, texts, mode)
    case 'p2':
    case 'make':
      return wordpressOp(op, state, ctx, texts, mode)
    case 'github':
      return githubOp(op, state, ctx, texts, mode)
  }
}

async function slackOp(op: Extract<SyncOp, { dest: 'slack' }>, state: IncidentState, ctx: IncidentContext, texts: FullTexts, mode: Mode): Promise<IncidentState> {
  const { env } = ctx
  const slack = env.slack!
  const slackState = state.slack ?? { channel: slack.channel }
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
      return { ...state, slack: { ...slackState, notice: await post(env.render('slack/notice.slack', view), since) } }
    case 'alert': {
      const ts = await post(env.render('slack/alert.slack', view), since)
      const link = await slack.permalink(ts).catch(() => undefined)
      return { ...state, slack: { ...slackState, ts, link, synced: alertKey(state) } }
    }
    case 'alert-edit':
      await slack.update(slackState.ts!, env.render('slack/alert.slack', view))
      return { ...state, slack: { ...slackState, synced: alertKey(state) } }
    case 'pin':
    case 'unpin':
      await slack.pin(slackState.ts!, op.op === 'pin')
      return { ...state, slack: { ...slackState, pinned: op.op === 'pin' } }
    case 'reply':
    case 'reply-edit': {
      const entry = entryOf(state, op.entry)
      const url = entry.comment ? `${ctx.issue.html_url}#issuecomment-${entry.comment}` : undefined
      const text = env.render('slack/reply.slack', { ...view, entry: view.timeline.find((e) => e.id === entry.id), text: excerpt(commandText(entry, texts, env.config), SLACK_TEXT, url) })
      if (op.op === 'reply') return withEntry(state, entry.id, { slack: await post(text, { threadTs: slackState.ts! }) })
      await slack.update(entry.slack!, text)
      return withEntry(state, entry.id, { slackEdit: undefined })
    }
    case 'reminder': {
      const sent = state.reminders![op.kind]!
      const text = env.render('slack/reminder.slack', { ...view, reminder: reminderView(op.kind, sent.to ?? [], state, ctx) })
      const ts = await post(text, { threadTs: slackState.ts! }, op.kind === 'escalate')
      return { ...state, reminders: { ...state.reminders, [op.kind]: { ...sent, slack: ts } } }
    }
  }
}

async function wordpressOp(op: Extract<SyncOp, { dest: 'p2' | 'make' }>, state: IncidentState, ctx: IncidentContext, texts: FullTexts, mode: Mode): Promise<IncidentState> {
  const { env } = ctx
  const wp = (op.dest === 'p2' ? env.p2 : env.make)!
  if (op.op === 'post' || op.op === 'post-edit') return writePost(op.dest, wp, state, ctx)
  if (!('entry' in op)) return state
  const entry = entryOf(state, op.entry)
  const view = ctx.view(state)
  const url = entry.comment ? `${ctx.issue.html_url}#issuecomment-${entry.comment}` : undefined
  const paragraphs = excerpt(commandText(entry, texts, env.config), WORDPRESS_TEXT, url).split(/\n+/).map((l) => l.trim()).filter(Boolean)
  const content = env.render('p2/comment.html', { ...view, entry: view.timeline.find((e) => e.id === entry.id), paragraphs })
  const key = `${env.repo.fullName}#${ctx.issue.number}:${entry.id}`
  if (op.op === 'comment') {
    const found = mode === 'look-first' ? await wp.findComment(state.p2!.id!, key) : undefined
    return withEntry(state, entry.id, { p2: found ?? (await wp.createComment(state.p2!.id!, content, key)) })
  }
  await wp.updateComment(entry.p2!, content, key)
  return withEntry(state, entry.id, { p2Edit: undefined })
}

/** The incident's post: created once (its slug is its key, so one a killed run made is found), then edited. */
async function writePost(dest: 'p2' | 'make', wp: WordPressClient, state: IncidentState, ctx: IncidentContext): Promise<IncidentState> {
  const { env } = ctx
  const view = ctx.view(state)
  const names = dest === 'p2' ? [`status-${state.status}`, `severity-${state.severity}`, 'incident', ...env.config.wordpress.p2Tags] : [...env.config.wordpress.makeTags]
  const tags = await wp.tagIds(names)
  const post = { title: env.render(`${dest}/title.html`, view), content: env.render(`${dest}/post.html`, view), tags }
  const key = dest === 'p2' ? p2Key(state) : makeKey(state)
  const ref = state[dest]
  if (ref?.id) {
    await wp.updatePost(ref.id, post)
    return { ...state, [dest]: { ...ref, synced: key } }
  }
  const slug = `incident-${env.repo.owner}-${env.repo.repo}-${ctx.issue.number}`.toLowerCase()
  const existing = await wp.findPostBySlug(slug)
  const written = existing ? await wp.updatePost(existing.id, post) : await wp.createPost({ ...post, slug })
  return { ...state, [dest]: { id: written.id, url: written.link, synced: key } }
}

async function githubOp(op: Extract<SyncOp, { dest: 'github' }>, state: IncidentState, ctx: IncidentContext, texts: FullTexts, mode: Mode): Promise<IncidentState> {
  const { env } = ctx
  const { repo, config } = env
  const number = ctx.issue.number
  switch (op.op) {
    case 'retro': {
      const existing = mode === 'look-first' ? await repo.findOwnIssue(ctx.self, config.labels.retro, retroMarker(number)) : undefined
      const retro = await openRetro(ctx, state, texts, existing)
      return { ...state, retroOwed: undefined, retro: { ...state.retro, number: retro } }
    }
    case 'followup': {
      const owed = state.followupsOwed!.find((f) => f.key === op.key)!
      const existing = mode === 'look-first' ? await repo.findOwnIssue(ctx.self, config.labels.followup, followupMarker(number, op.key)) : undefined
      const issue = existing ?? (await openFollowup(ctx, state, owed))
      let next: IncidentState = {
        ...state,
        followupsOwed: state.followupsOwed!.filter((f) => f.key !== op.key),
        followups: [...(state.followups ?? []), { number: issue.number, title: owed.title.slice(0, 120), node: (issue as { node_id?: string }).node_id, key: op.key }]
      }
      if (!next.followupsOwed!.length) delete next.followupsOwed
      next = addEntry(next, { id: `followup:${issue.number}`, at: env.now().toISOString(), by: owed.by, kind: 'followup', issue: issue.number, text: owed.title.slice(0, 120) })
      // Many follow-ups: the runbook suggests a project to track them.
      if (config.project && next.followups!.length > config.project.threshold) next = { ...next, project: next.project ?? { added: [] } }
      return next
    }
    case 'project':
      return syncProject(env, state)
    case 'recurrence': {
      const owed = state.recurrences!.find((r) => r.key === op.key)!
      const existing = mode === 'look-first' ? await repo.findOwnIssue(ctx.self, config.labels.incident, recurrenceMarker(number, op.key)) : undefined
      const issue = existing ?? (await openRecurrence(ctx, state, owed))
      if (!ctx.ownComment(`recurred ${op.key}`)) await repo.createComment(number, `<!-- incident-ops:recurred ${op.key} -->\n${env.render('github/recurred.md', { by: owed.by, number: issue.number })}`)
      return { ...state, recurrences: state.recurrences!.map((r) => (r.key === op.key ? { ...r, number: issue.number } : r)) }
    }
    case 'reminder': {
      const sent = state.reminders![op.kind]!
      const marker = reminderMarker(op.kind, sent.anchor)
      const comment = ctx.ownComment(marker) ?? (await repo.createComment(number, `${marker}\n${env.render('github/reminder.md', { ...ctx.view(state), reminder: reminderView(op.kind, sent.to ?? [], state, ctx) })}`))
      return { ...state, reminders: { ...state.reminders, [op.kind]: { ...sent, comment: { id: comment.id, node: comment.node_id ?? '' } } } }
    }
    case 'hide-reminder': {
      const sent = state.reminders![op.kind]!
      await repo.minimizeComment(sent.hide!).catch((e: Error) => core.warning(`#${number}: could not hide the previous reminder: ${e.message}`))
      return { ...state, reminders: { ...state.reminders, [op.kind]: { ...sent, hide: undefined } } }
    }
    case 'thank':
    case 'tell-resolved':
      return commentOnReport(op.op, state, ctx, mode)
  }
}

/**
 * A comment on the reporter's GitHub issue or discussion (in this repository, or one the
 * config names). When GitHub refuses it (no permission, gone, locked), the card says so and
 * it is not tried again.
 */
async function commentOnReport(op: 'thank' | 'tell-resolved', state: IncidentState, ctx: IncidentContext, mode: Mode): Promise<IncidentState> {
  const { env } = ctx
  const field = op === 'thank' ? 'thank' : 'told'
  const target = reportTarget(ctx.declaration.reportLink, ctx.issue.html_url, env)
  if (!target) return { ...state, [field]: undefined }
  const marker = thanksMarker(op, `${env.repo.fullName}#${ctx.issue.number}`)
  const body = `${marker}\n${env.render(op === 'thank' ? 'github/thanks.md' : 'github/report-resolved.md', ctx.view(state))}`
  try {
    if (target.kind === 'discussion') await env.repo.commentOnDiscussion(target.owner, target.repo, target.number, body, mode === 'look-first' ? { self: ctx.self, marker } : undefined)
    else {
      const already = mode === 'look-first' && (await env.repo.listComments(target.number, target.repo, target.owner)).some((c) => c.user?.id === ctx.self.id && c.body.includes(marker))
      if (!already) await env.repo.createComment(target.number, body, target.repo, target.owner)
    }
    return { ...state, [field]: 'done' }
  } catch (error) {
    const why = refusal(error, target, env.repo.fullName)
    if (!why) throw error
    core.warning(`#${ctx.issue.number}: ${why}.`)
    return { ...state, [field]: 'failed', reportProblem: why }
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
    maxSnooze: formatDuration(env.config.reminders.maxSnoozeMs)
  }
}
