// mode: setup, as an adopter runs it from examples/workflows/incident-setup.yml: labels are
// created, everything else is checked and reported in the job summary, nothing else changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHarness, type Harness } from './harness.js'

let h: Harness
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The adopter's repository: the example workflows copied in, on the default branch, the sweep running. */
function adopt(h: Harness, { sweepRanMinutesAgo = 4 as number | null, sweepState = 'active' } = {}) {
  mkdirSync(join(h.workspace, '.github/workflows'), { recursive: true })
  for (const name of ['incident', 'incident-reminders', 'incident-report', 'incident-setup']) {
    cpSync(join('examples/workflows', `${name}.yml`), join(h.workspace, `.github/workflows/${name}.yml`))
  }
  h.github.workflows = ['incident', 'incident-reminders', 'incident-report', 'incident-setup'].map((name, i) => ({ id: i + 1, name, path: `.github/workflows/${name}.yml`, state: name === 'incident-reminders' ? sweepState : 'active' }))
  h.github.runs = sweepRanMinutesAgo === null ? [] : [{ workflow_id: 2, event: 'schedule', created_at: minutesAgo(sweepRanMinutesAgo), conclusion: 'success' }, { workflow_id: 2, event: 'schedule', created_at: minutesAgo(sweepRanMinutesAgo + 10), conclusion: 'success' }]
}

const setup = (inputs: Record<string, string> = {}) =>
  h.run('workflow_dispatch', h.github.payload('workflow_dispatch', { inputs: {}, ref: 'refs/heads/main', workflow: '.github/workflows/incident-setup.yml' }), { inputs: { mode: 'setup', ...inputs }, actor: 'maintainer' })

/** The report's rows: check name → { icon, result, fix }. */
function rows(summary: string) {
  const out: Record<string, { icon: string; result: string; fix: string }> = {}
  for (const line of summary.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim())
    if (cells.length === 4 && cells[0] !== '' && cells[0] !== '---') out[cells[1]] = { icon: cells[0], result: cells[2], fix: cells[3] }
  }
  return out
}

beforeEach(async () => {
  h = await createHarness()
})
afterEach(async () => {
  await h.stop()
})

describe('mode: setup', () => {
  it('creates the labels, checks everything, and reports a Slack token without pins:write as the one thing to fix', async () => {
    adopt(h)
    h.slack.scopes.delete('pins:write')
    const result = await setup()
    console.log(`\n${result.summary}`)

    // One check failed: the step fails, so the run shows red until it is fixed.
    expect(result.code).toBe(1)
    expect(result.outputs.ready).toBe('false')
    const report = rows(result.summary)
    const failing = Object.entries(report).filter(([, r]) => r.icon === '❌')
    expect(failing.map(([check]) => check)).toEqual(['Slack scopes'])
    expect(report['Slack scopes'].result).toContain('`pins:write`')
    expect(report['Slack scopes'].fix).toContain('add `pins:write` to the bot token scopes')
    for (const check of ['Labels', 'Token: issues', 'Config', 'Issue form', 'Support rotation', 'Slack token', 'Slack channel', 'P2', 'Make', 'Token: actions', 'Incident workflow', 'Reminders (sweep)', 'Sweep kept alive']) {
      expect(report[check]?.icon, `${check}: ${JSON.stringify(report[check])}`).toBe('✅')
    }
    expect(report.P2.result).toContain('editor')
    expect(report['Reminders (sweep)'].result).toMatch(/last scheduled sweep was 4m ago/)

    // The labels exist, coloured; nothing else was written: no issue, no comment, no Slack message, no post.
    expect(h.github.labels.get('🚨 incident')?.color).toBe('b91c1c')
    expect(h.github.labels.size).toBe(13)
    const writes = result.githubRequests.filter((r) => r.method !== 'GET')
    expect(writes.every((r) => r.method === 'POST' && r.path.endsWith('/labels'))).toBe(true)
    expect(writes).toHaveLength(13)
    expect(result.slackCalls.map((c) => c.method).sort()).toEqual(['auth.test', 'conversations.info'])
    expect(h.github.issues.size).toBe(0)
    expect(h.github.violations).toEqual([])
  })

  it('is all green once fixed, creates nothing the second time, and only proves its write with a no-op', async () => {
    adopt(h)
    await setup()
    const again = await setup()
    expect(again.code, again.stdout + again.stderr).toBe(0)
    expect(again.outputs.ready).toBe('true')
    expect(again.summary).toContain('✅ incident-ops is ready')
    const writes = again.githubRequests.filter((r) => r.method !== 'GET')
    expect(writes).toHaveLength(1)
    expect(writes[0].method).toBe('PATCH')
    expect(h.github.labels.get('🚨 incident')?.color).toBe('b91c1c')
  })

  it('in a repository with 150 labels of its own, finds its labels on the second page and creates none twice', async () => {
    for (let i = 0; i < 150; i++) h.github.addLabel(`area: part ${i}`)
    adopt(h)
    await setup()
    const again = await setup()
    expect(again.code, again.stdout + again.stderr).toBe(0)
    // 150 + the incident labels, 100 a page: both pages read, and only the write check writes.
    expect(again.githubRequests.filter((r) => r.method === 'GET' && r.path.endsWith('/labels'))).toHaveLength(2)
    expect(again.githubRequests.filter((r) => r.method !== 'GET').map((r) => r.method)).toEqual(['PATCH'])
    expect(again.outputs.ready).toBe('true')
  })

  it('reports a stopped sweep with the remedy: disabled for inactivity, or silent for more than three intervals', async () => {
    adopt(h, { sweepState: 'disabled_inactivity' })
    const disabled = rows((await setup()).summary)['Reminders (sweep)']
    expect(disabled.icon).toBe('❌')
    expect(disabled.result).toContain('GitHub disabled it after 60 days without activity')
    expect(disabled.fix).toContain('gh workflow enable incident-reminders.yml')

    adopt(h, { sweepRanMinutesAgo: 45 })
    const late = rows((await setup()).summary)['Reminders (sweep)']
    expect(late.icon).toBe('❌')
    expect(late.result).toContain('45m ago, more than 3 intervals (30m)')

    adopt(h, { sweepRanMinutesAgo: null })
    expect(rows((await setup()).summary)['Reminders (sweep)'].icon).toBe('⚠️')
  })

  it('warns a quiet public repository without a keepalive before GitHub disables the schedule', async () => {
    adopt(h)
    writeFileSync(join(h.workspace, '.github/workflows/incident-reminders.yml'), "on:\n  schedule:\n    - cron: '*/15 * * * *'\npermissions: { issues: write }\njobs:\n  sweep:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: incident-ops/incident-ops@v1\n        with: { mode: sweep }\n")
    h.github.repoInfo.pushed_at = new Date(Date.now() - 50 * 86_400_000).toISOString()
    const kept = rows((await setup()).summary)['Sweep kept alive']
    expect(kept.icon).toBe('⚠️')
    expect(kept.result).toMatch(/last push 50 days ago: GitHub disables the schedule in about 10 days/)
    expect(kept.fix).toContain('keepalive job')
  })

  it('names the missing permissions: actions: read for itself, discussions: write for thank-yous', async () => {
    adopt(h)
    writeFileSync(join(h.workspace, '.github/workflows/incident.yml'), "on: [issues, issue_comment]\npermissions:\n  contents: read\n  issues: write\njobs:\n  incident:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: incident-ops/incident-ops@v1\n")
    h.github.failNext('GET', '/actions/', 403, Infinity, 'Resource not accessible by integration')
    const report = rows((await setup()).summary)
    expect(report['Token: actions']).toMatchObject({ icon: '❌' })
    expect(report['Token: actions'].fix).toContain('`actions: read`')
    expect(report['Incident workflow'].icon).toBe('⚠️')
    expect(report['Incident workflow'].result).toContain('`discussions: write` (thanking reports filed as discussions)')
  })

  it('reports a broken config among the checks instead of stopping at it', async () => {
    adopt(h)
    writeFileSync(join(h.workspace, '.github/incident.yml'), 'slack:\n  channel: C0INCIDENT\nrotation: 42\n')
    const result = await setup()
    const report = rows(result.summary)
    expect(report.Config.icon).toBe('❌')
    expect(report.Config.result).toMatch(/line 3/)
    expect(report.Labels.icon).toBe('✅')
    expect(report.P2.icon).toBe('✅')
  })

  it('posts a test message and writes (and deletes) a draft only when asked', async () => {
    adopt(h)
    const result = await setup({ 'setup-test-post': 'true' })
    expect(result.code, result.stdout).toBe(0)
    const report = rows(result.summary)
    expect(report['Slack test post'].icon).toBe('✅')
    expect(report['P2 test post'].icon).toBe('✅')
    expect(h.slack.topLevel()[0].text).toContain('incident-ops setup: a test message')
  })
})
