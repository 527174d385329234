// The alert's Slack thread as part of the record: messages people write there reach the card
// and the retrospective (by an event run and by a sweep-started run), edits and deletions
// follow, and "!commands" from mapped maintainers act once; unmapped or unauthorized ones do not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'

const CONFIG = 'slack:\n  channel: C0INCIDENT\n  users:\n    maintainer: U0MAINT\n    outsider-collab: U0OUTSIDE\nrotation: msr-person\n'

let h: Harness
let number: number
let alertTs: string
beforeEach(async () => {
  h = await createHarness({ config: CONFIG })
  h.slack.addUser('U0DANA', { name: 'dana', displayName: 'Dana <!here>', realName: 'Dana Q' })
  h.slack.addUser('U0MAINT', { name: 'mae', displayName: 'Mae' })
  const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[2] })
  number = issue.number
  alertTs = h.slack.topLevel()[0].ts
  // Slack times just after the declaration (real messages follow what they report).
  h.slack.clock = Math.floor(Date.now() / 1000) + 5
})
afterEach(async () => {
  await h.stop()
})

type Entry = { id: string; kind: string; by: string; text?: string; at: string; slack?: string; slackSeen?: string; permalink?: string; mapped?: boolean; p2?: number }
const entries = (): Entry[] => h.state(number).timeline
const fromSlack = () => entries().filter((e) => e.id.startsWith('s'))
const card = () => h.card(number)!.body as string
const botReplies = () => h.slack.thread(alertTs).filter((m) => m.bot_id)
const p2Comments = async () => h.comments('p2', h.state(number).p2.id)

describe('the Slack thread in the record', () => {
  it('an event run imports what people wrote, with author, time and link; an !update from a mapped maintainer runs once', async () => {
    const seen = h.slack.say('Seeing 500s on /search since 09:58, see <https://grafana.example/d/1|the dashboard> &amp; logs', alertTs, 'U0DANA')
    const update = h.slack.say('!update Rolled back the deploy; errors are dropping', alertTs, 'U0MAINT')
    const beforeReplies = botReplies().length

    const { result } = await h.comment(number, 'triager', '/note looking at the DB too')
    expect(result.code, result.stderr).toBe(0)
    // One read of the thread, side by side with the rest of the run.
    expect(result.slackCalls.filter((c) => c.method === 'conversations.replies')).toHaveLength(1)

    const said = fromSlack()
    expect(said.map((e) => [e.kind, e.by])).toEqual([
      ['slack', 'Dana <!here>'],
      ['update', 'maintainer']
    ])
    expect(said[0].text).toBe('Seeing 500s on /search since 09:58, see the dashboard (https://grafana.example/d/1) & logs')
    expect(said[0].at).toBe(new Date(Number(seen) * 1000).toISOString())
    expect(said[0].permalink).toBe(`https://acme.slack.com/archives/C0INCIDENT/p${seen.replace('.', '')}?thread_ts=${alertTs}&cid=C0INCIDENT`)
    expect(said[1].text).toBe('Rolled back the deploy; errors are dropping')

    // The card shows them, escaped for Markdown, linked to Slack.
    expect(card()).toContain(`Dana \\<\\!here\\> (Slack name) wrote in [Slack](https://acme.slack.com/archives/C0INCIDENT/p${seen.replace('.', '')}?thread_ts=${alertTs}&cid=C0INCIDENT): Seeing 500s`)
    expect(card()).toMatch(/maintainer posted an \[update\]\(https:\/\/acme\.slack\.com\/[^)]+\): Rolled back the deploy; errors are dropping \(from \[Slack\]/)
    // The update went to P2 (the runbook's updates), was not echoed into the thread, and was acknowledged there.
    const comments = await p2Comments()
    expect(comments.filter((c: { content: { raw: string } }) => c.content.raw.includes('Rolled back the deploy'))).toHaveLength(1)
    expect(botReplies().length).toBe(beforeReplies + 1) // the triager's /note, nothing else
    expect(botReplies().some((m) => /Rolled back|Seeing 500s/.test(m.text))).toBe(false)
    expect(h.slack.reactionsOn(update)).toEqual({ white_check_mark: ['U0BOT'] })
    expect(h.state(number).times.update).toBe(new Date(Number(update) * 1000).toISOString())

    // Read again by a later run and a sweep: nothing is imported, run or posted twice.
    await h.comment(number, 'triager', '/note still looking')
    const swept = await h.sweepAndRun(new Date().toISOString())
    expect(swept.swept.slackCalls.filter((c) => c.method === 'conversations.replies')).toHaveLength(1)
    expect(swept.runs).toHaveLength(0)
    expect(fromSlack()).toHaveLength(2)
    expect((await p2Comments()).filter((c: { content: { raw: string } }) => c.content.raw.includes('Rolled back the deploy'))).toHaveLength(1)

    // The update edited in Slack: its entry and its P2 comment follow; it is not run again.
    h.slack.edit(update, '!update Rolled back the deploy; errors are back to normal')
    const edited = await h.sweepAndRun(new Date().toISOString())
    expect(edited.runs).toHaveLength(1)
    expect(fromSlack()[1].text).toBe('Rolled back the deploy; errors are back to normal')
    const p2 = (await p2Comments()).filter((c: { content: { raw: string } }) => c.content.raw.includes('Rolled back the deploy'))
    expect(p2).toHaveLength(1)
    expect(p2[0].content.raw).toContain('errors are back to normal')
    expect(h.slack.reactionsOn(update)).toEqual({ white_check_mark: ['U0BOT'] })
  })

  it('a sweep-started run imports new messages, an edit updates its entry, a deletion is marked', async () => {
    const first = h.slack.say('the CDN status page shows an outage', alertTs, 'U0DANA')
    const swept = await h.sweepAndRun(new Date().toISOString())
    // The sweep itself wrote nothing: one Slack read, and the incident's run started.
    expect(swept.swept.slackCalls.map((c) => c.method)).toEqual(['conversations.replies'])
    expect(swept.runs).toHaveLength(1)
    expect(fromSlack().map((e) => e.text)).toEqual(['the CDN status page shows an outage'])

    // Nothing new: the sweep reads the thread and starts nothing.
    const quiet = await h.sweepAndRun(new Date().toISOString())
    expect(quiet.runs).toHaveLength(0)

    h.slack.edit(first, 'the CDN status page shows a *partial* outage')
    const second = h.slack.say('restarted the cache nodes', alertTs, 'U0MAINT')
    await h.sweepAndRun(new Date().toISOString())
    expect(fromSlack().map((e) => [e.by, e.text])).toEqual([
      ['Dana <!here>', 'the CDN status page shows a *partial* outage'],
      ['maintainer', 'restarted the cache nodes']
    ])
    expect(card()).toContain('the CDN status page shows a \\*partial\\* outage')

    h.slack.remove(second)
    const afterDelete = await h.sweepAndRun(new Date().toISOString())
    expect(afterDelete.runs).toHaveLength(1)
    const gone = fromSlack().find((e) => e.slack === second)!
    expect(gone.slackSeen).toBe('deleted')
    expect(gone.text).toBeUndefined()
    expect(card()).toContain('maintainer wrote in [Slack]')
    expect(card()).toContain('(deleted there since)')
    expect(card()).not.toContain('restarted the cache nodes')
  })

  it('an unmapped person’s !resolve stays a note, and they are told once how to get mapped; a mapped reader’s is refused', async () => {
    const unmapped = h.slack.say('!resolve it works for me now', alertTs, 'U0DANA')
    h.slack.say('!stabilized also fine', alertTs, 'U0DANA')
    const reader = h.slack.say('!resolve fixed', alertTs, 'U0OUTSIDE')
    await h.comment(number, 'triager', '/note checking')

    expect(h.state(number).status).toBe('recorded')
    expect(fromSlack().map((e) => [e.kind, e.by, e.text])).toEqual([
      ['slack', 'Dana <!here>', '!resolve it works for me now'],
      ['slack', 'Dana <!here>', '!stabilized also fine'],
      ['slack', 'outsider-collab', '!resolve fixed']
    ])
    expect(h.slack.reactionsOn(unmapped)).toEqual({})
    expect(h.slack.reactionsOn(reader)).toEqual({ no_entry_sign: ['U0BOT'] })
    const hints = botReplies().filter((m) => m.text.includes('kept as a note'))
    expect(hints).toHaveLength(1)
    expect(hints[0].text).toContain('`U0DANA`')
    expect(hints[0].text).toContain('Dana &lt;!here&gt;')

    // Another run (a sweep's) does not tell them again.
    h.slack.say('!note one more', alertTs, 'U0DANA')
    await h.sweepAndRun(new Date().toISOString())
    expect(botReplies().filter((m) => m.text.includes('kept as a note'))).toHaveLength(1)
    expect(h.state(number).status).toBe('recorded')
  })

  it('!note at a time places the note at that moment; the card and the retrospective are in time order', async () => {
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000)
    const hhmm = tenMinutesAgo.toISOString().slice(11, 16)
    h.slack.say(`!note at ${hhmm} the first alarm fired`, alertTs, 'U0MAINT')
    await h.comment(number, 'maintainer', '/claim')
    await h.comment(number, 'maintainer', '/resolve cache flushed')
    const note = fromSlack()[0]
    expect(note).toMatchObject({ kind: 'note', by: 'maintainer', text: 'the first alarm fired', at: `${tenMinutesAgo.toISOString().slice(0, 16)}:00.000Z` })
    // The card is in time order, the note at the moment it describes.
    const lines = card().split('\n').filter((l) => /^- \d{4}-/.test(l))
    const times = lines.map((l) => l.slice(2, 22))
    expect([...times].sort()).toEqual(times)
    expect(lines.find((l) => l.includes('the first alarm fired'))).toContain('(written ')
    // The retrospective's compiled timeline has it, in order, with its link.
    const retro = h.github.issues.get(h.state(number).retro.number)
    expect(retro.body).toContain('the first alarm fired')
    const retroTimes = [...retro.body.matchAll(/^- \*\*(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC\*\*/gm)].map((m: RegExpMatchArray) => m[1])
    expect([...retroTimes].sort()).toEqual(retroTimes)
  })

  it('a deleted card is rebuilt with the thread: its messages come back, the !update is found on P2, nothing is run or said twice', async () => {
    const update = h.slack.say('!update Rolled back the deploy', alertTs, 'U0MAINT')
    h.slack.say('!resolve works for me', alertTs, 'U0DANA')
    h.slack.say('plain words', alertTs, 'U0DANA')
    await h.comment(number, 'triager', '/note one')
    expect(fromSlack()).toHaveLength(3)
    const hintsBefore = botReplies().filter((m) => m.text.includes('kept as a note')).length

    h.github.comments.delete(h.card(number)!.id)
    const { result } = await h.comment(number, 'triager', '/note two')
    expect(result.code, result.stdout).toBe(0)
    expect(fromSlack().map((e) => [e.kind, e.by])).toEqual([
      ['update', 'maintainer'],
      ['slack', 'Dana <!here>'],
      ['slack', 'Dana <!here>']
    ])
    expect(h.state(number).status).toBe('recorded')
    expect((await p2Comments()).filter((c: { content: { raw: string } }) => c.content.raw.includes('Rolled back the deploy'))).toHaveLength(1)
    expect(h.slack.reactionsOn(update)).toEqual({ white_check_mark: ['U0BOT'] })
    expect(botReplies().filter((m) => m.text.includes('kept as a note'))).toHaveLength(hintsBefore)
    expect(result.slackCalls.filter((c) => c.method === 'reactions.add')).toEqual([])
  })

  it('a sweep with Slack failing says so once and starts nothing; a later sweep brings the messages', async () => {
    h.slack.say('hello from the thread', alertTs, 'U0DANA')
    h.slack.fail('conversations.replies', { status: 500 }, Infinity)
    const down = await h.sweepAndRun(new Date().toISOString())
    expect(down.swept.code, down.swept.stderr).toBe(0)
    expect(down.runs).toHaveLength(0)
    expect(down.swept.stdout.match(/Could not read the incidents' Slack threads: Slack answered HTTP 500/g)).toHaveLength(1)
    h.slack.heal()
    const up = await h.sweepAndRun(new Date().toISOString())
    expect(up.runs).toHaveLength(1)
    expect(fromSlack().map((e) => e.text)).toEqual(['hello from the thread'])
  })
})
