// Paging, decided from the state alone: a severity that pages (severities[].page, 1 and 2 by
// default) with nobody leading by the no-lead reminder's time (lead-within after recording)
// is paged once, on every paging service that is on. The lead (/claim, /lead) acknowledges
// the page; resolving the incident resolves it. The state records each step per service, so
// a page is never sent twice, and a page that was never sent is never acknowledged.
import { severityOf, type Config } from '../config/config.js'
import type { IncidentState, PageSent } from './state.js'

export type PagingService = 'pagerduty' | 'opsgenie'
export const PAGING_SERVICES: PagingService[] = ['pagerduty', 'opsgenie']
export const SERVICE_NAME: Record<PagingService, string> = { pagerduty: 'PagerDuty', opsgenie: 'Opsgenie' }

export type PageOp = 'page' | 'page-ack' | 'page-resolve'
/** Which services are on: absent or false means off. */
export type PagingEnabled = Partial<Record<PagingService, boolean>>

const OPEN = new Set(['recorded', 'stabilized', 'investigating'])
const CLOSED = new Set(['resolved', 'reviewed'])

/** When the incident is to be paged (it pages and nobody leads), else undefined. Quiet hours do not hold a page: waking people is its point. */
export function pageDueAt(state: IncidentState, config: Config): number | undefined {
  const severity = severityOf(config, state.severity)
  const recorded = state.times.recorded ? Date.parse(state.times.recorded) : NaN
  if (!severity?.page || !OPEN.has(state.status) || state.lead || Number.isNaN(recorded)) return undefined
  return recorded + severity.leadWithinMs
}

/** Whether a page is due now and not yet decided. */
export function pageDue(state: IncidentState, nowMs: number, config: Config, enabled: PagingEnabled): boolean {
  if (state.page || !PAGING_SERVICES.some((s) => enabled[s])) return false
  const due = pageDueAt(state, config)
  return due !== undefined && due <= nowMs
}

/** The state with a page due now recorded as owed on each service that is on (sync.ts owes the requests). */
export function recordDuePage(state: IncidentState, nowMs: number, config: Config, enabled: PagingEnabled): IncidentState {
  if (!pageDue(state, nowMs, config, enabled)) return state
  const page: NonNullable<IncidentState['page']> = { at: new Date(nowMs).toISOString() }
  for (const service of PAGING_SERVICES) if (enabled[service]) page[service] = {}
  return { ...state, page }
}

/** What each paging service is owed now: the trigger, then an acknowledgement once someone leads, a resolve once resolved. */
export function owedPageOps(state: IncidentState, enabled: PagingEnabled): Array<{ dest: PagingService; op: PageOp }> {
  const ops: Array<{ dest: PagingService; op: PageOp }> = []
  for (const service of PAGING_SERVICES) {
    const sent: PageSent | undefined = state.page?.[service]
    if (!sent || !enabled[service] || sent.problem || sent.resolved) continue
    const closed = CLOSED.has(state.status)
    // A page step whose answer was lost (left pending by an earlier run) may have paged: once
    // someone leads, it is acknowledged and resolved all the same. Unled, the trigger is sent
    // again as it was: the same key makes it the same alert.
    const uncertain = (state.lead || closed) && state.pending?.some((name) => name.startsWith(`${service}:page`))
    const paged = Boolean(sent.triggered || sent.acknowledged || uncertain)
    if (!paged) {
      if (!closed && !state.lead) ops.push({ dest: service, op: 'page' })
      continue
    }
    if (closed) ops.push({ dest: service, op: 'page-resolve' })
    else if (state.lead && !sent.acknowledged) ops.push({ dest: service, op: 'page-ack' })
  }
  return ops
}

/** The page's key at the service (PagerDuty's dedup_key, Opsgenie's alias): the incident. */
export function pageKey(repo: string, number: number): string {
  return `${repo}#${number}`
}
