// The incident card: the one comment that holds an incident's state, written by the action's
// own account. This module alone finds, reads and writes it. A comment by anyone else (a
// person, another app, another bot) is never read as state, whatever markers it carries.
import { decodeState, encodeState, type Decoded, type IncidentState, type TimelineEntry } from '../domain/state.js'
import { wantsP2, wantsSlack } from '../domain/sync.js'
import { writtenBy, type Comment, type Identity, type IncidentListing, type Repo } from '../github/repo.js'
import type { IncidentView } from '../render/view.js'
import { CARD_MARKER } from './markers.js'

export { CARD_MARKER }

/** GitHub refuses comments over 65,536 characters; the card keeps a margin. */
export const CARD_LIMIT = 65_000
/** The state block's share of the card: the rest is for people. */
const STATE_LIMIT = 30_000
/** Timeline entries the card shows before it counts the rest. */
const SHOWN_ENTRIES = 60

export interface Card {
  id: number
  body: string
}

/** The card: the first comment by the action's own account that carries the card marker. */
export function findCard(self: Identity, comments: Comment[]): Card | undefined {
  return comments.find((c) => writtenBy(self, c) && c.body.startsWith(CARD_MARKER))
}

export function readCard(card: Card): Decoded {
  return decodeState(card.body)
}

/**
 * The card's text: what people read, then the state. It always fits in a comment: the state
 * is compacted, and the timeline shows its latest entries with a count of the earlier ones.
 */
export function renderCard(state: IncidentState, view: IncidentView, render: (view: IncidentView) => string): { body: string; state: IncidentState } {
  const compact = compactState(state, STATE_LIMIT)
  const block = encodeState(compact)
  let shown = Math.min(SHOWN_ENTRIES, view.timeline.length)
  for (;;) {
    const earlier = view.timeline.length - shown + (state.archived ?? 0)
    const text = render({ ...view, timeline: view.timeline.slice(view.timeline.length - shown), earlier })
    const body = `${CARD_MARKER}\n${text}\n\n${block}`
    if (body.length <= CARD_LIMIT || shown === 0) return { body: body.length <= CARD_LIMIT ? body : `${CARD_MARKER}\n${text.slice(0, CARD_LIMIT - block.length - 200)}…\n\n${block}`, state: compact }
    shown = Math.floor(shown / 2)
  }
}

/**
 * The state within a size: the texts of older entries go first (the comments keep them), then
 * the oldest entries themselves, counted in `archived`. Entries still owed a delivery stay.
 * The form's fields (state.form) go before any of them.
 */
export function compactState(state: IncidentState, limit: number): IncidentState {
  const size = (s: IncidentState) => encodeState(s).length
  if (size(state) <= limit) return state
  // The form's fields are only a copy (a run reads the form again without it): they go first.
  if (state.form) return compactState({ ...state, form: undefined }, limit)
  let next: IncidentState = { ...state, timeline: state.timeline.map((e, i) => (i < state.timeline.length - 20 ? { ...e, text: undefined } : e)) }
  const settled = (e: TimelineEntry) => (!wantsSlack(e) || e.slack) && (!wantsP2(e) || e.p2) && !e.slackEdit && !e.p2Edit
  // Settled entries first; past that (a destination off for a long time), the oldest of any.
  for (const droppable of [settled, () => true]) {
    while (size(next) > limit) {
      const drop = next.timeline.findIndex(droppable)
      if (drop < 0 || drop >= next.timeline.length - 10) break
      next = { ...next, timeline: next.timeline.filter((_, i) => i !== drop), archived: (next.archived ?? 0) + 1 }
    }
  }
  return next
}

/** The card of a listed incident: among its first comments, else (rarely) in all of them. */
export async function listedCard(repo: Repo, self: Identity, incident: IncidentListing): Promise<Card | undefined> {
  const card = findCard(self, incident.firstComments)
  if (card || incident.comments <= incident.firstComments.length) return card
  return findCard(self, await repo.listComments(incident.number))
}

/** Writes the card: creates it, or edits it where it differs. */
export async function writeCard(repo: Repo, issue: number, card: Card | undefined, body: string): Promise<Card> {
  if (!card) return { id: (await repo.createComment(issue, body)).id, body }
  if (card.body !== body) await repo.updateComment(card.id, body)
  return { id: card.id, body }
}
