import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { parseCommand } from '../../src/domain/commands.js'
import { applyCommand, declare } from '../../src/domain/incident.js'
import { byTime, durations, leadCounts, participants } from '../../src/domain/metrics.js'
import type { IncidentState } from '../../src/domain/state.js'
import { compareTs, diffThread, loginOf, peopleMessages, replyPermalink, slackToPlain, threadCommand, type ThreadMessage } from '../../src/domain/thread.js'

const config = resolveConfig({ slack: { channel: 'C0INC', users: { octocat: 'U0OCTO' } } })
const ALERT = '1700000000.000100'
const base = (): IncidentState => ({ ...declare({ recorder: 'rec', severity: 2, at: '2023-11-14T22:00:00Z', confirmed: true, thankable: false }, config), slack: { channel: 'C0INC', ts: ALERT } })
const msg = (ts: string, text: string, extra: Partial<ThreadMessage> = {}): ThreadMessage => ({ ts, text, user: 'U0DANA', thread_ts: ALERT, ...extra })

describe('which thread messages are people’s', () => {
  it('drops the alert, bots (the action’s own included) and Slack’s own notices; oldest first', () => {
    const messages = [
      msg(ALERT, 'the alert', { bot_id: 'B0', user: 'U0BOT' }),
      msg('1700000300.000100', 'second'),
      msg('1700000200.000100', 'reply from the action', { bot_id: 'B0', user: 'U0BOT' }),
      msg('1700000100.000100', 'first'),
      msg('1700000150.000100', 'joined', { subtype: 'channel_join' }),
      msg('1700000160.000100', 'also sent to the channel', { subtype: 'thread_broadcast' }),
      msg('1700000170.000100', 'an app', { subtype: 'bot_message', user: undefined })
    ]
    expect(peopleMessages(messages, ALERT).map((m) => m.text)).toEqual(['first', 'also sent to the channel', 'second'])
  })
  it('orders ts numerically, not as text', () => {
    expect(compareTs('999999999.000100', '1000000000.000001')).toBeLessThan(0)
    expect(compareTs('1700000000.0002', '1700000000.000100')).toBeGreaterThan(0)
  })
})

describe('diffing the thread against the card', () => {
  it('new messages are those later than the last imported; edits and deletions of imported ones are seen', () => {
    const state: IncidentState = {
      ...base(),
      slack: { channel: 'C0INC', ts: ALERT, imported: '1700000200.000100' },
      timeline: [
        ...base().timeline,
        { id: 's1700000100.000100', at: '2023-11-14T22:15:00Z', by: 'Dana', kind: 'slack', slackUser: 'U0DANA', slackSeen: '', slack: '1700000100.000100' },
        { id: 's1700000200.000100', at: '2023-11-14T22:16:00Z', by: 'Dana', kind: 'slack', slackUser: 'U0DANA', slackSeen: '', slack: '1700000200.000100' }
      ]
    }
    const now = [msg('1700000100.000100', 'edited', { edited: { ts: '1700000500.000000' } }), msg('1700000300.000100', 'new')]
    const diff = diffThread(state, now)
    expect(diff.added.map((m) => m.text)).toEqual(['new'])
    expect(diff.edited.map((m) => m.ts)).toEqual(['1700000100.000100'])
    expect(diff.deleted).toEqual(['s1700000200.000100'])
  })
  it('a message imported once is never new again (a refused command leaves no entry; an archived entry is gone)', () => {
    const state: IncidentState = { ...base(), slack: { channel: 'C0INC', ts: ALERT, imported: '1700000300.000100' } }
    expect(diffThread(state, [msg('1700000300.000100', '!resolve x')]).added).toEqual([])
  })
  it('an unchanged thread, read again, is no news', () => {
    const state: IncidentState = {
      ...base(),
      slack: { channel: 'C0INC', ts: ALERT, imported: '1700000100.000100' },
      timeline: [{ id: 's1700000100.000100', at: '2023-11-14T22:15:00Z', by: 'Dana', kind: 'slack', slackUser: 'U0DANA', slackSeen: '2.0' }]
    }
    expect(diffThread(state, [msg('1700000100.000100', 'x', { edited: { ts: '2.0' } })])).toEqual({ added: [], edited: [], deleted: [] })
    expect(diffThread(base(), [])).toEqual({ added: [], edited: [], deleted: [] })
  })
})

describe('commands from the thread', () => {
  it('"!name" of a known command is a command; other words after "!" are just messages', () => {
    expect(threadCommand('!update the API is back', config)).toEqual({ ok: true, command: { name: 'update', text: 'the API is back' } })
    expect(threadCommand('!ack', config)).toEqual({ ok: true, command: { name: 'claim' } })
    expect(threadCommand('!update', config)).toMatchObject({ ok: false, reason: 'usage' })
    expect(threadCommand('!important: the DB is full', config)).toBeUndefined()
    expect(threadCommand('!!! down', config)).toBeUndefined()
    expect(threadCommand('we should !update soon', config)).toBeUndefined()
  })
  it('maps a Slack user to the GitHub login slack.users names; others are unmapped', () => {
    expect(loginOf('U0OCTO', config)).toBe('octocat')
    expect(loginOf('u0octo', config)).toBe('octocat')
    expect(loginOf('U0DANA', config)).toBeUndefined()
  })
})

describe('Slack markup as plain text', () => {
  it('decodes entities, names mentions, keeps link targets visible', () => {
    const names = (id: string) => ({ U0OCTO: 'octocat' })[id]
    expect(slackToPlain('<@U0OCTO> see <https://x.example/a|the graph> &amp; <https://y.example> &lt;script&gt;', names)).toBe('@octocat see the graph (https://x.example/a) & https://y.example <script>')
    expect(slackToPlain('<!here> <!subteam^S1|@oncall> in <#C1|ops>')).toBe('@here @oncall in #ops')
  })
  it('builds a reply link from the alert’s', () => {
    expect(replyPermalink('https://acme.slack.com/archives/C0INC/p1700000000000100', 'C0INC', ALERT, '1700000300.000100')).toBe('https://acme.slack.com/archives/C0INC/p1700000300000100?thread_ts=1700000000.000100&cid=C0INC')
    expect(replyPermalink(undefined, 'C0INC', ALERT, '1.2')).toBeUndefined()
  })
})

describe('time as it happened', () => {
  it('/note at 10:02 places the note at that moment and keeps when it was written', () => {
    const state = { ...base(), times: { reported: '2026-11-27T09:50:00Z', recorded: '2026-11-27T09:50:00Z' } }
    const out = applyCommand(state, { id: 'c1', comment: 1, by: 'alice', at: '2026-11-27T10:15:00Z', level: 'triage', parsed: parseCommand('/note at 10:02 first alarm', config)! }, config)
    expect(out.state.timeline.at(-1)).toMatchObject({ kind: 'note', at: '2026-11-27T10:02:00.000Z', written: '2026-11-27T10:15:00Z', text: 'first alarm' })
    const bad = applyCommand(state, { id: 'c2', comment: 2, by: 'alice', at: '2026-11-27T10:15:00Z', level: 'triage', parsed: parseCommand('/note at 10:75 x', config)! }, config)
    expect(bad.state).toBe(state)
    expect(bad.effects).toContainEqual(expect.objectContaining({ type: 'reply', template: 'usage' }))
  })
  it('orders the timeline by time, stable for equal times', () => {
    expect(byTime([{ at: '2026-01-01T10:05:00Z', n: 1 }, { at: '2026-01-01T10:02:00Z', n: 2 }, { at: '2026-01-01T10:05:00Z', n: 3 }]).map((e) => e.n)).toEqual([2, 1, 3])
  })
  it('time to detect and impact duration start at the form’s "When it started"', () => {
    const state: IncidentState = { ...base(), published: { title: 't', summary: 's', affected: '', started: '09:30 UTC', thirdParty: '' }, times: { reported: '2026-11-27T10:00:00Z', recorded: '2026-11-27T10:05:00Z', stabilized: '2026-11-27T11:00:00Z' } }
    expect(durations(state)).toMatchObject({ toDetect: 35 * 60_000, impact: 90 * 60_000 })
    expect(durations({ ...state, published: { ...state.published!, started: 'this morning' } })).toMatchObject({ toDetect: undefined, impact: undefined })
  })
  it('counts who led how many incidents, each once per incident', () => {
    const led = (leads: string[]): IncidentState => ({ ...base(), lead: leads.at(-1), timeline: leads.map((lead, i) => ({ id: `l${i}`, at: '2026-01-01T00:00:00Z', by: lead, kind: 'lead' as const, lead })) })
    expect(leadCounts([led(['ann', 'bob']), led(['ann']), led(['Ann']), led([])])).toEqual([
      { login: 'ann', count: 3 },
      { login: 'bob', count: 1 }
    ])
  })
  it('unmapped Slack posters are not invited to the retrospective by name', () => {
    const state: IncidentState = { ...base(), timeline: [...base().timeline, { id: 's1', at: '2026-01-01T00:00:00Z', by: 'Dana Q', kind: 'slack', slackUser: 'U0DANA' }, { id: 's2', at: '2026-01-01T00:00:00Z', by: 'octocat', kind: 'slack', slackUser: 'U0OCTO', mapped: true }] }
    expect(participants(state)).toEqual(['rec', 'octocat'])
  })
})
