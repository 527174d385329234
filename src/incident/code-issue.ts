// The runbook's critical GitHub issue for the code fix, opened when the form says the incident
// clearly relates to our code: in the configured code repository (this one by default), with
// the critical priority label, linking the incident (the card and the retrospective link it
// back). Opened once: it carries a marker naming the incident, looked for before it is opened
// again. When GitHub refuses (the workflow token reaches only its own repository), the card
// says so once and it is not retried.
import * as core from '@actions/core'
import type { IncidentState } from '../domain/state.js'
import type { IncidentContext } from './context.js'
import { codeIssueMarker } from './markers.js'

type Update = (state: IncidentState) => IncidentState

export async function openCodeIssue(ctx: IncidentContext, state: IncidentState, mode: 'create' | 'look-first'): Promise<Update> {
  const { env } = ctx
  const target = state.code!.repo
  const [owner, repo] = target.split('/')
  const incident = `${env.repo.fullName}#${ctx.issue.number}`
  const marker = codeIssueMarker(incident)
  const label = env.config.labels.critical
  try {
    const existing = mode === 'look-first' ? await env.repo.findOwnIssue(ctx.self, label, marker, repo, owner) : undefined
    const view = ctx.view(state)
    const issue =
      existing ??
      (await env.repo.createIssue({ title: `Fix: ${view.name}`.slice(0, 256), body: `${marker}\n${env.render('github/code-issue.md', { ...view, incident })}`, labels: [label] }, repo, owner))
    return (s) => ({ ...s, code: { repo: target, number: issue.number, url: issue.html_url } })
  } catch (error) {
    const why = refusal(error, target, env.repo.fullName)
    if (!why) throw error
    core.warning(`#${ctx.issue.number}: ${why}.`)
    return (s) => ({ ...s, code: { repo: target, problem: why } })
  }
}

/** GitHub refusing the issue, in words that name the fix; undefined for a failure worth retrying. */
function refusal(error: unknown, target: string, here: string): string | undefined {
  const e = error as { status?: number; message?: string }
  if (![403, 404, 410].includes(e.status ?? 0) || /rate limit/i.test(e.message ?? '')) return undefined
  if (target.toLowerCase() !== here.toLowerCase()) {
    return `GitHub refused to open the critical issue for the code fix in ${target}: the workflow token reaches only this repository. Open it there by hand, or give the action a token (the github-token input) that can open issues in ${target}`
  }
  if (e.status === 410) return `GitHub refused to open the critical issue for the code fix: issues are turned off in ${target}`
  return 'GitHub refused to open the critical issue for the code fix: the workflow needs issues: write in its permissions'
}
