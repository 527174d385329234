// npm start: a local sandbox. It starts stand-ins for GitHub and Slack and a real WordPress
// (native or Playground, as the tests do; a stand-in only where neither can start), then plays
// a whole incident through the bundled action, as the Actions runner would, and shows what
// appeared where. INCIDENT_OPS_WORDPRESS=native|playground|standin picks the WordPress.
import { FakeGitHub } from '../test/support/github.mjs'
import { FakeSlack } from '../test/support/slack.mjs'
import { runAction, makeWorkspace, formBody, root } from '../test/support/action.mjs'
import { startWordPress, WordPressUnavailable } from '../test/support/wordpress.mjs'
import { startWordPressStandIn } from '../test/support/wordpress-standin.mjs'
import { cpSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

const bold = (t) => `\x1b[1m${t}\x1b[0m`
const dim = (t) => `\x1b[2m${t}\x1b[0m`
const indent = (t, n = 4) => t.split('\n').map((l) => ' '.repeat(n) + l).join('\n')
const hideState = (t) => t.replace(/<!-- incident-ops:state [\s\S]*?-->/, '<!-- (state block) -->')

const github = await new FakeGitHub({ owner: 'openverse', repo: 'openverse' }).start()
const slack = await new FakeSlack().start()
let wordpress
let realWordPress = false
if (process.env.INCIDENT_OPS_WORDPRESS === 'standin') {
  console.log(bold('WordPress: the stand-in, because INCIDENT_OPS_WORDPRESS=standin (P2 and Make are not a real WordPress).'))
  wordpress = await startWordPressStandIn()
} else {
  try {
    wordpress = await startWordPress({ log: (m) => console.log(dim(m)) })
    realWordPress = true
  } catch (error) {
    if (!(error instanceof WordPressUnavailable)) throw error
    console.log(`${error.message}\n${bold('WordPress: the stand-in, because no real WordPress could start (see above); P2 and Make below are not a real WordPress.')}`)
    wordpress = await startWordPressStandIn()
  }
}
const { sites } = wordpress

for (const [login, role] of [['zack', 'maintain'], ['sara', 'write'], ['dhruv', 'triage']]) github.roles.set(login, role)
const workspace = makeWorkspace({
  config: [
    'slack:',
    '  channel: C0INCIDENT',
    '  users:',
    '    sara: U0SARA',
    'rotation: sara',
    'timezone: Europe/Madrid',
    'triage:',
    '  default:',
    '    - { title: Runbooks, url: "https://docs.openverse.org/meta/monitoring/runbooks/" }',
    '  areas:',
    '    API:',
    '      - { title: API dashboard, url: "https://grafana.example.org/d/api" }',
    '  providers:',
    '    Elasticsearch Service: "https://status.elastic.co/"',
    ''
  ].join('\n')
})
const inputs = {
  'slack-token': slack.token,
  'slack-api-url': slack.url,
  ...Object.fromEntries(['p2', 'make'].flatMap((s) => [[`${s}-api-url`, sites[s].apiUrl], [`${s}-username`, sites[s].username], [`${s}-password`, sites[s].password]]))
}
const auth = (site) => ({ authorization: `Basic ${Buffer.from(`${sites[site].username}:${sites[site].password}`).toString('base64')}` })
const wpGet = async (site, route) => (await fetch(`${sites[site].apiUrl}${route}`, { headers: auth(site) })).json()

let shownSlack = 0
async function step(title, event, payload, actor) {
  console.log(`\n${bold(`▶ ${title}`)}`)
  github.takeRequests()
  slack.takeCalls()
  const result = await runAction({ github, event, payload, workspace, inputs, actor })
  const requests = github.takeRequests().length
  const calls = slack.takeCalls().length
  if (result.code !== 0) {
    console.log(result.stdout, result.stderr)
    throw new Error(`the action failed on "${title}"`)
  }
  console.log(dim(`  action exited ${result.code}; outputs ${JSON.stringify(result.outputs)}; ${requests} GitHub requests, ${calls} Slack calls`))
  // An event on a retrospective starts its incident's own run (workflow_dispatch): GitHub runs it next.
  for (const d of github.dispatches.splice(0)) {
    const started = await runAction({ github, event: 'workflow_dispatch', payload: { inputs: d.inputs, ref: d.ref }, workspace, inputs, actor })
    console.log(dim(`  it started incident #${d.inputs.issue}'s own run: exited ${started.code}; outputs ${JSON.stringify(started.outputs)}`))
  }
  for (const m of slack.messages.slice(shownSlack)) {
    console.log(`  ${bold(m.thread_ts ? 'Slack thread reply:' : 'Slack channel:')}\n${indent(m.text)}`)
  }
  shownSlack = slack.messages.length
  return result
}

// A second incident nobody leads yet, to show the scheduled sweep reminding people.
const reminderDemo = async () => {
  const quiet = github.fileIssue({ title: 'Incident: thumbnails missing for one provider', body: formBody({ summary: 'Thumbnails from one provider are blank', severity: '2: Major. A big provider returns nothing.' }), user: 'zack', labels: ['🚨 incident'] })
  await step('zack files a severity 2 incident; nobody claims it', 'issues', github.payload('issues', { action: 'opened', issue: quiet, sender: github.user('zack') }), 'zack')
  for (const minutes of [10, 31, 32, 61]) {
    const now = new Date(Date.now() + minutes * 60_000).toISOString()
    console.log(`\n${bold(`▶ the scheduled sweep runs ${minutes} minutes later`)} ${dim('(a fake clock: INCIDENT_OPS_NOW)')}`)
    github.takeRequests()
    github.dispatches = []
    await runAction({ github, event: 'schedule', payload: { schedule: '7-59/10 * * * *' }, workspace, inputs, env: { INCIDENT_OPS_NOW: now } })
    const started = github.dispatches.splice(0)
    console.log(dim(`  the sweep read every open incident and started ${started.length ? started.map((d) => `#${d.inputs.issue}'s run`).join(', ') : 'no run'}; ${github.takeRequests().length} GitHub requests`))
    const before = github.commentsOn(quiet.number).length
    // GitHub runs what the sweep started: the incident's own run sends what is due.
    for (const d of started) await runAction({ github, event: 'workflow_dispatch', payload: { inputs: d.inputs, ref: d.ref }, workspace, inputs, env: { INCIDENT_OPS_NOW: now } })
    for (const c of github.commentsOn(quiet.number).slice(before)) if (!c.body.startsWith('<!-- incident-ops:card')) console.log(`  ${bold('GitHub comment:')} ${c.body.replace(/^<!-- [^>]* -->\n/, '')}`)
    for (const m of slack.messages.slice(shownSlack)) console.log(`  ${bold('Slack thread reply:')} ${m.text}`)
    shownSlack = slack.messages.length
  }
}

// Adoption: the example workflows copied in and the setup workflow run once (its readiness
// report is the job summary). The reminders workflow "ran" 3 minutes ago.
mkdirSync(join(workspace, '.github/workflows'), { recursive: true })
for (const name of ['incident', 'incident-reminders', 'incident-report', 'incident-setup']) cpSync(join(root, `examples/workflows/${name}.yml`), join(workspace, `.github/workflows/${name}.yml`))
github.workflows = ['incident', 'incident-reminders', 'incident-report', 'incident-setup'].map((name, i) => ({ id: i + 1, name, path: `.github/workflows/${name}.yml`, state: 'active' }))
github.runs = [{ workflow_id: 2, event: 'schedule', created_at: new Date(Date.now() - 3 * 60_000).toISOString(), conclusion: 'success' }]
console.log(`\n${bold('▶ the setup workflow runs once (mode: setup)')}`)
const setup = await runAction({ github, event: 'workflow_dispatch', payload: github.payload('workflow_dispatch', { inputs: {} }), workspace, inputs: { ...inputs, mode: 'setup' }, actor: 'zack' })
console.log(indent(setup.summary.trim()))

const answers = { summary: 'Every search on the API returns HTTP 500', severity: '1: Critical. Affects all or most users and most functionality (site down, every search fails).', affected: 'API', started: '2026-11-27 09:55 UTC', thirdParty: 'Elasticsearch Service' }
const issue = github.fileIssue({ title: 'Incident: API searches fail', body: formBody(answers), user: 'dhruv', labels: ['🚨 incident'] })
await step('dhruv files the incident form (severity 1)', 'issues', github.payload('issues', { action: 'opened', issue, sender: github.user('dhruv') }), 'dhruv')

const say = async (who, text, title) => {
  const comment = github.addComment(issue.number, who, text)
  await step(title ?? `${who} comments ${text.split('\n')[0]}`, 'issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(github.issues.get(issue.number)), comment, sender: github.user(who) }), who)
}
await say('sara', '/claim')
await say('zack', '/join checking the Elasticsearch nodes')
await say('sara', '/update Elasticsearch cluster is red; failing over to the replica.\n\nNext update within the hour.')
// People talk in the alert's thread; the next run reads it into the timeline. sara is mapped
// in slack.users, so her !note runs as the command; Dana is not, so hers is what she said.
const alertTs = slack.topLevel().at(-1).ts
slack.clock = Math.ceil(Date.now() / 1000)
slack.addUser('U0DANA', { name: 'dana', displayName: 'Dana' })
slack.say('Users in Europe see it too; the status page is still green', alertTs, 'U0DANA')
slack.say('!note at 09:52 the error rate jumped right after the 09:50 deploy', alertTs, 'U0SARA')
console.log(`\n${bold('▶ in the Slack thread: Dana and sara write (shown with the next step, which imports both)')}`)
await say('dhruv', '/note Error rate started at 09:52 right after the 09:50 deploy.')
await say('sara', '/stabilized Failed over to the replica cluster; searches succeed again.')
await say('sara', '/followup Alert when the Elasticsearch cluster turns red')
await say('sara', '/resolve Replaced the failed node and rebalanced shards.')
await say('sara', '/retro Tuesday 15:00 UTC')

const retro = [...github.issues.values()].find((i) => i.title.startsWith('Retrospective'))
const onRetro = github.addComment(retro.number, 'sara', '/reviewed')
await step(`sara comments /reviewed on the retrospective #${retro.number}`, 'issue_comment', github.payload('issue_comment', { action: 'created', issue: github.issueJson(retro), comment: onRetro, sender: github.user('sara') }), 'sara')

await reminderDemo()

const state = JSON.parse(/<!-- incident-ops:state (\{[\s\S]*?\}) -->/.exec(github.commentsOn(issue.number)[0].body)[1])
console.log(`\n${bold('═══ What appeared where ═══')}`)
console.log(`\n${bold(`GitHub issue #${issue.number}`)} labels: ${github.issues.get(issue.number).labels.join(', ')}; assignees: ${github.issues.get(issue.number).assignees.join(', ')}`)
for (const c of github.commentsOn(issue.number)) console.log(`\n  ${bold(`comment by ${c.user.login}`)}\n${indent(hideState(c.body))}`)
console.log(`\n${bold('Slack')}: ${slack.topLevel().length} alert(s), pinned: ${slack.pins.size}, thread replies: ${slack.thread(state.slack.ts).length}`)
for (const site of ['p2', 'make']) {
  const ref = state[site]
  if (!ref?.id) continue
  const post = await wpGet(site, `/posts/${ref.id}?context=edit`)
  const tags = post.tags?.length ? (await wpGet(site, `/tags?include=${post.tags.join(',')}`)).map((t) => t.name) : []
  console.log(`\n${bold(`${site === 'p2' ? 'P2' : 'Make'} post`)} ${ref.url}${realWordPress ? '' : ' (stand-in)'}\n  title: ${post.title?.raw ?? post.title}\n  tags: ${tags.join(', ')}\n${indent(post.content?.raw ?? post.content)}`)
  if (site === 'p2') {
    const comments = await wpGet(site, `/comments?post=${ref.id}&context=edit&orderby=id&order=asc`)
    for (const c of comments) console.log(`  ${bold('comment:')}\n${indent(c.content?.raw ?? c.content, 6)}`)
  }
}
console.log(`\n${bold(`Retrospective issue #${retro.number}: ${retro.title}`)}\n${indent(github.issues.get(retro.number).body.replace(/<!-- [^>]*-->\n?/, ''))}`)
const followup = [...github.issues.values()].find((i) => i.title.startsWith('Alert when'))
console.log(`\n${bold(`Follow-up issue #${followup.number}: ${followup.title}`)} labels: ${followup.labels.join(', ')}\n${indent(followup.body)}`)

const report = await runAction({ github, event: 'workflow_dispatch', payload: { inputs: {} }, workspace, inputs: { ...inputs, mode: 'report', period: '30d' } })
console.log(`\n${bold('Metrics report (mode: report)')}\n${indent(report.outputs.report ?? report.stdout)}`)
console.log(`\n${dim(`Real WordPress: ${realWordPress ? `yes (${wordpress.backend}), P2 at ${sites.p2.url}, Make at ${sites.make.url}` : 'no (stand-in)'}.`)}`)
await github.stop()
await slack.stop()
await wordpress.stop()
