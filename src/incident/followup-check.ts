// Follow-ups that get done. A run the sweep (an owner's follow-up overdue) or a follow-up's
// closing started reads the incident's open follow-ups in one GraphQL request: a closed one is
// recorded (done, with the merged pull request that closed it), an overdue one owes its owner
// one nudge, a comment on the follow-up issue whose marker is looked for before it is made again.
import * as core from '@actions/core'
import { isOverdue, openFollowups } from '../domain/followups.js'
import type { Followup, IncidentState } from '../domain/state.js'
import { retroFollowupsKey } from '../domain/sync.js'
import { graphqlAllowingNotFound } from '../github/not-found.js'
import type { Repo } from '../github/repo.js'
import type { Env, IncidentContext } from './context.js'
import type { Mode, Update } from './deliver.js'
import { nudgeMarker } from './markers.js'

export interface FollowupStatus {
  closed?: Followup['closed']
  pr?: Followup['pr']
}

/** The open follow-ups' issues (closed? by which merged pull request?), one request for up to 100. */
export async function readFollowups(repo: Repo, numbers: number[]): Promise<Map<number, FollowupStatus>> {
  const fields = 'state stateReason timelineItems(last: 1, itemTypes: [CLOSED_EVENT]) { nodes { ... on ClosedEvent { closer { __typename ... on PullRequest { number url merged } } } } }'
  const aliases = numbers.slice(0, 100).map((n) => `f${n}: issue(number: ${n}) { ${fields} }`)
  type Node = { state: string; stateReason: string | null; timelineItems: { nodes: Array<{ closer?: { __typename: string; number?: number; url?: string; merged?: boolean } | null }> } } | null
  const data = await graphqlAllowingNotFound<{ repository: Record<string, Node> | null }>(repo, `query($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${aliases.join(' ')} } }`, { owner: repo.owner, repo: repo.repo })
  if (!data.repository) return new Map()
  const statuses = new Map<number, FollowupStatus>()
  for (const n of numbers.slice(0, 100)) {
    const issue = data.repository[`f${n}`]
    // Deleted: it will not be done here, and its owner is not nudged.
    if (!issue) {
      statuses.set(n, { closed: 'not-planned' })
      continue
    }
    if (issue.state !== 'CLOSED') {
      statuses.set(n, {})
      continue
    }
    const closer = issue.timelineItems.nodes.at(-1)?.closer
    const pr = closer?.__typename === 'PullRequest' && closer.merged && closer.number && closer.url ? { number: closer.number, url: closer.url } : undefined
    // Closed as not planned or as a duplicate (the work is tracked elsewhere): not done here.
    const done = pr || !issue.stateReason || issue.stateReason === 'COMPLETED'
    statuses.set(n, { closed: done ? 'done' : 'not-planned', ...(pr ? { pr } : {}) })
  }
  return statuses
}

/** Whether this run reads the follow-ups: one started for the incident (sweep, a follow-up closed or reopened) that has any. */
export function checksFollowups(state: IncidentState | undefined, dispatched: boolean): boolean {
  return dispatched && Boolean(state?.followups?.length)
}

/** Starts reading the follow-ups; a failure is logged and the next run reads them again. */
export function startFollowupCheck(env: Env, state: IncidentState): Promise<Map<number, FollowupStatus> | undefined> {
  // Open ones first: past 100, the closed ones wait (a reopened one among them is seen once fewer are open).
  const ordered = [...openFollowups(state), ...state.followups!.filter((f) => f.closed)]
  return readFollowups(
    env.repo,
    ordered.map((f) => f.number)
  ).catch((error: Error) => {
    core.warning(`could not read the follow-ups: ${error.message}; the next run tries again.`)
    return undefined
  })
}

/** The state with what the follow-ups' issues say: closed ones recorded, overdue open ones owe a nudge. */
export function applyFollowupCheck(state: IncidentState, statuses: Map<number, FollowupStatus> | undefined, nowMs: number): IncidentState {
  if (!statuses || !state.followups) return state
  const followups = state.followups.map((f) => {
    const status = statuses.get(f.number)
    if (!status) return f
    if (status.closed) return { ...f, closed: status.closed, ...(status.pr ? { pr: status.pr } : {}), ...(f.nudge === 'owed' ? { nudge: undefined } : {}) }
    // Reopened: open again (a nudge already sent is not sent again).
    if (f.closed) return { ...f, closed: undefined, pr: undefined }
    return f.owner && !f.nudge && isOverdue(f, nowMs) ? { ...f, nudge: 'owed' as const } : f
  })
  return { ...state, followups: followups.map((f) => JSON.parse(JSON.stringify(f)) as Followup) }
}

/** One comment on an overdue follow-up asking its owner about it. */
export async function nudgeOwner(ctx: IncidentContext, state: IncidentState, number: number, mode: Mode): Promise<Update> {
  const { env } = ctx
  const followup = state.followups!.find((f) => f.number === number)!
  const marker = nudgeMarker(`${env.repo.fullName}#${ctx.issue.number}`, number)
  const already = mode === 'look-first' && (await env.repo.listComments(number)).some((c) => c.user?.id === ctx.self.id && c.body.includes(marker))
  if (!already) await env.repo.createComment(number, `${marker}\n${env.render('github/nudge.md', { ...ctx.view(state), followup })}`)
  return (s) => ({ ...s, followups: s.followups?.map((f) => (f.number === number ? { ...f, nudge: 'done' as const } : f)) })
}

/** The retrospective's action items say which follow-ups are done (only those lines are rewritten; the rest is people's). */
export async function showFollowupsInRetro(ctx: IncidentContext, state: IncidentState): Promise<Update> {
  const { env } = ctx
  const number = state.retro!.number!
  const key = retroFollowupsKey(state)
  const issue = await env.repo.getIssue(number).catch((error: { status?: number }) => {
    // A retrospective deleted or moved: nothing to edit, and nothing to retry.
    if (error.status === 404 || error.status === 410) return undefined
    throw error
  })
  if (!issue) return (s) => ({ ...s, retro: { ...s.retro, followups: key } })
  let body = issue.body ?? ''
  for (const f of state.followups ?? []) {
    const line = env.render('github/retro-followup.md', { followup: f }).trim()
    const existing = new RegExp(`^- \\[[ xX]\\] #${f.number}\\b.*$`, 'm')
    // Replaced by a function: a title's `$'` or `$&` is text, not a replacement pattern.
    if (existing.test(body)) body = body.replace(existing, () => line)
    else if (/^### Action items$/m.test(body)) body = body.replace(/^### Action items$/m, () => `### Action items\n${line}`)
  }
  if (body !== (issue.body ?? '')) await env.repo.updateIssue(number, { body })
  return (s) => ({ ...s, retro: { ...s.retro, followups: key } })
}
