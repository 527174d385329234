// Where the config, the form and the templates come from: a checked-out `.github` answers
// for itself (a missing config costs no request); without a checkout they are read through
// the API; a repository's template overrides replace the bundled (precompiled) templates.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/github.mjs'
import { FakeSlack } from '../support/slack.mjs'
import { runAction, makeWorkspace, formBody, root } from '../support/action.mjs'
import { removeOnExit } from '../support/processes.mjs'
import { SEVERITY } from './harness.js'

let github: FakeGitHub
beforeEach(async () => {
  github = await new FakeGitHub({ owner: 'acme', repo: 'service' }).start()
  github.roles.set('maintainer', 'maintain')
})
afterEach(async () => {
  await github.stop()
})

const declare = async (workspace: string, inputs: Record<string, string> = {}) => {
  const issue = github.fileIssue({ title: 'Incident: search is down', body: formBody({ summary: 'Search fails', severity: SEVERITY[2] }), user: 'maintainer', labels: ['🚨 incident'] })
  const result = await runAction({ github, event: 'issues', payload: github.payload('issues', { action: 'opened', issue, sender: github.user('maintainer') }), workspace, actor: 'maintainer', inputs })
  expect(result.code, result.stdout + result.stderr).toBe(0)
  return { issue, result, requests: github.takeRequests() }
}

describe('the config and the form', () => {
  it('a workspace with .github checked out and no config uses the defaults without asking the API', async () => {
    const { issue, result, requests } = await declare(makeWorkspace())
    expect(requests.filter((r) => r.path.includes('/contents/'))).toEqual([])
    expect(result.stdout).toContain('No .github/incident.yml: using the default incident process')
    expect(github.commentsOn(issue.number)[0].body).toContain('incident-ops:card')
  })

  it('without a checkout, both are read from the default branch', async () => {
    github.files.set('.github/incident.yml', 'rotation: api-msr\n')
    github.files.set('.github/ISSUE_TEMPLATE/incident.yml', readFileSync(join(root, '.github/ISSUE_TEMPLATE/incident.yml'), 'utf8'))
    github.roles.set('api-msr', 'write')
    const { issue, requests } = await declare(removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-empty-'))))
    expect(requests.filter((r) => r.path.includes('/contents/')).map((r) => decodeURIComponent(r.path.replace(/^.*\/contents\//, '')))).toEqual(['.github/incident.yml', '.github/ISSUE_TEMPLATE/incident.yml'])
    const card = github.commentsOn(issue.number)[0].body
    expect(card).toContain('@api-msr')
    expect(card).toContain('Search fails')
  })

  it("a repository's template overrides are compiled and used; the other templates stay the bundled ones", async () => {
    const slack = await new FakeSlack().start()
    try {
      const workspace = makeWorkspace({
        config: 'slack:\n  channel: C0INCIDENT\ntemplates: .github/incident-templates\n',
        templates: { 'slack/alert.slack.hbs': 'Our own alert: {{title}} ({{#if severity}}severity {{severity.level}}{{/if}}) {{mention lead}}' }
      })
      const { issue } = await declare(workspace, { 'slack-token': slack.token, 'slack-api-url': slack.url })
      expect(slack.topLevel().map((m) => m.text)).toEqual(['Our own alert: Incident: search is down (severity 2)'])
      expect(github.commentsOn(issue.number)[0].body).toContain('incident-ops:card')
    } finally {
      await slack.stop()
    }
  })
})
