// What the incident still owes Slack, P2, Make and the reporter, derived from its state.
// There is no separate outbox: a delivery records its result in the state (a ts, a post id,
// the key of the content written), so whatever is not recorded is owed, and a re-run that
// finds everything recorded sends nothing.
import { severityOf, type Config } from '../config/config.js'
import { isOpen } from './lifecycle.js'
import type { IncidentState, TimelineEntry } from './state.js'

export type Destination = 'slack' | 'p2' | 'make' | 'github'

export type SyncOp =
  | { dest: 'slack'; op: 'notice' | 'alert' | 'alert-edit' | 'pin' | 'unpin' }
  | { dest: 'slack'; op: 'reply' | 'reply-edit'; entry: string }
  | { dest: 'p2' | 'make'; op: 'post' | 'post-edit' }
  | { dest: 'p2'; op: 'comment' | 'comment-edit'; entry: string }
  | { dest: 'github'; op: 'thank' | 'tell-resolved' }

export type Enabled = Record<Exclude<Destination, 'github'>, boolean>

const SLACK_KINDS = new Set<TimelineEntry['kind']>(['lead', 'update', 'note', 'status', 'severity', 'reopened', 'join', 'leave'])
const P2_KINDS = new Set<TimelineEntry['kind']>(['update', 'status', 'severity', 'reopened'])

export const wantsSlack = (e: TimelineEntry) => SLACK_KINDS.has(e.kind) && e.slack !== ''
export const wantsP2 = (e: TimelineEntry) => P2_KINDS.has(e.kind) && e.p2 !== 0

/** A short hash of what a message or post shows; a different key means an edit is owed. */
export function contentKey(...parts: Array<string | number | undefined>): string {
  let hash = 0x811c9dc5
  for (const ch of parts.map((p) => p ?? '').join('\u0000')) {
    hash ^= ch.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

export const alertKey = (s: IncidentState, title: string) => contentKey(title, s.status, s.severity, s.lead, s.p2?.url, s.make?.url)
export const p2Key = (s: IncidentState, title: string) => contentKey(title, s.status, s.severity, s.lead, s.make?.url, s.slack?.link)
export const makeKey = (s: IncidentState, title: string) => contentKey(title, s.status)

export function makeWanted(state: IncidentState, config: Config): boolean {
  return Boolean(state.make?.id) || Boolean(severityOf(config, state.severity)?.makePost)
}

export function owedSyncs(state: IncidentState, title: string, config: Config, enabled: Enabled): SyncOp[] {
  const ops: SyncOp[] = []
  if (state.status === 'reported') {
    if (enabled.slack && !state.slack?.notice) ops.push({ dest: 'slack', op: 'notice' })
    return ops
  }
  if (enabled.slack) {
    if (!state.slack?.ts) ops.push({ dest: 'slack', op: 'alert' })
    else if (state.slack.synced !== alertKey(state, title)) ops.push({ dest: 'slack', op: 'alert-edit' })
    const pin = config.slack.pin && isOpen(state.status)
    if (pin && !state.slack?.pinned) ops.push({ dest: 'slack', op: 'pin' })
    if (!pin && state.slack?.pinned) ops.push({ dest: 'slack', op: 'unpin' })
    for (const e of state.timeline.filter(wantsSlack)) {
      if (!e.slack) ops.push({ dest: 'slack', op: 'reply', entry: e.id })
      else if (e.slackEdit) ops.push({ dest: 'slack', op: 'reply-edit', entry: e.id })
    }
  }
  if (enabled.p2) {
    if (!state.p2?.id) ops.push({ dest: 'p2', op: 'post' })
    else if (state.p2.synced !== p2Key(state, title)) ops.push({ dest: 'p2', op: 'post-edit' })
    for (const e of state.timeline.filter(wantsP2)) {
      if (!e.p2) ops.push({ dest: 'p2', op: 'comment', entry: e.id })
      else if (e.p2Edit) ops.push({ dest: 'p2', op: 'comment-edit', entry: e.id })
    }
  }
  if (enabled.make && makeWanted(state, config)) {
    if (!state.make?.id) ops.push({ dest: 'make', op: 'post' })
    else if (state.make.synced !== makeKey(state, title)) ops.push({ dest: 'make', op: 'post-edit' })
  }
  if (state.thank === 'owed') ops.push({ dest: 'github', op: 'thank' })
  if (state.told === 'owed') ops.push({ dest: 'github', op: 'tell-resolved' })
  return ops
}
