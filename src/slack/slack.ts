// Slack's Web API, called directly over the action's transport: a form-encoded POST per
// method with the bot token, as @slack/web-api sends it, and its error shapes (codes
// slack_webapi_*), with limits that fit inside a workflow step: a 10 s timeout, two quick
// retries of a failed or non-200 call, a 429's Retry-After waited out only when short. The
// SDK itself loaded a queue, a retry library and every method's definition on each run that
// touched Slack, for four methods.
import { stringify } from 'node:querystring'
import type { ThreadMessage } from '../domain/thread.js'
import { fetch, type HttpResponse } from '../http/transport.js'

export interface SlackMessage {
  text: string
  threadTs?: string
  /** A thread reply also shown in the channel. */
  broadcast?: boolean
  /** Written into the message's metadata: how a message whose ts was not recorded is found again. */
  key?: string
}

/** The metadata event type of the action's messages. */
const EVENT_TYPE = 'incident_ops'

/** A failed call, shaped as @slack/web-api's errors (describeSlackError reads them). */
export class SlackError extends Error {
  readonly data?: SlackResult
  readonly retryAfter?: number
  readonly statusCode?: number
  readonly original?: Error

  constructor(
    readonly code: 'slack_webapi_platform_error' | 'slack_webapi_rate_limited_error' | 'slack_webapi_http_error' | 'slack_webapi_request_error',
    message: string,
    details: { data?: SlackResult; retryAfter?: number; statusCode?: number; original?: Error } = {}
  ) {
    super(message, details.original ? { cause: details.original } : undefined)
    this.name = 'SlackError'
    Object.assign(this, details)
  }
}

interface SlackResult {
  ok: boolean
  error?: string
  ts?: string
  permalink?: string
  [key: string]: unknown
}

const TIMEOUT_MS = 10_000
/** Waits before the second and third attempt of a call that failed in transit or answered non-200. */
const RETRY_DELAYS_MS = [200, 400]

/** A message as history shows it, with what tells whose it is. */
type KeyedMessage = { ts?: string; user?: string; bot_id?: string; metadata?: { event_type?: string; event_payload?: { key?: string } } }

export class SlackClient {
  calls = 0
  private readonly base: string

  constructor(
    private readonly token: string,
    readonly channel: string,
    apiUrl?: string
  ) {
    this.base = (apiUrl || 'https://slack.com/api/').replace(/\/?$/, '/')
  }

  /** One Web API method call; a call that fails in transit or answers non-200 is tried again. */
  private async request(method: string, args: Record<string, unknown>): Promise<SlackResult> {
    // Form-encoded, objects as JSON: what the SDK sends.
    const body = stringify(Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean)])))
    // A message may have been posted before the failure: it is not posted again here (the run
    // leaves it pending, and the next one looks for it by its key).
    const attempts = method === 'chat.postMessage' ? 0 : RETRY_DELAYS_MS.length
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.send(`${this.base}${method}`, body)
      if (!(outcome instanceof SlackError)) return outcome
      if (attempt >= attempts) throw outcome
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]))
    }
  }

  /** One attempt: the result, a failure worth another attempt (returned), or one that is not (thrown). */
  private async send(url: string, body: string): Promise<SlackResult | SlackError> {
    let response: HttpResponse
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { accept: 'application/json', authorization: `Bearer ${this.token}`, 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS)
      })
    } catch (error) {
      const original = error instanceof Error ? error : new Error(String(error))
      return new SlackError('slack_webapi_request_error', `A request error occurred: ${original.message}`, { original })
    }
    if (response.status === 429) {
      const header = response.headers.get('retry-after')
      const retryAfter = Number.parseInt(header ?? '', 10)
      if (Number.isNaN(retryAfter)) throw new Error(`Retry header did not contain a valid timeout (url: ${url}, retry-after header: ${header})`)
      throw new SlackError('slack_webapi_rate_limited_error', `A rate-limit has been reached, you may retry this request in ${retryAfter} seconds`, { retryAfter })
    }
    // Slack's Web API uses no status codes besides 429 and 200.
    if (response.status !== 200) return new SlackError('slack_webapi_http_error', `An HTTP protocol error occurred: statusCode = ${response.status}`, { statusCode: response.status })
    const text = await response.text()
    let result: SlackResult
    try {
      result = JSON.parse(text) as SlackResult
    } catch {
      result = { ok: false, error: text }
    }
    if (!result.ok) throw new SlackError('slack_webapi_platform_error', `An API error occurred: ${result.error}`, { data: result })
    // The token's scopes come in a header (the SDK puts them in response_metadata too).
    const scopes = response.headers.get('x-oauth-scopes')
    return scopes === null ? result : { ...result, scopes: scopes.split(',').map((s) => s.trim()).filter(Boolean) }
  }

  private async call(method: string, args: Record<string, unknown>): Promise<SlackResult> {
    for (let attempt = 0; ; attempt++) {
      this.calls++
      try {
        return await this.request(method, args)
      } catch (error) {
        // A 429: we wait a short Retry-After ourselves, or defer to the next run.
        const retryAfter = (error as { code?: string; retryAfter?: number }).code === 'slack_webapi_rate_limited_error' ? (error as { retryAfter: number }).retryAfter : undefined
        if (retryAfter === undefined || retryAfter > 5 || attempt >= 2) throw error
        await new Promise((r) => setTimeout(r, retryAfter * 1000))
      }
    }
  }

  /** Posts a message (verbatim mrkdwn: no channel-wide or user mentions are parsed out of text). */
  async post(message: SlackMessage): Promise<string> {
    const metadata = message.key ? { metadata: { event_type: EVENT_TYPE, event_payload: { key: message.key } } } : {}
    const common = { channel: this.channel, text: message.text, blocks: blocks(message.text), unfurl_links: false, unfurl_media: false, ...metadata }
    const result = await this.call('chat.postMessage', message.threadTs ? { ...common, thread_ts: message.threadTs, reply_broadcast: Boolean(message.broadcast) } : common)
    return result.ts as string
  }

  async update(ts: string, text: string): Promise<void> {
    await this.call('chat.update', { channel: this.channel, ts, text, blocks: blocks(text) })
  }

  /**
   * The ts of the action's message with this key: in a thread, or in the channel since a
   * time. Reading history needs the channels:history (groups:history) scope.
   */
  async findByKey(key: string, where: { threadTs: string } | { oldest: string }): Promise<string | undefined> {
    const isOurs = await this.ownMessageTest(key)
    let cursor: string | undefined
    for (let page = 0; page < 10; page++) {
      const common = { channel: this.channel, include_all_metadata: true, limit: 200, cursor }
      type Page = { messages?: KeyedMessage[]; response_metadata?: { next_cursor?: string } }
      const result = (await this.call('threadTs' in where ? 'conversations.replies' : 'conversations.history', 'threadTs' in where ? { ...common, ts: where.threadTs } : { ...common, oldest: where.oldest })) as Page
      const hit = result.messages?.find(isOurs)
      if (hit?.ts) return hit.ts
      cursor = result.response_metadata?.next_cursor || undefined
      if (!cursor) return undefined
    }
    return undefined
  }

  /**
   * Whether a message is the action's own with this key. The metadata alone is not enough:
   * another app can attach the same, so the poster must be this app (its bot or user id).
   */
  private async ownMessageTest(key: string): Promise<(m: KeyedMessage) => boolean> {
    const { user, bot } = await this.whoami()
    if (!user && !bot) throw new Error('Slack did not say who the token is (auth.test), so the action cannot tell its own messages')
    return (m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload?.key === key && ((bot !== undefined && m.bot_id === bot) || (user !== undefined && m.user === user))
  }

  /** Every top-level message of the action's with this key since a time, oldest first (the daily digest's check for a twin). */
  async allByKey(key: string, oldest: string): Promise<string[]> {
    const isOurs = await this.ownMessageTest(key)
    const found: string[] = []
    let cursor: string | undefined
    for (let page = 0; page < 10; page++) {
      const result = (await this.call('conversations.history', { channel: this.channel, include_all_metadata: true, limit: 200, cursor, oldest })) as { messages?: KeyedMessage[]; response_metadata?: { next_cursor?: string } }
      for (const m of result.messages ?? []) if (m.ts && isOurs(m)) found.push(m.ts)
      cursor = result.response_metadata?.next_cursor || undefined
      if (!cursor) break
    }
    return found.sort((a, b) => Number(a) - Number(b))
  }

  async delete(ts: string): Promise<void> {
    await this.call('chat.delete', { channel: this.channel, ts })
  }

  /**
   * Every message of a thread, the parent first, with the action's metadata (at most 10
   * pages of 200). complete: false when there were more (deletions are then not judged).
   */
  async replies(threadTs: string): Promise<{ messages: ThreadMessage[]; complete: boolean }> {
    const messages: ThreadMessage[] = []
    let cursor: string | undefined
    for (let page = 0; page < 10; page++) {
      const result = (await this.call('conversations.replies', { channel: this.channel, ts: threadTs, include_all_metadata: true, limit: 200, cursor })) as { messages?: ThreadMessage[]; response_metadata?: { next_cursor?: string } }
      messages.push(...(result.messages ?? []))
      cursor = result.response_metadata?.next_cursor || undefined
      if (!cursor) return { messages, complete: true }
    }
    return { messages, complete: false }
  }

  /** Adds the app's reaction to a message; one already there is success. Needs reactions:write. */
  async react(ts: string, name: string): Promise<void> {
    try {
      await this.call('reactions.add', { channel: this.channel, timestamp: ts, name })
    } catch (error) {
      if ((error as { data?: { error?: string } }).data?.error !== 'already_reacted') throw error
    }
  }

  /** A person's name as Slack shows it (users.info; needs users:read): display name, else real name, else handle. */
  async userName(user: string): Promise<string | undefined> {
    const result = (await this.call('users.info', { user })) as { user?: { name?: string; real_name?: string; profile?: { display_name?: string; real_name?: string } } }
    const u = result.user
    return u?.profile?.display_name || u?.profile?.real_name || u?.real_name || u?.name || undefined
  }

  private me?: Promise<{ url?: string; team?: string; user?: string; bot?: string }>

  /** Who the token is (auth.test, asked once): the workspace's address and id, and the app's user and bot ids. */
  private whoami() {
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
    this.me ??= this.call('auth.test', {}).then((r) => ({ url: text(r.url), team: text(r.team_id), user: text(r.user_id), bot: text(r.bot_id) }))
    return this.me
  }

  /**
   * Starts reading the workspace's address and id (auth.test), so that a new message's link
   * needs no call of its own once the message is posted. Call it as soon as an alert is owed.
   */
  prepareLinks(): void {
    this.whoami().catch(() => {})
  }

  /** The workspace's id (for the channel's huddle link), when prepareLinks read it. */
  async team(): Promise<string | undefined> {
    return this.me ? (await this.me.catch(() => undefined))?.team : undefined
  }

  /** A message's link: built from the workspace's address as Slack's own permalinks are, else asked for. */
  async permalink(ts: string): Promise<string | undefined> {
    const base = this.me ? (await this.me.catch(() => undefined))?.url : undefined
    if (base) return `${base.replace(/\/*$/, '/')}archives/${this.channel}/p${ts.replace('.', '')}`
    const result = await this.call('chat.getPermalink', { channel: this.channel, message_ts: ts })
    return result.permalink
  }

  /** Who the token is and the scopes it was granted (Slack's x-oauth-scopes header). */
  async identity(): Promise<{ team?: string; user?: string; botId?: string; scopes?: string[] }> {
    const result = await this.call('auth.test', {})
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
    return { team: text(result.team), user: text(result.user), botId: text(result.bot_id), scopes: result.scopes as string[] | undefined }
  }

  /** The channel as the app sees it: its name, whether the app is in it, whether it is archived. */
  async channelInfo(): Promise<{ name?: string; isMember: boolean; isArchived: boolean; isPrivate: boolean }> {
    const channel = (await this.call('conversations.info', { channel: this.channel })).channel as { name?: string; is_member?: boolean; is_archived?: boolean; is_private?: boolean } | undefined
    return { name: channel?.name, isMember: Boolean(channel?.is_member), isArchived: Boolean(channel?.is_archived), isPrivate: Boolean(channel?.is_private) }
  }

  async pin(ts: string, pinned: boolean): Promise<void> {
    try {
      await this.call(pinned ? 'pins.add' : 'pins.remove', { channel: this.channel, timestamp: ts })
    } catch (error) {
      // Already in the wanted state (e.g. pinned or unpinned by hand): nothing is owed.
      const code = (error as { data?: { error?: string } }).data?.error
      if (code !== 'already_pinned' && code !== 'no_pin') throw error
    }
  }
}

/** Section blocks of at most 3,000 characters (Slack's limit), split at line ends. */
export function blocks(text: string) {
  const sections: string[] = []
  let rest = text.slice(0, 39_000)
  while (rest.length > 3000) {
    const cut = rest.lastIndexOf('\n', 3000) > 1000 ? rest.lastIndexOf('\n', 3000) : 3000
    sections.push(rest.slice(0, cut))
    rest = rest.slice(cut).replace(/^\n/, '')
  }
  if (rest) sections.push(rest)
  return sections.map((s) => ({ type: 'section', text: { type: 'mrkdwn', text: s, verbatim: true } }))
}

/** A failure in words for the card and the log. */
export function describeSlackError(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number; message?: string }
  switch (e.code) {
    case 'slack_webapi_platform_error':
      return `Slack refused the call: ${e.data?.error ?? 'unknown error'}${hint(e.data?.error)}`
    case 'slack_webapi_rate_limited_error':
      return `Slack is rate limiting (retry after ${e.retryAfter}s)`
    case 'slack_webapi_http_error':
      return `Slack answered HTTP ${e.statusCode}`
    case 'slack_webapi_request_error':
      return 'Slack could not be reached'
    default:
      return `Slack call failed: ${e.message ?? String(error)}`
  }
}

function hint(code: string | undefined): string {
  switch (code) {
    case 'invalid_auth':
    case 'not_authed':
    case 'token_revoked':
      return ' (check the slack-token secret)'
    case 'channel_not_found':
      return ' (check the channel id, and invite the app to private channels)'
    case 'not_in_channel':
      return ' (invite the app to the channel, or give it the chat:write.public scope)'
    case 'is_archived':
      return ' (the channel is archived)'
    case 'missing_scope':
      return ' (the app needs the scopes in slack-app-manifest.yml)'
    default:
      return ''
  }
}
