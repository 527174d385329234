// What templates see of suspect changes, reverts and follow-ups (with their owners, due dates
// and the pull requests that closed them). URLs are wrapped so they stay links.
import { isOverdue } from '../domain/followups.js'
import type { IncidentState } from '../domain/state.js'
import { formatDuration } from '../domain/time.js'
import { safeUrl } from './escape.js'

export function changesView(state: IncidentState, nowMs: number) {
  const s = state.suspects
  return {
    suspects: (s?.items ?? []).map((item) => ({ ...item, url: safeUrl(item.url) })),
    changes: s && {
      read: Boolean(s.until),
      since: s.since,
      until: s.until,
      window: s.since && s.until ? formatDuration(Date.parse(s.until) - Date.parse(s.since)) : '',
      more: s.more,
      problem: s.problem
    },
    reverts: (state.reverts ?? []).map((r) => ({ ...r, url: safeUrl(r.url) })),
    followupItems: (state.followups ?? []).map((f) => ({ ...f, overdue: isOverdue(f, nowMs), pr: f.pr && { number: f.pr.number, url: safeUrl(f.pr.url) } }))
  }
}
