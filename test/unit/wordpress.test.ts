import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WordPressClient, WordPressError, slugify } from '../../src/wordpress/wordpress.js'

// A loopback server that records what the client sends; the real WordPress is in the e2e suite.
const seen: Array<{ method: string; url: string; auth?: string }> = []
let server: http.Server
let base: string
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization })
    res.writeHead(req.url!.includes('fail') ? 403 : 200, { 'content-type': 'application/json' })
    res.end(req.url!.includes('fail') ? '{"code":"rest_cannot_edit"}' : '[]')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe('the WordPress client', () => {
  it('joins routes to a /wp-json/wp/v2 root', async () => {
    await new WordPressClient(`${base}/wp-json/wp/v2/`, { username: 'bot', password: 'abcd efgh' }).findPostBySlug('x')
    expect(seen.at(-1)).toEqual({ method: 'GET', url: '/wp-json/wp/v2/posts?slug=x&_fields=id%2Clink', auth: `Basic ${Buffer.from('bot:abcdefgh').toString('base64')}` })
  })

  it('puts routes into rest_route for sites without pretty permalinks', async () => {
    await new WordPressClient(`${base}/?rest_route=/wp/v2`, { token: 'tok' }).findPostBySlug('x')
    expect(seen.at(-1)).toEqual({ method: 'GET', url: '/?rest_route=%2Fwp%2Fv2%2Fposts&slug=x&_fields=id%2Clink', auth: 'Bearer tok' })
  })

  it('says what an error means', async () => {
    const error = await new WordPressClient(`${base}/fail`, { token: 't' }).createComment(1, 'x', 'k').catch((e) => e)
    expect(error).toBeInstanceOf(WordPressError)
    expect(error.message).toBe('answered HTTP 403 rest_cannot_edit (the user needs the Editor role)')
    const down = await new WordPressClient('http://127.0.0.1:9/wp-json/wp/v2', { token: 't' }).createComment(1, 'x', 'k').catch((e) => e)
    expect(down.code).toBe('unreachable')
  })

  it('slugs tags the way WordPress does for plain names', () => {
    expect(slugify('status-recorded')).toBe('status-recorded')
    expect(slugify('Severity 1')).toBe('severity-1')
  })
})

describe('tag ids', () => {
  // A site with two tags; a new tag is made (or, made meanwhile, answered with its id).
  const requests: string[] = []
  let inFlight = 0
  let most = 0
  let site: http.Server
  let url: string
  beforeAll(async () => {
    const tags = [
      { id: 7, slug: 'incident' },
      { id: 8, slug: 'status-resolved' }
    ]
    site = http.createServer(async (req, res) => {
      inFlight++
      most = Math.max(most, inFlight)
      const chunks: Buffer[] = []
      for await (const c of req) chunks.push(c as Buffer)
      const u = new URL(req.url!, 'http://x')
      requests.push(`${req.method} ${u.pathname}${req.method === 'GET' ? ` ${u.searchParams.get('slug')}` : ` ${JSON.parse(Buffer.concat(chunks).toString()).slug}`}`)
      await new Promise((r) => setTimeout(r, 20))
      inFlight--
      res.writeHead(req.method === 'GET' ? 200 : 201, { 'content-type': 'application/json' })
      if (req.method === 'GET') return res.end(JSON.stringify(tags.filter((t) => u.searchParams.get('slug')!.split(',').includes(t.slug))))
      const slug = JSON.parse(Buffer.concat(chunks).toString()).slug as string
      const tag = { id: 100 + tags.length, slug }
      tags.push(tag)
      res.end(JSON.stringify(tag))
    })
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(site.address() as { port: number }).port}/wp-json/wp/v2`
  })
  afterAll(() => new Promise<void>((r) => site.close(() => r())))

  it('looks up the wanted and the later ones in one request, makes the missing wanted ones side by side', async () => {
    const ids = await new WordPressClient(url, { token: 't' }).tagIds(['incident', 'status-recorded', 'severity-1', 'incident'], ['status-resolved', 'status-stabilized'])
    expect(ids).toEqual({ incident: 7, 'status-resolved': 8, 'status-recorded': expect.any(Number), 'severity-1': expect.any(Number) })
    expect(requests[0]).toBe('GET /wp-json/wp/v2/tags incident,status-recorded,severity-1,status-resolved,status-stabilized')
    // Only the wanted tags are made (not status-stabilized), both at once.
    expect(requests.slice(1).sort()).toEqual(['POST /wp-json/wp/v2/tags severity-1', 'POST /wp-json/wp/v2/tags status-recorded'])
    expect(most).toBe(2)
  })

  it('asks nothing for no names', async () => {
    requests.length = 0
    expect(await new WordPressClient(url, { token: 't' }).tagIds([], ['status-resolved'])).toEqual({})
    expect(requests).toEqual([])
  })
})
