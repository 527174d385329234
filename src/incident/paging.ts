// Carrying out a page step (domain/paging.ts decides which is owed): trigger, acknowledge,
// resolve, keyed by the incident. A service that is down throws (deliver.ts records it on the
// card and the sweep retries with back-off); one that refuses the request (a bad key, an
// event it cannot take) is noted on the card and not tried again, since repeating cannot cure it.
import * as core from '@actions/core'
import { pageKey, SERVICE_NAME, type PageOp, type PagingService } from '../domain/paging.js'
import type { IncidentState, PageSent } from '../domain/state.js'
import { formatDuration } from '../domain/time.js'
import { PagerError } from '../paging/pager.js'
import type { IncidentContext } from './context.js'

type Update = (state: IncidentState) => IncidentState

export async function pagingOp(op: { dest: PagingService; op: PageOp }, state: IncidentState, ctx: IncidentContext): Promise<Update> {
  const { env } = ctx
  const pager = op.dest === 'pagerduty' ? env.pagerduty! : env.opsgenie!
  const key = pageKey(env.repo.fullName, ctx.issue.number)
  const view = ctx.view(state)
  const at = env.now().toISOString()
  const record =
    (change: Partial<PageSent>): Update =>
    (s) => ({ ...s, page: { ...s.page!, [op.dest]: { ...s.page?.[op.dest], ...change } } })
  try {
    switch (op.op) {
      case 'page': {
        const since = state.times.recorded ? formatDuration(env.now().getTime() - Date.parse(state.times.recorded)) : ''
        // A trigger whose answer was lost is sent again as it was: the same key makes it the same alert.
        await pager.trigger({
          key,
          summary: env.render('paging/summary.txt', { ...view, since }),
          severity: state.severity,
          url: ctx.issue.html_url,
          source: env.repo.fullName,
          at: state.page?.at ?? at,
          details: { incident: key, severity: `${view.severity.level}: ${view.severity.name}`, status: view.statusText, recorded: state.times.recorded ?? '', ...(state.msr ? { 'support rotation': state.msr } : {}) }
        })
        return record({ triggered: at })
      }
      case 'page-ack':
        await pager.acknowledge(key, env.render('paging/note.txt', { ...view, step: 'acknowledged' }))
        return record({ acknowledged: at })
      case 'page-resolve':
        await pager.resolve(key, env.render('paging/note.txt', { ...view, step: 'resolved' }))
        return record({ resolved: at })
    }
  } catch (error) {
    if (!(error instanceof PagerError) || error.retry) throw error
    const what = op.op === 'page' ? 'the page' : op.op === 'page-ack' ? 'acknowledging the page' : 'resolving the page'
    const problem = `${SERVICE_NAME[op.dest]} refused ${what} ${error.message.replace(/^\S+ refused the request /, '')}. Check the ${op.dest === 'pagerduty' ? 'pagerduty-routing-key' : 'opsgenie-api-key'} secret; it is not retried`
    core.warning(`#${ctx.issue.number}: ${problem}.`)
    return record({ problem })
  }
}
