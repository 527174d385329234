// Paging through the bundled action: PagerDuty's Events API v2 and Opsgenie's Alert API,
// against stand-ins that check requests as the published APIs do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakePagerDuty } from '../support/pagerduty.mjs'
import { FakeOpsgenie } from '../support/opsgenie.mjs'
import { createHarness, SEVERITY, type Harness } from './harness.js'

let h: Harness
let pd: FakePagerDuty
let og: FakeOpsgenie
beforeEach(async () => {
  h = await createHarness({ wordpress: false })
  pd = await new FakePagerDuty().start()
  og = await new FakeOpsgenie().start()
})
afterEach(async () => {
  await h.stop()
  await pd.stop()
  await og.stop()
})

const T0 = Date.parse('2026-11-27T10:00:00Z')
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()
const leaderless = (severity: 1 | 2 | 3 = 1) => h.seedIncident({ at: at(0), severity, times: { reported: at(0), recorded: at(0) } })
const withPagerDuty = (key = pd.routingKey) => Object.assign(h.inputs, { 'pagerduty-routing-key': key, 'pagerduty-api-url': pd.url })
const withOpsgenie = () => Object.assign(h.inputs, { 'opsgenie-api-key': og.apiKey, 'opsgenie-api-url': og.url })
const card = (n: number) => h.card(n)!.body as string
const key = (n: number) => `${h.github.owner}/${h.github.repo}#${n}`

describe('paging when nobody leads', () => {
  it('pages PagerDuty once at the no-lead reminder’s time; /claim acknowledges, /resolve resolves', async () => {
    withPagerDuty()
    const n = leaderless(1)
    const early = await h.sweepAndRun(at(10))
    expect(early.runs).toEqual([])
    expect(pd.requests).toEqual([])

    // Severity 1 expects a lead within 15 minutes: the sweep at 16 starts the run that pages.
    const due = await h.sweepAndRun(at(16))
    expect(due.runs).toHaveLength(1)
    expect(due.runs[0].code, due.runs[0].stdout).toBe(0)
    const [trigger] = pd.takeRequests()
    expect(trigger).toMatchObject({ method: 'POST', path: '/v2/enqueue' })
    expect(trigger.body).toMatchObject({
      routing_key: pd.routingKey,
      event_action: 'trigger',
      dedup_key: key(n),
      payload: { summary: expect.stringContaining(`Incident #${n} (severity 1, Critical) has had no lead for 16m`), source: `${h.github.owner}/${h.github.repo}`, severity: 'critical' },
      links: [{ href: expect.stringContaining(`/issues/${n}`) }]
    })
    expect(pd.alert(key(n))).toMatchObject({ status: 'triggered', triggers: 1 })
    expect(h.state(n).page.pagerduty).toEqual({ triggered: at(16) })
    expect(card(n)).toMatch(/\| \*\*Paged \(PagerDuty\)\*\* \| 2026-11-27 10:16 UTC/)
    // The routing key is a secret: masked, never printed.
    expect(due.runs[0].stdout.split('\n').filter((l) => l.includes(pd.routingKey) && !l.startsWith('::add-mask::'))).toEqual([])

    // Later sweeps (the escalation at 30 included) never page again.
    await h.sweepAndRun(at(26))
    const escalation = await h.sweepAndRun(at(31))
    expect(escalation.runs).toHaveLength(1)
    expect(pd.requests).toEqual([])

    await h.comment(n, 'msr-person', '/claim', { env: { INCIDENT_OPS_NOW: at(33) } })
    expect(pd.takeRequests().map((r) => r.body)).toEqual([{ routing_key: pd.routingKey, event_action: 'acknowledge', dedup_key: key(n) }])
    expect(pd.alert(key(n))!.status).toBe('acknowledged')
    expect(card(n)).toMatch(/acknowledged 2026-11-27 10:33 UTC/)

    await h.comment(n, 'msr-person', '/update still digging', { env: { INCIDENT_OPS_NOW: at(40) } })
    expect(pd.requests).toEqual([])
    await h.comment(n, 'msr-person', '/resolve rolled back the deploy', { env: { INCIDENT_OPS_NOW: at(50) } })
    expect(pd.takeRequests().map((r) => r.body)).toEqual([{ routing_key: pd.routingKey, event_action: 'resolve', dedup_key: key(n) }])
    expect(pd.alert(key(n))).toMatchObject({ status: 'resolved', triggers: 1, events: ['trigger', 'acknowledge', 'resolve'] })
    expect(card(n)).toMatch(/resolved 2026-11-27 10:50 UTC/)
    expect(pd.alerts).toHaveLength(1)
    expect(h.github.violations).toEqual([])
  })

  it('does not page an incident claimed in time, nor a severity that does not page', async () => {
    withPagerDuty()
    const claimed = leaderless(1)
    const minor = leaderless(3)
    await h.comment(claimed, 'msr-person', '/claim', { env: { INCIDENT_OPS_NOW: at(5) } })
    await h.sweepAndRun(at(20))
    await h.sweepAndRun(at(300))
    await h.comment(claimed, 'msr-person', '/resolve fixed', { env: { INCIDENT_OPS_NOW: at(301) } })
    expect(pd.requests).toEqual([])
    expect(h.state(claimed).page).toBeUndefined()
    expect(h.state(minor).page).toBeUndefined()
  })

  it('PagerDuty down: the card says so, the sweep retries with back-off, and one alert results', async () => {
    withPagerDuty()
    const n = leaderless(2)
    pd.fail(503, 1)
    const first = await h.sweepAndRun(at(31))
    expect(first.runs[0].code, first.runs[0].stdout).toBe(0)
    expect(pd.takeRequests()).toHaveLength(1)
    expect(pd.alerts).toEqual([])
    expect(card(n)).toContain('**PagerDuty**: PagerDuty answered HTTP 503')
    expect(card(n)).toMatch(/\| \*\*Paged \(PagerDuty\)\*\* \| owed: nobody led in time \|/)
    expect(h.state(n)).toMatchObject({ failedRuns: 1, failures: { pagerduty: 'PagerDuty answered HTTP 503' } })

    // Within the back-off (10 minutes after one failing run) the sweep waits.
    const waiting = await h.sweepAndRun(at(36))
    expect(waiting.runs).toEqual([])
    // After it, the run pages; PagerDuty takes the event but the answer is lost.
    pd.fail(500, 1, { done: true })
    const lost = await h.sweepAndRun(at(42))
    expect(lost.runs).toHaveLength(1)
    expect(pd.takeRequests()).toHaveLength(1)
    expect(h.state(n).pending).toEqual(['pagerduty:page'])
    // The next try sends the same event: the same dedup key is the same alert, not a second page.
    const again = await h.sweepAndRun(at(80))
    expect(again.runs).toHaveLength(1)
    expect(pd.takeRequests().map((r) => r.body.event_action)).toEqual(['trigger'])
    expect(pd.alerts).toHaveLength(1)
    expect(h.state(n).page.pagerduty).toEqual({ triggered: at(80) })
    expect(h.state(n).failures).toEqual({})
    expect(card(n)).not.toContain('could not be delivered')
    const quiet = await h.sweepAndRun(at(95))
    expect(quiet.runs.length).toBeLessThanOrEqual(1)
    expect(pd.requests).toEqual([])
  })

  it('a !claim in the Slack thread acknowledges the page in the run that imports it', async () => {
    await h.stop()
    h = await createHarness({ wordpress: false, config: 'slack:\n  channel: C0INCIDENT\n  users:\n    maintainer: U0MAINT\nrotation: msr-person\n' })
    withPagerDuty()
    const { issue, result } = await h.declare({ summary: 'Search is down', severity: SEVERITY[1] })
    expect(result.code, result.stdout).toBe(0)
    const n = issue.number
    const minutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString()
    await h.sweepAndRun(minutes(16))
    expect(pd.alert(key(n))).toMatchObject({ status: 'triggered' })
    h.slack.clock = Math.floor(Date.now() / 1000) + 60
    h.slack.say('!claim', h.slack.topLevel()[0].ts, 'U0MAINT')
    pd.takeRequests()

    const swept = await h.sweepAndRun(minutes(20))
    expect(swept.runs).toHaveLength(1)
    expect(h.state(n).lead).toBe('maintainer')
    expect(pd.takeRequests().map((r) => r.body.event_action)).toEqual(['acknowledge'])
    expect(pd.alert(key(n))!.status).toBe('acknowledged')
  })

  it('PagerDuty down until someone leads: the page that may have gone out is acknowledged, never sent again', async () => {
    withPagerDuty()
    const n = leaderless(1)
    pd.fail(503, 1)
    await h.sweepAndRun(at(16))
    expect(pd.takeRequests()).toHaveLength(1)
    expect(card(n)).toMatch(/\| \*\*Paged \(PagerDuty\)\*\* \| owed: nobody led in time \|/)
    // A 503 may still have paged someone: once someone leads, it is acknowledged (PagerDuty drops it if no alert is open).
    await h.comment(n, 'msr-person', '/claim', { env: { INCIDENT_OPS_NOW: at(18) } })
    expect(pd.takeRequests().map((r) => r.body.event_action)).toEqual(['acknowledge'])
    await h.sweepAndRun(at(60))
    expect(pd.requests).toEqual([])
    expect(pd.alerts).toEqual([])
    expect(card(n)).toMatch(/\| \*\*Paged \(PagerDuty\)\*\* \| sent, its answer lost, acknowledged 2026-11-27 10:18 UTC \|/)
    expect(card(n)).not.toContain('PagerDuty answered HTTP 503')
  })

  it('a page PagerDuty refuses (a wrong routing key) is noted on the card and not retried', async () => {
    withPagerDuty('X'.repeat(32))
    const n = leaderless(1)
    const { runs } = await h.sweepAndRun(at(16))
    expect(runs[0].code, runs[0].stdout).toBe(0)
    expect(pd.takeRequests()).toHaveLength(1)
    expect(h.state(n).page.pagerduty).toEqual({ problem: 'PagerDuty refused the page (HTTP 400: Event object is invalid; Invalid routing key). Check the pagerduty-routing-key secret; it is not retried' })
    expect(card(n)).toContain('> PagerDuty refused the page (HTTP 400: Event object is invalid;')
    expect(card(n)).toMatch(/\| \*\*Paged \(PagerDuty\)\*\* \| not paged \|/)
    expect(h.state(n).failures).toEqual({})
    await h.sweepAndRun(at(40))
    await h.comment(n, 'msr-person', '/claim', { env: { INCIDENT_OPS_NOW: at(41) } })
    expect(pd.requests).toEqual([])
  })

  it('a wrong Opsgenie key is noted on the card, naming the secret, and not retried', async () => {
    Object.assign(h.inputs, { 'opsgenie-api-key': 'not-the-key', 'opsgenie-api-url': og.url })
    const n = leaderless(1)
    await h.sweepAndRun(at(16))
    expect(og.takeRequests()).toHaveLength(1)
    expect(h.state(n).page.opsgenie).toEqual({ problem: 'Opsgenie refused the page (HTTP 401: Could not authenticate). Check the opsgenie-api-key secret; it is not retried' })
    await h.sweepAndRun(at(40))
    expect(og.requests).toEqual([])
  })

  it('pages through Opsgenie: an alert by alias, acknowledged by /lead, closed by /resolve', async () => {
    withOpsgenie()
    const n = leaderless(2)
    const { runs } = await h.sweepAndRun(at(31))
    expect(runs[0].code, runs[0].stdout).toBe(0)
    const [create] = og.takeRequests()
    expect(create).toMatchObject({ method: 'POST', path: '/v2/alerts', headers: { authorization: `GenieKey ${og.apiKey}` } })
    expect(create.body).toMatchObject({ message: expect.stringContaining(`Incident #${n} (severity 2, Major) has had no lead for 31m`), alias: key(n), priority: 'P2', source: `${h.github.owner}/${h.github.repo}` })
    expect(og.alert(key(n))).toMatchObject({ status: 'open', acknowledged: false, count: 1 })
    expect(card(n)).toMatch(/\| \*\*Paged \(Opsgenie\)\*\* \| 2026-11-27 10:31 UTC/)

    await h.comment(n, 'maintainer', '/lead @msr-person', { env: { INCIDENT_OPS_NOW: at(35) } })
    const [ack] = og.takeRequests()
    expect(ack).toMatchObject({ method: 'POST', path: `/v2/alerts/${encodeURIComponent(key(n))}/acknowledge`, query: { identifierType: 'alias' }, body: { source: 'incident-ops', note: expect.stringContaining('msr-person leads the incident on GitHub') } })
    expect(og.alert(key(n))!.acknowledged).toBe(true)

    await h.comment(n, 'msr-person', '/resolve fixed', { env: { INCIDENT_OPS_NOW: at(60) } })
    const [close] = og.takeRequests()
    expect(close).toMatchObject({ path: `/v2/alerts/${encodeURIComponent(key(n))}/close`, query: { identifierType: 'alias' } })
    expect(og.alert(key(n))!.status).toBe('closed')
    expect(og.alerts).toHaveLength(1)
  })

  it('both services on: each is paged, acknowledged and resolved once', async () => {
    withPagerDuty()
    withOpsgenie()
    const n = leaderless(1)
    await h.sweepAndRun(at(20))
    await h.comment(n, 'msr-person', '/claim', { env: { INCIDENT_OPS_NOW: at(21) } })
    await h.comment(n, 'msr-person', '/resolve fixed', { env: { INCIDENT_OPS_NOW: at(22) } })
    expect(pd.requests.map((r) => r.body.event_action)).toEqual(['trigger', 'acknowledge', 'resolve'])
    expect(og.requests.map((r) => r.path.split('/').pop())).toEqual(['alerts', 'acknowledge', 'close'])
  })

  it('setup says paging is on and for which severities, and sends no test page', async () => {
    withPagerDuty()
    const run = await h.run('workflow_dispatch', { inputs: {}, ref: 'refs/heads/main' }, { inputs: { mode: 'setup' } })
    expect(run.summary).toMatch(/Paging \| PagerDuty: severity 1, 2 pages when nobody leads by its lead-within \(no test page is sent\)/)
    expect(pd.requests).toEqual([])
  })

  it('an API URL with credentials in it is refused before anything runs', async () => {
    const n = leaderless(1)
    const run = await h.run('workflow_dispatch', { inputs: { issue: String(n) }, ref: 'refs/heads/main' }, { inputs: { 'opsgenie-api-key': og.apiKey, 'opsgenie-api-url': `https://user:hunter2@${og.url.replace(/^http:\/\//, '')}` } })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toContain('The opsgenie-api-url input holds credentials')
    expect(run.stdout.split('\n').filter((l) => l.includes('hunter2') && !l.startsWith('::add-mask::'))).toEqual([])
    expect(og.requests).toEqual([])
  })
})
