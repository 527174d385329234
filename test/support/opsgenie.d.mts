/* eslint-disable @typescript-eslint/no-explicit-any */
export interface OpsgenieAlert { alias: string; message: string; priority: string; status: 'open' | 'closed'; acknowledged: boolean; count: number; notes: string[] }
export declare class FakeOpsgenie {
  constructor(options?: { apiKey?: string })
  apiKey: string
  url: string
  requests: Array<{ method: string; path: string; query: Record<string, string>; headers: Record<string, string>; body: any }>
  alerts: OpsgenieAlert[]
  start(): Promise<this>
  stop(): Promise<void>
  fail(status: number, times?: number): void
  heal(): void
  alert(alias: string): OpsgenieAlert | undefined
  takeRequests(): Array<{ method: string; path: string; query: Record<string, string>; headers: Record<string, string>; body: any }>
}
