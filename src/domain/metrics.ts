// Numbers about incidents: how long each step took, the timeline as the retrospective reads
// it, and a report over many incidents. Pure: histories in, numbers out.
import { parseCommand } from './commands.js'
import { impactStart } from './moment.js'
import type { Config } from '../config/config.js'
import type { IncidentState, TimelineEntry } from './state.js'

export interface Durations {
  /** From the start of impact (the form's "When it started") to the incident being recorded. */
  toDetect?: number
  /** From the start of impact to stabilized. */
  impact?: number
  toLead?: number
  toStabilize?: number
  toResolve?: number
  total?: number
}

const between = (from?: string, to?: string) => (from && to ? Math.max(0, Date.parse(to) - Date.parse(from)) : undefined)

/** From the report (when the incident was recorded) to each step. */
export function durations(state: IncidentState): Durations {
  const start = state.times.reported
  const stabilized = state.times.stabilized ?? state.times.investigating ?? state.times.resolved
  const impactFrom = impactStart(state.published?.started, start)
  return {
    toDetect: between(impactFrom, state.times.recorded ?? start),
    impact: between(impactFrom, stabilized),
    toLead: between(start, state.times.lead),
    toStabilize: between(start, stabilized),
    toResolve: between(start, state.times.resolved),
    total: between(start, state.times.reviewed ?? state.times.resolved)
  }
}

export interface CompiledEntry extends TimelineEntry {
  /** The full text of the command, from its comment when there is one. */
  fullText: string
}

/** A command's full text from its comment (as edited last), else the short form in the state. */
export function commandText(entry: TimelineEntry, commentBodies: Map<number, string>, config: Config): string {
  const body = entry.comment ? commentBodies.get(entry.comment) : undefined
  const parsed = body ? parseCommand(body, config) : undefined
  return parsed?.ok && 'text' in parsed.command ? parsed.command.text : (entry.text ?? '')
}

/** The timeline with every update's and note's full text, for the retrospective. */
export function compileTimeline(state: IncidentState, commentBodies: Map<number, string>, config: Config): CompiledEntry[] {
  return byTime(state.timeline).map((entry) => ({ ...entry, fullText: commandText(entry, commentBodies, config) }))
}

/** The timeline in the order things happened (a note "at 10:02", a Slack message's own time), stable for equal times. */
export function byTime<T extends { at: string }>(entries: T[]): T[] {
  return entries.map((e, i) => ({ e, i, t: Date.parse(e.at) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.e)
}

/** Everyone who took part: recorder, leads, and whoever ran a command, in order of appearance. */
export function participants(state: IncidentState): string[] {
  const seen = new Set<string>()
  for (const login of [state.recorder, state.lead, ...state.timeline.filter((e) => !e.slackUser || e.mapped).flatMap((e) => [e.by, e.kind === 'lead' ? e.lead : undefined, e.kind === 'role' || e.kind === 'task' ? e.holder : undefined]), ...(state.helpers ?? []).map((h) => h.login)]) {
    if (login && !login.endsWith('[bot]')) seen.add(login)
  }
  return [...seen]
}

export interface SeverityReport {
  level: number
  count: number
  open: number
  medianToDetect?: number
  medianImpact?: number
  medianToLead?: number
  medianToStabilize?: number
  medianToResolve?: number
  retrosPending: number
}

export function median(values: Array<number | undefined>): number | undefined {
  const xs = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b)
  if (!xs.length) return undefined
  const mid = Math.floor(xs.length / 2)
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2
}

/** Incidents reported in [fromMs, toMs), by severity. */
export function report(states: IncidentState[], fromMs: number, toMs: number, config: Config): SeverityReport[] {
  const inPeriod = states.filter((s) => {
    const t = Date.parse(s.times.reported ?? '')
    return t >= fromMs && t < toMs && s.status !== 'reported'
  })
  return config.severities.map((severity) => {
    const these = inPeriod.filter((s) => s.severity === severity.level)
    const d = these.map(durations)
    return {
      level: severity.level,
      count: these.length,
      open: these.filter((s) => s.status !== 'resolved' && s.status !== 'reviewed').length,
      medianToDetect: median(d.map((x) => x.toDetect)),
      medianImpact: median(d.map((x) => x.impact)),
      medianToLead: median(d.map((x) => x.toLead)),
      medianToStabilize: median(d.map((x) => x.toStabilize)),
      medianToResolve: median(d.map((x) => x.toResolve)),
      retrosPending: these.filter((s) => s.status === 'resolved' && severity.retrospective).length
    }
  })
}

/** Who led how many of these incidents (anyone who led one at some point counts once for it), most first: the runbook's "spread the load". */
export function leadCounts(states: IncidentState[]): Array<{ login: string; count: number }> {
  const counts = new Map<string, { login: string; count: number }>()
  for (const state of states) {
    const leads = new Set<string>()
    for (const login of [...state.timeline.filter((e) => e.kind === 'lead').map((e) => e.lead), state.lead]) if (login) leads.add(login.toLowerCase())
    for (const lower of leads) {
      const login = [...state.timeline.map((e) => e.lead), state.lead].find((l) => l?.toLowerCase() === lower)!
      const entry = counts.get(lower) ?? { login, count: 0 }
      entry.count++
      counts.set(lower, entry)
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.login.localeCompare(b.login))
}
