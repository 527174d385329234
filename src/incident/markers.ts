// The hidden markers the action writes at the start of its own comments and issues. They are
// keys for finding what it wrote (a reply, a reminder, an issue a killed run opened), and they
// count only on text written by the action's own account: anyone can type them.
export const MARK = '<!-- incident-ops:'
export const CARD_MARKER = `${MARK}card -->`
export const PROBLEMS_MARKER = `${MARK}form-problems -->`
export const replyMarker = (key: string) => `${MARK}reply ${key} -->`
export const reminderMarker = (kind: string, anchor: string) => `${MARK}reminder ${kind} ${anchor} -->`
export const thanksMarker = (op: string, incident: string) => `${MARK}${op} ${incident} -->`
export const RETRO_OF = /^<!-- incident-ops:retro-of (\d+) -->/
export const retroMarker = (incident: number) => `${MARK}retro-of ${incident} -->`
export const followupMarker = (incident: number, key: string) => `${MARK}followup-of ${incident} ${key} -->`
export const recurrenceMarker = (incident: number, key: string) => `${MARK}recurrence-of ${incident} ${key} -->`
/** On an incident issue the action opened: who declared it (read only from the action's own issues). */
export const DECLARED_BY = /^<!-- incident-ops:declared-by ([\w.[\]-]+) -->/
export const declaredByMarker = (login: string) => `${MARK}declared-by ${login} -->`
/** On the critical issue for an incident's code fix (which may be in another repository): the incident, as owner/name#number. */
export const codeIssueMarker = (incident: string) => `${MARK}code-fix-of ${incident} -->`
export const revertMarker = (incident: string, key: string) => `${MARK}revert ${incident} ${key} -->`
export const nudgeMarker = (incident: string, followup: number) => `${MARK}nudge ${incident} ${followup} -->`
export const FOLLOWUP_OF = /^<!-- incident-ops:followup-of (\d+) /
