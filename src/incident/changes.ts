// Suspect changes on the card, and /revert. The changes before the incident are read once
// (one GraphQL request, alongside the declaration's other deliveries); a revert pull request
// is a creation like any other: its key is a marker in its body, looked for before it is made again.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { latestChanges, pullToRevert, revertPullRequest } from '../github/changes.js'
import type { IncidentState, Revert } from '../domain/state.js'
import { pickSuspects, startedAt, withMarks } from '../domain/suspects.js'
import type { IncidentContext } from './context.js'
import type { Mode, Update } from './deliver.js'
import { revertMarker } from './markers.js'

/** What each part of the changes query needs, named when GitHub refuses it. */
const NEEDS: Record<string, string> = { pullRequests: 'pull-requests: read', deployments: 'deployments: read', releases: 'contents: read' }

export async function readSuspects(ctx: IncidentContext, state: IncidentState): Promise<Update> {
  const { config, repo } = ctx.env
  const recorded = state.times.recorded ?? state.times.reported ?? ctx.issue.created_at
  const start = startedAt(state.published?.started ?? ctx.declaration.started, recorded)
  const { changes, refused } = await latestChanges(repo)
  const read = pickSuspects(changes, start, recorded, config.suspects!.windowMs, config.suspects!.max)
  const problem = refused.length ? `GitHub did not show the ${refused.map((r) => r.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)).join(' or ')}: the workflow needs ${refused.map((r) => `\`${NEEDS[r] ?? r}\``).join(' and ')} in its permissions` : undefined
  return (s) => ({ ...s, suspects: { ...withMarks(read, s.suspects), ...(problem ? { problem } : {}) } })
}

export async function openRevert(ctx: IncidentContext, state: IncidentState, key: string, mode: Mode): Promise<Update> {
  const { env } = ctx
  const asked = state.reverts!.find((r) => r.key === key)!
  const incident = `${env.repo.fullName}#${ctx.issue.number}`
  const marker = revertMarker(incident, key)
  const { pull, existing } = await pullToRevert(env.repo, asked.pr, mode === 'look-first' ? { self: ctx.self, marker } : undefined)
  let made: { number: number; url: string } | undefined = existing
  let problem: string | undefined
  if (!made) {
    if (!pull) problem = `#${asked.pr} is not a pull request in this repository`
    else if (!pull.merged) problem = `#${asked.pr} is not merged: only a merged pull request can be reverted`
    else {
      const body = `${marker}\nReverts #${pull.number}, a suspect change in incident ${incident} (asked for by @${asked.by} with \`/revert\`).`
      try {
        made = await revertPullRequest(env.repo, pull.id, `Revert "${pull.title}"`.slice(0, 256), body)
      } catch (error) {
        problem = refusal(error)
        if (!problem) throw error
      }
    }
  }
  const reply = `${marker}\n${env.render('github/revert.md', { by: asked.by, pr: asked.pr, number: made?.number, problem })}`
  if (!ctx.ownComment(marker)) await env.repo.createComment(ctx.issue.number, reply)
  const done: Partial<Revert> = made ? { number: made.number, url: made.url } : { problem }
  return (s) => ({ ...s, reverts: s.reverts?.map((r) => (r.key === key ? { ...r, ...done } : r)) })
}

/** GitHub refusing the revert, in words that name the fix; undefined for a failure worth retrying. */
function refusal(error: unknown): string | undefined {
  const e = error as { status?: number; errors?: Array<{ type?: string; message?: string }>; message?: string }
  const message = [e.message, ...(e.errors ?? []).map((x) => x.message)].join(' ')
  // A rate limit (a 403 too) passes: the next run tries again.
  if (/rate limit/i.test(message)) return undefined
  if (/not permitted to create or approve pull requests/i.test(message)) {
    return 'GitHub Actions may not open pull requests in this repository: allow it in Settings → Actions → General → Workflow permissions ("Allow GitHub Actions to create and approve pull requests")'
  }
  const forbidden = e.status === 403 || Boolean(e.errors?.some((x) => x.type === 'FORBIDDEN')) || /not accessible by integration/i.test(message)
  if (!forbidden) return undefined
  const missing = missingPermissions(['contents', 'pull-requests'])
  if (missing === undefined) return 'GitHub refused to open it: the workflow needs `contents: write` and `pull-requests: write` in its permissions'
  if (!missing.length) return 'GitHub refused to open it although the workflow asks for `contents: write` and `pull-requests: write`: check that the repository allows GitHub Actions to create pull requests (Settings → Actions → General)'
  return `GitHub refused to open it: the workflow needs ${missing.map((p) => `\`${p}: write\``).join(' and ')} in its permissions`
}

/**
 * The write permissions among `scopes` that this job's workflow file does not grant (its job's
 * `permissions:`, else the workflow's), read from the checkout; undefined when it cannot tell.
 */
export function missingPermissions(scopes: string[], env = process.env): string[] | undefined {
  const path = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1]
  const file = path && join(env.GITHUB_WORKSPACE || process.cwd(), path)
  if (!file || !existsSync(file)) return undefined
  try {
    const workflow = parse(readFileSync(file, 'utf8')) as { permissions?: unknown; jobs?: Record<string, { permissions?: unknown }> }
    const granted = workflow.jobs?.[env.GITHUB_JOB ?? '']?.permissions ?? workflow.permissions
    if (granted === undefined) return undefined
    if (granted === 'write-all') return []
    const map = typeof granted === 'object' && granted ? (granted as Record<string, string>) : {}
    return scopes.filter((scope) => map[scope] !== 'write')
  } catch {
    return undefined
  }
}
