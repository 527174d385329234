// An issue filed from the incident form in a repository that lacks the form's labels: the
// incident path labels it (a run on any issue may need this), and setup creates the labels.
import * as core from '@actions/core'
import { formShape, looksLikeIncidentForm } from '../domain/form.js'
import { labelSpecs } from '../domain/labels.js'
import { stripState } from '../domain/state.js'
import { labelNames, type Issue, type Label } from '../github/repo.js'
import type { Env } from './context.js'

/** Creates the config's and the form's labels that the repository lacks (names compare case-insensitively, as GitHub does). */
export async function ensureLabels(env: Env, formLabels: string[]): Promise<{ created: string[]; present: Label[] }> {
  const existing = await env.repo.listLabels()
  const have = new Map(existing.map((l) => [l.name.toLowerCase(), l]))
  const created: string[] = []
  const present: Label[] = []
  for (const spec of labelSpecs(env.config, formLabels)) {
    const found = have.get(spec.name.toLowerCase())
    if (found) {
      present.push(found)
      continue
    }
    if (env.dryRun) {
      core.info(`[dry-run] would create the label "${spec.name}"`)
      continue
    }
    try {
      await env.repo.createLabel(spec)
      created.push(spec.name)
    } catch (error) {
      // Created by a run in between: it is there, which is what counts.
      if ((error as { status?: number }).status !== 422) throw error
    }
  }
  return { created, present }
}

/**
 * An issue filed from the form in a repository that lacks the form's labels (GitHub then
 * drops them): recognised by the form's headings, the labels are created and put on it.
 * Undefined when the issue is not such an issue. Costs nothing for an ordinary issue.
 */
export async function labelFormIssue(env: Env, issue: Issue, trigger: string): Promise<Issue | undefined> {
  if (!['opened', 'edited', 'comment'].includes(trigger) || issue.state !== 'open' || !issue.body?.includes('### ')) return undefined
  const formYaml = await env.loadForm()
  if (!looksLikeIncidentForm(stripState(issue.body), formYaml)) return undefined
  const formLabels = formShape(formYaml)?.labels ?? []
  const wanted = [...new Set([...formLabels, env.config.labels.incident])].filter((l) => !labelNames(issue).includes(l))
  core.notice(`#${issue.number} is the incident form without its labels (GitHub drops labels a repository does not have yet): creating the incident labels and adding ${wanted.join(', ')}. Run the incident-setup workflow to check the rest of the set-up.`, { title: 'incident-ops setup' })
  if (env.dryRun) return { ...issue, labels: [...issue.labels, ...wanted] }
  await ensureLabels(env, formLabels)
  const labels = await env.repo.addLabels(issue.number, wanted)
  return { ...issue, labels: labels.map((name) => ({ name })) }
}
