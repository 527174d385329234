import { describe, expect, it } from 'vitest'
import { decodeState, defuseMarkers, encodeState, stripState, shorten, validateState } from '../../src/domain/state.js'
import { resolveConfig } from '../../src/config/config.js'
import { declare } from '../../src/domain/incident.js'
import { msrAt } from '../../src/domain/rotation.js'
import { levelFromPermission, meets } from '../../src/domain/permissions.js'
import { formatDuration, parseDuration } from '../../src/domain/time.js'
import { blocks } from '../../src/slack/slack.js'
import { reportTarget } from '../../src/incident/report-link.js'
import { compactState, renderCard, CARD_LIMIT } from '../../src/incident/card.js'

const config = resolveConfig()
const state = { ...declare({ recorder: 'r', severity: 2, at: '2026-11-27T10:00:00Z', confirmed: true, thankable: false }, config), lead: '--> <b> @here #12' }

describe('the state block', () => {
  it('round-trips, and no text inside can close the HTML comment', () => {
    const block = encodeState(state)
    expect(block.indexOf('-->')).toBe(block.length - 3)
    expect(block).not.toMatch(/<b>|@here|#12/)
    expect(decodeState(`text\n${block}\nmore`)).toEqual({ state, repaired: [] })
  })

  it('reports a damaged block instead of trusting it', () => {
    expect(decodeState('<!-- incident-ops:state {"v":1,"status":broken} -->')).toEqual({ error: 'the state block is not valid JSON' })
    expect(decodeState('<!-- incident-ops:state {"v":99} -->')).toEqual({ error: 'the state block has an unexpected version' })
    expect(decodeState('<!-- incident-ops:state {"v":1,"status":"gone","severity":1,"recorder":"r","timeline":[]} -->')).toEqual({ error: 'the state block has an unexpected shape' })
    expect(decodeState('no block')).toBeUndefined()
  })

  it('an old copy in an issue body is only stripped from the form, never read', () => {
    expect(stripState(`### Summary\n\nDown\n\n${encodeState(state)}\n`)).toBe('### Summary\n\nDown')
  })

  it('damaged fields are dropped and named, never trusted or crashing', () => {
    const raw = JSON.parse(JSON.stringify(state))
    const damaged = { ...raw, reminders: { update: { anchor: 1, at: 'x' } }, slack: { channel: 5 }, handled: 'many', retro: { number: '12' }, timeline: [...raw.timeline, { id: 'x' }], pending: [3] }
    const result = validateState(damaged)
    expect(result && 'state' in result && result.repaired.sort()).toEqual(['handled', 'pending', 'reminders.update', 'retro', 'slack', 'timeline entry'])
    expect(result && 'state' in result && result.state).toEqual({ ...raw })
  })

  it('markers typed by people are defused where the action copies their text', () => {
    expect(defuseMarkers('a <!-- incident-ops:retro-of 3 --> b')).not.toContain('<!-- incident-ops:')
  })

  it('a huge timeline is compacted: old texts first, then settled old entries, counted', () => {
    let big = { ...state, timeline: [...state.timeline] }
    for (let i = 0; i < 400; i++) big.timeline.push({ id: `c${i}`, at: '2026-11-27T10:00:00Z', by: 'a', kind: 'update', text: 'x'.repeat(280), slack: '1.1', p2: 3 })
    const small = compactState(big, 30_000)
    expect(encodeState(small).length).toBeLessThanOrEqual(30_000)
    expect(small.timeline.at(-1)!.text).toHaveLength(280)
    expect((small.archived ?? 0) + small.timeline.length).toBe(big.timeline.length)
    big = { ...big, archived: undefined }
    const view = { timeline: big.timeline } as never
    const rendered = renderCard(big, view, (v) => `card with ${v.timeline.length} shown, ${v.earlier} earlier\n${'y'.repeat(400).repeat(v.timeline.length)}`)
    expect(rendered.body.length).toBeLessThanOrEqual(CARD_LIMIT)
    expect(rendered.body).toMatch(/earlier/)
  })

  it('shortens text to one line', () => {
    expect(shorten('a\n\nb   c')).toBe('a b c')
    expect(shorten('x'.repeat(300))).toHaveLength(280)
  })
})

describe('rotation', () => {
  const start = Date.parse('2026-01-05T00:00:00Z')
  const week = 7 * 86_400_000
  it('a fixed login, or turns of a fixed length from the start', () => {
    expect(msrAt({ kind: 'none' }, start)).toBeUndefined()
    expect(msrAt({ kind: 'fixed', login: 'zoe' }, start)).toBe('zoe')
    const rotating = { kind: 'rotating' as const, logins: ['a', 'b', 'c'], startMs: start, everyMs: week }
    expect([0, 1, 2, 3, 7].map((w) => msrAt(rotating, start + w * week + 1000))).toEqual(['a', 'b', 'c', 'a', 'b'])
    expect(msrAt(rotating, start - 1000)).toBe('c')
  })
})

describe('permissions', () => {
  it('orders levels', () => {
    expect(meets('write', 'triage')).toBe(true)
    expect(meets('read', 'triage')).toBe(false)
    expect(meets('none', 'none')).toBe(true)
  })
  it('reads the permission response, custom roles included', () => {
    expect(levelFromPermission({ permission: 'read', role_name: 'triage', user: { permissions: { pull: true, triage: true } } })).toBe('triage')
    expect(levelFromPermission({ permission: 'write', role_name: 'deployer' })).toBe('write')
    expect(levelFromPermission({ permission: 'none', role_name: 'none', user: { permissions: {} } })).toBe('none')
  })
})

describe('small helpers', () => {
  it('durations', () => {
    expect(parseDuration('15m')).toBe(900_000)
    expect(parseDuration(' 2 d ')).toBe(172_800_000)
    expect(() => parseDuration('soon')).toThrow(/not a duration/)
    expect(formatDuration(5_400_000)).toBe('1h 30m')
    expect(formatDuration(90_000_000)).toBe('1d 1h')
  })
  it('Slack sections stay under 3,000 characters', () => {
    const text = Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n')
    const parts = blocks(text)
    expect(parts.length).toBeGreaterThan(2)
    expect(parts.every((b) => b.text.text.length <= 3000 && b.text.verbatim)).toBe(true)
    expect(parts.map((b) => b.text.text).join('\n')).toBe(text)
  })
  it('thanks only on issues and discussions of this repository, or of one the config names', () => {
    const env = { repo: { fullName: 'a/b' }, config: { ...config, report: { thankReporter: true, repositories: ['o/r'] } } } as never
    const here = 'https://github.com/a/b/issues/1'
    expect(reportTarget('https://github.com/a/b/issues/12', here, env)).toEqual({ kind: 'issue', owner: 'a', repo: 'b', number: 12 })
    expect(reportTarget('https://github.com/O/R/discussions/3', here, env)).toEqual({ kind: 'discussion', owner: 'O', repo: 'R', number: 3 })
    expect(reportTarget('https://github.com/stranger/repo/issues/12', here, env)).toBeUndefined()
    expect(reportTarget('https://gitlab.com/a/b/issues/12', here, env)).toBeUndefined()
    expect(reportTarget('https://github.com/a/b/wiki/Page', here, env)).toBeUndefined()
  })
})
