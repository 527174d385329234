// The daily digest: which open incidents to list, and what is overdue on each, at time T.
// Pure: the sweep posts it (handlers/digest.ts); no incident's state is written for it.
import { severityOf, type Config } from '../config/config.js'
import { isOverdue } from './followups.js'
import type { IncidentState } from './state.js'
import { formatDuration } from './time.js'

/** The local date (YYYY-MM-DD) and minute of the day in a time zone. */
export function localClock(nowMs: number, timezone: string): { date: string; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(nowMs))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return { date: `${get('year')}-${get('month')}-${get('day')}`, minute: (Number(get('hour')) % 24) * 60 + Number(get('minute')) }
}

/**
 * Today's digest is due (its local time has come): its date, and when the local day began (the
 * channel is looked at from then, so a digest time changed during the day does not post twice).
 */
export function digestDue(nowMs: number, config: Config): { date: string; sinceMs: number } | undefined {
  if (!config.digest) return undefined
  const { date, minute } = localClock(nowMs, config.timezone)
  if (minute < config.digest.atMinute) return undefined
  return { date, sinceMs: nowMs - minute * 60_000 - (nowMs % 60_000) }
}

const OPEN = new Set(['recorded', 'stabilized', 'investigating'])

/** What is overdue on an incident now, in words. */
export function overdueOf(state: IncidentState, nowMs: number, config: Config): string[] {
  const severity = severityOf(config, state.severity)
  const since = (iso: string | undefined) => (iso ? nowMs - Date.parse(iso) : NaN)
  const out: string[] = []
  if (state.status === 'reported') out.push(`awaiting confirmation for ${formatDuration(since(state.times.reported))}`)
  if (severity && OPEN.has(state.status)) {
    if (!state.lead && since(state.times.recorded) > severity.leadWithinMs) out.push(`no lead for ${formatDuration(since(state.times.recorded))}`)
    const last = state.times.update ?? state.times.lead ?? state.times.recorded
    if (state.lead && since(last) > severity.updateEveryMs) out.push(`update (every ${formatDuration(severity.updateEveryMs)}; last ${formatDuration(since(last))} ago)`)
  }
  if ((state.status === 'stabilized' || state.status === 'investigating') && since(state.times[state.status]) > config.reminders.stuckAfterMs) {
    out.push(`resolution (${state.status} for ${formatDuration(since(state.times[state.status]))})`)
  }
  if (state.status === 'resolved' && severity?.retrospective && since(state.times.resolved) > config.reminders.retroAfterMs) out.push(`retrospective (resolved ${formatDuration(since(state.times.resolved))} ago)`)
  for (const f of state.followups ?? []) if (isOverdue(f, nowMs)) out.push(`follow-up #${f.number} (due ${f.due}${f.owner ? `, ${f.owner}` : ''})`)
  return out
}

/** The incidents the digest lists: every open one but those already reviewed, most severe first. */
export function digestLines<T extends { number: number; state: IncidentState }>(incidents: T[], nowMs: number, config: Config) {
  return incidents
    .filter((i) => i.state.status !== 'reviewed')
    .sort((a, b) => a.state.severity - b.state.severity || a.number - b.number)
    .map((i) => {
      const last = i.state.times.update
      return { ...i, severity: i.state.severity, status: i.state.status, lead: i.state.lead, lastUpdate: last ? `${formatDuration(nowMs - Date.parse(last))} ago` : 'none yet', overdue: overdueOf(i.state, nowMs, config) }
    })
}
