// Carries out what the incident owes Slack, P2, Make and the reporter (domain/sync.ts),
// one operation at a time, recording each result in the state. A destination that fails is
// left for the next run or sweep: its error is recorded for the card and the job summary.
import * as core from '@actions/core'
import { commandText } from '../domain/metrics.js'
import { alertKey, makeKey, owedSyncs, p2Key, type Destination, type SyncOp } from '../domain/sync.js'
import type { IncidentState, TimelineEntry } from '../domain/state.js'
import { describeSlackError } from '../slack/slack.js'
import { WordPressError, type WordPressClient } from '../wordpress/wordpress.js'
import type { IncidentContext } from './context.js'

/** The commands' full texts, by comment id: deliveries use them rather than the short form in the state. */
export type FullTexts = Map<number, string>

/** Delivers what is owed; returns the state with what was delivered and what failed. */
export async function deliver(state: IncidentState, ctx: IncidentContext, texts: FullTexts): Promise<IncidentState> {
  const { env } = ctx
  const enabled = { slack: Boolean(env.slack), p2: Boolean(env.p2), make: Boolean(env.make) }
  const done: string[] = []
  const failed: Partial<Record<Destination, string>> = {}
  const headline = ctx.headline()
  for (let step = 0; step < 200; step++) {
    const op = owedSyncs(state, headline, env.config, enabled).find((o) => !failed[o.dest])
    if (!op) break
    const name = `${op.dest}:${op.op}${'entry' in op ? `:${op.entry}` : ''}`
    if (env.dryRun) {
      core.info(`[dry-run] would deliver ${name}`)
      failed[op.dest] = 'dry run'
      continue
    }
    try {
      state = await perform(op, state, ctx, texts, headline)
      done.push(name)
    } catch (error) {
      const message = describe(op.dest, error)
      failed[op.dest] = message
      core.warning(`#${ctx.issue.number}: ${name} failed: ${message}. It is retried on the next run.`)
    }
  }
  const failures = { ...state.failures }
  for (const dest of ['slack', 'p2', 'make', 'github'] as const) {
    if (failed[dest] && failed[dest] !== 'dry run') failures[dest] = failed[dest]
    else if (!failed[dest]) delete failures[dest]
  }
  if (done.length) core.info(`#${ctx.issue.number}: delivered ${done.join(', ')}`)
  return { ...state, failures }
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

async function perform(op: SyncOp, state: IncidentState, ctx: IncidentContext, texts: FullTexts, headline: string): Promise<IncidentState> {
  const { env } = ctx
  const view = () => ctx.view(state)
  switch (op.dest) {
    case 'slack': {
      const slack = env.slack!
      const slackState = state.slack ?? { channel: slack.channel }
      switch (op.op) {
        case 'notice': {
          const ts = await slack.post({ text: env.render('slack/notice.slack', view()) })
          return { ...state, slack: { ...slackState, notice: ts } }
        }
        case 'alert': {
          const ts = await slack.post({ text: env.render('slack/alert.slack', view()) })
          const link = await slack.permalink(ts).catch(() => undefined)
          return { ...state, slack: { ...slackState, ts, link, synced: alertKey(state, headline) } }
        }
        case 'alert-edit':
          await slack.update(slackState.ts!, env.render('slack/alert.slack', view()))
          return { ...state, slack: { ...slackState, synced: alertKey(state, headline) } }
        case 'pin':
        case 'unpin':
          await slack.pin(slackState.ts!, op.op === 'pin')
          return { ...state, slack: { ...slackState, pinned: op.op === 'pin' } }
        case 'reply':
        case 'reply-edit': {
          const entry = entryOf(state, op.entry)
          const text = env.render('slack/reply.slack', { ...view(), entry: view().timeline.find((e) => e.id === entry.id), text: commandText(entry, texts, env.config) })
          if (op.op === 'reply') return withEntry(state, entry.id, { slack: await slack.post({ text, threadTs: slackState.ts }) })
          await slack.update(entry.slack!, text)
          return withEntry(state, entry.id, { slackEdit: undefined })
        }
      }
      break
    }
    case 'p2':
    case 'make': {
      const wp = (op.dest === 'p2' ? env.p2 : env.make)!
      if (op.op === 'post' || op.op === 'post-edit') return writePost(op.dest, op.op, wp, state, ctx, headline)
      if (!('entry' in op)) return state
      const entry = entryOf(state, op.entry)
      const paragraphs = commandText(entry, texts, env.config).split(/\n+/).map((l) => l.trim()).filter(Boolean)
      const content = env.render('p2/comment.html', { ...view(), entry: view().timeline.find((e) => e.id === entry.id), paragraphs })
      if (op.op === 'comment') return withEntry(state, entry.id, { p2: await wp.createComment(state.p2!.id!, content) })
      await wp.updateComment(entry.p2!, content)
      return withEntry(state, entry.id, { p2Edit: undefined })
    }
    case 'github': {
      await ctx.commentOnReport(op.op === 'thank' ? 'github/thanks.md' : 'github/report-resolved.md', state)
      return op.op === 'thank' ? { ...state, thank: 'done' } : { ...state, told: 'done' }
    }
  }
  return state
}

async function writePost(dest: 'p2' | 'make', op: 'post' | 'post-edit', wp: WordPressClient, state: IncidentState, ctx: IncidentContext, headline: string): Promise<IncidentState> {
  const { env } = ctx
  const view = ctx.view(state)
  const tags = await wp.tagIds(
    dest === 'p2'
      ? [`status-${state.status}`, `severity-${state.severity}`, 'incident', ...env.config.wordpress.p2Tags]
      : [...env.config.wordpress.makeTags]
  )
  const post = { title: env.render(`${dest}/title.html`, view), content: env.render(`${dest}/post.html`, view), tags }
  const key = dest === 'p2' ? p2Key(state, headline) : makeKey(state, headline)
  const ref = state[dest]
  if (op === 'post-edit' && ref?.id) {
    await wp.updatePost(ref.id, post)
    return { ...state, [dest]: { ...ref, synced: key } }
  }
  // The slug makes creation idempotent: a post made by a run that died before saving is found again.
  const slug = `incident-${env.repo.owner}-${env.repo.repo}-${ctx.issue.number}`.toLowerCase()
  const existing = await wp.findPostBySlug(slug)
  const written = existing ? await wp.updatePost(existing.id, post) : await wp.createPost({ ...post, slug })
  return { ...state, [dest]: { id: written.id, url: written.link, synced: key } }
}
