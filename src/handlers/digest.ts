// The daily digest in Slack: one message a day listing the open incidents, posted by the first
// sweep after its local time (none when nothing is open). At most one a day: the message
// carries the key `<repo>:digest-YYYY-MM-DD` in its metadata and the channel is looked at for
// it first; two sweeps that raced both see both messages after posting, and the later one
// deletes its own. It writes no incident: the incidents' runs stay their only writers.
import * as core from '@actions/core'
import { digestDue, digestLines } from '../domain/digest.js'
import type { IncidentState } from '../domain/state.js'
import type { Env } from '../incident/context.js'
import { safeUrl } from '../render/escape.js'
import { STATUS_TEXT } from '../render/view.js'
import { describeSlackError } from '../slack/slack.js'

/** Incidents one digest lists. */
const MAX_LISTED = 50

export interface DigestIncident {
  number: number
  title: string
  url: string
  state: IncidentState
}

/** Posts today's digest if it is due and not posted yet; says what happened (undefined: not due). */
export async function postDigest(env: Env, incidents: DigestIncident[], nowMs: number): Promise<string | undefined> {
  const { config, slack } = env
  const due = digestDue(nowMs, config)
  if (!due || !slack) return undefined
  const lines = digestLines(incidents, nowMs, config)
  if (!lines.length) return 'not posted: no open incident'
  const key = `${env.repo.fullName}:digest-${due.date}`
  // An hour more: on the day the clocks go back, the local day began an hour earlier than its minutes say.
  const oldest = String(Math.floor(due.sinceMs / 1000) - 3600)
  await env.loadTemplates()
  const text = env.render('slack/digest.slack', {
    date: due.date,
    repo: env.repo.fullName,
    // Most severe first; the rest counted, so the message stays within Slack's limits.
    incidents: lines.slice(0, MAX_LISTED).map((l) => ({ ...l, url: safeUrl(l.url), status: STATUS_TEXT[l.status] })),
    more: Math.max(0, lines.length - MAX_LISTED)
  })
  if (env.dryRun) {
    core.info(`[dry-run] would post the daily digest (${lines.length} incident(s)) unless ${key} is in the channel`)
    return 'dry run'
  }
  try {
    if ((await slack.allByKey(key, oldest)).length) return 'already posted today'
    const ts = await slack.post({ text, key })
    const twins = await slack.allByKey(key, oldest)
    if (twins.length > 1 && twins[0] !== ts) {
      await slack.delete(ts)
      return 'already posted today (by a sweep that ran at the same time)'
    }
    return `posted (${lines.length} incident(s))`
  } catch (error) {
    // Without the channel's history there is no knowing whether it was posted: not posted, rather than twice.
    const why = describeSlackError(error)
    core.warning(`The daily digest was not posted: ${why}. The next sweep tries again.`)
    return `not posted: ${why}`
  }
}
