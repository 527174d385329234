// npm run bench: what one event costs. The bundled action (node dist/index.js) runs as the
// Actions runner starts it, against loopback stand-ins for GitHub, Slack and WordPress, and
// the bench prints:
//   - wall time of a severity 1 declaration and of /update next to a bare `node -e 0`, paired
//     (each sample next to its own bare start, in the same minimal environment), on this Node
//     and on Node 24 (the runner's version; installed into .cache on first use);
//   - the floor under /update (bench/floor.mjs): the named packages making its requests and
//     nothing else, the part of a run's time that no change to the action's own code removes;
//   - requests per event, and sequential round trips per event: every stand-in request is
//     made 100 ms slower, and the extra wall time divided by 100 ms is the number of requests
//     that had to wait for one another;
//   - the bundle's chunks, and the scheduled sweep's cost;
//   - what paging adds (PagerDuty on): to a sweep, to the run that pages, to /claim and /resolve;
//     and what an open task adds to a run (its reactions are read).
// BENCH_RUNS (default 11, at least 9) sets the samples per median; BENCH_SWEEP=0 skips the
// sweep table, BENCH_PAGING=0 the paging table, BENCH_FEATURES=0 the table of suspect changes, follow-ups and the digest.
// bench/compare.mjs times several revisions side by side; bench/trace.mjs shows,
// event by event, which requests ran side by side and which waited for one another.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../test/support/github.mjs'
import { FakeSlack } from '../test/support/slack.mjs'
import { FakePagerDuty } from '../test/support/pagerduty.mjs'
import { runAction, formBody } from '../test/support/action.mjs'
import { isWrite, median, ms, nodes, pairedTimes, printEnvironment, root, standIns } from './lib.mjs'
import { featureCosts } from './features.mjs'
import { floorTimes } from './floor.mjs'

const RUNS = Math.max(9, Number(process.env.BENCH_RUNS ?? 11))
const LATENCY = 100
const LATENCY_RUNS = 3

const { list, skipped } = nodes()
const bench = await standIns()
const bundle = join(root, 'dist/index.js')

// One incident's life, event by event: requests per event and wall time.
async function life() {
  const rows = []
  const filed = bench.file()
  rows.push(['declare (severity 1)', await filed.run()])
  const n = filed.issue.number
  for (const text of ['/claim', '/update progress', '/note a note', '/stabilized mitigated', '/severity 2 fewer users now', '/resolve fixed']) {
    rows.push([text.startsWith('/severity') ? '/severity 2' : text.split(' ')[0], await bench.command(n, text)])
    // Two people write in the alert's thread, the lead posts an !update there; a sweep starts the run that imports them.
    if (text === '/note a note') rows.push(['thread: 2 messages and an !update (sweep-started run)', await bench.threadTalk(n)])
  }
  const { github } = bench
  const last = [...github.comments.values()].filter((c) => c.issue === n && c.user.login === 'lead').at(-1)
  rows.push(['re-run of the last event (nothing to do)', await bench.event('issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(github.issues.get(n)), comment: github.commentJson(last), sender: github.user('lead') }))])
  // "This clearly relates to our code": the critical issue for the fix is one request more.
  rows.push(['declare (severity 1, relates to our code)', await bench.file({ relatedToCode: true }).run()])
  return rows
}

const times = await pairedTimes(bench, list, [bundle], RUNS)
const floor = await floorTimes(bench, list, RUNS)

// Round trips: the same incident life with every stand-in request 100 ms slower.
const plain = []
const slow = []
for (let i = 0; i < LATENCY_RUNS; i++) {
  bench.setLatency(0)
  plain.push(await life())
  bench.setLatency(LATENCY)
  slow.push(await life())
}
bench.setLatency(0)

printEnvironment(list, skipped)

console.log(`\nWall time, median of ${RUNS} paired runs (ratio: median of each run over the bare start just before it):\n`)
console.log('| Node | node -e 0 | declaration (severity 1) | ratio | node -e 0 | /update | ratio |\n|---|---|---|---|---|---|---|')
for (const node of list) {
  const t = times[node.path][bundle]
  console.log(`| ${node.version} | ${ms(median(t.bareDeclare))} | ${ms(median(t.declare))} | ${median(t.declareRatio).toFixed(2)}× | ${ms(median(t.bareUpdate))} | ${ms(median(t.update))} | ${median(t.updateRatio).toFixed(2)}× |`)
}

// What no run on these packages can go below: bench/floor/index.cjs.
console.log(`\nThe floor under /update, paired the same way: the named packages alone (@actions/core as the action uses it, yaml, @octokit/core,`)
console.log('the Handlebars runtime) parse the config and make /update\'s 8 requests in its 4 waves to a server that answers at once; nothing of the action\'s own:\n')
console.log('| Node | node -e 0 | floor | ratio | /update above the floor |\n|---|---|---|---|---|')
for (const node of list) {
  const f = floor[node.path]
  console.log(`| ${node.version} | ${ms(median(f.bare))} | ${ms(median(f.floor))} | ${median(f.ratio).toFixed(2)}× | ${ms(median(times[node.path][bundle].update) - median(f.floor))} |`)
}

// Requests as counted in the last incident's life: by then the WordPress sites have every tag,
// as they do once a few incidents have gone by (the first life makes the status tags).
console.log(`\nRequests per event (GitHub total / of which writes; Slack; WordPress P2+Make; the last of ${LATENCY_RUNS} incidents) and sequential round trips`)
console.log(`(wall time with ${LATENCY} ms added to every stand-in request, minus without, over ${LATENCY} ms; median of ${LATENCY_RUNS}; ${process.version}):\n`)
console.log('| event | GitHub | GitHub writes | Slack | WordPress | round trips in a row |\n|---|---|---|---|---|---|')
for (const [i, [name, c]] of plain.at(-1).entries()) {
  const trips = median(plain.map((p, k) => (slow[k][i][1].ms - p[i][1].ms) / LATENCY))
  console.log(`| ${name} | ${c.github} | ${c.githubWrites} | ${c.slack} | ${c.wordpress} | ${trips.toFixed(1)} |`)
}

console.log('\nBundle (dist/; chunks beyond index.js and templates are loaded only by the runs that need them):\n')
console.log('| chunk | size | holds |\n|---|---|---|')
const chunks = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js')).sort((a, b) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : a.localeCompare(b)))
let total = 0
for (const f of chunks) {
  const size = statSync(join(root, 'dist', f)).size
  total += size
  console.log(`| ${f} | ${(size / 1024).toFixed(0)} KiB | ${f === 'index.js' ? 'the action' : holds(readFileSync(join(root, 'dist', f), 'utf8'))} |`)
}
// The precompiled templates: one file each, read by a run only when it renders that template.
const templates = readdirSync(join(root, 'dist/templates'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
const templateSizes = templates.map((f) => statSync(join(root, 'dist/templates', f)).size)
const templatesSize = templateSizes.reduce((a, b) => a + b, 0)
total += templatesSize
console.log(`| templates/ | ${(templatesSize / 1024).toFixed(0)} KiB | ${templates.length} precompiled templates, each read by the runs that render it (largest ${(Math.max(...templateSizes) / 1024).toFixed(0)} KiB) |`)
console.log(`| all | ${(total / 1024).toFixed(0)} KiB | ${chunks.length + templates.length} files |`)

/** What a chunk carries, recognised by a few strings its packages contain. */
function holds(code) {
  const marks = [
    ['Handlebars compiler (repository template overrides)', /Parse error on line/],
    ['proxy support (@actions/http-client, tunnel, undici)', /tunneling socket/],
    ['proxy agent (loads the proxy support)', /getAgent\(/],
    ['Slack Web API client', /slack_webapi|WebClient/],
    ['the sweep and its daily digest (scheduled runs)', /would start a run for #/],
    ['setup and doctor (mode: setup)', /incident-ops is not ready/],
    ['the report (mode: report)', /Incident report: /],
    ['a declaration by workflow_dispatch', /workflow_dispatch needs a title input/]
  ]
  return marks.find(([, re]) => re.test(code))?.[0] ?? '(other)'
}

if (process.env.BENCH_SWEEP !== '0') {
  // Sweeps: incidents are cloned from two real ones the action made, so the seeded state is
  // exactly what it writes. "Quiet" has a lead and a fresh update (severity 3: nothing due for a
  // day); "due" has no lead (severity 1: the escalation is due after 30 minutes).
  console.log(`\nScheduled sweep (GitHub requests and wall time, ${process.version}):\n`)
  console.log('| open incidents | due (runs started) | GitHub requests | of which writes | Slack | wall time |\n|---|---|---|---|---|---|')
  const { workspace } = bench
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
      const r = await runAction({ github: gh, event: 'schedule', payload: { schedule: '*/10 * * * *' }, workspace, inputs: { 'slack-token': sl.token, 'slack-api-url': sl.url, budget: '1000' }, env: { INCIDENT_OPS_NOW: new Date(Date.now() + 31 * 60_000).toISOString() } })
      if (r.code !== 0) throw new Error(r.stdout)
      const reqs = gh.takeRequests()
      console.log(`| ${[...gh.issues.values()].filter((i) => i.state === 'open').length} | ${r.outputs.started ? r.outputs.started.split(',').length : 0} | ${reqs.length} | ${reqs.filter(isWrite).length} | ${sl.takeCalls().length} | ${ms(r.ms)} |`)
      await gh.stop()
      await sl.stop()
    }
  }
}

if (process.env.BENCH_PAGING !== '0') {
  // 100 open incidents, 10 of them severity 1 without a lead: at 10 minutes nothing is due; at
  // 16 (lead-within is 15) the page is due for those 10, and the sweep starts their runs.
  console.log(`\nPaging and tasks (PagerDuty on; 100 open incidents, 10 severity 1 without a lead; ${process.version}):\n`)
  console.log('| step | GitHub requests | of which writes | Slack | PagerDuty |\n|---|---|---|---|---|')
  const { workspace } = bench
  const gh = await new FakeGitHub({ owner: 'bench', repo: 'paging' }).start()
  gh.roles.set('lead', 'write')
  const sl = await new FakeSlack().start()
  const pd = await new FakePagerDuty().start()
  const inputs = { 'slack-token': sl.token, 'slack-api-url': sl.url, 'pagerduty-routing-key': pd.routingKey, 'pagerduty-api-url': pd.url, budget: '1000' }
  const t0 = Date.now()
  const now = (minutes) => ({ INCIDENT_OPS_NOW: new Date(t0 + minutes * 60_000).toISOString() })
  const run = async (event, payload, minutes) => {
    gh.takeRequests()
    sl.takeCalls()
    pd.takeRequests()
    const r = await runAction({ github: gh, event, payload, workspace, inputs, env: now(minutes) })
    if (r.code !== 0) throw new Error(r.stdout)
    return { r, gh: gh.takeRequests(), slack: sl.takeCalls().length, pd: pd.takeRequests().length }
  }
  const row = (step, m) => console.log(`| ${step} | ${m.gh.length} | ${m.gh.filter(isWrite).length} | ${m.slack} | ${m.pd} |`)
  const declareOne = async (severity) => {
    const issue = gh.fileIssue({ title: 'Incident: template', body: formBody({ summary: 's', severity: `${severity}: x` }), user: 'lead', labels: ['🚨 incident'] })
    await run('issues', gh.payload('issues', { action: 'opened', issue }), 0)
    return issue.number
  }
  const quiet = await declareOne(3)
  const comment = (n, text, minutes) => run('issue_comment', gh.payload('issue_comment', { action: 'created', issue: gh.issueJson(gh.issues.get(n)), comment: gh.addComment(n, 'lead', text) }), minutes)
  await comment(quiet, '/claim', 0)
  await comment(quiet, '/update on it', 0)
  const due = await declareOne(1)
  for (let i = 0; i < 9; i++) gh.cloneIssue(due)
  while ([...gh.issues.values()].filter((i) => i.state === 'open').length < 100) gh.cloneIssue(quiet)
  row('sweep, nothing due (10 min)', await run('schedule', { schedule: '*/10 * * * *' }, 10))
  gh.dispatches = []
  const swept = await run('schedule', { schedule: '*/10 * * * *' }, 16)
  row(`sweep, ${swept.r.outputs.started.split(',').length} pages due (16 min)`, swept)
  const started = gh.dispatches.splice(0)
  row('the run it starts for one: no-lead reminder and page', await run('workflow_dispatch', { inputs: started[0].inputs, ref: started[0].ref }, 16))
  const n = Number(started[0].inputs.issue)
  row('/claim (acknowledges the page)', await comment(n, '/claim', 20))
  row('/note, no open task', await comment(n, '/note looking', 21))
  row('/task @lead check the logs', await comment(n, '/task @lead check the logs', 22))
  row('/note, one open task (its reactions are read)', await comment(n, '/note still looking', 23))
  row('/resolve (resolves the page; open tasks to the thread)', await comment(n, '/resolve fixed', 25))
  await gh.stop()
  await sl.stop()
  await pd.stop()
}

await bench.stop()
if (process.env.BENCH_FEATURES !== '0') await featureCosts()
