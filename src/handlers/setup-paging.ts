// Setup's paging check. It sends nothing: a test page would wake whoever is on call.
import { PAGING_SERVICES, SERVICE_NAME } from '../domain/paging.js'
import type { Env } from '../incident/context.js'
import type { Check } from './setup.js'

export function pagingChecks(env: Env): Check[] {
  const on = PAGING_SERVICES.filter((s) => env[s])
  if (!on.length) return [{ check: 'Paging', status: 'off', result: 'No `pagerduty-routing-key` or `opsgenie-api-key` input: nobody is paged.', fix: 'Optional: pass an Events API v2 integration key as `pagerduty-routing-key`, or an Opsgenie API integration key as `opsgenie-api-key`, from secrets.' }]
  const levels = env.config.severities.filter((s) => s.page).map((s) => s.level)
  const names = on.map((s) => SERVICE_NAME[s]).join(' and ')
  if (!levels.length) return [{ check: 'Paging', status: 'warn', result: `${names} is on, but no severity pages.`, fix: 'Set `page: true` on the severities that should page (severities[] in the config).' }]
  return [{ check: 'Paging', status: 'ok', result: `${names}: severity ${levels.join(', ')} pages when nobody leads by its lead-within (no test page is sent).` }]
}
