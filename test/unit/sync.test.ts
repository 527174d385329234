import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { declare, addEntry } from '../../src/domain/incident.js'
import { alertKey, creates, makeKey, opName, owedSyncs, p2Key, waitsFor, type SyncOp } from '../../src/domain/sync.js'
import type { IncidentState } from '../../src/domain/state.js'

// Suspect changes off here: their read is covered in suspects.test.ts.
const config = resolveConfig({ suspects: false })
const all = { slack: true, p2: true, make: true }
const published = { title: 'T', summary: 'S', affected: '', started: '', thirdParty: '' }
const fresh = (severity = 1) => declare({ recorder: 'r', severity, at: '2026-11-27T10:00:00Z', confirmed: true, thankable: false, published }, config)
const delivered = (s: IncidentState): IncidentState => {
  const posted: IncidentState = { ...s, p2: { id: 5, url: 'https://p2/x', synced: '' }, make: { id: 6, url: 'https://make/x', synced: '' } }
  return { ...posted, slack: { channel: 'C1', ts: '1.1', link: 'https://slack/x', pinned: true, synced: alertKey(posted) } }
}

describe('what is owed outward', () => {
  it('a new severity 1 incident with a lead owes the alert and the Make post, then the P2 post that links both, then the pin', () => {
    expect(owedSyncs({ ...fresh(), lead: 'lee' }, config, all)).toEqual([
      { dest: 'slack', op: 'alert' },
      { dest: 'make', op: 'post' },
      { dest: 'p2', op: 'post' },
      { dest: 'slack', op: 'pin' }
    ])
  })

  it('severity 3 owes no Make post; integrations that are off owe nothing', () => {
    expect(owedSyncs(fresh(3), config, all).map((o) => o.dest)).not.toContain('make')
    expect(owedSyncs(fresh(1), config, { slack: false, p2: false, make: false })).toEqual([])
  })

  it('a Make post a killed run may have made stays owed (to be looked for) after the incident is lowered to severity 3, until it is found', () => {
    const lowered = { ...fresh(3), lead: 'lee', pending: ['make:post'] }
    expect(owedSyncs(lowered, config, all).map(opName)).toContain('make:post')
    expect(owedSyncs({ ...lowered, pending: [] }, config, all).map(opName)).not.toContain('make:post')
    expect(owedSyncs({ ...lowered, make: { id: 6, url: 'https://make/x', synced: '' } }, config, all).map(opName)).toEqual(expect.arrayContaining(['make:post-edit']))
    expect(owedSyncs(lowered, config, { ...all, make: false }).map(opName)).not.toContain('make:post')
  })

  it('a waiting report owes only a quiet notice', () => {
    const reported = declare({ recorder: 'r', severity: 1, at: '2026-11-27T10:00:00Z', confirmed: false, thankable: true }, config)
    expect(owedSyncs(reported, config, all)).toEqual([{ dest: 'slack', op: 'notice' }])
  })

  it('once everything is recorded, nothing is owed; a change owes edits', () => {
    const s = delivered(fresh())
    const synced: IncidentState = { ...s, p2: { ...s.p2!, synced: p2Key(s) }, make: { ...s.make!, synced: makeKey(s, config) } }
    expect(owedSyncs(synced, config, all)).toEqual([])
    expect(owedSyncs({ ...synced, status: 'resolved' }, config, all)).toEqual([
      { dest: 'slack', op: 'unpin' },
      { dest: 'slack', op: 'alert-edit' },
      { dest: 'p2', op: 'post-edit' },
      { dest: 'make', op: 'post-edit' }
    ])
    expect(owedSyncs({ ...synced, published: { ...published, title: 'A new title' } }, config, all).map((o) => o.op)).toEqual(['alert-edit', 'post-edit', 'post-edit'])
  })

  it('updates owe a thread reply and a P2 comment; notes only a reply; edits owe edits', () => {
    let s = delivered(fresh(3))
    s = addEntry(s, { id: 'c1', at: 'x', by: 'a', kind: 'update', text: 'u' })
    s = addEntry(s, { id: 'c2', at: 'x', by: 'a', kind: 'note', text: 'n' })
    const ops = owedSyncs(s, config, all).filter((o) => 'entry' in o)
    expect(ops).toEqual([
      { dest: 'slack', op: 'reply', entry: 'c1' },
      { dest: 'slack', op: 'reply', entry: 'c2' },
      { dest: 'p2', op: 'comment', entry: 'c1' }
    ])
    s = { ...s, timeline: s.timeline.map((e) => (e.id === 'c1' ? { ...e, slack: '9.9', p2: 77, slackEdit: true, p2Edit: true } : e.id === 'c2' ? { ...e, slack: '9.8' } : e)) }
    expect(owedSyncs(s, config, all).filter((o) => 'entry' in o)).toEqual([
      { dest: 'slack', op: 'reply-edit', entry: 'c1' },
      { dest: 'p2', op: 'comment-edit', entry: 'c1' }
    ])
  })

  it('opened issues and reminders are owed GitHub-first; only creations are tried with a key', () => {
    const s: IncidentState = { ...delivered(fresh(3)), retroOwed: true, followupsOwed: [{ key: 'c9', by: 'a', title: 'fix' }], reminders: { update: { anchor: 'x#1', at: 'x', slack: undefined, hide: 'IC_1' } } }
    const ops = owedSyncs(s, config, all)
    expect(ops.slice(0, 4).map(opName)).toEqual(['github:retro', 'github:followup:c9', 'github:reminder:update', 'slack:reminder:update'])
    expect(ops.filter(creates).map(opName)).toContain('slack:reminder:update')
    expect(creates({ dest: 'slack', op: 'alert-edit' })).toBe(false)
    expect(creates({ dest: 'github', op: 'hide-reminder', kind: 'update' })).toBe(false)
    const posted: IncidentState = { ...s, reminders: { update: { anchor: 'x#1', at: 'x', comment: { id: 1, node: 'IC_1' }, slack: '1.2', hide: 'IC_0' } } }
    expect(owedSyncs(posted, config, all).map(opName)).toContain('github:hide-reminder:update')
  })

  it('a thank-you is owed once', () => {
    const s = { ...delivered(fresh(3)), thank: 'owed' as const }
    expect(owedSyncs(s, config, { slack: false, p2: false, make: false })).toEqual([{ dest: 'github', op: 'thank' }])
    expect(owedSyncs({ ...s, thank: 'done' }, config, { slack: false, p2: false, make: false })).toEqual([])
  })
})

/** Which ops run side by side: each op's wave is one after the latest earlier op it waits for. */
function waves(ops: SyncOp[]): string[][] {
  const wave: number[] = []
  for (const [i, op] of ops.entries()) wave[i] = 1 + Math.max(0, ...ops.slice(0, i).map((e, j) => (waitsFor(op, e) ? wave[j] : 0)))
  const result: string[][] = []
  for (const [i, op] of ops.entries()) (result[wave[i] - 1] ??= []).push(opName(op))
  return result
}

describe('what runs side by side', () => {
  it('a declaration with a lead: the alert and the Make post first, then the P2 post (both links) and the pin', () => {
    expect(waves(owedSyncs({ ...fresh(), lead: 'lee' }, config, all))).toEqual([['slack:alert', 'make:post'], ['p2:post', 'slack:pin']])
  })

  it('the alert edit waits for new posts (it links them); a P2 edit for a new alert', () => {
    expect(waitsFor({ dest: 'slack', op: 'alert-edit' }, { dest: 'p2', op: 'post' })).toBe(true)
    expect(waitsFor({ dest: 'slack', op: 'alert-edit' }, { dest: 'make', op: 'post' })).toBe(true)
    expect(waitsFor({ dest: 'p2', op: 'post-edit' }, { dest: 'slack', op: 'alert' })).toBe(true)
    expect(waitsFor({ dest: 'make', op: 'post-edit' }, { dest: 'slack', op: 'alert' })).toBe(false)
  })

  it('a status change: every destination at once, thread replies and P2 comments in order, GitHub one at a time', () => {
    let s = delivered(fresh(1))
    s = { ...s, p2: { ...s.p2!, synced: p2Key(s) }, make: { ...s.make!, synced: makeKey(s, config) } }
    s = addEntry(s, { id: 'c1', at: 'x', by: 'a', kind: 'update', text: 'u' })
    s = addEntry(s, { id: 'c2', at: 'x', by: 'a', kind: 'status', status: 'resolved', text: 'fixed' })
    s = { ...s, status: 'resolved', retroOwed: true, told: 'owed' }
    expect(waves(owedSyncs(s, config, all))).toEqual([
      ['github:retro', 'slack:unpin', 'slack:reply:c1', 'p2:comment:c1', 'slack:alert-edit', 'p2:post-edit', 'make:post-edit'],
      ['slack:reply:c2', 'p2:comment:c2', 'github:tell-resolved']
    ])
  })

  it('everything in Slack waits for the alert it acts on', () => {
    let s: IncidentState = { ...fresh(3), p2: { id: 5, url: 'https://p2/x', synced: '' } }
    s = addEntry(s, { id: 'c1', at: 'x', by: 'a', kind: 'update', text: 'u' })
    const ops = waves(owedSyncs(s, config, all))
    expect(ops[0]).toContain('slack:alert')
    expect(ops[0]).not.toContain('slack:reply:c1')
    expect(ops[1]).toEqual(expect.arrayContaining(['slack:reply:c1', 'slack:pin', 'p2:post-edit']))
  })
})
