// Roles besides the lead (/role) and delegated tasks (/task, /done, the owner's reaction),
// through the bundled action.
import { afterEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'

let h: Harness
afterEach(async () => {
  await h.stop()
})

const reactionsOn = (id: number) => h.github.reactions.filter((r: { comment: number }) => r.comment === id).map((r: { content: string }) => r.content)
const replies = (n: number) => h.github.commentsOn(n).filter((c: { body: string }) => c.body.includes('incident-ops:reply')).map((c: { body: string }) => c.body)
const thread = () => h.slack.thread(h.slack.topLevel()[0].ts).map((m) => m.text)

describe('/role', () => {
  it('gives, takes and clears roles; the card lists them and the thread is told', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    const n = issue.number
    const { comment: give } = await h.comment(n, 'maintainer', '/role comms @triager')
    expect(reactionsOn(give.id)).toEqual(['rocket'])
    await h.comment(n, 'msr-person', '/role scribe')
    let card = h.card(n)!.body
    expect(card).toContain('| **comms** | @triager (the public posts (Make) and replies to reporters) |')
    expect(card).toContain('| **scribe** | @msr-person (the record: notes in the timeline, the retrospective) |')
    expect(card).toContain('maintainer made triager comms')
    expect(thread()).toContain(':label: *triager* is now *comms* (*maintainer*)')
    expect(h.state(n).roles).toEqual({ comms: 'triager', scribe: 'msr-person' })

    await h.comment(n, 'maintainer', '/role comms none')
    card = h.card(n)!.body
    expect(card).not.toContain('| **comms** |')
    expect(thread().at(-1)).toBe(':label: Nobody is *comms* now (*maintainer*)')

    // A role the config does not name, the lead, and someone below triage: refused, nothing changes.
    const { comment: unknown } = await h.comment(n, 'maintainer', '/role ops @triager')
    expect(reactionsOn(unknown.id)).toEqual(['confused'])
    expect(replies(n).at(-1)).toContain('There is no role `ops` here; the roles are `comms`, `scribe`.')
    await h.comment(n, 'maintainer', '/role lead @triager')
    expect(replies(n).at(-1)).toContain('The lead has its own commands: `/claim` or `/lead @someone`.')
    const { comment: outsider } = await h.comment(n, 'outsider-collab', '/role comms')
    expect(reactionsOn(outsider.id)).toEqual(['-1'])
    expect(h.state(n).roles).toEqual({ scribe: 'msr-person' })
    expect(h.github.violations).toEqual([])
  })

  it('roles come from the config', async () => {
    h = await createHarness({ wordpress: false, config: 'slack:\n  channel: C0INCIDENT\nroles:\n  liaison: talks to the provider\n' })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    await h.comment(issue.number, 'maintainer', '/role liaison @triager')
    expect(h.card(issue.number)!.body).toContain('| **liaison** | @triager (talks to the provider) |')
    await h.comment(issue.number, 'maintainer', '/role comms @triager')
    expect(replies(issue.number).at(-1)).toContain('the roles are `liaison`')
  })
})

describe('/task and /done', () => {
  it('delegates numbered tasks, ticked by /done (owner, lead or maintainer) or the owner’s 👍; open ones go to the thread once and to the retro', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    const n = issue.number
    await h.comment(n, 'msr-person', '/claim')
    const { comment: first } = await h.comment(n, 'msr-person', '/task @triager check the CDN logs')
    const { comment: second } = await h.comment(n, 'msr-person', '/task @outsider-collab ask the provider about <b>quotas</b> @here')
    await h.comment(n, 'triager', '/task roll back the search deploy')
    let card = h.card(n)!.body
    expect(card).toContain('### Tasks (3 open)')
    expect(card).toContain('- ⬜ **1.** @triager: check the CDN logs')
    expect(card).toContain('- ⬜ **2.** @outsider-collab: ask the provider about \\<b\\>quotas\\</b\\> \\@here')
    expect(card).toContain('- ⬜ **3.** @triager: roll back the search deploy')
    expect(thread()).toContain(':clipboard: Task 2 for *outsider-collab*: ask the provider about &lt;b&gt;quotas&lt;/b&gt; @\u200bhere')
    expect(reactionsOn(first.id)).toEqual(['rocket'])

    // Someone else's task: only its owner, the lead or a maintainer ticks it.
    const { comment: notYours } = await h.comment(n, 'triager', '/done 2')
    expect(reactionsOn(notYours.id)).toEqual(['-1'])
    expect(replies(n).at(-1)).toContain("Task 2 is @outsider-collab's: they, the lead (@msr-person) or a maintainer can tick it.")
    await h.comment(n, 'triager', '/done 9')
    expect(replies(n).at(-1)).toContain('There is no task 9; the tasks are numbered 1 to 3.')
    await h.comment(n, 'triager', '/done 1')
    card = h.card(n)!.body
    expect(card).toContain('### Tasks (2 open)')
    expect(card).toContain('- ✅ **1.** @triager: check the CDN logs (done)')

    // The owner's 👍 on the /task comment ticks it at the next run; anyone else's does not.
    h.github.react(second.id, 'triager', '+1')
    await h.comment(n, 'msr-person', '/note checking')
    expect(h.state(n).tasks[1].done).toBeUndefined()
    h.github.react(second.id, 'outsider-collab', '+1')
    const noted = await h.comment(n, 'msr-person', '/note still checking')
    expect(h.state(n).tasks[1].done).toMatchObject({ by: 'outsider-collab' })
    expect(h.card(n)!.body).toContain('- ✅ **2.** @outsider-collab')
    // Reading reactions is one GraphQL request, and only while tasks are open.
    expect(noted.result.githubRequests.filter((r: { body?: { query?: string } }) => /nodes\(ids:/.test(r.body?.query ?? ''))).toHaveLength(1)

    await h.comment(n, 'msr-person', '/resolve rolled back')
    const open = thread().filter((t) => t.startsWith(':clipboard: *Tasks still open*'))
    expect(open).toEqual([':clipboard: *Tasks still open* at Resolved (1):\n3. *triager*: roll back the search deploy\nTick one with `/done N` on the issue; turn longer work into follow-ups with `/followup`.'])
    const retro = h.github.issues.get(h.state(n).retro.number)
    expect(retro.body).toContain('- [ ] @triager: roll back the search deploy (task 3 of the incident, still open)')
    expect(retro.body).not.toContain('check the CDN logs (task')
    expect(retro.body).toMatch(/### Attendees\n.*@outsider-collab/)

    // Told once: later runs (the last task ticked too) do not post it again.
    await h.comment(n, 'maintainer', '/done 3')
    const after = await h.comment(n, 'msr-person', '/note all done')
    expect(thread().filter((t) => t.startsWith(':clipboard: *Tasks still open*'))).toHaveLength(1)
    expect(after.result.githubRequests.filter((r: { body?: { query?: string } }) => /nodes\(ids:/.test(r.body?.query ?? ''))).toHaveLength(0)
    expect(h.card(n)!.body).toContain('### Tasks (0 open)')
    expect(h.github.violations).toEqual([])
  })

  it('usage: a task needs its text', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[3] })
    const { comment } = await h.comment(issue.number, 'maintainer', '/task @triager')
    expect(reactionsOn(comment.id)).toEqual(['confused'])
    expect(replies(issue.number).at(-1)).toContain('Say what is to be done, e.g. `/task @octocat check the CDN logs`.')
    expect(h.state(issue.number).tasks).toBeUndefined()
  })
})

describe('reminders go to the role that owns the step', () => {
  const T0 = Date.parse('2026-11-27T10:00:00Z')
  const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()
  const reminders = (n: number) => h.github.commentsOn(n).filter((c: { body: string }) => c.body.includes('incident-ops:reminder')).map((c: { body: string }) => c.body)

  it('the Make post the action cannot publish: comms is asked (else the lead); update reminders go to the lead', async () => {
    h = await createHarness({ wordpress: false })
    // Make is on but down (nothing listens there).
    Object.assign(h.inputs, { 'make-api-url': 'http://127.0.0.1:9/wp-json/wp/v2', 'make-username': 'bot', 'make-password': 'x' })
    const times = { reported: at(0), recorded: at(0), lead: at(0), update: at(0) }
    const withComms = h.seedIncident({ at: at(0), severity: 2, lead: 'msr-person', roles: { comms: 'triager' }, times, failures: { make: 'Make could not be reached' } })
    const withoutComms = h.seedIncident({ at: at(0), severity: 2, lead: 'msr-person', times, failures: { make: 'Make could not be reached' } })
    const { runs } = await h.sweepAndRun(at(31))
    expect(runs.map((r) => r.code)).toEqual([0, 0])
    expect(reminders(withComms)).toEqual([expect.stringContaining('📣 @triager (comms) the public Make post for this severity 2 incident is not up')])
    expect(reminders(withoutComms)).toEqual([expect.stringContaining('📣 @msr-person (lead) the public Make post')])
    await h.sweepAndRun(at(45))
    expect(reminders(withComms)).toHaveLength(1)
    const { runs: hourly } = await h.sweepAndRun(at(61))
    expect(hourly.length).toBeGreaterThan(0)
    expect(reminders(withComms).at(-1)).toContain('⏰ @msr-person there has been no update for 1h')
  })
})
