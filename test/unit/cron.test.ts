import { describe, expect, it } from 'vitest'
import { longestGapMs, parseCron } from '../../src/domain/cron.js'

const minutes = (n: number) => n * 60_000

describe('cron schedules', () => {
  it('matches the reminders schedule off the top of the hour', () => {
    const match = parseCron('7-59/10 * * * *')!
    expect(match(new Date('2026-03-01T10:07:00Z'))).toBe(true)
    expect(match(new Date('2026-03-01T10:57:00Z'))).toBe(true)
    expect(match(new Date('2026-03-01T11:00:00Z'))).toBe(false)
    expect(longestGapMs(['7-59/10 * * * *'])).toBe(minutes(10))
  })

  it('takes the longest gap of uneven and combined schedules', () => {
    expect(longestGapMs(['0,15 * * * *'])).toBe(minutes(45))
    expect(longestGapMs(['*/30 9-17 * * *'])).toBe(minutes(15 * 60 + 30))
    expect(longestGapMs(['0 9 * * MON-FRI'])).toBe(minutes(3 * 24 * 60))
    expect(longestGapMs(['0 * * * *', '30 * * * *'])).toBe(minutes(30))
  })

  it('reads day fields as cron does: either restricted day field may match', () => {
    const match = parseCron('0 0 1 * 1')!
    expect(match(new Date('2026-06-01T00:00:00Z'))).toBe(true) // the 1st (a Monday too)
    expect(match(new Date('2026-06-08T00:00:00Z'))).toBe(true) // a Monday
    expect(match(new Date('2026-06-02T00:00:00Z'))).toBe(false)
    expect(parseCron('0 0 * * 7')!(new Date('2026-06-07T00:00:00Z'))).toBe(true) // 7 is Sunday
  })

  it('refuses what is not cron', () => {
    expect(parseCron('every 10 minutes')).toBeUndefined()
    expect(parseCron('61 * * * *')).toBeUndefined()
    expect(parseCron('*/0 * * * *')).toBeUndefined()
    expect(longestGapMs(['nonsense'])).toBeUndefined()
    expect(longestGapMs([])).toBeUndefined()
  })
})
