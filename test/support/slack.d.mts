/* eslint-disable @typescript-eslint/no-explicit-any */
export interface SlackRecordedMessage { channel: string; ts: string; text: string; blocks?: any[]; thread_ts?: string; edits: number }
export declare class FakeSlack {
  constructor(options?: { token?: string; channels?: string[]; latency?: number })
  /** Milliseconds every call waits before it is answered. */
  latency: number
  token: string
  url: string
  messages: SlackRecordedMessage[]
  pins: Set<string>
  calls: Array<{ method: string; args: any }>
  start(): Promise<this>
  stop(): Promise<void>
  fail(method: string, failure: { status?: number; retryAfter?: number; error?: string }, times?: number): void
  heal(): void
  takeCalls(): Array<{ method: string; args: any }>
  topLevel(channel?: string): SlackRecordedMessage[]
  thread(ts: string): SlackRecordedMessage[]
}
