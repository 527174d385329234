// The Slack client against the loopback Slack stand-in: the calls it makes, and each kind of
// failure in the shape describeSlackError reads.
import http from 'node:http'
import net from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FakeSlack } from '../support/slack.mjs'
import { SlackClient, describeSlackError } from '../../src/slack/slack.js'

let slack: FakeSlack
let client: SlackClient
beforeAll(async () => {
  slack = await new FakeSlack().start()
})
afterAll(() => slack.stop())
beforeEach(() => {
  slack.heal()
  slack.takeCalls()
  client = new SlackClient(slack.token, 'C0INCIDENT', slack.url)
})

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a failure'), (error: unknown) => error)

describe('the Slack client', () => {
  it('posts, replies in the thread, edits, links and pins with the Web API methods', async () => {
    const ts = await client.post({ text: 'Incident *one*' })
    const reply = await client.post({ text: 'Update', threadTs: ts, broadcast: true })
    await client.update(ts, 'Incident *one* (edited)')
    const link = await client.permalink(ts)
    await client.pin(ts, true)
    await client.pin(ts, true) // already pinned: nothing owed
    await client.pin(ts, false)
    expect(slack.takeCalls().map((c) => c.method)).toEqual(['chat.postMessage', 'chat.postMessage', 'chat.update', 'chat.getPermalink', 'pins.add', 'pins.add', 'pins.remove'])
    expect(slack.messages.find((m) => m.ts === reply)).toMatchObject({ thread_ts: ts, text: 'Update' })
    expect(slack.messages.find((m) => m.ts === ts)).toMatchObject({ text: 'Incident *one* (edited)', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Incident *one* (edited)', verbatim: true } }], edits: 1 })
    expect(link).toContain(ts.replace('.', ''))
    expect(client.calls).toBe(7)
  })

  it('sends what @slack/web-api sent: a form-encoded POST with the bot token, objects as JSON', async () => {
    const seen: Array<{ url: string; headers: http.IncomingHttpHeaders; body: string }> = []
    const recorder = http.createServer(async (req, res) => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      seen.push({ url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"ts":"1.2"}')
    })
    await new Promise<void>((r) => recorder.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(recorder.address() as net.AddressInfo).port}/api`
    await new SlackClient('xoxb-1', 'C1', url).post({ text: 'a & b', threadTs: '1.0' })
    recorder.close()
    expect(seen[0].url).toBe('/api/chat.postMessage')
    expect(seen[0].headers).toMatchObject({ authorization: 'Bearer xoxb-1', 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' })
    expect(seen[0].body).toBe(
      'channel=C1&text=a%20%26%20b&blocks=%5B%7B%22type%22%3A%22section%22%2C%22text%22%3A%7B%22type%22%3A%22mrkdwn%22%2C%22text%22%3A%22a%20%26%20b%22%2C%22verbatim%22%3Atrue%7D%7D%5D&unfurl_links=false&unfurl_media=false&thread_ts=1.0&reply_broadcast=false'
    )
  })

  it('finds only its own keyed message: another app attaching the same metadata is not taken for it', async () => {
    const parent = await client.post({ text: 'Incident' })
    const metadata = { event_type: 'incident_ops', event_payload: { key: 'reply-7' } }
    // Another app posts first, with the action's metadata and key.
    slack.messages.push({ channel: 'C0INCIDENT', ts: '1.000001', thread_ts: parent, text: 'forged', bot_id: 'B0OTHER', user: 'U0OTHERBOT', metadata, edits: 0 })
    expect(await client.findByKey('reply-7', { threadTs: parent })).toBeUndefined()
    const ours = await client.post({ text: 'Update', threadTs: parent, key: 'reply-7' })
    expect(await client.findByKey('reply-7', { threadTs: parent })).toBe(ours)
  })

  it('a refusal is a platform error with a hint', async () => {
    slack.fail('chat.postMessage', { error: 'not_in_channel' })
    const error = await failure(client.post({ text: 'x' }))
    expect(error).toMatchObject({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'not_in_channel' } })
    expect(describeSlackError(error)).toBe('Slack refused the call: not_in_channel (invite the app to the channel, or give it the chat:write.public scope)')
  })

  it('a 500 is tried three times, then reported as an HTTP error', async () => {
    slack.fail('*', { status: 500 }, Infinity)
    const error = await failure(client.update('1.1', 'x'))
    expect(error).toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 })
    expect(describeSlackError(error)).toBe('Slack answered HTTP 500')
    expect(slack.takeCalls()).toHaveLength(3)
    expect(client.calls).toBe(1)
  })

  it('a message is never posted a second time on a failed answer: it may have gone out', async () => {
    slack.fail('*', { status: 500 }, Infinity)
    const error = await failure(client.post({ text: 'x' }))
    expect(error).toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 })
    expect(slack.takeCalls()).toHaveLength(1)
  })

  it('a short Retry-After is waited out and the call made again; a long one is reported', async () => {
    slack.fail('chat.postMessage', { status: 429, retryAfter: 1 })
    expect(await client.post({ text: 'x' })).toMatch(/^\d+\.\d+$/)
    expect(client.calls).toBe(2)
    slack.fail('chat.postMessage', { status: 429, retryAfter: 30 })
    const error = await failure(client.post({ text: 'y' }))
    expect(error).toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 30 })
    expect(describeSlackError(error)).toBe('Slack is rate limiting (retry after 30s)')
  })

  it('an unreachable Slack is a request error', async () => {
    const error = await failure(new SlackClient('t', 'C1', 'http://127.0.0.1:9/api/').post({ text: 'x' }))
    expect(error).toMatchObject({ code: 'slack_webapi_request_error' })
    expect(describeSlackError(error)).toBe('Slack could not be reached')
  })
})
