// The incident's derived state: what the action knows beyond the issue itself, and the ids
// of what it made outside GitHub. It is stored as a hidden block in the incident card
// (the authoritative copy, read fresh with the comment list every run needs) and mirrored
// at the end of the issue body (so one issue-list request gives a sweep every incident).
import type { Status } from '../config/config.js'

export const STATE_VERSION = 1

export type ReminderKind = 'no-lead' | 'escalate' | 'update' | 'stuck' | 'retro'

export interface SentReminder {
  anchor: string
  at: string
  comment?: { id: number; node: string }
}

export type EntryKind =
  | 'reported'
  | 'declared'
  | 'confirmed'
  | 'lead'
  | 'update'
  | 'note'
  | 'status'
  | 'severity'
  | 'reopened'
  | 'followup'
  | 'retro'
  | 'join'
  | 'leave'

/** One line of the timeline: a command or an event, with what was delivered for it. */
export interface TimelineEntry {
  /** Unique per incident and stable across re-runs: "c<comment id>" or an event key. */
  id: string
  at: string
  by: string
  kind: EntryKind
  /** A short form of the text (the full text stays in the comment). */
  text?: string
  comment?: number
  /** The issue an entry opened (a follow-up). */
  issue?: number
  status?: Status
  severity?: number
  lead?: string
  /** Slack thread reply ts once posted. */
  slack?: string
  /** P2 comment id once posted. */
  p2?: number
  /** The comment's updated_at when last read: a newer one means it was edited. */
  seen?: string
  /** The source comment was edited after delivery: the Slack reply / P2 comment owe an edit. */
  slackEdit?: boolean
  p2Edit?: boolean
}

export interface PostRef {
  id?: number
  url?: string
  /** The key of the content last written (see sync.ts); differs → an edit is owed. */
  synced?: string
}

export interface IncidentState {
  v: number
  status: Status
  severity: number
  recorder: string
  lead?: string
  /** The MSR when the incident was declared: the default lead. */
  msr?: string
  times: Partial<Record<Status | 'lead' | 'update', string>>
  /** Highest comment id whose command has been handled (comment ids only grow). */
  handled: number
  timeline: TimelineEntry[]
  card?: number
  slack?: { channel: string; ts?: string; link?: string; pinned?: boolean; synced?: string; /** The quiet notice about an unconfirmed report. */ notice?: string }
  p2?: PostRef
  make?: PostRef
  /** A thank-you on the reporter's GitHub issue: owed, or done. Absent: nothing to do automatically. */
  thank?: 'owed' | 'done'
  /** The retrospective: its issue, when it is held, the retro issue's comments handled. */
  retro?: { number?: number; when?: string; handled?: number }
  /** Follow-up issues opened with /followup (node: for adding them to a project). */
  followups?: Array<{ number: number; title: string; node?: string }>
  /** People who signed on to help (/join), and what they look at. */
  helpers?: Array<{ login: string; what?: string }>
  /** Follow-ups added to the configured GitHub Project; or why that could not happen. */
  project?: { added: number[]; problem?: string }
  /** Telling the reporter's GitHub issue that it is resolved: owed, or done. */
  told?: 'owed' | 'done'
  /** The last reminder of each kind: what it was for (its anchor) and the comment that carries it. */
  reminders?: Partial<Record<ReminderKind, SentReminder>>
  /** Update reminders wait until then (/snooze). */
  snoozedUntil?: string
  /** Comments on the issue when last saved: more in an issue list means a run was missed. */
  comments?: number
  /** The last failure per destination, shown on the card until a delivery succeeds. */
  failures: Partial<Record<'slack' | 'p2' | 'make' | 'github', string>>
}

const BLOCK = /<!-- incident-ops:state (\{[\s\S]*?\}) -->/

/**
 * JSON in an HTML comment: `<` and `>` escaped so no user text can close the comment, `@`
 * and `#` so no mention or issue reference can be read out of it.
 */
export function encodeState(state: IncidentState): string {
  const json = JSON.stringify(state).replace(/[<>@#]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `<!-- incident-ops:state ${json} -->`
}

export type Decoded = { state: IncidentState } | { error: string } | undefined

/** Finds and checks the state block in a text. undefined: there is none. */
export function decodeState(text: string | null | undefined): Decoded {
  const match = text ? BLOCK.exec(text) : null
  if (!match) return undefined
  try {
    const value = JSON.parse(match[1]) as IncidentState
    if (value.v !== STATE_VERSION || typeof value.status !== 'string' || typeof value.severity !== 'number' || !Array.isArray(value.timeline)) {
      return { error: 'the state block has an unexpected shape' }
    }
    value.failures ??= {}
    value.times ??= {}
    return { state: value }
  } catch {
    return { error: 'the state block is not valid JSON' }
  }
}

/** The issue body without the mirrored state block. */
export function stripState(body: string | null | undefined): string {
  return (body ?? '').replace(/\s*<!-- incident-ops:state \{[\s\S]*?\} -->\s*$/, '').replace(BLOCK, '')
}

/** The issue body with the state mirrored at its end. */
export function withState(body: string | null | undefined, state: IncidentState): string {
  return `${stripState(body).trimEnd()}\n\n${encodeState(state)}\n`
}

/** A short, single-line form of a text for the timeline and the state. */
export function shorten(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}
