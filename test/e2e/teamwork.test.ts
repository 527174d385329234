import { afterEach, describe, expect, it } from 'vitest'
import { createHarness, formBody, SEVERITY, type Harness } from './harness.js'

let h: Harness
afterEach(async () => {
  await h.stop()
})

const CONFIG = [
  'slack:',
  '  channel: C0INCIDENT',
  'rotation: msr-person',
  'triage:',
  '  default:',
  '    - { title: Runbooks, url: "https://docs.example/runbooks" }',
  '  areas:',
  '    API:',
  '      - { title: API dashboard, url: "https://grafana.example/api" }',
  '    frontend:',
  '      - { title: Frontend dashboard, url: "https://grafana.example/frontend" }',
  '  providers:',
  '    Elasticsearch Service: "https://status.elastic.co"',
  'project:',
  '  url: https://github.com/orgs/acme/projects/7',
  '  threshold: 1',
  ''
].join('\n')

describe('triage help on the card', () => {
  it('shows the links for the affected area and the provider to contact; a form edit updates them', async () => {
    h = await createHarness({ config: CONFIG, wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2], affected: 'API', thirdParty: 'Elasticsearch Service' })
    let card = h.card(issue.number)!.body
    expect(card).toContain('### Triage help (API)')
    expect(card).toContain('- [API dashboard](https://grafana.example/api)')
    expect(card).toContain('- [Runbooks](https://docs.example/runbooks)')
    expect(card).toContain('- ⬜ Contact **Elasticsearch Service** early: [contact or status page](https://status.elastic.co/)')

    const stored = h.github.issues.get(issue.number)
    const previous = stored.body
    stored.body = stored.body.replace(formBody({ summary: 'Search down', severity: SEVERITY[2], affected: 'API', thirdParty: 'Elasticsearch Service' }), formBody({ summary: 'Search down', severity: SEVERITY[2], affected: 'frontend', thirdParty: 'Elasticsearch Service' }))
    const run = await h.run('issues', h.github.payload('issues', { action: 'edited', issue: h.github.issueJson(stored), changes: { body: { from: previous } }, sender: h.github.user('maintainer') }))
    expect(run.code).toBe(0)
    card = h.card(issue.number)!.body
    expect(card).toContain('### Triage help (frontend)')
    expect(card).not.toContain('API dashboard')
  })
})

describe('/join and /leave', () => {
  it('lists helpers on the card and in the Slack thread, tells the lead, makes them attendees', async () => {
    h = await createHarness({ config: CONFIG, wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[1] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'triager', '/join looking at the database')
    expect(h.card(issue.number)!.body).toContain('### Helping\n- triager: looking at the database')
    const thread = h.slack.thread(h.slack.topLevel()[0].ts).map((m) => m.text)
    expect(thread.at(-1)).toBe(':wave: *triager* joined to help: looking at the database (*msr-person* leads)')
    await h.comment(issue.number, 'triager', '/leave')
    expect(h.card(issue.number)!.body).not.toContain('### Helping')
    expect(h.slack.thread(h.slack.topLevel()[0].ts).at(-1)!.text).toContain('*triager* signed off')
    const refused = await h.comment(issue.number, 'maintainer', '/leave')
    expect(h.github.reactions.find((r) => r.comment === refused.comment.id)?.content).toBe('-1')
    await h.comment(issue.number, 'msr-person', '/resolve done')
    const retro = [...h.github.issues.values()].find((i) => i.title.startsWith('Retrospective'))!
    expect(retro.body).toContain('@triager')
  })
})

describe('follow-ups in a GitHub Project', () => {
  const project = () => ({
    id: 'PVT_7',
    owner: 'acme',
    number: 7,
    fields: [
      { id: 'F_title', name: 'Title', dataType: 'TITLE' },
      { id: 'F_sev', name: 'Severity', dataType: 'SINGLE_SELECT', options: [{ id: 'O1', name: 'Sev 1' }, { id: 'O2', name: 'Sev 2' }, { id: 'O3', name: 'Sev 3' }] }
    ],
    items: [] as Array<{ id: string; issue: number; fields: Record<string, unknown> }>
  })

  it('with a project token: follow-ups past the threshold are added, with the severity set', async () => {
    h = await createHarness({ config: CONFIG, wordpress: false })
    h.github.projects.set(7, project())
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    const withToken = async (text: string) => {
      const comment = h.github.addComment(issue.number, 'msr-person', text)
      return h.run('issue_comment', h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(issue.number)), comment }), { inputs: { 'project-token': 'project-token' } })
    }
    await withToken('/followup Add an index')
    expect(h.github.projects.get(7)!.items).toEqual([])
    const run = await withToken('/followup Alert on latency')
    expect(run.code, run.stdout).toBe(0)
    const items = h.github.projects.get(7)!.items
    const followups = h.state(issue.number).followups.map((f: { number: number }) => f.number)
    expect(items.map((i) => i.issue)).toEqual(followups)
    expect(items.every((i) => i.fields.Severity === 'Sev 2')).toBe(true)
    expect(h.card(issue.number)!.body).toContain('(2 in the project)')
    // /project again adds nothing twice.
    await withToken('/project')
    expect(h.github.projects.get(7)!.items).toHaveLength(2)
    expect(h.github.violations).toEqual([])
  })

  it('without a project token: the card says so once; the run does not fail', async () => {
    h = await createHarness({ config: CONFIG, wordpress: false })
    h.github.projects.set(7, project())
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    await h.comment(issue.number, 'msr-person', '/followup One')
    const { result } = await h.comment(issue.number, 'msr-person', '/followup Two')
    expect(result.code).toBe(0)
    expect(h.card(issue.number)!.body).toContain('> Follow-ups can go to the GitHub Project once the workflow passes a project-token')
    expect(h.github.projects.get(7)!.items).toEqual([])
    expect(h.state(issue.number).followups).toHaveLength(2)
  })
})
