// Follow-ups that get done: an owner and a due date (`/followup @x by 2026-12-10 title`),
// one nudge on the follow-up issue once it is overdue, and closing by a pull request shown as done.
import type { Followup, IncidentState } from './state.js'

const LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** `@x by 2026-12-10 title` (owner and date optional, either order) → its parts, or what is wrong. */
export function parseFollowup(text: string): { text: string; owner?: string; due?: string } | { problem: string } {
  const words = text.split(/[ \t]+/)
  let owner: string | undefined
  let due: string | undefined
  for (;;) {
    const login = LOGIN.exec(words[0] ?? '')
    if (login && !owner) {
      owner = login[1]
      words.shift()
    } else if (/^by$/i.test(words[0] ?? '') && !due) {
      const date = words[1] ?? ''
      if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
        return { problem: `Give the due date as YYYY-MM-DD, e.g. \`/followup @octocat by 2026-12-10 add an index\` (got "${date.slice(0, 40)}").` }
      }
      due = date
      words.splice(0, 2)
    } else break
  }
  const title = words.join(' ').trim()
  if (!title) return { problem: 'Write the title after the command, e.g. `/followup @octocat by 2026-12-10 add an index`.' }
  return { text: title, ...(owner ? { owner } : {}), ...(due ? { due } : {}) }
}

/** A follow-up is overdue once its due day (UTC) is over and it is not closed. */
export function isOverdue(f: Followup, nowMs: number): boolean {
  return Boolean(f.due) && !f.closed && nowMs >= Date.parse(`${f.due}T00:00:00Z`) + 86_400_000
}

/** Overdue follow-ups whose owner has not been nudged yet: the sweep starts the incident's run for them. */
export function nudgesDue(state: IncidentState, nowMs: number): Followup[] {
  return (state.followups ?? []).filter((f) => f.owner && !f.nudge && isOverdue(f, nowMs))
}

/** Follow-ups whose issue may have changed since last read: still open as far as the state knows. */
export function openFollowups(state: IncidentState): Followup[] {
  return (state.followups ?? []).filter((f) => !f.closed)
}
