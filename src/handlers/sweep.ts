// The scheduled sweep over every open incident. It writes no incident: it reads each one's
// trusted state (one GraphQL request per 100 incidents, with their first comments, where the
// card is) and decides which have something to do — a reminder due, a delivery owed or
// uncertain, a run GitHub dropped, a card to rebuild — and starts a run for each of those in
// the incident's own concurrency group (workflow_dispatch with the issue number). That run is
// the incident's one writer. A budget caps the dispatches of one sweep; the next sweep does the
// rest. Its one write of its own is the daily Slack digest (handlers/digest.ts), no incident's state.
import * as core from '@actions/core'
import { nudgesDue } from '../domain/followups.js'
import { dueReminders, nextReminderAt } from '../domain/reminders.js'
import { postDigest, type DigestIncident } from './digest.js'
import { closedIncidentsToRun } from './sweep-followups.js'
import type { IncidentState } from '../domain/state.js'
import { owedSyncs } from '../domain/sync.js'
import { pageDue } from '../domain/paging.js'
import { formatDuration, formatTime } from '../domain/time.js'
import { listedCard, readCard } from '../incident/card.js'
import { inChains } from '../incident/concurrency.js'
import { readThread, threadChanged } from '../incident/thread.js'
import { enabledDestinations, type Env } from '../incident/context.js'
import { writtenBy, type Identity, type IncidentListing } from '../github/repo.js'
import { STATUS_TEXT } from '../render/view.js'

/**
 * Runs one sweep starts at most: starting a run is a content-creating request, and GitHub
 * allows 80 of those a minute. The next sweep starts the rest.
 */
const MAX_STARTS = 50

export interface SweepResult {
  incidents: number
  /** Incidents handed to their own run, and why. */
  started: Array<{ number: number; why: string }>
  deferred: number[]
  problems: Array<{ number: number; problem: string }>
  rows: SweepRow[]
  /** The daily digest: posted now, already posted today, or why not. */
  digest?: string
}

export interface SweepRow {
  number: number
  title: string
  severity: number
  status: string
  lead: string
  age: string
  lastUpdate: string
  nextReminder: string
}

export async function sweep(env: Env, budget: number, requestsSoFar: () => number): Promise<SweepResult> {
  const { repo, config } = env
  const nowMs = env.now().getTime()
  const { self, incidents } = await repo.listIncidents(config.labels.incident)
  const enabled = enabledDestinations(env)
  const result: SweepResult = { incidents: incidents.length, started: [], deferred: [], problems: [], rows: [] }

  const work: Array<{ number: number; severity: number; why: string }> = []
  const listed: DigestIncident[] = []
  const threads: Array<{ number: number; state: IncidentState }> = []
  for (const incident of incidents) {
    // One incident's problem never stops the sweep: it is listed and the sweep goes on.
    try {
      const card = await listedCard(repo, self, incident)
      const decoded = card ? readCard(card) : undefined
      if (!decoded || 'error' in decoded) {
        if (decoded) result.problems.push({ number: incident.number, problem: `the card's state is damaged (${decoded.error}); its run rebuilds it` })
        if (decoded || runWasDropped(incident, self, nowMs)) work.push({ number: incident.number, severity: LAST, why: card ? 'rebuild' : 'declare' })
        continue
      }
      const state = decoded.state
      if (decoded.repaired.length) result.problems.push({ number: incident.number, problem: `damaged fields reset: ${decoded.repaired.join(', ')}` })
      const why = reasonToRun(state, incident.comments, nowMs, env, enabled)
      if (why) work.push({ number: incident.number, severity: state.severity, why })
      else if (env.slack && state.slack?.ts && state.status !== 'reviewed') threads.push({ number: incident.number, state })
      listed.push({ number: incident.number, title: incident.title, url: incident.url, state })
      result.rows.push(row(incident.number, incident.title, state, nowMs, env))
    } catch (error) {
      result.problems.push({ number: incident.number, problem: (error as Error).message })
    }
  }
  // Incidents with nothing else to do: one Slack read each (conversations.replies), four at a
  // time, to see whether people wrote, edited or deleted something in the thread since the card looked.
  // At most 40 a sweep (conversations.replies allows about 50 a minute), taking turns when there
  // are more: each 10-minute sweep starts where the previous one stopped.
  const start = threads.length > MAX_THREAD_READS ? (Math.floor(nowMs / 600_000) * MAX_THREAD_READS) % threads.length : 0
  const turn = [...threads.slice(start), ...threads.slice(0, start)].slice(0, MAX_THREAD_READS)
  // Slack failing (down, rate limiting, a missing scope): said once, and the remaining threads wait for the next sweep.
  let slackProblem: string | undefined
  await inChains(chunk(turn, 4), 4, async ({ number, state }) => {
    if (slackProblem) return
    const read = await readThread(env, state, (why) => (slackProblem ??= why))
    if (read && threadChanged(state, read)) work.push({ number, severity: state.severity, why: 'new in the Slack thread' })
  })
  if (slackProblem) core.warning(`Could not read the incidents' Slack threads: ${slackProblem}. Their messages are imported by a later sweep or event.`)
  // Follow-ups of closed incidents (one request per 100 open follow-ups): an owner owed a nudge, or a nudge that failed, starts the incident's run.
  try {
    const toRun = await closedIncidentsToRun(env, self, new Set(incidents.map((i) => i.number)), (state, comments) => reasonToRun(state, comments, nowMs, env, enabled))
    for (const { number, why } of toRun) work.push({ number, severity: LAST - 1, why })
  } catch (error) {
    core.warning(`Could not read the follow-ups of closed incidents: ${(error as Error).message}; the next sweep tries again.`)
  }
  // The daily digest (Slack only, no GitHub request): open incidents as this sweep read them.
  result.digest = await postDigest(env, listed, nowMs)
  if (result.digest) core.info(`Daily digest: ${result.digest}`)
  // Most severe first, then oldest.
  work.sort((a, b) => a.severity - b.severity || a.number - b.number)
  const { file, ref } = env.incidentWorkflow
  for (const item of work) {
    if (requestsSoFar() + 1 > budget || result.started.length >= MAX_STARTS) {
      result.deferred.push(item.number)
      continue
    }
    if (env.dryRun) {
      core.info(`[dry-run] would start a run for #${item.number} (${item.why})`)
      continue
    }
    try {
      await repo.dispatch(file, ref, { issue: String(item.number) })
      result.started.push(item)
    } catch (error) {
      const status = (error as { status?: number }).status
      const problem =
        status === 403
          ? `could not start its run: the workflow token needs \`actions: write\` to start ${file} (workflow_dispatch)`
          : status === 404 || status === 422
            ? `could not start its run: ${file} has no workflow_dispatch trigger with an \`issue\` input on ${ref} (set the incident-workflow input)`
            : `could not start its run: ${(error as Error).message}`
      result.problems.push({ number: item.number, problem })
      core.warning(`#${item.number}: ${problem}`)
      // The same answer for every incident: stop asking.
      if (status === 403 || status === 404 || status === 422) {
        result.deferred.push(...work.slice(work.indexOf(item) + 1).map((w) => w.number))
        break
      }
    }
  }
  if (result.deferred.length) core.notice(`${result.deferred.length} incident(s) left for the next sweep: ${result.deferred.map((n) => `#${n}`).join(', ')}`)
  return result
}

/** Slack threads one sweep reads: under conversations.replies' limit of about 50 a minute (Tier 3). */
const MAX_THREAD_READS = 40

/** Incidents without a readable state go after every real one. */
const LAST = Number.MAX_SAFE_INTEGER

/**
 * A labelled issue without a card whose run GitHub dropped: no comment of the action's at all
 * (a run that found the form unusable left its request to fix it), and older than a few
 * minutes (its own run, or the one that opened it, may still be under way).
 */
function runWasDropped(incident: IncidentListing, self: Identity, nowMs: number): boolean {
  return nowMs - Date.parse(incident.createdAt) > 10 * 60_000 && !incident.firstComments.some((c) => writtenBy(self, c))
}

/** Why an incident needs its run now, or undefined. */
export function reasonToRun(state: IncidentState, comments: number, nowMs: number, env: Pick<Env, 'config'>, enabled: Parameters<typeof owedSyncs>[2]): string | undefined {
  const due = dueReminders(state, nowMs, env.config)
  if (due.length) return `reminder due: ${due.map((r) => r.kind).join(', ')}`
  if (pageDue(state, nowMs, env.config, enabled)) return 'page due: nobody leads'
  if (state.comments !== undefined && comments > state.comments) return 'comments not handled yet'
  if (nudgesDue(state, nowMs).length) return 'follow-up overdue'
  // A destination that keeps failing is retried less and less often: 10 minutes, 20, 40… up to 6 hours.
  if (state.failedRuns && state.failedAt && nowMs < Date.parse(state.failedAt) + Math.min(RETRY_AFTER_MS * 2 ** (state.failedRuns - 1), MAX_RETRY_AFTER_MS)) return undefined
  if (state.pending?.length) return 'deliveries to confirm'
  const owed = owedSyncs(state, env.config, enabled)
  if (owed.length) return `owed: ${[...new Set(owed.map((o) => o.dest))].join(', ')}`
  return undefined
}

const RETRY_AFTER_MS = 10 * 60_000
const MAX_RETRY_AFTER_MS = 6 * 3_600_000

function row(number: number, title: string, state: IncidentState, nowMs: number, env: Env): SweepRow {
  const next = nextReminderAt(state, nowMs, env.config)
  const last = state.times.update
  return {
    number,
    title,
    severity: state.severity,
    status: STATUS_TEXT[state.status],
    lead: state.lead ?? '—',
    age: state.times.reported ? formatDuration(nowMs - Date.parse(state.times.reported)) : '',
    lastUpdate: last ? `${formatDuration(nowMs - Date.parse(last))} ago` : 'none',
    nextReminder: next === undefined ? '—' : next <= nowMs ? 'due now' : formatTime(new Date(next).toISOString(), env.config.timezone)
  }
}

/** Items dealt round-robin into n chains (run side by side, each in order). */
function chunk<T>(items: T[], n: number): T[][] {
  const chains: T[][] = Array.from({ length: n }, () => [])
  items.forEach((item, i) => chains[i % n].push(item))
  return chains.filter((c) => c.length)
}
