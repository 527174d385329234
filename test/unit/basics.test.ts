import { describe, expect, it } from 'vitest'
import { decodeState, encodeState, stripState, withState, shorten } from '../../src/domain/state.js'
import { resolveConfig } from '../../src/config/config.js'
import { declare } from '../../src/domain/incident.js'
import { msrAt } from '../../src/domain/rotation.js'
import { levelFromPermission, meets } from '../../src/domain/permissions.js'
import { formatDuration, parseDuration } from '../../src/domain/time.js'
import { blocks } from '../../src/slack/slack.js'
import { githubIssueLink } from '../../src/handlers/context.js'

const config = resolveConfig()
const state = { ...declare({ recorder: 'r', severity: 2, at: '2026-11-27T10:00:00Z', confirmed: true, thankable: false }, config), lead: '--> <b> @here #12' }

describe('the state block', () => {
  it('round-trips, and no text inside can close the HTML comment', () => {
    const block = encodeState(state)
    expect(block.indexOf('-->')).toBe(block.length - 3)
    expect(block).not.toMatch(/<b>|@here|#12/)
    expect(decodeState(`text\n${block}\nmore`)).toEqual({ state })
  })

  it('reports a damaged block instead of trusting it', () => {
    expect(decodeState('<!-- incident-ops:state {"v":1,"status":broken} -->')).toEqual({ error: 'the state block is not valid JSON' })
    expect(decodeState('<!-- incident-ops:state {"v":99} -->')).toEqual({ error: 'the state block has an unexpected shape' })
    expect(decodeState('no block')).toBeUndefined()
  })

  it('is mirrored at the end of the body, replacing any earlier copy', () => {
    const body = withState(withState('### Summary\n\nDown', state), { ...state, severity: 1 })
    expect(body.match(/incident-ops:state/g)).toHaveLength(1)
    expect(stripState(body)).toBe('### Summary\n\nDown')
    expect(decodeState(body)).toEqual({ state: { ...state, severity: 1 } })
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
  it('recognises a GitHub issue or discussion link on the same GitHub', () => {
    expect(githubIssueLink('https://github.com/o/r/issues/12', 'https://github.com/a/b/issues/1')).toEqual({ kind: 'issue', owner: 'o', repo: 'r', number: 12 })
    expect(githubIssueLink('https://github.com/o/r/discussions/3', 'https://github.com/a/b/issues/1')).toEqual({ kind: 'discussion', owner: 'o', repo: 'r', number: 3 })
    expect(githubIssueLink('https://gitlab.com/o/r/issues/12', 'https://github.com/a/b/issues/1')).toBeUndefined()
    expect(githubIssueLink('https://github.com/o/r/wiki/Page', 'https://github.com/a/b/issues/1')).toBeUndefined()
  })
})
