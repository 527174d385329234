import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { declare } from '../../src/domain/incident.js'
import { compileTimeline, durations, median, participants, report } from '../../src/domain/metrics.js'
import type { IncidentState } from '../../src/domain/state.js'
import { formatTime } from '../../src/domain/time.js'

const config = resolveConfig()
const T0 = '2026-11-27T23:30:00Z'
const plus = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString()
const history = (severity = 1, extra: Partial<IncidentState> = {}): IncidentState => ({
  ...declare({ recorder: 'rec', severity, at: T0, confirmed: true, thankable: false }, config),
  lead: 'lee',
  status: 'resolved',
  times: { reported: T0, recorded: T0, lead: plus(12), stabilized: plus(95), resolved: plus(26 * 60 + 5) },
  ...extra
})

describe('durations', () => {
  it('from the report to each step, across midnight and days', () => {
    expect(durations(history())).toEqual({ toLead: 12 * 60_000, toStabilize: 95 * 60_000, toResolve: (26 * 60 + 5) * 60_000, total: (26 * 60 + 5) * 60_000 })
  })
  it('stabilized means the first of stabilized, investigating or resolved; total runs to review', () => {
    const d = durations(history(1, { times: { reported: T0, investigating: plus(40), resolved: plus(60), reviewed: plus(3 * 1440) } }))
    expect(d).toEqual({ toLead: undefined, toStabilize: 40 * 60_000, toResolve: 60 * 60_000, total: 3 * 1440 * 60_000 })
  })
})

describe('the compiled timeline', () => {
  it('takes every command’s full text from its comment, else the short form', () => {
    const state = history(1, {
      timeline: [
        { id: 'declared', at: T0, by: 'rec', kind: 'declared', severity: 1 },
        { id: 'c1', at: plus(20), by: 'lee', kind: 'update', text: 'short…', comment: 1 },
        { id: 'c2', at: plus(30), by: 'ann', kind: 'note', text: 'kept', comment: 2 }
      ]
    })
    const compiled = compileTimeline(state, new Map([[1, '/update First line\n\nSecond paragraph']]), config)
    expect(compiled.map((e) => e.fullText)).toEqual(['', 'First line\n\nSecond paragraph', 'kept'])
    expect(participants({ ...state, timeline: [...state.timeline, { id: 'x', at: T0, by: 'github-actions[bot]', kind: 'note' }] })).toEqual(['rec', 'lee', 'ann'])
  })
  it('shows times in UTC and the configured zone, on the right day', () => {
    // The zone's abbreviation depends on the ICU data; the local day and time do not.
    expect(formatTime(plus(45), 'Asia/Tokyo')).toMatch(/^2026-11-28 00:15 UTC \(28\/11\/2026, 09:15 \S+\)$/)
    expect(formatTime(plus(45), 'America/Los_Angeles')).toMatch(/^2026-11-28 00:15 UTC \(27\/11\/2026, 16:15 \S+\)$/)
  })
})

describe('the report', () => {
  it('medians per severity for incidents reported in the period', () => {
    const from = Date.parse(T0) - 1
    const to = Date.parse(T0) + 10 * 86_400_000
    const states = [
      history(1),
      history(1, { times: { reported: T0, lead: plus(30), resolved: plus(120) } }),
      history(2, { status: 'stabilized', times: { reported: T0, stabilized: plus(10) } }),
      history(3, { times: { reported: '2026-01-01T00:00:00Z', resolved: '2026-01-02T00:00:00Z' } }),
      history(1, { status: 'reported' })
    ]
    const [s1, s2, s3] = report(states, from, to, config)
    expect(s1).toEqual({ level: 1, count: 2, open: 0, medianToLead: 21 * 60_000, medianToStabilize: ((95 + 120) / 2) * 60_000, medianToResolve: ((26 * 60 + 5 + 120) / 2) * 60_000, retrosPending: 2 })
    expect(s2).toMatchObject({ count: 1, open: 1, medianToResolve: undefined, retrosPending: 0 })
    expect(s3.count).toBe(0)
  })
  it('median of an even and an odd count, ignoring missing values', () => {
    expect(median([3, undefined, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeUndefined()
  })
})
