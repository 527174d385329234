// The incident's derived state: what the action knows beyond the issue itself, and the ids
// of what it made outside GitHub. It lives only in the incident card, a comment written by
// the action's own account (incident/card.ts); nothing a person can type is read as state.
// Reading validates every field: damaged state is repaired field by field or rejected whole.
import { STATUSES, type Status } from '../config/config.js'
import type { KnownForm } from './form.js'

export const STATE_VERSION = 1

export type ReminderKind = 'no-lead' | 'escalate' | 'update' | 'stuck' | 'retro' | 'make-post'

export interface SentReminder {
  anchor: string
  at: string
  /** The GitHub comment that carries it, once posted. */
  comment?: { id: number; node: string }
  /** The Slack thread message, once posted ('' when there is no thread to post in). */
  slack?: string
  /** The previous reminder's comment, still to be hidden as outdated. */
  hide?: string
  /** Who is reminded (logins); empty: the channel. */
  to?: string[]
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
  | 'role'
  | 'task'
  | 'public'
  /** A message someone wrote in the incident's Slack thread. */
  | 'slack'

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
  /** A role entry's role, and who holds it now (absent: cleared); a task entry's owner and number. */
  role?: string
  holder?: string
  task?: number
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
  /** When it was written, where `at` is the moment it describes (/note at 10:02, a Slack message). */
  written?: string
  /** From the Slack thread: the poster's Slack user id (by is their GitHub login when mapped, else their Slack name). */
  slackUser?: string
  /** by is a GitHub login (a Slack poster mapped in slack.users). */
  mapped?: boolean
  /** The Slack message's link. */
  permalink?: string
  /** The Slack message's last edit (its edited.ts), or 'deleted' once it is gone from the thread. */
  slackSeen?: string
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
  slack?: {
    channel: string
    ts?: string
    link?: string
    pinned?: boolean
    synced?: string
    /** The quiet notice about an unconfirmed report. */
    notice?: string
    /** The workspace's id, for the channel's huddle link. */
    team?: string
    /** The latest thread message imported (its ts): anything later is new. */
    imported?: string
    /** Slack display names by user id, asked once (users.info). */
    names?: Record<string, string>
    /** Slack users told once how to be mapped to a GitHub login (they typed a command). */
    hinted?: string[]
    /** The thread message listing the tasks still open at resolution ('' none were). */
    tasks?: string
  }
  p2?: PostRef
  make?: PostRef
  /** A thank-you on the reporter's GitHub issue: owed, or done. Absent: nothing to do automatically. */
  thank?: 'owed' | 'done' | 'failed'
  /** The retrospective: its issue, when it is held, the retro issue's comments handled. */
  retro?: { number?: number; when?: string; handled?: number; /** What its action items show of the follow-ups (sync.ts retroFollowupsKey). */ followups?: string }
  /** Follow-up issues opened with /followup (node: for adding them to a project). */
  followups?: Followup[]
  /** What changed shortly before the incident started (domain/suspects.ts), read once. */
  suspects?: Suspects
  /** Revert pull requests asked for with /revert, and the ones opened (incident/changes.ts). */
  reverts?: Revert[]
  /** People who signed on to help (/join), and what they look at. */
  helpers?: Array<{ login: string; what?: string }>
  /** Follow-ups added to the configured GitHub Project; or why that could not happen. */
  project?: { added: number[]; problem?: string }
  /** Telling the reporter's GitHub issue that it is resolved: owed, or done. */
  told?: 'owed' | 'done' | 'failed'
  /** The last reminder of each kind: what it was for (its anchor) and the comment that carries it. */
  reminders?: Partial<Record<ReminderKind, SentReminder>>
  /** Update reminders wait until then (/snooze). */
  snoozedUntil?: string
  /** Comments on the issue when last saved: more in an issue list means a run was missed. */
  comments?: number
  /** The last failure per destination, shown on the card until a delivery succeeds. */
  failures: Partial<Record<'slack' | 'p2' | 'make' | 'github' | 'pagerduty' | 'opsgenie', string>>
  /**
   * Creations a run started but had not yet recorded when it saved (see incident/deliver.ts):
   * the next run looks for each at its destination, by its key, before making it again.
   */
  pending?: string[]
  /** What Slack, P2 and Make show of the issue: the form as last edited by someone who may declare. */
  published?: Published
  /** Someone below the declare permission edited the title or form since: not published. */
  unpublishedEdit?: string
  /** Follow-ups asked for (/followup) and not opened yet, by the entry that asked. */
  followupsOwed?: Array<{ key: string; by: string; title: string; owner?: string; due?: string }>
  /** New incidents owed for recurrences (/reopen after 48 hours), and the ones opened. */
  recurrences?: Array<{ key: string; by: string; text: string; number?: number }>
  /** The retrospective issue is owed (set by /resolve or /retro until it is opened). */
  retroOwed?: boolean
  /** The issue form's fields, kept so a run whose form is unchanged reads no YAML (domain/form.ts). */
  form?: KnownForm
  /** Why the reporter could not be thanked or told on GitHub (shown on the card; not retried). */
  reportProblem?: string
  /** The label events (label@time@login) already folded in: labels people add stand for commands. */
  labelsSeen?: string[]
  /** Runs in a row that could not deliver everything, and when the last one ended (the sweep backs off). */
  failedRuns?: number
  failedAt?: string
  /** Timeline entries dropped from the state to keep the card within GitHub's limit. */
  archived?: number
  /** WordPress tag ids by name, per site, so a post edit needs no tag lookup. */
  tags?: Partial<Record<'p2' | 'make', Record<string, number>>>
  /** The point person's decision on the public Make post (/public): post it now, or not at all (skip, with why). */
  public?: { by: string; at: string; skip?: string }
  /**
   * The runbook's critical GitHub issue for the code fix (the form said the incident relates
   * to our code): where it goes, the issue once opened, or why GitHub refused it (not retried).
   */
  code?: { repo: string; number?: number; url?: string; problem?: string }
  /** The page sent when nobody led in time (domain/paging.ts): when it was decided, and each service's steps. */
  page?: { at: string } & Partial<Record<'pagerduty' | 'opsgenie', PageSent>>
  /** Roles besides the lead (config roles), by name: who holds them. */
  roles?: Record<string, string>
  /** Work delegated with /task, numbered from 1. */
  tasks?: Task[]
}

/** One paging service's page: when each step was done, or why the service refused it (not retried). */
export interface PageSent {
  triggered?: string
  acknowledged?: string
  resolved?: string
  problem?: string
}

export interface Task {
  n: number
  owner: string
  text: string
  by: string
  at: string
  /** The /task comment: the owner's 👍 or 🎉 on it ticks the task. */
  comment?: number
  done?: { by: string; at: string }
}

export interface Followup {
  number: number
  title: string
  node?: string
  key?: string
  /** Who owns it (assigned) and when it is due (YYYY-MM-DD): /followup @x by 2026-12-10 title. */
  owner?: string
  due?: string
  /** Its owner is owed (or was sent) one nudge on the follow-up issue once it is overdue. */
  nudge?: 'owed' | 'done'
  /** Closed: done (completed) or not planned; with the merged pull request that closed it. */
  closed?: 'done' | 'not-planned'
  pr?: { number: number; url: string }
}

export interface Suspect {
  kind: 'pr' | 'deployment' | 'release'
  /** Merged, deployed or published. */
  at: string
  by?: string
  title: string
  url?: string
  /** A pull request's number. */
  number?: number
  /** A deployment's latest status (success, failure, in_progress…). */
  status?: string
  /** Marked with /suspect. */
  marked?: boolean
}

export interface Suspects {
  /** The window looked at: from `since` to `until` (absent: not read yet; the items are marks). */
  since?: string
  until?: string
  items: Suspect[]
  /** Changes in the window beyond the configured most. */
  more?: number
  /** What GitHub would not show (a permission the workflow lacks). */
  problem?: string
}

export interface Revert {
  key: string
  by: string
  /** The pull request to revert. */
  pr: number
  /** The revert pull request, once opened. */
  number?: number
  url?: string
  /** Why it could not be opened (not retried). */
  problem?: string
}

export interface Published {
  title: string
  summary: string
  affected: string
  started: string
  thirdParty: string
}


const BLOCK = /<!-- incident-ops:state (\{[\s\S]*?\}) -->/

/**
 * JSON in an HTML comment: `<` and `>` escaped so no user text can close the comment, `@`
 * and `#` so no mention or issue reference can be read out of it.
 */
export function encodeState(state: IncidentState): string {
  // Keys sorted: the same state is always the same text, so a run that changed nothing writes nothing.
  const json = JSON.stringify(state, (_key, value: unknown) => (isObj(value) ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]])) : value)).replace(/[<>@#]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `<!-- incident-ops:state ${json} -->`
}

export type Decoded = { state: IncidentState; repaired: string[] } | { error: string } | undefined

/** Finds and checks the state block in a text (the card's). undefined: there is none. */
export function decodeState(text: string | null | undefined): Decoded {
  const match = text ? BLOCK.exec(text) : null
  if (!match) return undefined
  let value: unknown
  try {
    value = JSON.parse(match[1])
  } catch {
    return { error: 'the state block is not valid JSON' }
  }
  return validateState(value)
}

const KINDS = new Set<EntryKind>(['reported', 'declared', 'confirmed', 'lead', 'update', 'note', 'status', 'severity', 'reopened', 'followup', 'retro', 'join', 'leave', 'public', 'role', 'task', 'slack'])
const REMINDERS: ReminderKind[] = ['no-lead', 'escalate', 'update', 'stuck', 'retro', 'make-post']
type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStr = (v: unknown): v is string => typeof v === 'string'
const isInt = (v: unknown): v is number => Number.isSafeInteger(v)
const isTime = (v: unknown): v is string => isStr(v) && !Number.isNaN(Date.parse(v))

/**
 * The state as read from a card, checked field by field. The core (version, status,
 * severity, timeline) must be sound or the whole is rejected (and rebuilt from the comments);
 * an optional field of the wrong shape is dropped and named in `repaired`, so one bad field
 * never crashes a run or a sweep.
 */
export function validateState(value: unknown): Decoded {
  if (!isObj(value) || value.v !== STATE_VERSION) return { error: 'the state block has an unexpected version' }
  if (!STATUSES.includes(value.status as Status) || !isInt(value.severity) || !Array.isArray(value.timeline) || !isStr(value.recorder)) {
    return { error: 'the state block has an unexpected shape' }
  }
  const repaired: string[] = []
  const keep = <T>(name: string, v: unknown, ok: (v: unknown) => v is T): T | undefined => {
    if (v === undefined) return undefined
    if (ok(v)) return v
    repaired.push(name)
    return undefined
  }
  const timeline: TimelineEntry[] = []
  for (const e of value.timeline) {
    if (isObj(e) && isStr(e.id) && isTime(e.at) && isStr(e.by) && KINDS.has(e.kind as EntryKind)) timeline.push(cleanEntry(e))
    else repaired.push('timeline entry')
  }
  const times: IncidentState['times'] = {}
  for (const [k, v] of Object.entries(isObj(value.times) ? value.times : {})) {
    if ((STATUSES.includes(k as Status) || k === 'lead' || k === 'update') && isTime(v)) times[k as Status] = v
    else repaired.push(`times.${k}`)
  }
  const reminders: NonNullable<IncidentState['reminders']> = {}
  for (const [k, v] of Object.entries(isObj(value.reminders) ? value.reminders : {})) {
    if (REMINDERS.includes(k as ReminderKind) && isObj(v) && isStr(v.anchor) && isTime(v.at)) {
      const comment = isObj(v.comment) && isInt(v.comment.id) && isStr(v.comment.node) ? { id: v.comment.id, node: v.comment.node } : undefined
      const sent: SentReminder = { anchor: v.anchor, at: v.at }
      if (comment) sent.comment = comment
      if (isStr(v.slack)) sent.slack = v.slack
      if (isStr(v.hide)) sent.hide = v.hide
      if (Array.isArray(v.to) && v.to.every(isStr)) sent.to = v.to
      reminders[k as ReminderKind] = sent
    } else repaired.push(`reminders.${k}`)
  }
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr)
  const slack = keep('slack', value.slack, (v): v is NonNullable<IncidentState['slack']> => isObj(v) && isStr(v.channel) && optional(v, { ts: isStr, link: isStr, pinned: isBool, synced: isStr, notice: isStr, team: isStr, imported: isStr, names: (n) => isObj(n) && Object.values(n).every(isStr), hinted: (h) => Array.isArray(h) && h.every(isStr), tasks: isStr }))
  const post = (v: unknown): v is PostRef => isObj(v) && optional(v, { id: isInt, url: isStr, synced: isStr })
  const state: IncidentState = {
    v: STATE_VERSION,
    status: value.status as Status,
    severity: value.severity,
    recorder: value.recorder,
    lead: keep('lead', value.lead, isStr),
    msr: keep('msr', value.msr, isStr),
    times,
    handled: keep('handled', value.handled, isInt) ?? 0,
    timeline,
    card: keep('card', value.card, isInt),
    slack,
    p2: keep('p2', value.p2, post),
    make: keep('make', value.make, post),
    thank: keep('thank', value.thank, (v): v is IncidentState['thank'] => v === 'owed' || v === 'done' || v === 'failed'),
    retro: keep('retro', value.retro, (v): v is NonNullable<IncidentState['retro']> => isObj(v) && optional(v, { number: isInt, when: isStr, handled: isInt, followups: isStr })),
    followups: keep('followups', value.followups, (v): v is NonNullable<IncidentState['followups']> => Array.isArray(v) && v.every(isFollowup)),
    suspects: keep('suspects', value.suspects, isSuspects),
    reverts: keep('reverts', value.reverts, (v): v is Revert[] => Array.isArray(v) && v.every((r) => isObj(r) && isStr(r.key) && isStr(r.by) && isInt(r.pr) && optional(r, { number: isInt, url: isStr, problem: isStr }))),
    helpers: keep('helpers', value.helpers, (v): v is NonNullable<IncidentState['helpers']> => Array.isArray(v) && v.every((h) => isObj(h) && isStr(h.login) && optional(h, { what: isStr }))),
    project: keep('project', value.project, (v): v is NonNullable<IncidentState['project']> => isObj(v) && Array.isArray(v.added) && v.added.every(isInt) && optional(v, { problem: isStr })),
    told: keep('told', value.told, (v): v is IncidentState['told'] => v === 'owed' || v === 'done' || v === 'failed'),
    reminders,
    snoozedUntil: keep('snoozedUntil', value.snoozedUntil, isTime),
    comments: keep('comments', value.comments, isInt),
    failures: {},
    pending: keep('pending', value.pending, strings),
    published: keep('published', value.published, (v): v is Published => isObj(v) && ['title', 'summary', 'affected', 'started', 'thirdParty'].every((k) => isStr(v[k]))),
    unpublishedEdit: keep('unpublishedEdit', value.unpublishedEdit, isStr),
    followupsOwed: keep('followupsOwed', value.followupsOwed, (v): v is NonNullable<IncidentState['followupsOwed']> => Array.isArray(v) && v.every((f) => isObj(f) && isStr(f.key) && isStr(f.by) && isStr(f.title) && optional(f, { owner: isStr, due: isStr }))),
    recurrences: keep('recurrences', value.recurrences, (v): v is NonNullable<IncidentState['recurrences']> => Array.isArray(v) && v.every((r) => isObj(r) && isStr(r.key) && isStr(r.by) && isStr(r.text) && optional(r, { number: isInt }))),
    retroOwed: keep('retroOwed', value.retroOwed, isBool),
    // A copy of the form's fields, not a record: one that does not read back is just read again.
    form: isKnownForm(value.form) ? value.form : undefined,
    archived: keep('archived', value.archived, isInt),
    reportProblem: keep('reportProblem', value.reportProblem, isStr),
    failedRuns: keep('failedRuns', value.failedRuns, isInt),
    labelsSeen: keep('labelsSeen', value.labelsSeen, strings),
    failedAt: keep('failedAt', value.failedAt, isTime),
    public: keep('public', value.public, (v): v is NonNullable<IncidentState['public']> => isObj(v) && isStr(v.by) && isTime(v.at) && optional(v, { skip: isStr })),
    code: keep('code', value.code, (v): v is NonNullable<IncidentState['code']> => isObj(v) && isStr(v.repo) && optional(v, { number: isInt, url: isStr, problem: isStr })),
    tags: keep('tags', value.tags, (v): v is NonNullable<IncidentState['tags']> => isObj(v) && Object.values(v).every((site) => isObj(site) && Object.values(site).every(isInt))),
    page: keep('page', value.page, (v): v is NonNullable<IncidentState['page']> => isObj(v) && isTime(v.at) && ['pagerduty', 'opsgenie'].every((k) => v[k] === undefined || (isObj(v[k]) && optional(v[k] as Obj, { triggered: isTime, acknowledged: isTime, resolved: isTime, problem: isStr })))),
    roles: keep('roles', value.roles, (v): v is Record<string, string> => isObj(v) && Object.values(v).every(isStr)),
    tasks: keep('tasks', value.tasks, (v): v is Task[] => Array.isArray(v) && v.every((t) => isObj(t) && isInt(t.n) && isStr(t.owner) && isStr(t.text) && isStr(t.by) && isTime(t.at) && optional(t, { comment: isInt, done: (d) => isObj(d) && isStr(d.by) && isTime(d.at) })))
  }
  for (const [dest, why] of Object.entries(isObj(value.failures) ? value.failures : {})) {
    if (['slack', 'p2', 'make', 'github', 'pagerduty', 'opsgenie'].includes(dest) && isStr(why)) state.failures[dest as 'slack'] = why
  }
  // No undefined keys: a saved state reads back equal to what was saved.
  for (const key of Object.keys(state) as Array<keyof IncidentState>) if (state[key] === undefined) delete state[key]
  if (!Object.keys(state.reminders!).length) delete state.reminders
  return { state, repaired }
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean'

function isFollowup(f: unknown): f is Followup {
  return (
    isObj(f) &&
    isInt(f.number) &&
    isStr(f.title) &&
    optional(f, { node: isStr, key: isStr, owner: isStr, due: isStr, nudge: (v) => v === 'owed' || v === 'done', closed: (v) => v === 'done' || v === 'not-planned', pr: (v) => isObj(v) && isInt(v.number) && isStr(v.url) })
  )
}

function isSuspects(v: unknown): v is Suspects {
  const kinds = ['pr', 'deployment', 'release']
  const item = (s: unknown) => isObj(s) && kinds.includes(s.kind as string) && isTime(s.at) && isStr(s.title) && optional(s, { by: isStr, url: isStr, number: isInt, status: isStr, marked: isBool })
  return isObj(v) && Array.isArray(v.items) && v.items.every(item) && optional(v, { more: isInt, since: isTime, until: isTime, problem: isStr })
}

function isKnownForm(v: unknown): v is KnownForm {
  const field = (f: unknown) => isObj(f) && isStr(f.label) && ['input', 'textarea', 'dropdown', 'checkboxes'].includes(f.type as string)
  return isObj(v) && isStr(v.hash) && isObj(v.fields) && Object.values(v.fields).every(field)
}

function optional(o: Obj, checks: Record<string, (v: unknown) => boolean>): boolean {
  return Object.entries(checks).every(([k, ok]) => o[k] === undefined || ok(o[k]))
}

function cleanEntry(e: Obj): TimelineEntry {
  const entry: TimelineEntry = { id: e.id as string, at: e.at as string, by: e.by as string, kind: e.kind as EntryKind }
  if (isStr(e.text)) entry.text = e.text
  if (isInt(e.comment)) entry.comment = e.comment
  if (isInt(e.issue)) entry.issue = e.issue
  if (isStr(e.role)) entry.role = e.role
  if (isStr(e.holder)) entry.holder = e.holder
  if (isInt(e.task)) entry.task = e.task
  if (STATUSES.includes(e.status as Status)) entry.status = e.status as Status
  if (isInt(e.severity)) entry.severity = e.severity
  if (isStr(e.lead)) entry.lead = e.lead
  if (isStr(e.slack)) entry.slack = e.slack
  if (isInt(e.p2)) entry.p2 = e.p2
  if (isStr(e.seen)) entry.seen = e.seen
  if (e.slackEdit === true) entry.slackEdit = true
  if (e.p2Edit === true) entry.p2Edit = true
  if (isTime(e.written)) entry.written = e.written
  if (isStr(e.slackUser)) entry.slackUser = e.slackUser
  if (e.mapped === true) entry.mapped = true
  if (isStr(e.permalink) && /^https:\/\//.test(e.permalink)) entry.permalink = e.permalink
  if (isStr(e.slackSeen)) entry.slackSeen = e.slackSeen
  return entry
}

/**
 * An issue body without an old state block: versions before 2 mirrored the state there. It
 * is never read as state (anyone can edit a body), only kept out of the form's answers.
 */
export function stripState(body: string | null | undefined): string {
  return (body ?? '').replace(/\s*<!-- incident-ops:state \{[\s\S]*?\} -->\s*$/, '').replace(BLOCK, '')
}

/** The action's hidden markers, defused in people's text that the action copies (no run can mistake it for its own). */
export function defuseMarkers(text: string): string {
  return text.replace(/<!--(\s*)incident-ops/gi, '<!--$1incident\u2011ops')
}

/** A short, single-line form of a text for the timeline and the state. */
export function shorten(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}
