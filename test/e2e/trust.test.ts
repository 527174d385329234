// The state model under attack and under faults: forged state, other accounts' comments,
// tokens of every kind, runs killed or failing between two writes, texts of any size, edits by
// people who may not publish, and escaping where text goes out.
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, MAKE_AT_ONCE, formBody, SEVERITY, writes, type Harness } from './harness.js'
import { encodeState } from '../../src/domain/state.js'

let h: Harness
beforeEach(async () => {
  h = await createHarness({ config: MAKE_AT_ONCE })
})
afterEach(async () => {
  await h.stop()
})

const alertOf = (number: number) => h.slack.topLevel().find((m) => m.text.includes(`|#${number}>`))!
/** A comment and its run, with options passed to the run (a kill, another token). */
const commentRun = (number: number, user: string, body: string, extra: Parameters<Harness['run']>[2] = {}) => {
  const comment = h.github.addComment(number, user, body)
  const issue = h.github.issueJson(h.github.issues.get(number))
  return h.run('issue_comment', h.github.payload('issue_comment', { action: 'created', issue, comment, sender: h.github.user(user) }), extra)
}
const stdout = (run: { stdout: string }) => run.stdout.replace(/::add-mask::.*\n/g, '')

describe('nothing a person types is state', () => {
  it('a state block in a stranger’s new issue is ignored: the report waits for /confirm and nothing goes out', async () => {
    const victim = (await h.declare({ summary: 'Real incident', severity: SEVERITY[1] })).issue.number
    const real = h.state(victim)
    const forged = encodeState({ ...real, status: 'recorded', recorder: 'maintainer', handled: 999_999_999, retro: { number: victim } })
    const issue = h.github.fileIssue({ title: 'Incident: forged', body: `${formBody({ summary: 'x', severity: SEVERITY[1] })}\n\n${forged}`, user: 'stranger', labels: ['🚨 incident'] })
    const before = { make: h.slack.messages.length }
    const run = await h.run('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('stranger') }))
    expect(run.code, run.stdout).toBe(0)
    const state = h.state(issue.number)
    expect(state.status).toBe('reported')
    expect(state.p2).toBeUndefined()
    expect(state.make).toBeUndefined()
    expect(state.handled).toBe(0)
    // Only the quiet notice; the victim's alert and posts are untouched.
    expect(h.slack.messages.length).toBe(before.make + 1)
    expect(h.slack.messages.at(-1)!.thread_ts).toBeUndefined()
    expect(h.slack.pins.size).toBe(1)
    expect((await h.post('make', real.make.id)).title.raw).not.toContain('forged')
    // A later command is handled: the forged counter silenced nothing.
    await h.comment(issue.number, 'maintainer', '/confirm')
    expect(h.state(issue.number).status).toBe('recorded')
  })

  it('another app’s comment carrying a card and state (a welcome bot quoting) is never read as the card', async () => {
    const issue = h.github.fileIssue({ title: 'Incident: search is down', body: formBody({ summary: 'Down', severity: SEVERITY[2] }), user: 'maintainer', labels: ['🚨 incident'] })
    const fake = { v: 1, status: 'resolved', severity: 2, recorder: 'maintainer', handled: 0, timeline: [], times: {}, failures: {}, slack: { channel: 'C0INCIDENT', ts: '1.1' } }
    h.github.addComment(issue.number, 'welcome-bot[bot]', `<!-- incident-ops:card -->\nWelcome! You wrote:\n\n<!-- incident-ops:state ${JSON.stringify(fake)} -->`)
    const run = await h.run('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') }))
    expect(run.code, run.stdout).toBe(0)
    expect(h.state(issue.number).status).toBe('recorded')
    expect(h.slack.topLevel()).toHaveLength(1)
  })
})

describe('any token', () => {
  for (const [kind, login] of [
    ['a GitHub App token', 'incident-ops-app[bot]'],
    ['a personal access token', 'ops-maintainer']
  ] as const) {
    it(`with ${kind}: one card by that account, the same lifecycle, and its own comments start nothing`, async () => {
      const identity = h.github.addToken(`${kind}-token`, login)
      h.github.roles.set(login, 'admin')
      const inputs = { 'github-token': `${kind}-token` }
      const issue = h.github.fileIssue({ title: 'Incident: search is down', body: formBody({ summary: 'Down', severity: SEVERITY[2] }), user: 'maintainer', labels: ['🚨 incident'] })
      const declared = await h.run('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') }), { inputs })
      expect(declared.code, declared.stdout).toBe(0)
      await commentRun(issue.number, 'msr-person', '/claim', { inputs })
      const update = await commentRun(issue.number, 'msr-person', '/update rolled back', { inputs })
      expect(update.code, update.stdout).toBe(0)
      const cards = h.github.commentsOn(issue.number).filter((c) => c.body.startsWith('<!-- incident-ops:card -->'))
      expect(cards).toHaveLength(1)
      expect(cards[0].user.id).toBe(identity.id)
      const state = h.state(issue.number, identity)
      expect(state.lead).toBe('msr-person')
      expect(h.slack.thread(alertOf(issue.number).ts).map((m) => m.text)).toEqual([expect.stringContaining('now leads'), expect.stringContaining('rolled back')])
      // With these tokens GitHub starts a run for the action's own comment: it costs nothing.
      const own = h.github.commentsOn(issue.number).find((c) => c.user.id === identity.id)!
      const echo = await h.run('issue_comment', h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(issue.number)), comment: h.github.commentJson(own), sender: identity }), { inputs })
      expect(echo.code).toBe(0)
      expect(echo.githubRequests).toEqual([])
      // And its own label writes are not taken for a person's acts.
      const labeled = await h.run('issues', h.github.payload('issues', { action: 'labeled', label: { name: '🔥 incident: recorded' }, issue: h.github.issueJson(h.github.issues.get(issue.number)), sender: identity }), { inputs })
      expect(labeled.code).toBe(0)
      expect(writes(labeled.githubRequests)).toEqual([])
    })
  }
})

describe('a personal access token’s owner', () => {
  it('still commands as that account: only the action’s marked comments are its own', async () => {
    const identity = h.github.addToken('pat', 'ops-maintainer')
    h.github.roles.set('ops-maintainer', 'admin')
    const inputs = { 'github-token': 'pat' }
    const issue = h.github.fileIssue({ title: 'Incident: x', body: formBody({ summary: 'x', severity: SEVERITY[3] }), user: 'maintainer', labels: ['🚨 incident'] })
    await h.run('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') }), { inputs })
    const claim = await commentRun(issue.number, 'ops-maintainer', '/claim', { inputs })
    expect(claim.code, claim.stdout).toBe(0)
    expect(h.state(issue.number, identity).lead).toBe('ops-maintainer')
  })
})

describe('exactly once under faults', () => {
  let number: number
  beforeEach(async () => {
    number = (await h.declare({ summary: 'Search returns 500', severity: SEVERITY[1] })).issue.number
  })
  const once = async (text: string) => {
    const alert = alertOf(number)
    expect(h.slack.thread(alert.ts).filter((m) => m.text.includes(text))).toHaveLength(1)
    const p2 = await h.comments('p2', h.state(number).p2.id)
    expect(p2.filter((c: { content: { raw: string } }) => c.content.raw.includes(text))).toHaveLength(1)
  }

  it('killed right after Slack took the update: the next run finds the reply by its key and posts the rest once', async () => {
    const killed = await commentRun(number, 'maintainer', '/update failing over now', { killOnSlack: (method, args) => method === 'chat.postMessage' && Boolean(args.thread_ts) })
    expect(killed.code).not.toBe(0)
    expect(h.state(number).pending).toEqual(expect.arrayContaining([expect.stringMatching(/^slack:reply:/), expect.stringMatching(/^p2:comment:/)]))
    const next = await commentRun(number, 'maintainer', '/note next')
    expect(next.code, next.stdout).toBe(0)
    await once('failing over now')
    expect(next.slackCalls.some((c) => c.method === 'conversations.replies')).toBe(true)
    expect(h.state(number).pending).toBeUndefined()
  })

  for (const [what, status, message] of [
    ['a 5xx', 502, 'Server Error'],
    ['a secondary rate limit (403)', 403, 'You have exceeded a secondary rate limit']
  ] as const) {
    it(`the card write failing with ${what} after delivering: the next run delivers nothing twice`, async () => {
      // The first card write (before delivering) goes through; the last one fails.
      h.github.failNext('PATCH', '/issues/comments/\\d+$', status, 10, message, { skip: 1, headers: { 'retry-after': '1' } })
      const failed = await commentRun(number, 'maintainer', '/update replica promoted')
      expect(failed.code).not.toBe(0)
      h.github.failures.length = 0
      const next = await commentRun(number, 'maintainer', '/note after')
      expect(next.code, next.stdout).toBe(0)
      await once('replica promoted')
      expect(h.slack.topLevel()).toHaveLength(1)
    })
  }

  it('GitHub opening a follow-up but answering 502: not sent again; the next run finds it by its marker', async () => {
    h.github.failNext('POST', `/issues$`, 502, 1, 'Server Error', { done: true })
    const failed = await commentRun(number, 'maintainer', '/followup Alert on cluster health')
    expect(failed.code, failed.stdout).toBe(0)
    expect(h.state(number).pending).toContain(`github:followup:c${h.github.nextComment - 1}`)
    await commentRun(number, 'maintainer', '/note later')
    const followups = [...h.github.issues.values()].filter((i) => i.title === 'Alert on cluster health')
    expect(followups).toHaveLength(1)
    expect(h.state(number).followups.map((f: { number: number }) => f.number)).toEqual([followups[0].number])
  })

  it('Slack posting a reply but answering 502: not posted again; the next run finds it by its metadata', async () => {
    h.slack.fail('chat.postMessage', { status: 502, done: true, when: (args) => Boolean(args.thread_ts) })
    await commentRun(number, 'maintainer', '/update lost answer')
    await commentRun(number, 'maintainer', '/note later')
    await once('lost answer')
  })

  it('when Slack cannot be asked whether an uncertain reply went out, it waits instead of posting it twice', async () => {
    await commentRun(number, 'maintainer', '/update asked', { killOnSlack: (method, args) => method === 'chat.postMessage' && Boolean(args.thread_ts) })
    h.slack.canReadHistory = false
    const blind = await commentRun(number, 'maintainer', '/note meanwhile')
    expect(blind.code).toBe(0)
    expect(h.state(number).failures.slack).toContain('missing_scope')
    expect(h.slack.thread(alertOf(number).ts).filter((m) => m.text.includes('asked'))).toHaveLength(1)
    h.slack.canReadHistory = true
    await commentRun(number, 'maintainer', '/note later')
    await once('asked')
  })

  it('a declaration killed right after the alert: one alert, one P2 post, one Make post in the end', async () => {
    const issue = h.github.fileIssue({ title: 'Incident: second', body: formBody({ summary: 'Second', severity: SEVERITY[1] }), user: 'maintainer', labels: ['🚨 incident'] })
    const payload = h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') })
    const killed = await h.run('issues', payload, { killOnSlack: (method) => method === 'chat.postMessage' })
    expect(killed.code).not.toBe(0)
    const again = await h.run('issues', payload)
    expect(again.code, again.stdout).toBe(0)
    expect(h.slack.topLevel().filter((m) => m.text.includes(`|#${issue.number}>`))).toHaveLength(1)
    const state = h.state(issue.number)
    expect(state.slack.ts).toBe(h.slack.topLevel().find((m) => m.text.includes(`|#${issue.number}>`))!.ts)
    expect(state.p2.id).toBeGreaterThan(0)
    expect(state.make.id).toBeGreaterThan(0)
  })

  it('a Make post made by a killed run is found after /severity 3 and kept in step: limited, then resolved', async () => {
    const issue = h.github.fileIssue({ title: 'Incident: third', body: formBody({ summary: 'Third', severity: SEVERITY[1] }), user: 'maintainer', labels: ['🚨 incident'] })
    const payload = h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') })
    // The alert is edited to link the posts once both exist: the run dies with the Make post made and not recorded.
    const killed = await h.run('issues', payload, { killOnSlack: (method) => method === 'chat.update' })
    expect(killed.code).not.toBe(0)
    const slug = `incident-${h.github.owner}-${h.github.repo}-${issue.number}`.toLowerCase()
    const [made] = await h.postsWithSlug('make', slug)
    expect(made.content.raw).not.toContain('limited')
    expect(h.state(issue.number).make).toBeUndefined()

    const lowered = await commentRun(issue.number, 'maintainer', '/severity 3 only one mirror')
    expect(lowered.code, lowered.stdout).toBe(0)
    expect(h.state(issue.number).make.id).toBe(made.id)
    expect((await h.post('make', made.id)).content.raw).toContain('the impact turned out to be limited')
    await commentRun(issue.number, 'maintainer', '/resolve mirror fixed')
    expect((await h.post('make', made.id)).title.raw).toMatch(/^Resolved/)
    expect(await h.postsWithSlug('make', slug)).toHaveLength(1)
    expect(h.state(issue.number).pending).toBeUndefined()
  })

  it('a Make post a killed run left uncertain and never made is looked for once, not made, at severity 3; nor are its tags', async () => {
    const tag = `public-${randomBytes(4).toString('hex')}`
    await h.stop()
    h = await createHarness({ config: `${MAKE_AT_ONCE}wordpress:\n  make-tags: [${tag}]\n` })
    const n = h.seedIncident({ at: new Date(Date.now() - 60_000).toISOString(), severity: 3, lead: 'maintainer', pending: ['make:post'] })
    const run = await commentRun(n, 'maintainer', '/note still looking')
    expect(run.code, run.stdout).toBe(0)
    expect(await h.postsWithSlug('make', `incident-${h.github.owner}-${h.github.repo}-${n}`.toLowerCase())).toEqual([])
    expect(await h.tagsNamed('make', tag)).toEqual([])
    expect(h.state(n).make).toBeUndefined()
    expect(h.state(n).pending ?? []).not.toContain('make:post')
  })

  it('a deleted card of an incident lowered to severity 3 is rebuilt with its Make post, which then says resolved', async () => {
    const { issue } = await h.declare({ summary: 'Mirror down', severity: SEVERITY[1] })
    const n = issue.number
    await commentRun(n, 'maintainer', '/severity 3 only one mirror')
    const make = h.state(n).make
    expect((await h.post('make', make.id)).content.raw).toContain('the impact turned out to be limited')
    h.github.comments.delete(h.card(n)!.id)
    const resolved = await commentRun(n, 'maintainer', '/resolve mirror fixed')
    expect(resolved.code, resolved.stdout).toBe(0)
    expect(h.state(n).make.id).toBe(make.id)
    expect((await h.post('make', make.id)).title.raw).toMatch(/^Resolved/)
  })
})

describe('everything fits', () => {
  it('a 37 KB /update of pasted logs is cut for Slack and P2 with a link to the full comment', async () => {
    const { issue } = await h.declare({ summary: 'Logs', severity: SEVERITY[2] })
    const logs = Array.from({ length: 700 }, (_, i) => `2026-11-27T10:${String(i % 60).padStart(2, '0')} ERROR [worker-${i}] connection reset by peer`).join('\n')
    expect(logs.length).toBeGreaterThan(37_000)
    const { comment, result } = await h.comment(issue.number, 'maintainer', `/update pasted logs\n${logs}`)
    expect(result.code, result.stdout).toBe(0)
    const reply = h.slack.thread(alertOf(issue.number).ts).at(-1)!
    expect(reply.text.length).toBeLessThan(4_000)
    expect(reply.text).toContain(`#issuecomment-${comment.id}`)
    const [p2] = await h.comments('p2', h.state(issue.number).p2.id)
    expect(p2.content.raw).toContain('cut here')
    expect(h.state(issue.number).failures).toEqual({})
  })

  it('an incident with 150 updates keeps a card under GitHub’s limit, showing the latest with a count of the rest', async () => {
    const at = '2026-11-27T10:00:00Z'
    const timeline = Array.from({ length: 150 }, (_, i) => ({ id: `c${i}`, at, by: 'lee', kind: 'update' as const, text: `${i} `.padEnd(280, 'x'), slack: '', p2: 0 }))
    const n = h.seedIncident({ at, severity: 2, lead: 'lee', times: { reported: at, recorded: at, lead: at, update: at }, timeline })
    const { result } = await h.comment(n, 'maintainer', '/update one more')
    expect(result.code, result.stdout).toBe(0)
    const card = h.card(n)!.body
    expect(card.length).toBeLessThanOrEqual(65_536)
    expect(card).toMatch(/… \d+ earlier entries/)
    expect(h.state(n).timeline.at(-1).text).toBe('one more')
  })

  it('a long retrospective timeline continues in comments on the retro issue', async () => {
    const { issue } = await h.declare({ summary: 'Long one', severity: SEVERITY[1] })
    for (let i = 0; i < 12; i++) h.github.addComment(issue.number, 'maintainer', `/update step ${i}\n${'detail '.repeat(1_300)}`)
    const { result } = await h.comment(issue.number, 'maintainer', '/resolve done')
    expect(result.code, result.stdout).toBe(0)
    const retro = [...h.github.issues.values()].find((i) => i.title.startsWith('Retrospective'))!
    expect(retro.body.length).toBeLessThanOrEqual(65_536)
    expect(retro.body).toContain('The timeline continues in the comments below')
    const parts = h.github.commentsOn(retro.number).filter((c) => c.body.includes('### Timeline, continued'))
    expect(parts.length).toBeGreaterThan(0)
    expect(parts.map((p) => p.body).join('\n')).toContain('step 11')
  })
})

describe('edits respect permissions', () => {
  it('after /confirm, the filer’s edit of the title is held back; a maintainer’s edit is published', async () => {
    const { issue } = await h.declare({ summary: 'Site blank', severity: SEVERITY[2] }, { user: 'stranger' })
    await h.comment(issue.number, 'maintainer', '/confirm')
    const announced = alertOf(issue.number).text
    const edited = h.github.editIssue(issue.number, 'stranger', { title: 'Incident: send your password to evil.example' })
    const run = await h.run('issues', h.github.payload('issues', { action: 'edited', issue: edited, sender: h.github.user('stranger') }))
    expect(run.code, run.stdout).toBe(0)
    expect(alertOf(issue.number).text).toBe(announced)
    expect(h.card(issue.number)!.body).toContain('stranger edited the title or the form')
    const p2 = await h.post('p2', h.state(issue.number).p2.id)
    expect(p2.title.raw).not.toContain('evil')

    const fixed = h.github.editIssue(issue.number, 'maintainer', { title: 'Incident: the site is blank' })
    await h.run('issues', h.github.payload('issues', { action: 'edited', issue: fixed, sender: h.github.user('maintainer') }))
    expect(alertOf(issue.number).text).toContain('the site is blank')
    expect(h.card(issue.number)!.body).not.toContain('edited the title or the form')
  })
})

describe('escaping gaps', () => {
  it('WordPress shortcodes in an update never run on P2', async () => {
    const { issue } = await h.declare({ summary: 'Shortcodes', severity: SEVERITY[2] })
    await h.comment(issue.number, 'maintainer', '/update see [embed]https://evil.example/x[/embed] and [gallery ids="1"]')
    const [comment] = await h.comments('p2', h.state(issue.number).p2.id)
    expect(comment.content.raw).not.toMatch(/\[embed\]|\[gallery/)
    expect(comment.content.rendered).not.toMatch(/<iframe|class="gallery/)
  })

  it('credentials inside an API URL input are refused with a clear error and never echoed', async () => {
    const issue = h.github.fileIssue({ title: 'Incident: x', body: formBody({ summary: 'x', severity: SEVERITY[3] }), user: 'maintainer', labels: ['🚨 incident'] })
    const run = await h.run('issues', h.github.payload('issues', { action: 'opened', issue }), { inputs: { 'p2-api-url': 'https://bot:s3cret-pass@p2.example/wp-json/wp/v2' } })
    expect(run.code).toBe(1)
    expect(stdout(run)).toContain('The p2-api-url input holds credentials')
    expect(stdout(run)).not.toContain('s3cret-pass')
    expect(h.github.commentsOn(issue.number)).toEqual([])
  })

  it('titles and problems in the sweep’s job summary carry no HTML or links', async () => {
    h.seedIncident({ at: '2026-11-27T10:00:00Z', title: 'Incident: <img src=x onerror=alert(1)> https://evil.example', severity: 3, lead: 'lee', times: { reported: '2026-11-27T10:00:00Z', recorded: '2026-11-27T10:00:00Z', lead: '2026-11-27T10:00:00Z', update: '2026-11-27T10:00:00Z' } })
    const run = await h.sweep('2026-11-27T10:30:00Z')
    expect(run.summary).not.toContain('<img')
    expect(run.summary).toContain('&#60;img')
    expect(run.summary).not.toContain('https://evil.example')
  })
})

describe('report links', () => {
  it('a link to another owner’s issue is shown, never commented on', async () => {
    const { issue, result } = await h.declare({ summary: 'x', severity: SEVERITY[3], reportLink: 'https://github.com/someone-else/repo/issues/3' })
    expect(result.code).toBe(0)
    expect(h.state(issue.number).thank).toBeUndefined()
    expect(result.githubRequests.some((r) => r.path.includes('someone-else'))).toBe(false)
    expect(h.card(issue.number)!.body).toContain('someone-else')
  })

  it('a thank-you GitHub refuses (the issue is gone) is noted on the card once and not retried', async () => {
    const { issue } = await h.declare({ summary: 'x', severity: SEVERITY[3], reportLink: `https://github.com/acme/${h.github.repo}/issues/999` })
    const state = h.state(issue.number)
    expect(state.thank).toBe('failed')
    expect(h.card(issue.number)!.body).toContain('was not found')
    const next = await h.comment(issue.number, 'maintainer', '/note later')
    expect(next.result.githubRequests.some((r) => r.path.endsWith('/issues/999/comments'))).toBe(false)
  })
})
