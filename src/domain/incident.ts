// The incident's pure core: declaring one, and folding a command into its state.
// (state, input, config) → (state', effects). No I/O here; handlers carry effects out.
import { commandLevel, severityOf, type Config, type Level, type Status } from '../config/config.js'
import { COMMANDS, type Command, type CommandSpec, type Parsed } from './commands.js'
import { canMove, isOpen, refusal, REOPEN_WINDOW_MS } from './lifecycle.js'
import { splitAt } from './moment.js'
import { meets } from './permissions.js'
import { msrAt } from './rotation.js'
import { markSuspect } from './suspects.js'
import { shorten, STATE_VERSION, type IncidentState, type Published, type TimelineEntry } from './state.js'

export type Reaction = 'rocket' | 'confused' | '-1'

/**
 * What a command owes on the incident's own issues, right away: acknowledgements, replies and
 * assignments. Everything that creates something elsewhere (Slack, WordPress, the issues an
 * incident opens) is derived from the state instead (sync.ts).
 */
export type Effect =
  | { type: 'react'; comment: number; reaction: Reaction }
  | { type: 'reply'; template: 'refused' | 'usage' | 'help' | 'closed-early'; data: Record<string, unknown>; on?: number; key: string }
  | { type: 'assign'; login: string; previous?: string }
  | { type: 'retro-when'; retro: number; when: string }

export interface DeclareInput {
  recorder: string
  severity: number
  at: string
  /** false: filed by someone below the declare permission; waits for /confirm. */
  confirmed: boolean
  /** The reporter's link is a GitHub issue this action can thank on. */
  thankable: boolean
  /** What Slack, P2 and Make will show of the issue. */
  published?: Published
  /** The form says the incident relates to our code: the repository (owner/name) of the critical issue for the fix. */
  codeRepository?: string
}

export function declare(input: DeclareInput, config: Config): IncidentState {
  const status: Status = input.confirmed ? 'recorded' : 'reported'
  const state: IncidentState = {
    v: STATE_VERSION,
    status,
    severity: input.severity,
    recorder: input.recorder,
    msr: msrAt(config.rotation, Date.parse(input.at)),
    times: { reported: input.at, ...(input.confirmed ? { recorded: input.at } : {}) },
    handled: 0,
    timeline: [],
    thank: input.thankable && config.report.thankReporter ? 'owed' : undefined,
    ...(input.published ? { published: input.published } : {}),
    ...(input.codeRepository ? { code: { repo: input.codeRepository } } : {}),
    failures: {}
  }
  return addEntry(state, { id: 'declared', at: input.at, by: input.recorder, kind: input.confirmed ? 'declared' : 'reported', severity: input.severity })
}

/** A reported incident confirmed by someone who may declare: it is announced from now on. */
export function confirm(state: IncidentState, by: string, at: string, id: string): IncidentState {
  if (state.status !== 'reported') return state
  return addEntry({ ...state, status: 'recorded', times: { ...state.times, recorded: at } }, { id, at, by, kind: 'confirmed' })
}

export interface CommandInput {
  /** Entry id, stable across runs: "c<comment id>" or an event key. */
  id: string
  comment?: number
  by: string
  at: string
  /** The person's repository permission. */
  level: Level
  parsed: Parsed
  /** The incident issue is closed: only /reopen and /help make sense. */
  issueClosed?: boolean
  /** The command came from another issue (the retrospective): replies go there. */
  replyOn?: number
}

export interface Outcome {
  state: IncidentState
  effects: Effect[]
}

export function applyCommand(state: IncidentState, input: CommandInput, config: Config): Outcome {
  const effects: Effect[] = []
  const react = (reaction: Reaction) => {
    if (input.comment) effects.push({ type: 'react', comment: input.comment, reaction })
  }
  const { parsed } = input
  if (!parsed.ok) {
    react('confused')
    effects.push({ type: 'reply', template: 'usage', data: { by: input.by, detail: parsed.detail, usage: parsed.spec?.usage, commands: allowedCommands(input.level, config) }, on: input.replyOn, key: input.id })
    return { state, effects }
  }
  const command = parsed.command
  const needs = command.name === 'confirm' ? config.permissions.declare : commandLevel(config, command.name)
  if (!meets(input.level, needs)) {
    react('-1')
    effects.push({ type: 'reply', template: 'refused', data: { by: input.by, command: command.name, needs, has: input.level }, on: input.replyOn, key: input.id })
    return { state, effects }
  }
  const refuse = (reason: string): Outcome => {
    react('-1')
    effects.push({ type: 'reply', template: 'refused', data: { by: input.by, command: command.name, reason }, on: input.replyOn, key: input.id })
    return { state, effects }
  }
  if (input.issueClosed && !isOpen(state.status) && !['reopen', 'help', 'retro', 'followup', 'reviewed'].includes(command.name)) {
    return refuse('The incident is closed. If it happened again, use `/reopen`.')
  }
  const entry = (fields: Omit<TimelineEntry, 'id' | 'at' | 'by'>): TimelineEntry => ({
    id: input.id,
    at: input.at,
    by: input.by,
    comment: input.comment,
    ...fields
  })

  let next = state
  switch (command.name) {
    case 'help':
      effects.push({ type: 'reply', template: 'help', data: { by: input.by, commands: allowedCommands(input.level, config) }, on: input.replyOn, key: input.id })
      react('rocket')
      return { state, effects }
    case 'confirm':
      if (state.status !== 'reported') return refuse('The incident is already confirmed.')
      next = confirm(state, input.by, input.at, input.id)
      break
    case 'claim':
    case 'lead': {
      const lead = command.name === 'claim' ? input.by : command.login
      if (state.lead?.toLowerCase() === lead.toLowerCase()) return refuse(`@${lead} already leads this incident.`)
      next = addEntry({ ...state, lead, times: { ...state.times, lead: state.times.lead ?? input.at } }, entry({ kind: 'lead', lead }))
      effects.push({ type: 'assign', login: lead, previous: state.lead })
      break
    }
    case 'note': {
      // "/note at 10:02 text": the entry is placed at the moment it describes.
      const dated = splitAt(command.text, Date.parse(input.at))
      if (dated && !dated.moment.ok) {
        react('confused')
        effects.push({ type: 'reply', template: 'usage', data: { by: input.by, detail: `${dated.moment.problem} A note can name the moment it describes: \`/note at 10:02 what happened\` (UTC, or with an offset such as 10:02+02:00, or a full date-time).`, usage: '/note at 10:02 what happened', commands: allowedCommands(input.level, config) }, on: input.replyOn, key: input.id })
        return { state, effects }
      }
      if (dated?.moment.ok) {
        next = addEntry(state, { ...entry({ kind: 'note', text: shorten(dated.rest || command.text) }), at: dated.moment.at, written: input.at })
        break
      }
      next = addEntry(state, entry({ kind: 'note', text: shorten(command.text) }))
      break
    }
    case 'update':
      next = addEntry(
        { ...state, times: command.name === 'update' ? { ...state.times, update: input.at } : state.times },
        entry({ kind: command.name, text: shorten(command.text) })
      )
      break
    case 'stabilized':
    case 'investigating':
    case 'resolve': {
      const to: Status = command.name === 'resolve' ? 'resolved' : command.name
      if (!canMove(state.status, to)) return refuse(refusal(state.status, to))
      next = addEntry(
        { ...state, status: to, times: { ...state.times, [to]: input.at, update: input.at } },
        entry({ kind: 'status', status: to, text: shorten(command.text) })
      )
      if (to === 'resolved') {
        // The runbook: "the point person should host a retrospective as soon as possible", so
        // every incident gets its issue (severity sets its urgency), unless the config opens
        // one only where it is required. A GitHub reporter is told it is fixed.
        const wanted = config.retro.open === 'always' || severityOf(config, next.severity)?.retrospective
        if (wanted && !state.retro?.number) next = { ...next, retroOwed: true }
        if (state.thank && config.report.thankReporter && state.told !== 'done') next = { ...next, told: 'owed' }
      }
      break
    }
    case 'retro': {
      next = { ...state, retro: { ...state.retro, when: shorten(command.text, 200) || state.retro?.when } }
      if (command.text) next = addEntry(next, entry({ kind: 'retro', text: shorten(command.text) }))
      if (!state.retro?.number) next = { ...next, retroOwed: true }
      else if (command.text) effects.push({ type: 'retro-when', retro: state.retro.number, when: shorten(command.text, 200) })
      break
    }
    case 'followup':
      if ((state.followupsOwed ?? []).some((f) => f.key === input.id) || (state.followups ?? []).some((f) => f.key === input.id)) break
      next = { ...state, followupsOwed: [...(state.followupsOwed ?? []), { key: input.id, by: input.by, title: shorten(command.text, 200), ...(command.owner ? { owner: command.owner } : {}), ...(command.due ? { due: command.due } : {}) }] }
      break
    case 'suspect':
      next = { ...state, suspects: markSuspect(state.suspects, command.pr, input.at) }
      break
    case 'revert':
      if ((state.reverts ?? []).some((r) => r.key === input.id)) break
      if ((state.reverts ?? []).some((r) => r.pr === command.pr && !r.problem)) return refuse(`A revert of #${command.pr} was already asked for.`)
      next = { ...state, reverts: [...(state.reverts ?? []), { key: input.id, by: input.by, pr: command.pr }] }
      break
    case 'project':
      next = { ...state, project: { added: state.project?.added ?? [], problem: config.project ? undefined : 'No GitHub Project is configured (project.url in the incident config).' } }
      break
    case 'join': {
      const helpers = (state.helpers ?? []).filter((h) => h.login.toLowerCase() !== input.by.toLowerCase())
      next = addEntry({ ...state, helpers: [...helpers, { login: input.by, what: shorten(command.text, 140) || undefined }].slice(-50) }, entry({ kind: 'join', text: shorten(command.text, 140) || undefined, lead: state.lead }))
      break
    }
    case 'leave': {
      if (!state.helpers?.some((h) => h.login.toLowerCase() === input.by.toLowerCase())) return refuse('You are not listed as helping on this incident.')
      next = addEntry({ ...state, helpers: state.helpers.filter((h) => h.login.toLowerCase() !== input.by.toLowerCase()) }, entry({ kind: 'leave', lead: state.lead }))
      break
    }
    case 'reviewed': {
      if (state.status !== 'resolved') return refuse(state.status === 'reviewed' ? 'The incident is already reviewed.' : 'Resolve the incident first (`/resolve how it was solved`); then hold the retrospective.')
      next = addEntry(
        { ...state, status: 'reviewed', times: { ...state.times, reviewed: input.at } },
        entry({ kind: 'status', status: 'reviewed', text: state.retro?.number ? `Retrospective: #${state.retro.number}` : undefined })
      )
      break
    }
    case 'severity': {
      if (command.level === state.severity) return refuse(`The severity is already ${command.level}.`)
      if (!severityOf(config, command.level)) return refuse(`Severity ${command.level} is not defined here.`)
      next = addEntry({ ...state, severity: command.level }, entry({ kind: 'severity', severity: command.level, text: shorten(command.text) || undefined }))
      break
    }
    case 'role': {
      const holder = command.clear ? undefined : (command.login ?? input.by)
      const current = state.roles?.[command.role]
      if (!holder && !current) return refuse(`Nobody holds the ${command.role} role.`)
      if (holder && current?.toLowerCase() === holder.toLowerCase()) return refuse(`@${holder} is already ${command.role}.`)
      const roles = { ...state.roles }
      if (holder) roles[command.role] = holder
      else delete roles[command.role]
      next = addEntry({ ...state, roles: Object.keys(roles).length ? roles : undefined }, entry({ kind: 'role', role: command.role, holder }))
      break
    }
    case 'task': {
      const tasks = state.tasks ?? []
      if (tasks.some((t) => t.comment !== undefined && t.comment === input.comment)) break
      if (tasks.length >= MAX_TASKS) return refuse(`This incident has ${MAX_TASKS} tasks already; track more work in follow-up issues (\`/followup\`).`)
      const task = { n: tasks.length + 1, owner: command.login ?? input.by, text: shorten(command.text, 200), by: input.by, at: input.at, ...(input.comment && !input.replyOn ? { comment: input.comment } : {}) }
      next = addEntry({ ...state, tasks: [...tasks, task] }, entry({ kind: 'task', task: task.n, holder: task.owner, text: task.text }))
      break
    }
    case 'done': {
      const task = state.tasks?.find((t) => t.n === command.n)
      if (!task) return refuse(state.tasks?.length ? `There is no task ${command.n}; the tasks are numbered 1 to ${state.tasks.length}.` : 'This incident has no tasks yet (`/task @someone what`).')
      if (task.done) return refuse(`Task ${task.n} is already done (by @${task.done.by}).`)
      const may = [task.owner, state.lead].some((l) => l?.toLowerCase() === input.by.toLowerCase()) || meets(input.level, 'maintain')
      if (!may) return refuse(`Task ${task.n} is @${task.owner}'s: they, the lead${state.lead ? ` (@${state.lead})` : ''} or a maintainer can tick it.`)
      next = tickTask(state, task.n, input.by, input.at)
      break
    }
    case 'public': {
      if (state.status === 'reported') return refuse('Confirm the incident first (`/confirm`).')
      if (!isOpen(state.status)) return refuse('The incident is resolved: a new public post would only say so.')
      if (state.make?.id) return refuse(`The public Make post is already published${state.make.url ? ` (${state.make.url})` : ''}; it is kept in step with the incident.`)
      if (!command.skip && state.public && !state.public.skip) return refuse('The public Make post is already on its way.')
      // An earlier run may have published it without recording it: the next run finds it first.
      if (command.skip && state.pending?.includes('make:post')) return refuse('The public Make post may already be out (an earlier run was posting it); the next run checks. If it is, edit it by hand or lower the severity with `/severity`.')
      next = addEntry({ ...state, public: { by: input.by, at: input.at, ...(command.skip ? { skip: shorten(command.text, 280) } : {}) } }, entry({ kind: 'public', text: command.skip ? shorten(command.text) : undefined }))
      break
    }
    case 'snooze': {
      if (state.lead && state.lead.toLowerCase() !== input.by.toLowerCase()) return refuse(`Only the lead (@${state.lead}) can snooze update reminders.`)
      const until = new Date(Date.parse(input.at) + Math.min(command.ms, config.reminders.maxSnoozeMs)).toISOString()
      next = { ...state, snoozedUntil: until }
      break
    }
    case 'reopen': {
      if (state.status === 'reported') return refuse(refusal('reported', 'recorded'))
      if (state.status === 'recorded') return refuse('The incident is still waiting to be stabilized; post an `/update` instead.')
      const resolvedAt = state.times.resolved ? Date.parse(state.times.resolved) : undefined
      const tooLate = state.status === 'reviewed' || (resolvedAt !== undefined && Date.parse(input.at) - resolvedAt > REOPEN_WINDOW_MS)
      if (tooLate) {
        // The runbook: more than 48 hours after resolution, a recurrence is a new incident.
        react('rocket')
        if ((state.recurrences ?? []).some((r) => r.key === input.id)) return { state, effects }
        return { state: { ...state, recurrences: [...(state.recurrences ?? []), { key: input.id, by: input.by, text: shorten(command.text, 2000) }] }, effects }
      }
      const { resolved: _resolved, stabilized: _stabilized, investigating: _investigating, ...times } = state.times
      next = addEntry({ ...state, status: 'recorded', times: { ...times, update: input.at } }, entry({ kind: 'reopened', status: 'recorded', text: shorten(command.text) || undefined }))
      break
    }
  }
  react('rocket')
  return { state: next, effects }
}

/** At most this many tasks per incident: the card stays readable and within GitHub's limit. */
export const MAX_TASKS = 50

export function tickTask(state: IncidentState, n: number, by: string, at: string): IncidentState {
  return { ...state, tasks: state.tasks?.map((t) => (t.n === n && !t.done ? { ...t, done: { by, at } } : t)) }
}

/** Adds a timeline entry once: an entry id already present (a re-run) changes nothing. */
export function addEntry(state: IncidentState, entry: TimelineEntry): IncidentState {
  if (state.timeline.some((e) => e.id === entry.id)) return state
  const quiet = state.status === 'reported' && entry.kind !== 'confirmed'
  return { ...state, timeline: [...state.timeline, quiet ? { ...entry, slack: '', p2: 0 } : entry] }
}

export function allowedCommands(level: Level, config: Config): CommandSpec[] {
  return COMMANDS.filter((c) => meets(level, c.name === 'confirm' ? config.permissions.declare : commandLevel(config, c.name)))
}

/** The labels the incident should carry: the incident's own set replaced, others kept. */
export function desiredLabels(state: IncidentState, current: string[], config: Config): string[] {
  const ours = new Set([config.labels.incident, config.labels.critical, ...Object.values(config.labels.status), ...config.severities.map((s) => s.label)])
  const severity = severityOf(config, state.severity)
  // A report waiting for confirmation does not carry the incident label: adding it confirms.
  if (state.status === 'reported') return [...current.filter((l) => !ours.has(l)), config.labels.status.reported]
  const wanted = [config.labels.incident, config.labels.status[state.status]]
  if (severity) wanted.push(severity.label)
  if (severity?.criticalPriority) wanted.push(config.labels.critical)
  return [...current.filter((l) => !ours.has(l)), ...wanted]
}

/** The command a label added by hand stands for, if any. */
export function commandForLabel(label: string, config: Config): Command | undefined {
  const severity = config.severities.find((s) => s.label === label)
  if (severity) return { name: 'severity', level: severity.level, text: '' }
  const status = (Object.entries(config.labels.status) as Array<[Status, string]>).find(([, l]) => l === label)?.[0]
  switch (status) {
    case 'recorded':
      return { name: 'confirm' }
    case 'stabilized':
    case 'investigating':
      return { name: status, text: 'Label set on the issue.' }
    case 'resolved':
      return { name: 'resolve', text: 'Label set on the issue.' }
    default:
      return undefined
  }
}
