// The incident's Slack thread as part of its record: which messages people wrote there are
// new, edited or gone since the card last looked, what each says in plain text, and which
// are commands ("!update …": Slack keeps "/" for its own commands). Pure: messages in, a diff out.
import type { Config } from '../config/config.js'
import { parseCommand, type Parsed } from './commands.js'
import type { IncidentState, TimelineEntry } from './state.js'

/** A message as conversations.replies returns it (only the fields read here). */
export interface ThreadMessage {
  ts: string
  user?: string
  text?: string
  bot_id?: string
  subtype?: string
  thread_ts?: string
  edited?: { user?: string; ts?: string }
  metadata?: { event_type?: string; event_payload?: { key?: string } }
}

/** Subtypes of messages people wrote (a reply also sent to the channel); every other subtype is Slack's or an app's. */
const PEOPLE_SUBTYPES = new Set(['thread_broadcast', 'file_share'])

/** What people wrote in the thread, oldest first: not the alert, no app or bot (the action's own included), no joins. */
export function peopleMessages(messages: ThreadMessage[], alertTs: string): ThreadMessage[] {
  return messages
    .filter((m) => m.ts !== alertTs && m.user && !m.bot_id && (!m.subtype || PEOPLE_SUBTYPES.has(m.subtype)))
    .sort((a, b) => compareTs(a.ts, b.ts))
}

/** Slack timestamps ("1700000000.000100") in order. */
export function compareTs(a: string, b: string): number {
  const [as, af = ''] = a.split('.')
  const [bs, bf = ''] = b.split('.')
  return Number(as) - Number(bs) || Number(af.padEnd(6, '0')) - Number(bf.padEnd(6, '0'))
}

export const tsToIso = (ts: string) => new Date(Math.floor(Number(ts) * 1000)).toISOString()

/** The entry id of a thread message: stable, unique per incident. */
export const threadEntryId = (ts: string) => `s${ts}`

/** Which edit of a message this is ('' never edited): an entry remembers the one it shows. */
export const edition = (m: ThreadMessage) => m.edited?.ts ?? ''

export interface ThreadDiff {
  /** Newer than anything imported before: each is imported (and, if a command, run) once. */
  added: ThreadMessage[]
  /** Imported before and edited since. */
  edited: ThreadMessage[]
  /** Entries whose message is gone from the thread. */
  deleted: string[]
}

/**
 * The thread against the state. A message is new when it is later than the last one
 * imported (state.slack.imported): Slack's ts only grow within a thread, so a message
 * imported once (even one whose entry was later archived or that was a refused command)
 * is never imported again.
 */
export function diffThread(state: IncidentState, people: ThreadMessage[]): ThreadDiff {
  const imported = state.slack?.imported
  const byId = new Map(state.timeline.filter((e) => e.slackUser).map((e) => [e.id, e]))
  const present = new Set(people.map((m) => threadEntryId(m.ts)))
  const added = people.filter((m) => !imported || compareTs(m.ts, imported) > 0)
  const edited = people.filter((m) => {
    const entry = byId.get(threadEntryId(m.ts))
    return entry && entry.slackSeen !== 'deleted' && (entry.slackSeen ?? '') !== edition(m)
  })
  const deleted = [...byId.values()].filter((e) => e.slackSeen !== 'deleted' && !present.has(e.id)).map((e) => e.id)
  return { added, edited, deleted }
}

export const hasNews = (diff: ThreadDiff) => Boolean(diff.added.length || diff.edited.length || diff.deleted.length)

/** The GitHub login a Slack user is mapped to (slack.users maps login → Slack user id). */
export function loginOf(slackUser: string, config: Config): string | undefined {
  const found = Object.entries(config.slack.users).find(([, id]) => id.toUpperCase() === slackUser.toUpperCase())
  return found?.[0]
}

/**
 * A thread message as a command: its first line starts with "!" and a command's name
 * ("!update the API is back", "!note at 10:02 …"). undefined: not a command (an unknown
 * word after "!" is just a message).
 */
export function threadCommand(plain: string, config: Config): Parsed | undefined {
  const match = /^\s*!([A-Za-z][\w-]*)/.exec(plain)
  if (!match) return undefined
  const parsed = parseCommand(plain.replace(/^\s*!/, '/'), config)
  if (!parsed || (!parsed.ok && parsed.reason === 'unknown')) return undefined
  return parsed
}

/**
 * Slack's message markup as plain text (the renderer escapes it again for each place it is
 * shown): entities decoded, mentions and channels by name, links as "label (url)".
 */
export function slackToPlain(text: string, names: (user: string) => string | undefined = () => undefined): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => `@${names(id) ?? label ?? id}`)
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, (_m, name: string) => `#${name}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, (_m, word: string) => `@${word}`)
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => label ?? '@group')
    .replace(/<!date\^\d+\^[^|>]*\|([^>]*)>/g, (_m, fallback: string) => fallback)
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]*)>/g, (_m, url: string, label: string) => (label === url ? url : `${label} (${url})`))
    .replace(/<((?:https?|mailto):[^>]+)>/g, (_m, url: string) => url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** A thread reply's link, built from the alert's (Slack's own format for replies). */
export function replyPermalink(alertLink: string | undefined, channel: string, alertTs: string, ts: string): string | undefined {
  const base = alertLink && /^(https:\/\/[^/]+\/)archives\//.exec(alertLink)?.[1]
  return base ? `${base}archives/${channel}/p${ts.replace('.', '')}?thread_ts=${alertTs}&cid=${channel}` : undefined
}

/** Entries from the thread that are still what was said (for the card and the retrospective). */
export const fromThread = (e: TimelineEntry) => Boolean(e.slackUser)
