// The public Make post is the point person's step (the runbook: the lead makes it for
// severity 1 and 2). It goes out once the incident has a lead, or when someone decides it
// with /public; `/public skip why` records a decision not to post. Pure: state in, plan out.
import { severityOf, type Config } from '../config/config.js'
import type { IncidentState } from './state.js'

export type MakePlan =
  /** Published: kept in step (resolved, limited impact) from now on. */
  | 'posted'
  /** To be posted now. */
  | 'owed'
  /** This severity is announced publicly once the incident has a lead (or on /public). */
  | 'waits-for-lead'
  /** Someone decided not to post (/public skip). */
  | 'skipped'
  /** This severity is not announced publicly. */
  | 'not-needed'

export function makePlan(state: IncidentState, config: Config): MakePlan {
  if (state.make?.id) return 'posted'
  if (state.public) return state.public.skip ? 'skipped' : 'owed'
  if (!severityOf(config, state.severity)?.makePost) return 'not-needed'
  return config.make.after === 'recorded' || state.lead ? 'owed' : 'waits-for-lead'
}

/**
 * A published post whose incident is now of a severity that is not announced: it says the impact
 * turned out limited. Not so for a post someone asked for (/public) at that severity, unless the
 * severity changed since.
 */
export function makeLimited(state: IncidentState, config: Config): boolean {
  if (severityOf(config, state.severity)?.makePost) return false
  const asked = state.public && !state.public.skip ? Date.parse(state.public.at) : undefined
  return asked === undefined || state.timeline.some((e) => e.kind === 'severity' && Date.parse(e.at) > asked)
}
