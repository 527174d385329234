// The incident's Slack thread, read into its record: what people wrote there becomes timeline
// entries (author, original time, link), edits update them, deletions are marked, and
// "!command" messages from people mapped to a GitHub login (slack.users) act like the
// command, with the same permission rules, exactly once (a message is new only when it is
// later than the last one imported, and that mark is saved with the card). Nothing read here
// is ever echoed back into the thread; the action only reacts to commands it ran.
import * as core from '@actions/core'
import type { Command } from '../domain/commands.js'
import { applyCommand, addEntry, type Effect } from '../domain/incident.js'
import { placeNote } from '../domain/moment.js'
import { shorten, type IncidentState, type TimelineEntry } from '../domain/state.js'
import { compareTs, diffThread, edition, hasNews, loginOf, peopleMessages, replyPermalink, slackToPlain, threadCommand, threadEntryId, tsToIso, type ThreadMessage } from '../domain/thread.js'
import { describeSlackError } from '../slack/slack.js'
import type { Env, IncidentContext } from './context.js'

export interface ThreadRead {
  alertTs: string
  /** Every message, the action's own included (to find a hint it already posted). */
  all: ThreadMessage[]
  people: ThreadMessage[]
  /** false: the thread is longer than was read; deletions are not judged. */
  complete: boolean
}

/** Starts reading the alert's thread (one request per 200 messages); undefined when there is none to read. */
export function readThread(env: Env, state: IncidentState | undefined, onFailure = (why: string) => core.warning(`Could not read the incident's Slack thread: ${why}. Its messages are imported on a later run.`)): Promise<ThreadRead | undefined> | undefined {
  const alertTs = state?.slack?.ts
  if (!env.slack || !alertTs) return undefined
  return env.slack.replies(alertTs).then(
    ({ messages, complete }) => ({ alertTs, all: messages, people: peopleMessages(messages, alertTs), complete }),
    (error) => {
      onFailure(describeSlackError(error))
      return undefined
    }
  )
}

/** Whether the thread holds something the card has not recorded (the sweep's question). */
export function threadChanged(state: IncidentState, read: ThreadRead): boolean {
  const diff = diffThread(state, read.people)
  return hasNews(read.complete ? diff : { ...diff, deleted: [] })
}

export interface ThreadFold {
  state: IncidentState
  /** GitHub effects of commands run from Slack (assignments, the retrospective's date). */
  effects: Effect[]
  /** Reactions owed on command messages. */
  reactions: Array<{ ts: string; name: string }>
  /** Slack users to tell, once, how to be mapped to a GitHub login. */
  hints: Array<{ user: string; name: string; command: string }>
}

/** How much of an update or note from the thread the state keeps (it is also what P2 shows). */
const SLACK_TEXT = 1000

/** An update's or note's text without a note's leading "at 10:02". */
function commandBody(entry: TimelineEntry, command: Command): string {
  const text = 'text' in command ? command.text : ''
  return entry.kind === 'note' ? placeNote(text, entry.written ?? entry.at).text : text
}

/**
 * quiet: the card was rebuilt and the thread is read from its start again: commands are
 * replayed into the state (as a rebuild replays comments) without reacting or hinting again.
 */
export async function foldThread(ctx: IncidentContext, state: IncidentState, read: ThreadRead, quiet = false): Promise<ThreadFold> {
  const { env } = ctx
  const { config } = env
  const fold: ThreadFold = { state, effects: [], reactions: [], hints: [] }
  const diff = diffThread(state, read.people)
  if (!read.complete) diff.deleted = []
  if (!hasNews(diff)) return fold
  // The levels of mapped people who wrote a command, and the names of unmapped people not seen
  // before (kept in the state), all asked side by side.
  for (const m of diff.added) if (threadCommand(slackToPlain(m.text ?? ''), config)) ctx.levels.ahead(loginOf(m.user!, config))
  const names = { ...state.slack?.names }
  const unknown = [...new Set(diff.added.map((m) => m.user!).filter((u) => !loginOf(u, config) && !names[u]))]
  await Promise.all(unknown.map((u) => env.slack!.userName(u).then((n) => void (n && (names[u] = n.slice(0, 80))), () => undefined)))
  const display = (user: string) => loginOf(user, config) ?? names[user]
  const plain = (m: ThreadMessage) => slackToPlain(m.text ?? '', display)
  const channel = state.slack!.channel
  const link = (ts: string) => replyPermalink(state.slack?.link, channel, read.alertTs, ts)
  const withEntry = (s: IncidentState, id: string, change: Partial<TimelineEntry>): IncidentState => ({ ...s, timeline: s.timeline.map((e) => (e.id === id ? { ...e, ...change } : e)) })

  let next = state
  const hinted = new Set(state.slack?.hinted ?? [])
  for (const m of diff.added) {
    const user = m.user!
    const login = loginOf(user, config)
    const id = threadEntryId(m.ts)
    const at = tsToIso(m.ts)
    const text = plain(m)
    // The message is already in the thread: its entry's Slack message is itself (nothing to echo).
    const fields: Partial<TimelineEntry> = { slack: m.ts, slackUser: user, mapped: login ? true : undefined, permalink: link(m.ts), slackSeen: edition(m) }
    const parsed = threadCommand(text, config)
    if (parsed && login) {
      const outcome = applyCommand(next, { id, by: login, at, level: await ctx.levels.of(login), parsed, issueClosed: ctx.issue.state === 'closed' }, config)
      const answered = (template: string) => outcome.effects.some((e) => e.type === 'reply' && e.template === template)
      if (!quiet) fold.reactions.push({ ts: m.ts, name: answered('refused') ? 'no_entry_sign' : answered('usage') ? 'grey_question' : 'white_check_mark' })
      fold.effects.push(...outcome.effects.filter((e) => e.type === 'assign' || e.type === 'retro-when'))
      next = outcome.state
    } else if (parsed && !hinted.has(user)) {
      hinted.add(user)
      if (!quiet) fold.hints.push({ user, name: names[user] ?? user, command: parsed.ok ? parsed.command.name : parsed.name })
    }
    // An update or note keeps more of its text than a comment's entry does: there is no comment to read it from.
    const own = next.timeline.find((e) => e.id === id)
    if (own && parsed?.ok && (own.kind === 'update' || own.kind === 'note')) fields.text = shorten(commandBody(own, parsed.command), SLACK_TEXT)
    // Every message is one entry: the command's own, or what was said.
    next = own ? withEntry(next, id, fields) : addEntry(next, { id, at, by: login ?? names[user] ?? user, kind: 'slack', text: shorten(text, 500), ...fields })
  }
  for (const m of diff.edited) {
    const id = threadEntryId(m.ts)
    const entry = next.timeline.find((e) => e.id === id)!
    let change: Partial<TimelineEntry> = { slackSeen: edition(m) }
    if (entry.kind === 'slack') change = { ...change, text: shorten(plain(m), 500) }
    else if (entry.kind === 'update' || entry.kind === 'note') {
      // An edited update or note updates its entry (and its P2 comment); other commands are not run again.
      const parsed = threadCommand(plain(m), config)
      if (parsed?.ok && parsed.command.name === entry.kind) {
        // A note also moves to the time its edit names, or back to when it was written.
        const placed = entry.kind === 'note' ? placeNote(parsed.command.text, entry.written ?? entry.at) : {}
        change = { ...change, ...placed, text: shorten(commandBody(entry, parsed.command), SLACK_TEXT), p2Edit: Boolean(entry.p2) || undefined }
      }
    }
    next = withEntry(next, id, change)
  }
  // A deleted message keeps its place in the timeline, marked, without its words.
  for (const id of diff.deleted) next = withEntry(next, id, { slackSeen: 'deleted', text: undefined })

  const latest = read.people.reduce<string | undefined>((max, m) => (!max || compareTs(m.ts, max) > 0 ? m.ts : max), state.slack?.imported)
  fold.state = { ...next, slack: { ...next.slack!, imported: latest, names: Object.keys(names).length ? names : undefined, hinted: hinted.size ? [...hinted] : undefined } }
  return fold
}

/** The key of the one-time hint to a Slack user: in the message's metadata, so a rerun finds it. */
const hintKey = (ctx: IncidentContext, user: string) => `${ctx.env.repo.fullName}#${ctx.issue.number}:slack:hint:${user}`

/** Reactions on the commands run, and the one-time hints; a failure is logged, never retried (the command ran). */
export async function answerInSlack(ctx: IncidentContext, fold: ThreadFold, read: ThreadRead): Promise<void> {
  const slack = ctx.env.slack
  if (!slack || ctx.env.dryRun) return
  const already = (key: string) => read.all.some((m) => m.metadata?.event_payload?.key === key)
  await Promise.all([
    ...fold.reactions.map((r) => slack.react(r.ts, r.name).catch((e) => core.warning(`#${ctx.issue.number}: could not react in Slack: ${describeSlackError(e)}`))),
    ...fold.hints
      .filter((h) => !already(hintKey(ctx, h.user)))
      .map((h) =>
        slack
          .post({ text: ctx.env.render('slack/unmapped.slack', { ...ctx.view(fold.state), person: h.name, user: h.user, command: h.command }), threadTs: read.alertTs, key: hintKey(ctx, h.user) })
          .catch((e) => core.warning(`#${ctx.issue.number}: could not answer in Slack: ${describeSlackError(e)}`))
      )
  ])
}
