// The action's HTTP transport against loopback servers: what goes out, what comes back,
// sockets kept alive and shared, redirects as fetch follows them, failures, and proxies.
import http from 'node:http'
import net from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fetch } from '../../src/http/transport.js'

interface Seen {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
  port: number
}

interface Reply {
  status?: number
  headers?: Record<string, string>
  body?: string
  delayMs?: number
}

/** A loopback server that records requests and answers with `answer(req)`. */
async function server(answer: (req: http.IncomingMessage) => Reply) {
  const seen: Seen[] = []
  const srv = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString()
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body, port: req.socket.remotePort! })
    const reply = answer(req)
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs))
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers })
    res.end(reply.body ?? '{"ok":true}')
  })
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}`
  return { seen, url, close: () => new Promise<void>((r) => (srv.closeAllConnections(), srv.close(() => r()))) }
}

let main: Awaited<ReturnType<typeof server>>
let other: Awaited<ReturnType<typeof server>>
beforeAll(async () => {
  main = await server((req): Reply => {
    if (req.url === '/moved-post') return { status: 302, headers: { location: '/landing' } }
    if (req.url === '/moved-307') return { status: 307, headers: { location: '/landing' } }
    if (req.url === '/elsewhere') return { status: 301, headers: { location: `${other.url}/landing` } }
    if (req.url === '/slow') return { delayMs: 500 }
    if (req.url === '/teapot') return { status: 418, headers: { 'x-thing': 'a' }, body: 'short and stout' }
    return { headers: { 'x-ratelimit-remaining': '42' } }
  })
  other = await server(() => ({}))
})
afterAll(async () => {
  await main.close()
  await other.close()
})

describe('the HTTP transport', () => {
  it('sends the method, headers and body, and reads status, headers and body', async () => {
    const response = await fetch(`${main.url}/things?a=1`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'token x' }, body: '{"name":"ü"}' })
    const seen = main.seen.at(-1)!
    expect(seen).toMatchObject({ method: 'POST', url: '/things?a=1', body: '{"name":"ü"}' })
    expect(seen.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'token x', 'content-length': '13', connection: 'keep-alive' })
    expect(seen.headers['user-agent']).toMatch(/^incident-ops /)
    expect(response.status).toBe(200)
    expect(response.ok).toBe(true)
    expect(response.url).toBe(`${main.url}/things?a=1`)
    expect(response.headers.get('X-RateLimit-Remaining')).toBe('42')
    expect(Object.fromEntries(response.headers)).toMatchObject({ 'content-type': 'application/json', 'x-ratelimit-remaining': '42' })
    expect(await response.json()).toEqual({ ok: true })
  })

  it('answers an error status as a response, as fetch does', async () => {
    const response = await fetch(`${main.url}/teapot`)
    expect(response.ok).toBe(false)
    expect(response.status).toBe(418)
    expect(response.statusText).toBe("I'm a Teapot")
    expect(await response.text()).toBe('short and stout')
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('short and stout')
  })

  it('keeps sockets alive: requests one after another use one connection, parallel ones share a few', async () => {
    const before = main.seen.length
    await fetch(`${main.url}/a`)
    await fetch(`${main.url}/b`)
    await Promise.all([fetch(`${main.url}/c`), fetch(`${main.url}/d`), fetch(`${main.url}/e`)])
    await fetch(`${main.url}/f`)
    const ports = main.seen.slice(before).map((s) => s.port)
    expect(ports[1]).toBe(ports[0])
    expect(new Set(ports).size).toBeLessThanOrEqual(3)
    expect(ports.slice(2, 5)).toContain(ports[0])
  })

  it('follows redirects as fetch does: a 302 after a POST becomes a GET, a 307 keeps the method and body', async () => {
    const found = await fetch(`${main.url}/moved-post`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })
    expect(found.url).toBe(`${main.url}/landing`)
    expect(main.seen.at(-1)).toMatchObject({ method: 'GET', url: '/landing', body: '' })
    expect(main.seen.at(-1)!.headers['content-type']).toBeUndefined()
    await fetch(`${main.url}/moved-307`, { method: 'PATCH', body: 'y' })
    expect(main.seen.at(-1)).toMatchObject({ method: 'PATCH', url: '/landing', body: 'y' })
  })

  it('does not send credentials to another origin on a redirect', async () => {
    await fetch(`${main.url}/elsewhere`, { headers: { authorization: 'token secret' } })
    expect(other.seen.at(-1)).toMatchObject({ url: '/landing' })
    expect(other.seen.at(-1)!.headers.authorization).toBeUndefined()
  })

  it('refuses a redirect when asked to (Slack), or hands it back (manual)', async () => {
    await expect(fetch(`${main.url}/moved-307`, { redirect: 'error' })).rejects.toThrow(/redirected/)
    expect((await fetch(`${main.url}/moved-307`, { redirect: 'manual' })).status).toBe(307)
  })

  it('rejects when the server cannot be reached, or the signal gives up', async () => {
    await expect(fetch('http://127.0.0.1:9/x')).rejects.toThrow(/ECONNREFUSED/)
    await expect(fetch(`${main.url}/slow`, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: expect.stringMatching(/AbortError|TimeoutError/) })
    await expect(fetch('ftp://127.0.0.1/x')).rejects.toThrow(/cannot fetch ftp:/)
  })
})

describe('proxies (loaded only when a proxy variable is set)', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })

  /** A CONNECT proxy that tunnels every request to `main`, whatever host it names. */
  async function proxy() {
    const targets: string[] = []
    const srv = http.createServer((_req, res) => res.writeHead(405).end())
    srv.on('connect', (req, client: net.Socket, head: Buffer) => {
      targets.push(req.url!)
      const upstream = net.connect(Number(new URL(main.url).port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
    return { targets, url: `http://127.0.0.1:${(srv.address() as net.AddressInfo).port}`, close: () => new Promise<void>((r) => (srv.closeAllConnections(), srv.close(() => r()))) }
  }

  it('goes through HTTP_PROXY (either case) for a host that is not bypassed', async () => {
    for (const name of ['HTTP_PROXY', 'http_proxy']) {
      const p = await proxy()
      process.env[name] = p.url
      const response = await fetch('http://api.incident-ops.test/through', { headers: { authorization: 'token x' } })
      expect(response.status).toBe(200)
      expect(p.targets).toEqual(['api.incident-ops.test:80'])
      expect(main.seen.at(-1)).toMatchObject({ url: '/through' })
      delete process.env[name]
      await p.close()
    }
  })

  it('leaves hosts in NO_PROXY, and loopback, alone', async () => {
    const p = await proxy()
    process.env.HTTP_PROXY = p.url
    process.env.no_proxy = 'example.org,.incident-ops.test'
    await expect(fetch('http://api.incident-ops.test/direct')).rejects.toThrow()
    await fetch(`${main.url}/loopback`)
    expect(p.targets).toEqual([])
    await p.close()
  })
})
