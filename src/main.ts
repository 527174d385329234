// The action: read inputs, load the config, route the event, report what happened.
import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { resolveConfig, type Config } from './config/config.js'
import { ConfigError, parseConfigText } from './config/validate.js'
import { context } from './actions/github.js'
import { createGitHubClient } from './github/client.js'
import { Repo, type Issue } from './github/repo.js'
import { createRenderer } from './render/renderer.js'
import { SlackClient } from './slack/slack.js'
import { WordPressClient } from './wordpress/wordpress.js'
import { OpsgenieClient, PagerDutyClient } from './paging/pager.js'
import type { Env } from './incident/context.js'
import { FOLLOWUP_OF, MARK } from './incident/markers.js'
import { retroOf } from './incident/opened-issues.js'
import { runIncident, type IncidentResult, type Trigger } from './incident/run.js'
import { writeSummary, writeSweepSummary } from './summary.js'
import { sweepEveryMs } from './config/workflows.js'
// The handlers of the other runs (setup, sweep, report, a declaration by dispatch) are chunks
// of their own, imported when the run needs them: an incident run neither compiles nor runs them.

export async function run(): Promise<void> {
  try {
    const result = await main()
    if (result) {
      core.setOutput('incident', String(result.number))
      if (result.state) {
        core.setOutput('status', result.state.status)
        core.setOutput('severity', String(result.state.severity))
      }
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError) core.setFailed(error.message)
    else core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error))
  }
}

async function main(): Promise<IncidentResult | undefined> {
  const token = core.getInput('github-token', { required: true })
  for (const secret of ['github-token', 'project-token', 'slack-token', 'p2-password', 'p2-token', 'make-password', 'make-token', 'pagerduty-routing-key', 'opsgenie-api-key']) {
    const value = core.getInput(secret)
    if (value) core.setSecret(value)
  }
  checkApiUrls()
  const github = createGitHubClient(token)
  const { owner, repo: name } = context.repo
  const repo = new Repo(github.octokit, owner, name)
  const dryRun = /^true$/i.test(core.getInput('dry-run'))

  const configPath = core.getInput('config') || '.github/incident.yml'
  const setupMode = core.getInput('mode') === 'setup'
  // Setup reports a broken config among its checks instead of stopping at it.
  let configProblem: string | undefined
  const config = await loadConfig(repo, configPath).catch((error: unknown) => {
    if (!setupMode || !(error instanceof ConfigError)) throw error
    configProblem = error.message
    return resolveConfig()
  })
  const renderer = createRenderer({
    timezone: config.timezone,
    slackUsers: config.slack.users,
    overrides: config.templates ? resolve(workspace(), config.templates) : undefined
  })
  const env: Env = {
    repo,
    config,
    dryRun,
    now: () => (process.env.INCIDENT_OPS_NOW ? new Date(process.env.INCIDENT_OPS_NOW) : new Date()),
    loadForm: once(() => readRepoFile(repo, config.form)),
    render: renderer.render,
    loadTemplates: renderer.load,
    incidentWorkflow: { file: core.getInput('incident-workflow') || 'incident.yml', ref: context.ref || 'refs/heads/main' },
    ...integrations(config),
    projectOctokit: core.getInput('project-token') ? createGitHubClient(core.getInput('project-token')).octokit : undefined,
    sweepEveryMs: onceSync(() => sweepEveryMs(workspace()))
  }

  if (setupMode) {
    const { setup } = await import('./handlers/setup.js')
    await setup(env, {
      configProblem,
      configPath,
      configFound: configProblem !== undefined || (await readRepoFile(repo, configPath)) !== undefined,
      inputs: { slackToken: Boolean(core.getInput('slack-token')), slackChannel: core.getInput('slack-channel') || config.slack.channel, p2Url: core.getInput('p2-api-url'), makeUrl: core.getInput('make-api-url') },
      workspace: workspace(),
      testPost: /^true$/i.test(core.getInput('setup-test-post'))
    })
    return undefined
  }

  const requestCounts = () => ({ github: github.requests(), slack: env.slack?.calls ?? 0, p2: env.p2?.requests ?? 0, make: env.make?.requests ?? 0, ...(env.pagerduty ? { pagerduty: env.pagerduty.requests } : {}), ...(env.opsgenie ? { opsgenie: env.opsgenie.requests } : {}) })
  let result: IncidentResult | undefined
  const payload = context.payload
  const issue = payload.issue as Issue | undefined
  switch (context.eventName) {
    case 'issues':
    case 'issue_comment': {
      if (!issue) throw new Error(`the ${context.eventName} event has no issue in its payload`)
      const trigger = triggerOf(context.eventName, payload.action, payload)
      const comment = payload.comment as { body?: string } | undefined
      if (!trigger || comment?.body?.startsWith(MARK)) {
        // The action's own comments start runs too when the token is an App's or a PAT.
        core.info(`Nothing to do for ${context.eventName}.${payload.action}${trigger ? ' (the action’s own comment)' : ''}.`)
        return undefined
      }
      // An event on a retrospective acts on its incident, in the incident's own serialised run.
      const incidentOfRetro = retroOf(issue)
      if (incidentOfRetro !== undefined) {
        const matters = trigger.kind === 'closed' || (trigger.kind === 'comment' && /^\s*\//.test(comment?.body ?? ''))
        if (matters && !env.dryRun) await repo.dispatch(env.incidentWorkflow.file, env.incidentWorkflow.ref, { issue: String(incidentOfRetro) })
        core.info(matters ? `Started a run for incident #${incidentOfRetro} (its retrospective #${issue.number} changed).` : 'Nothing to do on the retrospective.')
        return undefined
      }
      // A follow-up closed (by a merged pull request, say) or reopened: its incident's run records it.
      const incidentOfFollowup = trigger.kind === 'closed' || trigger.kind === 'reopened' ? FOLLOWUP_OF.exec(issue.body ?? '')?.[1] : undefined
      if (incidentOfFollowup) {
        if (!env.dryRun) await repo.dispatch(env.incidentWorkflow.file, env.incidentWorkflow.ref, { issue: incidentOfFollowup })
        core.info(`Started a run for incident #${incidentOfFollowup} (its follow-up #${issue.number} was ${trigger.kind}).`)
        return undefined
      }
      result = await runIncident(env, issue, trigger)
      break
    }
    case 'schedule':
    case 'workflow_dispatch': {
      const inputs = (payload.inputs ?? {}) as Record<string, string>
      const mode = core.getInput('mode') || inputs.mode || 'auto'
      if (mode === 'report') {
        await env.loadTemplates()
        const { writeReport } = await import('./handlers/report.js')
        const written = await writeReport(env, core.getInput('period') || inputs.period || '30d', /^true$/i.test(core.getInput('report-issue') || inputs['report-issue'] || ''))
        core.info(`Report: ${written.incidents} incident(s)${written.issue ? `, issue #${written.issue}` : ''}; ${github.requests()} GitHub requests`)
        core.setOutput('report', written.markdown)
        return undefined
      }
      if (mode === 'auto' && inputs.issue) {
        // A run the sweep or a retrospective started for one incident.
        const number = Number(inputs.issue)
        if (!Number.isSafeInteger(number) || number <= 0) throw new Error(`workflow_dispatch input issue "${inputs.issue}" is not an issue number.`)
        result = await runIncident(env, { number, labels: [] }, { kind: 'dispatch' })
        break
      }
      if (mode === 'sweep' || (mode === 'auto' && !inputs.title)) {
        const budget = Number(core.getInput('budget') || 300)
        const { sweep } = await import('./handlers/sweep.js')
        const swept = await sweep(env, budget, github.requests)
        const requests = requestCounts()
        core.info(`Swept ${swept.incidents} open incident(s): started runs for ${swept.started.length}, ${swept.deferred.length} deferred, ${swept.problems.length} problem(s); requests: ${JSON.stringify(requests)}`)
        core.setOutput('started', swept.started.map((s) => s.number).join(','))
        await writeSweepSummary(swept, requests)
        return undefined
      }
      await env.loadTemplates()
      const { declareFromDispatch } = await import('./handlers/declare.js')
      result = await declareFromDispatch(env, inputs, context.actor)
      break
    }
    default:
      core.info(`incident-ops does nothing on ${context.eventName} events.`)
      return undefined
  }
  // Recurrences opened by this run are declared right away (the action's own issues start no run of their own).
  for (const opened of result.opened) {
    const issue = await env.repo.getIssue(opened.number)
    const declared = await runIncident(env, issue, { kind: 'declared-by', login: opened.by })
    core.info(`#${declared.number}: ${declared.outcome} (a recurrence of #${result.number})`)
  }
  const requests = requestCounts()
  core.info(`#${result.number}: ${result.outcome}${result.state ? ` (${result.state.status}, severity ${result.state.severity})` : ''}; requests: ${JSON.stringify(requests)}`)
  await writeSummary(env, result, requests)
  return result
}

function triggerOf(event: string, action: string | undefined, payload: typeof context.payload): Trigger | undefined {
  if (event === 'issue_comment') {
    const comment = payload.comment as { id?: number; body?: string; user?: { login?: string } } | undefined
    // A new comment that looks like a command: its author's level is asked while the issue loads.
    const author = action === 'created' && /^\s*\//.test(comment?.body ?? '') ? comment?.user?.login : undefined
    return action === 'created' || action === 'edited' ? { kind: 'comment', comment: comment?.id, author } : undefined
  }
  switch (action) {
    case 'opened':
      return { kind: 'opened' }
    case 'edited':
      return { kind: 'edited' }
    case 'labeled':
    case 'unlabeled':
      return { kind: action, label: (payload.label as { name: string }).name, sender: String(payload.sender?.login ?? '') }
    case 'closed':
    case 'reopened':
      return { kind: action }
    default:
      return undefined
  }
}

/** A loader that runs once, when first needed. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => (value ??= load())
}

function onceSync<T>(load: () => T): () => T {
  let value: { v: T } | undefined
  return () => (value ??= { v: load() }).v
}

function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

/**
 * A repository file: from the checked-out workspace when its folder is there (a checkout of
 * `.github` answers for every file under it, present or not, so a repository without a config
 * costs no request), else from the default branch through the API.
 */
async function readRepoFile(repo: Repo, path: string): Promise<string | undefined> {
  const local = join(workspace(), path)
  if (existsSync(local)) return readFileSync(local, 'utf8')
  const folder = posix.normalize(path).split('/')[0]
  if (folder !== posix.normalize(path) && existsSync(join(workspace(), folder))) return undefined
  return repo.fileText(path)
}

async function loadConfig(repo: Repo, path: string): Promise<Config> {
  const text = await readRepoFile(repo, path)
  if (text === undefined) {
    core.info(`No ${path}: using the default incident process (Openverse's).`)
    return resolveConfig()
  }
  return resolveConfig(parseConfigText(text, path))
}

/** API URLs may not carry credentials: they would be logged and shown. The URL is never echoed. */
function checkApiUrls(): void {
  for (const name of ['slack-api-url', 'p2-api-url', 'make-api-url', 'pagerduty-api-url', 'opsgenie-api-url']) {
    const value = core.getInput(name)
    if (!value) continue
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw new InputError(`The ${name} input is not a URL.`)
    }
    if (url.username || url.password) {
      if (url.password) core.setSecret(decodeURIComponent(url.password))
      core.setSecret(value)
      const where = name === 'pagerduty-api-url' ? 'the pagerduty-routing-key input' : name === 'opsgenie-api-url' ? 'the opsgenie-api-key input' : `the ${name.replace('-api-url', '')}-username and -password (or -token) inputs`
      throw new InputError(`The ${name} input holds credentials (user:password@): put them in ${where} from secrets instead.`)
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(`The ${name} input must be an http(s) URL.`)
  }
}

/** A problem with the workflow's inputs: reported as it is, without a stack. */
class InputError extends Error {}

function integrations(config: Config): Pick<Env, 'slack' | 'p2' | 'make' | 'pagerduty' | 'opsgenie'> {
  const off = (name: string, why: string) => core.notice(`${name} is off: ${why}.`, { title: 'incident-ops' })
  const result: Pick<Env, 'slack' | 'p2' | 'make' | 'pagerduty' | 'opsgenie'> = {}
  // Paging is off unless a key is given (no notice: most teams page from elsewhere).
  const routingKey = core.getInput('pagerduty-routing-key')
  if (routingKey) result.pagerduty = new PagerDutyClient(routingKey, core.getInput('pagerduty-api-url') || undefined)
  const genieKey = core.getInput('opsgenie-api-key')
  if (genieKey) result.opsgenie = new OpsgenieClient(genieKey, core.getInput('opsgenie-api-url') || undefined)
  const slackToken = core.getInput('slack-token')
  const channel = core.getInput('slack-channel') || config.slack.channel
  if (!slackToken) off('Slack', 'no slack-token input')
  else if (!channel) off('Slack', 'no channel: set the slack-channel input or slack.channel in the config')
  else result.slack = new SlackClient(slackToken, channel, core.getInput('slack-api-url') || undefined)
  for (const site of ['p2', 'make'] as const) {
    const url = core.getInput(`${site}-api-url`)
    const auth = { username: core.getInput(`${site}-username`), password: core.getInput(`${site}-password`), token: core.getInput(`${site}-token`) }
    const label = site === 'p2' ? 'P2' : 'Make'
    if (!url) off(label, `no ${site}-api-url input`)
    else if (!auth.token && !(auth.username && auth.password)) off(label, `set ${site}-token, or ${site}-username and ${site}-password`)
    else result[site] = new WordPressClient(url, auth)
  }
  return result
}
