// Slack, through @slack/web-api with limits that fit inside a workflow step: a few quick
// retries and a timeout instead of the library's default half hour of retrying.
import type { WebClient } from '@slack/web-api'

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

export class SlackClient {
  calls = 0
  private web?: Promise<WebClient>

  constructor(
    private readonly token: string,
    readonly channel: string,
    private readonly apiUrl?: string
  ) {}

  /** The Slack SDK is a separate chunk, loaded by the first run that calls Slack. */
  private client(): Promise<WebClient> {
    this.web ??= import('@slack/web-api').then(
      ({ WebClient, LogLevel }) =>
        new WebClient(this.token, {
          slackApiUrl: this.apiUrl || undefined,
          timeout: 10_000,
          retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
          // A 429 is thrown to us: we wait a short Retry-After ourselves, or defer to the next run.
          rejectRateLimitedCalls: true,
          logLevel: LogLevel.ERROR
        })
    )
    return this.web
  }

  private async call<T>(fn: (client: WebClient) => Promise<T>): Promise<T> {
    const client = await this.client()
    for (let attempt = 0; ; attempt++) {
      this.calls++
      try {
        return await fn(client)
      } catch (error) {
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
    const result = await this.call((client) =>
      client.chat.postMessage(
        message.threadTs ? { ...common, thread_ts: message.threadTs, reply_broadcast: Boolean(message.broadcast) } : common
      )
    )
    return result.ts as string
  }

  async update(ts: string, text: string): Promise<void> {
    await this.call((client) => client.chat.update({ channel: this.channel, ts, text, blocks: blocks(text) }))
  }

  /**
   * The ts of the action's message with this key: in a thread, or in the channel since a
   * time. Reading history needs the channels:history (groups:history) scope.
   */
  async findByKey(key: string, where: { threadTs: string } | { oldest: string }): Promise<string | undefined> {
    type Page = { messages?: Array<{ ts?: string; metadata?: { event_type?: string; event_payload?: { key?: string } } }>; response_metadata?: { next_cursor?: string } }
    let cursor: string | undefined
    for (let page = 0; page < 10; page++) {
      const common = { channel: this.channel, include_all_metadata: true, limit: 200, cursor }
      const result = (await this.call((client) =>
        'threadTs' in where ? client.conversations.replies({ ...common, ts: where.threadTs }) : client.conversations.history({ ...common, oldest: where.oldest })
      )) as Page
      const hit = result.messages?.find((m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload?.key === key)
      if (hit?.ts) return hit.ts
      cursor = result.response_metadata?.next_cursor || undefined
      if (!cursor) return undefined
    }
    return undefined
  }

  async permalink(ts: string): Promise<string | undefined> {
    const result = await this.call((client) => client.chat.getPermalink({ channel: this.channel, message_ts: ts }))
    return result.permalink
  }

  /** Who the token is and the scopes it was granted (Slack's x-oauth-scopes header). */
  async identity(): Promise<{ team?: string; user?: string; botId?: string; scopes?: string[] }> {
    const result = await this.call((client) => client.auth.test())
    return { team: result.team, user: result.user, botId: result.bot_id, scopes: result.response_metadata?.scopes }
  }

  /** The channel as the app sees it: its name, whether the app is in it, whether it is archived. */
  async channelInfo(): Promise<{ name?: string; isMember: boolean; isArchived: boolean; isPrivate: boolean }> {
    const { channel } = await this.call((client) => client.conversations.info({ channel: this.channel }))
    return { name: channel?.name, isMember: Boolean(channel?.is_member), isArchived: Boolean(channel?.is_archived), isPrivate: Boolean(channel?.is_private) }
  }

  async pin(ts: string, pinned: boolean): Promise<void> {
    try {
      await this.call((client) => (pinned ? client.pins.add({ channel: this.channel, timestamp: ts }) : client.pins.remove({ channel: this.channel, timestamp: ts })))
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
