import { afterEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'

let h: Harness
afterEach(async () => {
  await h.stop()
})

type Comment = { body: string; user: { login: string } }
const followupIssues = () => [...h.github.issues.values()].filter((i) => i.labels.includes('🧹 incident: follow-up'))

describe('follow-ups that get done', () => {
  it('takes an owner and a due date: assigned, labelled, listed on the card; bad dates get the usage', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-12-10 add an index on media')
    await h.comment(issue.number, 'maintainer', '/followup @outsider-collab write the runbook')
    await h.comment(issue.number, 'maintainer', '/followup plain title still works')
    const bad = await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-13-40 nope')
    expect(h.github.reactions.find((r) => r.comment === bad.comment.id)?.content).toBe('confused')
    expect(h.github.commentsOn(issue.number).some((c: Comment) => c.body.includes('Give the due date as YYYY-MM-DD'))).toBe(true)

    const [index, runbook, plain] = followupIssues()
    expect(followupIssues()).toHaveLength(3)
    expect(index.assignees).toEqual(['msr-person'])
    expect(index.body).toContain('**Owner:** @msr-person · **Due:** 2026-12-10')
    // Someone who cannot be assigned: the issue is opened all the same, naming them.
    expect(runbook.assignees).toEqual([])
    expect(runbook.body).toContain('**Owner:** @outsider-collab')
    expect(plain.title).toBe('plain title still works')
    const card = h.card(issue.number)!.body
    expect(card).toContain(`- ⬜ #${index.number} add an index on media (msr-person, due 2026-12-10)`)
    expect(card).toContain(`- ⬜ #${plain.number} plain title still works`)
  })

  it('the sweep has the incident run nudge an overdue owner once; a merged pull request closing it shows as done on the card and the retro', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-12-10 add an index on media')
    await h.comment(issue.number, 'maintainer', '/followup @maintainer by 2026-12-20 later work')
    const [index, later] = followupIssues()

    // Before the due day is over: nothing about follow-ups.
    let swept = await h.sweep('2026-12-10T20:00:00Z')
    expect(swept.summary).not.toContain('follow-up overdue')
    // The day after: the sweep (three requests: the incidents, the open follow-ups, the dispatch) starts the incident's run.
    swept = await h.sweep('2026-12-11T09:00:00Z')
    expect(swept.githubRequests).toHaveLength(3)
    expect(h.github.dispatches.map((d) => d.inputs.issue)).toEqual([String(issue.number)])
    const [run] = await h.runStarted('2026-12-11T09:00:00Z')
    expect(run.code).toBe(0)
    const nudges = () => h.github.commentsOn(index.number).filter((c: Comment) => c.body.startsWith('<!-- incident-ops:nudge'))
    expect(nudges()).toHaveLength(1)
    expect(nudges()[0].body).toContain(`@msr-person, this follow-up of incident ${h.github.owner}/${h.github.repo}#${issue.number} was due on 2026-12-10.`)
    expect(h.github.commentsOn(later.number)).toHaveLength(0)
    expect(h.card(issue.number)!.body).toContain(`- ⏰ #${index.number} add an index on media (msr-person, due 2026-12-10): **overdue**`)
    // Exactly once: later sweeps do not start a run for it again, and runs send no second nudge.
    await h.sweepAndRun('2026-12-11T10:00:00Z')
    await h.sweepAndRun('2026-12-12T10:00:00Z')
    expect(nudges()).toHaveLength(1)

    // The retrospective lists the follow-ups; then a merged pull request closes one.
    await h.comment(issue.number, 'msr-person', '/resolve index added')
    const retro = [...h.github.issues.values()].find((i) => i.title.startsWith('Retrospective'))!
    expect(retro.body).toContain(`- [ ] #${index.number} add an index on media (@msr-person, due 2026-12-10)`)
    const pr = h.github.mergePullRequest({ title: 'Add the media index', user: 'msr-person', body: `Fixes #${index.number}` })
    const closed = h.github.closeByPullRequest(index.number, pr.number)
    const event = await h.run('issues', h.github.payload('issues', { action: 'closed', issue: closed, sender: h.github.user('msr-person') }))
    expect(event.code).toBe(0)
    expect(h.github.dispatches.map((d) => d.inputs.issue)).toEqual([String(issue.number)])
    await h.runStarted()
    expect(h.card(issue.number)!.body).toContain(`- ✅ #${index.number} add an index on media (msr-person, due 2026-12-10): done in [#${pr.number}](https://github.com/${h.github.owner}/${h.github.repo}/pull/${pr.number})`)
    const retroBody = h.github.issues.get(retro.number).body
    expect(retroBody).toContain(`- [x] #${index.number} add an index on media (@msr-person, due 2026-12-10): done in #${pr.number}`)
    expect(retroBody).toContain(`- [ ] #${later.number} later work (@maintainer, due 2026-12-20)`)

    // Reopened: open again on the card and in the retro.
    const stored = h.github.issues.get(index.number)
    stored.state = 'open'
    ;(stored as { state_reason?: string | null }).state_reason = null
    const reopened = await h.run('issues', h.github.payload('issues', { action: 'reopened', issue: h.github.issueJson(stored), sender: h.github.user('msr-person') }))
    expect(reopened.code).toBe(0)
    await h.runStarted('2026-12-13T09:00:00Z')
    expect(h.card(issue.number)!.body).toContain(`- ⏰ #${index.number} add an index on media (msr-person, due 2026-12-10): **overdue**`)
    expect(h.github.issues.get(retro.number).body).toContain(`- [ ] #${index.number} add an index on media (@msr-person, due 2026-12-10)\n`)
    expect(nudges()).toHaveLength(1)
    expect(h.github.violations).toEqual([])
  })

  it('a follow-up of an incident already reviewed and closed is still nudged, once', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[3] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-12-10 add an index on media')
    await h.comment(issue.number, 'msr-person', '/resolve fixed')
    await h.comment(issue.number, 'msr-person', '/reviewed')
    expect(h.github.issues.get(issue.number).state).toBe('closed')
    const [index] = followupIssues()
    // Open incidents: none. The follow-up listing (one request) and the incident's card (one) find the owner owed a nudge.
    const swept = await h.sweep('2026-12-11T09:00:00Z')
    expect(swept.githubRequests.filter((r) => r.path === '/graphql')).toHaveLength(3)
    expect(h.github.dispatches.map((d) => d.inputs.issue)).toEqual([String(issue.number)])
    const [run] = await h.runStarted('2026-12-11T09:00:00Z')
    expect(run.code).toBe(0)
    expect(h.github.issues.get(issue.number).state).toBe('closed')
    const nudges = () => h.github.commentsOn(index.number).filter((c: Comment) => c.body.startsWith('<!-- incident-ops:nudge'))
    expect(nudges()).toHaveLength(1)
    await h.sweepAndRun('2026-12-11T10:00:00Z')
    expect(h.github.dispatches).toEqual([])
    expect(nudges()).toHaveLength(1)
  })

  it('the monthly report lists overdue follow-ups per incident', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    await h.comment(issue.number, 'maintainer', '/followup @msr-person by 2026-12-10 add an index on media')
    await h.comment(issue.number, 'maintainer', '/followup @maintainer by 2027-01-20 not yet due')
    const [index] = followupIssues()
    const run = await h.run('workflow_dispatch', h.github.payload('workflow_dispatch', { inputs: {} }), { inputs: { mode: 'report', period: '30d' }, env: { INCIDENT_OPS_NOW: '2026-12-15T09:00:00Z' } })
    expect(run.code).toBe(0)
    expect(run.summary).toContain('### Overdue follow-ups')
    expect(run.summary).toContain(`#${index.number} add an index on media (msr-person): due 2026-12-10`)
    expect(run.summary).not.toContain('not yet due')
  })
})
