// Defaults that follow the runbook, through the bundled action: the Make post as the point
// person's step (/public, /public skip), the critical issue for the code fix, the resolve
// checklist from each destination's real state, the huddle link, a retrospective for every
// resolved incident, hourly updates at every severity, and the openverse-2024 profile.
import { afterEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, writes, type Harness } from './harness.js'

let h: Harness
afterEach(async () => {
  await h?.stop()
})
const CONFIG = 'slack:\n  channel: C0INCIDENT\nrotation: msr-person\n'
const otherIssues = (incident: number) => [...h.github.issues.values()].filter((i) => i.number !== incident)
const card = (n: number) => h.card(n)!.body as string

describe('the public Make post is the point person’s step', () => {
  it('waits for a lead, goes out on /claim, and a later /severity 3 edits it to say the impact is limited', async () => {
    h = await createHarness()
    const { issue, result } = await h.declare({ summary: 'Every search fails', severity: SEVERITY[1] })
    expect(result.code, result.stdout).toBe(0)
    const n = issue.number
    expect(h.state(n).make).toBeUndefined()
    expect(card(n)).toContain('goes out once the incident has a lead (or `/public`)')

    await h.comment(n, 'msr-person', '/claim')
    const state = h.state(n)
    const make = await h.post('make', state.make.id)
    expect(make.title.raw).toBe('Investigating: search is down')
    expect(make.content.raw).not.toContain('limited')
    // The alert and the P2 post link it once it exists.
    expect(h.slack.topLevel()[0].text).toContain(state.make.url)
    expect((await h.post('p2', state.p2.id)).content.raw).toContain(state.make.url)
    expect(card(n)).toContain(`[public post](${state.make.url})`)

    await h.comment(n, 'msr-person', '/severity 3 only the Greek translation falls back')
    const edited = await h.post('make', state.make.id)
    expect(edited.content.raw).toContain('the impact turned out to be limited')
    expect(h.state(n).make.id).toBe(state.make.id)
    expect(card(n)).toContain('(says the impact is limited)')
  })

  it('/public skip records the decision (card, Slack thread, retro); a lead then posts nothing; triage may not decide', async () => {
    h = await createHarness()
    const { issue } = await h.declare({ summary: 'Staging search is slow', severity: SEVERITY[2] })
    const n = issue.number
    const refused = await h.comment(n, 'triager', '/public')
    expect(refused.result.code).toBe(0)
    expect(h.github.commentsOn(n).at(-1)?.body).toContain("repository's **write** permission or higher")
    expect(h.state(n).public).toBeUndefined()

    await h.comment(n, 'maintainer', '/public skip only staging is affected')
    expect(card(n)).toContain('not posted: maintainer decided against it (only staging is affected)')
    expect(card(n)).toContain('decided not to post publicly on Make: only staging is affected')
    const thread = h.slack.thread(h.slack.topLevel()[0].ts)
    expect(thread.at(-1)!.text).toContain('decided not to post publicly on Make: only staging is affected')

    await h.comment(n, 'msr-person', '/claim')
    await h.comment(n, 'msr-person', '/resolve Reindexed')
    expect(h.state(n).make).toBeUndefined()
    const [retro] = otherIssues(n)
    expect(retro.body).toContain('**Public post:** maintainer decided not to post on Make: only staging is affected')
    expect(retro.body).toContain('decided not to post publicly on Make')
  })

  it('/public by someone with write access posts before anyone leads', async () => {
    h = await createHarness()
    const { issue } = await h.declare({ summary: 'Every search fails', severity: SEVERITY[1] })
    await h.comment(issue.number, 'maintainer', '/public')
    const state = h.state(issue.number)
    expect(state.lead).toBeUndefined()
    expect((await h.post('make', state.make.id)).title.raw).toBe('Investigating: search is down')
  })
})

describe('the critical GitHub issue for the code fix', () => {
  it('is opened once in this repository, linked both ways, listed on the card and in the retro', async () => {
    h = await createHarness({ wordpress: false })
    const { issue, result } = await h.declare({ summary: 'A deploy broke search', severity: SEVERITY[1], relatedToCode: true })
    expect(result.code, result.stdout).toBe(0)
    const n = issue.number
    const [code] = otherIssues(n)
    expect(code.title).toBe('Fix: search is down')
    expect(code.labels).toEqual(['🟥 priority: critical'])
    expect(code.body).toContain(`acme/${h.github.repo}#${n}`)
    expect(code.body).toContain(`/issues/${n})`)
    expect(h.state(n).code).toMatchObject({ repo: `acme/${h.github.repo}`, number: code.number })
    expect(card(n)).toContain(`| **Code fix** | [\\#${code.number}](`)

    await h.comment(n, 'msr-person', '/claim')
    await h.comment(n, 'msr-person', '/resolve Reverted the deploy')
    expect(otherIssues(n).filter((i) => i.title === 'Fix: search is down')).toHaveLength(1)
    const retro = otherIssues(n).find((i) => i.title.startsWith('Retrospective'))
    expect(retro?.body).toContain(`[critical issue for the code fix](`)
  })

  it('setup says when the token cannot reach the code repository, and how to fix it', async () => {
    h = await createHarness({ wordpress: false, config: `${CONFIG}code-repository: acme/frontend\n` })
    const run = await h.run('workflow_dispatch', h.github.payload('workflow_dispatch', { inputs: {}, ref: 'refs/heads/main', workflow: '.github/workflows/incident-setup.yml' }), { inputs: { mode: 'setup' }, actor: 'maintainer' })
    const row = run.summary.split('\n').find((l) => l.includes('| Code repository |'))
    expect(row).toContain('❌')
    expect(row).toContain('The token cannot reach `acme/frontend` (GitHub answered 404)')
    expect(row).toContain('or remove `code-repository` to open the critical issue here')
    expect(run.outputs.ready).toBe('false')
  })

  it('declared from another workflow with related-to-code: the same critical issue', async () => {
    h = await createHarness({ wordpress: false })
    const result = await h.run('workflow_dispatch', h.github.payload('workflow_dispatch', { inputs: { title: 'Incident: deploy broke search', severity: '1', summary: 'Every search fails after the deploy', 'related-to-code': 'true' } }), { actor: 'triager' })
    expect(result.code, result.stdout).toBe(0)
    const incident = [...h.github.issues.values()].find((i) => i.title === 'Incident: deploy broke search')!
    const code = otherIssues(incident.number)
    expect(code.map((i) => i.title)).toEqual(['Fix: deploy broke search'])
    expect(h.state(incident.number).code.number).toBe(code[0].number)
  })

  it('GitHub opening it but answering 502: not sent again; the next run finds it by its marker', async () => {
    h = await createHarness({ wordpress: false })
    h.github.failNext('POST', '/issues$', 502, 1, 'Server Error', { done: true })
    const { issue } = await h.declare({ summary: 'A deploy broke search', severity: SEVERITY[2], relatedToCode: true })
    const n = issue.number
    expect(h.state(n).pending).toContain('github:code-issue')
    await h.comment(n, 'maintainer', '/note later')
    const codes = otherIssues(n).filter((i) => i.title === 'Fix: search is down')
    expect(codes).toHaveLength(1)
    expect(h.state(n).code.number).toBe(codes[0].number)
    expect(h.state(n).pending).toBeUndefined()
  })

  it('in another repository the workflow token cannot reach: said on the card once, not retried', async () => {
    h = await createHarness({ wordpress: false, config: `${CONFIG}code-repository: acme/frontend\n` })
    const { issue, result } = await h.declare({ summary: 'A deploy broke search', severity: SEVERITY[1], relatedToCode: true })
    expect(result.code, result.stdout).toBe(0)
    const n = issue.number
    expect(card(n)).toContain('GitHub refused to open the critical issue for the code fix in acme/frontend: the workflow token reaches only this repository')
    // Said once, in words (the state block keeps it too, so that it is not retried).
    expect(card(n).split('<!-- incident-ops:state')[0].match(/GitHub refused to open the critical issue/g)).toHaveLength(1)
    const again = await h.comment(n, 'maintainer', '/note still down')
    expect(again.result.githubRequests.filter((r) => r.path.includes('/acme/frontend/'))).toEqual([])
    expect(h.state(n).failures).toEqual({})
  })
})

describe('the resolve checklist shows each destination’s real state', () => {
  it('P2 failing on resolve is ❌ with the reason, Slack ✅; the reporter outside GitHub is to be told at their link', async () => {
    h = await createHarness()
    const { issue } = await h.declare({ summary: 'Search is down', severity: SEVERITY[1], reportLink: 'https://wordpress.org/support/topic/search-broken/' })
    const n = issue.number
    await h.comment(n, 'msr-person', '/claim')
    const comment = h.github.addComment(n, 'msr-person', '/resolve Restarted the cluster')
    const down = 'http://127.0.0.1:9/wp-json/wp/v2'
    const payload = h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(n)), comment, sender: h.github.user('msr-person') })
    const run = await h.run('issue_comment', payload, { inputs: { 'p2-api-url': down } })
    expect(run.code, run.stdout).toBe(0)
    const body = card(n)
    expect(body).toContain('- ✅ Slack: the alert says resolved and is unpinned')
    expect(body).toMatch(/- ❌ P2: the post says resolved, with the solution in a comment \(failed: P2 /)
    expect(body).toContain("- ✅ Make: the public post's title and body say resolved")
    expect(body).toContain('- ⬜ Tell the reporter it is resolved, where they reported it: [the user\'s report](https://wordpress.org/support/topic/search-broken/)')
    expect(body).not.toContain('P2 posts say resolved')

    // The next run delivers what was owed: P2 turns ✅.
    await h.comment(n, 'msr-person', '/note P2 back')
    expect(card(n)).toContain('- ✅ P2: the post says resolved')
  })

  it('destinations that are off say so instead of claiming they were updated', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search is down', severity: SEVERITY[1] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'msr-person', '/resolve Fixed')
    const body = card(issue.number)
    expect(body).toContain('- ➖ P2: the post says resolved, with the solution in a comment (P2 is off: update the post by hand)')
    expect(body).toContain('- ➖ Make: the public post')
  })
})

describe('triage help and the retrospective', () => {
  it('the card links a huddle in the incident channel', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search is down', severity: SEVERITY[2] })
    expect(card(issue.number)).toContain('[Start a huddle in the incident channel](https://app.slack.com/huddle/T0ACME/C0INCIDENT)')
  })

  it('every resolved incident gets its retrospective: severity 3 as recommended, with the configured example linked', async () => {
    h = await createHarness({ wordpress: false, config: `${CONFIG}retrospective:\n  example: https://docs.example.org/retros/2024-03-search\n` })
    const { issue } = await h.declare({ summary: 'Staging is down', severity: SEVERITY[3] })
    const n = issue.number
    await h.comment(n, 'msr-person', '/claim')
    await h.comment(n, 'msr-person', '/resolve Restarted staging')
    const [retro] = otherIssues(n)
    expect(retro.title).toBe('Retrospective: search is down')
    expect(retro.body).toContain('**Urgency:** recommended for severity 3')
    expect(retro.body).toContain('[an example retrospective](https://docs.example.org/retros/2024-03-search)')
    expect(h.card(n)!.body).toContain(`| **Retrospective** | #${retro.number}`)
  })

  it('a required retrospective says by when; the openverse-2024 profile opens none for severity 3', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search is down', severity: SEVERITY[1] })
    await h.comment(issue.number, 'msr-person', '/claim')
    await h.comment(issue.number, 'msr-person', '/resolve Fixed')
    expect(otherIssues(issue.number)[0].body).toMatch(/\*\*Urgency:\*\* required for severity 1: hold it as soon as possible, by \d{4}-\d{2}-\d{2}/)
    await h.stop()

    h = await createHarness({ wordpress: false, config: `${CONFIG}profile: openverse-2024\n` })
    const minor = (await h.declare({ summary: 'Staging is down', severity: SEVERITY[3] })).issue.number
    await h.comment(minor, 'msr-person', '/claim')
    await h.comment(minor, 'msr-person', '/resolve Restarted staging')
    expect(otherIssues(minor)).toEqual([])
    expect(card(minor)).toContain('`/retro when`')
  })
})

describe('update reminders', () => {
  const T0 = Date.parse('2026-11-27T10:00:00Z')
  const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()
  const seedMinor = () => h.seedIncident({ at: at(0), severity: 3, lead: 'lee', times: { reported: at(0), recorded: at(0), lead: at(0), update: at(0) } })
  const reminders = (n: number) => h.github.commentsOn(n).filter((c) => c.body.includes('incident-ops:reminder'))

  it('are hourly at severity 3 by default; daily with the openverse-2024 profile', async () => {
    h = await createHarness({ wordpress: false })
    const n = seedMinor()
    await h.sweepAndRun(at(61))
    expect(reminders(n).map((c) => c.body)).toEqual([expect.stringContaining('@lee there has been no update for 1h 1m')])
    await h.stop()

    h = await createHarness({ wordpress: false, config: `${CONFIG}profile: openverse-2024\n` })
    const daily = seedMinor()
    const early = await h.sweepAndRun(at(61))
    expect(writes(early.swept.githubRequests)).toEqual([])
    expect(reminders(daily)).toEqual([])
    await h.sweepAndRun(at(24 * 60 + 1))
    expect(reminders(daily)).toHaveLength(1)
  })
})
