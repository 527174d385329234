import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { applyCommand, declare } from '../../src/domain/incident.js'
import { parseCommand } from '../../src/domain/commands.js'
import { dueReminders, nextReminderAt, afterQuietHours, recordDueReminders } from '../../src/domain/reminders.js'
import type { IncidentState, ReminderKind } from '../../src/domain/state.js'

const config = resolveConfig({ rotation: 'msr' })
const T0 = Date.parse('2026-11-27T10:00:00Z')
const min = (m: number) => T0 + m * 60_000
const iso = (t: number) => new Date(t).toISOString()
const incident = (severity = 1, extra: Partial<IncidentState> = {}): IncidentState => ({
  ...declare({ recorder: 'rec', severity, at: iso(T0), confirmed: true, thankable: false }, config),
  ...extra
})

/** A sweep at each time: sends what is due and records it, as the sweep does. */
function sweep(state: IncidentState, times: number[]) {
  const sent: string[] = []
  for (const t of times) {
    for (const r of dueReminders(state, t, config)) {
      sent.push(`${(t - T0) / 60_000}m:${r.kind}${r.to.length ? `→${r.to.join(',')}` : ''}`)
      state = { ...state, reminders: { ...state.reminders, [r.kind]: { anchor: r.anchor, at: iso(t) } } }
    }
  }
  return { sent, state }
}

describe('reminders across time', () => {
  it.each([
    // [severity, sweep minutes, expected]
    [1, [5, 14, 15, 16, 29, 30, 31, 60], ['15m:no-lead→msr', '30m:escalate']],
    [2, [29, 30, 59, 60, 61], ['30m:no-lead→msr', '60m:escalate']],
    [3, [60, 239, 240, 479, 480], ['240m:no-lead→msr', '480m:escalate']]
  ])('no lead, severity %i: the MSR at lead-within, the channel at escalate-after, each once', (severity, times, expected) => {
    expect(sweep(incident(severity), times.map(min)).sent).toEqual(expected)
  })

  it('a sweep hours late sends the escalation once, not the reminder it replaces', () => {
    expect(sweep(incident(1), [min(300), min(301)]).sent).toEqual(['300m:escalate'])
  })

  it('two sweeps back to back send nothing twice', () => {
    expect(sweep(incident(1), [min(16), min(16), min(16)]).sent).toEqual(['16m:no-lead→msr'])
  })

  it('update overdue: the lead, hourly from the last update; an update restarts the clock', () => {
    let state = incident(1, { lead: 'lee', times: { reported: iso(T0), recorded: iso(T0), lead: iso(min(5)) } })
    const first = sweep(state, [min(30), min(64), min(65), min(66), min(124), min(125)])
    expect(first.sent).toEqual(['65m:update→lee', '125m:update→lee'])
    state = { ...first.state, times: { ...first.state.times, update: iso(min(130)) } }
    expect(sweep(state, [min(131), min(189), min(190), min(191)]).sent).toEqual(['190m:update→lee'])
  })

  it('a sweep hours late sends one update reminder, then keeps the cadence', () => {
    const state = incident(1, { lead: 'lee', times: { reported: iso(T0), recorded: iso(T0), lead: iso(T0) } })
    expect(sweep(state, [min(300), min(305), min(359), min(360)]).sent).toEqual(['300m:update→lee', '360m:update→lee'])
  })

  it('severity 3 expects an hourly update (the runbook), a daily one with the openverse-2024 profile', () => {
    const state = incident(3, { lead: 'lee', times: { reported: iso(T0), recorded: iso(T0), lead: iso(T0) } })
    expect(sweep(state, [min(59), min(60)]).sent).toEqual(['60m:update→lee'])
    const daily = resolveConfig({ profile: 'openverse-2024' })
    const sent: string[] = []
    let s = state
    for (const t of [min(60), min(1439), min(1440)]) {
      s = recordDueReminders(s, t, daily)
      if (s.reminders?.update && !sent.includes(s.reminders.update.at)) sent.push(s.reminders.update.at)
    }
    expect(sent).toEqual([iso(min(1440))])
  })

  it('/snooze by the lead postpones update reminders, up to the maximum', () => {
    const state = incident(1, { lead: 'lee', times: { reported: iso(T0), recorded: iso(T0), lead: iso(T0) } })
    const snooze = (text: string, by = 'lee') =>
      applyCommand(state, { id: 'c1', comment: 1, by, at: iso(min(50)), level: 'triage', parsed: parseCommand(text, config)! }, config)
    const snoozed = snooze('/snooze 2h').state
    expect(snoozed.snoozedUntil).toBe(iso(min(170)))
    expect(sweep(snoozed, [min(60), min(169), min(170)]).sent).toEqual(['170m:update→lee'])
    expect(snooze('/snooze 3d').state.snoozedUntil).toBe(iso(min(50 + 8 * 60)))
    expect(snooze('/snooze 1h', 'someone').effects).toContainEqual(expect.objectContaining({ data: expect.objectContaining({ reason: 'Only the lead (@lee) can snooze update reminders.' }) }))
  })

  it('stuck while stabilized, and a resolved incident without its retrospective', () => {
    const stuck = incident(2, { lead: 'lee', status: 'stabilized', times: { reported: iso(T0), recorded: iso(T0), lead: iso(T0), update: iso(min(4319)), stabilized: iso(T0) } })
    expect(sweep(stuck, [min(4319), min(4320)]).sent.filter((s) => s.includes('stuck'))).toEqual(['4320m:stuck→lee'])
    const resolved = incident(1, { lead: 'lee', status: 'resolved', times: { reported: iso(T0), resolved: iso(T0) } })
    expect(sweep(resolved, [min(7 * 1440 - 1), min(7 * 1440), min(8 * 1440)]).sent).toEqual([`${7 * 1440}m:retro→lee`])
    expect(sweep(incident(3, { status: 'resolved', times: { resolved: iso(T0) } }), [min(30 * 1440)]).sent).toEqual([])
  })

  it('nothing is due on a waiting report or a reviewed incident', () => {
    expect(sweep(incident(1, { status: 'reported' }), [min(600)]).sent).toEqual([])
    expect(sweep(incident(1, { status: 'reviewed' }), [min(60_000)]).sent).toEqual([])
  })

  it('says when the next reminder is due', () => {
    expect(nextReminderAt(incident(1), min(0), config)).toBe(min(15))
    const sent = { reminders: { 'no-lead': { anchor: iso(T0), at: iso(min(15)) } } as Partial<Record<ReminderKind, { anchor: string; at: string }>> }
    expect(nextReminderAt(incident(1, sent), min(16), config)).toBe(min(30))
    expect(nextReminderAt(incident(1, { status: 'reviewed' }), min(0), config)).toBeUndefined()
  })
})

describe('quiet hours', () => {
  const quiet = resolveConfig({ timezone: 'Europe/Madrid', reminders: { 'quiet-hours': { start: '22:00', end: '07:00' } } })
  const at = (hhmm: string) => Date.parse(`2026-11-27T${hhmm}:00Z`) // Madrid is UTC+1 in November
  it('holds severity 2 and 3 reminders until the morning, never severity 1', () => {
    expect(iso(afterQuietHours(at('22:30'), 2, quiet))).toBe('2026-11-28T06:00:00.000Z')
    expect(iso(afterQuietHours(at('05:15'), 3, quiet))).toBe('2026-11-27T06:00:00.000Z')
    expect(afterQuietHours(at('22:30'), 1, quiet)).toBe(at('22:30'))
    expect(afterQuietHours(at('12:00'), 2, quiet)).toBe(at('12:00'))
  })
  it('a reminder due in quiet hours is sent at the first sweep after they end', () => {
    const state = { ...declare({ recorder: 'r', severity: 2, at: iso(at('21:00')), confirmed: true, thankable: false }, quiet), msr: 'msr' }
    expect(dueReminders(state, at('21:59'), quiet)).toEqual([])
    expect(dueReminders(state, at('23:00'), quiet)).toEqual([])
    expect(dueReminders(state, Date.parse('2026-11-28T06:01:00Z'), quiet).map((r) => r.kind)).toEqual(['escalate'])
  })
})

describe('recording what is due (the incident run)', () => {
  it('records each due reminder once, owing its comment and its Slack message, and the old one to hide', () => {
    const led = incident(1, { lead: 'lee', times: { reported: iso(T0), recorded: iso(T0), lead: iso(T0) }, slack: { channel: 'C', ts: '1.1' } })
    expect(recordDueReminders(led, min(59), config)).toBe(led)
    const first = recordDueReminders(led, min(61), config)
    expect(first.reminders!.update).toMatchObject({ to: ['lee'], at: iso(min(61)) })
    expect(first.reminders!.update!.slack).toBeUndefined()
    // Recording again at the same moment (a second run) changes nothing.
    expect(recordDueReminders(first, min(61), config)).toBe(first)
    const posted: IncidentState = { ...first, reminders: { update: { ...first.reminders!.update!, comment: { id: 7, node: 'IC_7' }, slack: '2.2' } } }
    const second = recordDueReminders(posted, min(121), config)
    expect(second.reminders!.update).toMatchObject({ hide: 'IC_7' })
    expect(second.reminders!.update!.comment).toBeUndefined()
  })

  it('with no Slack thread yet, a reminder owes no Slack message', () => {
    const state = recordDueReminders(incident(1, { msr: 'msr' }), min(16), config)
    expect(state.reminders!['no-lead']).toMatchObject({ slack: '', to: ['msr'] })
  })
})
