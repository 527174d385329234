// dist/ alone is the action: the runner runs `node <its checkout>/dist/index.js` with the
// workspace as the working directory. Every run that loads a chunk or a template file of its
// own (setup, the sweep, the report, a declaration by dispatch, a repository's template
// override) works from a copy of dist/ far from the repository.
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/github.mjs'
import { runAction, makeWorkspace, formBody, root } from '../support/action.mjs'
import { removeOnExit } from '../support/processes.mjs'
import { SEVERITY } from './harness.js'

let github: FakeGitHub
let copy: string
beforeAll(() => {
  copy = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-dist-')))
  cpSync(join(root, 'dist'), copy, { recursive: true })
})
beforeEach(async () => {
  github = await new FakeGitHub().start()
  github.roles.set('maintainer', 'maintain')
})
afterEach(async () => {
  await github.stop()
})

// As the runner runs it: the copy's index.js, from the workspace (never from this repository).
const run = (event: string, payload: object, options: { inputs?: Record<string, string>; workspace?: string } = {}) => {
  const workspace = options.workspace ?? makeWorkspace()
  return runAction({ github, event, payload, workspace, cwd: workspace, actor: 'maintainer', inputs: options.inputs, args: [join(copy, 'index.js')] })
}

describe('a copy of dist/ elsewhere', () => {
  it('runs setup (a chunk of its own)', async () => {
    const result = await run('workflow_dispatch', github.payload('workflow_dispatch', { inputs: {}, ref: 'refs/heads/main' }), { inputs: { mode: 'setup' } })
    // Not ready (this workspace has no workflows), which it says check by check.
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('Setup: 2 check(s) to fix: Incident workflow, Reminders (sweep)')
    expect(result.summary).toContain('| ✅ | Labels | 13 labels in place')
    expect(result.summary).toContain('| ✅ | Token: issues |')
  })

  it('runs the sweep and the report (chunks of their own)', async () => {
    const issue = github.fileIssue({ title: 'Incident: search is down', body: formBody({ summary: 'Search fails', severity: SEVERITY[2] }), user: 'maintainer', labels: ['🚨 incident'] })
    const declared = await run('issues', github.payload('issues', { action: 'opened', issue, sender: github.user('maintainer') }))
    expect(declared.code, declared.stdout + declared.stderr).toBe(0)
    const swept = await run('schedule', { schedule: '7-59/10 * * * *' })
    expect(swept.code, swept.stdout + swept.stderr).toBe(0)
    expect(swept.stdout).toMatch(/Swept 1 open incident/)
    const report = await run('workflow_dispatch', github.payload('workflow_dispatch', { inputs: {}, ref: 'refs/heads/main' }), { inputs: { mode: 'report', period: '30d' } })
    expect(report.code, report.stdout + report.stderr).toBe(0)
    expect(report.outputs.report).toMatch(/^## Incidents from /)
  })

  it('declares an incident by dispatch (a chunk of its own)', async () => {
    const result = await run('workflow_dispatch', github.payload('workflow_dispatch', { inputs: { title: 'API 5xx alarm', severity: '2', summary: 'The 5xx alarm fired' }, ref: 'refs/heads/main' }))
    expect(result.code, result.stdout + result.stderr).toBe(0)
    const [issue] = [...github.issues.values()]
    expect(issue.title).toContain('API 5xx alarm')
    expect(github.commentsOn(issue.number).some((c) => c.body.includes('Incident card'))).toBe(true)
  })

  it('renders a repository’s override (the compiler chunk) next to the precompiled templates', async () => {
    const workspace = makeWorkspace({
      config: 'templates: .github/incident-templates\n',
      templates: { 'github/card.md.hbs': '## Our incident card: {{statusText}}\n\nSeverity {{severity.level}}, recorded {{time times.reported}} by {{mention recorder}}{{#if (eq severity.level 2)}} (major){{/if}}\n' }
    })
    const issue = github.fileIssue({ title: 'Incident: search is down', body: formBody({ summary: 'Search fails', severity: SEVERITY[2] }), user: 'maintainer', labels: ['🚨 incident'] })
    const result = await run('issues', github.payload('issues', { action: 'opened', issue, sender: github.user('maintainer') }), { workspace })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    const card = github.commentsOn(issue.number).find((c) => c.body.includes('Our incident card'))
    expect(card?.body).toMatch(/Severity 2, recorded .+ by @maintainer \(major\)/)
  })
})
