// A repository adopting incident-ops: its first incident arrives before any label exists.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, formBody, SEVERITY, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await createHarness({ wordpress: false })
})
afterEach(async () => {
  await h.stop()
})

/** Files the form as GitHub does in a repository without its labels, and runs the action on `opened`. */
async function fileWithoutLabels(user: string, answers: Parameters<typeof formBody>[0]) {
  const issue = h.github.fileFromForm({ title: 'Incident: search is down', body: formBody(answers), user, formLabels: ['🚨 incident'] })
  const result = await h.run('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user(user) }))
  return { issue, result }
}

describe('the first incident in a repository without the labels', () => {
  it('is recognised by its form, the labels are created with colours, and it is declared and announced', async () => {
    expect(h.github.labels.size).toBe(0)
    const { issue, result } = await fileWithoutLabels('maintainer', { summary: 'Every search returns HTTP 500', severity: SEVERITY[1] })
    expect(issue.labels).toEqual([]) // what GitHub gave us
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.outputs).toMatchObject({ incident: String(issue.number), status: 'recorded', severity: '1' })
    expect(result.stdout).toContain('the incident form without its labels')

    expect(h.labels(issue.number).sort()).toEqual(['🚨 incident', '🔥 incident: recorded', '🚨 incident: severity 1', '🟥 priority: critical'].sort())
    // Every label the config uses now exists, with its colour and description (not GitHub's grey default).
    const incident = h.github.labels.get('🚨 incident')!
    expect(incident).toMatchObject({ color: 'b91c1c' })
    expect(incident.description).toContain('incident-ops')
    for (const name of ['🚦 incident: awaiting confirmation', '✅ incident: resolved', '📝 incident: retrospective', '🧹 incident: follow-up', '🚨 incident: severity 3']) {
      expect(h.github.labels.get(name.toLowerCase())?.color, name).not.toBe('ededed')
    }
    expect(h.slack.topLevel()).toHaveLength(1)
    expect(h.card(issue.number)!.body).toContain('Every search returns HTTP 500')
    expect(h.github.violations).toEqual([])
  })

  it('goes through the same permission rules: a stranger pasting the headings files a report awaiting /confirm', async () => {
    const { issue, result } = await fileWithoutLabels('stranger', { summary: 'I think the site is down', severity: SEVERITY[1] })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.outputs.status).toBe('reported')
    expect(h.labels(issue.number)).toEqual(['🚦 incident: awaiting confirmation'])
    // Nothing announced: a quiet notice only.
    expect(h.slack.pins.size).toBe(0)
    expect(h.slack.topLevel().map((m) => m.text).join('\n')).not.toContain('Severity 1 (Critical)')
  })

  it('costs an ordinary issue no GitHub request, and an issue merely mentioning a heading no label', async () => {
    const plain = h.github.fileIssue({ title: 'Typo on the about page', body: 'It says "teh".', user: 'stranger' })
    const first = await h.run('issues', h.github.payload('issues', { action: 'opened', issue: plain, sender: h.github.user('stranger') }))
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('not-an-incident')
    expect(first.githubRequests).toEqual([])

    const partial = h.github.fileIssue({ title: 'Search is slow', body: '### Summary\n\nSlow searches\n\n### Steps\n\n1. search', user: 'stranger' })
    const second = await h.run('issues', h.github.payload('issues', { action: 'opened', issue: partial, sender: h.github.user('stranger') }))
    expect(second.code).toBe(0)
    expect(second.githubRequests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(h.labels(partial.number)).toEqual([])
    expect(h.github.labels.size).toBe(0)
  })
})

describe('a permission the workflow does not grant', () => {
  it('a thank-you to a discussion without discussions: write names the permission to add, on the card and in the summary', async () => {
    h.github.discussions.set(5, { id: 'D_5', comments: [] })
    h.github.discussionsReadOnly = true
    const { issue, result } = await h.declare({ summary: 'Search errors', severity: SEVERITY[3], reportLink: `https://github.com/acme/${h.github.repo}/discussions/5` })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(h.state(issue.number).status).toBe('recorded')
    const said = 'the workflow needs `discussions: write` in its permissions'
    expect(h.state(issue.number)).toMatchObject({ thank: 'failed', reportProblem: expect.stringContaining(said) })
    expect(h.card(issue.number)!.body).toContain('discussions: write')
    expect(result.summary).toContain(said)
    expect(h.github.discussions.get(5)!.comments).toEqual([])
    // Reported once: the next run does not try again.
    const again = await h.comment(issue.number, 'maintainer', '/note later')
    expect(again.result.githubRequests.filter((r) => r.path === '/graphql' && /addDiscussionComment/.test(r.body?.query ?? ''))).toEqual([])
  })
})

describe('the sweep is watched', () => {
  it('an event run that finds a reminder long overdue sends it and warns on the card and in the summary that the sweep seems stopped', async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const number = h.seedIncident({ at: twoHoursAgo, severity: 1 })
    const { result } = await h.comment(number, 'triager', '/note the database is slow')
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(h.card(number)!.body).toContain('Reminders are late: the no-lead reminder was due at')
    expect(result.summary).toContain('**Reminders are late.**')
    expect(result.stdout).toContain('::warning')
    // It sent the reminder itself; the next event run's card says nothing more.
    expect(h.github.commentsOn(number).filter((c) => c.body.includes('has had no lead'))).toHaveLength(1)
    const after = await h.comment(number, 'triager', '/note still slow')
    expect(h.card(number)!.body).not.toContain('Reminders are late')
    expect(after.result.summary).not.toContain('Reminders are late')
  })

  it('a fresh incident is not late', async () => {
    const number = h.seedIncident({ at: new Date(Date.now() - 20 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), severity: 1 })
    const { result } = await h.comment(number, 'triager', '/note looking')
    expect(result.code).toBe(0)
    expect(h.card(number)!.body).not.toContain('Reminders are late')
  })
})
