import http from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, MAKE_AT_ONCE, formBody, makeWorkspace, SEVERITY, writes, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await createHarness({ config: MAKE_AT_ONCE })
})
afterEach(async () => {
  await h.stop()
})

const HOSTILE = '<!channel> @here <script>alert(1)</script> #tag +otherblog @someone [x](javascript:alert(1)) **b** <img src=x onerror=alert(1)>'

describe('a form that needs fixing', () => {
  it('says exactly what to fix, and editing the issue then declares it', async () => {
    const issue = h.github.fileIssue({ title: 'Incident: broken', body: formBody({ summary: '', severity: '' }), user: 'maintainer', labels: ['🚨 incident'] })
    const first = await h.run('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') }))
    expect(first.code).toBe(0)
    const [reply] = h.github.commentsOn(issue.number)
    expect(reply.body).toContain('The **Summary** is empty')
    expect(reply.body).toContain('The **Severity** is missing')
    expect(reply.body).toContain('`1`: Critical')
    expect(h.slack.messages).toEqual([])
    expect(h.state(issue.number)).toBeUndefined()

    // An unknown severity is named.
    h.github.issues.get(issue.number).body = formBody({ summary: 'Search down', severity: '7: Apocalypse' })
    await h.run('issues', h.github.payload('issues', { action: 'edited', issue: h.github.issueJson(h.github.issues.get(issue.number)), changes: { body: { from: '' } }, sender: h.github.user('maintainer') }))
    expect(h.github.commentsOn(issue.number)).toHaveLength(1)
    expect(h.github.commentsOn(issue.number)[0].body).toContain('"7: Apocalypse" is not one this repository uses')

    h.github.issues.get(issue.number).body = formBody({ summary: 'Search down', severity: SEVERITY[2] })
    const fixed = await h.run('issues', h.github.payload('issues', { action: 'edited', issue: h.github.issueJson(h.github.issues.get(issue.number)), changes: { body: { from: '' } }, sender: h.github.user('maintainer') }))
    expect(fixed.code).toBe(0)
    expect(h.state(issue.number)).toMatchObject({ status: 'recorded', severity: 2 })
    // The request to fix the form is gone once it is fixed; the card replaces it.
    expect(h.github.commentsOn(issue.number).map((c) => c.body.includes('incident-ops:card'))).toEqual([true])
    expect(h.slack.topLevel()).toHaveLength(1)
  })

  it('a 60,000-character body is declared and keeps every character', async () => {
    const evidence = 'log line\n'.repeat(6600).slice(0, 59_000)
    const { issue, result } = await h.declare({ summary: 'Huge logs', severity: SEVERITY[3], evidence })
    expect(result.code, result.stderr).toBe(0)
    const body = h.github.issues.get(issue.number).body
    expect(body.length).toBeGreaterThan(59_000)
    expect(body).toContain(evidence.trim())
    expect(h.state(issue.number).status).toBe('recorded')
  })
})

describe('cost on issues that are not incidents', () => {
  it('a comment on an ordinary issue costs no request at all', async () => {
    const issue = h.github.fileIssue({ title: 'Typo in docs', body: 'teh', user: 'stranger' })
    const comment = h.github.addComment(issue.number, 'stranger', '/resolve this is not an incident')
    const run = await h.run('issue_comment', h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(issue.number)), comment }))
    expect(run.code).toBe(0)
    expect(run.githubRequests).toEqual([])
    expect(h.github.commentsOn(issue.number)).toHaveLength(1)
  })

  it("a form near GitHub's limit is an incident like any other; a sweep reads its card and starts nothing", async () => {
    const evidence = 'x'.repeat(65_000)
    const { issue, result } = await h.declare({ summary: 'Huge', severity: SEVERITY[3], evidence })
    expect(result.code, result.stdout).toBe(0)
    expect(h.state(issue.number).status).toBe('recorded')
    expect(h.github.issues.get(issue.number).body).not.toContain('incident-ops:state')
    const sweep = await h.sweep(new Date(Date.now() + 60_000).toISOString())
    expect(sweep.code, sweep.stdout).toBe(0)
    expect(sweep.summary).toContain(`#${issue.number}`)
    expect(h.github.dispatches).toEqual([])
  })
})

describe('reports from outside', () => {
  it('wait quietly until someone with permission confirms them', async () => {
    const { issue, result } = await h.declare({ summary: 'The site is blank for me', severity: SEVERITY[1] }, { user: 'stranger' })
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('reported')
    expect(h.labels(issue.number)).toEqual(['🚦 incident: awaiting confirmation'])
    // Only a quiet notice: no alert, no pin, no posts.
    expect(h.slack.messages).toHaveLength(1)
    expect(h.slack.messages[0].text).toContain('awaits confirmation')
    expect(h.slack.pins.size).toBe(0)
    expect(h.state(issue.number).p2).toBeUndefined()

    // The reporter cannot confirm their own report.
    const own = await h.comment(issue.number, 'stranger', '/confirm')
    expect(own.result.code).toBe(0)
    expect(h.github.commentsOn(issue.number).at(-1)!.body).toContain('needs the repository\'s **triage** permission')
    expect(h.github.reactions.find((r) => r.comment === own.comment.id)?.content).toBe('-1')
    expect(h.state(issue.number).status).toBe('reported')

    const confirmed = await h.comment(issue.number, 'triager', '/confirm')
    expect(confirmed.result.outputs.status).toBe('recorded')
    expect(h.labels(issue.number)).toContain('🚨 incident')
    expect(h.labels(issue.number)).not.toContain('🚦 incident: awaiting confirmation')
    expect(h.slack.topLevel()).toHaveLength(2)
    const state = h.state(issue.number)
    expect(state.p2.id).toBeGreaterThan(0)
    expect(state.make.id).toBeGreaterThan(0)
    expect(state.timeline.map((e: { kind: string; by: string }) => `${e.kind}:${e.by}`)).toEqual(['reported:stranger', 'confirmed:triager'])
    expect(h.github.reactions.find((r) => r.comment === confirmed.comment.id)?.content).toBe('rocket')
  })

  it('a maintainer adding the incident label confirms the report', async () => {
    const { issue } = await h.declare({ summary: 'Blank page', severity: SEVERITY[2] }, { user: 'stranger' })
    const labeledIssue = h.github.labelIssue(issue.number, 'maintainer', '🚨 incident')
    const labeled = await h.run('issues', h.github.payload('issues', { action: 'labeled', label: { name: '🚨 incident' }, issue: labeledIssue, sender: h.github.user('maintainer') }))
    expect(labeled.code).toBe(0)
    expect(h.state(issue.number).status).toBe('recorded')
    expect(h.slack.topLevel().some((m) => m.text.includes('Severity 2'))).toBe(true)
  })
})

describe('hostile text', () => {
  it('reaches Slack, P2, Make and the card harmless', async () => {
    const { issue, result } = await h.declare(
      { summary: HOSTILE, severity: SEVERITY[1], affected: HOSTILE, thirdParty: HOSTILE, started: HOSTILE, evidence: HOSTILE },
      { title: `Incident: ${HOSTILE}` }
    )
    expect(result.code, result.stderr).toBe(0)
    const state = h.state(issue.number)
    for (const message of h.slack.messages) {
      expect(message.text).not.toMatch(/<!channel>|<!here>|@here|@everyone/)
      for (const block of message.blocks ?? []) expect(block.text.verbatim).toBe(true)
    }
    for (const site of ['p2', 'make'] as const) {
      const post = await h.post(site, state[site].id)
      for (const text of [post.content.raw, post.title.raw]) {
        expect(text).not.toMatch(/<script|<img|onerror=/)
        expect(text.replace(/&#\d+;/g, '')).not.toMatch(/#tag|\+otherblog|@someone/)
      }
      // WordPress turned no #tag into a tag.
      expect((await h.tagNames(site, post.tags)).some((t: string) => t === 'tag')).toBe(false)
    }
    const card = h.card(issue.number)!.body.replace(/`[^`\n]*`/g, '')
    expect(card).not.toMatch(/(^|[^\\])@(here|someone)\b/m)
    expect(card).not.toMatch(/(^|[^\\])<script/)
    expect(h.github.violations).toEqual([])
  })
})

describe('configuration and integration failures', () => {
  it('an invalid config fails the run before anything is written, naming key and line', async () => {
    const workspace = makeWorkspace({ config: 'slack:\n  channel: C0INCIDENT\nrotation:\n  logins: [a]\n  start: 2026-01-05\n  every: weekly\n' })
    const issue = h.github.fileIssue({ title: 'x', body: formBody({ summary: 'x', severity: SEVERITY[1] }), user: 'maintainer', labels: ['🚨 incident'] })
    const { runAction } = await import('../support/action.mjs')
    h.github.takeRequests()
    const result = await runAction({ github: h.github, event: 'issues', payload: h.github.payload('issues', { action: 'opened', issue }), workspace, inputs: h.inputs })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::Invalid incident config .github/incident.yml:%0A  - line 6: rotation.every must be a duration such as 15m, 1h, 2d or 1w\n')
    expect(h.github.takeRequests()).toEqual([])
    expect(h.slack.calls).toEqual([])
  })

  it('an invalid Slack token is reported on the card and in the summary; P2 and Make still happen; a later run delivers', async () => {
    const issue = h.github.fileIssue({ title: 'Incident: x', body: formBody({ summary: 'x', severity: SEVERITY[1] }), user: 'maintainer', labels: ['🚨 incident'] })
    const payload = h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') })
    const bad = await h.run('issues', payload, { inputs: { 'slack-token': 'xoxb-wrong' } })
    expect(bad.code).toBe(0)
    expect(bad.stdout).toContain('::warning')
    expect(bad.summary).toContain('slack: Slack refused the call: invalid_auth (check the slack-token secret)')
    const state = h.state(issue.number)
    expect(state.failures.slack).toContain('invalid_auth')
    expect(state.p2.id).toBeGreaterThan(0)
    expect(state.make.id).toBeGreaterThan(0)
    expect(h.card(issue.number)!.body).toContain('**Slack**: Slack refused the call: invalid\\_auth')

    // The secret is fixed; the next run (any event on the issue) delivers what was owed.
    const fixed = await h.run('issues', payload)
    expect(fixed.code).toBe(0)
    expect(h.slack.topLevel()).toHaveLength(1)
    expect(h.state(issue.number).failures).toEqual({})
    expect(h.card(issue.number)!.body).not.toContain('could not be delivered')
  })

  it('WordPress answering 401 keeps the incident and says how to fix it', async () => {
    const { issue, result } = await h.declare({ summary: 'x', severity: SEVERITY[2] }, {})
    expect(result.code).toBe(0)
    const issue2 = h.github.fileIssue({ title: 'Incident: y', body: formBody({ summary: 'y', severity: SEVERITY[2] }), user: 'maintainer', labels: ['🚨 incident'] })
    const run = await h.run('issues', h.github.payload('issues', { action: 'opened', issue: issue2 }), { inputs: { 'p2-password': 'wrong wrong wrong' } })
    expect(run.code).toBe(0)
    const state = h.state(issue2.number)
    expect(state.status).toBe('recorded')
    expect(state.failures.p2).toMatch(/P2 answered HTTP 401 rest_cannot_create .*check the username and application password/)
    expect(state.p2).toBeUndefined()
    expect(state.make.id).toBeGreaterThan(0)
    expect(h.state(issue.number).failures).toEqual({})
  })

  it('WordPress answering 500 is retried on the next run without duplicating anything', async () => {
    let fail = true
    const proxy = http.createServer(async (req, res) => {
      if (fail) {
        res.writeHead(500, { 'content-type': 'application/json' })
        return res.end('{"code":"internal_server_error","message":"boom"}')
      }
      const chunks: Buffer[] = []
      for await (const c of req) chunks.push(c as Buffer)
      const target = new URL(req.url!, h.sites.p2.url)
      const upstream = await fetch(target, { method: req.method, headers: req.headers as Record<string, string>, body: chunks.length ? Buffer.concat(chunks) : undefined })
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' })
      res.end(Buffer.from(await upstream.arrayBuffer()))
    })
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))
    const port = (proxy.address() as { port: number }).port
    const inputs = { 'p2-api-url': `http://127.0.0.1:${port}/wp-json/wp/v2` }
    try {
      const issue = h.github.fileIssue({ title: 'Incident: z', body: formBody({ summary: 'z', severity: SEVERITY[3] }), user: 'maintainer', labels: ['🚨 incident'] })
      const payload = h.github.payload('issues', { action: 'opened', issue })
      await h.run('issues', payload, { inputs })
      expect(h.state(issue.number).failures.p2).toContain('HTTP 500')
      fail = false
      await h.run('issues', payload, { inputs })
      await h.run('issues', payload, { inputs })
      const state = h.state(issue.number)
      expect(state.failures).toEqual({})
      const posts = await fetch(`${h.sites.p2.apiUrl}/posts?slug=${encodeURIComponent(`incident-acme-${h.github.repo}-${issue.number}`)}`).then((r) => r.json())
      expect(posts).toHaveLength(1)
    } finally {
      await new Promise((r) => proxy.close(r))
    }
  })
})

describe('other ways in', () => {
  it('workflow_dispatch opens the issue and declares it as the person who ran it', async () => {
    const result = await h.run('workflow_dispatch', h.github.payload('workflow_dispatch', { inputs: { title: 'API 5xx alarm', severity: '2', summary: 'The 5xx alarm fired', affected: 'API', evidence: 'https://dashboards.example/5xx' } }), { actor: 'triager' })
    expect(result.code, result.stderr).toBe(0)
    const number = Number(result.outputs.incident)
    const issue = h.github.issues.get(number)
    expect(issue.title).toBe('API 5xx alarm')
    expect(h.state(number)).toMatchObject({ status: 'recorded', severity: 2, recorder: 'triager' })
    expect(h.slack.topLevel()[0].text).toContain('The 5xx alarm fired')
  })

  it('workflow_dispatch with a bad severity fails clearly and opens nothing', async () => {
    const result = await h.run('workflow_dispatch', h.github.payload('workflow_dispatch', { inputs: { title: 'x', severity: 'huge' } }))
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('severity "huge" is not one of 1, 2, 3')
    expect(h.github.issues.size).toBe(0)
  })

  it('a report filed as a GitHub issue gets a thank-you there, once', async () => {
    const report = h.github.fileIssue({ title: 'Search broken?', body: 'I get errors', user: 'user1' })
    const { issue } = await h.declare({ summary: 'Search errors', severity: SEVERITY[2], reportLink: `https://github.com/acme/${h.github.repo}/issues/${report.number}` })
    const thanks = h.github.commentsOn(report.number)
    expect(thanks).toHaveLength(1)
    expect(thanks[0].body).toContain('Thank you for reporting this')
    expect(thanks[0].body).toContain(`#${issue.number}`)
    expect(h.state(issue.number).thank).toBe('done')
    expect(h.card(issue.number)!.body).toContain('✅ The reporter was thanked')
    await h.run('issues', h.github.payload('issues', { action: 'opened', issue }))
    expect(h.github.commentsOn(report.number)).toHaveLength(1)
  })

  it('a report filed as a GitHub discussion gets the thank-you there (GraphQL)', async () => {
    h.github.discussions.set(5, { id: 'D_5', comments: [] })
    const { issue } = await h.declare({ summary: 'Search errors', severity: SEVERITY[3], reportLink: `https://github.com/acme/${h.github.repo}/discussions/5` })
    expect(h.github.discussions.get(5)!.comments).toEqual([expect.stringContaining('Thank you for reporting this')])
    expect(h.state(issue.number).thank).toBe('done')
    expect(h.github.violations).toEqual([])
  })

  it('dry-run decides and logs, and writes nothing', async () => {
    const issue = h.github.fileIssue({ title: 'Incident: dry', body: formBody({ summary: 'dry', severity: SEVERITY[1] }), user: 'maintainer', labels: ['🚨 incident'] })
    const result = await h.run('issues', h.github.payload('issues', { action: 'opened', issue }), { inputs: { 'dry-run': 'true' } })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('[dry-run] would deliver slack:alert')
    expect(writes(result.githubRequests)).toEqual([])
    expect(h.slack.messages).toEqual([])
    expect(h.github.commentsOn(issue.number)).toEqual([])
  })
})
