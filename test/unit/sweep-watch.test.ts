import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { declare } from '../../src/domain/incident.js'
import { dueReminders } from '../../src/domain/reminders.js'
import { lateReminder } from '../../src/domain/sweep-watch.js'

const config = resolveConfig()
const T0 = Date.parse('2026-11-27T10:00:00Z')
const at = (minutes: number) => T0 + minutes * 60_000
// Severity 1, nobody leads: the no-lead reminder is due at +15 min, the escalation at +30.
const state = declare({ recorder: 'rec', severity: 1, at: new Date(T0).toISOString(), confirmed: true, thankable: false }, config)

describe('telling that the sweep has stopped, from the state alone', () => {
  it('says nothing while a due reminder is within three sweep intervals', () => {
    expect(lateReminder(state, at(10), config)).toBeUndefined() // nothing due yet
    expect(lateReminder(state, at(15 + 30), config)).toBeUndefined() // due 30 min ago: three 10-minute intervals
  })

  it('names the most overdue reminder once it is later than that', () => {
    expect(lateReminder(state, at(15 + 31), config)).toEqual({ what: 'no-lead', dueAt: '2026-11-27T10:15:00.000Z' })
    expect(lateReminder(state, at(75), config)).toEqual({ what: 'no-lead', dueAt: '2026-11-27T10:15:00.000Z' })
  })

  it('follows the schedule: a sweep every 30 minutes may be 90 minutes late', () => {
    expect(lateReminder(state, at(105), config, 30 * 60_000)).toBeUndefined()
    expect(lateReminder(state, at(121), config, 30 * 60_000)?.what).toBe('no-lead')
  })

  it('says nothing once the sweep has sent what was due', () => {
    const sent = dueReminders(state, at(75), config).reduce((s, r) => ({ ...s, reminders: { ...s.reminders, [r.kind]: { anchor: r.anchor, at: new Date(at(75)).toISOString() } } }), state)
    expect(lateReminder(sent, at(80), config)).toBeUndefined()
  })
})
