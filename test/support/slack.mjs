// A loopback stand-in for the Slack Web API: records every call, keeps channels' messages,
// threads and pins, and fails on demand (HTTP 429 with Retry-After, 5xx, ok:false errors).
import http from 'node:http'

export class FakeSlack {
  constructor({ token = 'xoxb-test', channels = ['C0INCIDENT'], latency = 0 } = {}) {
    this.token = token
    /** Milliseconds every call waits before it is answered, like a distant server. */
    this.latency = latency
    this.channels = new Set(channels)
    this.messages = []
    this.pins = new Set()
    this.calls = []
    this.failures = []
    this.clock = 1_790_000_000
  }

  get url() {
    return `http://127.0.0.1:${this.server.address().port}/api/`
  }

  async start() {
    this.server = http.createServer((req, res) => this.handle(req, res))
    await new Promise((r) => this.server.listen(0, '127.0.0.1', r))
    return this
  }

  async stop() {
    this.server.closeAllConnections?.()
    await new Promise((r) => this.server.close(r))
  }

  /**
   * The next `times` calls of `method` fail: { status: 429, retryAfter }, { status: 500 },
   * or { error: 'channel_not_found' } (ok:false). times: Infinity for "down".
   */
  fail(method, failure, times = 1) {
    this.failures.push({ method, ...failure, times })
  }

  heal() {
    this.failures = []
  }

  takeCalls() {
    const taken = this.calls
    this.calls = []
    return taken
  }

  /** Top-level messages in a channel (the alerts and notices). */
  topLevel(channel = [...this.channels][0]) {
    return this.messages.filter((m) => m.channel === channel && !m.thread_ts)
  }

  thread(ts) {
    return this.messages.filter((m) => m.thread_ts === ts)
  }

  async handle(req, res) {
    if (this.latency) await new Promise((r) => setTimeout(r, this.latency))
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const raw = Buffer.concat(chunks).toString('utf8')
    const method = new URL(req.url, 'http://x').pathname.replace(/^\/api\//, '')
    let args = {}
    if ((req.headers['content-type'] ?? '').includes('json')) args = raw ? JSON.parse(raw) : {}
    else {
      for (const [k, v] of new URLSearchParams(raw)) {
        try {
          args[k] = k === 'blocks' || k === 'attachments' ? JSON.parse(v) : v
        } catch {
          args[k] = v
        }
      }
    }
    this.calls.push({ method, args })
    const reply = (status, body, headers = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(body))
    }
    const failure = this.failures.find((f) => f.method === method || f.method === '*')
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1)
      if (failure.status === 429) return reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter ?? 1) })
      if (failure.status) return reply(failure.status, { ok: false })
      return reply(200, { ok: false, error: failure.error })
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) return reply(200, { ok: false, error: 'invalid_auth' })
    const channelOk = () => this.channels.has(args.channel)
    const find = (ts) => this.messages.find((m) => m.channel === args.channel && m.ts === ts)
    switch (method) {
      case 'chat.postMessage': {
        if (!channelOk()) return reply(200, { ok: false, error: 'channel_not_found' })
        if (args.thread_ts && !find(args.thread_ts)) return reply(200, { ok: false, error: 'thread_not_found' })
        if (!args.text && !args.blocks) return reply(200, { ok: false, error: 'no_text' })
        if (Array.isArray(args.blocks) && args.blocks.length > 50) return reply(200, { ok: false, error: 'invalid_blocks' })
        for (const b of args.blocks ?? []) if ((b.text?.text ?? '').length > 3000) return reply(200, { ok: false, error: 'invalid_blocks' })
        const ts = `${this.clock++}.000100`
        const message = { channel: args.channel, ts, text: args.text, blocks: args.blocks, thread_ts: args.thread_ts, edits: 0 }
        this.messages.push(message)
        return reply(200, { ok: true, channel: args.channel, ts, message })
      }
      case 'chat.update': {
        const message = find(args.ts)
        if (!message) return reply(200, { ok: false, error: 'message_not_found' })
        Object.assign(message, { text: args.text, blocks: args.blocks, edits: message.edits + 1 })
        return reply(200, { ok: true, channel: args.channel, ts: args.ts })
      }
      case 'chat.getPermalink': {
        if (!find(args.message_ts)) return reply(200, { ok: false, error: 'message_not_found' })
        return reply(200, { ok: true, permalink: `https://example.slack.com/archives/${args.channel}/p${args.message_ts.replace('.', '')}` })
      }
      case 'pins.add':
      case 'pins.remove': {
        if (!find(args.timestamp)) return reply(200, { ok: false, error: 'message_not_found' })
        const key = `${args.channel}/${args.timestamp}`
        if (method === 'pins.add') {
          if (this.pins.has(key)) return reply(200, { ok: false, error: 'already_pinned' })
          this.pins.add(key)
        } else {
          if (!this.pins.has(key)) return reply(200, { ok: false, error: 'no_pin' })
          this.pins.delete(key)
        }
        return reply(200, { ok: true })
      }
      default:
        return reply(200, { ok: false, error: 'unknown_method' })
    }
  }
}
