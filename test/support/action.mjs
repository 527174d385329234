// Runs the bundled action (dist/index.js) as a process, the way the Actions runner does:
// inputs as INPUT_* variables (with action.yml's defaults), the event payload in a file,
// outputs and the job summary written to files.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, cpSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { removeOnExit, removeFolder } from './processes.mjs'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))

/**
 * A checked-out workspace holding the incident form (and a config, if given). Removed by
 * removeWorkspace, or when the process exits.
 */
export function makeWorkspace({ config, templates } = {}) {
  const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-ws-')))
  mkdirSync(join(dir, '.github/ISSUE_TEMPLATE'), { recursive: true })
  cpSync(join(root, '.github/ISSUE_TEMPLATE/incident.yml'), join(dir, '.github/ISSUE_TEMPLATE/incident.yml'))
  if (config !== undefined) writeFileSync(join(dir, '.github/incident.yml'), config)
  for (const [name, text] of Object.entries(templates ?? {})) {
    mkdirSync(dirname(join(dir, '.github/incident-templates', name)), { recursive: true })
    writeFileSync(join(dir, '.github/incident-templates', name), text)
  }
  return dir
}

export const removeWorkspace = removeFolder

/**
 * @param {object} o
 * @param {import('./github.mjs').FakeGitHub} o.github
 * @param {string} o.event  e.g. 'issues'
 * @param {object} o.payload
 * @param {Record<string,string>} [o.inputs]
 * @param {string} [o.workspace]
 * @param {string} [o.actor]
 * @param {Record<string,string>} [o.env]
 * @param {string} [o.node]  the Node executable (the bench runs more than one version)
 * @param {string[]} [o.args]  what it runs: the bundle, or e.g. ['-e', '0'] for a bare start in the same environment
 * @param {string} [o.cwd]  its working directory (the runner's is the workspace); this process's by default
 */
export async function runAction({ github, event, payload, inputs = {}, workspace, actor = 'reporter', env = {}, timeoutMs = 45_000, node = process.execPath, args = [join(root, 'dist/index.js')], onChild, cwd }) {
  const dir = removeOnExit(mkdtempSync(join(tmpdir(), 'incident-ops-run-')))
  const ownWorkspace = workspace ? undefined : makeWorkspace()
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') }
  writeFileSync(files.event, JSON.stringify(payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const inputEnv = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = inputs[name] ?? (name === 'github-token' ? github.token : String(spec.default ?? '').includes('${{') ? '' : String(spec.default ?? ''))
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_REPOSITORY_OWNER: github.owner,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: workspace ?? ownWorkspace,
    GITHUB_ACTOR: actor,
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: dir,
    ...inputEnv,
    ...env
  }
  try {
    const started = process.hrtime.bigint()
    const child = spawn(node, args, { env: childEnv, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    // A test may kill the run at a chosen moment, as a cancelled job or a dead runner would.
    onChild?.(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    // A run that hangs is a failure to see, not a suite that stalls.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    const code = await new Promise((r) => child.on('close', r))
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    clearTimeout(timer)
    return { code, ms, stdout, stderr, outputs: readOutputs(files.output), summary: existsSync(files.summary) ? readFileSync(files.summary, 'utf8') : '' }
  } finally {
    removeFolder(dir)
    if (ownWorkspace) removeFolder(ownWorkspace)
  }
}

function readOutputs(file) {
  const outputs = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i])
    outputs[m[1]] = value.join('\n')
  }
  return outputs
}

/** The issue form's body as GitHub writes it for these answers. */
export function formBody({ summary = '', severity = '', affected = '', started = '', reportLink = '', relatedToCode = false, thirdParty = '', evidence = '' }) {
  const answer = (v) => (v ? v : '_No response_')
  return [
    '### Summary', '', answer(summary), '',
    '### Severity', '', answer(severity), '',
    '### Affected part of the service', '', answer(affected), '',
    '### When it started', '', answer(started), '',
    '### User report', '', answer(reportLink), '',
    '### Code', '', `- [${relatedToCode ? 'X' : ' '}] This clearly relates to our code (a fix will be a pull request)`, '',
    '### Third party involved', '', answer(thirdParty), '',
    '### Evidence', '', answer(evidence)
  ].join('\n')
}
