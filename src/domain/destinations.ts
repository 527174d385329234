// Where each destination stands, for the card's checklist: done, still owed, failed (retried
// on the next run), off (no credentials), or not needed. Derived from what is still owed
// (sync.ts), so the card never claims a post says resolved when it does not.
import type { Config } from '../config/config.js'
import type { IncidentState } from './state.js'
import { makeWanted, owedSyncs, type Enabled } from './sync.js'

export type DestinationState = 'done' | 'pending' | 'failed' | 'off' | 'not-needed'

export function destinationStates(state: IncidentState, config: Config, enabled: Enabled): Record<'slack' | 'p2' | 'make', DestinationState> {
  const owed = owedSyncs(state, config, enabled)
  const made = { slack: Boolean(state.slack?.ts), p2: Boolean(state.p2?.id), make: Boolean(state.make?.id) }
  const of = (dest: 'slack' | 'p2' | 'make'): DestinationState => {
    if (dest === 'make' && !makeWanted(state, config)) return 'not-needed'
    if (!enabled[dest]) return 'off'
    if (state.failures[dest]) return 'failed'
    return made[dest] && !owed.some((op) => op.dest === dest) ? 'done' : 'pending'
  }
  return { slack: of('slack'), p2: of('p2'), make: of('make') }
}
