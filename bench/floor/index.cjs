// The floor under an /update: what any run built on the named packages pays before it does
// anything of its own. It loads what the action loads (@actions/core as the action uses it,
// yaml, @octokit/core, the Handlebars runtime, node:http with a keep-alive agent), parses the
// repository's config, and makes /update's 8 requests in its 4 waves (2, 3, 2, 1 side by side)
// to a loopback server that answers `{}` at once. No state, no form, no card. bench/floor.mjs
// builds it as dist/index.js is built (a CommonJS entry, ncc, minified) and times it next to
// `node -e 0`.
process.once('exit', () => process.exit())
const core = require('@actions/core')
const { Octokit } = require('@octokit/core')
const Handlebars = require('handlebars/runtime')
const { readFileSync } = require('node:fs')
const http = require('node:http')
const { join } = require('node:path')
const { parse } = require('yaml')

const server = process.env.FLOOR_URL
const agent = new http.Agent({ keepAlive: true })

/** fetch's shape over node:http, as the action's transport gives Octokit, Slack and WordPress. */
function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method, headers, agent }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({ url: String(url), status: response.statusCode, ok: response.statusCode < 300, headers: new Map(Object.entries(response.headers)), text: async () => text, json: async () => JSON.parse(text) })
      })
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

const token = core.getInput('github-token')
core.setSecret(token)
const config = parse(readFileSync(join(process.env.GITHUB_WORKSPACE, '.github/incident.yml'), 'utf8'))
const octokit = new Octokit({ auth: token, baseUrl: server, request: { fetch: request } })
const card = Handlebars.template({ compiler: [8, '>= 4.3.0'], main: (container, view) => `card: ${container.escapeExpression(view.text)}`, useData: true })
const post = (path, body) => request(`${server}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json())
const repo = { owner: 'o', repo: 'r' }

async function update() {
  await Promise.all([octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: 'lead' }), octokit.request('POST /graphql', { query: '{ viewer { login } }' })])
  await Promise.all([
    post('/conversations.replies', { channel: config.slack?.channel, ts: '1' }),
    octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: 1, body: card({ text: 'saved ahead' }) }),
    octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...repo, comment_id: 2, content: 'rocket' })
  ])
  await Promise.all([post('/chat.postMessage', { text: 'update' }), post('/wp/v2/comments', { content: 'update' })])
  await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: 1, body: card({ text: 'updated' }) })
  core.setOutput('outcome', 'updated')
  agent.destroy()
}

update().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
