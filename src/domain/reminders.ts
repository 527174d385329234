// Reminder policy: what is due at time T, computed from stored times only. A cron run that
// is late, dropped or doubled changes nothing: each reminder has an anchor (the time it
// counts from) and is sent once per anchor, at the first sweep after it falls due.
import { severityOf, type Config } from '../config/config.js'
import type { IncidentState, ReminderKind } from './state.js'

export interface Reminder {
  kind: ReminderKind
  /** What the reminder is about; the same anchor is never reminded twice. */
  anchor: string
  dueAt: number
  /** Who is reminded (logins); empty for the channel-wide escalation. */
  to: string[]
}

const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : NaN)
const OPEN = new Set(['recorded', 'stabilized', 'investigating'])

/** The reminders the incident has coming, as of now (sent or not). */
export function upcoming(state: IncidentState, nowMs: number, config: Config): Reminder[] {
  const severity = severityOf(config, state.severity)
  if (!severity) return []
  const out: Reminder[] = []
  const recorded = ms(state.times.recorded)
  const owner = state.lead ?? state.msr ?? state.recorder
  // Once the channel has been told, reminding the MSR alone is moot.
  const escalated = state.reminders?.escalate?.anchor === state.times.recorded
  if (OPEN.has(state.status) && !state.lead && !Number.isNaN(recorded) && !escalated) {
    out.push({ kind: 'no-lead', anchor: state.times.recorded!, dueAt: recorded + severity.leadWithinMs, to: [state.msr ?? state.recorder] })
  }
  if (OPEN.has(state.status) && !state.lead && !Number.isNaN(recorded)) {
    out.push({ kind: 'escalate', anchor: state.times.recorded!, dueAt: recorded + severity.escalateAfterMs, to: [] })
  }
  if (OPEN.has(state.status) && state.lead) {
    // Counted from the last update (or from when the lead took over); repeated each cadence.
    const base = Math.max(ms(state.times.update) || 0, ms(state.times.lead) || 0, recorded || 0)
    const cadence = severity.updateEveryMs
    const sent = state.reminders?.update?.anchor.startsWith(`${new Date(base).toISOString()}#`) ? Number(state.reminders.update.anchor.split('#')[1]) : 0
    const k = Math.max(sent + 1, Math.floor((nowMs - base) / cadence))
    const snoozed = ms(state.snoozedUntil)
    const dueAt = Math.max(base + k * cadence, Number.isNaN(snoozed) ? 0 : snoozed)
    out.push({ kind: 'update', anchor: `${new Date(base).toISOString()}#${k}`, dueAt, to: [state.lead] })
  }
  if ((state.status === 'stabilized' || state.status === 'investigating') && state.times[state.status]) {
    out.push({ kind: 'stuck', anchor: `${state.status}:${state.times[state.status]}`, dueAt: ms(state.times[state.status]) + config.reminders.stuckAfterMs, to: [owner] })
  }
  // The public Make post is the comms role's step: when the action could not publish it (Make
  // keeps failing) by the time a lead was due, comms is asked to see to it.
  if (OPEN.has(state.status) && severity.makePost && !state.make?.id && state.failures.make && !Number.isNaN(recorded)) {
    out.push({ kind: 'make-post', anchor: state.times.recorded!, dueAt: recorded + severity.leadWithinMs, to: [roleHolder(state, 'comms') ?? owner] })
  }
  if (state.status === 'resolved' && severity.retrospective && state.times.resolved) {
    out.push({ kind: 'retro', anchor: state.times.resolved, dueAt: ms(state.times.resolved) + config.reminders.retroAfterMs, to: [owner] })
  }
  return out
    .filter((r) => state.reminders?.[r.kind]?.anchor !== r.anchor)
    .map((r) => ({ ...r, dueAt: afterQuietHours(r.dueAt, state.severity, config) }))
}

/** Who holds a role (/role); undefined when nobody does. */
export function roleHolder(state: IncidentState, role: string): string | undefined {
  return state.roles?.[role]
}

export function dueReminders(state: IncidentState, nowMs: number, config: Config): Reminder[] {
  const due = upcoming(state, nowMs, config).filter((r) => r.dueAt <= nowMs)
  // Escalating to the channel supersedes reminding the MSR.
  return due.some((r) => r.kind === 'escalate') ? due.filter((r) => r.kind !== 'no-lead') : due
}

export function nextReminderAt(state: IncidentState, nowMs: number, config: Config): number | undefined {
  const times = upcoming(state, nowMs, config).map((r) => r.dueAt)
  return times.length ? Math.min(...times) : undefined
}

/** A time inside the configured quiet hours moves to their end. */
export function afterQuietHours(atMs: number, severity: number, config: Config): number {
  const quiet = config.reminders.quietHours
  if (!quiet || !quiet.severities.includes(severity)) return atMs
  const minute = localMinute(atMs, config.timezone)
  const inside = quiet.start <= quiet.end ? minute >= quiet.start && minute < quiet.end : minute >= quiet.start || minute < quiet.end
  if (!inside) return atMs
  const wait = (quiet.end - minute + 1440) % 1440
  return atMs + wait * 60_000 - (atMs % 60_000)
}

function localMinute(atMs: number, timezone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(atMs))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return (get('hour') % 24) * 60 + get('minute')
}

/**
 * The state with the reminders due now recorded as owed (sync.ts then owes their comment and
 * Slack message). Each replaces the last one of its kind, which is owed hiding as outdated.
 */
export function recordDueReminders(state: IncidentState, nowMs: number, config: Config): IncidentState {
  const due = dueReminders(state, nowMs, config)
  if (!due.length) return state
  const reminders = { ...state.reminders }
  for (const r of due) {
    const previous = reminders[r.kind]
    reminders[r.kind] = { anchor: r.anchor, at: new Date(nowMs).toISOString(), to: r.to, hide: previous?.comment?.node ?? previous?.hide, slack: state.slack?.ts ? undefined : '' }
  }
  return { ...state, reminders }
}
