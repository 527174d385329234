// Suspect changes, follow-ups and the digest against a flaky world and careless text.
import { afterEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'

let h: Harness
afterEach(async () => {
  await h.stop()
})

const HOUR = 3_600_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
type Comment = { body: string }
const followupIssues = () => [...h.github.issues.values()].filter((i) => i.labels.includes('🧹 incident: follow-up'))
const nudgesOn = (n: number) => h.github.commentsOn(n).filter((c: Comment) => c.body.startsWith('<!-- incident-ops:nudge'))

describe('suspect changes and follow-ups in a flaky world', () => {
  it('a revert refused by a secondary rate limit is tried again later, not reported as a missing permission', async () => {
    h = await createHarness({ wordpress: false })
    const pr = h.github.mergePullRequest({ title: 'Cache search results', user: 'alice', merged_at: iso(Date.now() - HOUR) })
    const { issue } = await h.declare({ summary: 'Search returns nothing', severity: SEVERITY[2] })
    h.github.failNextGraphql(/revertPullRequest/, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '3600' } })
    const asked = await h.comment(issue.number, 'maintainer', `/revert #${pr.number}`)
    expect(asked.result.code).toBe(0)
    expect(h.github.commentsOn(issue.number).some((c: Comment) => c.body.includes('no pull request reverting'))).toBe(false)
    expect(h.state(issue.number).reverts[0].problem).toBeUndefined()
    // The next run opens it.
    await h.comment(issue.number, 'maintainer', '/note checking')
    const reverts = [...h.github.pullRequests.values()].filter((p) => p.revertOf === pr.number)
    expect(reverts).toHaveLength(1)
    expect(h.card(issue.number)!.body).toContain(`- ↩️ #${reverts[0].number} reverts #${pr.number}`)
  })

  it('/revert needs write access: a triager, who cannot push a branch, cannot have the action push one', async () => {
    h = await createHarness({ wordpress: false })
    const pr = h.github.mergePullRequest({ title: 'Cache search results', user: 'alice', merged_at: iso(Date.now() - HOUR) })
    const { issue } = await h.declare({ summary: 'Search returns nothing', severity: SEVERITY[2] })
    const asked = await h.comment(issue.number, 'triager', `/revert #${pr.number}`)
    expect(h.github.reactions.find((r) => r.comment === asked.comment.id)?.content).toBe('-1')
    expect([...h.github.pullRequests.values()].filter((p) => p.revertOf === pr.number)).toHaveLength(0)
    // Marking a suspect stays a triager's to do.
    const marked = await h.comment(issue.number, 'triager', `/suspect #${pr.number}`)
    expect(h.github.reactions.find((r) => r.comment === marked.comment.id)?.content).toBe('rocket')
  })

  it('a revert opened by a run whose answer was lost and merged at once is not opened a second time', async () => {
    h = await createHarness({ wordpress: false })
    const pr = h.github.mergePullRequest({ title: 'Cache search results', user: 'alice', merged_at: iso(Date.now() - HOUR) })
    const { issue } = await h.declare({ summary: 'Search returns nothing', severity: SEVERITY[2] })
    h.github.failNextGraphql(/revertPullRequest/, 502, { done: true })
    await h.comment(issue.number, 'maintainer', `/revert #${pr.number}`)
    const [revert] = [...h.github.pullRequests.values()].filter((p) => p.revertOf === pr.number)
    // Someone merges the rollback before the next run looks for it.
    Object.assign(revert, { state: 'MERGED', merged_at: iso(Date.now()) })
    await h.comment(issue.number, 'maintainer', '/note rolled back')
    expect([...h.github.pullRequests.values()].filter((p) => p.revertOf === pr.number)).toHaveLength(1)
    expect(h.card(issue.number)!.body).toContain(`- ↩️ #${revert.number} reverts #${pr.number}`)
  })

  it('a nudge that failed on a follow-up of a closed incident is tried again by a later sweep, once', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[3] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-12-10 add an index on media')
    await h.comment(issue.number, 'msr-person', '/resolve fixed')
    await h.comment(issue.number, 'msr-person', '/reviewed')
    const [index] = followupIssues()
    // GitHub fails the nudge (each try of it).
    h.github.failNext('POST', `/issues/${index.number}/comments$`, 502, 5)
    await h.sweepAndRun('2026-12-11T09:00:00Z')
    expect(nudgesOn(index.number)).toHaveLength(0)
    h.github.failures.length = 0
    // An hour later the sweep starts its run again and the owner is nudged.
    await h.sweepAndRun('2026-12-11T10:00:00Z')
    expect(nudgesOn(index.number)).toHaveLength(1)
    await h.sweepAndRun('2026-12-11T11:00:00Z')
    expect(nudgesOn(index.number)).toHaveLength(1)
  })

  it('a follow-up closed as a duplicate is not shown as done', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-12-10 add an index on media')
    const [index] = followupIssues()
    const stored = h.github.issues.get(index.number)
    h.github.setState(stored, h.github.user('maintainer'), 'closed', 'duplicate')
    await h.run('issues', h.github.payload('issues', { action: 'closed', issue: h.github.issueJson(stored), sender: h.github.user('maintainer') }))
    await h.runStarted()
    const card = h.card(issue.number)!.body
    expect(card).toContain(`#${index.number} add an index on media (msr-person, due 2026-12-10): not planned`)
    expect(card).not.toContain(`#${index.number} add an index on media (msr-person, due 2026-12-10): done`)
  })

  it('a deleted follow-up issue does not stop the others being checked and nudged, nor make every sweep start a run', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-12-10 add an index on media')
    await h.comment(issue.number, 'maintainer', '/followup @maintainer by 2026-12-10 spam follow-up')
    const [index, spam] = followupIssues()
    h.github.issues.delete(spam.number)

    await h.sweepAndRun('2026-12-11T09:00:00Z')
    expect(nudgesOn(index.number)).toHaveLength(1)
    const followups = h.state(issue.number).followups
    expect(followups.find((f: { number: number }) => f.number === spam.number).closed).toBe('not-planned')
    // Nothing left to do for the follow-ups: the next sweep starts no run for them.
    const swept = await h.sweep('2026-12-11T10:00:00Z')
    expect(swept.summary).toContain('Runs started:')
    expect(swept.summary).not.toContain('follow-up overdue')
    expect(h.github.violations).toEqual([])
  })

  it('a follow-up of a closed incident is nudged though another follow-up names a deleted incident', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[3] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-12-10 add an index on media')
    const gone = await h.declare({ summary: 'Thumbnails slow', severity: SEVERITY[3] })
    await h.comment(gone.issue.number, 'maintainer', '/followup @maintainer by 2026-12-10 orphaned work')
    for (const n of [issue.number, gone.issue.number]) {
      await h.comment(n, 'msr-person', '/resolve fixed')
      await h.comment(n, 'msr-person', '/reviewed')
    }
    h.github.issues.delete(gone.issue.number)
    const [index] = followupIssues()
    const swept = await h.sweep('2026-12-11T09:00:00Z')
    expect(swept.stdout).not.toContain('Could not read the follow-ups of closed incidents')
    expect(h.github.dispatches.map((d) => d.inputs.issue)).toEqual([String(issue.number)])
    await h.runStarted('2026-12-11T09:00:00Z')
    expect(nudgesOn(index.number)).toHaveLength(1)
  })

  it("a follow-up title with $' is written into the retrospective as it is", async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Billing down', severity: SEVERITY[2] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'maintainer', "/followup @msr-person by 2026-12-10 refund the $' and $` charges")
    await h.comment(issue.number, 'msr-person', '/resolve fixed')
    const retro = [...h.github.issues.values()].find((i) => i.title.startsWith('Retrospective'))!
    const [refund] = followupIssues()
    const pr = h.github.mergePullRequest({ title: 'Refunds', user: 'msr-person', body: `Fixes #${refund.number}` })
    const closed = h.github.closeByPullRequest(refund.number, pr.number)
    await h.run('issues', h.github.payload('issues', { action: 'closed', issue: closed, sender: h.github.user('msr-person') }))
    await h.runStarted()
    const body: string = h.github.issues.get(retro.number).body
    const line = body.split('\n').find((l) => l.includes(`#${refund.number} `))!
    expect(line).toBe(`- [x] #${refund.number} refund the $' and $\\\` charges (@msr-person, due 2026-12-10): done in #${pr.number}`)
    expect(body.match(/### Attendees/g)).toHaveLength(1)
  })})

describe('people\'s text in suspect changes', () => {
  it('titles, release names and deployment environments with Markdown, mentions and HTML reach the card as text', async () => {
    h = await createHarness({ wordpress: false })
    const at = iso(Date.now() - HOUR)
    const pr = h.github.mergePullRequest({ title: '@octo-org/everyone <img src=x onerror=alert(1)> [click](https://evil.example) **now** #1', user: 'stranger', merged_at: at })
    h.github.addRelease({ name: '<!channel> ![x](https://evil.example/x.png)', tag: 'v1', published_at: at })
    h.github.addDeployment({ environment: '<details open>', created_at: at, log_url: 'javascript:alert(1)' })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    const card = h.card(issue.number)!.body
    const section = card.slice(card.indexOf('### Changes before it started'), card.indexOf('### Summary'))
    expect(section).not.toMatch(/(^|[^\\])@octo-org/)
    expect(section).not.toMatch(/(^|[^\\])<img/)
    expect(section).not.toMatch(/(^|[^\\])\[click\]/)
    expect(section).not.toMatch(/(^|[^\\])!\[x\]/)
    expect(section).not.toMatch(/(^|[^\\])<details/)
    expect(section).not.toContain('javascript:')
    expect(section).toContain(`#${pr.number} `)
  })
})

describe('the daily digest across a change of clocks', () => {
  it('posts once on the day the clocks go back, though its time comes round twice', async () => {
    const config = 'slack:\n  channel: C0INCIDENT\nrotation: msr-person\ntimezone: America/New_York\ndigest:\n  time: "00:30"\n'
    h = await createHarness({ config, wordpress: false })
    h.seedIncident({ at: '2026-10-31T20:00:00Z', title: 'Incident: search is down', severity: 2, status: 'recorded', times: { reported: '2026-10-31T20:00:00Z', recorded: '2026-10-31T20:00:00Z' } })
    const digests = () => h.slack.topLevel().filter((m) => m.metadata?.event_payload?.key?.includes(':digest-'))
    // 00:30 EDT on 1 November: posted (the Slack stand-in's clock set to the sweep's).
    h.slack.clock = Date.parse('2026-11-01T04:30:00Z') / 1000
    let swept = await h.sweep('2026-11-01T04:30:00Z')
    expect(swept.stdout).toContain('Daily digest: posted')
    // 01:30 EST, two and a half hours later, the same local day.
    swept = await h.sweep('2026-11-01T06:30:00Z')
    expect(swept.stdout).toContain('Daily digest: already posted today')
    expect(digests()).toHaveLength(1)
  })
})
