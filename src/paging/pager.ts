// The paging services: PagerDuty's Events API v2 and Opsgenie's Alert API. Each page is
// keyed by the incident (PagerDuty's dedup_key, Opsgenie's alias), so a trigger sent twice
// is one alert, and acknowledging or resolving names the same one.
// A service that is down (a 5xx, a 429, no answer) throws a PagerError that may be retried;
// one that refuses the request (a bad key, a malformed event) throws one that may not.
import { SERVICE_NAME, type PagingService } from '../domain/paging.js'
import { fetch, type HttpResponse } from '../http/transport.js'

const TIMEOUT_MS = 10_000

export interface Page {
  /** The incident, e.g. owner/repo#12: the dedup key / alias. */
  key: string
  summary: string
  severity: number
  /** The incident issue's address. */
  url: string
  /** Where the page comes from (the repository). */
  source: string
  details: Record<string, string>
  /** When the action decided to page (ISO 8601). */
  at: string
}

export class PagerError extends Error {
  constructor(
    message: string,
    /** true: the service is down or busy, try again later; false: it refused the request. */
    readonly retry: boolean,
    readonly status?: number
  ) {
    super(message)
  }
}

export interface Pager {
  readonly service: PagingService
  requests: number
  trigger(page: Page): Promise<void>
  acknowledge(key: string, note: string): Promise<void>
  resolve(key: string, note: string): Promise<void>
}

abstract class JsonPager {
  requests = 0
  abstract readonly service: PagingService

  /** The key: masked in the log, but a refusal's words go on the card too, so it is cut out of them. */
  constructor(private readonly secret: string) {}

  protected async send(url: string, headers: Record<string, string>, body: unknown): Promise<unknown> {
    this.requests++
    const name = SERVICE_NAME[this.service]
    let response: HttpResponse
    try {
      response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body), redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) })
    } catch (error) {
      throw new PagerError(`${name} did not answer (${(error as Error).message})`, true)
    }
    const text = (await response.text()).split(this.secret).join('***')
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    if (response.status === 202 || response.ok) return json
    const status = response.status
    if (status === 429) throw new PagerError(`${name} is rate-limiting (HTTP 429)`, true, status)
    if (status >= 500) throw new PagerError(`${name} answered HTTP ${status}`, true, status)
    throw new PagerError(`${name} refused the request (HTTP ${status}: ${this.why(json, text)})`, false, status)
  }

  /** The service's own words for a refusal, bounded. */
  protected abstract why(json: unknown, text: string): string
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`)
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** PagerDuty Events API v2: POST {base}/v2/enqueue with the routing key in the body. */
export class PagerDutyClient extends JsonPager {
  readonly service = 'pagerduty'
  private readonly url: string

  constructor(
    private readonly routingKey: string,
    apiUrl = 'https://events.pagerduty.com'
  ) {
    super(routingKey)
    this.url = `${apiUrl.replace(/\/+$/, '')}/v2/enqueue`
  }

  async trigger(page: Page): Promise<void> {
    await this.event('trigger', page.key, {
      payload: {
        summary: cut(page.summary, 1024),
        source: cut(page.source, 255),
        // PagerDuty's scale: critical, error, warning, info.
        severity: page.severity <= 1 ? 'critical' : page.severity === 2 ? 'error' : 'warning',
        timestamp: page.at,
        class: 'incident',
        custom_details: page.details
      },
      client: 'incident-ops',
      client_url: page.url,
      links: [{ href: page.url, text: 'The incident on GitHub' }]
    })
  }

  async acknowledge(key: string): Promise<void> {
    await this.event('acknowledge', key, {})
  }

  async resolve(key: string): Promise<void> {
    await this.event('resolve', key, {})
  }

  private async event(action: 'trigger' | 'acknowledge' | 'resolve', key: string, rest: Record<string, unknown>): Promise<void> {
    await this.send(this.url, {}, { routing_key: this.routingKey, event_action: action, dedup_key: cut(key, 255), ...rest })
  }

  protected why(json: unknown, text: string): string {
    if (isObj(json)) {
      const errors = Array.isArray(json.errors) ? json.errors.filter((e): e is string => typeof e === 'string') : []
      return cut([json.message, ...errors].filter(Boolean).join('; '), 300)
    }
    return cut(text, 300)
  }
}

/** Opsgenie Alert API: POST /v2/alerts, then …/{alias}/acknowledge and …/close by alias; `GenieKey` auth. */
export class OpsgenieClient extends JsonPager {
  readonly service = 'opsgenie'
  private readonly base: string

  constructor(
    private readonly apiKey: string,
    apiUrl = 'https://api.opsgenie.com'
  ) {
    super(apiKey)
    this.base = `${apiUrl.replace(/\/+$/, '')}/v2/alerts`
  }

  private get auth() {
    return { authorization: `GenieKey ${this.apiKey}` }
  }

  async trigger(page: Page): Promise<void> {
    await this.send(this.base, this.auth, {
      message: cut(page.summary, 130),
      alias: cut(page.key, 512),
      description: cut(`${page.summary}\n\n${page.url}`, 15000),
      source: cut(page.source, 100),
      // Opsgenie's scale: P1 (highest) to P5.
      priority: `P${Math.min(Math.max(page.severity, 1), 5)}`,
      tags: ['incident-ops'],
      details: page.details
    })
  }

  async acknowledge(key: string, note: string): Promise<void> {
    await this.send(`${this.base}/${encodeURIComponent(cut(key, 512))}/acknowledge?identifierType=alias`, this.auth, { source: 'incident-ops', note: cut(note, 25000) })
  }

  async resolve(key: string, note: string): Promise<void> {
    await this.send(`${this.base}/${encodeURIComponent(cut(key, 512))}/close?identifierType=alias`, this.auth, { source: 'incident-ops', note: cut(note, 25000) })
  }

  protected why(json: unknown, text: string): string {
    if (isObj(json)) {
      const errors = isObj(json.errors) ? Object.values(json.errors).filter((e): e is string => typeof e === 'string') : []
      return cut([json.message, ...errors].filter(Boolean).join('; '), 300)
    }
    return cut(text, 300)
  }
}
