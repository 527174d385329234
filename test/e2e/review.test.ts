import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, writes, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await createHarness()
})
afterEach(async () => {
  await h.stop()
})

const otherIssues = (incident: number) => [...h.github.issues.values()].filter((i) => i.number !== incident)

async function resolvedIncident(severity: 1 | 3 = 1, extra: { reportLink?: string; started?: string } = {}) {
  const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[severity], ...extra })
  await h.comment(issue.number, 'msr-person', '/claim')
  await h.comment(issue.number, 'msr-person', '/update Failing over to the replica.\n\nSecond paragraph of the update.')
  await h.comment(issue.number, 'triager', '/note Error rate began right after the deploy')
  await h.comment(issue.number, 'msr-person', '/stabilized Replica serves traffic')
  await h.comment(issue.number, 'msr-person', '/resolve Replaced the failed node')
  return issue.number
}

describe('the retrospective', () => {
  it('/resolve on a severity 1 incident opens the retro with the compiled timeline, linked both ways', async () => {
    const n = await resolvedIncident(1)
    const [retro] = otherIssues(n)
    expect(retro.title).toBe('Retrospective: search is down')
    expect(retro.labels).toEqual(['📝 incident: retrospective'])
    expect(retro.body).toContain(`acme/${h.github.repo}#${n}`)
    expect(retro.body).toContain('blameless')
    expect(retro.body).toContain('### 5 Whys')
    // The full texts of every update and note, in order.
    expect(retro.body).toMatch(/Failing over to the replica\.[\s\S]*Second paragraph of the update[\s\S]*Error rate began[\s\S]*Replica serves traffic[\s\S]*Replaced the failed node/)
    expect(retro.body).toMatch(/Time to lead \| (under a minute|\d+m) \|/)
    expect(retro.body).toContain('@maintainer @msr-person @triager')
    expect(h.state(n).retro.number).toBe(retro.number)
    expect(h.card(n)!.body).toContain(`| **Retrospective** | #${retro.number}`)
    expect(h.github.issues.get(n).state).toBe('open')
    // Scheduling it later edits only the When line of the retro, keeping what people wrote.
    const stored = h.github.issues.get(retro.number)
    stored.body += '\n\nNotes from the team.'
    await h.comment(n, 'msr-person', '/retro Tuesday 15:00 UTC')
    expect(stored.body).toContain('**When:** Tuesday 15:00 UTC')
    expect(stored.body).toContain('Notes from the team.')
    expect(stored.body.match(/\*\*When:\*\*/g)).toHaveLength(1)
  })

  it('severity 3 opens its retro on resolve too (recommended, not required); /retro sets its time', async () => {
    const n = await resolvedIncident(3)
    const [retro] = otherIssues(n)
    expect(retro.body).toContain('**Urgency:** recommended for severity 3')
    await h.comment(n, 'msr-person', '/retro Thursday 15:00 UTC')
    expect(otherIssues(n)).toHaveLength(1)
    expect(h.github.issues.get(retro.number).body).toContain('**When:** Thursday 15:00 UTC')
    expect(h.state(n).retro).toMatchObject({ number: retro.number, when: 'Thursday 15:00 UTC' })
  })

  it('/followup on the incident and on the retro opens linked follow-ups, listed on the card', async () => {
    const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[1] })
    await h.comment(issue.number, 'msr-person', '/followup Add a circuit breaker to search')
    const [stabilizing] = otherIssues(issue.number)
    expect(stabilizing.title).toBe('Add a circuit breaker to search')
    // Opened while stabilizing a severity 1 incident: critical priority.
    expect(stabilizing.labels).toEqual(['🧹 incident: follow-up', '🟥 priority: critical'])
    expect(stabilizing.body).toContain(`#${issue.number}`)
    await h.comment(issue.number, 'msr-person', '/resolve fixed')
    const retro = otherIssues(issue.number).find((i) => i.title.startsWith('Retrospective'))!
    expect(retro.body).toContain(`- [ ] #${stabilizing.number} Add a circuit breaker to search`)

    const comment = h.github.addComment(retro.number, 'msr-person', '/followup Alert on cluster health')
    const run = await h.run('issue_comment', h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(retro), comment, sender: h.github.user('msr-person') }))
    expect(run.code, run.stdout).toBe(0)
    // The retro's event starts the incident's own run, which acts on it.
    const [incidentRun] = await h.runStarted()
    expect(incidentRun).toMatchObject({ issue: issue.number, code: 0 })
    const later = otherIssues(issue.number).find((i) => i.title === 'Alert on cluster health')!
    expect(later.labels).toEqual(['🧹 incident: follow-up'])
    expect(h.state(issue.number).followups.map((f: { number: number }) => f.number)).toEqual([stabilizing.number, later.number])
    expect(h.card(issue.number)!.body).toContain(`| **Follow-ups** | #${stabilizing.number} #${later.number} |`)
    expect(h.github.reactions.find((r) => r.comment === comment.id)?.content).toBe('rocket')
  })

  it('/reviewed on the retro: P2 tag status-reviewed and a comment, Slack told, incident closed', async () => {
    const n = await resolvedIncident(1)
    const retro = otherIssues(n)[0]
    const comment = h.github.addComment(retro.number, 'msr-person', '/reviewed')
    const run = await h.run('issue_comment', h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(retro), comment, sender: h.github.user('msr-person') }))
    expect(run.code, run.stdout).toBe(0)
    expect(writes(run.githubRequests).map((r) => r.path)).toEqual([expect.stringMatching(/\/actions\/workflows\/incident.yml\/dispatches$/)])
    const [incidentRun] = await h.runStarted()
    expect(incidentRun.outputs.status).toBe('reviewed')
    expect(h.github.issues.get(n).state).toBe('closed')
    const state = h.state(n)
    const p2 = await h.post('p2', state.p2.id)
    expect(await h.tagNames('p2', p2.tags)).toContain('status-reviewed')
    const comments = await h.comments('p2', state.p2.id)
    expect(comments.at(-1).content.raw).toContain('The retrospective was held')
    expect(comments.at(-1).content.raw).toContain(`Retrospective: &#35;${retro.number}`)
    expect(h.slack.thread(h.slack.topLevel()[0].ts).at(-1)!.text).toContain('*Reviewed*')
  })

  it('closing the retro as completed marks the incident reviewed', async () => {
    const n = await resolvedIncident(1)
    const retro = h.github.closeIssue(otherIssues(n)[0].number, 'maintainer', 'completed')
    const payload = h.github.payload('issues', { action: 'closed', issue: retro, sender: h.github.user('maintainer') })
    const run = await h.run('issues', payload)
    expect(run.code, run.stdout).toBe(0)
    expect((await h.runStarted()).map((r) => r.code)).toEqual([0])
    expect(h.state(n).status).toBe('reviewed')
    expect(h.github.issues.get(n).state).toBe('closed')
  })

  it('a retro-looking issue filed by a person cannot drive an incident', async () => {
    const n = await resolvedIncident(1)
    const fake = h.github.fileIssue({ title: 'Retrospective: fake', body: `<!-- incident-ops:retro-of ${n} -->`, user: 'outsider-collab' })
    const comment = h.github.addComment(fake.number, 'outsider-collab', '/reviewed')
    await h.run('issue_comment', h.github.payload('issue_comment', { action: 'created', issue: fake, comment, sender: h.github.user('outsider-collab') }))
    // At most it starts the incident's run, which reads only the retrospective its card names.
    await h.runStarted()
    expect(h.state(n).status).toBe('resolved')
    expect(h.github.reactions.find((r) => r.comment === comment.id)).toBeUndefined()
  })

  it('closing the incident by hand before the retrospective reopens it and says what is missing', async () => {
    const n = await resolvedIncident(1)
    h.github.issues.get(n).state = 'closed'
    const run = await h.run('issues', h.github.payload('issues', { action: 'closed', issue: h.github.issueJson(h.github.issues.get(n)), sender: h.github.user('maintainer') }))
    expect(run.code, run.stdout).toBe(0)
    expect(h.github.issues.get(n).state).toBe('open')
    const reply = h.github.commentsOn(n).at(-1)!
    expect(reply.body).toContain('closed before its last steps')
    expect(reply.body).toContain(`Hold the retrospective (#${h.state(n).retro.number})`)
  })

  it('a reporter’s GitHub issue is told when it is resolved', async () => {
    const report = h.github.fileIssue({ title: 'Search broken?', body: 'errors', user: 'user1' })
    await resolvedIncident(3, { reportLink: `https://github.com/acme/${h.github.repo}/issues/${report.number}` })
    const told = h.github.commentsOn(report.number).map((c) => c.body)
    expect(told).toHaveLength(2)
    expect(told[0]).toContain('Thank you for reporting this')
    expect(told[1]).toContain('This is resolved')
  })
})

describe('the metrics report', () => {
  it('reports a period by severity with durations and a chart', async () => {
    // Impact began 25 minutes before the form was filed (the form's "When it started").
    await resolvedIncident(1, { started: new Date(Date.now() - 25 * 60_000).toISOString().slice(0, 16).replace('T', ' ') })
    await h.declare({ summary: 'Staging down', severity: SEVERITY[3] })
    const run = await h.run('workflow_dispatch', h.github.payload('workflow_dispatch', { inputs: {} }), { inputs: { mode: 'report', period: '7d', 'report-issue': 'true' } })
    expect(run.code, run.stdout).toBe(0)
    expect(run.summary).toContain('2 incident(s) · 0 open follow-up issue(s) · 1 retrospective(s) pending')
    // Severity, count, open, time to detect, impact, to lead…
    expect(run.summary).toMatch(/\| 1 \(Critical\) \| 1 \| 0 \| 2[456]m \| 2[456]m \| (under a minute|\d+m) \|/)
    expect(run.summary).toContain('| 3 (Minor) | 1 | 1 | — | — | — |')
    // Who led: the runbook's "spread the load".
    expect(run.summary).toContain('### Who led\n| Lead | Incidents led |\n|---|---|\n| msr-person | 1 |')
    expect(run.summary).toContain('```mermaid\npie title Incidents by severity\n    "Severity 1" : 1\n    "Severity 3" : 1\n```')
    const reportIssue = [...h.github.issues.values()].find((i) => i.title.startsWith('Incident report:'))!
    expect(reportIssue.body).toBe(run.outputs.report)
  })
})
