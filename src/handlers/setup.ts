// Setup and doctor (`mode: setup`): creates the labels the config and the form use, then
// checks everything else an adopter has to get right (config, form, Slack, P2, Make, the
// workflows and their permissions, the scheduled sweep) and says, for each, what to fix.
// Apart from the labels it changes nothing outward, unless a test post is asked for.
import * as core from '@actions/core'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { meets } from '../domain/permissions.js'
import { longestGapMs } from '../domain/cron.js'
import { SWEEP_LATE_INTERVALS } from '../domain/sweep-watch.js'
import { formShape, severityFromText } from '../domain/form.js'
import { labelSpecs } from '../domain/labels.js'
import { formatDuration } from '../domain/time.js'
import type { Workflow } from '../github/repo.js'
import { describeSlackError } from '../slack/slack.js'
import { WordPressError, type WordPressClient } from '../wordpress/wordpress.js'
import type { Env } from '../incident/context.js'
import { pagingChecks } from './setup-paging.js'
import { codeRepositoryChecks } from './setup-code.js'
import { ensureLabels } from '../incident/form-labels.js'
import { actionUses, type ActionUse } from '../config/workflows.js'

export type CheckStatus = 'ok' | 'fail' | 'warn' | 'off'

export interface Check {
  check: string
  status: CheckStatus
  result: string
  /** What to do about it, when something is to be done. */
  fix?: string
}

export interface SetupOptions {
  /** Why the config could not be loaded (the checks then run with the defaults). */
  configProblem?: string
  configPath: string
  configFound: boolean
  /** What the workflow gave the action, to tell "off" from "half set up". */
  inputs: { slackToken: boolean; slackChannel?: string; p2Url?: string; makeUrl?: string }
  /** The checked-out workspace (the workflows are read from it when present). */
  workspace: string
  /** Post a test message to Slack and write (and delete) a draft on P2 and Make. */
  testPost: boolean
}

const ICON: Record<CheckStatus, string> = { ok: '✅', fail: '❌', warn: '⚠️', off: '➖' }


// ── The doctor ──────────────────────────────────────────────────────────────────────────

export async function runSetup(env: Env, options: SetupOptions): Promise<Check[]> {
  const checks: Check[] = []
  const formYaml = await env.loadForm().catch(() => undefined)
  const formLabels = formShape(formYaml)?.labels ?? []

  checks.push(...(await labelChecks(env, formLabels)))
  checks.push(configCheck(options))
  checks.push(...formChecks(env, formYaml))
  checks.push(...(await rotationChecks(env)))
  checks.push(...(await slackChecks(env, options)))
  for (const site of ['p2', 'make'] as const) checks.push(...(await wordpressChecks(env, site, options)))
  checks.push(...pagingChecks(env))
  checks.push(...(await workflowChecks(env, options)))
  checks.push(...(await codeRepositoryChecks(env)))
  return checks
}

async function labelChecks(env: Env, formLabels: string[]): Promise<Check[]> {
  const wanted = labelSpecs(env.config, formLabels)
  try {
    const { created, present } = await ensureLabels(env, formLabels)
    // Nothing created proves no write: rewrite one label with what it has, which changes nothing.
    if (!created.length && present[0] && !env.dryRun) await env.repo.rewriteLabel(present[0])
    return [
      {
        check: 'Labels',
        status: 'ok',
        result: `${wanted.length} labels in place${created.length ? `; created ${created.map(code).join(', ')}` : ''}.`
      },
      { check: 'Token: issues', status: 'ok', result: 'The workflow token may write issues and labels.' }
    ]
  } catch (error) {
    const status = (error as { status?: number }).status
    return [
      {
        check: 'Labels',
        status: 'fail',
        result: `Could not create the labels (GitHub answered ${status ?? (error as Error).message}).`,
        fix: 'Give this workflow `permissions: issues: write` and run it again; or create the labels by hand.'
      }
    ]
  }
}

function configCheck(options: SetupOptions): Check {
  if (options.configProblem) return { check: 'Config', status: 'fail', result: options.configProblem, fix: `Fix ${code(options.configPath)} as the message says (editors check it with schema/incident-config.schema.json).` }
  if (!options.configFound) return { check: 'Config', status: 'ok', result: `No ${code(options.configPath)}: the default process (Openverse's) applies.` }
  return { check: 'Config', status: 'ok', result: `${code(options.configPath)} is valid.` }
}

function formChecks(env: Env, formYaml: string | undefined): Check[] {
  const path = code(env.config.form)
  const shape = formShape(formYaml)
  if (!formYaml || !shape) {
    return [{ check: 'Issue form', status: 'fail', result: formYaml ? `${path} is not an issue form.` : `${path} was not found.`, fix: `Copy .github/ISSUE_TEMPLATE/incident.yml from incident-ops to ${path} (or set \`form:\` in the config).` }]
  }
  const problems: string[] = []
  const fixes: string[] = []
  const form = parseYaml(formYaml) as { body?: Array<{ id?: string; type?: string; attributes?: { options?: unknown[] } }> }
  const ids = new Set((form.body ?? []).map((f) => f?.id))
  for (const id of ['summary', 'severity']) {
    if (!ids.has(id)) {
      problems.push(`no field with \`id: ${id}\``)
      fixes.push(`give the ${id} field \`id: ${id}\``)
    }
  }
  if (!shape.labels.includes(env.config.labels.incident)) {
    problems.push(`its labels do not include ${code(env.config.labels.incident)}`)
    fixes.push(`add \`labels: ["${env.config.labels.incident}"]\` to the form`)
  }
  const options = (form.body ?? []).find((f) => f?.id === 'severity')?.attributes?.options
  if (Array.isArray(options)) {
    const levels = options.map((o) => severityFromText(String(o), env.config))
    const unknown = options.filter((_, i) => levels[i] === undefined)
    const missing = env.config.severities.filter((s) => !levels.includes(s.level)).map((s) => s.level)
    if (unknown.length) problems.push(`severity options name no configured level: ${unknown.map((o) => code(String(o).slice(0, 40))).join(', ')}`)
    if (missing.length) problems.push(`no severity option for level ${missing.join(', ')}`)
    if (unknown.length || missing.length) fixes.push(`start each severity option with its level (\`1: Critical…\`), one per level in the config (${env.config.severities.map((s) => s.level).join(', ')})`)
  }
  if (problems.length) return [{ check: 'Issue form', status: 'fail', result: `${path}: ${problems.join('; ')}.`, fix: `${capitalise(fixes.join('; '))}.` }]
  return [{ check: 'Issue form', status: 'ok', result: `${path} has the fields the action reads, its labels, and one option per severity.` }]
}

async function rotationChecks(env: Env): Promise<Check[]> {
  const rotation = env.config.rotation
  const logins = rotation.kind === 'fixed' ? [rotation.login] : rotation.kind === 'rotating' ? rotation.logins : []
  if (!logins.length) return [{ check: 'Support rotation', status: 'off', result: 'No rotation: nobody is asked to lead by name.', fix: 'Optional: set `rotation:` in the config to a login or `{logins, start, every}`.' }]
  const cannot: string[] = []
  for (const login of logins) if (!meets(await env.repo.level(login), 'write')) cannot.push(login)
  if (cannot.length) {
    return [{ check: 'Support rotation', status: 'fail', result: `${cannot.map((l) => code(l)).join(', ')} cannot be assigned the incidents they lead (GitHub assigns only people with write access).`, fix: 'Give them write access to the repository, or change `rotation:` in the config.' }]
  }
  return [{ check: 'Support rotation', status: 'ok', result: `${logins.length} ${logins.length === 1 ? 'person' : 'people'} on rotation, all assignable.` }]
}

async function slackChecks(env: Env, options: SetupOptions): Promise<Check[]> {
  const { slackToken, slackChannel } = options.inputs
  if (!slackToken) return [{ check: 'Slack', status: 'off', result: 'No `slack-token` input: Slack is off.', fix: 'To turn it on: create the app from slack-app-manifest.yml, store its bot token as the secret `INCIDENT_SLACK_TOKEN`, pass it as `slack-token`.' }]
  if (!env.slack) return [{ check: 'Slack', status: 'fail', result: 'A token but no channel.', fix: 'Set `slack.channel` in the config (a channel id such as C0123ABCDEF) or the `slack-channel` input.' }]
  const checks: Check[] = []
  let scopes: string[] | undefined
  let app = 'incident-ops'
  try {
    const who = await env.slack.identity()
    scopes = who.scopes
    app = who.user ?? app
    checks.push({ check: 'Slack token', status: 'ok', result: `Valid: the app ${code(who.user ?? '?')} in the workspace ${code(who.team ?? '?')}.` })
  } catch (error) {
    return [{ check: 'Slack token', status: 'fail', result: describeSlackError(error), fix: 'Store the Bot User OAuth Token (xoxb-…) of the installed app as the secret `INCIDENT_SLACK_TOKEN`.' }]
  }
  const needed = ['chat:write', ...(env.config.slack.pin ? ['pins:write'] : [])]
  const missing = scopes ? needed.filter((s) => !scopes!.includes(s)) : []
  if (!scopes) checks.push({ check: 'Slack scopes', status: 'warn', result: 'Slack did not say which scopes the token has.', fix: `Check the app has ${needed.map(code).join(', ')} (slack-app-manifest.yml).` })
  else if (missing.length) {
    checks.push({
      check: 'Slack scopes',
      status: 'fail',
      result: `The token lacks ${missing.map(code).join(', ')}${missing.includes('pins:write') ? ': alerts cannot be pinned' : ''}.`,
      fix: `In the app's *OAuth & Permissions*, add ${missing.map(code).join(', ')} to the bot token scopes (or set \`slack.pin: false\`), reinstall the app, and update the secret if the token changed.`
    })
  } else checks.push({ check: 'Slack scopes', status: 'ok', result: `${needed.map(code).join(', ')} granted.` })
  if (scopes) checks.push(threadScopes(scopes))

  try {
    const channel = await env.slack.channelInfo()
    const name = channel.name ? `#${channel.name}` : code(env.slack.channel)
    if (channel.isArchived) checks.push({ check: 'Slack channel', status: 'fail', result: `${name} is archived.`, fix: 'Use a live channel: `slack.channel` in the config or the `slack-channel` input.' })
    else if (!channel.isMember) checks.push({ check: 'Slack channel', status: 'fail', result: `The app is not in ${name}: it cannot pin there${channel.isPrivate ? ' or post' : ''}.`, fix: `In ${name}, type \`/invite @${app}\`.` })
    else checks.push({ check: 'Slack channel', status: 'ok', result: `The app is in ${name}.` })
  } catch (error) {
    const code_ = (error as { data?: { error?: string } }).data?.error
    if (code_ === 'missing_scope') checks.push({ check: 'Slack channel', status: 'warn', result: 'Could not check the app is in the channel: the token cannot read channel info.', fix: `Add the \`channels:read\` (and for private channels \`groups:read\`) scope, or make sure the app was invited: \`/invite @${app}\`.` })
    else if (code_ === 'channel_not_found') checks.push({ check: 'Slack channel', status: 'fail', result: `Slack knows no channel ${code(slackChannel || env.slack.channel)} (or it is private and the app is not in it).`, fix: 'Use the channel id (channel details → bottom), and invite the app to private channels.' })
    else checks.push({ check: 'Slack channel', status: 'fail', result: describeSlackError(error) })
  }

  if (options.testPost) {
    try {
      await env.slack.post({ text: 'incident-ops setup: a test message. Alerts for new incidents will appear in this channel.' })
      checks.push({ check: 'Slack test post', status: 'ok', result: 'Posted a test message to the channel.' })
    } catch (error) {
      checks.push({ check: 'Slack test post', status: 'fail', result: describeSlackError(error) })
    }
  }
  return checks
}

// What the bot's WordPress user does: publish and edit its posts, create tags, and comment
// without being held for moderation or flood control. The Editor role has all of these.
const WORDPRESS_CAPABILITIES = ['publish_posts', 'edit_published_posts', 'manage_categories', 'moderate_comments']

async function wordpressChecks(env: Env, site: 'p2' | 'make', options: SetupOptions): Promise<Check[]> {
  const name = site === 'p2' ? 'P2' : 'Make'
  const url = site === 'p2' ? options.inputs.p2Url : options.inputs.makeUrl
  const client: WordPressClient | undefined = env[site]
  const secret = `INCIDENT_${site.toUpperCase()}`
  if (!url) return [{ check: name, status: 'off', result: `No \`${site}-api-url\` input: ${name} is off.`, fix: `To turn it on: set the variable \`${secret}_API_URL\` (the wp/v2 root), \`${secret}_USERNAME\` and the secret \`${secret}_PASSWORD\` (an application password).` }]
  if (!client) return [{ check: name, status: 'fail', result: 'An API URL but no credentials.', fix: `Set \`${site}-username\` and \`${site}-password\` (an application password), or \`${site}-token\`.` }]
  const checks: Check[] = []
  try {
    const me = await client.me()
    const caps = me.capabilities ?? {}
    const roles = me.roles ?? []
    const lacking = me.capabilities ? WORDPRESS_CAPABILITIES.filter((c) => !caps[c]) : roles.some((r) => r === 'editor' || r === 'administrator') ? [] : WORDPRESS_CAPABILITIES
    if (lacking.length) {
      checks.push({ check: name, status: 'fail', result: `Signed in as ${code(me.name)} (${roles.join(', ') || 'no role'}), who cannot ${lacking.map(code).join(', ')}.`, fix: `Give ${code(me.name)} the Editor role on ${name} (Users → ${me.name} → Role).` })
    } else checks.push({ check: name, status: 'ok', result: `Signed in as ${code(me.name)} (${roles.join(', ') || 'capabilities checked'}): can publish, tag and comment.` })
  } catch (error) {
    const message = error instanceof WordPressError ? error.message : (error as Error).message
    const fix = error instanceof WordPressError && error.status === 401 ? `Check \`${secret}_USERNAME\` and the application password in \`${secret}_PASSWORD\` (Users → Profile → Application Passwords).` : error instanceof WordPressError && error.status === 404 ? `Check \`${secret}_API_URL\`: the wp/v2 root, e.g. https://example.org/wp-json/wp/v2.` : `Check that \`${secret}_API_URL\` is reachable from GitHub's runners.`
    return [{ check: name, status: 'fail', result: `${name} ${message}.`, fix }]
  }
  if (options.testPost) {
    try {
      await client.draftAndDelete('incident-ops setup test (deleted at once)')
      checks.push({ check: `${name} test post`, status: 'ok', result: 'Wrote a draft and deleted it.' })
    } catch (error) {
      checks.push({ check: `${name} test post`, status: 'fail', result: `${name} ${(error as Error).message}.` })
    }
  }
  return checks
}

// ── The workflows ───────────────────────────────────────────────────────────────────────

function grants(permissions: ActionUse['permissions'], scope: string, level: 'read' | 'write'): boolean {
  if (permissions === 'write-all') return true
  if (permissions === 'read-all') return level === 'read'
  const has = permissions?.[scope]
  return has === 'write' || (level === 'read' && has === 'read')
}

async function workflowChecks(env: Env, options: SetupOptions): Promise<Check[]> {
  const checks: Check[] = []
  let listed: Workflow[] | undefined
  try {
    listed = await env.repo.listWorkflows()
    checks.push({ check: 'Token: actions', status: 'ok', result: 'The workflow token may read workflow runs.' })
  } catch (error) {
    checks.push({ check: 'Token: actions', status: 'fail', result: `Could not list the workflows (GitHub answered ${(error as { status?: number }).status ?? (error as Error).message}): the sweep cannot be checked.`, fix: 'Add `actions: read` to this workflow\'s `permissions:`.' })
  }
  // The workflow files: from the checkout (free), else from the repository.
  const dir = join(options.workspace, '.github/workflows')
  const paths = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`) : (listed ?? []).map((w) => w.path)
  const uses: ActionUse[] = []
  for (const path of paths) {
    const text = existsSync(join(options.workspace, path)) ? readFileSync(join(options.workspace, path), 'utf8') : await env.repo.fileText(path).catch(() => undefined)
    if (text) uses.push(...actionUses(path, text))
  }

  const events = uses.find((u) => u.triggers.has('issue_comment') || u.triggers.has('issues'))
  if (!events) checks.push({ check: 'Incident workflow', status: 'fail', result: 'No workflow runs incident-ops on issues and comments.', fix: 'Copy examples/workflows/incident.yml into .github/workflows/.' })
  else {
    const lacking = ['issues', 'issue_comment'].filter((t) => !events.triggers.has(t))
    const need: Array<[string, 'read' | 'write', string]> = [['issues', 'write', 'every incident'], ['contents', 'read', 'reading the config and the form']]
    if (env.config.report.thankReporter) need.push(['discussions', 'write', 'thanking reports filed as discussions'])
    if (env.config.suspects) need.push(['pull-requests', 'read', 'suspect changes: merged pull requests'], ['deployments', 'read', 'suspect changes: deployments'])
    const missing = events.permissions === undefined ? [] : need.filter(([scope, level]) => !grants(events.permissions, scope, level))
    if (lacking.length) checks.push({ check: 'Incident workflow', status: 'fail', result: `${code(events.workflow)} does not run on ${lacking.map(code).join(' or ')}.`, fix: 'Use the `on:` of examples/workflows/incident.yml.' })
    else if (events.permissions === undefined) checks.push({ check: 'Incident workflow', status: 'warn', result: `${code(events.workflow)} sets no \`permissions:\`: the repository default applies, read-only in new repositories.`, fix: `Add \`permissions:\` with ${need.map(([s, l]) => `\`${s}: ${l}\``).join(', ')}.` })
    else if (missing.length) {
      // Features that can be turned off warn; the core fails.
      const optional = missing.every(([scope]) => ['discussions', 'pull-requests', 'deployments'].includes(scope))
      const offs = [missing.some(([s]) => s === 'discussions') && '`report.thank-reporter: false`', missing.some(([s]) => s !== 'discussions') && '`suspects: false`'].filter(Boolean)
      checks.push({
        check: 'Incident workflow',
        status: optional ? 'warn' : 'fail',
        result: `${code(events.workflow)} does not grant ${missing.map(([s, l, why]) => `\`${s}: ${l}\` (${why})`).join(', ')}.`,
        fix: `Add ${missing.map(([s, l]) => `\`${s}: ${l}\``).join(', ')} to its \`permissions:\`${optional ? `, or set ${offs.join(' and ')} in the config` : ''}.`
      })
    } else checks.push({ check: 'Incident workflow', status: 'ok', result: `${code(events.workflow)} runs on issues and comments with the permissions it needs.` })
  }

  const sweeper = uses.find((u) => u.triggers.has('schedule') && (u.mode === 'sweep' || u.mode === 'auto') && u.crons.length)
  if (!sweeper) {
    checks.push({ check: 'Reminders (sweep)', status: 'fail', result: 'No scheduled workflow runs the sweep: no reminders, and owed deliveries wait for the next event.', fix: 'Copy examples/workflows/incident-reminders.yml into .github/workflows/.' })
    return checks
  }
  const gap = longestGapMs(sweeper.crons)
  const workflow = listed?.find((w) => w.path === sweeper.workflow)
  if (workflow && workflow.state !== 'active') {
    const why = workflow.state === 'disabled_inactivity' ? 'GitHub disabled it after 60 days without activity in the repository' : `its state is ${code(workflow.state)}`
    checks.push({ check: 'Reminders (sweep)', status: 'fail', result: `${code(sweeper.workflow)} does not run: ${why}.`, fix: `Enable it: Actions → ${workflow.name} → *Enable workflow*, or \`gh workflow enable ${sweeper.workflow.split('/').pop()}\`. Keep it alive with the keepalive job of examples/workflows/incident-reminders.yml.` })
  } else if (workflow && gap) {
    try {
      const last = await env.repo.lastRun(workflow.id, 'schedule')
      const allowed = SWEEP_LATE_INTERVALS * gap
      const age = last ? env.now().getTime() - Date.parse(last.created_at) : undefined
      if (age === undefined) checks.push({ check: 'Reminders (sweep)', status: 'warn', result: `${code(sweeper.workflow)} has not run on its schedule yet.`, fix: `GitHub starts schedules from the default branch's workflow file: expect a run within ${formatDuration(gap)} of it landing there; run this setup again after that.` })
      else if (age > allowed) checks.push({ check: 'Reminders (sweep)', status: 'fail', result: `The last scheduled sweep was ${formatDuration(age)} ago, more than ${SWEEP_LATE_INTERVALS} intervals (${formatDuration(allowed)}).`, fix: `Check ${code(sweeper.workflow)} in the Actions tab: enabled, on the default branch, and not failing. GitHub also delays or drops schedules when it is busy.` })
      else checks.push({ check: 'Reminders (sweep)', status: 'ok', result: `The last scheduled sweep was ${formatDuration(age)} ago (schedule: every ${formatDuration(gap)} at most).` })
    } catch (error) {
      checks.push({ check: 'Reminders (sweep)', status: 'fail', result: `Could not read its runs (GitHub answered ${(error as { status?: number }).status ?? (error as Error).message}).`, fix: 'Add `actions: read` to this workflow\'s `permissions:`.' })
    }
  } else if (!gap) checks.push({ check: 'Reminders (sweep)', status: 'fail', result: `${code(sweeper.workflow)} has a schedule that is not valid cron: ${sweeper.crons.map(code).join(', ')}.`, fix: 'Use the schedule of examples/workflows/incident-reminders.yml.' })
  else if (listed) checks.push({ check: 'Reminders (sweep)', status: 'warn', result: `${code(sweeper.workflow)} is not on the default branch yet, so it does not run.`, fix: 'Merge it into the default branch.' })

  // Public repositories: GitHub disables schedules 60 days after the last push.
  try {
    const info = await env.repo.info()
    const quietDays = info.pushed_at ? (env.now().getTime() - Date.parse(info.pushed_at)) / 86_400_000 : 0
    if (!info.private && !sweeper.keepalive && quietDays > 30) {
      checks.push({ check: 'Sweep kept alive', status: 'warn', result: `Public repository, last push ${Math.floor(quietDays)} days ago: GitHub disables the schedule ${quietDays >= 60 ? 'now' : `in about ${Math.ceil(60 - quietDays)} days`} unless something is pushed.`, fix: 'Add the keepalive job of examples/workflows/incident-reminders.yml (it re-enables the workflow weekly, which restarts the 60 days).' })
    } else checks.push({ check: 'Sweep kept alive', status: 'ok', result: info.private ? 'Private repository: GitHub does not disable its schedules for inactivity.' : sweeper.keepalive ? 'A keepalive job re-enables the schedule before GitHub\'s 60 days run out.' : `Last push ${Math.floor(quietDays)} days ago: far from GitHub's 60-day limit.` })
  } catch {
    // Visibility is nice to know; the checks above already say whether the sweep runs.
  }
  return checks
}

/** The setup run: the checks, the readiness report in the job summary and the log, a failed step while something is to fix. */
export async function setup(env: Env, options: SetupOptions): Promise<Check[]> {
  const checks = await runSetup(env, options)
  for (const c of checks) core.info(`${ICON[c.status]} ${c.check}: ${c.result}${c.status !== 'ok' && c.fix ? ` Fix: ${c.fix}` : ''}`)
  const report = readinessReport(checks, options.testPost)
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(report).write()
  const failing = checks.filter((c) => c.status === 'fail')
  core.setOutput('ready', String(!failing.length))
  if (failing.length) core.setFailed(`Setup: ${failing.length} check(s) to fix: ${failing.map((c) => c.check).join(', ')}. The job summary says how.`)
  return checks
}

// ── The report ──────────────────────────────────────────────────────────────────────────

/** The readiness report: one row per check, with the fix for what is not ready. */
export function readinessReport(checks: Check[], testPost = false): string {
  const failing = checks.filter((c) => c.status === 'fail').length
  const warnings = checks.filter((c) => c.status === 'warn').length
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const heading = failing ? `❌ incident-ops is not ready: ${failing} to fix` : warnings ? `⚠️ incident-ops is ready, with ${warnings} warning(s)` : '✅ incident-ops is ready'
  return [
    `### ${heading}`,
    '',
    '| | Check | Result | Fix |',
    '|---|---|---|---|',
    ...checks.map((c) => `| ${ICON[c.status]} | ${cell(c.check)} | ${cell(c.result)} | ${cell(c.status === 'ok' ? '' : (c.fix ?? ''))} |`),
    '',
    `Setup created the missing labels and changed nothing else${testPost ? ' but the test posts' : ''}. Next: file a test incident from the form (severity 3), comment \`/claim\`, then \`/resolve testing the set-up\`.`,
    ''
  ].join('\n')
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** What reading the incident's thread into its timeline needs: history, reactions (commands run), names. */
function threadScopes(scopes: string[]): Check {
  const lacking = [
    ...(scopes.includes('channels:history') || scopes.includes('groups:history') ? [] : ['channels:history']),
    ...['reactions:write', 'users:read'].filter((s) => !scopes.includes(s))
  ]
  if (!lacking.length) return { check: 'Slack thread', status: 'ok', result: 'The thread can be read into the timeline, `!commands` answered with a reaction, posters named.' }
  const what = [lacking.includes('channels:history') && 'messages in the thread are not added to the timeline', lacking.includes('reactions:write') && '`!commands` run from Slack get no reaction', lacking.includes('users:read') && 'unmapped posters are shown by their Slack id'].filter(Boolean).join('; ')
  return {
    check: 'Slack thread',
    status: 'warn',
    result: `The token lacks ${lacking.map(code).join(', ')}: ${what}.`,
    fix: `In the app's *OAuth & Permissions*, add ${lacking.map(code).join(', ')}${lacking.includes('channels:history') ? ' (`groups:history` for a private channel)' : ''} to the bot token scopes (slack-app-manifest.yml has them), reinstall the app, and update the secret if the token changed.`
  }
}
