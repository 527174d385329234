// A loopback stand-in for the GitHub REST API: it keeps issues, comments, labels, reactions,
// assignees, collaborators and files; rejects what GitHub would reject (body limits, bad
// reactions, assignees without push access are silently dropped); and checks every route
// and request body against GitHub's own OpenAPI description (@octokit/openapi).
import http from 'node:http'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'

const require = createRequire(import.meta.url)
let spec
let routes
function openapi() {
  if (!routes) {
    spec = require('@octokit/openapi/generated/api.github.com.json')
    routes = Object.entries(spec.paths).map(([template, ops]) => ({
      template,
      regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      ops
    }))
  }
  return routes
}
/** An account as GraphQL's Actor: a bot is named `slug` there, `slug[bot]` in REST. */
const actor = (user) => user && { __typename: user.type === 'Bot' ? 'Bot' : 'User', login: user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : user.login, databaseId: user.id }

let schemaPromise
/** GitHub's GraphQL schema, executable: queries run against the stand-in's issues and comments. */
function executableSchema() {
  schemaPromise ??= Promise.all([import('graphql'), import('@octokit/graphql-schema')]).then(([{ buildSchema }, { schema }]) => buildSchema(schema.idl, { assumeValidSDL: true }))
  return schemaPromise
}
// A query checked once against GitHub's schema: its errors and, when valid, its parsed document.
// The action sends the same few queries again and again; checking each copy anew would make the
// stand-in, not the action, the slow part of every run.
const checkedQueries = new Map()
async function checkQuery(query) {
  let checked = checkedQueries.get(query)
  if (!checked) {
    const [{ validate }, { parse }] = await Promise.all([import('@octokit/graphql-schema'), import('graphql')])
    const errors = validate(query)
    checked = { errors, document: errors.length ? undefined : parse(query) }
    checkedQueries.set(query, checked)
  }
  return checked
}
const ajv = new Ajv({ strict: false, allErrors: true })
const validators = new Map()
function resolveRefs(schema, depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 20) return schema
  if (Array.isArray(schema)) return schema.map((s) => resolveRefs(s, depth))
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()
    return resolveRefs(spec.components.schemas[name], depth + 1)
  }
  const out = {}
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'example' || k === 'examples') continue
    out[k] = resolveRefs(v, depth)
  }
  // OpenAPI 3.0 "nullable" → JSON Schema
  if (out.nullable && out.type) out.type = [].concat(out.type, 'null')
  delete out.nullable
  return out
}

/** The operation for a request, or a reason it is not a GitHub API call. */
export function checkRequest(method, path, body) {
  const route = openapi().find((r) => r.regex.test(path))
  if (!route) return { problem: `${method} ${path} is not a route in GitHub's REST API` }
  const op = route.ops[method.toLowerCase()]
  if (!op) return { problem: `${method} is not allowed on ${route.template}` }
  const schema = op.requestBody?.content?.['application/json']?.schema
  if (schema && body !== undefined) {
    const key = `${method} ${route.template}`
    let validate = validators.get(key)
    if (!validate) {
      validate = ajv.compile(resolveRefs(schema))
      validators.set(key, validate)
    }
    if (!validate(body)) return { problem: `${key} body does not match GitHub's schema: ${ajv.errorsText(validate.errors)}` }
  }
  return { operation: op.operationId }
}

/** Who the workflow token is. Other tokens (an App's, a PAT) are added with addToken. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const REACTIONS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'])
const MAX_BODY = 65536

export class FakeGitHub {
  constructor({ owner = 'acme', repo = 'service', token = 'test-token', latency = 0 } = {}) {
    Object.assign(this, { owner, repo, token })
    /** Milliseconds every request waits before it is answered, like a distant server. */
    this.latency = latency
    this.issues = new Map()
    this.comments = new Map()
    this.reactions = []
    /** The repository's labels: lower-cased name → { name, color, description } (GitHub compares names case-insensitively). */
    this.labels = new Map()
    /** Actions: workflows ({ id, name, path, state }) and their runs ({ workflow_id, event, created_at, conclusion }). */
    this.workflows = []
    this.runs = []
    this.repoInfo = { private: false, pushed_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), default_branch: 'main' }
    /** login → role: admin, maintain, write, triage, read; others are not collaborators. */
    this.roles = new Map()
    this.files = new Map()
    this.requests = []
    this.violations = []
    this.failures = []
    /** GitHub Projects (v2): number → { id, owner, fields, items }. Reached only with projectToken. */
    this.projects = new Map()
    /** Discussions: number → { id, comments: string[] }. */
    this.discussions = new Map()
    /** The workflow grants discussions: read only: commenting on a discussion is refused, as GitHub does. */
    this.discussionsReadOnly = false
    this.projectToken = 'project-token'
    /** token → the account it acts as. */
    this.identities = new Map([[token, ACTIONS_BOT]])
    /** Workflow runs started with workflow_dispatch: { workflow, ref, inputs }. */
    this.dispatches = []
    /** false: the token lacks `actions: write` (dispatching answers 403). */
    this.canDispatch = true
    /** Pull requests (numbered with the issues, as GitHub does): { number, title, body, user, state: OPEN|MERGED|CLOSED, created_at, updated_at, merged_at, revertOf }. */
    this.pullRequests = new Map()
    /** Deployments: { environment, created_at, commit, creator, statuses: [{ state, created_at, log_url }] }, oldest first. */
    this.deployments = []
    /** Releases: { name, tag, created_at, published_at, draft, author }. */
    this.releases = []
    /** Repository connections the workflow token may not read (e.g. 'pullRequests' without pull-requests: read): GitHub answers FORBIDDEN. */
    this.refusedFields = new Set()
    /** false: the workflow token lacks contents: write or pull-requests: write (revertPullRequest is refused). */
    this.canOpenPullRequests = true
    /** GraphQL failures to inject: { match: RegExp on the query, status, done } (done: GitHub did the work, the answer was lost). */
    this.graphqlFailures = []
    this.nextIssue = 1
    this.nextComment = 1000
    this.clock = () => new Date()
  }

  get url() {
    return `http://127.0.0.1:${this.server.address().port}`
  }

  get htmlBase() {
    return `https://github.com/${this.owner}/${this.repo}`
  }

  async start() {
    this.server = http.createServer((req, res) => this.handle(req, res))
    await new Promise((r) => this.server.listen(0, '127.0.0.1', r))
    return this
  }

  async stop() {
    await new Promise((r) => this.server.close(r))
  }

  /** Requests since the last call (or all), e.g. to count what one run cost. */
  takeRequests() {
    const taken = this.requests
    this.requests = []
    return taken
  }

  /** The next request matching method and path answers with this status instead. */
  /** `done: true`: GitHub does the work and the answer is still a failure (a lost response). */
  failNext(method, pathPattern, status, times = 1, message = 'Injected failure', { skip = 0, headers = {}, done = false } = {}) {
    this.failures.push({ method, pathPattern, status, times, message, skip, headers, done })
  }

  /** Another token and the account it acts as: an App installation (`slug[bot]`) or a person (PAT). */
  addToken(token, login) {
    const identity = login === ACTIONS_BOT.login ? ACTIONS_BOT : this.user(login)
    this.identities.set(token, identity)
    return identity
  }

  user(login) {
    if (login === ACTIONS_BOT.login) return ACTIONS_BOT
    // A stable id per login, as GitHub's are.
    let id = 7
    for (const ch of login) id = (id * 31 + ch.charCodeAt(0)) % 1_000_000_007
    return { login, id, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
  }

  now() {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  /** Files an issue as a person would (labels applied as the form does). */
  fileIssue({ title, body, user = 'reporter', labels = [] }) {
    const number = this.nextIssue++
    const at = this.now()
    for (const l of labels) this.addLabel(l)
    const issue = { number, title, body, state: 'open', user: this.user(user), labels: [...labels], assignees: [], created_at: at, updated_at: at, closed_at: null, labelEvents: labels.map((label) => ({ label, actor: this.user(user), at })) }
    this.issues.set(number, issue)
    return this.issueJson(issue)
  }

  /** Files an issue from a form as GitHub does: the form's labels the repository lacks are dropped. */
  fileFromForm({ title, body, user = 'reporter', formLabels = [] }) {
    return this.fileIssue({ title, body, user, labels: formLabels.filter((l) => this.labels.has(l.toLowerCase())) })
  }

  /** A pull request someone merged (at `merged_at`, default now). */
  mergePullRequest({ title, user = 'dev', merged_at, body = '' }) {
    const at = merged_at ?? this.now()
    const pr = { number: this.nextIssue++, title, body, user: this.user(user), state: 'MERGED', created_at: at, updated_at: at, merged_at: at }
    this.pullRequests.set(pr.number, pr)
    return pr
  }

  openPullRequest({ title, user = 'dev', body = '' }) {
    const at = this.now()
    const pr = { number: this.nextIssue++, title, body, user: this.user(user), state: 'OPEN', created_at: at, updated_at: at, merged_at: null }
    this.pullRequests.set(pr.number, pr)
    return pr
  }

  addDeployment({ environment = 'production', created_at, user = 'deploy-bot', commit = 'a1b2c3d4e5f6a7b8c9d0', status = 'SUCCESS', log_url }) {
    const at = created_at ?? this.now()
    const deployment = { environment, created_at: at, commit, creator: this.user(user), statuses: status ? [{ state: status, created_at: at, log_url: log_url ?? `${this.htmlBase}/actions/runs/${this.deployments.length + 1}` }] : [] }
    this.deployments.push(deployment)
    return deployment
  }

  addRelease({ name, tag, published_at, user = 'dev', draft = false }) {
    const at = published_at ?? this.now()
    const release = { name, tag: tag ?? name, created_at: at, published_at: draft ? null : at, draft, author: this.user(user) }
    this.releases.push(release)
    return release
  }

  /** A merged pull request that says "Fixes #n" closes the issue: GitHub records the pull request as the closer. */
  closeByPullRequest(issueNumber, prNumber) {
    const issue = this.issues.get(issueNumber)
    const pr = this.pullRequests.get(prNumber)
    this.setState(issue, pr.user, 'closed', 'completed')
    issue.closes.at(-1).closer = prNumber
    return this.issueJson(issue)
  }

  /** The next GraphQL request whose query matches fails with this HTTP status (done: after doing the work). */
  failNextGraphql(match, status = 502, { done = false, message = 'Injected failure', headers = {} } = {}) {
    this.graphqlFailures.push({ match, status, done, message, headers })
  }

  /** A label as GitHub creates one met for the first time: grey, no description. */
  addLabel(name, color = 'ededed', description = null) {
    if (!this.labels.has(name.toLowerCase())) this.labels.set(name.toLowerCase(), { name, color, description })
    return this.labels.get(name.toLowerCase())
  }

  labelJson(label) {
    return { id: label.name.length, node_id: `LA_${encodeURIComponent(label.name)}`, url: `${this.url}/repos/${this.owner}/${this.repo}/labels/${encodeURIComponent(label.name)}`, name: label.name, color: label.color, description: label.description, default: false }
  }

  /** Comments as a person would. */
  /** A person reacts to a comment (REST content name: '+1', 'hooray'…), as people do in the browser. */
  react(commentId, login, content) {
    this.reactions.push({ id: this.reactions.length + 1, comment: commentId, content, user: this.user(login) })
  }

  addComment(number, user, body) {
    const issue = this.issues.get(number)
    const at = this.now()
    const comment = { id: this.nextComment++, issue: number, body, user: this.user(user), created_at: at, updated_at: at }
    this.comments.set(comment.id, comment)
    issue.updated_at = at
    return this.commentJson(comment)
  }

  /** A copy of an issue with its comments (for seeding many incidents from one real one). */
  cloneIssue(number) {
    const source = this.issues.get(number)
    const copy = { ...source, number: this.nextIssue++, labels: [...source.labels], assignees: [...source.assignees] }
    this.issues.set(copy.number, copy)
    for (const c of this.commentsOn(number)) {
      const id = this.nextComment++
      this.comments.set(id, { ...c, id, issue: copy.number })
    }
    return copy.number
  }

  editComment(id, body, editor) {
    const comment = this.comments.get(id)
    comment.body = body
    comment.updated_at = this.now()
    comment.edited_at = comment.updated_at
    comment.editor = editor ? this.user(editor) : comment.user
    return this.commentJson(comment)
  }

  /** A person adds a label (GitHub records who and when). */
  labelIssue(number, user, label) {
    const issue = this.issues.get(number)
    this.addLabelEvents(issue, this.user(user), [label])
    return this.issueJson(issue)
  }

  addLabelEvents(issue, actor, labels) {
    const at = this.now()
    for (const label of labels) {
      if (issue.labels.includes(label)) continue
      issue.labels.push(label)
      this.addLabel(label)
      issue.labelEvents = [...(issue.labelEvents ?? []), { label, actor, at }]
    }
    issue.updated_at = at
  }

  /** Closes or reopens an issue as `user` (GitHub records who closed it and why). */
  closeIssue(number, user, reason = 'completed') {
    this.setState(this.issues.get(number), this.user(user), 'closed', reason)
    return this.issueJson(this.issues.get(number))
  }

  setState(issue, actor, state, reason) {
    const at = this.now()
    issue.state = state
    issue.closed_at = state === 'closed' ? at : null
    issue.state_reason = state === 'closed' ? (reason ?? 'completed') : null
    if (state === 'closed') issue.closes = [...(issue.closes ?? []), { actor, at, reason: issue.state_reason }]
    issue.updated_at = at
  }

  /** Edits an issue's title or body as a person would (GitHub records who edited and renamed it). */
  editIssue(number, user, { title, body }) {
    const issue = this.issues.get(number)
    const at = this.now()
    if (body !== undefined && body !== issue.body) Object.assign(issue, { body, edited_at: at, editor: this.user(user) })
    if (title !== undefined && title !== issue.title) {
      issue.renames = [...(issue.renames ?? []), { actor: this.user(user), at, from: issue.title }]
      issue.title = title
    }
    issue.updated_at = at
    return this.issueJson(issue)
  }

  issueJson(issue) {
    return {
      id: issue.number * 7,
      node_id: `I_${issue.number}`,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      html_url: `${this.htmlBase}/issues/${issue.number}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${issue.number}`,
      user: issue.user,
      labels: issue.labels.map((name) => ({ name })),
      assignees: issue.assignees.map((login) => this.user(login)),
      assignee: issue.assignees[0] ? this.user(issue.assignees[0]) : null,
      comments: [...this.comments.values()].filter((c) => c.issue === issue.number).length,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      state_reason: issue.state_reason ?? null
    }
  }

  commentJson(c) {
    return { id: c.id, node_id: `IC_${c.id}`, body: c.body, user: c.user, created_at: c.created_at, updated_at: c.updated_at, html_url: `${this.htmlBase}/issues/${c.issue}#issuecomment-${c.id}`, issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${c.issue}` }
  }

  commentsOn(number) {
    return [...this.comments.values()].filter((c) => c.issue === number).sort((a, b) => a.id - b.id)
  }

  /** Event payloads, as the runner writes them to GITHUB_EVENT_PATH. */
  payload(kind, fields) {
    const repository = { name: this.repo, full_name: `${this.owner}/${this.repo}`, owner: { login: this.owner }, html_url: this.htmlBase }
    return { ...fields, repository, sender: fields.sender ?? this.user('reporter') }
  }

  async handle(req, res) {
    try {
      if (this.latency) await new Promise((r) => setTimeout(r, this.latency))
      await this.serve(req, res)
    } catch (error) {
      this.violations.push(`stand-in error: ${error.stack}`)
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: error.message }))
    }
  }

  async serve(req, res) {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url, 'http://x')
    const body = text ? JSON.parse(text) : undefined
    this.requests.push({ method: req.method, path: url.pathname, body })
    const send = (status, data, headers = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-ratelimit-remaining': '999', 'x-ratelimit-limit': '1000', ...headers })
      res.end(data === undefined ? '' : JSON.stringify(data))
    }
    const projectAccess = req.headers.authorization === `token ${this.projectToken}`
    const identity = this.identities.get(String(req.headers.authorization ?? '').replace(/^token /, ''))
    if (!identity && !projectAccess) return send(401, { message: 'Bad credentials' })
    this.identity = identity
    if (url.pathname === '/graphql') return this.graphql(body, send, projectAccess)
    const failure = this.failures.find((f) => f.method === req.method && new RegExp(f.pathPattern).test(url.pathname) && (f.skip-- <= 0))
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1)
      if (failure.done) this.route(req.method, url, body)
      return send(failure.status, { message: failure.message }, failure.headers)
    }
    const check = checkRequest(req.method, url.pathname, body)
    if (check.problem) {
      this.violations.push(check.problem)
      return send(404, { message: check.problem })
    }
    try {
      const [status, data, headers] = this.route(req.method, url, body)
      send(status, data, headers)
    } catch (error) {
      send(error.status ?? 500, { message: error.message })
    }
  }

  /** GraphQL: queries are checked against GitHub's schema; the mutations the action uses are implemented. */
  async graphql(body, send, projectAccess) {
    const { errors, document } = await checkQuery(body.query)
    if (errors.length) {
      this.violations.push(`GraphQL query does not match GitHub's schema: ${errors.map((e) => e.message).join('; ')}`)
      return send(200, { errors: errors.map((e) => ({ message: e.message })) })
    }
    const failure = this.graphqlFailures.find((f) => f.match.test(body.query))
    if (failure) {
      this.graphqlFailures.splice(this.graphqlFailures.indexOf(failure), 1)
      if (failure.done) await this.graphql(body, () => {}, projectAccess)
      return send(failure.status, { message: failure.message }, failure.headers)
    }
    if (/revertPullRequest/.test(body.query)) {
      const v = body.variables ?? {}
      // GitHub refuses a workflow token without contents: write and pull-requests: write.
      if (!this.canOpenPullRequests) return send(200, { data: { revertPullRequest: null }, errors: [{ type: 'FORBIDDEN', path: ['revertPullRequest'], message: 'Resource not accessible by integration' }] })
      const original = this.pullRequests.get(Number(String(v.id).replace(/^PR_/, '')))
      if (!original) return send(200, { data: { revertPullRequest: null }, errors: [{ type: 'NOT_FOUND', path: ['revertPullRequest'], message: `Could not resolve to a node with the global id of '${v.id}'` }] })
      if (original.state !== 'MERGED') return send(200, { data: { revertPullRequest: null }, errors: [{ type: 'UNPROCESSABLE', path: ['revertPullRequest'], message: 'Pull request is not merged' }] })
      const at = this.now()
      const revert = { number: this.nextIssue++, title: v.title ?? `Revert "${original.title}"`, body: v.body ?? `Reverts #${original.number}`, user: this.identity, state: 'OPEN', created_at: at, updated_at: at, merged_at: null, revertOf: original.number }
      this.pullRequests.set(revert.number, revert)
      return send(200, { data: { revertPullRequest: { revertPullRequest: { number: revert.number, url: `${this.htmlBase}/pull/${revert.number}` } } } })
    }
    if (/minimizeComment/.test(body.query)) {
      const id = Number(String(body.variables?.id ?? '').replace(/^IC_/, ''))
      const comment = this.comments.get(id)
      if (!comment) return send(200, { errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${body.variables?.id}'` }] })
      comment.minimized = true
      return send(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } })
    }
    if (/discussion\(number|addDiscussionComment/.test(body.query)) {
      const v = body.variables ?? {}
      if (/addDiscussionComment/.test(body.query)) {
        if (this.discussionsReadOnly) return send(200, { data: { addDiscussionComment: null }, errors: [{ type: 'FORBIDDEN', path: ['addDiscussionComment'], message: 'Resource not accessible by integration' }] })
        const discussion = [...this.discussions.values()].find((d) => d.id === v.id)
        if (!discussion) return send(200, { errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] })
        discussion.comments.push(v.body)
        discussion.authors = [...(discussion.authors ?? []), this.identity]
        return send(200, { data: { addDiscussionComment: { comment: { id: `DC_${discussion.comments.length}` } } } })
      }
      const discussion = v.owner === this.owner && v.repo === this.repo ? this.discussions.get(v.number) : undefined
      const comments = { nodes: (discussion?.comments ?? []).map((body, i) => ({ body, author: actor(discussion.authors?.[i]) })) }
      return send(200, { data: { repository: { discussion: discussion ? { id: discussion.id, comments } : null } } })
    }
    if (/projectV2|ProjectV2/.test(body.query)) {
      // The workflow token cannot reach projects; GitHub answers like this.
      if (!projectAccess) return send(200, { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] })
      const v = body.variables ?? {}
      if (/addProjectV2ItemById/.test(body.query)) {
        const project = [...this.projects.values()].find((p) => p.id === v.project)
        const issueNumber = Number(String(v.content).replace(/^I_/, ''))
        if (!project || !this.issues.has(issueNumber)) return send(200, { errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] })
        const item = { id: `PVTI_${project.items.length + 1}`, issue: issueNumber, fields: {} }
        project.items.push(item)
        return send(200, { data: { addProjectV2ItemById: { item: { id: item.id } } } })
      }
      if (/updateProjectV2ItemFieldValue/.test(body.query)) {
        const project = [...this.projects.values()].find((p) => p.id === v.project)
        const item = project?.items.find((i) => i.id === v.item)
        const field = project?.fields.find((f) => f.id === v.field)
        if (!item || !field) return send(200, { errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] })
        item.fields[field.name] = v.value.singleSelectOptionId ? field.options.find((o) => o.id === v.value.singleSelectOptionId)?.name : (v.value.text ?? v.value.number)
        return send(200, { data: { updateProjectV2ItemFieldValue: { projectV2Item: { id: item.id } } } })
      }
      const project = [...this.projects.values()].find((p) => p.owner === v.login && p.number === v.number)
      return send(200, { data: { owner: project ? { projectV2: { id: project.id, fields: { nodes: project.fields } } } : null } })
    }
    const { execute } = await import('graphql')
    const result = await execute({ schema: await executableSchema(), document, variableValues: body.variables, rootValue: this.graphRoot() })
    // Answers GitHub gives (NOT_FOUND…) carry their type at the top level of the error, as GitHub's do.
    const answers = (result.errors ?? []).filter((e) => e.extensions?.type)
    const broken = (result.errors ?? []).filter((e) => !e.extensions?.type)
    if (broken.length) this.violations.push(`GraphQL query failed in the stand-in: ${broken.map((e) => e.message).join('; ')}`)
    if (answers.length) return send(200, { ...result, errors: result.errors.map((e) => ({ ...e.toJSON(), ...(e.extensions?.type ? { type: e.extensions.type } : {}) })) })
    return send(200, result)
  }

  /** The issues and comments as GitHub's GraphQL types (graphql-js resolves fields from these objects). */
  graphRoot() {
    const connection = (items, { first, last, after }) => {
      const start = after ? Number(Buffer.from(after, 'base64').toString()) + 1 : 0
      const slice = last ? items.slice(-last) : items.slice(start, start + (first ?? 100))
      const end = last ? items.length - 1 : start + slice.length - 1
      return { totalCount: items.length, nodes: slice, pageInfo: { hasNextPage: !last && end < items.length - 1, endCursor: Buffer.from(String(end)).toString('base64') } }
    }
    // REST reaction names as GraphQL's ReactionContent.
    const CONTENT = { '+1': 'THUMBS_UP', '-1': 'THUMBS_DOWN', laugh: 'LAUGH', confused: 'CONFUSED', heart: 'HEART', hooray: 'HOORAY', rocket: 'ROCKET', eyes: 'EYES' }
    const reactionGroups = (commentId) =>
      Object.entries(CONTENT)
        .map(([rest, content]) => ({ rest, content }))
        .filter(({ rest }) => this.reactions.some((r) => r.comment === commentId && r.content === rest))
        .map(({ rest, content }) => ({
          content,
          createdAt: null,
          viewerHasReacted: false,
          reactors: (args) => connection(this.reactions.filter((r) => r.comment === commentId && r.content === rest && r.user).map((r) => ({ ...actor(r.user), login: r.user.login })), args)
        }))
    const comment = (c) => ({
      __typename: 'IssueComment',
      reactionGroups: () => reactionGroups(c.id),
      id: `IC_${c.id}`,
      databaseId: c.id,
      body: c.body,
      url: `${this.htmlBase}/issues/${c.issue}#issuecomment-${c.id}`,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
      lastEditedAt: c.edited_at ?? null,
      author: actor(c.user),
      editor: actor(c.editor)
    })
    const issue = (i) => ({
      id: `I_${i.number}`,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state.toUpperCase(),
      stateReason: i.state_reason ? i.state_reason.toUpperCase() : null,
      url: `${this.htmlBase}/issues/${i.number}`,
      createdAt: i.created_at,
      updatedAt: i.updated_at,
      lastEditedAt: i.edited_at ?? null,
      author: actor(i.user),
      editor: actor(i.editor),
      labels: (args) => connection(i.labels.map((name) => ({ name })), args),
      assignees: (args) => connection(i.assignees.map((login) => ({ login })), args),
      comments: (args) => connection(this.commentsOn(i.number).map(comment), args),
      timelineItems: ({ itemTypes = [], ...args }) => {
        const events = [
          ...(i.renames ?? []).map((r) => ({ __typename: 'RenamedTitleEvent', type: 'RENAMED_TITLE_EVENT', actor: actor(r.actor), createdAt: r.at, previousTitle: r.from })),
          ...(i.closes ?? []).map((c) => ({
            __typename: 'ClosedEvent',
            type: 'CLOSED_EVENT',
            actor: actor(c.actor),
            createdAt: c.at,
            stateReason: c.reason?.toUpperCase() ?? null,
            closer: c.closer ? { __typename: 'PullRequest', ...pullRequest(this.pullRequests.get(c.closer)) } : null
          })),
          ...(i.labelEvents ?? []).map((e) => ({ __typename: 'LabeledEvent', type: 'LABELED_EVENT', actor: actor(e.actor), createdAt: e.at, label: { name: e.label } }))
        ].filter((e) => !itemTypes.length || itemTypes.includes(e.type))
        return connection(events.sort((a, b) => a.createdAt.localeCompare(b.createdAt)), args)
      }
    })
    const pullRequest = (p) => ({
      id: `PR_${p.number}`,
      number: p.number,
      title: p.title,
      body: p.body,
      url: `${this.htmlBase}/pull/${p.number}`,
      state: p.state,
      merged: p.state === 'MERGED',
      mergedAt: p.merged_at,
      createdAt: p.created_at,
      updatedAt: p.updated_at,
      author: actor(p.user)
    })
    const ordered = (items, orderBy, fields) => {
      if (!orderBy) return items
      const key = fields[orderBy.field]
      const sorted = [...items].sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')))
      return orderBy.direction === 'DESC' ? sorted.reverse() : sorted
    }
    const deployment = (d) => ({
      environment: d.environment,
      createdAt: d.created_at,
      commitOid: d.commit,
      creator: actor(d.creator),
      latestStatus: d.statuses.length ? { state: d.statuses.at(-1).state, createdAt: d.statuses.at(-1).created_at, logUrl: d.statuses.at(-1).log_url, environmentUrl: null } : null
    })
    const release = (r) => ({ name: r.name, tagName: r.tag, url: `${this.htmlBase}/releases/tag/${r.tag}`, createdAt: r.created_at, publishedAt: r.published_at, isDraft: r.draft, author: { login: r.author.login } })
    const refusable = (name, resolve) => (args) => (this.refusedFields.has(name) ? Object.assign(new Error('Resource not accessible by integration'), { extensions: { type: 'FORBIDDEN' } }) : resolve(args))
    const changes = {
      pullRequest: ({ number }) => (this.pullRequests.has(number) ? pullRequest(this.pullRequests.get(number)) : Object.assign(new Error(`Could not resolve to a PullRequest with the number of ${number}.`), { extensions: { type: 'NOT_FOUND' } })),
      pullRequests: refusable('pullRequests', ({ states, orderBy, ...args }) =>
        connection(ordered([...this.pullRequests.values()].filter((p) => !states || states.includes(p.state)), orderBy ?? { field: 'CREATED_AT', direction: 'ASC' }, { CREATED_AT: 'created_at', UPDATED_AT: 'updated_at' }).map(pullRequest), args)),
      deployments: refusable('deployments', ({ orderBy, ...args }) => connection(ordered(this.deployments, orderBy ?? { field: 'CREATED_AT', direction: 'ASC' }, { CREATED_AT: 'created_at' }).map(deployment), args)),
      releases: ({ orderBy, ...args }) => connection(ordered(this.releases, orderBy, { CREATED_AT: 'created_at', NAME: 'name' }).map(release), args)
    }
    return {
      viewer: this.identity && { ...actor(this.identity), login: this.identity.login },
      nodes: ({ ids }) => ids.map((id) => {
        const c = /^IC_(\d+)$/.exec(id) && this.comments.get(Number(id.slice(3)))
        return c ? comment(c) : null
      }),
      repository: ({ owner, name }) =>
        owner !== this.owner || name !== this.repo
          ? null
          : {
              ...changes,
              // GitHub answers null and a NOT_FOUND error for an issue deleted or never there.
              issue: ({ number }) => (this.issues.has(number) ? issue(this.issues.get(number)) : Object.assign(new Error(`Could not resolve to an Issue with the number of ${number}.`), { extensions: { type: 'NOT_FOUND' } })),
              issues: ({ states, labels, ...args }) =>
                connection(
                  [...this.issues.values()]
                    .filter((i) => !states || states.includes(i.state.toUpperCase()))
                    .filter((i) => !labels || labels.every((l) => i.labels.includes(l)))
                    .sort((a, b) => a.number - b.number)
                    .map(issue),
                  args
                )
            }
    }
  }

  route(method, url, body) {
    const base = `/repos/${this.owner}/${this.repo}`
    const path = url.pathname
    const fail = (status, message) => Object.assign(new Error(message), { status })
    const issueOf = (n) => this.issues.get(Number(n)) ?? (() => { throw fail(404, 'Not Found') })()
    const checkBody = (b) => {
      if (typeof b === 'string' && b.length > MAX_BODY) throw fail(422, `body is too long (maximum is ${MAX_BODY} characters)`)
    }
    const page = (items) => {
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const n = Number(url.searchParams.get('page') ?? 1)
      const slice = items.slice((n - 1) * perPage, n * perPage)
      const headers = {}
      if (n * perPage < items.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(n + 1))
        headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`
      }
      return [200, slice, headers]
    }
    let m
    if (!path.startsWith(base)) throw fail(404, 'Not Found')
    const rest = path.slice(base.length)

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = issueOf(m[1])
      if (method === 'GET') return page(this.commentsOn(issue.number).map((c) => this.commentJson(c)))
      checkBody(body.body)
      if (!body.body) throw fail(422, 'Body cannot be blank')
      const at = this.now()
      const comment = { id: this.nextComment++, issue: issue.number, body: body.body, user: this.identity, created_at: at, updated_at: at }
      this.comments.set(comment.id, comment)
      issue.updated_at = at
      return [201, this.commentJson(comment)]
    }
    if ((m = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest))) {
      if (!this.comments.has(Number(m[1]))) throw fail(404, 'Not Found')
      if (!REACTIONS.has(body.content)) throw fail(422, 'Invalid reaction')
      const existing = this.reactions.find((r) => r.comment === Number(m[1]) && r.content === body.content && (!r.user || r.user.login === this.identity.login))
      if (existing) return [200, { id: existing.id, content: existing.content, user: this.identity }]
      const reaction = { id: this.reactions.length + 1, comment: Number(m[1]), content: body.content, user: this.identity }
      this.reactions.push(reaction)
      return [201, { id: reaction.id, content: reaction.content, user: this.identity }]
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = this.comments.get(Number(m[1]))
      if (!comment) throw fail(404, 'Not Found')
      if (method === 'DELETE') {
        this.comments.delete(comment.id)
        return [204, undefined]
      }
      checkBody(body.body)
      comment.body = body.body
      comment.updated_at = this.now()
      return [200, this.commentJson(comment)]
    }
    if ((m = /^\/issues\/(\d+)\/assignees$/.exec(rest))) {
      const issue = issueOf(m[1])
      for (const login of body.assignees) {
        if (method === 'DELETE') issue.assignees = issue.assignees.filter((a) => a !== login)
        // GitHub silently ignores people who cannot be assigned (no push access).
        else if (['admin', 'maintain', 'write'].includes(this.roles.get(login)) && !issue.assignees.includes(login)) issue.assignees.push(login)
      }
      return [method === 'DELETE' ? 200 : 201, this.issueJson(issue)]
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = issueOf(m[1])
      if (method === 'GET') return [200, this.issueJson(issue)]
      checkBody(body.body)
      if (body.body !== undefined) issue.body = body.body
      if (body.title !== undefined) issue.title = body.title
      if (body.labels !== undefined) {
        const wanted = body.labels.map((l) => (typeof l === 'string' ? l : l.name))
        this.addLabelEvents(issue, this.identity, wanted)
        issue.labels = wanted
      }
      if (body.state !== undefined && body.state !== issue.state) this.setState(issue, this.identity, body.state, body.state_reason)
      issue.updated_at = this.now()
      return [200, this.issueJson(issue)]
    }
    if (rest === '/issues') {
      if (method === 'POST') {
        checkBody(body.body)
        // An assignee who cannot be assigned (no push access) makes GitHub refuse the issue.
        if ((body.assignees ?? []).some((login) => !['admin', 'maintain', 'write'].includes(this.roles.get(login)))) throw fail(422, 'Validation Failed: assignees invalid')
        const issue = this.fileIssue({ title: body.title, body: body.body ?? '', user: this.identity.login, labels: body.labels ?? [] })
        if (body.assignees?.length) this.issues.get(issue.number).assignees = [...body.assignees]
        return [201, this.issueJson(this.issues.get(issue.number))]
      }
      const state = url.searchParams.get('state') ?? 'open'
      const wanted = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
      const items = [...this.issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((l) => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number)
        .map((i) => this.issueJson(i))
      return page(items)
    }
    if ((m = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rest))) {
      if (!this.canDispatch) throw fail(403, 'Resource not accessible by integration')
      this.dispatches.push({ workflow: decodeURIComponent(m[1]), ref: body.ref, inputs: body.inputs ?? {} })
      return [204, undefined]
    }
    if (rest === '') return [200, { id: 1, name: this.repo, full_name: `${this.owner}/${this.repo}`, ...this.repoInfo }]
    if (rest === '/labels') {
      if (method === 'GET') return page([...this.labels.values()].map((l) => this.labelJson(l)))
      if (this.labels.has(body.name.toLowerCase())) throw fail(422, 'Validation Failed: already_exists')
      return [201, this.labelJson(this.addLabel(body.name, body.color ?? 'ededed', body.description ?? null))]
    }
    if ((m = /^\/labels\/([^/]+)$/.exec(rest))) {
      const label = this.labels.get(decodeURIComponent(m[1]).toLowerCase())
      if (!label) throw fail(404, 'Not Found')
      if (method === 'PATCH') Object.assign(label, { color: body.color ?? label.color, description: body.description ?? label.description })
      return [200, this.labelJson(label)]
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rest))) {
      const issue = issueOf(m[1])
      // GitHub creates the labels the repository does not have yet.
      this.addLabelEvents(issue, this.identity, body.labels.map((l) => this.addLabel(l).name))
      return [200, issue.labels.map((l) => this.labelJson(this.labels.get(l.toLowerCase())))]
    }
    if (rest === '/actions/workflows') {
      const workflows = this.workflows.map((w) => ({ node_id: `W_${w.id}`, html_url: `${this.htmlBase}/actions/workflows/${w.path.split('/').pop()}`, ...w }))
      return [200, { total_count: workflows.length, workflows }]
    }
    if ((m = /^\/actions\/workflows\/(\d+)\/runs$/.exec(rest))) {
      const event = url.searchParams.get('event')
      const runs = this.runs
        .filter((r) => r.workflow_id === Number(m[1]) && (!event || r.event === event))
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .map((r, i) => ({ id: i + 1, html_url: `${this.htmlBase}/actions/runs/${i + 1}`, status: 'completed', ...r }))
      return [200, { total_count: runs.length, workflow_runs: runs.slice(0, Number(url.searchParams.get('per_page') ?? 30)) }]
    }
    if ((m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const login = decodeURIComponent(m[1])
      const role = this.roles.get(login)
      if (!role) throw fail(404, `${login} is not a user`)
      const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role)
      const permissions = { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 }
      const legacy = { read: 'read', triage: 'read', write: 'write', maintain: 'write', admin: 'admin' }[role]
      return [200, { permission: legacy, role_name: role, user: { ...this.user(login), permissions } }]
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest))) {
      const text = this.files.get(decodeURIComponent(m[1]))
      if (text === undefined) throw fail(404, 'Not Found')
      return [200, { type: 'file', encoding: 'base64', path: m[1], name: m[1].split('/').pop(), content: Buffer.from(text).toString('base64') }]
    }
    throw fail(404, `the stand-in does not implement ${method} ${path}`)
  }
}
