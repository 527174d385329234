import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { declare } from '../../src/domain/incident.js'
import { encodeState, type IncidentState } from '../../src/domain/state.js'
import { compactState } from '../../src/incident/card.js'

const config = resolveConfig()
const base = declare({ recorder: 'r', severity: 2, at: '2026-11-27T10:00:00Z', confirmed: true, thankable: false }, config)

describe('the form’s fields in a full card', () => {
  it('go before any timeline text or entry: they are only a copy', () => {
    const state = { ...base, timeline: [...base.timeline] }
    for (let i = 0; i < 75; i++) state.timeline.push({ id: `c${i}`, at: '2026-11-27T10:00:00Z', by: 'a', kind: 'update', text: 'x'.repeat(280), slack: '1.1', p2: 3 })
    expect(encodeState(state).length).toBeLessThan(30_000)
    // A form of many questions: each field's heading and type are kept.
    const fields = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`q${i}`, { type: 'input' as const, label: `Question ${i} about the affected data centre` }]))
    const withForm: IncidentState = { ...state, form: { hash: 'h', fields } }
    expect(encodeState(withForm).length).toBeGreaterThan(30_000)
    expect(compactState(withForm, 30_000)).toEqual(state)
  })
})
