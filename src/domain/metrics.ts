// Numbers about incidents: how long each step took, the timeline as the retrospective reads
// it, and a report over many incidents. Pure: histories in, numbers out.
import { parseCommand } from './commands.js'
import type { Config } from '../config/config.js'
import type { IncidentState, TimelineEntry } from './state.js'

export interface Durations {
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
  return {
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
  return state.timeline.map((entry) => ({ ...entry, fullText: commandText(entry, commentBodies, config) }))
}

/** Everyone who took part: recorder, leads, and whoever ran a command, in order of appearance. */
export function participants(state: IncidentState): string[] {
  const seen = new Set<string>()
  for (const login of [state.recorder, state.lead, ...state.timeline.flatMap((e) => [e.by, e.kind === 'lead' ? e.lead : undefined, e.kind === 'role' || e.kind === 'task' ? e.holder : undefined]), ...(state.helpers ?? []).map((h) => h.login)]) {
    if (login && !login.endsWith('[bot]')) seen.add(login)
  }
  return [...seen]
}

export interface SeverityReport {
  level: number
  count: number
  open: number
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
      medianToLead: median(d.map((x) => x.toLead)),
      medianToStabilize: median(d.map((x) => x.toStabilize)),
      medianToResolve: median(d.map((x) => x.toResolve)),
      retrosPending: these.filter((s) => s.status === 'resolved' && severity.retrospective).length
    }
  })
}
