// The incident's status lifecycle (Openverse runbook): which moves are allowed, and why not.
import type { Status } from '../config/config.js'

/** Where each status may go. "recorded" again is a recurrence (stabilization pending). */
const NEXT: Record<Status, Status[]> = {
  reported: ['recorded'],
  recorded: ['stabilized', 'investigating', 'resolved'],
  stabilized: ['investigating', 'resolved', 'recorded'],
  investigating: ['stabilized', 'resolved', 'recorded'],
  resolved: ['recorded', 'reviewed'],
  reviewed: []
}

export const REOPEN_WINDOW_MS = 48 * 3_600_000

export function canMove(from: Status, to: Status): boolean {
  return NEXT[from].includes(to)
}

/** Why a move is refused, in words for the person who asked. */
export function refusal(from: Status, to: Status): string {
  if (from === to) return `The incident is already ${to}.`
  if (from === 'reported') return 'The incident is not confirmed yet: someone who may declare incidents must `/confirm` it first.'
  if (from === 'reviewed') return 'The incident has been reviewed and is closed. If it happened again, `/reopen` records a new incident linked to this one.'
  if (from === 'resolved') return 'The incident is resolved. If it is happening again, use `/reopen`.'
  const allowed = NEXT[from].filter((s) => s !== 'recorded')
  return `An incident that is ${from} can move to ${allowed.join(' or ')}.`
}

export const isOpen = (status: Status) => status !== 'resolved' && status !== 'reviewed'
