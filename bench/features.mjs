// npm run bench, last table: what suspect changes, /revert, follow-ups with owners and due
// dates, and the daily digest cost, in requests (and, for the declaration, the round trips
// the suspect read adds in a row: every stand-in request made 100 ms slower).
import { FakeGitHub } from '../test/support/github.mjs'
import { FakeSlack } from '../test/support/slack.mjs'
import { runAction, formBody, makeWorkspace } from '../test/support/action.mjs'
import { isWrite } from './lib.mjs'

const LATENCY = 100

export async function featureCosts() {
  const rows = []
  const on = makeWorkspace({ config: 'slack:\n  channel: C0INCIDENT\nrotation: lead\ndigest:\n  time: "09:00"\n' })
  const off = makeWorkspace({ config: 'slack:\n  channel: C0INCIDENT\nrotation: lead\nsuspects: false\n' })
  const github = await new FakeGitHub({ owner: 'bench', repo: 'features' }).start()
  const slack = await new FakeSlack().start()
  github.roles.set('lead', 'write')
  const inputs = { 'slack-token': slack.token, 'slack-api-url': slack.url }
  const HOUR = 3_600_000
  for (let i = 0; i < 12; i++) github.mergePullRequest({ title: `change ${i}`, merged_at: new Date(Date.now() - (i + 1) * HOUR).toISOString() })
  github.addDeployment({ created_at: new Date(Date.now() - 2 * HOUR).toISOString() })
  github.addRelease({ name: 'v1.0.0', published_at: new Date(Date.now() - 3 * HOUR).toISOString() })

  const run = async (event, payload, { workspace = on, env = {} } = {}) => {
    github.takeRequests()
    slack.takeCalls()
    const r = await runAction({ github, event, payload, workspace, inputs, actor: 'lead', env })
    if (r.code !== 0) throw new Error(`${event} failed:\n${r.stdout}\n${r.stderr}`)
    const gh = github.takeRequests()
    return { ms: r.ms, github: gh.length, writes: gh.filter(isWrite).length, slack: slack.takeCalls().length }
  }
  const declare = (workspace) => {
    const issue = github.fileIssue({ title: 'Incident: bench', body: formBody({ summary: 's', severity: '3: Minor. Few users.' }), user: 'lead', labels: ['🚨 incident'] })
    return run('issues', github.payload('issues', { action: 'opened', issue, sender: github.user('lead') }), { workspace }).then((cost) => ({ ...cost, number: issue.number }))
  }
  const command = (n, text, env) => {
    const comment = github.addComment(n, 'lead', text)
    return run('issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(github.issues.get(n)), comment, sender: github.user('lead') }), { env })
  }
  const sweep = (now) => run('schedule', { schedule: '7-59/10 * * * *' }, { env: { INCIDENT_OPS_NOW: now } })

  // The declaration with and without the suspect read, and how many round trips it adds in a row.
  const timed = async (workspace) => {
    const pairs = []
    for (let i = 0; i < 5; i++) {
      const plain = await declare(workspace)
      github.latency = slack.latency = LATENCY
      const slow = await declare(workspace)
      github.latency = slack.latency = 0
      pairs.push({ ...plain, trips: (slow.ms - plain.ms) / LATENCY })
    }
    const trips = pairs.map((p) => p.trips).sort((a, b) => a - b)[2]
    return { ...pairs[0], trips }
  }
  const withSuspects = await timed(on)
  const without = await timed(off)
  rows.push(['declaration (severity 3), suspects off', without])
  rows.push(['declaration (severity 3), suspects on (14 changes, 10 listed)', withSuspects])
  const n = withSuspects.number
  // Only this incident stays open for the sweeps below.
  for (const issue of github.issues.values()) if (issue.number !== n) issue.state = 'closed'
  rows.push(['/suspect #1', await command(n, '/suspect #1')])
  rows.push(['/revert #1 (opens the revert pull request, replies)', await command(n, '/revert #1')])
  rows.push(['/followup @lead by <today> title', await command(n, `/followup @lead by ${new Date().toISOString().slice(0, 10)} add an index`)])
  await command(n, '/claim')

  // A sweep two days later: the follow-up is overdue. The sweep starts the incident's run, which reads the follow-ups and nudges once.
  const later = new Date(Date.now() + 2 * 86_400_000)
  later.setUTCHours(9, 10, 0, 0)
  const due = later.toISOString()
  github.dispatches = []
  rows.push(['sweep: 1 open incident, a follow-up overdue, the digest due (posts it)', await sweep(due)])
  const started = github.dispatches.splice(0)
  for (const d of started) rows.push(['  the run it started (reminders due, reads the follow-ups, nudges the owner once)', await run('workflow_dispatch', { inputs: d.inputs, ref: d.ref }, { env: { INCIDENT_OPS_NOW: due } })])
  github.dispatches = []
  // A minute on: the hourly update reminder just sent is not due again yet (20 minutes on, it could be, by the clock).
  const afterwards = new Date(Date.parse(due) + 60_000).toISOString()
  rows.push(['next sweep (nothing due, nudged, digest posted: looks, posts nothing)', await sweep(afterwards)])
  await github.stop()
  await slack.stop()

  console.log('\nSuspect changes, follow-ups and the daily digest (GitHub requests / writes; Slack calls; for the declaration, round trips in a row):\n')
  console.log('| event | GitHub | GitHub writes | Slack | round trips in a row |\n|---|---|---|---|---|')
  for (const [name, c] of rows) console.log(`| ${name} | ${c.github} | ${c.writes} | ${c.slack} | ${c.trips === undefined ? '' : c.trips.toFixed(1)} |`)
}
