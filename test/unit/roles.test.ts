import { describe, expect, it } from 'vitest'
import { resolveConfig, type Level } from '../../src/config/config.js'
import { parseCommand } from '../../src/domain/commands.js'
import { applyCommand, declare } from '../../src/domain/incident.js'
import { dueReminders } from '../../src/domain/reminders.js'
import { decodeState, encodeState, type IncidentState } from '../../src/domain/state.js'

const config = resolveConfig()
const T0 = '2026-11-27T10:00:00.000Z'
const base = (): IncidentState => declare({ recorder: 'rec', severity: 2, at: T0, confirmed: true, thankable: false }, config)
let nextId = 1
const run = (state: IncidentState, body: string, by = 'alice', level: Level = 'triage') => {
  const id = nextId++
  return applyCommand(state, { id: `c${id}`, comment: id, by, at: T0, level, parsed: parseCommand(body, config)! }, config)
}

describe('/role, /task, /done grammar', () => {
  it('parses roles: someone, me, none; refuses unknown roles and the lead', () => {
    expect(parseCommand('/role comms @bob', config)).toEqual({ ok: true, command: { name: 'role', role: 'comms', login: 'bob' } })
    expect(parseCommand('/role Scribe', config)).toEqual({ ok: true, command: { name: 'role', role: 'scribe' } })
    expect(parseCommand('/role comms none', config)).toEqual({ ok: true, command: { name: 'role', role: 'comms', clear: true } })
    expect(parseCommand('/role ops @bob', config)).toMatchObject({ ok: false, reason: 'usage', detail: expect.stringContaining('the roles are `comms`, `scribe`') })
    expect(parseCommand('/role lead @bob', config)).toMatchObject({ ok: false, detail: expect.stringContaining('/claim') })
    expect(parseCommand('/role comms @bob @carol', config)).toMatchObject({ ok: false })
    expect(parseCommand('/role comms <script>', config)).toMatchObject({ ok: false })
  })

  it('parses tasks with or without an owner, keeping the text with its lines', () => {
    expect(parseCommand('/task @bob check the CDN\nand the DNS', config)).toEqual({ ok: true, command: { name: 'task', login: 'bob', text: 'check the CDN\nand the DNS' } })
    expect(parseCommand('/task check the CDN', config)).toEqual({ ok: true, command: { name: 'task', text: 'check the CDN' } })
    expect(parseCommand('/task @bob', config)).toMatchObject({ ok: false })
    expect(parseCommand('/task @-bad thing', config)).toMatchObject({ ok: false })
    expect(parseCommand('/done #2', config)).toEqual({ ok: true, command: { name: 'done', n: 2 } })
    expect(parseCommand('/done two', config)).toMatchObject({ ok: false })
  })
})

describe('roles and tasks in the state', () => {
  it('gives and clears roles once', () => {
    let s = run(base(), '/role comms @bob').state
    expect(s.roles).toEqual({ comms: 'bob' })
    expect(run(s, '/role comms @Bob').effects).toContainEqual(expect.objectContaining({ type: 'reply', template: 'refused' }))
    s = run(s, '/role comms none').state
    expect(s.roles).toBeUndefined()
    expect(run(s, '/role comms none').effects).toContainEqual(expect.objectContaining({ type: 'reply', data: expect.objectContaining({ reason: 'Nobody holds the comms role.' }) }))
  })

  it('numbers tasks; /done by the owner, the lead or a maintainer only', () => {
    let s: IncidentState = { ...base(), lead: 'lee' }
    s = run(s, '/task @bob one').state
    s = run(s, '/task two', 'carol').state
    expect(s.tasks!.map((t) => [t.n, t.owner, t.text])).toEqual([[1, 'bob', 'one'], [2, 'carol', 'two']])
    expect(run(s, '/done 1', 'carol').state.tasks![0].done).toBeUndefined()
    expect(run(s, '/done 1', 'bob').state.tasks![0].done).toEqual({ by: 'bob', at: T0 })
    expect(run(s, '/done 1', 'lee').state.tasks![0].done).toEqual({ by: 'lee', at: T0 })
    expect(run(s, '/done 1', 'mara', 'maintain').state.tasks![0].done).toEqual({ by: 'mara', at: T0 })
    const ticked = run(s, '/done 1', 'bob').state
    expect(run(ticked, '/done 1', 'bob').effects).toContainEqual(expect.objectContaining({ data: expect.objectContaining({ reason: 'Task 1 is already done (by @bob).' }) }))
  })

  it('reads back what it saved; damaged roles, tasks or page are reset, not trusted', () => {
    let s = run(base(), '/role scribe @bob').state
    s = run(s, '/task @bob one').state
    s = { ...s, page: { at: T0, pagerduty: { triggered: T0 } } }
    const back = decodeState(encodeState(s))
    expect(back).toEqual({ state: s, repaired: [] })
    const damaged = encodeState(s).replace('"roles":{"scribe":"bob"}', '"roles":{"scribe":7}').replace('"triggered"', '"triggered":"nope","x"')
    expect(decodeState(damaged)).toMatchObject({ repaired: ['page', 'roles'] })
  })
})

describe('the Make-post reminder', () => {
  const times = { reported: T0, recorded: T0 }
  const at = (minutes: number) => Date.parse(T0) + minutes * 60_000
  it('goes to comms, else the lead, once the Make post keeps failing past lead-within', () => {
    const failing: IncidentState = { ...base(), lead: 'lee', times, failures: { make: 'Make answered HTTP 503' } }
    expect(dueReminders(failing, at(29), config).map((r) => r.kind)).toEqual([])
    expect(dueReminders(failing, at(30), config)).toContainEqual(expect.objectContaining({ kind: 'make-post', to: ['lee'] }))
    expect(dueReminders({ ...failing, roles: { comms: 'cam' } }, at(30), config)).toContainEqual(expect.objectContaining({ kind: 'make-post', to: ['cam'] }))
    expect(dueReminders({ ...failing, make: { id: 4 } }, at(30), config).map((r) => r.kind)).not.toContain('make-post')
    expect(dueReminders({ ...failing, failures: {} }, at(30), config).map((r) => r.kind)).not.toContain('make-post')
  })
})
