// Is the scheduled sweep running? An event run can tell without a request: a reminder that
// fell due more than three sweep intervals ago and is still unsent means no sweep has run
// since (GitHub disabled the schedule, the workflow is missing or failing).
import type { Config } from '../config/config.js'
import { upcoming } from './reminders.js'
import type { IncidentState, ReminderKind } from './state.js'

/** The example reminders workflow runs every 10 minutes. */
export const DEFAULT_SWEEP_EVERY_MS = 10 * 60_000
export const SWEEP_LATE_INTERVALS = 3

const WHAT: Record<ReminderKind, string> = { 'no-lead': 'no-lead', escalate: 'escalation', update: 'update', stuck: 'stuck incident', retro: 'retrospective', 'make-post': 'Make post' }

export interface LateReminder {
  /** The reminder in words ("no-lead", "update"…). */
  what: string
  dueAt: string
}

/** The most overdue reminder, when it is overdue by more than three sweep intervals. */
export function lateReminder(state: IncidentState, nowMs: number, config: Config, sweepEveryMs = DEFAULT_SWEEP_EVERY_MS): LateReminder | undefined {
  // Every unsent reminder counts, even one a later one supersedes: it was due, and no sweep came.
  const late = upcoming(state, nowMs, config)
    .filter((r) => nowMs - r.dueAt > SWEEP_LATE_INTERVALS * sweepEveryMs)
    .sort((a, b) => a.dueAt - b.dueAt)[0]
  return late && { what: WHAT[late.kind], dueAt: new Date(late.dueAt).toISOString() }
}
