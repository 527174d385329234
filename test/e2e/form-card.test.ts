// The form's fields the card keeps (state.form) are a copy to spare a run the YAML: they
// never cost the card what it is for (the timeline, the state), nor its place on the issue.
import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeGitHub } from '../support/github.mjs'
import { runAction, makeWorkspace, formBody } from '../support/action.mjs'
import { SEVERITY } from './harness.js'

let github: FakeGitHub
beforeEach(async () => {
  github = await new FakeGitHub().start()
  github.roles.set('maintainer', 'maintain')
})
afterEach(async () => {
  await github.stop()
})

/** A form with a long dropdown (a region picker, say): its fields alone are more than a comment may hold. */
function bigFormWorkspace(options: number): string {
  const workspace = makeWorkspace()
  const region = ['', '  - type: dropdown', '    id: region', '    attributes:', '      label: Region', '      options:', ...Array.from({ length: options }, (_, i) => `        - "Data centre ${String(i).padStart(4, '0')} (eu-west, rack row A)"`), '    validations:', '      required: false', ''].join('\n')
  appendFileSync(join(workspace, '.github/ISSUE_TEMPLATE/incident.yml'), region)
  return workspace
}

describe('the form the card keeps', () => {
  it('a form too big for the card is not kept: the incident is declared and its card written', async () => {
    const workspace = bigFormWorkspace(1700)
    const issue = github.fileIssue({ title: 'Incident: search is down', body: formBody({ summary: 'Search fails', severity: SEVERITY[2] }), user: 'maintainer', labels: ['🚨 incident'] })
    const run = await runAction({ github, event: 'issues', payload: github.payload('issues', { action: 'opened', issue, sender: github.user('maintainer') }), workspace, actor: 'maintainer' })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    const card = github.commentsOn(issue.number).find((c) => c.body.includes('Incident card'))
    // The whole card, as people read it: not cut short to make room for the form's copy.
    expect(card?.body).toContain('| **Severity** | 2: ')
    expect(card?.body).toContain('| **Lead** |')
    expect(card?.body).not.toContain('Data centre')
    expect(card!.body.length).toBeLessThanOrEqual(65_536)
  })
})
