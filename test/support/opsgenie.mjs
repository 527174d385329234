// A loopback stand-in for Opsgenie's Alert API, checked as the published API checks requests:
// `Authorization: GenieKey <key>` (else 401), POST /v2/alerts with a message (required; longer
// than 130 characters is cut, as Opsgenie does), an alias of at most 512 characters and a
// priority of P1 to P5 (else 422 with the field named under `errors`); POST
// /v2/alerts/{identifier}/acknowledge and /close with identifierType id, tiny or alias. Every
// accepted request answers 202 with a requestId and is processed as Opsgenie processes it:
// an open alert with the same alias is the same alert (its count grows); acknowledging or
// closing an alias with no open alert changes nothing. It fails on demand to play an outage.
import { randomUUID } from 'node:crypto'
import { LoopbackServer } from './loopback.mjs'

export class FakeOpsgenie extends LoopbackServer {
  constructor({ apiKey = 'eb243592-faa2-4ba2-a551-1afdf565c889' } = {}) {
    super()
    this.apiKey = apiKey
    this.requests = []
    /** Alerts, each { alias, message, priority, status: 'open' | 'closed', acknowledged, count, notes }. */
    this.alerts = []
    this.failures = []
  }

  fail(status, times = 1) {
    this.failures.push({ status, times })
  }

  heal() {
    this.failures = []
  }

  alert(alias) {
    const all = this.alerts.filter((a) => a.alias === alias)
    return all.find((a) => a.status === 'open') ?? all.at(-1)
  }

  takeRequests() {
    const taken = this.requests
    this.requests = []
    return taken
  }

  async handle(req, res) {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const raw = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url, 'http://x')
    let body
    try {
      body = raw ? JSON.parse(raw) : {}
    } catch {
      body = undefined
    }
    this.requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body: body ?? raw })
    const requestId = randomUUID()
    const reply = (status, json) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ ...json, took: 0.01, requestId }))
    }
    const unprocessable = (errors) => reply(422, { message: 'Request body is not processable. Please check the errors.', errors })
    const failure = this.failures[0]
    if (failure) {
      if (--failure.times <= 0) this.failures.shift()
      return reply(failure.status, { message: failure.status === 429 ? 'You are making too many requests! To avoid errors, we recommend you limit requests.' : 'Internal Server Error' })
    }
    if (req.headers.authorization !== `GenieKey ${this.apiKey}`) return reply(401, { message: 'Could not authenticate' })
    if (req.method !== 'POST') return reply(404, { message: 'Not found' })
    if (body === undefined || typeof body !== 'object' || Array.isArray(body)) return unprocessable({ body: 'Request body is not valid JSON.' })
    if (url.pathname === '/v2/alerts') {
      const errors = {}
      if (typeof body.message !== 'string' || !body.message.trim()) errors.message = 'Message can not be empty.'
      if (body.alias !== undefined && (typeof body.alias !== 'string' || body.alias.length > 512)) errors.alias = 'Alias can not be longer than 512 characters.'
      if (body.priority !== undefined && !/^P[1-5]$/.test(body.priority)) errors.priority = 'Priority should be one of [P1, P2, P3, P4, P5]'
      if (body.description !== undefined && (typeof body.description !== 'string' || body.description.length > 15000)) errors.description = 'Description can not be longer than 15000 characters.'
      if (Object.keys(errors).length) return unprocessable(errors)
      const alias = body.alias ?? body.message
      const open = this.alerts.find((a) => a.alias === alias && a.status === 'open')
      if (open) open.count++
      else this.alerts.push({ alias, message: body.message.slice(0, 130), priority: body.priority ?? 'P3', status: 'open', acknowledged: false, count: 1, notes: [] })
      return reply(202, { result: 'Request will be processed' })
    }
    const m = /^\/v2\/alerts\/([^/]+)\/(acknowledge|close)$/.exec(url.pathname)
    if (!m) return reply(404, { message: 'Not found' })
    const type = url.searchParams.get('identifierType') ?? 'id'
    if (!['id', 'tiny', 'alias'].includes(type)) return unprocessable({ identifierType: 'Identifier type should be one of [id, tiny, alias].' })
    const identifier = decodeURIComponent(m[1])
    const alert = type === 'alias' ? this.alerts.find((a) => a.alias === identifier && a.status === 'open') : undefined
    if (alert) {
      if (body.note) alert.notes.push(body.note)
      if (m[2] === 'acknowledge') alert.acknowledged = true
      else alert.status = 'closed'
    }
    return reply(202, { result: 'Request will be processed' })
  }
}
