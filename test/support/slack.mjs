// A loopback stand-in for the Slack Web API: records every call, keeps channels' messages,
// threads and pins, and fails on demand (HTTP 429 with Retry-After, 5xx, ok:false errors).
import { LoopbackServer } from './loopback.mjs'

export class FakeSlack extends LoopbackServer {
  constructor({ token = 'xoxb-test', channels = ['C0INCIDENT'], scopes = ['chat:write', 'chat:write.public', 'pins:write', 'channels:read', 'channels:history', 'reactions:write', 'users:read'], latency = 0 } = {}) {
    super()
    this.token = token
    /** Milliseconds every call waits before it is answered, like a distant server. */
    this.latency = latency
    this.channels = new Set(channels)
    /** The token's scopes (auth.test's x-oauth-scopes header); methods needing a missing one answer missing_scope. */
    this.scopes = new Set(scopes)
    /** Channels the app was invited to. */
    this.members = new Set(channels)
    this.messages = []
    this.pins = new Set()
    this.calls = []
    this.failures = []
    // Message times (ts) later than any time the tests simulate, as real messages follow what they report.
    this.clock = 1_798_761_600
    /** false: the token lacks channels:history, as an app installed before it was asked for. */
    this.canReadHistory = true
    /** Workspace members for users.info. */
    this.users = new Map()
  }

  /** A person writes in a thread (or the channel), as people do. */
  say(text, threadTs, user = 'U0PERSON') {
    const ts = `${this.clock++}.000100`
    this.messages.push({ type: 'message', channel: [...this.channels][0], ts, text, thread_ts: threadTs, user, edits: 0 })
    return ts
  }

  /** A person edits their message: Slack keeps its ts and adds `edited: { user, ts }`. */
  edit(ts, text) {
    const message = this.messages.find((m) => m.ts === ts)
    Object.assign(message, { text, edited: { user: message.user, ts: `${this.clock++}.000000` } })
  }

  /** A person deletes their message: a reply without replies of its own is gone from history. */
  remove(ts) {
    this.messages = this.messages.filter((m) => m.ts !== ts)
  }

  /** A workspace member, as users.info shows them. */
  addUser(id, { name, displayName = '', realName = '' }) {
    this.users.set(id, { id, team_id: 'T0ACME', name, deleted: false, real_name: realName, is_bot: false, profile: { display_name: displayName, real_name: realName } })
  }

  /** The reactions on a message: name → user ids. */
  reactionsOn(ts) {
    return Object.fromEntries((this.messages.find((m) => m.ts === ts)?.reactions ?? []).map((r) => [r.name, r.users]))
  }

  get url() {
    return `${super.url}/api/`
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
      if (lostAnswer) [status, body, headers] = [lostAnswer, { ok: false }, {}]
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(body))
      this.onCall?.(method, args)
    }
    const failure = this.failures.find((f) => (f.method === method || f.method === '*') && (!f.when || f.when(args)))
    // `done`: Slack does the work and the answer is still a failure (a lost response).
    let lostAnswer
    if (failure?.done) {
      this.failures.splice(this.failures.indexOf(failure), 1)
      lostAnswer = failure.status
    }
    if (failure && !lostAnswer) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1)
      if (failure.status === 429) return reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter ?? 1) })
      if (failure.status) return reply(failure.status, { ok: false })
      return reply(200, { ok: false, error: failure.error })
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) return reply(200, { ok: false, error: 'invalid_auth' })
    const channelOk = () => this.channels.has(args.channel)
    const find = (ts) => this.messages.find((m) => m.channel === args.channel && m.ts === ts)
    const needs = { 'chat.postMessage': 'chat:write', 'chat.update': 'chat:write', 'chat.delete': 'chat:write', 'pins.add': 'pins:write', 'pins.remove': 'pins:write', 'conversations.info': 'channels:read', 'reactions.add': 'reactions:write', 'users.info': 'users:read' }[method]
    if (needs && !this.scopes.has(needs)) return reply(200, { ok: false, error: 'missing_scope', needed: needs, provided: [...this.scopes].join(',') })
    switch (method) {
      case 'auth.test':
        return reply(200, { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'incident-ops', team_id: 'T0ACME', user_id: 'U0BOT', bot_id: 'B0BOT' }, { 'x-oauth-scopes': [...this.scopes].join(',') })
      case 'conversations.info': {
        if (!channelOk()) return reply(200, { ok: false, error: 'channel_not_found' })
        return reply(200, { ok: true, channel: { id: args.channel, name: 'incidents', is_channel: true, is_private: false, is_archived: false, is_member: this.members.has(args.channel) } })
      }
      case 'chat.postMessage': {
        if (!channelOk()) return reply(200, { ok: false, error: 'channel_not_found' })
        if (args.thread_ts && !find(args.thread_ts)) return reply(200, { ok: false, error: 'thread_not_found' })
        if (!args.text && !args.blocks) return reply(200, { ok: false, error: 'no_text' })
        if (Array.isArray(args.blocks) && args.blocks.length > 50) return reply(200, { ok: false, error: 'invalid_blocks' })
        for (const b of args.blocks ?? []) if ((b.text?.text ?? '').length > 3000) return reply(200, { ok: false, error: 'invalid_blocks' })
        const ts = `${this.clock++}.000100`
        const metadata = typeof args.metadata === 'string' ? JSON.parse(args.metadata) : args.metadata
        // What Slack stores for a bot token's message: the app's bot_id and bot user, no subtype.
        const message = { type: 'message', channel: args.channel, ts, text: args.text, blocks: args.blocks, thread_ts: args.thread_ts, edits: 0, bot_id: 'B0BOT', app_id: 'A0INCIDENT', user: 'U0BOT', metadata }
        this.messages.push(message)
        return reply(200, { ok: true, channel: args.channel, ts, message })
      }
      case 'chat.update': {
        const message = find(args.ts)
        if (!message) return reply(200, { ok: false, error: 'message_not_found' })
        Object.assign(message, { text: args.text, blocks: args.blocks, edits: message.edits + 1 })
        return reply(200, { ok: true, channel: args.channel, ts: args.ts })
      }
      case 'chat.delete': {
        const message = find(args.ts)
        if (!message) return reply(200, { ok: false, error: 'message_not_found' })
        this.messages.splice(this.messages.indexOf(message), 1)
        return reply(200, { ok: true, channel: args.channel, ts: args.ts })
      }
      case 'chat.getPermalink': {
        if (!find(args.message_ts)) return reply(200, { ok: false, error: 'message_not_found' })
        return reply(200, { ok: true, permalink: `https://example.slack.com/archives/${args.channel}/p${args.message_ts.replace('.', '')}` })
      }
      case 'pins.add':
      case 'pins.remove': {
        if (!this.members.has(args.channel)) return reply(200, { ok: false, error: 'not_in_channel' })
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
      case 'reactions.add': {
        const message = find(args.timestamp)
        if (!channelOk()) return reply(200, { ok: false, error: 'channel_not_found' })
        if (!message) return reply(200, { ok: false, error: 'message_not_found' })
        if (!/^[a-z0-9_+-]+$/.test(args.name ?? '')) return reply(200, { ok: false, error: 'invalid_name' })
        message.reactions ??= []
        const existing = message.reactions.find((r) => r.name === args.name)
        if (existing?.users.includes('U0BOT')) return reply(200, { ok: false, error: 'already_reacted' })
        if (existing) {
          existing.users.push('U0BOT')
          existing.count++
        } else message.reactions.push({ name: args.name, users: ['U0BOT'], count: 1 })
        return reply(200, { ok: true })
      }
      case 'users.info': {
        const user = this.users.get(args.user)
        if (!user) return reply(200, { ok: false, error: 'user_not_found' })
        return reply(200, { ok: true, user })
      }
      case 'conversations.history':
      case 'conversations.replies': {
        if (!channelOk()) return reply(200, { ok: false, error: 'channel_not_found' })
        if (!this.canReadHistory) return reply(200, { ok: false, error: 'missing_scope', needed: 'channels:history' })
        const all = this.messages.filter((m) => m.channel === args.channel)
        const list =
          method === 'conversations.replies'
            ? all.filter((m) => m.ts === args.ts || m.thread_ts === args.ts)
            : all.filter((m) => !m.thread_ts && (!args.oldest || Number(m.ts) >= Number(args.oldest))).reverse()
        if (method === 'conversations.replies' && !find(args.ts)) return reply(200, { ok: false, error: 'thread_not_found' })
        const withMetadata = String(args.include_all_metadata) === 'true'
        const limit = Number(args.limit ?? 100)
        const start = Number(args.cursor ?? 0)
        // A thread's parent carries its reply count and latest reply, as Slack shows them.
        const withThread = (m) => {
          const replies = all.filter((r) => r.thread_ts === m.ts && r.ts !== m.ts)
          return replies.length && !m.thread_ts ? { ...m, thread_ts: m.ts, reply_count: replies.length, latest_reply: replies.at(-1).ts, reply_users: [...new Set(replies.map((r) => r.user))] } : m
        }
        const page = list.slice(start, start + limit).map(({ metadata, edits: _edits, channel: _channel, ...m }) => withThread(withMetadata && metadata ? { ...m, metadata } : m))
        const next = start + limit < list.length ? String(start + limit) : ''
        return reply(200, { ok: true, messages: page, has_more: Boolean(next), response_metadata: { next_cursor: next } })
      }
      default:
        return reply(200, { ok: false, error: 'unknown_method' })
    }
  }
}
