// Step 1 of an incident run: read the issue, its comments and who the token is (one request
// per 100 comments), find the card and read the trusted state from it.
import * as core from '@actions/core'
import type { IncidentState } from '../domain/state.js'
import { labelNames, writtenBy, type Comment, type IssueSnapshot } from '../github/repo.js'
import { findCard, readCard, type Card } from './card.js'
import type { Env } from './context.js'
import { MARK, PROBLEMS_MARKER } from './markers.js'

/** What started the run, as far as the incident is concerned. */
export type Trigger =
  | { kind: 'opened' }
  | { kind: 'edited' }
  | { kind: 'labeled' | 'unlabeled'; label: string; sender: string }
  /** author: who wrote a new comment that looks like a command (their level is asked while the issue loads). */
  | { kind: 'comment'; comment?: number; author?: string }
  | { kind: 'closed' | 'reopened' }
  /** Opened by the action in this run (workflow_dispatch, a recurrence): declared as this person. */
  | { kind: 'declared-by'; login: string }
  /** Started by a sweep or a retrospective's event (workflow_dispatch with the issue number). */
  | { kind: 'dispatch' }

export interface Loaded extends IssueSnapshot {
  card?: Card
  /** The trusted state; undefined for an issue that is not (yet) an incident, or whose card is unreadable. */
  state?: IncidentState
  /**
   * The card is damaged or was deleted (the action's other comments are there): the incident is
   * rebuilt from its form and comments, quietly, and every delivery is looked for before it is made.
   */
  rebuild: boolean
  /**
   * Deliveries an earlier run started and did not record: each is looked for at its destination
   * before it is made again. 'all' when the record itself may be wrong (a rebuild, repaired fields).
   */
  uncertain: Set<string> | 'all'
  /** The retrospective issue and its comments, when it may hold commands for this run. */
  retro?: { issue: IssueSnapshot['issue']; comments: Comment[] }
}

export async function load(env: Env, number: number, trigger: Trigger): Promise<Loaded | undefined> {
  const snapshot = await env.repo.loadIssue(number)
  if (!snapshot) return undefined
  const card = findCard(snapshot.self, snapshot.comments)
  const decoded = card ? readCard(card) : undefined
  // Signs that the action has run this incident before: its comments, or the status labels only it sets.
  const statusLabels = Object.entries(env.config.labels.status).filter(([status]) => status !== 'reported').map(([, label]) => label)
  const traces =
    snapshot.comments.some((c) => writtenBy(snapshot.self, c) && c.body.startsWith(MARK) && !c.body.startsWith(PROBLEMS_MARKER)) ||
    labelNames(snapshot.issue).some((l) => statusLabels.includes(l))
  const loaded: Loaded = { ...snapshot, card, uncertain: new Set(), rebuild: false }
  if (decoded && 'state' in decoded) {
    loaded.state = decoded.state
    // A damaged field (a post's id, the alert's ts) was reset: whatever it named is looked for first.
    loaded.uncertain = decoded.repaired.length ? 'all' : new Set(decoded.state.pending ?? [])
    if (decoded.repaired.length) core.warning(`#${number}: the card's state had damaged fields (${decoded.repaired.join(', ')}); they were reset and are rebuilt where they can be.`)
  } else if (card || traces) {
    loaded.rebuild = true
    loaded.uncertain = 'all'
    const why = !card ? 'the incident card is gone' : decoded ? decoded.error : 'the card has no state block'
    core.warning(`#${number}: ${why}; rebuilding the incident from the issue and its comments.`)
  }
  // Commands on the retrospective and its closing act on the incident: read them when a run was started for that.
  const retro = loaded.state?.retro?.number
  if (retro && trigger.kind === 'dispatch' && loaded.state?.status === 'resolved') {
    const retroSnapshot = await env.repo.loadIssue(retro)
    if (retroSnapshot) loaded.retro = { issue: retroSnapshot.issue, comments: retroSnapshot.comments }
  }
  return loaded
}
