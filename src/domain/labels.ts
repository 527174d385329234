// Every label the config and the form use, with the colour and description setup gives a
// label it creates (GitHub creates a label met for the first time grey and unexplained).
import { STATUSES, type Config, type Status } from '../config/config.js'

export interface LabelSpec {
  name: string
  /** Six hex digits, no '#'. */
  color: string
  /** At most 100 characters (GitHub's limit). */
  description: string
}

const STATUS: Record<Status, { color: string; description: string }> = {
  reported: { color: 'fbca04', description: 'Incident reported from outside: awaiting /confirm by someone who may declare' },
  recorded: { color: 'd93f0b', description: 'Incident recorded: find a lead and stabilize' },
  stabilized: { color: 'f9d0c4', description: 'Incident stabilized: no longer disrupting service' },
  investigating: { color: '1d76db', description: 'Incident stable; fixes identified or in progress' },
  resolved: { color: '0e8a16', description: 'Incident resolved: short-term fixes are in' },
  reviewed: { color: '5319e7', description: 'Incident reviewed in its retrospective' }
}
const SEVERITY_COLORS = ['b60205', 'd93f0b', 'fbca04', 'c2e0c6', 'bfdadc']

export function labelSpecs(config: Config, formLabels: string[] = []): LabelSpec[] {
  const specs: LabelSpec[] = [
    { name: config.labels.incident, color: 'b91c1c', description: 'An incident: managed by incident-ops through comments (/help)' },
    ...STATUSES.map((s) => ({ name: config.labels.status[s], ...STATUS[s] })),
    ...config.severities.map((s, i) => ({
      name: s.label,
      color: SEVERITY_COLORS[Math.min(i, SEVERITY_COLORS.length - 1)],
      description: cut(`Severity ${s.level}: ${s.name}. ${s.definition}`)
    })),
    { name: config.labels.critical, color: 'b60205', description: 'Critical priority: work that stabilizes a severe incident' },
    { name: config.labels.retro, color: '5319e7', description: 'The retrospective of an incident' },
    { name: config.labels.followup, color: 'c5def5', description: 'Follow-up work from an incident' },
    ...formLabels.map((name) => ({ name, color: 'ededed', description: 'Applied by the incident form' }))
  ]
  // Two keys may name one label (e.g. the retro and reviewed labels): the first wins.
  const seen = new Set<string>()
  return specs.filter((s) => !seen.has(s.name.toLowerCase()) && seen.add(s.name.toLowerCase()))
}

const cut = (text: string) => (text.length <= 100 ? text : `${text.slice(0, 99)}…`)
