// A loopback stand-in for PagerDuty's Events API v2 (POST /v2/enqueue), checked as the
// published API checks events: a routing key of 32 alphanumeric characters (of an
// integration: else "Invalid routing key"), an event_action of trigger,
// acknowledge or resolve, a dedup_key of at most 255 characters (required to acknowledge or
// resolve), and for a trigger a payload with summary (at most 1024), source and a severity of
// critical, error, warning or info. A refused event answers 400 with PagerDuty's error shape;
// an accepted one 202 with the dedup key. Alerts are kept by dedup key: a trigger on an open
// alert is the same alert, acknowledge and resolve of no open alert are dropped. It fails on
// demand (5xx, 429, a lost answer) to play an outage.
import { LoopbackServer } from './loopback.mjs'

const ACTIONS = ['trigger', 'acknowledge', 'resolve']
const SEVERITIES = ['critical', 'error', 'warning', 'info']

export class FakePagerDuty extends LoopbackServer {
  constructor({ routingKey = 'R0UTINGKEY0000000000000000000000' } = {}) {
    super()
    this.routingKey = routingKey
    /** Every request as sent: { method, path, headers, body }. */
    this.requests = []
    /** Alerts by dedup key, each { dedupKey, status, summary, severity, source, triggers, events }. */
    this.alerts = []
    this.failures = []
  }

  /** The next `times` requests answer HTTP `status` (429, 500, 503…); `done`: the event is taken and the answer still fails. */
  fail(status, times = 1, { done = false } = {}) {
    this.failures.push({ status, times, done })
  }

  heal() {
    this.failures = []
  }

  /** The open (triggered or acknowledged) alert with this key, else the last one. */
  alert(dedupKey) {
    const all = this.alerts.filter((a) => a.dedupKey === dedupKey)
    return all.find((a) => a.status !== 'resolved') ?? all.at(-1)
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
    const path = new URL(req.url, 'http://x').pathname
    let body
    try {
      body = JSON.parse(raw)
    } catch {
      body = undefined
    }
    this.requests.push({ method: req.method, path, headers: req.headers, body: body ?? raw })
    const reply = (status, json) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(json))
    }
    const failure = this.failures[0]
    if (failure && !failure.done) {
      if (--failure.times <= 0) this.failures.shift()
      return failure.status === 429 ? reply(429, { status: 'throttle event', message: 'Requests for this service are arriving too quickly.  Please retry later.' }) : reply(failure.status, { status: 'unrecognized', message: 'Internal Server Error' })
    }
    if (req.method !== 'POST' || path !== '/v2/enqueue') return reply(404, { status: 'not found', message: 'Not found' })
    const invalid = (...errors) => reply(400, { status: 'invalid event', message: 'Event object is invalid', errors })
    if (!body || typeof body !== 'object' || Array.isArray(body)) return invalid('Could not parse JSON body')
    const errors = []
    const blank = (v) => typeof v !== 'string' || !v.trim()
    if (blank(body.routing_key)) errors.push("'routing_key' is missing or blank")
    else {
      if (body.routing_key.length !== 32) errors.push("Length of 'routing_key' is incorrect (should be 32 characters)")
      if (!/^[A-Za-z0-9]+$/.test(body.routing_key)) errors.push("'routing_key' cannot contain non-alphanumeric characters.")
    }
    if (!ACTIONS.includes(body.event_action)) errors.push("'event_action' is invalid (must be one of the following: 'trigger', 'acknowledge' or 'resolve')")
    if (body.dedup_key !== undefined && (typeof body.dedup_key !== 'string' || body.dedup_key.length > 255)) errors.push("'dedup_key' is invalid (must be a string of at most 255 characters)")
    if (body.event_action !== 'trigger' && body.event_action && blank(body.dedup_key)) errors.push("'dedup_key' is missing or blank")
    if (body.event_action === 'trigger') {
      const p = body.payload
      if (!p || typeof p !== 'object') errors.push("'payload' is missing or blank")
      else {
        if (blank(p.summary)) errors.push("'payload.summary' is missing or blank")
        else if (p.summary.length > 1024) errors.push("Length of 'payload.summary' is too long (at most 1024 characters)")
        if (blank(p.source)) errors.push("'payload.source' is missing or blank")
        if (!SEVERITIES.includes(p.severity)) errors.push("'payload.severity' is invalid (must be one of the following: 'critical', 'warning', 'error' or 'info')")
      }
    }
    if (errors.length) return invalid(...errors)
    // A well-formed key of no integration: PagerDuty answers 400 "Invalid routing key".
    if (body.routing_key !== this.routingKey) return invalid('Invalid routing key')
    const dedupKey = body.dedup_key ?? `generated-${this.alerts.length + 1}`
    const open = this.alerts.find((a) => a.dedupKey === dedupKey && a.status !== 'resolved')
    if (body.event_action === 'trigger') {
      if (open) open.triggers++
      else this.alerts.push({ dedupKey, status: 'triggered', summary: body.payload.summary, severity: body.payload.severity, source: body.payload.source, triggers: 1, events: [] })
    }
    const alert = this.alerts.find((a) => a.dedupKey === dedupKey && a.status !== 'resolved')
    if (alert) {
      alert.events.push(body.event_action)
      if (body.event_action === 'acknowledge') alert.status = 'acknowledged'
      if (body.event_action === 'resolve') alert.status = 'resolved'
    }
    if (failure?.done) {
      this.failures.shift()
      return reply(failure.status, { status: 'unrecognized', message: 'Internal Server Error' })
    }
    return reply(202, { status: 'success', message: 'Event processed', dedup_key: dedupKey })
  }
}
