// Declaring from Slack with the recipe of docs/slack-incident-report.md: the issue its GitHub
// connector step opens (the exact description the recipe writes, no labels: the step cannot
// set them), as the reporter, through the bundled action.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'
import { fillRecipe } from '../support/recipe.js'

let h: Harness
beforeEach(async () => {
  h = await createHarness()
})
afterEach(async () => {
  await h.stop()
})

/** What Slack's "Create an issue" step opens: title and description only, as the person who ran the workflow. */
async function reportFromSlack(user: string, answers: Record<string, string>) {
  const issue = h.github.fileIssue({ title: `Incident: ${answers.Title}`, body: fillRecipe(answers), user, labels: [] })
  const result = await h.run('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user(user) }))
  return { issue, result }
}

describe('the Incident Report workflow from Slack', () => {
  it('a maintainer’s report is declared and announced; the alert links the issue and says what happens next', async () => {
    const { issue, result } = await reportFromSlack('maintainer', {
      Title: 'search returns 500',
      Summary: 'Every search on the API returns HTTP 500',
      Severity: SEVERITY[2],
      'When it started': '09:40',
      'Related to our code': 'Yes',
      'Person who used this workflow': 'Mae'
    })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.outputs).toMatchObject({ incident: String(issue.number), status: 'recorded', severity: '2' })
    expect(h.labels(issue.number).sort()).toEqual(['🚨 incident', '🔥 incident: recorded', '🚨 incident: severity 2', '🟥 priority: critical'].sort())
    expect(h.card(issue.number)!.body).toContain('Every search on the API returns HTTP 500')
    expect(h.state(issue.number).published.started).toBe('09:40')

    const alert = h.slack.topLevel()[0].text
    expect(alert).toContain(`<${issue.html_url}|#${issue.number}>`)
    expect(alert).toContain('What happens next: a lead is found (*msr-person* is asked first)')
    expect(alert).toContain("what you write here goes into the incident's timeline")
    expect(h.slack.pins.size).toBe(1)
  })

  it('a report from someone who may not declare waits for /confirm, announcing nothing', async () => {
    const { issue, result } = await reportFromSlack('outsider-collab', { Title: 'site is slow', Summary: 'Pages take 20 s', Severity: SEVERITY[1], 'Related to our code': 'No' })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.outputs.status).toBe('reported')
    expect(h.labels(issue.number)).toEqual(['🚦 incident: awaiting confirmation'])
    expect(h.slack.pins.size).toBe(0)

    await h.comment(issue.number, 'maintainer', '/confirm')
    expect(h.state(issue.number).status).toBe('recorded')
    expect(h.slack.topLevel().some((m) => m.text.includes('What happens next'))).toBe(true)
  })
})
