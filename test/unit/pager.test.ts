// The paging clients against the stand-ins, and the stand-ins against the published APIs' rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OpsgenieClient, PagerDutyClient, PagerError, type Page } from '../../src/paging/pager.js'
import { FakePagerDuty } from '../support/pagerduty.mjs'
import { FakeOpsgenie } from '../support/opsgenie.mjs'

let pd: FakePagerDuty
let og: FakeOpsgenie
beforeAll(async () => {
  pd = await new FakePagerDuty().start()
  og = await new FakeOpsgenie().start()
})
afterAll(async () => {
  await pd.stop()
  await og.stop()
})

const page: Page = { key: 'acme/api#7', summary: 'Incident #7 (severity 1, Critical) has had no lead for 15m: search is down', severity: 1, url: 'https://github.com/acme/api/issues/7', source: 'acme/api', details: { incident: 'acme/api#7' }, at: '2026-11-27T10:15:00.000Z' }
const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json()) as Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('the PagerDuty stand-in checks events as the Events API v2 does', () => {
  it('answers 202 with the dedup key; 400 with the errors for what is missing', async () => {
    const ok = await post(`${pd.url}/v2/enqueue`, { routing_key: pd.routingKey, event_action: 'trigger', dedup_key: 'k', payload: { summary: 's', source: 'x', severity: 'info' } })
    expect(ok).toEqual({ status: 202, body: { status: 'success', message: 'Event processed', dedup_key: 'k' } })
    const bad = await post(`${pd.url}/v2/enqueue`, { routing_key: 'short', event_action: 'trigger', payload: { source: 'x', severity: 'loud' } })
    expect(bad).toEqual({
      status: 400,
      body: { status: 'invalid event', message: 'Event object is invalid', errors: ["Length of 'routing_key' is incorrect (should be 32 characters)", "'payload.summary' is missing or blank", "'payload.severity' is invalid (must be one of the following: 'critical', 'warning', 'error' or 'info')"] }
    })
    expect((await post(`${pd.url}/v2/enqueue`, { routing_key: pd.routingKey, event_action: 'resolve' })).body.errors).toEqual(["'dedup_key' is missing or blank"])
  })
})

describe('the Opsgenie stand-in checks requests as the Alert API does', () => {
  it('answers 202 with a requestId; 401 without the key; 422 naming the field', async () => {
    const ok = await post(`${og.url}/v2/alerts`, { message: 'm', alias: 'a' }, { authorization: `GenieKey ${og.apiKey}` })
    expect(ok).toEqual({ status: 202, body: { result: 'Request will be processed', took: expect.any(Number), requestId: expect.any(String) } })
    expect((await post(`${og.url}/v2/alerts`, { message: 'm' })).status).toBe(401)
    const bad = await post(`${og.url}/v2/alerts`, { priority: 'P9' }, { authorization: `GenieKey ${og.apiKey}` })
    expect(bad).toMatchObject({ status: 422, body: { message: 'Request body is not processable. Please check the errors.', errors: { message: 'Message can not be empty.', priority: expect.any(String) } } })
  })
})

describe('the paging clients', () => {
  it('PagerDuty: sends trigger, acknowledge and resolve with the routing key and dedup key', async () => {
    pd.takeRequests()
    const client = new PagerDutyClient(pd.routingKey, `${pd.url}/`)
    await client.trigger(page)
    await client.acknowledge(page.key)
    await client.resolve(page.key)
    expect(pd.takeRequests().map((r) => [r.path, r.body.event_action, r.body.dedup_key])).toEqual([
      ['/v2/enqueue', 'trigger', 'acme/api#7'],
      ['/v2/enqueue', 'acknowledge', 'acme/api#7'],
      ['/v2/enqueue', 'resolve', 'acme/api#7']
    ])
    expect(pd.alert('acme/api#7')).toMatchObject({ status: 'resolved', severity: 'critical', triggers: 1 })
    expect(client.requests).toBe(3)
  })

  it('an outage or a rate limit may be retried; a refusal may not', async () => {
    const client = new PagerDutyClient(pd.routingKey, pd.url)
    pd.fail(429)
    await expect(client.trigger(page)).rejects.toMatchObject({ retry: true, status: 429 })
    pd.fail(502)
    await expect(client.trigger(page)).rejects.toMatchObject({ retry: true, message: 'PagerDuty answered HTTP 502' })
    await expect(new PagerDutyClient('x'.repeat(32), pd.url).trigger(page)).rejects.toMatchObject({ retry: false, status: 400 })
    await expect(new PagerDutyClient(pd.routingKey, 'http://127.0.0.1:9').trigger(page)).rejects.toBeInstanceOf(PagerError)
    await expect(new OpsgenieClient('wrong', og.url).trigger(page)).rejects.toMatchObject({ retry: false, status: 401, message: 'Opsgenie refused the request (HTTP 401: Could not authenticate)' })
  })

  it('Opsgenie: an alert by alias, acknowledged and closed by alias with a note', async () => {
    og.takeRequests()
    const client = new OpsgenieClient(og.apiKey, og.url)
    await client.trigger(page)
    await client.acknowledge(page.key, 'lee leads')
    await client.resolve(page.key, 'resolved')
    expect(og.takeRequests().map((r) => [r.path, r.query.identifierType])).toEqual([
      ['/v2/alerts', undefined],
      ['/v2/alerts/acme%2Fapi%237/acknowledge', 'alias'],
      ['/v2/alerts/acme%2Fapi%237/close', 'alias']
    ])
    expect(og.alert('acme/api#7')).toMatchObject({ status: 'closed', acknowledged: true, priority: 'P1', notes: ['lee leads', 'resolved'] })
  })
})
