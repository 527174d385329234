// npm run bench: what one event costs. Requests to GitHub, Slack and WordPress per
// declaration and per command, the bundle's size, and the median wall time of the bundled
// action (against loopback stand-ins, WordPress included, so PHP's speed is not measured)
// next to a bare `node -e 0` on the same machine.
import { spawnSync } from 'node:child_process'
import { statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../test/support/github.mjs'
import { FakeSlack } from '../test/support/slack.mjs'
import { runAction, makeWorkspace, formBody, root } from '../test/support/action.mjs'
import { startWordPressStandIn } from '../test/support/wordpress-standin.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const github = await new FakeGitHub({ owner: 'bench', repo: 'bench' }).start()
const slack = await new FakeSlack().start()
const wordpress = await startWordPressStandIn()
github.roles.set('lead', 'write')
const workspace = makeWorkspace({ config: 'slack:\n  channel: C0INCIDENT\nrotation: lead\n' })
const inputs = {
  'slack-token': slack.token,
  'slack-api-url': slack.url,
  ...Object.fromEntries(['p2', 'make'].flatMap((s) => [[`${s}-api-url`, wordpress.sites[s].apiUrl], [`${s}-username`, 'u'], [`${s}-password`, 'p']]))
}

// Events a minute apart, as people comment: a comment is newer than the last run's writes.
let minutes = 0
const start = Date.now()
github.clock = () => new Date(start + minutes * 60_000)

async function measure(event, payload) {
  minutes++
  github.takeRequests()
  slack.takeCalls()
  const wpBefore = wordpress.sites.p2.db.requests + wordpress.sites.make.db.requests
  const started = process.hrtime.bigint()
  const result = await runAction({ github, event, payload, workspace, inputs, actor: 'lead' })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (result.code !== 0) throw new Error(`${event} failed:\n${result.stdout}\n${result.stderr}`)
  const gh = github.takeRequests()
  const wpRequests = wordpress.sites.p2.db.requests + wordpress.sites.make.db.requests - wpBefore
  return { ms, github: gh.length, githubWrites: gh.filter((r) => r.method !== 'GET').length, slack: slack.takeCalls().length, wordpress: wpRequests }
}

const answers = { summary: 'Searches fail', severity: '1: Critical. Everything is down.' }
const rows = []
const declareTimes = []
let last
for (let i = 0; i < RUNS; i++) {
  const issue = github.fileIssue({ title: `Incident ${i}`, body: formBody(answers), user: 'lead', labels: ['🚨 incident'] })
  last = { issue, cost: await measure('issues', github.payload('issues', { action: 'opened', issue, sender: github.user('lead') })) }
  declareTimes.push(last.cost.ms)
}
rows.push(['declare (severity 1: card, labels, Slack alert + pin, P2 post, Make post)', last.cost])

const n = last.issue.number
const command = async (text) => {
  minutes++
  const comment = github.addComment(n, 'lead', text)
  return measure('issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(github.issues.get(n)), comment, sender: github.user('lead') }))
}
const commandTimes = []
rows.push(['/claim', await command('/claim')])
for (let i = 0; i < RUNS; i++) {
  const cost = await command(`/update progress ${i}`)
  commandTimes.push(cost.ms)
  if (i === 0) rows.push(['/update', cost])
}
rows.push(['/note', await command('/note a note')])
rows.push(['/stabilized', await command('/stabilized mitigated')])
rows.push(['/severity 2', await command('/severity 2 fewer users now')])
rows.push(['/resolve', await command('/resolve fixed')])
rows.push(['re-run of the last event (nothing to do)', await measure('issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(github.issues.get(n)), comment: github.commentJson([...github.comments.values()].at(-2)), sender: github.user('lead') }))])

const bare = []
for (let i = 0; i < RUNS; i++) {
  const t = process.hrtime.bigint()
  spawnSync(process.execPath, ['-e', '0'])
  bare.push(Number(process.hrtime.bigint() - t) / 1e6)
}

const size = (f) => statSync(join(root, 'dist', f)).size
const chunks = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js'))
console.log('\nRequests per event (GitHub total / of which writes; Slack; WordPress P2+Make):\n')
console.log('| event | GitHub | GitHub writes | Slack | WordPress |\n|---|---|---|---|---|')
for (const [name, c] of rows) console.log(`| ${name} | ${c.github} | ${c.githubWrites} | ${c.slack} | ${c.wordpress} |`)
console.log(`\nBundle: dist/index.js ${(size('index.js') / 1024).toFixed(0)} KiB; all chunks ${(chunks.reduce((a, f) => a + size(f), 0) / 1024).toFixed(0)} KiB (${chunks.length} files, loaded on demand)`)
console.log(`\nWall time, median of ${RUNS} (${process.version}):`)
console.log(`  node -e 0:                    ${median(bare).toFixed(0)} ms`)
console.log(`  declaration (node dist/index.js): ${median(declareTimes).toFixed(0)} ms  (${(median(declareTimes) / median(bare)).toFixed(2)}× node -e 0)`)
console.log(`  /update (node dist/index.js):     ${median(commandTimes).toFixed(0)} ms  (${(median(commandTimes) / median(bare)).toFixed(2)}× node -e 0)`)

// Sweeps: incidents are cloned from two real ones the action made, so the seeded state is
// exactly what it writes. "Quiet" has a lead and a fresh update (severity 3: nothing due for a
// day); "due" has no lead (severity 1: the escalation is due after 30 minutes).
console.log('\nScheduled sweep (GitHub requests and wall time):\n')
console.log('| open incidents | due | GitHub requests | of which writes | Slack | wall time |\n|---|---|---|---|---|---|')
for (const count of [100, 500, 2000]) {
  for (const dueCount of [0, 10]) {
    const gh = await new FakeGitHub({ owner: 'bench', repo: `sweep-${count}-${dueCount}` }).start()
    gh.roles.set('lead', 'write')
    const sl = await new FakeSlack().start()
    const declareOne = async (severity, user) => {
      const issue = gh.fileIssue({ title: 'Incident: template', body: formBody({ summary: 's', severity: `${severity}: x` }), user, labels: ['🚨 incident'] })
      const r = await runAction({ github: gh, event: 'issues', payload: gh.payload('issues', { action: 'opened', issue }), workspace, inputs: { 'slack-token': sl.token, 'slack-api-url': sl.url } })
      if (r.code !== 0) throw new Error(r.stdout)
      return issue.number
    }
    const quiet = await declareOne(3, 'lead')
    for (const text of ['/claim', '/update on it']) {
      const comment = gh.addComment(quiet, 'lead', text)
      await runAction({ github: gh, event: 'issue_comment', payload: gh.payload('issue_comment', { action: 'created', issue: gh.issueJson(gh.issues.get(quiet)), comment }), workspace, inputs: { 'slack-token': sl.token, 'slack-api-url': sl.url } })
    }
    const due = await declareOne(1, 'lead')
    for (let i = 0; i < dueCount; i++) gh.cloneIssue(due)
    gh.issues.get(due).state = 'closed'
    while ([...gh.issues.values()].filter((i) => i.state === 'open').length < count) gh.cloneIssue(quiet)
    gh.takeRequests()
    sl.takeCalls()
    const t = process.hrtime.bigint()
    const r = await runAction({ github: gh, event: 'schedule', payload: { schedule: '*/10 * * * *' }, workspace, inputs: { 'slack-token': sl.token, 'slack-api-url': sl.url, budget: '1000' }, env: { INCIDENT_OPS_NOW: new Date(Date.now() + 31 * 60_000).toISOString() } })
    const ms = Number(process.hrtime.bigint() - t) / 1e6
    if (r.code !== 0) throw new Error(r.stdout)
    const reqs = gh.takeRequests()
    console.log(`| ${[...gh.issues.values()].filter((i) => i.state === 'open').length} | ${r.outputs.reminders} | ${reqs.length} | ${reqs.filter((q) => q.method !== 'GET').length} | ${sl.takeCalls().length} | ${ms.toFixed(0)} ms |`)
    await gh.stop()
    await sl.stop()
  }
}

await github.stop()
await slack.stop()
await wordpress.stop()
