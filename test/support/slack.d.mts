/* eslint-disable @typescript-eslint/no-explicit-any */
export interface SlackRecordedMessage { channel: string; ts: string; text: string; blocks?: any[]; thread_ts?: string; edits: number; user?: string; bot_id?: string; edited?: { user: string; ts: string }; reactions?: Array<{ name: string; users: string[]; count: number }>; metadata?: { event_type: string; event_payload: { key: string } } }
export declare class FakeSlack {
  constructor(options?: { token?: string; channels?: string[]; scopes?: string[]; latency?: number })
  /** Milliseconds every call waits before it is answered. */
  latency: number
  token: string
  channels: Set<string>
  scopes: Set<string>
  members: Set<string>
  url: string
  messages: SlackRecordedMessage[]
  pins: Set<string>
  calls: Array<{ method: string; args: any }>
  start(): Promise<this>
  stop(): Promise<void>
  fail(method: string, failure: { status?: number; retryAfter?: number; error?: string; done?: boolean; when?: (args: any) => boolean }, times?: number): void
  heal(): void
  canReadHistory: boolean
  /** The next message's ts (seconds); each message takes the next second. */
  clock: number
  /** Called after each call is answered. */
  onCall?: (method: string, args: any) => void
  say(text: string, threadTs?: string, user?: string): string
  /** The ts the next message gets (seconds); tests set it to place messages in time. */
  clock: number
  users: Map<string, any>
  edit(ts: string, text: string): void
  remove(ts: string): void
  addUser(id: string, profile: { name: string; displayName?: string; realName?: string }): void
  reactionsOn(ts: string): Record<string, string[]>
  takeCalls(): Array<{ method: string; args: any }>
  topLevel(channel?: string): SlackRecordedMessage[]
  thread(ts: string): SlackRecordedMessage[]
}
