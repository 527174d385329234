// Declaring by workflow_dispatch (an alert or chat workflow): open the incident issue from
// the inputs and declare it in the same run, as the person who dispatched it.
import type { Declaration } from '../domain/form.js'
import { severityFromText } from '../domain/form.js'
import type { Env } from '../incident/context.js'
import { declaredByMarker } from '../incident/markers.js'
import { formBody } from '../incident/opened-issues.js'
import { runIncident, type IncidentResult } from '../incident/run.js'

export async function declareFromDispatch(env: Env, inputs: Record<string, string>, actor: string): Promise<IncidentResult> {
  const title = (inputs.title ?? '').trim()
  const summary = (inputs.summary ?? '').trim() || title
  const severity = severityFromText(String(inputs.severity ?? ''), env.config)
  const levels = env.config.severities.map((s) => s.level).join(', ')
  if (!title) throw new Error('workflow_dispatch needs a title input (the incident issue title).')
  if (severity === undefined) throw new Error(`workflow_dispatch severity "${inputs.severity ?? ''}" is not one of ${levels}.`)
  const answers: Omit<Declaration, 'severity'> & { severity: number } = {
    summary,
    severity,
    affected: inputs.affected ?? '',
    started: inputs.started ?? '',
    reportLink: inputs['report-link'] ?? '',
    relatedToCode: /^(true|yes|1)$/i.test(inputs['related-to-code'] ?? ''),
    thirdParty: inputs['third-party'] ?? '',
    evidence: inputs.evidence ?? ''
  }
  const body = `${declaredByMarker(actor)}\n${formBody(env, answers)}`
  const issue = await env.repo.createIssue({ title: title.slice(0, 256), body, labels: [env.config.labels.incident] })
  return runIncident(env, issue, { kind: 'declared-by', login: actor })
}
