import { describe, expect, it } from 'vitest'
import { resolveConfig, STATUSES, type Level, type Status } from '../../src/config/config.js'
import { parseCommand } from '../../src/domain/commands.js'
import { applyCommand, commandForLabel, declare, desiredLabels, type CommandInput } from '../../src/domain/incident.js'
import { canMove } from '../../src/domain/lifecycle.js'
import type { IncidentState } from '../../src/domain/state.js'

const config = resolveConfig({ rotation: 'msr-person' })
const T0 = '2026-11-27T10:00:00Z'
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString()
const base = () => declare({ recorder: 'rec', severity: 2, at: T0, confirmed: true, thankable: false }, config)
let ids = 100
const run = (state: IncidentState, body: string, { by = 'alice', level = 'triage' as Level, minutes = 5, issueClosed = false } = {}) => {
  const comment = ids++
  const input: CommandInput = { id: `c${comment}`, comment, by, at: at(minutes), level, parsed: parseCommand(body, config)!, issueClosed }
  return applyCommand(state, input, config)
}
const withStatus = (status: Status, extra: Partial<IncidentState> = {}): IncidentState => ({ ...base(), status, ...extra })

describe('declaring', () => {
  it('records the incident with the MSR as default lead', () => {
    expect(base()).toMatchObject({ status: 'recorded', severity: 2, recorder: 'rec', msr: 'msr-person', times: { reported: T0, recorded: T0 } })
    expect(base().lead).toBeUndefined()
    expect(base().timeline).toEqual([{ id: 'declared', at: T0, by: 'rec', kind: 'declared', severity: 2 }])
  })

  it('a report from someone below the declare permission waits, announcing nothing', () => {
    const state = declare({ recorder: 'user', severity: 1, at: T0, confirmed: false, thankable: true }, config)
    expect(state.status).toBe('reported')
    expect(state.thank).toBe('owed')
    // Its entries are never posted outward, even after confirmation.
    expect(state.timeline[0]).toMatchObject({ kind: 'reported', slack: '', p2: 0 })
    const confirmed = run(state, '/confirm', { by: 'maint', level: 'write' })
    expect(confirmed.state.status).toBe('recorded')
    expect(confirmed.state.times.recorded).toBe(at(5))
  })

  it('/confirm needs the declare permission', () => {
    const state = declare({ recorder: 'user', severity: 1, at: T0, confirmed: false, thankable: false }, config)
    const refused = run(state, '/confirm', { by: 'user', level: 'read' })
    expect(refused.state).toBe(state)
    expect(refused.effects).toEqual([
      { type: 'react', comment: expect.any(Number), reaction: '-1' },
      { type: 'reply', template: 'refused', data: { by: 'user', command: 'confirm', needs: 'triage', has: 'read' }, key: expect.any(String) }
    ])
  })
})

describe('commands', () => {
  it('/claim makes the commenter the lead and assigns them', () => {
    const { state, effects } = run(base(), '/claim', { by: 'alice' })
    expect(state.lead).toBe('alice')
    expect(state.times.lead).toBe(at(5))
    expect(effects).toContainEqual({ type: 'assign', login: 'alice', previous: undefined })
    expect(effects).toContainEqual(expect.objectContaining({ type: 'react', reaction: 'rocket' }))
  })

  it('/lead hands over; the first lead time is kept', () => {
    const first = run(base(), '/claim', { by: 'alice', minutes: 3 }).state
    const { state, effects } = run(first, '/lead @bob', { minutes: 9 })
    expect(state.lead).toBe('bob')
    expect(state.times.lead).toBe(at(3))
    expect(effects).toContainEqual({ type: 'assign', login: 'bob', previous: 'alice' })
  })

  it('/update restarts the update clock; /note does not', () => {
    const updated = run(base(), '/update all good', { minutes: 20 }).state
    expect(updated.times.update).toBe(at(20))
    const noted = run(updated, '/note saw a spike', { minutes: 30 }).state
    expect(noted.times.update).toBe(at(20))
    expect(noted.timeline.map((e) => e.kind)).toEqual(['declared', 'update', 'note'])
  })

  it('/severity changes the level and refuses the same one', () => {
    expect(run(base(), '/severity 1 worse').state.severity).toBe(1)
    expect(run(base(), '/severity 2').effects).toContainEqual(expect.objectContaining({ type: 'reply', data: expect.objectContaining({ reason: 'The severity is already 2.' }) }))
  })

  it('refuses without permission, and explains unknown commands', () => {
    const refused = run(base(), '/resolve fixed', { level: 'read' })
    expect(refused.state.status).toBe('recorded')
    expect(refused.effects[1]).toMatchObject({ template: 'refused', data: { needs: 'triage', has: 'read' } })
    const unknown = run(base(), '/deploy', { level: 'read' })
    expect(unknown.effects).toEqual([
      { type: 'react', comment: expect.any(Number), reaction: 'confused' },
      { type: 'reply', template: 'usage', data: expect.objectContaining({ detail: '`/deploy` is not a command here.' }), key: expect.any(String) }
    ])
  })

  it('/help lists only what the person may run', () => {
    const { effects } = run(base(), '/help', { level: 'none' })
    const reply = effects.find((e) => e.type === 'reply')!
    expect((reply as unknown as { data: { commands: Array<{ name: string }> } }).data.commands.map((c) => c.name)).toEqual(["help"])
  })

  it('the same command id twice adds one timeline entry', () => {
    const input: CommandInput = { id: 'c7', comment: 7, by: 'a', at: at(1), level: 'triage', parsed: parseCommand('/note x', config)! }
    const once = applyCommand(base(), input, config).state
    expect(applyCommand(once, input, config).state.timeline).toHaveLength(2)
  })

  it('on a closed, resolved incident only /reopen and /help run', () => {
    const resolved = withStatus('resolved', { times: { reported: T0, resolved: at(60) } })
    expect(run(resolved, '/update late news', { issueClosed: true }).effects[1]).toMatchObject({ data: { reason: expect.stringContaining('closed') } })
    expect(run(resolved, '/reopen again', { issueClosed: true, minutes: 120 }).state.status).toBe('recorded')
  })
})

describe('lifecycle', () => {
  const commandFor: Partial<Record<Status, string>> = { stabilized: '/stabilized flag off', investigating: '/investigating found it', resolved: '/resolve fixed' }
  for (const from of STATUSES) {
    for (const to of ['stabilized', 'investigating', 'resolved'] as const) {
      it(`${from} → ${to}: ${canMove(from, to) ? 'allowed' : 'refused'}`, () => {
        const state = withStatus(from)
        const { state: next, effects } = run(state, commandFor[to]!)
        if (canMove(from, to)) {
          expect(next.status).toBe(to)
          expect(next.times[to]).toBe(at(5))
          expect(next.timeline.at(-1)).toMatchObject({ kind: 'status', status: to })
        } else {
          expect(next).toBe(state)
          expect(effects).toContainEqual(expect.objectContaining({ type: 'reply', template: 'refused' }))
        }
      })
    }
  }

  it('/reopen within 48 hours of resolution goes back to stabilization pending', () => {
    const resolved = withStatus('resolved', { times: { reported: T0, stabilized: at(10), resolved: at(60) } })
    const { state } = run(resolved, '/reopen errors are back', { minutes: 60 + 47 * 60 })
    expect(state.status).toBe('recorded')
    expect(state.times.resolved).toBeUndefined()
    expect(state.timeline.at(-1)).toMatchObject({ kind: 'reopened', text: 'errors are back' })
  })

  it('/reopen after 48 hours records a new incident instead', () => {
    const resolved = withStatus('resolved', { times: { reported: T0, resolved: at(60) } })
    const { state, effects } = run(resolved, '/reopen errors are back', { minutes: 60 + 49 * 60 })
    expect(state.status).toBe('resolved')
    expect(state.recurrences).toEqual([{ key: expect.any(String), by: 'alice', text: 'errors are back' }])
    expect(effects).toEqual([{ type: 'react', comment: expect.any(Number), reaction: 'rocket' }])
    // The same command folded again (a re-run) owes no second incident.
    const again = applyCommand(state, { id: state.recurrences![0].key, comment: 1, by: 'alice', at: at(60 + 49 * 60), level: 'write', parsed: parseCommand('/reopen errors are back', config)! }, config)
    expect(again.state.recurrences).toHaveLength(1)
  })

  it('a recurrence while stabilized goes back to recorded', () => {
    expect(run(withStatus('stabilized'), '/reopen').state.status).toBe('recorded')
  })
})

describe('labels', () => {
  it('the incident set is replaced; other labels are kept', () => {
    const labels = desiredLabels(base(), ['🧱 stack: api', '🔥 incident: recorded', '🚨 incident: severity 3'], config)
    expect(labels.sort()).toEqual(['🧱 stack: api', '🚨 incident', '🔥 incident: recorded', '🚨 incident: severity 2', '🟥 priority: critical'].sort())
  })

  it('a waiting report carries only the awaiting label', () => {
    const reported = declare({ recorder: 'u', severity: 1, at: T0, confirmed: false, thankable: false }, config)
    expect(desiredLabels(reported, ['🚨 incident'], config)).toEqual(['🚦 incident: awaiting confirmation'])
  })

  it('maps labels added by hand to commands', () => {
    expect(commandForLabel('🚨 incident: severity 1', config)).toEqual({ name: 'severity', level: 1, text: '' })
    expect(commandForLabel('✅ incident: resolved', config)).toMatchObject({ name: 'resolve' })
    expect(commandForLabel('🧱 stack: api', config)).toBeUndefined()
  })
})
