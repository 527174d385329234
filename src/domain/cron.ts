// Enough of cron (as GitHub's `schedule:` reads it, in UTC) to tell how long a scheduled
// workflow may normally go between runs, so a longer silence can be called a problem.

const FIELDS = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] }
]

/** The values one field allows, or undefined when it is not valid cron. */
function field(text: string, spec: (typeof FIELDS)[number], offset = spec === FIELDS[3] ? 1 : 0): Set<number> | undefined {
  const values = new Set<number>()
  const value = (v: string) => {
    const i = spec.names?.indexOf(v.toUpperCase()) ?? -1
    return i >= 0 ? i + offset : /^\d+$/.test(v) ? Number(v) : NaN
  }
  for (const part of text.split(',')) {
    const m = /^(\*|[\w]+(?:-[\w]+)?)(?:\/(\d+))?$/.exec(part)
    if (!m) return undefined
    const [from, to] = m[1] === '*' ? [spec.min, spec.max] : m[1].includes('-') ? m[1].split('-').map(value) : [value(m[1]), m[2] ? spec.max : value(m[1])]
    const step = m[2] ? Number(m[2]) : 1
    if (![from, to, step].every(Number.isFinite) || from < spec.min || to > spec.max || from > to || step < 1) return undefined
    for (let v = from; v <= to; v += step) values.add(v)
  }
  return values
}

/** A matcher for one cron expression, or undefined when it is not valid. */
export function parseCron(expression: string): ((at: Date) => boolean) | undefined {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 5) return undefined
  const sets = parts.map((p, i) => field(p, FIELDS[i]))
  if (sets.some((s) => !s)) return undefined
  const [minutes, hours, days, months, weekdays] = sets as Set<number>[]
  if (weekdays.has(7)) weekdays.add(0)
  // Cron's rule: when both day fields are restricted, either may match.
  const anyDay = parts[2] === '*' || parts[4] === '*'
  return (at) => {
    if (!minutes.has(at.getUTCMinutes()) || !hours.has(at.getUTCHours()) || !months.has(at.getUTCMonth() + 1)) return false
    const day = days.has(at.getUTCDate())
    const weekday = weekdays.has(at.getUTCDay())
    return anyDay ? day && weekday : day || weekday
  }
}

/**
 * The longest time between two consecutive runs of a set of cron schedules, looked at over
 * the 62 days from `from`; undefined when an expression is invalid or they fire less than twice.
 */
export function longestGapMs(expressions: string[], from = new Date(Date.UTC(2026, 0, 1))): number | undefined {
  const matchers = expressions.map(parseCron)
  if (!matchers.length || matchers.some((m) => !m)) return undefined
  const start = Math.floor(from.getTime() / 60_000) * 60_000
  let previous: number | undefined
  let longest = 0
  for (let t = start; t < start + 62 * 86_400_000; t += 60_000) {
    const at = new Date(t)
    if (!matchers.some((m) => m!(at))) continue
    if (previous !== undefined) longest = Math.max(longest, t - previous)
    previous = t
  }
  return longest || undefined
}
