// Suspect changes: what changed in the repository shortly before an incident started — merged
// pull requests, deployments (with their latest status), releases — most recent first.
import type { Suspect, Suspects } from './state.js'

/**
 * When the incident started: the form's "When it started" when it reads as a time
 * (2026-11-27 14:05, with an optional UTC or offset; no zone means UTC) and is not after the
 * recording, else the recording time.
 */
export function startedAt(started: string, recordedAt: string): string {
  const match = /(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2})(?::\d{2})?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?/i.exec(started)
  if (match) {
    const zone = !match[3] || /^(z|utc|gmt)$/i.test(match[3]) ? 'Z' : match[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    const ms = Date.parse(`${match[1]}T${(match[2] ?? '00:00').padStart(5, '0')}:00${zone}`)
    if (!Number.isNaN(ms) && ms <= Date.parse(recordedAt)) return new Date(ms).toISOString()
  }
  return recordedAt
}

/**
 * The changes from `window` before the start up to the recording (a start time people give is
 * often an estimate), most recent first, at most `max` of them.
 */
export function pickSuspects(changes: Suspect[], start: string, recordedAt: string, windowMs: number, max: number): Suspects {
  const since = new Date(Date.parse(start) - windowMs).toISOString()
  const until = new Date(Math.max(Date.parse(start), Date.parse(recordedAt))).toISOString()
  const inWindow = changes.filter((c) => c.at >= since && c.at <= until).sort((a, b) => b.at.localeCompare(a.at))
  return { since, until, items: inWindow.slice(0, max), ...(inWindow.length > max ? { more: inWindow.length - max } : {}) }
}

/** /suspect #123: the change is marked; a pull request not listed is added, marked (GitHub shows its title from the reference). */
export function markSuspect(suspects: Suspects | undefined, pr: number, at: string): Suspects {
  const base = suspects ?? { items: [] }
  if (base.items.some((s) => s.kind === 'pr' && s.number === pr)) return { ...base, items: base.items.map((s) => (s.kind === 'pr' && s.number === pr ? { ...s, marked: true } : s)) }
  return { ...base, items: [{ kind: 'pr', number: pr, at, title: '', marked: true }, ...base.items] }
}

/** The changes just read, keeping the marks made before (a /suspect while the read was owed). */
export function withMarks(read: Suspects, before: Suspects | undefined): Suspects {
  const marked = (before?.items ?? []).filter((s) => s.marked && s.kind === 'pr')
  const items = read.items.map((s) => (s.kind === 'pr' && marked.some((m) => m.number === s.number) ? { ...s, marked: true } : s))
  const unlisted = marked.filter((m) => !items.some((s) => s.kind === 'pr' && s.number === m.number))
  return { ...read, items: [...unlisted, ...items] }
}

/** Whether the changes before the incident are still to be read. */
export const suspectsOwed = (suspects: Suspects | undefined) => !suspects?.until
