// What the incident still owes outside its card, derived from its state: Slack, P2, Make,
// the reporter, and the issues it opens (retrospective, follow-ups, recurrences). There is
// no separate outbox: a delivery records its result in the state (a ts, a post id, an issue
// number, the key of the content written), so whatever is not recorded is owed, and a
// re-run that finds everything recorded sends nothing.
import type { Config } from '../config/config.js'
import { isOpen } from './lifecycle.js'
import { owedPageOps, type PageOp, type PagingService } from './paging.js'
import { makeLimited, makePlan } from './public-post.js'
import { suspectsOwed } from './suspects.js'
import type { IncidentState, ReminderKind, TimelineEntry } from './state.js'

export type Destination = 'slack' | 'p2' | 'make' | 'github' | PagingService

export type SyncOp =
  | { dest: 'slack'; op: 'notice' | 'alert' | 'alert-edit' | 'pin' | 'unpin' | 'tasks' }
  | { dest: 'slack'; op: 'reply' | 'reply-edit'; entry: string }
  | { dest: 'slack'; op: 'reminder'; kind: ReminderKind }
  | { dest: 'p2' | 'make'; op: 'post' | 'post-edit' }
  | { dest: 'p2'; op: 'comment' | 'comment-edit'; entry: string }
  | { dest: 'github'; op: 'thank' | 'tell-resolved' | 'retro' | 'project' | 'code-issue' }
  | { dest: 'github'; op: 'followup' | 'recurrence'; key: string }
  | { dest: 'github'; op: 'reminder' | 'hide-reminder'; kind: ReminderKind }
  | { dest: PagingService; op: PageOp }
  | { dest: 'github'; op: 'suspects' | 'retro-followups' }
  | { dest: 'github'; op: 'revert' | 'nudge'; key: string }

/** The destinations that are on (paging services: absent means off). */
export type Enabled = Record<'slack' | 'p2' | 'make', boolean> & Partial<Record<PagingService, boolean>>

const SLACK_KINDS = new Set<TimelineEntry['kind']>(['lead', 'update', 'note', 'status', 'severity', 'reopened', 'join', 'leave', 'public', 'role', 'task'])
const P2_KINDS = new Set<TimelineEntry['kind']>(['update', 'status', 'severity', 'reopened'])

export const wantsSlack = (e: TimelineEntry) => SLACK_KINDS.has(e.kind) && e.slack !== ''
export const wantsP2 = (e: TimelineEntry) => P2_KINDS.has(e.kind) && e.p2 !== 0

/** The op's name: unique per incident, stable across runs, and the key written at its destination. */
export function opName(op: SyncOp): string {
  const detail = 'entry' in op ? op.entry : 'key' in op ? op.key : 'kind' in op ? op.kind : undefined
  return `${op.dest}:${op.op}${detail ? `:${detail}` : ''}`
}

/** Ops that make something new: done twice, they would show twice. Edits, pins and hides are safe to repeat. */
export function creates(op: SyncOp): boolean {
  return !/-edit$|^(pin|unpin|hide-reminder|project|suspects|retro-followups)$/.test(op.op)
}

/** A short hash of what a message or post shows; a different key means an edit is owed. */
export function contentKey(...parts: Array<string | number | undefined>): string {
  let hash = 0x811c9dc5
  for (const ch of parts.map((p) => p ?? '').join('\u0000')) {
    hash ^= ch.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

const shown = (s: IncidentState) => {
  const p = s.published
  return p ? [p.title, p.summary, p.affected, p.started, p.thirdParty].join('\n') : ''
}
export const alertKey = (s: IncidentState) => contentKey(shown(s), s.status, s.severity, s.lead, s.p2?.url, s.make?.url)
export const p2Key = (s: IncidentState) => contentKey(shown(s), s.status, s.severity, s.lead, s.make?.url, s.slack?.link)
// A post whose incident was lowered to a severity that is not announced says its impact is limited.
export const makeKey = (s: IncidentState, config: Config) => contentKey(s.published?.title, s.published?.summary, s.status, ...(makeLimited(s, config) ? ['limited'] : []))

/** Whether the incident has (or should now have) a public Make post: see public-post.ts. */
export function makeWanted(state: IncidentState, config: Config): boolean {
  const plan = makePlan(state, config)
  return plan === 'posted' || plan === 'owed'
}

/**
 * What is owed, in the order to do it: GitHub first; then what other things link to (the
 * Slack alert, the Make post, the P2 post that links both); then thread replies and comments;
 * edits last, so that each message or post is edited once for all that changed.
 */
export function owedSyncs(state: IncidentState, config: Config, enabled: Enabled): SyncOp[] {
  const ops: SyncOp[] = []
  const edits: SyncOp[] = []
  if (state.retroOwed && !state.retro?.number) ops.push({ dest: 'github', op: 'retro' })
  for (const f of state.followupsOwed ?? []) ops.push({ dest: 'github', op: 'followup', key: f.key })
  for (const r of state.recurrences ?? []) if (!r.number) ops.push({ dest: 'github', op: 'recurrence', key: r.key })
  if (config.project && state.project?.added && !state.project.problem && (state.followups ?? []).some((f) => !state.project!.added.includes(f.number))) {
    ops.push({ dest: 'github', op: 'project' })
  }
  const reminders = Object.entries(state.reminders ?? {}) as Array<[ReminderKind, NonNullable<IncidentState['reminders']>[ReminderKind]]>
  for (const [kind, sent] of reminders) {
    if (!sent) continue
    if (!sent.comment) ops.push({ dest: 'github', op: 'reminder', kind })
    else if (sent.hide) ops.push({ dest: 'github', op: 'hide-reminder', kind })
  }
  const slackReminders = () => {
    for (const [kind, sent] of reminders) if (enabled.slack && sent && sent.slack === undefined && state.slack?.ts) ops.push({ dest: 'slack', op: 'reminder', kind })
  }
  // Paging first: it is what wakes people.
  ops.push(...owedPageOps(state, enabled))
  for (const f of state.followups ?? []) if (f.nudge === 'owed') ops.push({ dest: 'github', op: 'nudge', key: String(f.number) })
  if (state.retro?.number && state.followups?.length && state.retro.followups !== retroFollowupsKey(state)) ops.push({ dest: 'github', op: 'retro-followups' })
  if (state.status === 'reported') {
    if (enabled.slack && !state.slack?.notice) ops.push({ dest: 'slack', op: 'notice' })
    return ops
  }
  if (state.code && !state.code.number && !state.code.problem) ops.push({ dest: 'github', op: 'code-issue' })
  if (enabled.slack && !state.slack?.ts) ops.push({ dest: 'slack', op: 'alert' })
  const make = enabled.make && makeWanted(state, config)
  // A post a killed run may have made stays owed until it is looked for, wanted or not (deliver.ts).
  if (enabled.make && !state.make?.id && (make || state.pending?.includes('make:post'))) ops.push({ dest: 'make', op: 'post' })
  if (enabled.p2 && !state.p2?.id) ops.push({ dest: 'p2', op: 'post' })
  if (enabled.slack) {
    const pin = config.slack.pin && isOpen(state.status)
    if (pin && !state.slack?.pinned) ops.push({ dest: 'slack', op: 'pin' })
    if (!pin && state.slack?.pinned) ops.push({ dest: 'slack', op: 'unpin' })
    for (const e of state.timeline.filter(wantsSlack)) {
      if (!e.slack) ops.push({ dest: 'slack', op: 'reply', entry: e.id })
      else if (e.slackEdit) edits.push({ dest: 'slack', op: 'reply-edit', entry: e.id })
    }
    slackReminders()
    if (state.slack?.ts && state.slack.tasks === undefined && (state.status === 'resolved' || state.status === 'reviewed') && state.tasks?.some((t) => !t.done)) ops.push({ dest: 'slack', op: 'tasks' })
    if (state.slack?.ts && state.slack.synced !== alertKey(state)) edits.unshift({ dest: 'slack', op: 'alert-edit' })
  }
  if (enabled.p2) {
    for (const e of state.timeline.filter(wantsP2)) {
      if (!e.p2) ops.push({ dest: 'p2', op: 'comment', entry: e.id })
      else if (e.p2Edit) edits.push({ dest: 'p2', op: 'comment-edit', entry: e.id })
    }
    if (state.p2?.id && state.p2.synced !== p2Key(state)) edits.push({ dest: 'p2', op: 'post-edit' })
  }
  if (make && state.make?.id && state.make.synced !== makeKey(state, config)) edits.push({ dest: 'make', op: 'post-edit' })
  ops.push(...changeOps(state, config))
  if (state.thank === 'owed') ops.push({ dest: 'github', op: 'thank' })
  if (state.told === 'owed') ops.push({ dest: 'github', op: 'tell-resolved' })
  return [...ops, ...edits]
}

/**
 * Whether an owed op has to wait for an earlier owed one (owedSyncs' order), rather than run
 * side by side with it: it needs what that one records (the alert's ts, the P2 post's id),
 * shows it (the links between the alert and the posts), or must follow it (thread replies and
 * P2 comments in timeline order; GitHub one request at a time).
 */
export function waitsFor(op: SyncOp, earlier: SyncOp): boolean {
  // Reading the changes before the incident waits for nothing, and nothing waits for it.
  if (op.op === 'suspects' || earlier.op === 'suspects') return false
  const is = (o: SyncOp, dest: Destination, name: SyncOp['op']) => o.dest === dest && o.op === name
  const postCreated = is(earlier, 'p2', 'post') || is(earlier, 'make', 'post')
  switch (op.dest) {
    case 'github':
      return earlier.dest === 'github'
    case 'slack':
      // Everything in Slack but the alert itself acts on the alert or its thread.
      if (is(earlier, 'slack', 'alert') || is(earlier, 'slack', 'notice')) return true
      if (op.op === 'alert-edit') return postCreated
      if (op.op === 'reply' || op.op === 'reminder' || op.op === 'tasks') return is(earlier, 'slack', 'reply') || is(earlier, 'slack', 'reminder')
      return false
    case 'p2':
      if (op.op === 'post' || op.op === 'post-edit') return is(earlier, 'slack', 'alert') || is(earlier, 'make', 'post')
      if (op.op === 'comment') return is(earlier, 'p2', 'post') || is(earlier, 'p2', 'comment')
      return false
    case 'make':
      return false
    case 'pagerduty':
    case 'opsgenie':
      // One step at a time per service, in order.
      return earlier.dest === op.dest
  }
}

/** What the changes before the incident owe: reading them once, and the reverts asked for. */
function changeOps(state: IncidentState, config: Config): SyncOp[] {
  const ops: SyncOp[] = []
  if (config.suspects && state.suspects && suspectsOwed(state.suspects)) ops.push({ dest: 'github', op: 'suspects' })
  for (const r of state.reverts ?? []) if (!r.number && !r.problem) ops.push({ dest: 'github', op: 'revert', key: r.key })
  return ops
}

/** What the retrospective's action items show of the follow-ups; a different key means its body owes an edit. */
export const retroFollowupsKey = (s: IncidentState) => contentKey(...(s.followups ?? []).map((f) => `${f.number}:${f.closed ?? ''}:${f.pr?.number ?? ''}`))
