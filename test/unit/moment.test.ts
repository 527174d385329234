import { describe, expect, it } from 'vitest'
import { impactStart, parseMoment, splitAt } from '../../src/domain/moment.js'

const ref = Date.parse('2026-11-27T10:15:00Z')
const at = (text: string, reference = ref) => {
  const m = parseMoment(text, reference)
  return m && (m.ok ? m.at : m.problem)
}

describe('moments people write', () => {
  it('reads HH:MM as UTC today, or yesterday when today would be more than 12 hours later', () => {
    expect(at('10:02')).toBe('2026-11-27T10:02:00.000Z')
    expect(at('22:20')).toBe('2026-11-26T22:20:00.000Z')
    // Shortly ahead: a wrong zone or a typo, not yesterday.
    expect(at('10:20')).toMatch(/2026-11-27 10:20 UTC is in the future/)
    expect(at('23:55', Date.parse('2026-11-27T00:10:00Z'))).toBe('2026-11-26T23:55:00.000Z')
  })
  it('takes an explicit offset', () => {
    expect(at('12:02+02:00')).toBe('2026-11-27T10:02:00.000Z')
    expect(at('12:02 +0200')).toBe('2026-11-27T10:02:00.000Z')
    expect(at('05:02 -0500')).toBe('2026-11-27T10:02:00.000Z')
    expect(at('10:02Z')).toBe('2026-11-27T10:02:00.000Z')
    expect(at('10:02 UTC')).toBe('2026-11-27T10:02:00.000Z')
  })
  it('reads a full date-time, UTC unless an offset is given', () => {
    expect(at('2026-11-27T10:02Z')).toBe('2026-11-27T10:02:00.000Z')
    expect(at('2026-11-27 10:02')).toBe('2026-11-27T10:02:00.000Z')
    expect(at('2026-11-27T11:02:30+01:00')).toBe('2026-11-27T10:02:30.000Z')
  })
  it('refuses impossible and future moments with a reason', () => {
    expect(at('25:00')).toMatch(/not a time of day/)
    expect(at('10:61')).toMatch(/not a time of day/)
    expect(at('2026-02-30 10:00')).toMatch(/not a date/)
    expect(at('2026-11-28T10:00Z')).toMatch(/in the future/)
    expect(at('10:00 +1900')).toMatch(/not a UTC offset/)
  })
  it('is not a moment at all when it is not time-like', () => {
    expect(parseMoment('soon', ref)).toBeUndefined()
    expect(parseMoment('10.02', ref)).toBeUndefined()
  })
})

describe('notes "at" a moment', () => {
  it('splits the moment from the text', () => {
    expect(splitAt('at 10:02 we restarted the API', ref)).toEqual({ moment: { ok: true, at: '2026-11-27T10:02:00.000Z' }, rest: 'we restarted the API' })
    expect(splitAt('at 10:02Z, restarted', ref)?.rest).toBe('restarted')
    expect(splitAt('at 11:02+01:00 x', ref)?.moment).toEqual({ ok: true, at: '2026-11-27T10:02:00.000Z' })
    expect(splitAt('at 2026-11-27 09:00 first alarm', ref)?.moment).toEqual({ ok: true, at: '2026-11-27T09:00:00.000Z' })
  })
  it('leaves text that does not start with a time alone', () => {
    expect(splitAt('at the office we saw it', ref)).toBeUndefined()
    expect(splitAt('we restarted at 10:02', ref)).toBeUndefined()
  })
  it('reports a bad time instead of guessing', () => {
    expect(splitAt('at 24:99 restarted', ref)?.moment.ok).toBe(false)
  })
})

describe('when impact started (the form)', () => {
  it('reads the first time in the answer, measured from the report', () => {
    expect(impactStart('09:40 UTC, maybe earlier', '2026-11-27T10:15:00Z')).toBe('2026-11-27T09:40:00.000Z')
    expect(impactStart('2026-11-26 22:00', '2026-11-27T10:15:00Z')).toBe('2026-11-26T22:00:00.000Z')
    expect(impactStart('now', '2026-11-27T10:15:00Z')).toBe('2026-11-27T10:15:00Z')
  })
  it('gives nothing for words it cannot place in time', () => {
    expect(impactStart('this morning', '2026-11-27T10:15:00Z')).toBeUndefined()
    expect(impactStart('', '2026-11-27T10:15:00Z')).toBeUndefined()
    expect(impactStart('2026-11-28T10:00Z', '2026-11-27T10:15:00Z')).toBeUndefined()
  })
})
