// Round trips in a row per event. Every request to GitHub, Slack and WordPress is made 50 ms
// slower, the bundle's requests are traced as it makes them (bench/trace-hook.cjs), and what an
// event waits for is the longest chain of its requests in which each started only after the
// one before had ended. WordPress here is the REST stand-in: the count is about the action's
// request pattern, and a real WordPress's own time per request (ten times more on Playground
// than native) would make the chains differ with the machine.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../support/action.mjs'
import { startWordPressStandIn } from '../support/wordpress-standin.mjs'
import { removeOnExit } from '../support/processes.mjs'
import { createHarness, SEVERITY, formBody, type Harness } from './harness.js'

const LATENCY = 50

interface Traced {
  started: number
  ended: number
  method: string
  host: string
  path: string
}

/** The longest chain of requests each of which started after the previous one had ended. */
function roundTrips(requests: Traced[]): number {
  const sorted = [...requests].sort((a, b) => a.started - b.started)
  const depth: number[] = []
  for (const [i, r] of sorted.entries()) depth[i] = 1 + Math.max(0, ...sorted.slice(0, i).map((q, j) => (q.ended <= r.started ? depth[j] : 0)))
  return Math.max(0, ...depth)
}

describe('round trips in a row, with 50 ms added to every request', () => {
  let h: Harness
  let wordpress: Awaited<ReturnType<typeof startWordPressStandIn>>
  let names: Record<string, string>
  const traces = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-trips-')))
  let count = 0

  beforeAll(async () => {
    h = await createHarness({ config: 'slack:\n  channel: C0INCIDENT\n  users:\n    maintainer: U0MAE\nrotation: msr-person\n' })
    h.github.latency = LATENCY
    h.slack.latency = LATENCY
    wordpress = await startWordPressStandIn({ latency: LATENCY })
    names = { [new URL(h.github.url).port]: 'GitHub', [new URL(h.slack.url).port]: 'Slack', [new URL(wordpress.sites.p2.apiUrl).port]: 'P2', [new URL(wordpress.sites.make.apiUrl).port]: 'Make' }
    // The status tags exist on P2 (as after the first incidents), so a declaration finds them all.
    for (const name of ['status-recorded', 'status-stabilized', 'status-investigating', 'status-resolved', 'status-reviewed', 'severity-1', 'incident']) {
      await fetch(`${wordpress.sites.p2.apiUrl}/tags`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, slug: name }) })
    }
  })
  afterAll(async () => {
    await h.stop()
    await wordpress.stop()
  })

  /** Runs one event with its requests traced: their chain's length, and what went where. */
  async function traced(event: string, payload: object) {
    const file = join(traces, `${++count}.jsonl`)
    writeFileSync(file, '')
    const result = await h.run(event, payload, {
      inputs: { 'p2-api-url': wordpress.sites.p2.apiUrl, 'make-api-url': wordpress.sites.make.apiUrl },
      env: { NODE_OPTIONS: `--require "${join(root, 'bench/trace-hook.cjs')}"`, BENCH_TRACE: file }
    })
    expect(result.code, result.stdout).toBe(0)
    const requests = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Traced).map((r) => ({ ...r, host: names[r.host] ?? r.host }))
    const to = (host: string) => requests.filter((r) => r.host === host).map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)
    return { trips: roundTrips(requests), github: to('GitHub'), slack: to('Slack'), p2: to('P2'), make: to('Make') }
  }

  const comment = (number: number, body: string) => {
    const c = h.github.addComment(number, 'maintainer', body)
    return traced('issue_comment', h.github.payload('issue_comment', { action: 'created', issue: h.github.issueJson(h.github.issues.get(number)), comment: c, sender: h.github.user('maintainer') }))
  }

  it('declaration 6, /claim 5 (it sends the Make post), /update 4, /resolve 4; tag ids come from the state after the first post', async () => {
    const issue = h.github.fileIssue({ title: 'Incident: search is down', body: formBody({ summary: 'Every search fails', severity: SEVERITY[1] }), user: 'maintainer', labels: ['🚨 incident'] })
    // Read (the issue ‖ the filer's level), the card ‖ the workspace's address, the alert, the
    // P2 post with its link, the alert's edit, the card ‖ the labels.
    const declared = await traced('issues', h.github.payload('issues', { action: 'opened', issue, sender: h.github.user('maintainer') }))
    expect(declared.trips).toBe(6)
    expect(declared.slack.sort()).toEqual(['POST /api/auth.test', 'POST /api/chat.postMessage', 'POST /api/chat.update', 'POST /api/pins.add'])
    // The Make post waits for a lead (the runbook's point person): none yet.
    expect(declared.make).toEqual([])
    expect(declared.p2.sort()).toEqual(['GET /wp-json/wp/v2/tags', 'POST /wp-json/wp/v2/posts'])

    // Read (the issue ‖ the commenter's level), the card ‖ the reaction ‖ the assignment,
    // the Make post (now that someone leads) ‖ the thread reply, the alert's edit ‖ the P2
    // post's edit (both link the Make post), the card.
    const claimed = await comment(issue.number, '/claim')
    expect(claimed.trips).toBe(5)
    expect(claimed.make).toEqual(['POST /wp-json/wp/v2/posts'])
    expect(claimed.github).toHaveLength(6)
    expect(claimed.p2).toEqual([`POST /wp-json/wp/v2/posts/${h.state(issue.number).p2.id}`])

    // Read, the card ‖ the reaction ‖ the Slack thread (people's messages), the thread reply ‖
    // the P2 comment, the card: reading the thread adds a request, not a round trip.
    const updated = await comment(issue.number, '/update failing over')
    expect(updated.trips).toBe(4)
    expect(updated.github).toHaveLength(5)
    expect(updated.slack.sort()).toEqual(['POST /api/chat.postMessage', 'POST /api/conversations.replies'])
    expect(updated.p2).toEqual(['POST /wp-json/wp/v2/comments'])

    // Someone writes in the thread and the lead posts an !update there; the run a sweep starts
    // imports them: read the issue, the thread, the lead's level ‖ the new poster's name, the
    // card (the P2 comment is about to be made), the P2 comment ‖ the reaction, the card.
    const alertTs = h.slack.topLevel()[0].ts
    h.slack.addUser('U0DANA', { name: 'dana', displayName: 'Dana' })
    h.slack.say('seeing it too', alertTs, 'U0DANA')
    h.slack.say('!update rolling back', alertTs, 'U0MAE')
    const imported = await traced('workflow_dispatch', { inputs: { issue: String(issue.number) }, ref: 'refs/heads/main' })
    expect(imported.trips).toBe(6)
    expect(imported.slack.sort()).toEqual(['POST /api/conversations.replies', 'POST /api/reactions.add', 'POST /api/users.info'])
    expect(imported.p2).toEqual(['POST /wp-json/wp/v2/comments'])

    // Read, the card ‖ the reaction, the retrospective ‖ unpin ‖ reply ‖ alert edit ‖ P2
    // comment ‖ P2 edit ‖ Make edit, the card ‖ the labels.
    const resolved = await comment(issue.number, '/resolve failed over to the replica')
    expect(resolved.trips).toBe(4)
    expect(resolved.p2.filter((r) => r.includes('/tags'))).toEqual([])
    const { db } = wordpress.sites.p2
    const post = db.posts.find((p) => p.id === h.state(issue.number).p2.id)!
    expect(post.tags.map((id) => db.tags.find((t) => t.id === id)!.name).sort()).toEqual(['incident', 'severity-1', 'status-resolved'])
    expect(h.github.violations).toEqual([])
  })
})
