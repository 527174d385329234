// Durations and times, as people write and read them.

const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }

/** "15m", "1h", "2d", "1w" → milliseconds. Throws on anything else. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+)\s*(m|min|h|d|w)\s*$/i.exec(text)
  if (!match) throw new Error(`not a duration: "${text}" (use e.g. 15m, 1h, 2d, 1w)`)
  return Number(match[1]) * UNIT_MS[match[2].toLowerCase()]
}

/** 5400000 → "1h 30m"; rounds down to the minute. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return 'under a minute'
  const minutes = Math.floor(ms / 60_000)
  const parts: string[] = []
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  if (days) parts.push(`${days}d`)
  if (hours) parts.push(`${hours}h`)
  if (mins && !days) parts.push(`${mins}m`)
  return parts.join(' ')
}

/** "2026-11-27 03:04 UTC", plus the local time when a zone other than UTC is configured. */
export function formatTime(iso: string, timezone = 'UTC'): string {
  const date = new Date(iso)
  const utc = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
  if (timezone === 'UTC') return utc
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false, timeZoneName: 'short'
  }).format(date)
  return `${utc} (${local})`
}
