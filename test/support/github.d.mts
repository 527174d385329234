/* eslint-disable @typescript-eslint/no-explicit-any */
export declare function checkRequest(method: string, path: string, body?: unknown): { problem?: string; operation?: string }
export interface FakeComment { id: number; issue: number; body: string; minimized?: boolean; user: { login: string; type: string; id?: number }; created_at: string; updated_at: string }
export interface FakeIssue { number: number; title: string; body: string; state: string; user: { login: string; type: string }; labels: string[]; assignees: string[]; created_at: string; updated_at: string; closed_at: string | null }
export interface RecordedRequest { method: string; path: string; body: any }
export declare const ACTIONS_BOT: { login: string; id: number; type: string }
export declare class FakeGitHub {
  constructor(options?: { owner?: string; repo?: string; token?: string; latency?: number })
  /** Milliseconds every request waits before it is answered. */
  latency: number
  owner: string
  repo: string
  token: string
  url: string
  htmlBase: string
  issues: { get(n: number): FakeIssue; set(n: number, issue: FakeIssue): void; has(n: number): boolean; delete(n: number): boolean; values(): IterableIterator<FakeIssue>; size: number }
  comments: Map<number, FakeComment>
  reactions: Array<{ id: number; comment: number; content: string }>
  roles: Map<string, string>
  nextComment: number
  projectToken: string
  discussions: Map<number, { id: string; comments: string[] }>
  discussionsReadOnly: boolean
  projects: Map<number, { id: string; owner: string; number: number; fields: Array<{ id: string; name: string; dataType?: string; options?: Array<{ id: string; name: string }> }>; items: Array<{ id: string; issue: number; fields: Record<string, unknown> }> }>
  files: Map<string, string>
  requests: RecordedRequest[]
  violations: string[]
  failures: Array<{ method: string; pathPattern: string; status: number; times: number }>
  clock: () => Date
  start(): Promise<this>
  stop(): Promise<void>
  takeRequests(): RecordedRequest[]
  failNext(method: string, pathPattern: string, status: number, times?: number): void
  identities: Map<string, { login: string; id: number; type: string }>
  dispatches: Array<{ workflow: string; ref: string; inputs: Record<string, string> }>
  canDispatch: boolean
  addToken(token: string, login: string): { login: string; id: number; type: string }
  closeIssue(number: number, user: string, reason?: string): any
  labelIssue(number: number, user: string, label: string): any
  editIssue(number: number, user: string, fields: { title?: string; body?: string }): any
  failNext(method: string, pathPattern: string, status: number, times?: number, message?: string, options?: { skip?: number; headers?: Record<string, string>; done?: boolean }): void
  labels: Map<string, { name: string; color: string; description: string | null }>
  workflows: Array<{ id: number; name: string; path: string; state: string }>
  runs: Array<{ workflow_id: number; event: string; created_at: string; conclusion: string | null }>
  repoInfo: { private: boolean; pushed_at: string | null; default_branch: string }
  fileFromForm(fields: { title: string; body: string; user?: string; formLabels?: string[] }): any
  addLabel(name: string, color?: string, description?: string | null): { name: string; color: string; description: string | null }
  user(login: string): { login: string; id: number; type: string }
  fileIssue(fields: { title: string; body: string; user?: string; labels?: string[] }): any
  react(commentId: number, login: string, content: string): void
  addComment(number: number, user: string, body: string): any
  editComment(id: number, body: string, editor?: string): any
  cloneIssue(number: number): number
  issueJson(issue: FakeIssue): any
  /** Opens or closes an issue as someone would (reason: completed, not_planned, duplicate). */
  setState(issue: FakeIssue, actor: { login: string }, state: 'open' | 'closed', reason?: string): void
  commentJson(comment: FakeComment): any
  commentsOn(number: number): FakeComment[]
  payload(kind: string, fields: Record<string, unknown>): any
  pullRequests: Map<number, FakePullRequest>
  deployments: any[]
  releases: any[]
  canOpenPullRequests: boolean
  refusedFields: Set<string>
  mergePullRequest(fields: { title: string; user?: string; merged_at?: string; body?: string }): FakePullRequest
  openPullRequest(fields: { title: string; user?: string; body?: string }): FakePullRequest
  addDeployment(fields: { environment?: string; created_at?: string; user?: string; commit?: string; status?: string; log_url?: string }): any
  addRelease(fields: { name: string; tag?: string; published_at?: string; user?: string; draft?: boolean }): any
  closeByPullRequest(issue: number, pr: number): any
  failNextGraphql(match: RegExp, status?: number, options?: { done?: boolean; message?: string; headers?: Record<string, string> }): void
}
export interface FakePullRequest { number: number; title: string; body: string; user: { login: string; id: number; type: string }; state: 'OPEN' | 'MERGED' | 'CLOSED'; created_at: string; updated_at: string; merged_at: string | null; revertOf?: number }
