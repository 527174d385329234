// The workflows adopters copy (examples/workflows) and this repository's own, read with
// GitHub's own parser; the job filter evaluated with GitHub's own expression evaluator.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { convertWorkflowTemplate, isMapping, isSequence, NoOperationTraceWriter, parseWorkflow, type WorkflowTemplate } from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'

const require = createRequire(import.meta.url)
const EXAMPLES = readdirSync('examples/workflows').map((f) => `examples/workflows/${f}`)
const OWN = readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`)

async function load(path: string): Promise<{ template: WorkflowTemplate; root: TemplateToken; errors: string[] }> {
  const parsed = parseWorkflow({ name: path, content: readFileSync(path, 'utf8') }, new NoOperationTraceWriter())
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!)
  const errors = [...parsed.context.errors.getErrors().map((e) => e.message), ...(template.errors ?? []).map((e) => e.Message)]
  return { template, root: parsed.value!, errors }
}

const scalar = (token: TemplateToken | undefined) => (token as { value?: unknown } | undefined)?.value
const mapping = (token: TemplateToken | undefined): Array<[string, TemplateToken]> => (token && isMapping(token) ? [...token].map((kv) => [String(scalar(kv.key)), kv.value]) : [])

/** Every step of every job, as the parser read it: `uses` and the keys of `with`. */
function steps(root: TemplateToken): Array<{ job: string; uses?: string; with: string[] }> {
  const jobs = mapping(mapping(root).find(([k]) => k === 'jobs')?.[1])
  return jobs.flatMap(([job, body]) => {
    const list = mapping(body).find(([k]) => k === 'steps')?.[1]
    if (!list || !isSequence(list)) return []
    return [...list].map((step) => {
      const fields = mapping(step)
      const uses = fields.find(([k]) => k === 'uses')?.[1]
      return { job, uses: uses ? String(scalar(uses)) : undefined, with: mapping(fields.find(([k]) => k === 'with')?.[1]).map(([k]) => k) }
    })
  })
}

function actionInputs(): string[] {
  const parsed = parseAction({ name: 'action.yml', content: readFileSync('action.yml', 'utf8') }, new NoOperationTraceWriter())
  expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([])
  return (convertActionTemplate(parsed.context, parsed.value!).inputs ?? []).map((i) => i.id)
}

describe('the workflows', () => {
  it.each([...EXAMPLES, ...OWN])('%s is valid for GitHub Actions', async (path) => {
    expect((await load(path)).errors).toEqual([])
  })

  it('the consumer workflows are examples, not workflows of this repository (they would run here)', async () => {
    expect(EXAMPLES.map((p) => p.split('/').pop()).sort()).toEqual(['incident-reminders.yml', 'incident-report.yml', 'incident-setup.yml', 'incident.yml'])
    for (const path of OWN) expect(steps((await load(path)).root).some((s) => /incident-ops\/incident-ops/.test(s.uses ?? '')), path).toBe(false)
  })

  it('use the action by its real name and major tag, with only inputs action.yml declares', async () => {
    const inputs = actionInputs()
    for (const path of EXAMPLES) {
      const ours = steps((await load(path)).root).filter((s) => /incident-ops/.test(s.uses ?? ''))
      expect(ours.length, path).toBeGreaterThan(0)
      for (const step of ours) {
        expect(step.uses).toBe('incident-ops/incident-ops@v1')
        expect(step.with.filter((k) => !inputs.includes(k)), `${path}: with: keys action.yml does not declare`).toEqual([])
      }
    }
  })

  it('grant what the features in use need, and no more', async () => {
    const permissions = (path: string) => Object.fromEntries(mapping(mapping(readRoot(path)).find(([k]) => k === 'permissions')?.[1]).map(([k, v]) => [k, scalar(v)]))
    const readRoot = (path: string) => parseWorkflow({ name: path, content: readFileSync(path, 'utf8') }, new NoOperationTraceWriter()).value!
    // pull-requests and deployments: read for suspect changes.
    expect(permissions('examples/workflows/incident.yml')).toEqual({ contents: 'read', 'pull-requests': 'read', deployments: 'read', issues: 'write', discussions: 'write', actions: 'write' })
    // The sweep writes no incident: it starts each one's own run.
    expect(permissions('examples/workflows/incident-reminders.yml')).toEqual({ contents: 'read', issues: 'read', actions: 'write' })
    expect(permissions('examples/workflows/incident-report.yml')).toEqual({ contents: 'read', issues: 'write' })
    expect(permissions('examples/workflows/incident-setup.yml')).toEqual({ contents: 'read', issues: 'write', actions: 'read' })
  })
})

// ── Idle costs nothing ─────────────────────────────────────────────────────────────────

const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Array<Record<string, unknown>> }>
const realComment = examples.find((e) => e.name === 'issue_comment')!.examples.find((e) => e.action === 'created')!
const realIssueEvent = (action: string) => examples.find((e) => e.name === 'issues')!.examples.find((e) => e.action === action)!

/** Whether GitHub would start the incident job for this event: its `if:`, evaluated as the runner does. */
async function startsJob(eventName: string, payload: Record<string, unknown>): Promise<boolean> {
  const { template } = await load('examples/workflows/incident.yml')
  const condition = template.jobs[0].if!.expression
  const expr = new Parser(new Lexer(condition).lex().tokens, ['github'], [{ name: 'success', minArgs: 0, maxArgs: 0 }]).parse()
  const github = JSON.parse(JSON.stringify({ event_name: eventName, event: payload }), data.reviver)
  const functions = new Map([['success', { name: 'success', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) }]])
  return truthy(new Evaluator(expr, new data.Dictionary({ key: 'github', value: github }), functions).evaluate())
}

function comment(body: string, issue: { body?: string | null; labels?: string[]; pullRequest?: boolean } = {}, action = 'created') {
  const real = structuredClone(realComment) as { issue: Record<string, unknown>; comment: Record<string, unknown> }
  return {
    ...real,
    action,
    issue: { ...real.issue, body: issue.body ?? 'Some ordinary issue text.', labels: (issue.labels ?? ['bug']).map((name) => ({ name })), ...(issue.pullRequest ? { pull_request: { url: 'https://api.github.com/x' } } : {}) },
    comment: { ...real.comment, body }
  }
}

const ORDINARY = ['Thanks!', 'I can reproduce this on staging.', '+1', 'LGTM', 'See #12 /cc @octocat', '> /claim\nquoting someone', 'Not a /command at the start', 'https://example.org/a/b', '', '🎉']
const INCIDENT_BODY = '### Summary\n\nSearch is down\n\n<!-- incident-ops:state {"v":1} -->'

describe('the incident job filter (idle costs nothing)', () => {
  it('100 ordinary comments on ordinary issues start 0 jobs', async () => {
    let jobs = 0
    for (let i = 0; i < 100; i++) {
      const onPullRequest = i % 10 === 9
      if (await startsJob('issue_comment', comment(`${ORDINARY[i % ORDINARY.length]} (${i})`, { labels: i % 3 ? ['bug'] : [], pullRequest: onPullRequest }, i % 4 ? 'created' : 'edited'))) jobs++
    }
    expect(jobs).toBe(0)
  })

  it('a command anywhere, and any comment on an incident or its retrospective, starts one', async () => {
    expect(await startsJob('issue_comment', comment('/claim'))).toBe(true)
    expect(await startsJob('issue_comment', comment('/update the fix is deploying\nmore text'))).toBe(true)
    // A plain comment on an incident (the marker in its body) or an incident that lost its mirror (the label).
    expect(await startsJob('issue_comment', comment('I am looking at the logs', { body: INCIDENT_BODY }))).toBe(true)
    expect(await startsJob('issue_comment', comment('I am looking at the logs', { labels: ['🚨 incident'] }))).toBe(true)
    // Commands and comments on the retrospective the action opened.
    expect(await startsJob('issue_comment', comment('/reviewed', { body: '<!-- incident-ops:retro-of 7 -->\n## Retrospective' }))).toBe(true)
    expect(await startsJob('issue_comment', comment('We met on Tuesday.', { body: '<!-- incident-ops:retro-of 7 -->\n## Retrospective' }))).toBe(true)
    // An /update comment edited later must still reach the action (the Slack reply and P2 comment owe an edit).
    expect(await startsJob('issue_comment', comment('/update corrected text', { body: INCIDENT_BODY }, 'edited'))).toBe(true)
    expect(await startsJob('issue_comment', comment('corrected text, no longer a command', { body: INCIDENT_BODY }, 'edited'))).toBe(true)
    // Pull-request comments never, even commands.
    expect(await startsJob('issue_comment', comment('/claim', { pullRequest: true }))).toBe(false)
  })

  it('issue events: opened and edited always (the form may lack its labels), the rest only on incidents', async () => {
    const issueEvent = (action: string, issue: { body?: string; labels?: string[] }, label?: string) => {
      const real = structuredClone(realIssueEvent(action === 'closed' ? 'edited' : action)) as { issue: Record<string, unknown> }
      return { ...real, action, issue: { ...real.issue, body: issue.body ?? 'text', labels: (issue.labels ?? []).map((name) => ({ name })) }, ...(label ? { label: { name: label } } : {}) }
    }
    expect(await startsJob('issues', issueEvent('opened', {}))).toBe(true)
    expect(await startsJob('issues', issueEvent('edited', {}))).toBe(true)
    expect(await startsJob('issues', issueEvent('labeled', { labels: ['bug'] }, 'bug'))).toBe(false)
    expect(await startsJob('issues', issueEvent('closed', {}))).toBe(false)
    expect(await startsJob('issues', issueEvent('labeled', { labels: ['🚨 incident'] }, '🚨 incident'))).toBe(true)
    expect(await startsJob('issues', issueEvent('closed', { body: INCIDENT_BODY }))).toBe(true)
    expect(await startsJob('issues', issueEvent('unlabeled', { body: INCIDENT_BODY }, '🔥 incident: recorded'))).toBe(true)
    expect(await startsJob('workflow_dispatch', { inputs: { title: 'x' } })).toBe(true)
  })
})
