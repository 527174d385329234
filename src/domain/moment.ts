// The moment a note or the form describes, as people write it: "10:02" (UTC), "10:02+02:00",
// "10:02 -0500", "10:02Z", or a full date-time ("2026-11-27T10:02Z", "2026-11-27 10:02",
// UTC unless an offset is given). A bare time means today, or yesterday when today's would
// be more than 12 hours after the moment it is measured from (a note typed at 00:10 about 23:55).

export type Moment = { ok: true; at: string } | { ok: false; problem: string }

const OFFSET = String.raw`(?:\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?`
const TIME = new RegExp(String.raw`^(\d{1,2}):(\d{2})(?::(\d{2}))?${OFFSET}$`, 'i')
const DATE_TIME = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?${OFFSET}$`, 'i')

/** Minutes east of UTC for "Z", "UTC", "+02:00", "-0500", "+05"; undefined for a bad offset. */
function offsetMinutes(text: string | undefined): number | undefined {
  if (!text || /^(z|utc|gmt)$/i.test(text)) return 0
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text)
  if (!m) return undefined
  const hours = Number(m[2])
  const minutes = Number(m[3] ?? 0)
  if (hours > 14 || minutes > 59) return undefined
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes)
}

/**
 * A written moment, measured from `referenceMs` (when the note was written). undefined: the
 * text is not a time at all. A time in the future of the reference is refused.
 */
export function parseMoment(text: string, referenceMs: number): Moment | undefined {
  const trimmed = text.trim()
  const full = DATE_TIME.exec(trimmed)
  const bare = full ? undefined : TIME.exec(trimmed)
  if (!full && !bare) return undefined
  const [hh, mm, ss, zone] = full ? [full[4], full[5], full[6], full[7]] : [bare![1], bare![2], bare![3], bare![4]]
  const hour = Number(hh)
  const minute = Number(mm)
  const second = Number(ss ?? 0)
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, problem: `"${trimmed}" is not a time of day (use HH:MM, 00:00 to 23:59).` }
  const offset = offsetMinutes(zone)
  if (offset === undefined) return { ok: false, problem: `"${zone}" is not a UTC offset (use e.g. +02:00 or -0500).` }
  let ms: number
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])]
    ms = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000
    const check = new Date(ms + offset * 60_000)
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { ok: false, problem: `"${trimmed}" is not a date.` }
  } else {
    // Today in the writer's offset, else yesterday when today's is more than half a day ahead
    // (a note typed at 00:10 about 23:55). A time shortly ahead is refused below, not filed a
    // day early: it is a wrong zone or a typo far more often than yesterday.
    const local = new Date(referenceMs + offset * 60_000)
    ms = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, minute, second) - offset * 60_000
    if (ms > referenceMs + 12 * 3_600_000) ms -= 86_400_000
  }
  // A minute's grace: clocks differ.
  if (ms > referenceMs + 60_000) return { ok: false, problem: `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC is in the future.` }
  return { ok: true, at: new Date(ms).toISOString() }
}

/**
 * A note's text that starts with "at <moment>": the moment and the rest. undefined when it
 * does not start with a time ("at the office we saw…" is just text).
 */
export function splitAt(text: string, referenceMs: number): { moment: Moment; rest: string } | undefined {
  const match = /^at\s+(\d{4}-\d{2}-\d{2}[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?|\d{1,2}:\d{2}(?::\d{2})?)(\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)(?![\w:]))?[\s,:–-]*/i.exec(text)
  if (!match) return undefined
  const moment = parseMoment(`${match[1]}${match[2] ?? ''}`, referenceMs)
  if (!moment) return undefined
  return { moment, rest: text.slice(match[0].length).trim() }
}

/**
 * Where a note belongs, written at `written`: at the moment its "at …" names (its text without
 * it), else when it was written. Used again when the note is edited.
 */
export function placeNote(text: string, written: string): { text: string; at: string; written?: string } {
  const dated = splitAt(text, Date.parse(written))
  return dated?.moment.ok ? { text: dated.rest || text, at: dated.moment.at, written } : { text, at: written, written: undefined }
}

/**
 * When impact started, from the form's free-text answer, measured from when the incident was
 * reported: a time or date-time as above, else "now"/"just now". undefined when it cannot be read.
 */
export function impactStart(answer: string | undefined, reportedIso: string | undefined): string | undefined {
  if (!answer || !reportedIso) return undefined
  const reported = Date.parse(reportedIso)
  if (/^(just\s+)?now$/i.test(answer.trim())) return reportedIso
  // "10:02 UTC, maybe earlier": the first time-like words count.
  const first = /^(\d{4}-\d{2}-\d{2}[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?|\d{1,2}:\d{2}(?::\d{2})?)(\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)(?![\w:]))?/i.exec(answer.trim())
  if (!first) return undefined
  const moment = parseMoment(`${first[1]}${first[2] ?? ''}`, reported)
  return moment?.ok ? moment.at : undefined
}
