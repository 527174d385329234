import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { parseCommand } from '../../src/domain/commands.js'
import { digestDue, overdueOf } from '../../src/domain/digest.js'
import { isOverdue, nudgesDue, parseFollowup } from '../../src/domain/followups.js'
import { declare } from '../../src/domain/incident.js'
import type { IncidentState, Suspect } from '../../src/domain/state.js'
import { validateState } from '../../src/domain/state.js'
import { markSuspect, pickSuspects, startedAt, withMarks } from '../../src/domain/suspects.js'
import { owedSyncs, waitsFor } from '../../src/domain/sync.js'

const config = resolveConfig()
const HOUR = 3_600_000

describe('suspect changes', () => {
  it('reads the start from the form when it is a time, else uses the recording time', () => {
    const recorded = '2026-11-27T12:00:00.000Z'
    expect(startedAt('2026-11-27 10:30 UTC', recorded)).toBe('2026-11-27T10:30:00.000Z')
    expect(startedAt('around 2026-11-27T09:15+01:00, we think', recorded)).toBe('2026-11-27T08:15:00.000Z')
    expect(startedAt('this morning', recorded)).toBe(recorded)
    // A start after the recording is a typo: the recording time is used.
    expect(startedAt('2026-11-28 10:00', recorded)).toBe(recorded)
  })

  it('keeps the window, newest first, at most max, and counts the rest', () => {
    const at = (h: number) => new Date(Date.parse('2026-11-27T12:00:00Z') - h * HOUR).toISOString()
    const changes: Suspect[] = [1, 5, 30, 2, 3].map((h, i) => ({ kind: 'pr', at: at(h), title: `pr ${i}`, number: i }))
    const picked = pickSuspects(changes, at(0), at(0), 24 * HOUR, 3)
    expect(picked.items.map((s) => s.title)).toEqual(['pr 0', 'pr 3', 'pr 4'])
    expect(picked.more).toBe(1)
  })

  it('a mark made before the read survives it; an unlisted pull request is added marked', () => {
    const marked = markSuspect(undefined, 7, '2026-11-27T12:00:00Z')
    const read = withMarks({ since: 'a', until: 'b', items: [{ kind: 'pr', at: '2026-11-27T11:00:00Z', title: 'x', number: 7 }, { kind: 'pr', at: '2026-11-27T10:00:00Z', title: 'y', number: 8 }] }, marked)
    expect(read.items.map((s) => [s.number, Boolean(s.marked)])).toEqual([[7, true], [8, false]])
    expect(markSuspect(read, 9, 'c').items[0]).toMatchObject({ number: 9, marked: true })
  })

  it('the read is owed once, runs beside everything else, and is not a creation that needs looking for', () => {
    const before = declare({ recorder: 'r', severity: 3, at: '2026-11-27T10:00:00Z', confirmed: true, thankable: false }, config)
    // An incident from before suspect changes owes no read; one declared now does.
    expect(owedSyncs(before, config, { slack: false, p2: false, make: false })).toEqual([])
    const state: IncidentState = { ...before, suspects: { items: [] } }
    const ops = owedSyncs(state, config, { slack: false, p2: false, make: false })
    expect(ops).toContainEqual({ dest: 'github', op: 'suspects' })
    expect(waitsFor({ dest: 'github', op: 'thank' }, { dest: 'github', op: 'suspects' })).toBe(false)
    const read: IncidentState = { ...state, suspects: { since: state.times.reported!, until: state.times.reported!, items: [] } }
    expect(owedSyncs(read, config, { slack: false, p2: false, make: false })).not.toContainEqual({ dest: 'github', op: 'suspects' })
    expect(owedSyncs(state, resolveConfig({ suspects: false }), { slack: false, p2: false, make: false })).toEqual([])
  })

  it('/suspect and /revert take a pull request number', () => {
    expect(parseCommand('/suspect #123', config)).toEqual({ ok: true, command: { name: 'suspect', pr: 123 } })
    expect(parseCommand('/revert 45', config)).toEqual({ ok: true, command: { name: 'revert', pr: 45 } })
    expect(parseCommand('/revert the cache change', config)).toMatchObject({ ok: false, reason: 'usage' })
  })
})

describe('follow-ups', () => {
  it('parses an owner and a due date in either order, both optional', () => {
    expect(parseFollowup('@octocat by 2026-12-10 add an index')).toEqual({ text: 'add an index', owner: 'octocat', due: '2026-12-10' })
    expect(parseFollowup('by 2026-12-10 @octocat add an index')).toEqual({ text: 'add an index', owner: 'octocat', due: '2026-12-10' })
    expect(parseFollowup('add an index by 2026-12-10')).toEqual({ text: 'add an index by 2026-12-10' })
    expect(parseFollowup('by 2026-02-30 x')).toMatchObject({ problem: expect.stringContaining('YYYY-MM-DD') })
    expect(parseFollowup('@octocat')).toMatchObject({ problem: expect.stringContaining('title') })
  })

  it('is overdue once its due day is over (UTC), and nudged once', () => {
    const f = { number: 3, title: 't', owner: 'o', due: '2026-12-10' }
    expect(isOverdue(f, Date.parse('2026-12-10T23:59:00Z'))).toBe(false)
    expect(isOverdue(f, Date.parse('2026-12-11T00:00:00Z'))).toBe(true)
    const state = { followups: [f, { ...f, number: 4, nudge: 'done' as const }, { ...f, number: 5, closed: 'done' as const }, { ...f, number: 6, owner: undefined }] } as unknown as IncidentState
    expect(nudgesDue(state, Date.parse('2026-12-12T00:00:00Z')).map((x) => x.number)).toEqual([3])
  })

  it('a card with a damaged follow-up field drops it and says so', () => {
    const state = declare({ recorder: 'r', severity: 3, at: '2026-11-27T10:00:00Z', confirmed: true, thankable: false }, config)
    const decoded = validateState({ ...state, followups: [{ number: 1, title: 't', nudge: 'maybe' }] })
    expect(decoded && 'repaired' in decoded && decoded.repaired).toEqual(['followups'])
  })
})

describe('the daily digest', () => {
  const digestConfig = resolveConfig({ digest: { time: '09:00' }, timezone: 'Europe/Madrid' })
  it('is due from its local time on', () => {
    expect(digestDue(Date.parse('2026-11-27T07:59:00Z'), digestConfig)).toBeUndefined()
    expect(digestDue(Date.parse('2026-11-27T08:10:30Z'), digestConfig)).toEqual({ date: '2026-11-27', sinceMs: Date.parse('2026-11-26T23:00:00Z') })
    expect(digestDue(Date.parse('2026-11-27T08:10:00Z'), config)).toBeUndefined()
  })

  it('says what is overdue', () => {
    const base = declare({ recorder: 'r', severity: 1, at: '2026-11-27T08:00:00Z', confirmed: true, thankable: false }, config)
    expect(overdueOf(base, Date.parse('2026-11-27T09:00:00Z'), config)).toEqual(['no lead for 1h'])
    const led: IncidentState = { ...base, lead: 'l', times: { ...base.times, lead: '2026-11-27T08:05:00Z' } }
    expect(overdueOf(led, Date.parse('2026-11-27T09:00:00Z'), config)).toEqual([])
    expect(overdueOf(led, Date.parse('2026-11-27T10:00:00Z'), config)).toEqual(['update (every 1h; last 1h 55m ago)'])
  })
})
