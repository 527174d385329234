import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, writes, type Harness } from './harness.js'

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
const leaderless = () => h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
const started = () => h.github.dispatches.map((d) => Number(d.inputs.issue))

describe('the scheduled sweep decides; each incident’s own run writes', () => {
  it('over 500 incidents with nothing due: one request per 100 incidents, nothing written, nothing started', async () => {
    for (let i = 0; i < 500; i++) quiet(3)
    const run = await h.sweep(at(30))
    expect(run.code, run.stdout).toBe(0)
    // 5 pages of incidents, 1 of open follow-ups.
    expect(run.githubRequests.length).toBeLessThanOrEqual(5 + 1)
    expect(writes(run.githubRequests)).toEqual([])
    expect(started()).toEqual([])
    expect(run.summary).toContain('Open incidents: 500')
    expect(run.summary).toMatch(/<th>Next reminder<\/th>/)
  })

  it('with 10 reminders due it starts 10 runs (one request each); each run reminds once, within 5 requests', async () => {
    for (let i = 0; i < 200; i++) quiet(3)
    const due = Array.from({ length: 10 }, leaderless)
    const swept = await h.sweep(at(20))
    expect(swept.code, swept.stdout).toBe(0)
    // 3 pages of incidents, 1 of open follow-ups (follow-ups of closed incidents), 10 dispatches.
    expect(swept.githubRequests.length).toBeLessThanOrEqual(3 + 1 + 10)
    expect(writes(swept.githubRequests).every((r) => r.path.endsWith('/actions/workflows/incident.yml/dispatches'))).toBe(true)
    expect(started().sort((a, b) => a - b)).toEqual(due)
    expect(h.github.dispatches[0]).toMatchObject({ ref: 'refs/heads/main', workflow: 'incident.yml' })
    const runs = await h.runStarted(at(20))
    for (const run of runs) {
      expect(run.code, run.stdout).toBe(0)
      expect(run.githubRequests.length).toBeLessThanOrEqual(5)
    }
    for (const n of due) {
      expect(comments(n)).toHaveLength(1)
      expect(comments(n)[0].body).toContain('@msr-person this severity 1 incident has had no lead for 20m')
      expect(h.state(n).reminders['no-lead']).toMatchObject({ comment: { id: comments(n)[0].id } })
    }
    expect(h.github.violations).toEqual([])
  })

  it('two sweeps back to back (both runs started before either ran) still remind once', async () => {
    const n = leaderless()
    await h.sweep(at(16))
    const first = h.github.dispatches.splice(0)
    await h.sweep(at(16))
    h.github.dispatches.unshift(...first)
    expect(started()).toEqual([n, n])
    await h.runStarted(at(16))
    expect(comments(n)).toHaveLength(1)
    const third = await h.sweep(at(16))
    expect(writes(third.githubRequests), third.summary).toEqual([])
  })

  it('a sweep hours late sends the escalation once, on GitHub and broadcast to the Slack channel', async () => {
    const alert = h.slack.say('the alert')
    const n = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) }, slack: { channel: 'C0INCIDENT', ts: alert, pinned: true } })
    const { runs } = await h.sweepAndRun(at(300))
    expect(runs[0].code, runs[0].stdout).toBe(0)
    expect(comments(n).map((c) => c.body)).toEqual([expect.stringContaining('has had no lead for 5h')])
    const [reply] = h.slack.thread(alert)
    expect(reply.text).toContain('<!here>')
    expect(runs[0].slackCalls.find((c) => c.method === 'chat.postMessage' && c.args.thread_ts)?.args.reply_broadcast).toBe('true')
    const later = await h.sweepAndRun(at(301))
    expect(later.runs).toEqual([])
    expect(h.slack.thread(alert)).toHaveLength(1)
  })

  it('repeats the update reminder each cadence, hiding the one it replaces', async () => {
    const n = h.seedIncident({ at: at(0), severity: 1, lead: 'lee', times: { reported: at(0), recorded: at(0), lead: at(0) } })
    await h.sweepAndRun(at(61))
    await h.sweepAndRun(at(121))
    const reminders = comments(n)
    expect(reminders).toHaveLength(2)
    expect(reminders.map((c) => Boolean(c.minimized))).toEqual([true, false])
    expect(reminders[1].body).toContain('@lee there has been no update for 2h 1m')
  })

  it('a missed run is caught up: the command is handled and nothing is reminded twice', async () => {
    const n = leaderless()
    // A /claim whose run GitHub dropped.
    h.github.addComment(n, 'msr-person', '/claim')
    const { swept, runs } = await h.sweepAndRun(at(20))
    expect(swept.summary).toContain(`#${n}`)
    expect(runs.map((r) => r.code)).toEqual([0])
    expect(h.state(n).lead).toBe('msr-person')
    // With a lead, there is no "no lead" reminder.
    expect(comments(n).some((c) => c.body.includes('no lead'))).toBe(false)
    const after = await h.sweepAndRun(at(21))
    expect(after.runs, after.swept.summary).toEqual([])
  })

  it('Slack failing: the owed delivery waits; a later sweep starts a run that delivers it once', async () => {
    // Its alert was never delivered: Slack was down when it was declared.
    const n = h.seedIncident({ at: at(0), severity: 2, lead: 'lee', times: { reported: at(0), recorded: at(0), lead: at(0), update: at(0) }, slack: { channel: 'C0INCIDENT' }, failures: { slack: 'Slack answered HTTP 500' } })
    h.slack.fail('*', { status: 500 }, Infinity)
    const first = await h.sweepAndRun(at(10))
    expect(first.runs.map((r) => r.code)).toEqual([0])
    expect(h.state(n).failures.slack).toBe('Slack answered HTTP 500')
    expect(h.slack.messages).toEqual([])
    h.slack.heal()
    await h.sweepAndRun(at(20))
    expect(h.slack.topLevel()).toHaveLength(1)
    expect(h.state(n).failures).toEqual({})
    expect(h.slack.pins.size).toBe(1)
    expect((await h.sweepAndRun(at(30))).runs).toEqual([])
    expect(h.slack.topLevel()).toHaveLength(1)
  })

  it('a destination that stays down is retried less and less often, not by every sweep', async () => {
    // Update reminders snoozed: only the owed delivery starts runs.
    h.seedIncident({ at: at(0), severity: 3, lead: 'lee', times: { reported: at(0), recorded: at(0), lead: at(0), update: at(0) }, snoozedUntil: at(300), slack: { channel: 'C0INCIDENT' } })
    h.slack.fail('*', { status: 500 }, Infinity)
    const startedAt: number[] = []
    for (let minute = 10; minute <= 120; minute += 10) {
      const { runs } = await h.sweepAndRun(at(minute))
      if (runs.length) startedAt.push(minute)
    }
    // After each failing run the wait doubles: 10, 20, 40 minutes…
    expect(startedAt).toEqual([10, 20, 40, 80])
  })

  it('one damaged card is listed and rebuilt by its run; a forged card from another account is ignored; the others go on', async () => {
    const bad = leaderless()
    const good = leaderless()
    const card = h.card(bad)!
    h.github.comments.get(card.id)!.body = card.body.replace('"status":"recorded"', '"status":recorded')
    // Someone else posts a "card" saying the incident is resolved and reviewed.
    const forged = h.card(good)!.body.replace('"status":"recorded"', '"status":"reviewed"')
    h.github.addComment(good, 'outsider-collab', forged)
    const { swept, runs } = await h.sweepAndRun(at(20))
    expect(swept.code, swept.stdout).toBe(0)
    expect(swept.summary).toContain(`#${bad}: the card's state is damaged`)
    expect(runs.map((r) => r.code)).toEqual([0, 0])
    expect(h.state(bad).status).toBe('recorded')
    expect(h.state(good).status).toBe('recorded')
    expect(comments(good).filter((c) => c.body.includes('no lead'))).toHaveLength(1)
  })

  it('a budget caps a sweep; the next sweep starts the rest', async () => {
    const due = Array.from({ length: 6 }, leaderless)
    const first = await h.sweep(at(20), { inputs: { budget: '4' } })
    expect(first.githubRequests.length).toBeLessThanOrEqual(4)
    const firstStarted = started()
    expect(firstStarted.length).toBeGreaterThan(0)
    expect(firstStarted.length).toBeLessThan(6)
    expect(first.stdout).toContain('left for the next sweep')
    await h.runStarted(at(20))
    await h.sweepAndRun(at(21))
    for (const n of due) expect(comments(n)).toHaveLength(1)
  })

  it('without actions: write the sweep says exactly what to grant, once, and writes nothing', async () => {
    leaderless()
    leaderless()
    h.github.canDispatch = false
    const run = await h.sweep(at(20))
    expect(run.code).toBe(0)
    expect(run.summary).toContain('needs `actions: write`')
    expect(writes(run.githubRequests).length).toBe(1)
  })

  it('broken forms filed by strangers never crowd out real incidents, and are not started again and again', async () => {
    const soon = Date.now() + 11 * 60_000
    for (let i = 0; i < 5; i++) {
      const broken = h.github.fileIssue({ title: 'Incident: ?', body: 'no form here', user: 'stranger', labels: ['🚨 incident'] })
      // Its run happened: it asked the filer to fix the form, and made no card.
      h.github.addComment(broken.number, 'github-actions[bot]', '<!-- incident-ops:form-problems -->\nPlease fix the form')
    }
    const dropped = h.github.fileIssue({ title: 'Incident: dropped', body: 'x', user: 'maintainer', labels: ['🚨 incident'] }).number
    const due = leaderless()
    const run = await h.sweep(new Date(soon).toISOString(), { inputs: { budget: '4' } })
    expect(run.code, run.stdout).toBe(0)
    // The real incident first; then the labelled issue whose run GitHub dropped; never the broken forms.
    expect(started()).toEqual([due, dropped])
  })

  it('/snooze holds the update reminder', async () => {
    const n = h.seedIncident({ at: at(0), severity: 1, lead: 'msr-person', times: { reported: at(0), recorded: at(0), lead: at(0) } })
    h.github.clock = () => new Date(T0 + 50 * 60_000)
    await h.comment(n, 'msr-person', '/snooze 2h', { env: { INCIDENT_OPS_NOW: at(50) } })
    expect((await h.sweepAndRun(at(61))).runs).toEqual([])
    await h.sweepAndRun(at(171))
    expect(comments(n).filter((c) => c.body.includes('no update'))).toHaveLength(1)
  })

  it('a sweep and an event run at the same moment deliver an update exactly once', async () => {
    const alert = h.slack.say('the alert')
    const n = h.seedIncident({ at: at(0), severity: 1, lead: 'msr-person', times: { reported: at(0), recorded: at(0), lead: at(0) }, slack: { channel: 'C0INCIDENT', ts: alert, pinned: true } })
    const comment = h.github.addComment(n, 'msr-person', '/update rolled back')
    const payload = h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(n)), comment, sender: h.github.user('msr-person') })
    // The sweep sees the unhandled comment while the event's run is under way.
    const [swept, event] = await Promise.all([h.sweep(at(30)), h.run('issue_comment', payload, { env: { INCIDENT_OPS_NOW: at(30) } })])
    expect([swept.code, event.code]).toEqual([0, 0])
    // GitHub runs the started run after the event's (same concurrency group): it finds nothing to do.
    await h.runStarted(at(31))
    expect(h.slack.thread(alert).filter((m) => m.text.includes('rolled back'))).toHaveLength(1)
  })
})
