/* eslint-disable @typescript-eslint/no-explicit-any */
export interface PagerDutyAlert { dedupKey: string; status: 'triggered' | 'acknowledged' | 'resolved'; summary: string; severity: string; source: string; triggers: number; events: string[] }
export declare class FakePagerDuty {
  constructor(options?: { routingKey?: string })
  routingKey: string
  url: string
  requests: Array<{ method: string; path: string; headers: Record<string, string>; body: any }>
  alerts: PagerDutyAlert[]
  start(): Promise<this>
  stop(): Promise<void>
  fail(status: number, times?: number, options?: { done?: boolean }): void
  heal(): void
  alert(dedupKey: string): PagerDutyAlert | undefined
  takeRequests(): Array<{ method: string; path: string; headers: Record<string, string>; body: any }>
}
