// The process as configuration: types, the Openverse defaults, and resolution of a raw
// (already validated) `.github/incident.yml` into a complete Config.
import { parseDuration } from '../domain/time.js'
import { PROFILES, type Profile, type ProfileName } from './profiles.js'

export const STATUSES = ['reported', 'recorded', 'stabilized', 'investigating', 'resolved', 'reviewed'] as const
export type Status = (typeof STATUSES)[number]

export const LEVELS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const
export type Level = (typeof LEVELS)[number]

export interface Severity {
  level: number
  name: string
  definition: string
  label: string
  makePost: boolean
  criticalPriority: boolean
  leadWithinMs: number
  escalateAfterMs: number
  updateEveryMs: number
  retrospective: boolean
  /** Page the on-call service (PagerDuty, Opsgenie) when nobody leads by lead-within. */
  page: boolean
}

export type Rotation =
  | { kind: 'none' }
  | { kind: 'fixed'; login: string }
  | { kind: 'rotating'; logins: string[]; startMs: number; everyMs: number }

export interface Config {
  severities: Severity[]
  labels: { incident: string; critical: string; retro: string; followup: string; status: Record<Status, string> }
  slack: { channel?: string; users: Record<string, string>; pin: boolean }
  rotation: Rotation
  permissions: { declare: Level; commands: Record<string, Level> }
  /** Thank reporters on their GitHub issue or discussion: in this repository, or one of `repositories` (owner/name). */
  report: { thankReporter: boolean; repositories: string[] }
  wordpress: { p2Tags: string[]; makeTags: string[] }
  reminders: Reminders
  triage: Triage
  project?: { url: string; threshold: number; severityField: string }
  form: string
  templates?: string
  timezone: string
  /** Roles besides the lead (/role name @someone), by name: what each one is for. */
  roles: Record<string, string>
  /** The profile the config adopted, if any (config/profiles.ts). */
  profile?: ProfileName
  /**
   * `always`: every resolved incident gets its retrospective issue (the runbook), severity
   * deciding only its urgency; `required`: only severities whose retrospective is required.
   */
  retro: { open: 'always' | 'required'; example?: string }
  /** When a severity's Make post goes out: once the incident has a lead (the runbook's point person), or at once. */
  make: { after: 'lead' | 'recorded' }
  /** Where the runbook's critical issue for the code fix is opened (owner/name); undefined: this repository. */
  codeRepository?: string
  /** What changed shortly before an incident started, listed on its card (absent: off). */
  suspects?: { windowMs: number; max: number }
  /** The daily Slack digest of open incidents, at this local time (minutes after midnight; absent: off). */
  digest?: { atMinute: number }
}

export interface Link {
  title: string
  url: string
}

export interface Triage {
  /** Links for every incident: runbooks, the main dashboards. */
  default: Link[]
  /** Links per affected area, matched against the form's "affected" answer. */
  areas: Record<string, Link[]>
  /** Provider name → contact or status page, for the third-party checklist item. */
  providers: Record<string, string>
}

export interface Reminders {
  /** Stabilized or under investigation this long: nudge toward resolution. */
  stuckAfterMs: number
  /** Resolved this long without the retrospective held: nudge the lead. */
  retroAfterMs: number
  /** The longest a /snooze may postpone update reminders. */
  maxSnoozeMs: number
  /** Local hours (in `timezone`) when reminders for these severities wait until morning. */
  quietHours?: { start: number; end: number; severities: number[] }
}

/** The raw YAML shape; see schema/incident-config.schema.json. */
export interface RawConfig {
  severities?: Array<{
    level: number
    name: string
    definition: string
    label?: string
    'make-post'?: boolean
    'critical-priority'?: boolean
    'lead-within'?: string
    'escalate-after'?: string
    'update-every'?: string
    retrospective?: boolean
    page?: boolean
  }>
  labels?: { incident?: string; critical?: string; retro?: string; followup?: string; status?: Partial<Record<Status, string>> }
  slack?: { channel?: string; users?: Record<string, string>; pin?: boolean }
  rotation?: string | { logins: string[]; start: string; every?: string }
  permissions?: { declare?: Level; commands?: Record<string, Level> }
  report?: { 'thank-reporter'?: boolean; repositories?: string[] }
  reminders?: { 'stuck-after'?: string; 'retro-after'?: string; 'max-snooze'?: string; 'quiet-hours'?: { start: string; end: string; severities?: number[] } }
  wordpress?: { 'p2-tags'?: string[]; 'make-tags'?: string[] }
  triage?: { default?: Link[]; areas?: Record<string, Link[]>; providers?: Record<string, string> }
  project?: { url: string; threshold?: number; 'severity-field'?: string }
  form?: string
  templates?: string
  timezone?: string
  roles?: Record<string, string>
  profile?: ProfileName
  retrospective?: { open?: 'always' | 'required'; example?: string }
  make?: { after?: 'lead' | 'recorded' }
  'code-repository'?: string
  suspects?: false | { window?: string; max?: number }
  digest?: { time?: string }
}

// Openverse's scale and cadences (documentation/meta/incidents): hourly updates at every
// level (the runbook: "post updates hourly"); a Make post and a required retrospective for 1
// and 2. The newer variant (daily updates for minor incidents) is the openverse-2024 profile.
const DEFAULT_SEVERITIES: NonNullable<RawConfig['severities']> = [
  {
    level: 1,
    name: 'Critical',
    definition: 'Affects all or most users and most functionality: the site is down, every search fails, the API errors for every search.',
    'make-post': true,
    'critical-priority': true,
    'lead-within': '15m',
    'escalate-after': '30m',
    'update-every': '1h',
    retrospective: true,
    page: true
  },
  {
    level: 2,
    name: 'Major',
    definition: 'Affects many users or a critical function: keyboard navigation broken, a big provider returns nothing, a whole country cannot load the site.',
    'make-post': true,
    'critical-priority': true,
    'lead-within': '30m',
    'escalate-after': '1h',
    'update-every': '1h',
    retrospective: true,
    page: true
  },
  {
    level: 3,
    name: 'Minor',
    definition: 'Affects few users or a non-critical function: staging infrastructure down, one translation falls back to English.',
    'make-post': false,
    'critical-priority': false,
    'lead-within': '4h',
    'escalate-after': '8h',
    'update-every': '1h',
    retrospective: false,
    page: false
  }
]

export const DEFAULT_LABELS: Config['labels'] = {
  incident: '🚨 incident',
  critical: '🟥 priority: critical',
  retro: '📝 incident: retrospective',
  followup: '🧹 incident: follow-up',
  status: {
    reported: '🚦 incident: awaiting confirmation',
    recorded: '🔥 incident: recorded',
    stabilized: '🩹 incident: stabilized',
    investigating: '🔎 incident: investigating',
    resolved: '✅ incident: resolved',
    reviewed: '📝 incident: reviewed'
  }
}

export function resolveConfig(raw: RawConfig = {}): Config {
  const profile: Profile | undefined = raw.profile ? PROFILES[raw.profile] : undefined
  // The profile changes the defaults; the config's own keys still win.
  const defaults = DEFAULT_SEVERITIES.map((d) => ({ ...d, ...profile?.severities[d.level] }))
  const severities = (raw.severities ?? defaults)
    .map((s) => {
      // A level the user defines without cadences takes those of the same default level.
      const base = defaults.find((d) => d.level === s.level) ?? defaults[defaults.length - 1]
      return {
        level: s.level,
        name: s.name,
        definition: s.definition,
        label: s.label ?? `🚨 incident: severity ${s.level}`,
        makePost: s['make-post'] ?? base['make-post']!,
        criticalPriority: s['critical-priority'] ?? base['critical-priority']!,
        leadWithinMs: parseDuration(s['lead-within'] ?? base['lead-within']!),
        escalateAfterMs: parseDuration(s['escalate-after'] ?? base['escalate-after']!),
        updateEveryMs: parseDuration(s['update-every'] ?? base['update-every']!),
        retrospective: s.retrospective ?? base.retrospective!,
        page: s.page ?? base.page!
      }
    })
    .sort((a, b) => a.level - b.level)

  const rotation: Rotation =
    raw.rotation === undefined
      ? { kind: 'none' }
      : typeof raw.rotation === 'string'
        ? { kind: 'fixed', login: raw.rotation }
        : {
            kind: 'rotating',
            logins: raw.rotation.logins,
            startMs: Date.parse(raw.rotation.start.length === 10 ? `${raw.rotation.start}T00:00:00Z` : raw.rotation.start),
            everyMs: parseDuration(raw.rotation.every ?? '1w')
          }

  return {
    severities,
    labels: {
      incident: raw.labels?.incident ?? DEFAULT_LABELS.incident,
      critical: raw.labels?.critical ?? DEFAULT_LABELS.critical,
      retro: raw.labels?.retro ?? DEFAULT_LABELS.retro,
      followup: raw.labels?.followup ?? DEFAULT_LABELS.followup,
      status: { ...DEFAULT_LABELS.status, ...raw.labels?.status }
    },
    slack: { channel: raw.slack?.channel, users: raw.slack?.users ?? {}, pin: raw.slack?.pin ?? true },
    rotation,
    permissions: {
      declare: raw.permissions?.declare ?? 'triage',
      // The public Make post speaks for the project: by default it takes write access to force it.
      // A task's owner ticks it (applyCommand checks who), even without triage access. /revert has
      // the action push a branch, which a triager cannot.
      commands: { default: 'triage', help: 'none', public: 'write', done: 'read', revert: 'write', ...raw.permissions?.commands }
    },
    report: { thankReporter: raw.report?.['thank-reporter'] ?? true, repositories: (raw.report?.repositories ?? []).map((r) => r.toLowerCase()) },
    reminders: {
      stuckAfterMs: parseDuration(raw.reminders?.['stuck-after'] ?? '3d'),
      retroAfterMs: parseDuration(raw.reminders?.['retro-after'] ?? '7d'),
      maxSnoozeMs: parseDuration(raw.reminders?.['max-snooze'] ?? '8h'),
      quietHours: raw.reminders?.['quiet-hours'] && {
        start: minutesOf(raw.reminders['quiet-hours'].start),
        end: minutesOf(raw.reminders['quiet-hours'].end),
        // Severity 1 never waits for morning unless the config says so.
        severities: raw.reminders['quiet-hours'].severities ?? severities.filter((s) => s.level > 1).map((s) => s.level)
      }
    },
    triage: { default: raw.triage?.default ?? [], areas: raw.triage?.areas ?? {}, providers: raw.triage?.providers ?? {} },
    project: raw.project && { url: raw.project.url, threshold: raw.project.threshold ?? 3, severityField: raw.project['severity-field'] ?? 'Severity' },
    wordpress: { p2Tags: raw.wordpress?.['p2-tags'] ?? [], makeTags: raw.wordpress?.['make-tags'] ?? [] },
    form: raw.form ?? '.github/ISSUE_TEMPLATE/incident.yml',
    templates: raw.templates,
    timezone: raw.timezone ?? 'UTC',
    roles: raw.roles ?? DEFAULT_ROLES,
    profile: raw.profile,
    retro: { open: raw.retrospective?.open ?? profile?.retrospective.open ?? 'always', example: raw.retrospective?.example },
    make: { after: raw.make?.after ?? 'lead' },
    codeRepository: raw['code-repository'],
    suspects: raw.suspects === false ? undefined : { windowMs: parseDuration(raw.suspects?.window ?? '24h'), max: raw.suspects?.max ?? 10 },
    digest: raw.digest?.time ? { atMinute: minutesOf(raw.digest.time) } : undefined
  }
}

/** The runbook's jobs besides leading: the public posts and the record. */
export const DEFAULT_ROLES: Record<string, string> = {
  comms: 'the public posts (Make) and replies to reporters',
  scribe: 'the record: notes in the timeline, the retrospective'
}

export function severityOf(config: Config, level: number): Severity | undefined {
  return config.severities.find((s) => s.level === level)
}

/** The permission a command needs: its own entry, else the default. */
export function commandLevel(config: Config, command: string): Level {
  return config.permissions.commands[command] ?? config.permissions.commands.default ?? 'triage'
}

/** "22:30" → minutes after midnight. */
function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}
