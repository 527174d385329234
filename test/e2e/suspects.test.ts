import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHarness, SEVERITY, writes, type Harness } from './harness.js'

let h: Harness
afterEach(async () => {
  await h.stop()
})

const HOUR = 3_600_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
/** The form's "When it started", as people write it. */
const asTyped = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`

describe('suspect changes on the card', () => {
  it('lists the merged pull requests, deployments and releases of the 24 hours before it started, newest first, with one request', async () => {
    h = await createHarness({ wordpress: false })
    const now = Date.now()
    const start = now - 2 * HOUR
    h.github.mergePullRequest({ title: 'Old refactor', user: 'alice', merged_at: iso(start - 30 * HOUR) })
    const cache = h.github.mergePullRequest({ title: 'Cache search results', user: 'alice', merged_at: iso(start - 3 * HOUR) })
    h.github.addDeployment({ environment: 'production', created_at: iso(start - HOUR), user: 'deployer', commit: 'deadbeefcafe0000', status: 'FAILURE' })
    h.github.addRelease({ name: 'v2.4.0', published_at: iso(start - 5 * HOUR), user: 'carol' })
    const late = h.github.mergePullRequest({ title: 'Hotfix during the incident', user: 'bob', merged_at: iso(now + HOUR) })
    h.github.openPullRequest({ title: 'Not merged yet', user: 'dave' })

    const { issue, result } = await h.declare({ summary: 'Search returns nothing', severity: SEVERITY[2], started: asTyped(start) })
    expect(result.code).toBe(0)
    const card = h.card(issue.number)!.body
    const section = card.slice(card.indexOf('### Changes before it started'), card.indexOf('### Summary'))
    const lines = section.split('\n').filter((l) => l.startsWith('- '))
    expect(lines).toEqual([
      expect.stringMatching(/^- 🚀 Deployment \[production deadbee\]\(.+\) by deployer, .+: failure$/),
      `- 🔀 [#${cache.number} Cache search results](https://github.com/${h.github.owner}/${h.github.repo}/pull/${cache.number}) by alice, merged ${new Date(start - 3 * HOUR).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      expect.stringMatching(/^- 🏷️ Release \[v2\.4\.0\]\(.+\) by carol, /)
    ])
    expect(card).not.toContain('Old refactor')
    expect(card).not.toContain(`#${late.number}`)
    expect(card).not.toContain('Not merged yet')
    // One GraphQL request read all three, and it wrote nothing.
    const reads = result.githubRequests.filter((r) => r.path === '/graphql' && /deployments\(/.test(r.body?.query ?? ''))
    expect(reads).toHaveLength(1)
    expect(h.github.violations).toEqual([])
    expect(h.state(issue.number).suspects.items).toHaveLength(3)

    // Read once: a later run asks again for nothing.
    const later = await h.comment(issue.number, 'maintainer', '/note looking at the cache')
    expect(later.result.githubRequests.filter((r) => /deployments\(/.test(r.body?.query ?? ''))).toHaveLength(0)

    // The retrospective repeats them.
    await h.comment(issue.number, 'maintainer', '/claim')
    await h.comment(issue.number, 'maintainer', '/resolve rolled back')
    const retro = [...h.github.issues.values()].find((i) => i.title.startsWith('Retrospective'))!
    expect(retro.body).toContain('### Changes before it started')
    expect(retro.body).toContain(`[#${cache.number} Cache search results]`)
  })

  it('says when nothing changed, and counts from the recording when the start is not a time', async () => {
    h = await createHarness({ wordpress: false })
    h.github.mergePullRequest({ title: 'Two days ago', merged_at: iso(Date.now() - 48 * HOUR) })
    const { issue } = await h.declare({ summary: 'Slow', severity: SEVERITY[3], started: 'this morning, roughly' })
    const card = h.card(issue.number)!.body
    expect(card).toContain('No merged pull request, deployment or release in the 1d before it was recorded.')
    expect(card).not.toContain('Two days ago')
  })

  it('a workflow without pull-requests: read gets a card that says so, once, not a run that fails', async () => {
    h = await createHarness({ wordpress: false })
    h.github.mergePullRequest({ title: 'Cache search results', merged_at: iso(Date.now() - HOUR) })
    h.github.refusedFields.add('pullRequests')
    const { issue, result } = await h.declare({ summary: 'Search returns nothing', severity: SEVERITY[2] })
    expect(result.code).toBe(0)
    expect(h.card(issue.number)!.body).toContain('> GitHub did not show the pull requests: the workflow needs \\`pull-requests: read\\` in its permissions.')
    expect(h.state(issue.number).failures).toEqual({})
    const later = await h.comment(issue.number, 'maintainer', '/note ok')
    expect(later.result.githubRequests.filter((r) => /deployments\(/.test(r.body?.query ?? ''))).toHaveLength(0)
  })

  it('/suspect marks a change; /revert opens one revert pull request that links back, even when the answer is lost', async () => {
    h = await createHarness({ wordpress: false })
    const pr = h.github.mergePullRequest({ title: 'Cache search results', user: 'alice', merged_at: iso(Date.now() - HOUR) })
    const { issue } = await h.declare({ summary: 'Search returns nothing', severity: SEVERITY[2] })
    const marked = await h.comment(issue.number, 'maintainer', `/suspect #${pr.number}`)
    expect(h.github.reactions.find((r) => r.comment === marked.comment.id)?.content).toBe('rocket')
    expect(h.card(issue.number)!.body).toMatch(new RegExp(`Cache search results\\]\\(.+\\) by alice, merged .+ · \\*\\*⚠️ suspect\\*\\*`))

    // GitHub opens the revert and the answer is lost: the run leaves it uncertain.
    h.github.failNextGraphql(/revertPullRequest/, 502, { done: true })
    const asked = await h.comment(issue.number, 'maintainer', `/revert #${pr.number}`)
    expect(asked.result.code).toBe(0)
    expect([...h.github.pullRequests.values()].filter((p) => p.revertOf === pr.number)).toHaveLength(1)
    expect(h.state(issue.number).pending).toContain(`github:revert:c${asked.comment.id}`)
    // The next run looks first, finds it, and says so once.
    const next = await h.comment(issue.number, 'maintainer', '/note checking')
    expect(next.result.code).toBe(0)
    const reverts = [...h.github.pullRequests.values()].filter((p) => p.revertOf === pr.number)
    expect(reverts).toHaveLength(1)
    expect(reverts[0].title).toBe('Revert "Cache search results"')
    expect(reverts[0].body).toContain(`incident ${h.github.owner}/${h.github.repo}#${issue.number}`)
    const replies = h.github.commentsOn(issue.number).filter((c: { body: string }) => c.body.startsWith('<!-- incident-ops:revert '))
    expect(replies).toHaveLength(1)
    expect(replies[0].body).toContain(`Opened #${reverts[0].number}, which reverts #${pr.number} (asked for by @maintainer)`)
    expect(h.card(issue.number)!.body).toContain(`- ↩️ #${reverts[0].number} reverts #${pr.number}`)
    // Nothing more on a later run.
    const again = await h.comment(issue.number, 'maintainer', '/note still checking')
    expect(writes(again.result.githubRequests).filter((r) => /revertPullRequest/.test(r.body?.query ?? ''))).toHaveLength(0)
    expect(h.github.violations).toEqual([])
  })

  it('/revert without the permissions says which one the workflow lacks; people below triage are refused', async () => {
    h = await createHarness({ wordpress: false })
    const pr = h.github.mergePullRequest({ title: 'Cache search results', merged_at: iso(Date.now() - HOUR) })
    const { issue } = await h.declare({ summary: 'Search returns nothing', severity: SEVERITY[2] })
    mkdirSync(join(h.workspace, '.github/workflows'), { recursive: true })
    writeFileSync(join(h.workspace, '.github/workflows/incident.yml'), 'name: incident\non: issue_comment\npermissions:\n  contents: write\n  issues: write\njobs:\n  incident:\n    runs-on: ubuntu-latest\n    steps: []\n')
    h.github.canOpenPullRequests = false
    const env = { GITHUB_WORKFLOW_REF: `${h.github.owner}/${h.github.repo}/.github/workflows/incident.yml@refs/heads/main`, GITHUB_JOB: 'incident' }
    const refused = await h.comment(issue.number, 'outsider-collab', `/revert #${pr.number}`, { env })
    expect(h.github.reactions.find((r) => r.comment === refused.comment.id)?.content).toBe('-1')
    await h.comment(issue.number, 'maintainer', `/revert #${pr.number}`, { env })
    const reply = h.github.commentsOn(issue.number).find((c: { body: string }) => c.body.includes('no pull request reverting'))
    expect(reply!.body).toContain(`@maintainer, no pull request reverting #${pr.number} was opened: GitHub refused to open it: the workflow needs \\\`pull-requests: write\\\` in its permissions.`)
    expect(h.card(issue.number)!.body).toContain(`No revert of #${pr.number}`)
    // Not retried: a later run asks nothing.
    const later = await h.comment(issue.number, 'maintainer', '/note ok', { env })
    expect(later.result.githubRequests.filter((r) => /revertPullRequest/.test(r.body?.query ?? ''))).toHaveLength(0)
    // An issue's number is not a pull request.
    await h.comment(issue.number, 'maintainer', `/revert #${issue.number}`, { env })
    expect(h.github.commentsOn(issue.number).some((c: { body: string }) => c.body.includes(`#${issue.number} is not a pull request in this repository`))).toBe(true)
  })
})
