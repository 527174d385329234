// Shared set-up for end-to-end tests: GitHub and Slack stand-ins on loopback, the real
// WordPress from the global setup, and helpers to file incidents and run the action.
import { inject } from 'vitest'
import { randomBytes } from 'node:crypto'
import { ACTIONS_BOT, FakeGitHub } from '../support/github.mjs'
import { FakeSlack } from '../support/slack.mjs'
import { runAction, makeWorkspace as makeWorkspaceDir, removeWorkspace, formBody } from '../support/action.mjs'
import { resolveConfig } from '../../src/config/config.js'
import { declare } from '../../src/domain/incident.js'
import { encodeState, type IncidentState } from '../../src/domain/state.js'
import { alertKey } from '../../src/domain/sync.js'

export { formBody }

// Every workspace a test makes is removed by stop(), so a long run does not pile them up.
const workspaces: string[] = []
export function makeWorkspace(options?: Parameters<typeof makeWorkspaceDir>[0]) {
  const dir = makeWorkspaceDir(options)
  workspaces.push(dir)
  return dir
}

export const SEVERITY = {
  1: '1: Critical. Affects all or most users and most functionality (site down, every search fails).',
  2: '2: Major. Affects many users or a critical function (keyboard navigation broken, a big provider returns nothing).',
  3: '3: Minor. Affects few users or a non-critical function (staging down, one translation falls back to English).'
} as const

export type Harness = Awaited<ReturnType<typeof createHarness>>

/**
 * The default test config with the Make post going out as soon as an incident is recorded
 * (`make.after: recorded`), for tests about Make's delivery rather than about when it is owed
 * (by default it waits for a lead: runbook-defaults.test.ts).
 */
export const MAKE_AT_ONCE = 'slack:\n  channel: C0INCIDENT\nrotation: msr-person\nmake:\n  after: recorded\n'

export async function createHarness({ config, wordpress = true, slack = true }: { config?: string; wordpress?: boolean; slack?: boolean } = {}) {
  // A repository name of its own: WordPress is shared by every test, and post slugs name the repository.
  const github = await new FakeGitHub({ owner: 'acme', repo: `service-${randomBytes(4).toString('hex')}` }).start()
  const fakeSlack = await new FakeSlack().start()
  github.roles.set('maintainer', 'maintain')
  github.roles.set('triager', 'triage')
  github.roles.set('msr-person', 'write')
  github.roles.set('outsider-collab', 'read')
  const sites = inject('wordpress')
  const workspace = makeWorkspace({ config: config ?? 'slack:\n  channel: C0INCIDENT\nrotation: msr-person\n' })
  const inputs: Record<string, string> = {
    ...(slack ? { 'slack-token': fakeSlack.token, 'slack-api-url': fakeSlack.url } : {}),
    ...(wordpress
      ? {
          'p2-api-url': sites.p2.apiUrl,
          'p2-username': sites.p2.username,
          'p2-password': sites.p2.password,
          'make-api-url': sites.make.apiUrl,
          'make-username': sites.make.username,
          'make-password': sites.make.password
        }
      : {})
  }

  const run = async (
    event: string,
    payload: object,
    extra: { inputs?: Record<string, string>; actor?: string; env?: Record<string, string>; killOnSlack?: (method: string, args: { thread_ts?: string; text?: string }) => boolean } = {}
  ) => {
    github.takeRequests()
    fakeSlack.takeCalls()
    // Killed right after Slack answered a chosen call: the delivery happened, the run never recorded it.
    const onChild = (child: { kill: (signal: NodeJS.Signals) => boolean }) => {
      fakeSlack.onCall = extra.killOnSlack ? (method, args) => extra.killOnSlack!(method, args) && child.kill('SIGKILL') : undefined
    }
    const result = await runAction({ github, event, payload, workspace, inputs: { ...inputs, ...extra.inputs }, actor: extra.actor, env: extra.env, onChild })
    fakeSlack.onCall = undefined
    return { ...result, githubRequests: github.takeRequests(), slackCalls: fakeSlack.takeCalls() }
  }

  return {
    github,
    slack: fakeSlack,
    sites,
    workspace,
    inputs,
    run,
    /** Files the form as `user` and runs the action on the `opened` event. */
    async declare(answers: Parameters<typeof formBody>[0], { user = 'maintainer', title = 'Incident: search is down' } = {}) {
      const issue = github.fileIssue({ title, body: formBody(answers), user, labels: ['🚨 incident'] })
      const result = await run('issues', github.payload('issues', { action: 'opened', issue, sender: github.user(user) }))
      return { issue, result }
    },
    /** Comments as `user` and runs the action on the `created` event. */
    async comment(number: number, user: string, body: string, extra: { env?: Record<string, string> } = {}) {
      const comment = github.addComment(number, user, body)
      const issue = github.issueJson(github.issues.get(number))
      const result = await run('issue_comment', github.payload('issue_comment', { action: 'created', issue, comment, sender: github.user(user) }), extra)
      return { comment, result }
    },
    /**
     * An incident as earlier runs would have left it: labels, the form, the card (by the bot)
     * with its state, the state mirrored in the body. Fast enough to seed hundreds.
     */
    seedIncident(fields: Partial<IncidentState> & { at: string; title?: string }): number {
      const config = resolveConfig()
      const title = fields.title ?? `Incident: seeded ${github.issues.size + 1}`
      const published = { title, summary: 'Seeded incident', affected: '', started: '', thirdParty: '' }
      const base = declare({ recorder: 'maintainer', severity: fields.severity ?? 2, at: fields.at, confirmed: true, thankable: false, published }, config)
      const issue = github.fileIssue({ title, body: '', user: 'maintainer', labels: [] })
      const fake = github.issues.get(issue.number)
      const cardId = github.nextComment++
      let state: IncidentState = { ...base, msr: 'msr-person', ...fields, card: cardId, comments: 1 }
      delete (state as { at?: string }).at
      delete (state as { title?: string }).title
      // Delivered already, as earlier runs would have left it.
      state = { ...state, slack: state.slack ?? { channel: 'C0INCIDENT', ts: fakeSlack.say(`seeded alert ${issue.number}`), pinned: true } }
      if (state.slack!.ts && !state.slack!.synced) state.slack!.synced = alertKey(state)
      const sevLabel = `🚨 incident: severity ${state.severity}`
      const status = { reported: '🚦 incident: awaiting confirmation', recorded: '🔥 incident: recorded', stabilized: '🩹 incident: stabilized', investigating: '🔎 incident: investigating', resolved: '✅ incident: resolved', reviewed: '📝 incident: reviewed' }[state.status]
      fake.labels = ['🚨 incident', status, sevLabel]
      fake.body = formBody({ summary: 'Seeded incident', severity: SEVERITY[state.severity as 1 | 2 | 3] })
      github.comments.set(cardId, { id: cardId, issue: issue.number, body: `<!-- incident-ops:card -->\nseeded card\n\n${encodeState(state)}`, user: ACTIONS_BOT, created_at: fields.at, updated_at: fields.at })
      return issue.number
    },
    /** Runs the scheduled sweep at a given time (it only starts runs: see runStarted). */
    sweep(now: string, extra: { inputs?: Record<string, string> } = {}) {
      github.dispatches = []
      return run('schedule', { schedule: '7-59/10 * * * *', repository: { name: github.repo, full_name: `${github.owner}/${github.repo}`, owner: { login: github.owner } } }, { inputs: extra.inputs, env: { INCIDENT_OPS_NOW: now } })
    },
    /** Runs what the last sweep (or retrospective event) started, as GitHub would: workflow_dispatch runs, one per incident. */
    async runStarted(now?: string) {
      const started = github.dispatches.splice(0)
      const results = []
      for (const d of started) results.push({ issue: Number(d.inputs.issue), ...(await run('workflow_dispatch', { inputs: d.inputs, ref: d.ref }, { env: now ? { INCIDENT_OPS_NOW: now } : {} })) })
      return results
    },
    /** A sweep, then the runs it started. */
    async sweepAndRun(now: string, extra: { inputs?: Record<string, string> } = {}) {
      const swept = await this.sweep(now, extra)
      return { swept, runs: await this.runStarted(now) }
    },
    card(number: number, by: { id: number } = ACTIONS_BOT) {
      return github.commentsOn(number).find((c: { body: string; user: { id?: number } }) => c.body.startsWith('<!-- incident-ops:card -->') && c.user.id === by.id)
    },
    state(number: number, by: { id: number } = ACTIONS_BOT) {
      const body: string = this.card(number, by)?.body ?? ''
      const json = /<!-- incident-ops:state (\{[\s\S]*?\}) -->/.exec(body)?.[1]
      return json ? JSON.parse(json) : undefined
    },
    labels(number: number): string[] {
      return github.issues.get(number).labels
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async post(site: "p2" | "make", id: number): Promise<any> {
      return wp(sites[site], `/posts/${id}?context=edit`)
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async postsWithSlug(site: "p2" | "make", slug: string): Promise<any[]> {
      return wp(sites[site], `/posts?slug=${slug}&status=any&context=edit`)
    },
    async tagsNamed(site: 'p2' | 'make', name: string): Promise<Array<{ id: number; name: string }>> {
      return wp(sites[site], `/tags?search=${encodeURIComponent(name)}&hide_empty=false`)
    },
    async tagNames(site: 'p2' | 'make', ids: number[]) {
      if (!ids.length) return []
      const tags = await wp(sites[site], `/tags?include=${ids.join(',')}&per_page=100`)
      return tags.map((t: { name: string }) => t.name).sort()
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async comments(site: "p2" | "make", post: number): Promise<any[]> {
      return wp(sites[site], `/comments?post=${post}&context=edit&per_page=100&orderby=id&order=asc`)
    },
    async stop() {
      await github.stop()
      await fakeSlack.stop()
      for (const dir of workspaces.splice(0)) removeWorkspace(dir)
    }
  }
}

/** The requests that change something: REST writes and GraphQL mutations (GraphQL reads are POSTs too). */
export function writes<T extends { method: string; path: string; body?: { query?: string } }>(requests: T[]): T[] {
  return requests.filter((r) => r.method !== 'GET' && !(r.path === '/graphql' && !/^\s*mutation/.test(r.body?.query ?? '')))
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function wp(site: { apiUrl: string; username: string; password: string }, route: string): Promise<any> {
  const response = await fetch(`${site.apiUrl}${route}`, { headers: { authorization: `Basic ${Buffer.from(`${site.username}:${site.password}`).toString('base64')}` } })
  if (!response.ok) throw new Error(`WordPress ${route}: HTTP ${response.status} ${await response.text()}`)
  return response.json()
}
