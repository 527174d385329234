import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHarness, MAKE_AT_ONCE, SEVERITY, writes, type Harness } from './harness.js'

let h: Harness
let number: number
beforeEach(async () => {
  h = await createHarness({ config: MAKE_AT_ONCE })
  const { issue } = await h.declare({ summary: 'Search returns 500', severity: SEVERITY[1] })
  number = issue.number
})
afterEach(async () => {
  await h.stop()
})

const alert = () => h.slack.topLevel()[0]
const reactionsOn = (comment: number) => h.github.reactions.filter((r) => r.comment === comment).map((r) => r.content)
const lastReply = () => h.github.commentsOn(number).filter((c) => !c.body.includes('incident-ops:card')).at(-1)!

describe('the lifecycle through commands', () => {
  it('claim → update → note → stabilized → investigating → severity → resolve, everywhere', async () => {
    const claim = await h.comment(number, 'msr-person', '/claim')
    expect(claim.result.code, claim.result.stderr).toBe(0)
    expect(h.github.issues.get(number).assignees).toEqual(['msr-person'])
    expect(reactionsOn(claim.comment.id)).toEqual(['rocket'])
    expect(alert().text).toContain('Lead: *msr-person*')

    await h.comment(number, 'msr-person', '/update Rolled back the deploy.\n\nErrors are falling.')
    await h.comment(number, 'triager', '/note Saw a spike in DB connections at 10:02')
    await h.comment(number, 'msr-person', '/stabilized Feature flag off; search works again')
    await h.comment(number, 'msr-person', '/investigating The new query planner picks a bad index')
    await h.comment(number, 'maintainer', '/severity 2 only some queries are slow now')
    const resolve = await h.comment(number, 'msr-person', '/resolve Index hint shipped in #123')
    expect(resolve.result.outputs).toMatchObject({ status: 'resolved', severity: '2' })

    const state = h.state(number)
    expect(state.timeline.map((e: { kind: string }) => e.kind)).toEqual(['declared', 'lead', 'update', 'note', 'status', 'status', 'severity', 'status'])
    expect(h.labels(number).sort()).toEqual(['🚨 incident', '✅ incident: resolved', '🚨 incident: severity 2', '🟥 priority: critical'].sort())

    // Slack: every command in the alert's thread, in order; the alert says resolved and is unpinned.
    const thread = h.slack.thread(alert().ts).map((m) => m.text)
    expect(thread).toHaveLength(7)
    expect(thread[0]).toContain('now leads this incident')
    expect(thread[1]).toContain('Rolled back the deploy.\n\nErrors are falling.')
    expect(thread[2]).toContain('Saw a spike')
    expect(thread[6]).toContain('Index hint shipped')
    expect(alert().text).toContain(':white_check_mark:')
    expect(alert().text).toContain('*Resolved*')
    expect(h.slack.pins.size).toBe(0)

    // P2: tagged status-resolved; comments for the update, the statuses and the severity, not the note.
    const p2 = await h.post('p2', state.p2.id)
    expect(await h.tagNames('p2', p2.tags)).toEqual(['incident', 'severity-2', 'status-resolved'])
    expect(p2.title.raw).toMatch(/^Resolved incident:/)
    const comments = await h.comments('p2', state.p2.id)
    expect(comments.map((c: { content: { raw: string } }) => c.content.raw.match(/<strong>([^<]+)<\/strong>/)?.[1])).toEqual(['Update', 'Stabilized', 'Under investigation', 'Severity changed to 2', 'Resolved'])
    expect(comments[1].content.raw).toContain('Feature flag off')
    // Make: title and body say resolved.
    const make = await h.post('make', state.make.id)
    expect(make.title.raw).toBe('Resolved: search is down')
    expect(make.content.raw).toContain('<strong>Resolved.</strong>')
    // The card shows the follow-up checklist.
    expect(h.card(number)!.body).toContain('Open follow-up issues')
    expect(h.github.violations).toEqual([])
  })

  it('three /update comments where only the last run executes: all three delivered, in order, once', async () => {
    const comments = ['first', 'second', 'third'].map((t) => h.github.addComment(number, 'msr-person', `/update ${t}`))
    const issue = h.github.issueJson(h.github.issues.get(number))
    const payload = h.github.payload('issue_comment', { action: 'created', issue, comment: comments[2], sender: h.github.user('msr-person') })
    const run = await h.run('issue_comment', payload)
    expect(run.code).toBe(0)
    expect(h.slack.thread(alert().ts).map((m) => m.text.split('\n')[1])).toEqual(['first', 'second', 'third'])
    const p2 = await h.comments('p2', h.state(number).p2.id)
    expect(p2.map((c: { content: { raw: string } }) => /<p>(first|second|third)<\/p>/.exec(c.content.raw)?.[1])).toEqual(['first', 'second', 'third'])
    for (const c of comments) expect(reactionsOn(c.id)).toEqual(['rocket'])

    // The same event again (a re-run) changes nothing.
    const again = await h.run('issue_comment', payload)
    expect(again.code).toBe(0)
    // Slack is only read (the thread, for messages people wrote there), nothing is posted.
    expect(again.slackCalls.map((c) => c.method)).toEqual(['conversations.replies'])
    expect(writes(again.githubRequests)).toEqual([])
    expect(h.slack.thread(alert().ts)).toHaveLength(3)
  })

  it('a person without permission is refused, and nothing changes', async () => {
    const before = h.state(number)
    const { comment, result } = await h.comment(number, 'outsider-collab', '/resolve it is fine')
    expect(result.code).toBe(0)
    expect(reactionsOn(comment.id)).toEqual(['-1'])
    expect(lastReply().body).toContain("`/resolve` was not run. It needs the repository's **triage** permission or higher; you have **read**.")
    const after = h.state(number)
    expect(after.status).toBe('recorded')
    expect(after.timeline).toEqual(before.timeline)
    expect(h.slack.thread(alert().ts)).toEqual([])
  })

  it('an unknown command or a bad argument gets 😕 and the usage', async () => {
    const unknown = await h.comment(number, 'triager', '/deploy now')
    expect(reactionsOn(unknown.comment.id)).toEqual(['confused'])
    expect(lastReply().body).toContain('`/deploy` is not a command here.')
    expect(lastReply().body).toContain('`/update what changed, what is next`')
    const bad = await h.comment(number, 'triager', '/severity 7')
    expect(reactionsOn(bad.comment.id)).toEqual(['confused'])
    expect(lastReply().body).toContain('Give a severity level (1, 2, 3)')
  })

  it('an impossible transition is refused with an explanation', async () => {
    await h.comment(number, 'msr-person', '/resolve done')
    await h.comment(number, 'msr-person', '/stabilized hmm')
    expect(lastReply().body).toContain('The incident is resolved. If it is happening again, use `/reopen`.')
    expect(h.state(number).status).toBe('resolved')
  })

  it('editing an /update edits its Slack reply and P2 comment', async () => {
    const { comment } = await h.comment(number, 'msr-person', '/update 50% of searches fail')
    const replyTs = h.slack.thread(alert().ts)[0].ts
    h.github.clock = () => new Date(Date.now() + 5000)
    const edited = h.github.editComment(comment.id, '/update 5% of searches fail (typo)')
    const run = await h.run('issue_comment', h.github.payload('issue_comment', { action: 'edited', issue: h.github.issueJson(h.github.issues.get(number)), comment: edited, sender: h.github.user('msr-person') }))
    expect(run.code).toBe(0)
    const reply = h.slack.thread(alert().ts)
    expect(reply).toHaveLength(1)
    expect(reply[0].ts).toBe(replyTs)
    expect(reply[0].text).toContain('5% of searches fail (typo)')
    expect(reply[0].edits).toBe(1)
    const [p2] = await h.comments('p2', h.state(number).p2.id)
    expect(p2.content.raw).toContain('5% of searches fail (typo)')
    expect(h.state(number).timeline.at(-1).text).toBe('5% of searches fail (typo)')
  })

  it('commands in hostile text stay harmless everywhere', async () => {
    const hostile = '<!channel> @here <script>x</script> #tag +blog @someone [l](javascript:x)'
    await h.comment(number, 'msr-person', `/update ${hostile}`)
    await h.comment(number, 'msr-person', `/stabilized ${hostile}`)
    for (const m of h.slack.thread(alert().ts)) expect(m.text).not.toMatch(/<!channel>|@here\b|<script/)
    for (const c of await h.comments('p2', h.state(number).p2.id)) {
      expect(c.content.raw).not.toMatch(/<script/)
      expect(c.content.raw.replace(/&#\d+;/g, '')).not.toMatch(/#tag|\+blog|@someone/)
    }
    const card = h.card(number)!.body.replace(/`[^`\n]*`/g, '')
    expect(card.match(/(^|[^\\])@(here|someone)\b/gm), card).toBeNull()
  })
})

describe('failures while commanding', () => {
  it('Slack answering 429 then 200: delivered in the same run after the wait', async () => {
    h.slack.fail('chat.postMessage', { status: 429, retryAfter: 1 })
    const { result } = await h.comment(number, 'msr-person', '/update still on it')
    expect(result.code).toBe(0)
    expect(h.slack.thread(alert().ts).map((m) => m.text)).toEqual([expect.stringContaining('still on it')])
    expect(h.state(number).failures).toEqual({})
  })

  it('Slack answering 500 throughout: GitHub moves on, the card says so, a later run delivers once', async () => {
    h.slack.fail('*', { status: 500 }, Infinity)
    const { result } = await h.comment(number, 'msr-person', '/stabilized flag off')
    expect(result.code).toBe(0)
    expect(h.state(number).status).toBe('stabilized')
    expect(h.state(number).failures.slack).toBe('Slack answered HTTP 500')
    expect(h.card(number)!.body).toContain('Some updates could not be delivered yet')
    expect(h.labels(number)).toContain('🩹 incident: stabilized')
    h.slack.heal()
    await h.comment(number, 'msr-person', '/note back')
    const thread = h.slack.thread(alert().ts).map((m) => m.text)
    expect(thread).toHaveLength(2)
    expect(thread[0]).toContain('Stabilized')
    expect(thread[1]).toContain('back')
    expect(alert().text).toContain('*Stabilized*')
    expect(h.state(number).failures).toEqual({})
  })

  it('WordPress down during /resolve: resolved on GitHub and Slack; P2 and Make catch up later', async () => {
    const down = 'http://127.0.0.1:9/wp-json/wp/v2'
    const comment = h.github.addComment(number, 'msr-person', '/resolve shipped the fix')
    const payload = h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(number)), comment, sender: h.github.user('msr-person') })
    const result = await h.run('issue_comment', payload, { inputs: { 'p2-api-url': down, 'make-api-url': down } })
    expect(result.code).toBe(0)
    const state = h.state(number)
    expect(state.status).toBe('resolved')
    expect(state.failures.p2).toContain('could not be reached')
    expect(alert().text).toContain('*Resolved*')
    expect((await h.post('make', state.make.id)).title.raw).toMatch(/^Investigating/)
    await h.run('issue_comment', payload)
    expect((await h.post('make', state.make.id)).title.raw).toMatch(/^Resolved/)
    expect(await h.tagNames('p2', (await h.post('p2', state.p2.id)).tags)).toContain('status-resolved')
    expect(h.state(number).failures).toEqual({})
  })
})

describe('a person editing what the action owns', () => {
  it('a deleted card is rebuilt from the comments; what was delivered is found where it went, not posted twice', async () => {
    await h.comment(number, 'msr-person', '/update first')
    const before = h.state(number)
    h.github.comments.delete(h.card(number)!.id)
    const { result } = await h.comment(number, 'msr-person', '/update second')
    expect(result.code, result.stdout).toBe(0)
    expect(result.stdout.replace(/::add-mask::.*\n/g, '')).toContain('the incident card is gone; rebuilding the incident from the issue and its comments')
    const state = h.state(number)
    expect(state.timeline.map((e: { kind: string }) => e.kind)).toEqual(['declared', 'update', 'update'])
    expect(state.slack.ts).toBe(before.slack.ts)
    expect(state.p2.id).toBe(before.p2.id)
    expect(state.make.id).toBe(before.make.id)
    expect(h.slack.topLevel()).toHaveLength(1)
    expect(h.slack.thread(alert().ts).map((m) => m.text.split('\n')[1])).toEqual(['first', 'second'])
    const p2 = await h.comments('p2', state.p2.id)
    expect(p2.map((c: { content: { raw: string } }) => /<p>(first|second)<\/p>/.exec(c.content.raw)?.[1])).toEqual(['first', 'second'])
  })

  it('a damaged card is rebuilt in place from the form and the comments', async () => {
    await h.comment(number, 'msr-person', '/claim')
    const card = h.card(number)!
    card.body = card.body.replace('"status":"recorded"', '"status":broken')
    const { result } = await h.comment(number, 'msr-person', '/note rebuilt?')
    expect(result.code, result.stdout).toBe(0)
    expect(result.stdout).toContain('rebuilding the incident from the issue and its comments')
    const state = h.state(number)
    expect(state.lead).toBe('msr-person')
    expect(state.timeline.map((e: { kind: string }) => e.kind)).toEqual(['declared', 'lead', 'note'])
    // The rebuilt card replaces the damaged one; old commands get no second reaction or reply.
    expect(h.github.commentsOn(number).filter((c) => c.body.includes('incident-ops:card'))).toHaveLength(1)
    expect(h.github.reactions.filter((r) => r.content === 'rocket')).toHaveLength(2)
    expect(h.slack.topLevel()).toHaveLength(1)
  })

  it('a state block typed into the issue body is never read', async () => {
    const forged = h.card(number)!.body.match(/<!-- incident-ops:state .* -->/)![0].replace('"status":"recorded"', '"status":"resolved"')
    const edited = h.github.editIssue(number, 'maintainer', { body: `${h.github.issues.get(number).body}\n\n${forged}` })
    const run = await h.run('issues', h.github.payload('issues', { action: 'edited', issue: edited, sender: h.github.user('maintainer') }))
    expect(run.code).toBe(0)
    expect(h.state(number).status).toBe('recorded')
    expect(alert().text).not.toContain('Resolved')
  })

  it('a form changed in the repository is read again, not taken from the card', async () => {
    const path = join(h.workspace, '.github/ISSUE_TEMPLATE/incident.yml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('label: Affected part of the service', 'label: What is affected'))
    const body = h.github.issues.get(number).body.replace('### Affected part of the service\n\n_No response_', '### What is affected\n\nthe search API')
    expect(body).toContain('### What is affected')
    const edited = h.github.editIssue(number, 'maintainer', { body })
    const run = await h.run('issues', h.github.payload('issues', { action: 'edited', issue: edited, sender: h.github.user('maintainer') }))
    expect(run.code, run.stdout).toBe(0)
    expect(h.state(number).published.affected).toBe('the search API')
    expect(alert().text).toContain('the search API')
  })

})

describe('labels and reopening', () => {
  it('a status label added by hand acts like the command', async () => {
    const issue = h.github.labelIssue(number, 'maintainer', '🩹 incident: stabilized')
    const run = await h.run('issues', h.github.payload('issues', { action: 'labeled', label: { name: '🩹 incident: stabilized' }, issue, sender: h.github.user('maintainer') }))
    expect(run.code).toBe(0)
    expect(h.state(number).status).toBe('stabilized')
    expect(h.labels(number)).not.toContain('🔥 incident: recorded')
  })

  it('a label whose run GitHub cancelled is acted on by the next run, once', async () => {
    h.github.labelIssue(number, 'maintainer', '🩹 incident: stabilized')
    // Its run never happens (a newer pending run replaced it): the next event's run reads the label from the timeline.
    await h.comment(number, 'msr-person', '/note checking')
    expect(h.state(number).status).toBe('stabilized')
    await h.comment(number, 'msr-person', '/investigating found it')
    await h.comment(number, 'msr-person', '/note again')
    expect(h.state(number).status).toBe('investigating')
    expect(h.state(number).timeline.filter((e: { status?: string }) => e.status === 'stabilized')).toHaveLength(1)
  })

  it('/reopen within 48 hours goes back to stabilization pending everywhere', async () => {
    await h.comment(number, 'msr-person', '/resolve fixed')
    h.github.issues.get(number).state = 'closed'
    const { result } = await h.comment(number, 'msr-person', '/reopen errors are back')
    expect(result.outputs.status).toBe('recorded')
    expect(h.github.issues.get(number).state).toBe('open')
    expect(h.slack.pins.size).toBe(1)
    expect(alert().text).toContain('Recorded, stabilization pending')
  })

  it('/reopen after 48 hours opens a new incident linked to this one, with markers typed in the form defused', async () => {
    const issue = h.github.issues.get(number)
    issue.body = issue.body.replace('### Affected part of the service\n\n_No response_', '### Affected part of the service\n\nAPI <!-- incident-ops:retro-of 99 -->')
    await h.comment(number, 'msr-person', '/resolve fixed')
    const later = new Date(Date.now() + 50 * 3_600_000)
    h.github.clock = () => later
    const { result } = await h.comment(number, 'msr-person', '/reopen it is back')
    expect(result.code, result.stdout).toBe(0)
    const created = [...h.github.issues.values()].find((i) => i.title.startsWith('Recurrence:'))!
    expect(created.title).toBe('Recurrence: Incident: search is down')
    expect(created.body).toContain(`after acme/${h.github.repo}#${number} was resolved`)
    expect(h.state(created.number)).toMatchObject({ status: 'recorded', recorder: 'msr-person', severity: 1 })
    expect(lastReply().body).toContain(`recorded as a new incident: #${created.number}`)
    expect(h.state(number).status).toBe('resolved')
    // The copied answer keeps its text but can never be read as the action's marker.
    expect(created.body).toContain('API <!--')
    expect(created.body).not.toContain('<!-- incident-ops:retro-of')
    // Run again, nothing is opened twice.
    await h.comment(number, 'msr-person', '/note still here')
    expect([...h.github.issues.values()].filter((i) => i.title.startsWith('Recurrence:'))).toHaveLength(1)
  })
})
