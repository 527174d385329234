// An event on a retrospective issue acts on its incident: its commands (/reviewed,
// /followup, /retro) are the incident's, and closing it as completed marks it reviewed.
import type { Issue } from '../github/repo.js'
import type { Env } from './context.js'
import { runIncident, type IncidentResult } from './incident.js'

export async function runRetroEvent(env: Env, retro: Issue & { state_reason?: string | null; closed_at?: string | null }, incidentNumber: number, closedBy?: string): Promise<IncidentResult> {
  const [incident, comments] = await Promise.all([env.repo.getIssue(incidentNumber), env.repo.listComments(retro.number)])
  const closedAsCompleted = closedBy && retro.state === 'closed' && retro.state_reason === 'completed' ? { by: closedBy, at: retro.closed_at ?? env.now().toISOString() } : undefined
  return runIncident(env, incident, { kind: 'retro', retro, comments, closedAsCompleted })
}
