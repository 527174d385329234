import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await createHarness()
})
afterEach(async () => {
  await h.stop()
})

describe('declaring an incident from the form', () => {
  it('labels it, posts the card, alerts Slack (pinned), posts on P2; the Make post waits for a lead', async () => {
    const { issue, result } = await h.declare({ summary: 'Every search on the API returns HTTP 500', severity: SEVERITY[1], affected: 'API' })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.outputs).toMatchObject({ incident: String(issue.number), status: 'recorded', severity: '1' })

    expect(h.labels(issue.number).sort()).toEqual(['🚨 incident', '🔥 incident: recorded', '🚨 incident: severity 1', '🟥 priority: critical'].sort())

    const state = h.state(issue.number)
    expect(state).toMatchObject({ status: 'recorded', severity: 1, recorder: 'maintainer', msr: 'msr-person' })
    const card = h.card(issue.number)!
    expect(card.user.type).toBe('Bot')
    expect(card.body).toContain('@msr-person is on support rotation (MSR) and is asked to lead')
    expect(card.body).toContain('Every search on the API returns HTTP 500')
    // The state lives only in the card; the body stays what the filer wrote.
    expect(h.github.issues.get(issue.number).body).toBe(issue.body)

    const [alert] = h.slack.topLevel()
    expect(alert.text).toMatch(/\*Incident <[^|]+\|#1>: search is down\*/)
    expect(alert.text).toContain('Severity 1 (Critical)')
    expect(h.slack.pins.has(`C0INCIDENT/${alert.ts}`)).toBe(true)
    expect(state.slack).toMatchObject({ ts: alert.ts, pinned: true })
    // The alert links the posts (edited in once they exist).
    expect(alert.text).toContain(state.p2.url)
    // The public post is the lead's step (runbook-defaults.test.ts follows it out).
    expect(state.make).toBeUndefined()
    expect(card.body).toContain('goes out once the incident has a lead')

    const p2 = await h.post('p2', state.p2.id)
    expect(p2.status).toBe('publish')
    expect(p2.content.raw).toContain('Every search on the API returns HTTP 500')
    expect(p2.content.raw).toContain(state.slack.link)
    expect(await h.tagNames('p2', p2.tags)).toEqual(['incident', 'severity-1', 'status-recorded'])

    expect(card.body).toContain(state.p2.url)
    expect(h.github.violations).toEqual([])
  })

  it('does not post on Make for severity 3', async () => {
    const { issue, result } = await h.declare({ summary: 'Staging is down', severity: SEVERITY[3] })
    expect(result.code).toBe(0)
    const state = h.state(issue.number)
    expect(state.p2.id).toBeGreaterThan(0)
    expect(state.make).toBeUndefined()
    expect(h.labels(issue.number)).not.toContain('🟥 priority: critical')
    expect(h.card(issue.number)!.body).toContain('not needed for this severity')
  })

  it('a second delivery of the same event creates nothing twice', async () => {
    const { issue } = await h.declare({ summary: 'Search is down', severity: SEVERITY[2] })
    const before = { comments: h.github.commentsOn(issue.number).length, slack: h.slack.messages.length, state: h.state(issue.number) }
    const again = await h.run('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') }))
    expect(again.code).toBe(0)
    expect(h.github.commentsOn(issue.number)).toHaveLength(before.comments)
    expect(h.slack.messages).toHaveLength(before.slack)
    // Slack is only read (the alert's thread, for what people wrote there).
    expect(again.slackCalls.map((c) => c.method), again.stdout).toEqual(['conversations.replies'])
    expect(h.state(issue.number)).toEqual(before.state)
    // One request reads the issue, its comments and who the token is; the filer's permission is
    // asked alongside (before the run can know the event was handled); nothing is written.
    expect(again.githubRequests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([`GET /repos/${h.github.owner}/${h.github.repo}/collaborators/maintainer/permission`, 'POST /graphql'])
  })
})
