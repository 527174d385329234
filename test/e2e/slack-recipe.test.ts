// Declaring from Slack with the recipe of docs/slack-incident-report.md: the issue its GitHub
// connector step opens (the exact description the recipe writes, no labels: the step cannot
// set them), as the reporter, through the bundled action.
import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'
import { fillRecipe } from '../support/recipe.js'

let h: Harness
beforeEach(async () => {
  h = await createHarness({ config: 'slack:\n  channel: C0INCIDENT\n  users:\n    maintainer: U0MAE\nrotation: msr-person\n' })
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

  it('walk-through: declared from Slack, two thread messages and an !update imported, through to the retrospective', async () => {
    const started = new Date(Date.now() - 20 * 60_000).toISOString().slice(11, 16)
    const { issue } = await reportFromSlack('maintainer', {
      Title: 'search returns 500',
      Summary: 'Every search on the API returns HTTP 500',
      Severity: SEVERITY[1],
      'Affected part of the service': 'API',
      'When it started': started,
      'Related to our code': 'Yes',
      Evidence: 'Error rate dashboard at 100%',
      'Person who used this workflow': 'Mae'
    })
    const n = issue.number
    const alertTs = h.slack.topLevel()[0].ts
    h.slack.clock = Math.ceil(Date.now() / 1000)
    h.slack.addUser('U0DANA', { name: 'dana', displayName: 'Dana' })
    h.slack.say('Seeing it from Europe too; <https://status.example/api|status page> is green though', alertTs, 'U0DANA')
    h.slack.say('The 14:00 deploy touched the query builder', alertTs, 'U0MAE')
    const update = h.slack.say('!update Rolling back the 14:00 deploy; errors dropping', alertTs, 'U0MAE')
    // The lead claims a few seconds after those messages were written (Slack's times are whole seconds here).
    await new Promise((r) => setTimeout(r, Math.max(0, h.slack.clock * 1000 - Date.now()) + 200))
    await h.comment(n, 'maintainer', '/claim')
    await h.comment(n, 'maintainer', '/resolve Rolled back; the query builder fix follows in a PR')

    const state = h.state(n)
    expect(state.timeline.filter((e: { id: string }) => e.id.startsWith('s')).map((e: { kind: string; by: string }) => `${e.kind}:${e.by}`)).toEqual(['slack:Dana', 'slack:maintainer', 'update:maintainer'])
    expect(h.slack.reactionsOn(update)).toEqual({ white_check_mark: ['U0BOT'] })
    const card = h.card(n)!.body as string
    expect(card).toContain('Dana (Slack name) wrote in [Slack]')
    expect(card).toContain('maintainer posted an [update]')
    // In the order it happened: the thread's messages, then the lead, then the resolution.
    const order = ['recorded the incident', 'Dana (Slack name) wrote in', 'touched the query builder', 'posted an [update]', 'took the lead', 'set the status to **Resolved**'].map((t) => card.indexOf(t))
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true)
    const retro = h.github.issues.get(state.retro.number)
    expect(retro.body).toContain('Rolling back the 14:00 deploy')
    expect(retro.body).toContain('Seeing it from Europe too')
    expect(retro.body).toMatch(/\| Time to detect \| 2\dm \|/)
    const p2 = await h.comments('p2', state.p2.id)
    expect(p2.filter((c: { content: { raw: string } }) => c.content.raw.includes('Rolling back the 14:00 deploy'))).toHaveLength(1)

    // INCIDENT_OPS_WALKTHROUGH=file writes the artefacts for reading.
    const out = process.env.INCIDENT_OPS_WALKTHROUGH
    if (out) {
      const thread = h.slack.thread(alertTs).map((m) => `[${m.bot_id ? 'incident-ops' : m.user}] ${m.text}${m.reactions ? `   (reactions: ${m.reactions.map((r) => r.name).join(', ')})` : ''}`)
      writeFileSync(out, [`# Issue #${n} body (from the recipe)`, h.github.issues.get(n).body, '# Slack alert', h.slack.topLevel()[0].text, '# Slack thread', ...thread, '# Card', card, '# Retrospective', retro.body].join('\n\n'))
    }
  })
})
