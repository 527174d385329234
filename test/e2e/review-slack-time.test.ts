// Slack both ways and time as it happened, from the outside: many incidents with threads, a run
// killed after acting on an !update, someone in Slack named like a maintainer, and notes at
// times that are no times.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'

const CONFIG = 'slack:\n  channel: C0INCIDENT\n  users:\n    maintainer: U0MAINT\nrotation: msr-person\n'

let h: Harness
beforeEach(async () => {
  h = await createHarness({ config: CONFIG })
})
afterEach(async () => {
  await h.stop()
})

type Entry = { id: string; kind: string; by: string; text?: string; at: string; slack?: string }
const p2Comments = async (number: number) => h.comments('p2', h.state(number).p2.id)

describe('reading many threads', () => {
  it('with more threads than one sweep reads, consecutive sweeps read different ones until every thread was read', async () => {
    // Without WordPress: a seeded incident then owes nothing, so only its thread is looked at.
    await h.stop()
    h = await createHarness({ config: CONFIG, wordpress: false })
    const now = Date.parse('2026-11-27T10:07:00Z')
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const quiet = { severity: 3, status: 'stabilized' as const, lead: 'msr-person', times: { reported: iso(now - 600_000), recorded: iso(now - 600_000), lead: iso(now - 600_000), stabilized: iso(now - 300_000), update: iso(now - 60_000) } }
    for (let i = 0; i < 80; i++) h.seedIncident({ at: iso(now - 600_000), ...quiet })
    const read = new Set<string>()
    for (const at of [now, now + 600_000]) {
      const swept = await h.sweep(iso(at))
      expect(swept.code, swept.stderr).toBe(0)
      expect(h.github.dispatches).toHaveLength(0)
      const calls = swept.slackCalls.filter((c) => c.method === 'conversations.replies')
      expect(calls.length).toBeLessThanOrEqual(40)
      for (const c of calls) read.add(String((c.args as { ts?: string }).ts))
    }
    // Two sweeps of 40 reads: all 80 threads, none twice.
    expect(read.size).toBe(80)
  })
})

describe('an !update from Slack when the run dies', () => {
  it('a run killed right after reacting to an !update: the next run delivers it to P2 once, and records it once', async () => {
    const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[2] })
    const alertTs = h.slack.topLevel()[0].ts
    h.slack.clock = Math.floor(Date.now() / 1000) + 5
    const update = h.slack.say('!update Rolled back the deploy', alertTs, 'U0MAINT')

    const comment = h.github.addComment(issue.number, 'triager', '/note looking at the DB')
    const payload = h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(issue.number)), comment, sender: h.github.user('triager') })
    const killed = await h.run('issue_comment', payload, { killOnSlack: (method) => method === 'reactions.add' })
    expect(killed.code).not.toBe(0)
    expect(h.slack.reactionsOn(update)).toEqual({ white_check_mark: ['U0BOT'] })

    const again = await h.comment(issue.number, 'triager', '/note still looking')
    expect(again.result.code, again.result.stderr).toBe(0)
    await h.sweepAndRun(new Date().toISOString())
    const updates = (h.state(issue.number).timeline as Entry[]).filter((e) => e.slack === update)
    expect(updates.map((e) => [e.kind, e.text])).toEqual([['update', 'Rolled back the deploy']])
    const onP2 = (await p2Comments(issue.number)).filter((c: { content: { raw: string } }) => c.content.raw.includes('Rolled back the deploy'))
    expect(onP2).toHaveLength(1)
  })
})

/** A moment `minutes` from now written with a whole-hour offset that puts now near noon there (never across a local midnight). */
function localTime(minutes: number): string {
  const now = new Date()
  let offset = 12 - now.getUTCHours()
  if (offset < -11) offset += 24
  const local = new Date(now.getTime() + minutes * 60_000 + offset * 3_600_000)
  const sign = offset < 0 ? '-' : '+'
  return `${local.toISOString().slice(11, 16)}${sign}${String(Math.abs(offset)).padStart(2, '0')}:00`
}

describe('notes at times people get wrong', () => {
  it('a note "at" a time shortly ahead (a wrong zone, a typo) is refused as in the future, not filed a day earlier', async () => {
    const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[2] })
    const { result } = await h.comment(issue.number, 'triager', `/note at ${localTime(40)} the CDN failed over`)
    expect(result.code, result.stderr).toBe(0)
    const notes = (h.state(issue.number).timeline as Entry[]).filter((e) => e.kind === 'note')
    expect(notes).toEqual([])
    const replies = h.github.commentsOn(issue.number).map((c: { body: string }) => c.body)
    expect(replies.some((b: string) => /in the future/.test(b) && /\/note at 10:02/.test(b))).toBe(true)
  })

  it('a note at a time earlier today, with an offset, is placed at that moment', async () => {
    const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[2] })
    const written = localTime(-40)
    await h.comment(issue.number, 'triager', `/note at ${written} the CDN failed over`)
    const [note] = (h.state(issue.number).timeline as Entry[]).filter((e) => e.kind === 'note')
    expect(note.text).toBe('the CDN failed over')
    const ago = Date.now() - Date.parse(note.at)
    expect(ago).toBeGreaterThan(38 * 60_000)
    expect(ago).toBeLessThan(42 * 60_000)
  })
})

describe('who wrote in the thread', () => {
  it('someone unmapped whose Slack name is a maintainer’s login is not shown as that maintainer', async () => {
    h.slack.addUser('U0FAKE', { name: 'maintainer', displayName: 'maintainer' })
    const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[2] })
    const alertTs = h.slack.topLevel()[0].ts
    h.slack.clock = Math.floor(Date.now() / 1000) + 5
    h.slack.say('rolled back the deploy', alertTs, 'U0MAINT')
    h.slack.say('all clear, I resolved it, nothing more to do', alertTs, 'U0FAKE')
    await h.comment(issue.number, 'triager', '/note checking')
    const lines = (h.card(issue.number)!.body as string).split('\n')
    const real = lines.find((l) => l.includes('rolled back the deploy'))!
    const fake = lines.find((l) => l.includes('all clear'))!
    expect(real).toMatch(/: maintainer wrote in \[Slack\]/)
    expect(fake).not.toMatch(/: maintainer wrote in/)
    expect(fake).toMatch(/: maintainer \(Slack name\) wrote in \[Slack\]/)
  })
})

describe('a long, hostile thread', () => {
  it('hundreds of long replies full of markup: read page by page, the card stays within its size, nothing in them becomes markup or state, the !update at the end runs once', async () => {
    const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[2] })
    const alertTs = h.slack.topLevel()[0].ts
    h.slack.clock = Math.floor(Date.now() / 1000) + 5
    for (const [id, name] of [['U0A', 'ann'], ['U0B', 'bob'], ['U0C', 'cat']]) h.slack.addUser(id, { name, displayName: name })
    const hostile = '<!channel> see #4321 and @maintainer, <https://evil.example|click> <!-- incident-ops:state {"v":1} --> ### Severity\n\n1\n- [x] done '
    for (let i = 0; i < 450; i++) h.slack.say(`${i} ${hostile}${'x'.repeat(2500)}`, alertTs, ['U0A', 'U0B', 'U0C'][i % 3])
    const update = h.slack.say('!update Rolled back the deploy @maintainer #9 +make', alertTs, 'U0MAINT')

    const { result } = await h.comment(issue.number, 'triager', '/note reading the thread')
    expect(result.code, result.stderr).toBe(0)
    expect(result.slackCalls.filter((c) => c.method === 'conversations.replies')).toHaveLength(3)
    expect(result.slackCalls.filter((c) => c.method === 'users.info')).toHaveLength(3)
    const body = h.card(issue.number)!.body as string
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.match(/<!-- incident-ops:/g)).toHaveLength(2) // the card's marker and its state
    expect(body).not.toMatch(/(^|[^\\])@maintainer|(^|[^\\])#4321|<!channel>/)
    const state = h.state(issue.number)
    expect(state.severity).toBe(2)
    expect(state.slack.imported).toBe(update)
    const updates = (state.timeline as Entry[]).filter((e) => e.slack === update)
    expect(updates.map((e) => [e.kind, e.text])).toEqual([['update', 'Rolled back the deploy @maintainer #9 +make']])
    const onP2 = (await p2Comments(issue.number)).filter((c: { content: { raw: string } }) => c.content.raw.includes('Rolled back the deploy'))
    expect(onP2).toHaveLength(1)
    expect(onP2[0].content.raw).not.toMatch(/@maintainer|#9|\+make/)

    // The next sweep reads the thread again and finds nothing new.
    const swept = await h.sweepAndRun(new Date().toISOString())
    expect(swept.runs).toHaveLength(0)
  })
})

describe('an !note at a time, edited in Slack', () => {
  it('moves to the time the edit names (and back to when it was written when the time is taken out)', async () => {
    const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[2] })
    const alertTs = h.slack.topLevel()[0].ts
    h.slack.clock = Math.floor(Date.now() / 1000) + 5
    const note = h.slack.say(`!note at ${localTime(-40)} the CDN failed over`, alertTs, 'U0MAINT')
    await h.sweepAndRun(new Date().toISOString())
    const entry = () => (h.state(issue.number).timeline as Array<Entry & { written?: string }>).find((e) => e.slack === note)!
    const minutesAgo = () => Math.round((Date.now() - Date.parse(entry().at)) / 60_000)
    expect(entry().text).toBe('the CDN failed over')
    expect(minutesAgo()).toBeGreaterThanOrEqual(39)
    expect(minutesAgo()).toBeLessThanOrEqual(41)

    h.slack.edit(note, `!note at ${localTime(-90)} the CDN failed over`)
    await h.sweepAndRun(new Date().toISOString())
    expect(entry().text).toBe('the CDN failed over')
    expect(minutesAgo()).toBeGreaterThanOrEqual(89)
    expect(minutesAgo()).toBeLessThanOrEqual(91)

    h.slack.edit(note, '!note the CDN failed over, time unknown')
    await h.sweepAndRun(new Date().toISOString())
    expect(entry().text).toBe('the CDN failed over, time unknown')
    expect(entry().at).toBe(new Date(Number(note) * 1000).toISOString())
    expect(entry().written).toBeUndefined()
  })

  it('a /note at a time edited on GitHub keeps its text without the time, and moves to the new time', async () => {
    const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[2] })
    const { comment } = await h.comment(issue.number, 'triager', `/note at ${localTime(-40)} the CDN failed over`)
    h.github.clock = () => new Date(Date.now() + 5000)
    const edited = h.github.editComment(comment.id, `/note at ${localTime(-90)} the CDN failed over twice`)
    const run = await h.run('issue_comment', h.github.payload('issue_comment', { action: 'edited', issue: h.github.issueJson(h.github.issues.get(issue.number)), comment: edited, sender: h.github.user('triager') }))
    expect(run.code, run.stderr).toBe(0)
    const [note] = (h.state(issue.number).timeline as Entry[]).filter((e) => e.kind === 'note')
    expect(note.text).toBe('the CDN failed over twice')
    const minutesAgo = Math.round((Date.now() - Date.parse(note.at)) / 60_000)
    expect(minutesAgo).toBeGreaterThanOrEqual(89)
    expect(minutesAgo).toBeLessThanOrEqual(91)
  })
})
