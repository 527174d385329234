// Follow-ups into the configured GitHub Project. Without a token that can reach projects, the
// card says so once instead of failing the run.
import * as core from '@actions/core'
import { severityOf } from '../config/config.js'
import type { IncidentState } from '../domain/state.js'
import { addItem, findProject, parseProjectUrl, setSeverity } from '../github/project.js'
import type { Env } from './context.js'

export async function syncProject(env: Env, state: IncidentState): Promise<IncidentState> {
  const config = env.config.project
  const added = state.project?.added ?? []
  const note = (problem: string) => {
    core.warning(problem)
    return { ...state, project: { added, problem } }
  }
  if (!config) return note('No GitHub Project is configured (project.url in the incident config).')
  if (!env.projectOctokit) return note('Follow-ups can go to the GitHub Project once the workflow passes a project-token (a GitHub App token or a PAT with project access); the workflow token cannot reach projects.')
  const target = parseProjectUrl(config.url)
  if (!target) return note(`project.url ${config.url} is not a project URL.`)
  const project = await findProject(env.projectOctokit, target).catch((e: Error) => {
    core.warning(`GitHub Project lookup failed: ${e.message}`)
    return undefined
  })
  if (!project) return note(`The GitHub Project ${config.url} was not found, or the project-token cannot see it.`)
  const severity = severityOf(env.config, state.severity)
  const done = [...added]
  for (const followup of state.followups ?? []) {
    if (done.includes(followup.number) || !followup.node) continue
    const item = await addItem(env.projectOctokit, project.id, followup.node)
    await setSeverity(env.projectOctokit, project, item, config.severityField, state.severity, severity?.name ?? '')
    done.push(followup.number)
  }
  return { ...state, project: { added: done } }
}
