// The action's own HTTP: node:http and node:https with keep-alive agents (parallel requests
// to one host reuse sockets), behind a small fetch-shaped function that Octokit takes as its
// `request.fetch` and the Slack and WordPress clients call. Node's built-in fetch loads undici
// and compiles its WebAssembly HTTP parser on first use, which costs a short run more than
// all its requests together (and makes it wait at exit for the optimiser). Free sockets are
// unreferenced by the agents, so nothing keeps the process alive once the work is done.
// Proxies (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, either case) are honoured as the Actions toolkit
// honours them; that code is loaded only when one of those variables is set.
import type http from 'node:http'

export interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string
  signal?: AbortSignal | null
  /** 'follow' (the default, as fetch), 'error' or 'manual'. */
  redirect?: 'follow' | 'error' | 'manual'
}

/** What callers read of a response (a subset of fetch's Response). */
export class HttpResponse {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: HttpHeaders,
    private readonly body: Buffer
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }

  async text(): Promise<string> {
    return this.body.toString('utf8')
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString('utf8'))
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new Uint8Array(this.body).buffer
  }
}

/** Response headers, lower-case names (a subset of fetch's Headers). */
export class HttpHeaders {
  private readonly map = new Map<string, string>()

  constructor(raw: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(raw)) if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value)
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase())
  }

  entries(): IterableIterator<[string, string]> {
    return this.map.entries()
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries()
  }
}

const USER_AGENT = `incident-ops node/${process.versions.node}`
const MAX_REDIRECTS = 5
/** A request that gets no answer for this long fails instead of holding the job. */
const IDLE_TIMEOUT_MS = 60_000

/** What the transport needs of node:http and node:https alike. */
interface HttpModule {
  Agent: new (options: http.AgentOptions) => http.Agent
  request: typeof http.request
}

// Loaded on the first request (a run with nothing to send loads no HTTP code), one
// keep-alive agent each.
const modules: Partial<Record<'http:' | 'https:', Promise<HttpModule>>> = {}
const agents: Partial<Record<'http:' | 'https:', http.Agent>> = {}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

async function agentFor(url: URL): Promise<http.Agent> {
  if (PROXY_VARIABLES.some((name) => process.env[name])) {
    const { proxyAgent } = await import('./proxy.js')
    const agent = proxyAgent(url)
    if (agent) return agent
  }
  const { Agent } = await moduleFor(url)
  return (agents[scheme(url)] ??= new Agent({ keepAlive: true }))
}

const scheme = (url: URL) => (url.protocol === 'https:' ? 'https:' : 'http:')

/** node:http, or node:https (and TLS) for an https URL. */
function moduleFor(url: URL): Promise<HttpModule> {
  return (modules[scheme(url)] ??= url.protocol === 'https:' ? import('node:https').then((m) => m.default as HttpModule) : import('node:http').then((m) => m.default as HttpModule))
}

/** A fetch-shaped request over node:http/node:https. Rejects on network errors, like fetch. */
export async function fetch(input: string | URL, init: FetchInit = {}): Promise<HttpResponse> {
  let url = new URL(input)
  let method = (init.method ?? 'GET').toUpperCase()
  let body = init.body
  let headers = { ...init.headers }
  for (let redirects = 0; ; redirects++) {
    const response = await send(url, method, headers, body, init.signal ?? undefined)
    const location = response.headers.get('location')
    if (![301, 302, 303, 307, 308].includes(response.status) || !location || init.redirect === 'manual') return response
    if (init.redirect === 'error') throw new TypeError(`redirected to ${location}`)
    if (redirects >= MAX_REDIRECTS) throw new TypeError('too many redirects')
    const next = new URL(location, url)
    // As fetch: a 303 (and a 301/302 after a POST) becomes a GET without a body; credentials
    // are not sent to another origin.
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET'
      body = undefined
      headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-(type|length)$/i.test(name)))
    }
    if (next.origin !== url.origin) headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
    url = next
  }
}

async function send(url: URL, method: string, headers: Record<string, string>, body: string | undefined, signal: AbortSignal | undefined): Promise<HttpResponse> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`cannot fetch ${url.protocol} URLs`)
  signal?.throwIfAborted()
  const agent = await agentFor(url)
  const { request } = await moduleFor(url)
  const outgoing = { ...headers }
  const has = (name: string) => Object.keys(outgoing).some((key) => key.toLowerCase() === name)
  if (!has('user-agent')) outgoing['user-agent'] = USER_AGENT
  if (body !== undefined && !has('content-length')) outgoing['content-length'] = String(Buffer.byteLength(body))
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: outgoing, agent, signal }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => resolve(new HttpResponse(url.href, res.statusCode ?? 0, res.statusMessage ?? '', new HttpHeaders(res.headers), Buffer.concat(chunks))))
    })
    req.on('error', reject)
    req.setTimeout(IDLE_TIMEOUT_MS, () => req.destroy(new Error(`no answer from ${url.host} in ${IDLE_TIMEOUT_MS / 1000}s`)))
    req.end(body)
  })
}
