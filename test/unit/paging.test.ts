import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { declare } from '../../src/domain/incident.js'
import { owedPageOps, pageDue, recordDuePage } from '../../src/domain/paging.js'
import type { IncidentState } from '../../src/domain/state.js'
import { owedSyncs } from '../../src/domain/sync.js'

const config = resolveConfig()
const T0 = Date.parse('2026-11-27T10:00:00Z')
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()
const incident = (severity = 1): IncidentState => declare({ recorder: 'maintainer', severity, at: at(0), confirmed: true, thankable: false }, config)
const on = { pagerduty: true, opsgenie: false }

describe('paging decided from the state', () => {
  it('is due at lead-within for severities that page, once', () => {
    const s = incident(1)
    expect(pageDue(s, T0 + 14 * 60_000, config, on)).toBe(false)
    expect(pageDue(s, T0 + 15 * 60_000, config, on)).toBe(true)
    expect(pageDue(s, T0 + 15 * 60_000, config, { pagerduty: false, opsgenie: false })).toBe(false)
    expect(pageDue(incident(3), T0 + 10 * 3_600_000, config, on)).toBe(false)
    const paged = recordDuePage(s, T0 + 16 * 60_000, config, on)
    expect(paged.page).toEqual({ at: at(16), pagerduty: {} })
    expect(recordDuePage(paged, T0 + 60 * 60_000, config, on)).toBe(paged)
    expect(pageDue({ ...s, lead: 'x' }, T0 + 60 * 60_000, config, on)).toBe(false)
  })

  it('owes the trigger, then the acknowledgement once someone leads, then the resolve', () => {
    const paged = recordDuePage(incident(1), T0 + 16 * 60_000, config, on)
    expect(owedPageOps(paged, on)).toEqual([{ dest: 'pagerduty', op: 'page' }])
    expect(owedSyncs(paged, config, { slack: false, p2: false, make: false, ...on })).toContainEqual({ dest: 'pagerduty', op: 'page' })
    const triggered: IncidentState = { ...paged, page: { at: at(16), pagerduty: { triggered: at(16) } } }
    expect(owedPageOps(triggered, on)).toEqual([])
    expect(owedPageOps({ ...triggered, lead: 'x' }, on)).toEqual([{ dest: 'pagerduty', op: 'page-ack' }])
    expect(owedPageOps({ ...triggered, lead: 'x', status: 'resolved' }, on)).toEqual([{ dest: 'pagerduty', op: 'page-resolve' }])
    const resolved: IncidentState = { ...triggered, status: 'resolved', page: { at: at(16), pagerduty: { triggered: at(16), resolved: at(30) } } }
    // Reopened after that: never paged again.
    expect(owedPageOps({ ...resolved, status: 'recorded', lead: undefined }, on)).toEqual([])
  })

  it('never acknowledges a page that was never sent; one whose answer was lost is acknowledged all the same', () => {
    const paged = recordDuePage(incident(1), T0 + 16 * 60_000, config, on)
    expect(owedPageOps({ ...paged, lead: 'x' }, on)).toEqual([])
    expect(owedPageOps({ ...paged, lead: 'x', pending: ['pagerduty:page'] }, on)).toEqual([{ dest: 'pagerduty', op: 'page-ack' }])
    expect(owedPageOps({ ...paged, pending: ['pagerduty:page'] }, on)).toEqual([{ dest: 'pagerduty', op: 'page' }])
    expect(owedPageOps({ ...paged, status: 'resolved', lead: 'x', pending: ['pagerduty:page-ack'] }, on)).toEqual([{ dest: 'pagerduty', op: 'page-resolve' }])
    expect(owedPageOps({ ...paged, page: { at: at(16), pagerduty: { problem: 'refused' } } }, on)).toEqual([])
    expect(owedPageOps(paged, { pagerduty: false, opsgenie: false })).toEqual([])
  })
})
