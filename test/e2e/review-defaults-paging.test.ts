// Adversarial checks of the runbook defaults (issue 12) and paging, roles and tasks (issue 14)
// through the bundled action: hostile or careless input, services that misbehave, killed runs.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, type Harness } from './harness.js'

let h: Harness
let server: Server | undefined
afterEach(async () => {
  await h?.stop()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

const T0 = Date.parse('2026-11-27T10:00:00Z')
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString()
const card = (n: number) => h.card(n)!.body as string
const reactionsOn = (id: number) => h.github.reactions.filter((r: { comment: number }) => r.comment === id).map((r: { content: string }) => r.content)

/** A service (or a proxy before it) that refuses every request, quoting the request back. */
async function echoingRefusal(status: number): Promise<string> {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: `Rejected ${req.headers.authorization ?? 'no header'}, request ${body}` }))
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
}

describe('secrets stay out of the card', () => {
  it('a PagerDuty refusal that quotes the routing key back: the card and the log show it masked', async () => {
    h = await createHarness({ wordpress: false })
    const routingKey = 'R0UT1NGKEYabcdef0123456789abcdef'
    Object.assign(h.inputs, { 'pagerduty-routing-key': routingKey, 'pagerduty-api-url': await echoingRefusal(400) })
    const n = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
    const { runs } = await h.sweepAndRun(at(16))
    expect(runs[0].code, runs[0].stdout).toBe(0)
    expect(h.state(n).page.pagerduty.problem).toContain('PagerDuty refused the page (HTTP 400')
    expect(card(n)).not.toContain(routingKey)
  })

  it('an Opsgenie refusal that quotes the key back: not on the card', async () => {
    h = await createHarness({ wordpress: false })
    const apiKey = '0b6a1f2e-1111-2222-3333-444455556666'
    Object.assign(h.inputs, { 'opsgenie-api-key': apiKey, 'opsgenie-api-url': await echoingRefusal(422) })
    const n = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
    await h.sweepAndRun(at(16))
    expect(h.state(n).page.opsgenie.problem).toContain('Opsgenie refused the page (HTTP 422')
    expect(card(n)).not.toContain(apiKey)
  })
})

describe('tasks', () => {
  it('the task’s owner may tick it with /done even without triage access, as /help says; a stranger may not', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    const n = issue.number
    await h.comment(n, 'msr-person', '/claim')
    await h.comment(n, 'msr-person', '/task @outsider-collab ask the provider about quotas')
    await h.comment(n, 'msr-person', '/task @triager check the CDN logs')
    const { comment: stranger } = await h.comment(n, 'outsider-collab', '/done 2')
    expect(reactionsOn(stranger.id)).toEqual(['-1'])
    expect(h.state(n).tasks[1].done).toBeUndefined()
    const { comment: owner } = await h.comment(n, 'outsider-collab', '/done 1')
    expect(reactionsOn(owner.id)).toEqual(['rocket'])
    expect(h.state(n).tasks[0].done).toMatchObject({ by: 'outsider-collab' })
  })

  it('a run killed right after posting the open tasks to the thread: the next run does not post them again', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    const n = issue.number
    await h.comment(n, 'msr-person', '/claim')
    await h.comment(n, 'msr-person', '/task @triager check the CDN logs')
    const comment = h.github.addComment(n, 'msr-person', '/resolve rolled back')
    const payload = () => h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(n)), comment, sender: h.github.user('msr-person') })
    const killed = await h.run('issue_comment', payload(), { killOnSlack: (method, args) => method === 'chat.postMessage' && (args.text ?? '').startsWith(':clipboard: *Tasks still open*') })
    expect(killed.code).not.toBe(0)
    await h.comment(n, 'msr-person', '/note after the kill')
    const thread = h.slack.thread(h.slack.topLevel()[0].ts).map((m) => m.text)
    expect(thread.filter((t) => t.startsWith(':clipboard: *Tasks still open*'))).toHaveLength(1)
    expect(h.state(n).slack.tasks).toMatch(/\d/)
  })
})

describe('the public Make post', () => {
  it('/public for a severity that is not announced posts it without claiming the impact "turned out" limited', async () => {
    h = await createHarness()
    const { issue } = await h.declare({ summary: 'Greek translations fall back to English', severity: SEVERITY[3] })
    const n = issue.number
    await h.comment(n, 'maintainer', '/public')
    const make = await h.post('make', h.state(n).make.id)
    expect(make.content.raw).toContain('Greek translations fall back to English')
    expect(make.content.raw).not.toContain('turned out to be limited')
  })
})

describe('what strangers type does not become the action’s own words', () => {
  it('an unknown role name is not echoed as markup: no mention, no link in the bot’s reply', async () => {
    h = await createHarness({ wordpress: false })
    const { issue } = await h.declare({ summary: 'Search down', severity: SEVERITY[2] })
    const n = issue.number
    const { comment } = await h.comment(n, 'passer-by', '/role x`@outsider-collab`[a](https://evil.example)')
    expect(reactionsOn(comment.id)).toEqual(['confused'])
    const reply = h.github.commentsOn(n).filter((c: { body: string }) => c.body.includes('incident-ops:reply')).at(-1)!.body as string
    expect(reply).toContain('There is no role')
    expect(reply).not.toContain('@outsider-collab')
    expect(reply).not.toContain('](https://evil.example)')
  })
})

describe('a run killed between paging and recording it', () => {
  it('after the next sweep: one alert, the Slack reminder once, the page recorded and acknowledged on /claim', async () => {
    h = await createHarness({ wordpress: false })
    const { FakePagerDuty } = await import('../support/pagerduty.mjs')
    const pd = await new FakePagerDuty().start()
    try {
      Object.assign(h.inputs, { 'pagerduty-routing-key': pd.routingKey, 'pagerduty-api-url': pd.url })
      const n = h.seedIncident({ at: at(0), severity: 1, times: { reported: at(0), recorded: at(0) } })
      await h.sweep(at(16))
      const [dispatch] = h.github.dispatches.splice(0)
      expect(Number(dispatch.inputs.issue)).toBe(n)
      // Killed once Slack has the no-lead reminder: PagerDuty has been paged (it goes first), nothing recorded after the save-ahead.
      const killed = await h.run('workflow_dispatch', { inputs: dispatch.inputs, ref: dispatch.ref }, { env: { INCIDENT_OPS_NOW: at(16) }, killOnSlack: (method, args) => method === 'chat.postMessage' && Boolean(args.thread_ts) })
      expect(killed.code).not.toBe(0)
      expect(pd.alerts).toHaveLength(1)
      // Whatever the kill left (the save-ahead, or more), the next sweep finishes it.
      const { runs } = await h.sweepAndRun(at(26))
      expect(runs.every((r) => r.code === 0)).toBe(true)
      expect(pd.alerts).toHaveLength(1)
      expect(h.state(n).page.pagerduty.triggered).toBeDefined()
      expect(h.state(n).pending).toBeUndefined()
      const reminders = h.slack.thread(h.slack.topLevel()[0].ts).filter((m) => m.text.includes('No lead for'))
      expect(reminders).toHaveLength(1)
      await h.comment(n, 'msr-person', '/claim', { env: { INCIDENT_OPS_NOW: at(28) } })
      expect(pd.alert(`${h.github.owner}/${h.github.repo}#${n}`)!.status).toBe('acknowledged')
    } finally {
      await pd.stop()
    }
  })
})
