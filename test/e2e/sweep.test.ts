import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await createHarness({ wordpress: false })
})
afterEach(async () => {
  await h.stop()
})

const T0 = Date.parse('2026-11-27T10:00:00Z')
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()
const comments = (n: number) => h.github.commentsOn(n).filter((c) => !c.body.includes('incident-ops:card'))
/** Seeds a led incident whose last update was at T0: nothing is due before T0 + its cadence. */
const quiet = (severity: 1 | 2 | 3 = 3) => h.seedIncident({ at: at(0), severity, lead: 'msr-person', times: { reported: at(0), recorded: at(0), lead: at(0), update: at(0) } })

describe('the scheduled sweep', () => {
  it('over 500 incidents with nothing due makes at most 10 GitHub requests and writes nothing', async () => {
    for (let i = 0; i < 500; i++) quiet(3)
    const run = await h.sweep(at(30))
    expect(run.code, run.stdout).toBe(0)
    expect(run.githubRequests.length).toBeLessThanOrEqual(10)
    expect(run.githubRequests.every((r) => r.method === 'GET')).toBe(true)
    expect(run.outputs.reminders).toBe('0')
    expect(run.summary).toContain('Open incidents: 500')
    expect(run.summary).toMatch(/<th>Next reminder<\/th>/)
  })

  it('with 10 reminders due makes at most 10 + 3×10 requests, and reminds each person once', async () => {
    for (let i = 0; i < 200; i++) quiet(3)
    const due: number[] = []
    for (let i = 0; i < 10; i++) due.push(h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } }))
    const run = await h.sweep(at(20))
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.reminders).toBe('10')
    expect(run.githubRequests.length).toBeLessThanOrEqual(10 + 3 * 10)
    for (const n of due) {
      expect(comments(n)).toHaveLength(1)
      expect(comments(n)[0].body).toContain('@msr-person this severity 1 incident has had no lead for 20m')
    }
    expect(h.github.violations).toEqual([])
  })

  it('two sweeps back to back send each reminder once', async () => {
    const n = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
    await h.sweep(at(16))
    const second = await h.sweep(at(16))
    expect(second.outputs.reminders).toBe('0')
    expect(second.githubRequests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(comments(n)).toHaveLength(1)
  })

  it('a sweep hours late sends the escalation once, in GitHub and to the Slack channel', async () => {
    const alert = { channel: 'C0INCIDENT', ts: '', pinned: true }
    const n = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
    // The incident's alert exists in Slack.
    const posted = await fetch(`${h.slack.url}chat.postMessage`, { method: 'POST', headers: { authorization: `Bearer ${h.slack.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ channel: "C0INCIDENT", text: "alert" }) }).then((r) => r.json() as Promise<{ ts: string }>)
    alert.ts = posted.ts
    const issue = h.github.issues.get(n)
    issue.body = issue.body.replace(/"ts":"[^"]+"/, `"ts":"${alert.ts}"`)
    const run = await h.sweep(at(300))
    expect(run.outputs.reminders).toBe('1')
    expect(comments(n).map((c) => c.body)).toEqual([expect.stringContaining('has had no lead for 5h')])
    const [reply] = h.slack.thread(alert.ts)
    expect(reply.text).toContain('<!here>')
    expect(run.slackCalls.find((c) => c.method === 'chat.postMessage' && c.args.thread_ts)?.args.reply_broadcast).toBe('true')
    expect((await h.sweep(at(301))).outputs.reminders).toBe('0')
  })

  it('repeats the update reminder each cadence, hiding the one it replaces', async () => {
    const n = h.seedIncident({ at: at(0), severity: 1, lead: 'lee', times: { reported: at(0), recorded: at(0), lead: at(0) } })
    await h.sweep(at(61))
    await h.sweep(at(121))
    const reminders = comments(n)
    expect(reminders).toHaveLength(2)
    expect(reminders.map((c) => Boolean(c.minimized))).toEqual([true, false])
    expect(reminders[1].body).toContain('@lee there has been no update for 2h 1m')
  })

  it('a missed run is caught up: the command is handled and nothing is reminded twice', async () => {
    const n = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
    // A /claim whose run GitHub dropped.
    h.github.addComment(n, 'msr-person', '/claim')
    const run = await h.sweep(at(20))
    expect(run.code, run.stdout).toBe(0)
    expect(run.summary).toContain(`Caught up: #${n}`)
    expect(h.state(n).lead).toBe('msr-person')
    // With a lead, there is no "no lead" reminder.
    expect(run.outputs.reminders).toBe('0')
    expect((await h.sweep(at(21))).githubRequests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('Slack failing during a sweep: the owed delivery waits; the next sweep delivers it', async () => {
    // Its alert was never delivered: Slack was down when it was declared.
    const n = h.seedIncident({ at: at(0), severity: 2, lead: 'lee', times: { reported: at(0), recorded: at(0), lead: at(0), update: at(0) }, slack: { channel: 'C0INCIDENT' }, failures: { slack: 'Slack answered HTTP 500' } })
    h.slack.fail('*', { status: 500 }, Infinity)
    const first = await h.sweep(at(10))
    expect(first.code).toBe(0)
    expect(h.state(n).failures.slack).toBe('Slack answered HTTP 500')
    expect(h.slack.messages).toEqual([])
    h.slack.heal()
    const second = await h.sweep(at(20))
    expect(second.code).toBe(0)
    expect(h.slack.topLevel()).toHaveLength(1)
    expect(h.state(n).failures).toEqual({})
    expect(h.slack.pins.size).toBe(1)
  })

  it('bad state on one incident is reported and repaired; the others go on', async () => {
    const bad = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
    const good = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
    const issue = h.github.issues.get(bad)
    issue.body = issue.body.replace('"status":"recorded"', '"status":recorded')
    const run = await h.sweep(at(20))
    expect(run.code, run.stdout).toBe(0)
    expect(run.summary).toContain(`#${bad}: the state in the issue body is damaged`)
    expect(comments(good)).toHaveLength(1)
    // Repaired from the card; its reminder is sent too.
    expect(h.github.issues.get(bad).body).toContain('"status":"recorded"')
    expect(comments(bad)).toHaveLength(1)
  })

  it('a budget caps a sweep; the next sweep does the rest', async () => {
    const due = Array.from({ length: 6 }, () => h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } }))
    const first = await h.sweep(at(20), { inputs: { budget: '10' } })
    expect(first.githubRequests.length).toBeLessThanOrEqual(10)
    const sentFirst = Number(first.outputs.reminders)
    expect(sentFirst).toBeGreaterThan(0)
    expect(sentFirst).toBeLessThan(6)
    expect(first.stdout).toContain('left for the next sweep')
    const second = await h.sweep(at(21))
    expect(sentFirst + Number(second.outputs.reminders)).toBe(6)
    for (const n of due) expect(comments(n)).toHaveLength(1)
  })

  it('/snooze holds the update reminder', async () => {
    const n = h.seedIncident({ at: at(0), severity: 1, lead: 'msr-person', times: { reported: at(0), recorded: at(0), lead: at(0) } })
    h.github.clock = () => new Date(T0 + 50 * 60_000)
    await h.comment(n, 'msr-person', '/snooze 2h')
    expect((await h.sweep(at(61))).outputs.reminders).toBe('0')
    expect((await h.sweep(at(171))).outputs.reminders).toBe('1')
  })
})
