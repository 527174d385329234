// Named variants of the default process that a config adopts with `profile:`. The defaults
// follow the runbook where it is explicit; a profile changes only what it names, and the
// config's own keys still win over both. Documented in docs/profiles/.
import type { RawConfig } from './config.js'

export interface Profile {
  /** Per severity level: cadences and requirements that differ from the defaults. */
  severities: Record<number, Partial<NonNullable<RawConfig['severities']>[number]>>
  retrospective: NonNullable<RawConfig['retrospective']>
}

export const PROFILES = {
  // Openverse's newer docs: daily updates for minor incidents, and a retrospective issue only
  // where one is required (the others open one with /retro when it may recur).
  'openverse-2024': {
    severities: { 3: { 'update-every': '1d' } },
    retrospective: { open: 'required' }
  }
} satisfies Record<string, Profile>

export type ProfileName = keyof typeof PROFILES
